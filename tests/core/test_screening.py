import pytest

from backcoach.core.profile import parse_profile
from backcoach.core.screening import SEVERE_PAIN, Screening, Status, screen, screen_red_flags
from backcoach.core.vocab import RedFlag
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


def test_it_covers_every_red_flag_of_the_vocabulary():
    for flag in RedFlag:
        assert not screened(red_flags=[flag.value]).allows_plan


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
    result = screened(phase="acute", pain_now=SEVERE_PAIN - 1)
    assert result.status is Status.CAUTION
    assert [r.code for r in result.reasons] == ["acute_flare"]


def test_it_explains_the_hernia_and_past_injury_situations():
    assert screened(situation="hernia").reasons[0].code == "hernia"
    assert screened(situation="past_injury").reasons[0].code == "past_injury"


def test_it_puts_the_most_serious_reason_first():
    result = screened(conditions=["hypertension"], red_flags=["fever", "cancer_history"])
    assert result.status is Status.URGENT
    assert [r.code for r in result.reasons][:2] == ["red_flag_fever", "red_flag_cancer_history"]


def test_it_screens_the_red_flags_alone_as_the_full_screening_does():
    assert screen_red_flags(set()).status is Status.OK
    alone = screen_red_flags({RedFlag.SADDLE_NUMBNESS, RedFlag.CANCER_HISTORY})
    assert alone.status is Status.URGENT
    assert [r.code for r in alone.reasons] == [
        "red_flag_saddle_numbness",
        "red_flag_cancer_history",
    ]
    assert not screen_red_flags({RedFlag.LONG_TERM_STEROIDS}).allows_plan


def test_it_gives_a_plan_only_when_ok_or_with_a_caution():
    assert [s for s in Status if s.allows_plan] == [Status.OK, Status.CAUTION]
