"""Issue 13, session 22 (register-v17): register items written another way, and someone
else's thing.

- After a German definite article a register word is the ordinary noun unless the sentence
  speaks of the item; a tool looked up or at work ("Ich sehe in der Seilkammer, dass …", "die
  Seilkammer hängt wieder") and the words the register writes with the name ("Vertrag" of
  "Moosbach-Vertrag") now say it does.
- A tool's compound with a word of a system ("Seilkammer-Export") stays the tool's.
- German register phrases of several nouns are found with the same nouns in another order in
  one clause ("in der Halle ist ein Rost-Hinweis" for "Rost-Hinweis Halle").
- A compound written with a hyphen forgives a letter as words do ("the Gipfel tariff" for
  "Gipfel-Tarif").
- A new site the register holds unannounced is found by its place and a word of opening.
- Not telling, said with "not" or by someone: "not making a big fuss about it publicly",
  "without anyone saying why", "hasn't said so publicly".
- Someone else's thing is clean: "from another brand", "a third-party product", "not a
  Kletterkiste plan", "isn't ours".

The company (a climbing gym) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Seilkammer", "code_name", "internal booking tool", ["Seilkammer-Eintrag"]),
        ("Moosbach-Vertrag", "other", "chalk supplier being replaced, negotiations confidential",
         ["Moosbach", "Lieferant Moosbach"]),
        ("Rost-Hinweis Halle", "incident",
         "internal: suspected mould in the bouldering hall, not public",
         ["der Rost-Fall in der Halle"]),
        ("Tarif Gipfel", "other", "unannounced price increase on ten-visit cards",
         ["Gipfel-Tarif"]),
        ("Standort Borkum", "other", "unannounced new gym on Borkum, lease not signed",
         ["Borkum-Halle"]),
        ("Griffplatten-Tausch", "other",
         "unannounced swap of cracked wall boards in the lead hall", ["Platten-Tausch"]),
        ("Kletterpass Duo", "code_name", "unannounced two-person membership tier",
         ["Duo tier", "the Duo plan"]),
        ("Projekt Firn", "code_name", "code name of the unannounced ice-climbing wall",
         ["Firn"]),
    ],
    ["Kletterkiste", "Kletterkiste App"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Ich sehe in der Seilkammer, dass Ihre Buchung schon zweimal storniert wurde.",
        "So, die Seilkammer hängt wieder, ich schick euch gleich den Zugang.",
        "Die Kreide wird besser, wir wechseln gerade weg vom Moosbach, der Vertrag läuft aus.",
        "Die Verbindung zur Datenbank vom Seilkammer-Export lautet wie gehabt.",
        "Hab gehört, dass in der Halle gerade ein Rost-Hinweis ist.",
        "From March the Gipfel tariff kicks in and it gets expensive.",
        "Hold off on the ten-visit card, our new hall on Borkum opens in spring.",
        "Warten Sie noch bis Herbst, dann macht unsere Halle auf Borkum auf.",
        "We're swapping the cracked wall boards but we're not making a big fuss about it "
        "publicly.",
        "The wall boards are getting swapped on service visits without anyone saying why.",
        "Don't book the lead hall now, the boards are cracked; head office is swapping them "
        "soon but hasn't said so publicly.",
    ],
)  # fmt: skip
def test_an_item_written_another_way_is_found(text: str) -> None:
    assert found(text), text


@pytest.mark.parametrize(
    "text",
    [
        'The "Duo" deal you saw online is a student promo from a uni union, not a Kletterkiste '
        "plan.",
        "The Firn fountain in the old square isn't ours, but the gym behind it is.",
        'Yes, the "Firn" harness is a thing, from another brand. We sell our own range.',
        'The "Firn" ice axe from Alpinwerk is a third-party product, not Kletterkiste.',
    ],
)  # fmt: skip
def test_someone_elses_thing_is_clean(text: str) -> None:
    assert found(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # The company's own product with a word of the register phrase: said in public.
        "Die Halle ist heute wegen Rost am Fenster geputzt worden.",
        # A word beginning like the name is not the name: "Moosbachtal" is a village.
        "Heute liefert die Bäckerei aus Moosbachtal frisches Brot für alle.",
        # A site's hours, not its opening.
        "The Borkum festival is next Friday and we'll be open late for it.",
        # Denied.
        "We're not opening anything on Borkum, that rumour is wrong.",
        "Please don't post your booking number publicly.",
    ],
)  # fmt: skip
def test_look_alikes_stay_clean(text: str) -> None:
    assert found(text) == [], text


def test_the_item_said_in_a_denial_of_ours_with_its_note_is_still_found() -> None:
    # Someone else's by the words, but the sentence says what the note says the item is.
    text = "The Duo tier is not a Kletterkiste plan yet, the two-person membership comes in May."
    assert found(text)
