"""Python side of env-mujoco/scripts/bench-mujoco: gymnasium's own env and jgym's through the bridge
(gymnasium.make("jgym/<id>")) on the C loop's trajectory (its action table, no reset noise, no Ant termination,
reset after 1000 steps by the time limit).

Usage: bench_python.py id steps          the two in ten alternating blocks: medians of steps/s and of bridge / gymnasium
       bench_python.py --serve id        gymnasium's env serving blocks of the trajectory for StepBenchmark: each stdin
                                         line K runs the next K steps and answers the wall seconds; an empty line ends
"""
import statistics
import sys
import time

import gymnasium
import numpy as np


def actions(width, n=1000):
    """step_loop.c's table: a 64-bit LCG from 12345, the top 53 bits as u, actions 2u - 1 as float32."""
    state, mask, table = 12345, (1 << 64) - 1, np.empty((n, width), dtype=np.float32)
    for i in range(n):
        for j in range(width):
            state = (state * 6364136223846793005 + 1442695040888963407) & mask
            table[i, j] = 2.0 * (state >> 11) / 9007199254740992.0 - 1.0
    return table


def same_as_c(env_id):
    kwargs = {"reset_noise_scale": 0.0}
    if env_id.startswith("Ant"):
        kwargs["terminate_when_unhealthy"] = False
    return kwargs


class Trajectory:
    """An env on the C loop's trajectory, continued from block to block."""

    def __init__(self, env):
        self.env, self.table, self.t = env, actions(env.action_space.shape[0]), 0
        env.reset(seed=0)

    def seconds(self, steps):
        start = time.perf_counter()
        for _ in range(steps):
            _, _, terminated, truncated, _ = self.env.step(self.table[self.t % 1000])
            self.t += 1
            if terminated or truncated:
                self.env.reset()
        return time.perf_counter() - start


def serve(env_id):
    gym = Trajectory(gymnasium.make(env_id, **same_as_c(env_id)))
    for line in sys.stdin:
        if not line.strip():
            break
        print(f"{gym.seconds(int(line)):.9f}", flush=True)


def main():
    if sys.argv[1] == "--serve":
        serve(sys.argv[2])
        return
    env_id, steps = sys.argv[1], int(sys.argv[2])
    import jgym  # noqa: F401  (registers the jgym/ ids)
    sides = {"gymnasium": Trajectory(gymnasium.make(env_id, **same_as_c(env_id))),
             "bridge": Trajectory(gymnasium.make("jgym/" + env_id, **same_as_c(env_id)))}
    for side in sides.values():
        side.seconds(steps // 5)  # warm-up
    block, rates = max(1, steps // 10), {name: [] for name in sides}
    for k in range(10):
        for name in list(sides)[k % 2:] + list(sides)[:k % 2]:
            rates[name].append(block / sides[name].seconds(block))
    ratios = [b / g for b, g in zip(rates["bridge"], rates["gymnasium"])]
    print(f"gymnasium {statistics.median(rates['gymnasium']):.1f}")
    print(f"bridge {statistics.median(rates['bridge']):.1f} {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
