"""The writes of insights: the public service promise (its own rows). The rollups are written
by rollups.refresh, run by the worker; nothing of another app is ever written here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User

from .models import Promise, PublishedFigure
from .permissions import check_edit_promise

TEXT_MAX = 10_000


def save_promise(actor: User, *, text: str, notes: str, published: list[str]) -> Promise:
    """The operator's words and choice of figures; the page's cached copy changes with them."""
    check_edit_promise(actor)
    text, notes = (text or "").strip(), (notes or "").strip()
    if len(text) > TEXT_MAX or len(notes) > TEXT_MAX:
        raise ValidationError(f"Keep the promise and the notes under {TEXT_MAX:,} characters each.")
    unknown = set(published) - set(PublishedFigure.values)
    if unknown:
        raise ValidationError(_("Unknown figure: %(item)s.") % {"item": sorted(unknown)[0]})
    chosen = [figure for figure in PublishedFigure.values if figure in published]
    with transaction.atomic():
        promise = Promise.objects.select_for_update().order_by("pk").first()
        fields = {"text": text, "notes": notes, "published": chosen, "updated_at": timezone.now(),
                  "updated_by": actor}  # fmt: skip
        if promise is None:
            promise = Promise.objects.create(**fields)
        else:
            Promise.objects.filter(pk=promise.pk).update(**fields, version=F("version") + 1)
            promise.refresh_from_db()
    return promise
