"""What backcoach tells a person who stops a session, by reason: the same words in every
front end. Seed 004's general rules: nausea, dizziness or lower-back pain stops the exercise
at once; the advice says what to do next and when to get help."""

from backcoach.core.records import SAFETY_STOPS, StopReason

# How a stop reason is named to the person, in the order a front end offers them.
STOP_LABELS: dict[StopReason, str] = {
    StopReason.NAUSEA: "Nausea",
    StopReason.DIZZINESS: "Dizziness",
    StopReason.SHARP_PAIN: "Sharp pain",
    StopReason.TIRED: "Too tired",
    StopReason.NO_TIME: "No time",
    StopReason.OTHER: "Something else",
}

STOP_ADVICE: dict[StopReason, str] = {
    StopReason.NAUSEA: (
        "Stop for today. Lie or sit down somewhere comfortable, breathe slowly and drink a little "
        "water. If the nausea does not pass within an hour, or comes back every time you "
        "exercise, talk to your doctor before the next session."
    ),
    StopReason.DIZZINESS: (
        "Stop for today and sit or lie down at once so you cannot fall. Get up slowly. If the "
        "dizziness does not pass within a few minutes, or comes with chest pain, trouble "
        "speaking or weakness on one side, call emergency services."
    ),
    StopReason.SHARP_PAIN: (
        "Stop for today. Rest in a position that eases the pain. Sharp pain is a signal, not "
        "something to push through: the exercise that caused it is left out of your plan for a "
        "while. If the pain spreads into a leg, or comes with numbness, weakness, or bladder or "
        "bowel trouble, get medical care today."
    ),
    StopReason.TIRED: "Fine: stopping when tired is right. Your next session picks up from here.",
    StopReason.NO_TIME: "Saved what you did. A short session is better than none.",
    StopReason.OTHER: "Saved what you did. If something felt wrong, tell your doctor or physio.",
}


def stop_advice(reason: str | None) -> str:
    """The advice for a stop reason (its enum or its stored value); "" for none."""
    return STOP_ADVICE.get(StopReason(reason), "") if reason else ""


def is_safety_stop(reason: str | None) -> bool:
    return StopReason(reason) in SAFETY_STOPS if reason else False
