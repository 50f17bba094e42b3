"""Episode batches for one task, their collection from a Gymnasium vector env, and advantage estimation."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import torch

from gaussian_mlp_policy import GaussianMLPPolicy, Params


@dataclass
class EpisodeBatch:
    """One episode per column, time along the first axis; ``mask`` is 1 on steps that belong to an episode."""

    observations: torch.Tensor  # [T, B, obs]
    actions: torch.Tensor  # [T, B, act]
    rewards: torch.Tensor  # [T, B]
    mask: torch.Tensor  # [T, B]
    advantages: torch.Tensor | None = None  # [T, B], set by compute_advantages

    @property
    def mean_return(self) -> float:
        """Undiscounted return averaged over the episodes."""
        return float(self.rewards.sum(dim=0).mean())

    def discounted_returns(self, gamma: float) -> torch.Tensor:
        returns = torch.zeros_like(self.rewards)
        running = torch.zeros_like(self.rewards[0])
        for t in range(self.rewards.shape[0] - 1, -1, -1):
            running = self.rewards[t] + gamma * running * self.mask[t]
            returns[t] = running
        return returns * self.mask


def masked_mean(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Mean over the steps where ``mask`` is 1 (values may carry extra trailing dims only if mask matches)."""
    return (values * mask).sum() / mask.sum()


class LinearFeatureBaseline:
    """Duan et al. (2016) linear baseline on [o, o^2, t, t^2, t^3, 1] (t = step / 100), refitted on every batch."""

    def __init__(self, reg_coeff: float = 1e-5, max_tries: int = 5) -> None:
        self.reg_coeff = reg_coeff
        self.max_tries = max_tries

    @staticmethod
    def features(batch: EpisodeBatch) -> torch.Tensor:
        obs = batch.observations.double()
        steps, episodes = batch.mask.shape
        t = (torch.arange(steps, dtype=torch.float64) / 100.0).view(-1, 1, 1).expand(steps, episodes, 1)
        ones = torch.ones_like(t)
        return torch.cat((obs, obs * obs, t, t * t, t * t * t, ones), dim=2)

    def predict_after_fit(self, batch: EpisodeBatch, returns: torch.Tensor) -> torch.Tensor:
        """Fits the weights to ``returns`` on the batch's valid steps and returns the fitted values ([T, B])."""
        features = self.features(batch)
        valid = batch.mask.bool()
        x = features[valid]
        y = returns.double()[valid]
        gram = x.T @ x
        target = x.T @ y
        identity = torch.eye(gram.shape[0], dtype=torch.float64)
        reg = self.reg_coeff
        for _ in range(self.max_tries):
            weights = torch.linalg.lstsq(gram + reg * identity, target.unsqueeze(1)).solution.squeeze(1)
            if torch.isfinite(weights).all():
                break
            reg *= 10.0
        else:
            raise RuntimeError(f"LinearFeatureBaseline: no finite solution up to reg_coeff={reg / 10.0}")
        return (features @ weights).float() * batch.mask


def compute_advantages(
    batch: EpisodeBatch, baseline: LinearFeatureBaseline, gamma: float, gae_lambda: float
) -> None:
    """GAE(gamma, lambda) against the fitted baseline, normalised over the batch's valid steps."""
    values = baseline.predict_after_fit(batch, batch.discounted_returns(gamma))
    next_values = torch.cat((values[1:], torch.zeros_like(values[:1])))
    deltas = batch.rewards + gamma * next_values - values
    advantages = torch.zeros_like(deltas)
    running = torch.zeros_like(deltas[0])
    for t in range(deltas.shape[0] - 1, -1, -1):
        running = deltas[t] + gamma * gae_lambda * running * batch.mask[t]
        advantages[t] = running
    advantages = advantages * batch.mask
    mean = masked_mean(advantages, batch.mask)
    std = torch.sqrt(masked_mean((advantages - mean) ** 2, batch.mask))
    batch.advantages = (advantages - mean) / (std + 1e-8) * batch.mask


@dataclass
class SamplingClock:
    """Seconds spent inside the vector env (reset + step) and in the policy while collecting episodes."""

    env_seconds: float = 0.0
    policy_seconds: float = 0.0
    env_steps: int = field(default=0)

    def reset(self) -> None:
        self.env_seconds = self.policy_seconds = 0.0
        self.env_steps = 0


class EpisodeSampler:
    """Runs one episode per sub-env of a vector env for a given goal; sub-envs that finished are masked."""

    def __init__(self, envs, policy: GaussianMLPPolicy, horizon: int, seed: int) -> None:
        self.envs = envs
        self.policy = policy
        self.horizon = horizon
        self.clock = SamplingClock()
        self._seed: int | None = seed
        self.num_envs = envs.num_envs
        obs_size = envs.single_observation_space.shape[0]
        act_size = envs.single_action_space.shape[0]
        self._obs = np.zeros((horizon, self.num_envs, obs_size), dtype=np.float32)
        self._actions = np.zeros((horizon, self.num_envs, act_size), dtype=np.float32)
        self._rewards = np.zeros((horizon, self.num_envs), dtype=np.float32)
        self._mask = np.zeros((horizon, self.num_envs), dtype=np.float32)

    def sample(self, goal: np.ndarray, params: Params | None = None) -> EpisodeBatch:
        start = time.perf_counter()
        obs, _ = self.envs.reset(seed=self._seed, options={"goal": goal})
        self._seed = None  # seed once; later resets continue the same RNG streams
        self.clock.env_seconds += time.perf_counter() - start
        active = np.ones(self.num_envs, dtype=bool)
        steps = 0
        for t in range(self.horizon):
            start = time.perf_counter()
            with torch.no_grad():
                actions = self.policy(torch.from_numpy(obs), params).sample().numpy()
            middle = time.perf_counter()
            next_obs, rewards, terminated, truncated, _ = self.envs.step(actions)
            self.clock.env_seconds += time.perf_counter() - middle
            self.clock.policy_seconds += middle - start
            self._obs[t] = obs
            self._actions[t] = actions
            self._rewards[t] = rewards * active
            self._mask[t] = active
            self.clock.env_steps += int(active.sum())
            active &= ~(terminated | truncated)
            obs = next_obs
            steps = t + 1
            if not active.any():
                break
        return EpisodeBatch(
            observations=torch.from_numpy(self._obs[:steps].copy()),
            actions=torch.from_numpy(self._actions[:steps].copy()),
            rewards=torch.from_numpy(self._rewards[:steps].copy()),
            mask=torch.from_numpy(self._mask[:steps].copy()),
        )
