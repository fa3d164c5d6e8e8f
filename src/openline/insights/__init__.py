"""Insights: participation measured (reads, reputation, trust levels, 1-9-90 segments), super-user
candidates and the super-user programme's workflow, and the staff pages and API over them.
It reads every other app and writes the people app's figures; nothing imports it."""
