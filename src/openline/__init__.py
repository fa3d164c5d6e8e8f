"""Openline: social customer service in the open."""
