import pytest

from openline.guidance.checks import check_text
from openline.guidance.models import PolicyRule
from openline.guidance.policy import DEFAULT_ACTIONS, resolve_action, strictest

PROFANE = "Sorry, that update was shit."


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Refunded to 4111 1111 1111 1111 today.", "block"),
        ("Refund to NL91ABNA0417164300 soon.", "block"),
        ("Your temporary password is Halden2025! for 24 hours.", "block"),
        ("This is entirely our fault, I'm sorry.", "review"),
        ("The engineer will call 07911 123456 at nine.", "warn"),
        ("As I already told you, restart it.", "warn"),
        (PROFANE, "warn"),
        ("Thanks, the fix is in 4.12.2.", "publish"),
    ],
)
def test_without_rules_the_defaults_apply(db, text, action):
    assert check_text(text).action == action


def test_a_rule_for_every_channel_replaces_the_default(db):
    PolicyRule.objects.create(kind="profanity", action="block")

    assert check_text(PROFANE).action == "block"


def test_a_channel_rule_applies_on_that_channel_only(db):
    PolicyRule.objects.create(kind="profanity", action="review", channel="email")

    assert check_text(PROFANE, channel="email").action == "review"
    assert check_text(PROFANE, channel="community").action == "warn"


def test_a_role_rule_applies_to_that_role_only(db):
    PolicyRule.objects.create(kind="profanity", action="inform", author_role="superuser")

    assert check_text(PROFANE, author_role="superuser").action == "inform"
    assert check_text(PROFANE, author_role="agent").action == "warn"


def test_the_most_specific_rule_wins():
    rules = {
        ("profanity", "", ""): "inform",
        ("profanity", "", "agent"): "warn",
        ("profanity", "email", ""): "review",
        ("profanity", "email", "agent"): "block",
    }

    def action(channel, role):
        return resolve_action("profanity", channel=channel, author_role=role, rules=rules)

    assert action("email", "agent") == "block"
    assert action("email", "moderator") == "review"
    assert action("community", "agent") == "warn"
    assert action("community", "moderator") == "inform"


def test_each_finding_carries_its_own_severity_and_the_draft_the_strictest(db):
    result = check_text("Damn, I refunded 4111 1111 1111 1111 already.")

    assert [(f.kind, f.severity) for f in result.findings] == [
        ("profanity", "warn"),
        ("payment_card", "block"),
    ]
    assert result.action == "block"


def test_strictest_orders_the_actions():
    assert strictest(["inform", "review", "warn"]) == "review"
    assert strictest([]) == "publish"


def test_every_kind_has_a_default():
    from openline.guidance.models import Kind

    assert set(DEFAULT_ACTIONS) == set(Kind.values)
