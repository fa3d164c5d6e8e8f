import json

import pytest

from openline.community import actions, selectors
from openline.community.jsonld import thread_jsonld

SITE = "https://help.example"


def structured_data(thread) -> dict:
    thread.refresh_from_db()
    replies = list(selectors.thread_replies(thread))
    return json.loads(thread_jsonld(thread, replies, site_url=SITE))


@pytest.fixture
def answered(question, customer, agent, other_customer, superuser):
    """A question with an accepted answer, a second answer and a retracted one."""
    accepted = actions.create_reply(
        agent, question, body="Update to **4.12.2**: it fixes the drop."
    )
    actions.create_reply(other_customer, question, body="A router reboot fixed mine.")
    wrong = actions.create_reply(superuser, question, body="Factory reset it & pair again.")
    actions.retract_reply(superuser, wrong, note="That was for the T1, sorry.")
    actions.accept_answer(customer, accepted)
    return accepted


def test_a_question_is_a_qa_page_with_its_accepted_and_suggested_answers(question, answered):
    data = structured_data(question)
    found = data["mainEntity"]
    assert (data["@context"], data["@type"], found["@type"]) == (
        "https://schema.org",
        "QAPage",
        "Question",
    )
    assert found["name"] == "Thermostat loses Wi-Fi every night"
    assert found["text"] == "Since firmware 4.12 my T2 drops off the network around 2am."
    assert found["answerCount"] == 2
    assert found["acceptedAnswer"]["text"] == "Update to 4.12.2: it fixes the drop."
    assert [answer["text"] for answer in found["suggestedAnswer"]] == [
        "A router reboot fixed mine."
    ]


def test_the_accepted_answer_links_to_its_reply_and_its_author(question, answered):
    answer = structured_data(question)["mainEntity"]["acceptedAnswer"]
    assert answer["url"] == f"{SITE}{question.get_absolute_url()}#reply-{answered.pk}"
    assert answer["author"] == {"@type": "Person", "name": "Alex Agent", "url": f"{SITE}/u/alex/"}
    assert answer["upvoteCount"] == 0
    assert answer["dateCreated"] == answered.created_at.isoformat()


def test_a_retracted_reply_is_left_out_of_the_structured_data(question, answered):
    replies = list(selectors.thread_replies(question))
    text = thread_jsonld(question, replies, site_url=SITE)
    assert "Factory reset" not in text
    assert "T1, sorry" not in text


def test_the_question_names_its_author_votes_and_dates(question, other_customer):
    actions.toggle_vote(other_customer, question)
    found = structured_data(question)["mainEntity"]
    assert found["author"] == {
        "@type": "Person",
        "name": "Casey Customer",
        "url": f"{SITE}/u/casey/",
    }
    assert found["upvoteCount"] == 1
    assert found["datePublished"] == question.created_at.isoformat()
    assert found["url"] == SITE + question.get_absolute_url()


def test_a_question_without_answers_has_no_answer_entries(question):
    found = structured_data(question)["mainEntity"]
    assert found["answerCount"] == 0
    assert "acceptedAnswer" not in found
    assert "suggestedAnswer" not in found


def test_a_problem_is_a_qa_page_too(customer, space):
    problem = actions.create_thread(
        customer, space, kind="problem", title="App crashes when I open the schedule",
        body="Every time, on Android 15.",
    )  # fmt: skip
    assert structured_data(problem)["@type"] == "QAPage"


def test_a_discussion_is_a_forum_posting_with_its_replies_as_comments(
    customer, other_customer, agent, space
):
    talk = actions.create_thread(
        customer, space, kind="discussion", title="Show us your heating schedules",
        body="Mine drops to *17°C* at night.",
    )  # fmt: skip
    reply = actions.create_reply(other_customer, talk, body="18°C here, 16°C when away.")
    actions.toggle_vote(agent, talk)
    data = structured_data(talk)
    assert data["@type"] == "DiscussionForumPosting"
    assert data["headline"] == "Show us your heating schedules"
    assert data["text"] == "Mine drops to 17°C at night."
    assert data["url"] == SITE + talk.get_absolute_url()
    assert [(c["@type"], c["text"]) for c in data["comment"]] == [
        ("Comment", "18°C here, 16°C when away.")
    ]
    assert data["comment"][0]["url"] == f"{SITE}{talk.get_absolute_url()}#reply-{reply.pk}"
    assert {
        s["interactionType"]: s["userInteractionCount"] for s in data["interactionStatistic"]
    } == {"https://schema.org/LikeAction": 1, "https://schema.org/CommentAction": 1}


def test_a_title_cannot_close_the_script_element(customer, space):
    thread = actions.create_thread(
        customer, space, kind="question", title="Help </script><script>alert(1)</script> <!--",
        body="Ben & Jerry's thermostat > mine",
    )  # fmt: skip
    text = thread_jsonld(thread, [], site_url=SITE)
    assert "<" not in text
    assert ">" not in text
    assert "&" not in text
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in text
    assert json.loads(text)["mainEntity"]["name"] == thread.title


def test_a_question_lists_the_top_voted_answers_only_and_counts_them_all(
    question, agent, other_customer, customer
):
    replies = [actions.create_reply(agent, question, body=f"Answer number {i}") for i in range(8)]
    actions.toggle_vote(customer, question, replies[-1])
    found = structured_data(question)["mainEntity"]
    texts = [answer["text"] for answer in found["suggestedAnswer"]]
    assert found["answerCount"] == 8
    assert len(texts) == 5
    assert "Answer number 7" in texts  # the upvoted one, though written last


def test_a_long_answer_is_cut_in_the_structured_data(question, agent):
    actions.create_reply(agent, question, body="word " * 600)
    text = structured_data(question)["mainEntity"]["suggestedAnswer"][0]["text"]
    assert len(text) <= 1000
    assert text.endswith("…")
