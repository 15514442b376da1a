import html
import os
import re

from django.test import Client
from django.urls import reverse

from backcoach.cli.assess import Questions, red_flags
from backcoach.cli.terminal import Input
from backcoach.core.questions import (
    CONDITION_INTRO,
    CONDITION_QUESTIONS,
    LEG_SYMPTOMS,
    LEG_SYMPTOMS_QUESTION,
    RED_FLAG_INTRO,
    RED_FLAG_QUESTIONS,
    Question,
)
from backcoach.core.screening import EMERGENCY_SIGNS
from backcoach.core.vocab import Condition, RedFlag
from backcoach.web.coach.forms_intake import ConditionsForm, RedFlagsForm
from backcoach.web.coach.models import Intake
from tests.web.intake import MARIA_ANSWERS, answer_intake, maria_answers

NO_LEGS = {"leg_symptoms": "none"}


def test_it_sends_a_new_person_to_the_intake(maria_client):
    response = maria_client.get(reverse("plan"))
    assert response["Location"] == reverse("intake")


def test_it_asks_red_flags_first(maria_client):
    page = maria_client.get(reverse("intake"), follow=True)
    assert b"Warning signs" in page.content
    assert html.escape(RED_FLAG_QUESTIONS[RedFlag.SADDLE_NUMBNESS].text).encode() in page.content
    assert html.escape(LEG_SYMPTOMS_QUESTION.text).encode() in page.content


def test_it_records_the_profile_and_makes_a_plan(maria_client, maria):
    response = answer_intake(maria_client)
    assert response["Location"] == reverse("plan")
    intake = Intake.objects.get(user=maria)
    assert intake.status == "ok"
    assert intake.profile["minutes_per_day"] == 20
    assert (intake.profile["leg_symptoms"], intake.profile["clinician_clearance"]) == ("none", [])
    plan = maria_client.get(reverse("plan"))
    assert b"Today" in plan.content
    assert b"Start this session" in plan.content


def test_it_names_the_emergency_signs_with_the_plan(maria_client):
    answer_intake(maria_client)
    page = maria_client.get(reverse("plan")).content.decode()
    assert "Start this session" in page
    assert page.count(html.escape(EMERGENCY_SIGNS)) == 1  # in the plan, not again in the footer


def test_it_stops_at_a_red_flag_with_an_urgent_page_and_no_plan(maria_client, maria):
    maria_client.get(reverse("intake"))
    response = maria_client.post(
        reverse("intake_step", args=["red-flags"]),
        {"red_flags": ["saddle_numbness"], **NO_LEGS},
    )
    assert response["Location"] == reverse("plan")
    assert Intake.objects.get(user=maria).status == "urgent"
    page = maria_client.get(reverse("plan"))
    assert b"Get medical care today" in page.content
    assert b"Start this session" not in page.content
    assert maria_client.get(reverse("play", args=["2026-01-01", 0]))["Location"] == reverse("plan")


def test_it_ends_the_intake_as_urgent_for_symptoms_in_both_legs(maria_client, maria):
    maria_client.get(reverse("intake"))
    response = maria_client.post(
        reverse("intake_step", args=["red-flags"]), {"leg_symptoms": "both_legs"}
    )
    assert response["Location"] == reverse("plan")
    intake = Intake.objects.get(user=maria)
    assert (intake.status, intake.profile["leg_symptoms"]) == ("urgent", "both_legs")
    page = maria_client.get(reverse("plan")).content.decode()
    assert "Get medical care today" in page
    assert "in both legs" in page
    assert "Start this session" not in page


def test_it_asks_where_the_legs_hurt_before_going_on(maria_client, maria):
    maria_client.get(reverse("intake"))
    response = maria_client.post(reverse("intake_step", args=["red-flags"]), {})
    assert response.status_code == 200
    assert b"This field is required" in response.content
    assert not Intake.objects.filter(user=maria).exists()


def test_it_sends_a_contraindication_to_the_doctor_first(maria_client, maria):
    tumour = {"conditions": {"conditions": ["malignant_tumour"]}, "clearance": {}}
    answer_intake(maria_client, maria_answers(tumour))
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
    maria_client.post(reverse("intake_step", args=["red-flags"]), NO_LEGS)
    response = maria_client.get(reverse("intake_step", args=["routine"]))
    assert response["Location"] == reverse("intake_step", args=["conditions"])


def test_it_asks_about_every_red_flag_and_condition_of_the_vocabulary():
    # A flag or condition added to core must be asked, or a person could get a plan without it.
    asked_flags = RedFlagsForm().fields["red_flags"].choices  # type: ignore[attr-defined]
    asked_conditions = ConditionsForm().fields["conditions"].choices  # type: ignore[attr-defined]
    assert {value for value, _ in asked_flags} == {f.value for f in RedFlag}
    assert {value for value, _ in asked_conditions} == {c.value for c in Condition}


CHOICE = re.compile(
    r'<label for="id_(?P<field>\w+)_\d+"><input[^>]*> '
    r"<span>(?P<text>[^<]*?)(?: <small>(?P<help>[^<]*)</small>)?</span></label>"
)


def shown_choices(page: str, field: str) -> list[Question]:
    """The choices of `field` as the page shows them: each label's text and its help."""
    return [
        Question(html.unescape(m["text"]), html.unescape(m["help"] or ""))
        for m in CHOICE.finditer(page)
        if m["field"] == field
    ]


def ask_red_flags_in_the_terminal() -> None:
    """Runs `backcoach assess`'s warning signs in this process, answered all no."""
    read, write = os.pipe()
    os.write(write, b"n\n" * len(RED_FLAG_QUESTIONS) + b"1\n")
    os.close(write)
    try:
        red_flags(Questions(Input(read)), {})
    finally:
        os.close(read)


def test_it_words_the_questions_as_core_does_with_their_help(maria_client):
    page = maria_client.get(reverse("intake"), follow=True).content.decode()
    assert shown_choices(page, "red_flags") == list(RED_FLAG_QUESTIONS.values())
    legs = [Question(label) for label in LEG_SYMPTOMS.values()]
    assert shown_choices(page, "leg_symptoms") == legs
    for text in (RED_FLAG_INTRO, LEG_SYMPTOMS_QUESTION.text, LEG_SYMPTOMS_QUESTION.help):
        assert html.escape(text) in page
    maria_client.post(reverse("intake_step", args=["red-flags"]), NO_LEGS)
    page = maria_client.get(reverse("intake_step", args=["conditions"])).content.decode()
    assert shown_choices(page, "conditions") == list(CONDITION_QUESTIONS.values())
    assert html.escape(CONDITION_INTRO) in page


def test_the_terminal_and_the_web_ask_the_same_warning_signs(maria_client, capsys):
    page = maria_client.get(reverse("intake"), follow=True).content.decode()
    ask_red_flags_in_the_terminal()
    printed = capsys.readouterr().out
    for q in shown_choices(page, "red_flags"):
        asked = f"  ({q.help})\n{q.text}? [y/N]" if q.help else f"{q.text}? [y/N]"
        assert asked in printed
    for q in shown_choices(page, "leg_symptoms"):
        assert f". {q.text}\n" in printed


def test_it_tells_an_older_person_what_the_plan_leaves_out_without_a_warning(maria_client):
    answers = maria_answers({"pain": {"age": 67, "phase": "remission", "pain_now": 3}})
    answer_intake(maria_client, answers)
    page = maria_client.get(reverse("plan")).content.decode()
    assert "Good to know" in page
    assert "deep squats" in page
    assert "Take care" not in page


def test_it_ends_the_intake_at_the_pain_step_when_pain_rules_out_a_plan(maria_client, maria):
    maria_client.get(reverse("intake"))
    maria_client.post(reverse("intake_step", args=["red-flags"]), {"leg_symptoms": "none"})
    maria_client.post(reverse("intake_step", args=["conditions"]), {})
    pain = {"age": 44, "phase": "remission", "pain_now": 8}
    response = maria_client.post(reverse("intake_step", args=["pain"]), pain)
    assert response["Location"] == reverse("plan")
    page = maria_client.get(reverse("plan")).content.decode()
    assert "No exercise plan today" in page
    assert "See a doctor before you start" not in page
