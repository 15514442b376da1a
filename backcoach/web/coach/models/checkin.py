from django.conf import settings
from django.db import models


class CheckIn(models.Model):
    """How the back feels on a morning, asked on the first visit of the day after a session."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    date = models.DateField()
    pain = models.PositiveSmallIntegerField()
    sore = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["user", "date"], name="one_checkin_a_day"),)

    def __str__(self) -> str:
        return f"check-in {self.date}: {self.pain}"
