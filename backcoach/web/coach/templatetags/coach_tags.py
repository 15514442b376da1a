from django import template

register = template.Library()


@register.filter
def words(value: object) -> str:
    """A vocabulary tag as words: "lying_back" -> "lying back"."""
    return str(getattr(value, "value", value)).replace("_", " ")
