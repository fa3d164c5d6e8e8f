"""The wording head (legal risk, hostile tone): the shipped weights, their hash check, and the
corpus they were trained on."""

import hashlib
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from openline.language import training, voice, wording

EVALUATION_SETS_COMPANIES = (
    Path(__file__).resolve().parents[2] / "bench" / "eval" / "guidance" / "companies.json"
)
# The demo's company and the first sets' invented companies, which companies.json does not list.
DEMO_AND_FIRST_COMPANIES = ("halden", "zippa", "kestrel", "brevano", "strandline")


def evaluation_companies() -> tuple[str, ...]:
    """Every evaluation company's key and one-word name, read from the sets' own list so that no
    test has to spell them out (and a company added to the sets is checked at once)."""
    companies = json.loads(EVALUATION_SETS_COMPANIES.read_text(encoding="utf-8"))
    names = set(companies)
    for company in companies.values():
        words = company["name"].split()
        if len(words) == 1:
            names.add(words[0].lower())
    return tuple(sorted(names))


EVALUATION_AND_DEMO_COMPANIES = (*DEMO_AND_FIRST_COMPANIES, *evaluation_companies())


def test_the_shipped_weights_are_the_pinned_ones():
    digest = hashlib.sha256(wording.HEADS_PATH.read_bytes()).hexdigest()

    assert digest == wording.HEADS_SHA256


def test_weights_other_than_the_pinned_ones_are_refused(monkeypatch):
    wording.head.cache_clear()
    monkeypatch.setattr(wording, "HEADS_SHA256", "0" * 64)
    try:
        with pytest.raises(voice.HeadsFileMismatch, match="language train --heads wording"):
            wording.head()
    finally:
        wording.head.cache_clear()


def test_the_corpus_is_large_covers_every_label_and_names_no_evaluation_company():
    rows = training.load_corpus(training.WORDING_CORPUS_PATH)
    text = json.dumps(rows).lower()

    assert len(rows) >= 600
    assert {r["label"] for r in rows} == {"legal_risk", "hostile_tone", "none"}
    assert sum(r["label"] == "legal_risk" for r in rows) >= 200
    assert sum(r["label"] == "hostile_tone" for r in rows) >= 200
    assert not [name for name in EVALUATION_AND_DEMO_COMPANIES if name in text]


def test_the_corpus_copies_sentences_only_from_read_development_sets():
    # wording-v6 adds the read English guidance sets' own sentences (companies renamed); an
    # untouched holdout copied in would make its figure a tuned one.
    path = Path(__file__).resolve().parents[2] / "bench" / "wording_corpus_drafts.jsonl"
    sets = {json.loads(line)["set"] for line in path.read_text(encoding="utf-8").splitlines()}

    # holdout8a/8b and holdout9a/9b are holdout8's and holdout9's writers, holdout14a/b/c
    # holdout14's, holdout15a/b/c holdout15's; holdout16a is holdout16's first writer's three
    # companies, its writers b and c (session 22's check) stay out, and so do the untouched
    # holdout17 and every German set. Session 24 adds holdout16b/c, holdout17a/b/c and
    # holdout18a (holdout18's first writer; its writers b and c are session 24's check).
    # Session 25 adds holdout18b/c and holdout19a (holdout19's first writer; its writers b and
    # c are session 25's check). Session 26 adds holdout19b/c and holdout20a (holdout20's first
    # writer; its writers b and c are session 26's check), out of the shipped corpus unless
    # WORDING_CORPUS_SETS26=1. Session 28 adds holdout20b/c, holdout21a/b/c and holdout22a
    # (holdout22's first writer; its writers b and c are session 28's check), all in the shipped
    # corpus since. Session 29 adds holdout22b/c and holdout23a (holdout23's first writer; its
    # writers b and c are session 29's check), out of the shipped corpus unless
    # WORDING_CORPUS_SETS29=1. Session 30 adds holdout23b/c and holdout24a (holdout24's first
    # writer; its writers b and c are session 30's check), out of the shipped corpus unless
    # WORDING_CORPUS_SETS30=1.
    assert sets == {"dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "valid5",
                    "holdout6", "holdout7", "holdout8a", "holdout9a", "holdout8b", "holdout9b",
                    "holdout10", "holdout11", "holdout12", "holdout13", "holdout14a",
                    "holdout14b", "holdout14c", "holdout15a", "holdout15b", "holdout15c",
                    "holdout16a", "holdout16b", "holdout16c", "holdout17a", "holdout17b",
                    "holdout17c", "holdout18a", "holdout18b", "holdout18c",
                    "holdout19a", "holdout19b", "holdout19c", "holdout20a", "holdout20b",
                    "holdout20c", "holdout21a", "holdout21b", "holdout21c",
                    "holdout22a", "holdout22b", "holdout22c", "holdout23a", "holdout23b",
                    "holdout23c", "holdout24a"}  # fmt: skip


def test_the_corpus_builder_writes_the_shipped_corpus_byte_for_byte():
    # The builder reads only files committed with it (the customers' sentences are frozen in
    # bench/wording_corpus_customers.txt), so a change elsewhere cannot move the corpus.
    path = Path(__file__).resolve().parents[2] / "bench" / "wording_corpus.py"
    spec = importlib.util.spec_from_file_location("wording_corpus", path)
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)

    written = builder.text(builder.rows())

    assert written == training.WORDING_CORPUS_PATH.read_text(encoding="utf-8")


def test_the_shipped_head_was_trained_on_the_shipped_corpus():
    trained_on = str(np.load(wording.HEADS_PATH, allow_pickle=False)["corpus_sha256"])
    shipped = hashlib.sha256(training.WORDING_CORPUS_PATH.read_bytes()).hexdigest()

    assert trained_on == shipped
    assert training.corpus_digest(training.load_corpus(training.WORDING_CORPUS_PATH)) == shipped


def test_scores_come_per_sentence_and_are_probabilities(db):
    wording.clear_cache()
    scores = wording.score([
        "We admit our installer was negligent and we'll pay for all the damage.",
        "Thanks for your patience, the replacement ships today.",
        "Thanks for your patience, the replacement ships today.",
    ])  # fmt: skip

    assert len(scores) == 3
    assert scores[0].legal_risk > 0.5 > scores[1].legal_risk
    assert scores[1] == scores[2]
    assert all(0 <= s.legal_risk + s.hostile_tone <= 1 for s in scores)


def test_a_cached_sentence_is_not_embedded_again(monkeypatch):
    wording.clear_cache()
    wording.score(["We were legally responsible for the flood."])
    calls = []
    import openline.language as language

    original = language.embed
    monkeypatch.setattr(language, "embed", lambda texts: calls.append(texts) or original(texts))

    wording.score(["We were legally responsible for the flood.", "Have a nice day."])

    assert calls == [["Have a nice day."]]


def test_the_voice_corpus_names_no_evaluation_or_demo_company():
    text = json.dumps(training.load_corpus()).lower()

    assert not [name for name in EVALUATION_AND_DEMO_COMPANIES if name in text]


@pytest.mark.parametrize(
    ("barbed", "plain"),
    [
        ("As I said in my previous three replies, the parcel leaves the warehouse on Monday.",
         "The parcel leaves the warehouse on Monday."),
        ("Like it says clearly on the order page, delivery takes five days.",
         "Delivery takes five days, as the order page says."),
    ],
)  # fmt: skip
def test_a_barb_around_a_plain_fact_reads_as_hostile_and_the_fact_alone_does_not(db, barbed, plain):
    wording.clear_cache()
    with_barb, alone = wording.score([barbed, plain])

    assert with_barb.hostile_tone > alone.hostile_tone + 0.3
    assert alone.hostile_tone < 0.5


def test_paying_whatever_it_costs_is_a_legal_risk_and_a_policy_limit_is_not(db):
    wording.clear_cache()
    promise, policy = wording.score([
        "We will pay for the new carpet and the cleaning, whatever it costs.",
        "Carpet damage is covered up to £200 under the delivery policy.",
    ])  # fmt: skip

    assert promise.legal_risk > 0.85
    assert policy.legal_risk < 0.5


def test_the_trainer_builds_the_same_weighted_bag_of_terms_as_the_head_reads():
    # training.weighted_terms builds the bag sparse (the dense one of a 45,000-row corpus needs
    # more memory than a build machine has); it must hold what wording.features gives the head.
    texts = [
        "We will pay for all the damage, we promise.",
        "It's a router, not rocket science.",
        "Hi there",
        "Thanks!! we'll be in touch about the refund for the router",
    ]
    vocabulary = training.vocabulary(texts * 3)
    embeddings = np.zeros((len(texts), 384), dtype=np.float32)

    dense = wording.features(texts, vocabulary, embeddings)[:, 384:]
    sparse = training.weighted_terms(texts, vocabulary).toarray()

    np.testing.assert_allclose(sparse, dense, rtol=1e-6)
