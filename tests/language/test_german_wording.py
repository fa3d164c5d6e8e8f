"""The German reader (legal risk, hostile tone in German): its folding and features, the shipped
weights and their hash, and the corpus they were trained on."""

import hashlib
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from openline.language import german_concepts, german_wording, training, voice

from .test_wording import EVALUATION_AND_DEMO_COMPANIES, EVALUATION_SETS_COMPANIES

BENCH = Path(__file__).resolve().parents[2] / "bench"
# The companies of the German sets read since session 20 are among EVALUATION_AND_DEMO_COMPANIES
# (every company of companies.json): their sentences are copied with the companies renamed (a
# de13 sentence's word "Kieselwege" holds a de16 company's name and is renamed too); the check
# and the untouched sets are never copied.


def german_spellings_of_evaluation_companies() -> tuple[str, ...]:
    """The name's first word as German writes it where the company's key folds its umlauts or ß
    (a key "...mass" for a name "...maß"): the key alone would not find it in German text."""
    companies = json.loads(EVALUATION_SETS_COMPANIES.read_text(encoding="utf-8"))
    return tuple(
        sorted(
            first
            for key, company in companies.items()
            if (first := company["name"].split()[0].lower()) != key
            and german_wording.normalise(first) == key
        )
    )


def test_umlauts_sharp_s_accents_case_and_digits_are_folded():
    assert (
        german_wording.normalise("STRAẞE Straße Müll Café 2024")
        == "strasse strasse muell cafe 0000"
    )


def test_a_compound_shares_character_ngrams_with_its_parts():
    compound = german_wording.features("Vollkoffer")
    part = german_wording.features("Koffer")

    assert "c koffer " not in compound  # not the word itself …
    assert {"cffer ", "coffer", "ckoff"} <= compound & part  # … but its end and its middle


def test_words_and_word_pairs_are_features():
    found = german_wording.features("Reg di ned so auf!")

    assert {"wreg", "wned", "bned so", "bauf !", "w!"} <= found


def test_the_shipped_weights_are_the_pinned_ones():
    digest = hashlib.sha256(german_wording.HEADS_PATH.read_bytes()).hexdigest()

    assert digest == german_wording.HEADS_SHA256


def test_weights_other_than_the_pinned_ones_are_refused():
    with pytest.raises(voice.HeadsFileMismatch, match="language train --heads german"):
        german_wording.load(str(german_wording.HEADS_PATH), "0" * 64)


def test_the_corpus_is_large_balanced_and_names_no_evaluation_or_demo_company():
    rows = training.load_corpus(training.GERMAN_CORPUS_PATH)
    own = [r for r in rows if r["set"] == "corpus"]
    text = json.dumps(rows, ensure_ascii=False).lower()

    assert len(own) >= 1500
    for label in ("legal_risk", "hostile_tone", "none"):
        assert sum(r["label"] == label for r in own) >= 300
    assert not [name for name in EVALUATION_AND_DEMO_COMPANIES if name in text]
    assert not [name for name in german_spellings_of_evaluation_companies() if name in text]


def test_a_company_is_also_looked_for_as_german_spells_its_name():
    # the check above reads companies.json: at least one key is the folded form of its name
    spellings = german_spellings_of_evaluation_companies()

    assert spellings
    assert all(german_wording.normalise(s) != s for s in spellings)


def test_the_corpus_copies_sentences_only_from_read_german_sets():
    # de11, de12 and de13 are read since session 20 (german-v15), de14 since session 21
    # (german-v16), de15 since session 22 (german-v17), de16 and de17 since session 24
    # (german-v19; de16 was read since session 23, de17 since session 24); de18 (read since
    # session 25) and de19 (read since session 26) since session 26 (german-v21); de20, de21
    # and de22 (read since sessions 27, 28 and 29) since session 29 (german-wording-v24p);
    # de23 is session 29's check and de24 untouched: neither may be trained on.
    sets = {r["set"] for r in training.load_corpus(training.GERMAN_CORPUS_PATH)}

    assert sets == {"corpus", "de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10",
                    "de11", "de12", "de13", "de14", "de15", "de16", "de17", "de18", "de19",
                    "de20", "de21", "de22", "valid5_de"}  # fmt: skip


def test_the_corpus_builder_writes_the_shipped_corpus_byte_for_byte():
    path = BENCH / "german_reader_corpus.py"
    spec = importlib.util.spec_from_file_location("german_reader_corpus", path)
    assert spec is not None and spec.loader is not None
    import sys

    sys.path.insert(0, str(BENCH))
    try:
        builder = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(builder)
        own = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in builder.rows())
    finally:
        sys.path.remove(str(BENCH))
    read = (BENCH / "german_reader_drafts.jsonl").read_text(encoding="utf-8")

    assert own + read == training.GERMAN_CORPUS_PATH.read_text(encoding="utf-8")


def test_the_shipped_head_was_trained_on_the_shipped_corpus():
    trained_on = str(np.load(german_wording.HEADS_PATH, allow_pickle=False)["corpus_sha256"])
    shipped = hashlib.sha256(training.GERMAN_CORPUS_PATH.read_bytes()).hexdigest()

    assert trained_on == shipped


def test_scores_are_probabilities_per_sentence_and_cached():
    german_wording.clear_cache()
    scores = german_wording.score([
        "Wir übernehmen die volle Haftung und zahlen Ihnen alle Folgekosten.",
        "Ihr Paket ist heute verschickt worden.",
        "Ihr Paket ist heute verschickt worden.",
    ])  # fmt: skip

    assert scores[0].legal_risk > 0.5 > scores[1].legal_risk
    assert scores[1] == scores[2]
    assert all(0 <= s.legal_risk + s.hostile_tone <= 1 for s in scores)


def test_without_a_concept_weight_no_flag_is_read():
    assert german_wording.CONCEPT_WEIGHT == 0  # the shipped head was trained without them
    assert not [f for f in german_wording.features("Wie bereits erwähnt!") if f[0] == "k"]


def test_concept_flags_are_a_feature_group_of_their_own(monkeypatch):
    monkeypatch.setattr(german_wording, "CONCEPT_WEIGHT", 0.5)
    found = german_wording.features("Wie bereits erwähnt, steht das doch klar in der Anleitung.")
    row = german_wording.weighted(found)

    assert {"klecture", "kparticle", "kparticle&lecture"} <= found
    assert row["klecture"] == german_wording.CONCEPT_WEIGHT  # not scaled by the sentence's length


def test_the_formal_address_needs_its_capital_and_names_who_is_addressed():
    assert {"you_formal", "you"} <= set(
        german_concepts.flags("Da haben Sie recht.", "da haben sie recht.")
    )
    assert "you_formal" not in german_concepts.flags("Da haben sie recht.", "da haben sie recht.")


def test_payment_under_negation_is_its_own_conjunction():
    text = "Die Folgekosten zahlen wir nicht."

    assert "we&pay&neg" in german_concepts.flags(text, german_wording.normalise(text))


def test_the_head_reads_a_sentence_as_its_training_row():
    sentence = "Das hätten Sie wirklich vorher lesen müssen, wie bereits erwähnt!!"
    h = german_wording.head()
    row = german_wording.weighted(german_wording.features(sentence))
    logits = h.bias.astype(np.float64) + sum(
        value * h.weights[h.columns[f]].astype(np.float64)
        for f, value in row.items()
        if f in h.columns
    )
    expected = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()

    assert np.allclose(h.probabilities([sentence])[0], expected, atol=1e-5)


def test_a_sentences_skeleton_writes_its_nouns_and_numbers_as_placeholders():
    found = german_wording.skeleton("Die Schraube fehlte, unser Monteur hat sie vergessen.")

    assert {"ddie N fehlte", "dunser N hat", "dN hat sie", "dhat sie vergessen"} <= found
    assert not [f for f in found if "schraube" in f or "monteur" in f]


def test_the_skeleton_keeps_the_forms_of_address_and_the_first_word():
    found = german_wording.skeleton("Wir schreiben Ihnen 40 € auf Ihr Konto gut.")

    assert {"dwir schreiben ihnen", "dschreiben ihnen 0", "d0 € auf", "dauf ihr N"} <= found


def test_two_trades_sentences_said_alike_share_their_skeleton():
    one = german_wording.skeleton("Die Kippsicherung fehlte, unser Techniker hat sie vergessen.")
    other = german_wording.skeleton("Die Dichtung fehlte, unser Installateur hat sie vergessen.")

    assert one == other  # while their nouns share no word
    assert not {"wkippsicherung", "wtechniker"} & german_wording.features(
        "Die Dichtung fehlte, unser Installateur hat sie vergessen."
    )


def test_the_skeleton_is_a_feature_group_of_its_own(monkeypatch):
    monkeypatch.setattr(german_wording, "SKELETON_WEIGHT", 2.0)
    found = german_wording.features("Wir zahlen Ihnen 50 € für den Ärger.")
    row = german_wording.weighted(found)
    shapes = [f for f in found if f[0] == "d"]

    assert shapes
    assert row[shapes[0]] == pytest.approx(2.0 / np.sqrt(len(shapes)))


def test_without_a_skeleton_weight_no_skeleton_is_read(monkeypatch):
    monkeypatch.setattr(german_wording, "SKELETON_WEIGHT", 0.0)

    assert not [f for f in german_wording.features("Die Schraube fehlte.") if f[0] == "d"]


def _bench_module(name: str):
    import sys

    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    sys.path.insert(0, str(BENCH))
    try:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def test_the_drafts_builder_renames_every_company_of_the_read_sets_it_may_copy():
    # de22 is read since session 29 (german-wording-v24): its companies are renamed like the
    # earlier sets' before a sentence of it may be copied.
    builder = _bench_module("german_reader_drafts")
    companies = json.loads(EVALUATION_SETS_COMPANIES.read_text(encoding="utf-8"))
    used = {
        json.loads(line)["company"]
        for name in builder.SETS_WITH_DE22
        for line in (BENCH / "eval" / "guidance" / f"drafts_{name}.jsonl").read_text().splitlines()
        if line.strip()
    }

    assert "de22" in builder.SETS_WITH_DE22
    assert not [key for key in used if key in builder.rename(companies[key]["name"]).lower()]


def test_the_leave_writers_out_floor_keeps_every_minimum():
    lowo = _bench_module("german_reader_lowo")
    legal = {"kind": "legal_risk", "match": "Wir zahlen alles."}
    hostile = {"kind": "hostile_tone", "match": "Lesen Sie halt."}
    drafts = [
        {"text": "Wir zahlen alles.", "expected": [legal], "german": True, "rules": [],
         "sentences": [(0, 17, "legal")]},
        {"text": "Lesen Sie halt.", "expected": [hostile], "german": True, "rules": [],
         "sentences": [(0, 15, "hostile")]},
        {"text": "Guten Tag.", "expected": [], "german": True, "rules": [],
         "sentences": [(0, 10, "clean")]},
    ]  # fmt: skip
    scores = {"legal": (0.95, 0.0), "hostile": (0.0, 0.97), "clean": (0.5, 0.0)}

    # The legal clause is found only up to 0.95; no pair of the grid finds two.
    assert lowo.floored(drafts, scores, 1, 0, 0)[0] <= 0.95
    assert lowo.floored(drafts, scores, 2, 0, 0) is None
    assert lowo.floored(drafts, scores, 1, 0, 0, net=True, lowest=0.96) is None


def _tiny_corpus() -> list[dict]:
    return [
        *({"text": f"Wir zahlen Ihnen {n} Euro Schadenersatz.", "label": "legal_risk"}
          for n in ("100", "200", "300")),
        *({"text": f"Lesen Sie halt die Anleitung, {w}.", "label": "hostile_tone"}
          for w in ("bitte", "endlich", "einfach")),
        *({"text": f"Wir zahlen Ihnen {n} Euro aus Kulanz zurück.", "label": "none"}
          for n in ("100", "200", "300")),
        *({"text": f"Die Anleitung liegt {w} bei.", "label": "none"}
          for w in ("oben", "unten", "hinten")),
    ]  # fmt: skip


def test_rows_without_a_weight_fit_as_before_and_a_weight_counts():
    rows = _tiny_corpus()
    plain = training.train_german_wording(rows)
    ones = training.train_german_wording([{**r, "weight": 1.0} for r in rows])
    heavier = training.train_german_wording(
        [{**r, "weight": 5.0} if r["label"] == "none" else r for r in rows]
    )

    assert np.array_equal(plain["weights"], ones["weights"])
    assert not np.allclose(plain["weights"], heavier["weights"])


def test_the_judge_weights_only_the_written_clean_sentences(tmp_path):
    judge = _bench_module("german_reader_judge")
    corpus, read, extra = tmp_path / "c.jsonl", tmp_path / "r.jsonl", tmp_path / "x.jsonl"
    corpus.write_text('{"text": "a", "label": "none"}\n{"text": "b", "label": "legal_risk"}\n')
    read.write_text('{"text": "c", "label": "none", "set": "de3"}\n')
    extra.write_text('{"text": "d", "label": "clean", "sector": "s", "channel": "email"}\n')

    rows = judge.training_rows(corpus, read, [str(extra)], 2.0)

    assert [(r["text"], r["label"], r.get("weight", 1.0)) for r in rows] == [
        ("a", "none", 2.0), ("b", "legal_risk", 1.0), ("d", "none", 2.0), ("c", "none", 1.0)
    ]  # fmt: skip
