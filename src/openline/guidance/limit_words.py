"""How one goodwill limit reads ("GBP 25", "1 free month", 15 of the unit "credit"), the same on the
settings page ("read as …") and in the suggestion of a draft that offers more ("Offer at most
1 free month, …"). A module of its own: `models.py` imports it as every process starts, when the
detectors (whose patterns take ~0.7 s to compile) are not loaded yet; the goodwill detector
imports it too.

The words are an English msgid and its placeholders, so the reader's language is chosen when it
is shown (`gettext(msgid) % params`, or a finding's `Phrase(msgid, **params)`). A unit other
than a period is shown as it was read, the head noun in the singular ("credit", "freikarte"),
so the operator sees what a draft's offer is compared by."""

from decimal import Decimal

from django.utils.translation import gettext_noop

MONEY = gettext_noop("%(currency)s %(amount)s")
UNIT = gettext_noop("%(count)s × %(unit)s")  # noqa: RUF001 - the multiplication sign
# Periods, which the detector reads under one English name in either language: (one, more).
PERIODS: dict[str, tuple[str, str]] = {
    "month": (gettext_noop("1 free month"), gettext_noop("%(count)s free months")),
    "week": (gettext_noop("1 free week"), gettext_noop("%(count)s free weeks")),
    "year": (gettext_noop("1 free year"), gettext_noop("%(count)s free years")),
}


def limit_words(amount: Decimal, currency: str = "", unit: str = "") -> tuple[str, dict[str, str]]:
    """(msgid, params) for a limit of `amount` in `currency`, or of `amount` `unit`s."""
    if currency:
        places = "f" if amount == amount.to_integral_value() else ".2f"
        return MONEY, {"currency": currency, "amount": format(amount.normalize(), places)}
    count = f"{amount.normalize():f}"
    if unit in PERIODS:
        one, more = PERIODS[unit]
        return (one, {}) if amount == 1 else (more, {"count": count})
    return UNIT, {"count": count, "unit": unit}
