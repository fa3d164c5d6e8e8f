from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.accounts.models import User

from . import actions, selectors
from .models import Delivery, Kind
from .tokens import read_unsubscribe_token

PER_PAGE = 30


@login_required
@require_http_methods(["GET"])
def index(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Lists the notifications, then marks them seen: the ones new on this visit keep their
    marker on the page, and the header badge rendered with it is already clear."""
    paginator = Paginator(selectors.notifications_for(request.user), PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage as error:
        raise Http404(str(error)) from error
    items = list(page.object_list)
    actions.mark_all_read(request.user)
    return render(request, "notifications/index.html", {"page": page, "items": items})


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: AuthenticatedHttpRequest) -> HttpResponse:
    current = selectors.preferences_of(request.user)
    if request.method == "POST":
        chosen = {k: request.POST.get(k, v) for k, v in current.items()}
        try:
            actions.set_preferences(request.user, chosen)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Saved: you will be told as you chose."))
            return redirect("notifications:preferences")
    rows = [(Kind(k), v) for k, v in current.items()]
    context = {
        "rows": rows,
        "deliveries": Delivery.choices,
        "follows": selectors.follows_of(request.user),
    }
    return render(request, "notifications/preferences.html", context)


@require_POST
@login_required
def stop_following(request: AuthenticatedHttpRequest, follow_id: int) -> HttpResponse:
    if not actions.stop_following(request.user, follow_id):
        raise Http404("No such follow of yours.")
    messages.success(request, _("You no longer follow it."))
    return redirect("notifications:preferences")


@csrf_exempt  # RFC 8058: a mail client POSTs here with no cookie; the signed token is the proof.
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what the link stops and a button (link scanners only GET); POST — the button
    or the mail client's one-click — stops it, without signing in."""
    try:
        user_id, kind = read_unsubscribe_token(token)
    except ValidationError as error:
        return render(request, "notifications/unsubscribe.html", {"error": error}, status=400)
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        gone = ValidationError(_("This unsubscribe link belongs to an account that is gone."))
        return render(request, "notifications/unsubscribe.html", {"error": gone}, status=404)
    label = Kind(kind).label if kind else "notifications (every kind)"
    context = {"label": label, "done": False, "token": token}
    if request.method == "POST":
        actions.unsubscribe(user, kind)
        context["done"] = True
    return render(request, "notifications/unsubscribe.html", context)
