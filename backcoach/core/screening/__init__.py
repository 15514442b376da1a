"""Screening: may this person exercise with backcoach today, and with what care?

The order of severity is fixed: an emergency beats a see-a-doctor finding, which beats a
caution. Contraindications and cautions come from the content rules (`rules/conditions.toml`),
never from code, so a clinic's edition can change them; red flags are standard clinical practice
(the seeds do not list them) and live in `red_flags`. A clinician's clearance turns a
see-a-doctor finding it names into a caution with a plan adapted to it; it never clears an
emergency or severe pain. Every threshold is explained with its source in docs/engine.md.
"""

from collections.abc import Collection

from backcoach.core.library import Library, load_library
from backcoach.core.profile import BONE_PRECAUTION_AGE, OLDER_ADULT_AGE, Profile
from backcoach.core.screening.models import Finding, Reason, Screening, Status, screening_of
from backcoach.core.screening.red_flags import (
    CLEARED_ACTION,
    DOCTOR_SOON,
    cleared_reason,
    red_flag_findings,
)
from backcoach.core.vocab import Condition, LegSymptoms, Phase, RedFlag, Situation

__all__ = [
    "EMERGENCY_SIGNS",
    "MODERATE_PAIN",
    "NOTICE",
    "NOT_A_CLINICIAN",
    "SEVERE",
    "SEVERE_PAIN",
    "Reason",
    "Screening",
    "Status",
    "screen",
    "screen_red_flags",
    "to_clear",
]

# Pain at rest, 0-10, at intake. 0-3 is settled: the full plan for the person's level. From 4 a
# caution: levels 1-2 only, doses at the low end. From 7 no exercise plan today: seed 002 ("With
# pains too obvious and severe, it is better to stop exercising") gives the rule without a
# number, and 7/10 is where pain scales start "severe". It holds in either phase: a person
# reporting 7/10 is not in remission, whatever they ticked.
MODERATE_PAIN = 4
SEVERE_PAIN = 7

ACUTE = Reason(
    "acute_flare",
    "You are in a flare. Strengthening waits until the pain has settled; for now your plan holds "
    "only gentle relief, relaxation and breathing exercises.",
    "Keep moving gently within comfort and stop anything that hurts. When the flare has passed, "
    "answer the questions again and say your back is calmer. If the pain does not ease within a "
    "few days, see a doctor.",
)


def moderate(pain: int) -> Reason:
    return Reason(
        "moderate_pain",
        f"Your pain is {pain}/10, so your plan leaves out the harder exercises and gives "
        f"smaller doses until it settles to {MODERATE_PAIN - 1}/10 or less.",
        "Move within comfort and stop any exercise that makes the pain sharper or spreads it.",
    )


SEVERE = Reason(
    "severe_pain",
    f"Your pain is {SEVERE_PAIN}/10 or more: with pain this strong, an exercise session can make "
    "it worse.",
    "Keep moving gently within comfort through the day (short walks, changing position) rather "
    "than staying in bed, and ease the pain as your doctor or pharmacist advises. If it has not "
    f"eased within a few days, see a doctor. Come back when it is below {SEVERE_PAIN}/10.",
)
OSTEOPOROSIS_FLARE = Reason(
    "osteoporosis_flare",
    "When bones may be weak (osteoporosis, long-term steroids, cancer, or an age of "
    f"{BONE_PRECAUTION_AGE} or over), a new flare of back pain may come from a small fracture "
    "of a vertebra.",
    DOCTOR_SOON,
)
BONE_PRECAUTIONS = Reason(
    "bone_precautions_age",
    f"From {BONE_PRECAUTION_AGE}, bones are often weaker than anyone knows, so your plan takes "
    "the same care as for osteoporosis: no crunches, no loaded forward bending and no rolling on "
    "the spine.",
    "Ask your doctor whether a bone density check suits you.",
)
OLDER_ADULT = Reason(
    "older_adult",
    f"From {OLDER_ADULT_AGE}, your plan leaves out deep squats, walking on tiptoe without support "
    "and hanging from a bar, which strain balance, joints and grip more than they help.",
    "Keep a wall or a sturdy chair within reach for standing exercises.",
)
SITUATIONS: dict[Situation, Reason] = {
    Situation.HERNIA: Reason(
        "hernia",
        "With a disc hernia, your plan leaves out crunches, forward folds, rolling on the back "
        "and heavy lifting, and keeps to exercises that do not load the discs.",
        "Have a neurologist or physiotherapist confirm the diagnosis and check your plan. Stop "
        "any exercise that sends pain, numbness or tingling into a leg or further down it.",
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
EMERGENCY_SIGNS = (
    "Stop and get emergency care today if you notice numbness around your buttocks, genitals or "
    "inner thighs, new trouble passing or holding urine or stool, or pain, numbness or tingling "
    "in both legs."
)
NOTICE = f"{NOT_A_CLINICIAN} {EMERGENCY_SIGNS}"


def screen(profile: Profile, library: Library | None = None) -> Screening:
    found = _findings(profile, library or load_library())
    return screening_of([_apply_clearance(f, profile.clinician_clearance) for f in found])


def to_clear(profile: Profile, library: Library) -> list[str]:
    """The tags whose clearance by a clinician would let this person have a plan: each finding
    that sends to a doctor and that a clearance can change, in screening order. A front end
    asks about these, and only these, after the answers that decide them (a minor fall, say,
    matters only with the age or the bones known)."""
    findings = _findings(profile, library)
    return [f.clears for f in findings if f.clears and f.status is Status.SEE_DOCTOR]


def _findings(profile: Profile, library: Library) -> list[Finding]:
    weak_bones = Condition.OSTEOPOROSIS.value in profile.tags
    return [
        *red_flag_findings(profile.red_flags, profile.leg_symptoms, weak_bones=weak_bones),
        *_conditions(profile, library),
        *_pain_and_phase(profile),
    ]


def screen_red_flags(
    red_flags: Collection[RedFlag],
    leg_symptoms: LegSymptoms = LegSymptoms.NONE,
    clinician_clearance: Collection[str] = (),
) -> Screening:
    """The red flags alone, asked before anything else: a front end that gets a status that
    does not allow a plan stops there and asks nothing more."""
    found = red_flag_findings(red_flags, leg_symptoms, weak_bones=False)
    return screening_of([_apply_clearance(f, clinician_clearance) for f in found])


def _apply_clearance(finding: Finding, cleared: Collection[str]) -> Finding:
    if finding.clears and finding.cleared and finding.clears in cleared:
        return Finding(Status.CAUTION, finding.cleared)
    return finding


def _conditions(profile: Profile, library: Library) -> list[Finding]:
    found = []
    for condition in Condition:
        if condition not in profile.all_conditions:
            continue
        tag = condition.value
        rule = library.rules.condition(condition)
        if rule is None:
            # A condition the content does not cover is treated as a contraindication: an
            # unknown risk fails closed.
            message = f"backcoach has no guidance for {tag.replace('_', ' ')}."
            reason = Reason(f"contraindication_{tag}", message, DOCTOR_SOON)
            cleared = cleared_reason(f"cleared_{tag}", tag)
            found.append(Finding(Status.SEE_DOCTOR, reason, tag, cleared))
        elif rule.kind == "contraindication":
            reason = Reason(f"contraindication_{tag}", rule.message, rule.action)
            action = rule.cleared_action or CLEARED_ACTION
            cleared = cleared_reason(f"cleared_{tag}", tag, action)
            found.append(Finding(Status.SEE_DOCTOR, reason, tag, cleared))
        else:
            found.append(
                Finding(Status.CAUTION, Reason(f"caution_{tag}", rule.message, rule.action))
            )
    if profile.age >= BONE_PRECAUTION_AGE and Condition.OSTEOPOROSIS not in profile.all_conditions:
        found.append(Finding(Status.CAUTION, BONE_PRECAUTIONS))
    if profile.age >= OLDER_ADULT_AGE:
        # Said, not a caution: the plan is as safe as any, only without these.
        found.append(Finding(Status.OK, OLDER_ADULT))
    return found


def _pain_and_phase(profile: Profile) -> list[Finding]:
    found = []
    if profile.pain_now >= SEVERE_PAIN:
        found.append(Finding(Status.SEE_DOCTOR, SEVERE))
    elif profile.pain_now >= MODERATE_PAIN:
        found.append(Finding(Status.CAUTION, moderate(profile.pain_now)))
    if profile.phase is Phase.ACUTE:
        found.append(Finding(Status.CAUTION, ACUTE))
        if Condition.OSTEOPOROSIS.value in profile.tags:
            # Weak bones as the profile's tags say: diagnosed, or likely (age 70 or over, long-term
            # steroids, cancer), since most vertebral fractures are never diagnosed. Not
            # clearable: a clearance has no date in the profile, so it would clear every later
            # flare too. Once examined, the person answers for the phase the doctor found.
            found.append(Finding(Status.SEE_DOCTOR, OSTEOPOROSIS_FLARE))
    if profile.situation in SITUATIONS:
        found.append(Finding(Status.CAUTION, SITUATIONS[profile.situation]))
    return found
