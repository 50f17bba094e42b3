"""Python side of env-mujoco/scripts/bench-mujoco: steps/s of gymnasium's own env and of jgym's through the bridge
(gymnasium.make("jgym/<id>")), same random actions, reset at episode end. Usage: bench_python.py id steps."""
import sys
import time

import gymnasium
import numpy as np


def steps_per_second(env, steps):
    rng = np.random.default_rng(12345)
    actions = rng.uniform(-1, 1, size=(1000,) + env.action_space.shape).astype(np.float32)
    env.reset(seed=0)
    start = time.perf_counter()
    for t in range(steps):
        _, _, terminated, truncated, _ = env.step(actions[t % 1000])
        if terminated or truncated:
            env.reset()
    return steps / (time.perf_counter() - start)


def main():
    env_id, steps = sys.argv[1], int(sys.argv[2])
    reference = gymnasium.make(env_id)
    steps_per_second(reference, steps // 5)
    print(f"gymnasium {steps_per_second(reference, steps):.1f}")
    import jgym  # noqa: F401  (registers the jgym/ ids)
    bridged = gymnasium.make("jgym/" + env_id)
    steps_per_second(bridged, steps // 5)
    print(f"bridge {steps_per_second(bridged, steps):.1f}")


if __name__ == "__main__":
    main()
