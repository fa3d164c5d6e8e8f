"""Reads: what is stored, what is missing."""

from dataclasses import dataclass

import numpy as np

from . import sources
from .actions import text_hash
from .embedders import DIMS, get_embedder
from .models import Embedding, decode


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


def stored_vectors(kind: str, object_ids: list[int]) -> tuple[list[int], np.ndarray]:
    """The stored vectors of the objects that have one: their ids, in the order the rows came,
    and a float32 matrix with one row per id."""
    rows = list(
        Embedding.objects.filter(kind=kind, object_id__in=object_ids).values_list(
            "object_id", "vector"
        )
    )
    return [pk for pk, _ in rows], decode([v for _, v in rows], DIMS)


def stored_vector(kind: str, object_id: int) -> np.ndarray | None:
    """One object's stored vector, or None when it has none yet."""
    ids, vectors = stored_vectors(kind, [object_id])
    return vectors[0] if ids else None
