"""A filter of Django's admin for a stored code that is not a field's choice (a channel, the
type of a followed object): Django lists such values as they are stored ("email",
"community.thread"); this one names each as the reader calls it."""

from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from django.contrib import admin


class LabelledValuesFilter(admin.AllValuesFieldListFilter):
    """Django's filter of every stored value, each shown by `label_of` (a subclass's)."""

    label_of: ClassVar[Callable[[str], str]]

    def choices(self, changelist: Any) -> Iterator[Any]:
        # Django's choices: "All", then one per value in `lookup_choices` order (its display
        # the value, with its count when facets show), then the empty value's.
        values = iter([str(value) for value in self.lookup_choices if value is not None])
        for position, choice in enumerate(super().choices(changelist)):
            value = next(values, None) if position else None
            if value is not None and str(choice["display"]).startswith(value):
                label = type(self).label_of(value) or self.empty_value_display
                choice = {**choice, "display": label + str(choice["display"])[len(value) :]}
            yield choice


def labelled_filter(label_of: Callable[[str], str]) -> type[LabelledValuesFilter]:
    """`list_filter = [("channel", labelled_filter(channel_label))]`."""
    return type("LabelledFilter", (LabelledValuesFilter,), {"label_of": staticmethod(label_of)})
