"""The ideas board (public, per space, filtered by tag and status), an idea's demand on its
page, and the ideas panel of an inbox conversation (link, unlink). Each view: parse → access →
check → act → respond."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest, signed_in_user
from openline.community import selectors as community
from openline.community.models import Tag
from openline.core.htmx import is_htmx
from openline.inbox.selectors import access_conversation

from . import idea_actions, ideas

PARTS = "feedback/idea_parts.html"
SORT_LABELS = [("votes", _("Most votes")), ("demand", _("Most demand")), ("new", _("Newest"))]


@require_GET
def board(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    user = signed_in_user(request)
    space = community.access_space(user, slug) if slug else None
    filters = ideas.BoardFilters.parse(request.GET, space)
    paginator = Paginator(ideas.board(user, filters), ideas.PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage as error:
        raise Http404(str(error)) from error
    ideas.fill_demand(list(page.object_list))
    keep = {"tag": filters.tag, "status": filters.status, "sort": filters.sort}

    def url(**changes: str) -> str:
        return "?" + urlencode({k: v for k, v in (keep | changes).items() if v})

    counts = ideas.status_counts(user, filters)
    context = {
        "filters": filters,
        "page": page,
        "statuses": [(value, label, n, url(status=value)) for value, label, n in counts],
        "all_count": sum(n for _kind, _name, n in counts),
        "all_url": url(status=""),
        "sorts": [(value, label, url(sort=value)) for value, label in SORT_LABELS],
        "page_url": url(page=""),
        "spaces": community.visible_spaces(user),
        "tags": Tag.objects.all(),
        "ask_url": (
            reverse("community:ask_in_space", args=[space.slug])
            if space
            else reverse("community:ask")
        )
        + "?kind=idea",
    }
    return render(request, "feedback/board.html", context)


@require_GET
def idea_demand(request: HttpRequest, pk: int) -> HttpResponse:
    """The demand panel of an idea's page: counts only, by source, never who."""
    idea = community.access_thread(signed_in_user(request), pk)
    if not idea.is_idea:
        raise Http404("No such idea.")
    return render(request, f"{PARTS}#demand", {"idea": idea, "demand": ideas.demand(idea)})


def _panel(
    request: AuthenticatedHttpRequest, pk: int, *, error: str = "", status: int = 200
) -> HttpResponse:
    conversation = access_conversation(request.user, pk)
    query = request.GET.get("q", "")[:100]
    context = {
        "conversation": conversation,
        "links": ideas.conversation_links(conversation),
        "query": query,
        "choices": ideas.idea_choices(request.user, query),
        "draft": idea_actions.DRAFT,
        "error": error,
    }
    return render(request, f"{PARTS}#conversation", context, status=status)


@login_required
def conversation_ideas(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """GET: the panel (with `q`, ideas to link). POST `idea`: link the conversation to it."""
    if request.method != "POST":
        return _panel(request, pk)
    conversation = access_conversation(request.user, pk)
    error = ""
    try:
        idea = community.access_thread(request.user, int(request.POST.get("idea", "")[:18]))
        link = idea_actions.link_conversation(request.user, conversation, idea)
    except (ValueError, Http404):
        error = "No such idea: choose one from the list."
    except ValidationError as failure:
        error = " ".join(failure.messages)
    if is_htmx(request):
        return _panel(request, pk, error=error, status=400 if error else 200)
    if error:
        messages.error(request, error)
    else:
        messages.success(
            request,
            _("Linked to the idea “%(title)s”: counted as demand.") % {"title": link.idea.title},
        )
    return redirect(reverse("inbox:conversation", args=[pk]) + "#idea-links")


@require_POST
@login_required
def unlink(request: AuthenticatedHttpRequest, link_pk: int) -> HttpResponse:
    link = idea_actions.access_link(request.user, link_pk)
    access_conversation(request.user, link.conversation_id)
    idea_actions.unlink_conversation(request.user, link)
    if is_htmx(request):
        return _panel(request, link.conversation_id)
    messages.success(request, _("No longer linked to “%(title)s”.") % {"title": link.idea.title})
    return redirect(reverse("inbox:conversation", args=[link.conversation_id]) + "#idea-links")
