"""Django's own messages that its German catalog does not translate yet (Django 6.1's empty
choice label shows in the admin's selects as "- Select an option -"; the actions' "Run"
button and the date hierarchy's "Filter by …"; the password's help text and button on a user's
admin page; the task queue's model name, which django_tasks_db marks but translates into no
language; the delete confirmation's question, whose quotes Django 6.1 made typographic, so
that its German catalog's entries, written for straight ones, no longer match; the headings
a screen reader reads above a change list's search box and page numbers, "…and 5 more
objects." under a long delete confirmation's list, an unknown app's error, the signed-out
page's title). Marked here
so that `make messages` keeps them in this app's catalog, which Django merges after its own:
ours wins.
Drop an entry once Django's catalog has it."""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_GAPS = [
    gettext_noop("- Select an option -"),
    gettext_noop("Run"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Raw passwords are not stored, so there is no way to see the user’s password."),  # noqa: RUF001 - Django's msgid
    gettext_noop("Reset password"),
    gettext_noop("Task Result"),
    gettext_noop("Task Results"),
    gettext_noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of the "
        "following related items will be deleted:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the "
        "following protected related objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related "
        "objects, but your account doesn't have permission to delete the following types of "
        "objects:"
    ),
    gettext_noop("Search %(name)s"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Pagination %(name)s entries"),
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
    gettext_noop('The app "%s" could not be found.'),
    gettext_noop("Logout"),
]
