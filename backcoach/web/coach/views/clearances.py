"""Withdrawing a clearance, from the plan page: a page that says what it will do, then the
withdrawal itself."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from backcoach.core.questions import CLEARABLE_QUESTIONS
from backcoach.web.coach.access import clearance_for_user
from backcoach.web.coach.services.clearances import clearance_withdraw
from backcoach.web.http import authenticated_user


@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, clearance_id: int) -> HttpResponse:
    user = authenticated_user(request)
    if request.method == "GET":
        clearance = clearance_for_user(user, clearance_id)
        if clearance.withdrawn_at is not None:
            return redirect("plan")
        subject = CLEARABLE_QUESTIONS[clearance.tag].text
        context = {"clearance": clearance, "subject": subject}
        return render(request, "coach/clearance_withdraw.html", context)
    if clearance_withdraw(user=user, clearance_id=clearance_id) is not None:
        messages.success(request, "Your clearance is withdrawn, and your answers checked again.")
    return redirect("plan")
