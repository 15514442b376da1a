from django.conf import settings
from django.db import models


class Intake(models.Model):
    """One answered intake: the profile as the engine reads it and the screening it got.
    The newest one is the person's current profile; older ones stay as history."""

    class Status(models.TextChoices):
        OK = "ok"
        CAUTION = "caution"
        SEE_DOCTOR = "see_doctor"
        URGENT = "urgent"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)
    # The week plan counts its weeks from this day, in the person's time zone.
    start_date = models.DateField()
    profile = models.JSONField()
    status = models.CharField(max_length=16, choices=Status.choices)
    reasons = models.JSONField(default=list)

    class Meta:
        indexes = (models.Index(fields=["user", "-created_at"]),)

    def __str__(self) -> str:
        return f"intake {self.pk} ({self.status})"

    @property
    def allows_plan(self) -> bool:
        return self.status in (self.Status.OK, self.Status.CAUTION)
