"""The suite's clean German look-alikes that session 35's retrained reader F (c49d4477's heads,
pair 0.95 / 0.95) newly flagged, found by running the 63 German test files of tests/guidance and
tests/language with F installed (session 36, german-reader-v31): each read by the readers given
(.npz files; "shipped" for the shipped one), its legal and hostile score per sentence, and whether
a pair flags it. A quick screen before the test files themselves are run with a candidate.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_v31_lookalikes.py \\
        shipped /tmp/F30.npz /tmp/P-A.npz --pair 0.94/0.94
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

# The 15 clean sentences F newly flagged (test file: its test).
FLIPPED = (
    "Ihre Versicherung zahlt das sicher nicht, dafür gibt es die Haftpflicht.",  # legal_v26
    "Gratuliere, Sie haben es geschafft: Ihr Konto ist freigeschaltet.",  # v10
    "Wir haften nur bei Vorsatz und grober Fahrlässigkeit.",  # v10
    "Bitte lesen Sie die Anleitung, bevor Sie das Gerät anschließen.",  # v10
    "Da hatten wir wohl Pech mit dem Wetter.",  # v10
    "Glückwunsch, Sie haben alle zehn Stempel gesammelt, der nächste Kaffee geht auf uns.",  # v27
    "Kinder unter sechs fahren die ganze Saison gratis.",  # v29
    "Es ist nicht Ihre Schuld, dass das Paket verloren ging.",  # wording_german
    "Ihre Daten sind garantiert in sicheren Händen.",
    "Das ist nicht schwer: Drücken Sie fünf Sekunden auf den Knopf.",
    "Wir zahlen Ihnen das Guthaben aus, sobald Sie die IBAN bestätigen.",
    "Wenn Sie die Anleitung gelesen haben und es trotzdem nicht klappt, rufen Sie uns an.",
    "Ihre Daten sind bei uns sicher.",
    "Ja klar, wir sind für Sie da.",
    "Hätten Sie doch Lust auf einen Rückruf?",
)


def main() -> int:
    from openline.language import german_wording

    args = sys.argv[1:]
    pair = (0.94, 0.94)
    if "--pair" in args:
        i = args.index("--pair")
        pair = tuple(float(x) for x in args[i + 1].split("/"))
        del args[i : i + 2]
    shipped = (german_wording.HEADS_PATH, german_wording.HEADS_SHA256)
    columns = {}
    for name in args:
        path, digest = shipped if name == "shipped" else (Path(name), None)
        german_wording.HEADS_PATH, german_wording.HEADS_SHA256 = path, digest
        german_wording.head.cache_clear()
        german_wording.clear_cache()
        columns[name] = german_wording.score(list(FLIPPED))
    print(f"pair {pair[0]:.2f}/{pair[1]:.2f}; per reader: legal/hostile, * when flagged")
    flagged = dict.fromkeys(columns, 0)
    for i, sentence in enumerate(FLIPPED):
        cells = []
        for name, scores in columns.items():
            s = scores[i]
            hit = s.legal_risk >= pair[0] or s.hostile_tone >= pair[1]
            flagged[name] += hit
            cells.append(f"{s.legal_risk:.3f}/{s.hostile_tone:.3f}{'*' if hit else ' '}")
        print(" ".join(cells), sentence[:60])
    print("flagged: " + ", ".join(f"{Path(n).stem} {k}" for n, k in flagged.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
