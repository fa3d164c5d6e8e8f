"""Start-up checks of the staff sign-in settings (`openline check`, and every `migrate` and
`serve`): a typo must not quietly turn a requirement off."""

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning

from .models import Role

ROLES = {value for value, _ in Role.choices}


def check_staff_sign_in(**kwargs: Any) -> list[CheckMessage]:
    problems: list[CheckMessage] = []
    required = settings.OPENLINE.get("STAFF_TWO_FACTOR")
    if required not in {"optional", "required"}:
        problems.append(
            Error(
                f"OPENLINE_STAFF_TWO_FACTOR is {required!r}: use 'required' or 'optional'.",
                id="openline.accounts.E001",
            )
        )
    conf: dict[str, Any] = settings.OPENLINE.get("OIDC") or {}
    issuer, client = conf.get("ISSUER"), conf.get("CLIENT_ID")
    if bool(issuer) != bool(client):
        problems.append(
            Error(
                "Single sign-on needs both OPENLINE_OIDC_ISSUER and OPENLINE_OIDC_CLIENT_ID.",
                id="openline.accounts.E002",
            )
        )
    if issuer and client and conf.get("NEW_USERS") not in {"create", "refuse"}:
        problems.append(
            Error(
                f"OPENLINE_OIDC_NEW_USERS is {conf.get('NEW_USERS')!r}: use 'create' or 'refuse'.",
                id="openline.accounts.E003",
            )
        )
    for key, role in (conf.get("ROLE_MAP") or {}).items():
        if role not in ROLES:
            problems.append(
                Error(
                    f"OPENLINE_OIDC_ROLE_MAP gives {key!r} the unknown role {role!r}: use one "
                    f"of {', '.join(sorted(ROLES))}.",
                    id="openline.accounts.E004",
                )
            )
    host = urlsplit(str(issuer or "")).hostname or ""
    if (
        issuer
        and urlsplit(str(issuer)).scheme != "https"
        and host not in {"127.0.0.1", "localhost"}
    ):
        problems.append(
            Warning(
                "OPENLINE_OIDC_ISSUER is not an https:// URL: tokens and secrets would cross "
                "the network in the clear.",
                id="openline.accounts.W001",
            )
        )
    return problems
