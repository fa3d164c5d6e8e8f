"""Signing in through the real form, for browser tests (one home for what new tests repeat)."""

from ..factories import PASSWORD


def sign_in(page, base: str, username: str) -> None:
    """Signs `username` in through /accounts/signin/ and waits for the home page."""
    page.goto(f"{base}/accounts/signin/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
