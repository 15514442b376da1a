import re

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.web.conftest import PASSWORD
from tests.web.intake import answer_intake

# A script element without src runs inline, unless it is a JSON data block (never executed).
INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>")


def test_it_sends_a_strict_content_security_policy(db):
    response = Client().get(reverse("login"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_it_has_no_inline_scripts(maria_client):
    answer_intake(maria_client)
    today = timezone.localdate().isoformat()
    pages = [
        (Client(), reverse("login")),
        (Client(), reverse("signup")),
        *((maria_client, reverse(name)) for name in ("home", "settings", "password_change")),
        *((maria_client, reverse(name)) for name in ("progress", "my_data", "plan")),
        (maria_client, reverse("intake_step", args=["red-flags"])),
        (maria_client, reverse("play", args=[today, 1])),  # its timeline: a JSON data block
    ]
    for client, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not INLINE_SCRIPT.search(response.content), url
    assert b'type="application/json"' in response.content


def test_it_rejects_a_form_without_its_csrf_token(maria):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "maria", "password": "x"})
    assert response.status_code == 403


def test_it_marks_cookies_secure_outside_debug(maria):
    assert not settings.DEBUG
    assert settings.SESSION_COOKIE_SECURE
    assert settings.CSRF_COOKIE_SECURE
    client = Client()
    response = client.post(reverse("login"), {"username": "maria", "password": PASSWORD})
    assert response.cookies["sessionid"]["secure"]
    assert response.cookies["sessionid"]["httponly"]


def test_it_answers_the_health_check(db):
    response = Client().get(reverse("healthz"))
    assert response.content == b"ok"
