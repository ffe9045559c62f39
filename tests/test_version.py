"""`app.__version__` without importing importlib.metadata gives what importlib.metadata gives."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import pytest

import app


def test_the_fast_version_read_agrees_with_importlib_metadata() -> None:
    try:
        expected = version("pk-desk")
    except PackageNotFoundError:
        pytest.skip("pk-desk is not installed here")
    assert app._installed_version() == expected
    assert app.__version__ == expected
