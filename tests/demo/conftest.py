import pytest


@pytest.fixture(autouse=True)
def _demo(demo):
    """Every test here is about the demo site, or reads it (the browser tests walk through it)."""
