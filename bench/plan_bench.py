"""In-process plan generation: median time of `build_plan` over 10,000 random profiles.

Run: uv run python -m bench.plan_bench [N]. Profiles are random but seeded, so runs compare.
"""

import random
import statistics
import sys
import time
from datetime import date

from backcoach.core.library import load_library
from backcoach.core.planning import build_plan
from backcoach.core.profile import FitnessLevel, Profile
from backcoach.core.vocab import Condition, Equipment, Phase, RedFlag, Situation, Workday


def random_profile(rng: random.Random) -> Profile:
    def few[T](values: list[T], most: int) -> tuple[T, ...]:
        return tuple(rng.sample(values, rng.randint(0, most)))

    # Most people in the bench have no red flag, so most profiles reach the planner.
    flags = few(list(RedFlag), 1) if rng.random() < 0.1 else ()
    return Profile(
        age=rng.randint(16, 110),
        pain_now=rng.randint(0, 10),
        phase=rng.choice(list(Phase)),
        situation=rng.choice(list(Situation)),
        pregnant=rng.random() < 0.02,
        conditions=few(list(Condition), 2) if rng.random() < 0.3 else (),
        red_flags=flags,
        workday=rng.choice(list(Workday)),
        equipment=few(list(Equipment), 8),
        minutes_per_day=rng.randint(5, 120),
        level=rng.choice(list(FitnessLevel)),
    )


def main(count: int = 10_000) -> None:
    library = load_library()
    rng = random.Random(20260301)
    profiles = [random_profile(rng) for _ in range(count)]
    start = date(2026, 3, 2)
    timings: list[float] = []
    with_plan: list[float] = []
    for profile in profiles:
        t0 = time.perf_counter_ns()
        result = build_plan(profile, library, start=start)
        elapsed = (time.perf_counter_ns() - t0) / 1e6
        timings.append(elapsed)
        if result.plan is not None:
            with_plan.append(elapsed)
    screened = count - len(with_plan)
    print(f"profiles: {count} ({len(with_plan)} with a plan, {screened} screened out)")
    for name, values in (("all profiles", timings), ("with a plan", with_plan)):
        values.sort()
        p95 = values[int(0.95 * len(values)) - 1]
        print(
            f"{name:13} median {statistics.median(values):.3f} ms, p95 {p95:.3f} ms, "
            f"max {values[-1]:.3f} ms"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
