"""A Mastodon conversation in a browser: the earlier posts of the thread are shown, the reply box
counts down from the instance's limit as the agent types, and a long answer sent as a thread
reaches the instance as numbered posts."""

import os

import pytest
from playwright.sync_api import expect

from openline.channels import accounts
from openline.channels.social import polling
from openline.core import publishing
from openline.inbox.models import Message

from ..channels.social.mastodon_server import TOKEN, MastodonServer
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("OPENLINE_SCREENSHOTS", "")  # a directory: screenshots for a look


def test_the_reply_box_counts_down_and_a_long_answer_goes_out_as_a_thread(
    live_server, new_page, agent, settings, monkeypatch
):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": ["127.0.0.1"]}
    monkeypatch.setattr(publishing, "_checks", [])  # the guidance engine is tested on its own
    with MastodonServer() as mastodon:
        state = mastodon.state
        account = accounts.add_social_account(
            "mastodon",
            name="Halden on Mastodon",
            options={"instance": mastodon.url, "token": TOKEN},
        )
        polling.poll_account(account, force=True)
        ana = state.customer("ana", "Ana Ortiz")
        first = state.post(ana, "My T2 shows E14 after the update.", visibility="direct")
        state.post(ana, "Any news? It is cold here.", visibility="direct", in_reply_to=first)
        polling.poll_account(account, force=True)
        conversation = Message.objects.get(external_id=first["id"]).conversation

        page = new_page()
        sign_in(page, live_server.url, "alex")
        page.goto(f"{live_server.url}/inbox/")
        expect(page.locator("#channel-health")).to_contain_text("Halden on Mastodon")
        if SHOTS:
            for width in (1280, 390):
                page.set_viewport_size({"width": width, "height": 900})
                page.screenshot(path=f"{SHOTS}/inbox-{width}.png", full_page=True)
        page.goto(f"{live_server.url}/inbox/{conversation.pk}/")
        expect(page.locator(".thread-context summary")).to_have_text(
            "Earlier in the thread (1 post)"
        )
        counter = page.locator("#length-counter")
        expect(counter).to_have_text("0 / 495 characters")
        box = page.locator("#id_body")
        box.fill("See https://halden.example/support/articles/e14-after-the-firmware-update")
        expect(counter).to_have_text("27 / 495 characters")  # a link counts 23
        long = " ".join(f"Step {n}: check the wiring of valve {n}." for n in range(1, 25))
        box.fill(long)
        expect(counter).to_contain_text("too long for one post")
        expect(counter).to_have_class("muted length-counter over")
        if SHOTS:
            for width in (1280, 390):
                page.set_viewport_size({"width": width, "height": 900})
                page.screenshot(path=f"{SHOTS}/conversation-{width}.png", full_page=True)
        page.check("input[name=split]")
        page.click("#reply-form button[type=submit]")
        expect(page.locator(".message-reply .delivery-sent")).to_have_count(1, timeout=10_000)
        assert [p["form"]["status"][-5:] for p in state.posted] == ["(1/2)", "(2/2)"]
        assert {p["form"]["visibility"] for p in state.posted} == {"direct"}
