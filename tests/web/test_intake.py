from django.test import Client
from django.urls import reverse

from backcoach.core.vocab import Condition, RedFlag
from backcoach.web.coach.forms_intake import CONDITIONS, RED_FLAGS
from backcoach.web.coach.models import Intake
from tests.web.intake import MARIA_ANSWERS, answer_intake


def test_it_sends_a_new_person_to_the_intake(maria_client):
    response = maria_client.get(reverse("plan"))
    assert response["Location"] == reverse("intake")


def test_it_asks_red_flags_first(maria_client):
    page = maria_client.get(reverse("intake"), follow=True)
    assert b"Warning signs" in page.content
    assert b"saddle area" in page.content


def test_it_records_the_profile_and_makes_a_plan(maria_client, maria):
    response = answer_intake(maria_client)
    assert response["Location"] == reverse("plan")
    intake = Intake.objects.get(user=maria)
    assert intake.status == "ok"
    assert intake.profile["minutes_per_day"] == 20
    plan = maria_client.get(reverse("plan"))
    assert b"Today" in plan.content
    assert b"Start this session" in plan.content


def test_it_stops_at_a_red_flag_with_an_urgent_page_and_no_plan(maria_client, maria):
    maria_client.get(reverse("intake"))
    response = maria_client.post(
        reverse("intake_step", args=["red-flags"]), {"red_flags": ["saddle_numbness"]}
    )
    assert response["Location"] == reverse("plan")
    assert Intake.objects.get(user=maria).status == "urgent"
    page = maria_client.get(reverse("plan"))
    assert b"Get medical care today" in page.content
    assert b"Start this session" not in page.content
    assert maria_client.get(reverse("play", args=["2026-01-01", 0]))["Location"] == reverse("plan")


def test_it_sends_a_contraindication_to_the_doctor_first(maria_client, maria):
    answers = [(s, d) for s, d in MARIA_ANSWERS]
    answers[1] = ("conditions", {"conditions": ["malignant_tumour"]})
    answer_intake(maria_client, answers)
    assert Intake.objects.get(user=maria).status == "see_doctor"
    page = maria_client.get(reverse("plan"))
    assert b"See a doctor before you start" in page.content


def test_it_refuses_a_pain_outside_the_scale(maria_client):
    answer_intake(maria_client, MARIA_ANSWERS[:2])
    response = maria_client.post(
        reverse("intake_step", args=["pain"]), {"age": 44, "phase": "remission", "pain_now": 12}
    )
    assert response.status_code == 200
    assert b"Select a valid choice" in response.content


def test_it_lets_the_intake_be_redone(maria_client, maria):
    answer_intake(maria_client)
    answer_intake(maria_client)
    assert Intake.objects.filter(user=maria).count() == 2


def test_it_needs_a_login(db):
    assert Client().get(reverse("intake"))["Location"].startswith(reverse("login"))


def test_it_never_skips_the_warning_signs(maria_client, maria):
    # Posting the later steps directly, without answering the red flags, must not make a plan.
    maria_client.get(reverse("intake"))
    for step, data in MARIA_ANSWERS[1:]:
        response = maria_client.post(reverse("intake_step", args=[step]), data)
        assert response["Location"] == reverse("intake_step", args=["red-flags"])
    assert not Intake.objects.filter(user=maria).exists()


def test_it_sends_a_person_back_to_the_first_unanswered_step(maria_client):
    maria_client.get(reverse("intake"))
    maria_client.post(reverse("intake_step", args=["red-flags"]), {})
    response = maria_client.get(reverse("intake_step", args=["routine"]))
    assert response["Location"] == reverse("intake_step", args=["conditions"])


def test_it_asks_about_every_red_flag_and_condition_of_the_vocabulary():
    # A flag or condition added to core must be asked, or a person could get a plan without it.
    assert set(RED_FLAGS) == set(RedFlag)
    assert set(CONDITIONS) == set(Condition)
