"""The Retro Contest and seed 001 preprocessing of the Retro adapter, seen from Python."""

import gymnasium
import numpy as np

import jgym

GAME = "Airstriker-Genesis-v0"


def test_contest84_gives_stacked_84x84_gray_frames_and_seven_actions():
    env = jgym.make(GAME, preprocess="contest84")
    try:
        assert env.observation_space == gymnasium.spaces.Box(0, 255, (84, 84, 4), np.uint8)
        assert env.action_space == gymnasium.spaces.Discrete(7)
        obs, _ = env.reset(seed=1)
        assert all(np.array_equal(obs[..., 0], obs[..., k]) for k in range(1, 4)), "reset fills every slot"
        obs, reward, terminated, truncated, info = env.step(1)
        assert obs.shape == (84, 84, 4) and set(info) == {"gameover", "lives", "score"}
    finally:
        env.close()


def test_seed001_42_is_seeded_and_flattens_for_mlps():
    runs = []
    for _ in range(2):
        env = jgym.make(GAME, preprocess="seed001-42", flatten_obs=True)
        assert env.observation_space == gymnasium.spaces.Box(0, 1, (42 * 42,), np.float32)
        obs, _ = env.reset(seed=7)
        trace = [obs]
        for t in range(40):
            obs, reward, *_ = env.step(t % 7)
            trace.append(obs)
        runs.append(np.stack(trace))
        env.close()
    assert np.array_equal(runs[0], runs[1])


def test_game_states_are_a_task_distribution():
    env = jgym.make(GAME)
    try:
        tasks = env.unwrapped.sample_tasks(3, seed=0)
        assert tasks == [{"game": GAME, "state": "Level1"}] * 3
        env.unwrapped.set_task(tasks[0])
        assert env.reset()[0].shape == (224, 320, 3)
    finally:
        env.close()
