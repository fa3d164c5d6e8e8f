from django.contrib import admin

from .models import EventDelivery, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin[Subscription]):
    list_display = ("url", "description", "is_active", "created_at")
    list_filter = ("is_active",)
    readonly_fields = ("created_at",)
    # The secret is set by `openline webhook add` and shown once; the admin never shows it.
    fields = ("url", "events", "description", "is_active", "created_at")


@admin.register(EventDelivery)
class EventDeliveryAdmin(admin.ModelAdmin[EventDelivery]):
    list_display = ("event", "subscription", "state", "attempts", "last_status", "sent_at")
    list_filter = ("state",)
    readonly_fields = [f.name for f in EventDelivery._meta.fields]

    def has_add_permission(self, request: object) -> bool:
        return False
