"""Every `openline` process sets Django up; the guidance detectors (their patterns took ~0.7 s of
CPU to compile, half of a process's set-up) are loaded by the first hook that reads text, not
then (`openline shell`, `migrate` and scripts start without them; commands that run the system
checks load them through the template tags). A fresh interpreter, as a process starts: the
test's own has loaded them long ago."""

import json
import subprocess
import sys

from tests.processes import environment

SCRIPT = """
import json, sys
import django

django.setup()
at_start = sorted(name for name in sys.modules if name.startswith("openline.guidance.detectors"))

from openline.participation.candidates import tone_of

kind, unkind, _ = tone_of(["Thanks, that fixed it.", "You idiots broke it again, damn it."])
print(json.dumps({
    "at_start": at_start,
    "after_use": "openline.guidance.detectors.language" in sys.modules,
    "unkind": unkind,
}))
"""


def test_starting_openline_does_not_load_the_guidance_detectors_until_a_hook_reads_text(tmp_path):
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SCRIPT],
        env=environment(tmp_path, DJANGO_SETTINGS_MODULE="config.settings.test"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "at_start": [],
        "after_use": True,
        "unkind": 1,  # the hook, registered at start, read both texts
    }
