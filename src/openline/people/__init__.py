"""People: customers across channels (one Person, many channel identities, linked automatically
by verified e-mail), and what the community knows about each member: reads
and visits, reputation and its history, trust levels and their privileges, participation
segments, badges, and the super-user programme (invitations, thank-you notes).

This app sits below the community and never imports it: thread ids are plain numbers here, and
the figures are computed from community data by `openline.participation`, which writes them
here."""
