"""Dumps one MAML-TRPO meta-batch of the unmodified upstream code (tristandeleu/pytorch-maml-rl) and every quantity
of its outer step to JSON, so that jgym can recompute them on the same data (UpstreamBatchTest, UpstreamBatchCheck).

Usage: python upstream_batch.py --upstream DIR --out batch.json [--seed 1] [--tasks 4] [--fast-batch 20]
       [--hidden 64,64] [--fast-lr 0.1] [--truncate]

DIR is a checkout of upstream at 21d4ba1 (see compare-upstream.sh). Upstream's own functions do all the work:
its policy, sampler worker, linear baseline, advantages, adaptation, surrogate loss, KL, Hessian-vector product,
conjugate gradient and line search. --truncate cuts every sampled episode to a random length in [5, 100] before the
baseline is fitted, so that the batch has episodes of different lengths (as when goals are reached), which is where
per-episode and per-step averages differ.
"""
import argparse
import asyncio
import json

import numpy as np
import torch

from upstream_common import add_task_arguments, use_upstream


def to_jgym(vector, action_size=2):
    """Upstream's parameter order (torch lists the module's own `sigma` before its layers) to jgym's: each layer's
    weight (out x in, row-major) and bias, then the log-stds."""
    v = list(vector)
    return v[action_size:] + v[:action_size]


def flat(tensors):
    return to_jgym(torch.cat([t.detach().reshape(-1) for t in tensors]).double().tolist())


def main():
    p = argparse.ArgumentParser()
    add_task_arguments(p, seed=1, tasks=4)
    p.add_argument("--out", required=True)
    p.add_argument("--truncate", action="store_true")
    p.add_argument("--float64", action="store_true",
                   help="sample in float32 as upstream does, then run the outer step in float64")
    a = p.parse_args()
    use_upstream(a.upstream)
    import gym
    import maml_rl.envs  # noqa: F401  registers 2DNavigation-v0
    from maml_rl.baseline import LinearFeatureBaseline
    from maml_rl.episode import BatchEpisodes
    from maml_rl.metalearners import MAMLTRPO
    from maml_rl.samplers.multi_task_sampler import SamplerWorker
    from maml_rl.utils.helpers import get_policy_for_env, get_input_size
    from maml_rl.utils.optimization import conjugate_gradient
    from maml_rl.utils.reinforcement_learning import reinforce_loss
    from maml_rl.utils.torch_utils import vector_to_parameters

    torch.manual_seed(a.seed)
    hidden = [int(h) for h in a.hidden.split(",")]
    env = gym.make("2DNavigation-v0", low=-0.5, high=0.5)
    env.seed(a.seed)
    policy = get_policy_for_env(env, hidden_sizes=hidden, nonlinearity=a.nonlinearity)
    baseline = LinearFeatureBaseline(get_input_size(env))
    gamma, kl_max, damping, cg_iters, ls_steps, ratio = 0.99, 0.01, 1e-5, 10, 15, 0.8
    worker = SamplerWorker(0, "2DNavigation-v0", {"low": -0.5, "high": 0.5}, a.fast_batch, env.observation_space,
                           env.action_space, policy, baseline, a.seed, None, None, None, None)
    rng = np.random.RandomState(a.seed)

    def episodes(params):
        """Upstream's create_episodes, optionally with every episode cut to a random length first."""
        if not a.truncate:
            return worker.create_episodes(params=params, gamma=gamma)
        full = BatchEpisodes(batch_size=a.fast_batch, gamma=gamma)
        for item in worker.sample_trajectories(params=params):
            full.append(*item)
        cut = BatchEpisodes(batch_size=a.fast_batch, gamma=gamma)
        lengths = [int(rng.randint(5, 101)) for _ in range(a.fast_batch)]
        for i in range(a.fast_batch):
            n = min(lengths[i], full.lengths[i])
            for t in range(n):
                cut.append([full.observations[t, i].numpy()], [full.actions[t, i].numpy()],
                           [np.float32(full.rewards[t, i])], [i])
        baseline.fit(cut)
        cut.compute_advantages(baseline, gae_lambda=1.0, normalize=True)
        return cut

    def episode_json(ep):
        out = []
        adv = ep.advantages
        for i, n in enumerate(ep.lengths):
            out.append({"obs": ep.observations[:n, i].double().tolist(), "actions": ep.actions[:n, i].double().tolist(),
                        "rewards": ep.rewards[:n, i].double().tolist(), "advantages": adv[:n, i].double().tolist()})
        return out

    learner = MAMLTRPO(policy, fast_lr=a.fast_lr, first_order=False)
    loop = learner._event_loop
    tasks = env.unwrapped.sample_tasks(a.tasks)
    theta = flat(policy.parameters())
    train, valid, inner_grads, adapted = [], [], [], []
    for task in tasks:
        worker.envs.reset_task(task)
        tr = episodes(None)
        loss = reinforce_loss(policy, tr)
        inner_grads.append(flat(torch.autograd.grad(loss, list(policy.parameters()))))
        params = policy.update_params(reinforce_loss(policy, tr), step_size=a.fast_lr, first_order=True)
        adapted.append(flat(params.values()))
        va = episodes(params)
        train.append(tr)
        valid.append(va)

    if a.float64:
        policy.double()
        for ep in train + valid:
            for name in ("_observations", "_actions", "_rewards", "_advantages"):
                setattr(ep, name, getattr(ep, name[1:]).double())

    def done(x):
        f = loop.create_future()
        f.set_result(x)
        return f

    train_futures = [[done(t) for t in train]]
    valid_futures = [done(v) for v in valid]
    n = len(tasks)
    old_losses, old_kls, old_pis = learner._async_gather([
        learner.surrogate_loss(tr, va, old_pi=None) for (tr, va) in zip(zip(*train_futures), valid_futures)])
    old_loss = sum(old_losses) / n
    grads = torch.nn.utils.parameters_to_vector(
        torch.autograd.grad(old_loss, policy.parameters(), retain_graph=True))
    old_kl = sum(old_kls) / n
    hvp = learner.hessian_vector_product(old_kl, damping=damping)
    probe = torch.as_tensor(np.random.RandomState(a.seed + 1).randn(grads.numel()), dtype=grads.dtype)
    fvp = hvp(probe)
    # upstream's CG keeps x in float32 (its residual and direction follow the operator's dtype)
    stepdir = conjugate_gradient(hvp, grads, cg_iters=cg_iters).to(grads.dtype)
    shs = 0.5 * torch.dot(stepdir, hvp(stepdir, retain_graph=False))
    lagrange = torch.sqrt(shs / kl_max)
    step = stepdir / lagrange
    old_params = torch.nn.utils.parameters_to_vector(policy.parameters()).detach().clone()
    trials, accepted, size = [], -1, 1.0
    for i in range(ls_steps):
        vector_to_parameters(old_params - size * step, policy.parameters())
        losses, kls, _ = learner._async_gather([
            learner.surrogate_loss(tr, va, old_pi=pi)
            for (tr, va, pi) in zip(zip(*train_futures), valid_futures, old_pis)])
        loss_i, kl_i = (sum(losses) / n).item(), (sum(kls) / n).item()
        trials.append({"loss": loss_i, "kl": kl_i})
        if loss_i - old_loss.item() < 0 and kl_i < kl_max:
            accepted = i
            break
        size *= ratio
    else:
        vector_to_parameters(old_params, policy.parameters())
    out = {
        "source": "tristandeleu/pytorch-maml-rl 21d4ba1", "seed": a.seed, "hidden": hidden,
        "nonlinearity": a.nonlinearity, "fast_lr": a.fast_lr, "gamma": gamma, "max_kl": kl_max, "cg_damping": damping,
        "cg_iters": cg_iters, "ls_max_steps": ls_steps, "ls_backtrack_ratio": ratio, "truncated": a.truncate, "float64": a.float64,
        "theta": theta, "goals": [np.asarray(t["goal"], dtype=float).tolist() for t in tasks],
        "train": [episode_json(t) for t in train], "valid": [episode_json(v) for v in valid],
        "inner_grads": inner_grads, "adapted": adapted,
        "surrogate_losses": [x.item() for x in old_losses], "loss": old_loss.item(), "meta_grad": to_jgym(grads.double().tolist()),
        "fvp_probe": to_jgym(probe.double().tolist()), "fvp": to_jgym(fvp.double().tolist()),
        "stepdir": to_jgym(stepdir.double().tolist()),
        "shs": shs.item(), "step_scale": (1.0 / lagrange).item(), "trials": trials, "accepted": accepted,
        "theta_after": flat(policy.parameters()),
    }
    with open(a.out, "w") as f:
        json.dump(out, f)
    print(json.dumps({"tasks": n, "loss": out["loss"], "accepted": accepted, "trials": trials[-1]}))


if __name__ == "__main__":
    main()
