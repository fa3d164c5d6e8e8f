"""POST /hooks/<id>/ with a JSON array: a batch of messages stored all together, or none."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.inbox.ingestion import BATCH_MAX
from openline.inbox.models import Conversation, Message
from openline.people.models import Identity

from .sources import batch, message, post


def test_a_batch_of_messages_becomes_conversations_and_answers_each_message(client, shop):
    account, secret = shop
    response = post(client, account, batch(6), secret=secret)
    assert response.status_code == 202
    results = response.json()["messages"]
    stored = {m.external_id: m for m in Message.objects.all()}
    assert [r["id"] for r in results] == [f"b-{i}" for i in range(6)]
    assert results[3] == {
        "id": "b-3",
        "status": "stored",
        "conversation_id": stored["b-3"].conversation_id,
        "message_id": stored["b-3"].pk,
        "created": True,
    }
    assert Conversation.objects.count() == 3
    assert stored["b-1"].conversation_id == stored["b-0"].conversation_id


def test_a_replayed_batch_stores_nothing_new_and_answers_the_same_ids(client, shop):
    account, secret = shop
    first = post(client, account, batch(4), secret=secret).json()["messages"]
    again = post(client, account, batch(4), secret=secret, webhook_id="wh-2").json()["messages"]
    assert [r["message_id"] for r in again] == [r["message_id"] for r in first]
    assert [r["created"] for r in again] == [False] * 4
    assert Message.objects.count() == 4


def test_a_batch_repeating_a_message_stores_it_once(client, shop):
    account, secret = shop
    repeated = [message(id="same"), message(id="same", text="A second copy")]
    results = post(client, account, repeated, secret=secret).json()["messages"]
    assert [r["created"] for r in results] == [True, False]
    assert results[0]["message_id"] == results[1]["message_id"]
    assert Message.objects.get().body == "My **T2** shows E14 again."


def test_one_invalid_message_refuses_the_whole_batch_and_names_it(client, shop):
    account, secret = shop
    messages = batch(4)
    del messages[2]["author"]
    response = post(client, account, messages, secret=secret)
    assert response.status_code == 400
    assert response.json()["errors"] == {"messages[2].author": ["Field required"]}
    assert response.json()["detail"].startswith("Nothing was stored: 1 message(s)")
    assert not Message.objects.exists()
    assert not Identity.objects.exists()


def test_a_batch_over_the_limit_is_refused(client, shop):
    account, secret = shop
    small = [{"id": str(i), "author": {"id": "u"}, "text": "x"} for i in range(BATCH_MAX + 1)]
    response = post(client, account, small, secret=secret)
    assert response.status_code == 400
    assert response.json()["detail"] == "A batch is an array of 1 to 1,000 message objects."
    assert not Message.objects.exists()


def test_a_batch_reads_the_database_a_fixed_number_of_times_whatever_its_size(client, shop):
    account, secret = shop
    post(client, account, batch(10, "warm"), secret=secret)  # the authors are known now
    counts = []
    for size, prefix in ((10, "small"), (100, "large")):
        with CaptureQueriesContext(connection) as queries:
            post(client, account, batch(size, prefix), secret=secret, webhook_id=prefix)
        reads = [q for q in queries.captured_queries if q["sql"].startswith("SELECT")]
        counts.append(len(reads))
    assert counts[0] == counts[1]


def test_a_batch_answering_a_message_of_an_earlier_webhook_joins_its_conversation(client, shop):
    account, secret = shop
    post(client, account, message(id="root"), secret=secret)
    follow_up = [message(id="late", in_reply_to="root", text=json.dumps({"any": "text"}))]
    post(client, account, follow_up, secret=secret, webhook_id="wh-2")
    assert Conversation.objects.count() == 1
    assert Message.objects.get(external_id="late").conversation.external_id == "root"
