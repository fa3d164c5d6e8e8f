"""Community pages. Each view: parse → access → check → act → respond."""

import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest, signed_in_user
from openline.accounts.models import User
from openline.core import counters
from openline.core.cache import cache_for_anonymous, one_of, page_number
from openline.core.forms import add_action_errors
from openline.core.htmx import is_htmx
from openline.core.publishing import (
    HeldForReview,
    NeedsAcknowledgement,
    PublishRefused,
    findings_context,
)
from openline.core.ratelimit import RateLimited, hit
from openline.core.redaction import redact

from . import actions, fragments, notify, permissions, selectors, thread_page
from .forms import EditThreadForm, PreviewForm, ReplyForm, RetractForm, StatusForm, ThreadForm
from .jsonld import thread_jsonld
from .models import LISTS_COUNTER, Space, Tag, Thread, ThreadKind
from .search import fill_snippets
from .search import search as search_threads


def _page[T](
    request: HttpRequest, queryset: QuerySet[Any, T] | list[T], per_page: int | None = None
) -> Page[T]:
    """`?page=`, page 1 when it is not a number; a page past the last is not found, so each
    address of a list names one page (and the anonymous page cache keeps only those)."""
    paginator = Paginator(queryset, per_page or settings.OPENLINE["PAGE_SIZE"])
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as error:
        raise Http404(str(error)) from error


def _sort(request: HttpRequest) -> str:
    sort = request.GET.get("sort", "latest")
    return sort if sort in selectors.SORTS else "latest"


LIST_PARAMS = {
    "page": page_number,
    "sort": one_of(*(sort for sort in selectors.SORTS if sort != "latest")),
}


def _lists_version(request: HttpRequest, **kwargs: Any) -> int:
    return counters.read(LISTS_COUNTER)


def _list_context(
    request: HttpRequest,
    state: selectors.ListPageState,
    *,
    show_space: bool,
    space: Space | None = None,
    tag_slug: str | None = None,
) -> dict[str, Any]:
    sort = _sort(request)
    html, number = fragments.thread_list(
        request,
        signed_in_user(request),
        state.spaces,
        sort=sort,
        paginate=lambda threads: _page(request, threads),
        show_space=show_space,
        space=space,
        tag_slug=tag_slug,
        lists_version=state.lists_version,
    )
    return {"thread_list": html, "page_number": number, "sort": sort, "spaces": state.spaces}


def _list_page(
    request: HttpRequest,
    state: selectors.ListPageState,
    build: Callable[[], tuple[str, dict[str, Any]]],
    own: tuple[object, ...],
) -> HttpResponse:
    """Home, a space or a tag: for a signed-in reader from the page shared by readers of their
    kind (thread_page.shared_page), else (a visitor, whose page the anonymous cache keeps, or
    something unusual such as a pending message) rendered. `own`: what the page shows of its
    own besides the list and the sidebar (the space or tag, whether the reader follows it)."""
    user = signed_in_user(request)
    if user is not None:
        key = (
            *own,
            _sort(request),
            request.GET.get("page", "1"),  # as the list reads it (fragments.list_key)
            permissions.can_moderate(user),  # hidden threads in the list
            state.lists_version,
            state.space_rows,  # the sidebar, and so the set of spaces the list may show
        )
        page = thread_page.shared_page(request, user, key, build)
        if page is not None:
            return page
    return render(request, *build())


@require_GET
@cache_for_anonymous(_lists_version, params=LIST_PARAMS)
def home(request: HttpRequest) -> HttpResponse:
    state = selectors.list_page_state(signed_in_user(request))

    def build() -> tuple[str, dict[str, Any]]:
        return "community/home.html", _list_context(request, state, show_space=True)

    return _list_page(request, state, build, ("home",))


@require_GET
@cache_for_anonymous(_lists_version, params=LIST_PARAMS)
def space(request: HttpRequest, slug: str) -> HttpResponse:
    state = selectors.list_page_state(signed_in_user(request))
    space = state.space(slug)  # among the sidebar's: Http404 for a space the reader may not see

    def build() -> tuple[str, dict[str, Any]]:
        context = {
            **_list_context(request, state, show_space=False, space=space),
            "space": space,
            "following": state.following(space),
            "follow_url": reverse("community:follow_space", args=[space.slug]),
        }
        return "community/space.html", context

    return _list_page(request, state, build, ("space", space.pk, state.following(space)))


@require_GET
@cache_for_anonymous(_lists_version, params=LIST_PARAMS)
def tag(request: HttpRequest, slug: str) -> HttpResponse:
    state = selectors.list_page_state(signed_in_user(request), tag_slug=slug)
    tag, following = state.tag, state.following_tag
    if tag is None:
        raise Http404("No such tag.")

    def build() -> tuple[str, dict[str, Any]]:
        context = {
            **_list_context(request, state, show_space=True, tag_slug=slug),
            "tag": tag,
            "following": following,
            "follow_url": reverse("community:follow_tag", args=[tag.slug]),
        }
        return "community/tag.html", context

    return _list_page(request, state, build, ("tag", tag.pk, tag.slug, tag.name, following))


def _public_thread_version(request: HttpRequest, pk: int, slug: str) -> object | None:
    if pk > 2**63 - 1:
        return None
    row = selectors.public_thread_version(pk)
    return row[0] if row and row[1] == slug else None


@require_GET
@cache_for_anonymous(_public_thread_version)
def thread(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    user = signed_in_user(request)
    if user is not None:  # from the shared page, unless something unusual needs the full render
        page = thread_page.signed_in_page(request, user, pk, slug)
        if page is not None:
            return page
    bundle = fragments.access_thread_bundle(user, pk)
    thread = bundle.thread
    if thread.merged_at is not None or slug != thread.slug:
        return HttpResponseRedirect(selectors.address_of(thread), status=301)
    context = thread_page.full_context(request, user, bundle)
    public = not thread.space.is_private and thread.hidden_at is None and thread.deleted_at is None
    if not request.user.is_authenticated and public:  # for search engines
        context["jsonld"] = thread_jsonld(thread, bundle.replies, site_url=settings.SITE_URL)
    context["reply_form"] = ReplyForm()
    return render(request, "community/thread.html", context)


@require_GET
def thread_redirect(request: HttpRequest, pk: int) -> HttpResponse:
    thread = selectors.access_thread(signed_in_user(request), pk)
    return HttpResponseRedirect(selectors.address_of(thread), status=301)


def _rate_limit_posts(request: HttpRequest) -> None:
    hit("post", str(request.user.pk))


@login_required
def ask(request: AuthenticatedHttpRequest, slug: str | None = None) -> HttpResponse:
    spaces = list(selectors.visible_spaces(request.user))
    initial = {"space": slug}
    if request.GET.get("kind") in ThreadKind.values:  # "Post an idea" on the ideas board
        initial["kind"] = request.GET["kind"]
    form = ThreadForm(request.POST or None, spaces=spaces, tags=Tag.objects.all(), initial=initial)
    refusal = None
    if request.method == "POST" and "preview" in request.POST:
        # The preview without JavaScript: the form again, unchecked, with the preview below.
        return _ask_preview(request, spaces)
    if request.method == "POST" and form.is_valid():
        space = selectors.access_space(request.user, form.cleaned_data["space"])
        try:
            _rate_limit_posts(request)
            data = form.cleaned_data
            thread = actions.create_thread(
                request.user,
                space,
                kind=data["kind"],
                title=data["title"],
                body=data["body"],
                tags=data["tags"],
                acknowledged=data["acknowledged"],
            )
        except ValidationError as error:
            add_action_errors(form, error)
        except RateLimited as error:
            form.add_error(None, str(error))
        except PublishRefused as error:
            refusal = error
        else:
            if thread.is_held:
                messages.info(request, WAITING_FOR_REVIEW % {"reason": thread.held_reason_shown})
            else:
                messages.success(request, POSTED[ThreadKind(thread.kind)])
            return redirect(thread)
    context: dict[str, Any] = {"form": form}
    if refusal is not None:
        data = form.cleaned_data
        text = f"{data['title']}\n\n{data['body']}"
        context["guidance"] = findings_context(text, refusal)
        context["redacted"] = _redacted(title=data["title"], body=data["body"])
    status = 422 if refusal else 400 if form.errors else 200
    return render(request, "community/ask.html", context, status=status)


def _ask_preview(request: AuthenticatedHttpRequest, spaces: list[Space]) -> HttpResponse:
    data = request.POST
    initial = {name: data.get(name, "") for name in ("space", "kind", "title", "body")}
    form = ThreadForm(
        initial={**initial, "tags": data.getlist("tags")}, spaces=spaces, tags=Tag.objects.all()
    )
    preview = PreviewForm(data)
    context: dict[str, Any] = {"form": form, "show_preview": True}
    if preview.is_valid():
        context["preview_html"] = actions.render_preview(request.user, preview.cleaned_data["body"])
    else:
        context["preview_error"] = " ".join(str(e) for e in preview.errors["body"])
    return render(request, "community/ask.html", context)


# One sentence per kind, so that each language can say it in its own grammar.
POSTED = {
    ThreadKind.QUESTION: gettext_lazy(
        "Your question is posted. We will tell you when someone answers."
    ),
    ThreadKind.PROBLEM: gettext_lazy(
        "Your problem is posted. We will tell you when someone answers."
    ),
    ThreadKind.FEEDBACK: gettext_lazy(
        "Your feedback is posted. We will tell you when someone answers."
    ),
    ThreadKind.IDEA: gettext_lazy("Your idea is posted. We will tell you when someone answers."),
    ThreadKind.PRAISE: gettext_lazy(
        "Your praise is posted. We will tell you when someone answers."
    ),
    ThreadKind.DISCUSSION: gettext_lazy(
        "Your discussion is posted. We will tell you when someone answers."
    ),
}


@require_POST
@login_required
def preview(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The Markdown preview of the ask form (htmx): the body as the post would show it."""
    form = PreviewForm(request.POST)
    if not form.is_valid():
        context: dict[str, Any] = {"preview_error": " ".join(str(e) for e in form.errors["body"])}
        return render(request, "community/ask.html#preview", context, status=400)
    html = actions.render_preview(request.user, form.cleaned_data["body"])
    return render(request, "community/ask.html#preview", {"preview_html": html})


def _redacted(**fields: str) -> dict[str, str] | None:
    """The fields with the personal data masked, for "Remove them for me" (None when the
    redactor finds nothing in them)."""
    masked = {name: redact(value) for name, value in fields.items()}
    return masked if masked != fields else None


WAITING_FOR_REVIEW = gettext_lazy(
    "Your post waits for a moderator's review (%(reason)s): it is public once they approve "
    "it. You see it below, marked “waiting for review”."
)
HELD_FOR_REVIEW = gettext_lazy(
    "Your reply went to a reviewer. It is published as yours once they approve it; you can "
    "follow it under “My replies in review”."
)
HELD_EDIT_FOR_REVIEW = gettext_lazy(
    "Your edit went to a reviewer. It is published as yours once they approve it; you can "
    "follow it under “My replies in review”."
)


@require_POST
@login_required
def reply(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    thread = selectors.access_thread(request.user, pk)
    form = ReplyForm(request.POST)
    refusal = None
    if form.is_valid():
        data = form.cleaned_data
        try:
            _rate_limit_posts(request)
            new = actions.create_reply(
                request.user, thread, body=data["body"], acknowledged=data["acknowledged"]
            )
        except ValidationError as error:
            add_action_errors(form, error)
        except RateLimited as error:
            form.add_error(None, str(error))
        except HeldForReview:
            messages.success(request, HELD_FOR_REVIEW)
            return redirect(thread)
        except PublishRefused as error:
            refusal = error
        else:
            if new.is_held:
                messages.info(request, WAITING_FOR_REVIEW % {"reason": new.held_reason_shown})
            return redirect(new.get_absolute_url())
    context = thread_page.full_context(request, request.user, fragments.thread_bundle(thread))
    guidance = findings_context(form.cleaned_data.get("body", ""), refusal) if refusal else None
    redacted = None
    if refusal is not None and not context.get("drafts_checked"):  # a member's own data
        redacted = _redacted(body=form.cleaned_data.get("body", ""))
    context.update(reply_form=form, jsonld="", guidance=guidance, redacted=redacted)
    return render(request, "community/thread.html", context, status=422 if refusal else 400)


@require_POST
@login_required
def vote(request: AuthenticatedHttpRequest, pk: int, reply_pk: int | None = None) -> HttpResponse:
    thread = selectors.access_thread(request.user, pk)
    target = selectors.access_reply(request.user, reply_pk) if reply_pk else None
    if target is not None and target.thread_id != thread.pk:
        raise Http404("No such reply.")
    try:
        voted, count = actions.toggle_vote(request.user, thread, target)
    except ValidationError as error:
        return HttpResponse(" ".join(error.messages), status=400)
    if not is_htmx(request):
        return redirect(target.get_absolute_url() if target else thread.get_absolute_url())
    widget = fragments.vote_widget(
        vote_id=f"vote-r{target.pk}" if target else "vote-t",
        vote_url=request.path,
        voted=voted,
        count=count,
        can_vote=True,
        csrf=fragments.csrf_input(request),
    )
    return HttpResponse(widget)


@require_POST
@login_required
def accept(request: AuthenticatedHttpRequest, reply_pk: int) -> HttpResponse:
    target = selectors.access_reply(request.user, reply_pk)
    try:
        if request.POST.get("undo"):
            actions.unaccept_answer(request.user, target.thread)
        else:
            actions.accept_answer(request.user, target)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(target.get_absolute_url())


@require_POST
@login_required
def change_status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    thread = selectors.access_thread(request.user, pk)
    permissions.check_change_status(request.user, thread)
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a status and give a reason the public will read."))
        return redirect(thread)
    try:
        actions.change_status(request.user, thread, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(thread)


@login_required
def edit_thread(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    thread = selectors.access_thread(request.user, pk)
    permissions.check_edit_thread(request.user, thread)
    form = EditThreadForm(
        request.POST or None, initial={"title": thread.title, "body": thread.body}
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.edit_thread(
                request.user,
                thread,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
            )
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            return redirect(thread)
    context = {"form": form, "thread": thread, "target": None}
    return render(request, "community/edit.html", context, status=400 if form.errors else 200)


WARNED_EDIT = "community.warned_edit"


def _edit_digest(reply_pk: int, body: str) -> str:
    return hashlib.sha256(f"{reply_pk}:{body}".encode()).hexdigest()


def _refuse_edit(
    request: HttpRequest, form: ReplyForm, reply_pk: int, error: PublishRefused
) -> None:
    """The edit page shows the findings as form errors. Warnings are acknowledged by saving the
    same text again, which the page says in so many words."""
    body = form.cleaned_data["body"]
    for finding in findings_context(body, error)["findings"]:
        form.add_error(None, f"{finding['label']}: {finding['message']} {finding['suggestion']}")
    if isinstance(error, NeedsAcknowledgement):
        request.session[WARNED_EDIT] = _edit_digest(reply_pk, body)
        form.add_error(None, "Save again without changes to publish over these warnings.")
    else:
        form.add_error(None, str(error))


@login_required
def edit_reply(request: AuthenticatedHttpRequest, reply_pk: int) -> HttpResponse:
    target = selectors.access_reply(request.user, reply_pk)
    permissions.check_edit_reply(request.user, target)
    form = ReplyForm(request.POST or None, initial={"body": target.body})
    if request.method == "POST" and form.is_valid():
        body = form.cleaned_data["body"]
        warned = request.session.get(WARNED_EDIT) == _edit_digest(target.pk, body)
        acknowledged = form.cleaned_data["acknowledged"] or warned
        try:
            actions.edit_reply(request.user, target, body=body, acknowledged=acknowledged)
        except ValidationError as error:
            add_action_errors(form, error)
        except HeldForReview:
            messages.success(request, HELD_EDIT_FOR_REVIEW)
            return redirect(target.get_absolute_url())
        except PublishRefused as error:
            _refuse_edit(request, form, target.pk, error)
        else:
            return redirect(target.get_absolute_url())
    context = {"form": form, "thread": target.thread, "target": target}
    return render(request, "community/edit.html", context, status=400 if form.errors else 200)


@require_POST
@login_required
def retract_reply(request: AuthenticatedHttpRequest, reply_pk: int) -> HttpResponse:
    target = selectors.access_reply(request.user, reply_pk)
    permissions.check_retract_reply(request.user, target)
    form = RetractForm(request.POST)
    try:
        actions.retract_reply(request.user, target, note=form.data.get("note", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(target.get_absolute_url())


@require_GET
def revisions(request: HttpRequest, pk: int) -> HttpResponse:
    thread = selectors.access_thread(signed_in_user(request), pk)
    history = selectors.thread_history(thread)
    return render(request, "community/revisions.html", {"thread": thread, "history": history})


@require_GET
def profile(request: HttpRequest, username: str) -> HttpResponse:
    person = get_object_or_404(User, username=username, is_active=True)
    context = selectors.profile_context(signed_in_user(request), person)
    return render(request, "community/profile.html", context)


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:200]
    user = signed_in_user(request)
    hits = search_threads(user, query, snippets=False, cached=True) if query.strip() else []
    if query.strip() and not hits:
        actions.record_search_miss(query)
    page = _page(request, hits, per_page=20)
    fill_snippets(list(page.object_list))  # the same hits: their threads and snippets
    # A thread hidden since its ids were ranked (and cached) is not loaded, nor shown.
    page.object_list = [hit for hit in page.object_list if hit.loaded is not None]
    return render(request, "community/search.html", {"query": query, "page": page})


def _follow(request: AuthenticatedHttpRequest, target: notify.Followable) -> HttpResponse:
    following = request.POST.get("follow") == "1"
    notify.set_following(request.user, target, following=following)
    if is_htmx(request):
        context = {"following": following, "follow_url": request.path}
        return render(request, "community/_follow.html", context)
    name = target.title if isinstance(target, Thread) else target.name
    messages.success(
        request,
        _("You follow “%(name)s”.") % {"name": name}
        if following
        else _("You no longer follow “%(name)s”.") % {"name": name},
    )
    return redirect(target.get_absolute_url())


@require_POST
@login_required
def follow_thread(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _follow(request, selectors.access_thread(request.user, pk))


@require_POST
@login_required
def follow_tag(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    return _follow(request, get_object_or_404(Tag, slug=slug))


@require_POST
@login_required
def follow_space(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    return _follow(request, selectors.access_space(request.user, slug))
