"""What the author wrote, without what the channel added: e-mail greetings, closings,
signatures, disclaimers and quoted earlier mail; contact-form fields; @handles and the '#'
of hashtags. Classifiers read this, so a long quoted reply or a footer does not outweigh a
one-line new message."""

import re

# Where quoted history starts: everything from this line on is someone else's text.
_QUOTE_START = re.compile(
    r"^(?:On .{4,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|_{10,}\s*$"
    r"|From: .+$|Von: .+$|-{2,}\s*Ursprüngliche Nachricht\s*-{2,}"
    r"|Le .{4,120}a écrit\s*:|Am .{4,120}schrieb .+:)",
    re.IGNORECASE,
)
# Where the signature starts: a closing, a sig separator, a mobile client's footer.
# A closing may carry a first name on its line ("Cheers, Jonas"); German closings too.
_SIGNATURE_START = re.compile(
    r"^(?:--\s*|(?:(?:(?:kind|kindest|best|warm|warmest|many|all the|with|with many"
    r"|thanks and)\s+)?"
    r"(?:regards|wishes|thanks|thank you(?: (?:very|so) much)?|best)(?: again| in advance)?"
    r"|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|thx|ta|(?:muchas )?gracias"
    r"|merci(?: beaucoup)?|(?:mit )?(?:freundlichen|besten|herzlichen|lieben|viele|beste|liebe"
    r"|herzliche|schöne) grüße?n?|grüße|gruß|lg|vg|mfg|danke(?: schön| sehr)?"
    r"|vielen dank(?: im voraus)?)(?:,? [^\W\d_]+)?[,.!]*"
    r"|sent from my .+|get outlook for .+|gesendet von .+)\s*$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|to whom it may concern"
    r"|hallo|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|moin|servus)"
    r"\b[^\n]{0,60}[,!:]?\s*$",
    re.IGNORECASE,
)
_FORM_FIELD = re.compile(
    r"^(?:(?:name|e-?mail|phone|telephone|order(?: number)?|date|subject|topic|category)\s*:.*"
    r"|\[[a-z ]*form\].*)$",
    re.IGNORECASE,
)
_MESSAGE_FIELD = re.compile(r"^(?:message|comments?|your message)\s*:\s*", re.IGNORECASE)
# What is left of "Dear @company," once the handle is gone.
_BARE_GREETING = re.compile(r"^(?:hi|hello|hey|dear|hallo)\s*[,:!]\s*", re.IGNORECASE)
_NAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "la", "le", "&"}
_HANDLE = re.compile(r"(?<![\w.])@[\w.-]+(?:@[\w.-]+)?")
_SPACES = re.compile(r"[ \t]+")
# A review's rating ("★★☆☆☆", "⭐⭐⭐⭐⭐", a lone "★") as words the heads can read: "2 stars".
_STARS = re.compile(r"[★⭐☆]+")


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
    while kept and not kept[-1]:
        kept.pop()
    # A name alone after a blank line, with no closing before it, signs the message.
    if len(kept) > 2 and not kept[-2] and _is_name(kept[-1]):
        kept.pop()
    if len(kept) > 1 and _GREETING.match(kept[0]):
        kept.pop(0)
    body = "\n".join(kept).strip()
    body = _HANDLE.sub(" ", body).replace("#", "")
    body = _BARE_GREETING.sub("", body.lstrip())
    body = _STARS.sub(_stars, body)
    body = "\n".join(_SPACES.sub(" ", line).strip() for line in body.split("\n")).strip()
    return body or text.strip()


def _is_name(line: str) -> bool:
    """'Jonas', 'R. Okafor', 'Marieke de Boer', 'Nadine & Christian': at most four words, each
    capitalised (or an initial, or a particle), no digits, no sentence punctuation."""
    words = line.split()
    if not 1 <= len(words) <= 4 or len(line) > 40 or any(ch.isdigit() for ch in line):
        return False
    for word in words:
        if word.lower() in _NAME_PARTICLES:
            continue
        bare = word[:-1] if len(word) == 2 and word.endswith(".") else word
        if not (bare[:1].isupper() and all(ch.isalpha() or ch in "'\u2019-" for ch in bare)):
            return False
    return True


def _stars(match: re.Match[str]) -> str:
    filled = sum(ch in "★⭐" for ch in match.group())
    return f" {filled} star{'s' if filled != 1 else ''} "
