"""Migration operations of our own (used by the squashed migrations).

`AlterFieldLabels` is a run of `AlterField` operations that change only what the database does
not see (verbose names, help texts, choices). Django re-renders the models that relate to a
field after each `AlterField` on a relation, which made the label migrations the slowest part of
migrating a new database (community 0019 alone, 68 fields, ~5 s of CPU); this operation changes
every field in the state first and re-renders once. It refuses a change the database would
see: there, the fields must be altered one at a time (SQLite rebuilds the table for each).
"""

from typing import Any

from django.db import models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.operations.base import Operation
from django.db.migrations.state import ProjectState


class AlterFieldLabels(Operation):
    """`AlterField` for each (model name, field name, field), the state re-rendered once."""

    reversible = True

    def __init__(self, changes: list[tuple[str, str, models.Field[Any, Any]]]) -> None:
        self.changes = changes
        super().__init__()

    def deconstruct(self) -> tuple[str, list[Any], dict[str, Any]]:
        return (self.__class__.__qualname__, [], {"changes": self.changes})

    def state_forwards(self, app_label: str, state: ProjectState) -> None:
        touched = set()
        for model_name, name, field in self.changes:
            model_key = (app_label, model_name.lower())
            fields = state.models[model_key].fields
            # The relations index, kept up to date as ProjectState.alter_field keeps it.
            if state._relations is not None:  # type: ignore[attr-defined]
                old_field = fields.pop(name)
                if old_field.is_relation:
                    state.resolve_model_field_relations(model_key, name, old_field)
                fields[name] = field
                if field.is_relation:
                    state.resolve_model_field_relations(model_key, name, field)
            else:
                fields[name] = field
            touched.add(model_key)
        state.reload_models(sorted(touched), delay=False)

    def database_forwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        self._alter(app_label, schema_editor, from_state, to_state)

    def database_backwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        self._alter(app_label, schema_editor, from_state, to_state)

    def _alter(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        for model_name, name, _field in self.changes:
            to_model = to_state.apps.get_model(app_label, model_name)
            if not self.allow_migrate_model(schema_editor.connection.alias, to_model):
                continue
            from_model = from_state.apps.get_model(app_label, model_name)
            old = from_model._meta.get_field(name)
            new = to_model._meta.get_field(name)
            if schema_editor._field_should_be_altered(old, new):  # type: ignore[attr-defined]
                raise ValueError(
                    f"{model_name}.{name}: the database sees this change; use AlterField"
                )

    def describe(self) -> str:
        return f"Alter the labels of {len(self.changes)} fields"

    @property
    def migration_name_fragment(self) -> str:
        return "field_labels"

    def references_model(self, name: str, app_label: str) -> bool:
        return True  # never optimised across

    def references_field(self, model_name: str, name: str, app_label: str) -> bool:
        return True
