"""Channel adapters, one module per platform: each parses what its channel delivers into inbox
items and sends replies back. The community is the home channel."""
