"""An inbox conversation published as a public community thread (knowledge.bridge): what the
agent sees, what the public sees, who may do it, and what happens when something is wrong."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from openline.community.models import Reply, Thread, ThreadStatus
from openline.guidance.models import AuditLog, ReviewRequest
from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import ChannelAccount, Delivery, DeliveryState, Message, MessageKind
from openline.knowledge.bridge.selectors import bridged_conversations
from openline.knowledge.models import PublishedConversation
from openline.notifications.models import Notification
from openline.people.actions import Sender

from ..factories import TagFactory
from .conftest import ANSWERED

REWRITTEN = (
    "After a firmware update my T2 thermostat shows E14 every morning and the heating stays "
    "cold. What does E14 mean and how do I fix it?"
)


@pytest.fixture
def publish_url(email_conversation):
    return f"/inbox/{email_conversation.pk}/publish/"


def form(conversation, **changes):
    answer = conversation.messages.filter(kind=MessageKind.REPLY).latest("created_at")
    data = {
        "title": "Thermostat shows E14 every morning",
        "question": REWRITTEN,
        "source": "rewritten",
        "consent_note": "",
        "answer_id": answer.pk,
        "answer": ANSWERED,
        "space": "thermostats",
        "kind": "question",
        "tags": "",
        "link_back_text": "We published the answer for everyone: {link}",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def nothing_written():
    return (
        not Thread.objects.exists()
        and not Reply.objects.exists()
        and not PublishedConversation.objects.exists()
    )


# --- the agent publishes ------------------------------------------------------------------------


def test_the_form_starts_from_the_customers_question_with_personal_data_removed(
    client, moderator, email_conversation, publish_url, space
):
    client.force_login(moderator)
    page = client.get(publish_url, headers={"HX-Request": "true"}).content.decode()

    assert "pat.doe@example.com" not in page
    assert "7700 900123" not in page
    assert "[e-mail address]" in page and "[phone number]" in page
    removed = "1 \N{MULTIPLICATION SIGN} [phone number], 1 \N{MULTIPLICATION SIGN} [e-mail address]"
    assert f"Personal data removed by the redactor: {removed}" in page
    assert "E14 every morning" in page  # the subject becomes the title
    assert "E14 means the valve lost its calibration" in page  # the staff answer
    assert "quote it only with their consent" in page  # e-mail is private
    assert 'value="quoted"' not in page  # …so plain quoting is not offered
    assert "<html" not in page  # the panel alone for the conversation page


def test_the_conversation_page_offers_the_publish_form(client, agent, email_conversation):
    client.force_login(agent)
    page = client.get(f"/inbox/{email_conversation.pk}/").content.decode()

    assert f'hx-get="/inbox/{email_conversation.pk}/publish/"' in page


def test_an_agent_publishes_the_conversation_as_a_solved_public_thread(
    client,
    moderator,
    agent,
    email_conversation,
    publish_url,
    space,
    django_capture_on_commit_callbacks,
):
    TagFactory(slug="heating", name="Heating")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(publish_url, form(email_conversation, tags="heating"))

    assert answer.status_code == 302
    thread = Thread.objects.get()
    assert (thread.author, thread.space, thread.status) == (moderator, space, ThreadStatus.SOLVED)
    assert thread.accepted_reply is not None
    assert thread.accepted_reply.author == agent  # who wrote the answer, not who published it
    told = Notification.objects.get(recipient=agent, kind="community.accepted")
    assert (told.actor, told.detail_id) == (moderator, thread.accepted_reply.pk)
    assert [t.slug for t in thread.tags.all()] == ["heating"]

    client.logout()
    public = client.get(thread.get_absolute_url()).content.decode()
    assert REWRITTEN.split(".")[0] in public
    assert "pat.doe@example.com" not in public and "7700" not in public
    assert "Pat Doe" not in public
    assert "see the accepted answer by Alex Agent" in public

    client.force_login(moderator)
    panel = client.get(publish_url).content.decode()
    assert f'href="{thread.get_absolute_url()}"' in panel
    assert "Published as" in panel and "Rewritten by staff" in panel
    record = PublishedConversation.objects.get()
    assert (record.channel_kind, record.was_private, record.published_by) == (
        "email",
        True,
        moderator,
    )
    assert record.removed == {"[phone number]": 1, "[e-mail address]": 1}


def test_the_thread_page_shows_staff_where_it_came_from(
    client, agent, customer, email_conversation, publish_url, space
):
    client.force_login(agent)
    client.post(publish_url, form(email_conversation))
    thread = Thread.objects.get()

    staff_view = client.get(f"/t/{thread.pk}/-/share/", headers={"HX-Request": "true"})
    assert f'href="/inbox/{email_conversation.pk}/"' in staff_view.content.decode()
    client.force_login(customer)
    assert client.get(f"/t/{thread.pk}/-/share/").status_code == 403
    assert b"/-/share/" not in client.get(thread.get_absolute_url()).content


def test_the_htmx_post_answers_with_the_published_panel(
    client, agent, email_conversation, publish_url, space
):
    client.force_login(agent)
    answer = client.post(publish_url, form(email_conversation), headers={"HX-Request": "true"})

    assert answer.status_code == 200
    assert 'id="published-as"' in answer.content.decode()


def test_the_link_back_reply_goes_to_the_customer_on_their_channel(
    client, agent, email_conversation, publish_url, space, django_capture_on_commit_callbacks
):
    client.force_login(agent)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(publish_url, form(email_conversation, link_back="on"))

    thread = Thread.objects.get()
    record = PublishedConversation.objects.get()
    link_back = Message.objects.get(pk=record.link_back_id)
    url = f"{settings.SITE_URL}{thread.get_absolute_url()}"
    assert link_back.conversation == email_conversation
    assert link_back.body == f"We published the answer for everyone: {url}"
    assert link_back.delivery.state == DeliveryState.SENT
    assert [m.to for m in mail.outbox] == [["pat.doe@example.com"]]
    assert url in mail.outbox[0].body


# --- the customer's words: rewritten, or quoted where that is allowed ---------------------------


def test_a_private_message_copied_word_for_word_must_be_rewritten_or_quoted_with_consent(
    client, agent, email_conversation, publish_url, space
):
    client.force_login(agent)
    original = client.get(publish_url).context["form"].initial["question"]

    copied = client.post(publish_url, form(email_conversation, question=original))
    quoted = client.post(publish_url, form(email_conversation, question=original, source="quoted"))
    no_note = client.post(
        publish_url, form(email_conversation, question=original, source="consent")
    )

    assert copied.status_code == quoted.status_code == no_note.status_code == 400
    assert "word for word" in copied.content.decode()
    assert "Select a valid choice" in quoted.content.decode()  # not even offered
    assert "Say when and how the customer agreed to be quoted." in no_note.content.decode()
    assert nothing_written()

    consented = client.post(
        publish_url,
        form(email_conversation, question=original, source="consent",
             consent_note="Pat agreed by e-mail on 2 December"),
    )  # fmt: skip
    assert consented.status_code == 302
    record = PublishedConversation.objects.get()
    assert (record.question_source, record.consent_note) == (
        "consent",
        "Pat agreed by e-mail on 2 December",
    )
    assert "[e-mail address]" in Thread.objects.get().body  # masked, even when quoted


def mastodon_conversation(agent, raw):
    account, _ = ChannelAccount.objects.get_or_create(kind="mastodon", name="Halden on Mastodon")
    sender = Sender(channel_kind="mastodon", external_id="109", name="Pat", handle="@pat@social")
    message, _ = ingest(
        account,
        InboundItem(
            external_id=f"{raw}",
            conversation_key=f"{raw}",
            sender=sender,
            raw=raw,
            text="@halden my T2 shows E14 every morning since the update, what does it mean?",
        ),
    )
    Message.objects.create(
        conversation=message.conversation, kind=MessageKind.REPLY, author=agent,
        account=account, body=ANSWERED, external_id=f"reply to {raw}",
    )  # fmt: skip
    return message.conversation


def test_a_public_post_may_be_quoted_but_a_direct_message_may_not(client, agent, space):
    public = mastodon_conversation(agent, {"visibility": "public"})
    direct = mastodon_conversation(agent, {"visibility": "direct"})
    client.force_login(agent)
    text = "@halden my T2 shows E14 every morning since the update, what does it mean?"

    from_direct = client.post(
        f"/inbox/{direct.pk}/publish/",
        form(direct, question=text, source="quoted", title="T2 shows E14 every morning"),
    )
    from_public = client.post(
        f"/inbox/{public.pk}/publish/",
        form(public, question=text, source="quoted", title="T2 shows E14 every morning"),
    )

    assert from_direct.status_code == 400
    assert from_public.status_code == 302
    record = PublishedConversation.objects.get()
    assert (record.conversation, record.was_private, record.question_source) == (
        public,
        False,
        "quoted",
    )


def test_personal_data_typed_back_in_is_refused_and_shown_masked(
    client, agent, email_conversation, publish_url, space
):
    client.force_login(agent)
    answer = client.post(
        publish_url,
        form(email_conversation, question=REWRITTEN + " Reach me at pat.doe@example.com."),
    )

    page = answer.content.decode()
    assert answer.status_code == 400
    assert "This still holds personal data (e-mail address)" in page
    assert "pat.doe@example.com" not in page
    assert "Reach me at [e-mail address]." in page
    assert nothing_written()


# --- who may publish ------------------------------------------------------------------------------


def test_only_staff_reach_the_publish_form(
    client, customer, superuser, email_conversation, publish_url, space
):
    assert client.get(publish_url).status_code == 302  # anonymous: sign in first
    client.force_login(customer)
    assert client.get(publish_url).status_code == 403
    assert client.post(publish_url, form(email_conversation)).status_code == 403
    client.force_login(superuser)  # a super-user or champion is not staff
    assert client.post(publish_url, form(email_conversation)).status_code == 403
    assert nothing_written()


def test_an_unknown_conversation_is_not_found(client, agent):
    client.force_login(agent)
    assert client.get("/inbox/999999/publish/").status_code == 404


def test_a_community_conversation_is_public_already(client, agent, customer, space, post):
    from openline.inbox.models import Conversation

    question = post(customer, space, "My T2 shows E14 every morning")
    conversation = Conversation.objects.get(thread=question)
    client.force_login(agent)

    assert client.get(f"/inbox/{conversation.pk}/publish/").status_code == 403
    assert b'id="publish-thread"' not in client.get(f"/inbox/{conversation.pk}/").content


# --- bad input: a clear error and nothing half-written ----------------------------------------


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"tags": "no-such-tag"}, "Unknown tag: no-such-tag."),
        ({"title": "E14"}, "at least 8 characters"),
        ({"answer": "   "}, "This field is required."),
        ({"answer_id": "1"}, "Select a valid choice"),
        ({"space": "nowhere"}, "Select a valid choice"),
        ({"link_back": "on", "link_back_text": "See the forum."}, "Put {link} where"),
    ],
)
def test_bad_input_is_refused_with_a_clear_error_and_nothing_is_written(
    client, agent, email_conversation, publish_url, space, change, error
):
    client.force_login(agent)
    answer = client.post(publish_url, form(email_conversation, **change))

    assert answer.status_code == 400
    assert error in answer.content.decode()
    assert nothing_written()
    assert not Message.objects.filter(body__contains="forum").exists()


def test_a_private_space_is_not_offered(client, agent, email_conversation, publish_url, vip_space):
    client.force_login(agent)
    answer = client.post(publish_url, form(email_conversation, space="champions"))

    assert answer.status_code == 400
    assert nothing_written()


def test_a_conversation_is_published_once(client, agent, email_conversation, publish_url, space):
    client.force_login(agent)
    client.post(publish_url, form(email_conversation))
    again = client.post(publish_url, form(email_conversation, title="Another title for it"))

    assert again.status_code == 400
    assert "published already" in again.content.decode()
    assert Thread.objects.count() == 1


# --- guidance checks every text that goes out ---------------------------------------------------


def test_a_warning_on_any_text_is_shown_and_publishes_once_acknowledged(
    client, agent, email_conversation, publish_url, space
):
    client.force_login(agent)
    rude = "As I already told you, restart it. " + ANSWERED

    first = client.post(publish_url, form(email_conversation, answer=rude))
    assert first.status_code == 400
    assert "Read the warnings before you publish." in first.content.decode()
    assert 'name="acknowledged"' in first.content.decode()
    assert nothing_written() and not AuditLog.objects.exists()

    second = client.post(publish_url, form(email_conversation, answer=rude, acknowledged="on"))
    assert second.status_code == 302
    assert Thread.objects.get().accepted_reply.body == rude
    entry = AuditLog.objects.get()
    assert (entry.author.username, entry.channel, entry.conversation_id) == (
        "alex",
        "community",
        email_conversation.pk,
    )


def test_a_text_that_would_need_a_reviewer_is_refused_not_held(
    client, agent, email_conversation, publish_url, space
):
    client.force_login(agent)
    answer = client.post(
        publish_url,
        form(email_conversation, answer="This is entirely our fault, I'm sorry. " + ANSWERED,
             acknowledged="on"),
    )  # fmt: skip

    assert answer.status_code == 400
    assert "cannot wait for one" in answer.content.decode()
    assert nothing_written() and not ReviewRequest.objects.exists()


def test_a_blocked_link_back_reply_leaves_nothing_written(
    client, agent, email_conversation, publish_url, space
):
    client.force_login(agent)
    replies_before = Message.objects.filter(kind=MessageKind.REPLY).count()
    answer = client.post(
        publish_url,
        form(email_conversation, link_back="on", acknowledged="on",
             link_back_text="Refunded to 4111 1111 1111 1111 today. {link}"),
    )  # fmt: skip

    assert answer.status_code == 400
    assert "payment card" in answer.content.decode().lower()
    assert nothing_written()
    assert Message.objects.filter(kind=MessageKind.REPLY).count() == replies_before
    assert Delivery.objects.count() == replies_before


# --- the published thread and the community channel -----------------------------------------


def test_a_reply_on_the_published_thread_stays_out_of_the_customers_email(
    client, agent, customer, email_conversation, publish_url, space,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    from openline.community import actions

    client.force_login(agent)
    client.post(publish_url, form(email_conversation))
    thread = Thread.objects.get()
    before = list(email_conversation.messages.values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(customer, thread, body="Worked for me too, thanks!")
        actions.create_reply(agent, thread, body="Glad it helped, enjoy the warmth.")

    assert list(email_conversation.messages.values_list("pk", flat=True)) == before


# --- the figures the insights read ----------------------------------------------------------


def test_bridged_conversations_counts_them_by_channel_privacy_and_day(
    client, agent, email_conversation, publish_url, space
):
    public = mastodon_conversation(agent, {"visibility": "public"})
    client.force_login(agent)
    client.post(publish_url, form(email_conversation))
    client.post(
        f"/inbox/{public.pk}/publish/",
        form(public, source="quoted", title="T2 shows E14 in the morning",
             question="@halden my T2 shows E14 every morning since the update, what does it mean?"),
    )  # fmt: skip
    now = timezone.now()

    figures = bridged_conversations(now - timedelta(days=1), now + timedelta(seconds=1))
    before = bridged_conversations(now - timedelta(days=2), now - timedelta(days=1))

    assert (figures.total, figures.social, figures.private) == (2, 1, 1)
    assert figures.by_kind == {"email": 1, "mastodon": 1}
    assert figures.by_day == [(now.date(), 2)]
    assert (before.total, before.by_kind, before.by_day) == (0, {}, [])


def test_the_panel_prints_no_template_syntax(client, agent, email_conversation, publish_url, space):
    """The panel renders every part it names (no template tag printed as text)."""
    client.force_login(agent)
    page = client.get(publish_url).content.decode()
    assert not re.search(r"\{[%{#]", page)


def test_operators_see_published_conversations_in_the_admin(
    client, admin_client, agent, email_conversation, publish_url, space
):
    client.force_login(agent)
    client.post(publish_url, form(email_conversation))

    listed = admin_client.get("/admin/knowledge/publishedconversation/")
    shares = admin_client.get("/admin/knowledge/socialshare/")

    assert listed.status_code == shares.status_code == 200
    assert "Thermostat shows E14 every morning" in listed.content.decode()
    assert admin_client.get("/admin/knowledge/publishedconversation/add/").status_code == 403


def test_a_published_conversation_is_a_solved_thread_for_event_webhooks(
    client, agent, moderator, email_conversation, publish_url, space
):
    from openline.hooks.actions import add_subscription
    from openline.hooks.models import Event

    add_subscription("https://hooks.example.com/openline", ["thread.solved"])
    client.force_login(moderator)
    client.post(publish_url, form(email_conversation))

    data = Event.objects.get(type="thread.solved").payload["data"]
    assert data["thread"]["title"] == "Thermostat shows E14 every morning"
    assert data["accepted_reply"]["author"]["username"] == agent.username
    assert data["accepted_by"]["username"] == moderator.username


def test_the_service_dashboard_counts_the_answers_turned_into_public_threads(
    client, moderator, email_conversation, publish_url, space
):
    client.force_login(moderator)
    before = client.get("/staff/service/").content.decode()
    assert "0</strong>answers turned into public threads" in before
    assert client.post(publish_url, form(email_conversation)).status_code == 302
    after = client.get("/staff/service/").content.decode()
    assert (
        "1</strong>answers turned into public threads (0 from social networks, "
        "1 from private channels)" in after
    )


def test_a_german_agent_reads_the_publish_forms_hint_in_german(
    client, moderator, email_conversation, publish_url
):
    client.force_login(moderator)
    page = client.get(publish_url, HTTP_ACCEPT_LANGUAGE="de", headers={"HX-Request": "true"}).text
    assert 'placeholder="z. B. am 3. Dezember per E-Mail gefragt"' in page
