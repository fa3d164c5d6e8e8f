"""National identity, tax, social-security and health-insurance numbers by their structure
(personal-v32, issue 13): each country's number in the form people write it, validated by its
check digit, check letter or coded birth date. Each has a finding test and a look-alike twin of
the same shape (an order number, a tracking code, an invoice reference, or the number with a
wrong check) that stays clean. The numbers are the published specimen numbers of each scheme
or made up for these tests."""

import pytest

from . import findings

pytestmark = pytest.mark.django_db


def flags(text: str, value: str) -> bool:
    """Whether a personal-data finding overlaps `value` in `text` (as the evaluation scores)."""
    return findings.flags(text, value, "personal_data")


# --- flagged bare: the structure and its check say what the number is ----------------------------

BARE = [
    ("Singapore NRIC", "Thanks, we've matched S1234567D to the parcel.", "S1234567D"),
    ("Hong Kong ID", "Got it, A123456(3) is on the collection slip now.", "A123456(3)"),
    ("Italian codice fiscale", "Ho inserito RSSMRA85T10A562S nella fattura.", "RSSMRA85T10A562S"),
    ("Spanish NIE", "We added X1234567L to the rental agreement.", "X1234567L"),
    ("Spanish DNI", "We added 12345678Z to the rental agreement.", "12345678Z"),
    ("Finnish henkilötunnus", "Lisäsin 131052-308T lomakkeeseen, kiitos.", "131052-308T"),
    ("German RVNR", "Ich habe 15 070649 C 103 in den Antrag übernommen.", "15 070649 C 103"),
    ("Swiss AHV unformatted", "Eingetragen ist jetzt 7561234567897, danke.", "7561234567897"),
    ("South African ID", "I've put 8001015009087 on the delivery note.", "8001015009087"),
    ("Belgian national number", "Nous avons noté 85.07.30-033.28 sur le bon.", "85.07.30-033.28"),
    ("Norwegian fødselsnummer", "Takk, vi har registrert 15108695088 på pakken.", "15108695088"),
    ("Swedish personnummer", "Vi har noterat 880320-0016 på hyresavtalet.", "880320-0016"),
    ("Malaysian MyKad", "We've put 770305-02-1234 on the warranty card.", "770305-02-1234"),
    ("French NIR", "Nous avons noté 2 95 10 99 126 111 93 sur le devis.", "2 95 10 99 126 111 93"),
]


@pytest.mark.parametrize(("scheme", "text", "value"), BARE, ids=[b[0] for b in BARE])
def test_a_national_number_is_flagged_by_its_structure_alone(
    scheme: str, text: str, value: str
) -> None:
    assert flags(text, value)


# The same shapes as another record's number, or with the check broken: clean.
BARE_TWINS = [
    ("NRIC-shaped order", "Your order S1234567D has shipped.", "S1234567D"),
    ("NRIC with a wrong letter", "Thanks, we've matched S1234567E to the parcel.", "S1234567E"),
    ("DNI-shaped invoice", "Invoice 12345678Z is attached.", "12345678Z"),
    ("DNI with a wrong letter", "We added 12345678A to the rental agreement.", "12345678A"),
    ("RVNR-shaped stock code", "Artikel 15 070649 C 104 ist wieder da.", "15 070649 C 104"),
    ("13-digit barcode", "The EAN on the box is 4006381333931.", "4006381333931"),
    ("AHV-shaped, wrong check", "Eingetragen ist jetzt 7561234567898, danke.", "7561234567898"),
    ("MyKad-shaped tracking", "Tracking 770305-02-1234 shows it in transit.", "770305-02-1234"),
    ("Swedish-shaped booking", "Booking reference 880320-0016 is confirmed.", "880320-0016"),
    ("11 digits, checks fail", "Takk, vi har registrert 15108695089 på pakken.", "15108695089"),
]


@pytest.mark.parametrize(("case", "text", "value"), BARE_TWINS, ids=[b[0] for b in BARE_TWINS])
def test_a_look_alike_of_a_national_number_is_left_alone(case: str, text: str, value: str) -> None:
    assert not flags(text, value)


# --- flagged where identity is spoken of: the check is weak, the sentence says what it is --------

NAMED = [
    ("Canadian SIN", "For payroll I've recorded your social insurance number, 046 454 286.",
     "046 454 286"),
    ("Australian TFN", "The new starter's tax file number came through: 123 456 782.",
     "123 456 782"),
    ("Dutch BSN", "Uw burgerservicenummer 111222333 staat nu in het dossier.", "111222333"),
    ("NZ IRD", "Your IRD number 49-091-850 is on the payslip now.", "49-091-850"),
    ("UK NHS number", "Referral sent, NHS no 943 476 5919 for the patient.", "943 476 5919"),
    ("Austrian SV-Nummer", "Ihre Versicherungsnummer 1237 010180 ist eingetragen.", "1237 010180"),
    ("German Steuer-ID", "Die steuerliche Identifikationsnummer 36574261809 fehlt noch.",
     "36574261809"),
    ("Polish PESEL", "Dziękujemy, PESEL 44051401359 został zapisany.", "44051401359"),
    ("Brazilian CPF", "Emitimos a nota com o CPF 39053344705.", "39053344705"),
    ("Aadhaar", "Your UIDAI number 2341 2341 2346 has been linked.", "2341 2341 2346"),
    ("Danish CPR", "Vi har dit CPR 211062-5629 på kontrakten.", "211062-5629"),
    ("US SSN spaced", "For the tax form I have your social security as 521 44 9087.",
     "521 44 9087"),
]  # fmt: skip


@pytest.mark.parametrize(("scheme", "text", "value"), NAMED, ids=[n[0] for n in NAMED])
def test_a_national_number_is_flagged_where_identity_is_spoken_of(
    scheme: str, text: str, value: str
) -> None:
    assert flags(text, value)


NAMED_TWINS = [
    ("SIN-shaped order", "Your order 046 454 286 ships tomorrow.", "046 454 286"),
    ("TFN-shaped tracking", "Tracking code 123 456 782 shows it at the depot.", "123 456 782"),
    ("BSN-shaped invoice", "Factuur 111222333 is betaald.", "111222333"),
    ("NHS-shaped, no identity said", "Your parcel 943 476 5919 left the depot.", "943 476 5919"),
    ("nine digits whose checks all fail", "Your ID badge number is 100000000.", "100000000"),
    ("order number beside a tax word", "Your tax invoice is for order 123 456 782.",
     "123 456 782"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "value"), NAMED_TWINS, ids=[n[0] for n in NAMED_TWINS])
def test_a_number_of_the_same_shape_named_as_another_record_is_left_alone(
    case: str, text: str, value: str
) -> None:
    assert not flags(text, value)


# --- the number's name, then the paper it is written on, then the value --------------------------


def test_a_number_named_then_said_to_be_on_a_form_is_flagged() -> None:
    text = "The health card number on the enrolment form is 4471 20938 5, I've copied it over."
    assert flags(text, "4471 20938 5")


def test_a_passport_number_said_to_be_on_a_photo_is_flagged() -> None:
    text = "Careful: your passport number is on the scan you attached here: KT882104."
    assert flags(text, "KT882104")


def test_another_records_number_on_a_form_after_an_id_word_is_left_alone() -> None:
    text = "Passport holders, the booking number on the form is 88213377."
    assert not flags(text, "88213377")


# --- more countries' names of the number --------------------------------------------------------

NAMES = [
    ("French NIR by its name", "Nous avons votre NIR 2 84 03 75 114 502 77 au dossier.",
     "2 84 03 75 114 502 77"),
    ("Norwegian by its name", "Fødselsnummer 01017012345 er registrert.", "01017012345"),
    ("Dutch by its long name", "Uw burgerservicenummer is 123456780.", "123456780"),
    ("Malaysian by its card", "Your MyKad 901231-10-5544 is on the booking.", "901231-10-5544"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "value"), NAMES, ids=[n[0] for n in NAMES])
def test_a_number_after_its_countrys_own_name_is_flagged(case: str, text: str, value: str) -> None:
    assert flags(text, value)
