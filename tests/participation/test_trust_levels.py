from datetime import timedelta

from django.utils import timezone

from openline.community import actions
from openline.participation.actions import recompute_people, recompute_trust_levels
from openline.people import actions as people_actions
from openline.people.models import BadgeAward, Reputation, ThreadRead, TrustLevel, Visit

from ..factories import ThreadFactory, answer

TODAY = timezone.now().date()


def visits(user, days: int) -> None:
    Visit.objects.bulk_create(Visit(user=user, day=TODAY - timedelta(days=n)) for n in range(days))


def reads(user, threads: int) -> None:
    ThreadRead.objects.bulk_create(
        ThreadRead(user=user, thread_id=n, day=TODAY) for n in range(1, threads + 1)
    )


def level_of(user) -> int:
    return TrustLevel.objects.get(user=user).level


def test_visits_and_reads_promote_a_member_to_basic(member):
    visits(member, 2)
    reads(member, 5)
    recompute_trust_levels()
    assert level_of(member) == 1


def test_replies_promote_a_basic_member_to_member(member, space):
    visits(member, 10)
    reads(member, 30)
    for n in range(3):
        answer(member, ThreadFactory(space=space, title=f"Valve question {n}"))
    recompute_trust_levels()
    record = TrustLevel.objects.get(user=member)
    assert (record.level, record.stats["replies"]) == (2, 3)


def test_a_member_whose_figures_lapse_is_demoted_after_the_grace_period(member):
    long_ago = timezone.now() - timedelta(days=60)
    TrustLevel.objects.create(user=member, level=3, computed_level=3, promoted_at=long_ago)
    visits(member, 2)
    reads(member, 5)
    recompute_trust_levels()
    assert level_of(member) == 1


def test_a_freshly_promoted_member_keeps_the_level_through_a_quiet_week(member):
    recently = timezone.now() - timedelta(days=5)
    TrustLevel.objects.create(user=member, level=3, computed_level=3, promoted_at=recently)
    recompute_trust_levels()
    assert level_of(member) == 3


def test_a_pinned_level_survives_the_recompute(moderator, member):
    people_actions.pin_trust_level(moderator, member, level=4)
    recompute_trust_levels()
    record = TrustLevel.objects.get(user=member)
    assert (record.level, record.computed_level) == (4, 0)


def test_the_first_accepted_answer_earns_a_badge(customer, member, question):
    actions.accept_answer(customer, answer(member, question))
    recompute_people()
    badges = set(BadgeAward.objects.filter(user=member).values_list("badge__slug", flat=True))
    assert badges == {"first-accepted", "helping-hand"}


def test_badges_show_on_the_profile(client, customer, member, question):
    actions.accept_answer(customer, answer(member, question))
    recompute_people()
    page = client.get(f"/u/{member.username}/").content.decode()
    assert "Solved it" in page


def test_a_german_reader_sees_the_badges_and_the_next_levels_needs_in_german(
    client, customer, member, question
):
    """Badge names and descriptions were stored English and shown as stored; the next level's
    criteria were their keys ("accepted answers")."""
    actions.accept_answer(customer, answer(member, question))
    recompute_people()
    profile = client.get(f"/u/{member.username}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    client.force_login(member)
    mine = client.get("/me/reputation/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert ">Erste Lösung</li>" in profile and 'title="Erste akzeptierte Antwort. ' in profile
    assert "Solved it" not in profile and "First accepted answer." not in profile
    assert "<td>Gelesene Beiträge" in mine and "<td>Posts read" not in mine


def test_the_profile_groups_a_reputation_in_thousands_as_the_reputation_page_does(client, member):
    """The profile said "1660 reputation" beside the reputation page's "1,660" ("1.660" in
    German)."""
    Reputation.objects.create(user=member, points=1660)
    client.force_login(member)

    english = client.get(f"/u/{member.username}/").content.decode()
    german = client.get(f"/u/{member.username}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    mine = client.get("/me/reputation/", HTTP_ACCEPT_LANGUAGE="de").content.decode()

    assert "<strong>1,660</strong> reputation" in english
    assert "<strong>1.660</strong> Reputation" in german
    assert "<strong>1.660</strong> Reputation" in mine
