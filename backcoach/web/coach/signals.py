"""Every record a person's pages show forgets their cached pages when it is written."""

from typing import Any

from django.db import models
from django.db.models.signals import post_delete, post_save

from backcoach.web.coach.models import CheckIn, Intake, SessionLog
from backcoach.web.pages import forget_pages

SHOWN = (Intake, SessionLog, CheckIn)


def _written(sender: type[models.Model], instance: Any, **_: Any) -> None:
    forget_pages(instance.user_id)


def connect() -> None:
    for model in SHOWN:
        uid = f"backcoach-pages-{model.__name__}"
        post_save.connect(_written, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(_written, sender=model, dispatch_uid=f"{uid}-deleted")
