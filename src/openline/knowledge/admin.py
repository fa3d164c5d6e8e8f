"""The bridge in Django's admin, for operators: which conversations became public threads and
the posts shared to social accounts (read-only: they are made from the inbox and thread pages)."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from openline.core.admin_filters import labelled_filter
from openline.inbox.models import channel_label

from .models import PublishedConversation, SocialShare


class ReadOnly[M: Any](admin.ModelAdmin[M]):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(PublishedConversation)
class PublishedConversationAdmin(ReadOnly[PublishedConversation]):
    list_display = ("thread", "channel_name", "was_private", "question_source", "published_by",
                    "created_at")  # fmt: skip
    list_filter = (
        ("channel_kind", labelled_filter(channel_label)), "was_private", "question_source"
    )  # fmt: skip

    @admin.display(description=_("channel"), ordering="channel_kind")
    def channel_name(self, obj: PublishedConversation) -> str:
        return channel_label(obj.channel_kind)

    # The page of one: the channel by name, where the stored code would be.
    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return (*super().get_readonly_fields(request, obj), "channel_name")

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fields = [field for field in super().get_fields(request, obj) if field != "channel_name"]
        return ["channel_name" if field == "channel_kind" else field for field in fields]

    list_select_related = ("thread", "published_by")
    date_hierarchy = "created_at"


@admin.register(SocialShare)
class SocialShareAdmin(ReadOnly[SocialShare]):
    list_display = ("thread", "account", "state", "attempts", "external_id", "created_at")
    list_filter = ("state", "account")
    list_select_related = ("thread", "account")
    date_hierarchy = "created_at"
