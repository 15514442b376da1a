import shutil
from pathlib import Path

import pytest

from backcoach.core.library import Library, load_library
from backcoach.core.library.loader import DEFAULT_CONTENT


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content that a test may break."""
    copy = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT, copy)
    return copy
