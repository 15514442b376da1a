from django.conf import settings
from django.db import models


class PlannedDay(models.Model):
    """What the plan asked for on a day, as it was last shown, so the progress calendar can set
    sessions done against sessions planned after the plan itself has moved on."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    date = models.DateField()
    sessions = models.PositiveSmallIntegerField()
    minutes = models.PositiveSmallIntegerField()
    titles = models.JSONField(default=list)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["user", "date"], name="one_plan_a_day"),)

    def __str__(self) -> str:
        return f"{self.date}: {self.sessions} planned"
