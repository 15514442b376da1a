"""Shared test setup: hypothesis profiles, so CI can run thousands of random profiles."""

import os

from hypothesis import HealthCheck, settings

# `HYPOTHESIS_PROFILE=ci` (set by .ci/run) runs the property tests on 2000 random profiles each;
# the default keeps a local run quick.
settings.register_profile("ci", max_examples=2000, deadline=None, derandomize=True)
settings.register_profile(
    "dev", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
