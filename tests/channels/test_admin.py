"""Channel accounts in the admin: secrets are generated or set, stored encrypted, never shown
again."""

import json

import pytest

from openline.channels import accounts
from openline.core import crypto
from openline.inbox.models import ChannelAccount


def form(**fields) -> dict:
    return {"kind": "webhook", "name": "Shop", "config": "{}", "is_active": "on", **fields}


def test_a_webhook_channel_made_in_the_admin_shows_its_generated_secret_once(admin_client):
    added = admin_client.post("/admin/inbox/channelaccount/add/", form(), follow=True)
    account = ChannelAccount.objects.get()
    secret = crypto.decrypt(account.secret_encrypted)
    assert secret.startswith("whsec_")
    assert secret in added.content.decode()
    page = admin_client.get(f"/admin/inbox/channelaccount/{account.pk}/change/").content.decode()
    assert secret not in page
    assert account.secret_encrypted not in page


def test_a_new_secret_set_in_the_admin_is_stored_encrypted(admin_client):
    account, _ = accounts.add_channel_account("webhook", name="Shop", config={})
    chosen = accounts.new_webhook_secret()
    admin_client.post(f"/admin/inbox/channelaccount/{account.pk}/change/", form(new_secret=chosen))
    account.refresh_from_db()
    assert chosen not in account.secret_encrypted
    assert crypto.decrypt(account.secret_encrypted) == chosen


def test_leaving_the_secret_empty_keeps_the_current_one(admin_client):
    account, secret = accounts.add_channel_account("webhook", name="Shop", config={})
    admin_client.post(
        f"/admin/inbox/channelaccount/{account.pk}/change/", form(name="Shop 2", new_secret="")
    )
    account.refresh_from_db()
    assert (account.name, crypto.decrypt(account.secret_encrypted)) == ("Shop 2", secret)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"new_secret": "whsec_dG9vIHNob3J0"}, "at least 24 bytes"),
        ({"new_secret": "whsec_!!not base64!!"}, "followed by base64"),
        ({"kind": "feed", "config": json.dumps({"urls": ["https://x.example/f"]})}, "keyword"),
        ({"config": json.dumps({"reply_url": "javascript:alert(1)"})}, "not an http(s) URL"),
    ],
    ids=["short-secret", "not-base64", "feed-without-keywords", "script-reply-url"],
)
def test_the_admin_refuses_unusable_settings(admin_client, fields, message):
    answer = admin_client.post("/admin/inbox/channelaccount/add/", form(**fields))
    assert message in answer.content.decode()
    assert not ChannelAccount.objects.exists()


def test_the_channel_account_admin_lists_open(admin_client):
    assert admin_client.get("/admin/inbox/channelaccount/").status_code == 200
