"""people 0001-0005 squashed (session 27): the tables as 0005_model_names leaves them, made at once (their data steps have no rows
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
        ("people", "0001_initial"),
        ("people", "0002_reputation_trust_badges_programme"),
        ("people", "0003_model_names"),
        ("people", "0004_field_names"),
        ("people", "0005_model_names"),
    ]

    initial = True

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="Badge",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("slug", models.SlugField(max_length=40, unique=True, verbose_name="slug")),
                ("name", models.CharField(max_length=60, verbose_name="name")),
                ("description", models.CharField(max_length=200, verbose_name="description")),
                (
                    "tier",
                    models.CharField(
                        choices=[("bronze", "Bronze"), ("silver", "Silver"), ("gold", "Gold")],
                        default="bronze",
                        max_length=10,
                        verbose_name="tier",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
            ],
            options={
                "ordering": ["position", "name"],
                "verbose_name": "badge",
                "verbose_name_plural": "badges",
            },
        ),
        migrations.CreateModel(
            name="Participation",
            fields=[
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "segment",
                    models.CharField(
                        choices=[
                            ("creator", "Creator"),
                            ("responder", "Responder"),
                            ("reader", "Reader"),
                            ("inactive", "Inactive"),
                        ],
                        max_length=10,
                    ),
                ),
                ("window_days", models.PositiveSmallIntegerField()),
                ("computed_at", models.DateTimeField()),
            ],
            options={
                "verbose_name": "participation segment",
                "verbose_name_plural": "participation segments",
                "indexes": [
                    models.Index(fields=["segment"], name="people_part_segment_173c65_idx")
                ],
            },
        ),
        migrations.CreateModel(
            name="Person",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(blank=True, max_length=200, verbose_name="name")),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        help_text="A verified address, used to link identities.",
                        max_length=254,
                        verbose_name="e-mail address",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "user",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="person",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
            ],
            options={
                "verbose_name": "person",
                "verbose_name_plural": "people",
            },
        ),
        migrations.CreateModel(
            name="Identity",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("channel_kind", models.CharField(max_length=20, verbose_name="channel")),
                (
                    "external_id",
                    models.CharField(
                        help_text="Stable id on that channel.",
                        max_length=300,
                        verbose_name="external ID",
                    ),
                ),
                ("handle", models.CharField(blank=True, max_length=200, verbose_name="handle")),
                ("name", models.CharField(blank=True, max_length=200, verbose_name="name")),
                (
                    "email",
                    models.EmailField(blank=True, max_length=254, verbose_name="e-mail address"),
                ),
                (
                    "email_verified",
                    models.BooleanField(default=False, verbose_name="e-mail verified"),
                ),
                ("url", models.URLField(blank=True, max_length=500, verbose_name="URL")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "person",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="identities",
                        to="people.person",
                        verbose_name="person",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "identities",
                "verbose_name": "identity",
            },
        ),
        migrations.CreateModel(
            name="Reputation",
            fields=[
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("points", models.IntegerField(default=0)),
                ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "verbose_name": "reputation score",
                "verbose_name_plural": "reputation scores",
                "indexes": [models.Index(fields=["-points"], name="people_repu_points_c88c82_idx")],
            },
        ),
        migrations.CreateModel(
            name="ReputationEvent",
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
                            ("answer_accepted", "Your answer was accepted"),
                            ("reply_upvoted", "Upvote on your reply"),
                            ("thread_upvoted", "Upvote on your post"),
                            ("helpful_reply", "The person who asked found your reply helpful"),
                        ],
                        max_length=20,
                        verbose_name="kind",
                    ),
                ),
                ("points", models.IntegerField(verbose_name="points")),
                (
                    "worth",
                    models.IntegerField(
                        help_text="What the kind is worth before limits.", verbose_name="worth"
                    ),
                ),
                (
                    "limited_by",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "—"),
                            ("pair_day", "Daily limit of points from the same person"),
                            ("pair_week", "Weekly limit of points from the same person"),
                            ("day", "Daily limit of points"),
                        ],
                        default="",
                        max_length=10,
                        verbose_name="limited by",
                    ),
                ),
                (
                    "giver_id",
                    models.BigIntegerField(blank=True, null=True, verbose_name="given by (ID)"),
                ),
                ("thread_id", models.BigIntegerField(verbose_name="thread (ID)")),
                (
                    "reply_id",
                    models.BigIntegerField(blank=True, null=True, verbose_name="reply (ID)"),
                ),
                ("created_at", models.DateTimeField(verbose_name="created")),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reputation_events",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
            ],
            options={
                "verbose_name": "reputation event",
                "verbose_name_plural": "reputation events",
            },
        ),
        migrations.CreateModel(
            name="SuperUserInvitation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("message", models.TextField(blank=True, verbose_name="message")),
                (
                    "space_ids",
                    models.JSONField(blank=True, default=list, verbose_name="private spaces (IDs)"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Waiting for an answer"),
                            ("accepted", "Accepted"),
                            ("declined", "Declined"),
                            ("withdrawn", "Withdrawn"),
                            ("left", "Left the programme"),
                        ],
                        default="pending",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "responded_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="responded"),
                ),
                ("left_at", models.DateTimeField(blank=True, null=True, verbose_name="left")),
                (
                    "invited_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="invited by",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="superuser_invitations",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
            ],
            options={
                "verbose_name": "super-user invitation",
                "verbose_name_plural": "super-user invitations",
            },
        ),
        migrations.CreateModel(
            name="ThankYouNote",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("body", models.TextField(max_length=1000, verbose_name="text")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "author",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="thank_you_notes",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at"],
                "verbose_name": "thank-you note",
                "verbose_name_plural": "thank-you notes",
            },
        ),
        migrations.CreateModel(
            name="ThreadRead",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("thread_id", models.BigIntegerField()),
                ("day", models.DateField()),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "thread read",
                "verbose_name_plural": "threads read",
            },
        ),
        migrations.CreateModel(
            name="TrustLevel",
            fields=[
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
                ("level", models.PositiveSmallIntegerField(default=0, verbose_name="trust level")),
                (
                    "computed_level",
                    models.PositiveSmallIntegerField(default=0, verbose_name="computed level"),
                ),
                (
                    "pinned_level",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="pinned level"
                    ),
                ),
                (
                    "pinned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="level pinned"),
                ),
                (
                    "promoted_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="promoted"),
                ),
                ("stats", models.JSONField(blank=True, default=dict, verbose_name="figures")),
                (
                    "updated_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="updated"),
                ),
                (
                    "pinned_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="level pinned by",
                    ),
                ),
            ],
            options={
                "verbose_name": "trust level",
                "verbose_name_plural": "trust levels",
            },
        ),
        migrations.CreateModel(
            name="Visit",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "visit",
                "verbose_name_plural": "visits",
            },
        ),
        migrations.CreateModel(
            name="BadgeAward",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "awarded_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="awarded"),
                ),
                (
                    "badge",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="awards",
                        to="people.badge",
                        verbose_name="badge",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="badge_awards",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
            ],
            options={
                "verbose_name": "badge award",
                "verbose_name_plural": "badge awards",
                "indexes": [
                    models.Index(
                        fields=["user", "-awarded_at"], name="people_badg_user_id_29adcf_idx"
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(fields=("user", "badge"), name="one_award_each")
                ],
            },
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(fields=["email"], name="people_pers_email_52ffb2_idx"),
        ),
        migrations.AddConstraint(
            model_name="identity",
            constraint=models.UniqueConstraint(
                fields=("channel_kind", "external_id"), name="one_identity_per_channel_id"
            ),
        ),
        migrations.AddIndex(
            model_name="reputationevent",
            index=models.Index(
                fields=["user", "-created_at"], name="people_repu_user_id_89db3d_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="superuserinvitation",
            index=models.Index(
                fields=["status", "-created_at"], name="people_supe_status_e33893_idx"
            ),
        ),
        migrations.AddConstraint(
            model_name="superuserinvitation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status__in", ["pending", "accepted"])),
                fields=("user",),
                name="one_open_invitation",
            ),
        ),
        migrations.AddIndex(
            model_name="thankyounote",
            index=models.Index(
                fields=["user", "-created_at"], name="people_than_user_id_986821_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="threadread",
            index=models.Index(fields=["day"], name="people_thre_day_bc3efa_idx"),
        ),
        migrations.AddConstraint(
            model_name="threadread",
            constraint=models.UniqueConstraint(
                fields=("user", "thread_id", "day"), name="one_read_per_day"
            ),
        ),
        migrations.AddIndex(
            model_name="trustlevel",
            index=models.Index(fields=["level"], name="people_trus_level_e40e20_idx"),
        ),
        migrations.AddIndex(
            model_name="visit",
            index=models.Index(fields=["day"], name="people_visi_day_bd0cae_idx"),
        ),
        migrations.AddConstraint(
            model_name="visit",
            constraint=models.UniqueConstraint(fields=("user", "day"), name="one_visit_per_day"),
        ),
    ]
