import os
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from openline.accounts import actions

from ..factories import PASSWORD, UserFactory
from .conftest import link_in, picture

PROFILE = "/accounts/profile/"


def edit(client, person, **overrides):
    data = {"display_name": person.display_name, "bio": person.bio, "email": person.email}
    return client.post(PROFILE, {**data, **overrides})


def test_anonymous_people_are_sent_to_sign_in_from_the_profile_editor(client, db):
    response = client.get(PROFILE)
    assert (response.status_code, response["Location"]) == (
        302,
        "/accounts/signin/?next=/accounts/profile/",
    )


def test_the_profile_editor_shows_the_current_details(signed_in, customer):
    page = signed_in(customer).get(PROFILE).content.decode()
    assert 'value="Casey Customer"' in page
    assert 'value="casey@example.com"' in page


def test_editing_the_profile_saves_the_name_and_bio(signed_in, customer):
    client = signed_in(customer)
    response = edit(client, customer, display_name="  Casey   C. ", bio="I fix thermostats.")
    assert response["Location"] == PROFILE
    customer.refresh_from_db()
    assert (customer.display_name, customer.bio) == ("Casey C.", "I fix thermostats.")
    assert "Your profile is saved." in client.get(PROFILE).content.decode()


def test_a_bio_over_1000_characters_is_refused(signed_in, customer):
    page = edit(signed_in(customer), customer, bio="x" * 1001)
    assert page.status_code == 400
    assert "Keep your bio under 1000 characters (1001 now)." in page.content.decode()
    customer.refresh_from_db()
    assert customer.bio == ""


def test_a_picture_is_saved_shrunk_and_without_its_original_name(signed_in, customer):
    client = signed_in(customer)
    upload = picture("holiday-in-lisbon.png", size=(1200, 900))
    response = client.post(
        PROFILE, {"display_name": "Casey", "email": customer.email, "avatar": upload}
    )
    assert response.status_code == 302
    customer.refresh_from_db()
    assert customer.avatar.name.startswith(f"avatars/{customer.pk}-")
    assert "lisbon" not in customer.avatar.name
    with customer.avatar.open() as stored, Image.open(stored) as image:
        assert (image.format, image.size) == ("JPEG", (512, 384))


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("notes.txt", b"hello", content_type="text/plain"), "Upload a JPEG"),
        (SimpleUploadedFile("fake.png", b"not an image at all", content_type="image/png"),
         "That file is not a picture we can read."),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_picture_is_refused(signed_in, customer, upload, message):
    page = signed_in(customer).post(PROFILE, {"email": customer.email, "avatar": upload})
    assert page.status_code == 400
    assert message in page.content.decode()
    customer.refresh_from_db()
    assert not customer.avatar


def noise(side: int) -> SimpleUploadedFile:
    """A PNG of random pixels: it does not compress, so it is about 3 bytes a pixel."""
    buffer = BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(3 * side * side)).save(buffer, "PNG")
    return SimpleUploadedFile("noise.png", buffer.getvalue(), content_type="image/png")


def test_a_picture_over_2_mb_is_refused(signed_in, customer):
    page = signed_in(customer).post(PROFILE, {"email": customer.email, "avatar": noise(1000)})
    assert page.status_code == 400
    assert "pictures can be at most 2 MB" in page.content.decode()
    customer.refresh_from_db()
    assert not customer.avatar


def test_update_profile_refuses_a_picture_over_2_mb_without_the_form(customer):
    with pytest.raises(ValidationError) as error:
        actions.update_profile(customer, customer, display_name="", bio="", avatar=noise(1000))
    assert "at most 2 MB" in error.value.message_dict["avatar"][0]


def test_a_picture_can_be_removed(signed_in, customer, django_capture_on_commit_callbacks):
    client = signed_in(customer)
    client.post(PROFILE, {"email": customer.email, "avatar": picture()})
    customer.refresh_from_db()
    uploaded = customer.avatar.name
    assert uploaded.startswith(f"avatars/{customer.pk}-")
    assert customer.avatar.storage.exists(uploaded)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(PROFILE, {"email": customer.email, "remove_avatar": "on"})
    customer.refresh_from_db()
    assert not customer.avatar
    assert not customer.avatar.storage.exists(uploaded)


def test_changing_the_email_needs_the_current_password(signed_in, customer):
    page = edit(signed_in(customer), customer, email="casey@new.example")
    assert page.status_code == 400
    assert "Enter your current password to change your e-mail address." in page.content.decode()
    customer.refresh_from_db()
    assert customer.email == "casey@example.com"


def test_a_new_email_address_changes_only_once_the_link_sent_to_it_is_opened(
    signed_in, customer, mailoutbox, django_capture_on_commit_callbacks
):
    client = signed_in(customer)
    with django_capture_on_commit_callbacks(execute=True):
        page = edit(client, customer, email="casey@new.example", current_password=PASSWORD)
    customer.refresh_from_db()
    assert page.status_code == 302
    assert (customer.email, customer.email_verified) == ("casey@example.com", True)
    assert [m.to for m in mailoutbox] == [["casey@new.example"], ["casey@example.com"]]
    assert "casey@new.example" in mailoutbox[1].body  # the notice to the old address
    confirmed = client.get(link_in(mailoutbox[0]))
    customer.refresh_from_db()
    assert confirmed.status_code == 200
    assert (customer.email, customer.email_verified) == ("casey@new.example", True)


def test_a_change_link_stops_working_once_the_address_changed_otherwise(
    signed_in, customer, mailoutbox, django_capture_on_commit_callbacks
):
    client = signed_in(customer)
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, customer, email="first@new.example", current_password=PASSWORD)
        edit(client, customer, email="second@new.example", current_password=PASSWORD)
    first, second = (m for m in mailoutbox if m.to[0].endswith("new.example"))
    assert client.get(link_in(second)).status_code == 200
    assert client.get(link_in(first)).status_code == 400
    customer.refresh_from_db()
    assert customer.email == "second@new.example"


def test_the_form_does_not_say_whether_another_account_uses_an_address(
    signed_in, customer, other_customer, mailoutbox, django_capture_on_commit_callbacks
):
    client = signed_in(customer)
    with django_capture_on_commit_callbacks(execute=True):
        taken = edit(
            client, customer, email=other_customer.email.upper(), current_password=PASSWORD
        )
        free = edit(client, customer, email="nobody@new.example", current_password=PASSWORD)
    assert (taken.status_code, free.status_code) == (302, 302)
    to_owner = next(m for m in mailoutbox if m.to[0].lower() == other_customer.email)
    assert "already uses it" in to_owner.body
    assert "/accounts/email/confirm/" not in to_owner.body
    customer.refresh_from_db()
    assert customer.email == "casey@example.com"


def test_guessing_the_password_through_an_email_change_is_rate_limited(signed_in, customer):
    client = signed_in(customer)
    statuses = [
        edit(client, customer, email=f"x{n}@new.example", current_password="guess").status_code
        for n in range(6)
    ]
    assert statuses == [400] * 5 + [429]
    saving_the_bio = edit(client, customer, bio="Still fine")
    assert saving_the_bio.status_code == 302


def test_people_cannot_edit_someone_elses_profile(customer, other_customer):
    with pytest.raises(PermissionDenied):
        actions.update_profile(customer, other_customer, display_name="Hacked", bio="")


def test_admins_can_edit_someone_elses_profile(customer):
    admin = UserFactory(role="admin")
    actions.update_profile(admin, customer, display_name="Renamed", bio="")
    customer.refresh_from_db()
    assert customer.display_name == "Renamed"


def test_a_german_member_reads_the_profile_editors_labels_in_german(signed_in, customer):
    page = signed_in(customer).get("/accounts/profile/", HTTP_ACCEPT_LANGUAGE="de").text
    assert ">Anzeigename</label>" in page and ">Über mich</label>" in page
    assert ">Display name</label>" not in page and ">Bio</label>" not in page
