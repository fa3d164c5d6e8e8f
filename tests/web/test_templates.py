"""Every template of every app: Django's `{# … #}` comment ends on the line it starts on; one
that goes on is printed on the page as text. Longer comments use {% comment %}."""

from pathlib import Path

import openline

SOURCE = Path(openline.__file__).parent
TEMPLATES = sorted(p for p in SOURCE.glob("*/templates/**/*") if p.is_file())


def unclosed_comments(text: str) -> list[int]:
    """The lines on which a `{#` comment opens and does not close."""
    return [
        number
        for number, line in enumerate(text.splitlines(), 1)
        if any("#}" not in rest for rest in line.split("{#")[1:])
    ]


def test_the_templates_are_found():
    assert SOURCE / "inbox/templates/inbox/_guided_reply.html" in TEMPLATES


def test_no_template_has_a_comment_django_would_print():
    printed = {
        str(path.relative_to(SOURCE)): lines
        for path in TEMPLATES
        if (lines := unclosed_comments(path.read_text()))
    }
    assert printed == {}


def test_a_comment_over_two_lines_is_caught():
    assert unclosed_comments("<p>\n{# one\n   two #}\n{# fine #}</p>") == [2]
