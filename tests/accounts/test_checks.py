"""The staff sign-in settings are checked at start-up: a typo fails loudly."""

from openline.accounts.checks import check_staff_sign_in

OIDC = {"ISSUER": "https://login.example.com", "CLIENT_ID": "openline", "NEW_USERS": "create"}


def ids(settings, **openline) -> list[str]:
    settings.OPENLINE = settings.OPENLINE | openline
    return [problem.id for problem in check_staff_sign_in()]


def test_the_defaults_pass(settings):
    assert ids(settings) == []
    assert ids(settings, OIDC=OIDC, STAFF_TWO_FACTOR="required") == []


def test_a_misspelt_requirement_is_an_error_not_optional(settings):
    assert ids(settings, STAFF_TWO_FACTOR="requried") == ["openline.accounts.E001"]


def test_half_a_provider_or_unknown_values_are_errors(settings):
    assert ids(settings, OIDC={"ISSUER": "https://login.example.com"}) == ["openline.accounts.E002"]
    assert ids(settings, OIDC=OIDC | {"NEW_USERS": "maybe"}) == ["openline.accounts.E003"]
    assert ids(settings, OIDC=OIDC | {"ROLE_MAP": {"support": "root"}}) == [
        "openline.accounts.E004"
    ]


def test_a_plain_http_issuer_is_a_warning_except_on_this_machine(settings):
    assert ids(settings, OIDC=OIDC | {"ISSUER": "http://login.example.com"}) == [
        "openline.accounts.W001"
    ]
    assert ids(settings, OIDC=OIDC | {"ISSUER": "http://127.0.0.1:9000"}) == []
