"""Forms for the account pages. They check input and show errors; the writes are in actions."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import FileExtensionValidator
from django.template import loader
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from . import actions, selectors, suspensions
from .models import User
from .tokens_email import send_account_email

AVATAR_EXTENSIONS = ["jpg", "jpeg", "png", "gif", "webp"]


class SignInForm(auth_forms.AuthenticationForm):
    """Django's sign-in form, taking a username (in any case) or an e-mail address."""

    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": _(
            "That username or e-mail address and password don't match an account. "
            "Check them and try again, or reset your password."
        ),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        login = self.fields["username"]
        assert isinstance(login, forms.CharField)
        login.label = _("Username or e-mail")
        login.max_length = 254
        login.widget.attrs.update(maxlength=254, autocomplete="username")

    def clean(self) -> dict[str, Any]:
        login = self.cleaned_data.get("username")
        if login:
            self.cleaned_data["username"] = selectors.username_for_login(login) or login
        return super().clean()

    def confirm_login_allowed(self, user: Any) -> None:
        """A suspended member who gave the right password is told why and until when."""
        super().confirm_login_allowed(user)
        message = suspensions.refusal(user)
        if message:
            raise ValidationError(message, code="suspended")


class SignUpForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=actions.USERNAME_MAX,
        help_text=_(
            "3 to 30 letters, digits, dots, dashes or underscores. People mention you as @username."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send a link to confirm it. It is never shown in public."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    display_name = forms.CharField(
        label=_("Display name"),
        required=False,
        max_length=actions.DISPLAY_NAME_MAX,
        help_text=_("Optional: the name shown on your posts instead of your username."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=password_validation.password_validators_help_text_html(),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        strip=False,
        label=_("Password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_username(self) -> str:
        username = actions.clean_username(self.cleaned_data["username"])
        if selectors.username_taken(username):
            raise ValidationError(_("That username is taken. Try another."), code="taken")
        return username

    def clean_email(self) -> str:
        email = actions.clean_email(self.cleaned_data["email"])
        if selectors.email_taken(email):
            raise ValidationError(
                _("An account already uses this e-mail address. Sign in, or reset your password."),
                code="taken",
            )
        return email

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        password, again = data.get("password"), data.get("password_again")
        if password and again and password != again:
            self.add_error("password_again", _("The two passwords don't match."))
        if password:
            someone = User(
                username=data.get("username", ""),
                email=data.get("email", ""),
                display_name=data.get("display_name", ""),
            )
            try:
                password_validation.validate_password(password, someone)
            except ValidationError as error:
                self.add_error("password", error)
        return data


class AvatarField(forms.ImageField):
    default_validators = [
        FileExtensionValidator(
            AVATAR_EXTENSIONS, message=_("Upload a JPEG, PNG, GIF or WebP picture.")
        )
    ]
    default_error_messages = {
        "invalid_image": _(
            "That file is not a picture we can read. Upload a JPEG, PNG, GIF or WebP image."
        ),
    }


class ProfileForm(forms.Form):
    display_name = forms.CharField(
        label=_("Display name"),
        required=False,
        max_length=actions.DISPLAY_NAME_MAX,
        help_text=_(
            "Shown on your posts instead of your username. Leave empty to use your username."
        ),
    )
    bio = forms.CharField(
        label=_("Bio"),
        required=False,
        max_length=actions.BIO_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "A few words about you, shown on your public profile (up to 1,000 characters)."
        ),
        error_messages={
            "max_length": "Keep your bio under %(limit_value)s characters (%(show_value)s now)."
        },
    )
    avatar = AvatarField(
        required=False,
        label=_("Picture"),
        help_text=_("A JPEG, PNG, GIF or WebP image of at most 2 MB."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/gif,image/webp"}),
    )
    remove_avatar = forms.BooleanField(required=False, label=_("Remove my picture"))
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_(
            "Never shown in public. A new address changes once you open the link we send to it."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    current_password = forms.CharField(
        label=_("Current password"),
        required=False,
        strip=False,
        help_text=_("Needed only to change your e-mail address."),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    language = forms.ChoiceField(
        required=False,
        label=_("Language"),
        choices=[("", _("As my browser asks")), *settings.LANGUAGES],
        help_text=_("The language of the pages and of the e-mails we send you."),
    )

    def __init__(self, *args: Any, person: User, **kwargs: Any) -> None:
        kwargs["initial"] = {
            "display_name": person.display_name,
            "bio": person.bio,
            "email": person.email,
            "language": person.language,
        }
        super().__init__(*args, **kwargs)
        self.person = person

    def clean_avatar(self) -> UploadedFile[bytes] | None:
        avatar: UploadedFile[bytes] | None = self.cleaned_data.get("avatar")
        if avatar and avatar.size is not None and avatar.size > actions.AVATAR_MAX_BYTES:
            raise ValidationError(
                _("That picture is %(size)s MB; pictures can be at most 2 MB.")
                % {"size": number_format(avatar.size / 1024 / 1024, 1)},
                code="file_size",
            )
        return avatar

    def clean_email(self) -> str:
        # Whether another account has the address is not said here (it would let anyone
        # signed in probe addresses): the confirmation mail to that address says it.
        return actions.clean_email(self.cleaned_data["email"])

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        email = data.get("email")
        changing_email = email and email.lower() != self.person.email.lower()
        if changing_email and not self.person.check_password(data.get("current_password", "")):
            self.add_error(
                "current_password", "Enter your current password to change your e-mail address."
            )
        return data

    @property
    def changes_email(self) -> bool:
        email: str = self.cleaned_data["email"]
        return email.lower() != self.person.email.lower()


class PasswordResetForm(auth_forms.PasswordResetForm):
    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        # Sent by the worker, so the page answers as fast whether or not the address is known.
        # In the person's language when they chose one, else the page's.
        user = context.get("user")
        with translation.override(getattr(user, "language", "") or translation.get_language()):
            subject = " ".join(loader.render_to_string(subject_template_name, context).split())
            body = loader.render_to_string(email_template_name, context)
        send_account_email.enqueue(subject, body, to_email)


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        help_text=_("Your colleague's work address: the invitation link goes there."),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[("agent", _("Agent")), ("moderator", _("Moderator")), ("admin", _("Admin"))],
        initial="agent",
        help_text=_(
            "Agents answer customers; moderators also moderate the community; admins "
            "also manage the staff."
        ),
    )
    team = forms.CharField(
        label=_("Team"),
        required=False,
        max_length=80,
        help_text=_("Optional: shown on their posts (e.g. Support)."),
    )


class AcceptInvitationForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=actions.USERNAME_MAX,
        help_text=_("3 to 30 letters, digits, dots, dashes or underscores."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    display_name = forms.CharField(
        label=_("Display name"),
        required=False,
        max_length=actions.DISPLAY_NAME_MAX,
        help_text=_("Optional: the name shown on your posts."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=password_validation.password_validators_help_text_html(),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        strip=False,
        label=_("Password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        password, again = data.get("password"), data.get("password_again")
        if password and again and password != again:
            self.add_error("password_again", _("The two passwords don't match."))
        return data
