"""Shared test setup: the shipped library, a breakable copy of it, and hypothesis profiles."""

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from backcoach.core.library import Library, load_library
from backcoach.core.library.loader import DEFAULT_CONTENT

# `HYPOTHESIS_PROFILE=ci` (set by .ci/run) runs the property tests on 2000 random profiles each;
# the default keeps a local run quick.
settings.register_profile("ci", max_examples=2000, deadline=None, derandomize=True)
settings.register_profile(
    "dev", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content that a test may break."""
    copy = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT, copy)
    return copy
