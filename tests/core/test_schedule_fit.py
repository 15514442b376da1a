"""`schedule.fit`: the longest opening run of items within a budget of whole minutes."""

from hypothesis import given
from hypothesis import strategies as st

from backcoach.core.planning import PlanItem
from backcoach.core.planning.schedule import fit
from backcoach.core.planning.timing import minutes, session_seconds

items = st.lists(
    st.builds(
        PlanItem,
        exercise=st.just("bird-dog"),
        sets=st.integers(1, 4),
        reps=st.integers(1, 20),
        hold_s=st.integers(0, 30),
        rest_s=st.integers(0, 60),
        per_side=st.booleans(),
        why=st.just("test"),
        rep_s=st.integers(1, 5),
    ),
    max_size=12,
)


@given(items, st.integers(0, 60))
def test_it_keeps_the_longest_opening_run_that_fits(plan_items, free):
    kept = fit(plan_items, free)
    assert kept == plan_items[: len(kept)]
    assert minutes(session_seconds(kept)) <= free
    if len(kept) < len(plan_items):
        assert minutes(session_seconds(plan_items[: len(kept) + 1])) > free
