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
# Machine framing an integration puts before the message: "[App Store review ★★]",
# "[Discord bridge — general]", "[Steam review — Recommended, 31 h]", "[Contact form — Billing]".
_FRAME = re.compile(r"^\[([^\]\n]{1,80})\][ \t]*")
# What of a frame is the author's: a rating ("★★", "4/5", "1 star") or a recommendation.
_RATING = re.compile(r"[★⭐☆]+|\b\d(?:[.,]\d)?\s*(?:/\s*5|stars?\b)|\b(?:not )?recommended\b", re.I)
# A chat bridge's speaker or room after a frame: "benji_b:", "user barnacle_bill:", "#general:".
_SPEAKER = re.compile(r"^(?:user\s+)?[#@]?[\w.-]{1,30}:\s+", re.IGNORECASE)
# A form's "Key: value" line after a frame ("Platform: PC", "Company: PixelVerse Merch").
_FRAMED_FIELD = re.compile(r"^[A-Z][\w/-]*(?: [\w/-]+){0,2}\s*:\s*\S.{0,60}$")
# A review's rating ("★★☆☆☆", "⭐⭐⭐⭐⭐", a lone "★") as words the heads can read: "2 stars".
_STARS = re.compile(r"[★⭐☆]+")


def clean_message(text: str) -> str:
    """The author's own words of an inbound message; the text unchanged where nothing applies,
    and never empty when the text was not."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    framed = _FRAME.match(text.lstrip())
    if framed:
        text = _unframe(text.lstrip(), framed)
    lines = text.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
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
        if (
            framed
            and index < len(lines) - 1
            and _FRAMED_FIELD.match(stripped)
            and not _MESSAGE_FIELD.match(stripped)
        ):
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


def _unframe(text: str, framed: re.Match[str]) -> str:
    """The message without its integration's frame, the rating kept in words ("2 stars.");
    a form's fields one per line ("Subject: Voucher | Message: …"), a form's subtitle ("New
    submission") and a chat bridge's speaker dropped."""
    rating = " ".join(m.group() for m in _RATING.finditer(framed.group(1)))
    rating = _SPACES.sub(" ", _STARS.sub(_stars, rating)).strip()
    rest = _SPEAKER.sub("", text[framed.end() :], count=1)
    rest = re.sub(r"[ \t]+\|[ \t]+(?=[A-Z][\w ]{0,20}:)", "\n", rest)
    first, newline, after = rest.partition("\n")
    if newline and after.strip() and re.fullmatch(r"[A-Za-z ]{1,30}", first.strip()):
        rest = after
    return f"{rating}. {rest}" if rating else rest


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
