import pytest
from django.core.exceptions import ValidationError

from openline.community import actions
from openline.people.permissions import DailyPostLimit

from ..factories import set_level

LINKS = "See https://a.example/1 and https://b.example/2 and www.c.example/3"


def test_a_new_member_cannot_post_more_than_two_links(customer, question):
    with pytest.raises(ValidationError, match="at most 2 links"):
        actions.create_reply(customer, question, body=LINKS)


def test_a_member_at_level_two_posts_links_freely(customer, question):
    set_level(customer, 2)
    reply = actions.create_reply(customer, question, body=LINKS)
    assert reply.pk is not None


def test_staff_post_links_freely_whatever_their_figures(agent, question):
    reply = actions.create_reply(agent, question, body=LINKS)
    assert reply.pk is not None


def test_a_new_member_can_post_twenty_times_a_day(other_customer, question):
    for n in range(20):
        actions.create_reply(other_customer, question, body=f"Update number {n}.")
    with pytest.raises(DailyPostLimit, match="New members can post 20 times a day"):
        actions.create_reply(other_customer, question, body="One more.")


def test_an_edit_adding_too_many_links_is_refused(customer, question):
    with pytest.raises(ValidationError, match="at most 2 links"):
        actions.edit_thread(customer, question, title=question.title, body=LINKS)
