"""What search engines fetch besides the pages: robots.txt and the sitemaps of the public
community (threads, spaces, tags; never a private space), and the addresses of the community's
Atom feeds (the feeds themselves are `community.feeds`). That is all it holds today: similar
questions, duplicates, FAQ candidates and a knowledge base will live here when they are built."""
