"""schema.org structured data for a thread page, so search engines can show it as a rich result.

Questions and problems are a `QAPage` (Google's Q&A guidelines: one question, its answers, the
accepted one apart); every other kind is a `DiscussionForumPosting` with its replies as comments.
Retracted replies are not content the community stands by, so they are left out.

It is built on the first view after every change (the anonymous page cache's miss), so it
carries what search engines read and no more: the accepted answer and the `SUGGESTED`
top-voted others (a discussion's first `SUGGESTED` comments), each text cut at `TEXT_MAX`
characters, with the full counts; texts come from the posts' rendered HTML, not a second
Markdown parse.
"""

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.urls import reverse

from openline.accounts.models import User
from openline.core.markdown import plain_text_of_html

from .models import Reply, Thread

SUGGESTED = 5
TEXT_MAX = 1000

# What json.dumps leaves as is but an HTML parser reads inside <script>: "</script>" and "<!--"
# end or confuse the element, "&" matters to XHTML. Unicode escapes mean the same to JSON.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def thread_jsonld(thread: Thread, replies: Iterable[Reply], *, site_url: str) -> str:
    """The body of a <script type="application/ld+json"> element for the thread's page.

    `site_url` is the public base URL without a trailing slash; the result is safe to embed
    unescaped (`|safe`) in the script element."""
    site_url = site_url.rstrip("/")
    url = site_url + thread.get_absolute_url()
    answers = [r for r in replies if not (r.is_retracted or r.is_hidden or r.is_deleted)]
    if thread.is_answerable:
        data = _qa_page(thread, answers, url=url, site_url=site_url)
    else:
        data = _forum_posting(thread, answers, url=url, site_url=site_url)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


def _qa_page(thread: Thread, answers: list[Reply], *, url: str, site_url: str) -> dict[str, Any]:
    accepted = next((r for r in answers if r.pk == thread.accepted_reply_id), None)
    question = {
        "@type": "Question",
        "name": thread.title,
        "text": _text(thread),
        "answerCount": len(answers),
        "upvoteCount": thread.upvote_count,
        **_dates(thread.created_at, thread.edited_at),
        "author": _person(thread.author, site_url),
        "url": url,
    }
    if accepted is not None:
        question["acceptedAnswer"] = _answer(accepted, url=url, site_url=site_url)
    others = [r for r in answers if r is not accepted]
    top = sorted(others, key=lambda r: -r.upvote_count)[:SUGGESTED]  # stable: earlier first
    suggested = [_answer(r, url=url, site_url=site_url) for r in others if r in top]
    if suggested:
        question["suggestedAnswer"] = suggested
    return {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": question}


def _answer(reply: Reply, *, url: str, site_url: str) -> dict[str, Any]:
    return {
        "@type": "Answer",
        "text": _text(reply),
        "upvoteCount": reply.upvote_count,
        **_dates(reply.created_at, reply.edited_at),
        "url": f"{url}#reply-{reply.pk}",
        "author": _person(reply.author, site_url),
    }


def _forum_posting(
    thread: Thread, comments: list[Reply], *, url: str, site_url: str
) -> dict[str, Any]:
    data = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": thread.title,
        "text": _text(thread),
        "url": url,
        **_dates(thread.created_at, thread.edited_at),
        "author": _person(thread.author, site_url),
        "interactionStatistic": [
            _counter("LikeAction", thread.upvote_count),
            _counter("CommentAction", len(comments)),
        ],
    }
    if comments:
        data["comment"] = [_comment(r, url=url, site_url=site_url) for r in comments[:SUGGESTED]]
    return data


def _comment(reply: Reply, *, url: str, site_url: str) -> dict[str, Any]:
    return {
        "@type": "Comment",
        "text": _text(reply),
        "url": f"{url}#reply-{reply.pk}",
        **_dates(reply.created_at, reply.edited_at),
        "author": _person(reply.author, site_url),
        "interactionStatistic": _counter("LikeAction", reply.upvote_count),
    }


def _text(post: Thread | Reply) -> str:
    text = plain_text_of_html(post.body_html)
    return text if len(text) <= TEXT_MAX else text[: TEXT_MAX - 1].rstrip() + "…"


def _person(user: User, site_url: str) -> dict[str, Any]:
    return {
        "@type": "Person",
        "name": user.name,
        "url": site_url + reverse("community:profile", args=[user.username]),
    }


def _counter(action: str, count: int) -> dict[str, Any]:
    return {
        "@type": "InteractionCounter",
        "interactionType": f"https://schema.org/{action}",
        "userInteractionCount": count,
    }


def _dates(created: datetime, edited: datetime | None) -> dict[str, Any]:
    dates = {"dateCreated": created.isoformat(), "datePublished": created.isoformat()}
    if edited is not None:
        dates["dateModified"] = edited.isoformat()
    return dates
