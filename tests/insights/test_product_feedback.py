"""The product-feedback page, its quotes and its exports: staff only, per product area, the
same filters everywhere, a fixed number of queries whatever the number of items."""

import csv
import io
import json
import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openline.community.models import Tag, ThreadKind
from openline.inbox.models import ChannelAccount, Conversation, Message, MessageKind
from openline.language.models import TextLabel

from ..factories import ThreadFactory


@pytest.fixture
def tags(db):
    return [
        Tag.objects.create(slug="billing", name="Billing"),
        Tag.objects.create(slug="mobile-app", name="Mobile app"),
    ]


def labelled(
    n: int, *, area: str, intent: str = "complaint", sentiment: str = "negative",
    days_ago: float = 1, text: str = "The invoice charged me twice", account=None,
):  # fmt: skip
    """n inbound e-mail messages already read, as the background task leaves them."""
    account = account or ChannelAccount.objects.get_or_create(kind="email", name="Mail")[0]
    when = timezone.now() - timedelta(days=days_ago)
    out = []
    for _ in range(n):
        conversation = Conversation.objects.create(
            account=account, external_id=f"c{Conversation.objects.count()}"
        )
        message = Message.objects.create(conversation=conversation, kind=MessageKind.INBOUND,
                                         account=account, body=text, created_at=when)  # fmt: skip
        out.append(TextLabel.objects.create(
            kind="message", object_id=message.pk, intent=intent, intent_confidence=0.9,
            sentiment=sentiment, sentiment_score=-0.8 if sentiment == "negative" else 0.7,
            language="en", model_id="test", text_hash="x", product_area=area,
            product_area_source="meaning", channel="email", written_at=when,
        ))  # fmt: skip
    return out


def test_the_page_is_for_staff(client, customer, agent):
    client.force_login(customer)
    refused = [client.get(u).status_code for u in (
        "/staff/product-feedback/", "/staff/product-feedback/quotes/",
        "/staff/product-feedback/items.csv", "/staff/product-feedback/ideas.json",
    )]  # fmt: skip
    client.force_login(agent)
    assert refused == [403, 403, 403, 403]
    assert client.get("/staff/product-feedback/").status_code == 200


def test_the_page_shows_each_area_with_a_chart_and_a_table(client, agent, tags):
    labelled(3, area="billing")
    labelled(1, area="mobile-app", intent="praise", sentiment="positive", text="Love the app")
    client.force_login(agent)
    page = client.get("/staff/product-feedback/").content.decode()
    assert "4 customer messages and posts read" in page
    assert 'id="table-trend-billing"' in page and "<svg" in page
    assert 'id="area-mobile-app"' in page
    complaints = page.split('id="table-complaints"')[1].split("</table>")[0]
    assert "Billing" in complaints and "Mobile app" not in complaints


def test_an_area_that_rose_this_week_is_named_with_its_words(client, agent, tags):
    labelled(1, area="billing", days_ago=10, text="invoice wrong")
    labelled(4, area="billing", days_ago=1, text="double charge on my invoice in 2026, going back")
    labelled(2, area="mobile-app", days_ago=10, text="app crash")
    client.force_login(agent)
    page = client.get("/staff/product-feedback/").content.decode()
    rising = page.split('id="table-rising-areas"')[1].split("</table>")[0]
    assert "Billing" in rising and "Mobile app" not in rising
    words = page.split('id="table-rising-terms"')[1].split("</table>")[0]
    assert "double charge" in words
    assert ">2026<" not in words and ">going<" not in words  # a year and a filler: no topic


def test_top_ideas_are_ranked_by_demand_with_linked_customers(client, agent, space, tags):
    from openline.feedback.idea_actions import link_conversation

    voted = ThreadFactory(space=space, kind=ThreadKind.IDEA, title="Dark mode", upvote_count=2)
    asked = ThreadFactory(space=space, kind=ThreadKind.IDEA, title="Export to PDF")
    account = ChannelAccount.objects.create(kind="email", name="Mail")
    for n in range(3):  # three customers asked for it by e-mail
        link_conversation(agent, Conversation.objects.create(account=account, external_id=f"e{n}"),
                          asked)  # fmt: skip
    client.force_login(agent)
    page = client.get("/staff/product-feedback/").content.decode()
    ideas = page.split('id="table-ideas"')[1].split("</table>")[0]
    assert ideas.index(asked.title) < ideas.index(voted.title)
    assert '<td class="n">3</td>' in ideas


def test_the_quotes_show_what_customers_wrote_in_the_area(client, agent, tags):
    labelled(2, area="billing", text="Charged twice for March")
    labelled(1, area="mobile-app", text="The app logs me out")
    client.force_login(agent)
    page = client.get("/staff/product-feedback/quotes/", {"area": "billing"}).content.decode()
    assert page.count("Charged twice for March") == 2 and "logs me out" not in page
    narrowed = client.get("/staff/product-feedback/quotes/", {"term": "logs"}).content.decode()
    assert "logs me out" in narrowed and "Charged twice" not in narrowed


def test_a_bad_filter_is_named_and_loses_nothing(client, agent, tags):
    client.force_login(agent)
    page = client.get("/staff/product-feedback/", {"area": "nope"})
    assert page.status_code == 200 and "Unknown product area." in page.content.decode()
    answer = client.get("/staff/product-feedback/items.csv", {"intent": "shouting"})
    assert answer.status_code == 400 and b"Unknown intent" in answer.content


def test_the_page_takes_as_many_queries_with_more_items(client, agent, space, tags):
    client.force_login(agent)
    labelled(2, area="billing")
    labelled(1, area="billing", days_ago=9)
    ThreadFactory(space=space, kind=ThreadKind.IDEA, title="Dark mode")
    client.get("/staff/product-feedback/")  # warm caches (session, site settings)
    with CaptureQueriesContext(connection) as few:
        client.get("/staff/product-feedback/")
    labelled(30, area="mobile-app", days_ago=3)
    labelled(30, area="billing", days_ago=9, intent="idea", sentiment="positive")
    ThreadFactory.create_batch(5, space=space, kind=ThreadKind.IDEA)
    with CaptureQueriesContext(connection) as many:
        client.get("/staff/product-feedback/")
    assert len(many) == len(few)


def test_the_items_export_streams_csv_and_json_with_the_page_filters(client, agent, tags):
    (billing,) = labelled(1, area="billing")
    labelled(1, area="mobile-app", intent="praise", sentiment="positive")
    billing.corrected_intent = "problem"
    billing.corrected_at = timezone.now()
    billing.save()
    client.force_login(agent)
    answer = client.get("/staff/product-feedback/items.csv", {"area": "billing"})
    assert answer.streaming and answer["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(answer.streaming_content).decode())))
    assert len(rows) == 1
    row = rows[0]
    assert (row["intent"], row["product_area"], row["corrected"], row["channel"]) == (
        "problem", "billing", "True", "email",
    )  # fmt: skip
    assert f"#message-{billing.object_id}" in row["link"] and row["link"].startswith("http")
    data = json.loads(b"".join(client.get("/staff/product-feedback/items.json").streaming_content))
    assert {i["product_area"] for i in data["items"]} == {"billing", "mobile-app"}


def test_the_ideas_export_has_their_demand(client, agent, space, tags):
    ThreadFactory(space=space, kind=ThreadKind.IDEA, title="=HYPERLINK(evil)", upvote_count=4)
    client.force_login(agent)
    text = b"".join(client.get("/staff/product-feedback/ideas.csv").streaming_content).decode()
    (row,) = csv.DictReader(io.StringIO(text))
    assert (row["title"], row["demand"]) == ("'=HYPERLINK(evil)", "4")
    data = json.loads(b"".join(client.get("/staff/product-feedback/ideas.json").streaming_content))
    assert data["ideas"][0]["demand"] == 4


def test_the_api_pages_through_the_items_with_the_same_filters(client, agent, customer, bearer,
                                                               tags):  # fmt: skip
    labelled(3, area="billing")
    labelled(1, area="mobile-app")
    refused = client.get("/api/v1/feedback/items", headers=bearer(customer)).status_code
    first = client.get("/api/v1/feedback/items", {"area": "billing", "limit": 2},
                       headers=bearer(agent)).json()  # fmt: skip
    rest = client.get("/api/v1/feedback/items", {"area": "billing", "after": first["next"]},
                      headers=bearer(agent)).json()  # fmt: skip
    assert refused == 403
    assert [len(first["items"]), len(rest["items"]), rest["next"]] == [2, 1, None]
    assert {i["product_area"] for i in first["items"] + rest["items"]} == {"billing"}
    bad = client.get("/api/v1/feedback/items", {"area": "nope"}, headers=bearer(agent))
    assert bad.status_code == 404 and "Unknown product area." in bad.content.decode()
    wrong = client.get("/api/v1/feedback/items", {"intent": "rant"}, headers=bearer(agent))
    assert wrong.status_code == 422


def test_the_api_lists_ideas_with_their_demand(client, agent, bearer, space, tags):
    ThreadFactory(space=space, kind=ThreadKind.IDEA, title="Dark mode", upvote_count=7)
    ideas = client.get("/api/v1/feedback/ideas", headers=bearer(agent)).json()["ideas"]
    assert [(i["title"], i["demand"]) for i in ideas] == [("Dark mode", 7)]


def test_a_deleted_thread_is_no_feedback(client, agent, space, tags):
    thread = ThreadFactory(space=space, kind=ThreadKind.FEEDBACK, title="Buy cheap watches",
                           deleted_at=timezone.now())  # fmt: skip
    TextLabel.objects.create(
        kind="thread", object_id=thread.pk, intent="other", intent_confidence=0.9,
        sentiment="neutral", sentiment_score=0, language="en", model_id="t", text_hash="x",
        channel="community", written_at=timezone.now(),
    )  # fmt: skip
    labelled(1, area="billing")
    client.force_login(agent)
    page = client.get("/staff/product-feedback/quotes/").content.decode()
    assert "cheap watches" not in page and "charged me twice" in page


def test_items_are_counted_on_the_companys_day_across_a_clock_change(agent, tags):
    from datetime import UTC, datetime

    from openline.inbox.models import SlaPolicy
    from openline.insights.product import page_filters, product_feedback

    SlaPolicy.objects.create(name="Office", is_default=True, time_zone="Europe/Berlin")
    # 23:30 in Berlin on the day summer time ends (UTC+1 then), and 00:30 on the day before
    # it (still UTC+2): each on its own company day, not the UTC one.
    for when in (
        datetime(2026, 10, 25, 22, 30, tzinfo=UTC),
        datetime(2026, 10, 23, 22, 30, tzinfo=UTC),
    ):
        (label,) = labelled(1, area="billing")
        label.written_at = when
        label.save()
    found = product_feedback(page_filters({"from": "2026-10-20", "to": "2026-10-31"}))
    (billing,) = found["areas"]
    days = [d for d, n, _ in billing["rows"] if n]
    assert days == [date(2026, 10, 24), date(2026, 10, 25)]


def test_the_export_line_has_no_template_tag_in_it_and_reads_german(client, agent, tags):
    """A `{% translate %}` broken over two lines was printed as text ("JSON{% translate ";")."""
    labelled(2, area="billing")
    client.force_login(agent)
    page = client.get("/staff/product-feedback/").content.decode()
    assert "{%" not in page and "; ideas with their demand" in page
    german = client.get("/staff/product-feedback/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "{%" not in german and "; Ideen mit ihrer Nachfrage" in german
    assert 'aria-label="Einträge: Die Zahlen stehen in der Tabelle darunter"' in german


def test_a_german_agent_reads_the_quotes_intent_sentiment_and_channel_in_german(
    client, agent, tags
):
    labelled(1, area="billing")
    client.force_login(agent)
    page = client.get("/staff/product-feedback/quotes/", HTTP_ACCEPT_LANGUAGE="de").text
    assert "E-Mail&nbsp;· Beschwerde&nbsp;· Negativ" in page
    assert '<option value="complaint">Beschwerde</option>' in page


def test_a_quote_names_its_product_area_as_the_page_does(client, agent, tags):
    labelled(1, area="mobile-app")
    client.force_login(agent)
    page = client.get("/staff/product-feedback/quotes/").text
    assert "Negative (-0.80)&nbsp;· Mobile app</p>" in page and "· mobile-app</p>" not in page


def test_a_german_reader_sees_the_charts_dates_with_german_months(client, agent, tags):
    labelled(1, area="billing")
    client.force_login(agent)
    months = r"Jan\.|Feb\.|März|April|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\."
    english = "Mar|May|Oct|Dec"
    for path in ("/staff/product-feedback/", "/staff/service/"):
        page = client.get(path, {"from": "2026-10-01", "to": "2026-12-31"},
                          HTTP_ACCEPT_LANGUAGE="de").content.decode()  # fmt: skip
        axis = re.findall(r'<p class="chart-axis muted"><span>([^<]*)</span>', page)
        assert axis and all(re.fullmatch(rf"\d\d?\.\s({months})", day) for day in axis), axis
        assert not re.search(rf"\d\d?\s({english})\b", page)
