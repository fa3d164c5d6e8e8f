"""Insights: the staff dashboards over the other apps: participation (1-9-90 shares beside the
reference, the weekly trend and how members move between segments, drawn as server-side
charts), the expert finder, and the outcomes of the champion queue.

It reads every other app and writes nothing: the figures come from `openline.participation`,
and the recompute button posts there. Only the API imports it."""
