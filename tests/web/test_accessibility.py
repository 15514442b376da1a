"""Every form control on the person's pages has a label, and the player's controls name their
keyboard shortcuts. (Keyboard use and the 360-pixel screen are exercised by the browser tests.)"""

import re
from datetime import timedelta
from html.parser import HTMLParser
from typing import Any

from django.urls import reverse
from django.utils import timezone

from tests.web.intake import answer_intake, cleared, maria_answers
from tests.web.sessions import post_session, session_body

UNLABELLED_TYPES = {"hidden", "submit", "button"}


class Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.in_label = 0
        self.label_for: set[str] = set()
        self.controls: list[tuple[str, dict[str, str | None], bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "label":
            self.in_label += 1
            if a.get("for"):
                self.label_for.add(str(a["for"]))
        elif tag in ("input", "select", "textarea") and a.get("type") not in UNLABELLED_TYPES:
            self.controls.append((tag, a, self.in_label > 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.in_label -= 1

    def unlabelled(self) -> list[str]:
        return [
            f"{tag} {a.get('name') or a.get('id')}"
            for tag, a, wrapped in self.controls
            if not wrapped and a.get("id") not in self.label_for and not a.get("aria-label")
        ]


def unlabelled(html: str) -> list[str]:
    parser = Controls()
    parser.feed(html)
    return parser.unlabelled()


def test_it_labels_every_control_on_every_page(maria_client):
    answer_intake(maria_client)
    yesterday = (timezone.now() - timedelta(days=1)).isoformat()
    post_session(maria_client, session_body(started_at=yesterday))  # so the check-in shows
    plan = maria_client.get(reverse("plan")).content.decode()
    play = re.search(r'href="(/play/[^"]+)"', plan)
    assert play
    urls = [
        reverse("plan"),
        play.group(1),
        reverse("progress"),
        reverse("settings"),
        reverse("password_change"),
        reverse("my_data"),
        reverse("delete_account"),
        reverse("logout"),
        reverse("exercise_list"),
        *(reverse("intake_step", args=[s]) for s in ("red-flags", "conditions", "pain")),
        *(reverse("intake_step", args=[s]) for s in ("situation", "routine")),
    ]
    for url in urls:
        assert unlabelled(maria_client.get(url).content.decode()) == [], url
    maria_client.post(reverse("logout"))
    for url in (reverse("login"), reverse("signup")):
        assert unlabelled(maria_client.get(url).content.decode()) == [], url


def test_it_labels_the_clearance_steps_and_the_plan_that_shows_clearances(maria_client):
    maria_client.get(reverse("intake"))
    flags = {"red_flags": ["cancer_history"], "leg_symptoms": "none"}
    maria_client.post(reverse("intake_step", args=["red-flags"]), flags)
    page = maria_client.get(reverse("intake_step", args=["red-flag-clearance"])).content.decode()
    assert 'type="date"' in page
    assert unlabelled(page) == []
    on = timezone.localdate() - timedelta(days=3)
    answers: dict[str, dict[str, Any]] = {"conditions": {"conditions": ["pregnancy"]}}
    answers["clearance"] = cleared("pregnancy", on)
    answer_intake(maria_client, maria_answers(answers))
    plan = maria_client.get(reverse("plan")).content.decode()
    assert "Withdraw" in plan
    assert unlabelled(plan) == []


def test_it_names_the_player_s_keyboard_shortcuts(maria_client):
    answer_intake(maria_client)
    plan = maria_client.get(reverse("plan")).content.decode()
    play = re.search(r'href="(/play/[^"]+)"', plan)
    assert play
    page = maria_client.get(play.group(1)).content.decode()
    for key in ("Space", "N", "S", "M"):
        assert f'aria-keyshortcuts="{key}"' in page
    assert 'role="timer"' in page


def test_it_notices_an_unlabelled_control():
    assert unlabelled('<input name="age"><label>Pain <input name="pain"></label>') == ["input age"]
