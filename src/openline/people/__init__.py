"""Customers as people across channels: one Person, many channel identities (linked
automatically by verified e-mail, by hand otherwise). Later: reputation, trust, segments."""
