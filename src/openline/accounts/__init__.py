"""People who sign in: users, roles, sign-up and sign-in, profiles and API tokens."""
