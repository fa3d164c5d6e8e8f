"""Content awareness: FAQ and knowledge base, similar and duplicate detection, and search-engine
readiness (sitemaps, robots.txt)."""
