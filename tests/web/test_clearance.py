"""A clinician's clearance: asked right after the answer that needs one, stored, shown on the
plan page, exported, and withdrawn, which screens the person again. Emergencies are never
cleared. Ines is pregnant and her midwife has cleared her; Maria had cancer years ago."""

import html
import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from backcoach.core.questions import CLEARANCE_QUESTION, CONDITION_QUESTIONS, RED_FLAG_QUESTIONS
from backcoach.core.vocab import Condition, RedFlag
from backcoach.web.coach.models import Clearance, Intake
from tests.web.conftest import PASSWORD
from tests.web.intake import answer_intake, cleared, maria_answers

CANCER = {"red_flags": ["cancer_history"], "leg_symptoms": "none"}
PREGNANCY = CONDITION_QUESTIONS[Condition.PREGNANCY].text


def a_month_ago() -> date:
    return timezone.localdate() - timedelta(days=30)


def cleared_pregnancy(client, by: str = "Dr Ana Silva, midwife") -> None:
    pregnant = {"conditions": ["pregnancy"]}
    clearance = cleared("pregnancy", a_month_ago(), by)
    answer_intake(client, maria_answers({"conditions": pregnant, "clearance": clearance}))


def step(client, name: str, data: Mapping[str, Any]):
    return client.post(reverse("intake_step", args=[name]), data)


def test_it_asks_about_a_clearance_right_after_a_sign_a_clinician_may_clear(maria_client, maria):
    maria_client.get(reverse("intake"))
    response = step(maria_client, "red-flags", CANCER)
    assert response["Location"] == reverse("intake_step", args=["red-flag-clearance"])
    page = maria_client.get(response["Location"]).content.decode()
    assert "Question 2 of 6" in page
    assert html.escape(RED_FLAG_QUESTIONS[RedFlag.CANCER_HISTORY].text) in page
    assert html.escape(CLEARANCE_QUESTION.text) in page
    assert html.escape(CLEARANCE_QUESTION.help) in page
    words = re.sub(r"<[^>]*>", " ", page)
    assert "cancer_history" not in words
    assert "cancer history" not in words.lower()
    assert not Intake.objects.filter(user=maria).exists()


def test_it_makes_no_plan_for_a_sign_nobody_has_cleared(maria_client, maria):
    maria_client.get(reverse("intake"))
    step(maria_client, "red-flags", CANCER)
    response = step(maria_client, "red-flag-clearance", {})
    assert response["Location"] == reverse("plan")
    intake = Intake.objects.get(user=maria)
    assert intake.status == "see_doctor"
    assert intake.profile == {
        "red_flags": ["cancer_history"],
        "leg_symptoms": "none",
        "clinician_clearance": [],
    }
    page = maria_client.get(reverse("plan")).content.decode()
    assert "See a doctor before you start" in page
    assert "Start this session" not in page


def test_it_goes_on_with_a_sign_a_clinician_has_cleared(maria_client, maria):
    answers = maria_answers(
        {"red-flags": CANCER, "red-flag-clearance": cleared("cancer_history", a_month_ago())}
    )
    answer_intake(maria_client, answers)
    intake = Intake.objects.get(user=maria)
    assert (intake.status, intake.profile["clinician_clearance"]) == ("caution", ["cancer_history"])
    assert b"Start this session" in maria_client.get(reverse("plan")).content


def test_it_offers_no_clearance_for_an_emergency(maria_client, maria):
    maria_client.get(reverse("intake"))
    response = step(maria_client, "red-flags", {**CANCER, "leg_symptoms": "both_legs"})
    assert response["Location"] == reverse("plan")
    assert Intake.objects.get(user=maria).status == "urgent"
    page = maria_client.get(reverse("intake_step", args=["red-flag-clearance"]))
    assert page.status_code == 302  # the intake is over: it starts again from the first step


def test_it_asks_about_a_minor_fall_only_when_weak_bones_make_it_matter(maria_client, maria):
    fall = {"red_flags": ["minor_trauma"], "leg_symptoms": "none"}
    maria_client.get(reverse("intake"))
    assert step(maria_client, "red-flags", fall)["Location"] == reverse(
        "intake_step", args=["conditions"]
    )
    answer_intake(maria_client, maria_answers({"red-flags": fall}))  # 44: no clearance step
    assert Intake.objects.get(user=maria).status == "ok"
    older = {"age": 72, "phase": "remission", "pain_now": 3}
    maria_client.get(reverse("intake"))
    for name, data in maria_answers({"red-flags": fall, "pain": older})[:3]:
        step(maria_client, name, data)
    page = maria_client.get(reverse("intake_step", args=["clearance"])).content.decode()
    assert html.escape(RED_FLAG_QUESTIONS[RedFlag.MINOR_TRAUMA].text) in page
    answers: dict[str, dict[str, Any]] = {"red-flags": fall, "pain": older, "clearance": {}}
    answer_intake(maria_client, maria_answers(answers))
    assert Intake.objects.filter(user=maria).latest("pk").status == "see_doctor"
    answers["clearance"] = cleared("minor_trauma", a_month_ago())
    answer_intake(maria_client, maria_answers(answers))
    latest = Intake.objects.filter(user=maria).latest("pk")
    assert (latest.status, latest.profile["clinician_clearance"]) == ("caution", ["minor_trauma"])


def test_it_needs_the_date_of_a_clearance_and_not_one_in_the_future(maria_client, maria):
    maria_client.get(reverse("intake"))
    step(maria_client, "red-flags", CANCER)
    no_date = step(maria_client, "red-flag-clearance", {"cancer_history-cleared": "on"})
    assert b"Give the date they cleared you." in no_date.content
    tomorrow = timezone.localdate() + timedelta(days=2)
    future = step(maria_client, "red-flag-clearance", cleared("cancer_history", tomorrow))
    assert b"The date cannot be in the future." in future.content
    too_long = cleared("cancer_history", a_month_ago(), "x" * 101)
    assert step(maria_client, "red-flag-clearance", too_long).status_code == 200
    assert not Intake.objects.filter(user=maria).exists()


def test_a_cleared_pregnancy_gives_a_plan_with_care_and_shows_the_clearance(maria_client, maria):
    cleared_pregnancy(maria_client)
    intake = Intake.objects.get(user=maria)
    assert intake.status == "caution"
    assert (intake.profile["pregnant"], intake.profile["clinician_clearance"]) == (
        True,
        ["pregnancy"],
    )
    clearance = Clearance.objects.get(user=maria)
    assert (clearance.tag, clearance.cleared_on) == ("pregnancy", a_month_ago())
    page = maria_client.get(reverse("plan")).content.decode()
    assert "Start this session" in page
    assert "Take care" in page
    assert "Cleared by a clinician" in page
    assert f'<strong id="clearance-{clearance.pk}">{PREGNANCY}</strong>' in page
    assert a_month_ago().strftime("%-d %B %Y") in page
    assert "Dr Ana Silva, midwife" in page
    assert "cleared_pregnancy" not in page
    assert "clinician_clearance" not in page


def test_withdrawing_a_clearance_sends_to_the_doctor_again(maria_client, maria):
    cleared_pregnancy(maria_client)
    assert b"Start this session" in maria_client.get(reverse("plan")).content  # now kept
    clearance = Clearance.objects.get(user=maria)
    response = maria_client.post(reverse("clearance_withdraw", args=[clearance.pk]))
    assert response["Location"] == reverse("plan")
    clearance.refresh_from_db()
    assert clearance.withdrawn_at is not None
    latest = Intake.objects.filter(user=maria).latest("created_at", "pk")
    assert (latest.status, latest.profile["clinician_clearance"]) == ("see_doctor", [])
    assert latest.profile["pregnant"] is True
    page = maria_client.get(reverse("plan")).content.decode()
    assert "See a doctor before you start" in page
    assert "Start this session" not in page
    # A second press changes nothing more.
    maria_client.post(reverse("clearance_withdraw", args=[clearance.pk]))
    assert Intake.objects.filter(user=maria).count() == 2


def test_nobody_else_can_withdraw_a_clearance(maria_client, maria, tom_client):
    cleared_pregnancy(maria_client)
    clearance = Clearance.objects.get(user=maria)
    response = tom_client.post(reverse("clearance_withdraw", args=[clearance.pk]))
    assert response.status_code == 404
    clearance.refresh_from_db()
    assert clearance.withdrawn_at is None
    assert Intake.objects.filter(user=maria).count() == 1
    assert tom_client.get(reverse("clearance_withdraw", args=[clearance.pk])).status_code == 404


def test_it_asks_before_withdrawing_and_says_what_it_means(maria_client, maria):
    cleared_pregnancy(maria_client)
    clearance = Clearance.objects.get(user=maria)
    url = reverse("clearance_withdraw", args=[clearance.pk])
    assert f'href="{url}"' in maria_client.get(reverse("plan")).content.decode()
    page = maria_client.get(url).content.decode()
    assert "Withdraw this clearance?" in page
    assert PREGNANCY in page
    clearance.refresh_from_db()
    assert clearance.withdrawn_at is None  # looking changes nothing


def test_a_new_intake_keeps_only_the_clearances_it_confirms(maria_client, maria):
    cleared_pregnancy(maria_client)
    first = Clearance.objects.get(user=maria)
    cleared_pregnancy(maria_client)  # confirmed again as it was: the same record
    assert list(Clearance.objects.filter(user=maria)) == [first]
    cleared_pregnancy(maria_client, by="Dr Rui Costa")  # someone else cleared her since
    active = Clearance.objects.get(user=maria, withdrawn_at__isnull=True)
    assert (active.pk != first.pk, active.cleared_by) == (True, "Dr Rui Costa")
    answer_intake(maria_client)  # no longer pregnant
    assert not Clearance.objects.filter(user=maria, withdrawn_at__isnull=True).exists()
    assert Clearance.objects.filter(user=maria).count() == 2
    assert b"Cleared by a clinician" not in maria_client.get(reverse("plan")).content


def test_it_exports_the_clearances(maria_client):
    cleared_pregnancy(maria_client)
    data = maria_client.get(reverse("export_json")).json()
    [clearance] = data["clearances"]
    assert clearance["tag"] == "pregnancy"
    assert clearance["about"] == PREGNANCY
    assert clearance["cleared_on"] == a_month_ago().isoformat()
    assert clearance["cleared_by"] == "Dr Ana Silva, midwife"
    assert clearance["withdrawn_at"] is None
    assert data["intakes"][0]["profile"]["clinician_clearance"] == ["pregnancy"]


def test_deleting_the_account_deletes_its_clearances(maria_client, maria):
    cleared_pregnancy(maria_client)
    maria_client.post(reverse("delete_account"), {"password": PASSWORD})
    assert not User.objects.filter(pk=maria.pk).exists()
    assert not Clearance.objects.exists()


def test_the_withdraw_page_carries_this_browser_s_token(maria_client, maria):
    cleared_pregnancy(maria_client)
    phone = Client(enforce_csrf_checks=True)
    phone.force_login(maria)
    clearance = Clearance.objects.get(user=maria)
    url = reverse("clearance_withdraw", args=[clearance.pk])
    page = phone.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"', page)
    assert token
    assert phone.post(url).status_code == 403
    assert phone.post(url, {"csrfmiddlewaretoken": token.group(1)}).status_code == 302
