"""The time zones a person may choose, and the one a request runs in."""

import zoneinfo
from functools import cache

SESSION_KEY = "backcoach_tz"


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(n for n in zoneinfo.available_timezones() if "/" in n or n == "UTC")
    return [(name, name.replace("_", " ")) for name in names]


def is_valid(name: str) -> bool:
    return name in {n for n, _ in time_zone_choices()}
