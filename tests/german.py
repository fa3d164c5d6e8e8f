"""A reader who asks for German: Accept-Language "de" with the locale middleware in place.

i18n-core puts LANGUAGES and LocaleMiddleware into the settings; until then the tests add
them here, for these tests only."""

from django.conf import settings
from django.test import override_settings

LOCALE = "django.middleware.locale.LocaleMiddleware"


def reading_german() -> override_settings:
    middleware = list(settings.MIDDLEWARE)
    if LOCALE not in middleware:
        middleware.insert(
            middleware.index("django.contrib.sessions.middleware.SessionMiddleware") + 1, LOCALE
        )
    return override_settings(
        LANGUAGES=[("en", "English"), ("de", "Deutsch")], MIDDLEWARE=middleware
    )


GERMAN = {"HTTP_ACCEPT_LANGUAGE": "de"}
