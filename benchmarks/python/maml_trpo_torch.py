"""MAML-TRPO on 2D point-mass navigation in PyTorch (CPU): the wall-time reference for jgym's Java MAML.

Per meta-iteration: draw ``meta_batch`` goals; for each, collect ``fast_batch`` episodes with the current
policy, adapt by ``num_steps`` REINFORCE steps (lr ``fast_lr``), collect ``fast_batch`` episodes with the
adapted policy; then one TRPO step on the initial parameters against the post-adaptation surrogate, with the
exact second-order meta-gradient (double backprop through the inner step) and Hessian-vector products of the
mean KL by autograd.

Example: ``python maml_trpo_torch.py --iterations 20 --meta-batch 20 --fast-batch 20 --seed 1 --threads 2 --json``
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass

import gymnasium as gym
import numpy as np
import torch
from torch.distributions import Independent, kl_divergence
from torch.nn.utils import parameters_to_vector, vector_to_parameters

import nav2d_env
from episodes import EpisodeBatch, EpisodeSampler, LinearFeatureBaseline, compute_advantages, masked_mean
from gaussian_mlp_policy import GaussianMLPPolicy, Params, detached


@dataclass
class MamlConfig:
    meta_batch: int = 20
    fast_batch: int = 20
    fast_lr: float = 0.1
    num_steps: int = 1
    first_order: bool = False
    gamma: float = 0.99
    gae_lambda: float = 1.0
    max_kl: float = 0.01
    cg_iters: int = 10
    cg_damping: float = 1e-5
    ls_max_steps: int = 15
    ls_backtrack_ratio: float = 0.8


@dataclass
class TaskData:
    train: EpisodeBatch
    valid: EpisodeBatch
    old_policy: Independent | None = None


def reinforce_loss(policy: GaussianMLPPolicy, batch: EpisodeBatch, params: Params) -> torch.Tensor:
    log_probs = policy(batch.observations, params).log_prob(batch.actions)
    return -masked_mean(log_probs * batch.advantages, batch.mask)


def adapt(policy: GaussianMLPPolicy, batch: EpisodeBatch, config: MamlConfig, create_graph: bool) -> Params:
    """Inner loop: plain gradient steps on the REINFORCE loss; keeps the graph for second-order MAML."""
    params = policy.params()
    for _ in range(config.num_steps):
        loss = reinforce_loss(policy, batch, params)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=create_graph)
        params = {name: p - config.fast_lr * g for (name, p), g in zip(params.items(), grads)}
    return params


def conjugate_gradient(hvp, b: torch.Tensor, iterations: int, tolerance: float = 1e-10) -> torch.Tensor:
    x = torch.zeros_like(b)
    r = b.clone()
    p = b.clone()
    r_dot_r = torch.dot(r, r)
    for _ in range(iterations):
        z = hvp(p)
        alpha = r_dot_r / torch.dot(p, z)
        x += alpha * p
        r -= alpha * z
        new_r_dot_r = torch.dot(r, r)
        if new_r_dot_r < tolerance:
            break
        p = r + (new_r_dot_r / r_dot_r) * p
        r_dot_r = new_r_dot_r
    return x


class MamlTrpo:
    """Meta-learner: samples tasks, adapts, and takes one TRPO step on the initial policy per iteration."""

    def __init__(self, policy: GaussianMLPPolicy, sampler: EpisodeSampler, config: MamlConfig, seed: int) -> None:
        self.policy = policy
        self.sampler = sampler
        self.config = config
        self.baseline = LinearFeatureBaseline()
        self.task_rng = np.random.default_rng(seed)

    def collect(self) -> list[TaskData]:
        tasks = []
        for goal in nav2d_env.sample_goals(self.config.meta_batch, self.task_rng):
            train = self.sampler.sample(goal)
            compute_advantages(train, self.baseline, self.config.gamma, self.config.gae_lambda)
            adapted = {name: p.detach() for name, p in adapt(self.policy, train, self.config, False).items()}
            valid = self.sampler.sample(goal, adapted)
            compute_advantages(valid, self.baseline, self.config.gamma, self.config.gae_lambda)
            tasks.append(TaskData(train, valid))
        return tasks

    def surrogate(self, tasks: list[TaskData], create_graph: bool) -> tuple[torch.Tensor, torch.Tensor]:
        """Mean over tasks of the post-adaptation importance-sampled loss and KL(old || new)."""
        losses, kls = [], []
        for task in tasks:
            params = adapt(self.policy, task.train, self.config, create_graph)
            pi = self.policy(task.valid.observations, params)
            if task.old_policy is None:
                task.old_policy = detached(pi)
            old = task.old_policy
            ratio = torch.exp(pi.log_prob(task.valid.actions) - old.log_prob(task.valid.actions))
            losses.append(-masked_mean(ratio * task.valid.advantages, task.valid.mask))
            kls.append(masked_mean(kl_divergence(old, pi), task.valid.mask))
        return torch.stack(losses).mean(), torch.stack(kls).mean()

    def step(self, tasks: list[TaskData]) -> int:
        """One TRPO step; returns the accepted line-search step index, or -1 if every step was rejected."""
        config = self.config
        params = list(self.policy.parameters())
        loss, kl = self.surrogate(tasks, create_graph=not config.first_order)
        grads = parameters_to_vector(torch.autograd.grad(loss, params, retain_graph=True))
        kl_grads = parameters_to_vector(torch.autograd.grad(kl, params, create_graph=True))

        def hessian_vector_product(vector: torch.Tensor) -> torch.Tensor:
            product = torch.autograd.grad(torch.dot(kl_grads, vector), params, retain_graph=True)
            return parameters_to_vector(product) + config.cg_damping * vector

        direction = conjugate_gradient(hessian_vector_product, grads, config.cg_iters)
        shs = 0.5 * torch.dot(direction, hessian_vector_product(direction))
        full_step = (direction / torch.sqrt(shs / config.max_kl)).detach()
        old_loss = loss.item()
        del loss, kl, kl_grads
        old_vector = parameters_to_vector(params).detach().clone()
        fraction = 1.0
        for index in range(config.ls_max_steps):
            vector_to_parameters(old_vector - fraction * full_step, params)
            new_loss, new_kl = self.surrogate(tasks, create_graph=False)
            if new_loss.item() < old_loss and new_kl.item() < config.max_kl:
                return index
            fraction *= config.ls_backtrack_ratio
        vector_to_parameters(old_vector, params)
        return -1


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=20, help="meta-iterations (the first is warm-up)")
    parser.add_argument("--meta-batch", type=int, default=20, help="tasks per meta-iteration")
    parser.add_argument("--fast-batch", type=int, default=20, help="episodes per task and phase")
    parser.add_argument("--fast-lr", type=float, default=0.1, help="inner-loop learning rate")
    parser.add_argument("--num-steps", type=int, default=1, help="inner gradient steps")
    parser.add_argument("--first-order", action="store_true", help="FOMAML instead of second-order MAML")
    parser.add_argument("--hidden", default="100,100", help="hidden layer sizes, comma separated")
    parser.add_argument("--nonlinearity", default="relu", choices=("relu", "tanh"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2, help="torch intra-op threads")
    parser.add_argument("--json", action="store_true", help="print one JSON summary line at the end")
    parser.add_argument("--json-file", help="also write the JSON summary line to this file")
    args = parser.parse_args(argv)
    for name in ("iterations", "meta_batch", "fast_batch", "num_steps", "threads"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}")
    try:
        args.hidden_sizes = tuple(int(size) for size in args.hidden.split(","))
    except ValueError:
        parser.error(f"--hidden must be comma-separated integers such as 100,100, got {args.hidden!r}")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    config = MamlConfig(
        meta_batch=args.meta_batch, fast_batch=args.fast_batch, fast_lr=args.fast_lr,
        num_steps=args.num_steps, first_order=args.first_order,
    )
    envs = nav2d_env.make_vector_env(args.fast_batch)
    horizon = envs.envs[0].spec.max_episode_steps
    policy = GaussianMLPPolicy(2, 2, args.hidden_sizes, args.nonlinearity)
    sampler = EpisodeSampler(envs, policy, horizon, args.seed)
    learner = MamlTrpo(policy, sampler, config, args.seed)

    load_at_start = os.getloadavg()[0]
    wall, env_time, policy_time, learn_time = [], [], [], []
    pre = post = float("nan")
    for iteration in range(1, args.iterations + 1):
        sampler.clock.reset()
        start = time.perf_counter()
        tasks = learner.collect()
        accepted = learner.step(tasks)
        seconds = time.perf_counter() - start
        pre = statistics.fmean(task.train.mean_return for task in tasks)
        post = statistics.fmean(task.valid.mean_return for task in tasks)
        clock = sampler.clock
        wall.append(seconds)
        env_time.append(clock.env_seconds)
        policy_time.append(clock.policy_seconds)
        learn_time.append(seconds - clock.env_seconds - clock.policy_seconds)
        eta = statistics.fmean(wall[1:] or wall) * (args.iterations - iteration)
        print(
            f"iter {iteration:4d}/{args.iterations}  pre {pre:8.2f}  post {post:8.2f}  "
            f"time {seconds:6.2f}s (env {clock.env_seconds:5.2f}s, policy sampling {clock.policy_seconds:5.2f}s, "
            f"learning {learn_time[-1]:5.2f}s)  line-search step {accepted:3d}  env steps {clock.env_steps}  "
            f"ETA {eta:6.0f}s",
            flush=True,
        )

    measured = slice(1, None) if len(wall) > 1 else slice(0, None)
    summary = {
        "benchmark": "maml_trpo_navigation2d_torch_cpu",
        "iterations": args.iterations,
        "measured_iterations": len(wall[measured]),
        "mean_seconds_per_iteration": statistics.fmean(wall[measured]),
        "median_seconds_per_iteration": statistics.median(wall[measured]),
        "min_seconds_per_iteration": min(wall[measured]),
        "seconds_per_iteration": [round(seconds, 4) for seconds in wall],
        "mean_env_seconds_per_iteration": statistics.fmean(env_time[measured]),
        "mean_policy_sampling_seconds_per_iteration": statistics.fmean(policy_time[measured]),
        "mean_learning_seconds_per_iteration": statistics.fmean(learn_time[measured]),
        "warmup_seconds": wall[0],
        "last_pre_adaptation_return": pre,
        "last_post_adaptation_return": post,
        "meta_batch": args.meta_batch,
        "fast_batch": args.fast_batch,
        "fast_lr": args.fast_lr,
        "num_steps": args.num_steps,
        "first_order": args.first_order,
        "hidden_sizes": list(args.hidden_sizes),
        "nonlinearity": args.nonlinearity,
        "seed": args.seed,
        "threads": torch.get_num_threads(),
        "torch_version": torch.__version__,
        "numpy_version": np.__version__,
        "gymnasium_version": gym.__version__,
        "python_version": platform.python_version(),
        "cpu_count": os.cpu_count(),
        # 1-minute load average: the measurement is only meaningful on an otherwise idle machine.
        "load_average_start": load_at_start,
        "load_average_end": os.getloadavg()[0],
    }
    line = json.dumps(summary)
    if args.json:
        print(line, flush=True)
    if args.json_file:
        with open(args.json_file, "w", encoding="utf-8") as out:
            out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
