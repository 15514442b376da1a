from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.contrib.auth.models import User

from backcoach.web.accounts import throttle
from backcoach.web.accounts.timezones import time_zone_choices


class TimeZoneField(forms.ChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            choices=time_zone_choices,
            initial="UTC",
            help_text="Used for your plan's days and your calendar.",
            **kwargs,
        )


class SignUpForm(UserCreationForm[User]):
    time_zone = TimeZoneField(label="Time zone")

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username",)


class TimeZoneForm(forms.Form):
    time_zone = TimeZoneField(label="Time zone")


THROTTLED = "Too many failed attempts. Wait 15 minutes and try again."


class ThrottledLoginForm(AuthenticationForm):
    def _address(self) -> str:
        if self.request is None:
            return ""
        return throttle.client_address(self.request.META, behind_proxy=settings.BEHIND_PROXY)

    def clean(self) -> dict[str, Any]:
        username = str(self.data.get("username", ""))
        who = {"username": username, "address": self._address()}
        if throttle.is_blocked(**who):
            raise forms.ValidationError(THROTTLED, code="throttled")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            throttle.record_failure(**who)
            raise
        throttle.record_success(**who)
        return cleaned
