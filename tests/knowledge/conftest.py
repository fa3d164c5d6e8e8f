import pytest

from openline.community import actions


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """Posts a thread through the product's action and runs what follows the commit (the
    embedding task, run at once by the test task backend, as the worker would)."""

    def make(author, space, title: str, body: str = "Details follow in the thread.", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return actions.create_thread(
                author, space, kind=kwargs.pop("kind", "question"), title=title, body=body,
                **kwargs,
            )  # fmt: skip

    return make
