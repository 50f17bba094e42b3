"""A jgym Java vector env as a ``gymnasium.vector.VectorEnv``: every copy steps in one bridge call."""

from __future__ import annotations

import json
import weakref
from typing import Any

import numpy as np
from gymnasium.vector import AutoresetMode, VectorEnv
from gymnasium.vector.utils import batch_space

from . import _bridge, _shm
from ._spaces import Codec, space_from_json
from .env import _close_handle


class JgymVectorEnv(VectorEnv):
    """``num_envs`` copies of a Java env stepped together in the JVM, with gymnasium's next-step autoreset: the
    step after a copy's episode ends ignores its action, resets it and returns the reset observation with reward
    0, both flags False and the reset info.

    Args:
        jgym_id: the Java env id
        num_envs: number of copies
        threads: JVM threads stepping the copies (1: the copies step one after the other)
        copy: return fresh arrays (True) or views of shared memory that the next call overwrites (False)
        **kwargs: the env's kwargs (``max_episode_steps`` included), checked by Java
    """

    def __init__(self, jgym_id: str, num_envs: int = 1, threads: int = 1, copy: bool = True, **kwargs: Any):
        self._bridge = _bridge.shared()
        self._handle = None
        d = self._bridge.json(self._bridge.service.makeVec, self._bridge.client, jgym_id, int(num_envs),
                              json.dumps(kwargs), int(threads))
        self._handle = d["handle"]
        self._bridge.track(self._handle, self)
        self._finalizer = weakref.finalize(self, _close_handle, self._bridge, self._handle, d["shm"]["path"])
        self.jgym_id = jgym_id
        self.num_envs = d["num_envs"]
        self.single_observation_space = space_from_json(d["single_observation_space"])
        self.single_action_space = space_from_json(d["single_action_space"])
        self.observation_space = batch_space(self.single_observation_space, self.num_envs)
        self.action_space = batch_space(self.single_action_space, self.num_envs)
        self.metadata = {"autoreset_mode": AutoresetMode.NEXT_STEP, "render_modes": []}
        self.render_mode = None
        self.java_spec = d["spec"]
        self.has_tasks = d["has_tasks"]
        self.copy = copy
        shm = d["shm"]
        n = self.num_envs
        self._mem = _shm.map_file(shm["path"], shm["size"])
        self._obs = Codec(d["single_observation_space"], shm["observation"], self._mem, batch=n)
        self._act = Codec(d["single_action_space"], shm["action"], self._mem, batch=n)
        self._rewards = np.frombuffer(self._mem, dtype="<f8", count=n, offset=shm["rewards"])
        self._terminated = np.frombuffer(self._mem, dtype=np.bool_, count=n, offset=shm["terminated"])
        self._truncated = np.frombuffer(self._mem, dtype=np.bool_, count=n, offset=shm["truncated"])
        self._step_call = self._bridge.prepared("vecStep", self._handle)

    def reset(self, *, seed: int | list[int | None] | None = None, options: dict | None = None):
        if options and "reset_mask" in options:
            raise NotImplementedError("jgym vector envs use next-step autoreset; reset_mask is not supported")
        opts = None if not options else json.dumps(options)
        service = self._bridge.service
        if isinstance(seed, (list, tuple)):
            if len(seed) != self.num_envs:
                raise ValueError(f"reset needs one seed per copy: {self.num_envs} seeds, got {len(seed)}")
            infos = self._bridge.json(service.vecResetSeeds, self._handle,
                                      json.dumps([None if s is None else int(s) for s in seed]), opts)
        else:
            infos = self._bridge.json(service.vecReset, self._handle, 0 if seed is None else int(seed),
                                      seed is not None, opts)
        return self._observations(), self._batch_infos(infos)

    def step(self, actions):
        if self._act.write(actions):
            infos = self._bridge.call(self._step_call)
        else:
            infos = self._bridge.call(self._bridge.service.vecStepJson, self._handle,
                                      json.dumps(self._act.encode(actions)))
        if self.copy:
            rewards, terminated, truncated = self._rewards.copy(), self._terminated.copy(), self._truncated.copy()
        else:
            rewards, terminated, truncated = self._rewards, self._terminated, self._truncated
        return (self._observations(), rewards, terminated, truncated,
                self._batch_infos(None if infos is None else json.loads(infos)))

    def _observations(self):
        return self._obs.read()

    def _batch_infos(self, infos: list[dict] | None) -> dict:
        out: dict = {}
        if infos:
            for i, info in enumerate(infos):
                if info:
                    out = self._add_info(out, info, i)
        return out

    # ---- meta-RL tasks -----------------------------------------------------------------------------------------

    def sample_tasks(self, n: int, seed: int | None = None) -> list[dict]:
        """``n`` tasks of the copies' task distribution as plain dicts; the same seed gives the same tasks."""
        seed = int(np.random.default_rng().integers(2**62)) if seed is None else int(seed)
        return self._bridge.json(self._bridge.service.vecSampleTasks, self._handle, int(n), seed)

    def set_task(self, index: int, task: dict) -> None:
        """Gives copy ``index`` a task; it takes effect at that copy's next reset."""
        self._bridge.call(self._bridge.service.vecSetTask, self._handle, int(index), json.dumps(task))

    def set_tasks(self, tasks: list[dict]) -> None:
        """One task per copy."""
        if len(tasks) != self.num_envs:
            raise ValueError(f"set_tasks needs {self.num_envs} tasks (one per copy), got {len(tasks)}")
        for i, t in enumerate(tasks):
            self.set_task(i, t)

    def get_task(self, index: int) -> dict | None:
        return self._bridge.json(self._bridge.service.vecTask, self._handle, int(index))

    def close_extras(self, **kwargs: Any) -> None:
        if self._handle is not None and self._finalizer.alive:
            self._finalizer()
