import pytest
from pydantic import ValidationError

from backcoach.core.library import Dose
from backcoach.core.library.describe import dose_text, frequency_text, seconds_text


def test_it_writes_seconds_and_minutes_plainly() -> None:
    assert seconds_text(45) == "45 s"
    assert seconds_text(120) == "2 min"
    assert seconds_text(90) == "1 min 30 s"


def test_it_describes_repetitions_holds_and_sides() -> None:
    dose = Dose(sets=3, reps=5, hold_s=2, rest_s=30)
    assert dose_text(dose) == "3 x 5 reps, hold 2 s, rest 30 s between sets"
    assert dose_text(Dose(reps=10, per_side=True)) == "10 reps, each side"


def test_it_describes_continuous_bouts_and_pyramids() -> None:
    assert dose_text(Dose(sets=5, hold_s=20, rest_s=15)) == "5 x 20 s, rest 15 s between sets"
    assert dose_text(Dose(hold_s=120)) == "2 min"
    pyramid = Dose(sets=3, reps=5, reps_by_set=(5, 3, 1), hold_s=10, per_side=True, rest_s=10)
    assert dose_text(pyramid) == "5-3-1 reps, hold 10 s, each side, rest 10 s between sets"


def test_it_describes_frequencies() -> None:
    assert frequency_text(2, None) == "2 times a day"
    assert frequency_text(None, 7) == "every day"
    assert frequency_text(None, 1) == "once a week"


def test_it_refuses_a_rest_that_no_set_follows() -> None:
    with pytest.raises(ValidationError, match="rest_s is the rest between sets"):
        Dose(reps=3, hold_s=10, rest_s=20)
