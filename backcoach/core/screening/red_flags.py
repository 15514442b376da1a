"""Red flags: signs of a serious cause of back pain, each with its urgency and why.

The seeds list none; these follow NICE CKS "Back pain - low (without radiculopathy)" and NICE
NG59 (docs/engine.md, "Red flags", gives each source):
- saddle numbness, new bladder or bowel trouble and symptoms in both legs suggest cauda equina
  syndrome: nerve damage becomes permanent within hours, so emergency care today;
- progressive leg weakness is a worsening nerve deficit, fever may be a spinal infection (more
  so with a weakened immune system) and major trauma may have broken a vertebra: same day;
- a history of cancer, unexplained weight loss, constant night pain, long-term steroids, a
  minor fall or strain with weak bones, and recent spinal surgery need a doctor's examination
  within days, and no exercise before it (a clinician may then clear the person);
- an inflammatory pattern needs a rheumatology opinion, but exercise helps it and may go on.
"""

from collections.abc import Collection

from backcoach.core.questions import CLEARABLE_QUESTIONS
from backcoach.core.screening.models import Finding, Reason, Status
from backcoach.core.vocab import CLEARABLE_RED_FLAGS, LegSymptoms, RedFlag

EMERGENCY_TODAY = (
    "Go to an emergency department today, or call emergency services. Do not exercise and do "
    "not wait to see whether it passes."
)
DOCTOR_TODAY = "See a doctor today (urgent care or an emergency department). Do not exercise."
DOCTOR_SOON = (
    "Book an appointment with your doctor within the next few days and show them this. Do not "
    "start the exercises until they have examined you."
)
CAUDA_EQUINA = (
    "can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome), "
    "which needs treatment within hours."
)
CLEARED_ACTION = (
    "Exercise within what your clinician agreed, and go back to them if the pain changes, "
    "spreads or keeps you awake."
)


def cleared_reason(code: str, tag: str, action: str = CLEARED_ACTION) -> Reason:
    """What a cleared finding says: the clearance first, in the words the person answered,
    not the warning that sent them to the clinician."""
    about = CLEARABLE_QUESTIONS[tag].text
    message = f"A clinician has cleared you to exercise with this: {about[0].lower()}{about[1:]}."
    return Reason(code, message, action)


# The red flags whose meaning does not depend on anything else the person reports.
RED_FLAGS: dict[RedFlag, tuple[Status, str, str]] = {
    RedFlag.SADDLE_NUMBNESS: (
        Status.URGENT,
        f"Numbness around the buttocks, genitals or inner thighs {CAUDA_EQUINA}",
        EMERGENCY_TODAY,
    ),
    RedFlag.BLADDER_BOWEL_CHANGE: (
        Status.URGENT,
        f"New trouble passing or holding urine or stool with back pain {CAUDA_EQUINA}",
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
    RedFlag.RECENT_SPINAL_SURGERY: (
        Status.SEE_DOCTOR,
        "After an operation on the spine, your surgical team decides when and how you exercise, "
        "and new pain may need their check.",
        "Ask your surgeon's team or their physiotherapist for your programme. Do not use this "
        "plan until they agree.",
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

BOTH_LEGS = Reason(
    "red_flag_both_legs", f"Pain, numbness or tingling in both legs {CAUDA_EQUINA}", EMERGENCY_TODAY
)
BELOW_KNEE = Reason(
    "leg_symptoms_below_knee",
    "Pain, numbness or tingling below the knee usually means a nerve root in the lower back is "
    "irritated (sciatica). Most settles with time and movement, but it should be assessed.",
    "Have it assessed by a doctor or physiotherapist. Stop an exercise at once if the symptoms "
    "spread further down the leg. If numbness grows or the leg gets weaker, stop and see a "
    "doctor today.",
)
MINOR_TRAUMA = Reason(
    "red_flag_minor_trauma",
    "Back pain that began after a minor fall, strain or lift can be a small fracture of a "
    "vertebra when bones may be weak (osteoporosis, long-term steroids, or age 70 or over).",
    DOCTOR_SOON,
)
IMMUNOSUPPRESSED_FEVER = Reason(
    "red_flag_immunosuppressed",
    "With a weakened immune system or after injecting drugs, back pain with fever may be an "
    "infection of the spine, which can progress quickly.",
    DOCTOR_TODAY,
)
IMMUNOSUPPRESSED = Reason(
    "caution_immunosuppressed",
    "A weakened immune system, or injecting drugs, makes an infection of the spine likelier and "
    "easier to miss.",
    "Get medical care the same day if you have a fever, feel unwell, or the pain becomes "
    "constant or keeps you awake.",
)
INFLAMMATORY = Reason(
    "red_flag_inflammatory_pattern",
    "Long morning stiffness that eases as you move can come from inflammation of the joints of "
    "the spine (axial spondyloarthritis), which has treatments of its own.",
    "Ask your doctor to refer you to a rheumatologist. Exercise helps this kind of back pain, so "
    "you may go on with your plan meanwhile.",
)


def red_flag_findings(
    red_flags: Collection[RedFlag], leg_symptoms: LegSymptoms, *, weak_bones: bool
) -> list[Finding]:
    """What the red flags mean. `weak_bones`: osteoporosis or an age at which bones may be weak,
    which turns a minor fall or strain into a possible fracture."""
    found = []
    for flag in RedFlag:  # vocabulary order, not the person's, so output is stable
        if flag in RED_FLAGS and flag in red_flags:
            status, message, action = RED_FLAGS[flag]
            reason = Reason(f"red_flag_{flag.value}", message, action)
            if flag in CLEARABLE_RED_FLAGS:
                cleared = cleared_reason(f"cleared_red_flag_{flag.value}", flag.value)
                found.append(Finding(status, reason, flag.value, cleared))
            else:
                found.append(Finding(status, reason))
    if leg_symptoms is LegSymptoms.BOTH_LEGS:
        found.append(Finding(Status.URGENT, BOTH_LEGS))
    elif leg_symptoms is LegSymptoms.BELOW_KNEE:
        found.append(Finding(Status.CAUTION, BELOW_KNEE))
    if RedFlag.MINOR_TRAUMA in red_flags and (
        weak_bones or RedFlag.LONG_TERM_STEROIDS in red_flags
    ):
        cleared = cleared_reason("cleared_red_flag_minor_trauma", RedFlag.MINOR_TRAUMA.value)
        found.append(Finding(Status.SEE_DOCTOR, MINOR_TRAUMA, "minor_trauma", cleared))
    if RedFlag.IMMUNOSUPPRESSED in red_flags:
        fever = RedFlag.FEVER in red_flags
        found.append(
            Finding(Status.URGENT, IMMUNOSUPPRESSED_FEVER)
            if fever
            else Finding(Status.CAUTION, IMMUNOSUPPRESSED)
        )
    if RedFlag.INFLAMMATORY_PATTERN in red_flags:
        found.append(Finding(Status.CAUTION, INFLAMMATORY))
    return found
