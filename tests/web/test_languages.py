"""German as a second language (issue 17): the reader's language is their profile's choice,
else the footer's switcher (a cookie), else Accept-Language, else English; cached pages and
fragments are kept per language."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone, translation

from openline.community import actions
from openline.web.templatetags.time_tags import ago

from ..factories import PASSWORD

GERMAN = "Zum Inhalt springen"
ENGLISH = "Skip to content"


def test_an_anonymous_reader_without_a_preference_reads_english(client, question):
    response = client.get("/")
    html = response.content.decode()
    assert ENGLISH in html and GERMAN not in html
    assert '<html lang="en">' in html
    assert response["Content-Language"] == "en"


def test_accept_language_german_gets_the_german_page(client, question):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,en;q=0.5")
    html = response.content.decode()
    assert GERMAN in html and ENGLISH not in html
    assert '<html lang="de">' in html
    assert response["Content-Language"] == "de"


@pytest.mark.parametrize(
    ("first", "then", "then_says"),
    [("en", "de", GERMAN), ("de", "en", ENGLISH)],
    ids=["english-cached-first", "german-cached-first"],
)
def test_the_page_cache_keeps_one_copy_per_language(client, question, first, then, then_says):
    url = question.get_absolute_url()
    assert client.get(url, HTTP_ACCEPT_LANGUAGE=first)["X-Cache"] == "miss"
    assert client.get(url, HTTP_ACCEPT_LANGUAGE=first)["X-Cache"] == "hit"
    other = client.get(url, HTTP_ACCEPT_LANGUAGE=then)
    assert other["X-Cache"] == "miss"
    assert then_says in other.content.decode()
    again = client.get(url, HTTP_ACCEPT_LANGUAGE=then)
    assert again["X-Cache"] == "hit" and then_says in again.content.decode()
    assert {"Cookie", "Accept-Language"} <= {v.strip() for v in again["Vary"].split(",")}


def test_the_footer_switcher_sets_a_cookie_that_wins_over_accept_language(client, question):
    url = question.get_absolute_url()
    assert ENGLISH in client.get(url).content.decode()  # cached in English
    switched = client.post("/accounts/language/", {"language": "de", "next": url})
    assert switched.status_code == 302 and switched["Location"] == url
    assert switched.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert GERMAN in page.content.decode()
    client.post("/accounts/language/", {"language": "en", "next": url})
    assert ENGLISH in client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()


def test_the_switcher_is_in_every_page_footer_for_anonymous_readers(client, question):
    html = client.get("/").content.decode()
    assert 'action="/accounts/language/"' in html
    assert 'name="language" value="de" lang="de"' in html and ">Deutsch</button>" in html


def test_a_profile_language_wins_over_the_browser(client, customer):
    customer.language = "de"
    customer.save(update_fields=["language"])
    client.force_login(customer)
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert GERMAN in html


def test_a_blank_profile_language_follows_the_browser(client, customer):
    client.force_login(customer)
    assert GERMAN in client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert ENGLISH in client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_the_profile_page_saves_the_language_choice(client, customer):
    client.force_login(customer)
    form = {"display_name": customer.display_name, "bio": "", "email": customer.email}
    response = client.post("/accounts/profile/", {**form, "language": "de"})
    assert response.status_code == 302
    customer.refresh_from_db()
    assert customer.language == "de"
    assert GERMAN in client.get("/accounts/profile/").content.decode()
    bad = client.post("/accounts/profile/", {**form, "language": "xx"})
    assert bad.status_code == 400


def test_switching_in_the_footer_updates_a_profile_that_chose_a_language(client, customer):
    customer.language = "de"
    customer.save(update_fields=["language"])
    client.force_login(customer)
    client.post("/accounts/language/", {"language": "en", "next": "/"})
    customer.refresh_from_db()
    assert customer.language == "en"
    assert ENGLISH in client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()


def test_relative_dates_in_german():
    now = timezone.now()
    with translation.override("de"):
        assert ago(now) == "gerade eben"
        assert ago(now - timedelta(days=3, hours=1)) == "vor 3\u00a0Tagen, 1\u00a0Stunde"
        assert ago(now - timedelta(minutes=1, seconds=5)) == "vor 1\u00a0Minute"
    assert ago(now - timedelta(days=3)) == "3\u00a0days ago"


def test_numbers_and_dates_follow_the_language():
    from django.template import Context, Template

    template = Template('{{ n }} · {{ when|date:"j. F Y" }}')
    context = Context({"n": 1234.5, "when": timezone.datetime(2026, 3, 1)})
    with translation.override("de"):
        assert template.render(context) == "1234,5 · 1. März 2026"
    assert template.render(context) == "1234.5 · 1. March 2026"


def test_sign_in_errors_are_german_for_a_german_browser(client, customer):
    response = client.post(
        "/accounts/signin/",
        {"username": customer.username, "password": PASSWORD + "x"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    html = response.content.decode()
    assert "Anmelden" in html and "Sign in" not in html


def test_a_thread_page_in_german_with_its_replies_and_controls(client, question, agent):
    reply = actions.create_reply(agent, question, body="Please update to 4.12.2.")
    actions.accept_answer(question.author, reply)
    client.force_login(question.author)
    html = client.get(question.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "✔ Akzeptierte Antwort" in html and "✔ Gelöst" in html
    assert "1 Antwort" in html and "Antwort veröffentlichen" in html
    assert "Nicht mehr akzeptieren" in html  # the asker's control on the accepted reply
    assert "Accepted answer" not in html and "Post reply" not in html


def test_the_shared_reply_html_is_kept_per_language(client, question, agent, customer):
    """The replies' shared HTML is cached per thread version: a German reader must not leave
    German bylines for the next English reader, nor the other way round."""
    reply = actions.create_reply(agent, question, body="Please update to 4.12.2.")
    actions.accept_answer(question.author, reply)
    client.force_login(customer)
    url = question.get_absolute_url()
    german = client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    german_again = client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "✔ Akzeptierte Antwort" in german and "✔ Accepted answer" not in german
    assert "✔ Accepted answer" in english and "Akzeptierte Antwort" not in english
    assert "✔ Akzeptierte Antwort" in german_again


def test_the_thread_list_is_kept_per_language(client, question, customer):
    client.force_login(customer)
    german = client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Unbeantwortet" in german and ">Unanswered<" not in german
    assert ">Unanswered<" in english and "Unbeantwortet" not in english


def test_a_german_verification_email_for_a_german_profile(customer, mailoutbox):
    from openline.accounts.tokens_email import send_verification_email

    customer.language, customer.email_verified = "de", False
    customer.save(update_fields=["language", "email_verified"])
    send_verification_email.call(customer.pk)
    [message] = mailoutbox
    assert message.subject.startswith("Bestätigen Sie Ihre E-Mail-Adresse")
    assert "Hallo Casey Customer," in message.body
