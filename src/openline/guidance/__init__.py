"""Guidance before publishing: checks a draft reply for secrets, card numbers, IBANs, personal
data, confidential references, legal risk, hostile tone and profanity, and says what to do about
each finding. Owns the confidential register, the company's public contacts and the policy that
maps each kind of finding to an action."""
