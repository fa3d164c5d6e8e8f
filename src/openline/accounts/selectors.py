"""Reads about accounts: who a sign-in name means, whether a name or address is taken."""

from .models import User


def username_for_login(login: str) -> str | None:
    """The username someone means when they type `login` to sign in: their username in any
    case, or their e-mail address. None when it matches nobody, or more than one person."""
    login = (login or "").strip()
    if not login:
        return None
    exact = User.objects.filter(username=login).values_list("username", flat=True).first()
    if exact:
        return exact
    lookup = {"email__iexact": login} if "@" in login else {"username__iexact": login}
    names = list(User.objects.filter(**lookup).values_list("username", flat=True)[:2])
    return names[0] if len(names) == 1 else None


def username_taken(username: str, *, exclude: User | None = None) -> bool:
    people = User.objects.filter(username__iexact=username.strip())
    if exclude is not None:
        people = people.exclude(pk=exclude.pk)
    return people.exists()


def email_taken(email: str, *, exclude: User | None = None) -> bool:
    people = User.objects.filter(email__iexact=email.strip())
    if exclude is not None:
        people = people.exclude(pk=exclude.pk)
    return people.exists()
