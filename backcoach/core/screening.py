"""Screening: may this person exercise with backcoach today, and with what care?

The order of severity is fixed: a red flag beats a contraindication, which beats severe pain,
which beats a caution. Contraindications and cautions come from the content rules
(`rules/conditions.toml`), never from code, so a clinic's edition can change them; red flags
are standard clinical practice (the seeds do not list them) and live here with their urgency.
"""

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from backcoach.core.library import Library, load_library
from backcoach.core.profile import Profile
from backcoach.core.vocab import Condition, Phase, RedFlag, Situation


class Status(StrEnum):
    OK = "ok"
    CAUTION = "caution"
    SEE_DOCTOR = "see_doctor"
    URGENT = "urgent"

    @property
    def allows_plan(self) -> bool:
        """A caution still gives a plan (with the caution shown); the others send to a doctor."""
        return self in (Status.OK, Status.CAUTION)


_RANK = {Status.OK: 0, Status.CAUTION: 1, Status.SEE_DOCTOR: 2, Status.URGENT: 3}


@dataclass(frozen=True)
class Reason:
    code: str
    message: str
    action: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "action": self.action}


@dataclass(frozen=True)
class Screening:
    status: Status
    reasons: tuple[Reason, ...]

    @property
    def allows_plan(self) -> bool:
        return self.status.allows_plan


# Pain at or above this, at rest, means no exercise today. Seed 002 ("With pains too obvious
# and severe, it is better to stop exercising ... and do not hesitate to visit the doctor")
# gives the rule without a number; 7/10 is where clinical pain scales start "severe". It holds in
# either phase: a person reporting 7/10 is not in remission, whatever they ticked.
SEVERE_PAIN = 7

EMERGENCY_TODAY = (
    "Go to an emergency department today, or call emergency services. Do not exercise and do "
    "not wait to see whether it passes."
)
DOCTOR_TODAY = "See a doctor today (urgent care or an emergency department). Do not exercise."
DOCTOR_SOON = (
    "Book an appointment with your doctor within the next few days and show them this. Do not "
    "start the exercises until they have examined you."
)

# Each red flag with its urgency and why a clinician grades it so.
# - Saddle numbness and new bladder or bowel trouble suggest cauda equina syndrome: nerve
#   damage becomes permanent within hours, so emergency care today.
# - Progressive leg weakness is a worsening nerve deficit (severe compression): same-day care.
# - Fever with back pain may be a spinal infection (discitis, epidural abscess): same-day care.
# - Major trauma may have broken a vertebra: imaging today before any movement therapy.
# - A history of cancer, unexplained weight loss, constant night pain and long-term steroids
#   raise the chance of a metastasis or an osteoporotic fracture; they need a doctor's
#   examination within days, not an emergency department, but no exercise before it.
RED_FLAGS: dict[RedFlag, tuple[Status, str, str]] = {
    RedFlag.SADDLE_NUMBNESS: (
        Status.URGENT,
        "Numbness around the buttocks, genitals or inner thighs can mean the nerves at the base "
        "of the spine are being squeezed (cauda equina syndrome), which needs treatment within "
        "hours.",
        EMERGENCY_TODAY,
    ),
    RedFlag.BLADDER_BOWEL_CHANGE: (
        Status.URGENT,
        "New trouble passing or holding urine or stool with back pain can mean the nerves at the "
        "base of the spine are being squeezed (cauda equina syndrome), which needs treatment "
        "within hours.",
        EMERGENCY_TODAY,
    ),
    RedFlag.PROGRESSIVE_LEG_WEAKNESS: (
        Status.URGENT,
        "Leg weakness that is getting worse means a nerve is under increasing pressure.",
        DOCTOR_TODAY,
    ),
    RedFlag.FEVER: (
        Status.URGENT,
        "Back pain with fever can be a sign of an infection in or near the spine.",
        DOCTOR_TODAY,
    ),
    RedFlag.MAJOR_TRAUMA: (
        Status.URGENT,
        "Back pain after a fall, crash or other major accident may come from a broken vertebra.",
        DOCTOR_TODAY,
    ),
    RedFlag.CANCER_HISTORY: (
        Status.SEE_DOCTOR,
        "After cancer, new back pain should be checked by a doctor, because a cancer can spread "
        "to the spine.",
        DOCTOR_SOON,
    ),
    RedFlag.UNEXPLAINED_WEIGHT_LOSS: (
        Status.SEE_DOCTOR,
        "Back pain with weight loss you cannot explain needs a doctor to look for the cause.",
        DOCTOR_SOON,
    ),
    RedFlag.CONSTANT_NIGHT_PAIN: (
        Status.SEE_DOCTOR,
        "Pain that stays through the night whatever position you lie in is not typical of "
        "muscle or joint back pain and needs a doctor's examination.",
        DOCTOR_SOON,
    ),
    RedFlag.LONG_TERM_STEROIDS: (
        Status.SEE_DOCTOR,
        "Long-term steroid tablets weaken bones, so back pain may come from a small fracture.",
        DOCTOR_SOON,
    ),
}

ACUTE = Reason(
    "acute_flare",
    "You are in a flare. Strengthening waits until the pain has settled; for now your plan holds "
    "only gentle relief, relaxation and breathing exercises.",
    "Move gently, stop anything that hurts, and switch your profile to remission when the flare "
    "has passed. If the pain does not ease within a few days, see a doctor.",
)
SEVERE = Reason(
    "severe_pain",
    f"Your pain is {SEVERE_PAIN}/10 or more: with pain this strong, exercise can make it worse.",
    "Rest in a comfortable position, relieve the pain as your doctor or pharmacist advises, and "
    "see a doctor to find the cause. Come back when the pain is below "
    f"{SEVERE_PAIN}/10.",
)
SITUATIONS: dict[Situation, Reason] = {
    Situation.HERNIA: Reason(
        "hernia",
        "With a disc hernia, your plan leaves out crunches, forward folds, rolling on the back "
        "and heavy lifting, and keeps to exercises that do not load the discs.",
        "Have a neurologist or physiotherapist confirm the diagnosis and check your plan. Stop "
        "any exercise that sends pain, numbness or tingling into a leg.",
    ),
    Situation.PAST_INJURY: Reason(
        "past_injury",
        "This plan is for an old lower-back injury that no longer limits how you move; twisting "
        "while bending and heavy lifting are left out.",
        "If your movement is still limited, or the injury is recent, see a doctor or "
        "physiotherapist before using this plan.",
    ),
}
NOT_A_CLINICIAN = (
    "backcoach does not replace a clinician. Seek medical care for any new, severe or unusual "
    "symptom."
)


def screen(profile: Profile, library: Library | None = None) -> Screening:
    library = library or load_library()
    found = [
        *_red_flags(profile.red_flags),
        *_conditions(profile, library),
        *_pain_and_phase(profile),
    ]
    return _screening(found)


def screen_red_flags(red_flags: Collection[RedFlag]) -> Screening:
    """The red flags alone, asked before anything else: a front end that gets a status that
    does not allow a plan stops there and asks nothing more."""
    return _screening(_red_flags(red_flags))


def _screening(found: list[tuple[Status, Reason]]) -> Screening:
    status = max((s for s, _ in found), key=_RANK.__getitem__, default=Status.OK)
    # Most serious first, so a reader sees what to do before the details.
    ordered = sorted(found, key=lambda pair: -_RANK[pair[0]])
    return Screening(status, tuple(reason for _, reason in ordered))


def _red_flags(red_flags: Collection[RedFlag]) -> list[tuple[Status, Reason]]:
    found = []
    for flag in RedFlag:  # vocabulary order, not the person's, so output is stable
        if flag in red_flags:
            status, message, action = RED_FLAGS[flag]
            found.append((status, Reason(f"red_flag_{flag.value}", message, action)))
    return found


def _conditions(profile: Profile, library: Library) -> list[tuple[Status, Reason]]:
    found = []
    for condition in Condition:
        if condition not in profile.all_conditions:
            continue
        rule = library.rules.condition(condition)
        if rule is None:
            # A condition the content does not cover is treated as a contraindication: an
            # unknown risk fails closed.
            message = f"backcoach has no guidance for {condition.value.replace('_', ' ')}."
            reason = Reason(f"contraindication_{condition.value}", message, DOCTOR_SOON)
            found.append((Status.SEE_DOCTOR, reason))
        elif rule.kind == "contraindication":
            reason = Reason(f"contraindication_{condition.value}", rule.message, rule.action)
            found.append((Status.SEE_DOCTOR, reason))
        else:
            reason = Reason(f"caution_{condition.value}", rule.message, rule.action)
            found.append((Status.CAUTION, reason))
    return found


def _pain_and_phase(profile: Profile) -> list[tuple[Status, Reason]]:
    found = []
    if profile.pain_now >= SEVERE_PAIN:
        found.append((Status.SEE_DOCTOR, SEVERE))
    elif profile.phase is Phase.ACUTE:
        found.append((Status.CAUTION, ACUTE))
    if profile.situation in SITUATIONS:
        found.append((Status.CAUTION, SITUATIONS[profile.situation]))
    return found
