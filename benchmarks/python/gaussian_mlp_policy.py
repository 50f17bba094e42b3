"""Gaussian MLP policy whose forward pass accepts an explicit parameter dict (needed for MAML's adapted parameters)."""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Mapping, Sequence

import torch
import torch.nn.functional as F
from torch import nn
from torch.distributions import Independent, Normal

NONLINEARITIES = {"relu": torch.relu, "tanh": torch.tanh}

Params = Mapping[str, torch.Tensor]


class GaussianMLPPolicy(nn.Module):
    """Diagonal Gaussian over actions: mean from an MLP, state-independent log-std (exp parametrisation).

    Weights are Xavier-uniform, biases zero, log-std starts at ``log(init_std)`` and is clamped below at
    ``log(min_std)`` when used.
    """

    def __init__(
        self,
        obs_size: int,
        action_size: int,
        hidden_sizes: Sequence[int] = (100, 100),
        nonlinearity: str = "relu",
        init_std: float = 1.0,
        min_std: float = 1e-6,
    ) -> None:
        super().__init__()
        if nonlinearity not in NONLINEARITIES:
            raise ValueError(
                f"GaussianMLPPolicy: nonlinearity must be one of {sorted(NONLINEARITIES)}, got {nonlinearity!r}"
            )
        if not hidden_sizes or any(size < 1 for size in hidden_sizes):
            raise ValueError(f"GaussianMLPPolicy: hidden_sizes must be positive integers, got {hidden_sizes!r}")
        if not (init_std > 0 and min_std > 0):
            raise ValueError(f"GaussianMLPPolicy: stds must be > 0, got init_std={init_std}, min_std={min_std}")
        self.activation = NONLINEARITIES[nonlinearity]
        sizes = (obs_size, *hidden_sizes)
        self.hidden = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.mean = nn.Linear(sizes[-1], action_size)
        self.log_std = nn.Parameter(torch.full((action_size,), math.log(init_std)))
        self.min_log_std = math.log(min_std)
        for layer in (*self.hidden, self.mean):
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)

    def params(self) -> "OrderedDict[str, torch.Tensor]":
        """The module's own parameters by name: the starting point of an inner-loop adaptation."""
        return OrderedDict(self.named_parameters())

    def forward(self, observations: torch.Tensor, params: Params | None = None) -> Independent:
        if params is None:
            params = self.params()
        x = observations
        for index in range(len(self.hidden)):
            x = self.activation(F.linear(x, params[f"hidden.{index}.weight"], params[f"hidden.{index}.bias"]))
        mean = F.linear(x, params["mean.weight"], params["mean.bias"])
        std = torch.exp(torch.clamp(params["log_std"], min=self.min_log_std))
        return Independent(Normal(mean, std, validate_args=False), 1, validate_args=False)


def detached(distribution: Independent) -> Independent:
    """A constant copy of a policy distribution (the "old" policy of a TRPO step)."""
    base = distribution.base_dist
    return Independent(
        Normal(base.loc.detach(), base.scale.detach(), validate_args=False), 1, validate_args=False
    )
