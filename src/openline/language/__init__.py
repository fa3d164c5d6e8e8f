"""Text understanding, depending on core only: the packaged sentence-embedding model
(`embed`), the vectors stored per object (`Embedding`) and the in-process vector index that
finds the nearest ones. Higher layers say which texts to embed through `sources`."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def embed(texts: list[str]) -> "np.ndarray":
    """One L2-normalised float32 vector of 384 dimensions per text, by OPENLINE["EMBEDDER"]."""
    from .embedders import embed as _embed

    return _embed(texts)
