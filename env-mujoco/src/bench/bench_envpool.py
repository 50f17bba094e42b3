"""EnvPool side of env-mujoco/scripts/bench-mujoco (run in the benchmark's own venv): 8 copies of <id> on
<threads> threads, steps/s. Usage: bench_envpool.py id steps threads."""
import sys
import time

import envpool
import numpy as np


def main():
    env_id, steps, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    env = envpool.make(env_id, env_type="gymnasium", num_envs=8, batch_size=8, num_threads=threads, seed=0)
    rng = np.random.default_rng(12345)
    actions = rng.uniform(-1, 1, size=(100, 8) + env.action_space.shape).astype(np.float32)
    env.reset()
    for t in range(steps // 80):
        env.step(actions[t % 100])
    start = time.perf_counter()
    calls = steps // 8
    for t in range(calls):
        env.step(actions[t % 100])
    print(f"envpool{threads} {calls * 8 / (time.perf_counter() - start):.1f}")


if __name__ == "__main__":
    main()
