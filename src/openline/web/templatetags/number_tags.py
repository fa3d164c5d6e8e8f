"""`{{ n|number }}` ("1,234" / "1.234") and `{{ x|number:2 }}` ("874.79" / "874,79"): a count or
measure as the reader's language writes it, thousands grouped. Builtins (settings TEMPLATES).
A bare `{{ n }}` is not grouped (USE_THOUSAND_SEPARATOR is off: ids land in URLs and
attributes), so a figure a person reads goes through this filter."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def number(value: int | float | Decimal | None, decimals: int | None = None) -> str:
    """`value` grouped in the active language; `decimals` places when given (floats get at most
    two otherwise, integers none). None, and anything not a number, is shown as it is."""
    if value is None or isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return "" if value is None else str(value)
    if decimals is None and isinstance(value, float):
        decimals = 0 if value.is_integer() else 2
    return number_format(value, decimals, force_grouping=True)
