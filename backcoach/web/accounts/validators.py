"""A password validator Django lacks: a longest password, so that no one makes the server hash
a megabyte (Argon2 is slow on purpose), with a form error that says so."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

# Far beyond any passphrase or password manager's output.
MAX_PASSWORD_LENGTH = 256


class MaximumLengthValidator:
    def __init__(self, max_length: int = MAX_PASSWORD_LENGTH) -> None:
        self.max_length = max_length

    def validate(self, password: str, user: User | None = None) -> None:
        if len(password) > self.max_length:
            raise ValidationError(
                f"This password is too long: use at most {self.max_length} characters.",
                code="password_too_long",
            )

    def get_help_text(self) -> str:
        return f"Your password can be up to {self.max_length} characters long."
