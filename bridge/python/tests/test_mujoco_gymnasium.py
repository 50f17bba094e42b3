"""jgym's HalfCheetah-v5 and Ant-v5 against gymnasium 1.4.0's own envs, started from the same state and driven by
the same actions: observations, rewards, flags and info values equal within 1e-9 relative."""

import numpy as np
import pytest

import gymnasium
import jgym
from mujoco_support import in_tmp_path  # noqa: F401  (autouse fixture)

RTOL = 1e-9
EPISODES = 20
STEPS = 1000

CASES = [
    ("HalfCheetah-v5", {}),
    ("HalfCheetah-v5", {"frame_skip": 4, "forward_reward_weight": 0.7, "ctrl_cost_weight": 0.3,
                        "reset_noise_scale": 0.2, "exclude_current_positions_from_observation": False}),
    ("Ant-v5", {}),
    ("Ant-v5", {"ctrl_cost_weight": 0.3, "contact_cost_weight": 1e-3, "healthy_reward": 0.5, "main_body": "torso",
                "healthy_z_range": (0.3, 0.95), "contact_force_range": (-0.5, 0.8), "reset_noise_scale": 0.15,
                "exclude_current_positions_from_observation": False, "forward_reward_weight": 1.5}),
]


def assert_close(actual, expected, what):
    np.testing.assert_allclose(np.asarray(actual, dtype=np.float64), np.asarray(expected, dtype=np.float64),
                               rtol=RTOL, atol=0, err_msg=what)


def assert_info(actual, expected, what):
    actual = {k: v for k, v in actual.items() if k != "mujoco_warnings"}
    assert sorted(actual) == sorted(expected), what
    for key, value in expected.items():
        assert_close(actual[key], value, f"{what}: info[{key!r}]")


def java_kwargs(kwargs):
    return {k: list(v) if isinstance(v, tuple) else v for k, v in kwargs.items()}


@pytest.mark.parametrize("env_id,kwargs", CASES, ids=lambda c: str(c))
def test_same_trajectories_as_gymnasium(env_id, kwargs):
    reference = gymnasium.make(env_id, **kwargs)
    env = jgym.make(env_id, **java_kwargs(kwargs))
    assert env.observation_space.shape == reference.observation_space.shape
    assert env.observation_space.dtype == reference.observation_space.dtype == np.float64
    assert env.action_space == reference.action_space
    steps = 0
    try:
        for episode in range(EPISODES):
            obs_ref, info_ref = reference.reset(seed=episode)
            data = reference.unwrapped.data
            obs, info = env.reset(seed=episode, options={"qpos": data.qpos.tolist(), "qvel": data.qvel.tolist()})
            where = f"{env_id} {kwargs} episode {episode} reset"
            assert_close(obs, obs_ref, where)
            assert_info(info, info_ref, where)
            reference.action_space.seed(1000 + episode)
            for t in range(STEPS):
                action = reference.action_space.sample()
                obs_ref, r_ref, term_ref, trunc_ref, info_ref = reference.step(action)
                obs, r, term, trunc, info = env.step(action)
                steps += 1
                where = f"{env_id} {kwargs} episode {episode} step {t}"
                assert_close(obs, obs_ref, where + " observation")
                assert_close(r, r_ref, where + " reward")
                assert (term, trunc) == (term_ref, trunc_ref), where
                assert_info(info, info_ref, where)
                if term_ref or trunc_ref:
                    break
    finally:
        env.close()
        reference.close()
    assert steps >= EPISODES * 10


@pytest.mark.parametrize("env_id", ["HalfCheetah-v5", "Ant-v5"])
def test_reset_noise_distributions(env_id):
    """qpos - qpos0 ~ U(-0.1, 0.1) and qvel ~ 0.1 N(0, 1) per coordinate: Kolmogorov-Smirnov at the 1% level."""
    scale = 0.1
    reference = gymnasium.make(env_id).unwrapped
    nq, nv = reference.model.nq, reference.model.nv
    env = jgym.make(env_id, exclude_current_positions_from_observation=False, include_cfrc_ext_in_observation=False) \
        if env_id == "Ant-v5" else jgym.make(env_id, exclude_current_positions_from_observation=False)
    env.reset(seed=7)
    qpos_noise, qvel_noise = [], []
    for _ in range(300):
        obs, _ = env.reset()
        qpos_noise.append(obs[:nq] - reference.init_qpos)
        qvel_noise.append(obs[nq:nq + nv] - reference.init_qvel)
    env.close()
    qpos_noise = np.concatenate(qpos_noise)
    qvel_noise = np.concatenate(qvel_noise) / scale
    assert qpos_noise.min() >= -scale and qpos_noise.max() < scale
    assert ks_statistic(qpos_noise, lambda x: np.clip((x + scale) / (2 * scale), 0, 1)) < 1.63 / np.sqrt(len(qpos_noise))
    from math import erf, sqrt
    normal_cdf = np.vectorize(lambda x: 0.5 * (1 + erf(x / sqrt(2))))
    assert ks_statistic(qvel_noise, normal_cdf) < 1.63 / np.sqrt(len(qvel_noise))
    # and not some other spread: a uniform qvel or a normal qpos would fail these
    assert abs(np.std(qvel_noise) - 1) < 0.05
    assert abs(np.std(qpos_noise) - scale / np.sqrt(3)) < 0.003


def ks_statistic(samples, cdf):
    x = np.sort(samples)
    n = len(x)
    f = cdf(x)
    return max(np.max(np.arange(1, n + 1) / n - f), np.max(f - np.arange(0, n) / n))
