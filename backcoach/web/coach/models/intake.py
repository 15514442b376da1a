from django.conf import settings
from django.db import models

from backcoach.core import screening
from backcoach.web.coach.models.choices import choices_of


class Intake(models.Model):
    """One answered intake: the profile as the engine reads it and the screening it got.
    The newest one is the person's current profile; older ones stay as history."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)
    # The week plan counts its weeks from this day, in the person's time zone.
    start_date = models.DateField()
    profile = models.JSONField()
    # The engine's statuses, not a copy.
    status = models.CharField(max_length=16, choices=choices_of(screening.Status))
    reasons = models.JSONField(default=list)

    class Meta:
        indexes = (models.Index(fields=["user", "-created_at"]),)

    def __str__(self) -> str:
        return f"intake {self.pk} ({self.status})"

    @property
    def allows_plan(self) -> bool:
        return screening.Status(self.status).allows_plan
