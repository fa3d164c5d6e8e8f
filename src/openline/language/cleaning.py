"""What the author wrote, without what the channel added: e-mail greetings, closings,
signatures, disclaimers and quoted earlier mail; contact-form fields; @handles and the '#'
of hashtags. Classifiers read this, so a long quoted reply or a footer does not outweigh a
one-line new message."""

import re

# Where quoted history starts: everything from this line on is someone else's text.
_QUOTE_START = re.compile(
    r"^(?:On .{4,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|_{10,}\s*$"
    r"|From: .+$|Le .{4,120}a écrit\s*:|Am .{4,120}schrieb .+:)",
    re.IGNORECASE,
)
# Where the signature starts: a closing, a sig separator, a mobile client's footer.
_SIGNATURE_START = re.compile(
    r"^(?:--\s*|(?:kind|best|warm|many)?\s*(?:regards|wishes|thanks|thank you)(?: in advance)?"
    r"(?:,? [a-z]+)?[,.!]*|best[,.!]*|cheers[,.!]*|sincerely[,.!]*"
    r"|yours(?: sincerely| truly| faithfully)?[,.]*"
    r"|thx[,.!]*|ta[,.!]*|sent from my .+|get outlook for .+)\s*$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|to whom it may concern)"
    r"\b[^\n]{0,60}[,!:]?\s*$",
    re.IGNORECASE,
)
_FORM_FIELD = re.compile(
    r"^(?:(?:name|e-?mail|phone|telephone|order(?: number)?|date|subject|topic|category)\s*:.*"
    r"|\[[a-z ]*form\].*)$",
    re.IGNORECASE,
)
_MESSAGE_FIELD = re.compile(r"^(?:message|comments?|your message)\s*:\s*", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[\w.-]+(?:@[\w.-]+)?")
_SPACES = re.compile(r"[ \t]+")


def clean_message(text: str) -> str:
    """The author's own words of an inbound message; the text unchanged where nothing applies,
    and never empty when the text was not."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(">"):
            continue
        if _QUOTE_START.match(stripped):
            break
        # A closing ends the message only once the author has said something.
        if kept and any(k.strip() for k in kept) and _SIGNATURE_START.match(stripped):
            break
        if _FORM_FIELD.match(stripped) and len(lines) > 1:
            continue
        kept.append(_MESSAGE_FIELD.sub("", stripped))
    while kept and not kept[0]:
        kept.pop(0)
    if len(kept) > 1 and _GREETING.match(kept[0]):
        kept.pop(0)
    body = "\n".join(kept).strip()
    body = _HANDLE.sub(" ", body).replace("#", "")
    body = "\n".join(_SPACES.sub(" ", line).strip() for line in body.split("\n")).strip()
    return body or text.strip()
