"""Background reading, run by `openline worker`."""

from django.tasks import task

from . import actions


@task()
def read_messages(message_ids: list[int]) -> int:
    return actions.read_messages(message_ids)


@task()
def read_thread(thread_id: int) -> int:
    return actions.read_thread(thread_id)
