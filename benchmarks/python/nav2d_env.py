"""Point-mass 2D navigation (Finn, Abbeel, Levine 2017) as a plain Gymnasium environment.

Python twin of jgym's Navigation2D, used as the reference side of the jgym benchmarks (env-step throughput and the
bridge's vector-env comparisons). Importing this module registers
``Navigation2D-v0`` (and the oracle variant ``Navigation2DOracle-v0``) with ``max_episode_steps=100``, so
``gymnasium.make`` wraps the env in ``TimeLimit``.
"""

from __future__ import annotations

import math
from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium import spaces

ENV_ID = "Navigation2D-v0"
ORACLE_ENV_ID = "Navigation2DOracle-v0"
HORIZON = 100
MAX_SPEED = 0.1
GOAL_TOLERANCE = 0.01
REWARD_TYPES = ("euclidean", "squared")


class Navigation2DEnv(gym.Env):
    """A point in the plane steered by velocity commands towards a goal; the goal is the task.

    ## Description
    The agent starts at the origin and must reach a goal drawn uniformly from ``[low, high]^2``.

    ## Action Space
    ``Box(-0.1, 0.1, (2,), float32)``: the velocity ``(dx, dy)``. Each component is clipped to
    ``[-0.1, 0.1]`` before it is applied, so an unbounded Gaussian policy can act directly.

    ## Observation Space
    ``Box(-inf, inf, (2,), float32)``: the position ``(x, y)``. With ``oracle=True`` the goal is appended
    (4 values).

    ## Rewards
    Minus the Euclidean distance to the goal after the move (``reward_type="euclidean"``, default), or minus
    its square (``reward_type="squared"``, the wording of the MAML paper).

    ## Starting State
    ``(0, 0)`` on every reset.

    ## Episode End
    Terminated when both ``|x - goal_x| < 0.01`` and ``|y - goal_y| < 0.01`` after a move. Truncation at 100
    steps comes from the registration's ``TimeLimit``; the env itself always reports ``truncated=False``.

    ## Arguments
    ``goal``: fixed goal (2 values); if ``None`` a goal is drawn from ``self.np_random`` at the first reset and
    kept. ``reset(options={"goal": (gx, gy)})`` changes the task; later resets keep it (vector envs autoreset
    without options). ``low``/``high``: bounds of the goal distribution. ``reward_type``, ``oracle``: see above.
    """

    metadata = {"render_modes": []}

    def __init__(
        self,
        goal: Any = None,
        low: float = -0.5,
        high: float = 0.5,
        reward_type: str = "euclidean",
        oracle: bool = False,
    ) -> None:
        if reward_type not in REWARD_TYPES:
            raise ValueError(
                f"Navigation2DEnv: reward_type must be one of {REWARD_TYPES}, got {reward_type!r}"
            )
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            raise ValueError(
                f"Navigation2DEnv: goal bounds must be finite with low < high, got low={low}, high={high}"
            )
        self.low = float(low)
        self.high = float(high)
        self.squared_reward = reward_type == "squared"
        self.oracle = bool(oracle)
        obs_size = 4 if self.oracle else 2
        self.observation_space = spaces.Box(-np.inf, np.inf, (obs_size,), np.float32)
        self.action_space = spaces.Box(-MAX_SPEED, MAX_SPEED, (2,), np.float32)
        self._position = np.zeros(2, dtype=np.float64)
        self._goal: np.ndarray | None = None
        if goal is not None:
            self.set_goal(goal)

    @property
    def goal(self) -> np.ndarray | None:
        """The current goal, or ``None`` before the first reset of a goal-less env."""
        return None if self._goal is None else self._goal.copy()

    def set_goal(self, goal: Any) -> None:
        """Sets the task: the goal position ``(gx, gy)``; takes effect from the next reset."""
        array = np.asarray(goal, dtype=np.float64)
        if array.shape != (2,) or not np.all(np.isfinite(array)):
            raise ValueError(
                f"Navigation2DEnv: goal must be 2 finite numbers, got {goal!r} (shape {array.shape})"
            )
        self._goal = array.copy()

    def sample_goals(self, count: int) -> np.ndarray:
        """Draws ``count`` goals uniformly from ``[low, high]^2`` with this env's RNG (shape ``[count, 2]``)."""
        return sample_goals(count, self.np_random, self.low, self.high)

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed)
        if options is not None and "goal" in options:
            self.set_goal(options["goal"])
        elif self._goal is None:
            self._goal = self.sample_goals(1)[0]
        self._position[:] = 0.0
        return self._observation(), {}

    def step(self, action):
        if self._goal is None:
            raise RuntimeError("Navigation2DEnv: step() called before reset()")
        velocity = np.clip(action, -MAX_SPEED, MAX_SPEED)
        self._position += velocity
        dx = self._position[0] - self._goal[0]
        dy = self._position[1] - self._goal[1]
        squared_distance = dx * dx + dy * dy
        reward = -squared_distance if self.squared_reward else -math.sqrt(squared_distance)
        terminated = abs(dx) < GOAL_TOLERANCE and abs(dy) < GOAL_TOLERANCE
        return self._observation(), float(reward), bool(terminated), False, {}

    def _observation(self) -> np.ndarray:
        if self.oracle:
            return np.concatenate((self._position, self._goal)).astype(np.float32)
        return self._position.astype(np.float32)


def sample_goals(count: int, rng: np.random.Generator, low: float = -0.5, high: float = 0.5) -> np.ndarray:
    """Draws ``count`` navigation tasks (goals) uniformly from ``[low, high]^2``; returns shape ``[count, 2]``."""
    if count < 1:
        raise ValueError(f"sample_goals: count must be >= 1, got {count}")
    return rng.uniform(low, high, size=(count, 2))


def make_vector_env(num_envs: int, **env_kwargs) -> gym.vector.SyncVectorEnv:
    """``num_envs`` copies of ``Navigation2D-v0`` (with ``TimeLimit`` 100) stepped in one process."""
    if num_envs < 1:
        raise ValueError(f"make_vector_env: num_envs must be >= 1, got {num_envs}")
    return gym.vector.SyncVectorEnv([lambda: gym.make(ENV_ID, **env_kwargs) for _ in range(num_envs)])


def _register() -> None:
    if ENV_ID not in gym.registry:
        gym.register(id=ENV_ID, entry_point=Navigation2DEnv, max_episode_steps=HORIZON)
    if ORACLE_ENV_ID not in gym.registry:
        gym.register(
            id=ORACLE_ENV_ID, entry_point=Navigation2DEnv, max_episode_steps=HORIZON, kwargs={"oracle": True}
        )


_register()
