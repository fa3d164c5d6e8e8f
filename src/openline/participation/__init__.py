"""Participation: the community measured, and its super-user programme.

It owns the measuring: reads and visits noted by `reads.ReadsMiddleware`, reputation with its
anti-gaming limits, trust levels, the 1-9-90 segments and their daily snapshot, all rebuilt by
the recompute (`tasks.recompute_people_task`, queued by `openline worker`); the ranking of
super-user candidates; and the programme's workflow (invite, accept, decline, withdraw, leave,
thank, pin a trust level) with the member's pages, the public directory and the staff page of
candidates. The figures are stored in `openline.people`; writes go through `actions.py`, reads
through `selectors.py`.

It sits above the community and below the inbox. Guidance, above it, registers the tone check
the candidates use (`candidates.register_unkind_check`); insights draws its dashboards from
these selectors."""
