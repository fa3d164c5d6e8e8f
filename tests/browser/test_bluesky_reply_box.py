"""A Bluesky conversation in a browser: the posts before a mention are shown, the reply box counts
graphemes (an emoji with its skin tone is one) from 300, and a long answer goes out as a thread
of posts, each answering the one before, all in the customer's thread."""

import os

import pytest
from playwright.sync_api import expect

from openline.channels import accounts
from openline.channels.social import polling
from openline.core import publishing
from openline.inbox.models import Message

from ..channels.social.bluesky_server import APP_PASSWORD, COMPANY_HANDLE, PAT, ROBIN, T0, serve
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("OPENLINE_SCREENSHOTS", "")  # a directory: screenshots for a look


def test_the_reply_box_counts_graphemes_and_a_long_answer_goes_out_as_a_thread(
    live_server, new_page, agent, settings, monkeypatch
):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": ["127.0.0.1"]}
    monkeypatch.setattr(publishing, "_checks", [])  # the guidance engine is tested on its own
    pds = serve()
    try:
        account = accounts.add_social_account(
            "bluesky",
            name="Halden on Bluesky",
            options={"service": pds.url, "handle": COMPANY_HANDLE, "app_password": APP_PASSWORD},
        )
        root = pds.post(ROBIN, "Any heat pump recommendations?", at=T0, notify=False)
        mention = pds.post(
            PAT, f"@{COMPANY_HANDLE} mine shows E14 since the update", reply_to=root, at=T0
        )
        polling.poll_account(account, force=True)
        conversation = Message.objects.get(external_id=mention.uri).conversation

        page = new_page()
        sign_in(page, live_server.url, "alex")
        page.goto(f"{live_server.url}/inbox/{conversation.pk}/")
        expect(page.locator(".thread-context summary")).to_have_text(
            "Earlier in the thread (1 post)"
        )
        counter = page.locator("#length-counter")
        expect(counter).to_have_text("0 / 300 graphemes")
        box = page.locator("#id_body")
        box.fill("Thanks 👍🏽🇩🇪")
        expect(counter).to_have_text("9 / 300 graphemes")
        long = " ".join(f"Step {n}: check the wiring of valve {n}." for n in range(1, 16))
        box.fill(long)
        expect(counter).to_contain_text("too long for one post")
        if SHOTS:
            for width in (1280, 390):
                page.set_viewport_size({"width": width, "height": 900})
                page.screenshot(path=f"{SHOTS}/bluesky-conversation-{width}.png", full_page=True)
        page.check("input[name=split]")
        page.click("#reply-form button[type=submit]")
        expect(page.locator(".message-reply .delivery-sent")).to_have_count(1, timeout=10_000)
        records = [call[4]["record"] for call in pds.calls("com.atproto.repo.createRecord")]
        assert [r["text"][-6:] for r in records] == [" (1/2)", " (2/2)"]
        assert records[1]["reply"]["parent"]["uri"] != mention.uri  # it answers part 1
        assert {r["reply"]["root"]["uri"] for r in records} == {root.uri}
        assert records[0]["reply"]["parent"]["uri"] == mention.uri
    finally:
        pds.shutdown()
        pds.server_close()
