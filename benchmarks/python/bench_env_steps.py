"""Env steps per second of the pure-Python Navigation2D (gymnasium), the anchor of jgym's env benchmark.

Measures, in one process: (a) one env made by ``gymnasium.make`` (TimeLimit, order enforcing and passive checker,
as users get it), (b) the bare env, (c) 64 copies in gymnasium's ``SyncVectorEnv``. Prints one JSON object.

    python benchmarks/python/bench_env_steps.py --seconds 5
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

import gymnasium as gym
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nav2d_env  # noqa: E402  (registers Navigation2D-v0)


def steps_per_second(step, seconds: float) -> float:
    """Calls ``step()`` (which returns the env steps it made) repeatedly for about ``seconds``; returns steps/s."""
    step()  # warm-up
    done = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for _ in range(100):
            done += step()
        now = time.perf_counter()
        if now >= deadline:
            return done / (now - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measuring time per case")
    parser.add_argument("--copies", type=int, default=64, help="vector env size")
    args = parser.parse_args()

    action = np.array([0.013, -0.007], dtype=np.float32)

    made = gym.make(nav2d_env.ENV_ID)
    made.reset(seed=1)

    def made_step() -> int:
        _, _, terminated, truncated, _ = made.step(action)
        if terminated or truncated:
            made.reset()
        return 1

    bare = nav2d_env.Navigation2DEnv()
    bare.reset(seed=2)
    counter = [0]

    def bare_step() -> int:
        _, _, terminated, _, _ = bare.step(action)
        counter[0] += 1
        if terminated or counter[0] % 100 == 0:
            bare.reset()
        return 1

    vec = nav2d_env.make_vector_env(args.copies)
    vec.reset(seed=3)
    actions = np.tile(action, (args.copies, 1))

    def vec_step() -> int:
        vec.step(actions)
        return args.copies

    result = {
        "python": platform.python_version(),
        "gymnasium": gym.__version__,
        "numpy": np.__version__,
        "made_env_steps_per_s": steps_per_second(made_step, args.seconds),
        "bare_env_steps_per_s": steps_per_second(bare_step, args.seconds),
        "sync_vector_env_steps_per_s": steps_per_second(vec_step, args.seconds),
        "copies": args.copies,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
