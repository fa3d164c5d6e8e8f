from django.db import models


class Counter(models.Model):
    """A named number that only goes up, e.g. the generation of everything the community lists
    show. Read on hot paths with one primary-key lookup (see counters.py)."""

    name = models.CharField(max_length=40, primary_key=True)
    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name}={self.value}"
