"""Statements and Python calls of one inbox list request, signed in as an agent: what the
request does, which the machine's load does not move (unlike its time).

    DATABASE_URL=… PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/inbox_profile.py [URL]

Uses the database `bench/scale_1m.py` measures (seeded with `openline seed --messages N`); run it
from two trees on the same database to tell a change of code from a change of machine.
"""

import cProfile
import io
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import scale_1m


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "/inbox/?queue=all"
    sys.argv = sys.argv[:1]
    scale_1m.setup()
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from openline.accounts.models import User

    override_settings(
        ALLOWED_HOSTS=["*"],
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ).enable()
    client = Client()
    agent = User.objects.filter(role="agent", is_active=True).order_by("pk").first()
    assert agent is not None, "seed first: openline seed --messages N"
    client.force_login(agent)
    for _ in range(3):  # caches warm
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    print(f"{url}: {len(queries)} statements, {len(response.content):,} bytes")
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(5):
        client.get(url)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    print(f"{stats.total_calls:,} Python calls in 5 requests")  # type: ignore[attr-defined]
    stats.sort_stats("cumulative").print_stats(25)
    print(out.getvalue())


if __name__ == "__main__":
    main()
