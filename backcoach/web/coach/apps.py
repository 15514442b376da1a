from django.apps import AppConfig


class CoachConfig(AppConfig):
    name = "backcoach.web.coach"
    label = "coach"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from backcoach.web.coach import signals  # the models are ready only now

        signals.connect()
