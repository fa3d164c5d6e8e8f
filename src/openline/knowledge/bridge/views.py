"""The bridge's pages, for staff: the publish form in an inbox conversation and the share form
on a community thread. Each is one template whose panel (a partial) the other page loads with
htmx and shows again after a post; without JavaScript the panel is a page of its own."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.community import selectors as community_selectors
from openline.community.actions import PartsRefused
from openline.core.forms import add_action_errors
from openline.core.htmx import is_htmx
from openline.core.publishing import findings_context
from openline.core.redaction import redact
from openline.inbox import selectors as inbox_selectors
from openline.inbox.models import Conversation

from . import actions, permissions, selectors
from .forms import PublishForm, ShareForm


def _signed_in(request: HttpRequest) -> HttpResponseBase | None:
    return None if request.user.is_authenticated else redirect_to_login(request.get_full_path())


def _render(
    request: HttpRequest, template: str, context: dict[str, Any], status: int
) -> HttpResponse:
    """The panel alone for htmx (the page around it loaded it), else the page. htmx swaps only
    2xx answers, so a panel showing a refusal answers htmx with 200."""
    if is_htmx(request):
        return render(request, f"{template}#panel", context)
    return render(request, template, context, status=status)


def _show_refusal(
    form: PublishForm | ShareForm, texts: dict[str, str], refused: PartsRefused
) -> None:
    form.add_error(None, str(refused))
    for name, refusal in refused.parts.items():
        form.guidance[name] = findings_context(texts.get(name, ""), refusal)


def _publish_page(
    request: AuthenticatedHttpRequest,
    conversation: Conversation,
    form: PublishForm | None,
    *,
    status: int = 200,
) -> HttpResponse:
    record = selectors.published_as(conversation)
    start = selectors.publish_start(conversation, _answer_id(request))
    if form is None and record is None and start.answer is not None:
        form = _publish_form(conversation, start, request, data=None)
    context: dict[str, Any] = {
        "conversation": conversation, "record": record, "form": form, "start": start,
        "link": selectors.LINK,
    }  # fmt: skip
    return _render(request, "knowledge/bridge/publish.html", context, status)


def _answer_id(request: HttpRequest) -> int | None:
    """The staff reply chosen as the answer (the form's select, or its htmx refresh)."""
    value = (request.POST if request.method == "POST" else request.GET).get("answer_id", "")
    return int(value) if value.isdigit() and len(value) < 19 else None


def _publish_form(
    conversation: Conversation,
    start: selectors.PublishStart,
    request: AuthenticatedHttpRequest,
    data: Any,
) -> PublishForm:
    spaces = list(community_selectors.visible_spaces(request.user).filter(is_private=False))
    initial = {
        "title": start.title, "question": start.question,
        "answer": start.answer_text, "answer_id": start.answer.pk if start.answer else None,
        "source": "quoted" if start.public else "rewritten",
        "link_back_text": selectors.LINK_BACK_TEXT,
    }  # fmt: skip
    return PublishForm(
        data, initial=initial, answers=start.answers, spaces=spaces, public=start.public
    )


@require_http_methods(["GET", "POST"])
def publish(request: AuthenticatedHttpRequest, pk: int) -> HttpResponseBase:
    if to_sign_in := _signed_in(request):
        return to_sign_in
    conversation = inbox_selectors.access_conversation(request.user, pk)
    permissions.check_publish_conversation(request.user, conversation)
    if request.method == "GET":
        return _publish_page(request, conversation, None)
    start = selectors.publish_start(conversation, _answer_id(request))
    form = _publish_form(conversation, start, request, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            record = actions.publish_conversation(
                request.user, conversation, answer_id=data["answer_id"],
                space=community_selectors.access_space(request.user, data["space"]),
                kind=data["kind"], title=data["title"], question=data["question"],
                answer=data["answer"], source=data["source"], consent_note=data["consent_note"],
                tags=form.tag_slugs(), acknowledged=data["acknowledged"],
                link_back=data["link_back"], link_back_text=data["link_back_text"],
            )  # fmt: skip
        except ValidationError as error:
            add_action_errors(form, error)
            _mask(form, error)
        except PartsRefused as refused:
            texts = {"question": f"{data['title']}\n\n{data['question']}",
                     "answer": data["answer"], "link_back": data["link_back_text"]}  # fmt: skip
            _show_refusal(form, texts, refused)
        else:
            if is_htmx(request):  # the panel says so; a message would wait for the next page
                return _publish_page(request, conversation, None)
            messages.success(
                request, _("Published as “%(title)s”.") % {"title": record.thread.title}
            )
            return redirect("inbox:conversation", pk=conversation.pk)
    return _publish_page(request, conversation, form, status=400)


def _mask(form: PublishForm, error: ValidationError) -> None:
    """Texts refused for holding personal data come back masked, for the agent to check."""
    if not hasattr(error, "error_dict"):
        return
    data = form.data.copy()  # type: ignore[attr-defined]  # a bound form's QueryDict
    for name, errors in error.error_dict.items():
        if any(e.code == "personal_data" for e in errors):
            data[name] = redact(str(data.get(name, "")))
    form.data = data


# --- sharing ----------------------------------------------------------------------------------


def _share_page(
    request: AuthenticatedHttpRequest, thread: Any, form: ShareForm | None, *, status: int = 200
) -> HttpResponse:
    accounts = selectors.shareable_accounts()
    shares = selectors.thread_shares(thread)
    shared = {s.account_id for s in shares}
    open_accounts = [a for a in accounts if a.pk not in shared]
    if form is None and open_accounts:
        url = f"{settings.SITE_URL}{thread.get_absolute_url()}"
        form = ShareForm(initial={"text": f"{thread.title} {url}"}, accounts=open_accounts)
    context = {
        "thread": thread, "form": form, "shares": shares, "accounts": accounts,
        "origin": selectors.published_from(thread),
    }  # fmt: skip
    return _render(request, "knowledge/bridge/share.html", context, status)


@require_http_methods(["GET", "POST"])
def share(request: AuthenticatedHttpRequest, pk: int) -> HttpResponseBase:
    if to_sign_in := _signed_in(request):
        return to_sign_in
    thread = community_selectors.access_thread(request.user, pk)
    permissions.check_share_thread(request.user, thread)
    if request.method == "GET":
        return _share_page(request, thread, None)
    accounts = [a for a in selectors.shareable_accounts()]
    form = ShareForm(request.POST, accounts=accounts)
    if form.is_valid():
        data = form.cleaned_data
        chosen = [a for a in accounts if a.pk in set(data["accounts"])]
        try:
            shares = actions.share_thread(
                request.user, thread, accounts=chosen, text=data["text"],
                acknowledged=data["acknowledged"],
            )  # fmt: skip
        except ValidationError as error:
            add_action_errors(form, error)
        except PartsRefused as refused:
            _show_refusal(form, {name: data["text"] for name in refused.parts}, refused)
        else:
            if is_htmx(request):
                return _share_page(request, thread, None)
            messages.success(request, _("Queued on %(len)s account(s).") % {"len": len(shares)})
            return redirect(thread.get_absolute_url())
    return _share_page(request, thread, form, status=400)


@require_POST
def retry_share(request: AuthenticatedHttpRequest, pk: int, share_pk: int) -> HttpResponseBase:
    if to_sign_in := _signed_in(request):
        return to_sign_in
    thread = community_selectors.access_thread(request.user, pk)
    permissions.check_share_thread(request.user, thread)
    share = selectors.access_share(thread, share_pk)
    try:
        actions.retry_share(request.user, share)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if not is_htmx(request):
        return redirect(thread.get_absolute_url())
    return _share_page(request, thread, None)
