"""Walks a running demo as each role, in English and German, at 1280 and 390 px, and counts what
a user would see go wrong (with every closed <details> of the page opened, as a user opens a
flag form): pages wider than the screen, console errors, responses of 400 and
up, lines ending with a stray "·", labels and buttons whose text is cut, fields whose placeholder
or chosen option is cut, and German pages' short interface texts (buttons, labels, headings,
table heads, placeholders) that read English.

    OPENLINE_DATA_DIR=/tmp/h7 openline demo --port 18700 &
    python bench/qa_walk.py http://127.0.0.1:18700 --shots /tmp/h7/shots --out /tmp/h7/walk.json

Each role's pages are the seeds below plus the same-site links its header, staff navigation and
footer show (at most --pages); every combination of language and width loads the same list.
Playwright with Debian's chromium."""

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.browser.page_lines import (  # the repository's root, put first above
    CUT_CHOICES,
    CUT_PLACEHOLDERS,
    OPEN_DETAILS,
    STRAY_SEPARATORS,
)

PASSWORD = "openline-demo"  # noqa: S105 - the demo's published password
ROLES = ["customer", "superuser", "agent", "moderator", "admin"]
SEEDS = [
    "/", "/notifications/", "/notifications/preferences/", "/search/?q=thermostat", "/kb/",
    "/ideas/", "/promise/", "/ask/", "/me/reputation/", "/accounts/data/", "/me/programme/",
    "/superusers/",
]  # fmt: skip
SKIP = re.compile(
    r"^/(admin|api|static|media|accounts/signout|accounts/logout|feed|sitemap)|\.\w+$"
)
OPENED = re.compile(r"^/(t/\d+/[^-]|inbox/\d+/$)")  # a thread's or a conversation's page
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

CHECK = (
    """() => {
  const main = document.querySelector("main") || document.body;
  const opened = ("""
    + OPEN_DETAILS
    + """)();
  const dots = ("""
    + STRAY_SEPARATORS
    + """)();
  const placeholders = ("""
    + CUT_PLACEHOLDERS
    + """)();
  const choices = ("""
    + CUT_CHOICES
    + """)();
  const clipped = [];
  for (const el of main.querySelectorAll("button, label, select, th, .pill, a.button, summary")) {
    const style = getComputedStyle(el);
    if (el.offsetParent === null || el.clientWidth <= 1) continue;  // hidden, or for readers
    if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "visible"
        || el.tagName === "SELECT" && el.scrollWidth > el.clientWidth + 1)
      clipped.push(el.tagName + ": " + (el.innerText || el.value || "").trim().slice(0, 50));
  }
  const wide = [];
  for (const el of main.querySelectorAll("table, pre, .card, section")) {
    if (el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1
        && getComputedStyle(el).overflowX === "auto")
      wide.push(el.tagName + "." + el.className + " " + el.scrollWidth + "/" + el.clientWidth);
  }
  const texts = [];
  const named = "main button, main label, main h1, main h2, main h3, main th, main option, "
    + "nav a, main summary";
  for (const el of document.querySelectorAll(named)) {
    const t = (el.innerText || "").trim();
    if (t && t.length < 80) texts.push(t);
  }
  for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
    for (const a of ["placeholder", "aria-label", "title"]) {
      const t = el.getAttribute(a); if (t && t.length < 80) texts.push(t);
    }
  }
  return {width: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth,
          opened, dots, clipped, wide, placeholders, choices, texts};
}"""
)

# Words that only English interface text has (a German page's content may still be English).
ENGLISH = re.compile(
    r"\b(the|your|with|and|of|to|Save|Show|Find|Delete|Edit|Send|Cancel|Search|Settings|Add|"
    r"Remove|Reply|Replies|Back|Next|Previous|Choose|Change|Yes|No|None|Open|Close)\b"
)


def sign_in(browser: Any, base: str, username: str) -> Any:
    """The role's signed-in cookies, signed in once: the four walks of a role share them (the
    sign-in limit is 10 a 5 minutes from one address, and a fast walk signed in 20 times)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/accounts/signin/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=-1")
    page.wait_for_load_state("load")
    if "/accounts/signin/" in page.url:
        raise SystemExit(f"{username} could not sign in (the sign-in limit?): {page.url}")
    state = context.storage_state()
    context.close()
    return state


def switch_language(page: Page, base: str, language: str) -> None:
    page.goto(f"{base}/", wait_until="load")
    switch = page.locator(f".language-switcher button[value={language}]")
    if switch.count() and switch.is_enabled():
        switch.click()
        page.wait_for_load_state("load")


def links(page: Page, base: str, where: str) -> list[str]:
    host = urlparse(base).netloc
    found = page.evaluate(f"() => [...document.querySelectorAll('{where}')].map(a => a.href)")
    paths = []
    for href in found:
        url = urlparse(href)
        path = url.path + (f"?{url.query}" if url.query else "")
        if url.netloc == host and not SKIP.search(url.path) and path not in paths:
            paths.append(path)
    return paths


def discover(page: Page, base: str, pages_max: int) -> list[str]:
    """The seeds, the first thread and conversation the role can open (the pages an agent
    spends the day on), then the links of the header, navigation and footer, then a few of the
    pages' own links."""
    paths = list(SEEDS)
    content: list[str] = []
    for seed in ["/", "/inbox/", "/staff/service/", "/settings/"]:
        page.goto(base + seed, wait_until="load")
        found = links(page, base, "main a")
        paths += [x for x in found if OPENED.match(x) and x not in paths][:1]
        paths += [x for x in links(page, base, "header a, nav a, footer a") if x not in paths]
        content += found[:6]
    paths += [x for x in content if x not in paths]
    return paths[:pages_max]


def look(found: dict[str, Any], where: list[Any], german: bool) -> list[list[Any]]:
    """The problems one page's measures show."""
    problems = []
    if found["width"] > found["screen"]:
        problems.append([*where, "wider", f"{found['width']}/{found['screen']}"])
    for kind in ("dots", "clipped", "wide", "placeholders", "choices"):
        problems += [[*where, kind, item] for item in found[kind]]
    if german:
        problems += [[*where, "english?", t] for t in found["texts"] if ENGLISH.search(t)]
    return problems


def walk_as(browser: Any, base: str, role: str, paths: list[str], **run: Any) -> dict[str, Any]:
    """One role in one language at one width: every page of `paths` (found first if empty)."""
    language, width, shots = run["language"], run["width"], run["shots"]
    context = browser.new_context(
        viewport={"width": width, "height": 900}, storage_state=run["signed_in"]
    )
    page = context.new_page()
    errors: list[str] = []
    bad: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda x: errors.append(str(x)))
    page.on("response", lambda r: bad.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    switch_language(page, base, language)
    paths = paths or discover(page, base, run["pages_max"])
    loads, problems = 0, []
    for path in paths:
        errors.clear()
        bad.clear()
        where = [role, language, width, path]
        try:
            page.goto(base + path, wait_until="load", timeout=60000)
            found = page.evaluate(CHECK)
        except Exception as error:
            problems.append([*where, "load", str(error)[:200]])
            continue
        loads += 1
        problems += look(found, where, language == "de")
        problems += [[*where, "console", item[:200]] for item in errors]
        problems += [[*where, "http", item[:200]] for item in bad]
        if shots is not None:
            name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"
            page.screenshot(path=str(shots / f"{role}-{language}-{width}-{name}.png"))
    context.close()
    return {"paths": paths, "loads": loads, "problems": problems}


def walk(base: str, shots: Path | None, pages_max: int) -> dict[str, Any]:
    report: dict[str, Any] = {"loads": 0, "pages": {}, "problems": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for role in ROLES:
            paths: list[str] = []
            signed_in = sign_in(browser, base, role)
            for language, width in [("en", 1280), ("de", 1280), ("en", 390), ("de", 390)]:
                done = walk_as(
                    browser, base, role, paths,
                    language=language, width=width, shots=shots, pages_max=pages_max,
                    signed_in=signed_in,
                )  # fmt: skip
                paths = done["paths"]
                report["pages"][role] = paths
                report["loads"] += done["loads"]
                report["problems"] += done["problems"]
            print(role, len(paths), "pages", time.strftime("%H:%M:%S"), file=sys.stderr)
        browser.close()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    report = walk(args.base.rstrip("/"), args.shots, args.pages)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    kinds: dict[str, int] = {}
    for problem in report["problems"]:
        kinds[problem[4]] = kinds.get(problem[4], 0) + 1
    print(f"{report['loads']} page loads;", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
