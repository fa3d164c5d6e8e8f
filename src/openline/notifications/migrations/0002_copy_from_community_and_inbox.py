"""Notifications had two homes (community.Notification, shown; inbox.InboxNotification, never
shown). Both are copied here, already e-mailed (nothing old is sent again); the people who
started or replied to a thread follow it, as they were told of its replies before."""

from django.db import migrations

COMMUNITY_TEXT = {
    "reply": "{actor} replied to “{title}”",
    "accepted": "{actor} accepted your answer on “{title}”",
    "mention": "{actor} mentioned you in “{title}”",
    "status": "“{title}” is now {status}",
}
INBOX_TEXT = {
    "mention": "{actor} mentioned you in a note on “{subject}”",
    "assigned": "{actor} assigned “{subject}” to you",
}


def _name(user):
    return (user.display_name or user.username) if user else "Someone"


def copy(apps, schema_editor):
    new = apps.get_model("notifications", "Notification")
    follow = apps.get_model("notifications", "Follow")
    old_community = apps.get_model("community", "Notification")
    old_inbox = apps.get_model("inbox", "InboxNotification")
    thread_model = apps.get_model("community", "Thread")
    reply_model = apps.get_model("community", "Reply")
    statuses = dict(thread_model._meta.get_field("status").choices)

    def thread_url(thread):
        return f"/t/{thread.pk}/{thread.slug or '-'}/"

    rows = []
    for n in old_community.objects.select_related("actor", "thread").iterator():
        t = n.thread
        text = COMMUNITY_TEXT[n.kind].format(
            actor=_name(n.actor), title=t.title, status=statuses.get(t.status, t.status)
        )
        url = thread_url(t) + (f"#reply-{n.reply_id}" if n.reply_id else "")
        rows.append(
            new(
                recipient_id=n.recipient_id,
                kind=f"community.{n.kind}",
                actor_id=n.actor_id,
                text=text[:300],
                url=url,
                about_type="community.thread",
                about_id=t.pk,
                detail_id=n.reply_id,
                delivery="email",
                created_at=n.created_at,
                read_at=n.read_at,
                emailed_at=n.created_at,
            )
        )
    for n in old_inbox.objects.select_related("actor", "conversation").iterator():
        c = n.conversation
        subject = c.subject or f"conversation {c.pk}"
        url = f"/inbox/{c.pk}/" + (f"#message-{n.message_id}" if n.message_id else "")
        rows.append(
            new(
                recipient_id=n.recipient_id,
                kind=f"inbox.{n.kind}",
                actor_id=n.actor_id,
                text=INBOX_TEXT[n.kind].format(actor=_name(n.actor), subject=subject)[:300],
                url=url,
                about_type="inbox.conversation",
                about_id=c.pk,
                detail_id=n.message_id,
                delivery="email",
                created_at=n.created_at,
                read_at=n.read_at,
                emailed_at=n.created_at,
            )
        )
    new.objects.bulk_create(rows, batch_size=500)

    follows = {}
    for t in thread_model.objects.only("pk", "author_id", "title", "slug").iterator():
        follows[(t.author_id, t.pk)] = (t.title, thread_url(t))
    pairs = reply_model.objects.values_list("author_id", "thread_id").distinct()
    titles = {
        t.pk: (t.title, thread_url(t)) for t in thread_model.objects.only("pk", "title", "slug")
    }
    for author_id, thread_id in pairs.iterator():
        follows.setdefault((author_id, thread_id), titles[thread_id])
    follow.objects.bulk_create(
        (
            follow(user_id=u, about_type="community.thread", about_id=t, label=label[:200], url=url)
            for (u, t), (label, url) in follows.items()
        ),
        batch_size=500,
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("community", "0006_search_variants_words"),
        ("inbox", "0005_social_network_kinds"),
    ]

    operations = [migrations.RunPython(copy, migrations.RunPython.noop)]
