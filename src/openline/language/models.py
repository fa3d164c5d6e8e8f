from collections.abc import Sequence

import numpy as np
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How vectors are stored: `encode` and `decode` are the only places that know it.
STORED_DTYPE = np.float16


def encode(vectors: np.ndarray) -> list[bytes]:
    """One stored blob per row of `vectors`."""
    return [row.tobytes() for row in vectors.astype(STORED_DTYPE)]


def decode(blobs: Sequence[bytes | memoryview], dims: int) -> np.ndarray:
    """The float32 matrix (one row per blob) of stored vectors."""
    if not blobs:
        return np.zeros((0, dims), dtype=np.float32)
    stored = np.frombuffer(b"".join(bytes(b) for b in blobs), dtype=STORED_DTYPE)
    return stored.reshape(len(blobs), dims).astype(np.float32)


class Embedding(models.Model):
    """The vector of one object's text (a thread's title and opening, later an article…).

    Stored as float16 bytes (768 for MiniLM's 384 dimensions; the loss is below 1e-3 in cosine)
    with the id of the model that made it, so a model change is seen and re-embedded. A changed
    text is written as a new row (delete + insert): the index loads rows with a higher id than
    it has seen, so the id doubles as the change sequence."""

    kind = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    model_id = models.CharField(max_length=60)
    # First 16 hex digits of the SHA-256 of the embedded text: unchanged text is not re-embedded.
    text_hash = models.CharField(max_length=16)
    vector = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("text vector")
        verbose_name_plural = _("text vectors")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_embedding_per_object")
        ]
        indexes = [models.Index(fields=["kind", "id"], name="embedding_kind_sequence")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} ({self.model_id})"


class TextLabel(models.Model):
    """What one text wants and how its author feels (language.voice), stored for an object of
    any app by kind and id, like `Embedding`. A person's correction is kept beside the model's
    reading and wins where it is set; corrections are what `openline language train
    --from-corrections` learns from.

    The owning app also stores what the text is about and where it came from (the feedback
    app: its product area, by an explicit signal or by meaning, its channel and when it was
    written), so the product-feedback page and its exports read one table."""

    kind = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    intent = models.CharField(max_length=16)
    intent_confidence = models.FloatField()
    sentiment = models.CharField(max_length=10)
    sentiment_score = models.FloatField()
    language = models.CharField(max_length=8)
    model_id = models.CharField(max_length=40)
    text_hash = models.CharField(max_length=16)
    corrected_intent = models.CharField(max_length=16, blank=True)
    corrected_sentiment = models.CharField(max_length=10, blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    corrected_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Empty: unassigned (no explicit signal and nothing near enough in meaning).
    product_area = models.CharField(max_length=60, blank=True, default="")
    product_area_score = models.FloatField(null=True, blank=True)
    product_area_source = models.CharField(max_length=10, blank=True, default="")
    channel = models.CharField(max_length=20, blank=True, default="")
    # When the customer wrote it (created_at is when it was last read, a retrain re-reads).
    written_at = models.DateTimeField(null=True, blank=True)
    # When anything the product-feedback page counts last changed: read, re-read, corrected
    # (or the correction taken back), placed. Beside `written_at` in one index, so the page
    # finds the days changed since the rollups were written from the index alone.
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("text reading")
        verbose_name_plural = _("text readings")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_label_per_object")
        ]
        indexes = [
            models.Index(fields=["written_at", "changed_at"], name="textlabel_written_changed"),
            models.Index(fields=["product_area", "written_at"], name="textlabel_area_written"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.final_intent}, {self.final_sentiment}"

    @property
    def final_intent(self) -> str:
        return self.corrected_intent or self.intent

    @property
    def final_sentiment(self) -> str:
        return self.corrected_sentiment or self.sentiment
