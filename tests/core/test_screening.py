import pytest

from backcoach.core.profile import ProfileError, parse_profile
from backcoach.core.screening import (
    MODERATE_PAIN,
    SEVERE_PAIN,
    Screening,
    Status,
    screen,
    screen_red_flags,
)
from backcoach.core.vocab import LegSymptoms, RedFlag
from tests.core import tiny

LIB = tiny.library([tiny.exercise("a")])
BASE = {"age": 40, "pain_now": 2, "phase": "remission"}


def screened(**fields: object) -> Screening:
    return screen(parse_profile({**BASE, **fields}), LIB)


def test_it_clears_a_plain_profile():
    result = screened()
    assert result.status is Status.OK
    assert result.reasons == ()
    assert result.allows_plan


@pytest.mark.parametrize("flag", ["saddle_numbness", "bladder_bowel_change"])
def test_it_sends_cauda_equina_signs_to_emergency_care_today(flag):
    result = screened(red_flags=[flag])
    assert result.status is Status.URGENT
    assert not result.allows_plan
    assert "emergency" in result.reasons[0].action.lower()
    assert "today" in result.reasons[0].action


@pytest.mark.parametrize(
    ("flag", "status"),
    [
        ("progressive_leg_weakness", Status.URGENT),
        ("fever", Status.URGENT),
        ("major_trauma", Status.URGENT),
        ("cancer_history", Status.SEE_DOCTOR),
        ("unexplained_weight_loss", Status.SEE_DOCTOR),
        ("constant_night_pain", Status.SEE_DOCTOR),
        ("long_term_steroids", Status.SEE_DOCTOR),
    ],
)
def test_it_grades_each_red_flag(flag, status):
    result = screened(red_flags=[flag])
    assert result.status is status
    assert result.reasons[0].code == f"red_flag_{flag}"
    assert not result.allows_plan


# Red flags that need more than themselves to stop a plan (weak bones with a minor fall, fever
# with a weak immune system), or that ask for a referral while exercise goes on.
NOT_ALONE = {RedFlag.MINOR_TRAUMA, RedFlag.IMMUNOSUPPRESSED, RedFlag.INFLAMMATORY_PATTERN}


def test_it_covers_every_red_flag_of_the_vocabulary():
    for flag in RedFlag:
        assert screened(red_flags=[flag.value]).allows_plan == (flag in NOT_ALONE), flag
        # A minor fall alone, with strong bones, is ordinary back pain.
        assert bool(screened(red_flags=[flag.value]).reasons) == (flag is not RedFlag.MINOR_TRAUMA)


def test_it_reads_contraindications_from_the_content_rules():
    result = screened(pregnant=True)
    assert result.status is Status.SEE_DOCTOR
    assert result.reasons[0].code == "contraindication_pregnancy"
    assert result.reasons[0].message == "Not in pregnancy."


def test_it_gives_a_plan_with_a_caution():
    result = screened(conditions=["hypertension"])
    assert result.status is Status.CAUTION
    assert result.allows_plan
    assert result.reasons[0].action == "Keep breathing."


def test_it_fails_closed_on_a_condition_the_content_does_not_cover():
    result = screened(conditions=["lung_disease"])
    assert result.status is Status.SEE_DOCTOR


def test_it_refuses_severe_pain_in_either_phase():
    for phase in ("acute", "remission"):
        result = screened(phase=phase, pain_now=SEVERE_PAIN)
        assert result.status is Status.SEE_DOCTOR
        assert "severe_pain" in [r.code for r in result.reasons]


def test_it_marks_a_flare_below_severe_pain_as_caution():
    result = screened(phase="acute", pain_now=MODERATE_PAIN - 1)
    assert result.status is Status.CAUTION
    assert [r.code for r in result.reasons] == ["acute_flare"]


PAIN_BRAKES = [(0, Status.OK), (3, Status.OK), (4, Status.CAUTION), (6, Status.CAUTION),
               (7, Status.SEE_DOCTOR)]  # fmt: skip


@pytest.mark.parametrize(("pain", "status"), PAIN_BRAKES)
def test_it_brakes_by_pain_at_intake(pain, status):
    result = screened(pain_now=pain)
    assert result.status is status
    if status is Status.CAUTION:
        assert [r.code for r in result.reasons] == ["moderate_pain"]
    if status is Status.SEE_DOCTOR:
        assert "rather than staying in bed" in result.reasons[0].action


def test_it_explains_the_hernia_and_past_injury_situations():
    assert screened(situation="hernia").reasons[0].code == "hernia"
    assert screened(situation="past_injury").reasons[0].code == "past_injury"


def test_it_puts_the_most_serious_reason_first():
    result = screened(conditions=["hypertension"], red_flags=["cancer_history", "fever"])
    assert result.status is Status.URGENT
    assert [r.code for r in result.reasons] == ["red_flag_fever"]


def test_it_says_nothing_of_a_plan_when_it_sends_to_a_doctor():
    result = screened(phase="acute", situation="hernia", red_flags=["saddle_numbness"])
    assert [r.code for r in result.reasons] == ["red_flag_saddle_numbness"]
    refused = screened(pain_now=8, situation="hernia", conditions=["hypertension"])
    assert [r.code for r in refused.reasons] == ["severe_pain"]


def test_it_screens_the_red_flags_alone_as_the_full_screening_does():
    assert screen_red_flags(set()).status is Status.OK
    alone = screen_red_flags({RedFlag.SADDLE_NUMBNESS, RedFlag.CANCER_HISTORY})
    assert alone.status is Status.URGENT
    assert [r.code for r in alone.reasons] == ["red_flag_saddle_numbness"]
    assert not screen_red_flags({RedFlag.LONG_TERM_STEROIDS}).allows_plan
    both_legs = screen_red_flags(set(), LegSymptoms.BOTH_LEGS)
    assert both_legs.status is Status.URGENT
    assert screened(leg_symptoms="both_legs").status is Status.URGENT


def test_it_gives_a_plan_with_care_for_pain_below_the_knee():
    result = screened(leg_symptoms="below_knee")
    assert result.status is Status.CAUTION
    assert "spread further down the leg" in result.reasons[0].action
    assert screened(leg_symptoms="above_knee").status is Status.OK


@pytest.mark.parametrize(
    "fields",
    [{"conditions": ["osteoporosis"]}, {"age": 70}, {"red_flags": ["long_term_steroids"]}],
)
def test_it_sends_a_minor_fall_with_weak_bones_to_a_doctor(fields):
    flags = ["minor_trauma", *fields.pop("red_flags", [])]
    result = screened(red_flags=flags, **fields)
    assert result.status is Status.SEE_DOCTOR
    assert "red_flag_minor_trauma" in [r.code for r in result.reasons]
    assert screened(red_flags=["minor_trauma"], age=69).status is Status.OK


def test_it_treats_fever_with_a_weak_immune_system_as_urgent():
    assert screened(red_flags=["immunosuppressed"]).status is Status.CAUTION
    both = screened(red_flags=["immunosuppressed", "fever"])
    assert both.status is Status.URGENT
    assert "red_flag_immunosuppressed" in [r.code for r in both.reasons]


def test_it_refers_an_inflammatory_pattern_and_lets_exercise_go_on():
    result = screened(red_flags=["inflammatory_pattern"])
    assert result.status is Status.CAUTION
    assert "inflammatory" in result.reasons[0].code
    assert "rheumatolog" in result.reasons[0].action


def test_it_sends_recent_spinal_surgery_to_the_surgeons_team():
    result = screened(red_flags=["recent_spinal_surgery"])
    assert result.status is Status.SEE_DOCTOR
    assert "surgeon" in result.reasons[0].action


def test_it_sends_osteoporosis_with_a_new_flare_to_a_doctor():
    result = screened(conditions=["osteoporosis"], phase="acute")
    assert result.status is Status.SEE_DOCTOR
    assert "osteoporosis_flare" in [r.code for r in result.reasons]
    # Not clearable: a clearance has no date, so it would pass every later flare too.
    cleared = screened(conditions=["osteoporosis"], phase="acute",
                       clinician_clearance=["osteoporosis"])  # fmt: skip
    assert cleared.status is Status.SEE_DOCTOR


def test_it_takes_bone_precautions_from_seventy():
    assert screened(age=69).status is Status.OK
    assert [r.code for r in screened(age=69).reasons] == ["older_adult"]
    assert [r.code for r in screened(age=70).reasons] == ["bone_precautions_age", "older_adult"]
    assert screened(age=64).reasons == ()


def test_it_lets_a_clinician_clear_a_contraindication_but_never_an_emergency():
    cleared = screened(pregnant=True, clinician_clearance=["pregnancy"])
    assert cleared.status is Status.CAUTION
    assert [r.code for r in cleared.reasons] == ["cleared_pregnancy"]
    assert screened(conditions=["lung_disease"], clinician_clearance=["lung_disease"]).allows_plan
    flag = screened(red_flags=["cancer_history"], clinician_clearance=["cancer_history"])
    assert flag.status is Status.CAUTION
    with pytest.raises(ProfileError, match="clinician_clearance: item 1: unknown tag 'fever'"):
        screened(red_flags=["fever"], clinician_clearance=["fever"])


def test_it_needs_clearance_for_a_heart_condition():
    assert screened(conditions=["heart_condition"]).status is Status.SEE_DOCTOR


def test_it_gives_a_plan_only_when_ok_or_with_a_caution():
    assert [s for s in Status if s.allows_plan] == [Status.OK, Status.CAUTION]
