"""Mistakes as lessons: a staff reply corrected in the open, and the learning library."""

import pytest
from django.urls import reverse

from openline.community import actions as community
from openline.community.models import Revision
from openline.guidance import actions
from openline.guidance.models import LearningCase

from ..factories import UserFactory

WRONG = "The T2 works with every boiler, no adapter needed."
CORRECTION = "Older OpenTherm boilers need the RA-2 adapter; sorry for the confusion."
CASE = {
    "what_happened": "We said the T2 works with every boiler.",
    "why": "The compatibility list in the wiki was out of date.",
    "what_now": "Check the current compatibility list before answering fit questions.",
    "kind": "",
}


@pytest.fixture
def wrong_reply(agent, question):
    return community.create_reply(agent, question, body=WRONG)


def mark_mistake(client, reply, **data):
    return client.post(
        reverse("guidance:mistake", args=[reply.pk]), {"correction": CORRECTION, **CASE, **data}
    )


def test_a_staff_member_corrects_their_reply_in_the_open(
    signed_in, client, agent, wrong_reply, question
):
    answer = mark_mistake(signed_in(agent), wrong_reply)

    case = LearningCase.objects.get()
    assert answer["Location"] == reverse("guidance:lesson", args=[case.pk])
    client.logout()
    page = client.get(question.get_absolute_url()).content.decode()
    assert f'id="correction-{wrong_reply.pk}"' in page
    assert CORRECTION in page
    assert WRONG in page
    assert list(Revision.objects.filter(reply=wrong_reply).values_list("body", flat=True)) == [
        WRONG
    ]


def test_the_correction_becomes_a_learning_case(signed_in, agent, wrong_reply):
    mark_mistake(signed_in(agent), wrong_reply, kind="legal_risk", title="Boiler fit")

    case = LearningCase.objects.get()
    assert (case.reply, case.author, case.created_by, case.kind, case.title) == (
        wrong_reply,
        agent,
        agent,
        "legal_risk",
        "Boiler fit",
    )
    assert (case.what_happened, case.why, case.what_now) == (
        CASE["what_happened"],
        CASE["why"],
        CASE["what_now"],
    )


def test_a_moderator_can_correct_a_colleagues_reply(signed_in, moderator, wrong_reply):
    mark_mistake(signed_in(moderator), wrong_reply)

    wrong_reply.refresh_from_db()
    assert (wrong_reply.correction, wrong_reply.corrected_by) == (CORRECTION, moderator)


@pytest.mark.parametrize("who", ["other_agent", "customer", "superuser"])
def test_others_cannot_correct_a_staff_reply(signed_in, wrong_reply, who, request):
    person = UserFactory(role="agent") if who == "other_agent" else request.getfixturevalue(who)

    answer = mark_mistake(signed_in(person), wrong_reply)

    assert answer.status_code == 403
    assert not LearningCase.objects.exists()


def test_a_customer_reply_cannot_be_marked_as_a_staff_mistake(
    signed_in, moderator, other_customer, question
):
    reply = community.create_reply(other_customer, question, body=WRONG)

    assert mark_mistake(signed_in(moderator), reply).status_code == 403


def test_a_reply_is_corrected_once(signed_in, agent, wrong_reply):
    client = signed_in(agent)
    mark_mistake(client, wrong_reply)

    assert mark_mistake(client, wrong_reply, correction="Again").status_code == 403
    assert LearningCase.objects.count() == 1


def test_a_correction_with_a_card_number_is_refused_and_nothing_is_saved(
    signed_in, agent, wrong_reply
):
    page = mark_mistake(signed_in(agent), wrong_reply, correction="Card 4111 1111 1111 1111.")

    wrong_reply.refresh_from_db()
    assert page.status_code == 422
    assert "valid payment card number" in page.content.decode()
    assert (wrong_reply.correction, LearningCase.objects.count()) == ("", 0)


def test_a_warned_correction_needs_acknowledgement(signed_in, agent, wrong_reply):
    client = signed_in(agent)
    rude = "As I already told you, it needs the RA-2 adapter."

    asked = mark_mistake(client, wrong_reply, correction=rude)
    done = mark_mistake(client, wrong_reply, correction=rude, acknowledged="on")

    assert asked.status_code == 422
    assert 'name="acknowledged"' in asked.content.decode()
    assert done.status_code == 302
    assert LearningCase.objects.count() == 1


def test_the_correction_waits_for_a_complete_case(signed_in, agent, wrong_reply):
    page = mark_mistake(signed_in(agent), wrong_reply, what_now="")

    wrong_reply.refresh_from_db()
    assert page.status_code == 400
    assert wrong_reply.correction == ""


def test_the_thread_offers_the_correction_to_the_author_only(
    signed_in, agent, other_customer, wrong_reply, question
):
    link = reverse("guidance:mistake", args=[wrong_reply.pk])

    own = signed_in(agent).get(question.get_absolute_url()).content.decode()
    other = signed_in(other_customer).get(question.get_absolute_url()).content.decode()

    assert link in own
    assert link not in other


def record(actor, reply, **fields) -> LearningCase:
    return actions.record_mistake(actor, reply, correction=CORRECTION, **{**CASE, **fields})


def test_the_library_shows_the_author_unless_anonymised(signed_in, agent, moderator, question):
    named = record(agent, community.create_reply(agent, question, body=WRONG), title="Named")
    hidden = record(
        agent, community.create_reply(agent, question, body=WRONG + " "), title="Hidden",
        anonymised=True,
    )  # fmt: skip
    client = signed_in(moderator)

    named_page = client.get(reverse("guidance:lesson", args=[named.pk])).content.decode()
    hidden_page = client.get(reverse("guidance:lesson", args=[hidden.pk])).content.decode()
    library = client.get(reverse("guidance:lessons")).content.decode()

    assert "reply by Alex Agent" in named_page
    assert "Alex Agent" not in hidden_page.split('id="lesson"')[1]
    assert hidden.reply.get_absolute_url() not in hidden_page
    assert "Alex Agent" not in library.split("<main")[1]


@pytest.mark.parametrize("who", ["customer", "superuser"])
def test_the_library_is_for_staff_only(signed_in, agent, wrong_reply, who, request):
    case = record(agent, wrong_reply)
    client = signed_in(request.getfixturevalue(who))

    assert client.get(reverse("guidance:lessons")).status_code == 403
    assert client.get(reverse("guidance:lesson", args=[case.pk])).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, agent, wrong_reply):
    assert client.get(reverse("guidance:lessons")).status_code == 302


def test_the_library_searches_what_happened_and_what_we_do_now_never_who(
    signed_in, agent, moderator, wrong_reply
):
    record(agent, wrong_reply, title="Boiler fit")
    client = signed_in(moderator)

    by_lesson = client.get(reverse("guidance:lessons"), {"q": "compatibility LIST"})
    by_name = client.get(reverse("guidance:lessons"), {"q": "Alex"})

    assert "Boiler fit" in by_lesson.content.decode()
    assert "Boiler fit" not in by_name.content.decode()


def test_the_author_and_moderators_can_edit_a_case_and_colleagues_cannot(
    signed_in, agent, moderator, wrong_reply
):
    case = record(agent, wrong_reply)
    url = reverse("guidance:edit_lesson", args=[case.pk])
    data = {**CASE, "title": "Fit questions", "what_now": "Use the live list.", "anonymised": "on"}

    colleague = signed_in(UserFactory(role="agent")).post(url, data)
    own = signed_in(agent).post(url, data)

    case.refresh_from_db()
    assert colleague.status_code == 403
    assert own["Location"] == reverse("guidance:lesson", args=[case.pk])
    assert (case.title, case.what_now, case.anonymised) == (
        "Fit questions",
        "Use the live list.",
        True,
    )
