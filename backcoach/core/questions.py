"""The screening questions, worded once for every front end.

The CLI asks each as a yes/no question and the web intake shows each as a checkbox or a choice,
both from these texts, so a person reads the same words wherever they answer. A question's
`help` says what counts, in plain words, where the label alone could be misread.
"""

from dataclasses import dataclass

from backcoach.core.profile import FitnessLevel
from backcoach.core.vocab import (
    CLEARABLE_RED_FLAGS,
    Condition,
    Equipment,
    LegSymptoms,
    Phase,
    RedFlag,
    Situation,
    Workday,
)


@dataclass(frozen=True)
class Question:
    text: str
    help: str = ""


RED_FLAG_INTRO = (
    "First, signs that may need a doctor before you exercise. Tick any that apply to you; most "
    "people tick none."
)
RED_FLAG_QUESTIONS: dict[RedFlag, Question] = {
    RedFlag.SADDLE_NUMBNESS: Question(
        "Numbness or tingling around your buttocks, genitals or inner thighs",
        "The area that would touch a saddle.",
    ),
    RedFlag.BLADDER_BOWEL_CHANGE: Question(
        "New trouble passing or holding urine or stool",
        "Since the back pain began: cannot pass urine, leaking, or not feeling when you go.",
    ),
    RedFlag.PROGRESSIVE_LEG_WEAKNESS: Question(
        "Weakness in a leg or foot that is getting worse",
        "For example a foot that catches or slaps when you walk, more each day.",
    ),
    RedFlag.FEVER: Question(
        "A fever (38 °C or more) or shivering fits along with the back pain",
        "Not a cold that is passing: a temperature, or feeling feverish and unwell, since the "
        "back pain began.",
    ),
    RedFlag.IMMUNOSUPPRESSED: Question(
        "A weakened immune system, or injecting drugs",
        "Medicines that damp the immune system (after a transplant, for rheumatism, "
        "chemotherapy), HIV, or injecting drugs now or recently.",
    ),
    RedFlag.MAJOR_TRAUMA: Question(
        "The pain began after a fall from a height, a crash or another major accident"
    ),
    RedFlag.MINOR_TRAUMA: Question(
        "The pain began suddenly after a minor fall, a strain or lifting something",
        "Such as slipping on a step or lifting a shopping bag.",
    ),
    RedFlag.RECENT_SPINAL_SURGERY: Question("An operation on your spine in the last year"),
    RedFlag.CANCER_HISTORY: Question("Cancer now or at any time in the past"),
    RedFlag.UNEXPLAINED_WEIGHT_LOSS: Question("Weight loss you cannot explain"),
    RedFlag.CONSTANT_NIGHT_PAIN: Question(
        "Pain all night that does not ease whatever position you lie in"
    ),
    RedFlag.LONG_TERM_STEROIDS: Question(
        "Taking steroid tablets (such as prednisolone) for three months or more"
    ),
    RedFlag.INFLAMMATORY_PATTERN: Question(
        "Back pain that began before the age of 45, with stiffness most mornings that lasts over "
        "half an hour and eases as you move",
        "Often for three months or more, and with pain that wakes you in the second half of the "
        "night.",
    ),
}

LEG_SYMPTOMS_QUESTION = Question(
    "Does pain, numbness or tingling go down into your legs?",
    "Answer for how it is now, on most days.",
)
LEG_SYMPTOMS: dict[LegSymptoms, str] = {
    LegSymptoms.NONE: "No, it stays in my back or buttock",
    LegSymptoms.ABOVE_KNEE: "Into one thigh, not past the knee",
    LegSymptoms.BELOW_KNEE: "Into one leg, below the knee",
    LegSymptoms.BOTH_LEGS: "Into both legs",
}

CONDITION_INTRO = "Do any of these apply to you?"
CONDITION_QUESTIONS: dict[Condition, Question] = {
    Condition.PREGNANCY: Question("Pregnancy", "You are pregnant now."),
    Condition.HEART_CONDITION: Question(
        "A heart condition, or chest pain when you are active",
        "Any heart disease a doctor has named, or chest pain, pressure or tightness on exertion.",
    ),
    Condition.MALIGNANT_TUMOUR: Question("A malignant tumour (cancer) now"),
    Condition.LUNG_DISEASE: Question(
        "A lung disease", "Such as COPD, severe asthma or lung fibrosis."
    ),
    Condition.KIDNEY_DISEASE: Question("Kidney problems"),
    Condition.GASTRITIS_ULCER: Question("Gastritis or a stomach ulcer"),
    Condition.SPINAL_INJURY: Question(
        "A recent injury of the spine",
        "A broken vertebra or another spinal injury that is still healing.",
    ),
    Condition.HYPERTENSION: Question("High blood pressure"),
    Condition.BLEEDING_TENDENCY: Question(
        "Bleeding easily", "A bleeding disorder, or blood-thinning medicine."
    ),
    Condition.DIABETES: Question("Diabetes"),
    Condition.OSTEOPOROSIS: Question("Osteoporosis (weak bones)"),
    Condition.HIP_REPLACEMENT: Question("A hip replacement"),
    Condition.FALLS: Question(
        "A fall in the last year, or feeling unsteady on your feet",
        "Any fall, even one that did not hurt you.",
    ),
}

CLEARANCE_QUESTION = Question(
    "A clinician has examined me for this and cleared me to exercise",
    "Only if a doctor, nurse, midwife or physiotherapist who knows about it has examined you and "
    "agreed; backcoach then adapts your plan to it. If not, leave it: you will be told what to "
    "do next.",
)

# The warning signs whose clearance is asked with them. A minor fall is not: it needs a doctor
# only with weak bones, so its clearance waits until age and conditions are known.
CLEARED_WITH_THE_SIGNS: frozenset[RedFlag] = CLEARABLE_RED_FLAGS - {RedFlag.MINOR_TRAUMA}

# What each clearable tag is about, in the words the person answered (never the tag itself).
CLEARABLE_QUESTIONS: dict[str, Question] = {
    **{f.value: q for f, q in RED_FLAG_QUESTIONS.items() if f in CLEARABLE_RED_FLAGS},
    **{c.value: q for c, q in CONDITION_QUESTIONS.items()},
}

# The answers that decide the plan, as a person reads them.
PHASES = {
    Phase.ACUTE: "A flare: the pain is recent or much worse than usual",
    Phase.REMISSION: "Calmer: the pain has settled or comes and goes",
}
SITUATIONS = {
    Situation.NO_INJURY: "No diagnosed injury",
    Situation.HERNIA: "A disc hernia (herniated or bulging disc) diagnosed by a doctor",
    Situation.PAST_INJURY: "An old back injury that has healed",
}
WORKDAY_QUESTION = "How do you spend your working day?"
WORKDAYS = {
    Workday.SITTING: "Mostly sitting",
    Workday.STANDING: "Mostly standing or walking",
    Workday.MIXED: "A mix",
    Workday.NONE: "I am not working, or I am retired",
}
LEVELS = {
    FitnessLevel.BEGINNER: "Beginner: I rarely exercise",
    FitnessLevel.INTERMEDIATE: "Intermediate: I exercise now and then",
    FitnessLevel.ADVANCED: "Advanced: I exercise regularly",
}
EQUIPMENT = {
    Equipment.MAT: "An exercise mat (or a rug)",
    Equipment.CHAIR: "A sturdy chair",
    Equipment.WALL: "A clear stretch of wall",
    Equipment.BAND: "An exercise band",
    Equipment.PENCIL: "A pencil",
    Equipment.PILLOW: "A pillow",
    Equipment.TOWEL: "A towel",
    Equipment.TABLE: "A table or worktop to lean on",
    Equipment.BAR: "A pull-up bar",
    Equipment.BALL: "A small ball (tennis ball)",
    Equipment.ROLLER: "A foam roller",
    Equipment.WEIGHTS: "Dumbbells or other weights",
    Equipment.BENCH: "A weight bench",
    Equipment.HYPEREXTENSION_BENCH: "A back-extension (hyperextension) bench",
    Equipment.POOL: "A swimming pool nearby",
    Equipment.BELT: "A back support belt",
}
