"""E-mail as a channel: `openline smtpd` receives mail for the support addresses (each active
ChannelAccount of kind "email" with config {"address": "support@example.com"}), and replies
leave through Django's mailer as answers in the customer's mail thread.

Account config: "address" (required), "from_name" (default: the company name),
"trust_sender_address" (default false: From addresses are not verified here, see `inbound`)."""

from openline.inbox import adapters

from .inbound import parse_email, trim_quoted
from .outbound import EmailAdapter

__all__ = ["EmailAdapter", "install", "parse_email", "trim_quoted"]


def install() -> None:
    adapters.register(EmailAdapter())
