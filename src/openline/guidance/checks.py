"""The check: `check_text(text, channel=..., author_role=...)` finds what should not be
published and says what the policy does about it.

Offsets are indices into the text exactly as given (Python characters, i.e. Unicode code
points); nothing is normalised before the offsets are taken."""

from dataclasses import asdict, dataclass

from .detectors import detect_all
from .policy import resolve_action, strictest
from .selectors import GuidanceConfig, guidance_config, kind_label


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    label: str  # what the kind is called on every page and in the API (Kind's label)
    severity: str  # the policy's action for this finding: inform, warn, review or block
    start: int
    end: int
    message: str  # why it matters
    suggestion: str  # how to fix it

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CheckResult:
    action: str  # publish when there is nothing to say, else the strictest severity
    findings: list[Finding]


def check_text(
    text: str,
    *,
    channel: str = "community",
    author_role: str = "agent",
    config: GuidanceConfig | None = None,
) -> CheckResult:
    config = config or guidance_config()
    findings = [
        Finding(
            kind=hit.kind,
            label=kind_label(hit.kind),
            severity=resolve_action(
                hit.kind, channel=channel, author_role=author_role, rules=config.rules
            ),
            start=hit.start,
            end=hit.end,
            message=hit.message,
            suggestion=hit.suggestion,
        )
        for hit in detect_all(
            text,
            register=config.register,
            public_emails=config.public_emails,
            public_phones=config.public_phones,
            public_addresses=config.public_addresses,
            company=config.company,
        )
    ]
    return CheckResult(strictest(f.severity for f in findings), findings)
