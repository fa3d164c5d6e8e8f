"""How a register finding names what it found (qa-v21): words that are the term itself are said
to be on the register, not to match it ("“Heron” matches “Heron”", which a German agent read
as „Project Kestrel“ entspricht „Project Kestrel“ in the demo); longer words still name the
term they match; a note's own full stop is not put before the bracket's. In English and
German. A made-up register; no database is needed."""

from django.utils import translation

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Heron", "code_name", "The next thermostat, unannounced.", ["Project Heron"]),
        ("Puffin", "code_name", "", []),
        ("Plover", "other", "internal stock tool", []),
    ]
)


def messages(text: str, language: str) -> dict[str, str]:
    with translation.override(language):
        return {text[hit.start : hit.end]: str(hit.message) for hit in detect(text, REGISTER)}


def test_the_term_itself_is_said_to_be_on_the_register_in_english_and_german():
    assert messages("Ask about Puffin.", "en")["Puffin"] == (
        "“Puffin” is on the confidential register: an internal code name. "
        "It must not appear in public."
    )
    assert messages("Puffin kommt im Mai.", "de")["Puffin"] == (
        "„Puffin“ steht im vertraulichen Register: ein interner Codename. "
        "Es darf nicht öffentlich erscheinen."
    )
    assert messages("Project Heron will fix the valves next month.", "de")["Heron"].startswith(
        "„Heron“ steht im vertraulichen Register: ein interner Codename (The next thermostat, "
        "unannounced). Es darf"
    )


def test_other_words_still_name_the_term_they_match_and_its_note_once_punctuated():
    found = messages("Project Heron will fix the valves next month.", "en")
    assert found["Project Heron will fix the valves next month"] == (
        "“Project Heron will fix the valves next month” matches “Heron” on the confidential "
        "register: an internal code name (The next thermostat, unannounced). It must not "
        "appear in public."
    )


def test_a_term_of_no_named_category_is_an_internal_matter_not_on_the_register_twice():
    """It read "“Plover” matches “Plover” on the confidential register: on the confidential
    register (internal stock tool)"; German „… steht im vertraulichen Register“ twice alike."""
    assert messages("Ask about Plover.", "en")["Plover"] == (
        "“Plover” is on the confidential register: an internal matter (internal stock tool). "
        "It must not appear in public."
    )
    assert messages("Ich habe in Plover nachgesehen.", "de")["Plover"] == (
        "„Plover“ steht im vertraulichen Register: eine interne Angelegenheit (internal stock "
        "tool). Es darf nicht öffentlich erscheinen."
    )
