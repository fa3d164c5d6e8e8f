"""The knowledge base: staff write an article from solved threads with personal data masked,
publish it, and it is public (FAQPage), in the sitemap, offered while asking; FAQ candidates
propose the questions asked again and again."""

import json
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from openline.community import actions
from openline.knowledge import articles, faq
from openline.knowledge.models import Article, ArticleStatus
from tests.factories import UserFactory

PRIVATE = "Mail me at pat.smith@example.org or call +44 20 7946 0958, order HH-2025-118842."


@pytest.fixture
def solved(customer, agent, space):
    title = "How do I reset the thermostat to factory settings?"
    thread = actions.create_thread(
        customer, space, kind="question", title=title, body=f"Mine is stuck. {PRIVATE}",
        acknowledged=True,  # the asker posted their details anyway: the article must not
    )  # fmt: skip
    reply = actions.create_reply(
        agent, thread, body="Hold the dial for ten seconds until the screen shows RESET."
    )
    actions.accept_answer(customer, reply)
    return thread


def publish(agent, **fields):
    values = {
        "question": "How do I reset the thermostat?",
        "details": "",
        "answer": "Hold the dial for ten seconds until the screen shows RESET.",
        "source_ids": [],
        "publish": True,
    }
    values.update(fields)
    return articles.save_article(agent, None, **values)


def test_a_draft_from_a_solved_thread_has_the_answer_and_no_personal_data(agent, solved):
    draft = articles.draft_from_threads(agent, [solved.pk])
    assert draft.question == solved.title
    assert draft.answer == "Hold the dial for ten seconds until the screen shows RESET."
    assert "pat.smith@example.org" not in draft.details
    assert "7946" not in draft.details and "118842" not in draft.details
    assert "[e-mail address]" in draft.details
    assert draft.sources == [solved.pk]


def test_the_form_is_prefilled_from_the_thread_and_publishing_makes_it_public(
    client, agent, solved
):
    client.force_login(agent)
    form = client.get(f"/kb/new/?threads={solved.pk}").content.decode()
    assert "Hold the dial for ten seconds" in form and "pat.smith@example.org" not in form
    answer = client.post(
        "/kb/new/",
        {
            "question": "How do I reset the thermostat to factory settings?",
            "details": "",
            "answer": "Hold the dial for ten seconds until the screen shows RESET.",
            "sources": str(solved.pk),
            "publish": "1",
        },
    )
    article = Article.objects.get()
    assert answer.status_code == 302 and answer["Location"] == article.get_absolute_url()
    page = Client().get(article.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Hold the dial for ten seconds" in html
    assert solved.get_absolute_url() in html  # linked to its source
    (data,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    jsonld = json.loads(data)
    assert jsonld["@type"] == "FAQPage"
    assert jsonld["mainEntity"][0]["name"] == article.question
    assert jsonld["mainEntity"][0]["acceptedAnswer"]["text"].startswith("Hold the dial")


def test_an_article_with_personal_data_left_in_is_refused_and_nothing_is_saved(client, agent):
    client.force_login(agent)
    answer = client.post(
        "/kb/new/",
        {
            "question": "How do I reach support?",
            "answer": f"Write to us. {PRIVATE}",
            "publish": "1",
        },
    )
    assert answer.status_code == 400
    text = answer.content.decode()
    assert "Remove the personal data first" in text and "e-mail address" in text
    assert PRIVATE in text  # what was typed is kept in the form, not lost
    assert not Article.objects.exists()


def test_drafts_are_for_staff_only(agent, customer):
    draft = publish(agent, publish=False)
    assert draft.status == ArticleStatus.DRAFT
    assert Client().get(draft.get_absolute_url()).status_code == 404
    member = Client()
    member.force_login(customer)
    assert member.get(draft.get_absolute_url()).status_code == 404
    assert "How do I reset" not in Client().get("/kb/").content.decode()


def test_members_cannot_write_articles(client, customer, solved):
    with pytest.raises(PermissionDenied):
        publish(customer)
    client.force_login(customer)
    assert client.get(f"/kb/new/?threads={solved.pk}").status_code == 403
    assert client.post("/kb/new/", {"question": "x" * 20, "answer": "y"}).status_code == 403
    assert not Article.objects.exists()


def test_a_question_too_short_or_an_empty_answer_is_a_clear_error(agent):
    with pytest.raises(ValidationError) as refused:
        publish(agent, question="Reset?", answer="")
    assert set(refused.value.message_dict) == {"question", "answer"}


def test_published_articles_are_in_the_index_and_the_sitemap(agent):
    article = publish(agent)
    assert article.question in Client().get("/kb/").content.decode()
    sitemap = Client().get("/sitemap-articles.xml").content.decode()
    assert article.get_absolute_url() in sitemap
    assert "sitemap-articles.xml" in Client().get("/sitemap.xml").content.decode()


def test_an_edit_shows_at_once_to_anonymous_readers(agent):
    article = publish(agent)
    first = Client().get(article.get_absolute_url())
    assert "ten seconds" in first.content.decode()
    articles.save_article(
        agent, article, question=article.question, details="",
        answer="Hold the dial for twenty seconds.", source_ids=[], publish=True,
    )  # fmt: skip
    again = Client().get(Article.objects.get().get_absolute_url())
    assert "twenty seconds" in again.content.decode()


def test_an_article_is_offered_while_asking(
    client, customer, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = publish(agent)
    client.force_login(customer)
    partial = client.get(
        "/similar/", {"title": "how can I factory reset my thermostat", "body": ""}
    ).content.decode()
    assert "From the knowledge base" in partial and article.question in partial


def test_faq_candidates_group_a_question_asked_again_and_again(
    client, agent, customer, space, post
):
    for title in (
        "Thermostat keeps dropping off the wifi at night",
        "My thermostat loses its wifi connection every night",
        "Thermostat disconnects from wifi overnight",
        "Wifi connection of the thermostat drops each night",
    ):
        post(customer, space, title, "It goes offline at night and the app cannot reach it.")
    post(customer, space, "How do I change the billing address on my invoice?", "We moved.")
    found = faq.compute()
    assert len(found.items) == 1
    (group,) = found.items
    assert len(group.threads) == 4 and group.recent == 4 and group.before == 0
    assert "billing" not in " ".join(t.title for t in group.threads)
    client.force_login(agent)
    page = client.get("/staff/faq/?fresh=1").content.decode()
    assert "Asked 4 times" in page and f"/kb/new/?threads={group.ids}" in page


def test_a_group_covered_by_an_article_is_no_longer_a_candidate(agent, customer, space, post):
    threads = [
        post(customer, space, title, "It goes offline at night and the app cannot reach it.")
        for title in (
            "Thermostat keeps dropping off the wifi at night",
            "My thermostat loses its wifi connection every night",
            "Thermostat disconnects from wifi overnight",
        )
    ]
    assert len(faq.compute().items) == 1
    publish(agent, source_ids=[threads[1].pk])
    assert faq.compute().items == []


def test_faq_candidates_are_for_staff_only(client, customer):
    client.force_login(customer)
    assert client.get("/staff/faq/").status_code == 403
    client.force_login(UserFactory(username="anon2"))
    assert client.get("/staff/faq/").status_code == 403
