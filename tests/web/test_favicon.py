"""The site's icon: every page names it, the app serves it, and /favicon.ico (what browsers ask
for where a page names none) leads to it instead of a 404 in every first visit's console."""

import re

from django.test import Client


def icon_url(page: str) -> str:
    return re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page).group(1)


def test_every_page_links_the_icon_and_the_app_serves_it(db, client: Client):
    url = icon_url(client.get("/").content.decode())
    icon = client.get(url)
    assert icon.status_code == 200
    assert icon["Content-Type"].startswith("image/svg+xml")
    body = b"".join(icon.streaming_content) if icon.streaming else icon.content
    assert body.startswith(b"<svg") and b"<script" not in body


def test_favicon_ico_leads_to_the_icon(db, client: Client):
    url = icon_url(client.get("/").content.decode())
    answer = client.get("/favicon.ico")
    assert answer.status_code == 301
    assert answer["Location"] == url
