from django.contrib import admin

from .models import DigestSent, Follow, Notification, Preference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin[Notification]):
    list_display = ("recipient", "kind", "text", "delivery", "created_at", "read_at", "emailed_at")
    list_filter = ("kind", "delivery")
    raw_id_fields = ("recipient", "actor")
    search_fields = ("recipient__username", "text")


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin[Follow]):
    list_display = ("user", "about_type", "label", "active", "created_at")
    list_filter = ("about_type", "active")
    raw_id_fields = ("user",)


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin[Preference]):
    list_display = ("user", "kind", "delivery")
    list_filter = ("kind", "delivery")
    raw_id_fields = ("user",)


@admin.register(DigestSent)
class DigestSentAdmin(admin.ModelAdmin[DigestSent]):
    list_display = ("user", "day", "count", "sent_at")
    raw_id_fields = ("user",)
