"""The bridge in Django's admin, for operators: which conversations became public threads and
the posts shared to social accounts (read-only: they are made from the inbox and thread pages)."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from .models import PublishedConversation, SocialShare


class ReadOnly[M: Any](admin.ModelAdmin[M]):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(PublishedConversation)
class PublishedConversationAdmin(ReadOnly[PublishedConversation]):
    list_display = ("thread", "channel_kind", "was_private", "question_source", "published_by",
                    "created_at")  # fmt: skip
    list_filter = ("channel_kind", "was_private", "question_source")
    list_select_related = ("thread", "published_by")
    date_hierarchy = "created_at"


@admin.register(SocialShare)
class SocialShareAdmin(ReadOnly[SocialShare]):
    list_display = ("thread", "account", "state", "attempts", "external_id", "created_at")
    list_filter = ("state", "account")
    list_select_related = ("thread", "account")
    date_hierarchy = "created_at"
