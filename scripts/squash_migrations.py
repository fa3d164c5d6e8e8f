"""How the squashed migrations of session 27 were made (kept to redo or extend them).

    rm src/openline/*/migrations/0*_squashed_*.py
    PYTHONPATH=src SECRET_KEY=x DJANGO_SETTINGS_MODULE=config.settings.test \
        .venv/bin/python scripts/squash_migrations.py
    .venv/bin/ruff format src/openline/*/migrations/

Each part of an app's history (SEGMENTS) becomes one migration with `replaces`, its operations
worked out by Django's autodetector from the state before the part to the state after it, then:
columns put in the order the old migrations gave them (so the schema is the same, column order
included), runs of label-only AlterField merged into one AlterFieldLabels, and (for the first
parts) the objects the old data steps made outside Django's state added back (community's
search index, core's cache table). Check the result as docs/decisions.md, session 27,
ci-speed-v4, says: `makemigrations --check`, and the schema of a new database against one
made by the old migrations, on SQLite and PostgreSQL.
"""

# Django is set up before the imports that need an app registry.
# ruff: noqa: E402
from pathlib import Path

import django

django.setup()

from django.apps import apps as A
from django.db.migrations.autodetector import MigrationAutodetector
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.questioner import NonInteractiveMigrationQuestioner
from django.db.migrations.state import ProjectState
from django.db.migrations.writer import MigrationWriter

# Where an app's history must be cut: a migration of another app depends on the first part
# and the second part depends on it (notifications 0002 copies community's and inbox's old
# notifications before they are dropped; participation took insights' snapshot table).
# A part that does not start at 0001 runs on databases with rows: it holds no data step
# (RunPython) and nothing kept out of Django's state, so its operations can be worked out from
# the states alone; the migrations with such steps stay as they are.
SEGMENTS = {
    "community": [("0001", "0009"), ("0010", "0013"), ("0018", "0020")],
    "inbox": [("0001", "0006"), ("0007", "0015")],
    "notifications": [("0003", "0007")],
    "insights": [],
    "participation": [],
}

loader = MigrationLoader(None, ignore_no_migrations=True)
graph = loader.graph
final = loader.project_state()
ours = sorted(
    {k[0] for k, m in loader.disk_migrations.items() if m.__module__.startswith("openline")}
)


def chain(app):
    return [k for k in graph.forwards_plan(graph.leaf_nodes(app)[0]) if k[0] == app]


def app_state(app, upto):
    """Every app at its end, `app` as its migrations up to `upto` (None: before any) leave it."""
    state = ProjectState()
    for (label, _name), ms in final.models.items():
        if label != app:
            state.add_model(ms.clone())
    if upto is not None:
        at = loader.project_state((app, upto))
        for (label, _name), ms in at.models.items():
            if label == app:
                state.add_model(ms.clone())
    return state


# old node -> the squash that replaces it
segments = {}  # (app, squash name) -> list of old keys
replaced_by = {}
for app in ours:
    keys = chain(app)
    cuts = SEGMENTS.get(app, [(keys[0][1][:4], keys[-1][1][:4])])
    for first, last in cuts:
        part = [k for k in keys if first <= k[1][:4] <= last]
        if first != "0001":
            for k in part:
                for op in loader.disk_migrations[k].operations:
                    assert op.reduces_to_sql and not op.__class__.__name__.startswith("Separate"), (
                        k,
                        op,
                    )
        name = f"{part[0][1][:4]}_squashed_{part[-1][1]}"
        segments[(app, name)] = part
        for k in part:
            replaced_by[k] = (app, name)

from django.db import connection
from django.db.migrations.operations import AlterField

from openline.core.migration_operations import AlterFieldLabels

editor = connection.SchemaEditorClass(connection)


def label_runs(app, ops, before, after):
    """Runs of AlterField the database does not see become one AlterFieldLabels."""
    old_apps, new_apps = before.apps, after.apps
    out, run = [], []

    def flush():
        if len(run) > 1:
            out.append(AlterFieldLabels([(o.model_name, o.name, o.field) for o in run]))
        else:
            out.extend(run)
        run.clear()

    for op in ops:
        label_only = False
        if isinstance(op, AlterField) and op.preserve_default:
            old = old_apps.get_model(app, op.model_name)._meta.get_field(op.name)
            new = new_apps.get_model(app, op.model_name)._meta.get_field(op.name)
            label_only = not editor._field_should_be_altered(old, new)
        if label_only:
            run.append(op)
        else:
            flush()
            out.append(op)
    flush()
    return out


def order_fields(app, ops, state):
    """Columns in the order the old migrations gave them (the state's: each AddField appended),
    not the autodetector's (foreign keys split out, added fields by name). Returns new ops."""
    from django.db.migrations.operations import AddConstraint, AddField, AddIndex, CreateModel

    def pos(model, field):
        return list(state.models[(app, model)].fields).index(field)

    ops = list(ops)
    # A CreateModel's fields in state order.
    for op in ops:
        if isinstance(op, CreateModel):
            op.fields = sorted(op.fields, key=lambda f: pos(op.name_lower, f[0]))
    # The AddFields of a model take the slots they had, in state order.
    by_model = {}
    for i, op in enumerate(ops):
        if isinstance(op, AddField):
            by_model.setdefault(op.model_name_lower, []).append(i)
    for model, slots in by_model.items():
        fields = sorted((ops[i] for i in slots), key=lambda o: pos(model, o.name))
        for i, op in zip(slots, fields, strict=True):
            ops[i] = op
    # A field split out of its CreateModel (a foreign key to a model made later) came before
    # the fields the model got later: those leave the CreateModel and follow it as AddFields,
    # with the indexes and constraints that name them.
    out = []
    moved = {}
    for op in ops:
        if isinstance(op, CreateModel) and op.name_lower in by_model:
            first_added = min(pos(op.name_lower, ops[i].name) for i in by_model[op.name_lower])
            later = [f for f in op.fields if pos(op.name_lower, f[0]) > first_added]
            if later:
                names = {n for n, _ in later}
                op.fields = [f for f in op.fields if f[0] not in names]
                keep_i, move_i = [], []
                for index in op.options.get("indexes", []):
                    (move_i if refers(index, names) else keep_i).append(index)
                keep_c, move_c = [], []
                for c in op.options.get("constraints", []):
                    (move_c if refers(c, names) else keep_c).append(c)
                if "indexes" in op.options:
                    op.options["indexes"] = keep_i
                if "constraints" in op.options:
                    op.options["constraints"] = keep_c
                moved[op.name_lower] = (later, move_i, move_c)
        out.append(op)
        if isinstance(op, AddField) and op.model_name_lower in moved:
            later, move_i, move_c = moved[op.model_name_lower]
            rest = [
                f
                for f in later
                if pos(op.model_name_lower, f[0]) > pos(op.model_name_lower, op.name)
            ]
            later_added = [
                ops[i]
                for i in by_model[op.model_name_lower]
                if pos(op.model_name_lower, ops[i].name) > pos(op.model_name_lower, op.name)
            ]
            # the moved fields go right after the last AddField that precedes them in state order
            due = [
                f
                for f in rest
                if not any(
                    pos(op.model_name_lower, a.name) < pos(op.model_name_lower, f[0])
                    for a in later_added
                )
            ]
            for name, field in due:
                out.append(AddField(model_name=op.model_name_lower, name=name, field=field))
            if not later_added:
                out.extend(AddIndex(model_name=op.model_name_lower, index=i) for i in move_i)
                out.extend(
                    AddConstraint(model_name=op.model_name_lower, constraint=c) for c in move_c
                )
                del moved[op.model_name_lower]
    assert not moved, moved
    return out


def refers(thing, names):
    text = repr(thing.deconstruct())
    return any(f"'{n}'" in text or f"'-{n}'" in text or f"'{n}__" in text for n in names)


written = []
for (app, name), part in segments.items():
    keys = chain(app)
    i = keys.index(part[0])
    before = keys[i - 1][1] if i else None
    det = MigrationAutodetector(
        app_state(app, before), app_state(app, part[-1][1]), NonInteractiveMigrationQuestioner()
    )
    changes = det._detect_changes(convert_apps={app}, graph=None)
    migs = changes.get(app, [])
    assert len(migs) <= 1, (app, name, [m.name for m in migs])
    ops = migs[0].operations if migs else []
    ops = order_fields(app, ops, app_state(app, part[-1][1]))
    if before is not None:
        ops = label_runs(app, ops, app_state(app, before), app_state(app, part[-1][1]))
    # Dependencies: every dependency of a replaced migration outside the part, as the
    # migration graph would give the squash.
    deps = []
    for k in part:
        for d in loader.disk_migrations[k].dependencies:
            if d in part:
                continue
            d = tuple(d)
            if d[1] == "__first__" and d[0] in ours:
                d = replaced_by.get(chain(d[0])[0], chain(d[0])[0])
            d = replaced_by.get(d, d)
            if d[0] == app and d[1] == name:
                continue
            if d not in deps:
                deps.append(d)
    m = type("Migration", (django.db.migrations.Migration,), {})(name, app)
    m.replaces = list(part)
    m.initial = before is None
    m.dependencies = deps
    m.operations = ops
    print(app, name, "deps", deps, "ops", len(ops))
    path = Path(A.get_app_config(app).path) / "migrations" / f"{name}.py"
    path.write_text(MigrationWriter(m, include_header=False).as_string())


# --- the first parts' objects outside Django's state, and the files' docstrings ---------

root = Path("src/openline")

COMMUNITY_EXTRA = r'''
# The search index's objects outside Django's state (community/search.py) as 0006 left them:
# FTS5 table and triggers on SQLite, the stored vector and its GIN index on PostgreSQL (0002's
# first index is not made: 0006 replaced it). 0016 and 0017 change them further, as before.
SQLITE_FTS = """CREATE VIRTUAL TABLE community_search_fts USING fts5(
    {columns}, content='community_searchentry', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2')"""
SQLITE_TRIGGERS = [
    """CREATE TRIGGER community_search_ai AFTER INSERT ON community_searchentry BEGIN
        INSERT INTO community_search_fts(rowid, {columns}) VALUES ({new});
    END""",
    """CREATE TRIGGER community_search_ad AFTER DELETE ON community_searchentry BEGIN
        INSERT INTO community_search_fts(community_search_fts, rowid, {columns})
        VALUES ('delete', {old});
    END""",
    """CREATE TRIGGER community_search_au AFTER UPDATE ON community_searchentry BEGIN
        INSERT INTO community_search_fts(community_search_fts, rowid, {columns})
        VALUES ('delete', {old});
        INSERT INTO community_search_fts(rowid, {columns}) VALUES ({new});
    END""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS community_search_au",
    "DROP TRIGGER IF EXISTS community_search_ad",
    "DROP TRIGGER IF EXISTS community_search_ai",
    "DROP TABLE IF EXISTS community_search_fts",
]


def _sqlite(columns: list[str]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(["new.id", *(f"new.{c}" for c in columns)])
    old = ", ".join(["old.id", *(f"old.{c}" for c in columns)])
    return [
        *SQLITE_DROP,
        SQLITE_FTS.format(columns=names),
        *(t.format(columns=names, new=new, old=old) for t in SQLITE_TRIGGERS),
        "INSERT INTO community_search_fts(community_search_fts) VALUES ('rebuild')",
    ]


POSTGRES_UP = [
    "DROP INDEX IF EXISTS community_search_gin",
    # Stored, so that ranking and coverage read the vector instead of re-parsing every match.
    """ALTER TABLE community_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', body), 'B') ||
        setweight(to_tsvector('english', variants), 'C')) STORED""",
    "CREATE INDEX community_search_gin ON community_searchentry USING GIN (search_vector)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS community_search_gin",
    "ALTER TABLE community_searchentry DROP COLUMN IF EXISTS search_vector",
]


def search_index(apps, schema_editor):
    statements = {"sqlite": _sqlite(["title", "body", "variants"]), "postgresql": POSTGRES_UP}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def search_index_backward(apps, schema_editor):
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)
'''


def squash(app):
    [path] = (root / app / "migrations").glob("0001_squashed_*.py")  # the first part
    return path


def insert_before_class(text, block):
    return text.replace("\n\nclass Migration(", block + "\n\nclass Migration(", 1)


def append_operation(text, op):
    assert text.rstrip().endswith("]")
    body = text.rstrip()[:-1]
    return body + op + "\n    ]\n"


# accounts: the same dependency on auth as 0001_initial.
p = squash("accounts")
t = p.read_text().replace(
    "('auth', '__first__')", "('auth', '0012_alter_user_first_name_max_length')"
)
p.write_text(t)

# community: the search index's own objects, after every table.
p = squash("community")
t = p.read_text()
t = insert_before_class(t, COMMUNITY_EXTRA)
t = append_operation(t, "\n        migrations.RunPython(search_index, search_index_backward),")
p.write_text(t)

# core: the shared cache's table (0003).
p = squash("core")
t = p.read_text()
t = insert_before_class(
    t,
    '''

def create_cache_table(apps, schema_editor):
    """The shared cache's table (0003): `createcachetable` skips a table that exists."""
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)
''',
)
t = t.replace(
    "from django.db import migrations",
    "from django.core.management import call_command\nfrom django.db import migrations",
    1,
)
t = append_operation(
    t, "\n        migrations.RunPython(create_cache_table, migrations.RunPython.noop),"
)
p.write_text(t)

# Each file says what it is.
for p in sorted(root.glob("*/migrations/0*_squashed_*.py")):
    app = p.parts[-3]
    first, last = p.stem.split("_squashed_")
    if first == "0001":
        what = (
            f"the tables as {last} leaves them, made at once (their data steps have no rows\n"
            "to change on a new database)"
        )
    else:
        what = f"what {first}-{last[:4]} change, worked out from the states (no data steps in them)"
    doc = (
        f'"""{app} {first}-{last[:4]} squashed (session 27): {what}, so that a\n'
        "new database, and every test run, migrates in a fraction of the time. A database that\n"
        "has every replaced migration records this one as applied without running it; one that\n"
        'has some of them keeps running the old files (`replaces`)."""\n\n'
    )
    if not p.read_text().startswith('"""'):
        p.write_text(doc + p.read_text())
