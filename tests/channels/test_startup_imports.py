"""Every `openline` process (web, worker, each management command) sets Django up, which
installs every channel; the social networks' client libraries are loaded by the first real use
of their adapter, not then (atproto_client alone took ~1 s of every start). A fresh
interpreter, as a process starts: the test's own has loaded them long ago."""

import json
import subprocess
import sys

from tests.processes import environment

LAZY = ["atproto_client", "tweepy"]

SCRIPT = """
import json, sys
import django

lazy = json.loads(sys.argv[1])
django.setup()
at_start = [name for name in lazy if name in sys.modules]

from openline.channels.social import bluesky

connection = bluesky.Connection("http://127.0.0.1:9", "support.example.com", "abcd-efgh-ijkl-mnop")
connection.close()
print(json.dumps({"at_start": at_start, "after_use": "atproto_client" in sys.modules}))
"""


def test_starting_openline_does_not_load_the_social_networks_client_libraries_until_used(
    tmp_path,
):
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SCRIPT, json.dumps(LAZY)],
        env=environment(tmp_path, DJANGO_SETTINGS_MODULE="config.settings.test"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    assert json.loads(done.stdout) == {"at_start": [], "after_use": True}
