"""The reply form on the thread page: what guidance says, and what happens to the reply."""

from django.urls import reverse

from openline.community import actions
from openline.community.models import Reply, Revision
from openline.guidance.models import AuditLog, ReviewRequest

CARD = "Refunded to 4111 1111 1111 1111 today."
RUDE = "As I already told you, restart it."
ADMISSION = "This is entirely our fault, I'm sorry."


def post_reply(client, thread, **data):
    return client.post(reverse("community:reply", args=[thread.pk]), data)


def test_a_blocked_reply_shows_the_findings_saves_nothing_and_answers_422(
    signed_in, agent, question
):
    page = post_reply(signed_in(agent), question, body=CARD)

    html = page.content.decode()
    assert page.status_code == 422
    assert "This reply cannot be published as it is." in html
    assert "<q>4111 1111 1111 1111</q>" in html
    assert "valid payment card number" in html
    assert "I have read the warnings" not in html
    assert not Reply.objects.exists()


def test_a_refused_reply_lists_each_finding_once_where_the_live_check_redraws_it(
    signed_in, agent, question
):
    html = post_reply(signed_in(agent), question, body=f"{RUDE} {CARD}").content.decode()

    live = html.index('<div class="guidance-live action-block" aria-live="polite"')
    assert html.count("valid payment card number") == 1
    assert html.count('data-kind="hostile_tone"') == 1
    assert live < html.index("<strong>Payment card number</strong>") < html.index("Post reply")


def test_a_warned_reply_asks_for_acknowledgement_and_publishes_once_given(
    signed_in, agent, question
):
    client = signed_in(agent)

    asked = post_reply(client, question, body=RUDE)
    published = post_reply(client, question, body=RUDE, acknowledged="1")

    assert asked.status_code == 422
    assert "Read the warnings before you publish." in asked.content.decode()
    assert 'name="acknowledged"' in asked.content.decode()
    reply = Reply.objects.get()
    assert published["Location"] == reply.get_absolute_url()
    assert AuditLog.objects.get().author == agent


def test_a_reply_for_review_redirects_to_the_thread_with_a_message(signed_in, agent, question):
    client = signed_in(agent)

    answer = post_reply(client, question, body=ADMISSION)
    page = client.get(answer["Location"])

    assert answer["Location"] == question.get_absolute_url()
    assert "Your reply went to a reviewer" in page.content.decode()
    assert ReviewRequest.objects.get().text == ADMISSION
    assert not Reply.objects.exists()


def test_customers_post_as_before_without_the_live_check(signed_in, other_customer, question):
    client = signed_in(other_customer)

    answer = post_reply(client, question, body=RUDE)
    page = client.get(question.get_absolute_url()).content.decode()

    assert answer["Location"] == Reply.objects.get().get_absolute_url()
    assert "guidance.js" not in page
    assert "guidance-editor" not in page


def test_staff_get_the_live_check_on_the_thread_page(signed_in, agent, question):
    page = signed_in(agent).get(question.get_absolute_url()).content.decode()

    assert "openline/guidance.js" in page
    assert 'data-guidance-url="/api/v1/guidance/check"' in page
    assert 'data-channel="community"' in page


def test_a_warned_edit_is_saved_when_saved_again_unchanged(signed_in, agent, question):
    reply = actions.create_reply(agent, question, body="Restart it, please.")
    client = signed_in(agent)
    url = reverse("community:edit_reply", args=[reply.pk])

    first = client.post(url, {"body": RUDE})
    second = client.post(url, {"body": RUDE})

    assert first.status_code == 400
    assert "Save again without changes" in first.content.decode()
    assert second["Location"] == reply.get_absolute_url()
    reply.refresh_from_db()
    assert reply.body == RUDE
    assert AuditLog.objects.count() == 1


def test_a_blocked_edit_shows_the_finding_and_keeps_the_text(signed_in, agent, question):
    reply = actions.create_reply(agent, question, body="Restart it, please.")

    page = signed_in(agent).post(reverse("community:edit_reply", args=[reply.pk]), {"body": CARD})

    assert page.status_code == 400
    assert "valid payment card number" in page.content.decode()
    reply.refresh_from_db()
    assert reply.body == "Restart it, please."
    assert not Revision.objects.exists()


def test_a_findings_severity_reads_as_a_word_not_the_policys_code(signed_in, agent, question):
    """The pill beside a finding read "warn" and "block" (the policy's codes) in English,
    "Warnung" and "gesperrt" in German."""
    client = signed_in(agent)

    warned = post_reply(client, question, body=RUDE).content.decode()
    blocked = post_reply(client, question, body=CARD).content.decode()

    assert '<span class="pill severity-warn">warning</span>' in warned
    assert 'data-severity-warn="warning"' in warned
    assert '<span class="pill severity-block">blocked</span>' in blocked
