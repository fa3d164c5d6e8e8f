"""The demo company's guidance configuration: its confidential register, public contacts and
goodwill allowance.
Demo data only: the guidance engine knows no company, and an operator enters their own in the
admin (or `openline guidance`), with the company's name and products in settings."""

from openline.guidance import actions
from openline.guidance.models import ConfidentialTerm, GoodwillLimit, PublicContact

REGISTER = [
    ("Project Kestrel", "code_name", "Next-generation thermostat, unannounced.", ["Kestrel"]),
    ("Bluefin", "code_name", "H1 successor for heat pumps, unannounced.", []),
    ("Moorhen", "code_name", "Halden Plus price change, not public until May.", []),
    ("halden.internal", "internal_host", "Internal network.", []),
    ("https://wiki.haldenhome.net/ops", "internal_url", "Operations wiki.", []),
    ("extension 4471", "extension", "Firmware desk.", ["x4471", "ext. 4471"]),
    ("Norrvik Components", "supplier", "V1 motor supplier, under NDA.", ["Norrvik"]),
    ("T3 backplate recall", "recall", "Not announced yet.", ["the backplate recall"]),
]
PUBLIC_CONTACTS = [
    "support@haldenhome.com",
    "press@haldenhome.com",
    "+44 161 496 0000",
    "+353 1 653 0000",
    "+31 20 794 0000",
    "+49 30 2555 0000",
    "+44 800 048 0000",
]
# Its goodwill policy: credit up to £25 / €30, or one free month of Halden Plus.
GOODWILL_ALLOWANCE = "£25\n€30\n1 free month of Halden Plus"
# For settings: OPENLINE_COMPANY_PRODUCTS="T2 thermostat,T3 thermostat,V1 valve,H1 heat pump"
# and OPENLINE_COMPANY_COUNTRY=GB (the default): the demo company is in Manchester.
PRODUCTS = ["T2 thermostat", "T3 thermostat", "V1 valve", "H1 heat pump", "Halden Plus"]


def seed_guidance() -> None:
    """Safe to run again: only adds what is missing."""
    if not ConfidentialTerm.objects.exists():
        for term, category, note, variants in REGISTER:
            actions.add_confidential_term(
                None, term=term, category=category, note=note, variants=variants
            )
    if not PublicContact.objects.exists():
        for value in PUBLIC_CONTACTS:
            actions.add_public_contact(value=value)
    if not GoodwillLimit.objects.exists():
        actions.replace_goodwill_allowance(GOODWILL_ALLOWANCE)
