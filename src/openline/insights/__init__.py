"""Insights: the staff dashboards over the other apps: participation (1-9-90 shares beside the
reference, the weekly trend and how members move between segments, drawn as server-side
charts), the expert finder, the outcomes of the champion queue, and service health (volume,
first response, SLA, resolution, backlog, reopen rate, answered in public, community answers,
content gaps) with the public service promise page.

It reads every other app and writes only its own rows: the day rollups the worker keeps
(rollups.py) and the operator's promise (actions.py). Only the API imports it."""
