"""Background work of guidance, run by `openline worker`."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from .models import ReviewRequest, ReviewStatus

SUBJECTS = {
    ReviewStatus.APPROVED: gettext_noop("Your reply was approved and published"),
    ReviewStatus.RETURNED: gettext_noop("Your reply was returned with a note"),
}


@task()
def send_review_outcome_email(review_id: int) -> bool:
    """Tells the author what the reviewer decided. Returns whether a mail went out."""
    review = ReviewRequest.objects.select_related("author", "reviewer").filter(pk=review_id).first()
    if review is None or review.status not in SUBJECTS or not review.author.email:
        return False
    with translation.override(review.author.mail_language):  # the author's language
        subject, body = _outcome_mail(review)
    send_mail(subject, body, None, [review.author.email])
    return True


def _outcome_mail(review: ReviewRequest) -> tuple[str, str]:
    subject = gettext(SUBJECTS[ReviewStatus(review.status)])
    if review.edited:
        subject = gettext("Your reply was edited by a reviewer and published")
    reviewer = review.reviewer.name if review.reviewer else gettext("A reviewer")
    lines = [
        gettext("Hello %(name)s,") % {"name": review.author.name},
        "",
        gettext("%(outcome)s by %(reviewer)s.") % {"outcome": subject, "reviewer": reviewer},
    ]
    if review.note:
        lines += ["", gettext("Their note:"), review.note]
    if review.published_reply is not None:
        url = settings.SITE_URL + review.published_reply.get_absolute_url()
        lines += ["", gettext("Read it here: %(url)s") % {"url": url}]
    mine = f"{settings.SITE_URL}{reverse('guidance:my_reviews')}"
    company = settings.OPENLINE["COMPANY_NAME"]
    lines += [
        "",
        gettext("All your requests: %(url)s") % {"url": mine},
        "",
        gettext("— %(company)s guidance") % {"company": company},
    ]
    return subject, "\n".join(lines)
