"""guidance 0001-0010 squashed (session 27): the tables as 0010_model_names leaves them, made at once (their data steps have no rows
to change on a new database), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("guidance", "0001_initial"),
        ("guidance", "0002_review_audit_learning"),
        ("guidance", "0003_findings_labels"),
        ("guidance", "0004_register_variants_postal_contacts"),
        ("guidance", "0005_policy_rule_off"),
        ("guidance", "0006_register_reports"),
        ("guidance", "0007_plural_names"),
        ("guidance", "0008_model_names"),
        ("guidance", "0009_field_names"),
        ("guidance", "0010_model_names"),
    ]

    initial = True

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
        ("community", "0001_squashed_0009_status_notification_label"),
        ("community", "0017_search_counts"),
        ("community", "0018_squashed_0020_model_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="PublicContact",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "value",
                    models.CharField(
                        help_text="As written, e.g. +44 161 496 0000.",
                        max_length=254,
                        verbose_name="contact",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("email", "E-mail address"),
                            ("phone", "Phone number"),
                            ("address", "Postal address"),
                        ],
                        max_length=8,
                        verbose_name="kind",
                    ),
                ),
                (
                    "normalised",
                    models.CharField(
                        help_text="Lower-case e-mail address, the number as +E.164, or the postal address in lower-case letters and digits only.",
                        max_length=254,
                        unique=True,
                        verbose_name="normalised",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="note")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
            ],
            options={
                "verbose_name": "public contact",
                "ordering": ["kind", "normalised"],
                "verbose_name_plural": "public contacts",
            },
        ),
        migrations.CreateModel(
            name="ConfidentialTerm",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("term", models.CharField(max_length=200, verbose_name="term")),
                (
                    "category",
                    models.CharField(
                        choices=[
                            ("code_name", "Code name"),
                            ("internal_host", "Internal host or domain"),
                            ("internal_url", "Internal URL"),
                            ("extension", "Internal phone extension"),
                            ("recall", "Unannounced recall"),
                            ("supplier", "Confidential supplier"),
                            ("other", "Other"),
                        ],
                        default="code_name",
                        max_length=20,
                        verbose_name="category",
                    ),
                ),
                (
                    "note",
                    models.CharField(
                        blank=True,
                        help_text="Why it is confidential; shown to the author.",
                        max_length=500,
                        verbose_name="note",
                    ),
                ),
                ("active", models.BooleanField(default=True, verbose_name="active")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="added by",
                    ),
                ),
                (
                    "variants",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text='Other ways of writing it, matched like the term: abbreviations, ids, the phrase people use for it ("x4471", "the batch we\'re quietly pulling").',
                        verbose_name="variants",
                    ),
                ),
                (
                    "ordinary_contexts",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text='Words that, beside the term, mark its ordinary sense (one context per line, learned from accepted "not confidential here" reports: "hovering car park").',
                        verbose_name="ordinary contexts",
                    ),
                ),
            ],
            options={
                "verbose_name": "confidential term",
                "ordering": ["term"],
                "verbose_name_plural": "confidential terms",
            },
        ),
        migrations.CreateModel(
            name="PolicyRule",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("secret", "Secret (key, token, password)"),
                            ("payment_card", "Payment card number"),
                            ("iban", "Bank account (IBAN)"),
                            ("personal_data", "Personal data"),
                            ("internal_reference", "Confidential reference"),
                            ("legal_risk", "Legal risk"),
                            ("hostile_tone", "Hostile tone"),
                            ("profanity", "Profanity"),
                        ],
                        max_length=24,
                        verbose_name="kind",
                    ),
                ),
                (
                    "action",
                    models.CharField(
                        choices=[
                            ("inform", "Inform: show it, nothing to confirm"),
                            ("warn", "Warn: the author confirms before publishing"),
                            ("review", "Review: a reviewer approves before it is published"),
                            ("block", "Block: it cannot be published"),
                            ("off", "Off: not reported"),
                        ],
                        max_length=8,
                        verbose_name="action",
                    ),
                ),
                (
                    "channel",
                    models.CharField(
                        blank=True,
                        help_text="e.g. community or email; blank for every channel.",
                        max_length=32,
                        verbose_name="channel",
                    ),
                ),
                (
                    "author_role",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("customer", "Customer"),
                            ("superuser", "Super-user"),
                            ("agent", "Agent"),
                            ("moderator", "Moderator"),
                            ("admin", "Admin"),
                        ],
                        help_text="Blank for every role.",
                        max_length=16,
                        verbose_name="author's role",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="note")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
            ],
            options={
                "verbose_name": "policy rule",
                "ordering": ["kind", "channel", "author_role"],
                "verbose_name_plural": "policy rules",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "channel", "author_role"), name="unique_policy_rule"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="ReviewRequest",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("channel", models.CharField(max_length=32, verbose_name="channel")),
                (
                    "text",
                    models.TextField(
                        help_text="The draft as the author wrote it.", verbose_name="draft"
                    ),
                ),
                ("findings", models.JSONField(default=list, verbose_name="findings")),
                (
                    "conversation_id",
                    models.PositiveBigIntegerField(
                        blank=True, null=True, verbose_name="conversation (ID)"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Waiting for a reviewer"),
                            ("approved", "Approved and published"),
                            ("returned", "Returned to the author"),
                            ("withdrawn", "Withdrawn by the author"),
                        ],
                        default="pending",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                (
                    "final_text",
                    models.TextField(
                        blank=True,
                        help_text="What was published, after any edit.",
                        verbose_name="published text",
                    ),
                ),
                (
                    "edited",
                    models.BooleanField(
                        default=False,
                        help_text="The reviewer changed the text.",
                        verbose_name="edited by the reviewer",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="The reviewer's note to the author.",
                        verbose_name="note",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                ("decided_at", models.DateTimeField(blank=True, null=True, verbose_name="decided")),
                (
                    "time_in_review",
                    models.DurationField(blank=True, null=True, verbose_name="time in review"),
                ),
                (
                    "outcome_seen_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="outcome seen"),
                ),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="review_requests",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                (
                    "published_reply",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="community.reply",
                        verbose_name="published reply",
                    ),
                ),
                (
                    "reviewer",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="reviewer",
                    ),
                ),
                (
                    "target_reply",
                    models.ForeignKey(
                        blank=True,
                        help_text="The reply being edited, when the draft is an edit.",
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.reply",
                        verbose_name="reply edited",
                    ),
                ),
                (
                    "thread",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.thread",
                        verbose_name="thread",
                    ),
                ),
            ],
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "review request",
                "verbose_name_plural": "review requests",
            },
        ),
        migrations.CreateModel(
            name="RegisterReport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("ordinary", "Not confidential here"),
                            ("variant", "Another way of writing the term"),
                        ],
                        max_length=10,
                    ),
                ),
                (
                    "words",
                    models.CharField(
                        help_text="What the finding pointed at, or the phrase selected.",
                        max_length=200,
                    ),
                ),
                (
                    "sentence",
                    models.CharField(help_text="The sentence it was said in.", max_length=1000),
                ),
                (
                    "cues",
                    models.CharField(
                        blank=True,
                        help_text="Ordinary use: the words beside it that mark the ordinary sense.",
                        max_length=300,
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Waiting for a register manager"),
                            ("accepted", "Accepted"),
                            ("rejected", "Rejected"),
                        ],
                        default="pending",
                        max_length=10,
                    ),
                ),
                ("decided_at", models.DateTimeField(blank=True, null=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "reply",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="community.reply",
                    ),
                ),
                (
                    "reporter",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "review",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="guidance.reviewrequest",
                    ),
                ),
                (
                    "term",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reports",
                        to="guidance.confidentialterm",
                    ),
                ),
            ],
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "register report",
                "verbose_name_plural": "register reports",
            },
        ),
        migrations.CreateModel(
            name="AuditLog",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "decision",
                    models.CharField(
                        choices=[
                            ("published_over_warning", "Published over warning"),
                            ("approved", "Approved in review"),
                            ("approved_edited", "Edited and approved in review"),
                            ("returned", "Returned in review"),
                        ],
                        max_length=24,
                        verbose_name="decision",
                    ),
                ),
                ("channel", models.CharField(max_length=32, verbose_name="channel")),
                ("excerpt", models.CharField(max_length=500, verbose_name="excerpt")),
                ("findings", models.JSONField(default=list, verbose_name="findings")),
                (
                    "conversation_id",
                    models.PositiveBigIntegerField(
                        blank=True, null=True, verbose_name="conversation (ID)"
                    ),
                ),
                ("note", models.TextField(blank=True, verbose_name="note")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "actor",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="actor",
                    ),
                ),
                (
                    "author",
                    models.ForeignKey(
                        help_text="Whose text it is (the actor, unless a reviewer decided).",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                (
                    "thread",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="community.thread",
                        verbose_name="thread",
                    ),
                ),
                (
                    "review",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="guidance.reviewrequest",
                        verbose_name="review",
                    ),
                ),
            ],
            options={
                "verbose_name": "audit log entry",
                "verbose_name_plural": "audit log",
                "ordering": ["-created_at", "-id"],
            },
        ),
        migrations.CreateModel(
            name="LearningCase",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("secret", "Secret (key, token, password)"),
                            ("payment_card", "Payment card number"),
                            ("iban", "Bank account (IBAN)"),
                            ("personal_data", "Personal data"),
                            ("internal_reference", "Confidential reference"),
                            ("legal_risk", "Legal risk"),
                            ("hostile_tone", "Hostile tone"),
                            ("profanity", "Profanity"),
                        ],
                        help_text="The guidance kind, if any.",
                        max_length=24,
                        verbose_name="kind",
                    ),
                ),
                ("title", models.CharField(max_length=140, verbose_name="title")),
                ("what_happened", models.TextField(verbose_name="what happened")),
                ("why", models.TextField(blank=True, verbose_name="why")),
                (
                    "what_now",
                    models.TextField(
                        help_text="What we do now, so it does not happen again.",
                        verbose_name="what now",
                    ),
                ),
                ("anonymised", models.BooleanField(default=False, verbose_name="anonymised")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                (
                    "author",
                    models.ForeignKey(
                        blank=True,
                        help_text="Who wrote the reply the case is about.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="created by",
                    ),
                ),
                (
                    "reply",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="community.reply",
                        verbose_name="reply",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at", "-id"],
                "verbose_name": "learning case",
                "verbose_name_plural": "learning cases",
                "indexes": [
                    models.Index(fields=["-created_at"], name="guidance_le_created_48d911_idx")
                ],
            },
        ),
        migrations.AddIndex(
            model_name="reviewrequest",
            index=models.Index(
                fields=["status", "created_at"], name="guidance_re_status_01c72e_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="reviewrequest",
            index=models.Index(
                fields=["author", "-created_at"], name="guidance_re_author__2b9731_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="registerreport",
            index=models.Index(
                fields=["status", "created_at"], name="guidance_re_status_56a5d0_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="auditlog",
            index=models.Index(fields=["-created_at"], name="guidance_au_created_7ff478_idx"),
        ),
    ]
