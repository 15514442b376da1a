"""The library pages: every exercise and complex, filterable, readable without signing in."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_GET

from backcoach.core.figures import FigureView
from backcoach.core.library.describe import dose_text, frequency_text, not_for
from backcoach.web.coach.forms_library import ExerciseFilterForm
from backcoach.web.coach.library import (
    complexes_using,
    exercise_figure,
    exercises_matching,
    has_figure,
    library,
)


@require_GET
def exercise_list(request: HttpRequest) -> HttpResponse:
    form = ExerciseFilterForm(request.GET or None)
    chosen = exercises_matching(form.to_filter())
    return render(
        request,
        "coach/library/exercise_list.html",
        {"form": form, "exercises": chosen, "total": len(library().exercises)},
    )


@require_GET
def exercise_detail(request: HttpRequest, exercise_id: str) -> HttpResponse:
    lib = library()
    exercise = lib.exercises.get(exercise_id)
    if exercise is None:
        raise Http404("no such exercise")
    context = {
        "exercise": exercise,
        "dose": dose_text(exercise.dose),
        "frequency": frequency_text(exercise.dose.per_day, exercise.dose.per_week),
        "not_for": not_for(exercise, lib),
        "regressions": [lib.exercises[i] for i in exercise.regressions],
        "progressions": [lib.exercises[i] for i in exercise.progressions],
        "complexes": complexes_using(exercise.id),
        "has_figure": has_figure(exercise.id),
    }
    return render(request, "coach/library/exercise_detail.html", context)


# The figure is a standalone image: no script at all, and only its own inline <style>.
FIGURE_CSP = {"default-src": [CSP.NONE], "style-src": [CSP.UNSAFE_INLINE]}


@require_GET
@csp_override(FIGURE_CSP)
def figure_svg(request: HttpRequest, exercise_id: str) -> HttpResponse:
    try:
        view = FigureView(request.GET.get("view", FigureView.ANIMATED))
    except ValueError:
        raise Http404("no such view of a figure") from None
    svg = exercise_figure(exercise_id, view)
    if not svg:
        raise Http404("no figure for this exercise")
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def complex_list(request: HttpRequest) -> HttpResponse:
    complexes = sorted(library().complexes.values(), key=lambda c: (int(c.level), c.name))
    rows = [(c, frequency_text(c.per_day, c.per_week)) for c in complexes]
    return render(request, "coach/library/complex_list.html", {"rows": rows})


@require_GET
def complex_detail(request: HttpRequest, complex_id: str) -> HttpResponse:
    lib = library()
    found = lib.complexes.get(complex_id)
    if found is None:
        raise Http404("no such complex")
    items = [(lib.exercises[i], dose_text(lib.exercises[i].dose)) for i in found.exercises]
    context = {
        "complex": found,
        "items": items,
        "frequency": frequency_text(found.per_day, found.per_week),
    }
    return render(request, "coach/library/complex_detail.html", context)
