"""A broken content file fails the load with the file name and the field at fault."""

from pathlib import Path

import pytest

from backcoach.core.library import ContentError, load_from


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_it_names_the_file_and_field_of_a_bad_value(content_copy: Path) -> None:
    _edit(content_copy / "exercises" / "bird-dog.toml", "hold_s = 10", "hold_s = -4")
    with pytest.raises(ContentError, match=r"exercises/bird-dog\.toml: dose\.hold_s: "):
        load_from(content_copy)


def test_it_bounds_each_set_of_a_reps_by_set_dose(content_copy: Path) -> None:
    # The same bounds as `reps`: a session's timeline has one step per repetition.
    _edit(content_copy / "exercises" / "bird-dog.toml", "[5, 3, 1]", "[5, 3, 6000]")
    with pytest.raises(ContentError, match=r"bird-dog\.toml: dose\.reps_by_set\.2: "):
        load_from(content_copy)


def test_it_rejects_an_unknown_avoid_tag(content_copy: Path) -> None:
    _edit(content_copy / "exercises" / "bird-dog.toml", '"acute"]', '"acute", "sciatica"]')
    with pytest.raises(
        ContentError, match=r"bird-dog\.toml: avoid_when\.1: .*unknown tag 'sciatica'"
    ):
        load_from(content_copy)


def test_it_rejects_unknown_equipment(content_copy: Path) -> None:
    _edit(
        content_copy / "exercises" / "bird-dog.toml", 'equipment = ["mat"]', 'equipment = ["sofa"]'
    )
    with pytest.raises(ContentError, match=r"bird-dog\.toml: equipment\.0: "):
        load_from(content_copy)


def test_it_rejects_malformed_toml(content_copy: Path) -> None:
    (content_copy / "exercises" / "bird-dog.toml").write_text('id = "bird-dog\n')
    with pytest.raises(ContentError, match=r"bird-dog\.toml: not valid TOML"):
        load_from(content_copy)


def test_it_rejects_an_id_that_differs_from_the_file_name(content_copy: Path) -> None:
    _edit(content_copy / "exercises" / "bird-dog.toml", 'id = "bird-dog"', 'id = "bird-cat"')
    with pytest.raises(ContentError, match=r"bird-dog\.toml: id 'bird-cat' does not match"):
        load_from(content_copy)


def test_it_rejects_a_progression_to_a_missing_exercise(content_copy: Path) -> None:
    _edit(content_copy / "exercises" / "bird-dog.toml", "progressions = []", 'progressions = ["x"]')
    with pytest.raises(ContentError, match=r"bird-dog\.toml: progressions: unknown exercise 'x'"):
        load_from(content_copy)


def test_it_rejects_a_complex_naming_a_missing_exercise(content_copy: Path) -> None:
    _edit(content_copy / "complexes" / "feet.toml", '"toe-grip"', '"toe-grab"')
    with pytest.raises(ContentError, match=r"complexes/feet\.toml: exercises: unknown .*toe-grab"):
        load_from(content_copy)


def test_it_names_the_rule_file_of_a_bad_rule(content_copy: Path) -> None:
    _edit(content_copy / "rules" / "frequencies.toml", "per_week = 2", "per_week = 9")
    with pytest.raises(ContentError, match=r"rules/frequencies\.toml: items\.1\.per_week: "):
        load_from(content_copy)


def test_it_rejects_an_uncited_seed_file(content_copy: Path) -> None:
    _edit(content_copy / "exercises" / "bird-dog.toml", "004_781f8cbfcc946f08.txt", "005.txt")
    with pytest.raises(
        ContentError, match=r"bird-dog\.toml: sources\.0\.seed: .*unknown seed file"
    ):
        load_from(content_copy)
