"""Env steps per second from Python: jgym's Navigation2D through the bridge against the pure-Python/numpy
Navigation2D (benchmarks/python/nav2d_env.py) vectorized with gymnasium's SyncVectorEnv. One run, one process.

Cases: (a) one env stepped per call (jgym.make, as users get it, and its unwrapped env), (b) 64 copies in one
bridge call (1 and 2 JVM threads), (c) the pure-Python env alone and in a 64-copy SyncVectorEnv.

    .venv/bin/python bridge/python/benchmarks/bench_bridge.py --seconds 5
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

import gymnasium as gym
import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks" / "python"))
import nav2d_env  # noqa: E402  (the pure-Python twin; registers Navigation2D-v0)

import jgym  # noqa: E402
from jgym import _bridge as jgym_bridge  # noqa: E402  (for the JVM pid)


def rate(step, seconds: float) -> float:
    """Calls ``step()`` (returning the env steps it made) for about ``seconds`` after a warm-up; steps/s."""
    warm_until = time.perf_counter() + min(2.0, seconds / 2)  # JIT of the JVM side and numpy caches
    while time.perf_counter() < warm_until:
        step()
    done = 0
    start = time.perf_counter()
    while True:
        for _ in range(50):
            done += step()
        now = time.perf_counter()
        if now - start >= seconds:
            return done / (now - start)


def single(env, actions):
    env.reset(seed=0)
    i = 0

    def step():
        nonlocal i
        i += 1
        _, _, terminated, truncated, _ = env.step(actions[i & 255])
        if terminated or truncated:
            env.reset()
        return 1

    return step


def vector(envs, actions):
    envs.reset(seed=0)
    i = 0

    def step():
        nonlocal i
        i += 1
        envs.step(actions[i & 255])  # next-step autoreset: no manual resets
        return envs.num_envs

    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measuring time per case")
    parser.add_argument("--copies", type=int, default=64)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    one = rng.uniform(-0.1, 0.1, (256, 2)).astype(np.float32)
    many = rng.uniform(-0.1, 0.1, (256, args.copies, 2)).astype(np.float32)

    # warm the JVM (JIT of the env and the bridge) so that the first case is measured in steady state too
    rate(single(jgym.make("Navigation2D-v0"), one), 2.0)
    rate(vector(jgym.make_vec("Navigation2D-v0", args.copies), many), 2.0)
    results = {}
    cases = [
        ("bridge_single_made", lambda: single(jgym.make("Navigation2D-v0"), one)),
        ("bridge_single_unwrapped", lambda: single(TimeLimitless(jgym.make("Navigation2D-v0").unwrapped), one)),
        ("bridge_vec_threads1", lambda: vector(jgym.make_vec("Navigation2D-v0", args.copies, threads=1), many)),
        ("bridge_vec_threads2", lambda: vector(jgym.make_vec("Navigation2D-v0", args.copies, threads=2), many)),
        ("python_single_made", lambda: single(gym.make(nav2d_env.ENV_ID), one)),
        ("python_sync_vec", lambda: vector(nav2d_env.make_vector_env(args.copies), many)),
    ]
    for name, build in cases:
        steps_per_s = rate(build(), args.seconds)
        results[name] = {"env_steps_per_s": round(steps_per_s), "us_per_call": round(
            1e6 / steps_per_s * (args.copies if "vec" in name else 1), 1)}
        print(f"{name:26s} {steps_per_s:12,.0f} env-steps/s  {results[name]['us_per_call']:8.1f} us/call",
              file=sys.stderr, flush=True)
    results["speedup_vec_vs_python_sync_vec"] = round(
        max(results["bridge_vec_threads1"]["env_steps_per_s"], results["bridge_vec_threads2"]["env_steps_per_s"])
        / results["python_sync_vec"]["env_steps_per_s"], 1)
    results["machine"] = {"cores": os.cpu_count(), "python": platform.python_version(), "copies": args.copies,
                          "seconds_per_case": args.seconds}
    results["peak_rss_mib"] = {"python": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                               "jvm": jvm_peak_rss_mib()}
    print(json.dumps(results, indent=2))


def jvm_peak_rss_mib() -> float | None:
    """Peak resident memory (VmHWM) of the JVM this process started, or None when it is not local."""
    bridge = jgym_bridge.current()
    if bridge is None or bridge.process is None:
        return None
    with open(f"/proc/{bridge.process.pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


class TimeLimitless:
    """The unwrapped bridge env with the 100-step limit done here, so the loop measures the bare bridge call."""

    def __init__(self, env):
        self.env = env
        self.t = 0

    def reset(self, **kw):
        self.t = 0
        return self.env.reset(**kw)

    def step(self, action):
        self.t += 1
        obs, r, term, trunc, info = self.env.step(action)
        return obs, r, term, trunc or self.t >= 100, info


if __name__ == "__main__":
    main()
