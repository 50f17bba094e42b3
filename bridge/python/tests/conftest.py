"""Test set-up: the bridge's Java test envs (bridge/target/test-classes) join the class path before jgym loads,
and one JVM serves the whole session."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TEST_CLASSES = ROOT / "bridge" / "target" / "test-classes"
if not (TEST_CLASSES / "META-INF" / "services").is_dir():
    raise RuntimeError(f"{TEST_CLASSES} is missing; build it with: mvn -B -pl bridge -am test-compile")
os.environ["JGYM_CLASSPATH"] = os.pathsep.join(
    e for e in [str(TEST_CLASSES), os.environ.get("JGYM_CLASSPATH", "")] if e)

import jgym  # noqa: E402

POINT_GOAL = "BridgeTest/PointGoal-v0"
SPACES = "BridgeTest/Spaces-v0"


@pytest.fixture(scope="session")
def bridge():
    from jgym import _bridge

    return _bridge.shared()


def stats(bridge) -> dict:
    return bridge.json(bridge.service.stats)
