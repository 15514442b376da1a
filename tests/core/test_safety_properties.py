"""The safety rules of DESIGN.md, checked on thousands of random profiles (HYPOTHESIS_PROFILE=ci).

These run against the shipped library, so a content change that breaks a rule fails here too.
"""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from backcoach.core.library import Library, load_library
from backcoach.core.planning import PlanResult, build_plan
from backcoach.core.planning.eligibility import is_gentle_relief
from backcoach.core.planning.timing import minutes, session_seconds
from backcoach.core.profile import BONE_PRECAUTION_AGE, OLDER_ADULT_AGE, FitnessLevel, Profile
from backcoach.core.screening import MODERATE_PAIN, SEVERE_PAIN, Status
from backcoach.core.vocab import Condition, Level, Phase, Position, RedFlag
from tests.core.strategies import NOON, histories, profiles

LIBRARY = load_library()
START = date(2026, 3, 1)


def planned(result: PlanResult) -> list[str]:
    assert result.plan is not None
    return [i.exercise for d in result.plan.days for s in d.sessions for i in s.items]


def contraindicated(profile: Profile, library: Library) -> bool:
    """A contraindication (or a condition the content does not cover) not cleared."""
    return any(
        ((rule := library.rules.condition(c)) is None or rule.kind == "contraindication")
        and c.value not in profile.clinician_clearance
        for c in profile.all_conditions
    )


EMERGENCY = {RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL_CHANGE, RedFlag.FEVER,
             RedFlag.PROGRESSIVE_LEG_WEAKNESS, RedFlag.MAJOR_TRAUMA}  # fmt: skip
SEE_DOCTOR = {RedFlag.CANCER_HISTORY, RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.LONG_TERM_STEROIDS,
              RedFlag.CONSTANT_NIGHT_PAIN, RedFlag.RECENT_SPINAL_SURGERY}  # fmt: skip


def emergency(profile: Profile) -> bool:
    return bool(EMERGENCY.intersection(profile.red_flags)) or profile.leg_symptoms == "both_legs"


def sent_to_a_doctor(profile: Profile) -> bool:
    """What the screening rules of docs/engine.md send to a doctor first, uncleared."""
    flags, cleared = set(profile.red_flags), set(profile.clinician_clearance)
    weak_bones = "osteoporosis" in profile.tags or RedFlag.LONG_TERM_STEROIDS in flags
    return (
        bool({f for f in flags & SEE_DOCTOR if f.value not in cleared})
        or (RedFlag.MINOR_TRAUMA in flags and weak_bones and "minor_trauma" not in cleared)
        or ("osteoporosis" in profile.tags and profile.phase is Phase.ACUTE)
        or profile.pain_now >= SEVERE_PAIN
    )


@given(profiles())
def test_it_never_plans_with_a_red_flag_contraindication_or_severe_pain(profile):
    result = build_plan(profile, LIBRARY, start=START)
    urgent = emergency(profile) or (
        RedFlag.IMMUNOSUPPRESSED in profile.red_flags and RedFlag.FEVER in profile.red_flags
    )
    blocked = urgent or sent_to_a_doctor(profile) or contraindicated(profile, LIBRARY)
    assert (result.plan is None) == blocked
    assert (result.status is Status.URGENT) == urgent
    assert (result.status in (Status.URGENT, Status.SEE_DOCTOR)) == blocked
    if Condition.HEART_CONDITION in profile.conditions and "heart_condition" not in (
        profile.clinician_clearance
    ):
        assert result.plan is None


@given(profiles())
def test_it_says_nothing_of_a_plan_when_it_gives_none(profile):
    result = build_plan(profile, LIBRARY, start=START)
    if result.plan is not None:
        assert result.status.allows_plan
        return
    codes = [r.code for r in result.reasons]
    assert codes
    for plan_talk in ("acute_flare", "hernia", "past_injury", "moderate_pain", "caution_"):
        assert not any(c.startswith(plan_talk) for c in codes), codes
    if result.status is Status.URGENT:
        assert all(c.startswith("red_flag_") for c in codes), codes


@given(profiles())
def test_it_names_the_emergency_signs_with_every_plan(profile):
    data = build_plan(profile, LIBRARY, start=START).to_dict()
    if data["plan"] is not None:
        for sign in ("genitals", "urine or stool", "both legs"):
            assert sign in data["notice"]


@given(profiles(safe=True))
def test_it_keeps_every_plan_within_the_safety_rules(profile):
    result = build_plan(profile, LIBRARY, start=START)
    if result.plan is None:
        return
    tags = profile.tags
    for exercise_id in planned(result):
        e = LIBRARY.exercise(exercise_id)
        assert not tags.intersection(e.avoid_when), exercise_id
        for rule in LIBRARY.rules.do_not:
            if exercise_id in rule.exercises:
                assert rule.applies_to, rule.id
                assert not tags.intersection(rule.applies_to), rule.id
        assert set(e.equipment) <= set(profile.equipment), exercise_id
        assert profile.age < OLDER_ADULT_AGE or e.position is not Position.HANGING
        assert profile.age < BONE_PRECAUTION_AGE or "osteoporosis" not in e.avoid_when
        if profile.pain_now >= MODERATE_PAIN:
            assert e.level <= Level.MAIN
        if profile.phase is Phase.ACUTE:
            assert is_gentle_relief(e), exercise_id
        if profile.level is not FitnessLevel.ADVANCED:
            assert e.level <= Level.MAIN
        assert e.level <= Level.MAIN  # no history, so the harder level stays locked


@given(profiles(safe=True))
def test_it_respects_the_time_budget(profile):
    result = build_plan(profile, LIBRARY, start=START)
    if result.plan is None:
        return
    for day in result.plan.days:
        assert day.minutes <= profile.minutes_per_day
        for s in day.sessions:
            assert s.items
            assert s.minutes == minutes(session_seconds(s.items))


@given(profiles())
def test_it_gives_the_same_plan_for_the_same_profile(profile):
    first = build_plan(profile, LIBRARY, start=START).to_dict()
    again = build_plan(Profile.model_validate(profile.to_dict()), LIBRARY, start=START).to_dict()
    assert first == again


@given(profiles(safe=True), histories(LIBRARY, NOON), st.integers(0, 3))
def test_it_never_offers_what_the_log_dropped_or_excluded(profile, history, shift):
    start = NOON.date().replace(day=1 + shift)
    result = build_plan(profile, LIBRARY, history=history, start=start)
    if result.plan is None:
        return
    excluded = {e.exercise for e in result.excluded}
    assert not excluded.intersection(planned(result))
    for day in result.plan.days:
        assert day.minutes <= profile.minutes_per_day


@given(profiles(safe=True))
def test_it_honours_the_complexes_frequencies(profile):
    result = build_plan(profile, LIBRARY, start=START)
    if result.plan is None:
        return
    days_with: dict[str, int] = {}
    for day in result.plan.days:
        ids = [s.complex_id for s in day.sessions if s.complex_id]
        for complex_id in set(ids):
            c = LIBRARY.complex(complex_id)
            days_with[complex_id] = days_with.get(complex_id, 0) + 1
            assert ids.count(complex_id) <= (c.per_day or 1)
            assert profile.phase.value in c.phases  # acute relief only in a flare, and so on
    for complex_id, count in days_with.items():
        c = LIBRARY.complex(complex_id)
        assert count == 7 if c.per_day or c.per_week == 7 else count <= (c.per_week or 0)
    weekly = sum(
        n
        for cid, n in days_with.items()
        if not LIBRARY.complex(cid).per_day and LIBRARY.complex(cid).per_week != 7
    )
    assert weekly <= 4  # gymnastics: 3 to 4 times a week (seed 004)


def _painful_lately(history, start) -> bool:
    return any(
        r.pain_after is not None and r.pain_after > 3 and 0 <= (start - r.day).days < 28
        for r in history
    )


@given(profiles(safe=True), histories(LIBRARY, NOON), st.integers(0, 3))
def test_it_offers_no_harder_exercise_after_a_painful_session_in_the_last_four_weeks(
    profile, history, shift
):
    start = NOON.date().replace(day=1 + shift)
    result = build_plan(profile, LIBRARY, history=history, start=start)
    if result.plan is None or not _painful_lately(history, start):
        return
    for exercise_id in planned(result):
        assert LIBRARY.exercise(exercise_id).level <= Level.MAIN, exercise_id


@given(profiles(safe=True))
def test_it_never_puts_gymnastics_days_back_to_back_across_the_week(profile):
    result = build_plan(profile, LIBRARY, start=START)
    if result.plan is None:
        return
    gym = [
        d.day
        for d in result.plan.days
        if any(s.complex_id and not LIBRARY.complex(s.complex_id).per_day
               and LIBRARY.complex(s.complex_id).per_week != 7 for s in d.sessions)
    ]  # fmt: skip
    # The week repeats: day 7 is followed by day 1.
    for a, b in zip(gym, [*gym[1:], gym[0] + 7] if gym else [], strict=False):
        assert b - a >= 2, gym


@given(profiles(safe=True))
def test_it_gives_movement_on_at_least_five_days(profile):
    result = build_plan(profile, LIBRARY, start=START)
    if result.plan is None:
        return
    assert sum(1 for d in result.plan.days if d.sessions) >= 5
