"""A member's own data: "Download my data" and "Erase my account" on the account pages."""

import io
import json
import zipfile

from openline.accounts.models import User
from openline.community import actions
from openline.core.models import ErasureRecord

from ..factories import PASSWORD, SpaceFactory, UserFactory


def test_a_member_downloads_their_data_as_json_and_as_a_zip(signed_in):
    pat = UserFactory(username="patquill", display_name="Pat Quill")
    actions.create_thread(pat, SpaceFactory(), kind="question", title="Valve squeaks at night",
                          body="After 22:00.")  # fmt: skip
    client = signed_in(pat)

    page = client.get("/accounts/data/")
    as_json = client.get("/accounts/data/export.json")
    as_zip = client.get("/accounts/data/export.zip")

    assert "Download my data" in page.content.decode()
    assert as_json["Content-Disposition"].startswith('attachment; filename="openline-patquill-')
    assert (
        json.loads(as_json.content)["community"]["threads"][0]["title"] == "Valve squeaks at night"
    )
    archive = zipfile.ZipFile(io.BytesIO(as_zip.content))
    assert json.loads(archive.read("data.json"))["account"]["display_name"] == "Pat Quill"


def test_the_download_needs_a_sign_in(client, db):
    response = client.get("/accounts/data/export.json")

    assert response.status_code == 302
    assert "/accounts/signin/" in response["Location"]


def test_a_member_erases_their_account_with_their_password_and_is_signed_out(signed_in):
    pat = UserFactory(username="patquill")
    client = signed_in(pat)

    response = client.post("/accounts/data/", {"password": PASSWORD, "confirm": "erase"})

    assert response.status_code == 302
    assert not User.objects.filter(username="patquill").exists()
    record = ErasureRecord.objects.get()
    assert (record.requested_by, record.actor_name, record.actor) == ("self", "the member", None)
    assert client.get("/accounts/data/").status_code == 302  # signed out


def test_a_wrong_password_or_missing_confirmation_erases_nothing(signed_in):
    pat = UserFactory(username="patquill")
    client = signed_in(pat)

    response = client.post("/accounts/data/", {"password": "wrong", "confirm": "yes"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "That is not your current password." in page
    assert "Type erase to confirm." in page
    assert User.objects.filter(username="patquill").exists()
    assert not ErasureRecord.objects.exists()


def test_staff_cannot_erase_their_own_account_here(signed_in):
    agent = UserFactory(username="agent", role="agent")
    client = signed_in(agent)

    response = client.post("/accounts/data/", {"password": PASSWORD, "confirm": "erase"})

    assert response.status_code == 403
    assert User.objects.filter(username="agent").exists()
