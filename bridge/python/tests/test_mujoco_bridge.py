"""The MuJoCo envs through the bridge: vector envs, bad input as one-line errors, rendering."""

import numpy as np
import pytest

import jgym
from mujoco_support import in_tmp_path  # noqa: F401  (autouse fixture)


def test_vector_env_matches_single_envs():
    n, steps = 4, 60
    venv = jgym.make_vec("Ant-v5", n, threads=2)
    singles = [jgym.make("Ant-v5") for _ in range(n)]
    try:
        obs, _ = venv.reset(seed=10)
        for i, env in enumerate(singles):
            single_obs, _ = env.reset(seed=10 + i)
            np.testing.assert_array_equal(obs[i], single_obs)
        rng = np.random.default_rng(0)
        for _ in range(steps):
            actions = rng.uniform(-1, 1, size=(n, 8)).astype(np.float32)
            obs, rewards, terminated, _, _ = venv.step(actions)
            for i, env in enumerate(singles):
                single_obs, r, term, _, _ = env.step(actions[i])
                np.testing.assert_array_equal(obs[i], single_obs)
                assert rewards[i] == r and terminated[i] == term
            if terminated.any():
                break
    finally:
        venv.close()
        for env in singles:
            env.close()


def test_bad_input_is_one_clear_line():
    with pytest.raises(jgym.InvalidKwargsError, match="unknown kwarg 'ctrl_cost_wieght'"):
        jgym.make("HalfCheetah-v5", ctrl_cost_wieght=0.2)
    env = jgym.make("HalfCheetah-v5")
    try:
        env.reset(seed=0)  # gymnasium's passive checker must see a good first reset and step
        env.step(np.zeros(6, dtype=np.float32))
        with pytest.raises(jgym.JgymError, match="reset option 'qpos' must hold 9 numbers"):
            env.reset(seed=0, options={"qpos": [0.0] * 3})
        env.reset(seed=0)
        with pytest.raises(jgym.InvalidActionError):
            env.step(np.array([0, 0, np.nan, 0, 0, 0], dtype=np.float32))
        obs, *_ = env.step(np.zeros(6, dtype=np.float32))
        assert obs.shape == (17,)
    finally:
        env.close()


def test_rgb_array_frames():
    env = jgym.make("HalfCheetah-v5", render_mode="rgb_array")
    try:
        env.reset(seed=0)
        frame = env.render()
        assert frame.shape == (480, 480, 3) and frame.dtype == np.uint8
        assert len(np.unique(frame.reshape(-1, 3), axis=0)) > 20
    finally:
        env.close()
