import re
from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from openline.accounts.models import User
from openline.community.models import Space, Thread, ThreadStatus
from openline.inbox.models import ChampionAssignment, ChampionOptIn, Conversation, SlaPolicy
from openline.inbox.selectors import queue_counts
from openline.insights import rollups
from openline.knowledge.models import Article


def test_openline_demo_seeds_a_believable_company_once(db, client, capsys, settings):
    """One test, because seeding takes seconds: the community, the sign-ins, the inbox, and a
    second run that changes nothing."""
    # The demo embeds its threads for similar questions; what they mean is not tested here.
    settings.OPENLINE = {
        **settings.OPENLINE,
        "EMBEDDER": "openline.language.embedders.HashingTestEmbedder",
    }
    call_command("demo", no_serve=True)

    assert Thread.objects.count() >= 300
    assert set(Thread.objects.values_list("status", flat=True)) == set(ThreadStatus.values)
    assert Thread.objects.filter(accepted_reply__isnull=False).count() >= 50
    assert set(Thread.objects.values_list("kind", flat=True)) >= {
        "question",
        "problem",
        "idea",
        "praise",
    }
    vip = Space.objects.get(is_private=True)
    assert vip.threads.exists()
    assert set(vip.members.values_list("username", flat=True)) >= {"superuser", "dave_h", "marieke"}

    for username in ["customer", "superuser", "agent", "moderator", "admin"]:
        assert client.login(username=username, password="openline-demo")
    assert User.objects.get(username="admin").is_superuser

    assert set(Conversation.objects.values_list("account__kind", flat=True)) == {
        "email",
        "community",
    }

    # The SLA policy keeps office hours; the inbox shows a few late and the rest on time,
    # whenever it is seeded: three mails older than the promise in working hours, three
    # community stragglers and the last days' threads a member answered but the team has not
    # yet breach; the mails asked a few working hours ago and the community's questions of the
    # day (dated in working time, demo.seed) are within it at any hour, and yesterday's too at
    # some hours. Seeded on a Monday at 18:29 London time: 8 breaching; 12 open before the
    # day's questions were dated in working time, when those asked before 08:30 had had a whole
    # working day.
    counts = queue_counts(User.objects.get(username="agent"))
    assert 0 < counts["breaching"] <= 12 < counts["all"]
    assert SlaPolicy.objects.get(is_default=True).business_hours

    assert ChampionOptIn.objects.filter(active=True).count() >= 3
    assert sorted(ChampionAssignment.objects.values_list("end_reason", flat=True)) == [
        "",
        "handed_back",
    ]

    # The promise is written, and a few answers are knowledge-base articles already. Its live
    # figures (from the worker's day rollups, made here by hand) show a plausible history: most
    # questions of the last 90 days answered, the community's first answers among them.
    rollups.refresh()
    promise = client.get("/promise/").content.decode()
    assert "Every question gets an answer within one working day" in promise
    assert "Notes from us" in promise
    answered = re.findall(r"Questions answered</dt><dd>(\d+) % \((\d+) of (\d+)\)", promise)
    community = re.findall(r"by the community</dt><dd>\d+ % \((\d+) of (\d+)\)", promise)
    (_, n30, _), (percent90, n90, _) = answered
    assert int(percent90) >= 80
    assert [total for _, total in community] == [n30, n90]
    assert Article.objects.filter(status="published").count() >= 2

    before = (Thread.objects.count(), Conversation.objects.count(), User.objects.count())
    call_command("demo", no_serve=True)
    assert (Thread.objects.count(), Conversation.objects.count(), User.objects.count()) == before
    assert "already there" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("now", "hours", "expected"),
    [
        # Monday 10:00 in London: three working hours back is Friday 16:00.
        (datetime(2026, 12, 7, 10, 0, tzinfo=UTC), 3, datetime(2026, 12, 4, 16, 0, tzinfo=UTC)),
        # Saturday evening: one working hour back is Friday 16:30, not Saturday 19:00.
        (datetime(2026, 12, 5, 20, 0, tzinfo=UTC), 1, datetime(2026, 12, 4, 16, 30, tzinfo=UTC)),
    ],
)
def test_demo_mails_are_aged_in_working_hours_so_any_seed_time_shows_the_same_inbox(
    db, now, hours, expected
):
    from openline.demo.inbox import STANDARD, _working_hours_ago

    policy = SlaPolicy(name="Standard", **STANDARD)
    written = _working_hours_ago(policy, now, hours)
    assert abs((written - expected).total_seconds()) < 1
