"""The ask form: the title counter's limit, the tag picker's fallback, the Markdown preview
(with htmx and without JavaScript) and the confirmation after posting."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from openline.community.forms import ThreadForm
from openline.community.models import Thread
from openline.core.markdown import render_markdown

from ..factories import PASSWORD, TagFactory

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        client.login(username=user.username, password=PASSWORD)
        return client

    return sign_in


def test_the_title_counter_reads_the_limit_the_server_enforces(client, signed_in, customer, space):
    signed_in(customer)
    page = client.get("/ask/").content.decode()
    limit = settings.OPENLINE["TITLE_MAX"]
    assert ThreadForm().fields["title"].max_length == limit
    assert f'data-for="id_title" data-limit="{limit}"' in page
    assert f"Up to {limit} characters." in page
    # No maxlength: a pasted long title is not cut silently; the counter and server say so.
    assert not re.search(r'<input[^>]*name="title"[^>]*maxlength', page)


def test_a_title_over_the_limit_is_refused_with_its_length(client, signed_in, customer, space):
    signed_in(customer)
    limit = settings.OPENLINE["TITLE_MAX"]
    response = client.post("/ask/", {
        "space": space.slug, "kind": "question", "title": "x" * (limit + 1), "body": "Details.",
    })  # fmt: skip
    assert response.status_code == 400
    assert f"Keep the title under {limit} characters ({limit + 1} now)." in response.text
    assert not Thread.objects.exists()


def test_the_tags_are_a_multi_select_the_picker_enhances(client, signed_in, customer, space):
    TagFactory(name="Radiator valves", slug="valves")
    signed_in(customer)
    page = client.get("/ask/").content.decode()
    select = re.search(r"<select[^>]*name=\"tags\"[^>]*>", page)
    assert select and "multiple" in select[0] and "data-tag-picker" in select[0]
    assert "tag_picker.js" in page
    assert "Hold Ctrl" in page  # the fallback's hint, replaced by the picker's own


def test_the_preview_shows_the_body_as_a_post_through_the_same_sanitiser(
    client, signed_in, customer
):
    signed_in(customer)
    body = "**E14** at 6am <script>alert(1)</script> [site](javascript:alert(1))"
    response = client.post(reverse("community:preview"), {"body": body}, **HTMX)
    assert response.status_code == 200
    assert "<strong>E14</strong>" in response.text
    assert "<script>alert" not in response.text and "&lt;script&gt;" in response.text
    assert 'href="javascript' not in response.text
    assert render_markdown(body) in response.text
    assert not Thread.objects.exists()


def test_an_empty_preview_says_there_is_nothing_to_show(client, signed_in, customer):
    signed_in(customer)
    response = client.post(reverse("community:preview"), {"body": "   "}, **HTMX)
    assert "Nothing to preview yet" in response.text


def test_a_preview_too_long_is_refused_clearly(client, signed_in, customer):
    signed_in(customer)
    too_long = "a" * (settings.OPENLINE["BODY_MAX"] * 2 + 1)
    response = client.post(reverse("community:preview"), {"body": too_long}, **HTMX)
    assert response.status_code == 400
    assert "at most" in response.text


def test_the_preview_is_for_signed_in_people_and_only_by_post(client, customer):
    response = client.post(reverse("community:preview"), {"body": "hi"}, **HTMX)
    assert response.status_code == 302 and "/accounts/signin/" in response["Location"]
    client.login(username=customer.username, password=PASSWORD)
    assert client.get(reverse("community:preview")).status_code == 405


def test_without_javascript_preview_shows_the_form_again_and_posts_nothing(
    client, signed_in, customer, space
):
    TagFactory(name="Radiator valves", slug="valves")
    signed_in(customer)
    response = client.post("/ask/", {
        "space": space.slug, "kind": "problem", "title": "Valve clicks", "tags": ["valves"],
        "body": "It clicks **every** night.", "preview": "1",
    })  # fmt: skip
    assert response.status_code == 200
    assert "<strong>every</strong>" in response.text
    assert 'value="Valve clicks"' in response.text
    assert re.search(r'<option value="valves" selected>', response.text)
    assert "This field is required" not in response.text
    assert not Thread.objects.exists()


def test_after_posting_the_new_thread_confirms_it_is_posted(client, signed_in, customer, space):
    signed_in(customer)
    response = client.post("/ask/", {
        "space": space.slug, "kind": "problem", "title": "Valve clicks all night long",
        "body": "Every 10 minutes the V1 clicks.",
    }, follow=True)  # fmt: skip
    assert response.redirect_chain[-1][0] == Thread.objects.get().get_absolute_url()
    assert "Your problem is posted. We will tell you when someone answers." in response.text


def test_the_kind_label_asks_its_question_in_english_and_german(client, signed_in, customer, space):
    signed_in(customer)
    english = client.get("/ask/").text
    german = client.get("/ask/", HTTP_ACCEPT_LANGUAGE="de").text
    assert '<label for="id_kind">What is it?</label>' in english
    assert '<label for="id_kind">Was ist es?</label>' in german
