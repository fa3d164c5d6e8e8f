"""Stored readings of texts (intent, sentiment, language) for objects of other apps.

Apps register a `LabelSource` (kind → texts by id); `label_objects` reads the texts with
`voice.analyse` — the same code as `POST /api/v1/analyse` — and stores one `TextLabel` per
object, skipping those whose text and model are unchanged. People's corrections are kept
across re-readings."""

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .cleaning import clean_message
from .detect import detect_language
from .models import TextLabel
from .voice import INTENTS, SENTIMENTS, active_heads, analyse


def model_id() -> str:
    """The heads in use: a text read by other heads (a retrain) is read again."""
    return f"voice-{active_heads()[1][:12]}"


@dataclass(frozen=True)
class LabelSource:
    kind: str
    texts: Callable[[list[int]], dict[int, str]]


_sources: dict[str, LabelSource] = {}


def register(source: LabelSource) -> None:
    _sources[source.kind] = source


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def label_objects(kind: str, object_ids: Iterable[int]) -> list[int]:
    """Reads and stores the labels of these objects; returns the ids labelled (or re-labelled)
    now. Unknown ids are skipped."""
    texts = _sources[kind].texts(list(object_ids))
    model = model_id()
    current = {
        row.object_id: row for row in TextLabel.objects.filter(kind=kind, object_id__in=texts)
    }
    todo = {
        pk: text
        for pk, text in texts.items()
        if pk not in current
        or current[pk].text_hash != _hash(text)
        or current[pk].model_id != model
    }
    if not todo:
        return []
    ids = list(todo)
    results = analyse([todo[pk] for pk in ids])
    now = timezone.now()
    with transaction.atomic():
        for pk, result in zip(ids, results, strict=True):
            TextLabel.objects.update_or_create(
                kind=kind,
                object_id=pk,
                defaults={
                    "intent": result.intent,
                    "intent_confidence": round(result.intent_confidence, 4),
                    "sentiment": result.sentiment.label,
                    "sentiment_score": round(result.sentiment.score, 4),
                    "language": detect_language(clean_message(todo[pk])),
                    "model_id": model,
                    "text_hash": _hash(todo[pk]),
                    "created_at": now,
                    "changed_at": now,
                },
            )
    return ids


def correct(
    user: AbstractBaseUser,
    label: TextLabel,
    *,
    intent: str | None = None,
    sentiment: str | None = None,
) -> TextLabel:
    """A person's reading, kept beside the model's (empty string takes a correction back)."""
    if intent is not None and intent and intent not in INTENTS:
        raise ValidationError({"intent": f"Choose one of {', '.join(INTENTS)}."})
    if sentiment is not None and sentiment and sentiment not in SENTIMENTS:
        raise ValidationError({"sentiment": f"Choose one of {', '.join(SENTIMENTS)}."})
    if intent is not None:
        label.corrected_intent = "" if intent == label.intent else intent
    if sentiment is not None:
        label.corrected_sentiment = "" if sentiment == label.sentiment else sentiment
    corrected = bool(label.corrected_intent or label.corrected_sentiment)
    label.corrected_by_id = user.pk if corrected else None
    label.corrected_at = timezone.now() if corrected else None
    label.changed_at = timezone.now()
    label.save(
        update_fields=[
            "corrected_intent",
            "corrected_sentiment",
            "corrected_by",
            "corrected_at",
            "changed_at",
        ]
    )
    return label


def corrected_examples() -> list[dict[str, str]]:
    """The texts people corrected the intent of, with their intent: what a retrain from
    corrections adds to the corpus. Objects whose source no longer has them are skipped."""
    rows = TextLabel.objects.exclude(corrected_intent="").values_list(
        "kind", "object_id", "corrected_intent"
    )
    by_kind: dict[str, dict[int, str]] = {}
    for kind, object_id, intent in rows:
        by_kind.setdefault(kind, {})[object_id] = intent
    out = []
    for kind, intents in sorted(by_kind.items()):
        if kind not in _sources:
            continue
        texts = _sources[kind].texts(list(intents))
        out += [{"text": texts[pk], "intent": intents[pk]} for pk in sorted(texts)]
    return out
