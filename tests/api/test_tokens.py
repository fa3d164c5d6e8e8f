from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from openline.accounts.models import ApiToken
from openline.accounts.tokens import issue_token, user_for_token


def run_token_command(*args: str) -> str:
    out = StringIO()
    call_command("token", *args, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def test_the_create_command_prints_a_token_that_opens_the_api(client, customer, private_thread):
    raw = run_token_command("create", "casey", "--name", "CRM sync")
    customer.spaces.add(private_thread.space)

    answer = client.get(
        f"/api/v1/threads/{private_thread.pk}", headers={"Authorization": f"Bearer {raw}"}
    )

    assert answer.status_code == 200
    assert answer.json()["title"] == private_thread.title
    assert ApiToken.objects.get(user=customer).name == "CRM sync"


def test_only_the_hash_of_a_token_is_stored(customer):
    raw = issue_token(customer)
    stored = ApiToken.objects.get(user=customer)
    assert raw not in {stored.key_hash, stored.prefix}
    assert raw.startswith(stored.prefix)


def test_listing_tokens_shows_prefixes_and_names_never_the_token(customer):
    raw = run_token_command("create", "casey", "--name", "Zapier")
    listing = run_token_command("list", "casey")
    assert raw[:12] in listing
    assert "Zapier" in listing
    assert raw not in listing


def test_a_revoked_token_is_refused(client, customer):
    raw = run_token_command("create", "casey")
    run_token_command("revoke", raw[:10])
    answer = client.get("/api/v1/spaces", headers={"Authorization": f"Bearer {raw}"})
    assert answer.status_code == 401
    assert not ApiToken.objects.exists()


def test_revoking_needs_a_prefix_that_names_exactly_one_token(customer):
    issue_token(customer)
    with pytest.raises(CommandError, match="at least the first 6"):
        run_token_command("revoke", "ol_")
    with pytest.raises(CommandError, match="No token starts with"):
        run_token_command("revoke", "ol_doesnotexist")
    assert ApiToken.objects.count() == 1


def test_creating_a_token_for_an_unknown_person_is_a_clear_error(db):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        run_token_command("create", "nobody")


def test_a_deactivated_persons_token_is_refused(client, customer):
    raw = issue_token(customer)
    customer.is_active = False
    customer.save(update_fields=["is_active"])
    answer = client.get("/api/v1/spaces", headers={"Authorization": f"Bearer {raw}"})
    assert answer.status_code == 401
    assert user_for_token(raw) is None


def test_last_use_is_recorded_at_most_once_a_minute(customer, django_assert_num_queries):
    raw = issue_token(customer)
    user_for_token(raw)
    first_use = ApiToken.objects.get().last_used_at
    with django_assert_num_queries(1):  # the lookup only: no second write within the minute
        user_for_token(raw)
    ApiToken.objects.update(last_used_at=first_use - timedelta(minutes=2))
    user_for_token(raw)
    assert first_use is not None
    assert ApiToken.objects.get().last_used_at > first_use - timedelta(minutes=1)
