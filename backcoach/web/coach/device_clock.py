"""When a saved session started, by the server's clock, whatever the device's clock says.

The player stamps a session with the device's clock, which may be wrong: phones set their
clocks from the network and are within a second or so, but a clock set by hand can be minutes
or hours out, and one reset by a flat battery can be years behind. A wrong clock is no reason
to lose a session, so the save is never refused for it.

Each save also carries `sent_at`, the device's clock when the request left. Its distance from
the server's clock is the device's error (plus the time on the wire), measured at the send, so
a session saved from the outbox days later is still placed right. Within `TOLERANCE` the
device's times are kept as they came: that much is the wire and the queue as much as the clock,
and a correction would only add noise. Beyond it the device's clock is wrong, and the start is
moved by the measured error. A body without `sent_at` (a save queued by an older page) cannot
be measured: a start more than `TOLERANCE` ahead is taken as the device's error, and the
session is filed as having ended when the server received it, keeping its length.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

# Well above the wire and the queue (a slow phone on a poor connection can take tens of
# seconds) and above a phone's clock drift, well below a clock set by hand to the wrong hour.
TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class Filed:
    started_at: datetime
    # The device's start, when it was not believed; None when it was kept.
    device_started_at: datetime | None = None


def filed_start(
    *, started_at: datetime, sent_at: datetime | None, done_seconds: int, now: datetime
) -> Filed:
    """Raises OverflowError for a time too far off to compute with."""
    start = started_at
    if sent_at is not None and abs(sent_at - now) > TOLERANCE:
        start = started_at - (sent_at - now)
    if start > now + TOLERANCE:
        # Started after it was sent, or ahead with nothing to measure the error by.
        start = now - timedelta(seconds=done_seconds)
    elif start > now:
        start = now  # within the tolerance: no session starts in the future
    return Filed(start, None if abs(start - started_at) <= TOLERANCE else started_at)
