"""Plain-language descriptions of doses and frequencies, shared by the CLI and the web app."""

from backcoach.core.library.models import Dose


def seconds_text(seconds: int) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        minutes = seconds // 60
        return f"{minutes} min"
    if seconds > 60:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds} s"


def dose_text(dose: Dose) -> str:
    if dose.reps_by_set:
        amount = "-".join(str(r) for r in dose.reps_by_set) + " reps"
    elif dose.reps > 1:
        amount = f"{dose.sets} x {dose.reps} reps" if dose.sets > 1 else f"{dose.reps} reps"
    else:
        amount = f"{dose.sets} x" if dose.sets > 1 else ""
    parts = [amount] if amount else []
    if dose.hold_s:
        verb = "hold" if dose.reps > 1 or dose.reps_by_set else ""
        parts.append(f"{verb} {seconds_text(dose.hold_s)}".strip())
    if dose.per_side:
        parts.append("each side")
    if dose.rest_s and dose.sets > 1:
        parts.append(f"rest {seconds_text(dose.rest_s)} between sets")
    return ", ".join(parts)


def frequency_text(per_day: int | None, per_week: int | None) -> str:
    if per_day:
        return "once a day" if per_day == 1 else f"{per_day} times a day"
    if per_week == 7:
        return "every day"
    if per_week:
        return "once a week" if per_week == 1 else f"{per_week} times a week"
    return "as part of its complexes"
