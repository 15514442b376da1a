"""Small request helpers shared by the views."""

from django.contrib.auth.models import User
from django.http import HttpRequest


def authenticated_user(request: HttpRequest) -> User:
    """The signed-in user, typed; views call this behind @login_required."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionError("not signed in")
    return user
