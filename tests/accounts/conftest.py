import re
from io import BytesIO
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from ..factories import PASSWORD

LINK_RE = re.compile(r"https?://\S+")


@pytest.fixture
def signed_in(client, db):
    def sign_in(user):
        client.login(username=user.username, password=PASSWORD)
        return client

    return sign_in


def link_in(message) -> str:
    """The one link in a plain-text e-mail, as a path the test client can open."""
    (url,) = [u for u in LINK_RE.findall(message.body) if urlsplit(u).path not in {"", "/"}]
    return urlsplit(url).path


def picture(name: str = "me.png", *, size: tuple[int, int] = (800, 600), fmt: str = "PNG"):
    buffer = BytesIO()
    Image.new("RGB", size, (11, 110, 79)).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")
