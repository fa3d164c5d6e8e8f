from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from . import access
from .models import ApiToken, User


@admin.register(User)
class OpenlineUserAdmin(UserAdmin[User]):
    list_display = ("username", "display_name", "email", "role", "team", "is_active")
    list_filter = ("role", "is_active", "is_staff")
    search_fields = ("username", "display_name", "email")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        (
            _("Community"),
            {"fields": ("display_name", "role", "team", "bio", "avatar", "email_verified")},
        ),
    )

    # The admin writes users without the accounts actions: any edit of a staff member (or of
    # someone becoming staff) may take access away, so their live tokens end (accounts.access).
    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        before = User.objects.filter(pk=obj.pk).first() if change else None
        super().save_model(request, obj, form, change)
        access.staff_access_changed_for(before, obj)

    def delete_model(self, request: HttpRequest, obj: User) -> None:
        access.staff_access_changed_for(obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        access.staff_access_changed()
        super().delete_queryset(request, queryset)

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        if request.method == "POST":  # a new password ends the person's other sessions
            access.staff_access_changed()
        return super().user_change_password(request, id, form_url)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ("prefix", "user", "name", "created_at", "last_used_at")
    readonly_fields = ("prefix", "key_hash", "created_at", "last_used_at")
    search_fields = ("user__username", "prefix")
