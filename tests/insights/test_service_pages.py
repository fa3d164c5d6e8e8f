"""The service dashboard, its CSV tables, the JSON API and the public promise page: who may see
what, the same figures everywhere, small numbers as counts, figures not published not shown."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format

from openline.accounts.models import Role
from openline.community.models import IDEA_PROGRESS, ThreadKind, ThreadStatus
from openline.inbox.models import ChannelAccount, Conversation, SlaPolicy
from openline.insights import promise, rollups
from openline.insights.actions import save_promise
from openline.insights.models import Promise

from ..factories import ThreadFactory, UserFactory


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", role=Role.ADMIN, team="Ops")


@pytest.fixture
def answered_today(db):
    """Four e-mail conversations that came in two hours ago: three answered after 30 minutes,
    one not at all (due an hour ago); one community conversation answered after 10 minutes."""
    policy = SlaPolicy.objects.create(name="Standard", first_response_minutes=60, is_default=True)
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    community = ChannelAccount.objects.create(kind="community", name="Community")
    came = timezone.now() - timedelta(hours=2)
    for n in range(4):
        answer = came + timedelta(minutes=30) if n < 3 else None
        due = came + timedelta(minutes=60) if answer is None else None
        Conversation.objects.create(account=email, external_id=f"e{n}", created_at=came,
                                    first_response_at=answer, response_due_at=due,
                                    sla_policy=policy)  # fmt: skip
    Conversation.objects.create(account=community, external_id="c0", created_at=came,
                                first_response_at=came + timedelta(minutes=10),
                                sla_policy=policy)  # fmt: skip
    rollups.refresh()


def test_the_dashboard_is_for_staff(client, customer, agent):
    client.force_login(customer)
    refused = client.get("/staff/service/").status_code
    client.force_login(agent)
    assert (refused, client.get("/staff/service/").status_code) == (403, 200)


def test_the_dashboard_shows_the_figures_beside_a_chart_and_a_table(client, agent, answered_today):
    client.force_login(agent)
    page = client.get("/staff/service/").content.decode()
    assert "<svg" in page and 'id="table-days"' in page and 'id="table-channels"' in page
    assert "within SLA (4 of 5)" in page
    assert "answered in public (1 of 4)" in page


def test_an_agent_sees_their_own_and_their_team_but_not_a_colleague(client, agent, admin):
    colleague = UserFactory(username="robin", role=Role.AGENT, team="Billing")
    client.force_login(agent)
    own = client.get("/staff/service/", {"agent": agent.username, "team": agent.team})
    other = client.get("/staff/service/", {"agent": colleague.username})
    other_team = client.get("/staff/service/", {"team": "Billing"})
    client.force_login(admin)
    as_admin = client.get("/staff/service/", {"agent": colleague.username})
    statuses = (own.status_code, other.status_code, other_team.status_code, as_admin.status_code)
    assert statuses == (200, 403, 403, 200)


def test_no_page_ranks_people(client, admin, agent):
    client.force_login(admin)
    page = client.get("/staff/service/").content.decode()
    # Agents are a filter to choose from, never rows of a table.
    assert "By agent" not in page and 'id="table-agents"' not in page


def test_every_table_exports_as_csv_with_the_same_numbers(client, agent, answered_today):
    client.force_login(agent)
    answer = client.get("/staff/service/channels.csv")
    rows = list(csv.reader(io.StringIO(answer.content.decode())))
    assert answer["Content-Type"].startswith("text/csv")
    assert [r[:4] for r in rows] == [
        ["Channel", "Conversations in", "Answered", "First response median (business min)"],
        ["Community", "1", "1", "10.0"],
        ["E-mail", "4", "3", "30.0"],
    ]
    names = ["summary", "channels", "spaces", "days", "backlog", "community", "gaps", "findings"]
    statuses = {client.get(f"/staff/service/{n}.csv").status_code for n in names}
    assert (statuses, client.get("/staff/service/nope.csv").status_code) == ({200}, 404)


def test_a_bad_range_is_a_clear_error_not_a_crash(client, agent):
    client.force_login(agent)
    answer = client.get("/staff/service/summary.csv", {"from": "2026-13-01"})
    page = client.get("/staff/service/", {"from": "2026-02-01", "to": "2026-01-01"})
    assert (answer.status_code, answer.content.decode()) == (400, "Write dates as YYYY-MM-DD.")
    assert "The range starts after it ends." in page.content.decode()


def test_the_api_answers_the_same_figures(client, bearer, agent, answered_today):
    # The day they came in: yesterday when the suite runs in the first two hours of a day.
    since = timezone.localdate(timezone.now() - timedelta(hours=2)).isoformat()
    today = timezone.localdate().isoformat()
    answer = client.get(f"/api/v1/insights/service?from={since}&to={today}&channel=email",
                        headers=bearer(agent))  # fmt: skip
    body = answer.json()
    assert (answer.status_code, body["from"], body["channel"]) == (200, since, "email")
    assert body["total"]["conversations"] == 4
    assert body["total"]["within_sla"] == {"n": 3, "of": 4, "percent": 75.0}
    assert body["total"]["first_response_minutes"]["median"] == 30.0
    assert body["backlog"]["open"] == 4


def test_the_api_refuses_strangers_members_and_bad_input(client, bearer, customer, agent):
    path = "/api/v1/insights/service"
    anonymous = client.get(path).status_code
    member = client.get(path, headers=bearer(customer)).status_code
    bad_channel = client.get(f"{path}?channel=pigeon", headers=bearer(agent))
    too_long = client.get(f"{path}?from=2024-01-01&to=2026-01-01", headers=bearer(agent))
    assert (anonymous, member, bad_channel.status_code, too_long.status_code) == (
        401,
        403,
        422,
        422,
    )
    assert "Choose at most 366 days." in too_long.json()["detail"]


# --- the public promise ------------------------------------------------------------------------


def test_the_footer_links_the_promise_and_the_page_says_it_is_not_written_yet(client, db):
    page = client.get("/promise/").content.decode()
    assert 'href="/promise/"' in page
    assert "has not written its promise yet" in page


def test_small_numbers_are_counts_and_unpublished_figures_are_not_shown(
    client, admin, answered_today
):
    save_promise(
        admin, text="We answer **every** question within a day.",
        notes="We were slow in March: a flood.", published=["answered", "public"],
    )  # fmt: skip
    page = client.get("/promise/").content.decode()
    assert "<strong>every</strong>" in page and "We were slow in March" in page
    assert "Questions answered</dt><dd>4 of 5</dd>" in page
    assert "Answered in public</dt><dd>1 of 4</dd>" in page
    assert "Median time to first answer" not in page and "Solved" not in page


def test_a_german_visitor_reads_the_promises_counts_in_german(client, admin, answered_today):
    """ "4 of 5" was an f-string: English on the German page."""
    save_promise(admin, text="Wir antworten.", notes="", published=["answered"])
    page = client.get("/promise/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "<dd>4 von 5</dd>" in page and " of 5" not in page


def test_percentages_from_twenty_questions_on(client, admin):
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    came = timezone.now() - timedelta(hours=1)
    for n in range(20):
        answer = came + timedelta(minutes=n + 1) if n < 15 else None
        Conversation.objects.create(
            account=email, external_id=f"e{n}", created_at=came, first_response_at=answer
        )
    rollups.refresh()
    save_promise(admin, text="", notes="", published=["answered", "first_answer"])
    page = client.get("/promise/").content.decode()
    assert "Questions answered</dt><dd>75 % (15 of 20)</dd>" in page
    assert "Median time to first answer</dt><dd>8 min</dd>" in page


def test_the_cached_page_changes_when_the_promise_or_the_figures_change(
    client, admin, answered_today
):
    save_promise(admin, text="First words.", notes="", published=["answered"])
    first = client.get("/promise/").content.decode()
    save_promise(admin, text="Second words.", notes="", published=["answered"])
    second = client.get("/promise/").content.decode()
    email = ChannelAccount.objects.get(kind="email")
    Conversation.objects.create(account=email, external_id="new", created_at=timezone.now())
    rollups.refresh()
    third = client.get("/promise/").content.decode()
    assert ("First words." in first, "Second words." in second) == (True, True)
    assert ("4 of 5" in second, "4 of 6" in third) == (True, True)


def test_only_admins_edit_the_promise_and_bad_input_keeps_what_was_typed(client, agent, admin):
    client.force_login(agent)
    refused = client.post("/staff/promise/", {"text": "Ours."}).status_code
    client.force_login(admin)
    bad = client.post("/staff/promise/", {"text": "Kept text.", "published": ["made_up"]})
    good = client.post("/staff/promise/", {"text": "Ours.", "published": ["solved"]})
    promise = Promise.objects.get()
    assert (refused, bad.status_code, good.status_code) == (403, 400, 302)
    assert "Kept text." in bad.content.decode()
    assert (promise.text, promise.published, promise.version) == ("Ours.", ["solved"], 1)


def test_the_promise_counts_ideas_at_each_published_status_with_its_label(client, admin):
    for status in ("planned", "planned", "declined", "new"):
        ThreadFactory(kind=ThreadKind.IDEA, status=status)
    ThreadFactory(kind=ThreadKind.QUESTION, status="planned")  # not an idea
    save_promise(admin, text="", notes="", published=["ideas"])
    page = client.get("/promise/").content.decode()
    # One row per status of community.models.IDEA_PROGRESS, labelled by ThreadStatus.
    assert [label for label, _ in promise.idea_progress()] == [
        ThreadStatus(s).label for s in IDEA_PROGRESS
    ]
    assert "<dt>Planned</dt><dd>2 ideas</dd>" in page
    assert "<dt>Shipped</dt><dd>0 ideas</dd>" in page  # none yet: a 0, not left out
    assert "Declined" not in page and "<dt>New</dt>" not in page


def test_a_german_reader_sees_the_dashboard_tables_in_german(client, agent, answered_today):
    client.force_login(agent)
    page = client.get("/staff/service/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    answer = client.get("/staff/service/channels.csv", HTTP_ACCEPT_LANGUAGE="de")
    head = next(csv.reader(io.StringIO(answer.content.decode())))
    english = ["Service health", "By channel", "Backlog now", "Conversations in",
               "Searches with no result", "Guidance findings by kind",
               "Waiting on customer"]  # fmt: skip
    assert [word for word in english if word in page] == []
    assert "Rückstand jetzt" in page and "Nach Kanal" in page
    assert head[:3] == ["Kanal", "Eingegangene Unterhaltungen", "Beantwortet"]


def test_a_german_reader_sees_german_dates_and_numbers_and_the_csv_keeps_plain_values(
    client, agent, answered_today
):
    """The page writes dates and decimals as German does ("5. Dez. 2026", "30" not "30.0");
    the CSV, read by a spreadsheet, keeps ISO days and decimal points (its heads are German)."""
    client.force_login(agent)
    span = client.get("/staff/service/", {"from": "2026-11-01", "to": "2026-12-05"},
                      HTTP_ACCEPT_LANGUAGE="de").content.decode()  # fmt: skip
    page = client.get("/staff/service/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    days = client.get("/staff/service/days.csv", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    channels = client.get("/staff/service/channels.csv", HTTP_ACCEPT_LANGUAGE="de")
    today = timezone.localdate()
    with translation.override("de"):
        german_today = date_format(today, "SHORT_DATE_FORMAT")
    assert "Service, 1.\u00a0Nov.\u00a02026 bis 5.\u00a0Dez.\u00a02026" in span
    # The browser shows a date input in its own language; its value stays ISO in every language.
    assert '<input type="date" name="from" value="2026-11-01">' in span
    table = page.split('id="table-days"')[1].split("</table>")[0]
    assert f"<td>{german_today}</td>" in table and today.isoformat() not in table
    assert today.isoformat() in [r[0] for r in csv.reader(io.StringIO(days))][1:]
    row = next(r for r in csv.reader(io.StringIO(channels.content.decode())) if r[0] == "E-Mail")
    assert row[3] == "30.0"
    e_mail = page.split('id="table-channels"')[1].split("E-Mail</td>")[1].split("</tr>")[0]
    assert '<td class="n">30</td>' in e_mail
