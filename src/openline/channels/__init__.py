"""Channel adapters, one module or package per platform (`community`, `email/`, `webhook/`,
`feeds`): each parses what its channel delivers into inbox items and sends replies back. The
community is the home channel. They write the inbox's rows only through `inbox.ingestion` and
`inbox.actions`; channel accounts' settings are checked in `accounts`."""
