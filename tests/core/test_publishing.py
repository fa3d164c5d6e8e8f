"""How pages get the findings of the pre-publish checks: core.publishing.findings_context."""

from openline.core.publishing import NeedsAcknowledgement, PublishBlocked, findings_context

TEXT = "Call 0161 496 0000, you idiot."
PHONE = {"kind": "personal_data", "label": "Personal data", "severity": "warn", "start": 5,
         "end": 18, "message": "A phone number.", "suggestion": "Leave it out."}  # fmt: skip
RUDE = {"kind": "hostile_tone", "severity": "warn", "start": 20, "end": 29,
        "message": "Unkind.", "suggestion": "Be kind."}  # fmt: skip


def test_each_finding_comes_with_its_label_and_the_words_it_points_at():
    shown = findings_context(TEXT, [PHONE, RUDE])["findings"]

    assert [(f["label"], f["excerpt"]) for f in shown] == [
        ("Personal data", "0161 496 0000"),
        ("Hostile tone", "you idiot"),  # no label from the check: named after its kind
    ]


def test_the_text_is_cut_into_runs_and_an_overlapping_finding_gives_way():
    overlapping = {**RUDE, "start": 10, "end": 24}

    runs = findings_context(TEXT, [overlapping, PHONE])["runs"]

    assert runs == [
        ("", "Call "),
        ("personal_data", "0161 496 0000"),
        ("hostile_tone", ", you "),
        ("", "idiot."),
    ]


def test_a_refusal_says_why_and_whether_it_can_be_acknowledged():
    blocked = findings_context(TEXT, PublishBlocked("Not like this.", [PHONE]))
    warned = findings_context(TEXT, NeedsAcknowledgement("Read this first.", [RUDE]))
    stored = findings_context(TEXT, [PHONE])

    assert (blocked["refused"], blocked["blocked"], blocked["message"]) == (
        True, True, "Not like this."
    )  # fmt: skip
    assert (warned["blocked"], warned["needs_acknowledgement"]) == (False, True)
    assert warned["findings"][0]["label"] == "Hostile tone"
    assert (stored["refused"], stored["message"]) == (False, "")
