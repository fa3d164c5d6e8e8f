import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_customer_asks_an_agent_answers_and_the_customer_accepts(live_server, new_page):
    SpaceFactory(name="Thermostats", slug="thermostats")
    UserFactory(username="casey", display_name="Casey Customer")
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT, team="Customer Care")
    base = live_server.url

    customer = new_page()
    sign_in(customer, base, "casey")
    customer.goto(f"{base}/ask/")
    customer.select_option("select[name=kind]", "problem")
    customer.fill("input[name=title]", "Thermostat shows E14 every morning")
    customer.fill("textarea[name=body]", "Since Monday the T2 says **E14** at 6am.")
    customer.click("#ask-form button[type=submit]")
    expect(customer.locator("h1")).to_have_text("Thermostat shows E14 every morning")
    thread_url = customer.url

    agent = new_page()
    sign_in(agent, base, "alex")
    agent.goto(thread_url)
    agent.fill(
        "textarea[name=body]", "E14 means the boiler link dropped: re-seat the OpenTherm wires."
    )
    agent.click("#reply-form button[type=submit]")
    expect(agent.locator(".reply .badge")).to_have_text("Staff · Customer Care")

    customer.goto(thread_url)
    expect(customer.locator("#thread-status")).to_have_text("Answered")
    customer.click("text=Accept this answer")
    expect(customer.locator("#thread-status")).to_have_text("Solved")
    expect(customer.locator(".reply.accepted")).to_contain_text("re-seat the OpenTherm wires")
