import gymnasium
import numpy as np
import pytest

import jgym
from conftest import POINT_GOAL, SPACES


@pytest.mark.parametrize("threads", [1, 2])
def test_bridge_vector_env_matches_gymnasium_sync_vector_env_with_next_step_autoreset(threads):
    n, steps = 3, 110  # past two 50-step time limits: truncation, then autoreset on the next step
    ours = jgym.make_vec(POINT_GOAL, n, threads=threads)
    theirs = gymnasium.vector.SyncVectorEnv([lambda: jgym.make(POINT_GOAL) for _ in range(n)])
    assert ours.metadata["autoreset_mode"] == gymnasium.vector.AutoresetMode.NEXT_STEP
    assert ours.observation_space == theirs.observation_space
    assert ours.action_space == theirs.action_space
    o1, _ = ours.reset(seed=4)
    o2, _ = theirs.reset(seed=4)
    assert np.array_equal(o1, o2)
    rng = np.random.default_rng(0)
    autoresets = 0
    for _ in range(steps):
        actions = rng.uniform(-0.1, 0.1, (n, 2)).astype(np.float32)
        r1 = ours.step(actions)
        r2 = theirs.step(actions)
        for a, b in zip(r1[:4], r2[:4]):
            assert np.array_equal(a, b)
        assert set(r1[4]) == set(r2[4])
        autoresets += int(np.all(r1[1] == 0) and not np.any(r1[2] | r1[3]))
    assert r1[1].dtype == np.float64 and r1[2].dtype == np.bool_
    assert autoresets >= 2
    ours.close()
    theirs.close()


def test_composite_spaces_batch_like_gymnasium():
    ours = jgym.make_vec(SPACES, 2)
    theirs = gymnasium.vector.SyncVectorEnv([lambda: jgym.make(SPACES) for _ in range(2)])
    assert ours.observation_space == theirs.observation_space
    o1, _ = ours.reset(seed=[7, 9])
    o2, _ = theirs.reset(seed=[7, 9])
    for _ in range(12):
        a = np.array([1, -1])
        o1, *_ = ours.step(a)
        o2, *_ = theirs.step(a)
    assert ours.observation_space.contains(o1)
    assert np.array_equal(o1["pos"], o2["pos"]) and np.array_equal(o1["tuple"][1], o2["tuple"][1])
    ours.close()
    theirs.close()


def test_each_copy_gets_its_own_task():
    envs = jgym.make_vec(POINT_GOAL, 3)
    tasks = envs.sample_tasks(3, seed=5)
    envs.set_tasks(tasks)
    obs, _ = envs.reset(seed=0)
    for i, t in enumerate(tasks):
        assert np.allclose(obs[i, 2:], t["goal"], atol=1e-6)
        assert envs.get_task(i) == t
    envs.close()


def test_gymnasium_make_vec_uses_the_bridge_vector_env():
    envs = gymnasium.make_vec("jgym/BridgeTest.PointGoal-v0", num_envs=4)
    assert isinstance(envs.unwrapped, jgym.JgymVectorEnv)
    obs, _ = envs.reset(seed=1)
    assert obs.shape == (4, 4) and obs.dtype == np.float32
    envs.close()
