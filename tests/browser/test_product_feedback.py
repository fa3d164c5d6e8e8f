"""Issue 14 in Chromium: the product-feedback page fits a 1280 px screen and a 390 px phone
without sideways scrolling of the page (wide tables scroll in their own box), every chart has
its table, and a product manager reaches the quotes behind an area in one click."""

import os
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community.models import Tag, ThreadKind
from openline.inbox.models import ChannelAccount, Conversation, Message, MessageKind
from openline.language.models import TextLabel

from ..factories import SpaceFactory, ThreadFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("OPENLINE_SCREENSHOTS")  # a folder to keep the screenshots in

TEXTS = {
    "billing": ("The invoice charged me twice this month, please refund", "complaint", "negative"),
    "mobile-app": ("Please add a widget to the home screen", "idea", "positive"),
    "delivery": ("Where is my parcel? Tracking has not moved for a week", "problem", "negative"),
}


def _history() -> None:
    for slug in TEXTS:
        Tag.objects.create(slug=slug, name=slug.replace("-", " ").capitalize())
    account = ChannelAccount.objects.create(kind="email", name="Mail")
    now = timezone.now()
    for n in range(90):
        slug = list(TEXTS)[n % 3]
        text, intent, sentiment = TEXTS[slug]
        when = now - timedelta(days=n % 30, hours=n % 5)
        conversation = Conversation.objects.create(account=account, external_id=f"c{n}")
        message = Message.objects.create(conversation=conversation, kind=MessageKind.INBOUND,
                                         account=account, body=text, created_at=when)  # fmt: skip
        TextLabel.objects.create(
            kind="message", object_id=message.pk, intent=intent, intent_confidence=0.9,
            sentiment=sentiment, sentiment_score=-0.7 if sentiment == "negative" else 0.6,
            language="en", model_id="t", text_hash="x", product_area=slug,
            product_area_source="meaning", channel="email", written_at=when,
        )  # fmt: skip
    space = SpaceFactory()
    for votes in (3, 12):
        ThreadFactory(space=space, kind=ThreadKind.IDEA, upvote_count=votes)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_product_feedback_page_fits_the_screen(live_server, new_page, width):
    UserFactory(username="pm", display_name="Pia Product", role=Role.AGENT)
    _history()
    page = new_page()
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, "pm")
    page.goto(f"{live_server.url}/staff/product-feedback/")
    fits = page.evaluate("document.querySelector('main').scrollWidth <= window.innerWidth")
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/product-feedback-{width}.png", full_page=True)
    charts = page.locator("#trends svg[role=img]").count()
    tables = page.locator("#trends table").count()
    page.locator("#table-areas a", has_text="Billing").first.click()
    # the quotes are another page: wait for it rather than read the old one's (none) at once
    expect(page.locator("#quotes li")).to_have_count(30)
    quotes = page.locator("#quotes li").all_inner_texts()
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/product-quotes-{width}.png", full_page=True)
    assert fits
    assert (charts, tables) == (6, 3)  # items and sentiment per area, one table beside them
    assert len(quotes) == 30 and all("charged me twice" in q for q in quotes)
