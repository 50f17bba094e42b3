"""What a user meets when things go wrong: a killed or stopped JVM, a server that dies, a remote host, a machine
without java, plugins, and odd inputs. Each failure must name its fix."""

import os
import signal
import time

import numpy as np
import pytest

import jgym
from conftest import POINT_GOAL, SPACES, TEST_CLASSES, run_python, served

KILL_AND_STEP = """
    import os, signal, time
    import numpy as np
    import jgym
    from jgym import _bridge
    env = jgym.make("BridgeTest/PointGoal-v0")
    vec = jgym.make_vec("BridgeTest/PointGoal-v0", 2)
    env.reset(seed=0); vec.reset(seed=0)
    os.kill(_bridge.shared().process.pid, signal.SIGKILL)
    for what, call in [("step", lambda: env.step(np.zeros(2, np.float32))), ("reset", lambda: env.reset()),
                       ("vec", lambda: vec.step(np.zeros((2, 2), np.float32))), ("task", env.unwrapped.get_task)]:
        t = time.time()
        try:
            call()
            print(what, "NO ERROR")
        except Exception as e:
            print(what, type(e).__name__, round(time.time() - t, 2), e)
"""


def test_a_killed_jvm_always_gives_bridge_dead_error_and_no_log_spam():
    for _ in range(3):
        out = run_python(KILL_AND_STEP)
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert len(lines) == 4, out.stdout + out.stderr
        for line in lines:
            what, kind, seconds = line.split()[:3]
            assert kind == "BridgeDeadError", line
            assert float(seconds) < 5
        assert "exited with code" in lines[0] and "make new ones" in lines[0]
        assert "Traceback" not in out.stderr and len(out.stderr.splitlines()) <= 1, out.stderr


def test_a_stopped_jvm_times_out_with_a_clear_error():
    out = run_python("""
        import os, signal, time
        import numpy as np
        import jgym
        from jgym import _bridge
        env = jgym.make("BridgeTest/PointGoal-v0").unwrapped
        env.reset(seed=0)
        jgym.set_timeout(1.0)
        pid = _bridge.shared().process.pid
        os.kill(pid, signal.SIGSTOP)
        # the signal is queued, not yet acted on: wait until every JVM thread is stopped, or the spinning
        # doorbell thread may still answer this step
        def state(task):
            return open(f"/proc/{pid}/task/{task}/stat").read().rsplit(")", 1)[1].split()[0]
        while any(state(task) != "T" for task in os.listdir(f"/proc/{pid}/task")):
            time.sleep(0.01)
        t = time.time()
        try:
            env.step(np.zeros(2, np.float32))
        except jgym.BridgeTimeoutError as e:
            print("TIMEOUT", round(time.time() - t, 1), e)
        finally:
            os.kill(pid, signal.SIGCONT)
        try:
            env.step(np.zeros(2, np.float32))
        except jgym.JgymError as e:
            print("AFTER", e)
        env2 = jgym.make("BridgeTest/PointGoal-v0")
        print("NEW", env2.reset(seed=0)[0].shape)
    """)
    assert out.returncode == 0, out.stderr
    timeout = next(line for line in out.stdout.splitlines() if line.startswith("TIMEOUT"))
    assert 0.9 <= float(timeout.split()[1]) < 5
    assert "did not answer" in timeout and "stopped (SIGSTOP?)" in timeout and "set_timeout" in timeout
    assert "AFTER" in out.stdout and "make a new one" in out.stdout
    assert "NEW (4,)" in out.stdout


def test_after_a_connected_server_dies_make_raises_until_reconnect_or_shutdown():
    with served() as info:
        code = f"""
            import jgym
            jgym.connect({info['port']}, "{info['token']}")
            env = jgym.make("BridgeTest/PointGoal-v0"); env.reset(seed=0)
            print("CONNECTED", flush=True)
            import sys; sys.stdin.readline()   # the test kills the server now
            for _ in range(2):
                try:
                    jgym.make("BridgeTest/PointGoal-v0")
                    print("MADE SILENTLY")
                except jgym.BridgeDeadError as e:
                    print("DEAD", e)
            jgym.shutdown()
            print("LOCAL", jgym.make("BridgeTest/PointGoal-v0").reset(seed=0)[0].shape)
        """
        import subprocess
        import sys
        import textwrap
        child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().startswith("CONNECTED")
        info["process"].kill()
        info["process"].wait()
        stdout, stderr = child.communicate("go\n", timeout=120)
    assert "MADE SILENTLY" not in stdout
    dead = [line for line in stdout.splitlines() if line.startswith("DEAD")]
    assert len(dead) == 2, stdout + stderr
    assert "jgym.connect" in dead[0] and "jgym.shutdown()" in dead[0]
    assert "LOCAL (4,)" in stdout


def test_remote_hosts_are_refused_with_the_reason():
    with pytest.raises(ValueError, match="shared memory"):
        jgym.connect(25333, "0" * 32, host="10.1.2.3")
    with pytest.raises(ValueError, match="not this machine"):
        jgym.connect(25333, "0" * 32, host="gpu-box.example.org")


def test_import_works_without_java_and_make_says_what_to_install(tmp_path):
    out = run_python("""
        import warnings
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            import jgym
        print("IMPORTED", len(caught))
        try:
            jgym.make("Navigation2D-v0")
        except jgym.JgymError as e:
            print("MAKE", e)
    """, PATH="/nonexistent", JGYM_JAVA=None, XDG_CACHE_HOME=str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "IMPORTED 1" in out.stdout
    assert "install Java 17" in out.stdout and "JGYM_JAVA" in out.stdout
    assert "Traceback" not in out.stderr


def test_plugins_from_jgym_plugins_are_served_and_unknown_ids_mention_plugins(tmp_path):
    code = """
        import jgym
        print("ENV", jgym.make("BridgeTest/PointGoal-v0").reset(seed=0)[0].shape)
    """
    out = run_python(code, JGYM_CLASSPATH="", JGYM_PLUGINS=str(TEST_CLASSES), XDG_CACHE_HOME=str(tmp_path))
    assert "ENV (4,)" in out.stdout, out.stderr
    out = run_python("""
        import jgym
        try:
            jgym.make("BridgeTest/PointGoal-v0")
        except jgym.UnknownIdError as e:
            print("UNKNOWN", e)
    """, JGYM_CLASSPATH="", JGYM_PLUGINS=None, XDG_CACHE_HOME=str(tmp_path))
    assert "UNKNOWN" in out.stdout and "JGYM_PLUGINS" in out.stdout and "plugins/" in out.stdout, out.stderr


@pytest.mark.parametrize("seed", [2**64, -1, 1.5, "7"])
def test_bad_seeds_are_rejected_in_python_with_the_allowed_range(seed):
    env = jgym.make(POINT_GOAL)
    with pytest.raises(ValueError, match=r"a seed must be an integer in \[0, 2\*\*63 - 1\]"):
        env.reset(seed=seed)
    env.reset(seed=2**63 - 1)
    env.close()


def test_odd_actions_get_one_line_errors():
    env = jgym.make(SPACES).unwrapped
    env.reset(seed=0)
    with pytest.raises(jgym.InvalidActionError, match=r"out of range; expected an Integer in \[-1, 1\]"):
        env.step(2**40)
    point = jgym.make(POINT_GOAL).unwrapped
    point.reset(seed=0)
    for bad, dtype in [(np.array([1 + 2j, 0]), "complex128"), (np.array([None, 1], dtype=object), "object")]:
        with pytest.raises(jgym.InvalidActionError, match=f"expected real numbers, got an array of dtype {dtype}"):
            point.step(bad)
    point.step(np.zeros(2, np.float32))
    env.close()
    point.close()


def test_a_rejected_huge_task_gives_a_short_message():
    env = jgym.make(POINT_GOAL).unwrapped
    with pytest.raises(jgym.JgymError) as e:
        env.set_task({"goal": [0.0] * 2_000_000})
    assert len(str(e.value)) < 600 and "characters cut" in str(e.value)
    env.close()


def test_the_wheel_built_by_the_set_up_works_outside_the_repository(tmp_path):
    import glob
    import subprocess
    import sys

    from conftest import ROOT

    wheels = glob.glob(str(ROOT / "bridge" / "target" / "python-dist" / "jgym-*.whl"))
    assert wheels, "run bash bridge/python/setup_venv.sh first: it builds the wheel"
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                    "--target", str(site), wheels[0]], check=True, timeout=120)
    out = subprocess.run([sys.executable, "-c", """
import jgym, gymnasium
print("FROM", jgym.__file__)
env = gymnasium.make("jgym/Navigation2D-v0")
print("OBS", env.reset(seed=0)[0].shape)
"""], capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={k: v for k, v in dict(os.environ, PYTHONPATH=str(site), XDG_CACHE_HOME=str(tmp_path)).items()
             if k not in ("JGYM_HOME", "JGYM_CLASSPATH")})
    assert f"FROM {site}" in out.stdout, out.stdout + out.stderr
    assert "OBS (2,)" in out.stdout, out.stderr
