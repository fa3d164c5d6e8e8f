"""The inbox's part of privacy requests (core.privacy): a customer's conversations, what they
wrote and what was answered to them, with their attachments (internal notes stay internal).
On erasure their attachments and the channels' raw metadata (addresses, headers) always go;
under the "remove" policy so do the text of their messages and their conversations' subjects.
Agents' replies stay, as staff wrote them."""

from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from django.core.files.storage import Storage
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from openline.core import privacy
from openline.core.files import safe_filename
from openline.core.markdown import render_markdown
from openline.core.privacy import Export, File, Subject

from .models import Attachment, Conversation, Message, MessageKind

REMOVED_SUBJECT = "Removed"


def _theirs(subject: Subject) -> Q:
    """Messages the subject wrote: from their identities on channels, or as an account."""
    mine = Q(identity__person_id__in=subject.person_ids, kind=MessageKind.INBOUND)
    return mine | Q(author_id=subject.user_id) if subject.user_id else mine


def _reader(attachment: Attachment) -> File:
    def read() -> bytes:
        with attachment.file.open("rb") as handle:
            return bytes(handle.read())

    stored = PurePosixPath(attachment.file.name or "attachment").name
    name = safe_filename(attachment.filename, default=stored)
    return File(f"attachments/{attachment.pk}-{name}", read)


def _export(subject: Subject) -> Export:
    conversations = (
        Conversation.objects.filter(
            Q(customer_id__in=subject.person_ids)
            | Q(messages__in=Message.objects.filter(_theirs(subject)))
        )
        .distinct()
        .select_related("account")
        .order_by("pk")
    )
    files: list[File] = []
    data: list[dict[str, Any]] = []
    for conversation in conversations:
        messages = []
        for message in (
            conversation.messages.exclude(kind=MessageKind.NOTE)
            .prefetch_related("attachments")
            .order_by("created_at", "pk")
        ):
            attached = [_reader(a) for a in message.attachments.all()]
            files += attached
            messages.append({
                "kind": message.kind,
                "created_at": message.created_at,
                "body": message.body,
                "url": message.url,
                "attachments": [f.name for f in attached],
            })  # fmt: skip
        data.append({
            "id": conversation.pk,
            "channel": conversation.account.name,
            "subject": conversation.subject,
            "status": conversation.status,
            "created_at": conversation.created_at,
            "messages": messages,
        })  # fmt: skip
    return Export({"conversations": data}, files)


def _deleter(storage: Storage, name: str) -> Callable[[], None]:
    return lambda: storage.delete(name)


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    theirs = Message.objects.filter(_theirs(subject))
    attachments = list(Attachment.objects.filter(message__in=theirs))
    for attachment in attachments:
        if attachment.file.name:
            transaction.on_commit(_deleter(attachment.file.storage, attachment.file.name))
    Attachment.objects.filter(pk__in=[a.pk for a in attachments]).delete()
    fields: dict[str, Any] = {"raw": {}, "url": ""}
    conversations = 0
    if policy == privacy.REMOVE:
        fields |= {
            "body": privacy.REMOVED_TEXT,
            "body_html": render_markdown(f"*{privacy.REMOVED_TEXT}*"),
        }
        conversations = Conversation.objects.filter(customer_id__in=subject.person_ids).update(
            subject=REMOVED_SUBJECT
        )
    messages = theirs.update(**fields)
    if policy == privacy.REMOVE and subject.user_id:
        _drop_thread_slugs(subject.user_id)
    return {"messages": messages, "attachments": len(attachments), "conversations": conversations}


def _drop_thread_slugs(user_id: int) -> None:
    """Others' messages on the member's threads link to them with the title in the address:
    the short address (which redirects) instead."""
    on_their_threads = Message.objects.filter(conversation__thread__author_id=user_id)
    for message in on_their_threads.exclude(url="").select_related("conversation"):
        short = reverse("community:thread_short", args=[message.conversation.thread_id])
        fragment = message.url.partition("#")[2]
        message.url = f"{short}#{fragment}" if fragment else short
        message.save(update_fields=["url"])


def install() -> None:
    privacy.register(privacy.Part("inbox", _export, _erase))
