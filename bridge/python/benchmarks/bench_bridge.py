"""Env steps per second from Python: jgym's Navigation2D through the bridge against the pure-Python/numpy twin
(benchmarks/python/nav2d_env.py) alone and in gymnasium's SyncVectorEnv, the CPU an idle client and its JVM use,
and the bridge's overhead per step on other envs (Alchemy, MuJoCo when installed). One run, one process.

    .venv/bin/python bridge/python/benchmarks/bench_bridge.py --seconds 3

Prints the table of bridge/BENCHMARKS.md to stderr and the numbers as JSON to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def measure(step, seconds: float, per_call: int) -> dict:
    """Calls ``step()`` for ``seconds`` after a warm-up, timing each call: median µs per call and env steps/s."""
    warm_until = time.perf_counter() + min(2.0, seconds / 2)  # JIT of the JVM side, numpy caches
    while time.perf_counter() < warm_until:
        step()
    times = np.empty(2_000_000, dtype=np.int64)
    n = 0
    clock = time.perf_counter_ns
    start = clock()
    end = start + int(seconds * 1e9)
    while n < len(times):
        t = clock()
        step()
        times[n] = clock() - t
        n += 1
        if t > end:
            break
    elapsed = (clock() - start) / 1e9
    return {"median_us": round(float(np.median(times[:n])) / 1e3, 2), "env_steps_per_s": round(n * per_call / elapsed)}


def single(env, actions):
    env.reset(seed=0)
    i = 0

    def step():
        nonlocal i
        i += 1
        _, _, terminated, truncated, _ = env.step(actions[i & 255])
        if terminated or truncated:
            env.reset()

    step.env = env
    return step


def vector(envs, actions):
    envs.reset(seed=0)
    i = 0

    def step():
        nonlocal i
        i += 1
        envs.step(actions[i & 255])  # next-step autoreset: no manual resets

    step.env = envs
    return step


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (all its threads)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def idle_cpu_percent(seconds: float) -> dict:
    """CPU use of this process and of its JVM while envs are open and idle, in % of one core."""
    envs = [jgym.make("Navigation2D-v0"), jgym.make_vec("Navigation2D-v0", 64)]
    envs[0].reset(seed=0)
    envs[1].reset(seed=0)
    for _ in range(1000):  # the serving threads have just been busy, then idle
        envs[0].step(np.zeros(2, np.float32))
    jvm = jgym_bridge.current().pid
    time.sleep(2.0)  # let the JIT and GC threads finish what the busy phase left them
    me, them = cpu_seconds(os.getpid()), cpu_seconds(jvm)
    time.sleep(seconds)
    out = {"python": round(100 * (cpu_seconds(os.getpid()) - me) / seconds, 2),
           "jvm": round(100 * (cpu_seconds(jvm) - them) / seconds, 2)}
    for e in envs:
        e.close()
    return out


def overhead(env_id: str, seconds: float) -> dict:
    """Median bridge step of ``env_id`` (unwrapped, sampled actions) against the same env stepped in Java alone."""
    env = jgym.make(env_id).unwrapped
    env.action_space.seed(0)
    actions = [env.action_space.sample() for _ in range(256)]
    bridged = measure(single(env, actions), seconds, 1)
    env.close()  # sampled actions are always valid: Java's timing below steps the same way
    bridge = jgym_bridge.current()
    java_ns = bridge.call(bridge.service.javaStepNanos, jgym._registration.java_id(env_id), "{}", 20000, 0)
    return {"bridge_median_us": bridged["median_us"], "java_alone_us": round(java_ns / 1e3, 2),
            "overhead_us": round(bridged["median_us"] - java_ns / 1e3, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="measuring time per case")
    parser.add_argument("--copies", type=int, default=64)
    parser.add_argument("--idle-seconds", type=float, default=10.0, help="idle CPU measuring time")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    one = rng.uniform(-0.1, 0.1, (256, 2)).astype(np.float32)
    many = rng.uniform(-0.1, 0.1, (256, args.copies, 2)).astype(np.float32)
    n = args.copies

    cases = [
        ("bridge, one env (jgym.make)", lambda: single(jgym.make("Navigation2D-v0"), one), 1),
        ("bridge, one env, unwrapped", lambda: single(TimeLimitless(jgym.make("Navigation2D-v0").unwrapped), one), 1),
        (f"bridge, {n}-copy vector env, 1 thread", lambda: vector(jgym.make_vec("Navigation2D-v0", n), many), n),
        (f"bridge, {n}-copy vector env, 2 threads",
         lambda: vector(jgym.make_vec("Navigation2D-v0", n, threads=2), many), n),
        ("pure Python, one env (gymnasium.make)", lambda: single(gym.make(nav2d_env.ENV_ID), one), 1),
        (f"pure Python, {n} copies in SyncVectorEnv", lambda: vector(nav2d_env.make_vector_env(n), many), n),
    ]
    warm = single(jgym.make("Navigation2D-v0"), one)
    measure(warm, 2.0, 1)  # warm the JVM so that the first case is steady too
    warm.env.close()
    results = {}
    for name, build, per_call in cases:
        step = build()
        results[name] = measure(step, args.seconds, per_call)
        step.env.close()
    bridge_one, python_one = results[cases[0][0]], results[cases[4][0]]
    bridge_vec = max(results[cases[2][0]]["env_steps_per_s"], results[cases[3][0]]["env_steps_per_s"])
    summary = {
        "single_env_vs_python": round(bridge_one["env_steps_per_s"] / python_one["env_steps_per_s"], 2),
        "vector_env_vs_sync_vector_env": round(bridge_vec / results[cases[5][0]]["env_steps_per_s"], 1),
        "idle_cpu_percent": idle_cpu_percent(args.idle_seconds),
        "overhead_per_step": {e: overhead(e, args.seconds) for e in overhead_envs()},
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "load": os.getloadavg()},
    }
    print_table(results, summary)
    print(json.dumps({"cases": results, **summary}, indent=2))


def overhead_envs() -> list[str]:
    """Alchemy, and the MuJoCo envs when their plugin is on the class path."""
    ids = [s["id"] for s in jgym.list_envs()]
    return [i for i in ids if "Alchemy" in i] + [i for i in ids if "mujoco" in i.lower()][:2]


def print_table(results: dict, summary: dict) -> None:
    out = sys.stderr
    print("| case | env steps/s | median µs per call |", file=out)
    print("|---|---:|---:|", file=out)
    for name, r in results.items():
        print(f"| {name} | {r['env_steps_per_s']:,} | {r['median_us']} |", file=out)
    print(f"\nsingle env, bridge / pure Python: {summary['single_env_vs_python']}x; "
          f"vector env / SyncVectorEnv: {summary['vector_env_vs_sync_vector_env']}x", file=out)
    idle = summary["idle_cpu_percent"]
    print(f"idle client with open envs: Python {idle['python']} %, JVM {idle['jvm']} % of a core", file=out)
    for env_id, o in summary["overhead_per_step"].items():
        print(f"{env_id}: bridge {o['bridge_median_us']} µs per step, Java alone {o['java_alone_us']} µs, "
              f"overhead {o['overhead_us']} µs", file=out)


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

    def close(self):
        self.env.close()


if __name__ == "__main__":
    main()
