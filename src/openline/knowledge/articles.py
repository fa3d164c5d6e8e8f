"""The knowledge base: articles staff write from solved threads, and who may read them.

An article starts as a draft pre-filled from its source threads (the question, the accepted or
best answer), with personal data already masked by the redaction hook (core.redaction). Staff
edit it and publish it; an article that still contains something the redactor would mask is
refused, so personal data never reaches a public page. Published articles are embedded in the
background (kind "article") so the ask page and search offer them."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.community.models import Reply, Thread
from openline.community.selectors import visible_threads
from openline.core import counters
from openline.core.markdown import plain_text, render_markdown
from openline.core.redaction import has_redactors, personal_data_left, redact, redact_many
from openline.inbox.models import Message, MessageKind
from openline.language import embed, index, sources
from openline.language.tasks import embed_objects

from .embeddings import conversation_texts
from .models import Article, ArticleStatus

ARTICLE = "article"
QUESTION_MIN, QUESTION_MAX = 8, 200
ANSWER_MAX = 20_000
BODY_CHARS = 600  # of the details, embedded with the question (as for threads)
COUNTER = "knowledge.articles"  # bumped by every change that alters a public article page


def can_write(user: User | None) -> bool:
    return user is not None and user.is_authenticated and user.is_staff_member


def check_write(user: User | None) -> None:
    if not can_write(user):
        raise PermissionDenied(_("Only staff write knowledge-base articles."))


# --- reads ------------------------------------------------------------------------------------


def published() -> QuerySet[Article]:
    return Article.objects.filter(status=ArticleStatus.PUBLISHED)


def access_article(user: User | None, pk: int) -> Article:
    """A published article for anyone; drafts for staff only (404 for others)."""
    articles = Article.objects.all() if can_write(user) else published()
    try:
        return articles.get(pk=pk)
    except (Article.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such article.") from None


def source_threads(user: User | None, article: Article) -> list[Thread]:
    return list(visible_threads(user).filter(pk__in=article.sources.values("pk")).order_by("pk"))


# --- drafts from threads ----------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    question: str
    details: str
    answer: str
    sources: list[int]


def best_answer(threads: list[Thread]) -> Reply | None:
    """The answer an article about these threads starts from: the best-voted accepted answer,
    else the best-voted reply by someone other than the askers."""
    accepted = [t.accepted_reply for t in threads if t.accepted_reply is not None]
    if accepted:
        return max(accepted, key=lambda r: (r.upvote_count, r.pk))
    return (
        Reply.objects.filter(thread__in=threads, retracted_at__isnull=True)
        .exclude(author__in=[t.author_id for t in threads])
        .select_related("author")
        .order_by("-upvote_count", "pk")
        .first()
    )


def first_replies(conversation_ids: list[int]) -> dict[int, str]:
    """The first answer staff sent in each conversation, masked (absent when none). One query."""
    first: dict[int, str] = {}
    rows = (
        Message.objects.filter(conversation_id__in=conversation_ids, kind=MessageKind.REPLY)
        .order_by("conversation_id", "created_at", "pk")
        .values_list("conversation_id", "body")
    )
    for conversation_id, body in rows:
        first.setdefault(conversation_id, body)
    kept = {pk: body for pk, body in first.items() if body}
    return dict(zip(kept, redact_many(list(kept.values())), strict=True))


def first_reply(conversation_id: int) -> str:
    return first_replies([conversation_id]).get(conversation_id, "")


def private_questions(conversation_ids: list[int]) -> dict[int, str]:
    """Private conversations' questions as staff are shown them: their first words, masked."""
    texts = conversation_texts(conversation_ids)
    masked = redact_many([" ".join(text.split())[:160] for text in texts.values()])
    return dict(zip(texts, masked, strict=True))


def private_question(conversation_id: int) -> str:
    return private_questions([conversation_id]).get(conversation_id, "")


def draft_from_threads(
    user: User, thread_ids: Iterable[int], conversation_ids: Iterable[int] = ()
) -> Draft:
    """A new article's text from its source threads (those `user` may see), personal data
    masked: the clearest question (solved, most voted first) and the best answer. With no
    thread, from the first of the private conversations asking it (staff see the inbox):
    the customer's words and staff's first reply, masked; a conversation is never a source."""
    check_write(user)
    threads = list(
        visible_threads(user)
        .filter(pk__in=list(thread_ids)[:50], space__is_private=False)
        .select_related("accepted_reply")
    )
    if not threads:
        for conversation_id in list(conversation_ids)[:50]:
            question = private_question(conversation_id)
            if question:
                return Draft(question, "", first_reply(conversation_id), [])
        return Draft("", "", "", [])
    threads.sort(key=lambda t: (t.accepted_reply_id is None, -t.upvote_count, t.pk))
    lead = threads[0]
    best = best_answer(threads)
    return Draft(
        question=redact(lead.title),
        details=redact(lead.body),
        answer=redact(best.body) if best is not None else "",
        sources=[t.pk for t in threads],
    )


# --- writes -----------------------------------------------------------------------------------


def _still_private(**texts: str) -> dict[str, str]:
    """Fields in which the redactor still finds personal data, with what it found."""
    problems = {}
    for field, text in texts.items():
        found = personal_data_left(text)
        if found:
            problems[field] = (
                "Remove the personal data first (found: "
                + ", ".join(found)
                + "). Masking it as [e-mail address] etc. is fine."
            )
    return problems


def _clean(question: str, details: str, answer: str) -> tuple[str, str, str]:
    question = " ".join((question or "").split())
    details, answer = (details or "").strip(), (answer or "").strip()
    errors: dict[str, str] = {}
    if not QUESTION_MIN <= len(question) <= QUESTION_MAX:
        errors["question"] = f"Write the question in {QUESTION_MIN} to {QUESTION_MAX} characters."
    if not answer:
        errors["answer"] = "Write the answer."
    elif len(answer) > ANSWER_MAX:
        errors["answer"] = f"Keep the answer under {ANSWER_MAX:,} characters."
    if len(details) > ANSWER_MAX:
        errors["details"] = f"Keep the details under {ANSWER_MAX:,} characters."
    if not errors:
        if not has_redactors():
            raise ValidationError(_("No redactor is installed: articles cannot be checked."))
        errors.update(_still_private(question=question, details=details, answer=answer))
    if errors:
        raise ValidationError(errors)
    return question, details, answer


def save_article(
    user: User,
    article: Article | None,
    *,
    question: str,
    details: str,
    answer: str,
    source_ids: Iterable[int],
    publish: bool,
) -> Article:
    """Creates or edits an article; `publish` makes it public (False keeps or makes it a
    draft). Sources are the public threads `user` may see among `source_ids`."""
    check_write(user)
    question, details, answer = _clean(question, details, answer)
    ids = list(
        visible_threads(user)
        .filter(pk__in=list(source_ids)[:50], space__is_private=False)
        .values_list("pk", flat=True)
    )
    now = timezone.now()
    with transaction.atomic():
        if article is None:
            article = Article(created_by=user, created_at=now)
        article.question, article.slug = question, slugify(question)[:80].strip("-") or "article"
        article.details, article.details_html = details, render_markdown(details, trusted=True)
        article.answer, article.answer_html = answer, render_markdown(answer, trusted=True)
        article.updated_by, article.updated_at = user, now
        if publish and article.status != ArticleStatus.PUBLISHED:
            article.published_at = now
        article.status = ArticleStatus.PUBLISHED if publish else ArticleStatus.DRAFT
        article.save()
        article.sources.set(ids)
        counters.bump(COUNTER)
        if publish:
            transaction.on_commit(lambda: embed_objects.enqueue(ARTICLE, [article.pk]))
    return article


def delete_article(user: User, article: Article) -> None:
    check_write(user)
    with transaction.atomic():
        article.delete()
        counters.bump(COUNTER)


def similar_articles(text: str, *, limit: int = 2) -> list[tuple[Article, float]]:
    """Published articles answering the need in `text`, best first (ask page, search)."""
    text = text.strip()[:500]
    if not text:
        return []
    (vector,) = embed([text])
    floor = settings.OPENLINE["SIMILAR_MIN_SCORE"]
    scores = {pk: s for pk, s in index.nearest(ARTICLE, vector, limit * 4) if s >= floor}
    found = [(a, scores[a.pk]) for a in published().filter(pk__in=scores)]
    found.sort(key=lambda pair: (-pair[1], pair[0].pk))
    return found[:limit]


# --- embeddings -------------------------------------------------------------------------------


def article_text(question: str, details: str) -> str:
    details = " ".join(plain_text(details).split())[:BODY_CHARS]
    return f"{question.strip()}\n{details}".strip()


def _all_ids() -> Iterable[int]:
    return published().order_by("id").values_list("id", flat=True).iterator(chunk_size=2000)


def _texts(ids: list[int]) -> dict[int, str]:
    rows = published().filter(id__in=ids).values_list("id", "question", "details")
    return {pk: article_text(question, details) for pk, question, details in rows}


def install() -> None:
    sources.register(sources.Source(ARTICLE, _all_ids, _texts))
