"""One step up or down a dose: the arithmetic of progression, apart from its decisions."""

from backcoach.core.library import Dose


def step_up(dose: Dose) -> Dose:
    """One step harder: repetitions, then the hold at the top, then another set."""
    if dose.reps_by_set is None and dose.max_reps and dose.reps < dose.max_reps:
        return dose.model_copy(update={"reps": min(dose.max_reps, dose.reps + 2)})
    if dose.hold_s and dose.max_hold_s and dose.hold_s < dose.max_hold_s:
        # Short holds grow by seconds; long ones (the wall stand) by a minute a time (seed 004).
        step = 2 if dose.hold_s < 20 else 10 if dose.hold_s < 60 else 60
        return dose.model_copy(update={"hold_s": min(dose.max_hold_s, dose.hold_s + step)})
    if dose.reps_by_set is None and dose.max_sets and dose.sets < dose.max_sets:
        return dose.model_copy(update={"sets": dose.sets + 1, "rest_s": dose.rest_s or 30})
    return dose


def step_down(dose: Dose) -> Dose:
    """About a quarter less: fewer repetitions and shorter holds, never below one."""
    update: dict[str, object] = {}
    if dose.reps_by_set is None and dose.reps > 1:
        update["reps"] = max(1, dose.reps - max(1, dose.reps // 4))
    if dose.hold_s > 1:
        hold = max(1, dose.hold_s - max(1, dose.hold_s // 4))
        # Holds of 10 s or more in fives, as a person counts them ("20 s", not "23 s").
        update["hold_s"] = hold // 5 * 5 if hold >= 10 else hold
    if not update and dose.sets > 1 and dose.reps_by_set is None:
        update["sets"] = dose.sets - 1
        if dose.sets == 2:
            update["rest_s"] = 0  # no rest between sets when one set is left
    return dose.model_copy(update=update)


def start_dose(dose: Dose, shift: int) -> Dose:
    """The library's dose moved `shift` steps: -1 for a beginner (the low end), +1 for an
    advanced person (the fuller dose), 0 for the seed's own."""
    for _ in range(abs(shift)):
        dose = step_up(dose) if shift > 0 else step_down(dose)
    return dose
