"""Django's admin in German (session 20): every label an operator reads on a registered model's
change form and list (fields, readonly fields, inline columns, list columns, filters) is
translated. Django derives a field's label from its name ("created at", "is private"), in
English whatever the language: a field added without a marked `verbose_name` fails here."""

import datetime
import json
import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.db import models
from django.utils import timezone

from openline.accounts.models import User

# Labels that are the same word in German and English, so reading one on a German page is right.
SAME_IN_BOTH = {
    "Admin", "Avatar", "Champion", "Community", "ID", "Name", "Person", "Position", "Status",
    "Team", "Text", "Text (HTML)", "URL", "Version",
}  # fmt: skip

# The task queue's results are a dependency's model (django_tasks_db): its fields have no
# verbose names to translate. Its model name is translated (web/django_gaps.py).
NOT_OURS = {"django_tasks_database"}

MODEL_ADMINS = sorted(
    (model for model in admin.site._registry if model._meta.app_label not in NOT_OURS),
    key=lambda model: model._meta.label,
)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Labels(HTMLParser):
    """The texts an operator reads as labels: <label>s and <legend>s, fieldset and inline
    headings, help texts, a table's column headings (<thead> <th>), the filters' titles. Not
    the rows: they hold the objects' own words."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[str] = []
        self._open: list[tuple[str, list[str] | None]] = []  # each open tag, its text if read

    def _reads(self, tag: str, attrs: dict[str, str | None]) -> bool:
        classes = (attrs.get("class") or "").split()
        return (
            tag in {"label", "legend"}
            or (tag == "th" and any(open_tag == "thead" for open_tag, _ in self._open))
            or bool({"fieldset-heading", "inline-heading"} & set(classes))
            or (tag == "div" and "help" in classes)
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if title := dict(attrs).get("data-filter-title"):
            self.labels.append(title)
        if tag not in VOID:
            self._open.append((tag, [] if self._reads(tag, dict(attrs)) else None))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            open_tag, text = self._open.pop()
            if text is not None:
                words = " ".join(" ".join(text).split()).rstrip(":").strip()
                words = re.sub(r"^\d+ ", "", words)  # a sorted column's priority
                if words:
                    self.labels.append(words)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, text in self._open:
            if text is not None:
                text.append(data)


def labels_of(html: str) -> list[str]:
    parser = Labels()
    parser.feed(html)
    return parser.labels


def _value(field: models.Field, made: dict[type[models.Model], models.Model]) -> object:
    if field.is_relation:
        return one_of(field.related_model, made)  # type: ignore[arg-type]
    if field.choices:
        return field.choices[0][0]  # type: ignore[index]
    kinds: dict[type[models.Field], object] = {
        models.EmailField: "someone@example.com",
        models.URLField: "https://example.com/",
        models.DateTimeField: timezone.now(),
        models.DateField: datetime.date(2026, 12, 1),
        models.DurationField: datetime.timedelta(minutes=5),
        models.JSONField: {},
        models.BooleanField: False,
        models.IntegerField: 1,
        models.FloatField: 0.5,
        models.DecimalField: Decimal("25"),
        models.CharField: "x",
        models.TextField: "x",
        models.BinaryField: b"x",
        models.FileField: "x.txt",
    }
    return next(value for kind, value in kinds.items() if isinstance(field, kind))


# Rows whose check constraints the filler's plain values break: a goodwill limit is money or a
# unit, never both.
CONSTRAINED: dict[str, dict[str, object]] = {
    "guidance.GoodwillLimit": {"currency": "GBP", "unit": ""}
}


def one_of(model: type[models.Model], made: dict[type[models.Model], models.Model]):
    """One row of the model with its required fields filled: what its change form needs."""
    if model not in made:
        required = {
            field.name: _value(field, made)
            for field in model._meta.concrete_fields
            if not (field.primary_key and field.auto_created)
            and not field.generated
            and not field.null
            and not field.has_default()
            and not field.has_db_default()
        }
        required |= CONSTRAINED.get(model._meta.label, {})
        made[model] = model._default_manager.create(**required)
    return made[model]


def _pages(admin_client, obj: models.Model, language: str) -> list[str]:
    base = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/"
    pages = []
    for url in (base, f"{base}{obj.pk}/change/"):
        answer = admin_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert answer.status_code == 200, url
        pages.append(answer.text)
    return pages


@pytest.mark.parametrize("model", MODEL_ADMINS, ids=lambda model: model._meta.label)
def test_every_label_on_an_admin_page_reads_german(admin_client, admin_user, model):
    obj = one_of(model, {User: admin_user})
    english = [labels_of(page) for page in _pages(admin_client, obj, "en")]
    german = [labels_of(page) for page in _pages(admin_client, obj, "de")]

    assert [len(labels) for labels in german] == [len(labels) for labels in english]
    untranslated = [
        de
        for en_page, de_page in zip(english, german, strict=True)
        for en, de in zip(en_page, de_page, strict=True)
        if en == de and re.sub(r"^(By|Nach) ", "", de) not in SAME_IN_BOTH
    ]
    assert untranslated == []


def test_the_admins_scripts_speak_german_where_djangos_catalog_is_silent(admin_client):
    """Django 6.1's two-box chooser (a user's groups and permissions) read "Choose all
    Gruppen" on a German page: its messages are new and not in Django's German catalog."""
    script = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="de").text
    written = [json.dumps(text) for text in ("Alle %s auswählen", "Markierte %s entfernen")]
    assert [text for text in written if text not in script] == []
    assert json.dumps("Verfügbare %s") in script  # Django's own still served


FIELD_LABEL = re.compile(r'<label[^>]*\bfor="id_[^"]+"[^>]*>\s*([^<:]+?)\s*:?\s*</label>')


@pytest.mark.parametrize("model", MODEL_ADMINS, ids=lambda model: model._meta.label)
def test_every_field_label_of_an_english_change_form_begins_with_a_capital(
    admin_client, admin_user, model
):
    """As Django writes a model field's label ("Term", "Variants"): a label a form declares
    itself must not read "variants" beside them."""
    obj = one_of(model, {User: admin_user})
    change_page = _pages(admin_client, obj, "en")[1]
    lower = [label for label in FIELD_LABEL.findall(change_page) if label[:1].islower()]
    assert lower == []
