"""E-mail as a channel: `openline smtpd` receives mail for the support addresses (each active
ChannelAccount of kind "email" with config {"address": "support@example.com"}), and replies
leave through Django's mailer as answers in the customer's mail thread.

Account config: "address" (required), "from_name" (default: the company name),
"trust_sender_address" (default false: From addresses are not verified here, see `inbound`)."""

from django.db import DatabaseError

from openline.core import companions
from openline.inbox import adapters
from openline.inbox.models import ChannelAccount, ChannelKind

from .inbound import parse_email, trim_quoted
from .outbound import EmailAdapter

__all__ = ["EmailAdapter", "install", "parse_email", "trim_quoted"]


SMTPD_FLAG = "OPENLINE_SMTPD_COMPANION"


def _has_mailboxes() -> bool:
    """`openline serve` runs `openline smtpd` only when there is mail to receive."""
    try:
        return ChannelAccount.objects.filter(kind=ChannelKind.EMAIL, is_active=True).exists()
    except DatabaseError:  # not migrated yet: serve's own checks say so
        return False


def install() -> None:
    adapters.register(EmailAdapter())
    companions.register("smtpd", SMTPD_FLAG, _has_mailboxes)
