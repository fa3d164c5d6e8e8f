"""Names for the rows Django makes for a many-to-many field (a thread's tags, a user's groups).

Django creates their model at import, names it in English from the two models' code names
("Thread-tag relationship") and gives its rows the default name ("Thread_tags object (704)"):
a German operator reads both in the admin's delete confirmations. `name_links` gives the
model a marked name and its rows one that says both ends in the reader's language ("Thema 3,
en dash, Schlagwort wifi").

Explicit `through` models would name them too, but Django's admin neither shows nor edits a
many-to-many field with its own through model (`formfield_for_manytomany` returns None, check
admin.E013): a thread's tags and a user's groups and permissions would leave their forms.
Django keeps the automatic model out of the migration state, so naming it changes no
migration.

A delete confirmation lists the rows and names each one's far end: the model's base manager
(which Django's deletion collector reads the rows with) fetches in `FETCH_PEERS` mode, so the
first row that names its far end loads the far ends of every row read with it, in one query a
related model rather than one a row."""

from collections.abc import Callable
from typing import Any, cast

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext
from django_stubs_ext import StrOrPromise


class _PeerRows(models.Manager[Any]):
    """The rows read together fetch their related objects together (Django's FETCH_PEERS)."""

    def get_queryset(self) -> models.QuerySet[Any]:
        return super().get_queryset().fetch_mode(models.FETCH_PEERS)


def name_links(
    field: Any,
    singular: StrOrPromise,
    plural: StrOrPromise,
    *,
    far_name: Callable[[Any], str] = str,
) -> None:
    """Name the automatic rows of `field` (a model's many-to-many attribute, `Thread.tags`):
    a row reads "<near model> <id>", an en dash, "<far model> <far_name(far object)>": the
    near end (the model that declares the field) by its id, the far one by its name."""
    through: type[models.Model] = field.through
    if not through._meta.auto_created:
        raise ValueError(f"{through._meta.label} is not Django's automatic model")
    many = field.field if hasattr(field, "field") else field
    near = cast(models.ForeignKey[Any, Any], through._meta.get_field(many.m2m_field_name()))
    far = cast(models.ForeignKey[Any, Any], through._meta.get_field(many.m2m_reverse_field_name()))

    def __str__(row: models.Model) -> str:
        return gettext("%(near_model)s %(near)s – %(far_model)s %(far)s") % {  # noqa: RUF001
            "near_model": capfirst(near.remote_field.model._meta.verbose_name),
            "near": getattr(row, near.attname),
            "far_model": capfirst(far.remote_field.model._meta.verbose_name),
            "far": far_name(getattr(row, far.name)),
        }

    rows = _PeerRows()
    rows.contribute_to_class(through, "_named_rows")
    through._meta.base_manager_name = "_named_rows"
    through._meta.verbose_name = singular
    through._meta.verbose_name_plural = plural
    through.__str__ = __str__  # type: ignore[assignment,method-assign]
