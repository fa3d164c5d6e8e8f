import pytest
from playwright.sync_api import expect

from openline.community import actions
from openline.knowledge.models import SuggestionChoice

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_typing_a_question_shows_the_one_already_answered_and_opening_it_counts(
    live_server, new_page
):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    asker = UserFactory(username="dana")
    UserFactory(username="casey")
    # Outside a transaction block: the commit runs the embedding task at once (test backend).
    answered = actions.create_thread(
        asker, space, kind="question", title="Setup stuck at 'Connecting to Wi-Fi'",
        body="The thermostat never gets past the Wi-Fi step with my new router.",
    )  # fmt: skip

    page = new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, "casey")
    page.goto(f"{live_server.url}/ask/")
    page.type("#id_title", "thermostat wont connect to wifi", delay=20)

    suggestion = page.locator("#similar-questions li a")
    expect(suggestion).to_have_text(answered.title, timeout=15_000)
    suggestion.click()
    expect(page.locator("h1")).to_have_text(answered.title)
    assert SuggestionChoice.objects.filter(thread=answered).count() == 1
