"""A jgym Java env as a ``gymnasium.Env``."""

from __future__ import annotations

import json
import weakref
from typing import Any

import gymnasium
import numpy as np

from . import _bridge, _shm
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
        d = self._bridge.json(self._bridge.service.makeEnv, self._bridge.client, jgym_id, json.dumps(java_kwargs))
        self._handle = d["handle"]
        self._bridge.track(self._handle, self)
        self._finalizer = weakref.finalize(self, _close_handle, self._bridge, self._handle, d["shm"]["path"])
        self.jgym_id = jgym_id
        self.observation_space = space_from_json(d["observation_space"])
        self.action_space = space_from_json(d["action_space"])
        self.metadata = {"render_modes": list(d["metadata"]["render_modes"]),
                         "render_fps": d["metadata"]["render_fps"]}
        self.render_mode = d["render_mode"]
        self.java_spec = d["spec"]
        self.has_tasks = d["has_tasks"]
        shm = d["shm"]
        self._shm_path = shm["path"]
        self._mem = _shm.map_file(shm["path"], shm["size"])
        self._obs = Codec(d["observation_space"], shm["observation"], self._mem)
        self._act = Codec(d["action_space"], shm["action"], self._mem)
        self._reward = np.frombuffer(self._mem, dtype="<f8", count=1, offset=shm["reward"])
        self._flags = np.frombuffer(self._mem, dtype=np.uint8, count=2, offset=shm["terminated"])
        service = self._bridge.service
        self._step_call = self._bridge.prepared("step", self._handle)
        self._step_json_call = service.stepJson
        self._frame_cache: tuple[str, int, Any] | None = None

    def reset(self, *, seed: int | None = None, options: dict | None = None):
        super().reset(seed=seed)
        info = self._bridge.call(self._bridge.service.reset, self._handle, 0 if seed is None else int(seed),
                                 seed is not None, None if not options else json.dumps(options))
        return self._obs.read(), {} if info is None else json.loads(info)

    def step(self, action):
        if self._act.write(action):
            info = self._bridge.call(self._step_call)
        else:
            info = self._bridge.call(self._step_json_call, self._handle, json.dumps(self._act.encode(action)))
        flags = self._flags
        return (self._obs.read(), float(self._reward[0]), bool(flags[0]), bool(flags[1]),
                {} if info is None else json.loads(info))

    def render(self):
        d = self._bridge.json(self._bridge.service.render, self._handle)
        if d is None:
            return None
        if d["type"] == "ansi":
            return d["text"]
        h, w, path = d["height"], d["width"], d["path"]
        size = h * w * 3
        if self._frame_cache is None or self._frame_cache[:2] != (path, size):
            self._frame_cache = (path, size, _shm.map_file(path, size))
        return np.frombuffer(self._frame_cache[2], dtype=np.uint8, count=size).reshape(h, w, 3).copy()

    # ---- meta-RL tasks (the MAML convention) -------------------------------------------------------------------

    def sample_tasks(self, n: int, seed: int | None = None) -> list[dict]:
        """``n`` tasks of this env's task distribution as plain dicts; the same seed gives the same tasks."""
        seed = int(self.np_random.integers(2**62)) if seed is None else int(seed)
        return self._bridge.json(self._bridge.service.sampleTasks, self._handle, int(n), seed)

    def set_task(self, task: dict) -> None:
        """Sets the task (a dict from :meth:`sample_tasks`); it takes effect at the next reset."""
        self._bridge.call(self._bridge.service.setTask, self._handle, json.dumps(task))

    def get_task(self) -> dict | None:
        return self._bridge.json(self._bridge.service.task, self._handle)

    def close(self):
        if self._handle is not None and self._finalizer.alive:
            self._finalizer()
        self._frame_cache = None

    @property
    def closed(self) -> bool:
        return self._handle is None or not self._finalizer.alive


def _close_handle(bridge: _bridge.Bridge, handle: int, path: str) -> None:
    """Closes a handle in the JVM (if it is still there) and removes its shared file."""
    if bridge.alive:
        try:
            bridge.call(bridge.service.close, handle)
        except Exception:  # noqa: BLE001 - a JVM that died meanwhile has freed the env with itself
            pass
    _shm.unlink_quietly(path)
