"""Community moderation as members and moderators see it: flags, the flag queue, hiding,
deleting with a reason, dismissing, locking; flags from trusted members hiding a post."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from openline.accounts.models import Role
from openline.community import actions, moderation
from openline.community.models import Flag, Reply, Thread
from openline.community.search import search
from openline.notifications.models import Kind, Notification

from ..factories import PASSWORD, UserFactory, answer, set_level

SPAM = "Buy cheap watches today, the best prices anywhere"


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        client.login(username=user.username, password=PASSWORD)
        return client

    return sign_in


@pytest.fixture
def spam_reply(question, other_customer):
    return answer(other_customer, question, body=SPAM)


def members(count, level):
    people = UserFactory.create_batch(count)
    for person in people:
        set_level(person, level)
    return people


# --- flagging ---------------------------------------------------------------------------------


def test_a_member_flags_a_reply_once_with_a_reason(customer, spam_reply):
    flag = moderation.flag_post(customer, spam_reply, reason="spam", note="  ads  ")
    assert (flag.reason, flag.note, flag.reply_id) == ("spam", "ads", spam_reply.pk)
    with pytest.raises(ValidationError, match="already flagged"):
        moderation.flag_post(customer, spam_reply, reason="rude")
    assert Flag.objects.count() == 1


def test_flagging_needs_a_known_reason_and_a_note_for_other(customer, spam_reply):
    with pytest.raises(ValidationError, match="Choose why"):
        moderation.flag_post(customer, spam_reply, reason="boring")
    with pytest.raises(ValidationError, match="Say what is wrong"):
        moderation.flag_post(customer, spam_reply, reason="other", note="   ")
    with pytest.raises(ValidationError, match="under 500"):
        moderation.flag_post(customer, spam_reply, reason="rude", note="x" * 501)
    assert not Flag.objects.exists()


def test_nobody_flags_their_own_post(other_customer, spam_reply):
    with pytest.raises(PermissionDenied):
        moderation.flag_post(other_customer, spam_reply, reason="spam")


def test_three_flags_from_trust_level_2_hide_a_reply_until_reviewed(
    question, spam_reply, django_capture_on_commit_callbacks
):
    for person in members(2, 2) + members(3, 1):  # level 1 does not count
        moderation.flag_post(person, spam_reply, reason="spam")
    spam_reply.refresh_from_db()
    assert not spam_reply.is_hidden
    with django_capture_on_commit_callbacks(execute=True):
        moderation.flag_post(members(1, 2)[0], spam_reply, reason="spam")
    spam_reply.refresh_from_db()
    assert spam_reply.is_hidden and spam_reply.hidden_by is None
    told = Notification.objects.get(recipient=spam_reply.author, kind=Kind.COMMUNITY_MODERATED)
    assert "hidden until a moderator reviews it" in told.text


def test_one_flag_from_a_super_user_hides_a_post(superuser, question):
    moderation.flag_post(superuser, question, reason="personal_data", note="phone number")
    question.refresh_from_db()
    assert question.is_hidden


def test_the_threshold_comes_from_settings(settings, question, spam_reply):
    settings.OPENLINE = {**settings.OPENLINE, "FLAGS_TO_HIDE": {"COUNT": 1, "LEVEL": 1,
                                                                "STRONG_LEVEL": 9}}  # fmt: skip
    moderation.flag_post(members(1, 1)[0], spam_reply, reason="rude")
    spam_reply.refresh_from_db()
    assert spam_reply.is_hidden


# --- what readers see -------------------------------------------------------------------------


def test_a_hidden_reply_shows_a_notice_to_the_public_and_its_text_to_author_and_moderators(
    client, signed_in, question, spam_reply, moderator, customer
):
    client.get(question.get_absolute_url())  # cached for anonymous readers
    moderation.hide_post(moderator, spam_reply)
    public = client.get(question.get_absolute_url()).content.decode()
    assert "Hidden by a moderator" in public
    assert SPAM not in public
    assert SPAM not in signed_in(customer).get(question.get_absolute_url()).content.decode()
    assert SPAM in signed_in(spam_reply.author).get(question.get_absolute_url()).content.decode()
    assert SPAM in signed_in(moderator).get(question.get_absolute_url()).content.decode()


def test_a_deleted_reply_shows_the_reason_in_its_place(
    client, question, spam_reply, moderator, django_capture_on_commit_callbacks
):
    client.get(question.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        moderation.delete_post(moderator, spam_reply, reason="Advertising is not allowed here.")
    html = client.get(question.get_absolute_url()).content.decode()
    assert "Deleted by a moderator" in html
    assert "Advertising is not allowed here." in html
    assert SPAM not in html
    told = Notification.objects.get(recipient=spam_reply.author, kind=Kind.COMMUNITY_MODERATED)
    assert "Advertising is not allowed here." in told.text


def test_deleting_needs_a_reason(question, spam_reply, moderator):
    with pytest.raises(ValidationError, match="Give the reason"):
        moderation.delete_post(moderator, spam_reply, reason="  ")
    spam_reply.refresh_from_db()
    assert not spam_reply.is_deleted


def test_hidden_and_deleted_posts_leave_search_results(question, spam_reply, moderator):
    assert [h.reply_id for h in search(None, "cheap watches")] == [spam_reply.pk]
    moderation.hide_post(moderator, spam_reply)
    assert search(None, "cheap watches") == []
    moderation.unhide_post(moderator, spam_reply)
    assert [h.reply_id for h in search(None, "cheap watches")] == [spam_reply.pk]
    moderation.delete_post(moderator, question, reason="Spam thread.")
    assert search(None, "firmware") == []
    assert search(None, "cheap watches") == []


def test_a_hidden_thread_leaves_the_lists_and_the_feed(client, question, moderator):
    assert question.title in client.get("/").content.decode()
    moderation.hide_post(moderator, question)
    assert question.title not in client.get("/").content.decode()
    assert question.title not in client.get("/s/thermostats/").content.decode()


def test_dismissing_flags_shows_again_a_post_the_flags_hid(superuser, spam_reply, moderator):
    moderation.flag_post(superuser, spam_reply, reason="spam")
    assert moderation.dismiss_flags(moderator, spam_reply) == 1
    spam_reply.refresh_from_db()
    assert not spam_reply.is_hidden
    assert not Flag.objects.filter(resolved_at__isnull=True).exists()


def test_a_locked_thread_takes_no_replies_and_says_so(client, signed_in, question, moderator,
                                                      other_customer):  # fmt: skip
    moderation.set_locked(moderator, question, locked=True)
    with pytest.raises(PermissionDenied, match="locked"):
        actions.create_reply(other_customer, question, body="Me too.")
    page = signed_in(other_customer).get(question.get_absolute_url()).content.decode()
    assert "this thread takes no new replies" in page
    assert 'action="/t/' not in page.split('id="reply-form"')[1]
    response = client.post(f"/t/{question.pk}/-/reply/", {"body": "Me too."})
    assert Reply.objects.count() == 0
    assert response.status_code in {302, 403}
    moderation.set_locked(moderator, question, locked=False)
    actions.create_reply(other_customer, question, body="Me too.")


def test_only_moderators_moderate(question, spam_reply, agent, customer):
    for person in (agent, customer):
        with pytest.raises(PermissionDenied):
            moderation.hide_post(person, spam_reply)
        with pytest.raises(PermissionDenied):
            moderation.set_locked(person, question, locked=True)


# --- pages ------------------------------------------------------------------------------------


def test_members_flag_from_the_thread_page(signed_in, customer, question, spam_reply):
    client = signed_in(customer)
    page = client.get(question.get_absolute_url()).content.decode()
    assert f'action="/moderation/r/{spam_reply.pk}/flag/"' in page
    assert f'action="/moderation/t/{question.pk}/flag/"' not in page  # their own thread
    response = client.post(f"/moderation/r/{spam_reply.pk}/flag/", {"reason": "spam"})
    assert response.status_code == 302
    assert Flag.objects.get().user == customer
    again = client.post(f"/moderation/r/{spam_reply.pk}/flag/", {"reason": "spam"}, follow=True)
    assert "already flagged" in again.content.decode()
    bad = client.post(f"/moderation/r/{spam_reply.pk}/flag/", {"reason": ""}, follow=True)
    assert Flag.objects.count() == 1 and bad.status_code == 200


def test_flagging_a_post_one_cannot_see_is_a_404(signed_in, customer, private_thread):
    response = signed_in(customer).post(f"/moderation/t/{private_thread.pk}/flag/",
                                        {"reason": "spam"})  # fmt: skip
    assert response.status_code == 404
    assert signed_in(customer).post("/moderation/x/1/flag/", {"reason": "spam"}).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, spam_reply):
    response = client.post(f"/moderation/r/{spam_reply.pk}/flag/", {"reason": "spam"})
    assert response.status_code == 302
    assert client.get("/moderation/flags/").status_code == 302
    assert not Flag.objects.exists()


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.SUPERUSER, Role.AGENT])
def test_the_flag_queue_and_its_actions_are_for_moderators_and_admins(signed_in, role, spam_reply):
    client = signed_in(UserFactory(role=role))
    assert client.get("/moderation/flags/").status_code == 403
    response = client.post(f"/moderation/r/{spam_reply.pk}/", {"operation": "hide"})
    assert response.status_code == 403
    spam_reply.refresh_from_db()
    assert not spam_reply.is_hidden


def test_the_moderation_actions_need_a_csrf_token(spam_reply, moderator):
    client = Client(enforce_csrf_checks=True)
    client.login(username=moderator.username, password=PASSWORD)
    assert client.post(f"/moderation/r/{spam_reply.pk}/", {"operation": "hide"}).status_code == 403
    spam_reply.refresh_from_db()
    assert not spam_reply.is_hidden


def test_a_moderator_works_the_queue(signed_in, question, spam_reply, customer, superuser):
    admin = UserFactory(role=Role.ADMIN)
    moderation.flag_post(customer, spam_reply, reason="spam", note="watch adverts")
    moderation.flag_post(superuser, question, reason="off_topic")
    client = signed_in(admin)
    page = client.get("/moderation/flags/").content.decode()
    assert "watch adverts" in page and SPAM in page and question.title in page
    assert "Hidden by flags" in page  # the super-user's flag hid the thread
    client.post(f"/moderation/r/{spam_reply.pk}/", {"operation": "delete", "reason": "Ads."})
    client.post(f"/moderation/t/{question.pk}/", {"operation": "dismiss"})
    client.post(f"/moderation/t/{question.pk}/", {"operation": "lock"})
    spam_reply.refresh_from_db()
    question.refresh_from_db()
    assert spam_reply.deletion_reason == "Ads." and not question.is_hidden and question.is_locked
    assert "No open flags." in client.get("/moderation/flags/").content.decode()


def test_a_bad_moderation_request_says_what_is_wrong(signed_in, moderator, spam_reply):
    client = signed_in(moderator)
    empty = client.post(f"/moderation/r/{spam_reply.pk}/", {"operation": "delete"}, follow=True)
    assert "Give the reason" in empty.content.decode()
    odd = client.post(f"/moderation/r/{spam_reply.pk}/", {"operation": "explode"}, follow=True)
    assert "Choose what to do" in odd.content.decode()
    lock_reply = client.post(f"/moderation/r/{spam_reply.pk}/", {"operation": "lock"})
    assert lock_reply.status_code == 302
    assert client.post("/moderation/r/999999/", {"operation": "hide"}).status_code == 404
    spam_reply.refresh_from_db()
    assert not spam_reply.is_deleted and not spam_reply.is_hidden


def test_moderating_from_the_thread_page_returns_there_but_never_off_site(
    signed_in, moderator, question
):
    client = signed_in(moderator)
    back = client.post(f"/moderation/t/{question.pk}/",
                       {"operation": "lock", "next": question.get_absolute_url()})  # fmt: skip
    assert back["Location"] == question.get_absolute_url()
    away = client.post(f"/moderation/t/{question.pk}/",
                       {"operation": "unlock", "next": "https://evil.example/"})  # fmt: skip
    assert away["Location"] == "/moderation/flags/"


def test_the_flag_queue_reads_a_fixed_number_of_queries(signed_in, moderator, space):
    client = signed_in(moderator)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/moderation/flags/").status_code == 200
        return len(captured)

    def flag_a_new_thread_and_reply() -> None:
        author = UserFactory()
        thread = actions.create_thread(author, space, kind="question", title="A question here",
                                       body="Body.")  # fmt: skip
        reply = answer(UserFactory(), thread, body="Spam here.")
        for person in members(2, 1):
            moderation.flag_post(person, thread, reason="spam")
            moderation.flag_post(person, reply, reason="rude")

    flag_a_new_thread_and_reply()
    queries()  # the first request of a session writes its bookkeeping
    few = queries()
    for _ in range(4):
        flag_a_new_thread_and_reply()
    assert queries() == few
    assert Thread.objects.count() == 5


def test_the_api_shows_the_public_view_of_a_moderated_post(client, question, spam_reply, moderator):
    moderation.hide_post(moderator, spam_reply)
    moderation.delete_post(moderator, question, reason="Off-topic here.")
    replies = client.get(f"/api/v1/threads/{question.pk}/replies").json()["items"]
    assert replies[0]["body"] == "Hidden by a moderator."
    assert SPAM not in str(replies)
    thread = client.get(f"/api/v1/threads/{question.pk}").json()
    assert thread["body"] == "Deleted by a moderator: Off-topic here."


def test_a_silenced_member_cannot_post_and_is_told_why(
    signed_in, moderator, question, spam_reply, django_capture_on_commit_callbacks
):
    client = signed_in(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        data = {"operation": "silence", "days": "7", "reason": "Repeated adverts."}
        client.post(f"/moderation/r/{spam_reply.pk}/", data)
    member = spam_reply.author
    with pytest.raises(PermissionDenied, match="Repeated adverts"):
        actions.create_reply(member, question, body="More watches.")
    told = Notification.objects.get(recipient=member, kind=Kind.COMMUNITY_MODERATED)
    assert "Repeated adverts." in told.text


def test_silencing_needs_days_and_a_reason(signed_in, moderator, spam_reply, question):
    client = signed_in(moderator)
    for data in ({"days": "0", "reason": "x"}, {"days": "abc", "reason": "x"},
                 {"days": "7", "reason": " "}):  # fmt: skip
        response = client.post(f"/moderation/r/{spam_reply.pk}/",
                                {"operation": "silence", **data}, follow=True)  # fmt: skip
        assert response.status_code == 200
    actions.create_reply(spam_reply.author, question, body="Still allowed to post.")
