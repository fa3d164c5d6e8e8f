"""Production: HTTPS everywhere, strict cookies; everything else is base and the environment."""

import os

from .base import *  # noqa: F403
from .base import SITE_URL, env_bool

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("OPENLINE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("OPENLINE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
CSRF_TRUSTED_ORIGINS = [SITE_URL]

if not os.environ.get("EMAIL_HOST"):
    # No relay configured: hand mail to the machine's own MTA rather than print it.
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "localhost", "port": 25, "timeout": 20},
        }
    }
