import glob
import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

import jgym
from conftest import POINT_GOAL, ROOT, stats


def shm_files(jvm_pid: int | None = None):
    """The bridge's shared files and FIFOs (of one JVM, when given: other jgym checkouts on the machine use
    /dev/shm too)."""
    pattern = "jgym-*" if jvm_pid is None else f"jgym-*-j{jvm_pid}-*"
    return set(glob.glob("/dev/shm/" + pattern)) | set(glob.glob(os.path.join(os.environ.get("TMPDIR", "/tmp"),
                                                                               pattern)))


def test_1000_make_close_cycles_leak_no_handles_threads_or_files(bridge):
    before_files = shm_files(bridge.pid)
    env = jgym.make(POINT_GOAL)  # warm up the connection pool and the classes
    env.close()
    threads = stats(bridge)["threads"]
    handles = stats(bridge)["handles"]
    for i in range(1000):
        if i % 2:
            env = jgym.make(POINT_GOAL)
            env.reset(seed=i)
        else:
            env = jgym.make_vec(POINT_GOAL, 2, threads=2)
        env.close()
    after = stats(bridge)
    assert after["handles"] == handles
    assert after["threads"] <= threads + 2
    assert shm_files(bridge.pid) <= before_files


CHILD = textwrap.dedent("""
    import os, signal, sys, time
    import numpy as np
    import jgym
    from jgym import _bridge
    env = jgym.make("BridgeTest/PointGoal-v0")
    env.reset(seed=0)
    os.kill(_bridge.shared().process.pid, signal.SIGKILL)
    time.sleep(0.5)
    t = time.time()
    try:
        env.step(np.zeros(2, np.float32))
    except jgym.BridgeDeadError as e:
        print("DEAD", round(time.time() - t, 2), e)
    env2 = jgym.make("BridgeTest/PointGoal-v0")  # a new JVM starts
    print("NEW", env2.reset(seed=0)[0].shape)
""")


def test_killing_the_jvm_gives_a_clear_error_not_a_hang():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    dead = next(line for line in lines if line.startswith("DEAD"))
    assert float(dead.split()[1]) < 5
    assert "exited with code" in dead and "make new ones" in dead
    assert "NEW (4,)" in lines


def test_a_killed_python_client_has_its_envs_freed_by_the_server(tmp_path):
    from jgym import _classpath

    cp = os.pathsep.join(_classpath.class_path())
    server = subprocess.Popen(["java", "-cp", cp, "org.jgym.bridge.BridgeMain", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(server.stdout.readline())
        child = textwrap.dedent(f"""
            import os, signal, jgym
            jgym.connect({info['port']}, "{info['token']}")
            env = jgym.make("BridgeTest/PointGoal-v0"); vec = jgym.make_vec("BridgeTest/PointGoal-v0", 4)
            print("MADE", os.getpid(), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        """)
        out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
        assert "MADE" in out.stdout, out.stderr
        from jgym._bridge import Bridge

        watcher = Bridge(info["port"], info["token"])
        deadline = time.time() + 10
        while stats(watcher)["handles"] and time.time() < deadline:
            time.sleep(0.2)
        assert stats(watcher)["handles"] == 0
        child_pid = out.stdout.split()[1]
        assert not [f for f in shm_files() | set(glob.glob("/dev/shm/jgym-*")) if f"-c{child_pid}-" in f]
        watcher.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_an_idle_client_with_open_envs_uses_no_cpu_in_either_process():
    from conftest import run_python

    out = run_python("""
        import os, time
        import numpy as np
        import jgym
        from jgym import _bridge
        env = jgym.make("BridgeTest/PointGoal-v0"); env.reset(seed=0)
        vec = jgym.make_vec("BridgeTest/PointGoal-v0", 8); vec.reset(seed=0)
        for _ in range(2000):
            env.step(np.zeros(2, np.float32)); vec.step(np.zeros((8, 2), np.float32))
        def cpu(pid):
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        jvm = _bridge.shared().pid
        time.sleep(2)  # the JIT finishes what the busy loop left it
        a, b = cpu(os.getpid()), cpu(jvm)
        time.sleep(4)
        print("IDLE", (cpu(os.getpid()) - a) / 4 * 100, (cpu(jvm) - b) / 4 * 100)
    """)
    line = next(line for line in out.stdout.splitlines() if line.startswith("IDLE"))
    python_percent, jvm_percent = map(float, line.split()[1:])
    assert python_percent < 1 and jvm_percent < 2, line  # measured about 0 % and 0.1 %
