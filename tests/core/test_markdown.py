"""Markdown rendering: plain prose takes a fast path whose HTML equals the parser's."""

import random

import pytest

from openline.core import markdown

ALPHABET = "abcXYZ019 ,.;:?!'()%/@+-_\n*#>&<`~=[]\\|\"\t"


def parsed(text: str) -> str:
    return markdown.nh3.clean(
        markdown._md.render(text),
        tags=markdown.ALLOWED_TAGS,
        attributes=markdown.ALLOWED_ATTRIBUTES,
        url_schemes=markdown.URL_SCHEMES,
        link_rel="nofollow ugc noopener noreferrer",
    )


def test_the_plain_prose_fast_path_renders_exactly_what_the_parser_renders():
    rng = random.Random(20261123)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 20))) for _ in range(40000)]
    plain = [t for t in texts if markdown._plain_paragraphs(t) is not None]
    assert len(plain) > 300  # the generator reaches the fast path often enough to mean something
    assert [markdown.render_markdown(t) for t in plain] == [parsed(t) for t in plain]


@pytest.mark.parametrize(
    "text",
    [
        "My T2 shows E14 again since the update. Message 12.",
        "Hello,\nsecond line\n\nA new paragraph (with 100% certainty): yes!",
    ],
)
def test_plain_messages_take_the_fast_path(text):
    assert markdown._plain_paragraphs(text) is not None
    assert markdown.render_markdown(text) == parsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "1. a list",
        "- a list",
        "**bold** words",
        "a line\n===",
        "    indented code",
        "hard  \nbreak",
        "see <https://example.com>",
        "tom & jerry",
        "snake_case",
        "Café au lait",
    ],
)
def test_anything_with_markup_goes_through_the_parser(text):
    assert markdown._plain_paragraphs(text) is None


def test_images_from_other_sites_become_links_so_opening_a_message_calls_nobody():
    html = markdown.render_markdown(
        "![tracking pixel](https://tracker.example/p.gif) ![](http://10.0.0.5/admin) "
        "![x](//cdn.example/a.png)"
    )
    assert "<img" not in html
    assert '<a href="https://tracker.example/p.gif" rel="nofollow ugc noopener noreferrer">' in html
    assert ">image: tracking pixel</a>" in html
    assert ">image: http://10.0.0.5/admin</a>" in html


def test_images_on_this_site_are_shown_with_their_alt_text():
    html = markdown.render_markdown("![wiring *diagram*](/media/wiring.png)")
    assert html == '<p><img src="/media/wiring.png" alt="wiring diagram"></p>\n'
