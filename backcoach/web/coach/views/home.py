from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "coach/home.html")


@require_GET
def hello(request: HttpRequest) -> HttpResponse:
    """A health check, and the benchmark's ceiling: the same server stack doing no work."""
    return HttpResponse(b"ok", content_type="text/plain")
