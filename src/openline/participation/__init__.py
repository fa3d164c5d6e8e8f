"""Participation: the community measured and its super-user programme."""
