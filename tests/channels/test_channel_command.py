"""`openline channel`: operators add channel accounts, see them, rotate secrets, poll feeds."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from openline.core import crypto
from openline.inbox.models import ChannelAccount


def channel(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("channel", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_adding_a_webhook_channel_prints_its_id_and_secret_once(db):
    out, _ = channel("add", "webhook", "--name", "Shop", "--reply-url", "https://shop.example/r")
    account = ChannelAccount.objects.get()
    secret = out.split("Secret (shown only now, store it at the source): ")[1].strip()
    assert f"with id {account.pk}" in out
    assert f"/hooks/{account.pk}/" in out
    assert secret.startswith("whsec_") and len(secret) >= len("whsec_") + 32
    assert secret not in account.secret_encrypted
    assert crypto.decrypt(account.secret_encrypted) == secret
    assert account.config == {"reply_url": "https://shop.example/r"}


def test_json_output_gives_id_kind_name_and_secret(db):
    out, _ = channel("add", "webhook", "--name", "Shop", "--json")
    row = json.loads(out)
    account = ChannelAccount.objects.get()
    assert row == {
        "id": account.pk,
        "kind": "webhook",
        "name": "Shop",
        "secret": crypto.decrypt(account.secret_encrypted),
    }


def test_a_feed_channel_takes_repeated_urls_keywords_and_exclusions(db):
    out, _ = channel(
        "add", "feed", "--name", "Press", "--json",
        "--url", "https://blog.example/feed", "--url", "https://news.example/rss",
        "--keyword", "halden", "--keyword", "T2 thermostat", "--exclude", "hiring",
    )  # fmt: skip
    account = ChannelAccount.objects.get()
    assert json.loads(out)["secret"] == ""
    assert account.config == {
        "urls": ["https://blog.example/feed", "https://news.example/rss"],
        "keywords": ["halden", "T2 thermostat"],
        "exclude": ["hiring"],
    }
    assert account.secret_encrypted == ""


def test_an_email_channel_has_its_address_and_no_secret(db):
    out, _ = channel(
        "add", "email", "--name", "Support", "--address", "Help@Halden.example",
        "--from-name", "Halden Support",
    )  # fmt: skip
    account = ChannelAccount.objects.get()
    assert "Secret" not in out
    assert account.config == {"address": "help@halden.example", "from_name": "Halden Support"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["webhook", "--name", "Shop", "--url", "https://x.example/feed"], "--url cannot be used"),
        (["webhook", "--name", "Shop", "--reply-url", "ftp://x.example"], "not an http(s) URL"),
        (["feed", "--name", "Press", "--keyword", "halden"], "at least one feed URL"),
        (["feed", "--name", "Press", "--url", "https://x.example/f"], "at least one keyword"),
        (["feed", "--name", "Press", "--url", "not a url", "--keyword", "a"], "not an http(s)"),
        (["email", "--name", "Support"], "needs its support address"),
        (["email", "--name", "Support", "--address", "nobody"], "is not an e-mail address"),
        (["webhook", "--name", "  "], "Give the channel a name"),
    ],
)
def test_bad_options_are_refused_with_a_reason_and_nothing_is_created(db, args, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        channel("add", *args)
    assert not ChannelAccount.objects.exists()


def test_a_name_or_support_address_in_use_is_refused(db):
    channel("add", "email", "--name", "Support", "--address", "help@halden.example")
    with pytest.raises(CommandError, match="named 'support' exists already"):
        channel("add", "webhook", "--name", "support")
    with pytest.raises(CommandError, match="already a support address"):
        channel("add", "email", "--name", "Other", "--address", "HELP@halden.example")
    assert ChannelAccount.objects.count() == 1


def test_listing_channels_never_shows_a_secret(db):
    added = json.loads(channel("add", "webhook", "--name", "Shop", "--json")[0])
    out, _ = channel("list")
    rows = json.loads(channel("list", "--json")[0])
    assert added["secret"] not in out
    assert rows == [
        {
            "id": added["id"],
            "kind": "webhook",
            "name": "Shop",
            "active": True,
            "has_secret": True,
            "settings": {},
        }
    ]


def test_rotating_a_secret_replaces_it(db):
    added = json.loads(channel("add", "webhook", "--name", "Shop", "--json")[0])
    rotated = json.loads(channel("rotate-secret", str(added["id"]), "--json")[0])
    stored = ChannelAccount.objects.get().secret_encrypted
    assert rotated["secret"] != added["secret"]
    assert crypto.decrypt(stored) == rotated["secret"]


@pytest.mark.parametrize(
    ("action", "message"),
    [("rotate-secret", "Only webhook channels"), ("poll", "not a feed channel")],
)
def test_actions_on_the_wrong_kind_of_channel_are_refused(db, action, message):
    added = json.loads(
        channel("add", "email", "--name", "Support", "--address", "a@b.example", "--json")[0]
    )
    with pytest.raises(CommandError, match=message):
        channel(action, str(added["id"]))


def test_an_unknown_channel_id_is_refused(db):
    with pytest.raises(CommandError, match="No channel account with id 99"):
        channel("rotate-secret", "99")


def test_polling_a_feed_now_reports_what_happened(db, local_hosts_allowed):
    feed = ["--url", "http://127.0.0.1:9/feed", "--keyword", "halden"]
    added = json.loads(channel("add", "feed", "--name", "Press", "--json", *feed)[0])
    out, err = channel("poll", str(added["id"]))
    assert "Polled 1 feed(s): 0 entries, 0 matching, 0 new" in out
    assert "http://127.0.0.1:9/feed: ConnectError" in err
