"""Background work of the knowledge layer, run by `openline worker`."""

from django.tasks import task

from openline.community import events

from . import duplicates


@task()
def check_new_thread(thread_id: int) -> bool:
    """Embeds a thread just posted and flags it to triage when it very likely duplicates an
    earlier one. Returns whether it was flagged."""
    return duplicates.check_new_thread(thread_id) is not None


def _on_thread_created(thread_id: int) -> None:
    check_new_thread.enqueue(thread_id)


def install() -> None:
    events.listen(events.THREAD_CREATED, _on_thread_created)
