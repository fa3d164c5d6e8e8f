"""Writes: store the vectors of objects' texts, remove them. Embedding runs here, so callers
are background tasks and commands, never a page's request."""

import hashlib
from collections.abc import Iterable

from django.db import transaction

from openline.core import counters

from . import sources
from .embedders import get_embedder
from .models import Embedding, encode

BATCH = 256


def sequence_counter(kind: str) -> str:
    return f"language.{kind}"


def reset_counter(kind: str) -> str:
    return f"language.{kind}.reset"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def store_embeddings(kind: str, texts: dict[int, str], *, force: bool = False) -> int:
    """Embeds and stores the texts whose vector is missing, stale or of another model.
    Returns how many were embedded."""
    embedder = get_embedder()
    hashes = {object_id: text_hash(text) for object_id, text in texts.items()}
    current = {
        (object_id, h)
        for object_id, h in Embedding.objects.filter(
            kind=kind, object_id__in=list(texts), model_id=embedder.model_id
        ).values_list("object_id", "text_hash")
    }
    todo = [i for i in texts if force or (i, hashes[i]) not in current]
    for start in range(0, len(todo), BATCH):
        chunk = todo[start : start + BATCH]
        blobs = encode(embedder.embed([texts[i] for i in chunk]))
        with transaction.atomic():
            # The counter first: its row lock makes writers take ids in commit order, so an
            # index that has read up to id n never misses a row below n committed later.
            counters.bump(sequence_counter(kind))
            # Delete + insert, not update: a new id is how the index sees the change.
            Embedding.objects.filter(kind=kind, object_id__in=chunk).delete()
            Embedding.objects.bulk_create(
                Embedding(
                    kind=kind,
                    object_id=object_id,
                    model_id=embedder.model_id,
                    text_hash=hashes[object_id],
                    vector=blob,
                )
                for object_id, blob in zip(chunk, blobs, strict=True)
            )
    return len(todo)


def remove_embeddings(kind: str, object_ids: Iterable[int]) -> int:
    with transaction.atomic():
        removed, _ = Embedding.objects.filter(kind=kind, object_id__in=list(object_ids)).delete()
        if removed:
            counters.bump(reset_counter(kind))
    return removed


def embed_objects(kind: str, object_ids: list[int], *, force: bool = False) -> int:
    """Brings the vectors of these objects up to date with their source's texts; objects the
    source no longer has lose theirs."""
    texts = sources.get(kind).texts(object_ids)
    gone = set(object_ids) - set(texts)
    if gone:
        remove_embeddings(kind, gone)
    return store_embeddings(kind, texts, force=force)
