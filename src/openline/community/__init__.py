"""The public service community: spaces, threads, replies, votes, accepted answers, honest
statuses, revisions, tags, notifications, search and public pages."""
