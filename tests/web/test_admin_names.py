"""Django's admin in German beyond its labels (session 21): what names the objects themselves
(a row's link in a list, the breadcrumbs, the objects a delete takes with it), the models'
names, the permission chooser, and the stored codes (a channel, a reading's intent) an
operator reads. Before, a German operator read "Reply 5 to 3", "Vote by 7", "Delivery 6
(sent)", "Konten | invitation | Can add invitation" and "email"."""

import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils import translation

from openline.accounts.models import User
from openline.community.models import (
    Flag,
    Reply,
    Revision,
    StatusChange,
    Thread,
    ThreadKind,
    ThreadStatus,
    Vote,
)
from openline.guidance.models import AuditLog, PolicyRule, ReviewRequest
from openline.inbox.models import Conversation
from openline.knowledge.models import PublishedConversation
from openline.notifications.models import Follow
from openline.people.models import Badge

from .test_admin_labels import MODEL_ADMINS, one_of

OURS = sorted(
    (model for model in apps.get_models() if model.__module__.startswith("openline.")),
    key=lambda model: model._meta.label,
)

# Words a name may read the same in both languages: German uses them too ("in", "an"),
# abbreviations ("API", "SLA", the "E" of "E-Mail") and names of things ("Authenticator").
SAME_IN_BOTH = {
    "Admin", "Agent", "API", "an", "Authenticator", "Champion", "Community", "E", "in",
    "Person", "Problem", "SLA", "Super", "Webhook", "X",
}  # fmt: skip

WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def words(text: str) -> set[str]:
    return set(WORD.findall(text))


def own_words(obj: models.Model) -> set[str]:
    """What the row itself holds (its values, the names of the rows it points to), lower-cased:
    those stay as they are in every language."""
    held = []
    for field in obj._meta.concrete_fields:
        held.append(str(getattr(obj, field.attname)))
        if field.is_relation:
            held.append(str(getattr(obj, field.name)))
    return {word.lower() for word in words(" ".join(held))}


def english_left(english: str, german: str, own: set[str]) -> list[str]:
    """The words of the English text (its own values left out) that the German still reads."""
    return sorted(
        word
        for word in words(english) & words(german)
        if word.lower() not in own and word not in SAME_IN_BOTH
    )


def named(obj: models.Model, language: str) -> str:
    with translation.override(language):
        return str(obj)


@pytest.mark.parametrize("model", OURS, ids=lambda model: model._meta.label)
def test_every_models_name_reads_german(model):
    """The name a delete confirmation, the permission chooser and the admin's index read."""
    names = (model._meta.verbose_name, model._meta.verbose_name_plural)
    with translation.override("en"):
        english = [str(name) for name in names]
    with translation.override("de"):
        german = [str(name) for name in names]
    assert [en for en, de in zip(english, german, strict=True) if en == de] == []


@pytest.mark.parametrize("model", OURS, ids=lambda model: model._meta.label)
def test_an_objects_name_has_no_english_words_for_a_german_reader(admin_user, model):
    """Names and ids stay; the words around them ("Reply … to thread …", "(sent)") and the
    stored codes (a delivery's state) are the reader's."""
    obj = one_of(model, {User: admin_user})
    english, german = named(obj, "en"), named(obj, "de")
    assert english_left(english, german, own_words(obj)) == [], (english, german)


class Texts(HTMLParser):
    """The text inside an element with the given id or class, attributes left out."""

    def __init__(self, *, id_: str = "", class_: str = "", tag: str = "") -> None:
        super().__init__()
        self.id_, self.class_, self.tag = id_, class_, tag
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if self.depth:
            self.depth += tag not in {"br", "img", "input", "hr", "wbr", "meta", "link"}
        elif (
            (self.id_ and found.get("id") == self.id_)
            or (self.class_ and self.class_ in (found.get("class") or "").split())
            or (self.tag and tag == self.tag)
        ):
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def text_in(html: str, **where: str) -> str:
    parser = Texts(**where)
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@pytest.mark.parametrize("model", MODEL_ADMINS, ids=lambda model: model._meta.label)
def test_a_german_admins_list_and_breadcrumbs_read_no_english(admin_client, admin_user, model):
    """The rows of a change list (a row's name, its columns) and a change page's breadcrumbs."""
    obj = one_of(model, {User: admin_user})
    base = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/"
    read = {}
    for language in ("en", "de"):
        rows = admin_client.get(base, HTTP_ACCEPT_LANGUAGE=language).text
        change = admin_client.get(f"{base}{obj.pk}/change/", HTTP_ACCEPT_LANGUAGE=language).text
        read[language] = " ".join(
            [text_in(rows, tag="tbody"), text_in(change, class_="breadcrumbs")]
        )
    assert english_left(read["en"], read["de"], own_words(obj)) == [], read


def test_a_german_admins_delete_confirmation_names_every_object_in_german(admin_client, admin_user):
    made: dict[type[models.Model], models.Model] = {User: admin_user}
    thread = one_of(Thread, made)
    taken = [one_of(model, made) for model in (Reply, Revision, StatusChange, Vote, Flag)]
    url = f"/admin/community/thread/{thread.pk}/delete/"
    english = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="en").text
    german = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").text
    listed = {language: text_in(page, id_="content") for language, page in
              (("en", english), ("de", german))}  # fmt: skip
    own = set().union(*(own_words(obj) for obj in [thread, *taken]))

    assert f"Antwort {taken[0].pk} auf Thema {thread.pk}" in listed["de"]
    assert english_left(listed["en"], listed["de"], own) == []


def permission_options(admin_client, language: str) -> list[str]:
    page = admin_client.get("/admin/auth/group/add/", HTTP_ACCEPT_LANGUAGE=language).text
    select = page.split('id="id_permissions"')[1].split("</select>")[0]
    return [" ".join(option.split()) for option in re.findall(r">([^<]+)</option>", select)]


def test_a_german_admin_chooses_permissions_by_their_german_names(admin_client):
    """Django stores its permissions' names in English ("Can add invitation") and shows them
    so after the app and model names; the chooser names them in the reader's language."""
    english = permission_options(admin_client, "en")
    german = permission_options(admin_client, "de")

    assert "Accounts | invitation | Can add invitation" in english
    assert "Konten | Einladung | Darf Einladung hinzufügen" in german
    assert "Authentifizierung und Autorisierung | Gruppe | Darf Gruppe ändern" in german
    assert [option for option in german if "Can " in option] == []
    assert len(german) == len(english) > 100


def test_a_users_own_permissions_are_chosen_by_their_german_names(admin_client, admin_user):
    page = admin_client.get(
        f"/admin/accounts/user/{admin_user.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    ).text
    chooser = page.split('id="id_user_permissions"')[1].split("</select>")[0]
    assert "Konten | API-Token | Darf API-Token löschen" in chooser
    assert "Can " not in chooser


def visible(html: str) -> str:
    return text_in(html, tag="body")


def shows_code(page: str, code: str) -> bool:
    """The code as a word of the page's text (not inside an address or a longer name)."""
    return re.search(rf"(?<![\w.@/-]){re.escape(code)}(?![\w.@/-])", page) is not None


# (model, the stored code's field, a code, what a German operator reads instead)
LISTED = [
    (ReviewRequest, "channel", "email", "E-Mail"),
    (AuditLog, "channel", "email", "E-Mail"),
    (PolicyRule, "channel", "email", "E-Mail"),
    (PublishedConversation, "channel_kind", "email", "E-Mail"),
    (Follow, "about_type", "community.thread", "Thema"),
]
# A row's own page: those the admin shows and does not edit (decisions, audit records), and a
# badge's tier, chosen by its name.
SHOWN = [
    *(case for case in LISTED if case[0] in {ReviewRequest, AuditLog, PublishedConversation}),
    (Badge, "tier", "silver", "Silber"),
]


def stored(admin_user, model, field: str, code: str) -> models.Model:
    obj = one_of(model, {User: admin_user})
    model._default_manager.filter(pk=obj.pk).update(**{field: code})
    return obj


def admin_url(model) -> str:
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/"


@pytest.mark.parametrize(("model", "field", "code", "label"), LISTED,
                         ids=[f"{m._meta.label}.{f}" for m, f, *_ in LISTED])  # fmt: skip
def test_a_stored_code_reads_as_its_label_in_the_list_and_its_filter(
    admin_client, admin_user, model, field, code, label
):
    stored(admin_user, model, field, code)
    page = admin_client.get(admin_url(model), HTTP_ACCEPT_LANGUAGE="de").text
    column = text_in(page, tag="tbody")
    filters = text_in(page, id_="changelist-filter")
    assert (label in column, label in filters) == (True, True)
    assert (shows_code(column, code), shows_code(filters, code)) == (False, False)


@pytest.mark.parametrize(("model", "field", "code", "label"), SHOWN,
                         ids=[f"{m._meta.label}.{f}" for m, f, *_ in SHOWN])  # fmt: skip
def test_a_stored_code_reads_as_its_label_on_a_read_only_page(
    admin_client, admin_user, model, field, code, label
):
    obj = stored(admin_user, model, field, code)
    page = visible(
        admin_client.get(f"{admin_url(model)}{obj.pk}/change/", HTTP_ACCEPT_LANGUAGE="de").text
    )
    assert label in page
    assert not shows_code(page, code)


def test_a_conversations_reading_and_a_held_posts_reason_read_as_words(admin_client, admin_user):
    made: dict[type[models.Model], models.Model] = {User: admin_user}
    conversation = one_of(Conversation, made)
    Conversation.objects.filter(pk=conversation.pk).update(intent="complaint", sentiment="negative")
    thread = one_of(Thread, made)
    Thread.objects.filter(pk=thread.pk).update(held_reason="new_member:first_post")

    reading = visible(admin_client.get(
        f"/admin/inbox/conversation/{conversation.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    ).text)  # fmt: skip
    held = visible(admin_client.get(
        f"/admin/community/thread/{thread.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    ).text)  # fmt: skip

    assert "Beschwerde" in reading and "Negativ" in reading
    assert not re.search(r"\b(complaint|negative)\b", reading)
    assert "Der erste Beitrag eines neuen Mitglieds" in held
    assert "new_member" not in held


def test_the_event_deliveries_state_reads_german(admin_client, admin_user):
    from openline.hooks.models import EventDelivery

    one_of(EventDelivery, {User: admin_user})
    page = admin_client.get("/admin/hooks/eventdelivery/", HTTP_ACCEPT_LANGUAGE="de").text
    assert "Ausstehend" in visible(page) and "Pending" not in visible(page)


def test_an_ideas_status_on_the_product_feedback_page_reads_german(client, agent, space):
    from ..factories import ThreadFactory

    ThreadFactory(space=space, kind=ThreadKind.IDEA, title="Dark mode", status=ThreadStatus.PLANNED)
    client.force_login(agent)
    page = client.get("/staff/product-feedback/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    ideas = page.split('id="table-ideas"')[1].split("</table>")[0]
    assert "<td>Geplant</td>" in ideas and "planned" not in ideas


def test_the_review_queue_names_a_conversations_channel(client, moderator, agent):
    ReviewRequest.objects.create(author=agent, channel="email", text="x", conversation_id=7)
    client.force_login(moderator)
    page = client.get(reverse("guidance:reviews"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Unterhaltung #7 (E-Mail)" in page


@pytest.mark.parametrize(
    ("language", "header"), [("en", "Openline administration"), ("de", "Openline-Verwaltung")]
)
def test_the_admin_names_the_product_not_django_in_its_header_and_title(
    admin_client, language, header
):
    page = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language).text

    assert header in text_in(page, id_="site-name")
    assert re.search(rf"<title>[^<]*{header}[^<]*</title>", page)
    assert "Django" not in page
