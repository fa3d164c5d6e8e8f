"""Privacy rights across apps (core.privacy and each app's part): everything held about a
person, exported; and after erasure, nothing of them findable anywhere — pages, search, the
API, exports, or any row of the database — while the threads they took part in stay whole."""

import io
import json
import zipfile

import pytest
from django.apps import apps
from django.core import serializers
from django.core.files.storage import default_storage

from openline.accounts.models import User
from openline.community import actions
from openline.community.models import Reply, Thread
from openline.community.search import search
from openline.core import privacy
from openline.core.models import ErasureRecord
from openline.inbox.adapters import InboundAttachment, InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import Attachment, ChannelAccount, Conversation
from openline.people.actions import Sender
from openline.people.models import Person

from ..factories import SpaceFactory, UserFactory

# What identifies the member, or is only in what they wrote.
TRACES = ["patquill", "Pat Quill", "pat.quill@example.com", "zephyrine", "JPEG-WIRING"]


@pytest.fixture
def story(db, django_capture_on_commit_callbacks):
    """Pat e-mails support with a photo, then asks in the community, answers Robin and
    upvotes Robin's question; Robin answers Pat, and Pat accepts it."""
    pat = UserFactory(username="patquill", display_name="Pat Quill", email="pat.quill@example.com")
    robin = UserFactory(username="robin", display_name="Robin Ash")
    space = SpaceFactory()
    email = ChannelAccount.objects.create(
        kind="email", name="Support", config={"address": "support@halden.test"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        ingest(
            email,
            InboundItem(
                external_id="<m1@mail.test>",
                conversation_key="c1",
                subject="Zephyrine shows E14",
                text="My zephyrine thermostat shows E14. Pat Quill, 4 Elm Road",
                sender=Sender(
                    channel_kind="email",
                    external_id="pat.quill@example.com",
                    name="Pat Quill",
                    email="pat.quill@example.com",
                    email_verified=True,
                ),
                attachments=(InboundAttachment("wiring.jpg", "image/jpeg", b"JPEG-WIRING"),),
            ),
        )
        question = actions.create_thread(
            pat, space, kind="question", title="Zephyrine valve squeaks at night",
            body="My zephyrine valve squeaks after 22:00.",
        )  # fmt: skip
        robins = actions.create_thread(
            robin, space, kind="question", title="Boiler pressure drops", body="Daily, by 1 bar."
        )
        answer = actions.create_reply(robin, question, body="Bleed the radiators first.")
        actions.create_reply(pat, robins, body="Check the zephyrine expansion vessel.")
        actions.toggle_vote(pat, robins)
        actions.accept_answer(pat, answer)
    return pat, robin, question, robins, answer


def test_a_member_s_export_holds_posts_messages_identities_and_attachments(story):
    pat, *_ = story

    archive = zipfile.ZipFile(io.BytesIO(privacy.export_zip(privacy.Subject(user_id=pat.pk))))

    data = json.loads(archive.read("data.json"))
    assert data["account"]["email"] == "pat.quill@example.com"
    assert [t["title"] for t in data["community"]["threads"]] == [
        "Zephyrine valve squeaks at night"
    ]
    assert data["community"]["replies"][0]["body"] == "Check the zephyrine expansion vessel."
    assert len(data["community"]["votes"]) == 1
    identities = {
        i["channel_kind"] for p in data["people"]["customer_records"] for i in p["identities"]
    }
    assert identities == {"email", "community"}
    bodies = [m["body"] for c in data["inbox"]["conversations"] for m in c["messages"]]
    assert "My zephyrine thermostat shows E14. Pat Quill, 4 Elm Road" in bodies
    [photo] = [name for name in data["files"] if name.endswith("wiring.jpg")]
    assert archive.read(photo) == b"JPEG-WIRING"


def test_an_export_of_someone_else_holds_nothing_of_this_member(story):
    _, robin, *_ = story

    document = privacy.export_json(privacy.Subject(user_id=robin.pk)).decode()

    assert "Robin Ash" in document
    assert "pat.quill@example.com" not in document
    assert "4 Elm Road" not in document


def test_after_erasure_nothing_of_the_member_is_left_in_any_row(
    story, django_capture_on_commit_callbacks
):
    pat, *_ = story
    photo = Attachment.objects.get().file.name

    with django_capture_on_commit_callbacks(execute=True):
        privacy.erase(privacy.Subject(user_id=pat.pk), actor_id=None, actor_name="operator",
                      requested_by="operator")  # fmt: skip

    rows = {
        model._meta.label: serializers.serialize("json", model.objects.all()).lower()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    left = {(t, label) for t in TRACES for label, text in rows.items() if t.lower() in text}
    assert left == set()
    assert not default_storage.exists(photo)


def test_after_erasure_search_pages_and_api_do_not_find_the_member(
    story, client, bearer, django_capture_on_commit_callbacks
):
    pat, robin, question, *_ = story

    with django_capture_on_commit_callbacks(execute=True):  # the thread's vector is re-made
        privacy.erase(privacy.Subject(user_id=pat.pk), actor_id=None, actor_name="operator",
                      requested_by="operator")  # fmt: skip

    hits = search(None, "zephyrine valve")
    assert all("zephyrine" not in f"{h.thread.title} {h.snippet}".lower() for h in hits)
    assert search(None, "zephyrine", semantic=lambda *a, **k: []) == []
    assert client.get("/u/patquill/").status_code == 404
    page = client.get(question.get_absolute_url(), follow=True).content.decode()
    assert "Deleted member" in page
    assert "Pat Quill" not in page and "zephyrine" not in page.lower()
    api = client.get(f"/api/v1/threads/{question.pk}", headers=bearer(robin)).content.decode()
    assert "patquill" not in api and "Pat Quill" not in api and "zephyrine" not in api.lower()
    assert not Person.objects.filter(email="pat.quill@example.com").exists()
    assert not User.objects.filter(email="pat.quill@example.com").exists()
    document = privacy.export_json(privacy.Subject(user_id=robin.pk)).decode().lower()
    assert "zephyrine" not in document  # Robin's export shows her thread without Pat's reply


def test_erasure_keeps_the_threads_whole_with_the_removed_text_noted(story):
    pat, _, question, robins, answer = story

    privacy.erase(privacy.Subject(user_id=pat.pk), actor_id=None, actor_name="operator",
                  requested_by="operator")  # fmt: skip

    question.refresh_from_db()
    assert question.author.name == "Deleted member"
    assert question.title == "Removed post"
    assert question.body == privacy.REMOVED_TEXT
    assert question.accepted_reply_id == answer.pk
    assert list(question.replies.values_list("body", flat=True)) == ["Bleed the radiators first."]
    robins.refresh_from_db()
    assert robins.upvote_count == 0
    assert [r.body for r in Reply.objects.filter(thread=robins)] == [privacy.REMOVED_TEXT]
    assert Conversation.objects.get(account__kind="email").subject == "Removed"


def test_under_the_keep_policy_posts_stay_as_by_a_deleted_member(story):
    pat, *_ = story
    question = Thread.objects.get(title__startswith="Zephyrine")

    privacy.erase(privacy.Subject(user_id=pat.pk), actor_id=None, actor_name="operator",
                  requested_by="operator", policy_name="keep")  # fmt: skip

    question.refresh_from_db()
    assert question.title == "Zephyrine valve squeaks at night"
    assert question.author.name == "Deleted member"
    assert not User.objects.filter(username="patquill").exists()
    assert not Attachment.objects.exists()


def test_erasure_is_recorded_with_who_and_when_and_nothing_of_the_person(story):
    pat, *_ = story
    admin = UserFactory(username="ada", role="admin")

    privacy.erase(
        privacy.Subject(user_id=pat.pk), actor_id=admin.pk, actor_name=admin.username,
        requested_by="staff", note="Request by e-mail, ticket 881",
    )  # fmt: skip

    record = ErasureRecord.objects.get()
    assert (record.actor, record.requested_by, record.policy) == (admin, "staff", "remove")
    assert record.subject.startswith(f"user {pat.pk}, person ")
    assert record.counts["community"]["threads"] == 1
    assert record.counts["inbox"]["attachments"] == 1
    text = json.dumps([record.subject, record.note, record.counts, record.actor_name])
    for trace in TRACES:
        assert trace.lower() not in text.lower()


def test_a_customer_without_an_account_is_erased_by_their_customer_record(story):
    customer = Person.objects.create(name="Sam Lee", email="sam@example.com")
    customer.identities.create(channel_kind="email", external_id="sam@example.com", name="Sam Lee")

    privacy.erase(privacy.Subject(person_ids=(customer.pk,)), actor_id=None,
                  actor_name="operator", requested_by="operator")  # fmt: skip

    assert not Person.objects.filter(name="Sam Lee").exists()
    assert User.objects.filter(username="patquill").exists()


def test_a_suspended_member_s_export_holds_the_reason_and_erasure_removes_it(story):
    from openline.accounts.models import Suspension

    pat, robin, *_ = story
    Suspension.objects.create(user=pat, reason="Zephyrine spam in three spaces", created_by=robin)

    data = json.loads(privacy.export_json(privacy.Subject(user_id=pat.pk)))
    assert [s["reason"] for s in data["account"]["suspensions"]] == [
        "Zephyrine spam in three spaces"
    ]
    assert "robin" not in json.dumps(data["account"]["suspensions"]).lower()
    privacy.erase(privacy.Subject(user_id=pat.pk), actor_id=None, actor_name="operator",
                  requested_by="operator")  # fmt: skip
    assert not Suspension.objects.filter(reason__icontains="zephyrine").exists()
