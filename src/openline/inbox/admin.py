"""The inbox in Django's admin, for operators: read-mostly views of conversations, messages and
the outbox; SLA policies and canned replies. Channel accounts are managed in the channels
app's admin (their settings are checked by the channel they belong to)."""

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import CannedReply, Conversation, Delivery, Message, SlaPolicy
from .voice_labels import intent_label, sentiment_label


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin[Conversation]):
    list_display = ("__str__", "account", "status", "assignee", "customer", "last_message_at")
    list_filter = ("status", "account")
    list_select_related = ("account", "assignee", "customer")
    search_fields = ("subject", "external_id")
    raw_id_fields = ("customer", "thread", "assignee")
    readonly_fields = (
        "account", "external_id", "created_at", "last_inbound_at", "intent_shown",
        "sentiment_shown",
    )  # fmt: skip
    # The readings follow the messages' (corrected on the conversation's page, where the
    # correction is kept for learning): shown here in the reader's words, not edited.
    exclude = ("intent", "sentiment")
    date_hierarchy = "last_message_at"

    @admin.display(description=_("intent"))
    def intent_shown(self, obj: Conversation) -> str:
        return intent_label(obj.intent) if obj.intent else "-"

    @admin.display(description=_("sentiment"))
    def sentiment_shown(self, obj: Conversation) -> str:
        return sentiment_label(obj.sentiment) if obj.sentiment else "-"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # conversations start on a channel


class DeliveryInline(admin.StackedInline[Delivery, Message]):
    model = Delivery
    extra = 0
    can_delete = False
    readonly_fields = (
        "idempotency_key",
        "state",
        "attempts",
        "next_attempt_at",
        "last_error",
        "external_ref",
        "sent_at",
        "claimed_until",
    )

    def has_add_permission(self, request: HttpRequest, obj: Message | None = None) -> bool:
        return False


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin[Message]):
    list_display = ("__str__", "conversation", "kind", "account", "created_at")
    list_filter = ("kind", "account")
    list_select_related = ("conversation", "account")
    search_fields = ("external_id", "body")
    raw_id_fields = ("conversation", "identity", "author")
    readonly_fields = ("account", "external_id", "raw", "created_at")
    inlines = [DeliveryInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # messages come from channels and the inbox


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin[Delivery]):
    list_display = ("__str__", "message", "state", "attempts", "next_attempt_at", "sent_at")
    list_filter = ("state",)
    raw_id_fields = ("message",)
    readonly_fields = DeliveryInline.readonly_fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(SlaPolicy)
class SlaPolicyAdmin(admin.ModelAdmin[SlaPolicy]):
    list_display = ("name", "first_response_minutes", "next_response_minutes", "is_default")


@admin.register(CannedReply)
class CannedReplyAdmin(admin.ModelAdmin[CannedReply]):
    list_display = ("title", "created_at")
    search_fields = ("title", "body")
