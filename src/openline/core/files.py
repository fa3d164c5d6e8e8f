"""File names and types that came from outside (e-mail and webhook attachments): made safe to
show, to store and to send back in a Content-Disposition header, never refused."""

import re
import unicodedata

# Path separators, quotes and what Windows forbids in names: replaced, not dropped, so
# "report/2026.pdf" stays readable as "report_2026.pdf".
_REPLACED = re.compile(r"[/\\\"'`<>:|?*]")
_SPACES = re.compile(r"\s+")
_CONTENT_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}")


def safe_filename(name: str | None, *, default: str = "attachment", max_bytes: int = 200) -> str:
    """`name` without control or formatting characters (NUL, new lines, right-to-left and
    zero-width marks), path separators or quotes, leading dots (`..`, `.htaccess`) or
    surrounding spaces, at most `max_bytes` in UTF-8 with its extension kept; `default` when
    nothing is left."""
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in "\t\n\r")
    text = _SPACES.sub(" ", _REPLACED.sub("_", text)).strip(" .")
    if not text.strip("_"):
        return default
    stem, dot, extension = text.rpartition(".")
    if not dot or not stem or len(extension.encode()) > 16:
        stem, dot, extension = text, "", ""
    room = max_bytes - len(dot + extension)
    stem = stem.encode()[:room].decode(errors="ignore").rstrip(" .")
    return f"{stem}{dot}{extension}" if stem else default


def safe_content_type(value: str | None) -> str:
    """A plain `type/subtype` (parameters dropped), or application/octet-stream."""
    kind = (value or "").split(";", 1)[0].strip().lower()
    return kind if _CONTENT_TYPE.fullmatch(kind) else "application/octet-stream"
