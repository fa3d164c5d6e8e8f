"""An agent corrects how a message was read (intent, sentiment): one form beside the message."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.inbox.models import Message

from . import actions


@require_POST
@login_required
def correct_message(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    try:
        actions.correct_message_label(
            request.user, pk, intent=request.POST.get("intent", ""),
            sentiment=request.POST.get("sentiment", ""),
        )  # fmt: skip
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thanks: the correction is kept and counted."))
    conversation_id = Message.objects.values_list("conversation_id", flat=True).get(pk=pk)
    return redirect(reverse("inbox:conversation", args=[conversation_id]) + f"#message-{pk}")
