"""Where a phrase pattern already marks words of a sentence, the wording head is not asked about
that kind there, except for legal risk when the patterns leave three words or more of the
sentence: a second legal clause beside the pattern's is still read (session 27, wording-v22)."""

from openline.guidance.detectors import wording
from openline.guidance.detectors.base import Hit, Phrase

SENTENCE = "Our bracket was a known defect, and we kept fitting them for a month after the recall."


def pattern(kind: str, words: str, text: str = SENTENCE) -> Hit:
    start = text.index(words)
    return Hit(kind, start, start + len(words), Phrase(""), Phrase(""))


def open_kinds(hits: list[Hit], text: str = SENTENCE) -> set[str]:
    found = {kind: [h for h in hits if h.kind == kind] for kind in wording.THRESHOLDS}
    return set(wording.open_kinds(text, 0, len(text), found))


def test_a_legal_pattern_that_leaves_a_clause_beside_it_leaves_legal_risk_to_the_head():
    assert open_kinds([pattern("legal_risk", "a known defect")]) == {"legal_risk", "hostile_tone"}


def test_a_legal_pattern_over_nearly_all_the_sentence_says_it_all():
    hit = pattern(
        "legal_risk",
        "bracket was a known defect, and we kept fitting them for a month after the recall",
    )

    assert open_kinds([hit]) == {"hostile_tone"}


def test_the_words_left_are_counted_over_every_pattern_in_the_sentence():
    hits = [
        pattern("legal_risk", "Our bracket was a known defect"),
        pattern("legal_risk", "we kept fitting them for a month after the recall"),
    ]

    assert open_kinds(hits) == {"hostile_tone"}


def test_a_hostile_pattern_that_leaves_most_of_its_sentence_lets_the_head_read_the_rest():
    # Since session 37 (en-hostile-v32) hostile tone takes legal risk's remainder rule.
    text = "Read the manual before you post, it is on page one for a reason."

    hits = [pattern("hostile_tone", "Read the manual", text)]
    assert open_kinds(hits, text) == {"legal_risk", "hostile_tone"}


def test_a_hostile_pattern_over_nearly_all_its_sentence_keeps_the_head_off_hostile_tone():
    text = "Read the manual, mate."

    assert open_kinds([pattern("hostile_tone", "Read the manual", text)], text) == {"legal_risk"}


def test_a_refusal_to_comment_stays_no_legal_finding_beside_a_pattern():
    text = "We can't comment on the recall, and the defect report is with the maker."

    assert open_kinds([pattern("legal_risk", "the defect report", text)], text) == {"hostile_tone"}
