from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission
from django.db.models import ManyToManyField, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from . import access
from .models import ApiToken, User

# Django stores its built-in permissions' names in English when it migrates ("Can add
# invitation"; its ticket #1688 is open) and shows them as stored, after the translated app and
# model. The admin's two-box chooser names them again, in the reader's language.
PERMISSION_ACTIONS = {
    "add": gettext_noop("Can add %(name)s"),
    "change": gettext_noop("Can change %(name)s"),
    "delete": gettext_noop("Can delete %(name)s"),
    "view": gettext_noop("Can view %(name)s"),
}


def permission_label(permission: Permission) -> str:
    """ "Konten | Einladung | Darf Einladung hinzufügen" for a German reader. A permission
    that is not one of a model's four built-in ones keeps its stored name, translated when a
    catalog knows it."""
    model = permission.content_type.model_class()
    action = permission.codename.partition("_")[0]
    builtin = (
        model is not None
        and action in PERMISSION_ACTIONS
        and permission.codename == get_permission_codename(action, model._meta)
    )
    if builtin:
        name = gettext(PERMISSION_ACTIONS[action]) % {"name": model._meta.verbose_name}  # type: ignore[union-attr]
    else:
        name = gettext(permission.name)
    return f"{permission.content_type} | {name}"


class PermissionsByName(admin.ModelAdmin[Any]):
    """The two-box chooser of permissions (a user's, a group's) names them by `permission_label`."""

    def formfield_for_manytomany(
        self, db_field: ManyToManyField[Any, Any], request: HttpRequest | None = None, **kwargs: Any
    ) -> forms.ModelMultipleChoiceField[Any] | None:
        field = super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[arg-type]  # Django's GroupAdmin takes None
        if field is not None and db_field.related_model is Permission:
            field.label_from_instance = permission_label  # type: ignore[method-assign,assignment]
        return field


# The admin's header and its pages' titles name the product, in the reader's language, not
# "Django administration".
admin.site.site_header = _("Openline administration")
admin.site.site_title = _("Openline administration")

admin.site.unregister(Group)


@admin.register(Group)
class OpenlineGroupAdmin(PermissionsByName, GroupAdmin):
    pass


@admin.register(User)
class OpenlineUserAdmin(PermissionsByName, UserAdmin[User]):
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
