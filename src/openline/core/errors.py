"""Errors shared by every layer."""

from django.core.exceptions import ValidationError


class UnknownReference(ValidationError):
    """Input names something that does not exist, or that the caller may not see (a space, a
    tag, a thread, a colleague). Forms show it like any other field error; the API answers 404
    with the field's message, as it does for a path naming such a thing, because the request
    itself was well formed."""
