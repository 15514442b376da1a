from django import template

from backcoach.core.screening import EMERGENCY_SIGNS, NOT_A_CLINICIAN

register = template.Library()


@register.filter
def words(value: object) -> str:
    """A vocabulary tag as words: "lying_back" -> "lying back"."""
    return str(getattr(value, "value", value)).replace("_", " ")


@register.simple_tag
def not_a_clinician() -> str:
    return NOT_A_CLINICIAN


@register.simple_tag
def emergency_signs() -> str:
    """Core's words for the signs that need emergency care, shown wherever a plan is."""
    return EMERGENCY_SIGNS
