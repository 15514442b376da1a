"""What backcoach tells a person who stops a session, by reason."""

from backcoach.web.coach.models import SessionLog

Stop = SessionLog.StopReason

# Seed 002's general rules: any unpleasant sensation (nausea, dizziness, back pain) stops the
# exercise at once. The advice says what to do next and when to get help.
STOP_ADVICE: dict[str, str] = {
    Stop.NAUSEA: (
        "Stop for today. Lie or sit down somewhere comfortable, breathe slowly and drink a little "
        "water. If the nausea does not pass within an hour, or comes back every time you "
        "exercise, talk to your doctor before the next session."
    ),
    Stop.DIZZINESS: (
        "Stop for today and sit or lie down at once so you cannot fall. Get up slowly. If the "
        "dizziness does not pass within a few minutes, or comes with chest pain, trouble "
        "speaking or weakness on one side, call emergency services."
    ),
    Stop.SHARP_PAIN: (
        "Stop for today. Rest in a position that eases the pain. Sharp pain is a signal, not "
        "something to push through: the exercise that caused it is left out of your plan for a "
        "while. If the pain spreads into a leg, or comes with numbness, weakness, or bladder or "
        "bowel trouble, get medical care today."
    ),
    Stop.TIRED: "Fine: stopping when tired is right. Your next session picks up from here.",
    Stop.NO_TIME: "Saved what you did. A short session is better than none.",
    Stop.OTHER: "Saved what you did. If something felt wrong, tell your doctor or physio.",
}

SAFETY_STOPS = frozenset({Stop.NAUSEA, Stop.DIZZINESS, Stop.SHARP_PAIN})


def stop_advice(reason: str) -> str:
    return STOP_ADVICE.get(reason, "")


def is_safety_stop(reason: str) -> bool:
    return reason in SAFETY_STOPS
