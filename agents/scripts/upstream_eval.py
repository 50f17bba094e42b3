"""Pre- and post-adaptation return of a 2D-navigation policy on held-out goals, with upstream's own sampling,
baseline and inner step (tristandeleu/pytorch-maml-rl): the same evaluator for an upstream checkpoint (policy.th)
and a jgym one (policy.json, same architecture), so that both sides are measured on the same tasks.

Usage: python upstream_eval.py --upstream DIR --policy FILE [--tasks 40] [--seed 7] [--fast-batch 20]
       [--fast-lr 0.1] [--hidden 64,64] [--nonlinearity tanh]
Goals: numpy RandomState(seed).uniform(-0.5, 0.5, (tasks, 2)). For each goal: fast-batch episodes with the policy
(pre-adaptation return), one REINFORCE step with the linear baseline, fast-batch episodes with the adapted
policy (post-adaptation return). Prints one JSON line: mean and std over goals.
"""
import argparse
import json

import numpy as np
import torch

from upstream_common import add_task_arguments, use_upstream


def main():
    p = argparse.ArgumentParser()
    add_task_arguments(p, seed=7, tasks=40)
    p.add_argument("--policy", required=True)
    a = p.parse_args()
    use_upstream(a.upstream)
    import gym
    import maml_rl.envs  # noqa: F401
    from maml_rl.baseline import LinearFeatureBaseline
    from maml_rl.samplers.multi_task_sampler import SamplerWorker
    from maml_rl.utils.helpers import get_policy_for_env, get_input_size
    from maml_rl.utils.reinforcement_learning import reinforce_loss

    torch.manual_seed(a.seed)
    env = gym.make("2DNavigation-v0", low=-0.5, high=0.5)
    policy = get_policy_for_env(env, hidden_sizes=[int(h) for h in a.hidden.split(",")], nonlinearity=a.nonlinearity)
    if a.policy.endswith(".json"):
        saved = json.load(open(a.policy))
        values = saved["params"]
        actions = saved["policy"]["actionSize"]
        # jgym: layers then log-stds; torch lists the policy's own log-std parameter first
        vector = torch.tensor(values[-actions:] + values[:-actions], dtype=torch.float32)
        torch.nn.utils.vector_to_parameters(vector, policy.parameters())
    else:
        policy.load_state_dict(torch.load(a.policy, map_location="cpu"))
    worker = SamplerWorker(0, "2DNavigation-v0", {"low": -0.5, "high": 0.5}, a.fast_batch, env.observation_space,
                           env.action_space, policy, LinearFeatureBaseline(get_input_size(env)), a.seed,
                           None, None, None, None)
    goals = np.random.RandomState(a.seed).uniform(-0.5, 0.5, size=(a.tasks, 2))
    pre, post = [], []
    for goal in goals:
        worker.envs.reset_task({"goal": goal})
        before = worker.create_episodes(params=None, gamma=0.99)
        params = policy.update_params(reinforce_loss(policy, before), step_size=a.fast_lr, first_order=True)
        after = worker.create_episodes(params=params, gamma=0.99)
        pre.append(float(before.rewards.sum(dim=0).mean()))
        post.append(float(after.rewards.sum(dim=0).mean()))
    print(json.dumps({"policy": a.policy, "tasks": a.tasks, "seed": a.seed, "pre_return": float(np.mean(pre)),
                      "pre_std": float(np.std(pre)), "post_return": float(np.mean(post)),
                      "post_std": float(np.std(post))}))


if __name__ == "__main__":
    main()
