"""Python side of env-mujoco/scripts/bench-mujoco: steps/s of gymnasium's own env and of jgym's through the bridge
(gymnasium.make("jgym/<id>")) on the C loop's trajectory (its action table, no reset noise, no Ant termination,
reset after 1000 steps by the time limit). Usage: bench_python.py id steps."""
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


def steps_per_second(env, steps):
    actions_table = actions(env.action_space.shape[0])
    env.reset(seed=0)
    start = time.perf_counter()
    for t in range(steps):
        _, _, terminated, truncated, _ = env.step(actions_table[t % 1000])
        if terminated or truncated:
            env.reset()
    return steps / (time.perf_counter() - start)


def main():
    env_id, steps = sys.argv[1], int(sys.argv[2])
    reference = gymnasium.make(env_id, **same_as_c(env_id))
    steps_per_second(reference, steps // 5)
    print(f"gymnasium {steps_per_second(reference, steps):.1f}")
    import jgym  # noqa: F401  (registers the jgym/ ids)
    bridged = gymnasium.make("jgym/" + env_id, **same_as_c(env_id))
    steps_per_second(bridged, steps // 5)
    print(f"bridge {steps_per_second(bridged, steps):.1f}")


if __name__ == "__main__":
    main()
