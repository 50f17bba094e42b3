"""Shared set-up of the test_mujoco_* tests."""

import pytest


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path, monkeypatch):
    """Runs each test in its own folder: gymnasium's mujoco (the reference) logs warnings to MUJOCO_LOG.TXT in the
    working directory."""
    monkeypatch.chdir(tmp_path)
