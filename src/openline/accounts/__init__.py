"""People who sign in: users, roles, sign-up and sign-in, profiles and API tokens; single
sign-on with an OpenID Connect provider (sso), two-factor sign-in (two_factor), and the staff:
invitations, roles, deactivation (staff)."""
