"""Shared foundations: markdown rendering, rate limits, htmx helpers, database helpers."""
