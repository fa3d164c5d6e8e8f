"""The knowledge base: public article pages and their index, the staff form that writes an
article from solved threads, and the FAQ candidates page."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest, signed_in_user
from openline.core import counters
from openline.core.cache import cache_for_anonymous, page_number

from . import articles, faq
from .jsonld import article_jsonld
from .models import Article, ArticleStatus

PAGE_SIZE = 50


def _version(request: HttpRequest, **kwargs: Any) -> int:
    return counters.read(articles.COUNTER)


@require_GET
@cache_for_anonymous(_version, params={"page": page_number})
def index(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    listed = (
        articles.published()
        if not articles.can_write(user)
        else Article.objects.all().order_by("status", "question")
    )
    page = Paginator(listed.order_by("question"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request, "knowledge/articles.html", {"page": page, "can_write": articles.can_write(user)}
    )


@require_GET
@cache_for_anonymous(_version)
def article(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    user = signed_in_user(request)
    found = articles.access_article(user, pk)
    if slug != found.slug:
        return HttpResponseRedirect(found.get_absolute_url(), status=301)
    context = {
        "article": found,
        "sources": articles.source_threads(user, found),
        "can_write": articles.can_write(user),
        "jsonld": article_jsonld(found, site_url=settings.SITE_URL),
    }
    return render(request, "knowledge/article.html", context)


def _ids(raw: list[str]) -> list[int]:
    ids = []
    for value in raw:
        for part in value.split(","):
            if part.strip().isdigit() and len(part.strip()) < 19:
                ids.append(int(part))
    return ids


def _form(question: str, details: str, answer: str, sources: list[int]) -> dict[str, str]:
    ids = ",".join(str(i) for i in sources)
    return {"question": question, "details": details, "answer": answer, "sources": ids}


@login_required
def write(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    """New (`?threads=1,2` pre-fills it from those threads, `&conversations=3` from a private
    conversation when no thread is given) or existing article."""
    articles.check_write(request.user)
    existing = articles.access_article(request.user, pk) if pk is not None else None
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        post = request.POST
        sources = _ids(post.getlist("sources"))
        try:
            saved = articles.save_article(
                request.user, existing, question=post.get("question", ""),
                details=post.get("details", ""), answer=post.get("answer", ""),
                source_ids=sources, publish=post.get("publish") == "1",
            )  # fmt: skip
        except ValidationError as error:
            errors = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
            form = _form(post.get("question", ""), post.get("details", ""),
                         post.get("answer", ""), sources)  # fmt: skip
        else:
            done = "Published." if saved.status == ArticleStatus.PUBLISHED else "Saved as a draft."
            messages.success(request, done)
            return redirect(saved)
    elif existing is not None:
        form = _form(existing.question, existing.details, existing.answer,
                     list(existing.sources.values_list("pk", flat=True)))  # fmt: skip
    else:
        draft = articles.draft_from_threads(
            request.user,
            _ids(request.GET.getlist("threads")),
            _ids(request.GET.getlist("conversations")),
        )
        form = _form(draft.question, draft.details, draft.answer, draft.sources)
    context = {"form": form, "errors": errors, "article": existing}
    return render(request, "knowledge/article_form.html", context, status=400 if errors else 200)


@require_POST
@login_required
def delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    articles.delete_article(request.user, articles.access_article(request.user, pk))
    messages.success(request, _("Article deleted."))
    return redirect("knowledge:articles")


@login_required
def faq_candidates(request: AuthenticatedHttpRequest) -> HttpResponse:
    found = faq.faq_candidates(request.user, fresh=request.GET.get("fresh") == "1")
    return render(request, "knowledge/faq_candidates.html", {"candidates": found})
