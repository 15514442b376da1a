import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from backcoach.web.accounts import throttle
from tests.web.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()


def test_it_signs_up_with_an_argon2_hash_and_a_time_zone(db):
    client = Client()
    response = client.post(
        reverse("signup"),
        {
            "username": "ana",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "time_zone": "Europe/Madrid",
        },
    )
    assert response.status_code == 302
    ana = User.objects.get(username="ana")
    assert ana.password.startswith("argon2")
    assert ana.account.time_zone == "Europe/Madrid"
    assert client.session["_auth_user_id"] == str(ana.pk)


def test_it_refuses_an_unknown_time_zone_at_sign_up(db):
    response = Client().post(
        reverse("signup"),
        {"username": "ana", "password1": PASSWORD, "password2": PASSWORD, "time_zone": "Mars/Base"},
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="ana").exists()


def test_it_logs_in_and_out(maria):
    client = Client()
    response = client.post(reverse("login"), {"username": "maria", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["backcoach_tz"] == "Europe/Lisbon"
    client.post(reverse("logout"))
    assert "_auth_user_id" not in client.session


def test_it_asks_before_logging_out(maria_client):
    page = maria_client.get(reverse("logout"))
    assert b"Log out of backcoach?" in page.content
    assert "_auth_user_id" in maria_client.session  # asking is not logging out
    assert maria_client.post(reverse("logout"))["Location"] == reverse("login")
    assert "_auth_user_id" not in maria_client.session


def test_it_throttles_logins_after_five_failures(maria):
    client = Client()
    for _ in range(5):
        client.post(reverse("login"), {"username": "maria", "password": "wrong guess"})
    response = client.post(reverse("login"), {"username": "maria", "password": PASSWORD})
    assert response.status_code == 200
    assert b"Too many failed attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_it_changes_the_password(maria_client, maria):
    new = "another long sentence 77"
    response = maria_client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    maria.refresh_from_db()
    assert maria.check_password(new)


def test_it_saves_the_time_zone_and_uses_it(maria_client, maria):
    maria_client.post(reverse("settings"), {"time_zone": "Asia/Tokyo"})
    maria.account.refresh_from_db()
    assert maria.account.time_zone == "Asia/Tokyo"
    page = maria_client.get(reverse("settings"))
    assert b'value="Asia/Tokyo" selected' in page.content


def test_it_requires_a_login_for_settings(db):
    response = Client().get(reverse("settings"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_it_sends_a_new_account_to_the_intake_and_a_returning_one_to_the_plan(maria):
    client = Client()
    response = client.post(
        reverse("signup"),
        {"username": "ana", "password1": PASSWORD, "password2": PASSWORD, "time_zone": "UTC"},
    )
    assert response["Location"] == reverse("intake")
    response = Client().post(reverse("login"), {"username": "maria", "password": PASSWORD})
    assert response["Location"] == reverse("plan")


def test_it_throttles_one_address_trying_many_names(db):
    client = Client()
    for n in range(20):
        client.post(reverse("login"), {"username": f"guess{n}", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "someone", "password": "wrong"})
    assert b"Too many failed attempts" in response.content


def test_it_takes_the_caller_s_address_from_the_proxy_only_behind_one():
    meta = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.9"}
    assert throttle.client_address(meta, behind_proxy=True) == "203.0.113.9"
    assert throttle.client_address(meta, behind_proxy=False) == "10.0.0.2"


def test_it_refuses_a_password_of_a_megabyte_with_a_clear_error(maria_client, maria):
    # Hashing is slow on purpose; a password no person types only costs the server.
    huge = "a long walk " * 90_000
    response = Client().post(
        reverse("signup"),
        {"username": "ana", "password1": huge, "password2": huge, "time_zone": "UTC"},
    )
    assert response.status_code == 200
    assert b"This password is too long: use at most 256 characters." in response.content
    assert not User.objects.filter(username="ana").exists()
    changed = maria_client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": huge, "new_password2": huge},
    )
    assert changed.status_code == 200
    assert b"This password is too long" in changed.content
    maria.refresh_from_db()
    assert maria.check_password(PASSWORD)
    longest = "x7 " * 85 + "x"  # 256 characters, still taken
    assert len(longest) == 256
    ok = Client().post(
        reverse("signup"),
        {"username": "ana", "password1": longest, "password2": longest, "time_zone": "UTC"},
    )
    assert ok.status_code == 302
