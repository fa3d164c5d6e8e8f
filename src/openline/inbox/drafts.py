"""Prepared replies offered by higher layers: `?draft=<name>:<argument>` on a conversation
page fills the reply box with the text the provider registered under `name` writes for that
conversation (feedback: "the idea you asked for has shipped"). The agent reads, edits and
sends it; nothing is sent on its own."""

from collections.abc import Callable

from openline.accounts.models import User

from .models import Conversation

Provider = Callable[[User, Conversation, str], str | None]

_providers: dict[str, Provider] = {}


def register(name: str, provider: Provider) -> None:
    _providers[name] = provider


def prepared(user: User, conversation: Conversation, key: str) -> str | None:
    """The text for `key` ("name:argument"), or None when no provider knows it."""
    name, _, argument = key.partition(":")
    provider = _providers.get(name)
    return provider(user, conversation, argument) if provider else None
