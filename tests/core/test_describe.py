import pytest
from pydantic import ValidationError

from backcoach.core.library import Dose, load_library
from backcoach.core.library.describe import (
    TAG_WORDS,
    dose_text,
    frequency_text,
    not_for,
    seconds_text,
)
from backcoach.core.profile import BONE_PRECAUTION_AGE, OLDER_ADULT_AGE
from backcoach.core.vocab import AVOID_TAGS


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


def test_it_says_who_an_exercise_is_not_for_in_plain_words_with_the_do_not_rules():
    library = load_library()
    crunch = not_for(library.exercise("crunch"), library)
    # Its own exclusions and those of the do-not rule against sit-ups, past injury included.
    assert "an old back injury" in crunch
    assert "a disc hernia" in crunch
    assert not any("_" in words for words in crunch)


def test_it_words_the_age_tags_with_the_profile_s_ages():
    assert str(OLDER_ADULT_AGE) in TAG_WORDS["older_adult"]
    assert str(BONE_PRECAUTION_AGE) in TAG_WORDS["osteoporosis"]
    assert set(TAG_WORDS) >= AVOID_TAGS
