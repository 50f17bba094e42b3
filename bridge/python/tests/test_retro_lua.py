"""Lua scenario scripts against stable-retro itself. No Sonic ROM is available, so the test builds an integration
folder from Airstriker (ROM, data and state of stable-retro's package) with a contest-like Lua scenario that does
what Sonic's contest script does: fields stored in ``data`` (nil first), a table looked up by a ``string.format``
key, nil checks, ``scenario.frame``/``timestep``, a done function and a progress reward (plus a raw
``data[address]`` read). Reward, termination and info (which holds the script's fields) must equal stable-retro's
at every frame."""

import gc
import os
import shutil

import gymnasium
import numpy as np
import pytest

import jgym

retro = pytest.importorskip("stable_retro")

GAME = "Airstriker-Genesis-v0"
FRAMES = 5000
SCENARIO = '{"reward": {"script": "lua:lua_reward"}, "done": {"script": "lua:lua_done"}, "scripts": ["luatest.lua"]}'
SCRIPT = """
level_bonus = {
    ["lives=3"] = 100,
    ["lives=2"] = 50,
}

function key()
    return string.format("lives=%d", data.lives)
end

function clip(v, lo, hi)
    if v < lo then
        return lo
    elseif v > hi then
        return hi
    end
    return v
end

data.prev_lives = 3
data.start_score = data.score
data.offset = nil
data.flag = false
end_score = nil
frame_limit = 600

function progress()
    if data.offset == nil then
        data.offset = -data.score
        end_score = 60 + data.score
    end
    return clip(data.score + data.offset, 0, end_score) / end_score
end

function lua_done()
    if data.lives < data.prev_lives then
        return true
    end
    data.prev_lives = data.lives
    if progress() >= 1 then
        return true
    end
    return false
end

data.prev_progress = 0

function lua_reward()
    local p = progress()
    local r = (p - data.prev_progress) * 9000
    data.prev_progress = p
    if p >= 1 then
        r = r + (1 - clip(scenario.frame / frame_limit, 0, 1)) * 1000
    end
    data.raw_lives = data[16712283]  -- the low byte of ">u2" lives, through the Genesis overlay
    local bonus = level_bonus[key()]
    if bonus ~= nil and scenario.timestep % 50 == 0 then
        r = r + bonus / 3
        data.flag = not data.flag
    end
    return r
end
"""


@pytest.fixture
def lua_root(tmp_path):
    """An integration root holding a copy of Airstriker with the Lua scenario ``luatest``."""
    source = os.path.dirname(retro.data.get_romfile_path(GAME))
    game = tmp_path / GAME
    game.mkdir()
    for f in ("rom.md", "rom.sha", "data.json", "metadata.json", "Level1.state"):
        shutil.copy(os.path.join(source, f), game / f)
    (game / "luatest.json").write_text(SCENARIO)
    (game / "luatest.lua").write_text(SCRIPT)
    retro.data.Integrations.add_custom_path(str(tmp_path))
    yield tmp_path
    retro.data.Integrations.clear_custom_paths()


def reference():
    gc.collect()  # stable-retro allows one emulator per process: the previous one must be gone
    return retro.make(GAME, state="Level1", scenario="luatest", inttype=retro.data.Integrations.CUSTOM,
                      render_mode=None)


def sequence(space, kind):
    if kind == "idle":
        return [np.zeros(space.shape, dtype=np.int8)] * FRAMES
    rng = np.random.default_rng(5)
    return list(rng.integers(0, 2, (FRAMES, space.n)).astype(np.int8))


@pytest.mark.parametrize("kind", ["random", "idle"])
def test_lua_scenario_matches_stable_retro_every_frame(lua_root, kind):
    env = jgym.make(GAME, state="Level1", scenario="luatest", data_root=str(lua_root))
    ref = reference()
    try:
        assert np.array_equal(env.reset()[0], ref.reset()[0])
        ends, fractional = 0, 0
        for frame, action in enumerate(sequence(ref.action_space, kind)):
            _, reward, terminated, truncated, info = env.step(action)
            _, ref_reward, ref_terminated, ref_truncated, ref_info = ref.step(action)
            assert (reward, terminated, truncated) == (ref_reward, ref_terminated, ref_truncated), f"frame {frame}"
            assert info == ref_info, f"info differs at frame {frame}: {info} vs {ref_info}"
            fractional += reward != int(reward)
            if terminated:
                ends += 1
                assert np.array_equal(env.reset()[0], ref.reset()[0])
        assert ends >= 2 and fractional > 0, (ends, fractional)
        assert {"prev_lives", "offset", "flag", "prev_progress", "start_score"} <= set(info)
        assert info["raw_lives"] == info["lives"]
    finally:
        env.close()
        ref.close()
        del ref


def test_progress_done_and_time_bonus_occur(lua_root):
    """Random play reaches the script's progress goal: the done function's second branch and the time bonus."""
    env = jgym.make(GAME, state="Level1", scenario="luatest", data_root=str(lua_root))
    try:
        env.reset()
        actions = sequence(env.action_space, "random")
        bonus_ends = 0
        for action in actions:
            _, reward, terminated, _, info = env.step(action)
            if terminated:
                bonus_ends += info["score"] + info["offset"] >= 60 and info["lives"] == info["prev_lives"]
                env.reset()
        assert bonus_ends >= 1
    finally:
        env.close()


def test_a_failing_script_is_one_clear_error_and_the_bridge_keeps_serving(lua_root):
    (lua_root / GAME / "luatest.lua").write_text(SCRIPT.replace("local p = progress()", "local p = progress() + nil"))
    env = jgym.make(GAME, state="Level1", scenario="luatest", data_root=str(lua_root))
    try:
        with pytest.raises(jgym.JgymError, match=r"luatest\.json.*'lua_reward'.*luatest\.lua"):
            env.reset()
    finally:
        env.close()
    other = jgym.make(GAME, state="Level1")
    try:
        other.reset()
        assert other.step(np.zeros(12, np.int8))[0].shape == (224, 320, 3)
    finally:
        other.close()


def test_an_integration_without_its_rom_says_how_to_import_it():
    sonic = "SonicTheHedgehog-Genesis-v0"
    if _has_rom(sonic):
        pytest.skip("a Sonic ROM is imported on this machine")
    with pytest.raises(jgym.UnknownIdError, match=r"^environment SonicTheHedgehog-Genesis-v0 is a Gym Retro "
                       r"integration, but the ROM of SonicTheHedgehog-Genesis-v0 is not imported; run `jgym retro "
                       r"import DIR`[^\n]*\)$"):
        jgym.make(sonic)


def test_gymnasium_make_of_an_integration_without_its_rom_gives_the_same_hint():
    sonic = "SonicTheHedgehog-Genesis-v0"
    if _has_rom(sonic):
        pytest.skip("a Sonic ROM is imported on this machine")
    assert "jgym/" + sonic in gymnasium.registry  # named, as retro.data.list_games() names it
    assert "jgym/" + sonic not in jgym.register_envs()  # but not among the envs that can be made
    with pytest.raises(jgym.UnknownIdError, match=r"^environment SonicTheHedgehog-Genesis-v0 is a Gym Retro "
                       r"integration, but the ROM of SonicTheHedgehog-Genesis-v0 is not imported; run `jgym retro "):
        gymnasium.make("jgym/" + sonic)
    with pytest.raises(jgym.UnknownIdError, match="ROM of SonicTheHedgehog-Genesis-v0 is not imported"):
        gymnasium.make_vec("jgym/" + sonic, num_envs=2, vectorization_mode="vector_entry_point")


def _has_rom(game):
    try:
        retro.data.get_romfile_path(game)
        return True
    except FileNotFoundError:
        return False
