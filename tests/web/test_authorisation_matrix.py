"""Who may use every address of the site: one table, walked by every role outside each entry.

`ACCESS` names, for every URL pattern (by view name; unnamed patterns by route), every JSON API
operation (by method and path) and the Django admin, the roles that may use it. A pattern
missing from the table fails `test_every_address_of_the_site_is_in_the_access_table`: classify
it (and give `ARGS` the objects its URL needs) before it ships. Then every role outside an
entry's audience requests it, GET and POST (with a CSRF token, as a browser sends it), as a
signed-in session (for the API also with an API token of that role), with real objects in the
URL and valid JSON bodies so the view reaches its check. Each answer must be a refusal (any
4xx, or a redirect to sign in); a 2xx, or a redirect anywhere else, is a slip. The least role
inside the audience must get its GET page, so the table cannot rot into "everything refused".
`PRIVATE` does the same for the addresses that point into a space, with a private one.

Roles are probed against objects someone else owns: "the author may edit" is no role, so an
edit page's audience is the moderators who may edit anyone's post.
"""

import json
import re
from collections.abc import Callable
from datetime import timedelta
from itertools import product
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib import admin
from django.core.files.base import ContentFile
from django.http import HttpResponseForbidden
from django.middleware.csrf import _get_new_csrf_string  # type: ignore[attr-defined]
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from openline.accounts.models import Invitation, Role
from openline.accounts.tokens import issue_token
from openline.api.api import api
from openline.channels import accounts as channel_accounts
from openline.community import actions as community
from openline.community.models import Tag
from openline.feedback.idea_actions import link_conversation
from openline.guidance import register_reports
from openline.guidance.actions import add_confidential_term, create_learning_case
from openline.guidance.models import Kind, PolicyRule, ReviewRequest
from openline.inbox import actions as inbox
from openline.inbox.adapters import InboundItem
from openline.inbox.champions import actions as champions
from openline.inbox.ingestion import ingest
from openline.inbox.models import (
    Attachment,
    CannedReply,
    ChampionArea,
    ChannelAccount,
    Conversation,
    Delivery,
    SlaPolicy,
)
from openline.knowledge.models import Article, DuplicateFlag, SocialShare
from openline.notifications.models import Follow
from openline.notifications.tokens import make_unsubscribe_token
from openline.people.actions import Sender
from openline.people.models import SuperUserInvitation

from ..factories import SpaceFactory, UserFactory

# --- roles and audiences ----------------------------------------------------------------------

# In the order of what they may do; "operator" is an admin with Django's is_staff, the only
# person the Django admin lets in.
ROLES = ("anonymous", "customer", "superuser", "agent", "moderator", "admin", "operator")

PUBLIC = frozenset(ROLES)
SIGNED_IN = PUBLIC - {"anonymous"}
# An opted-in super-user (or trust-level-4 member); staff work the inbox itself instead.
CHAMPION = frozenset({"superuser"})
STAFF = frozenset({"agent", "moderator", "admin", "operator"})
SUPERUSER_OR_STAFF = STAFF | {"superuser"}
MODERATOR = frozenset({"moderator", "admin", "operator"})
ADMIN = frozenset({"admin", "operator"})
OPERATOR = frozenset({"operator"})
# No role opens it: a secret the caller sends (a webhook's signature, the metrics token).
TOKEN = frozenset[str]()
# No role opens someone else's: only the person it belongs to (their own held reply, their
# own follow, the conversation a champion took).
OWNER = frozenset[str]()
# No one: what a private thread never allows (sharing it on the social networks).
NOBODY = frozenset[str]()

# --- the table --------------------------------------------------------------------------------

ACCESS: dict[str, frozenset[str]] = {
    # the site's machinery
    "metrics": TOKEN,
    "channels:webhook": TOKEN,
    "favicon.ico": PUBLIC,
    "^media/(?P<path>avatars/.*)$": PUBLIC,
    # the Django admin (every page behind admin.site.has_permission: is_staff); its sign-in
    # and sign-out are Openline's own
    "admin:*": OPERATOR,
    "admin/login/": PUBLIC,
    "admin/logout/": PUBLIC,
    # accounts: signing in and up, and links that carry their own signed token
    "accounts:signin": PUBLIC,
    "accounts:signout": PUBLIC,
    "accounts:signup": PUBLIC,
    "accounts:sso_start": PUBLIC,
    "accounts:sso_callback": PUBLIC,
    "accounts:two_factor_step": PUBLIC,  # the second half of a sign-in
    "accounts:accept_invitation": PUBLIC,
    "accounts:verify_email": PUBLIC,
    "accounts:confirm_email_change": PUBLIC,
    "accounts:set_language": PUBLIC,
    "accounts:password_reset": PUBLIC,
    "accounts:password_reset_done": PUBLIC,
    "accounts:password_reset_confirm": PUBLIC,
    "accounts:password_reset_complete": PUBLIC,
    # accounts: one's own
    "accounts:two_factor": SIGNED_IN,
    "accounts:two_factor_regenerate": SIGNED_IN,
    "accounts:two_factor_disable": SIGNED_IN,
    "accounts:resend_verification": SIGNED_IN,
    "accounts:profile": SIGNED_IN,
    "accounts:my_data": SIGNED_IN,
    "accounts:export_json": SIGNED_IN,
    "accounts:export_zip": SIGNED_IN,
    "accounts:password_change": SIGNED_IN,
    "accounts:password_change_done": SIGNED_IN,
    # accounts: the staff
    "accounts:staff": ADMIN,
    "accounts:staff_invite": ADMIN,
    "accounts:staff_change": ADMIN,
    "accounts:staff_rename_team": ADMIN,
    "accounts:staff_withdraw": ADMIN,
    # settings
    "settings:index": MODERATOR,  # the sections a moderator may change (the register)
    "inbox_settings:sla": ADMIN,
    "inbox_settings:sla_new": ADMIN,
    "inbox_settings:sla_edit": ADMIN,
    "inbox_settings:canned": ADMIN,
    "inbox_settings:canned_new": ADMIN,
    "inbox_settings:canned_edit": ADMIN,
    "inbox_settings:canned_delete": ADMIN,
    "guidance_settings:policy": ADMIN,
    "guidance_settings:rule_new": ADMIN,
    "guidance_settings:rule_edit": ADMIN,
    "guidance_settings:rule_delete": ADMIN,
    "guidance_settings:goodwill": ADMIN,
    "guidance_settings:register": MODERATOR,
    "guidance_settings:term_new": MODERATOR,
    "guidance_settings:term_edit": MODERATOR,
    "guidance_settings:term_active": MODERATOR,
    "guidance_settings:term_remove": MODERATOR,
    "guidance_settings:report_decide": MODERATOR,
    "channel_settings:list": ADMIN,
    "channel_settings:add": ADMIN,
    "channel_settings:edit": ADMIN,
    "channel_settings:rotate": ADMIN,
    # guidance
    "guidance:reviews": MODERATOR,
    "guidance:review": MODERATOR,
    "guidance:my_reviews": SIGNED_IN,  # one's own replies held for review (a member's too)
    "guidance:withdraw": OWNER,
    "guidance:mistake": MODERATOR,
    "guidance:report_ordinary": MODERATOR,  # a held reply: its author, or a reviewer
    "guidance:name_term_held": MODERATOR,
    "guidance:name_term": STAFF,
    "guidance:lessons": STAFF,
    "guidance:lesson": STAFF,
    "guidance:edit_lesson": MODERATOR,
    # the community
    "community:home": PUBLIC,
    "community:space": PUBLIC,
    "community:ask_in_space": SIGNED_IN,
    "community:follow_space": SIGNED_IN,
    "community:ask": SIGNED_IN,
    "community:preview": SIGNED_IN,
    "community:tag": PUBLIC,
    "community:follow_tag": SIGNED_IN,
    "community:thread_short": PUBLIC,
    "community:thread": PUBLIC,
    "community:reply": SIGNED_IN,
    "community:vote_thread": SIGNED_IN,
    "community:follow_thread": SIGNED_IN,
    "community:vote_reply": SIGNED_IN,
    "community:status": STAFF,
    "community:edit_thread": MODERATOR,
    "community:history": PUBLIC,
    "community:triage": SUPERUSER_OR_STAFF,
    "community:accept": STAFF,
    "community:edit_reply": MODERATOR,
    "community:retract": MODERATOR,
    "community:profile": PUBLIC,
    "community:search": PUBLIC,
    "community:flags": MODERATOR,
    "community:watched_words": MODERATOR,
    "community:suspensions": MODERATOR,
    "community:thread_tools": MODERATOR,
    "community:flag": SIGNED_IN,
    "community:moderate": MODERATOR,
    # knowledge
    "knowledge:robots_txt": PUBLIC,
    "knowledge:sitemap_index": PUBLIC,
    "knowledge:sitemap": PUBLIC,
    "knowledge:similar": SIGNED_IN,  # while asking
    "knowledge:choose_suggestion": SIGNED_IN,
    "knowledge:duplicates": SUPERUSER_OR_STAFF,
    "knowledge:decide_duplicate": SUPERUSER_OR_STAFF,
    "knowledge:faq_candidates": STAFF,
    "knowledge:articles": PUBLIC,
    "knowledge:new_article": STAFF,
    "knowledge:edit_article": STAFF,
    "knowledge:delete_article": STAFF,
    "knowledge:article": PUBLIC,
    "knowledge:publish": STAFF,
    "knowledge:share": STAFF,
    "knowledge:retry_share": STAFF,
    "knowledge:feed": PUBLIC,
    "knowledge:space_feed": PUBLIC,
    # feedback
    "feedback:correct_message": STAFF,
    "feedback:ideas": PUBLIC,
    "feedback:ideas_in_space": PUBLIC,
    "feedback:idea_demand": PUBLIC,
    "feedback:conversation_ideas": STAFF,
    "feedback:unlink": STAFF,
    # notifications
    "notifications:index": SIGNED_IN,
    "notifications:preferences": SIGNED_IN,
    "notifications:stop_following": OWNER,
    "notifications:unsubscribe": PUBLIC,  # the signed token is the proof (RFC 8058)
    # the inbox
    "inbox:index": STAFF,
    "inbox:live": STAFF,
    "inbox:live_wait": TOKEN,  # the live token the inbox page was given (inbox.live_tokens)
    "inbox:bulk": STAFF,
    "inbox:availability": STAFF,
    "inbox:colleagues": STAFF,
    "inbox:conversation": STAFF,
    "inbox:conversation_live": STAFF,
    "inbox:experts": STAFF,
    "inbox:reply": STAFF,
    "inbox:note": STAFF,
    "inbox:status": STAFF,
    "inbox:assign": STAFF,
    "inbox:canned": STAFF,
    "inbox:take_over": STAFF,
    "inbox:offer": STAFF,
    "inbox:retry": STAFF,
    "inbox:attachment": STAFF,
    # the champion queue
    "champions:queue": CHAMPION,
    "champions:live": CHAMPION,
    "champions:opt_in": CHAMPION,  # eligible members, before they opt in
    "champions:areas": MODERATOR,
    "champions:conversation": CHAMPION,
    "champions:conversation_live": CHAMPION,
    "champions:take": CHAMPION,
    "champions:reply": OWNER,  # the champion who took it
    "champions:hand_back": OWNER,
    "champions:solve": OWNER,
    # participation
    "participation:reputation": SIGNED_IN,
    "participation:programme": SIGNED_IN,
    "participation:directory": PUBLIC,
    "participation:thank": SIGNED_IN,
    "participation:pin_trust": MODERATOR,
    "participation:recompute": MODERATOR,
    "participation:superusers": STAFF,
    "participation:invite": MODERATOR,
    "participation:withdraw": MODERATOR,
    # insights
    "insights:participation": STAFF,
    "insights:experts": STAFF,
    "insights:champions": STAFF,
    "insights:service": STAFF,
    "insights:service_csv": STAFF,
    "insights:product_feedback": STAFF,
    "insights:product_quotes": STAFF,
    "insights:product_export": STAFF,
    "insights:promise_edit": ADMIN,
    "insights:promise": PUBLIC,
    # people: privacy requests
    "people:privacy": ADMIN,
    "people:privacy_export_json": ADMIN,
    "people:privacy_export_zip": ADMIN,
    "people:privacy_erase": ADMIN,
    # the JSON API: its documents, then every operation by method and path
    "api_docs_asset": PUBLIC,
    "api-v1:openapi-json": PUBLIC,
    "api-v1:openapi-view": PUBLIC,
    "api-v1:api-root": PUBLIC,
    "api/v1/": PUBLIC,  # unknown API paths: a 404 that says where the paths are
    "GET /threads/similar": PUBLIC,
    "GET /spaces": PUBLIC,
    "GET /spaces/{slug}": PUBLIC,
    "GET /threads": PUBLIC,
    "POST /threads": SIGNED_IN,
    "GET /threads/{thread_id}": PUBLIC,
    "GET /threads/{thread_id}/replies": PUBLIC,
    "POST /threads/{thread_id}/replies": SIGNED_IN,
    "POST /guidance/check": SUPERUSER_OR_STAFF,
    "POST /guidance/register": MODERATOR,
    "POST /guidance/register/reports/ordinary": SUPERUSER_OR_STAFF,
    "POST /guidance/register/reports/variant": STAFF,
    "GET /guidance/register/reports": MODERATOR,
    "POST /guidance/register/reports/{report_id}/accept": MODERATOR,
    "POST /guidance/register/reports/{report_id}/reject": MODERATOR,
    "GET /conversations": STAFF,
    "GET /conversations/{conversation_id}": STAFF,
    "GET /attachments/{attachment_id}": STAFF,
    "POST /conversations/{conversation_id}/reply": STAFF,
    "POST /conversations/{conversation_id}/notes": STAFF,
    "POST /conversations/{conversation_id}/assign": STAFF,
    "POST /conversations/{conversation_id}/status": STAFF,
    "POST /conversations/{conversation_id}/publish": STAFF,
    "GET /insights/participation": STAFF,
    "GET /people/superuser-candidates": STAFF,
    "GET /people/experts": STAFF,
    "POST /people/{username}/trust": MODERATOR,
    "POST /threads/{thread_id}/retag": SUPERUSER_OR_STAFF,
    "POST /threads/{thread_id}/move": SUPERUSER_OR_STAFF,
    "POST /threads/{thread_id}/duplicate": SUPERUSER_OR_STAFF,
    "GET /champions/offered": CHAMPION,
    "GET /champions/mine": CHAMPION,
    "GET /champions/conversations/{conversation_id}": CHAMPION,
    "POST /champions/conversations/{conversation_id}/take": CHAMPION,
    "POST /champions/conversations/{conversation_id}/reply": OWNER,
    "POST /champions/conversations/{conversation_id}/hand-back": OWNER,
    "POST /champions/conversations/{conversation_id}/solve": OWNER,
    "POST /champions/conversations/{conversation_id}/check": CHAMPION,
    "GET /champions/outcomes": STAFF,  # how the champions did
    "POST /analyse": STAFF,
    "GET /insights/service": STAFF,
    "GET /feedback/items": STAFF,
    "GET /feedback/ideas": STAFF,
}

# The same addresses pointing into a private space (its members: the super-user; staff see
# every space): who may use them then. Every address whose URL or body changes when its space,
# thread, reply or idea is the private one must be here
# (`test_every_address_into_a_space_is_classified_for_a_private_one`).
MEMBERS = SUPERUSER_OR_STAFF
PRIVATE: dict[str, frozenset[str]] = {
    "community:space": MEMBERS,
    # The slug only chooses among the spaces the person may see: a private one (or one that does
    # not exist) gives the plain form, and posting into it is refused.
    "community:ask_in_space": SIGNED_IN,
    "community:follow_space": MEMBERS,
    "community:thread_short": MEMBERS,
    "community:thread": MEMBERS,
    "community:history": MEMBERS,
    "community:reply": MEMBERS,
    "community:vote_thread": MEMBERS,
    "community:follow_thread": MEMBERS,
    "community:vote_reply": MEMBERS,
    "community:flag": MEMBERS,
    "community:triage": MEMBERS,
    "community:status": STAFF,
    "community:accept": STAFF,
    "community:edit_thread": MODERATOR,
    "community:edit_reply": MODERATOR,
    "community:retract": MODERATOR,
    "community:thread_tools": MODERATOR,
    "community:moderate": MODERATOR,
    "knowledge:space_feed": NOBODY,  # feed readers carry no session
    "knowledge:choose_suggestion": MEMBERS,
    "knowledge:share": NOBODY,
    "knowledge:retry_share": NOBODY,
    "feedback:ideas_in_space": MEMBERS,
    "feedback:idea_demand": MEMBERS,
    "guidance:mistake": MODERATOR,
    "guidance:name_term": STAFF,
    "GET /spaces/{slug}": MEMBERS,
    "POST /threads": MEMBERS,
    "GET /threads/{thread_id}": MEMBERS,
    "GET /threads/{thread_id}/replies": MEMBERS,
    "POST /threads/{thread_id}/replies": MEMBERS,
    "POST /threads/{thread_id}/retag": MEMBERS,
    "POST /threads/{thread_id}/move": MEMBERS,
    "POST /threads/{thread_id}/duplicate": MEMBERS,
    "POST /conversations/{conversation_id}/publish": STAFF,
}

# --- the objects in the URLs ------------------------------------------------------------------

# A URL argument by its name, from the world's objects; `ARGS` names those an argument's name
# does not say (`pk` of what?).
PARAMS: dict[str, Callable[[Any], Any]] = {
    "slug": lambda w: w.space.slug,
    "username": lambda w: w.owner.username,
    "reply_pk": lambda w: w.reply.pk,
    "reply_id": lambda w: w.reply.pk,
    "review_id": lambda w: w.review.pk,
    "case_id": lambda w: w.case.pk,
    "invitation_id": lambda w: w.invitation.pk,
    "person_id": lambda w: w.agent_colleague.pk,
    "follow_id": lambda w: w.follow.pk,
    "delivery_pk": lambda w: w.delivery.pk,
    "canned_pk": lambda w: w.canned.pk,
    "share_pk": lambda w: w.share.pk,
    "link_pk": lambda w: w.link.pk,
    "account_id": lambda w: w.webhook_account.pk,
    "key": lambda w: f"u{w.owner.pk}",
    "token": lambda w: "not-a-token",
    "thread_id": lambda w: w.thread.pk,
    "conversation_id": lambda w: w.conversation.pk,
    "attachment_id": lambda w: w.attachment.pk,
    "report_id": lambda w: w.report.pk,
}
THREAD = {"pk": lambda w: w.thread.pk}
CONVERSATION = {"pk": lambda w: w.conversation.pk}
CHAMPION_CONVERSATION = {"pk": lambda w: w.offered.pk}
ARGS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "accounts:password_reset_confirm": {"uidb64": lambda w: "MQ", "token": lambda w: "bad"},
    "inbox_settings:sla_edit": {"pk": lambda w: w.sla.pk},
    "inbox_settings:canned_edit": {"pk": lambda w: w.canned.pk},
    "inbox_settings:canned_delete": {"pk": lambda w: w.canned.pk},
    "guidance_settings:rule_edit": {"pk": lambda w: w.rule.pk},
    "guidance_settings:rule_delete": {"pk": lambda w: w.rule.pk},
    "guidance_settings:term_edit": {"pk": lambda w: w.term.pk},
    "guidance_settings:term_active": {"pk": lambda w: w.term.pk},
    "guidance_settings:term_remove": {"pk": lambda w: w.term.pk},
    "guidance_settings:report_decide": {"pk": lambda w: w.report.pk},
    "channel_settings:add": {"kind": lambda w: "email"},
    "channel_settings:edit": {"pk": lambda w: w.email_account.pk},
    "channel_settings:rotate": {"pk": lambda w: w.webhook_account.pk},
    "community:tag": {"slug": lambda w: w.tag.slug},
    "community:follow_tag": {"slug": lambda w: w.tag.slug},
    "community:thread_short": THREAD,
    "community:thread": {**THREAD, "slug": lambda w: w.thread.slug},
    "community:reply": THREAD,
    "community:vote_thread": THREAD,
    "community:follow_thread": THREAD,
    "community:vote_reply": THREAD,
    "community:status": THREAD,
    "community:edit_thread": THREAD,
    "community:history": THREAD,
    "community:triage": THREAD,
    "community:thread_tools": THREAD,
    "community:flag": {"kind": lambda w: "reply", "pk": lambda w: w.reply.pk},
    "community:moderate": {"kind": lambda w: "reply", "pk": lambda w: w.reply.pk},
    "knowledge:sitemap": {"section": lambda w: "threads"},
    "knowledge:choose_suggestion": THREAD,
    "knowledge:decide_duplicate": {"pk": lambda w: w.duplicate.pk},
    "knowledge:edit_article": {"pk": lambda w: w.article.pk},
    "knowledge:delete_article": {"pk": lambda w: w.article.pk},
    "knowledge:article": {"pk": lambda w: w.article.pk, "slug": lambda w: w.article.slug},
    "knowledge:publish": CONVERSATION,
    "knowledge:share": THREAD,
    "knowledge:retry_share": THREAD,
    "feedback:correct_message": {"pk": lambda w: w.message.pk},
    "feedback:idea_demand": {"pk": lambda w: w.idea.pk},
    "feedback:conversation_ideas": CONVERSATION,
    "inbox:conversation": CONVERSATION,
    "inbox:conversation_live": CONVERSATION,
    "inbox:experts": CONVERSATION,
    "inbox:reply": CONVERSATION,
    "inbox:note": CONVERSATION,
    "inbox:status": CONVERSATION,
    "inbox:assign": CONVERSATION,
    "inbox:canned": CONVERSATION,
    "inbox:take_over": CHAMPION_CONVERSATION,
    "inbox:offer": CONVERSATION,
    "inbox:attachment": {"pk": lambda w: w.attachment.pk},
    "champions:conversation": CHAMPION_CONVERSATION,
    "champions:conversation_live": CHAMPION_CONVERSATION,
    "champions:take": CHAMPION_CONVERSATION,
    "champions:reply": CHAMPION_CONVERSATION,
    "champions:hand_back": CHAMPION_CONVERSATION,
    "champions:solve": CHAMPION_CONVERSATION,
    "notifications:unsubscribe": {"token": lambda w: w.unsubscribe},
    "participation:withdraw": {"pk": lambda w: w.superuser_invitation.pk},
    "insights:service_csv": {"table": lambda w: "findings"},
    "insights:product_export": {"what": lambda w: "items", "fmt": lambda w: "csv"},
    "api_docs_asset": {"name": lambda w: "swagger-ui.css"},
    "GET /champions/conversations/{conversation_id}": {"conversation_id": lambda w: w.offered.pk},
}
# A valid body for every API operation that takes one: ninja validates the body before the
# operation runs, so an empty one would be refused (422) before any permission check.
BODIES: dict[str, Callable[[Any], dict[str, Any]]] = {
    "POST /threads": lambda w: {"space": w.space.slug, "title": "Probe title here", "body": "Hi"},
    "POST /threads/{thread_id}/replies": lambda w: {"body": "A probing reply."},
    "POST /guidance/check": lambda w: {"text": "Hello there."},
    "POST /guidance/register": lambda w: {"term": "Falcon"},
    "POST /guidance/register/reports/ordinary": lambda w: {
        "text": "The Kestrel flew by.",
        "start": 4,
        "end": 11,
    },
    "POST /guidance/register/reports/variant": lambda w: {"term_id": w.term.pk, "phrase": "Kes"},
    "POST /guidance/register/reports/{report_id}/accept": lambda w: {},
    "POST /conversations/{conversation_id}/reply": lambda w: {"body": "A probing reply."},
    "POST /conversations/{conversation_id}/notes": lambda w: {"body": "A probing note."},
    "POST /conversations/{conversation_id}/assign": lambda w: {"assignee": None},
    "POST /conversations/{conversation_id}/status": lambda w: {"status": "solved"},
    "POST /conversations/{conversation_id}/publish": lambda w: {
        "title": "Broken on arrival",
        "question": "It arrived broken.",
        "source": "rewritten",
        "answer_id": w.delivery.message_id,
        "answer": "We sent a new one.",
        "space": w.space.slug,
    },
    "POST /people/{username}/trust": lambda w: {"level": 3},
    "POST /threads/{thread_id}/retag": lambda w: {"tags": ["wifi"]},
    "POST /threads/{thread_id}/move": lambda w: {"space": w.space.slug},
    "POST /threads/{thread_id}/duplicate": lambda w: {"original": w.twin.pk},
    "POST /champions/conversations/{conversation_id}/reply": lambda w: {"body": "Probing."},
    "POST /champions/conversations/{conversation_id}/hand-back": lambda w: {},
    "POST /champions/conversations/{conversation_id}/check": lambda w: {"text": "Hello."},
    "POST /analyse": lambda w: {"text": "My thermostat is broken."},
}
# A few paths the patterns cannot make: regular expressions, and query strings a page needs.
PATHS: dict[str, Callable[[Any], str]] = {
    "^media/(?P<path>avatars/.*)$": lambda w: "/" + w.avatar_path,
    "admin:*": lambda w: "/admin/",
    "community:search": lambda w: "/search/?q=thermostat",
    "knowledge:similar": lambda w: "/similar/?title=thermostat+wifi",
    "GET /threads/similar": lambda w: "/api/v1/threads/similar?text=thermostat+wifi",
}
# GET pages the least role of the audience is not given, with the reason (every other GET the
# table lets in must answer it).
NOT_A_PAGE = {
    "accounts:sso_start": "single sign-on is off in the tests: 404",
    "accounts:sso_callback": "single sign-on is off in the tests: 404",
    "accounts:two_factor_step": "needs a half-finished sign-in: back to the sign-in page",
    "accounts:password_reset_confirm": "the token is made up: the page says the link is bad",
    "api/v1/": "the 404 that names the paths",
    "api-v1:api-root": "the 404 that names the paths",
    "admin/login/": "sends everyone to Openline's sign-in (its second factor applies there)",
    "accounts:accept_invitation": "a made-up token: 400, the page says the link is bad",
    "accounts:verify_email": "a made-up token: 400, the page says the link is bad",
    "accounts:confirm_email_change": "a made-up token: 400, the page says the link is bad",
}


SECRET_TITLE = "Beta firmware 4.13 first impressions"


def _private(w) -> SimpleNamespace:
    """The world with its space, thread, reply and idea the private ones."""
    return SimpleNamespace(
        **{**vars(w), "space": w.vip, "thread": w.private_thread, "reply": w.private_reply,
           "idea": w.private_thread},
    )  # fmt: skip


# --- walking the patterns ---------------------------------------------------------------------


API_DOCUMENTS = {"openapi-json", "openapi-view", "api-root"}


def _patterns(patterns, prefix: str = "", namespace: str | None = None):
    """(key, route, pattern) for every URL pattern: the key is the view's name with its
    namespace, or the route when it has no name; the admin's are one key, and the API's are
    left to `_operations`."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                yield "admin:*", route, pattern
                continue
            inner = pattern.namespace or namespace
            yield from _patterns(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern):
            if namespace == "api-v1" and pattern.name not in API_DOCUMENTS:
                continue  # an operation: `_operations` names it by method and path
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield name or route, route, pattern


def _operations():
    """('METHOD /path', method, path) for every operation of the JSON API."""
    for prefix, router in api._routers:
        for path, view in router.path_operations.items():
            for operation in view.operations:
                for method in operation.methods:
                    yield f"{method} {prefix}{path}", method, f"{prefix}{path}"


def _keys() -> set[str]:
    return {key for key, _, _ in _patterns(get_resolver().url_patterns)} | {
        key for key, _, _ in _operations()
    }


def test_every_address_of_the_site_is_in_the_access_table():
    missing = sorted(_keys() - ACCESS.keys())
    assert not missing, (
        "Classify these addresses in ACCESS (tests/web/test_authorisation_matrix.py): who may "
        "use them (PUBLIC, SIGNED_IN, CHAMPION, SUPERUSER_OR_STAFF, STAFF, MODERATOR, ADMIN, "
        "OPERATOR, TOKEN, OWNER or NOBODY), and give ARGS the objects their URLs need: "
        f"{missing}"
    )
    stale = sorted((ACCESS.keys() | ARGS.keys() | BODIES.keys() | PATHS.keys()) - _keys())
    assert not stale, f"these entries name no address any more: {stale}"
    assert sorted(NOT_A_PAGE.keys() - _keys()) == []


def test_the_admin_is_one_entry_because_every_admin_page_asks_the_site():
    """`admin:*` stands for every page of the Django admin: each is wrapped by
    admin.site.admin_view (has_permission: an active is_staff person), which the probe of the
    admin's index and of every registered model's pages checks."""
    assert admin.site.has_permission.__func__ is admin.AdminSite.has_permission  # type: ignore[attr-defined]


# --- the world the URLs point into ------------------------------------------------------------


def _world(capture) -> SimpleNamespace:
    """Objects someone other than the probing roles owns, so that being their author never
    lets a probe in."""
    w = SimpleNamespace()
    w.owner = UserFactory(username="owen", role=Role.CUSTOMER)
    w.people = {
        "customer": UserFactory(username="casey", role=Role.CUSTOMER),
        "superuser": UserFactory(username="sunny", role=Role.SUPERUSER),
        "agent": UserFactory(username="alex", role=Role.AGENT, team="Care"),
        "moderator": UserFactory(username="morgan", role=Role.MODERATOR, team="Community"),
        "admin": UserFactory(username="ada", role=Role.ADMIN),
        "operator": UserFactory(username="otto", role=Role.ADMIN, is_staff=True, is_superuser=True),
    }
    agent, moderator = w.people["agent"], w.people["moderator"]
    w.agent_colleague = UserFactory(username="abel", role=Role.AGENT)
    w.space = SpaceFactory(name="Thermostats", slug="thermostats")
    w.tag = Tag.objects.create(slug="wifi", name="Wi-Fi")
    SlaPolicy.objects.create(name="Standard", first_response_minutes=60, is_default=True)
    area = ChampionArea.objects.create(name="Thermostats", space=w.space)
    champions.opt_in(w.people["superuser"], areas=[area])
    with capture(execute=True):
        w.thread = community.create_thread(
            w.owner, w.space, kind="question", title="Thermostat loses Wi-Fi every night",
            body="Since firmware 4.12 my T2 drops off the network around 2am.", tags=["wifi"],
        )  # fmt: skip
        w.reply = community.create_reply(w.agent_colleague, w.thread, body="Try a reset.")
        w.idea = community.create_thread(
            w.owner, w.space, kind="idea", title="A boost button on the app",
            body="One tap for an hour of heat.",
        )  # fmt: skip
        w.twin = community.create_thread(
            w.owner, w.space, kind="question", title="Thermostat drops Wi-Fi at night",
            body="Mine also drops off the network at night.",
        )  # fmt: skip
        problem = community.create_thread(
            w.owner, w.space, kind="problem", title="T2 display flickers after 4.12",
            body="Since the update the screen flickers every few seconds.",
        )  # fmt: skip
    w.offered = Conversation.objects.get(thread=problem)
    # A private space: its member writes in it (not a probe, so authorship lets no probe in);
    # the probing super-user is a member too.
    w.vip = SpaceFactory(name="Champions", slug="champions", is_private=True)
    w.member = UserFactory(username="vera", role=Role.SUPERUSER)
    w.vip.members.add(w.member, w.people["superuser"])
    with capture(execute=True):
        w.private_thread = community.create_thread(
            w.member, w.vip, kind="idea", title=SECRET_TITLE, body="The display flickers.",
        )  # fmt: skip
        w.private_reply = community.create_reply(
            w.agent_colleague, w.private_thread, body="We are on it."
        )
    w.email_account = ChannelAccount.objects.create(
        kind="email", name="Support mail", config={"address": "help@example.com"}
    )
    w.webhook_account, _ = channel_accounts.add_channel_account(
        "webhook", name="Shop", config={"reply_url": "http://127.0.0.1:9/replies"}
    )
    w.message, _ = ingest(
        w.email_account,
        InboundItem(
            external_id="<m1@example.com>", conversation_key="<m1@example.com>",
            sender=Sender(channel_kind="email", external_id="pat@example.com", name="Pat",
                          email="pat@example.com"),
            text="My thermostat arrived broken.", subject="Broken on arrival",
        ),
    )  # fmt: skip
    w.conversation = w.message.conversation
    w.attachment = Attachment(
        message=w.message, filename="photo.png", content_type="image/png", size=3
    )
    w.attachment.file.save("photo.png", ContentFile(b"png"), save=False)
    w.attachment.save()
    sent = inbox.reply(w.agent_colleague, w.conversation, body="We are sending a new one.")
    w.delivery = Delivery.objects.get(message=sent)
    w.canned = CannedReply.objects.create(title="Thanks", body="Thanks, {customer_name}!")
    w.sla = SlaPolicy.objects.get(name="Standard")
    w.rule = PolicyRule.objects.create(kind=Kind.choices[0][0], action="warn")
    w.term = add_confidential_term(None, term="Kestrel")
    text = "We watched the Kestrel hovering over the car park this morning."
    start = text.index("Kestrel")
    w.report = register_reports.report_ordinary_use(
        agent, text=text, start=start, end=start + len("Kestrel")
    )
    w.review = ReviewRequest.objects.create(
        author=w.agent_colleague, channel="community", thread=w.thread,
        text="Send us your order number and address so we can replace it.", findings=[],
    )  # fmt: skip
    w.case = create_learning_case(
        moderator, reply=w.reply, what_happened="A reply promised a refund.",
        what_now="Replies about refunds link the returns policy.",
    )  # fmt: skip
    w.article = Article.objects.create(
        question="How do I reset the thermostat?", slug="reset", answer="Hold the button.",
        answer_html="<p>Hold the button.</p>", status="published", created_by=moderator,
        updated_by=moderator, published_at=timezone.now(),
    )  # fmt: skip
    w.duplicate, _ = DuplicateFlag.objects.update_or_create(
        thread=w.twin, defaults={"candidate": w.thread, "score": 0.9, "outcome": ""}
    )
    w.share = SocialShare.objects.create(
        thread=w.thread, account=w.email_account, text="Solved!", shared_by=w.agent_colleague
    )
    w.link = link_conversation(w.agent_colleague, w.conversation, w.idea)
    w.follow = Follow.objects.create(
        user=w.owner, about_type="thread", about_id=w.thread.pk, label="x", url="/"
    )
    w.invitation = Invitation.objects.create(
        email="new@example.com", role=Role.AGENT, invited_by=w.people["admin"],
        expires_at=timezone.now() + timedelta(days=7),
    )  # fmt: skip
    w.superuser_invitation = SuperUserInvitation.objects.create(user=w.owner, invited_by=moderator)
    w.unsubscribe = make_unsubscribe_token(w.owner.pk, None)
    return w


def _fill(route: str, values: dict[str, Any]) -> str:
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>|\{(\w+)\}", lambda m: str(values[m[1] or m[2]]), route)


Address = tuple[str, str, str | None, bytes]


def _addresses(w) -> list[Address]:
    """(key, path, the one method it answers or None for a page of GET and POST, and the
    JSON body of an API operation)."""
    found: list[Address] = []
    for key, route, _ in _patterns(get_resolver().url_patterns):
        if key in PATHS:
            found.append((key, PATHS[key](w), None, b""))
            continue
        names = re.findall(r"<(?:\w+:)?(\w+)>", route)
        given = ARGS.get(key, {})
        values = {n: (given.get(n) or PARAMS[n])(w) for n in names}
        found.append((key, _fill(route, values), None, b""))
    for key, method, path in _operations():
        body = json.dumps(BODIES[key](w)).encode() if key in BODIES else b""
        if key in PATHS:
            found.append((key, PATHS[key](w), method, body))
            continue
        names = re.findall(r"\{(\w+)\}", path)
        given = ARGS.get(key, {})
        values = {n: (given.get(n) or PARAMS[n])(w) for n in names}
        found.append((key, "/api/v1" + _fill(path, values)[1:], method, body))
    return found


def _admin_paths(w) -> list[str]:
    """The admin's index and every registered model's list, add, change, history and delete
    pages (a real row where there is one)."""
    paths = ["/admin/", "/admin/no-such-page/"]
    for model in admin.site._registry:
        meta = model._meta
        row = model._default_manager.order_by("pk").first()
        pk = row.pk if row else 1
        base = f"/admin/{meta.app_label}/{meta.model_name}/"
        paths += [base, base + "add/", f"{base}{pk}/change/", f"{base}{pk}/history/"]
        paths.append(f"{base}{pk}/delete/")
    return paths


# --- asking -----------------------------------------------------------------------------------


CSRF_FAILED = "X-Probe-Csrf-Failed"


def csrf_failure(request, reason: str = "") -> HttpResponseForbidden:
    """The CSRF failure view while probing: a refusal the probe can tell from a view's."""
    return HttpResponseForbidden(reason, headers={CSRF_FAILED: reason})


SIGN_IN = ("/accounts/signin/", "/admin/login/")


def _refused(response) -> bool:
    # A probe without a good CSRF token proves nothing: the view never ran.
    assert not response.has_header(CSRF_FAILED), "the probe's CSRF token was refused"
    if 400 <= response.status_code < 500:
        return True
    if response.status_code in (301, 302, 303, 307, 308):
        return response["Location"].split("?")[0].endswith(SIGN_IN)
    return False


def _clients(w) -> dict[str, Client]:
    """A browser per role (signed in, with a CSRF cookie), and for the API a client per
    signed-in role that sends an API token instead (`bearer <role>`)."""
    clients = {}
    for role in ROLES:
        client = Client(enforce_csrf_checks=True)
        client.cookies["csrftoken"] = client.csrf = _get_new_csrf_string()  # type: ignore[attr-defined]
        if role != "anonymous":
            client.force_login(w.people[role])
            token = issue_token(w.people[role], name="probe")
            bearer = Client(headers={"Authorization": f"Bearer {token}"})
            bearer.csrf = ""  # type: ignore[attr-defined]
            clients[f"bearer {role}"] = bearer
        clients[role] = client
    return clients


def _ask(client: Client, method: str, path: str, *, api_call: bool, body: bytes = b"") -> Any:
    token = client.csrf  # type: ignore[attr-defined]
    if method == "GET":
        return client.get(path)
    if api_call:
        return client.generic(
            method, path, body, content_type="application/json", headers={"X-CSRFToken": token}
        )
    return client.post(path, {"csrfmiddlewaretoken": token})


@pytest.fixture
def world(db, django_capture_on_commit_callbacks, settings):
    settings.OPENLINE = {**settings.OPENLINE, "METRICS_TOKEN": "a-secret-for-the-probe"}
    settings.CSRF_FAILURE_VIEW = f"{__name__}.csrf_failure"
    w = _world(django_capture_on_commit_callbacks)
    # An uploaded avatar, where the media route serves it from (the tests' data dir).
    avatar = Path(settings.MEDIA_ROOT) / "avatars" / f"probe-{w.owner.pk}.png"
    avatar.parent.mkdir(parents=True, exist_ok=True)
    avatar.write_bytes(b"png")
    w.avatar_path = f"media/avatars/{avatar.name}"
    yield w
    avatar.unlink()


def _describe(role: str, method: str, path: str, response) -> str:
    where = response.get("Location", "")
    return f"{role} {method} {path} -> {response.status_code} {where}".rstrip()


def _slips(world, table: dict[str, frozenset[str]]) -> list[str]:
    """Every answer other than a refusal to a role outside the entry's audience."""
    clients = _clients(world)
    slips: list[str] = []
    for key, path, only, body in _addresses(world):
        if key not in table:
            continue
        audience = table[key]
        paths = _admin_paths(world) if key == "admin:*" else [path]
        methods = [only] if only else ["GET", "POST"]
        api_call = only is not None
        for role in ROLES:
            if role in audience:
                continue
            callers = [role, f"bearer {role}"] if api_call and role != "anonymous" else [role]
            for caller, probe, method in product(callers, paths, methods):
                response = _ask(clients[caller], method, probe, api_call=api_call, body=body)
                if not _refused(response):
                    slips.append(f"{key}: " + _describe(caller, method, probe, response))
    return slips


def test_no_role_outside_an_entrys_audience_gets_in(world):
    slips = _slips(world, ACCESS)
    assert not slips, f"{len(slips)} answers to people the table keeps out:\n" + "\n".join(slips)


def test_no_role_outside_a_private_spaces_audience_gets_into_it(world):
    slips = _slips(_private(world), PRIVATE)
    assert not slips, f"{len(slips)} answers from a private space:\n" + "\n".join(slips)


def test_every_address_into_a_space_is_classified_for_a_private_one(world):
    public = {key: (path, body) for key, path, _, body in _addresses(world)}
    private = {key: (path, body) for key, path, _, body in _addresses(_private(world))}
    into_a_space = {key for key in public if public[key] != private[key]}
    missing = sorted(into_a_space - PRIVATE.keys())
    assert not missing, f"say in PRIVATE who may use these in a private space: {missing}"
    assert sorted(PRIVATE.keys() - into_a_space) == []


def _shows(response, text: str) -> bool:
    return not response.streaming and text.encode() in response.content


def _refused_to_the_audience(world, table: dict[str, frozenset[str]]) -> list[str]:
    """GET pages the least role of their audience is refused; and pages that show people
    outside the private space (anonymous readers, customers) its thread."""
    clients = _clients(world)
    found: list[str] = []
    for key, path, only, _ in _addresses(world):
        audience = table.get(key)
        if not audience or key in NOT_A_PAGE or only not in (None, "GET"):
            continue
        role = next(r for r in ROLES if r in audience)
        response = clients[role].get(path)
        if response.status_code == 405:
            continue  # an action: POST only
        if _refused(response) or response.status_code >= 500:
            found.append(f"{key}: " + _describe(role, "GET", path, response))
        if only and role != "anonymous":  # the API answers the role's token as its session
            answer = clients[f"bearer {role}"].get(path)
            if _refused(answer) or answer.status_code >= 500:
                found.append(f"{key}: " + _describe(f"bearer {role}", "GET", path, answer))
        elif role in ("anonymous", "customer") and _shows(response, SECRET_TITLE):
            found.append(f"{key}: {role} GET {path} shows the private thread's title")
    return found


def test_the_least_role_of_each_audience_gets_the_page(world):
    refused = _refused_to_the_audience(world, ACCESS)
    assert not refused, "refused to the audience the table names:\n" + "\n".join(refused)


def test_the_members_of_a_private_space_get_its_pages(world):
    refused = _refused_to_the_audience(_private(world), PRIVATE)
    assert not refused, "refused to the private space's audience:\n" + "\n".join(refused)
