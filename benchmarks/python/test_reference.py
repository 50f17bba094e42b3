"""Checks of the PyTorch reference: env semantics, baseline fit, and the exact second-order meta-gradient.

Run from this folder with the reference venv: ``../../.venv-torch/bin/python -m unittest test_reference -v``
"""

from __future__ import annotations

import math
import unittest

import gymnasium as gym
import numpy as np
import torch
from torch.nn.utils import parameters_to_vector, vector_to_parameters

import nav2d_env
from episodes import EpisodeBatch, EpisodeSampler, LinearFeatureBaseline, compute_advantages
from gaussian_mlp_policy import GaussianMLPPolicy
from maml_trpo_torch import MamlConfig, MamlTrpo, TaskData


class Navigation2DEnvTest(unittest.TestCase):
    def test_clipped_move_euclidean_reward_and_termination(self):
        env = gym.make(nav2d_env.ENV_ID)
        obs, _ = env.reset(seed=3, options={"goal": (0.15, 0.0)})
        np.testing.assert_array_equal(obs, [0.0, 0.0])
        obs, reward, terminated, truncated, _ = env.step(np.array([5.0, -0.02], dtype=np.float32))
        np.testing.assert_allclose(obs, [0.1, -0.02], atol=1e-6)
        self.assertAlmostEqual(reward, -math.hypot(0.05, 0.02), places=6)
        self.assertFalse(terminated or truncated)
        _, reward, terminated, _, _ = env.step(np.array([0.05, 0.02], dtype=np.float32))
        self.assertTrue(terminated)
        self.assertAlmostEqual(reward, 0.0, places=6)

    def test_truncated_after_100_steps_and_goal_kept_across_resets(self):
        env = gym.make(nav2d_env.ENV_ID)
        env.reset(seed=0, options={"goal": (0.4, 0.4)})
        env.reset()
        np.testing.assert_array_equal(env.unwrapped.goal, [0.4, 0.4])
        for step in range(1, 101):
            _, _, terminated, truncated, _ = env.step(np.zeros(2, dtype=np.float32))
            self.assertFalse(terminated)
            self.assertEqual(truncated, step == 100)

    def test_squared_reward_and_oracle_observation(self):
        env = nav2d_env.Navigation2DEnv(goal=(0.3, 0.4), reward_type="squared", oracle=True)
        obs, _ = env.reset()
        np.testing.assert_allclose(obs, [0.0, 0.0, 0.3, 0.4], atol=1e-7)
        _, reward, _, _, _ = env.step(np.zeros(2))
        self.assertAlmostEqual(reward, -0.25)

    def test_bad_arguments_are_rejected_with_the_value(self):
        with self.assertRaisesRegex(ValueError, "got 'manhattan'"):
            nav2d_env.Navigation2DEnv(reward_type="manhattan")
        with self.assertRaisesRegex(ValueError, "shape \\(3,\\)"):
            nav2d_env.Navigation2DEnv(goal=(1, 2, 3))


def random_batch(generator: torch.Generator, steps: int = 7, episodes: int = 4) -> EpisodeBatch:
    mask = torch.ones(steps, episodes)
    mask[5:, 1] = 0.0  # one shorter episode
    return EpisodeBatch(
        observations=torch.rand(steps, episodes, 2, generator=generator) - 0.5,
        actions=torch.randn(steps, episodes, 2, generator=generator),
        rewards=-torch.rand(steps, episodes, generator=generator) * mask,
        mask=mask,
    )


class LinearFeatureBaselineTest(unittest.TestCase):
    def test_reproduces_targets_that_are_linear_in_the_features(self):
        batch = random_batch(torch.Generator().manual_seed(0), steps=30, episodes=6)
        weights = torch.tensor([0.5, -1.0, 2.0, 0.3, -0.7, 1.5, 0.2, -3.0], dtype=torch.float64)
        targets = (LinearFeatureBaseline.features(batch) @ weights).float() * batch.mask
        fitted = LinearFeatureBaseline().predict_after_fit(batch, targets)
        torch.testing.assert_close(fitted, targets, atol=1e-3, rtol=0)

    def test_advantages_are_normalised_over_valid_steps(self):
        batch = random_batch(torch.Generator().manual_seed(1), steps=20, episodes=5)
        compute_advantages(batch, LinearFeatureBaseline(), gamma=0.99, gae_lambda=1.0)
        valid = batch.advantages[batch.mask.bool()]
        self.assertAlmostEqual(valid.mean().item(), 0.0, places=5)
        self.assertAlmostEqual(valid.std(unbiased=False).item(), 1.0, places=4)
        self.assertTrue(torch.all(batch.advantages[~batch.mask.bool()] == 0))


class MetaGradientTest(unittest.TestCase):
    """The double-backprop meta-gradient and KL Hessian-vector product agree with central differences."""

    def setUp(self):
        torch.manual_seed(0)
        generator = torch.Generator().manual_seed(2)
        self.policy = GaussianMLPPolicy(2, 2, (8, 8), "tanh").double()
        self.learner = MamlTrpo(self.policy, sampler=None, config=MamlConfig(fast_lr=0.5), seed=0)
        self.tasks = []
        for _ in range(2):
            batches = []
            for _ in range(2):
                batch = random_batch(generator)
                compute_advantages(batch, LinearFeatureBaseline(), 0.99, 1.0)
                batches.append(
                    EpisodeBatch(
                        batch.observations.double(), batch.actions.double(), batch.rewards.double(),
                        batch.mask.double(), batch.advantages.double(),
                    )
                )
            self.tasks.append(TaskData(*batches))
        self.params = list(self.policy.parameters())
        self.theta = parameters_to_vector(self.params).detach().clone()
        self.learner.surrogate(self.tasks, create_graph=False)  # fixes the old policies at theta
        self.direction = torch.randn(self.theta.shape, generator=generator, dtype=torch.float64)

    def loss_at(self, vector):
        vector_to_parameters(vector, self.params)
        loss, _ = self.learner.surrogate(self.tasks, create_graph=False)
        return loss.item()

    def test_second_order_meta_gradient_matches_finite_differences(self):
        vector_to_parameters(self.theta.clone(), self.params)
        loss, _ = self.learner.surrogate(self.tasks, create_graph=True)
        grads = parameters_to_vector(torch.autograd.grad(loss, self.params))
        eps = 1e-6
        numeric = (self.loss_at(self.theta + eps * self.direction) - self.loss_at(self.theta - eps * self.direction))
        numeric /= 2 * eps
        self.assertAlmostEqual(torch.dot(grads, self.direction).item(), numeric, places=6)
        # The first-order gradient differs: the check above would catch a missing create_graph.
        vector_to_parameters(self.theta.clone(), self.params)
        loss, _ = self.learner.surrogate(self.tasks, create_graph=False)
        first_order = parameters_to_vector(torch.autograd.grad(loss, self.params))
        self.assertGreater(abs(torch.dot(first_order, self.direction).item() - numeric), 1e-4)

    def kl_gradient_at(self, vector, create_graph):
        vector_to_parameters(vector, self.params)
        _, kl = self.learner.surrogate(self.tasks, create_graph=True)
        return parameters_to_vector(torch.autograd.grad(kl, self.params, create_graph=create_graph))

    def test_kl_hessian_vector_product_matches_finite_differences(self):
        kl_grads = self.kl_gradient_at(self.theta.clone(), create_graph=True)
        product = parameters_to_vector(torch.autograd.grad(torch.dot(kl_grads, self.direction), self.params))
        eps = 1e-5
        numeric = (
            self.kl_gradient_at(self.theta + eps * self.direction, False)
            - self.kl_gradient_at(self.theta - eps * self.direction, False)
        ) / (2 * eps)
        torch.testing.assert_close(product, numeric, atol=1e-7, rtol=1e-5)
        self.assertGreater(product.norm().item(), 1e-3)


class SamplerTest(unittest.TestCase):
    def test_one_masked_episode_per_sub_env(self):
        envs = nav2d_env.make_vector_env(3)
        policy = GaussianMLPPolicy(2, 2, (4,), "tanh")
        batch = EpisodeSampler(envs, policy, horizon=100, seed=0).sample(np.array([0.2, -0.1]))
        self.assertEqual(tuple(batch.observations.shape), (batch.mask.shape[0], 3, 2))
        lengths = batch.mask.sum(dim=0)
        self.assertTrue(torch.all((lengths >= 1) & (lengths <= 100)))
        torch.testing.assert_close(batch.observations[0], torch.zeros(3, 2))


if __name__ == "__main__":
    unittest.main()
