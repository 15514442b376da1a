"""The bridge between stored records and the core engine's plan."""

from django.contrib.auth.models import User

from backcoach.web.coach.ical import Event


def planned_events(*, user: User, base_url: str) -> list[Event]:
    # Filled from the engine's week plan once backcoach.core.planning is merged (issue 3).
    return []
