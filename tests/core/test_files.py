"""Outside file names are made safe, never refused."""

import pytest

from openline.core.files import safe_content_type, safe_filename


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("invoice.pdf", "invoice.pdf"),
        ("..", "attachment"),
        (".", "attachment"),
        ("", "attachment"),
        (None, "attachment"),
        ("../../etc/passwd", "_._etc_passwd"),
        ("C:\\Users\\pat\\photo.jpg", "C__Users_pat_photo.jpg"),
        ("\"quoted\" 'name'.txt", "_quoted_ _name_.txt"),
        ("nul\x00byte.pdf", "nulbyte.pdf"),
        ("bell\x07and\x1bescape.txt", "bellandescape.txt"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("zero\u200bwidth\u200e.png", "zerowidth.png"),
        ("new\nline.txt", "new line.txt"),
        (".htaccess", "htaccess"),
        ("  spaced  out  .txt  ", "spaced out.txt"),
    ],
)
def test_a_file_name_from_outside_is_made_safe(name, safe):
    assert safe_filename(name) == safe


def test_a_long_name_is_cut_to_200_bytes_keeping_its_extension():
    assert safe_filename("x" * 300 + ".pdf") == "x" * 196 + ".pdf"
    cut = safe_filename("日本" * 100 + ".png")
    assert cut.endswith(".png") and len(cut.encode()) <= 200
    assert cut.removesuffix(".png").strip("日本") == ""


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("image/PNG", "image/png"),
        ("text/plain; charset=utf-8", "text/plain"),
        ("text/\x00html", "application/octet-stream"),
        ("", "application/octet-stream"),
        ("nonsense", "application/octet-stream"),
    ],
)
def test_a_content_type_from_outside_is_plain_or_octet_stream(value, safe):
    assert safe_content_type(value) == safe
