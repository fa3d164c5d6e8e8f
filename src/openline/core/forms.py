"""Helpers to show an action's ValidationError on the form that submitted it."""

from django import forms
from django.core.exceptions import ValidationError


def add_action_errors(form: forms.Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)
