"""What the community knows, made findable: similar questions (threads' vectors embedded in the
background, `similar`, the ask page's suggestions and the deflections they bring), and what
search engines fetch besides the pages: robots.txt, the sitemaps of the public community
(threads, spaces, tags; never a private space) and the addresses of the community's Atom feeds
(the feeds themselves are `community.feeds`); the bridge (`bridge/`): inbox conversations
published as community threads with their staff answer accepted, threads shared to the
company's social accounts, and the count of conversations that became public threads; new
threads flagged as likely duplicates (`duplicates`); the knowledge base and FAQ candidates
(`articles`)."""
