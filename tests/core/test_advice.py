from backcoach.core.advice import STOP_ADVICE, STOP_LABELS, is_safety_stop, stop_advice
from backcoach.core.records import StopReason


def test_it_has_advice_for_every_reason_to_stop() -> None:
    assert set(STOP_ADVICE) == set(StopReason)


def test_it_names_every_reason_to_stop_in_order() -> None:
    assert list(STOP_LABELS) == list(StopReason)


def test_it_sends_dizziness_with_warning_signs_to_emergency_care() -> None:
    assert "call emergency services" in stop_advice(StopReason.DIZZINESS)
    assert "medical care today" in stop_advice("sharp_pain")  # a stored value works too
    assert stop_advice(None) == stop_advice("") == ""


def test_it_names_nausea_dizziness_and_sharp_pain_as_safety_stops() -> None:
    assert [r for r in StopReason if is_safety_stop(r)] == [
        StopReason.NAUSEA,
        StopReason.DIZZINESS,
        StopReason.SHARP_PAIN,
    ]
    assert not is_safety_stop(None)
