from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "backcoach.web.accounts"
    label = "accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from backcoach.web.accounts import signals  # the models are ready only now

        signals.connect()
