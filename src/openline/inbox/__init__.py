"""One inbox across channels: channel accounts, conversations and their messages, ingestion
(idempotent on account + external id), the outbox and its deliveries, assignment, SLA clocks,
canned replies and internal notes; the champion queue (`champions/`) and the expert finder
(`expert_finder`). Channels write here only through `ingestion` and `actions`."""
