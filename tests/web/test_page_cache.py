"""The plan page is kept whole per person and day. These are the ways a kept page could go
wrong: another browser's CSRF token, a one-time message shown twice, a deleted account's page
reaching a new account with the same id, and a signed-in user or session outliving a change."""

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from backcoach.web.accounts.services import account_delete
from backcoach.web.pages import CSRF_PLACEHOLDER, cached_page
from tests.web.conftest import PASSWORD
from tests.web.intake import answer_intake, maria_answers
from tests.web.sessions import post_session, session_body


def browser(user: User) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def page_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def signed_in(client: Client) -> bool:
    return client.get(reverse("settings")).status_code == 200


def test_each_browser_gets_the_kept_page_with_a_token_that_works_for_it(maria, maria_client):
    answer_intake(maria_client)
    yesterday = timezone.now() - timedelta(days=1)
    post_session(maria_client, session_body(started_at=yesterday.isoformat()))
    phone, laptop = browser(maria), browser(maria)
    first = phone.get(reverse("plan")).content.decode()
    second = laptop.get(reverse("plan")).content.decode()
    assert "Good morning" in second  # the check-in form, the page's one form
    assert CSRF_PLACEHOLDER not in first + second
    # The laptop's page came from the cache; its token must be the laptop's, not the phone's.
    answer = {"pain": "2", "csrfmiddlewaretoken": page_token(second)}
    assert laptop.post(reverse("checkin"), answer).status_code == 302
    assert phone.post(reverse("checkin"), answer).status_code == 403


def test_a_page_without_a_form_carries_no_token(maria_client):
    answer_intake(maria_client)
    for _ in range(2):  # rendered, then from the cache
        assert b"csrfmiddlewaretoken" not in maria_client.get(reverse("plan")).content


def test_a_one_time_message_shows_once(maria_client):
    answer_intake(maria_client)
    maria_client.get(reverse("plan"))
    maria_client.post(reverse("checkin"), {"pain": "2"})
    assert b"Thank you" in maria_client.get(reverse("plan")).content
    assert b"Thank you" not in maria_client.get(reverse("plan")).content


def test_a_new_intake_shows_at_once(maria_client):
    answer_intake(maria_client)
    assert b"Start this session" in maria_client.get(reverse("plan")).content
    kidneys = {"conditions": {"conditions": ["kidney_disease"]}, "clearance": {}}
    answer_intake(maria_client, maria_answers(kidneys))
    page = maria_client.get(reverse("plan")).content
    assert b"See a doctor before you start" in page
    assert b"Start this session" not in page


def test_a_deleted_account_s_page_never_reaches_a_new_account_with_its_id(maria, maria_client):
    answer_intake(maria_client)
    assert maria_client.get(reverse("plan")).status_code == 200
    old_id = maria.pk
    account_delete(user=maria)
    # SQLite may hand the freed id to the next account; force it, on any database.
    ana = User.objects.create_user(username="ana", password=PASSWORD, id=old_id)
    response = browser(ana).get(reverse("plan"))
    assert response.status_code == 302  # Ana has no intake yet: no plan, and not Maria's
    assert response["Location"] == reverse("intake")


def test_signing_out_ends_the_session_everywhere(maria):
    client = Client()
    client.post(reverse("login"), {"username": "maria", "password": PASSWORD})
    copied = Client()
    copied.cookies["sessionid"] = client.cookies["sessionid"].value
    assert signed_in(copied)
    client.post(reverse("logout"))
    assert not signed_in(copied)


def test_a_new_password_signs_out_the_other_browsers(maria):
    here, elsewhere = Client(), Client()
    for client in (here, elsewhere):
        client.post(reverse("login"), {"username": "maria", "password": PASSWORD})
        assert client.get(reverse("settings")).status_code == 200
    new = "another long sentence 77"
    here.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert here.get(reverse("settings")).status_code == 200
    assert elsewhere.get(reverse("settings")).status_code == 302


def test_requests_that_miss_a_page_at_once_render_it_once():
    renders = []

    def render(csrf_token: str) -> HttpResponse:
        renders.append(csrf_token)
        time.sleep(0.2)  # long enough for every request to arrive while it renders
        return HttpResponse(b"today's plan")

    arrived = threading.Barrier(8)

    def visit(_: int) -> bytes:
        request = RequestFactory().get("/plan/")
        arrived.wait()
        return cached_page(request, 4242, "plan", render).content

    with ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(visit, range(8)))
    assert pages == [b"today's plan"] * 8
    assert len(renders) == 1
