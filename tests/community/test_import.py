"""`openline import threads FILE.jsonl`: a company's existing Q&A brought in, searchable and
found by meaning, once; a bad file is refused whole with its problems by line."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from openline.accounts.models import Role, User
from openline.community import search
from openline.community.models import ImportedThread, Thread, ThreadStatus
from openline.inbox.models import Conversation
from openline.knowledge.similar import similar_threads
from openline.language.models import Embedding
from tests.factories import SpaceFactory, UserFactory

LINES = [
    {
        "id": "q-101",
        "title": "Router keeps rebooting every night",
        "body": "Since last week my **router** restarts around 3am.",
        "author": "pat.smith",
        "created_at": "2024-03-01T09:30:00Z",
        "replies": [
            {
                "body": "Turn off the nightly update window.",
                "author": "helpdesk_kim",
                "created_at": "2024-03-01T11:00:00+01:00",
                "accepted": True,
            },
            {"body": "Thanks, that fixed it!", "author": "pat.smith"},
        ],
    },
    {
        "id": 102,
        "title": "How do I change the invoice address?",
        "body": "We moved offices.",
        "author": "Casey",
        "kind": "question",
    },
    {
        "id": "q-103",
        "title": "Idea: dark mode for the app",
        "body": "",
        "author": "lee_w",
        "kind": "idea",
        "created_at": "2023-12-24T18:00:00",
    },
]


def write(tmp_path, rows, name="threads.jsonl") -> str:
    path = tmp_path / name
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n",
        encoding="utf-8",
    )
    return str(path)


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import", "threads", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def casey(db):
    return UserFactory(username="casey", role=Role.CUSTOMER)


def test_imported_threads_keep_their_history_answers_and_authors(tmp_path, space, casey):
    out, err = run(write(tmp_path, LINES), "--json")
    created = json.loads(out)
    assert [row["external_id"] for row in created] == ["q-101", "102", "q-103"]
    assert "3 threads imported into thermostats, 0 skipped" in err
    assert "3 new members" in err  # pat.smith, helpdesk_kim, lee_w; Casey exists as casey

    router = Thread.objects.get(pk=created[0]["id"])
    assert router.space == space
    assert router.author.username == "pat.smith"
    assert router.created_at.isoformat() == "2024-03-01T09:30:00+00:00"
    assert router.reply_count == 2
    assert router.status == ThreadStatus.SOLVED
    assert router.accepted_reply.author.username == "helpdesk_kim"
    assert router.accepted_reply.created_at.isoformat() == "2024-03-01T10:00:00+00:00"
    assert "<strong>router</strong>" in router.body_html

    invoice = Thread.objects.get(pk=created[1]["id"])
    assert invoice.author == casey  # an existing member, matched in any case
    assert invoice.status == ThreadStatus.OPEN
    idea = Thread.objects.get(pk=created[2]["id"])
    assert idea.kind == "idea"
    assert idea.created_at.isoformat() == "2023-12-24T18:00:00+00:00"  # no zone given: UTC

    newcomer = User.objects.get(username="helpdesk_kim")
    assert newcomer.role == Role.CUSTOMER and not newcomer.has_usable_password()


def test_imported_threads_are_public_and_searchable_at_once(tmp_path, space, casey):
    run(write(tmp_path, LINES))
    page = Client().get(Thread.objects.get(title__startswith="Router").get_absolute_url())
    assert page.status_code == 200
    assert "Turn off the nightly update window." in page.content.decode()
    assert [h.thread.title for h in search.search(None, "router rebooting")][:1] == [
        "Router keeps rebooting every night"
    ]


def test_a_second_run_skips_what_was_imported_and_adds_new_lines(tmp_path, space, casey):
    path = write(tmp_path, LINES[:2])
    run(path)
    more = write(tmp_path, LINES, name="more.jsonl")
    out, err = run(more)
    assert out.split() == [str(Thread.objects.get(imported_as__external_id="q-103").pk)]
    assert "1 threads imported into thermostats, 2 skipped" in err
    assert Thread.objects.count() == 3
    assert ImportedThread.objects.count() == 3


def test_imported_history_does_not_open_inbox_conversations(tmp_path, space, casey):
    run(write(tmp_path, LINES))
    assert not Conversation.objects.exists()


def test_imported_threads_are_found_by_meaning_after_their_embedding_tasks(
    tmp_path, space, casey, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run(write(tmp_path, LINES))
    assert Embedding.objects.filter(kind="thread").count() == 3
    found = similar_threads(None, "my router restarts by itself overnight")
    assert [s.thread.title for s in found][:1] == ["Router keeps rebooting every night"]


def test_wait_embeds_the_new_threads_before_the_command_ends(tmp_path, space, casey):
    run(write(tmp_path, LINES), "--wait")  # on-commit callbacks are not run: no task did it
    assert Embedding.objects.filter(kind="thread").count() == 3


def test_a_bad_file_is_refused_whole_with_every_problem_by_line(tmp_path, space, casey):
    rows = [
        LINES[0],
        "{not json",
        {"id": "x1", "title": "", "body": "b", "author": "pat.smith"},
        {"id": "x2", "title": "Fine title here", "body": "b", "author": "no spaces allowed"},
        {"id": "q-101", "title": "Same id as line one", "body": "b", "author": "pat.smith"},
        {"id": "x3", "title": "Bad date on this one", "author": "pat", "created_at": "yesterday"},
        {
            "id": "x4",
            "title": "Who answered?",
            "author": "pat.smith",
            "replies": [{"body": "Me", "author": "pat.smith", "accepted": True}],
        },
        {"id": "x5", "title": "A kind we do not have", "author": "pat.smith", "kind": "poll"},
    ]
    with pytest.raises(CommandError) as refused:
        run(write(tmp_path, rows))
    message = str(refused.value)
    assert message.startswith("Nothing was imported")
    for expected in (
        "line 2: not JSON",
        "line 3: 'title' is missing or empty.",
        "line 4: 'author': Use only letters",
        "line 5: id 'q-101' is already on line 1.",
        "line 6: 'created_at' is not an ISO 8601",
        "line 7: the accepted answer must be written by someone other than the asker.",
        "line 8: 'kind' must be one of",
    ):
        assert expected in message
    assert not Thread.objects.exists()
    assert not User.objects.filter(username="pat.smith").exists()


def test_an_unknown_space_or_missing_file_is_a_clear_error(tmp_path, space):
    with pytest.raises(CommandError, match=r"No space 'nope' \(spaces: thermostats\)"):
        run(write(tmp_path, LINES), "--space", "nope")
    with pytest.raises(CommandError, match=r"Cannot read .*missing\.jsonl"):
        run(str(tmp_path / "missing.jsonl"))


def test_the_named_space_receives_the_threads(tmp_path, space, casey):
    other = SpaceFactory(name="Billing", slug="billing")
    run(write(tmp_path, LINES[1:2]), "--space", "billing")
    assert Thread.objects.get().space == other
