"""WCAG 2.2 AA on every page of every role, checked by axe-core in the browser.

The demo company is seeded once (threads, conversations, reviews, lessons, articles, champion
assignments), then each role signs in in its own browser context and opens every page in
`PAGES`. Pages a role may not open (403, a redirect to sign in) are skipped for that role; one
refusal page per role is still checked. axe-core is the vendored `vendor/axe-core/axe.min.js`
(MPL-2.0), injected by Playwright before the page's own scripts: nothing is downloaded.

`test_every_named_url_is_checked_or_excluded_with_a_reason` fails when someone adds a named URL
without putting it in `PAGES` or `EXCLUDED`.
"""

import hashlib
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
AXE_SHA256 = "fb83a4378d978ecb7d2dae48a3a3778a84c971ac692f3afd45d714fba89c0f0d"
# WCAG 2.2 AA is the A and AA criteria of 2.0, 2.1 and 2.2.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ROLES = ["anonymous", "customer", "superuser", "agent", "moderator", "admin"]


class Demo:
    """The objects the pages' URLs need, looked up once in the seeded demo."""

    def __init__(self) -> None:
        from openline.accounts.models import User
        from openline.community.models import Reply, Space, Tag, Thread
        from openline.guidance.actions import create_learning_case
        from openline.guidance.models import ConfidentialTerm, Kind, PolicyRule, ReviewRequest
        from openline.inbox.models import (
            CannedReply,
            ChampionAssignment,
            ChannelAccount,
            Conversation,
            SlaPolicy,
        )
        from openline.knowledge.models import Article
        from openline.notifications.tokens import make_unsubscribe_token

        def first(queryset, what):
            found = queryset.order_by("pk").first()
            assert found is not None, f"the demo has no {what} for the accessibility check"
            return found

        self.space = first(Space.objects.filter(is_private=False), "public space")
        self.tag = first(Tag.objects.all(), "tag")
        self.thread = first(
            Thread.objects.filter(space__is_private=False, replies__isnull=False).distinct(),
            "public thread with replies",
        )
        self.reply = first(Reply.objects.filter(thread=self.thread), "reply")
        self.member = User.objects.get(username="customer")
        self.conversation = first(Conversation.objects.all(), "conversation")
        assignment = first(ChampionAssignment.objects.all(), "champion assignment")
        self.champion_conversation = assignment.conversation
        # The demo holds no reply for review and has no lesson yet: one of each, as staff
        # would make them (a review waiting on a thread; a lesson from a reply).
        agent = User.objects.get(username="agent")
        self.review = ReviewRequest.objects.create(
            author=agent, channel="community", thread=self.thread,
            text="Send us your order number and address so we can replace it.",
            findings=[],
        )  # fmt: skip
        ReviewRequest.objects.create(  # shown in the conversation as waiting for review
            author=agent, channel=self.conversation.account.kind,
            conversation_id=self.conversation.pk, text="This is entirely our fault, sorry.",
        )  # fmt: skip
        self.case = create_learning_case(
            User.objects.get(username="moderator"), reply=self.reply,
            what_happened="A reply promised a refund the policy does not give.",
            what_now="Replies about refunds link the returns policy instead.",
        )  # fmt: skip
        self.article = first(Article.objects.filter(status="published"), "published article")
        self.unsubscribe = make_unsubscribe_token(self.member.pk, None)
        self.sla = first(SlaPolicy.objects.all(), "SLA policy")
        self.canned = first(CannedReply.objects.all(), "canned reply")
        self.term = first(ConfidentialTerm.objects.all(), "confidential term")
        self.channel = first(ChannelAccount.objects.filter(kind="email"), "e-mail channel")
        # The demo keeps the built-in guidance policy: one rule to open its edit page.
        self.rule = PolicyRule.objects.create(kind=Kind.choices[0][0], action="warn")


# Every named URL that renders an HTML page, with the path to open (from the demo's objects).
PAGES: dict[str, Callable[[Demo], str]] = {
    "accounts:signin": lambda d: "/accounts/signin/",
    "accounts:signup": lambda d: "/accounts/signup/",
    "accounts:two_factor": lambda d: "/accounts/two-factor/",
    "accounts:staff": lambda d: "/accounts/staff/",
    # An unknown token shows the explanation page, which is the page people most often see.
    "accounts:accept_invitation": lambda d: "/accounts/invitation/not-a-token/",
    "accounts:verify_email": lambda d: "/accounts/verify/not-a-token/",
    "accounts:confirm_email_change": lambda d: "/accounts/email/confirm/not-a-token/",
    "accounts:profile": lambda d: "/accounts/profile/",
    "accounts:my_data": lambda d: "/accounts/data/",
    "accounts:password_change": lambda d: "/accounts/password/",
    "accounts:password_change_done": lambda d: "/accounts/password/done/",
    "accounts:password_reset": lambda d: "/accounts/password-reset/",
    "accounts:password_reset_done": lambda d: "/accounts/password-reset/done/",
    "accounts:password_reset_confirm": lambda d: "/accounts/password-reset/confirm/MQ/bad-token/",
    "accounts:password_reset_complete": lambda d: "/accounts/password-reset/complete/",
    "guidance:reviews": lambda d: "/guidance/reviews/",
    "guidance:review": lambda d: f"/guidance/reviews/{d.review.pk}/",
    "guidance:my_reviews": lambda d: "/guidance/my-reviews/",
    "guidance:mistake": lambda d: f"/guidance/mistakes/{d.reply.pk}/",
    "guidance:name_term": lambda d: f"/guidance/replies/{d.reply.pk}/name-term/",
    "guidance:name_term_held": lambda d: f"/guidance/reviews/{d.review.pk}/name-term/",
    "guidance:lessons": lambda d: "/guidance/lessons/",
    "guidance:lesson": lambda d: f"/guidance/lessons/{d.case.pk}/",
    "guidance:edit_lesson": lambda d: f"/guidance/lessons/{d.case.pk}/edit/",
    "knowledge:duplicates": lambda d: "/triage/duplicates/",
    "knowledge:faq_candidates": lambda d: "/staff/faq/",
    "knowledge:articles": lambda d: "/kb/",
    "knowledge:new_article": lambda d: "/kb/new/",
    "knowledge:edit_article": lambda d: f"/kb/{d.article.pk}/edit/",
    "knowledge:article": lambda d: d.article.get_absolute_url(),
    "knowledge:publish": lambda d: f"/inbox/{d.conversation.pk}/publish/",
    "knowledge:share": lambda d: f"/t/{d.thread.pk}/-/share/",
    "notifications:index": lambda d: "/notifications/",
    "notifications:preferences": lambda d: "/notifications/preferences/",
    "notifications:unsubscribe": lambda d: f"/notifications/unsubscribe/{d.unsubscribe}/",
    "inbox:index": lambda d: "/inbox/",
    "inbox:conversation": lambda d: f"/inbox/{d.conversation.pk}/",
    "champions:queue": lambda d: "/champions/",
    "champions:opt_in": lambda d: "/champions/opt-in/",
    "champions:areas": lambda d: "/champions/areas/",
    "champions:conversation": lambda d: f"/champions/{d.champion_conversation.pk}/",
    "participation:reputation": lambda d: "/me/reputation/",
    "participation:programme": lambda d: "/me/programme/",
    "participation:directory": lambda d: "/superusers/",
    "participation:superusers": lambda d: "/staff/superusers/",
    "insights:participation": lambda d: "/staff/participation/",
    "insights:experts": lambda d: "/staff/experts/",
    "insights:champions": lambda d: "/staff/champions/",
    "insights:service": lambda d: "/staff/service/",
    "insights:promise_edit": lambda d: "/staff/promise/",
    "insights:promise": lambda d: "/promise/",
    "people:privacy": lambda d: "/staff/privacy/",
    "community:home": lambda d: "/",
    "community:space": lambda d: f"/s/{d.space.slug}/",
    "community:ask_in_space": lambda d: f"/s/{d.space.slug}/ask/",
    "community:ask": lambda d: "/ask/",
    "community:tag": lambda d: f"/tags/{d.tag.slug}/",
    "community:thread": lambda d: d.thread.get_absolute_url(),
    "community:edit_thread": lambda d: f"/t/{d.thread.pk}/-/edit/",
    "community:history": lambda d: f"/t/{d.thread.pk}/-/history/",
    "community:triage": lambda d: f"/t/{d.thread.pk}/-/triage/",
    "community:edit_reply": lambda d: f"/r/{d.reply.pk}/edit/",
    "community:profile": lambda d: f"/u/{d.member.username}/",
    "community:search": lambda d: "/search/?q=thermostat",
    "community:flags": lambda d: "/moderation/flags/",
    "feedback:ideas": lambda d: "/ideas/",
    "feedback:ideas_in_space": lambda d: f"/ideas/s/{d.space.slug}/",
    "community:watched_words": lambda d: "/moderation/watched-words/",
    "community:suspensions": lambda d: "/moderation/suspensions/",
    "community:thread_tools": lambda d: f"/moderation/t/{d.thread.pk}/tools/",
    "insights:product_feedback": lambda d: "/staff/product-feedback/",
    "insights:product_quotes": lambda d: "/staff/product-feedback/quotes/",
    "settings:index": lambda d: "/settings/",
    "inbox_settings:sla": lambda d: "/settings/sla/",
    "inbox_settings:sla_new": lambda d: "/settings/sla/new/",
    "inbox_settings:sla_edit": lambda d: f"/settings/sla/{d.sla.pk}/",
    "inbox_settings:canned": lambda d: "/settings/canned-replies/",
    "inbox_settings:canned_new": lambda d: "/settings/canned-replies/new/",
    "inbox_settings:canned_edit": lambda d: f"/settings/canned-replies/{d.canned.pk}/",
    "guidance_settings:policy": lambda d: "/settings/guidance-policy/",
    "guidance_settings:rule_new": lambda d: "/settings/guidance-policy/new/",
    "guidance_settings:rule_edit": lambda d: f"/settings/guidance-policy/{d.rule.pk}/",
    "guidance_settings:goodwill": lambda d: "/settings/goodwill/",
    "guidance_settings:register": lambda d: "/settings/register/",
    "guidance_settings:term_new": lambda d: "/settings/register/new/",
    "guidance_settings:term_edit": lambda d: f"/settings/register/{d.term.pk}/",
    "channel_settings:list": lambda d: "/settings/channels/",
    "channel_settings:add": lambda d: "/settings/channels/new/email/",
    "channel_settings:edit": lambda d: f"/settings/channels/{d.channel.pk}/",
}

POST_ONLY = "an action (POST only): its form is checked on the page that shows it"
FRAGMENT = "an htmx fragment or JSON, checked inside the page that includes it"
DOWNLOAD = "a file download (JSON, ZIP, CSV, XML, Atom or text), not a page"
EXCLUDED: dict[str, str] = {
    "accounts:signout": POST_ONLY,
    "accounts:set_language": POST_ONLY,
    "accounts:sso_start": "a redirect to the identity provider (no page of ours)",
    "accounts:sso_callback": "a redirect back from the identity provider (no page of ours)",
    "accounts:two_factor_step": "needs a half-finished sign-in; tests/accounts render it",
    "accounts:two_factor_regenerate": POST_ONLY,
    "accounts:two_factor_disable": POST_ONLY,
    "accounts:staff_invite": POST_ONLY,
    "accounts:staff_change": POST_ONLY,
    "accounts:staff_withdraw": POST_ONLY,
    "accounts:resend_verification": POST_ONLY,
    "accounts:export_json": DOWNLOAD,
    "accounts:export_zip": DOWNLOAD,
    "guidance:withdraw": POST_ONLY,
    "guidance:report_ordinary": POST_ONLY,
    "guidance_settings:report_decide": POST_ONLY,
    "guidance_settings:term_remove": POST_ONLY,
    "channels:webhook": "a machine endpoint for other services' webhooks",
    "knowledge:robots_txt": DOWNLOAD,
    "knowledge:sitemap_index": DOWNLOAD,
    "knowledge:sitemap": DOWNLOAD,
    "knowledge:feed": DOWNLOAD,
    "knowledge:space_feed": DOWNLOAD,
    "knowledge:similar": FRAGMENT,
    "knowledge:choose_suggestion": POST_ONLY,
    "knowledge:decide_duplicate": POST_ONLY,
    "knowledge:delete_article": POST_ONLY,
    "knowledge:retry_share": POST_ONLY,
    "feedback:correct_message": POST_ONLY,
    "notifications:stop_following": POST_ONLY,
    "inbox:live": FRAGMENT,
    "inbox:live_wait": "an empty answer (204 with the inbox's generation) that inbox.js waits for",
    "inbox:bulk": POST_ONLY,
    "inbox:availability": POST_ONLY,
    "inbox:colleagues": FRAGMENT,
    "inbox:conversation_live": FRAGMENT,
    "inbox:experts": FRAGMENT,
    "inbox:reply": POST_ONLY,
    "inbox:note": POST_ONLY,
    "inbox:status": POST_ONLY,
    "inbox:assign": POST_ONLY,
    "inbox:canned": FRAGMENT,
    "inbox:take_over": POST_ONLY,
    "inbox:offer": POST_ONLY,
    "inbox:retry": POST_ONLY,
    "inbox:attachment": DOWNLOAD,
    "champions:live": FRAGMENT,
    "champions:conversation_live": FRAGMENT,
    "champions:take": POST_ONLY,
    "champions:reply": POST_ONLY,
    "champions:hand_back": POST_ONLY,
    "champions:solve": POST_ONLY,
    "participation:thank": POST_ONLY,
    "participation:pin_trust": POST_ONLY,
    "participation:recompute": POST_ONLY,
    "participation:invite": POST_ONLY,
    "participation:withdraw": POST_ONLY,
    "insights:service_csv": DOWNLOAD,
    "people:privacy_export_json": DOWNLOAD,
    "people:privacy_export_zip": DOWNLOAD,
    "people:privacy_erase": POST_ONLY,
    "community:follow_space": POST_ONLY,
    "community:follow_tag": POST_ONLY,
    "community:thread_short": "a redirect to community:thread, which is checked",
    "community:reply": POST_ONLY,
    "community:vote_thread": POST_ONLY,
    "community:follow_thread": POST_ONLY,
    "community:vote_reply": POST_ONLY,
    "community:status": POST_ONLY,
    "community:accept": POST_ONLY,
    "community:retract": POST_ONLY,
    "community:preview": FRAGMENT,
    "community:flag": POST_ONLY,
    "community:moderate": POST_ONLY,
    "api_docs_asset": DOWNLOAD,
    "accounts:staff_rename_team": POST_ONLY,
    "inbox_settings:canned_delete": POST_ONLY,
    "guidance_settings:rule_delete": POST_ONLY,
    "guidance_settings:term_active": POST_ONLY,
    "channel_settings:rotate": POST_ONLY,
    "feedback:idea_demand": FRAGMENT,
    "feedback:conversation_ideas": FRAGMENT,
    "feedback:unlink": POST_ONLY,
    "insights:product_export": DOWNLOAD,
    "metrics": "a machine endpoint: Prometheus metrics as text",
}
# Whole namespaces left out, with the reason.
EXCLUDED_NAMESPACES = {
    "admin": "Django's own admin, kept for the rare case (docs/decisions.md); not Openline's pages",
    "api-v1": "the JSON API; its docs page is the third-party Swagger UI, served as shipped",
}


def named_urls() -> set[str]:
    def walk(resolver: URLResolver, namespace: str | None) -> set[str]:
        names: set[str] = set()
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                names |= walk(pattern, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)
        return names

    return walk(get_resolver(), None)


def test_every_named_url_is_checked_or_excluded_with_a_reason():
    names = {n for n in named_urls() if n.split(":")[0] not in EXCLUDED_NAMESPACES}
    missing = sorted(names - PAGES.keys() - EXCLUDED.keys())
    assert not missing, f"add these URLs to PAGES (or EXCLUDED, with a reason): {missing}"
    stale = sorted((PAGES.keys() | EXCLUDED.keys()) - names)
    assert not stale, f"these entries name no URL any more: {stale}"
    assert not PAGES.keys() & EXCLUDED.keys()


def test_the_vendored_axe_core_is_the_pinned_release():
    assert hashlib.sha256(AXE.read_bytes()).hexdigest() == AXE_SHA256
    assert AXE.read_text()[:40].startswith("/*! axe v4.11.4")


RUN_AXE = """async (tags) => {
  const result = await window.axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
  });
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + n.failureSummary),
  }));
}"""


def wait_for_htmx(page) -> None:
    """Until no htmx request is in flight (up to 5 s); polled from here, since the pages' CSP
    refuses the eval behind Playwright's wait_for_function with a string."""
    for _ in range(50):
        if not page.evaluate("() => Boolean(document.querySelector('.htmx-request'))"):
            return
        page.wait_for_timeout(100)


def sign_in(page, base: str, username: str) -> None:
    from openline.demo.seed import DEMO_PASSWORD

    page.goto(f"{base}/accounts/signin/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("main form button[type=submit] >> nth=-1")
    # The click may return before the browser leaves the sign-in page: wait for the address
    # rather than read it at once (which passed on a slow POST only by luck).
    expect(page, f"{username} could not sign in").not_to_have_url(re.compile("/accounts/signin/"))


@pytest.mark.django_db(transaction=True)
def test_every_page_of_every_role_has_no_wcag_22_aa_violations(live_server, browser, settings):
    from openline.demo.seed import seed_demo

    settings.OPENLINE = {
        **settings.OPENLINE,
        "EMBEDDER": "openline.language.embedders.HashingTestEmbedder",
    }
    started = time.monotonic()
    seed_demo()
    demo = Demo()
    seeded = time.monotonic() - started
    paths = {name: make(demo) for name, make in PAGES.items()}
    axe = AXE.read_text()
    base = live_server.url
    found: list[str] = []
    checked: dict[str, list[str]] = {}
    slowest: list[tuple[float, str]] = []
    for role in ROLES:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(script=axe)
        page = context.new_page()
        if role != "anonymous":
            sign_in(page, base, role)
        refusal_checked = False
        checked[role] = []
        for name, path in paths.items():
            response = page.goto(base + path)
            assert response is not None
            refused = response.status in (403, 404) or "/accounts/signin/" in page.url
            if refused and (refusal_checked or response.status != 403):
                continue
            refusal_checked = refusal_checked or response.status == 403
            if "text/html" not in response.headers.get("content-type", ""):
                continue
            # Panels htmx loads with the page (experts, ideas, publishing) are part of it.
            wait_for_htmx(page)
            checked[role].append(name)
            began = time.monotonic()
            violations = page.evaluate(RUN_AXE, TAGS)
            slowest.append((time.monotonic() - began, f"{role} {name}"))
            found += [f"{role} {name} {path}: {json.dumps(v, indent=1)}" for v in violations]
        context.close()
    took = time.monotonic() - started - seeded
    print(f"seeded in {seeded:.0f} s; pages checked in {took:.0f} s:")
    print({role: len(names) for role, names in checked.items()})
    print(f"axe: {sum(t for t, _ in slowest):.0f} s; slowest:", sorted(slowest)[-8:])
    assert not found, f"{len(found)} violations:\n" + "\n".join(found)
