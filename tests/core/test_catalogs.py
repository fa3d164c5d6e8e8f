"""The German catalogs (issue 17): each app's locale/de/LC_MESSAGES/django.po is complete (no
empty or fuzzy translation, the same placeholders), its committed .mo is compiled from it, and
every string marked in the app's source is in it. `make messages` rebuilds both files."""

import ast
import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "openline"
CATALOGS = sorted(SRC.glob("*/locale/de/LC_MESSAGES/django.po"))
APPS = [po.parents[3].name for po in CATALOGS]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w*)\}")

Key = str | tuple[str, int]


def read_po(path: Path) -> list[dict]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr (a list), flags.
    Obsolete entries (#~) are left out, as msgfmt leaves them out."""
    entries = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8").strip()):
        entry: dict = {"msgctxt": None, "msgid_plural": None, "msgstr": [], "flags": set()}
        field = None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#"):
                continue
            elif match := re.match(
                r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (\".*\")$", line
            ):
                field = match.group(1)
                value = ast.literal_eval(match.group(2))
                if field.startswith("msgstr"):
                    entry["msgstr"].append(value)
                else:
                    entry[field] = value
            elif line.startswith('"') and field is not None:
                value = ast.literal_eval(line)
                if field.startswith("msgstr"):
                    entry["msgstr"][-1] += value
                else:
                    entry[field] += value
        if "msgid" in entry:
            entries.append(entry)
    return entries


def _key(entry: dict) -> str:
    msgid = entry["msgid"]
    return msgid if entry["msgctxt"] is None else f"{entry['msgctxt']}\x04{msgid}"


def expected_catalog(entries: list[dict]) -> dict[Key, str]:
    """What gettext reads from the .mo compiled from these entries."""
    catalog: dict[Key, str] = {}
    for entry in entries:
        if not entry["msgid"] or "fuzzy" in entry["flags"] or not all(entry["msgstr"]):
            continue
        if entry["msgid_plural"] is None:
            catalog[_key(entry)] = entry["msgstr"][0]
        else:
            for n, text in enumerate(entry["msgstr"]):
                catalog[(_key(entry), n)] = text
    return catalog


def test_every_app_of_issue_17_has_a_german_catalog():
    assert {
        "core",
        "web",
        "accounts",
        "community",
        "participation",
        "notifications",
        "people",
        "inbox",
        "guidance",
        "knowledge",
        "feedback",
        "insights",
        "channels",
    } <= set(APPS)


@pytest.mark.parametrize("po", CATALOGS, ids=APPS)
def test_the_committed_mo_is_compiled_from_the_po(po):
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run `make messages`"
    with mo.open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    catalog = {k: v for k, v in compiled._catalog.items() if k != ""}  # type: ignore[attr-defined]
    assert catalog == expected_catalog(read_po(po)), f"{mo} is stale: run `make messages`"


@pytest.mark.parametrize("po", CATALOGS, ids=APPS)
def test_every_msgid_has_a_german_translation_with_the_same_placeholders(po):
    problems = []
    for entry in read_po(po):
        if not entry["msgid"]:
            continue
        if "fuzzy" in entry["flags"] or not all(entry["msgstr"]) or not entry["msgstr"]:
            problems.append(f"untranslated or fuzzy: {entry['msgid']!r}")
            continue
        wanted = set(PLACEHOLDER.findall(entry["msgid"] + (entry["msgid_plural"] or "")))
        for text in entry["msgstr"]:
            # A singular may leave the count out ("ein Thema"); every other name must stay.
            if not set(PLACEHOLDER.findall(text)) <= wanted or (
                {p for p in wanted if p not in {("count", ""), ("num", "")}}
                - set(PLACEHOLDER.findall(text))
            ):
                problems.append(f"placeholders differ: {entry['msgid']!r} → {text!r}")
    assert problems == []


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed"
)
@pytest.mark.parametrize("app", APPS)
def test_every_string_marked_in_the_source_is_in_the_catalog(app, tmp_path):
    """makemessages on a copy of the app: nothing it finds may be missing from the committed
    catalog (someone marked a string and did not run `make messages`)."""
    copy = tmp_path / app
    shutil.copytree(SRC / app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static"))
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(
        # -P: the copy holds a selectors.py, which must not shadow the standard library one
        [sys.executable, "-P", "-m", "django", "makemessages", "-l", "de", "-e", "html,txt,py",
         "--no-obsolete", "-i", "migrations"],
        cwd=copy, env=env, check=True, capture_output=True,
    )  # fmt: skip
    fresh = {_key(e) for e in read_po(copy / "locale/de/LC_MESSAGES/django.po") if e["msgid"]}
    committed = set(expected_catalog(read_po(SRC / app / "locale/de/LC_MESSAGES/django.po")))
    committed |= {key[0] for key in committed if isinstance(key, tuple)}
    assert sorted(fresh - committed) == [], "marked but not translated: run `make messages`"


def test_a_message_reads_the_same_in_german_whichever_app_translates_it():
    """Django merges the apps' catalogs and the first app in INSTALLED_APPS wins: "Asked by"
    read "Verlangt von" (the people app's erasure log) in the champion queue. The same English
    with another meaning takes a context of its own (`pgettext`)."""
    translations: dict[tuple[str | None, str], dict[str, list[str]]] = {}
    for po, app in zip(CATALOGS, APPS, strict=True):
        for entry in read_po(po):
            if entry["msgid"] and entry["msgid_plural"] is None and all(entry["msgstr"]):
                key = (entry["msgctxt"], entry["msgid"])
                translations.setdefault(key, {}).setdefault(entry["msgstr"][0], []).append(app)
    assert {key: ways for key, ways in translations.items() if len(ways) > 1} == {}


# Openline's German for a message Django's admin also translates, where the admin's is a fair
# German for every Openline use too: the admin's wins (it comes first in INSTALLED_APPS).
ADMINS_GERMAN_SERVES = {
    "Search": "Suchen",  # Openline "Suche"; both read right on a heading, "Suchen" on a button
    "Filter": "Filter",  # Openline "Filtern"; the inbox's button reads the noun as well
}


def test_openlines_german_is_not_replaced_by_the_admins():
    """Django's contrib apps come before Openline's in INSTALLED_APPS and their catalogs win: a
    thread's "Save" read "Sichern" and every change log's "History" read "Geschichte". A message
    whose German Openline wants kept takes a context of its own (`pgettext`)."""
    from django.conf import settings

    contrib = Path(__import__("django").__file__).parent / "contrib"
    admins: dict[Key, str] = {}
    for app in reversed(settings.INSTALLED_APPS):  # the first app's German last: it wins
        po = contrib / app.removeprefix("django.contrib.") / "locale/de/LC_MESSAGES/django.po"
        if app.startswith("django.contrib.") and po.exists():
            admins |= expected_catalog(read_po(po))
    replaced = {
        msgid: (ours, admins[msgid])
        for po in CATALOGS
        for msgid, ours in expected_catalog(read_po(po)).items()
        if admins.get(msgid, ours) != ours
    }

    assert {msgid: ours for msgid, (ours, _) in replaced.items()
            if msgid not in ADMINS_GERMAN_SERVES} == {}  # fmt: skip
    assert {msgid: theirs for msgid, (_, theirs) in replaced.items()
            if msgid in ADMINS_GERMAN_SERVES} == ADMINS_GERMAN_SERVES  # fmt: skip
