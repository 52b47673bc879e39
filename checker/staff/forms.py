from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from ..codes import normalise, normalise_resume

#: Typed input longer than this is not a code; it is cut before any work is done on it.
_TYPED_MAX = 64


class SignInForm(AuthenticationForm):
    """Django's sign-in form (fields ``username`` and ``password``) with plainer messages."""

    error_messages = {
        "invalid_login": _("The username or password is not right. Check them and try again. "
                           "Both are case-sensitive."),
        "inactive": _("This account is switched off. Ask your administrator."),
    }

    def __init__(self, request: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Username")
        self.fields["username"].error_messages["required"] = _("Enter your username.")
        self.fields["username"].widget.attrs.update(
            {"autocapitalize": "none", "spellcheck": "false", "autofocus": False})
        self.fields["password"].label = _("Password")
        self.fields["password"].error_messages["required"] = _("Enter your password.")


def normalise_reference(typed: str) -> str | None:
    """``SC-7KQ4-M2XD`` from forgiving input (``sc 7kq4 m2xd``, ``7KQ4M2XD``, O for 0 ...)."""
    compact = "".join(ch for ch in typed.upper() if ch not in " -_.")
    if len(compact) == 10 and compact.startswith("SC"):
        compact = compact[2:]
    code = normalise(compact)
    return f"SC-{code}" if code else None


class LookupForm(forms.Form):
    reference = forms.CharField(
        label=_("Report reference"),
        help_text=_("It is printed at the top of the report and starts with SC, "
                    "like SC-7KQ4-M2XD. Capital letters and dashes do not matter."),
        max_length=_TYPED_MAX,
        error_messages={"required": _("Enter the report reference."),
                        "max_length": _("A report reference is 12 letters and numbers, "
                                        "like SC-7KQ4-M2XD.")},
    )
    code = forms.CharField(
        label=_("The patient's code to come back (optional)"),
        help_text=_("If the patient gives you their 12-character code, like 7KQ4-M2XD-9F3A, "
                    "enter it too: the report opens only if both match."),
        max_length=_TYPED_MAX,
        required=False,
        error_messages={"max_length": _("The code has 12 letters and numbers, like "
                                        "7KQ4-M2XD-9F3A.")},
    )

    def clean_reference(self) -> str:
        reference = normalise_reference(self.cleaned_data["reference"])
        if reference is None:
            raise forms.ValidationError(
                _("That is not a report reference. It has 12 letters and numbers and starts "
                  "with SC, like SC-7KQ4-M2XD."))
        return reference

    def clean_code(self) -> str:
        typed = self.cleaned_data["code"]
        if not typed.strip():
            return ""
        # Codes given before this change have 8 characters, and still count.
        code = normalise_resume(typed)
        if code is None:
            raise forms.ValidationError(
                _("That is not a code. It has 12 letters and numbers, like 7KQ4-M2XD-9F3A. "
                  "Leave it empty if the patient does not have it."))
        return code
