"""Background work of the language layer, run by `openline worker`."""

from django.tasks import task

from . import actions


@task()
def embed_objects(kind: str, object_ids: list[int]) -> int:
    """Embeds the current texts of these objects (a thread just posted or edited). Returns how
    many vectors were written."""
    return actions.embed_objects(kind, object_ids)
