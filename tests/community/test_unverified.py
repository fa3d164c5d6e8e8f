"""Members who have not confirmed their e-mail address (OPENLINE["UNVERIFIED_POSTS"])."""

import pytest

from openline.community.models import Reply, Thread
from openline.guidance.models import ReviewRequest, ReviewStatus

from ..factories import PASSWORD, UserFactory


@pytest.fixture
def newcomer(db):
    return UserFactory(username="nina", email="nina@example.com", email_verified=False)


@pytest.fixture
def hold_mode(settings):
    settings.OPENLINE = {**settings.OPENLINE, "UNVERIFIED_POSTS": "hold"}


def sign_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def test_by_default_an_unverified_member_is_asked_to_confirm_before_asking(client, newcomer, space):
    page = sign_in(client, newcomer).post("/ask/", {
        "space": space.slug, "kind": "question", "title": "Is the T2 compatible?",
        "body": "I have a 24 V system.",
    })  # fmt: skip
    html = page.content.decode()
    assert page.status_code == 400
    assert "Confirm your e-mail address before you post" in html
    assert "nina@example.com" in html
    assert "/accounts/verify/resend/" in html  # the link to send it again
    assert not Thread.objects.exists()


def test_by_default_an_unverified_member_cannot_reply(client, newcomer, question):
    page = sign_in(client, newcomer).post(f"/t/{question.pk}/-/reply/", {"body": "Same here."})
    assert "Confirm your e-mail address before you post" in page.content.decode()
    assert not Reply.objects.exists()


def test_nor_through_the_api(client, newcomer, question, bearer):
    answer = client.post(
        f"/api/v1/threads/{question.pk}/replies", {"body": "Same here."},
        content_type="application/json", headers=bearer(newcomer),
    )  # fmt: skip
    assert answer.status_code == 422
    assert "Confirm your e-mail address" in answer.content.decode()
    assert not Reply.objects.exists()


def test_once_confirmed_the_member_posts_at_once(client, newcomer, question):
    newcomer.email_verified = True
    newcomer.save(update_fields=["email_verified"])
    sign_in(client, newcomer).post(f"/t/{question.pk}/-/reply/", {"body": "Same here."})
    assert Reply.objects.get().author == newcomer


def test_in_hold_mode_their_replies_wait_for_a_moderator(
    client, newcomer, question, moderator, hold_mode
):
    page = sign_in(client, newcomer).post(f"/t/{question.pk}/-/reply/", {"body": "Same here."})
    review = ReviewRequest.objects.get()
    assert page.status_code == 302
    assert (review.author, review.thread, review.status) == (newcomer, question, "pending")
    assert not Reply.objects.exists()

    sign_in(client, moderator).post(
        f"/guidance/reviews/{review.pk}/", {"decision": "approve", "text": "Same here."}
    )

    review.refresh_from_db()
    assert review.status == ReviewStatus.APPROVED
    assert Reply.objects.get().author == newcomer


def test_in_hold_mode_a_new_thread_still_needs_the_confirmed_address(
    client, newcomer, space, hold_mode
):
    page = sign_in(client, newcomer).post("/ask/", {
        "space": space.slug, "kind": "question", "title": "Is the T2 compatible?",
        "body": "I have a 24 V system.",
    })  # fmt: skip
    assert "Confirm your e-mail address before you post" in page.content.decode()
    assert not Thread.objects.exists()


def test_staff_are_never_held_for_their_address(client, question, db):
    agent = UserFactory(role="agent", email_verified=False)
    sign_in(client, agent).post(f"/t/{question.pk}/-/reply/", {"body": "Update to 4.12.2."})
    assert Reply.objects.get().author == agent
