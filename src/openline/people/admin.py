from django.contrib import admin
from django.http import HttpRequest

from .models import (
    Badge,
    BadgeAward,
    Identity,
    Person,
    ReputationEvent,
    SuperUserInvitation,
    ThankYouNote,
    TrustLevel,
)


class IdentityInline(admin.TabularInline[Identity, Person]):
    model = Identity
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin[Person]):
    list_display = ("__str__", "email", "user", "created_at")
    search_fields = ("name", "email", "identities__handle", "identities__email")
    raw_id_fields = ("user",)
    inlines = [IdentityInline]


@admin.register(TrustLevel)
class TrustLevelAdmin(admin.ModelAdmin[TrustLevel]):
    list_display = ("user", "level", "computed_level", "pinned_level", "updated_at")
    list_filter = ("level", "pinned_level")
    search_fields = ("user__username", "user__display_name")
    raw_id_fields = ("user", "pinned_by")
    readonly_fields = ("computed_level", "stats", "promoted_at", "updated_at")


@admin.register(ReputationEvent)
class ReputationEventAdmin(admin.ModelAdmin[ReputationEvent]):
    """Read-only: the events are rebuilt from community data by the recompute."""

    list_display = ("user", "kind", "points", "worth", "limited_by", "created_at")
    list_filter = ("kind", "limited_by")
    search_fields = ("user__username",)
    raw_id_fields = ("user",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(
        self, request: HttpRequest, obj: ReputationEvent | None = None
    ) -> bool:
        return False


@admin.register(Badge)
class BadgeAdmin(admin.ModelAdmin[Badge]):
    list_display = ("__str__", "slug", "tier", "position")  # the name, translated


@admin.register(BadgeAward)
class BadgeAwardAdmin(admin.ModelAdmin[BadgeAward]):
    list_display = ("user", "badge", "awarded_at")
    list_filter = ("badge",)
    raw_id_fields = ("user",)


@admin.register(SuperUserInvitation)
class SuperUserInvitationAdmin(admin.ModelAdmin[SuperUserInvitation]):
    list_display = ("user", "status", "invited_by", "created_at", "responded_at")
    list_filter = ("status",)
    raw_id_fields = ("user", "invited_by")


@admin.register(ThankYouNote)
class ThankYouNoteAdmin(admin.ModelAdmin[ThankYouNote]):
    list_display = ("user", "author", "created_at")
    raw_id_fields = ("user", "author")
