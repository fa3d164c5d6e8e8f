from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class IdeaLink(models.Model):
    """An inbox conversation an agent linked to a community idea: a customer's "+1" from any
    channel, counted as the idea's demand with its source. The customer is copied from the
    conversation when linked, so demand counts each customer once across their conversations
    and never shows who they are in public."""

    idea = models.ForeignKey(
        "community.Thread", on_delete=models.CASCADE, related_name="customer_links"
    )
    conversation = models.ForeignKey(
        "inbox.Conversation", on_delete=models.CASCADE, related_name="idea_links"
    )
    customer = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The channel the customer asked on (inbox.ChannelKind), kept as it was when linked.
    source = models.CharField(max_length=20)
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # When the conversation's agent was told the idea shipped: once, even if it ships again.
    shipped_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("idea link")
        verbose_name_plural = _("idea links")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["idea", "conversation"], name="one_link_per_idea")
        ]
        indexes = [models.Index(fields=["conversation", "created_at"])]

    def __str__(self) -> str:
        return gettext("Conversation %(conversation)s → idea %(idea)s") % {
            "conversation": self.conversation_id,
            "idea": self.idea_id,
        }
