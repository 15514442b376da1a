from django.test import Client
from django.urls import reverse

from backcoach.core.library import load_library
from backcoach.web.coach.library import _render_figure


def test_it_lists_every_exercise_without_signing_in(db):
    response = Client().get(reverse("exercise_list"))
    assert response.status_code == 200
    for exercise in load_library().exercises.values():
        assert reverse("exercise_detail", args=[exercise.id]).encode() in response.content


def test_it_filters_exercises_by_position_and_level(db):
    response = Client().get(reverse("exercise_list"), {"position": "all_fours", "level": "2"})
    shown = response.context["exercises"]
    assert shown
    assert all(e.position.value == "all_fours" and int(e.level) == 2 for e in shown)
    assert len(shown) < len(load_library().exercises)


def test_it_ignores_an_unknown_filter_value_instead_of_guessing(db):
    response = Client().get(reverse("exercise_list"), {"purpose": "flying"})
    assert response.status_code == 200
    assert len(response.context["exercises"]) == len(load_library().exercises)
    assert b"Select a valid choice" in response.content


def test_it_shows_an_exercise_with_dose_steps_cautions_and_sources(db):
    response = Client().get(reverse("exercise_detail", args=["bird-dog"]))
    body = response.content.decode()
    assert "Bird dog" in body
    assert "each side" in body
    assert "Stop if" in body
    assert "004_781f8cbfcc946f08.txt" in body
    assert reverse("exercise_figure", args=["bird-dog"]) in body


def test_it_serves_the_figure_as_an_image_whose_own_style_alone_is_allowed(db):
    response = Client().get(reverse("exercise_figure", args=["bird-dog"]))
    assert response["Content-Type"].startswith("image/svg+xml")
    assert response.content.startswith(b"<svg")
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script" not in policy
    assert Client().get(reverse("exercise_figure", args=["moon-walk"])).status_code == 404


def test_it_serves_each_view_of_a_figure_and_refuses_unknown_ones(db):
    url = reverse("exercise_figure", args=["bird-dog"])
    bodies = {view: Client().get(url, {"view": view}) for view in ("hold", "start", "strip")}
    assert all(r.status_code == 200 for r in bodies.values())
    assert len({r.content for r in bodies.values()}) == 3
    assert "@keyframes" not in bodies["hold"].content.decode()
    assert Client().get(url, {"view": "sideways"}).status_code == 404


def test_it_offers_the_static_strip_to_reduced_motion_and_print(db):
    body = Client().get(reverse("exercise_detail", args=["bird-dog"])).content.decode()
    assert 'media="(prefers-reduced-motion: reduce)"' in body
    assert "figure.svg?view=strip" in body


def test_it_answers_404_for_an_unknown_exercise(db):
    assert Client().get(reverse("exercise_detail", args=["moon-walk"])).status_code == 404


def test_it_lists_and_shows_the_complexes(db):
    library = load_library()
    listing = Client().get(reverse("complex_list")).content.decode()
    first = next(iter(library.complexes.values()))
    assert first.name in listing
    detail = Client().get(reverse("complex_detail", args=[first.id])).content.decode()
    for exercise_id in first.exercises:
        assert reverse("exercise_detail", args=[exercise_id]) in detail


def test_it_does_not_remember_figures_of_made_up_exercises(db):
    _render_figure.cache_clear()
    for n in range(20):
        url = reverse("exercise_figure", args=[f"made-up-{n}"])
        assert Client().get(url).status_code == 404
    assert _render_figure.cache_info().currsize == 0


def test_it_finds_a_seed_name_without_showing_it_as_also_called(db):
    found = Client().get(reverse("exercise_list"), {"q": "superman"})
    assert [e.id for e in found.context["exercises"]] == ["boat"]
    page = Client().get(reverse("exercise_detail", args=["boat"])).content.decode()
    assert '<p class="aka">Also called: classic boat</p>' in page
