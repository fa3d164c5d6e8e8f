"""Markdown to safe HTML: markdown-it-py parses (raw HTML off), nh3 sanitises.

Links written by untrusted people carry rel="nofollow ugc" so the community cannot be used to
sell search-engine rank; staff links are trusted.

Images from other sites become links ("image: alt"): a picture in a customer's message or a
post would otherwise tell its author when (and from which address) an agent or reader opened
it, or make a staff browser call a host on the company network. Only images on this site
(`/media/...`) are shown inline; the page's Content-Security-Policy (img-src 'self' data:)
blocks the rest, including HTML stored before this rule.
"""

import html
import re
from typing import Any

import nh3
from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)


def _image(renderer: Any, tokens: list[Any], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    alt = renderer.renderInlineAsText(token.children or [], options, env)
    if src.startswith("/") and not src.startswith("//") and "\\" not in src:
        rendered: str = renderer.renderToken(tokens, idx, options, env)
        return rendered.replace('alt=""', f'alt="{html.escape(alt)}"', 1)
    label = html.escape(f"image: {alt}" if alt else f"image: {src}")
    return f'<a href="{html.escape(src)}">{label}</a>'


_md.add_render_rule("image", _image)

ALLOWED_TAGS = {
    "a",
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "del",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
    "code": {"class"},
}
URL_SCHEMES = {"http", "https", "mailto"}
MENTION_RE = re.compile(r"(?<![\w@/`])@([A-Za-z0-9_.+-]{2,150})\b")


# Plain prose that Markdown leaves as it is: every line starts with a letter and holds only
# letters, digits, spaces and punctuation without a Markdown meaning here; no leading or
# trailing spaces (indented code, hard breaks). Most messages from chat and shop channels are
# like this; for them the HTML is known without parsing (tests compare it with the parser's
# output on generated texts). Ingestion renders every inbound message, so this is worth it.
_PLAIN_LINE = re.compile(r"[^\W\d_][\w ,.;:?!'()%/@+-]*(?<! )", re.ASCII)


def _plain_paragraphs(text: str) -> str | None:
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        if not line:
            if lines:
                paragraphs.append("\n".join(lines))
                lines = []
            continue
        if not _PLAIN_LINE.fullmatch(line) or "_" in line:
            return None
        lines.append(line)
    if lines:
        paragraphs.append("\n".join(lines))
    return "".join(f"<p>{p}</p>\n" for p in paragraphs)


def render_markdown(text: str, *, trusted: bool = False) -> str:
    if (plain := _plain_paragraphs(text)) is not None:
        return plain  # no link, no markup: nothing for the sanitiser to change either
    rendered = _md.render(text)
    return nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer" if trusted else "nofollow ugc noopener noreferrer",
    )


def plain_text(text: str) -> str:
    """Markdown source to text for search, descriptions and feeds."""
    return plain_text_of_html(_md.render(text))


def plain_text_of_html(rendered: str) -> str:
    """The text of HTML rendered here already (a post's `body_html`): plain_text without
    parsing the Markdown again."""
    return html.unescape(nh3.clean(rendered, tags=set())).strip()


def mentioned_usernames(text: str) -> set[str]:
    return {m.lower() for m in MENTION_RE.findall(text)}


def link_mentions(text: str, known: set[str]) -> str:
    """Turns @username of existing people into profile links before rendering."""

    def swap(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"[@{name}](/u/{name}/)" if name.lower() in known else match.group(0)

    return MENTION_RE.sub(swap, text)
