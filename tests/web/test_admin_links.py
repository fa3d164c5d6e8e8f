"""The rows Django makes for a many-to-many field (a thread's tags, an article's source threads,
a champion's areas, a user's groups and permissions, a group's permissions) as a delete
confirmation lists them. Before session 22 a German operator read "Thread-tag relationship:
Thread_tags object (704)"; now "Thema-Schlagwort-Verknüpfung: Thema 3 – Schlagwort wifi"."""  # noqa: RUF002

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.accounts.models import User
from openline.community.models import Tag, Thread
from openline.inbox.models import ChampionArea, ChampionOptIn
from openline.knowledge.models import Article

from .test_admin_labels import one_of
from .test_admin_names import english_left, own_words, text_in

pytestmark = pytest.mark.django_db
DASH = "\N{EN DASH}"


def listed(admin_client, url: str) -> dict[str, str]:
    """The delete confirmation's text in English and in German."""
    return {
        language: text_in(admin_client.get(url, HTTP_ACCEPT_LANGUAGE=language).text, id_="content")
        for language in ("en", "de")
    }


def test_a_threads_tags_and_article_sources_are_named_in_german(admin_client, admin_user):
    thread = one_of(Thread, {User: admin_user})
    tag = Tag.objects.create(slug="wifi", name="wifi")
    thread.tags.add(tag)
    article = Article.objects.create(
        question="Why?", slug="why", answer="x", answer_html="x",
        created_by=admin_user, updated_by=admin_user,
    )  # fmt: skip
    article.sources.add(thread)

    read = listed(admin_client, f"/admin/community/thread/{thread.pk}/delete/")

    assert f"Thema-Schlagwort-Verknüpfung: Thema {thread.pk} {DASH} Schlagwort wifi" in read["de"]
    assert (
        f"Artikel-Quellthema-Verknüpfung: Artikel {article.pk} {DASH} Thema {thread.title}"
        in (read["de"])
    )
    assert f"Thread-tag link: Thread {thread.pk} {DASH} Tag wifi" in read["en"]
    assert "object (" not in read["de"]
    own = own_words(thread) | own_words(tag) | own_words(article)
    assert english_left(read["en"], read["de"], own) == []


def test_a_users_groups_permissions_and_champion_areas_are_named_in_german(admin_client):
    user = User.objects.create_user("rike", password="x")
    group = Group.objects.create(name="Moderation")
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="add_invitation"))
    area = ChampionArea.objects.create(name="Router")
    ChampionOptIn.objects.create(user=user).areas.add(area)

    read = listed(admin_client, f"/admin/accounts/user/{user.pk}/delete/")

    assert (
        f"Benutzer-Gruppen-Verknüpfung: Benutzer {user.pk} {DASH} Gruppe Moderation" in read["de"]
    )
    assert (
        f"Benutzer-Berechtigungs-Verknüpfung: Benutzer {user.pk} {DASH} Berechtigung "
        "Konten | Einladung | Darf Einladung hinzufügen"
    ) in read["de"]
    assert "Champion-Bereichs-Verknüpfung: Champion-Teilnahme" in read["de"]
    assert "Champion-Bereich Router" in read["de"]
    assert "object (" not in read["de"]
    own = own_words(user) | {"moderation", "router"}
    assert english_left(read["en"], read["de"], own) == []


def test_a_groups_permissions_are_named_in_german(admin_client):
    group = Group.objects.create(name="Moderation")
    group.permissions.add(Permission.objects.get(codename="change_group"))

    read = listed(admin_client, f"/admin/auth/group/{group.pk}/delete/")

    assert (
        f"Gruppen-Berechtigungs-Verknüpfung: Gruppe {group.pk} {DASH} Berechtigung "
        "Authentifizierung und Autorisierung | Gruppe | Darf Gruppe ändern"
    ) in read["de"]
    assert english_left(read["en"], read["de"], {"moderation"}) == []


def test_naming_the_rows_changes_no_migration():
    """Django keeps its automatic models out of the migration state: no table is touched."""
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_the_named_rows_cost_the_same_queries_however_many_are_listed(admin_client, admin_user):
    """A row names its far end ("Schlagwort wifi", "Berechtigung Konten | ..."): the rows one
    delete confirmation lists load their far ends together, not one query a row."""
    user = User.objects.create_user("rike", password="x")
    thread = one_of(Thread, {User: admin_user})
    permissions = iter(Permission.objects.order_by("pk"))
    pages = (
        f"/admin/accounts/user/{user.pk}/delete/",
        f"/admin/community/thread/{thread.pk}/delete/",
    )

    def add_rows(count: int) -> None:
        for _ in range(count):
            thread.tags.add(Tag.objects.create(slug=f"t{Tag.objects.count()}", name="t"))
            user.groups.add(Group.objects.create(name=f"g{Group.objects.count()}"))
            user.user_permissions.add(next(permissions))

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            for page in pages:
                listed(admin_client, page)
        return len(captured)

    add_rows(1)
    queries()
    few = queries()
    add_rows(4)

    assert queries() == few
    read = [listed(admin_client, page)["de"] for page in pages]
    assert read[0].count("Benutzer-Berechtigungs-Verknüpfung: Benutzer") == 5
    assert read[1].count("Thema-Schlagwort-Verknüpfung: Thema") == 5
