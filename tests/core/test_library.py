"""The whole library loads, is internally consistent and covers every seed."""

from backcoach.core.library import Library, load_library
from backcoach.core.planning.harder import DEADLIFT_TACTIC, MAIN_FIRST_TACTIC
from backcoach.core.progression import DROP_TACTIC, REST_TACTIC
from backcoach.core.vocab import SEED_FILES, Condition, Level, Purpose
from tests.core.strategies import CAUTIONS

REQUIRED_COMPLEXES = {
    "feet", "acute-relief", "relaxation", "yoga-stretching", "yoga-strengthening", "twists",
    "preparatory", "main-abs", "main-back", "harder", "office", "on-your-feet",
    "hernia-gentle", "lying", "pinched", "strengthening", "beginners", "mcgill-big-three",
}  # fmt: skip
RELIEF_PURPOSES = {Purpose.RELIEF, Purpose.RELAXATION, Purpose.BREATHING, Purpose.STRETCH}


def test_it_loads_every_exercise_complex_and_rule(library: Library) -> None:
    assert len(library.exercises) >= 70
    assert library.complexes.keys() >= REQUIRED_COMPLEXES
    rules = library.rules
    kinds = {r.kind for r in rules.conditions}
    assert kinds == {"contraindication", "caution"}
    # The six of seed 004, and a heart condition (PAR-Q+).
    assert len([r for r in rules.conditions if r.kind == "contraindication"]) == 7
    assert {r.condition for r in rules.conditions} == set(Condition)
    assert rules.do_not
    assert rules.general
    assert rules.frequencies
    assert rules.load_tactics


def test_it_loads_once_per_process() -> None:
    assert load_library() is load_library()


def test_it_cites_every_seed_file(library: Library) -> None:
    cited = {s.seed for e in library.exercises.values() for s in e.sources}
    cited |= {s.seed for c in library.complexes.values() for s in c.sources}
    assert set(SEED_FILES) <= cited


def test_it_links_progressions_both_ways(library: Library) -> None:
    for e in library.exercises.values():
        for harder in e.progressions:
            assert e.id in library.exercises[harder].regressions, (e.id, harder)
        for easier in e.regressions:
            assert e.id in library.exercises[easier].progressions, (e.id, easier)


def test_it_keeps_complexes_within_their_situations(library: Library) -> None:
    for c in library.complexes.values():
        for exercise_id in c.exercises:
            assert exercise_id in library.exercises, (c.id, exercise_id)


def test_it_offers_only_gentle_relief_in_the_acute_complex(library: Library) -> None:
    for exercise_id in library.complex("acute-relief").exercises:
        e = library.exercises[exercise_id]
        assert e.level is Level.GENTLE, e.id
        assert "acute" not in e.avoid_when, e.id
        assert RELIEF_PURPOSES & set(e.purpose), e.id


def test_it_keeps_every_harder_exercise_out_of_a_flare(library: Library) -> None:
    for e in library.exercises.values():
        if e.level is Level.HARDER:
            assert "acute" in e.avoid_when, e.id


def test_it_bars_superman_type_lifts_with_a_hernia(library: Library) -> None:
    # McGill's warning (seed 004) against the "Superman" arch and twisting crunches.
    for exercise_id in ("boat", "frozen-fish", "cross-crunch"):
        assert "hernia" in library.exercises[exercise_id].avoid_when


def test_it_only_names_library_exercises_in_rules(library: Library) -> None:
    for rule in library.rules.do_not:
        assert set(rule.exercises) <= library.exercises.keys(), rule.id


def test_it_has_the_cautions_the_property_tests_draw_from(library: Library) -> None:
    cautions = {r.condition for r in library.rules.conditions if r.kind == "caution"}
    assert cautions == set(CAUTIONS)


def test_it_reads_every_load_tactic_not_marked_as_advice(library: Library) -> None:
    # The tactics the engine reads, by the names its code looks them up under...
    read = {MAIN_FIRST_TACTIC, DEADLIFT_TACTIC, DROP_TACTIC, REST_TACTIC}
    assert read == {"main-complex-first", "deadlift-after-hyperextension",
                    "sharp-pain-wait-a-month", "rest-after-soreness"}  # fmt: skip
    assert {t.id for t in library.rules.load_tactics if not t.advice_only} == read
    # ...and the advice that the doses and texts follow, which no code reads.
    assert {t.id for t in library.rules.load_tactics if t.advice_only} == {
        "start-at-ten", "hold-longer-at-the-top", "leg-raise-ladder", "crunch-ladder",
        "hyperextension-weight", "wall-posture-minutes", "knee-raise-weight", "longer-and-more",
    }  # fmt: skip
