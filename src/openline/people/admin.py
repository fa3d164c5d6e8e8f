from django.contrib import admin

from .models import Identity, Person


class IdentityInline(admin.TabularInline):
    model = Identity
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("__str__", "email", "user", "created_at")
    search_fields = ("name", "email", "identities__handle", "identities__email")
    raw_id_fields = ("user",)
    inlines = [IdentityInline]
