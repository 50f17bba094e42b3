"""Complete vector envs: every gymnasium autoreset mode, reset_mask, render and tasks across autoresets, checked
step by step against gymnasium's own SyncVectorEnv of the pure-Python Navigation2D twin."""

import sys

import gymnasium
import numpy as np
import pytest
from gymnasium.vector import AutoresetMode

import jgym
from conftest import POINT_GOAL, ROOT

sys.path.insert(0, str(ROOT / "benchmarks" / "python"))
import nav2d_env  # noqa: E402  (the pure-Python twin)

GOALS = [(0.05, 0.05), (-0.2, 0.3), (0.3, -0.1)]
LIMIT = 7  # short episodes: truncations every 7 steps, plus copy 0 reaching its goal in one step


def twin(mode):
    return gymnasium.vector.SyncVectorEnv(
        [lambda g=g: gymnasium.make(nav2d_env.ENV_ID, goal=g, max_episode_steps=LIMIT) for g in GOALS],
        autoreset_mode=mode)


def ours(mode):
    envs = jgym.make_vec("Navigation2D-v0", len(GOALS), max_episode_steps=LIMIT, autoreset_mode=mode)
    envs.set_tasks([{"x": g[0], "y": g[1]} for g in GOALS])
    return envs


def assert_same_infos(a: dict, b: dict):
    assert set(a) == set(b)
    for key in a:
        if isinstance(a[key], dict):
            assert_same_infos(a[key], b[key])
        elif a[key].dtype == object:
            for x, y in zip(a[key], b[key]):
                if isinstance(x, dict):
                    assert_same_infos(x, y)
                elif x is None or y is None:
                    assert x is y
                else:
                    np.testing.assert_allclose(x, y, atol=1e-6)
        else:
            np.testing.assert_allclose(a[key], b[key], atol=1e-6)


@pytest.mark.parametrize("mode", list(AutoresetMode))
def test_each_autoreset_mode_matches_gymnasium_sync_vector_env_step_by_step(mode):
    a, b = ours(mode), twin(mode)
    assert a.metadata["autoreset_mode"] == mode
    o1, i1 = a.reset(seed=0)
    o2, i2 = b.reset(seed=0)
    np.testing.assert_allclose(o1, o2, atol=1e-6)
    rng = np.random.default_rng(1)
    ended = 0
    for t in range(40):
        actions = rng.uniform(-0.1, 0.1, (3, 2)).astype(np.float32)
        actions[0] = (0.05, 0.05)  # reaches its goal from the start: terminates on its first step
        r1, r2 = a.step(actions), b.step(actions)
        for x, y in zip(r1[:2], r2[:2]):
            np.testing.assert_allclose(x, y, atol=1e-6)
        assert np.array_equal(r1[2], r2[2]) and np.array_equal(r1[3], r2[3]), t
        assert_same_infos(r1[4], r2[4])
        done = r1[2] | r1[3]
        ended += int(done.sum())
        if mode == AutoresetMode.DISABLED and done.any():
            with pytest.raises(jgym.ResetNeededError, match="autoreset is disabled"):
                a.step(actions)
            o1, i1 = a.reset(options={"reset_mask": done})
            o2, i2 = b.reset(options={"reset_mask": done.copy()})
            np.testing.assert_allclose(o1, o2, atol=1e-6)
            assert_same_infos(i1, i2)
    assert ended >= 10
    if mode == AutoresetMode.SAME_STEP:
        assert "final_obs" in r1[4] or ended
    a.close()
    b.close()


def test_same_step_reports_the_final_observation_like_gymnasium():
    a, b = ours(AutoresetMode.SAME_STEP), twin(AutoresetMode.SAME_STEP)
    a.reset(seed=0)
    b.reset(seed=0)
    actions = np.zeros((3, 2), np.float32)
    actions[0] = (0.05, 0.05)
    r1, r2 = a.step(actions), b.step(actions)
    assert r1[2][0] and list(r1[4]["_final_obs"]) == [True, False, False]
    np.testing.assert_allclose(r1[4]["final_obs"][0], r2[4]["final_obs"][0], atol=1e-6)
    np.testing.assert_allclose(r1[0][0], (0, 0))  # already reset
    a.close()
    b.close()


def test_reset_mask_resets_only_the_marked_copies_and_checks_the_mask():
    envs = jgym.make_vec(POINT_GOAL, 3)
    before, _ = envs.reset(seed=1)
    moved, *_ = envs.step(np.full((3, 2), 0.05, np.float32))
    obs, infos = envs.reset(seed=[None, 7, None], options={"reset_mask": np.array([False, True, False])})
    assert np.array_equal(obs[0], moved[0]) and np.array_equal(obs[2], moved[2])
    again, _ = jgym.make_vec(POINT_GOAL, 3).reset(seed=[1, 7, 3])
    assert np.array_equal(obs[1], again[1])  # copy 1 reseeded with 7
    for bad in (np.array([False, False, False]), np.array([1, 0, 0]), np.array([True, False])):
        with pytest.raises(ValueError, match="reset_mask must be a bool array of shape"):
            envs.reset(options={"reset_mask": bad})
    envs.close()


def test_step_async_lets_python_work_while_java_steps():
    envs = jgym.make_vec(POINT_GOAL, 4)
    sync = jgym.make_vec(POINT_GOAL, 4)
    envs.reset(seed=2)
    sync.reset(seed=2)
    actions = np.full((4, 2), 0.03, np.float32)
    envs.step_async(actions)
    with pytest.raises(jgym.JgymError, match="call step_wait"):
        envs.step_async(actions)
    result = envs.step_wait()
    expected = sync.step(actions)
    for x, y in zip(result[:4], expected[:4]):
        assert np.array_equal(x, y)
    with pytest.raises(jgym.JgymError, match="no step in flight"):
        envs.step_wait()
    bad = np.full((4, 2), 5.0, np.float32)
    with pytest.raises(jgym.InvalidActionError, match="copy 0: action rejected"):
        envs.step_async(bad)
        envs.step_wait()
    envs.close()
    sync.close()


def test_render_returns_one_frame_per_copy():
    envs = jgym.make_vec(POINT_GOAL, 2, render_mode="rgb_array")
    assert envs.metadata["render_modes"] == ["rgb_array"]
    envs.reset(seed=0)
    frames = envs.render()
    assert isinstance(frames, tuple) and len(frames) == 2
    assert all(f.dtype == np.uint8 and f.shape == (24, 24, 3) for f in frames)
    envs.close()
    assert jgym.make_vec(POINT_GOAL, 2).render() is None


def test_tasks_are_kept_across_autoresets_in_every_mode():
    for mode in (AutoresetMode.NEXT_STEP, AutoresetMode.SAME_STEP):
        envs = jgym.make_vec(POINT_GOAL, 2, autoreset_mode=mode)
        tasks = envs.sample_tasks(2, seed=4)
        envs.set_tasks(tasks)
        envs.reset(seed=0)
        for _ in range(120):  # past two 50-step time limits
            obs, *_ = envs.step(np.zeros((2, 2), np.float32))
        for i, t in enumerate(tasks):
            assert np.allclose(obs[i, 2:], t["goal"], atol=1e-6)
            assert envs.get_task(i) == t
        envs.close()
