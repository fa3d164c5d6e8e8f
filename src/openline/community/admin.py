from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Reply, Revision, Space, SpaceMembership, Tag, Thread


class MembershipInline(admin.TabularInline[SpaceMembership, Space]):
    model = SpaceMembership
    raw_id_fields = ("user",)
    extra = 0


@admin.register(Space)
class SpaceAdmin(admin.ModelAdmin[Space]):
    list_display = ("name", "slug", "is_private", "position")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin[Tag]):
    list_display = ("slug", "name")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin[Thread]):
    """Read-mostly: edits go through the community pages so revisions and caches stay right."""

    list_display = ("title", "space", "kind", "status", "author", "reply_count", "created_at")
    list_filter = ("space", "kind", "status")
    search_fields = ("title",)
    raw_id_fields = ("author", "accepted_reply", "status_changed_by")
    readonly_fields = (
        "body_html", "version", "reply_count", "upvote_count", "view_count", "reason_held"
    )  # fmt: skip
    # Held posts are released or removed by the moderators' tools; the reason is stored as a
    # code ("new_member:first_post") and read here in the reader's language.
    exclude = ("held_reason",)

    @admin.display(description=_("reason held"))
    def reason_held(self, obj: Thread) -> str:
        return obj.held_reason_shown


@admin.register(Reply)
class ReplyAdmin(admin.ModelAdmin[Reply]):
    list_display = ("id", "thread", "author", "created_at", "retracted_at")
    raw_id_fields = ("thread", "author", "retracted_by")
    readonly_fields = ("body_html", "upvote_count", "reason_held")
    exclude = ("held_reason",)

    @admin.display(description=_("reason held"))
    def reason_held(self, obj: Reply) -> str:
        return obj.held_reason_shown


admin.site.register(Revision)
