"""The coach's records. Everything a person logs belongs to their user and goes when they do;
exercises are referred to by their library id, never copied."""

from backcoach.web.coach.models.calendar import CalendarFeed
from backcoach.web.coach.models.checkin import CheckIn
from backcoach.web.coach.models.clearance import Clearance
from backcoach.web.coach.models.intake import Intake
from backcoach.web.coach.models.planned import PlannedDay
from backcoach.web.coach.models.session import SessionLog

__all__ = ["CalendarFeed", "CheckIn", "Clearance", "Intake", "PlannedDay", "SessionLog"]
