"""What the scripts that run pytorch-maml-rl (upstream_batch.py, upstream_eval.py, upstream_train.py) share."""
import sys

import torch


def use_upstream(path):
    """Makes the checkout at `path` importable and maps torch.lstsq, removed from torch (a stub that raises is
    left) but called by upstream's baseline, onto torch.linalg.lstsq (the same solution)."""
    sys.path.insert(0, path)
    torch.lstsq = lambda b, a: (torch.linalg.lstsq(a, b).solution, None)


def add_task_arguments(parser, seed, tasks):
    """Options common to the batch dump and the evaluation: checkpoint, tasks, policy architecture, inner step."""
    parser.add_argument("--upstream", required=True, help="checkout of tristandeleu/pytorch-maml-rl at 21d4ba1")
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--tasks", type=int, default=tasks)
    parser.add_argument("--fast-batch", type=int, default=20)
    parser.add_argument("--fast-lr", type=float, default=0.1)
    parser.add_argument("--hidden", default="64,64")
    parser.add_argument("--nonlinearity", default="tanh")
