"""The review queue: reviewers approve, edit and approve, or return held replies; the author
is told and sees the outcome; the time in review is kept."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from openline.community import actions as community
from openline.community.models import Reply, Revision
from openline.core.publishing import HeldForReview
from openline.guidance import actions
from openline.guidance.models import AuditLog, ReviewRequest

from ..factories import UserFactory

ADMISSION = "This is entirely our fault, I'm sorry."
CLEAN = "Thanks, the fix is in 4.12.2."


def hold(author, thread, text=ADMISSION, *, hours_ago=0) -> ReviewRequest:
    with pytest.raises(HeldForReview) as held:
        community.create_reply(author, thread, body=text)
    review = ReviewRequest.objects.get(pk=held.value.review_id)
    review.created_at = timezone.now() - timedelta(hours=hours_ago)
    review.save(update_fields=["created_at"])
    return review


def mails_to(person) -> list:
    return [m for m in mail.outbox if m.to == [person.email]]


def decide(client, review, **data):
    return client.post(reverse("guidance:review", args=[review.pk]), data)


@pytest.fixture
def held(agent, question):
    return hold(agent, question, hours_ago=3)


def test_the_queue_lists_pending_requests_longest_waiting_first(
    signed_in, moderator, agent, superuser, question
):
    newer = hold(superuser, question, hours_ago=1)
    older = hold(agent, question, hours_ago=5)

    page = signed_in(moderator).get(reverse("guidance:reviews"))

    html = page.content.decode()
    assert page.status_code == 200
    assert html.index(f'id="review-{older.pk}"') < html.index(f'id="review-{newer.pk}"')
    assert "5\xa0hours" in html


def test_the_queue_names_each_kind_of_finding_once(signed_in, moderator, agent, question):
    """Two apologies in one draft made the queue's row say "Legal risk Legal risk"."""
    review = hold(agent, question, text=f"{ADMISSION} We will of course pay for the damage.")
    assert [f["kind"] for f in review.findings] == ["legal_risk", "legal_risk"]

    html = signed_in(moderator).get(reverse("guidance:reviews")).content.decode()

    row = html[html.index(f'id="review-{review.pk}"') :].split("</tr>")[0]
    assert row.count('<span class="pill">Legal risk</span>') == 1


def test_a_reply_held_in_a_conversation_links_to_the_conversation(signed_in, moderator, agent):
    """The queue and the review named "Conversation #7 (E-mail)" without a way to open it, so the
    reviewer could not read what the customer had asked."""
    review = ReviewRequest.objects.create(
        author=agent, channel="email", conversation_id=7, text=ADMISSION, findings=[]
    )
    client = signed_in(moderator)

    queue = client.get(reverse("guidance:reviews")).content.decode()
    page = client.get(reverse("guidance:review", args=[review.pk])).content.decode()

    assert '<a href="/inbox/7/">Conversation #7 (E-mail)</a>' in queue
    assert '<a href="/inbox/7/">A reply in conversation #7 (E-mail)</a>' in page


@pytest.mark.parametrize("who", ["agent", "customer", "superuser"])
def test_only_moderators_and_admins_see_the_queue(signed_in, held, who, request):
    client = signed_in(request.getfixturevalue(who))

    assert client.get(reverse("guidance:reviews")).status_code == 403
    assert client.get(reverse("guidance:review", args=[held.pk])).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client, held):
    answer = client.get(reverse("guidance:review", args=[held.pk]))

    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("accounts:signin"))


def test_a_reviewer_sees_the_draft_with_its_findings_highlighted(signed_in, moderator, held):
    page = signed_in(moderator).get(reverse("guidance:review", args=[held.pk]))

    html = page.content.decode()
    assert '<mark data-kind="legal_risk">' in html
    assert "Approve and publish as Alex Agent" in html


def test_approving_publishes_the_reply_as_its_author_and_tells_them(
    signed_in, moderator, agent, held, question, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer = decide(signed_in(moderator), held, decision="approve", text=ADMISSION, note="")

    held.refresh_from_db()
    reply = Reply.objects.get()
    assert answer["Location"] == reverse("guidance:reviews")
    assert (reply.author, reply.thread, reply.body) == (agent, question, ADMISSION)
    assert (held.status, held.reviewer, held.published_reply, held.edited) == (
        "approved",
        moderator,
        reply,
        False,
    )
    assert held.time_in_review == held.decided_at - held.created_at
    assert held.time_in_review >= timedelta(hours=3)
    assert AuditLog.objects.get().decision == "approved"
    assert [m.subject for m in mails_to(agent)] == ["Your reply was approved and published"]


def test_the_author_sees_the_outcome_and_the_time_in_review(signed_in, moderator, agent, held):
    actions.approve_review(moderator, held)

    page = signed_in(agent).get(reverse("guidance:my_reviews")).content.decode()

    assert "Approved and published" in page
    assert "time in review 3 h" in page
    assert "See the published reply" in page
    assert '<span class="pill">New</span>' in page


def test_the_authors_list_quotes_the_title_in_the_readers_language(signed_in, agent, held):
    """It wrapped the title in English quotes in German too ("“Valve clicks”" for „…“): a <q>
    takes the page's language's quotes; and the button above the list no longer touches the
    first card (a paragraph's margin)."""
    page = signed_in(agent).get(reverse("guidance:my_reviews"), HTTP_ACCEPT_LANGUAGE="de")

    html = page.content.decode()
    assert '<html lang="de">' in html
    assert f'<q><a href="{held.thread.get_absolute_url()}">' in html
    assert '<p><button type="submit">Alle Ergebnisse als gesehen markieren</button></p>' in html


def test_marking_outcomes_as_seen_clears_the_new_label(signed_in, moderator, agent, held):
    actions.approve_review(moderator, held)
    client = signed_in(agent)

    client.post(reverse("guidance:my_reviews"))

    assert (
        '<span class="pill">New</span>'
        not in client.get(reverse("guidance:my_reviews")).content.decode()
    )


def test_a_reviewer_can_edit_the_text_before_approving(
    signed_in, moderator, agent, held, django_capture_on_commit_callbacks
):
    edited = "We are looking into what went wrong and will update you today."

    with django_capture_on_commit_callbacks(execute=True):
        decide(signed_in(moderator), held, decision="approve", text=edited, note="Softer.")

    held.refresh_from_db()
    assert Reply.objects.get().body == edited
    assert (held.edited, held.final_text, held.text, held.note) == (
        True,
        edited,
        ADMISSION,
        "Softer.",
    )
    assert AuditLog.objects.get().decision == "approved_edited"
    (told,) = mails_to(agent)
    assert told.subject == "Your reply was edited by a reviewer and published"
    assert "Softer." in told.body


def test_resubmitting_the_text_with_browser_line_breaks_is_not_an_edit(moderator, agent, question):
    review = hold(agent, question, "This is entirely our fault.\nSorry for that.")

    actions.approve_review(moderator, review, text="This is entirely our fault.\r\nSorry for that.")

    assert review.edited is False


def test_an_edit_with_a_card_number_is_refused_and_nothing_is_published(signed_in, moderator, held):
    page = decide(
        signed_in(moderator), held, decision="approve", text="Refunded to 4111 1111 1111 1111."
    )

    held.refresh_from_db()
    assert page.status_code == 400
    assert "valid payment card number" in page.content.decode()
    assert held.status == "pending"
    assert not Reply.objects.exists()


def test_returning_needs_a_note_and_tells_the_author(
    signed_in, moderator, agent, held, django_capture_on_commit_callbacks
):
    client = signed_in(moderator)

    without = decide(client, held, decision="return", note="  ")
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, held, decision="return", note="Do not admit fault; say we investigate.")

    held.refresh_from_db()
    assert without.status_code == 400
    assert (held.status, held.note) == ("returned", "Do not admit fault; say we investigate.")
    assert held.time_in_review == held.decided_at - held.created_at
    assert not Reply.objects.exists()
    assert AuditLog.objects.get().decision == "returned"
    assert [m.subject for m in mails_to(agent)] == ["Your reply was returned with a note"]
    page = signed_in(agent).get(reverse("guidance:my_reviews")).content.decode()
    assert "Returned to the author" in page
    assert "Do not admit fault; say we investigate." in page


def test_a_reviewer_cannot_decide_on_their_own_reply(signed_in, moderator, question):
    own = hold(moderator, question)

    answer = decide(signed_in(moderator), own, decision="approve", text=ADMISSION)

    own.refresh_from_db()
    assert answer.status_code == 403
    assert own.status == "pending"


def test_a_decided_request_cannot_be_decided_again(moderator, held):
    other = UserFactory(role="admin")
    actions.approve_review(moderator, held)

    with pytest.raises(ValidationError, match="already decided"):
        actions.return_review(other, held, note="Too late")
    assert Reply.objects.count() == 1


def test_an_approved_edit_changes_the_reply_and_keeps_the_earlier_text(moderator, agent, question):
    reply = community.create_reply(agent, question, body=CLEAN)
    with pytest.raises(HeldForReview) as held:
        community.edit_reply(agent, reply, body=ADMISSION)

    review = actions.approve_review(moderator, ReviewRequest.objects.get(pk=held.value.review_id))

    reply.refresh_from_db()
    assert (reply.body, review.published_reply) == (ADMISSION, reply)
    assert list(Revision.objects.values_list("body", flat=True)) == [CLEAN]


def test_the_author_can_withdraw_a_pending_request(signed_in, agent, held):
    signed_in(agent).post(reverse("guidance:withdraw", args=[held.pk]))

    held.refresh_from_db()
    assert held.status == "withdrawn"
    assert not Reply.objects.exists()


def test_people_see_only_their_own_requests(signed_in, agent, held):
    colleague = UserFactory(role="agent")
    client = signed_in(colleague)

    page = client.get(reverse("guidance:my_reviews")).content.decode()
    withdraw = client.post(reverse("guidance:withdraw", args=[held.pk]))

    assert ADMISSION not in page
    assert withdraw.status_code == 404


def test_the_reviewer_is_told_what_was_decided(signed_in, moderator, held):
    client = signed_in(moderator)

    answer = decide(client, held, decision="approve", text=ADMISSION)

    assert "Approved and published: Alex Agent." in client.get(answer["Location"]).content.decode()


def test_the_header_counts_what_waits_for_reviewers_and_authors(
    rf, moderator, agent, customer, held
):
    from openline.guidance.context_processors import guidance

    def counts(user):
        request = rf.get("/")
        request.user = user
        return guidance(request)

    assert counts(moderator)["guidance_links"]["reviews_pending"] == 1
    assert counts(agent)["guidance_links"] == {
        "lessons": True,
        "outcomes_unseen": 0,
        "reviews_pending": None,
    }
    assert counts(customer) == {}
