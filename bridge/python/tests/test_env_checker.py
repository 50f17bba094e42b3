import warnings

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import jgym

JGYM_IDS = sorted(jgym.register_envs())  # the envs that can be made (not Retro games without a ROM)


def test_every_java_env_is_registered_under_the_jgym_namespace():
    assert "jgym/BridgeTest.PointGoal-v0" in JGYM_IDS
    assert "jgym/BridgeTest.Spaces-v0" in JGYM_IDS
    java_ids = {s["id"] for s in jgym.list_envs()}
    assert {jgym._registration.gymnasium_id(i) for i in java_ids} == set(JGYM_IDS)


@pytest.mark.parametrize("env_id", JGYM_IDS)
def test_gymnasium_check_env_passes(env_id):
    env = gymnasium.make(env_id)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # check_env warns about the wrappers gymnasium.make adds
        check_env(env.unwrapped)
    env.close()


def test_float32_box_stays_float32_and_spaces_match_java():
    env = jgym.make("BridgeTest/PointGoal-v0")
    assert env.observation_space == gymnasium.spaces.Box(-2, 2, (4,), np.float32)
    assert env.action_space.dtype == np.float32
    obs, _ = env.reset(seed=3)
    assert obs.dtype == np.float32 and env.observation_space.contains(obs)
    assert env.spec.max_episode_steps == 50
    env.close()


def test_composite_spaces_keep_java_key_order_and_dtypes():
    env = jgym.make("BridgeTest/Spaces-v0")
    space = env.observation_space
    assert list(space.spaces) == ["pos", "cell", "flags", "tuple"]
    assert space["cell"] == gymnasium.spaces.Discrete(5, start=1)
    assert env.action_space == gymnasium.spaces.Discrete(3, start=-1)
    obs, _ = env.reset(seed=1)
    assert space.contains(obs)
    assert obs["pos"].dtype == np.float64 and obs["flags"].dtype == np.int8
    assert obs["tuple"][0].dtype == np.int64 and obs["tuple"][1].dtype == np.uint8
    for _ in range(3):
        obs, *_ = env.step(-1)
        assert space.contains(obs)
    env.close()


def test_rgb_array_frames_are_uint8_height_width_3():
    env = jgym.make("BridgeTest/PointGoal-v0", render_mode="rgb_array")
    env.reset(seed=0)
    frame = env.render()
    assert frame.dtype == np.uint8 and frame.shape == (24, 24, 3)
    assert frame.max() == 255  # the point is drawn
    env.close()


def test_gymnasium_make_with_the_jgym_prefix_gives_the_same_env():
    a = gymnasium.make("jgym/BridgeTest.PointGoal-v0")
    b = jgym.make("jgym/BridgeTest.PointGoal-v0")
    assert np.array_equal(a.reset(seed=5)[0], b.reset(seed=5)[0])
    a.close()
    b.close()
