"""Intakes stored before the questions on the legs and on clearances still load: their profile
JSON lacks `leg_symptoms` and `clinician_clearance`, which take core's defaults."""

from django.urls import reverse
from django.utils import timezone

from backcoach.web.coach.models import Intake

# Maria's intake as the web app stored it before those questions (every field it then had).
OLD_PROFILE = {
    "age": 44,
    "pain_now": 3,
    "phase": "remission",
    "situation": "no_injury",
    "pregnant": False,
    "conditions": [],
    "red_flags": [],
    "workday": "sitting",
    "equipment": ["mat", "chair", "wall", "pillow", "towel"],
    "minutes_per_day": 20,
    "level": "beginner",
}


def test_it_shows_the_plan_of_an_intake_stored_before_the_new_questions(maria_client, maria):
    Intake.objects.create(
        user=maria, start_date=timezone.localdate(), profile=OLD_PROFILE, status="ok", reasons=[]
    )
    page = maria_client.get(reverse("plan"))
    assert page.status_code == 200
    assert b"Start this session" in page.content
    assert b"Cleared by a clinician" not in page.content


def test_it_shows_the_doctor_page_of_an_old_intake_stopped_at_a_red_flag(maria_client, maria):
    reason = {"code": "red_flag_cancer_history", "message": "After cancer ...", "action": "Book."}
    Intake.objects.create(
        user=maria,
        start_date=timezone.localdate(),
        profile={"red_flags": ["cancer_history"]},
        status="see_doctor",
        reasons=[reason],
    )
    page = maria_client.get(reverse("plan")).content.decode()
    assert "See a doctor before you start" in page
    assert "After cancer ..." in page
