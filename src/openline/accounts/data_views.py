"""A member's own data: download everything Openline holds about them, or erase it."""

from datetime import UTC, datetime

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from openline.core import privacy
from openline.core.ratelimit import RateLimited

from . import actions
from .http import AuthenticatedHttpRequest
from .views import hit_password_attempt, too_many_attempts


@login_required
def my_data(request: AuthenticatedHttpRequest) -> HttpResponse:
    errors: dict[str, str] = {}
    if request.method == "POST":
        try:  # the password is checked: as many tries as signing in, no more
            hit_password_attempt(request)
            actions.erase_own_account(
                request.user,
                password=request.POST.get("password", ""),
                confirm=request.POST.get("confirm", ""),
            )
        except RateLimited as error:
            return too_many_attempts(request, error)
        except ValidationError as error:
            errors = {field: " ".join(texts) for field, texts in error.message_dict.items()}
        else:
            logout(request)
            messages.success(request, _("Your account and your data are erased. Goodbye."))
            return redirect("community:home")
    context = {"errors": errors, "keeps_posts": privacy.policy() == privacy.KEEP}
    return render(request, "accounts/my_data.html", context, status=400 if errors else 200)


@require_GET
@login_required
def download_my_data(request: AuthenticatedHttpRequest, fmt: str) -> HttpResponse:
    subject = privacy.Subject(user_id=request.user.pk)
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    if fmt == "zip":
        response = HttpResponse(privacy.export_zip(subject), content_type="application/zip")
    else:
        body = privacy.export_json(subject)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    name = f"openline-{request.user.username}-{stamp}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
