"""The guidance check on the pre-publish hook of core.publishing: every reply by staff or a
super-user, from any page, the API or the inbox, is checked again on the server as it is
published. Customers' own posts get one check of their own (`customer_check`): their personal
data, before it is public.

What the policy says decides what happens:
- publish / inform: it goes out;
- warn: it goes out once the author acknowledged the warnings, and the decision is audited;
- review: a review request is created and the draft is held (HeldForReview);
- block: it is refused with the findings (PublishBlocked).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy, gettext_noop

from openline.accounts.models import Role, User
from openline.community import held
from openline.core.publishing import Draft, HeldForReview, NeedsAcknowledgement, PublishBlocked
from openline.inbox.models import Message, MessageKind

from .checks import check_text
from .detectors.base import Phrase
from .models import Action, AuditDecision, AuditLog, ReviewRequest, ReviewStatus
from .policy import PUBLISH
from .redaction import LABELS, private_spans

EXCERPT = 500

# Set only by guidance's own approval of a review whose target publishes through another app
# (an inbox conversation): that app's publish call then passes this check once.
_approving: ContextVar[ReviewRequest | None] = ContextVar("guidance_approving", default=None)


def is_checked_author(author: User | None) -> bool:
    if author is None or not getattr(author, "is_authenticated", False):
        return False
    return author.is_staff_member or author.role == Role.SUPERUSER


def _is_approved(draft: Draft) -> bool:
    """The draft is exactly the text a reviewer approved for this author."""
    review = draft.context.get("approved_review") or _approving.get()
    return (
        isinstance(review, ReviewRequest)
        and review.status == ReviewStatus.APPROVED
        and review.author_id == draft.author.pk
        and review.final_text == draft.text
    )


def _sent_from_inbox(draft: Draft) -> bool:
    """The community reply is the delivery of an inbox reply to the thread's conversation: that
    exact text by that author was checked (and acknowledged or approved) when it was sent, and
    is waiting to be delivered. Checking it again in the worker would hold it a second time."""
    thread = draft.context.get("thread")
    if thread is None or draft.context.get("reply") is not None:
        return False
    if draft.channel != "community":
        return False
    return Message.objects.filter(
        conversation__thread=thread, author=draft.author, kind=MessageKind.REPLY,
        body=draft.text, external_id__isnull=True,
    ).exists()  # fmt: skip


@contextmanager
def approving(review: ReviewRequest) -> Iterator[None]:
    token = _approving.set(review)
    try:
        yield
    finally:
        _approving.reset(token)


def excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def _target(draft: Draft) -> dict[str, Any]:
    reply = draft.context.get("reply")
    thread = draft.context.get("thread") or getattr(reply, "thread", None)
    return {
        "thread": thread,
        "target_reply": reply,
        "conversation_id": draft.context.get("conversation_id"),
    }


def _audit_override(draft: Draft, findings: list[dict[str, Any]]) -> None:
    target = _target(draft)
    AuditLog.objects.create(
        actor=draft.author, author=draft.author, decision=AuditDecision.PUBLISHED_OVER_WARNING,
        channel=draft.channel, excerpt=excerpt(draft.text), findings=findings,
        thread=target["thread"], conversation_id=target["conversation_id"],
    )  # fmt: skip


def _hold(draft: Draft, findings: list[dict[str, Any]]) -> ReviewRequest:
    """One pending request per author, target and text: posting twice does not queue twice."""
    target = _target(draft)
    with transaction.atomic():
        existing = ReviewRequest.objects.filter(
            author=draft.author, status=ReviewStatus.PENDING, text=draft.text, **target
        ).first()
        if existing is not None:
            return existing
        return ReviewRequest.objects.create(
            author=draft.author, channel=draft.channel, text=draft.text, findings=findings,
            **target,
        )  # fmt: skip


def hold_unverified(draft: Draft) -> None:
    """With OPENLINE["UNVERIFIED_POSTS"] = "hold", a community reply by someone who has not
    confirmed their address waits for a reviewer (community refuses it in "verify" mode)."""
    author = draft.author
    if (
        settings.OPENLINE["UNVERIFIED_POSTS"] != "hold"
        or draft.channel != "community"
        or draft.context.get("new_thread")  # community refuses those in "verify" mode
        or not getattr(author, "is_authenticated", False)
        or author.is_staff_member
        or author.email_verified
        or _is_approved(draft)
    ):
        return
    review = _hold(draft, [])
    raise HeldForReview("held for review", [], review_id=review.pk)


def guidance_check(draft: Draft) -> None:
    # A champion (trust level 4 or a super-user) answers for the company like staff do.
    checked = is_checked_author(draft.author) or draft.context.get("champion") is True
    if not checked or _is_approved(draft) or draft.context.get("new_thread"):
        return  # staff's new threads are not checked yet (only their replies, everywhere)
    result = check_text(draft.text, channel=draft.channel, author_role=draft.author.role)
    if result.action in (PUBLISH, Action.INFORM) or _sent_from_inbox(draft):
        return
    findings = [finding.as_dict() for finding in result.findings]
    stored = [finding.stored() for finding in result.findings]
    if result.action == Action.BLOCK:
        raise PublishBlocked(gettext("This reply cannot be published as it is."), findings)
    if result.action == Action.REVIEW:
        if draft.context.get("reviewable", True) is False:
            raise PublishBlocked(
                gettext(
                    "This text would need a reviewer, and it cannot wait for one: rephrase "
                    "what the findings point at."
                ),
                findings,
            )
        review = _hold(draft, stored)
        raise HeldForReview("held for review", findings, review_id=review.pk)
    if result.action == Action.WARN:
        if not draft.acknowledged:
            raise NeedsAcknowledgement(gettext("Read the warnings before you publish."), findings)
        _audit_override(draft, stored)


# --- customers' own posts -----------------------------------------------------------------------

CUSTOMER_LABELS = {
    "payment_card": gettext_noop("Your card number"),
    "iban": gettext_noop("Your bank account"),
    "email": gettext_noop("An e-mail address"),
    "phone": gettext_noop("A phone number"),
    "address": gettext_noop("A street address"),
    "order": gettext_noop("An order or account number"),
    "birth_date": gettext_noop("A date of birth"),
    "id_number": gettext_noop("An ID or passport number"),
    "name": gettext_noop("A full name"),
    "health": gettext_noop("Health details"),
    "private_life": gettext_noop("Details of your private life"),
    "plate": gettext_noop("A number plate"),
    "user_name": gettext_noop("A user name"),
    "secret": gettext_noop("A password or access code"),
}
# A name is "with an order or account" only where the post shows one (session 23, qa-v10).
NAME_WITH_RECORD = gettext_noop("A full name with an order or account")
RECORD_KINDS = frozenset({"order", "iban"})
CUSTOMER_MESSAGE = Phrase(gettext_noop(
    "Everyone can read this post, and search engines too. Leave it out: if staff need it, they "
    "ask for it privately."
))  # fmt: skip
# The label "Remove them for me" puts in its place, named as it is written into the post.
CUSTOMER_SUGGESTION = gettext_noop("“Remove them for me” replaces it with %(label)s.")


def _customer_suggestion(kind: str) -> Phrase:
    return Phrase(CUSTOMER_SUGGESTION, label=Phrase(LABELS[kind]))


def _customer_labels(kinds: list[str]) -> list[Phrase]:
    with_record = not RECORD_KINDS.isdisjoint(kinds)
    return [
        Phrase(NAME_WITH_RECORD if kind == "name" and with_record else CUSTOMER_LABELS[kind])
        for kind in kinds
    ]


def customer_findings(text: str, *, stored: bool = False) -> list[dict[str, Any]]:
    """The personal data a member is about to make public in their own post: in the active
    language, or `stored` (English, with the phrases guidance.checks.localised reads)."""
    if stored:
        with translation.override("en"):
            found = customer_findings(text)
        kinds = _private_kinds(text)
        for finding, kind, label in zip(found, kinds, _customer_labels(kinds), strict=True):
            finding["phrases"] = {
                "label": label.stored(),
                "message": CUSTOMER_MESSAGE.stored(),
                "suggestion": _customer_suggestion(kind).stored(),
            }
        return found
    spans = _private_found(text)
    labels = _customer_labels([kind for _start, _end, kind in spans])
    return [
        {
            "kind": "personal_data", "label": str(label),
            "severity": "warn", "start": start, "end": end, "message": str(CUSTOMER_MESSAGE),
            "suggestion": str(_customer_suggestion(kind)),
        }
        for (start, end, kind), label in zip(spans, labels, strict=True)
    ]  # fmt: skip


def _private_kinds(text: str) -> list[str]:
    return [kind for _start, _end, kind in _private_found(text)]


def _private_found(text: str) -> list[tuple[int, int, str]]:
    found = []
    position = 0
    for start, end, kind in sorted(private_spans(text), key=lambda s: (s[0], -s[1])):
        if end <= position:
            continue
        position = end
        found.append((start, end, kind))
    return found


WARNING = gettext_lazy("Your post shows personal data.")
HOLD_WARNING = gettext_lazy(
    "Your post shows personal data. Posted as it is, a moderator approves it first."
)


def customer_check(draft: Draft) -> None:
    """A member's own post in the community is checked for their personal data before it is
    public. `OPENLINE["CUSTOMER_PRIVATE_DATA"]`: "warn" (default: they confirm, or remove it in
    one click), "hold" (a reviewer approves a reply first; a new thread is warned about, and
    posted as it is waits in the moderation queue) or "off"."""
    mode = settings.OPENLINE.get("CUSTOMER_PRIVATE_DATA", "warn")
    author = draft.author
    if (
        mode == "off"
        or draft.channel != "community"
        or not getattr(author, "is_authenticated", False)
        or is_checked_author(author)
        or draft.context.get("champion") is True
        or _is_approved(draft)
    ):
        return
    findings = customer_findings(draft.text)
    if not findings:
        return
    new_thread = bool(draft.context.get("new_thread"))
    # A held reply is published when a reviewer approves it. A new thread is warned about
    # first, so that one click can remove the data; posted as it is, it waits in the
    # moderation queue like a new member's first post (community.held).
    if mode == "hold" and not new_thread:
        review = _hold(draft, customer_findings(draft.text, stored=True))
        raise HeldForReview("held for review", findings, review_id=review.pk)
    if not draft.acknowledged:
        message = HOLD_WARNING if mode == "hold" else WARNING
        raise NeedsAcknowledgement(str(message), findings)
    if mode == "hold":
        draft.hold = held.PRIVATE_DATA
