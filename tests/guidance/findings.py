"""What the guidance tests ask of a checked text: the kinds found, and whether a finding of a
kind overlaps a value as the evaluation scores it (bench/guidance_eval_companies.py)."""

from openline.guidance.checks import check_text


def kinds(text: str) -> set[str]:
    return {f.kind for f in check_text(text).findings}


def flags(text: str, value: str, kind: str) -> bool:
    """Whether a finding of `kind` overlaps `value` in `text` (as the evaluation scores)."""
    start = text.index(value)
    return any(
        f.kind == kind and f.start < start + len(value) and start < f.end
        for f in check_text(text).findings
    )
