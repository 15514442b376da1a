"""Withdrawing a clearance, from the plan page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from backcoach.web.coach.services.clearances import clearance_withdraw
from backcoach.web.http import authenticated_user


@login_required
@require_POST
def withdraw(request: HttpRequest, clearance_id: int) -> HttpResponse:
    user = authenticated_user(request)
    if clearance_withdraw(user=user, clearance_id=clearance_id) is not None:
        messages.success(request, "Your clearance is withdrawn, and your answers checked again.")
    return redirect("plan")
