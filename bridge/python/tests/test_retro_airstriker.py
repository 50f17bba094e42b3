"""jgym's Retro adapter against stable-retro itself: Airstriker-Genesis-v0 from Level1.state, three fixed action
sequences of 5000 frames (random, all buttons, idle) in every action mode. Screens, RAM, rewards, termination and
info must be identical at every frame; both sides reset together when an episode ends."""

import gc

import gymnasium
import numpy as np
import pytest

import jgym

retro = pytest.importorskip("stable_retro")

GAME = "Airstriker-Genesis-v0"
FRAMES = 5000
MODES = {
    "all": retro.Actions.ALL,
    "filtered": retro.Actions.FILTERED,
    "discrete": retro.Actions.DISCRETE,
    "multi_discrete": retro.Actions.MULTI_DISCRETE,
}


def reference(mode, obs_type=retro.Observations.IMAGE, players=1):
    gc.collect()  # stable-retro allows one emulator per process: the previous one must be gone
    return retro.make(GAME, state="Level1", use_restricted_actions=MODES[mode], obs_type=obs_type, render_mode=None,
                      players=players)


def close_all(*envs):
    """Closes every env; the reference's emulator is freed when the test's locals go (see ``reference``)."""
    for env in envs:
        env.close()


def actions(space, kind):
    """A fixed sequence of FRAMES actions of the given space."""
    if kind == "idle":
        return [np.zeros(space.shape, dtype=space.dtype) if space.shape else 0] * FRAMES
    if kind == "all-buttons":
        if isinstance(space, gymnasium.spaces.Discrete):
            return [int(space.n - 1)] * FRAMES
        if isinstance(space, gymnasium.spaces.MultiDiscrete):
            return [np.asarray(space.nvec - 1, dtype=np.int64)] * FRAMES
        return [np.ones(space.shape, dtype=np.int8)] * FRAMES
    rng = np.random.default_rng(12)
    if isinstance(space, gymnasium.spaces.Discrete):
        return [int(a) for a in rng.integers(0, space.n, FRAMES)]
    if isinstance(space, gymnasium.spaces.MultiDiscrete):
        return list(rng.integers(0, space.nvec, (FRAMES, len(space.nvec))))
    return list(rng.integers(0, 2, (FRAMES, space.n)).astype(np.int8))


def play_side_by_side(env, ram_env, ref, sequence):
    """Steps all envs with the same actions; returns the number of episode ends seen."""
    obs, info = env.reset()
    ram, _ = ram_env.reset()
    ref_obs, ref_info = ref.reset()
    assert np.array_equal(obs, ref_obs) and np.array_equal(ram, ref.get_ram()) and info == ref_info == {}
    ends = 0
    for frame, action in enumerate(sequence):
        obs, reward, terminated, truncated, info = env.step(action)
        ram, ram_reward, _, _, _ = ram_env.step(action)
        ref_obs, ref_reward, ref_terminated, ref_truncated, ref_info = ref.step(action)
        assert np.array_equal(obs, ref_obs), f"screen differs at frame {frame}"
        assert np.array_equal(ram, ref.get_ram()), f"RAM differs at frame {frame}"
        assert (reward, terminated, truncated) == (ref_reward, ref_terminated, ref_truncated), f"frame {frame}"
        assert ram_reward == reward
        assert info == ref_info, f"info differs at frame {frame}: {info} vs {ref_info}"
        if terminated:
            ends += 1
            assert np.array_equal(env.reset()[0], ref.reset()[0])
            ram_env.reset()
    return ends


@pytest.mark.parametrize("mode", list(MODES))
def test_every_frame_matches_stable_retro(mode):
    env = jgym.make(GAME, use_restricted_actions=mode, state="Level1")
    ram_env = jgym.make(GAME, use_restricted_actions=mode, state="Level1", obs_type="ram")
    ref = reference(mode)
    try:
        assert env.action_space == ref.action_space
        assert env.observation_space.shape == ref.observation_space.shape == (224, 320, 3)
        assert ram_env.observation_space.shape == ref.get_ram().shape
        ends = {kind: play_side_by_side(env, ram_env, ref, actions(ref.action_space, kind))
                for kind in ("random", "all-buttons", "idle")}
        assert ends["idle"] >= 1, "idling for 5000 frames should lose the game at least once"
    finally:
        close_all(env, ram_env, ref)


@pytest.mark.parametrize("mode", ["all", "filtered", "discrete"])
def test_two_players_match_stable_retro(mode):
    env = jgym.make(GAME, use_restricted_actions=mode, state="Level1", players=2)
    ram_env = jgym.make(GAME, use_restricted_actions=mode, state="Level1", obs_type="ram", players=2)
    ref = reference(mode, players=2)
    try:
        assert env.action_space == ref.action_space  # MultiBinary(24) or Discrete(126 ** 2)
        play_side_by_side(env, ram_env, ref, actions(ref.action_space, "random"))
    finally:
        close_all(env, ram_env, ref)


def test_two_players_multi_discrete_gives_each_player_its_block():
    """stable-retro's multi_discrete fails for two players (IndexError); jgym reads one block of group indices per
    player, so player 0's block alone plays as the one-player env does."""
    two = jgym.make(GAME, use_restricted_actions="multi_discrete", state="Level1", players=2)
    one = jgym.make(GAME, use_restricted_actions="multi_discrete", state="Level1")
    try:
        assert two.action_space == gymnasium.spaces.MultiDiscrete([3, 3, 14, 3, 3, 14])
        assert np.array_equal(two.reset()[0], one.reset()[0])
        rng = np.random.default_rng(3)
        for frame in range(300):
            a = rng.integers(0, one.action_space.nvec)
            o2, r2, *_ = two.step(np.concatenate([a, np.zeros(3, np.int64)]))
            o1, r1, *_ = one.step(a)
            assert np.array_equal(o1, o2) and r1 == r2, f"frame {frame}"
    finally:
        two.close()
        one.close()


def test_gymnasium_make_matches_stable_retro():
    env = gymnasium.make("jgym/" + GAME)
    ref = reference("filtered")
    ram_env = jgym.make(GAME, obs_type="ram")
    try:
        assert env.spec.id == "jgym/" + GAME
        play_side_by_side(env, ram_env, ref, actions(ref.action_space, "random"))
    finally:
        close_all(env, ram_env, ref)


def test_ram_observation_space_matches_stable_retro():
    env = jgym.make(GAME, obs_type="ram")
    ref = reference("filtered", retro.Observations.RAM)
    try:
        assert env.observation_space == ref.observation_space
        assert np.array_equal(env.reset()[0], ref.reset()[0])
    finally:
        close_all(env, ref)


def test_bad_kwargs_are_one_line_errors():
    with pytest.raises(jgym.InvalidKwargsError, match="use_restricted_actions"):
        jgym.make(GAME, use_restricted_actions="everything")
    with pytest.raises(jgym.InvalidKwargsError, match="players"):
        jgym.make(GAME, players=3)
    with pytest.raises(jgym.JgymError, match="one player"):
        jgym.make(GAME, players=2, preprocess="seed001-42")
    with pytest.raises(jgym.JgymError, match="unknown state 'Level9'.*Level1"):
        jgym.make(GAME, state="Level9")
    env = jgym.make(GAME, use_restricted_actions="discrete")
    try:
        env.reset()
        with pytest.raises(jgym.InvalidActionError, match="Discrete"):
            env.step(500)
        assert env.step(0)[0].shape == (224, 320, 3)  # the env keeps working
    finally:
        env.close()
