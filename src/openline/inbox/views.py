"""Inbox pages, for staff only. Each view: parse → access → check → act → respond.

Live updates: an open inbox asks whether anything changed with the generation it shows
(`?v=`) and the live token the last full answer gave it (`X-Inbox-Token`, inbox.live_tokens:
signed for the reader's session, bound to the staff access counter). inbox.fastpath answers
before Django whenever that token is good for the request's session: a 204 when nothing
changed, the list fragment once its generation was rendered for readers of the same kind. What
it declines comes here: the full session check, then the fragment (or 204) with a fresh token.

When something changed, every open inbox asks for the list within a poll interval: the list
fragment is rendered once per generation, query string and language and finished per reader
(their token, their "Mine" count; `_shared_list`, inbox.live_cache). Losing access (a
deactivation, a role change, a sign-out…) moves the staff access counter and every token with
it, so text about customers reaches only readers whose access still holds (docs/decisions.md,
live-v3)."""

import secrets
import time
from collections.abc import Callable
from functools import partial, wraps
from hashlib import sha256
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    QueryDict,
)
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.accounts.models import User
from openline.community.models import Space
from openline.core.forms import add_action_errors
from openline.core.htmx import is_htmx
from openline.core.publishing import (
    HeldForReview,
    PublishRefused,
    findings_context,
    held_drafts,
)
from openline.language.voice import INTENTS, SENTIMENTS

from . import (
    actions,
    adapters,
    drafts,
    expert_finder,
    fastpath,
    live_cache,
    live_tokens,
    rows,
    selectors,
)
from .forms import (
    CHANNEL_CHOICES,
    NARROWING,
    AssignForm,
    AvailabilityForm,
    BulkForm,
    FilterForm,
    NoteForm,
    ReplyForm,
    StatusForm,
)

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise as StrPromise

    from .champions.forms import ChampionReplyForm
from .models import AgentAvailability, Attachment, CannedReply, Conversation, ConversationStatus
from .permissions import can_use_inbox, check_use_inbox

GENERATION_HEADER = fastpath.GENERATION_HEADER
TOKEN_HEADER = live_tokens.HEADER
# Types a browser may render inline; everything else downloads as bytes.
COLLEAGUE_MENU_KEY = "inbox-colleague-menu"
INLINE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"}


def staff_only(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Anonymous visitors are sent to sign in; signed-in customers get 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        check_use_inbox(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def _staff(request: HttpRequest) -> User:
    """The signed-in staff member, where staff_only or _live_refused let the request in."""
    user = request.user
    assert isinstance(user, User)
    return user


def _live_refused(request: HttpRequest) -> HttpResponse | None:
    """Polls get a status, never a redirect to the sign-in page (which would be swapped in)."""
    if not request.user.is_authenticated:
        return HttpResponse("Signed out: reload the page to sign in.", status=401)
    if not can_use_inbox(request.user):
        return HttpResponse("The inbox is for staff.", status=403)
    return None


def _counters(request: HttpRequest) -> tuple[int, int]:
    """(inbox generation, staff access counter): one read per request, shared with the fast
    path when it declined (inbox.fastpath)."""
    return fastpath.read(request.META)


def _generation(request: HttpRequest) -> int:
    return _counters(request)[0]


def live_token(request: HttpRequest) -> str:
    """For a reader the full check let in (inbox.live_tokens)."""
    return live_tokens.issue(_staff(request), request.session, _counters(request)[1])


def _bad_generation(request: HttpRequest) -> HttpResponse | None:
    if fastpath.bad_generation(request.GET.get("v")):
        return HttpResponse("Bad v.", status=400, headers={"Cache-Control": "no-store"})
    return None


def _poll(request: HttpRequest, fresh: Callable[[int, str], HttpResponse]) -> HttpResponse:
    """The poll protocol of both live views, where inbox.fastpath did not answer (no good token
    for this session): the full check, then `fresh(generation, token)` renders the fragment
    with the reader's fresh live token."""
    if bad := _bad_generation(request):
        return bad
    generation = _generation(request)
    if refused := _live_refused(request):
        return refused
    token = live_token(request)
    unchanged = request.GET.get("v") == str(generation)
    response = HttpResponse(status=204) if unchanged else fresh(generation, token)
    response[GENERATION_HEADER] = str(generation)
    response[TOKEN_HEADER] = token
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def live_wait(request: HttpRequest) -> HttpResponse:
    """The wait of inbox.js when inbox.fastpath did not answer it (which holds it under
    `openline serve`, inbox.holds; the ASGI front holds it in inbox.waiting): a token good for
    this session gets the current generation at once, without `X-Inbox-Held`, so the page asks
    again a poll interval later; a stale one (a reader who lost access while held) gets 403.
    The answer says only whether something changed."""
    if bad := _bad_generation(request):
        return bad
    generation, staff_access = _counters(request)
    cookie = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
    if not live_tokens.check(request.headers.get(TOKEN_HEADER, ""), cookie, staff_access):
        return HttpResponse("Live token missing or expired.", status=403)
    return HttpResponse(
        status=204, headers={GENERATION_HEADER: str(generation), "Cache-Control": "no-store"}
    )


def _say(request: HttpRequest, level: int, text: str) -> None:
    """A message for the next page; inbox.js refreshes in place and shows none."""
    if not is_htmx(request):
        messages.add_message(request, level, text)


def _done(request: HttpRequest, to: str) -> HttpResponse:
    """After a change: 204 for inbox.js (which refreshes itself), else back to the page."""
    return HttpResponse(status=204) if is_htmx(request) else redirect(to)


# --- the list ---------------------------------------------------------------------------------


def _filters_context(request: HttpRequest) -> dict[str, Any]:
    """The query string's filters, as the page's filter bar and its list read them: parsed
    once per request (the page and the list it renders on a change both ask)."""
    parsed: dict[str, Any] | None = getattr(request, "_inbox_filters", None)
    if parsed is None:
        form = FilterForm(request.GET)
        filters = form.filters()
        parsed = {
            "filter_form": form,  # the full page's filter controls
            "filters": filters,
            "narrowed": any(filters.get(name) for name in NARROWING),
            "ignored": form.ignored(),
        }
        request._inbox_filters = parsed  # type: ignore[attr-defined]
    return {**parsed}


def _list_context(request: HttpRequest, generation: int, token: str) -> dict[str, Any]:
    # The generation is read before the rows: a change in between shows on the next poll.
    context = _filters_context(request)
    chosen = selectors.ListFilters.of(context["filters"])
    counts = selectors.queue_counts(_staff(request), chosen)
    page = selectors.list_page(
        _staff(request),
        chosen,
        counts[chosen.queue],
        request.GET.get("page"),
        settings.OPENLINE["PAGE_SIZE"],
    )
    context.update(
        queues=[(key, label, counts[key]) for key, label in selectors.QUEUES.items()],
        count_cap=selectors.QUEUE_COUNT_CAP,
        page=page,
        rows_html=rows.rows_html(page.rows),
        generation=generation,
        next_due=selectors.next_due_at(),
        live_token=token,
    )
    return context


@require_GET
@staff_only
def index(request: AuthenticatedHttpRequest) -> HttpResponse:
    context = _filters_context(request)
    context.update(
        # The list itself: the same fragment the open inboxes' polls get, shared by every
        # reader of this generation and query string (`_list_html`).
        live_html=mark_safe(_list_html(request, _generation(request), live_token(request))),  # noqa: S308 - rendered by the template engine; slots filled with a token and a number
        filter_bar_html=mark_safe(_filter_bar(request, context)),  # noqa: S308 - rendered by the template engine
        statuses=ConversationStatus.choices,
        unknown_tag=bool(context["filters"].get("tag"))
        and not selectors.tag_exists(context["filters"]["tag"]),
        colleague_options=_colleague_options(request, own=False),
        bulk_form=BulkForm(),
        available=_available(request.user),
        channel_health=selectors.channel_health(request.user),
    )
    return render(request, "inbox/index.html", context)


def _filter_bar(request: HttpRequest, context: dict[str, Any]) -> str:
    """The filter bar, the same for every reader of the same filters and language (it holds no
    token and nothing of the reader's), rendered once per SHARE_SECONDS: a new space or tag is
    offered that much later, as the list shows a renamed one."""
    shown = (sorted(context["filters"].items()), context["ignored"], get_language())
    key = f"inbox-filter-bar:{sha256(repr(shown).encode()).hexdigest()[:32]}"
    html: str | None = cache.get(key)
    if html is None:
        bar = {
            **context,
            "channels": CHANNEL_CHOICES,
            "spaces": Space.objects.order_by("name").only("slug", "name"),
            "tags": selectors.tag_names(),
            "sorts": selectors.SORTS,
            "narrowed_count": sum(1 for name in NARROWING if context["filters"].get(name)),
        }
        html = render_to_string("inbox/index.html#filter_bar", bar, request=request)
        cache.set(key, html, live_cache.SHARE_SECONDS)
    return html


def _colleague_options(
    request: AuthenticatedHttpRequest,
    *,
    selected: int | None = None,
    own: bool = True,
    handles: bool = False,
) -> str:
    """The assignment menu's <option>s: every colleague (without the reader when not `own`),
    `selected` marked, each named by name (and @username with `handles`). The list is the same
    for every reader and is read once per SHARE_SECONDS (a new colleague is offered that much
    later; assigning checks the name again): with hundreds of staff, rendering it per page in
    the template was most of the inbox page's time (bench/README.md, "Session 21, lead")."""
    menu: list[tuple[int, str, str]] | None = cache.get(COLLEAGUE_MENU_KEY)
    if menu is None:  # escaped once here, joined per reader below
        menu = [
            (pk, escape(username), escape(label))
            for pk, username, label in selectors.colleague_menu(request.user)
        ]
        cache.set(COLLEAGUE_MENU_KEY, menu, live_cache.SHARE_SECONDS)
    else:
        check_use_inbox(request.user)
    me = request.user.pk
    return mark_safe(  # noqa: S308 - every value escaped above
        "".join(
            f'<option value="{username}"{" selected" if pk == selected else ""}>{label}'
            + (f" (@{username})</option>" if handles else "</option>")
            for pk, username, label in menu
            if own or pk != me
        )
    )


def _shared_list(request: HttpRequest, generation: int) -> dict[str, Any]:
    """The list fragment of a generation and a query string, rendered once for every reader
    (every staff member sees the same conversations; only "Mine" is theirs): the HTML with two
    slots, the reader's live token and their "Mine" count, filled in by `_list_html`. The
    slots are random per render, so no customer's text can name them. Reused for
    SHARE_SECONDS at most (the SLA clocks and "ago" times advance) and never past the next
    SLA deadline (the breaching count changes then)."""
    token_slot, mine_slot = (f"slot-{secrets.token_hex(8)}" for _ in range(2))
    context = _list_context(request, generation, token_slot)
    context["queues"] = [
        (key, label, mine_slot if key == "mine" else count)
        for key, label, count in context["queues"]
    ]
    until = time.time() + live_cache.SHARE_SECONDS
    if context["next_due"]:
        until = min(until, context["next_due"].timestamp())
    return {
        "html": render_to_string("inbox/index.html#live", context, request=request),
        "token_slot": token_slot,
        "mine_slot": mine_slot,
        "mine": selectors.mine_counts(selectors.ListFilters.of(context["filters"])),
        "until": until,
    }


def _shared_or_render(request: HttpRequest, generation: int) -> dict[str, Any]:
    key = live_cache.key(generation, get_language(), request.GET)
    if request.GET.get("queue") == "mine":  # the rows are the reader's own: kept for them alone
        key = f"{key}:{_staff(request).pk}"
    shared = live_cache.get(key)
    if shared is None:
        shared = _shared_list(request, generation)
        live_cache.put(key, shared)
    return shared


def _list_html(request: HttpRequest, generation: int, token: str) -> str:
    """The list (queues, rows, pages) for this reader. When an inbox changes, every open inbox
    asks for it at once, and each page view shows it too: one render per generation and kind
    of reader (per reader for "Mine", whose rows are theirs), finished per reader with two
    string replaces (here and in inbox.fastpath, which serves the shared ones without Django
    once they exist)."""
    return fastpath.finish(_shared_or_render(request, generation), _staff(request).pk, token)


def _list_fragment(request: HttpRequest, generation: int, token: str) -> HttpResponse:
    return HttpResponse(_list_html(request, generation, token))


@require_GET
def live(request: HttpRequest) -> HttpResponse:
    """The list poll: `?v=<generation>` plus the page's own filters."""
    return _poll(request, partial(_list_fragment, request))


# --- one conversation -------------------------------------------------------------------------


def _available(user: User) -> bool:
    return not AgentAvailability.objects.filter(user=user, available=False).exists()


def _live_context(
    request: HttpRequest, conversation: Conversation, generation: int
) -> dict[str, Any]:
    return {
        "live_token": live_token(request),
        "conversation": conversation,
        "messages_list": selectors.with_labels(list(selectors.conversation_messages(conversation))),
        "held_list": held_drafts(conversation_id=conversation.pk),
        "intents": INTENTS,
        "sentiments": SENTIMENTS,
        "generation": generation,
        "next_due": conversation.response_due_at,
    }


def _conversation_page(
    request: AuthenticatedHttpRequest,
    conversation: Conversation,
    *,
    status: int = 200,
    **forms: Any,
) -> HttpResponse:
    context = _live_context(request, conversation, _generation(request))
    context.update(
        reply_form=forms.get("reply_form") or ReplyForm(),
        note_form=forms.get("note_form") or NoteForm(),
        identities=selectors.customer_identities(conversation),
        history=list(selectors.customer_history(conversation)),
        colleague_options=_colleague_options(
            request, selected=conversation.assignee_id, handles=True
        ),
        canned_replies=CannedReply.objects.only("id", "title"),
        statuses=ConversationStatus.choices,
        available=_available(request.user),
        length_limit=adapters.length_limit(conversation),
    )
    return render(request, "inbox/conversation.html", context, status=status)


@require_GET
@staff_only
def conversation(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_conversation(request.user, pk)
    reply_form = None
    if canned_id := request.GET.get("canned", ""):  # the canned-reply picker without JavaScript
        canned = selectors.access_canned_reply(request.user, _int(canned_id))
        text = actions.render_canned_reply(canned, conversation, request.user)
        reply_form = ReplyForm(initial={"body": text})
    elif key := request.GET.get("draft", ""):  # a prepared reply (drafts.py), never sent by itself
        prepared = drafts.prepared(request.user, conversation, key[:100])
        reply_form = ReplyForm(initial={"body": prepared}) if prepared else None
    return _conversation_page(request, conversation, reply_form=reply_form)


@require_GET
def conversation_live(request: HttpRequest, pk: int) -> HttpResponse:
    """The conversation poll: its messages and facts, when anything in the inbox changed."""

    def fresh(generation: int, token: str) -> HttpResponse:
        conversation = selectors.access_conversation(_staff(request), pk)
        context = _live_context(request, conversation, generation)
        return render(request, "inbox/conversation.html#live", context)

    return _poll(request, fresh)


def _int(value: str) -> int:
    return int(value) if value.isdigit() and len(value) < 19 else 0


def send_reply_form(
    request: HttpRequest,
    form: "ReplyForm | ChampionReplyForm",
    publish: Callable[..., object],
    *,
    sent: "str | StrPromise",
) -> None:
    """Publishes a valid reply form through `publish(body=, status=, acknowledged=)` (a staff
    or a champion reply). A refusal becomes a form error, and `form.guidance` the findings for
    the page to show (web/_findings.html)."""
    data = form.cleaned_data
    extra = {"split": data["split"]} if "split" in data else {}  # staff replies only
    try:
        publish(
            body=data["body"], status=data["status"], acknowledged=data["acknowledged"], **extra
        )
    except ValidationError as error:
        add_action_errors(form, error)
    except HeldForReview as held:
        messages.info(
            request,
            _("Your reply was held for review before it goes out: %(held)s") % {"held": held},
        )
    except PublishRefused as refused:
        form.add_error(None, str(refused) or _("The reply was not sent."))
        form.guidance = findings_context(data["body"], refused)
    else:
        messages.success(request, sent)


@require_POST
@staff_only
def reply(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_conversation(request.user, pk)
    form = ReplyForm(request.POST)
    if form.is_valid():
        publish = partial(actions.reply, request.user, conversation)
        send_reply_form(request, form, publish, sent=_("Reply queued for delivery."))
    if form.errors:
        return _conversation_page(request, conversation, status=400, reply_form=form)
    return redirect("inbox:conversation", pk=conversation.pk)


@require_POST
@staff_only
def note(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_conversation(request.user, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            message = actions.add_note(request.user, conversation, body=form.cleaned_data["body"])
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            to = reverse("inbox:conversation", args=[conversation.pk])
            return redirect(f"{to}#message-{message.pk}")
    return _conversation_page(request, conversation, status=400, note_form=form)


@require_POST
@staff_only
def change_status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_conversation(request.user, pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Choose open, pending or solved.", status=400)
    actions.change_status(request.user, conversation, form.cleaned_data["status"])
    _say(
        request,
        messages.SUCCESS,
        gettext("“%(conversation)s” now has the status %(status)s.")
        % {"conversation": conversation, "status": conversation.get_status_display()},
    )
    to = "inbox:index" if form.cleaned_data["then"] == "list" else "inbox:conversation"
    return _done(request, reverse(to, args=[] if to == "inbox:index" else [conversation.pk]))


def _assignee(request: AuthenticatedHttpRequest, value: str) -> User | None:
    if value == "me":
        return request.user
    if not value:
        return None
    colleague = User.objects.filter(username=value, is_active=True).first()
    if colleague is None:
        raise ValidationError(_("No colleague with the username “%(name)s”.") % {"name": value})
    return colleague


@require_POST
@staff_only
def assign(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_conversation(request.user, pk)
    form = AssignForm(request.POST)
    value = form.cleaned_data["assignee"] if form.is_valid() else ""
    try:
        if value == "round-robin":
            actions.assign_round_robin(request.user, conversation)
        else:
            actions.assign(request.user, conversation, _assignee(request, value))
    except ValidationError as error:
        if is_htmx(request):
            return HttpResponse(" ".join(error.messages), status=400)
        messages.error(request, " ".join(error.messages))
    else:
        if conversation.assignee:
            done = gettext("Assigned to %(name)s.") % {"name": conversation.assignee.name}
        else:
            done = gettext("Assigned to nobody.")
        _say(request, messages.SUCCESS, done)
    return _done(request, reverse("inbox:conversation", args=[conversation.pk]))


@require_POST
@staff_only
def bulk(request: AuthenticatedHttpRequest) -> HttpResponse:
    """One change to the rows selected in the list: assign (to me, a colleague, nobody) or set
    a status. Back to the same list, with what changed and what was refused."""
    form = BulkForm(request.POST)
    back = reverse("inbox:index")
    if form.is_valid():
        query = QueryDict(form.cleaned_data["back"]).urlencode()
        back += f"?{query}" if query else ""
        ids = form.cleaned_data["ids"]
        try:
            if form.cleaned_data["action"] == "assign":
                assignee = _assignee(request, form.cleaned_data["assignee"])
                changed, refused = actions.bulk_assign(request.user, ids, assignee)
                if assignee:
                    done = ngettext(
                        "%(count)d conversation assigned to %(name)s.",
                        "%(count)d conversations assigned to %(name)s.",
                        len(changed),
                    )
                else:
                    done = ngettext(
                        "%(count)d conversation assigned to nobody.",
                        "%(count)d conversations assigned to nobody.",
                        len(changed),
                    )
                name = assignee.name if assignee else ""
            else:
                status = form.cleaned_data["status"]
                changed, refused = actions.bulk_change_status(request.user, ids, status)
                done = ngettext(
                    "%(count)d conversation now has the status %(status)s.",
                    "%(count)d conversations now have the status %(status)s.",
                    len(changed),
                )
                name = str(ConversationStatus(status).label)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if changed:
                messages.success(
                    request, done % {"count": len(changed), "name": name, "status": name}
                )
            for conversation, reason in refused:
                messages.error(
                    request,
                    _("“%(conversation)s” was not changed: %(reason)s")
                    % {"conversation": conversation, "reason": reason},
                )
            if len(ids) > len(changed) + len(refused):
                messages.error(request, _("Some selected conversations no longer exist."))
    else:
        reasons = [str(error) for error in form.non_field_errors()]
        messages.error(request, " ".join(str(r) for r in reasons) or _("Choose what to do."))
    return redirect(back)


@require_POST
@staff_only
def availability(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = AvailabilityForm(request.POST)
    available = form.is_valid() and form.cleaned_data["available"]
    actions.set_availability(request.user, available=available)
    if available:
        _say(request, messages.SUCCESS, gettext("You are available for new conversations."))
    else:
        _say(request, messages.SUCCESS, gettext("You are away: round robin skips you."))
    if conversation_id := _int(request.POST.get("conversation", "")):
        return _done(request, reverse("inbox:conversation", args=[conversation_id]))
    return _done(request, reverse("inbox:index"))


@require_POST
@staff_only
def retry(request: AuthenticatedHttpRequest, delivery_pk: int) -> HttpResponse:
    delivery = selectors.access_delivery(request.user, delivery_pk)
    try:
        actions.retry_delivery(request.user, delivery)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Delivery queued again."))
    return redirect("inbox:conversation", pk=delivery.message.conversation_id)


def attachment_response(attachment: Attachment) -> FileResponse:
    """Customer files as downloads: anything a browser could run is served as bytes."""
    try:
        handle = attachment.file.open("rb")
    except OSError:
        raise Http404("The file of this attachment is no longer stored.") from None
    inline = attachment.content_type in INLINE_TYPES
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=attachment.filename,
        content_type=attachment.content_type if inline else "application/octet-stream",
    )
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@staff_only
def attachment(request: AuthenticatedHttpRequest, pk: int) -> FileResponse:
    """Customer files, for staff only; never on a public URL."""
    return attachment_response(selectors.access_attachment(request.user, pk))


@require_GET
@staff_only
def canned(request: AuthenticatedHttpRequest, pk: int, canned_pk: int) -> HttpResponse:
    """A canned reply filled in for this conversation, for the picker to insert."""
    conversation = selectors.access_conversation(request.user, pk)
    canned = selectors.access_canned_reply(request.user, canned_pk)
    text = actions.render_canned_reply(canned, conversation, request.user)
    return HttpResponse(text, content_type="text/plain; charset=utf-8")


@require_GET
@staff_only
def colleagues(request: AuthenticatedHttpRequest) -> JsonResponse:
    """Usernames for @-mentions in notes, matching what was typed after the @. With
    `conversation=<id>`, those who know its topic come first, each with a short reason."""
    prefix = request.GET.get("q", "")[:150]
    if "conversation" in request.GET:
        conversation = selectors.access_conversation(
            request.user, _int(request.GET["conversation"])
        )
        ranked = expert_finder.rank_colleagues(request.user, conversation, prefix)
        found = [{"username": u.username, "name": u.name, "reason": why} for u, why in ranked]
    else:
        found = [
            {"username": u.username, "name": u.name}
            for u in selectors.colleagues(request.user, prefix, limit=8)
        ]
    return JsonResponse({"colleagues": found})


@require_GET
@staff_only
def experts(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The "Who knows this" panel of a conversation, loaded after the page."""
    conversation = selectors.access_conversation(request.user, pk)
    suggestions = expert_finder.suggest_colleagues(request.user, conversation)[
        : expert_finder.PANEL_SIZE
    ]
    return render(
        request, "inbox/_experts.html", {"conversation": conversation, "suggestions": suggestions}
    )
