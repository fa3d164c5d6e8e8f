from django.conf import settings
from django.db import models
from django.utils import timezone


class SuggestionChoice(models.Model):
    """Someone writing a question chose one of the similar questions shown to them. It is a
    deflection when they then post nothing (see selectors.deflection_figures)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey("community.Thread", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    score = models.FloatField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["-created_at"]),
            models.Index(fields=["user", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} chose {self.thread_id}"
