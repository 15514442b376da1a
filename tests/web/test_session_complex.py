"""A saved session names the complex it ran, and the planner counts sessions by complex (a
month of the main complex opens the harder level): the server checks the complex against the
library, and that the session's exercises are ones that complex can hold."""

from datetime import UTC, date, datetime

from backcoach.core.planning import PlanItem, complex_session
from backcoach.core.profile import parse_profile
from backcoach.core.records import ExerciseResult, SessionRecord, Target
from backcoach.web.coach.library import library
from backcoach.web.coach.models import SessionLog
from tests.web.sessions import bird_dog, older_page_body, played, post_session, session_body


def test_it_refuses_a_complex_the_library_does_not_have(maria_client, maria):
    response = post_session(maria_client, session_body(complex_id="flying-carpet"))
    assert response.status_code == 400
    assert response.json()["error"] == "complex_id: unknown complex 'flying-carpet'"
    assert not SessionLog.objects.filter(user=maria).exists()


def test_it_refuses_an_exercise_the_complex_does_not_hold(maria_client, maria):
    toe_grip = PlanItem.from_dose("toe-grip", library().exercise("toe-grip").dose, "")
    body = session_body(complex_id="feet", **played([toe_grip, bird_dog()]))
    response = post_session(maria_client, body)
    assert response.status_code == 400
    assert response.json()["error"] == "items.1.exercise: 'bird-dog' is not in the complex 'feet'"
    older = older_page_body(complex_id="feet")
    response = post_session(maria_client, older)
    assert response.status_code == 400
    assert response.json()["error"] == (
        "results.0.exercise: 'bird-dog' is not in the complex 'feet'"
    )
    assert not SessionLog.objects.filter(user=maria).exists()
    ok = post_session(maria_client, session_body(complex_id="lying"))  # bird-dog is in it
    assert ok.status_code == 201
    assert SessionLog.objects.get(user=maria).complex_id == "lying"


def test_it_takes_the_gentler_variant_the_plan_puts_in_a_complex(maria_client, maria):
    # Two painful sessions in a row with the bird dog: core's plan swaps in its regression.
    def painful(day: int) -> SessionRecord:
        done = ExerciseResult("bird-dog", Target(3, 8, 10), 8, 10, 3)
        when = datetime(2026, 3, day, 8, tzinfo=UTC)
        return SessionRecord(f"s{day}", when, "Lying", 2, pain_after=4, results=(done,))

    profile = parse_profile({"age": 40, "pain_now": 2, "phase": "remission"})
    history = [painful(2), painful(3)]
    planned = complex_session(profile, "lying", history=history, start=date(2026, 3, 4))
    exercises = [i.exercise for i in planned.items]
    assert "bird-dog" not in exercises
    assert "all-fours-leg-swings" in exercises
    body = session_body(complex_id="lying", **played(list(planned.items)))
    assert post_session(maria_client, body).status_code == 201
