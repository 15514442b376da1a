import json
from datetime import UTC, date, datetime, timedelta

import pytest

from backcoach.core.library import Library
from backcoach.core.planning import PlanResult, build_plan, complex_session
from backcoach.core.profile import parse_profile
from backcoach.core.records import ExerciseResult, SessionRecord, StopReason, Target
from backcoach.core.screening import Status

START = date(2026, 3, 2)
BASE = {"age": 45, "pain_now": 3, "phase": "remission"}


def plan_for(library: Library, history=(), start=START, **fields) -> PlanResult:
    return build_plan(parse_profile({**BASE, **fields}), library, history=history, start=start)


def complexes_of(result: PlanResult) -> list[list[str | None]]:
    assert result.plan is not None
    return [[s.complex_id for s in d.sessions] for d in result.plan.days]


def session(day: date, complex_id: str | None = "main-abs", **fields) -> SessionRecord:
    started = datetime(day.year, day.month, day.day, 18, tzinfo=UTC)
    pains = {"pain_before": 3, "pain_after": 3, "pain_next_morning": 2}
    return SessionRecord(
        id=f"{day}-{complex_id}", started_at=started, title="t", complex_id=complex_id,
        **{**pains, **fields},
    )  # fmt: skip


def test_it_alternates_the_main_complex_for_abs_and_back(library):
    def workouts(start: date) -> list[list[str | None]]:
        days = complexes_of(plan_for(library, start=start))
        return [[c for c in d if c in ("main-abs", "main-back")] for d in days]

    # Three days a week, never two running (day 5 to the next day 1 are two days apart), the
    # two halves taking turns across weeks: abs, back, abs, then back, abs, back.
    this, next_week = workouts(START), workouts(START + timedelta(days=7))
    for week in (this, next_week):
        assert [bool(d) for d in week] == [True, False, True, False, True, False, False]
    both = [c for week in (this, next_week) for d in week for c in d]
    assert both.count("main-abs") == both.count("main-back") == 3
    assert this[0] != next_week[0]


def test_it_offers_only_gentle_relief_in_a_flare(library):
    result = plan_for(library, phase="acute", pain_now=5)
    assert result.status is Status.CAUTION
    assert [r.code for r in result.reasons] == ["moderate_pain", "acute_flare"]
    # The walks are sessions of their own (no complex).
    assert {c for d in complexes_of(result) for c in d} <= {"acute-relief", "office", None}


def test_it_gives_no_plan_for_severe_pain_or_a_red_flag(library):
    assert plan_for(library, phase="acute", pain_now=8).plan is None
    urgent = plan_for(library, red_flags=["saddle_numbness"])
    assert urgent.status is Status.URGENT
    assert urgent.plan is None
    assert urgent.to_dict()["plan"] is None


def test_it_starts_hernia_with_the_gentle_and_lying_complexes(library):
    days = complexes_of(plan_for(library, situation="hernia", equipment=["mat", "table", "towel"]))
    assert days[0][0] == "hernia-gentle"
    assert "lying" in days[0]
    assert all("main-abs" not in d for d in days)


def test_it_lists_exclusions_with_reasons(library):
    result = plan_for(library, situation="hernia", conditions=["osteoporosis"])
    reasons = {e.exercise: e.reason for e in result.excluded}
    assert "hernia" in reasons["crunch"]
    assert reasons["bar-hang"] == (
        "not safe with weak bones (osteoporosis, or an age of 70 or over) and a disc hernia"
    )
    assert reasons["boat"].startswith("not safe with a disc hernia and weak bones")
    assert list(reasons) == sorted(reasons)


def test_it_names_the_source_and_frequency_in_every_why(library):
    result = plan_for(library, minutes_per_day=40)
    assert result.plan is not None
    for day in result.plan.days:
        for s in day.sessions:
            for item in s.items:
                assert "seed 0" in item.why or "clinical practice" in item.why
    feet = [s for d in result.plan.days for s in d.sessions if s.complex_id == "feet"]
    assert feet
    assert "2 to 3 times a day" in feet[0].items[0].why


def harder_in(result: PlanResult, library: Library) -> set[str]:
    assert result.plan is not None
    planned = {i.exercise for d in result.plan.days for s in d.sessions for i in s.items}
    return {x for x in planned if library.exercise(x).level == 3}


ADVANCED = {"level": "advanced", "minutes_per_day": 60, "equipment": ["mat", "bar", "bench"]}
# The main complex every third day for five weeks, pain after 3/10 and settled by morning.
MONTH = [session(START - timedelta(days=n)) for n in range(1, 36, 3)]


def test_it_opens_the_harder_level_after_a_pain_free_month_one_exercise_at_a_time(library):
    assert not harder_in(plan_for(library, **ADVANCED), library)
    # The month was complete 6 days ago: one harder exercise this week.
    assert harder_in(plan_for(library, history=MONTH, **ADVANCED), library) == {"double-leg-raise"}
    # Two weeks later, with the harder sessions done twice a week, three: one more a week.
    harder = [session(START + timedelta(days=n), "harder") for n in (1, 4, 8, 11)]
    later = plan_for(library, history=[*MONTH, *harder], start=START + timedelta(days=14),
                     **ADVANCED)  # fmt: skip
    assert harder_in(later, library) == {"double-leg-raise", "roman-chair-sit-up",
                                         "hanging-knee-raise"}  # fmt: skip
    # Without them, the week does not add one.
    idle = [session(START + timedelta(days=n)) for n in (1, 4, 8, 11)]
    waited = plan_for(library, history=[*MONTH, *idle], start=START + timedelta(days=14),
                      **ADVANCED)  # fmt: skip
    assert harder_in(waited, library) == {"double-leg-raise"}
    beginner = plan_for(library, history=MONTH, **{**ADVANCED, "level": "beginner"})
    assert not harder_in(beginner, library)


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"age": 66}, "from the age of 65"),
        ({"conditions": ["hypertension"]}, "health condition"),
        ({"leg_symptoms": "below_knee"}, "below the knee"),
        ({"pain_now": 4}, "below 4/10"),
    ],
)
def test_it_keeps_the_harder_level_closed_for_those_it_does_not_suit(library, fields, why):
    result = plan_for(library, history=MONTH, **{**ADVANCED, **fields})
    assert not harder_in(result, library)
    assert why in {e.exercise: e.reason for e in result.excluded}["double-leg-raise"]


def test_it_restarts_the_month_after_a_painful_session(library):
    painful = session(START - timedelta(days=10), pain_after=6)
    result = plan_for(library, history=[*MONTH, painful], **ADVANCED)
    assert not harder_in(result, library)
    reason = {e.exercise: e.reason for e in result.excluded}["double-leg-raise"]
    assert "since your last painful session or break" in reason


def test_it_closes_the_harder_level_after_a_break(library):
    back_after_a_month_off = plan_for(library, history=MONTH, start=START + timedelta(days=30),
                                      **ADVANCED)  # fmt: skip
    assert not harder_in(back_after_a_month_off, library)
    # One old session and three recent ones are not a month of the main complex.
    patchy = [session(START - timedelta(days=40)), *MONTH[:3]]
    assert not harder_in(plan_for(library, history=patchy, **ADVANCED), library)


def test_it_keeps_the_deadlift_until_months_of_hyperextension(library):
    equipment = {**ADVANCED, "equipment": ["mat", "weights", "belt", "hyperextension_bench"]}
    extension = (ExerciseResult("hyperextension", Target(1, 15, 0), 15, 0, 1),)

    def log(extension_days: int) -> list[SessionRecord]:
        main = [session(START - timedelta(days=n)) for n in range(1, 120, 3)]
        harder = [session(START - timedelta(days=n), "harder", results=extension)
                  for n in range(2, extension_days, 3)]  # fmt: skip
        return [*main, *harder]

    result = plan_for(library, history=log(60), **equipment)
    assert "hyperextension" in harder_in(result, library)
    assert "light-deadlift" not in harder_in(result, library)
    reason = {e.exercise: e.reason for e in result.excluded}["light-deadlift"]
    assert "90 days of back extension" in reason
    assert "light-deadlift" in harder_in(plan_for(library, history=log(100), **equipment), library)


def crunch_reps(result: PlanResult) -> int:
    assert result.plan is not None
    return next(
        i.reps for d in result.plan.days for s in d.sessions for i in s.items
        if i.exercise == "crunch"
    )  # fmt: skip


def test_it_starts_each_level_at_its_own_dose(library):
    # The seed's 10 crunches: a beginner starts at the low end, an advanced person above it.
    assert crunch_reps(plan_for(library, level="beginner")) == 8
    assert crunch_reps(plan_for(library, level="intermediate")) == 10
    assert crunch_reps(plan_for(library, level="advanced")) == 12


def test_it_applies_progression_from_the_log(library):
    # An intermediate did the seed's 10 crunches in full: 12 next time.
    done = ExerciseResult("crunch", Target(1, 10, 0), 10, 0, 1)
    history = [session(START - timedelta(days=1), results=(done,))]
    result = plan_for(library, history=history, level="intermediate")
    assert result.plan is not None
    crunch = next(
        i for d in result.plan.days for s in d.sessions for i in s.items if i.exercise == "crunch"
    )
    assert crunch.reps == 12
    # A beginner builds on the dose they were given (8), not on the seed's.
    beginner = ExerciseResult("crunch", Target(1, 8, 0), 8, 0, 1)
    history = [session(START - timedelta(days=1), results=(beginner,))]
    assert crunch_reps(plan_for(library, history=history, level="beginner")) == 10
    assert "dose changed" in crunch.why
    assert any(c.startswith("Crunch") and "goes up" in c for c in result.plan.changes)


def test_it_drops_an_exercise_after_sharp_pain_and_rests_after_soreness(library):
    hurt = ExerciseResult("crunch", Target(1, 10, 0), 3, 0, 0)
    history = [
        session(
            START - timedelta(days=1),
            results=(hurt,),
            stop_reason=StopReason.SHARP_PAIN,
            sore_next_day=True,
        )
    ]
    result = plan_for(library, history=history)
    reasons = {e.exercise: e.reason for e in result.excluded}
    assert "sharp pain" in reasons["crunch"]
    days = complexes_of(result)
    assert "main-abs" not in days[0]  # day 1 is a rest day from strength work
    assert result.plan
    assert any("rest" in c for c in result.plan.changes)


def test_it_falls_back_to_single_exercises_when_no_complex_fits(library):
    result = plan_for(library, equipment=[], workday="standing")
    assert result.plan is not None
    assert any(d.sessions for d in result.plan.days)


def test_it_prints_the_issue_json_shape(library):
    data = json.loads(json.dumps(plan_for(library).to_dict()))
    assert set(data) >= {"status", "reasons", "plan", "excluded"}
    assert set(data["plan"]) >= {"phase", "level", "days"}
    day = data["plan"]["days"][0]
    assert day["day"] == 1
    assert set(day["sessions"][0]) >= {"title", "minutes", "items"}
    item = day["sessions"][0]["items"][0]
    assert set(item) >= {"exercise", "sets", "reps", "hold_s", "rest_s", "per_side", "why"}
    assert set(data["excluded"][0]) == {"exercise", "reason"}


def test_it_keeps_one_workday_routine_and_each_complex_to_its_length(library):
    days = complexes_of(plan_for(library, workday="mixed"))
    assert "office" in days[0]
    assert "on-your-feet" not in days[0]
    assert "on-your-feet" in complexes_of(plan_for(library, workday="standing"))[0]
    roomy = plan_for(library, minutes_per_day=120, equipment=["mat", "chair", "band", "pencil"])
    assert roomy.plan is not None
    for s in roomy.plan.days[0].sessions:
        if s.complex_id:
            assert s.minutes <= (library.complex(s.complex_id).minutes or 120)


def test_it_runs_one_complex_on_demand_through_the_same_filters(library):
    profile = parse_profile({**BASE, "situation": "hernia"})
    gentle = complex_session(profile, "lying", library, start=START)
    assert "frozen-fish" not in [i.exercise for i in gentle.items]  # avoid_when: hernia
    for complex_id, words in [
        ("nope", "unknown"),
        ("main-abs", "not meant"),
        ("harder", "not meant"),
    ]:
        with pytest.raises(ValueError, match=words):
            complex_session(profile, complex_id, library, start=START)
    with pytest.raises(ValueError, match="none of its exercises"):
        complex_session(parse_profile(BASE), "pinched", library, start=START)  # needs a bar
    with pytest.raises(ValueError, match=r"cauda equina"):
        complex_session(parse_profile({**BASE, "red_flags": ["saddle_numbness"]}), "lying", library)


def test_it_leaves_hanging_out_for_older_people(library):
    young = plan_for(library, age=40, equipment=["mat", "bar"])
    old = plan_for(library, age=66, equipment=["mat", "bar"])
    young_reason = {e.exercise: e.reason for e in young.excluded}.get("bar-hang", "")
    assert "65 or over" not in young_reason
    assert "65 or over" in {e.exercise: e.reason for e in old.excluded}["bar-hang"]


def test_it_gives_a_hernia_mcgills_three_every_day(library):
    # McGill's exercises train the trunk without loading the discs (seed 004); with a hernia
    # they follow the gentle complex ahead of the workday and preparatory routines.
    for day in complexes_of(plan_for(library, situation="hernia", minutes_per_day=30)):
        assert day[:2] == ["hernia-gentle", "mcgill-big-three"]


def test_it_rests_the_weekly_workouts_on_demand_too_after_soreness(library):
    sore = [session(START - timedelta(days=1), sore_next_day=True)]
    profile = parse_profile(BASE)
    with pytest.raises(ValueError, match="waits until after"):
        complex_session(profile, "main-abs", library, history=sore, start=START)
    daily = complex_session(profile, "mcgill-big-three", library, history=sore, start=START)
    assert daily.items  # the gentle daily routine goes on
    later = START + timedelta(days=7)
    assert complex_session(profile, "main-abs", library, history=sore, start=later).items


def test_it_screens_again_with_the_pain_logged_this_week(library):
    # The intake said 2/10; the session three days ago ended at 8/10.
    bad = session(START - timedelta(days=3), pain_before=4, pain_after=8, pain_next_morning=None)
    refused = plan_for(library, history=[bad], pain_now=2)
    assert refused.plan is None
    assert [r.code for r in refused.reasons] == ["severe_pain"]
    with pytest.raises(ValueError, match="7/10 or more"):
        complex_session(parse_profile({**BASE, "pain_now": 2}), "lying", library,
                        history=[bad], start=START)  # fmt: skip
    # A week on, the reading no longer speaks for the back now.
    assert plan_for(library, history=[bad], pain_now=2, start=START + timedelta(days=5)).plan
    # A lower reading never lowers the intake's pain.
    calm = session(START - timedelta(days=1), pain_before=1, pain_after=1, pain_next_morning=1)
    assert plan_for(library, history=[calm], pain_now=5).status is Status.CAUTION


def test_it_keeps_bone_precautions_after_steroids_or_cancer_are_cleared(library):
    for fields in (
        {"red_flags": ["long_term_steroids"], "clinician_clearance": ["long_term_steroids"]},
        {"red_flags": ["cancer_history"], "clinician_clearance": ["cancer_history"]},
        {"conditions": ["malignant_tumour"], "clinician_clearance": ["malignant_tumour"]},
    ):
        result = plan_for(library, **fields)
        assert result.status is Status.CAUTION
        assert "weak bones" in {e.exercise: e.reason for e in result.excluded}["crunch"]


def test_it_puts_painful_sessions_first_among_the_reasons(library):
    painful = [session(START - timedelta(days=n), pain_after=7) for n in (1, 3, 5)]
    result = plan_for(library, history=painful, pain_now=2)
    assert result.status is Status.CAUTION
    assert result.reasons[0].code == "painful_sessions"
    assert "doctor or physiotherapist" in result.reasons[0].action


def test_it_gives_no_workplace_routine_to_someone_not_working(library):
    planned = {c for d in complexes_of(plan_for(library, workday="none")) for c in d}
    assert not planned & {"office", "on-your-feet"}
    assert "office" in {c for d in complexes_of(plan_for(library, workday="sitting")) for c in d}


def walk_days(result: PlanResult) -> list[int]:
    assert result.plan is not None
    return [d.day for d in result.plan.days if any(s.title == "Walk" for s in d.sessions)]


@pytest.mark.parametrize("minutes_per_day", [5, 15, 60])
def test_it_plans_walking_on_at_least_three_days_flare_included(library, minutes_per_day):
    calm = plan_for(library, minutes_per_day=minutes_per_day)
    # Between the gymnastics days, and on any day that would otherwise have nothing.
    assert {2, 4, 6} <= set(walk_days(calm))
    flare = plan_for(library, phase="acute", pain_now=5, minutes_per_day=minutes_per_day)
    assert walk_days(flare) == [1, 2, 3, 4, 5, 6, 7]
    for result in (calm, flare):
        assert result.plan is not None
        for day in result.plan.days:
            assert day.minutes <= minutes_per_day


def test_it_walks_longer_with_the_level_and_never_more_than_half_the_day(library):
    def walk_seconds(**fields) -> int:
        result = plan_for(library, **fields)
        assert result.plan is not None
        return next(i.hold_s for d in result.plan.days for s in d.sessions for i in s.items
                    if i.exercise == "walking")  # fmt: skip

    assert walk_seconds(minutes_per_day=60) == 600
    assert walk_seconds(minutes_per_day=60, level="advanced") == 1200
    assert walk_seconds(minutes_per_day=60, phase="acute") == 300
    assert walk_seconds(minutes_per_day=12) == 300  # half of 12, less a minute to get ready
    assert walk_seconds(minutes_per_day=5) == 240  # a short day's whole time
    assert walk_seconds(minutes_per_day=60, phase="acute", pain_now=5) == 180  # whole minutes


def test_it_turns_the_feet_complex_through_all_five_exercises_in_a_week(library):
    everything = ["mat", "chair", "wall", "band", "pencil", "pillow", "towel"]
    result = plan_for(library, equipment=everything, minutes_per_day=30)
    assert result.plan is not None
    feet = {i.exercise for d in result.plan.days for s in d.sessions if s.complex_id == "feet"
            for i in s.items}  # fmt: skip
    assert feet == set(library.complex("feet").exercises)
    for day in result.plan.days:
        assert day.minutes <= 30


def test_it_walks_on_a_day_that_would_otherwise_have_nothing(library):
    # A hernia, no equipment and 5 minutes: nothing else fits, so a walk every day.
    bare = plan_for(library, situation="hernia", equipment=[], minutes_per_day=5)
    assert walk_days(bare) == [1, 2, 3, 4, 5, 6, 7]


def test_it_gives_strength_and_balance_for_weak_bones_falls_or_age(library):
    def has_bone_health(**fields) -> bool:
        return "bone-health" in {c for d in complexes_of(plan_for(library, **fields)) for c in d}

    assert has_bone_health(age=72)
    assert has_bone_health(age=66)
    assert has_bone_health(age=50, conditions=["osteoporosis"])
    assert has_bone_health(age=50, conditions=["falls"])
    assert not has_bone_health(age=50)
