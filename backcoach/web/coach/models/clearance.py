from django.conf import settings
from django.db import models
from django.db.models import Q

from backcoach.core.vocab import CLEARABLE


class Clearance(models.Model):
    """A person's word that a doctor or physiotherapist examined them for a condition or a
    warning sign (a tag of core's `CLEARABLE`) and agreed that they may exercise. Active until
    withdrawn: by the person, or by a later intake that does not confirm it, since the newest
    intake is the person's current answer. Withdrawn ones stay as history."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # Core's vocabulary, not a copy; the label is only Django's default for a value.
    tag = models.CharField(
        max_length=32, choices=[(t, t.replace("_", " ").capitalize()) for t in sorted(CLEARABLE)]
    )
    cleared_on = models.DateField()
    cleared_by = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=["user", "tag"],
                condition=Q(withdrawn_at__isnull=True),
                name="one_active_clearance_a_tag",
            ),
        )

    def __str__(self) -> str:
        return f"clearance {self.pk} ({self.tag})"
