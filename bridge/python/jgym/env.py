"""A jgym Java env as a ``gymnasium.Env``."""

from __future__ import annotations

import json
import weakref
from typing import Any

import gymnasium
import numpy as np

from . import _bridge, _shm
from ._doorbell import HEADER, OP_STEP, Doorbell
from ._spaces import Codec, space_from_json


class JgymEnv(gymnasium.Env):
    """A Java env served by the jgym JVM. Make it with ``jgym.make(id)`` or ``gymnasium.make("jgym/<id>")``,
    which add gymnasium's usual wrappers (time limit, order enforcing, passive checker).

    Observations, actions, rewards and flags go through a shared-memory file; observations are returned as fresh
    numpy arrays (float32 Box observations stay float32). Envs with a task distribution take tasks as plain dicts:
    ``sample_tasks(n, seed)`` and ``set_task(task)``.

    Args:
        jgym_id: the Java env id, e.g. ``Navigation2D-v0``
        render_mode: ``rgb_array``, ``ansi`` or None
        max_episode_steps: time limit applied in Java; None (default) leaves it to gymnasium's ``TimeLimit``
        **kwargs: the env's kwargs, checked by Java
    """

    def __init__(self, jgym_id: str, render_mode: str | None = None, max_episode_steps: int | None = None,
                 **kwargs: Any):
        self._bridge = _bridge.shared()
        self._handle = None
        java_kwargs = dict(kwargs, render_mode=render_mode, max_episode_steps=-1 if max_episode_steps is None
                           else max_episode_steps)
        bridge = self._bridge
        d = bridge.json(bridge.service.makeEnv, bridge.client, jgym_id, json.dumps(java_kwargs))
        self._handle = d["handle"]
        shm = d["shm"]
        self._mem = _shm.map_region(bridge, self._handle, shm["path"], shm["size"])
        self._bell = Doorbell(bridge, self._handle, self._mem, shm["path"], shm["info"], shm["info_bytes"])
        bridge.track(self._handle, self)
        self._finalizer = weakref.finalize(self, _close_handle, bridge, self._handle, shm["path"], self._bell)
        self.jgym_id = jgym_id
        self.observation_space = space_from_json(d["observation_space"])
        self.action_space = space_from_json(d["action_space"])
        self.metadata = {"render_modes": list(d["metadata"]["render_modes"]),
                         "render_fps": d["metadata"]["render_fps"]}
        self.render_mode = d["render_mode"]
        self.java_spec = d["spec"]
        self.has_tasks = d["has_tasks"]
        self._obs = Codec(d["observation_space"], shm["observation"], self._mem)
        self._act = Codec(d["action_space"], shm["action"], self._mem)
        words = memoryview(self._mem)[:HEADER]  # reward (float64) and flags (bytes) lie in the header
        self._reward, self._reward_word = words.cast("d"), shm["reward"] // 8
        self._flags, self._terminated, self._truncated = words, shm["terminated"], shm["truncated"]
        self._step_json_call = bridge.service.stepJson
        self._frames = _shm.FrameReader()

    def reset(self, *, seed: int | None = None, options: dict | None = None):
        check_seed(seed)
        super().reset(seed=seed)
        if options:
            b = self._bridge
            info = b.json(b.service.reset, b.client, self._handle, 0 if seed is None else int(seed), seed is not None,
                          json.dumps(options))
            return self._obs.read(), info or {}
        info = self._bell.ring_reset(None if seed is None else int(seed))
        return self._obs.read(), info

    def step(self, action):
        if self._act.write(action):
            bell = self._bell
            bell.ring(OP_STEP)
            info = bell.wait()
        else:
            b = self._bridge
            text = b.call(self._step_json_call, b.client, self._handle, json.dumps(self._act.encode(action)))
            info = {} if text is None else json.loads(text)
        flags = self._flags
        return (self._obs.read(), self._reward[self._reward_word], flags[self._terminated] != 0,
                flags[self._truncated] != 0, info)

    def render(self):
        b = self._bridge
        return self._frames.read(b.json(b.service.render, b.client, self._handle))

    # ---- meta-RL tasks (the MAML convention) -------------------------------------------------------------------

    def sample_tasks(self, n: int, seed: int | None = None) -> list[dict]:
        """``n`` tasks of this env's task distribution as plain dicts; the same seed gives the same tasks."""
        seed = int(self.np_random.integers(2**62)) if seed is None else int(seed)
        b = self._bridge
        return b.json(b.service.sampleTasks, b.client, self._handle, int(n), seed)

    def set_task(self, task: dict) -> None:
        """Sets the task (a dict from :meth:`sample_tasks`); it takes effect at the next reset."""
        b = self._bridge
        b.call(b.service.setTask, b.client, self._handle, json.dumps(task))

    def get_task(self) -> dict | None:
        b = self._bridge
        return b.json(b.service.task, b.client, self._handle)

    def close(self):
        if self._handle is not None and self._finalizer.alive:
            self._finalizer()
        self._frames = _shm.FrameReader()

    @property
    def closed(self) -> bool:
        return self._handle is None or not self._finalizer.alive


def _close_handle(bridge: _bridge.Bridge, handle: int, path: str, bell: Doorbell) -> None:
    """Closes a handle in the JVM (if it is still there) and removes its shared file and wake-up FIFO."""
    if bridge.alive:
        try:
            bridge.call(bridge.service.close, bridge.client, handle)
        except Exception:  # noqa: BLE001 - a JVM that died meanwhile has freed the env with itself
            pass
    bell.close()
    _shm.unlink_quietly(path)


def check_seed(seed) -> None:
    """Seeds are Java longs: integers in [0, 2**63 - 1] (gymnasium takes no negative seeds either)."""
    if seed is None:
        return
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)) or not 0 <= int(seed) < 2**63:
        raise ValueError(f"jgym: a seed must be an integer in [0, 2**63 - 1] or None, got {seed!r}")
