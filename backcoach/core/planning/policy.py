"""Which complexes come first: the planning policy, in one place a clinician can read.

Daily complexes (per_day, or seven times a week) fill up to half of the day's minutes when
there is also gymnastics to do; weekly complexes fill the gymnastics days. Within each group
the order below decides who gets the time. Complexes a clinic adds that are not listed here
come after these, by id.
"""

from backcoach.core.library import Complex
from backcoach.core.profile import Profile
from backcoach.core.vocab import Situation

# In a flare only acute complexes are candidates; relief first, then the workday routine. With
# weak bones, falls or from 65, the bone-health complex (strength and balance, Royal
# Osteoporosis Society) comes before the workday routine and the feet.
DAILY = (
    "acute-relief",
    "bone-health",
    "office",
    "on-your-feet",
    "feet",
    "mcgill-big-three",
    "preparatory",
    "relaxation",
    "hernia-gentle",
    "pinched",
)
# Seed 004 (Approximate movements): the gentle complex is the one for hernia and protrusion;
# McGill's three (seed 004) come next because they train the trunk without loading the discs,
# which is what a hernia needs most once the gentle work is in place.
_HERNIA_FIRST = ("hernia-gentle", "mcgill-big-three")
DAILY_HERNIA = (*_HERNIA_FIRST, *(c for c in DAILY if c not in _HERNIA_FIRST))

# Seed 004: the main complex (abs and back, alternating) for a month, then the harder level.
WEEKLY = (
    "harder",
    "main-abs",
    "main-back",
    "everyday-basics",
    "strengthening",
    "lying",
    "beginners",
    "yoga-stretching",
    "yoga-strengthening",
    "twists",
    "spine-release-three",
)
# With a hernia the main complexes are not offered (their situations exclude it): start from
# the lying and everyday complexes, which load the discs least.
WEEKLY_HERNIA = (
    "lying",
    "everyday-basics",
    "yoga-stretching",
    "strengthening",
    "beginners",
    "twists",
    "yoga-strengthening",
    "spine-release-three",
)

# Which frequency rule of the content each complex follows (cited in the reasons).
FREQUENCY_RULE = {
    "feet": "feet",
    "main-abs": "maintenance-abs-back",
    "main-back": "maintenance-abs-back",
    "office": "office",
    "acute-relief": "acute-relief",
    "mcgill-big-three": "mcgill-daily",
}
# Daily complexes that turn through their exercises across the week when a day cannot hold
# them all: the feet complex's five (seed 000) should all come up, not only the first two.
ROTATING = ("feet",)

GYMNASTICS = "gymnastics"
GYMNASTICS_DAYS = (3, 4)  # "at least 3-4 times a week" (seed 004), if the rule is missing

# Workout days for n sessions a week: spread out, so muscles rest between them.
SPREAD = {1: (1,), 2: (1, 4), 3: (1, 3, 5), 4: (1, 3, 5, 7), 5: (1, 2, 4, 5, 7),
          6: (1, 2, 3, 5, 6, 7), 7: (1, 2, 3, 4, 5, 6, 7)}  # fmt: skip


def is_daily(c: Complex) -> bool:
    return c.per_day is not None or c.per_week == 7


def order(complexes: list[Complex], profile: Profile, *, daily: bool) -> list[Complex]:
    hernia = profile.situation is Situation.HERNIA
    listed = (DAILY_HERNIA if hernia else DAILY) if daily else (WEEKLY_HERNIA if hernia else WEEKLY)
    rank = {cid: i for i, cid in enumerate(listed)}
    ordered = sorted(complexes, key=lambda c: (rank.get(c.id, len(rank)), c.id))
    # One workday routine only: with a mixed day both the sitting and the standing one apply,
    # and two would leave no time for the feet (the first listed, office, is kept).
    workday = [c for c in ordered if c.workday]
    return [c for c in ordered if not c.workday or c is workday[0]]
