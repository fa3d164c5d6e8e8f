"""The nearest stored vectors to a query vector: exact search over an in-process matrix.

Each process keeps, per kind, a float32 matrix of the stored vectors of the current model,
loaded from `Embedding` rows on first use. Before each search it reads two counters in one
query (about 0.1 ms): the sequence counter moves when vectors are written, and then only rows
with a higher id than the last one loaded are read; the reset counter moves when vectors are
removed, and then the matrix is reloaded. So a thread embedded by the worker is found by every
web process on its next search, without timers.

Up to `PREFILTER_FROM` vectors the search is exact: one matrix-vector product. Past that, reading
the whole float32 matrix per query is what costs (146 MB at 100,000 vectors: memory-bound), so
a first pass compares the signs of the coordinates only (48 bytes a vector, Hamming distance by
XOR and popcount) and keeps the `candidates(k)` closest, which are then scored exactly. On
MiniLM vectors of 3,422 texts about 20 companies, 20 candidates per wanted result keep 99.8 % of
the exact top 10 (`bench/index_prefilter_eval.py`); the scores returned are always exact.
"""

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.db import connection

from openline.core.models import Counter

from .actions import reset_counter, sequence_counter
from .embedders import DIMS, get_embedder
from .models import Embedding, decode

_COUNTERS_SQL = f"SELECT name, value FROM {Counter._meta.db_table} WHERE name IN (%s, %s)"  # noqa: S608
_ROWS_SQL = (
    f"SELECT id, object_id, vector FROM {Embedding._meta.db_table} "  # noqa: S608 - table name
    "WHERE kind = %s AND model_id = %s AND id > %s ORDER BY id"
)


LOAD_CHUNK = 20_000
PREFILTER_FROM = 20_000  # below this many vectors the exact product is cheap enough
_WORDS = -(-DIMS // 64)  # 64-bit words holding one vector's signs


def candidates(k: int) -> int:
    """How many vectors the sign pass keeps for k wanted results."""
    return max(20 * k, 1000)


def signs(vectors: np.ndarray) -> np.ndarray:
    """(n, _WORDS) uint64: bit i set where coordinate i is positive."""
    packed = np.packbits(vectors > 0, axis=1)
    padded = np.zeros((len(vectors), _WORDS * 8), dtype=np.uint8)
    padded[:, : packed.shape[1]] = packed
    return padded.view(np.uint64)


@dataclass
class _Matrix:
    """Rows [0, size) of `vectors` hold the vectors of `object_ids[:size]`."""

    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, DIMS), dtype=np.float32))
    object_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    size: int = 0
    signs: np.ndarray = field(default_factory=lambda: np.zeros((0, _WORDS), dtype=np.uint64))


class VectorIndex:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._lock = threading.Lock()
        self._matrix = _Matrix()
        self._rows: dict[int, int] = {}  # object id → row
        self._last_id = 0
        self._seen: tuple[int, int] | None = None
        self._model_id = ""

    def _counters(self) -> tuple[int, int]:
        names = (sequence_counter(self.kind), reset_counter(self.kind))
        with connection.cursor() as cursor:
            cursor.execute(_COUNTERS_SQL, list(names))
            values = dict(cursor.fetchall())
        return values.get(names[0], 0), values.get(names[1], 0)

    def refresh(self) -> None:
        seen = self._counters()
        model_id = get_embedder().model_id
        if seen == self._seen and model_id == self._model_id:
            return
        with self._lock:
            if self._seen is not None and (seen[1] != self._seen[1] or model_id != self._model_id):
                self._matrix, self._rows, self._last_id = _Matrix(), {}, 0
            if self._last_id == 0:  # a first load: room for every row at once
                count = Embedding.objects.filter(kind=self.kind, model_id=model_id).count()
                self._matrix = _Matrix(
                    np.zeros((count, DIMS), np.float32),
                    np.zeros(count, np.int64),
                    0,
                    np.zeros((count, _WORDS), np.uint64),
                )
            with connection.cursor() as cursor:
                cursor.execute(_ROWS_SQL, [self.kind, model_id, self._last_id])
                while rows := cursor.fetchmany(LOAD_CHUNK):
                    self._add_rows(rows)
            self._seen, self._model_id = seen, model_id

    def _add_rows(self, rows: list[tuple[Any, ...]]) -> None:
        new = decode([r[2] for r in rows], DIMS)
        m = self._matrix
        vectors, object_ids, size, bits = m.vectors, m.object_ids, m.size, m.signs
        positions = np.empty(len(rows), dtype=np.int64)
        for n, (_, object_id, _) in enumerate(rows):
            row = self._rows.get(object_id)
            if row is None:
                row = self._rows[object_id] = size
                size += 1
            positions[n] = row
        if size > len(vectors):  # a quarter more room than needed: appends stay cheap
            capacity = size if m.size == 0 else size + size // 4
            grown = np.zeros((capacity, DIMS), dtype=np.float32)
            grown[: m.size] = vectors[: m.size]
            grown_ids = np.zeros(capacity, dtype=np.int64)
            grown_ids[: m.size] = object_ids[: m.size]
            grown_bits = np.zeros((capacity, _WORDS), dtype=np.uint64)
            grown_bits[: m.size] = bits[: m.size]
            vectors, object_ids, bits = grown, grown_ids, grown_bits
        vectors[positions] = new
        object_ids[positions] = [r[1] for r in rows]
        bits[positions] = signs(new)
        self._matrix = _Matrix(vectors, object_ids, size, bits)
        self._last_id = rows[-1][0]

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(object id, cosine) of the k nearest vectors, nearest first."""
        self.refresh()
        m = self._matrix
        if m.size == 0 or k <= 0:
            return []
        query = query.astype(np.float32)
        k = min(k, m.size)
        rows = np.arange(m.size)
        if m.size >= PREFILTER_FROM and candidates(k) < m.size:
            distances = np.bitwise_count(m.signs[: m.size] ^ signs(query[None])[0])
            hamming = distances.sum(axis=1, dtype=np.uint16)
            rows = np.argpartition(hamming, candidates(k) - 1)[: candidates(k)]
        scores = m.vectors[rows] @ query if len(rows) < m.size else m.vectors[: m.size] @ query
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(m.object_ids[rows[i]]), float(scores[i])) for i in top]

    def __len__(self) -> int:
        return self._matrix.size


_indexes: dict[str, VectorIndex] = {}
_indexes_lock = threading.Lock()


def index_for(kind: str) -> VectorIndex:
    with _indexes_lock:
        if kind not in _indexes:
            _indexes[kind] = VectorIndex(kind)
        return _indexes[kind]


def nearest(kind: str, query: np.ndarray, k: int) -> list[tuple[int, float]]:
    return index_for(kind).search(query, k)


def size(kind: str) -> int:
    """How many vectors of `kind` a search compares with (the index brought up to date first):
    with none, a caller can skip embedding its query."""
    found = index_for(kind)
    found.refresh()
    return len(found)


def forget_all() -> None:
    """Drops every process-local matrix (tests start from an empty database each time)."""
    with _indexes_lock:
        _indexes.clear()
