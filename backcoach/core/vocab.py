"""The controlled vocabularies of backcoach, defined once and validated everywhere.

An unknown tag in a content file, a profile or a filter is an error, never a guess, so every
place that reads a tag parses it through one of these enums.
"""

from enum import IntEnum, StrEnum


class Purpose(StrEnum):
    RELIEF = "relief"
    STRETCH = "stretch"
    MOBILITY = "mobility"
    STRENGTH = "strength"
    POSTURE = "posture"
    BREATHING = "breathing"
    FEET = "feet"
    BALANCE = "balance"
    RELAXATION = "relaxation"
    ACTIVITY = "activity"  # whole-body aerobic activity: walking, swimming


class Position(StrEnum):
    LYING_BACK = "lying_back"
    LYING_FRONT = "lying_front"
    LYING_SIDE = "lying_side"
    ALL_FOURS = "all_fours"
    KNEELING = "kneeling"
    SITTING = "sitting"
    SITTING_FLOOR = "sitting_floor"
    STANDING = "standing"
    HANGING = "hanging"
    IN_WATER = "in_water"


class Equipment(StrEnum):
    MAT = "mat"
    CHAIR = "chair"
    WALL = "wall"
    BAND = "band"
    PENCIL = "pencil"
    PILLOW = "pillow"
    TOWEL = "towel"
    TABLE = "table"
    BAR = "bar"
    BALL = "ball"
    ROLLER = "roller"
    WEIGHTS = "weights"
    BENCH = "bench"
    HYPEREXTENSION_BENCH = "hyperextension_bench"
    POOL = "pool"
    BELT = "belt"


class BodyPart(StrEnum):
    """What an exercise mainly works on; the figures highlight it."""

    FEET = "feet"
    ANKLES = "ankles"
    CALVES = "calves"
    LEGS = "legs"
    HIPS = "hips"
    GLUTES = "glutes"
    ABS = "abs"
    OBLIQUES = "obliques"
    LOWER_BACK = "lower_back"
    UPPER_BACK = "upper_back"
    SPINE = "spine"
    SHOULDERS = "shoulders"
    NECK = "neck"
    DIAPHRAGM = "diaphragm"
    WHOLE_BODY = "whole_body"


class Level(IntEnum):
    GENTLE = 1
    MAIN = 2
    HARDER = 3


class Condition(StrEnum):
    """Medical conditions a person may report; the seeds name most of them."""

    PREGNANCY = "pregnancy"
    MALIGNANT_TUMOUR = "malignant_tumour"
    LUNG_DISEASE = "lung_disease"
    KIDNEY_DISEASE = "kidney_disease"
    GASTRITIS_ULCER = "gastritis_ulcer"
    SPINAL_INJURY = "spinal_injury"
    HYPERTENSION = "hypertension"
    BLEEDING_TENDENCY = "bleeding_tendency"
    DIABETES = "diabetes"
    OSTEOPOROSIS = "osteoporosis"
    # Not in the seeds; from the screening guidance backcoach follows (docs/engine.md).
    HEART_CONDITION = "heart_condition"
    HIP_REPLACEMENT = "hip_replacement"
    FALLS = "falls"


class Situation(StrEnum):
    """The three starting situations of seed 004 ("Where to begin?")."""

    NO_INJURY = "no_injury"
    HERNIA = "hernia"
    PAST_INJURY = "past_injury"


class Phase(StrEnum):
    ACUTE = "acute"
    REMISSION = "remission"


class Workday(StrEnum):
    SITTING = "sitting"
    STANDING = "standing"
    MIXED = "mixed"
    NONE = "none"  # not working, or retired: no workplace routine


class RedFlag(StrEnum):
    """Signs of serious spinal pathology; not in the seeds, from standard clinical practice."""

    SADDLE_NUMBNESS = "saddle_numbness"
    BLADDER_BOWEL_CHANGE = "bladder_bowel_change"
    PROGRESSIVE_LEG_WEAKNESS = "progressive_leg_weakness"
    FEVER = "fever"
    CANCER_HISTORY = "cancer_history"
    UNEXPLAINED_WEIGHT_LOSS = "unexplained_weight_loss"
    CONSTANT_NIGHT_PAIN = "constant_night_pain"
    MAJOR_TRAUMA = "major_trauma"
    LONG_TERM_STEROIDS = "long_term_steroids"
    MINOR_TRAUMA = "minor_trauma"
    IMMUNOSUPPRESSED = "immunosuppressed"
    RECENT_SPINAL_SURGERY = "recent_spinal_surgery"
    INFLAMMATORY_PATTERN = "inflammatory_pattern"


class LegSymptoms(StrEnum):
    """How far down pain, numbness or tingling reaches in the legs."""

    NONE = "none"
    ABOVE_KNEE = "above_knee"
    BELOW_KNEE = "below_knee"
    BOTH_LEGS = "both_legs"


# A tag the profile derives from age, so content can bar an exercise for older adults the way
# it bars one for a condition (see `Profile.tags`).
OLDER_ADULT = "older_adult"

# The red flags a clinician may clear after examining the person: those that send to a doctor
# within days. Those that send to emergency care today are never cleared in backcoach; after
# such a visit the person answers the questions again.
CLEARABLE_RED_FLAGS: frozenset[RedFlag] = frozenset(
    {
        RedFlag.CANCER_HISTORY,
        RedFlag.UNEXPLAINED_WEIGHT_LOSS,
        RedFlag.CONSTANT_NIGHT_PAIN,
        RedFlag.LONG_TERM_STEROIDS,
        RedFlag.MINOR_TRAUMA,
        RedFlag.RECENT_SPINAL_SURGERY,
    }
)
CLEARABLE: frozenset[str] = frozenset(
    [c.value for c in Condition] + [f.value for f in CLEARABLE_RED_FLAGS]
)


# The tags an exercise's `avoid_when` may carry: any condition, situation or phase, and age.
AVOID_TAGS: frozenset[str] = frozenset(
    [c.value for c in Condition]
    + [s.value for s in Situation]
    + [p.value for p in Phase]
    + [OLDER_ADULT]
)

# Where a rule comes from outside the seeds (red flags, osteoporosis), its source names this
# instead of a seed file, and its section names the guideline.
CLINICAL_PRACTICE = "clinical-practice"

SEED_FILES: tuple[str, ...] = (
    "000_a80158f0f5fb4da3.txt",
    "001_4dc149a14d89a0c1.txt",
    "002_6ef2df3a58be9d54.txt",
    "003_89fbecef689718a5.txt",
    "004_781f8cbfcc946f08.txt",
)
