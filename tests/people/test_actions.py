from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from openline.people import actions, selectors
from openline.people.models import ThreadRead, TrustLevel, Visit

TODAY, TOMORROW = date(2026, 3, 2), date(2026, 3, 3)


def test_a_read_is_stored_once_per_member_thread_and_day(customer):
    actions.record_reads([(customer.pk, 7, TODAY), (customer.pk, 7, TODAY)])
    actions.record_reads([(customer.pk, 7, TODAY), (customer.pk, 7, TOMORROW)])
    assert ThreadRead.objects.filter(user=customer).count() == 2


def test_a_visit_is_stored_once_per_day(customer):
    actions.record_visits([(customer.pk, TODAY)])
    actions.record_visits([(customer.pk, TODAY)])
    assert Visit.objects.filter(user=customer).count() == 1


def test_a_moderator_pins_a_trust_level(moderator, customer):
    actions.pin_trust_level(moderator, customer, level=4)
    record = TrustLevel.objects.get(user=customer)
    assert (record.level, record.pinned_level, record.pinned_by) == (4, 4, moderator)


def test_unpinning_returns_to_the_computed_level(moderator, customer):
    TrustLevel.objects.create(user=customer, level=1, computed_level=1)
    actions.pin_trust_level(moderator, customer, level=3)
    actions.pin_trust_level(moderator, customer, level=None)
    record = TrustLevel.objects.get(user=customer)
    assert (record.level, record.is_pinned) == (1, False)


def test_a_customer_cannot_pin_a_trust_level(customer, other_customer):
    with pytest.raises(PermissionDenied):
        actions.pin_trust_level(customer, other_customer, level=4)


def test_staff_thank_a_member_in_public(agent, customer):
    actions.add_thank_you_note(agent, customer, body="  Thank you for the wiring guide!  ")
    notes = list(selectors.thank_you_notes(customer))
    assert [(n.body, n.author) for n in notes] == [("Thank you for the wiring guide!", agent)]


def test_a_customer_cannot_write_thank_you_notes(customer, other_customer):
    with pytest.raises(PermissionDenied):
        actions.add_thank_you_note(customer, other_customer, body="Thanks!")


def test_an_empty_thank_you_note_is_refused(agent, customer):
    with pytest.raises(ValidationError, match="Write the thank-you note"):
        actions.add_thank_you_note(agent, customer, body="   ")


def test_staff_cannot_be_invited_as_super_users(moderator, agent):
    with pytest.raises(ValidationError, match="staff cannot"):
        actions.create_invitation(moderator, agent, message="", space_ids=[])


def test_a_member_has_one_open_invitation_at_a_time(moderator, customer):
    actions.create_invitation(moderator, customer, message="", space_ids=[])
    with pytest.raises(ValidationError, match="already has an open invitation"):
        actions.create_invitation(moderator, customer, message="", space_ids=[])
