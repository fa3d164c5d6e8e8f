"""What a text is about: the nearest of a company's product areas by meaning.

An area is what the company configured (the feedback app gives each tag's name and the titles
of threads already carrying it); its reference is the mean of those texts' embeddings, the name
counted as much as all the examples together, so an area with no threads yet still has one.
A text goes to the area whose reference is nearest in cosine, if that is at least `MIN_SCORE`;
below it the text is "unassigned" (a thank-you, a shop's opening hours). Explicit signals
(a thread's tag) are the caller's to apply first: meaning is the fallback."""

from dataclasses import dataclass

import numpy as np

from .cleaning import clean_message

# Chosen on the dev half of bench/eval/product_areas.json (bench/README.md), never on its test half.
MIN_SCORE = 0.25


@dataclass(frozen=True)
class Area:
    key: str
    name: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assignment:
    area: str | None
    score: float


class AreaMatcher:
    def __init__(self, areas: list[Area], *, min_score: float = MIN_SCORE) -> None:
        from . import embed

        self.keys = [a.key for a in areas]
        self.min_score = min_score
        rows = []
        for area in areas:
            name = embed([area.name])[0]
            examples = embed(list(area.examples)) if area.examples else np.zeros((0, len(name)))
            reference = name + (examples.mean(axis=0) if len(examples) else 0)
            rows.append(reference / max(float(np.linalg.norm(reference)), 1e-12))
        self.references = (
            np.array(rows, dtype=np.float32) if rows else np.zeros((0, 1), dtype=np.float32)
        )

    def scores(self, texts: list[str]) -> np.ndarray:
        """(texts, areas) cosine similarities."""
        from . import embed

        if not texts or not self.keys:
            return np.zeros((len(texts), len(self.keys)), dtype=np.float32)
        vectors = embed([clean_message(t) or t for t in texts])
        similarities: np.ndarray = vectors @ self.references.T
        return similarities

    def assign(
        self, texts: list[str], *, among: list[set[str] | None] | None = None
    ) -> list[Assignment]:
        """The nearest area per text, or None below the minimum score. `among`, per text,
        narrows the candidates (the areas used in a thread's space); None or an empty set
        leaves them all."""
        similarities = self.scores(texts)
        out = []
        for i, row in enumerate(similarities):
            allowed = (among or [None] * len(texts))[i]
            candidates = [j for j, k in enumerate(self.keys) if not allowed or k in allowed]
            if not candidates:
                out.append(Assignment(None, 0.0))
                continue
            best = max(candidates, key=lambda j: row[j])
            score = round(float(row[best]), 4)
            out.append(Assignment(self.keys[best] if score >= self.min_score else None, score))
        return out
