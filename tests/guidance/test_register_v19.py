"""Issue 13, session 24 (register-v19): register items written another way by new writers, and
register words given as someone's name.

- "n't" is read inside a word: "… that hasn't been announced yet", "isn't public yet" hint (the
  patterns had a word boundary before "n't", which never matches inside "hasn't").
- What is not announced yet, said by its own noun ("the route for 2027 hasn't been announced
  yet"), is about that noun, not an item whose name the sentence also says.
- Insurers, claims and courts are legal talk in a hushed sentence, unless the register's own
  notes use the word (a broker's "partner insurer being dropped from the panel").
- A name withheld: "can't say what it's called".
- A capitalised register word first in its sentence or in quotes is the item when the sentence
  before speaks of it.
- German: "Ich darf eigentlich nix sagen, aber …"; "tauschen … still und heimlich … aus und
  sagen nix" (the particle before "und").
- An incident's variant without its place, with any incident noun: "our route-map mess" for
  "the Dundee route-map incident".
- The register's word given as a name or a word's meaning: "your dog's name is Pannier", "the
  Pannier family", "„Pannier" war der Name der Figur", ""Pannier" in my username".

The company (a cargo-bike courier) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Project Kerbstone", "code_name",
         "code name of the unannounced purchase of a cargo-bike depot in Porto",
         ["Kerbstone", "PRJ-KERBSTONE"]),
        ("Saddlebag tier", "other", "unannounced paid membership tier and price change",
         ["Saddlebag", "Saddlebag membership"]),
        ("Mudguard Re", "other", "partner insurer being dropped from the panel, not yet announced",
         ["the Mudguard panel"]),
        ("Gradient loading", "other", "unannounced premium loading for electric cargo bikes",
         ["the gradient loading"]),
        ("Spring Ride cancellation", "other",
         "unannounced cancellation of the Spring Ride festival", ["Spring Ride cancelled"]),
        ("Headwind fee", "other", "unannounced peak-season surcharge", ["Headwind surcharge"]),
        ("PH-INC-4410", "incident",
         "internal incident: the courier app showed other customers' addresses for a day",
         ["INC-4410", "4410", "the Dundee route-map incident"]),
        ("Pannier", "code_name", "internal dispatch and rota tool", ["the Pannier console"]),
        ("Charge KB-12", "other",
         "unannounced withdrawal of a batch of brake pads that wear too fast",
         ["KB-12", "Charge 12", "die Bremsbeläge, die wir still tauschen"]),
        ("INC-4491", "incident", "internal incident: braking failures at the Rostock depot",
         ["INC 4491", "der Bremsfehler in Rostock"]),
    ],
    ["Kettlebike Couriers", "Kettlebike app", "Same-day cargo delivery"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        # "n't" inside a word, and the register's own words in a hushed sentence
        "@rider_ros don't be surprised when your premium jumps next spring, the insurers are "
        "adding a charge for electric cargo bikes that hasn't been announced yet",
        "@velo_vic between us, we're about to drop one of the bigger insurers from our panel, so "
        "don't renew with them",
        # a name withheld
        "@summer_sam book now, there's a surcharge coming in July (can't say what it's called)",
        # a name first in its sentence or in quotes, with the sentence before speaking of it
        'Rumour from the yard: we are buying a depot in Porto. Someone from HQ let "Kerbstone" '
        "slip last night.",
        "I'd hold off on the annual membership. Saddlebag pricing is coming and nobody in the "
        "shop knows the numbers yet.",
        # German
        "Ich darf eigentlich nix sagen, aber das mit den Bremsen im Rostocker Depot letzten Monat "
        "war kein Einzelfall.",
        # an incident named short
        "Honestly, our route-map mess is why your parcel went to the wrong door.",
        "The regulator will look hard at the route-map leak, no question.",
    ],
)  # fmt: skip
def test_an_item_written_another_way_is_found(text: str) -> None:
    assert found(text), text


def test_a_quiet_swap_before_und_is_found() -> None:
    text = (
        "Ex-Mechaniker hier. Das ist Charge 12. Die tauschen die gerade still und heimlich "
        "Filiale für Filiale aus und sagen nix."
    )
    assert any(f.startswith("Die tauschen") for f in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # something else not announced yet, beside a name of the note
        "For the Spring Ride: the route for 2027 hasn't been announced yet, and early-bird "
        "tickets go on sale in February.",
        # legal talk stays legal talk when the register's notes do not use its words
        "@velo_vic between us, the lawyers want us to settle the panel dispute with the bakery.",
        # support's own "I can't say", not leave withheld
        "Ich kann dazu nichts sagen, aber das Rostocker Depot hat morgen normal offen.",
        # a person's name withheld is not an item's
        "We can't share the name of the other rider on your delivery, for privacy reasons.",
        # a name first in its sentence, with nothing before it about the item
        "Thanks for the photo! Saddlebag straps are sold in our shop.",
        # an incident noun after a short, common word
        "Sorry, the app bug is fixed now.",
        # the register's word given as a name or a meaning
        "@bunny_fan ha, your dog's name is Pannier? Adorable. Quote saved 🐶",
        "The Pannier family (yes, real surname!) won our photo competition this month.",
        '@velo_vic "Pannier" in my username is from my old touring bike, nothing to do with you.',
        "„Pannier“ war der Name der Figur in unserer Sommeraktion, die Hefte gibt's noch im Laden.",
        "Funny you mention Pannier, that's exactly what my husband calls our shopping trolley.",
    ],
)  # fmt: skip
def test_a_look_alike_is_clean(text: str) -> None:
    assert not found(text), (text, found(text))


def test_a_tool_at_work_is_still_found() -> None:
    assert found("Pannier is down again, log the rota changes on paper until it's back.")


def test_a_name_said_internally_is_still_found() -> None:
    assert found("Internally the dispatch tool is called Pannier, its name is Pannier anyway.")


def test_a_variant_around_the_public_product_is_not_retold() -> None:
    register = RegisterIndex.build(
        [("Zip Night", "other", "unannounced overnight delivery product",
          ["Zip overnight", "night Zip"])],
        ["Kettlebike Couriers", "Zip (same-day parcel delivery)"],
    )  # fmt: skip
    assert not detect("Protip: book the Zip the night before, slots go fast.", register)
    assert detect("Zip Night launches in May, keep it quiet.", register)
