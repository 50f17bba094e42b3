import numpy as np
import pytest

import jgym
from conftest import POINT_GOAL, SPACES


@pytest.fixture
def env():
    e = jgym.make(POINT_GOAL)
    e.reset(seed=0)
    yield e
    e.close()


def works(env):
    obs, reward, *_ = env.step(np.array([0.01, 0.0], np.float32))
    return env.observation_space.contains(obs)


@pytest.mark.parametrize("action, java_words", [
    (np.array([0.5, 0.0], np.float32), "is outside [-0.1"),
    (np.array([np.nan, 0.0], np.float32), "is NaN"),
    (np.array([0.0, 0.0, 0.0], np.float32), "wrong shape [3]"),
    (np.zeros((2, 1), np.float32), "wrong shape [2, 1]"),
    ("left", "expected an array of shape [2]"),
])
def test_bad_actions_raise_with_the_java_message_and_the_env_keeps_working(env, action, java_words):
    with pytest.raises(jgym.InvalidActionError) as e:
        env.unwrapped.step(action)
    assert java_words in str(e.value)
    assert works(env)


def test_bad_discrete_actions():
    env = jgym.make(SPACES)
    env.reset(seed=0)
    with pytest.raises(jgym.InvalidActionError, match=r"out of range; expected an Integer in \[-1, 1\]"):
        env.unwrapped.step(5)
    with pytest.raises(jgym.InvalidActionError, match="expected an integer, got 0.5"):
        env.unwrapped.step(0.5)
    env.unwrapped.step(0)
    env.close()


def test_unknown_id_suggests_the_closest():
    with pytest.raises(jgym.UnknownIdError, match="did you mean: BridgeTest/PointGoal-v0"):
        jgym.make("BridgeTest/PointGol-v0")


def test_bad_kwargs_raise_with_the_java_message():
    with pytest.raises(jgym.InvalidKwargsError, match="unknown kwarg 'fail_at'; did you mean 'fail_at_step'"):
        jgym.make(POINT_GOAL, fail_at=3)
    with pytest.raises(jgym.InvalidKwargsError, match="must be an integer in"):
        jgym.make(POINT_GOAL, fail_at_step="soon")
    with pytest.raises(jgym.InvalidKwargsError, match=r"BridgeTest/PointGoal-v0: kwarg 'render_mode' must be one of \[rgb_array\] or null, got 'human'"):
        jgym.make(POINT_GOAL, render_mode="human")


def test_an_exception_inside_the_env_reaches_python_and_other_envs_keep_working(env):
    faulty = jgym.make(POINT_GOAL, fail_at_step=2)
    faulty.reset(seed=0)
    faulty.step(np.zeros(2, np.float32))
    with pytest.raises(jgym.JgymError, match="IllegalStateException: PointGoal failed on purpose at step 2"):
        faulty.step(np.zeros(2, np.float32))
    assert works(env)
    faulty.close()


def test_vector_env_rejects_a_bad_batch_before_stepping_any_copy():
    envs = jgym.make_vec(POINT_GOAL, 3)
    obs, _ = envs.reset(seed=1)
    bad = np.zeros((3, 2), np.float32)
    bad[2, 0] = 1.0
    with pytest.raises(jgym.InvalidActionError, match="copy 2: action rejected"):
        envs.step(bad)
    with pytest.raises(jgym.InvalidActionError, match="wrong shape"):
        envs.step(np.zeros((2, 2), np.float32))
    obs2, *_ = envs.step(np.zeros((3, 2), np.float32))
    assert np.array_equal(obs, obs2)  # zero actions from the untouched state
    envs.close()


def test_using_a_closed_env_says_so(env):
    handle = env.unwrapped._handle
    env.close()
    env.close()  # idempotent
    from jgym import _bridge

    b = _bridge.shared()
    with pytest.raises(jgym.JgymError, match=f"no open env with handle {handle}"):
        b.call(b.service.step, b.client, handle)
