import json

import numpy as np

import jgym
from conftest import POINT_GOAL


def test_same_seed_gives_the_same_trajectory_from_python_as_from_java(bridge):
    steps = 120  # crosses the 50-step time limit twice
    ref = json.loads(bridge.service.referenceRollout(POINT_GOAL, "{}", 11, steps, 99))
    env = jgym.make(POINT_GOAL)
    obs, _ = env.reset(seed=11)
    observations = [obs]
    for t in range(steps):
        action = np.asarray(ref["actions"][t], dtype=np.float32)
        obs, reward, terminated, truncated, _ = env.step(action)
        observations.append(obs)
        assert reward == ref["rewards"][t]
        assert (terminated, truncated) == (ref["terminated"][t], ref["truncated"][t])
        if terminated or truncated:
            obs, _ = env.reset()
            observations.append(obs)
    assert len(observations) == len(ref["observations"])
    for mine, theirs in zip(observations, ref["observations"]):
        assert np.array_equal(mine, np.asarray(theirs, dtype=np.float32))
    env.close()


def test_tasks_are_plain_dicts_sampled_reproducibly_and_set_on_the_env():
    env = jgym.make(POINT_GOAL)
    tasks = env.unwrapped.sample_tasks(4, seed=2)
    assert tasks == env.unwrapped.sample_tasks(4, seed=2)
    assert all(isinstance(t, dict) and len(t["goal"]) == 2 for t in tasks)
    assert tasks == jgym.sample_tasks("bridge-test/goals", 4, 2)
    env.unwrapped.set_task(tasks[1])
    obs, _ = env.reset(seed=0)
    assert np.allclose(obs[2:], tasks[1]["goal"], atol=1e-6)
    assert env.unwrapped.get_task() == tasks[1]
    env.close()
