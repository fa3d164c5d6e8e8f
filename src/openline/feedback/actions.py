"""Reading customers' texts and keeping the readings: inbound inbox messages and customer
threads; a conversation shows the reading of its latest customer message. Agents correct a
reading in one click."""

from collections.abc import Iterator

from django.db.models import Count, OuterRef, Subquery
from django.http import Http404

from openline.accounts.models import User
from openline.community.models import Thread
from openline.core.markdown import plain_text
from openline.inbox import actions as inbox_actions
from openline.inbox.models import ChannelKind, Conversation, Message, MessageKind
from openline.inbox.permissions import check_use_inbox
from openline.inbox.selectors import access_conversation
from openline.language import labels
from openline.language.models import TextLabel

from . import areas

MESSAGE, THREAD = "message", "thread"
TEXT_CHARS = 4000


def message_texts(ids: list[int]) -> dict[int, str]:
    rows = Message.objects.filter(pk__in=ids, kind=MessageKind.INBOUND).values_list("pk", "body")
    return {pk: body[:TEXT_CHARS] for pk, body in rows}


def thread_texts(ids: list[int]) -> dict[int, str]:
    rows = Thread.objects.filter(pk__in=ids).values_list("pk", "title", "body")
    return {pk: f"{title}\n\n{plain_text(body)}"[:TEXT_CHARS] for pk, title, body in rows}


def conversation_labels(conversation_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """(intent, sentiment, product area) of each conversation's latest labelled customer message."""
    latest = (
        Message.objects.filter(conversation=OuterRef("pk"), kind=MessageKind.INBOUND)
        .filter(pk__in=TextLabel.objects.filter(kind=MESSAGE).values("object_id"))
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    rows = Conversation.objects.filter(pk__in=conversation_ids).annotate(latest=Subquery(latest))
    latest_ids = {c.pk: c.latest for c in rows if c.latest is not None}
    found = {
        row.object_id: row
        for row in TextLabel.objects.filter(kind=MESSAGE, object_id__in=latest_ids.values())
    }
    return {
        conversation: (
            found[message].final_intent,
            found[message].final_sentiment,
            found[message].product_area,
        )
        for conversation, message in latest_ids.items()
        if message in found
    }


def read_messages(message_ids: list[int]) -> int:
    """Labels the messages and updates their conversations; returns how many were read."""
    done = labels.label_objects(MESSAGE, message_ids)
    place_messages(done)
    conversations = list(
        Message.objects.filter(pk__in=message_ids)
        .values_list("conversation_id", flat=True)
        .distinct()
    )
    inbox_actions.set_labels(conversation_labels(conversations))
    return len(done)


def read_thread(thread_id: int) -> int:
    done = labels.label_objects(THREAD, [thread_id])
    place_threads(done)
    return len(done)


def place_messages(message_ids: list[int]) -> None:
    """Product area, channel and time of writing beside the messages' labels."""
    if message_ids:
        origins, signals = areas.message_origins(message_ids)
        areas.store_places(MESSAGE, message_texts(message_ids), origins, signals)


def place_threads(thread_ids: list[int]) -> None:
    if thread_ids:
        written = dict(Thread.objects.filter(pk__in=thread_ids).values_list("pk", "created_at"))
        origins = {pk: (str(ChannelKind.COMMUNITY), at) for pk, at in written.items()}
        texts = thread_texts(thread_ids)
        areas.store_places(THREAD, texts, origins, areas.thread_signals(list(texts)))


PLACE_CHUNK = 256


def place_all(*, only_missing: bool = False) -> Iterator[tuple[str, int]]:
    """Places every stored label again (after tags change, or labels read before product
    areas existed), in chunks; yields (kind, how many) as it goes."""
    for kind, place in ((MESSAGE, place_messages), (THREAD, place_threads)):
        found = TextLabel.objects.filter(kind=kind)
        if only_missing:
            found = found.filter(written_at__isnull=True)
        ids = list(found.order_by("object_id").values_list("object_id", flat=True))
        for start in range(0, len(ids), PLACE_CHUNK):
            chunk = ids[start : start + PLACE_CHUNK]
            place(chunk)
            yield kind, len(chunk)


def correct_message_label(user: User, message_id: int, *, intent: str, sentiment: str) -> TextLabel:
    """An agent's reading of an inbound message; its conversation shows it if it is the
    latest. Staff only."""
    check_use_inbox(user)
    try:
        label = TextLabel.objects.get(kind=MESSAGE, object_id=message_id)
    except TextLabel.DoesNotExist:
        raise Http404("That message has not been read yet.") from None
    conversation_id = (
        Message.objects.filter(pk=message_id).values_list("conversation_id", flat=True).first()
    )
    if conversation_id is None:
        raise Http404("No such message.")
    access_conversation(user, conversation_id)
    label = labels.correct(user, label, intent=intent, sentiment=sentiment)
    inbox_actions.set_labels(conversation_labels([conversation_id]))
    return label


def correction_counts() -> dict[str, int]:
    """How many readings people corrected, by kind of text."""
    rows = (
        TextLabel.objects.filter(corrected_at__isnull=False)
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    return {kind: n for kind, n in rows}
