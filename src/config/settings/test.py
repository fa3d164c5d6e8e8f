"""Tests: the base settings on a throwaway data dir, fast hashing, tasks run immediately."""

import os
import tempfile

os.environ.setdefault("OPENLINE_DATA_DIR", tempfile.mkdtemp(prefix="openline-test-"))
os.environ.setdefault("SECRET_KEY", "test-only-not-secret")

from .base import *  # noqa: F403
from .base import OPENLINE

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
OPENLINE = OPENLINE | {  # `|` keeps base's dict[str, Any] for the type checker
    "RATE_SIGNIN": (5, 300),
    "RATE_SIGNIN_ACCOUNT": (8, 300),
    "RATE_SIGNUP": (3, 3600),
    "RATE_POST": (1000, 60),
    "WEBHOOK_QUEUE": False,  # its own tests turn it on: tests/channels/webhook/test_queue.py
    "BACKUP_EVERY_HOURS": 0,  # tests/core/test_backup.py runs the schedule itself
    # A test's wording.clear_cache() is a cold process: no scores from the shared cache, unless
    # the test turns it on (tests/language/test_wording_shared.py); the benches likewise.
    "WORDING_SHARED_SECONDS": 0,
    # Page views are written by hand (tests/participation/test_reads.py): a flush on a thread
    # of its own, beside a live server's requests, would meet SQLite's shared-cache table locks.
    "VIEW_FLUSH_SECONDS": 24 * 3600,
    # No prefilter database built in the background while pytest runs (each build costs
    # seconds of CPU; tests/guidance/test_prefilter.py turns it on); the benches, which use
    # these settings too, measure the product, with it (or without it, as the product, when
    # OPENLINE_GUIDANCE_PREFILTER=off).
    "GUIDANCE_PREFILTER": OPENLINE["GUIDANCE_PREFILTER"] and "PYTEST_VERSION" not in os.environ,
}
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - WhiteNoise expects it to exist
