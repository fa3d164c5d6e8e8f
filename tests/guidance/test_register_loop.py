"""The register's correction loop: "not confidential here" on a finding that was the word in its
ordinary sense, "this is <term>" on a post that named a term another way, the managers' queue,
and what the matcher learns from them — and what it must not unlearn."""

import pytest
from django.urls import reverse

from openline.community import actions as community
from openline.core.models import SettingsChange
from openline.core.publishing import HeldForReview
from openline.guidance import actions, register_reports
from openline.guidance.checks import check_text
from openline.guidance.detectors.internal import RegisterIndex
from openline.guidance.detectors.learned import cue_words, detect, note_words
from openline.guidance.models import (
    ConfidentialTerm,
    PolicyRule,
    RegisterReport,
    ReportKind,
    ReportStatus,
    ReviewRequest,
)

NOTE = "code name of the new tablet launching in spring"
ORDINARY = "We watched the Kestrel hovering over the car park this morning."
ORDINARY_AGAIN = "Our depot has a resident Kestrel hovering over the car park most days."
# The same neighbouring words, but the sentence speaks of the item (its note) or hints.
LEAK_BY_NOTE = "Kestrel launches in spring, hovering just over the car park price."
LEAK_BY_HINT = "Between us, the Kestrel hovering over the car park is ours."
LEAK_BY_MARKER = "Project Kestrel hovering over the car park? It is going well."


def flagged(text: str, role: str = "agent") -> list[str]:
    found = check_text(text, author_role=role).findings
    return [text[f.start : f.end] for f in found if f.kind == "internal_reference"]


@pytest.fixture
def kestrel(db):
    return actions.add_confidential_term(None, term="Kestrel", note=NOTE)


@pytest.fixture
def held_for_review(db):
    """Register findings wait for a reviewer (instead of blocking), so drafts can be held."""
    PolicyRule.objects.create(kind="internal_reference", action="review")


def hold(author, thread, text: str) -> ReviewRequest:
    with pytest.raises(HeldForReview) as held:
        community.create_reply(author, thread, body=text)
    return ReviewRequest.objects.get(pk=held.value.review_id)


def finding_index(review: ReviewRequest) -> int:
    return next(i for i, f in enumerate(review.findings) if f["kind"] == "internal_reference")


def report_on(client, review: ReviewRequest):
    url = reverse("guidance:report_ordinary", args=[review.pk])
    return client.post(url, {"finding": finding_index(review)})


# --- what the matcher learns ------------------------------------------------------------------


def test_an_accepted_ordinary_use_clears_the_same_draft_but_not_a_leak_beside_the_same_words(
    kestrel, moderator
):
    assert flagged(ORDINARY) == ["Kestrel"]
    start = ORDINARY.index("Kestrel")

    report = register_reports.report_ordinary_use(
        moderator, text=ORDINARY, start=start, end=start + len("Kestrel")
    )

    assert report.status == ReportStatus.ACCEPTED
    assert flagged(ORDINARY) == []
    assert flagged(ORDINARY_AGAIN) == []  # the neighbouring words, not the exact sentence
    assert any("Kestrel" in words for words in flagged(LEAK_BY_NOTE))
    assert any("Kestrel" in words for words in flagged(LEAK_BY_HINT))
    assert any("Kestrel" in words for words in flagged(LEAK_BY_MARKER))


def test_ordinary_contexts_are_the_terms_own_other_terms_still_match():
    rows = [
        ("Kestrel", "code_name", NOTE, [], ["watched hovering car park"]),
        ("Osprey", "code_name", "code name of the billing migration", []),
    ]
    index = RegisterIndex.build(rows)
    osprey = "We watched the Osprey hovering over the car park this morning."

    assert detect(ORDINARY, index) == []
    assert [osprey[h.start : h.end] for h in detect(osprey, index)] == ["Osprey"]


def test_a_context_cut_down_to_one_word_needs_only_that_word():
    index = RegisterIndex.build([("Kestrel", "code_name", NOTE, [], ["bird"])])
    text = "We watched the Kestrel hovering, a lovely bird, over the car park."

    assert detect(text, index) == []
    assert detect("We watched the Kestrel hovering over the car park.", index)


def test_the_words_kept_are_the_neighbours_without_the_term_or_function_words():
    start = ORDINARY.index("Kestrel")

    cues = cue_words(ORDINARY, start, start + 7, "Kestrel", note_words(NOTE))

    assert cues == ["watched", "hovering", "car", "park"]


# --- "not confidential here": who turns it into a rule ----------------------------------------


def test_a_non_managers_report_waits_and_changes_nothing_until_a_manager_accepts(
    kestrel, held_for_review, agent, moderator, question, signed_in
):
    review = hold(agent, question, ORDINARY)

    answer = report_on(signed_in(agent), review)

    assert answer.status_code == 302
    report = RegisterReport.objects.get()
    assert (report.status, report.reporter, report.term, report.words) == (
        ReportStatus.PENDING, agent, kestrel, "Kestrel"
    )  # fmt: skip
    assert report.sentence == ORDINARY.rstrip(".")
    assert report.review == review
    assert flagged(ORDINARY) == ["Kestrel"]

    client = signed_in(moderator)
    page = client.get(reverse("guidance_settings:register"))
    assert ORDINARY.rstrip(".") in page.content.decode()
    decide = reverse("guidance_settings:report_decide", args=[report.pk])
    client.post(decide, {"decision": "accept", "cues": "hovering car park"})

    report.refresh_from_db()
    assert report.status == ReportStatus.ACCEPTED and report.decided_by == moderator
    assert ConfidentialTerm.objects.get().ordinary_contexts == ["hovering car park"]
    assert flagged(ORDINARY) == []
    assert SettingsChange.objects.filter(section="register", actor=moderator).exists()


def test_a_rejected_report_changes_nothing(kestrel, held_for_review, agent, moderator, question):
    review = hold(agent, question, ORDINARY)
    start = ORDINARY.index("Kestrel")
    report = register_reports.report_ordinary_use(
        agent, text=ORDINARY, start=start, end=start + 7, review=review
    )

    register_reports.reject_register_report(moderator, report)

    assert RegisterReport.objects.get().status == ReportStatus.REJECTED
    assert ConfidentialTerm.objects.get().ordinary_contexts == []
    assert flagged(ORDINARY) == ["Kestrel"]


def test_the_same_sentence_reported_twice_waits_once(kestrel, agent, superuser):
    start = ORDINARY.index("Kestrel")
    for person in (agent, superuser):
        register_reports.report_ordinary_use(person, text=ORDINARY, start=start, end=start + 7)

    assert RegisterReport.objects.count() == 1


def test_a_managers_report_of_what_waits_decides_it(kestrel, agent, moderator):
    start = ORDINARY.index("Kestrel")
    waiting = register_reports.report_ordinary_use(agent, text=ORDINARY, start=start, end=start + 7)

    report = register_reports.report_ordinary_use(
        moderator, text=ORDINARY, start=start, end=start + 7
    )

    assert report.pk == waiting.pk
    assert RegisterReport.objects.get().status == ReportStatus.ACCEPTED
    assert flagged(ORDINARY) == []


def test_a_reviewer_reports_from_the_review_page_and_it_is_a_rule_at_once(
    kestrel, held_for_review, agent, moderator, question, signed_in
):
    review = hold(agent, question, ORDINARY)
    client = signed_in(moderator)
    page = client.get(reverse("guidance:review", args=[review.pk])).content.decode()
    assert "is not confidential here" in page

    answer = report_on(client, review)

    assert answer.url == reverse("guidance:review", args=[review.pk])
    assert RegisterReport.objects.get().status == ReportStatus.ACCEPTED
    assert flagged(ORDINARY) == []


def test_the_author_reports_from_their_own_requests(
    kestrel, held_for_review, agent, question, signed_in
):
    review = hold(agent, question, ORDINARY)
    client = signed_in(agent)
    assert "is not confidential here" in client.get(reverse("guidance:my_reviews")).content.decode()

    assert report_on(client, review).url == reverse("guidance:my_reviews")
    assert RegisterReport.objects.get().reporter == agent


def test_nobody_reports_on_someone_elses_held_reply(
    kestrel, held_for_review, agent, question, signed_in, request
):
    review = hold(agent, question, ORDINARY)
    other = request.getfixturevalue("superuser")

    assert report_on(signed_in(other), review).status_code == 404
    assert not RegisterReport.objects.exists()


def test_a_finding_that_is_not_the_registers_cannot_be_reported(
    kestrel, held_for_review, agent, question, signed_in
):
    review = hold(agent, question, ORDINARY)
    client = signed_in(agent)
    url = reverse("guidance:report_ordinary", args=[review.pk])

    client.post(url, {"finding": "99"})
    client.post(url, {"finding": "-1"})

    assert not RegisterReport.objects.exists()


# --- "this is <term>" ------------------------------------------------------------------------

SLIPPED = "Hold off buying now: the shiny new gizmo lands in a few weeks and it is great."


def test_a_moderator_names_a_phrase_in_a_published_reply_and_new_drafts_find_it(
    kestrel, moderator, question, signed_in
):
    reply = community.create_reply(moderator, question, body=SLIPPED)
    assert flagged("Can't wait for the shiny new gizmo!") == []
    client = signed_in(moderator)
    url = reverse("guidance:name_term", args=[reply.pk])
    assert SLIPPED in client.get(url).content.decode()

    answer = client.post(url, {"phrase": "the shiny new gizmo", "term": kestrel.pk})

    assert answer.status_code == 302
    assert ConfidentialTerm.objects.get().variants == ["the shiny new gizmo"]
    assert flagged("Can't wait for the shiny new gizmo!") == ["shiny new gizmo"]
    report = RegisterReport.objects.get()
    assert (report.kind, report.status, report.reporter, report.reply) == (
        ReportKind.VARIANT, ReportStatus.ACCEPTED, moderator, reply
    )  # fmt: skip
    assert SettingsChange.objects.filter(summary__contains="the shiny new gizmo").exists()


def test_a_reviewer_names_a_term_in_a_held_reply(
    kestrel, held_for_review, agent, moderator, question, signed_in
):
    review = hold(agent, question, ORDINARY + " And the shiny new gizmo is coming.")
    client = signed_in(moderator)
    page = client.get(reverse("guidance:review", args=[review.pk])).content.decode()
    url = reverse("guidance:name_term_held", args=[review.pk])
    assert url in page

    answer = client.post(url, {"phrase": "shiny new gizmo", "term": kestrel.pk})

    assert answer.url == reverse("guidance:review", args=[review.pk])
    assert RegisterReport.objects.get().review == review
    assert flagged("Is the shiny new gizmo out yet?") == ["shiny new gizmo"]


def test_a_thread_shows_moderators_the_way_to_name_a_term(moderator, question, signed_in):
    reply = community.create_reply(moderator, question, body=SLIPPED)
    page = signed_in(moderator).get(question.get_absolute_url()).content.decode()

    assert reverse("guidance:name_term", args=[reply.pk]) in page


def test_an_agents_variant_waits_for_a_manager(kestrel, agent, moderator, question):
    reply = community.create_reply(moderator, question, body=SLIPPED)

    report = register_reports.report_variant(
        agent, term=kestrel, phrase="the shiny new gizmo", reply=reply
    )

    assert report.status == ReportStatus.PENDING
    assert flagged("Can't wait for the shiny new gizmo!") == []
    register_reports.accept_register_report(moderator, report)
    assert flagged("Can't wait for the shiny new gizmo!") == ["shiny new gizmo"]


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("ab", "at least 3 letters or digits"),
        ("kestrel", "already how the register writes"),
        ("words that are not there", "not in the post"),
        ("x" * 201, "at most 200 characters"),
    ],
)
def test_a_bad_phrase_is_refused_with_a_reason_and_the_form_keeps_it(
    kestrel, moderator, question, signed_in, phrase, message
):
    reply = community.create_reply(moderator, question, body=SLIPPED + " ab kestrel " + "x" * 201)
    url = reverse("guidance:name_term", args=[reply.pk])

    answer = signed_in(moderator).post(url, {"phrase": phrase, "term": kestrel.pk})

    assert answer.status_code == 400
    page = answer.content.decode()
    assert message in page
    assert f'value="{phrase}"' in page
    assert ConfidentialTerm.objects.get().variants == []


@pytest.mark.parametrize("who", ["customer", "superuser"])
def test_only_staff_name_terms(kestrel, moderator, question, signed_in, request, who):
    reply = community.create_reply(moderator, question, body=SLIPPED)
    client = signed_in(request.getfixturevalue(who))
    url = reverse("guidance:name_term", args=[reply.pk])

    assert client.get(url).status_code == 403
    assert client.post(url, {"phrase": "shiny new gizmo", "term": kestrel.pk}).status_code == 403
    assert not RegisterReport.objects.exists()


def test_signed_out_visitors_are_sent_to_sign_in(client, kestrel, moderator, question):
    reply = community.create_reply(moderator, question, body=SLIPPED)

    answer = client.get(reverse("guidance:name_term", args=[reply.pk]))

    assert answer.status_code == 302 and "signin" in answer.url


# --- the register page: the queue, and what each term learned ---------------------------------


@pytest.mark.parametrize("who", ["agent", "superuser", "customer"])
def test_only_register_managers_decide_and_edit_what_was_learned(
    kestrel, agent, signed_in, request, who
):
    start = ORDINARY.index("Kestrel")
    report = register_reports.report_ordinary_use(agent, text=ORDINARY, start=start, end=start + 7)
    client = signed_in(request.getfixturevalue(who))

    decide = reverse("guidance_settings:report_decide", args=[report.pk])
    remove = reverse("guidance_settings:term_remove", args=[kestrel.pk])
    assert client.post(decide, {"decision": "accept"}).status_code == 403
    assert client.post(remove, {"context": "anything"}).status_code == 403
    assert RegisterReport.objects.get().status == ReportStatus.PENDING


def test_a_learned_context_and_a_variant_can_be_removed_from_the_page(
    kestrel, moderator, signed_in
):
    kestrel.variants, kestrel.ordinary_contexts = ["the gizmo"], ["hovering car park"]
    kestrel.save()
    client = signed_in(moderator)
    remove = reverse("guidance_settings:term_remove", args=[kestrel.pk])
    page = client.get(reverse("guidance_settings:register")).content.decode()
    assert "hovering car park" in page and "the gizmo" in page

    answer = client.post(remove, {"context": "hovering car park"}, headers={"HX-Request": "true"})
    client.post(remove, {"variant": "the gizmo"})

    assert answer.status_code == 200 and 'id="register-loop"' in answer.content.decode()
    kestrel.refresh_from_db()
    assert (kestrel.ordinary_contexts, kestrel.variants) == ([], [])
    assert flagged(ORDINARY) == ["Kestrel"]


def test_accepting_with_no_telling_word_left_is_refused_and_the_report_waits(
    kestrel, agent, moderator
):
    start = ORDINARY.index("Kestrel")
    report = register_reports.report_ordinary_use(agent, text=ORDINARY, start=start, end=start + 7)

    with pytest.raises(Exception, match="at least one word"):
        register_reports.accept_register_report(moderator, report, cues="  ")

    assert RegisterReport.objects.get().status == ReportStatus.PENDING
    assert ConfidentialTerm.objects.get().ordinary_contexts == []


def test_editing_ordinary_contexts_on_the_term_form_checks_them_and_loses_nothing(
    kestrel, moderator, signed_in
):
    client = signed_in(moderator)
    url = reverse("guidance_settings:term_edit", args=[kestrel.pk])
    data = {"term": "Kestrel", "category": "code_name", "note": NOTE, "variants": "the gizmo",
            "active": "on", "ordinary_contexts": "hovering car park\nkestrel"}  # fmt: skip

    answer = client.post(url, data)

    assert answer.status_code == 400
    assert "not the term&#x27;s own" in answer.content.decode()
    assert "the gizmo" in answer.content.decode()
    client.post(url, {**data, "ordinary_contexts": "hovering car park\nbird"})
    assert ConfidentialTerm.objects.get().ordinary_contexts == ["hovering car park", "bird"]


# --- the API ---------------------------------------------------------------------------------


def test_the_api_takes_a_report_from_the_live_editor_without_naming_the_term(
    kestrel, superuser, api_post
):
    start = ORDINARY.index("Kestrel")

    answer = api_post(
        "/api/v1/guidance/register/reports/ordinary",
        {"text": ORDINARY, "start": start, "end": start + 7},
        superuser,
    )

    assert answer.status_code == 201
    body = answer.json()
    assert body["status"] == "pending" and "term" not in body
    assert "Kestrel" not in str({k: v for k, v in body.items() if k != "words"})


@pytest.mark.parametrize(("start", "end", "status"), [(0, 2, 404), (5, 500, 422), (10, 3, 422)])
def test_the_api_refuses_offsets_without_a_register_finding(
    kestrel, agent, api_post, start, end, status
):
    answer = api_post(
        "/api/v1/guidance/register/reports/ordinary",
        {"text": ORDINARY, "start": start, "end": end},
        agent,
    )

    assert answer.status_code == status
    assert answer.json()["detail"]
    assert not RegisterReport.objects.exists()


def test_the_api_answers_409_for_a_variant_already_on_the_register(kestrel, moderator, api_post):
    answer = api_post(
        "/api/v1/guidance/register/reports/variant",
        {"term_id": kestrel.pk, "phrase": "KESTREL"},
        moderator,
    )

    assert answer.status_code == 409, answer.content
    assert "already" in answer.json()["detail"]


def test_a_customer_cannot_report_through_the_api(kestrel, customer, api_post):
    start = ORDINARY.index("Kestrel")
    answer = api_post(
        "/api/v1/guidance/register/reports/ordinary",
        {"text": ORDINARY, "start": start, "end": start + 7},
        customer,
    )

    assert answer.status_code == 403


def test_managers_list_and_accept_reports_through_the_api(
    kestrel, agent, moderator, api_post, client, bearer
):
    start = ORDINARY.index("Kestrel")
    report = register_reports.report_ordinary_use(agent, text=ORDINARY, start=start, end=start + 7)
    url = "/api/v1/guidance/register/reports"

    assert client.get(url, headers=bearer(agent)).status_code == 403
    listed = client.get(url, headers=bearer(moderator)).json()
    assert [r["term"] for r in listed] == ["Kestrel"]
    accepted = api_post(f"{url}/{report.pk}/accept", {"cues": "hovering park"}, moderator)

    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    assert flagged(ORDINARY) == []
    again = api_post(f"{url}/{report.pk}/reject", {}, moderator)
    assert again.status_code == 422  # decided already


def test_staff_name_a_term_through_the_api(kestrel, moderator, api_post):
    answer = api_post(
        "/api/v1/guidance/register/reports/variant",
        {"term_id": kestrel.pk, "phrase": "the shiny new gizmo"},
        moderator,
    )

    assert answer.status_code == 201 and answer.json()["status"] == "accepted"
    assert flagged("Can't wait for the shiny new gizmo!") == ["shiny new gizmo"]
