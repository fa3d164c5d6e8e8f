"""Outbound event webhooks: what happened in Openline, sent to the systems product teams use
(Jira, Linear, a data warehouse) as signed HTTP POSTs.

Subscriptions name a URL and the event types they want (`CATALOGUE`). An event is recorded in
the same transaction as the change it reports, with one delivery per subscription (the outbox
guarantee: no event without its change, no change without its event). The worker sends each
delivery signed with Standard Webhooks (`webhook-id` is the event's id, the same on every
retry), retries with back-off, and gives up after `tasks.MAX_ATTEMPTS`. Managed with
`openline webhook add URL --events …` and the admin."""
