from django.apps import apps
from django.contrib import admin
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from openline.core.admin_filters import labelled_filter

from .models import DigestSent, Follow, Notification, Preference


def about_type_name(value: str) -> str:
    """What a notification or follow is about, stored as a model's label ("community.thread"),
    named as the reader calls that model ("Thema")."""
    try:
        return str(capfirst(apps.get_model(value)._meta.verbose_name))
    except (LookupError, ValueError):
        return value


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin[Notification]):
    list_display = ("recipient", "kind", "text", "delivery", "created_at", "read_at", "emailed_at")
    list_filter = ("kind", "delivery")
    raw_id_fields = ("recipient", "actor")
    search_fields = ("recipient__username", "text")


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin[Follow]):
    list_display = ("user", "about_type_shown", "label", "active", "created_at")
    list_filter = (("about_type", labelled_filter(about_type_name)), "active")
    raw_id_fields = ("user",)

    @admin.display(description=_("about (type)"), ordering="about_type")
    def about_type_shown(self, obj: Follow) -> str:
        return about_type_name(obj.about_type)


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin[Preference]):
    list_display = ("user", "kind", "delivery")
    list_filter = ("kind", "delivery")
    raw_id_fields = ("user",)


@admin.register(DigestSent)
class DigestSentAdmin(admin.ModelAdmin[DigestSent]):
    list_display = ("user", "day", "count", "sent_at")
    raw_id_fields = ("user",)
