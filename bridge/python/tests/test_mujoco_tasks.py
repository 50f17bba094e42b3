"""The MAML locomotion task envs against their pytorch-maml-rl definitions, computed here in Python on gymnasium's
MuJoCo env (same model, same physics step), from the same start state with the same actions; and their task
distributions."""

import numpy as np
import pytest

import gymnasium
import jgym
from mujoco_support import in_tmp_path  # noqa: F401  (autouse fixture)

RTOL = 1e-9
EPISODES = 20
STEPS = 100
SCALE = 10.0

# env id -> (gymnasium robot, task, forward term of the reward(task, v, torso x, torso y), info key)
FAMILIES = {
    "HalfCheetahVel-v0": ("HalfCheetah-v5", {"velocity": 1.3}, lambda t, v, x, y: -abs(v - t["velocity"]),
                          "reward_forward"),
    "HalfCheetahDir-v0": ("HalfCheetah-v5", {"direction": -1}, lambda t, v, x, y: t["direction"] * v,
                          "reward_forward"),
    "AntVel-v0": ("Ant-v5", {"velocity": 0.4}, lambda t, v, x, y: -abs(v - t["velocity"]) + 1.0, "reward_forward"),
    "AntDir-v0": ("Ant-v5", {"direction": 1}, lambda t, v, x, y: t["direction"] * v, "reward_forward"),
    "AntGoal-v0": ("Ant-v5", {"position": [1.5, -2.0]},
                   lambda t, v, x, y: -(abs(x - t["position"][0]) + abs(y - t["position"][1])) + 4.0, "reward_goal"),
}


class Definition:
    """pytorch-maml-rl's step on gymnasium's model: actions in [-10, 10] mapped onto the control range, 5 physics
    steps plus mj_rnePostConstraint, float32 observation."""

    def __init__(self, env_id):
        robot, self.task, self.forward, self.forward_key = FAMILIES[env_id]
        self.ant = robot == "Ant-v5"
        self.env = gymnasium.make(robot).unwrapped
        self.torso = self.env.model.body("torso").id
        self.low, self.high = self.env.model.actuator_ctrlrange.T

    def reset(self, seed):
        self.env.reset(seed=seed)
        return self.observation()

    def observation(self):
        d = self.env.data
        parts = [d.qpos.flat[0 if self.ant else 1:], d.qvel.flat]
        if self.ant:
            parts += [np.clip(d.cfrc_ext, -1, 1).flat, d.xmat[self.torso].flat]
        parts.append(d.xpos[self.torso].flat)
        return np.concatenate(parts).astype(np.float32)

    def step(self, action):
        d = self.env.data
        a = np.clip(action.astype(np.float64), -SCALE, SCALE)
        ctrl = np.clip(self.low + (a + SCALE) * (self.high - self.low) / (2 * SCALE), self.low, self.high)
        x_before = d.xpos[self.torso, 0] if self.ant else d.qpos[0]
        self.env.do_simulation(ctrl, 5)
        x_after = d.xpos[self.torso, 0] if self.ant else d.qpos[0]
        v = (x_after - x_before) / self.env.dt
        forward = self.forward(self.task, v, d.xpos[self.torso, 0], d.xpos[self.torso, 1])
        info = {self.forward_key: forward}
        if not self.ant:
            ctrl_cost = 0.05 * np.sum(ctrl ** 2)
            info["reward_ctrl"] = -ctrl_cost
            return self.observation(), forward - ctrl_cost, False, info
        ctrl_cost = 0.005 * np.sum((ctrl / (0.5 * (self.high - self.low))) ** 2)
        contact_cost = 0.0005 * np.sum(np.clip(d.cfrc_ext, -1, 1) ** 2)
        state = np.concatenate([d.qpos, d.qvel])
        healthy = np.isfinite(state).all() and 0.2 <= state[2] <= 1.0
        info.update(reward_ctrl=-ctrl_cost, reward_contact=-contact_cost, reward_survive=0.05)
        return self.observation(), forward - ctrl_cost - contact_cost + 0.05, not healthy, info


@pytest.mark.parametrize("env_id", sorted(FAMILIES))
def test_task_env_follows_its_definition(env_id):
    reference = Definition(env_id)
    env = jgym.make(env_id, task=reference.task)
    assert env.unwrapped.get_task() == reference.task
    assert env.observation_space.dtype == np.float32
    assert env.observation_space.shape == reference.observation().shape
    assert env.action_space.low.min() == -SCALE and env.action_space.high.max() == SCALE
    rng = np.random.default_rng(3)
    try:
        for episode in range(EPISODES):
            ref_obs = reference.reset(seed=episode)
            d = reference.env.data
            obs, _ = env.reset(seed=episode, options={"qpos": d.qpos.tolist(), "qvel": d.qvel.tolist()})
            np.testing.assert_array_equal(obs, ref_obs)
            for t in range(STEPS):
                # beyond the box too: the env clips like NormalizedActionWrapper (the box allows [-10, 10])
                action = rng.uniform(-SCALE, SCALE, size=env.action_space.shape).astype(np.float32)
                ref_obs, ref_r, ref_term, ref_info = reference.step(action)
                obs, r, term, trunc, info = env.step(action)
                where = f"{env_id} episode {episode} step {t}"
                np.testing.assert_array_equal(obs, ref_obs, err_msg=where)
                np.testing.assert_allclose(r, ref_r, rtol=RTOL, err_msg=where)
                assert term == ref_term, where
                assert trunc == (t == STEPS - 1 and not term), where
                info.pop("mujoco_warnings", None)
                assert sorted(info) == sorted(ref_info), where
                for key, value in ref_info.items():
                    np.testing.assert_allclose(info[key], value, rtol=RTOL, err_msg=f"{where} info[{key}]")
                if term or trunc:
                    break
    finally:
        env.close()


@pytest.mark.parametrize("dist,check", [
    ("halfcheetah/vel", lambda ts: ts_range([t["velocity"] for t in ts], 0, 2)),
    ("ant/vel", lambda ts: ts_range([t["velocity"] for t in ts], 0, 3)),
    ("ant/goal", lambda ts: ts_range([c for t in ts for c in t["position"]], -3, 3)),
    ("halfcheetah/dir", lambda ts: ts_signs([t["direction"] for t in ts])),
    ("ant/dir", lambda ts: ts_signs([t["direction"] for t in ts])),
])
def test_task_distributions(dist, check):
    tasks = jgym.sample_tasks(dist, 4000, seed=11)
    assert tasks == jgym.sample_tasks(dist, 4000, seed=11)
    check(tasks)


def ts_range(values, low, high):
    values = np.asarray(values)
    assert values.min() >= low and values.max() <= high
    assert abs(values.mean() - (low + high) / 2) < 0.05 * (high - low)
    assert abs(values.std() - (high - low) / np.sqrt(12)) < 0.02 * (high - low)


def ts_signs(values):
    assert set(values) == {-1, 1}
    assert abs(np.mean(values)) < 0.06


def test_every_reset_draws_a_task_when_none_is_set():
    env = jgym.make("HalfCheetahVel-v0")
    seen = set()
    env.reset(seed=0)
    for _ in range(5):
        env.reset()
        seen.add(env.unwrapped.get_task()["velocity"])
    env.close()
    assert len(seen) == 5 and all(0 <= v <= 2 for v in seen)
