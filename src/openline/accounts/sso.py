"""Single sign-on with OpenID Connect, through mozilla-django-oidc (authorization code flow with
PKCE and a nonce, RS256-signed ID tokens checked against the provider's JWKS).

Configured from the environment (settings.OPENLINE["OIDC"]); off unless an issuer and a
client id are set. The provider's endpoints come from its discovery document
(`<issuer>/.well-known/openid-configuration`, kept for an hour) unless set one by one.

The library checks the signature and the nonce; this module adds what it leaves out: the ID
token's issuer and audience, the userinfo `sub` matching the ID token's, and a verified
e-mail address. People are matched by that address. Someone new gets an account when an open
invitation names the address (with its role), or when the operator lets the provider create
accounts (`NEW_USERS=create`, with the least role); otherwise they are refused. A role map
(groups claim or e-mail domain → role) sets the role at each sign-in when something matches.

The identity provider is the operator's own configuration, like the SMTP host, so these calls
do not go through core.outbound's guard (an in-house Keycloak on a private address is usual).
"""

import logging
import re
from typing import Any

import jwt
import requests
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from . import suspensions, two_factor
from .models import Invitation, Role, User

log = logging.getLogger(__name__)

ROLE_ORDER: list[str] = [Role.CUSTOMER, Role.SUPERUSER, Role.AGENT, Role.MODERATOR, Role.ADMIN]
DISCOVERY_SECONDS = 3600
_ENDPOINTS = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}


class SignOnRefused(Exception):
    """A sign-in through the provider that Openline refuses; the message is for the person."""


class ProviderUnavailable(SignOnRefused):
    pass


# --- configuration ----------------------------------------------------------------------------


def config() -> dict[str, Any]:
    conf: dict[str, Any] = settings.OPENLINE.get("OIDC") or {}
    return conf


def enabled() -> bool:
    conf = config()
    return bool(conf.get("ISSUER") and conf.get("CLIENT_ID"))


def provider_name() -> str:
    return str(config().get("PROVIDER_NAME") or "single sign-on")


def discovery() -> dict[str, Any]:
    """The provider's discovery document, fetched once an hour at most."""
    conf = config()
    issuer = str(conf["ISSUER"]).rstrip("/")
    key = f"accounts:oidc-discovery:{issuer}"
    document: dict[str, Any] | None = cache.get(key)
    if document is not None:
        return document
    url = f"{issuer}/.well-known/openid-configuration"
    try:
        response = requests.get(url, timeout=conf.get("TIMEOUT", 10))
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as error:
        log.warning("OIDC discovery at %s failed: %s", url, error)
        raise ProviderUnavailable(
            f"{provider_name()} cannot be reached just now, so nobody can sign in with it. "
            "Try again in a few minutes, or sign in with your password."
        ) from None
    if not isinstance(document, dict) or str(document.get("issuer", "")).rstrip("/") != issuer:
        log.warning("OIDC discovery at %s names another issuer: %r", url, document)
        raise ProviderUnavailable(
            f"{provider_name()} is not set up correctly here (its discovery document names "
            "another issuer). Tell the site's operator."
        )
    cache.set(key, document, DISCOVERY_SECONDS)
    return document


def library_setting(attr: str, *default: Any) -> Any:
    """mozilla-django-oidc's settings, answered from Openline's configuration."""
    conf = config()
    if attr in _ENDPOINTS:
        url = conf.get(_ENDPOINTS[attr].upper()) or discovery().get(_ENDPOINTS[attr])
        if not url:
            raise ProviderUnavailable(
                f"{provider_name()} is not set up correctly here (no {_ENDPOINTS[attr]}). "
                "Tell the site's operator."
            )
        return url
    values: dict[str, Any] = {
        "OIDC_RP_CLIENT_ID": conf.get("CLIENT_ID", ""),
        "OIDC_RP_CLIENT_SECRET": conf.get("CLIENT_SECRET", ""),
        "OIDC_RP_SIGN_ALGO": conf.get("SIGN_ALGO", "RS256"),
        "OIDC_RP_SCOPES": conf.get("SCOPES", "openid email profile"),
        "OIDC_USE_PKCE": True,
        "OIDC_USE_NONCE": True,
        "OIDC_TIMEOUT": conf.get("TIMEOUT", 10),
        "OIDC_AUTHENTICATION_CALLBACK_URL": "accounts:sso_callback",
        "OIDC_STORE_ACCESS_TOKEN": False,
        "OIDC_STORE_ID_TOKEN": False,
        "LOGIN_REDIRECT_URL_FAILURE": reverse("accounts:signin"),
    }
    if attr in values:
        return values[attr]
    return import_from_settings(attr, *default)


# --- who signs in -----------------------------------------------------------------------------


def mapped_role(claims: dict[str, Any]) -> str | None:
    """The highest role the role map gives these claims (a group in the roles claim, or the
    e-mail address's "@domain"), or None when nothing matches."""
    conf = config()
    role_map: dict[str, str] = conf.get("ROLE_MAP") or {}
    groups = claims.get(conf.get("ROLES_CLAIM") or "groups") or []
    if isinstance(groups, str):
        groups = [groups]
    keys = [str(g) for g in groups if isinstance(g, str | int)]
    email = str(claims.get("email") or "")
    if "@" in email:
        keys.append("@" + email.rsplit("@", 1)[1].lower())
    roles = [role_map[k] for k in keys if role_map.get(k) in ROLE_ORDER]
    return max(roles, key=ROLE_ORDER.index) if roles else None


def _username_for(claims: dict[str, Any], email: str) -> str:
    wanted = str(claims.get("preferred_username") or email.split("@", 1)[0])
    base = re.sub(r"[^A-Za-z0-9_.-]+", "", wanted).strip("._-")[:26] or "member"
    base = base if len(base) >= 3 else f"{base}-sso"
    name, n = base, 1
    while User.objects.filter(username__iexact=name).exists():
        n += 1
        name = f"{base}{n}"
    return name


def _email_is_verified(claims: dict[str, Any]) -> bool:
    if config().get("TRUST_EMAIL"):
        return True
    verified = claims.get("email_verified")
    return verified is True or str(verified).lower() == "true"


def sign_on(claims: dict[str, Any]) -> User:
    """The account these (checked) claims sign in to: found by verified address, or created
    for an open invitation or when the operator allows it. Raises SignOnRefused."""
    name = provider_name()
    email = User.objects.normalize_email(str(claims.get("email") or "").strip())
    if not email or "@" not in email:
        raise SignOnRefused(
            f"{name} did not tell us your e-mail address, so we can't find your account. "
            "Ask your administrator to share the e-mail claim with this site."
        )
    if not _email_is_verified(claims):
        raise SignOnRefused(
            f"{name} says your e-mail address {email} is not verified, so it can't be matched "
            f"to an account here. Verify it with {name} and sign in again."
        )
    role = mapped_role(claims)
    with transaction.atomic():
        people = list(User.objects.select_for_update().filter(email__iexact=email)[:2])
        if len(people) > 1:
            raise SignOnRefused("More than one account uses this address. Ask an admin.")
        if people:
            return _update(people[0], role)
        return _create(claims, email, role)


def _update(user: User, role: str | None) -> User:
    if not user.is_active:
        raise SignOnRefused("This account is deactivated. Ask an admin if that is a mistake.")
    if message := suspensions.refusal(user):
        raise SignOnRefused(message)
    fields = []
    if not user.email_verified:
        user.email_verified = True
        fields.append("email_verified")
    if role and role != user.role and not _demotes_last_admin(user, role):
        user.role = role
        fields.append("role")
    if fields:
        user.save(update_fields=fields)
    return user


def _demotes_last_admin(user: User, role: str) -> bool:
    if user.role != Role.ADMIN or role == Role.ADMIN:
        return False
    others = User.objects.filter(role=Role.ADMIN, is_active=True).exclude(pk=user.pk)
    if others.exists():
        return False
    log.warning("SSO role map would demote the last admin %s; role kept", user.username)
    return True


def _create(claims: dict[str, Any], email: str, role: str | None) -> User:
    invitation = (
        Invitation.objects.select_for_update()
        .filter(
            email__iexact=email,
            accepted_at__isnull=True,
            withdrawn_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .order_by("-created_at")
        .first()
    )
    if invitation is None and config().get("NEW_USERS", "create") != "create":
        raise SignOnRefused(
            f"No account here uses {email}. Ask an admin to invite you, then sign in again."
        )
    roles = [r for r in (role, invitation.role if invitation else None) if r]
    user = User(
        username=_username_for(claims, email),
        email=email,
        email_verified=True,
        display_name=" ".join(str(claims.get("name") or "").split())[:80],
        role=max(roles, key=ROLE_ORDER.index) if roles else Role.CUSTOMER,
        team=invitation.team if invitation else "",
    )
    user.set_unusable_password()
    try:
        user.save()
    except IntegrityError as error:
        raise SignOnRefused("Your account could not be created. Try again.") from error
    if invitation is not None:
        Invitation.objects.filter(pk=invitation.pk).update(
            accepted_at=timezone.now(), accepted_by=user
        )
    return user


# --- the library, configured ------------------------------------------------------------------


class OpenlineOIDCBackend(OIDCAuthenticationBackend):  # type: ignore[misc]
    """Signs in through the provider; answers only the callback (which passes a nonce), so a
    password sign-in never calls the provider."""

    get_settings = staticmethod(library_setting)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Django makes a backend for every sign-in and every request's user: the endpoints
        # (and so the discovery document) are read only when the provider is really used.
        self.UserModel = User

    def authenticate(self, request: HttpRequest | None, **kwargs: Any) -> User | None:
        if request is None or "nonce" not in kwargs or not enabled():
            return None
        super().__init__()
        user: User | None = super().authenticate(request, **kwargs)
        return user

    def verify_token(self, token: str, **kwargs: Any) -> dict[str, Any]:
        name = provider_name()
        try:
            payload: dict[str, Any] = super().verify_token(token, **kwargs)
        except SuspiciousOperation as error:
            if "Nonce" in str(error):
                raise SignOnRefused(
                    f"The answer from {name} was not for this sign-in (its nonce does not "
                    "match). Nobody was signed in: start again."
                ) from error
            raise SignOnRefused(
                f"The answer from {name} could not be verified (its signature is not the "
                "provider's). Nobody was signed in."
            ) from error
        except jwt.PyJWTError as error:
            raise SignOnRefused(
                f"The answer from {name} could not be used ({error}). Nobody was signed in."
            ) from error
        if "nonce" not in kwargs:
            return payload  # a signed userinfo answer, not an ID token
        issuer = str(config()["ISSUER"]).rstrip("/")
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if str(payload.get("iss", "")).rstrip("/") != issuer or self.OIDC_RP_CLIENT_ID not in (
            audiences
        ):
            raise SignOnRefused(
                f"The answer from {name} was issued by another provider or for another site. "
                "Nobody was signed in."
            )
        return payload

    def get_or_create_user(
        self, access_token: str, id_token: str, payload: dict[str, Any]
    ) -> User | None:
        userinfo = self.get_userinfo(access_token, id_token, payload)
        if userinfo.get("sub") != payload.get("sub"):
            raise SignOnRefused(
                f"{provider_name()} answered about another person. Nobody was signed in."
            )
        return sign_on({**payload, **userinfo})

    def get_user(self, user_id: int) -> User | None:
        user = User.objects.filter(pk=user_id).first()
        return user if user is not None and user.is_active and not user.is_suspended else None


class SignOnStart(OIDCAuthenticationRequestView):  # type: ignore[misc]
    """Redirects to the provider's sign-in page."""

    get_settings = staticmethod(library_setting)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponseBase:
        if not enabled():
            return redirect("accounts:signin")
        try:
            self.OIDC_OP_AUTH_ENDPOINT = library_setting("OIDC_OP_AUTHORIZATION_ENDPOINT")
            self.OIDC_RP_CLIENT_ID = library_setting("OIDC_RP_CLIENT_ID")
        except SignOnRefused as error:
            messages.error(request, str(error))
            return redirect("accounts:signin")
        response: HttpResponseBase = super().get(request)
        return response


class SignOnCallback(OIDCAuthenticationCallbackView):  # type: ignore[misc]
    """Where the provider sends the person back: signs them in, or says why not."""

    get_settings = staticmethod(library_setting)

    def get(self, request: HttpRequest) -> HttpResponseBase:
        if not enabled():
            return redirect("accounts:signin")
        name = provider_name()
        try:
            response: HttpResponseBase = super().get(request)
        except SignOnRefused as error:
            return self._refused(str(error))
        except SuspiciousOperation:  # an unknown or reused state
            return self._refused(
                f"This answer from {name} does not belong to a sign-in started in this browser "
                "(or it was used already). Start again."
            )
        except (requests.RequestException, ValueError, KeyError) as error:
            log.warning("OIDC exchange with the provider failed: %r", error)
            return self._refused(
                f"{name} did not answer as expected, so nobody was signed in. Try again."
            )
        return response

    def _refused(self, message: str) -> HttpResponse:
        messages.error(self.request, message)
        return redirect("accounts:signin")

    def login_failure(self) -> HttpResponse:
        name, error = provider_name(), self.request.GET.get("error")
        if error:
            description = str(self.request.GET.get("error_description") or error)[:200]
            return self._refused(f"{name} did not sign you in: {description}")
        return self._refused(f"Signing in with {name} did not work. Start again.")

    def login_success(self) -> HttpResponseBase:
        response: HttpResponseBase = super().login_success()
        # The provider did its own checks (and multi-factor): no local second step.
        self.request.session[two_factor.METHOD_KEY] = "sso"
        return response
