"""The knowledge base's list of articles in Chromium: an article's question takes the row. The
rows share the thread list's grid (a column of counts, then the title), and an article has no
counts: its question stood in the 4.5 rem column, a word or two a line."""

import pytest

from openline.knowledge.models import Article, ArticleStatus

from ..factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
QUESTION = "Lithium or alkaline batteries in the radiator valves?"


@pytest.mark.parametrize("width", [390, 1280])
def test_an_articles_question_takes_the_whole_row(live_server, new_page, width):
    editor = UserFactory()
    Article.objects.create(
        question=QUESTION, slug="batteries", answer="Alkaline.", answer_html="<p>Alkaline.</p>",
        status=ArticleStatus.PUBLISHED, created_by=editor, updated_by=editor,
    )  # fmt: skip
    page = new_page()
    page.set_viewport_size({"width": width, "height": 844})

    page.goto(f"{live_server.url}/kb/")

    row = page.locator(".thread-item", has_text=QUESTION).bounding_box()
    question = page.get_by_role("heading", name=QUESTION).bounding_box()
    assert row is not None and question is not None
    assert question["width"] >= row["width"] * 0.9
