"""The screening of a stored profile, for whoever records an intake from one.

An intake that went to the end stores a whole profile, which core's `screen` reads. One that
stopped at the warning signs stores only what was asked by then (the red flags, the legs and
any clearance of a red flag), which `screen_red_flags` reads.
"""

from collections.abc import Mapping
from typing import Any

from backcoach.core.profile import parse_profile
from backcoach.core.screening import Screening, screen, screen_red_flags
from backcoach.core.vocab import LegSymptoms, RedFlag

RED_FLAG_FIELDS = frozenset({"red_flags", "leg_symptoms", "clinician_clearance"})


def screen_stored(stored: Mapping[str, Any]) -> tuple[dict[str, Any], Screening]:
    """The profile as it should be stored, and its screening (raises ProfileError)."""
    if stored.keys() <= RED_FLAG_FIELDS:
        flags = [RedFlag(f) for f in stored.get("red_flags", ())]
        legs = LegSymptoms(stored.get("leg_symptoms", LegSymptoms.NONE))
        cleared = stored.get("clinician_clearance", ())
        return dict(stored), screen_red_flags(flags, legs, cleared)
    profile = parse_profile(stored)
    return profile.to_dict(), screen(profile)
