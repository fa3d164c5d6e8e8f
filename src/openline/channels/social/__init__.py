"""The social networks as channels: Mastodon, Bluesky, X and Reddit.

Each network is one module that implements `base.Network` with the network's own client
library; `polling` (the worker's periodic job) fetches each account's new items page by page and
stores them with the account's cursor in one transaction."""
