"""Reads: what is stored, what is missing."""

from dataclasses import dataclass

from . import sources
from .actions import text_hash
from .embedders import get_embedder
from .models import Embedding


@dataclass
class EmbeddingStatus:
    model_id: str
    objects: int
    current: int
    missing: int


def embedding_status(kind: str) -> EmbeddingStatus:
    """Objects of the kind, and how many have a vector of the current model for their current
    text (each text is read and hashed: an operator's command, not a page)."""
    source = sources.get(kind)
    model_id = get_embedder().model_id
    ids = list(source.all_ids())
    stored = dict(
        Embedding.objects.filter(kind=kind, model_id=model_id).values_list("object_id", "text_hash")
    )
    current = 0
    for start in range(0, len(ids), 1000):
        texts = source.texts(ids[start : start + 1000])
        current += sum(1 for i, text in texts.items() if stored.get(i) == text_hash(text))
    return EmbeddingStatus(model_id, len(ids), current, len(ids) - current)


def orphaned_object_ids(kind: str, existing: set[int]) -> list[int]:
    stored = Embedding.objects.filter(kind=kind).values_list("object_id", flat=True)
    return [i for i in stored if i not in existing]
