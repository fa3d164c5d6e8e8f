"""Why a post waits for a moderator, as stored and as read.

`held_reason` stores a code ("new_member:first_post", "watched_word:<phrase>"), not a sentence:
the member who wrote the post, the moderators and API clients each read it in their own
language (`describe`). Posts held before the codes (session 16) stored the English sentence;
`describe` reads those as their code, and shows any other text as it was written."""

import re

from django.utils.translation import gettext

FIRST_POST = "new_member:first_post"
LINK = "new_member:link"
WATCHED_WORD = "watched_word:"
PRIVATE_DATA = "private_data"  # the member's own personal data (guidance.publishing, "hold")

# The sentences stored before the codes, read back as codes.
_LEGACY = {
    "A new member's first post": FIRST_POST,
    "A new member's post with a link": LINK,
}
_LEGACY_WATCHED = re.compile(r"Contains the watched word “(?P<phrase>.+)”")


def watched_word(phrase: str) -> str:
    return f"{WATCHED_WORD}{phrase}"


def describe(reason: str) -> str:
    """The stored reason in the active language ("" for a post that is not held)."""
    reason = _LEGACY.get(reason, reason)
    if match := _LEGACY_WATCHED.fullmatch(reason):
        reason = watched_word(match["phrase"])
    if reason == FIRST_POST:
        return gettext("A new member's first post")
    if reason == LINK:
        return gettext("A new member's post with a link")
    if reason == PRIVATE_DATA:
        return gettext("Shows personal data")
    if reason.startswith(WATCHED_WORD):
        return gettext("Contains the watched word “%(phrase)s”") % {
            "phrase": reason.removeprefix(WATCHED_WORD)
        }
    return reason
