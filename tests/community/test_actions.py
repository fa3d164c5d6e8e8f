import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from openline.community import actions
from openline.community.models import (
    Reply,
    Revision,
    SearchEntry,
    Thread,
    ThreadStatus,
)
from openline.notifications.models import Notification


def test_a_new_thread_is_rendered_safely_and_indexed(customer, space):
    thread = actions.create_thread(
        customer, space, kind="question", title="Boiler <b>keeps</b> firing at night",
        body="It fires at 3am <script>alert(1)</script> and **wakes** us up.",
    )  # fmt: skip
    assert "<script>" not in thread.body_html
    assert "<strong>wakes</strong>" in thread.body_html
    assert SearchEntry.objects.filter(thread=thread, reply=None).exists()
    assert thread.status == ThreadStatus.OPEN


def test_links_from_customers_are_nofollow_and_from_staff_are_not(customer, agent, space):
    thread = actions.create_thread(
        customer, space, kind="question", title="Where is the wiring guide?",
        body="I found [this](https://example.com/guide).",
    )  # fmt: skip
    reply = actions.create_reply(agent, thread, body="Here: [guide](https://halden.example/wiring)")
    assert 'rel="nofollow ugc noopener noreferrer"' in thread.body_html
    assert "nofollow" not in reply.body_html


@pytest.mark.parametrize(
    ("title", "body", "field"),
    [
        ("", "Some text", "title"),
        ("short", "Some text", "title"),
        ("A perfectly fine title", "   ", "body"),
        ("x" * 141, "Some text", "title"),
        ("A perfectly fine title", "y" * 20_001, "body"),
    ],
)
def test_bad_titles_and_bodies_are_refused_and_nothing_is_saved(
    customer, space, title, body, field
):
    with pytest.raises(ValidationError) as error:
        actions.create_thread(customer, space, kind="question", title=title, body=body)
    assert field in error.value.message_dict
    assert Thread.objects.count() == 0


def test_an_unknown_kind_or_tag_is_refused(customer, space):
    with pytest.raises(ValidationError):
        actions.create_thread(
            customer, space, kind="rant", title="A perfectly fine title", body="x"
        )
    with pytest.raises(ValidationError):
        actions.create_thread(
            customer, space, kind="idea", title="A perfectly fine title", body="x", tags=["nope"]
        )
    assert Thread.objects.count() == 0


def test_a_non_member_cannot_post_in_a_private_space(customer, vip_space):
    with pytest.raises(PermissionDenied):
        actions.create_thread(customer, vip_space, kind="idea", title="Let me in please", body="x")


def test_a_reply_from_someone_else_marks_the_question_answered_and_notifies_the_asker(
    question, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(
            agent, question, body="Please update to 4.12.2, it fixes the drop-outs."
        )
    question.refresh_from_db()
    assert question.status == ThreadStatus.ANSWERED
    assert question.reply_count == 1
    assert Notification.objects.get(recipient=question.author).kind == "community.reply"
    assert mail.outbox[0].to == [question.author.email]
    assert "Alex Agent replied" in mail.outbox[0].subject


def test_the_askers_own_reply_does_not_mark_the_thread_answered(question):
    actions.create_reply(question.author, question, body="Still happening tonight.")
    question.refresh_from_db()
    assert question.status == ThreadStatus.OPEN
    assert not Notification.objects.exists()


def test_accepting_an_answer_marks_the_thread_solved_and_tells_the_answerer(
    question, superuser, django_capture_on_commit_callbacks
):
    answer = actions.create_reply(superuser, question, body="Move the hub away from the router.")
    with django_capture_on_commit_callbacks(execute=True):
        actions.accept_answer(question.author, answer)
    question.refresh_from_db()
    assert question.status == ThreadStatus.SOLVED
    assert question.accepted_reply == answer
    assert Notification.objects.filter(recipient=superuser, kind="community.accepted").exists()


def test_only_the_asker_or_staff_can_accept(question, superuser, other_customer, agent):
    answer = actions.create_reply(superuser, question, body="Move the hub away from the router.")
    with pytest.raises(PermissionDenied):
        actions.accept_answer(other_customer, answer)
    actions.accept_answer(agent, answer)
    question.refresh_from_db()
    assert question.status == ThreadStatus.SOLVED


def test_a_discussion_has_no_accepted_answer(customer, other_customer, space):
    talk = actions.create_thread(
        customer, space, kind="discussion", title="Show us your setups", body="Mine: T2 + 4 valves"
    )
    reply = actions.create_reply(other_customer, talk, body="T3 and a heat pump here.")
    with pytest.raises(PermissionDenied):
        actions.accept_answer(customer, reply)


def test_unaccepting_returns_the_thread_to_answered(question, superuser):
    answer = actions.create_reply(superuser, question, body="Move the hub away from the router.")
    actions.accept_answer(question.author, answer)
    actions.unaccept_answer(question.author, question)
    question.refresh_from_db()
    assert (question.status, question.accepted_reply) == (ThreadStatus.ANSWERED, None)


def test_staff_set_a_public_status_with_a_reason(question, agent):
    actions.change_status(
        agent, question, status="planned", reason="We are adding this in app 5.3."
    )
    question.refresh_from_db()
    assert question.status == ThreadStatus.PLANNED
    assert question.status_reason == "We are adding this in app 5.3."
    assert question.status_changed_by == agent


def test_the_asker_and_every_voter_hear_of_a_status_change(
    question, agent, other_customer, superuser, django_capture_on_commit_callbacks
):
    actions.toggle_vote(other_customer, question)
    actions.toggle_vote(superuser, question)
    actions.toggle_vote(superuser, question)  # took the vote back: not told
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, question, status="planned", reason="Coming in app 5.3.")
    told = Notification.objects.filter(about_id=question.pk, kind="community.status")
    assert sorted(n.recipient.username for n in told) == sorted(
        [question.author.username, other_customer.username]
    )


def test_a_status_change_needs_a_reason_and_staff(question, agent, customer):
    with pytest.raises(ValidationError):
        actions.change_status(agent, question, status="wont_fix", reason="  ")
    with pytest.raises(PermissionDenied):
        actions.change_status(customer, question, status="wont_fix", reason="Because")
    question.refresh_from_db()
    assert question.status == ThreadStatus.OPEN


def test_upvoting_twice_takes_the_vote_back(question, other_customer):
    assert actions.toggle_vote(other_customer, question) == (True, 1)
    assert actions.toggle_vote(other_customer, question) == (False, 0)


def test_nobody_can_upvote_their_own_post(question):
    with pytest.raises(ValidationError):
        actions.toggle_vote(question.author, question)


def test_upvoting_a_reply_counts_on_the_reply(question, agent, other_customer):
    reply = actions.create_reply(agent, question, body="Try a factory reset.")
    assert actions.toggle_vote(other_customer, question, reply) == (True, 1)
    reply.refresh_from_db()
    question.refresh_from_db()
    assert (reply.upvote_count, question.upvote_count) == (1, 0)


def test_editing_keeps_the_earlier_text_in_the_history(question):
    old_body = question.body
    actions.edit_thread(
        question.author, question, title=question.title, body="Updated: it is every night at 2am."
    )
    revision = Revision.objects.get(thread=question)
    assert revision.body == old_body
    assert question.edited_at is not None


def test_staff_replies_are_retracted_with_a_visible_note_not_deleted(question, agent):
    reply = actions.create_reply(agent, question, body="The valve is not compatible, sorry.")
    actions.accept_answer(question.author, reply)
    actions.retract_reply(agent, reply, note="I was wrong: the V1 does fit this radiator.")
    reply.refresh_from_db()
    question.refresh_from_db()
    assert Reply.objects.filter(pk=reply.pk).exists()
    assert reply.is_retracted and reply.retraction_note.startswith("I was wrong")
    assert question.accepted_reply is None
    assert not SearchEntry.objects.filter(reply=reply).exists()


def test_a_retraction_needs_a_note(question, agent):
    reply = actions.create_reply(agent, question, body="The valve is not compatible.")
    with pytest.raises(ValidationError):
        actions.retract_reply(agent, reply, note="")


def test_someone_elses_reply_cannot_be_edited_or_retracted(question, agent, other_customer):
    reply = actions.create_reply(agent, question, body="Try a factory reset.")
    with pytest.raises(PermissionDenied):
        actions.edit_reply(other_customer, reply, body="Vandalised")
    with pytest.raises(PermissionDenied):
        actions.retract_reply(other_customer, reply, note="nope")


def test_a_mention_notifies_the_person_mentioned(
    question, agent, superuser, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(agent, question, body="@sunny have you seen this on 4.12?")
    assert Notification.objects.filter(recipient=superuser, kind="community.mention").exists()


def test_a_mention_in_a_private_space_does_not_notify_someone_who_cannot_see_it(
    private_thread, other_customer, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(agent, private_thread, body="Should we ask @olive about this?")
    assert not Notification.objects.filter(recipient=other_customer).exists()


def test_a_mention_finds_the_person_whatever_the_case(
    question, agent, superuser, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(agent, question, body="@Sunny have you seen this?")
    assert Notification.objects.filter(recipient=superuser, kind="community.mention").exists()
