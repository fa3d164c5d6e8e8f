"""Findings carry their label from the check since the findings pipeline became one (every page
and the API show the label the check gives). Findings stored before get theirs here, as the
labels read then, so review and audit pages keep naming them as before."""

from django.db import migrations

LABELS = {
    "secret": "Secret (key, token, password)",
    "payment_card": "Payment card number",
    "iban": "Bank account (IBAN)",
    "personal_data": "Personal data",
    "internal_reference": "Confidential reference",
    "legal_risk": "Legal risk",
    "hostile_tone": "Hostile tone",
    "profanity": "Profanity",
}


def label_findings(apps, schema_editor):
    for name in ("ReviewRequest", "AuditLog"):
        model = apps.get_model("guidance", name)
        for row in model.objects.exclude(findings=[]).only("pk", "findings").iterator():
            labelled = [
                {**f, "label": LABELS.get(f.get("kind"), "")} if "label" not in f else f
                for f in row.findings
            ]
            if labelled != row.findings:
                model.objects.filter(pk=row.pk).update(findings=labelled)


class Migration(migrations.Migration):
    dependencies = [("guidance", "0002_review_audit_learning")]

    operations = [migrations.RunPython(label_findings, migrations.RunPython.noop, elidable=True)]
