"""A jgym Java vector env as a ``gymnasium.vector.VectorEnv``: every copy steps in one bridge call."""

from __future__ import annotations

import json
import weakref
from typing import Any

import numpy as np
from gymnasium.vector import AutoresetMode, VectorEnv
from gymnasium.vector.utils import batch_space, iterate

from . import _bridge, _shm
from ._doorbell import OP_RESET, OP_STEP, SEED_NONE, SEED_ONE, SEED_PER_COPY, Doorbell
from ._spaces import Codec, space_from_json
from .env import _close_handle, check_seed
from .errors import JgymError


class JgymVectorEnv(VectorEnv):
    """``num_envs`` copies of a Java env stepped together in the JVM, with one of gymnasium's autoreset modes:
    ``NEXT_STEP`` (default: the step after a copy's episode ends ignores its action, resets it and returns the
    reset observation with reward 0, both flags False and the reset info), ``SAME_STEP`` (the ending step resets
    at once; ``info["final_obs"]`` and ``info["final_info"]`` hold the last observation and info) or ``DISABLED``
    (reset finished copies yourself with ``reset(options={"reset_mask": done})``).

    Args:
        jgym_id: the Java env id
        num_envs: number of copies
        threads: JVM threads stepping the copies (1: the copies step one after the other)
        copy: return fresh arrays (True) or views of shared memory that the next call overwrites (False)
        autoreset_mode: a ``gymnasium.vector.AutoresetMode`` or its name
        render_mode: ``rgb_array``, ``ansi`` or None; ``render()`` returns one frame per copy
        **kwargs: the env's kwargs (``max_episode_steps`` included), checked by Java
    """

    def __init__(self, jgym_id: str, num_envs: int = 1, threads: int = 1, copy: bool = True,
                 autoreset_mode: AutoresetMode | str = AutoresetMode.NEXT_STEP, render_mode: str | None = None,
                 **kwargs: Any):
        self._bridge = bridge = _bridge.shared()
        self._handle = None
        mode = _autoreset_mode(autoreset_mode)
        if render_mode is not None:
            kwargs["render_mode"] = render_mode
        d = bridge.json(bridge.service.makeVec, bridge.client, jgym_id, int(num_envs), json.dumps(kwargs),
                        int(threads), mode.name)
        self._handle = d["handle"]
        shm = d["shm"]
        self._mem = _shm.map_region(bridge, self._handle, shm["path"], shm["size"])
        # a client spinning on its own core would take it from the JVM's second stepping thread
        self._bell = Doorbell(bridge, self._handle, self._mem, shm["path"], shm["info"], shm["info_bytes"],
                              adaptive_spin=int(threads) == 1)
        bridge.track(self._handle, self)
        self._finalizer = weakref.finalize(self, _close_handle, bridge, self._handle, shm["path"], self._bell)
        self.jgym_id = jgym_id
        self.num_envs = n = d["num_envs"]
        self.single_observation_space = space_from_json(d["single_observation_space"])
        self.single_action_space = space_from_json(d["single_action_space"])
        self.observation_space = batch_space(self.single_observation_space, n)
        self.action_space = batch_space(self.single_action_space, n)
        self.render_mode = d["render_mode"]
        self.autoreset_mode = mode
        self.metadata = {"autoreset_mode": mode,
                         "render_modes": [] if self.render_mode is None else [self.render_mode],
                         "render_fps": d["render_fps"]}
        self.java_spec = d["spec"]
        self.has_tasks = d["has_tasks"]
        self.copy = copy
        mem = self._mem
        self._obs = Codec(d["single_observation_space"], shm["observation"], mem, batch=n)
        self._act = Codec(d["single_action_space"], shm["action"], mem, batch=n)
        self._rewards = np.frombuffer(mem, dtype="<f8", count=n, offset=shm["rewards"])
        self._terminated = np.frombuffer(mem, dtype=np.bool_, count=n, offset=shm["terminated"])
        self._truncated = np.frombuffer(mem, dtype=np.bool_, count=n, offset=shm["truncated"])
        self._seeds = np.frombuffer(mem, dtype="<i8", count=n, offset=shm["seeds"])
        self._seeded = np.frombuffer(mem, dtype=np.uint8, count=n, offset=shm["seeded"])
        self._mask = np.frombuffer(mem, dtype=np.bool_, count=n, offset=shm["mask"])
        self._frame_readers = [_shm.FrameReader() for _ in range(n)]
        if mode == AutoresetMode.SAME_STEP:
            self._final_obs = Codec(d["single_observation_space"], shm["final_observation"], mem, batch=n)
            self._has_final = np.frombuffer(mem, dtype=np.bool_, count=n, offset=shm["has_final"])
        self._json_infos = False  # infos of a step done through Py4J, until step_wait returns them

    def reset(self, *, seed: int | list[int | None] | None = None, options: dict | None = None):
        options = dict(options or {})
        mask = options.pop("reset_mask", None)
        if mask is not None:
            mask = np.asarray(mask)
            if mask.shape != (self.num_envs,) or mask.dtype != np.bool_ or not mask.any():
                raise ValueError(f"reset_mask must be a bool array of shape ({self.num_envs},) with at least one "
                                 f"True, got {mask!r}")
        b, bell = self._bridge, self._bell
        if bell.pending:
            raise JgymError("a step is in flight: call step_wait() before reset()")
        if isinstance(seed, (list, tuple, np.ndarray)):
            if len(seed) != self.num_envs:
                raise ValueError(f"reset needs one seed per copy: {self.num_envs} seeds, got {len(seed)}")
            for s in seed:
                check_seed(s)
        else:
            check_seed(seed)
            if seed is not None:
                check_seed(int(seed) + self.num_envs - 1)  # copy i gets seed + i
        if options:  # options beyond reset_mask go to Java as JSON, through Py4J
            if mask is not None:
                raise ValueError("jgym vector envs take reset_mask only without other reset options")
            opts = json.dumps(options)
            if isinstance(seed, (list, tuple, np.ndarray)):
                infos = b.json(b.service.vecResetSeeds, b.client, self._handle,
                               json.dumps([None if s is None else int(s) for s in seed]), opts)
            else:
                infos = b.json(b.service.vecReset, b.client, self._handle, 0 if seed is None else int(seed),
                               seed is not None, opts)
            return self._observations(), self._batch_infos(infos)
        if isinstance(seed, (list, tuple, np.ndarray)):
            self._seeded[:] = [s is not None for s in seed]
            self._seeds[:] = [0 if s is None else int(s) for s in seed]
            bell.set_seed(SEED_PER_COPY, masked=mask is not None)
        else:
            bell.set_seed(SEED_NONE if seed is None else SEED_ONE, 0 if seed is None else int(seed), mask is not None)
        if mask is not None:
            self._mask[:] = mask
        bell.ring(OP_RESET)
        infos = bell.wait()
        return self._observations(), self._batch_infos(infos)

    def step(self, actions):
        self.step_async(actions)
        return self.step_wait()

    def step_async(self, actions) -> None:
        """Starts stepping every copy with ``actions`` and returns at once: the JVM steps while Python computes.
        :meth:`step_wait` returns the results."""
        if self._act.write(actions):
            self._bell.ring(OP_STEP)
        else:  # unusual input: through Py4J as JSON, so that Java names what is wrong (synchronously)
            b = self._bridge
            if self._bell.pending:
                raise JgymError("a step is already in flight: call step_wait() before stepping again")
            self._json_infos = b.json(b.service.vecStepJson, b.client, self._handle,
                                      json.dumps(self._act.encode(actions)))

    def step_wait(self):
        """The results of the :meth:`step_async` in flight: observations, rewards, terminations, truncations, infos."""
        if self._bell.pending:
            infos = self._bell.wait()
        elif self._json_infos is not False:
            infos, self._json_infos = self._json_infos, False
        else:
            raise JgymError("no step in flight: call step_async(actions) first")
        if self.copy:
            rewards, terminated, truncated = self._rewards.copy(), self._terminated.copy(), self._truncated.copy()
        else:
            rewards, terminated, truncated = self._rewards, self._terminated, self._truncated
        return self._observations(), rewards, terminated, truncated, self._batch_infos(infos)

    def render(self):
        """Every copy's frame, as a tuple (as gymnasium's SyncVectorEnv); None without a render mode."""
        if self.render_mode is None:
            return None
        b = self._bridge
        frames = b.json(b.service.vecRender, b.client, self._handle)
        return tuple(reader.read(f) for reader, f in zip(self._frame_readers, frames))

    def _observations(self):
        return self._obs.read()

    def _batch_infos(self, infos: list[dict] | dict | None) -> dict:
        """Gymnasium's batched infos; with same-step autoreset, Java sends ``{"infos", "final_infos"}`` when copies
        ended, and those get ``final_obs`` and ``final_info`` first, as gymnasium's SyncVectorEnv adds them."""
        out: dict = {}
        finals = None
        if isinstance(infos, dict) and infos:  # the doorbell gives {} for "no info"
            finals = infos["final_infos"]
            infos = infos["infos"]
            final_obs = list(iterate(self.observation_space, self._final_obs.read()))
        for i in range(self.num_envs):
            if finals is not None and finals[i] is not None:
                out = self._add_info(out, {"final_obs": final_obs[i], "final_info": finals[i]}, i)
            if infos and infos[i]:
                out = self._add_info(out, infos[i], i)
        return out

    # ---- meta-RL tasks -----------------------------------------------------------------------------------------

    def sample_tasks(self, n: int, seed: int | None = None) -> list[dict]:
        """``n`` tasks of the copies' task distribution as plain dicts; the same seed gives the same tasks."""
        seed = int(np.random.default_rng().integers(2**62)) if seed is None else int(seed)
        b = self._bridge
        return b.json(b.service.vecSampleTasks, b.client, self._handle, int(n), seed)

    def set_task(self, index: int, task: dict) -> None:
        """Gives copy ``index`` a task; it takes effect at that copy's next reset."""
        b = self._bridge
        b.call(b.service.vecSetTask, b.client, self._handle, int(index), json.dumps(task))

    def set_tasks(self, tasks: list[dict]) -> None:
        """One task per copy."""
        if len(tasks) != self.num_envs:
            raise ValueError(f"set_tasks needs {self.num_envs} tasks (one per copy), got {len(tasks)}")
        for i, t in enumerate(tasks):
            self.set_task(i, t)

    def get_task(self, index: int) -> dict | None:
        b = self._bridge
        return b.json(b.service.vecTask, b.client, self._handle, int(index))

    def close_extras(self, **kwargs: Any) -> None:
        if self._handle is not None and self._finalizer.alive:
            self._finalizer()


def _autoreset_mode(mode: AutoresetMode | str) -> AutoresetMode:
    if isinstance(mode, AutoresetMode):
        return mode
    for m in AutoresetMode:
        if str(mode).upper().replace("-", "_") in (m.name, m.value.upper()):
            return m
    raise ValueError(f"autoreset_mode must be one of {[m.name for m in AutoresetMode]} (gymnasium.vector.AutoresetMode),"
                     f" got {mode!r}")
