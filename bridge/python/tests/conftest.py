"""Test set-up: the bridge's Java test envs (bridge/target/test-classes) join the class path before jgym loads,
and one JVM serves the whole session."""

import contextlib
import json
import os
import subprocess
import sys
import textwrap
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


@contextlib.contextmanager
def served():
    """A separate ``jgym serve``-like server (BridgeMain on a free port); yields its connection info."""
    from jgym import _classpath

    cp = os.pathsep.join(_classpath.class_path())
    server = subprocess.Popen(["java", "-cp", cp, "org.jgym.bridge.BridgeMain", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(server.stdout.readline())
        info["process"] = server
        yield info
    finally:
        server.kill()
        server.wait(timeout=10)


def run_python(code: str, timeout: float = 120, **env_changes) -> subprocess.CompletedProcess:
    """Runs ``code`` in a fresh Python (same venv and environment, plus ``env_changes``; None removes a variable)."""
    env = dict(os.environ)
    for k, v in env_changes.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout, env=env)
