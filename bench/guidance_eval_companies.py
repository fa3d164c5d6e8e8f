"""Recall per kind, false alarms on clean drafts and p95 latency of the guidance check on the
multi-company corpus in bench/eval/guidance/ (written blind, see its README).

    .venv/bin/python bench/guidance_eval_companies.py bench/eval/guidance/drafts_dev.jsonl
    .venv/bin/python bench/guidance_eval_companies.py FILE -v        # every miss and false alarm
    .venv/bin/python bench/guidance_eval_companies.py FILE --runs 0  # skip the latency runs
    .venv/bin/python bench/guidance_eval_companies.py FILE --wording model  # the head alone

--wording says what finds legal risk and hostile tone: the phrase patterns and the trained
wording head (both: what OPENLINE_GUIDANCE_WORDING_MODEL=on runs), the patterns alone (the
default), or the head alone. The head caches scores
per sentence, as while someone types; --cold clears that cache before every timed check, so
every sentence of the 2 KB draft is embedded each time (the worst case: a pasted draft).

Each draft names its company; before a company's drafts are checked, the engine is configured
for it from companies.json the way an operator would: the company name and products in
settings.OPENLINE, the register (terms, variants, notes) and public contacts through the same
actions the admin and the command line use (each phone number whole, each head-office and branch
address as its own contact, as companies.json lists them). A finding counts when it has the
expected kind and overlaps the expected text; a clean draft with any finding is a false alarm.
Latency is check_text on a 2 KB draft made of the file's drafts, with the configuration cached as
in production.
"""

import argparse
import contextlib
import json
import os
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
sys.path.insert(0, str(HERE))
from guidance_eval import Tally  # noqa: E402 - the same scoring as the Halden set

COMPANIES = HERE / "eval" / "guidance" / "companies.json"
TARGETS = {  # minimum recall per kind, from issue 13
    "secret": 0.99,
    "payment_card": 0.99,
    "iban": 0.99,
    "personal_data": 0.95,
    "internal_reference": 0.95,
    "legal_risk": 0.85,
    "hostile_tone": 0.85,
    "profanity": 0.85,
}
P95_TARGET_MS = 20.0


def setup_database() -> None:
    import django
    from django.db import connection
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)


def _category(entry: dict) -> str:
    term, note = entry["term"].lower(), entry.get("note", "").lower()
    if term.startswith("extension"):
        return "extension"
    if "recall" in term or "withdrawal" in term or "recall" in note:
        return "recall"
    if "supplier" in note:
        return "supplier"
    if "code name" in note:
        return "code_name"
    return "other"


def accepted_variants(term: str, variants: list[str]) -> list[str]:
    """The variants the register's form takes: one it refuses (shorter than three letters or
    digits, say) an operator cannot enter either, so it is left out rather than failing the run."""
    from django.core.exceptions import ValidationError

    from openline.guidance import actions

    kept = []
    for variant in variants:
        with contextlib.suppress(ValidationError):
            actions.clean_variants([variant], term=term)
            kept.append(variant)
    return kept


def configure(company: dict) -> None:
    """Settings and register for one company, replacing the previous company's."""
    from django.conf import settings
    from django.core.exceptions import ValidationError

    from openline.guidance import actions
    from openline.guidance.models import ConfidentialTerm, GoodwillLimit, PublicContact

    settings.OPENLINE = {
        **settings.OPENLINE,
        "COMPANY_NAME": company["name"],
        "COMPANY_PRODUCTS": list(company["products"]),
        "COMPANY_COUNTRY": company_country(company),
    }
    ConfidentialTerm.objects.all().delete()
    PublicContact.objects.all().delete()
    with_variants = "variants" in {f.name for f in ConfidentialTerm._meta.get_fields()}
    for entry in company["register"]:
        category = _category(entry)
        if with_variants:
            actions.add_confidential_term(
                None, term=entry["term"], category=category, note=entry.get("note", ""),
                variants=accepted_variants(entry["term"], entry["variants"]),
            )  # fmt: skip
            continue
        # Before the register had variants, an operator added each variant as its own term.
        for term in [entry["term"], *entry["variants"]]:
            # A duplicate or a too-short variant: the admin refuses it too.
            with contextlib.suppress(ValidationError):
                actions.add_confidential_term(
                    None, term=term, category=category, note=entry.get("note", "")
                )
    # The goodwill allowance, as an operator enters it on the settings page (the same checks).
    if GOODWILL:
        actions.replace_goodwill_allowance("\n".join(goodwill_lines(company.get("policy", ""))))
    else:
        GoodwillLimit.objects.all().delete()
    contacts = company["public_contacts"]
    values = [*contacts.get("email", []), *contacts.get("phone", [])]
    extra = postal_addresses(company) + contacts.get("public_branches", [])
    # Every other list of public places companies.json gives ("clinics", "campuses", "bases",
    # "us_postal", "public_places"): an operator enters each as a public contact too.
    for key, listed in contacts.items():
        if key not in NOT_PLACES:
            extra += [listed] if isinstance(listed, str) else list(listed)
    extra += contacts.get("handles", [])
    for value in values + extra:
        # "0161 496 0999 (out-of-hours line)": the action keeps a trailing bracket as the note;
        # "+1 (646) 555-0182" is one number, not "+1" and a note.
        try:
            actions.add_public_contact(value=value)
        except ValidationError as error:
            # The same number written twice ("+1 888 412 0690", "1-888-412-0690") is refused
            # as a duplicate, as in the admin; only a value that is no contact is reported.
            if value in values and "already a public contact" not in str(error):
                print(f"  could not add public contact {value!r}", file=sys.stderr)


# OPENLINE_EVAL_GOODWILL=off: the companies without an allowance (behaviour before issue 13's
# allowance), for the before/after figures.
GOODWILL = os.environ.get("OPENLINE_EVAL_GOODWILL", "on") != "off"
BARE_AMOUNTS = re.compile(r"\b(?:or|oder|up to|bis|zu|local|equivalent)\b|[/,\s]")


def goodwill_lines(policy: str) -> list[str]:
    """The allowance an operator reads off the policy's goodwill (Kulanz) sentence, one line a
    limit: the amounts and units after "up to" / "bis" / "at most" (the whole sentence when the
    word comes after them: "waive up to EUR 15 … as goodwill"), and a unit the sentence gives
    free ("one free month of Plus"). A bracket is read only when it holds amounts ("(or €18)",
    "(CHF 10)"); "(team leads up to £100)" is someone else's limit. One generic rule for every
    company: no company is named here."""
    from openline.guidance.detectors.goodwill import MONEY, parse_limit

    lines: list[str] = []
    keys: set[tuple[str, str]] = set()  # one line per currency or unit, as the form asks
    for sentence in re.split(r"(?<=[.;])\s+", policy):
        at = re.search(r"goodwill|kulanz", sentence, re.IGNORECASE)
        if not at:
            continue
        # "15 (USD, GBP, EUR or AUD)", "75 (EUR/CHF/GBP)", "EUR/GBP 40": one amount per code.
        sentence = re.sub(
            r"(\d[\d,.]*)\s*\(([A-Z]{3}(?:\s*(?:,|/|or)\s*[A-Z]{3})+)\)",
            lambda m: " / ".join(f"{c} {m[1]}" for c in re.findall(r"[A-Z]{3}", m[2])),
            sentence,
        )
        sentence = re.sub(
            r"\b([A-Z]{3})((?:/[A-Z]{3})+) (\d[\d,.]*)",
            lambda m: " / ".join(f"{c} {m[3]}" for c in (m[1] + m[2]).split("/")),
            sentence,
        )
        sentence = re.sub(
            r"\(([^)]*)\)",
            lambda m: f" or {m[1]} " if not BARE_AMOUNTS.sub("", MONEY.sub("", m[1])) else " ",
            sentence,
        )
        rest = sentence[at.start() :]
        scoped = re.search(r"\b(?:up to|at most|bis(?: zu)?)\b(.*)", rest, re.IGNORECASE)
        scoped = scoped or re.search(r"\b(?:up to|at most|bis(?: zu)?)\b(.*)", sentence, re.I)
        pieces = (
            re.split(r"\s+(?:or|oder|bzw\.|and)\s+|\s*/\s*|,\s+|:\s+", scoped[1]) if scoped else []
        )
        pieces += re.findall(
            r"\b(?:one|a|an|ein|eine|einen|\d+|two|zwei|drei)\s+(?:free|kostenlosen?|Gratis\w+"
            r"|Frei\w+)\b[^,;.()]*?(?=\s+(?:or|oder|at|nach|bzw)\b|[,;.(]|$)",
            rest,
            re.IGNORECASE,
        )
        for piece in pieces:
            piece = re.split(r"\s+(?:at|nach|per|pro|for|für|durch|as)\s+", piece.strip(" .;:"))[0]
            found = [m.group(0) for m in MONEY.finditer(piece)] or [piece]
            for line in (written.strip() for written in found):
                limit = parse_limit(line)
                if limit and (limit.currency, limit.unit) not in keys:
                    keys.add((limit.currency, limit.unit))
                    lines.append(line)
    return lines


# The country an operator sets (OPENLINE_COMPANY_COUNTRY) is the head office's: the country its
# postal address names at its end, else the one its postcode's shape says. A shape several
# countries share (four digits: Austria, Switzerland…) is the one of those countries whose calling
# code the company's own numbers use first; none of them: the first listed.
COUNTRY_NAMES = {
    "united kingdom": "GB", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "ireland": "IE", "usa": "US", "united states": "US", "canada": "CA", "australia": "AU",
    "new zealand": "NZ", "germany": "DE", "deutschland": "DE", "austria": "AT",
    "österreich": "AT", "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "france": "FR",
    "netherlands": "NL", "portugal": "PT", "spain": "ES", "italy": "IT", "singapore": "SG",
}  # fmt: skip
POSTCODE_COUNTRIES = [
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"), ("GB",)),
    (re.compile(r"\b[A-Z]{2} \d{5}(?:-\d{4})?$"), ("US",)),
    (re.compile(r"\b[AC-FHKNPRTV-Y]\d[\dW] ?[\dAC-FHKNPRTV-Y]{4}$"), ("IE",)),  # Eircode
    (re.compile(r"\b\d{4}-\d{3} [^\d,]+$"), ("PT",)),
    (re.compile(r"\b\d{5} [^\d,]+$"), ("DE", "FR", "IT", "ES")),
    (re.compile(r"\b\d{4} [^\d,]+$"), ("AT", "CH", "BE", "DK", "NO", "NL")),
]


def company_country(company: dict) -> str:
    import phonenumbers

    head = postal_addresses(company)[:1] or [""]
    address = head[0].split(";")[0].strip().rstrip(".")
    *_, last = address.rsplit(",", 1) if "," in address else ("", address)
    named = COUNTRY_NAMES.get(last.strip().lower())
    if named:
        return named
    candidates: tuple[str, ...] = ("GB",)
    for shape, countries in POSTCODE_COUNTRIES:
        if shape.search(address):
            candidates = countries
            break
    for phone in company["public_contacts"].get("phone", []):
        if phone.strip().startswith("+"):
            with contextlib.suppress(phonenumbers.NumberParseException):
                number = phonenumbers.parse(phone.split(" (")[0])
                region = phonenumbers.region_code_for_country_code(number.country_code or 0)
                if region in candidates:
                    return region
    return candidates[0]


NOT_PLACES = {"email", "phone", "postal", "public_branches", "handles", "web", "public_codes"}


def postal_addresses(company: dict) -> list[str]:
    """Each public address as an operator enters it, one per contact: the head office, then the
    branches companies.json lists in brackets ("… (branches, e.g. Stowbridge Croydon, 40 Purley
    Way, …; US office Stowbridge Storage Inc., 350 Fifth Avenue, …)")."""
    postal = company["public_contacts"].get("postal", "")
    head, _, branches = postal.partition(" (")
    found = [head] if head else []
    first_word = company["name"].split()[0]
    for branch in branches.rstrip(")").split(";"):
        # The label before the address ("branches, e.g.", "rental shop") is not part of it.
        branch = branch.split("e.g.", 1)[-1]
        at = branch.find(first_word)
        found.append((branch[at:] if at >= 0 else branch).strip())
    return [address for address in found if address]


def evaluate(drafts: list[dict], companies: dict, verbose: bool) -> bool:
    from openline.guidance.checks import check_text

    tally = Tally()
    by_company: dict[str, list[dict]] = defaultdict(list)
    alarms_by_kind: Counter = Counter()  # clean drafts flagged, per kind of finding
    for draft in drafts:
        by_company[draft["company"]].append(draft)
    for name, company_drafts in by_company.items():
        configure(companies[name])
        for draft in company_drafts:
            findings = check_text(draft["text"], channel=draft["channel"]).findings
            tally.add(draft, findings)
            if not draft["expected"]:
                alarms_by_kind.update({f.kind for f in findings})
    ok = tally.report(TARGETS, verbose, f" ({', '.join(by_company)})")
    if alarms_by_kind:
        print("clean drafts flagged, by kind: " + ", ".join(
            f"{kind} {count}" for kind, count in alarms_by_kind.most_common()))  # fmt: skip
    return ok


def wording_mode(mode: str) -> None:
    from django.conf import settings

    from openline.guidance.detectors import language

    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": mode != "patterns"}
    if mode == "model":
        language.LEGAL_PATTERNS = language.LEGAL_PATTERNS_ANY_CASE = []
        language.HOSTILE_PATTERNS = language.HOSTILE_PATTERNS_ANY_CASE = []
        language._company_patterns = lambda company: []


def sample_draft(drafts: list[dict], size: int = 2048) -> str:
    """The draft the speed figures check: the first company's drafts joined, cut to `size`."""
    company = drafts[0]["company"]
    text = ""
    for draft in drafts:
        if draft["company"] == company:
            text += draft["text"] + "\n\n"
        if len(text) >= size:
            break
    return text[:size]


def latency(
    drafts: list[dict], companies: dict, runs: int, size: int = 2048, cold: bool = False
) -> bool:
    from openline.guidance.checks import check_text
    from openline.language import wording

    configure(companies[drafts[0]["company"]])
    text = sample_draft(drafts, size)
    for _ in range(30):  # warm the configuration cache and the regular-expression engine
        check_text(text)
    timings, cpu = [], []
    for _ in range(runs):
        if cold:
            wording.clear_cache()
        start, start_cpu = time.perf_counter(), time.thread_time()
        check_text(text)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    timings.sort()
    cpu.sort()
    p95 = timings[max(0, int(0.95 * len(timings)) - 1)]
    cpu_p95 = cpu[max(0, int(0.95 * len(cpu)) - 1)]
    met = p95 <= P95_TARGET_MS
    # CPU time is what the check costs; wall time also counts waiting for a busy machine's cores.
    print(
        f"\ncheck_text on a {len(text)}-character draft, {runs} runs"
        f"{' (sentence scores not cached)' if cold else ''}: "
        f"p50 {statistics.median(timings):.2f} ms   p95 {p95:.2f} ms   max {timings[-1]:.2f} ms"
        f"   (target p95 ≤ {P95_TARGET_MS:.0f} ms: {'ok' if met else 'MISSED'})"
        f"\n  CPU time of the check: p50 {statistics.median(cpu):.2f} ms   p95 {cpu_p95:.2f} ms"
        f"   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a drafts_*.jsonl file")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and alarms")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--runs", type=int, default=500, help="latency runs (0 to skip)")
    parser.add_argument("--companies", default=str(COMPANIES))
    parser.add_argument(
        "--wording",
        choices=["both", "patterns", "model"],
        default="both",
        help="what finds legal risk and hostile tone (default: both)",
    )
    parser.add_argument("--cold", action="store_true", help="no cached sentence scores")
    options = parser.parse_args()
    drafts = [json.loads(line) for line in Path(options.data).read_text().splitlines() if line]
    companies = json.loads(Path(options.companies).read_text())
    setup_database()
    wording_mode(options.wording)
    ok = evaluate(drafts, companies, options.verbose)
    if options.runs:
        ok &= latency(drafts, companies, options.runs, cold=options.cold)
    return 0 if ok or not options.strict else 1


if __name__ == "__main__":
    sys.exit(main())
