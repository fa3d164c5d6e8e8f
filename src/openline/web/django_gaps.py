"""Django's own messages that its German catalog does not translate yet (Django 6.1's empty
choice label shows in the admin's selects as "- Select an option -"; the actions' "Run"
button and the date hierarchy's "Filter by …"). Marked here so that
`make messages` keeps them in this app's catalog, which Django merges after its own: ours wins.
Drop an entry once Django's catalog has it."""

from django.utils.translation import gettext_noop

DJANGO_GAPS = [
    gettext_noop("- Select an option -"),
    gettext_noop("Run"),
    gettext_noop("Filter by %(field_name)s"),
]
