"""Every page carries the Content-Security-Policy; its nonce matches the page's JSON-LD, also when
an anonymous page is served from the page cache (tests/browser checks it in Chromium)."""

import re


def policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def test_every_page_has_a_policy_without_inline_scripts_or_remote_images(client, db):
    for path in ("/", "/ask/", "/search/?q=wifi", "/accounts/signin/"):
        response = client.get(path, follow=True)
        directives = policy(response)
        assert directives["script-src"].startswith("'self'"), path
        assert "unsafe" not in directives["script-src"], path
        assert directives["img-src"] == "'self' data:", path
        assert directives["object-src"] == "'none'", path


def test_a_cached_thread_page_keeps_the_nonce_of_its_json_ld(client, question):
    first = client.get(question.get_absolute_url())
    second = client.get(question.get_absolute_url())
    [nonce] = re.findall(r'<script type="application/ld\+json" nonce="([^"]+)">', second.text)
    assert policy(second)["script-src"] == f"'self' 'nonce-{nonce}'"
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
