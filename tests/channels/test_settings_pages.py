"""The channels' settings pages: every channel with its health; e-mail, webhook and feed
channels added and changed with the command's checks; secrets write-only (a generated one is
shown once, a stored one never comes back to the browser)."""

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.accounts.models import Role
from openline.channels import accounts
from openline.core import crypto
from openline.inbox import actions, ingestion
from openline.inbox.models import ChannelAccount, Delivery, DeliveryState

from ..factories import UserFactory
from ..inbox.conftest import item


@pytest.fixture
def as_admin(client, db):
    client.force_login(UserFactory(username="ada", role=Role.ADMIN))
    return client


def queries_for(client, path: str) -> int:
    client.get(path)  # the first page of a session reads what later pages have cached
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_an_email_channel_is_added_with_its_address(as_admin):
    response = as_admin.post(
        "/settings/channels/new/email/",
        {"name": "Support", "address": "Help@Example.com", "from_name": "Help"},
    )
    assert response.status_code == 302
    account = ChannelAccount.objects.get()
    assert (account.kind, account.config["address"], account.config["from_name"]) == (
        "email",
        "help@example.com",
        "Help",
    )
    assert "Support" in as_admin.get("/settings/channels/").content.decode()


def test_a_missing_address_is_shown_at_the_field_and_the_name_kept(as_admin):
    response = as_admin.post("/settings/channels/new/email/", {"name": "Support desk"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "This field is required." in page.split('name="address"', 1)[1].split("</div>", 1)[0]
    assert 'value="Support desk"' in page
    assert ChannelAccount.objects.count() == 0


def test_a_support_address_in_use_is_refused(as_admin):
    accounts.add_channel_account("email", name="One", config={"address": "help@example.com"})
    response = as_admin.post(
        "/settings/channels/new/email/", {"name": "Two", "address": "help@example.com"}
    )
    assert response.status_code == 400
    assert "help@example.com is already a support address." in response.content.decode()


def test_a_new_webhook_shows_its_generated_secret_once_and_never_again(as_admin):
    response = as_admin.post("/settings/channels/new/webhook/", {"name": "Shop"})
    account = ChannelAccount.objects.get()
    secret = crypto.decrypt(account.secret_encrypted)
    assert secret.startswith("whsec_")
    assert secret in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    edit = as_admin.get(f"/settings/channels/{account.pk}/").content.decode()
    assert secret not in edit
    assert account.secret_encrypted not in edit
    assert f"/hooks/{account.pk}/" in edit


def test_a_secret_typed_on_the_page_is_stored_encrypted_and_an_empty_one_keeps_it(as_admin):
    account, first = accounts.add_channel_account("webhook", name="Shop", config={})
    as_admin.post(
        f"/settings/channels/{account.pk}/", {"name": "Shop", "is_active": "on", "new_secret": ""}
    )
    account.refresh_from_db()
    assert crypto.decrypt(account.secret_encrypted) == first
    chosen = accounts.new_webhook_secret()
    as_admin.post(
        f"/settings/channels/{account.pk}/",
        {"name": "Shop", "is_active": "on", "new_secret": chosen},
    )
    account.refresh_from_db()
    assert crypto.decrypt(account.secret_encrypted) == chosen


def test_a_bad_secret_is_refused_and_not_echoed(as_admin):
    account, _ = accounts.add_channel_account("webhook", name="Shop", config={})
    response = as_admin.post(
        f"/settings/channels/{account.pk}/",
        {"name": "Shop", "is_active": "on", "new_secret": "hunter2!"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "A webhook secret is &#x27;whsec_&#x27; followed by base64." in page
    assert "hunter2!" not in page


def test_rotating_a_webhook_secret_shows_the_new_one_once(as_admin):
    account, old = accounts.add_channel_account("webhook", name="Shop", config={})
    response = as_admin.post(f"/settings/channels/{account.pk}/rotate-secret/")
    account.refresh_from_db()
    new = crypto.decrypt(account.secret_encrypted)
    assert new != old
    assert new in response.content.decode()


def test_a_feed_keeps_its_polling_state_when_its_keywords_change(as_admin):
    account, _ = accounts.add_channel_account(
        "feed",
        name="Press",
        config={
            "urls": ["https://blog.example.com/feed"],
            "keywords": ["thermostat"],
        },
    )
    account.config["state"] = {"https://blog.example.com/feed": {"last_error": "timed out"}}
    account.save()
    as_admin.post(
        f"/settings/channels/{account.pk}/",
        {
            "name": "Press",
            "is_active": "on",
            "urls": "https://blog.example.com/feed\n",
            "keywords": "thermostat\nvalve",
            "exclude": "",
        },
    )
    account.refresh_from_db()
    assert account.config["keywords"] == ["thermostat", "valve"]
    assert account.config["state"]["https://blog.example.com/feed"]["last_error"] == "timed out"
    health = as_admin.get("/settings/channels/").content.decode()
    assert "Needs attention</span> https://blog.example.com/feed: timed out" in health


def test_a_social_channels_token_field_is_empty_and_a_bad_instance_is_explained(as_admin):
    response = as_admin.post(
        "/settings/channels/new/mastodon/",
        {"name": "Toots", "instance": "not a url", "token": "s3cr3t-token"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "--instance must be the instance&#x27;s http(s) address" in page
    assert "s3cr3t-token" not in page
    assert 'value="Toots"' in page


def test_a_kind_that_cannot_be_added_is_not_found(as_admin):
    assert as_admin.get("/settings/channels/new/community/").status_code == 404


def test_a_channel_change_is_written_to_the_server_log_without_the_secret(as_admin, caplog):
    account, _ = accounts.add_channel_account("webhook", name="Shop", config={})
    chosen = accounts.new_webhook_secret()
    with caplog.at_level(logging.INFO, logger="openline.channels.settings"):
        as_admin.post(
            f"/settings/channels/{account.pk}/",
            {"name": "Shop 2", "is_active": "on", "new_secret": chosen},
        )
    (line,) = caplog.messages
    assert f"changed channel {account.pk}: name and set a new secret" in line
    assert chosen not in line


def test_the_list_shows_failed_deliveries_in_a_fixed_number_of_queries(as_admin, channel, agent):
    def failing_channel(n: int) -> ChannelAccount:
        account = ChannelAccount.objects.create(kind="testchannel", name=f"Shop {n}")
        conversation = ingestion.ingest(account, item(external_id=f"m{n}", key=f"c{n}"))[
            0
        ].conversation
        message = actions.reply(agent, conversation, body="Please re-seat the wires.")
        Delivery.objects.filter(message=message).update(
            state=DeliveryState.FAILED, last_error=f"address {n} rejected"
        )
        return account

    failing_channel(0)
    few = queries_for(as_admin, "/settings/channels/")
    for n in range(1, 5):
        failing_channel(n)
    assert queries_for(as_admin, "/settings/channels/") == few
    shop = (
        as_admin.get("/settings/channels/")
        .content.decode()
        .split("Shop 3", 1)[1]
        .split("</tr>", 1)[0]
    )
    assert "1 deliveries failed" in shop
    assert "Last error: address 3 rejected" in shop


def test_renaming_a_social_channel_asks_the_network_nothing(as_admin, monkeypatch):
    account = ChannelAccount.objects.create(
        kind="mastodon", name="Toots", config={"instance": "https://social.example"}
    )

    def no_network(*args, **kwargs):
        raise AssertionError("the network was asked")

    monkeypatch.setattr(accounts, "update_social_account", no_network)
    form = {"name": "Toots (support)", "instance": "https://social.example", "token": ""}
    assert as_admin.post(f"/settings/channels/{account.pk}/", form).status_code == 302
    account.refresh_from_db()
    assert (account.name, account.is_active) == ("Toots (support)", False)


@pytest.mark.parametrize(
    ("kind", "english", "german"),
    [
        ("reddit", "A subreddit to listen in", "Ein Subreddit, in dem mitgelesen wird"),
        ("x", "OAuth 1.0a access token of the account.", "OAuth-1.0a-Zugriffstoken des Kontos."),
        ("mastodon", "The Mastodon instance", "Die Adresse der Mastodon-Instanz"),
        ("bluesky", "An app password (Settings", "Ein App-Passwort (Einstellungen"),
    ],
)
def test_a_social_channels_form_reads_in_the_readers_language(as_admin, kind, english, german):
    """Session 29 (qa-v17): the social networks' labels and help ("Client id", "A subreddit to
    listen in …") were the command line's English on the German page."""
    page = as_admin.get(f"/settings/channels/new/{kind}/", HTTP_ACCEPT_LANGUAGE="de").text
    assert german in page and english not in page
    assert english in as_admin.get(f"/settings/channels/new/{kind}/").text


def test_a_social_channels_fields_are_labelled_in_german(as_admin):
    page = as_admin.get("/settings/channels/new/reddit/", HTTP_ACCEPT_LANGUAGE="de").text
    assert ">App-ID<" in page and ">Schlüsselwörter<" in page
    assert ">Client id<" not in page and ">Keyword<" not in page
