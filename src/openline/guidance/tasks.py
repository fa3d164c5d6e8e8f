"""Background work of guidance, run by `openline worker`."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse

from .models import ReviewRequest, ReviewStatus

SUBJECTS = {
    ReviewStatus.APPROVED: "Your reply was approved and published",
    ReviewStatus.RETURNED: "Your reply was returned with a note",
}


@task()
def send_review_outcome_email(review_id: int) -> bool:
    """Tells the author what the reviewer decided. Returns whether a mail went out."""
    review = ReviewRequest.objects.select_related("author", "reviewer").filter(pk=review_id).first()
    if review is None or review.status not in SUBJECTS or not review.author.email:
        return False
    subject = SUBJECTS[ReviewStatus(review.status)]
    if review.edited:
        subject = "Your reply was edited by a reviewer and published"
    reviewer = review.reviewer.name if review.reviewer else "A reviewer"
    lines = [f"Hello {review.author.name},", "", f"{subject} by {reviewer}."]
    if review.note:
        lines += ["", "Their note:", review.note]
    if review.published_reply is not None:
        url = settings.SITE_URL + review.published_reply.get_absolute_url()
        lines += ["", f"Read it here: {url}"]
    lines += [
        "",
        f"All your requests: {settings.SITE_URL}{reverse('guidance:my_reviews')}",
        "",
        f"— {settings.OPENLINE['COMPANY_NAME']} guidance",
    ]
    send_mail(subject, "\n".join(lines), None, [review.author.email])
    return True
