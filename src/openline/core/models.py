from django.db import models


class Counter(models.Model):
    """A named number that only goes up, e.g. the generation of everything the community lists
    show. Read on hot paths with one primary-key lookup (see counters.py)."""

    name = models.CharField(max_length=40, primary_key=True)
    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name}={self.value}"


class WorkerHeartbeat(models.Model):
    """One row per `openline worker` process, touched every few seconds while it runs (see
    heartbeat.py): the staff header and `openline status` tell from it whether any worker is
    alive, and task bookkeeping tells from it whether a RUNNING task's worker is gone."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField()
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["seen_at"])]

    def __str__(self) -> str:
        return f"{self.worker_id} (seen {self.seen_at:%Y-%m-%d %H:%M:%S})"
