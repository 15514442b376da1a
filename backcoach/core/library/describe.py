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
        amount = ""
    parts = [amount] if amount else []
    if dose.hold_s and amount:
        parts.append(f"hold {seconds_text(dose.hold_s)}")
    elif dose.hold_s:
        # One continuous bout per set: "5 x 20 s", or just "2 min".
        bout = seconds_text(dose.hold_s)
        parts.append(f"{dose.sets} x {bout}" if dose.sets > 1 else bout)
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
