import json

import pytest

from backcoach.core.profile import DEFAULT_EQUIPMENT, Profile, ProfileError, parse_profile
from backcoach.core.vocab import Condition, Phase, Situation

MINIMAL = {"age": 40, "pain_now": 3, "phase": "remission"}


def test_it_fills_the_defaults_of_the_issue():
    p = parse_profile(MINIMAL)
    assert p.situation is Situation.NO_INJURY
    assert p.workday == "mixed"
    assert p.equipment == DEFAULT_EQUIPMENT
    assert p.minutes_per_day == 15
    assert p.level == "beginner"


def test_it_parses_json_text_and_bytes():
    text = json.dumps(MINIMAL)
    assert parse_profile(text) == parse_profile(text.encode()) == parse_profile(MINIMAL)


def test_it_turns_pregnancy_into_a_condition_tag():
    p = parse_profile({**MINIMAL, "pregnant": True, "conditions": ["diabetes"]})
    assert p.all_conditions == {Condition.PREGNANCY, Condition.DIABETES}
    assert p.tags == {"remission", "no_injury", "pregnancy", "diabetes"}


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ("{not json", "profile", "not valid JSON"),
        ("[1, 2]", "profile", "JSON object"),
        ({"pain_now": 3, "phase": "acute"}, "age", "required"),
        ({**MINIMAL, "age": 15}, "age", "greater than or equal to 16"),
        ({**MINIMAL, "age": "40"}, "age", "integer"),
        ({**MINIMAL, "pain_now": 11}, "pain_now", "less than or equal to 10"),
        ({**MINIMAL, "phase": "chronic"}, "phase", "'acute' or 'remission'"),
        ({**MINIMAL, "conditions": ["diabetes", "flu"]}, "conditions", "item 2"),
        ({**MINIMAL, "conditions": "diabetes"}, "conditions", "list"),
        ({**MINIMAL, "equipment": ["trampoline"]}, "equipment", "item 1"),
        ({**MINIMAL, "minutes_per_day": 4}, "minutes_per_day", "greater than or equal to 5"),
        ({**MINIMAL, "pregnant": "yes"}, "pregnant", "boolean"),
        ({**MINIMAL, "colour": "blue"}, "colour", "unknown field"),
    ],
)
def test_it_names_the_field_of_a_bad_value(data, field, words):
    with pytest.raises(ProfileError) as raised:
        parse_profile(data)
    assert raised.value.field == field
    assert words in str(raised.value)
    assert str(raised.value).startswith(f"{field}: ")
    assert "\n" not in str(raised.value)


def test_it_is_frozen():
    p = parse_profile(MINIMAL)
    with pytest.raises(ValueError, match="frozen"):
        p.age = 50  # type: ignore[misc]


def test_it_round_trips_through_its_dict():
    p = parse_profile({**MINIMAL, "phase": "acute", "red_flags": ["fever"]})
    assert p.phase is Phase.ACUTE
    assert Profile.model_validate(p.to_dict()) == p
