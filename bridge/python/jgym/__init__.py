"""jgym's Java environments as Gymnasium environments.

    import jgym
    env = jgym.make("Navigation2D-v0")            # or gymnasium.make("jgym/Navigation2D-v0")
    obs, info = env.reset(seed=0)
    envs = jgym.make_vec("Navigation2D-v0", 64)   # a gymnasium VectorEnv stepped in one call

The JVM starts on first use from the built jars (``$JGYM_HOME`` or this source tree, plus ``$JGYM_CLASSPATH``),
is shared by every env of the process and stops at exit; :func:`connect` attaches to a running ``jgym serve``.
"""

from __future__ import annotations

from typing import Any

import gymnasium

from . import _bridge, _registration
from .env import JgymEnv
from .errors import (BridgeDeadError, InvalidActionError, InvalidKwargsError, JgymError, ResetNeededError,
                     UnknownIdError)
from .vector import JgymVectorEnv

__all__ = ["make", "make_vec", "connect", "shutdown", "register_envs", "list_envs", "describe_env",
           "list_task_distributions", "list_agents", "sample_tasks", "JgymEnv", "JgymVectorEnv", "JgymError",
           "InvalidActionError", "InvalidKwargsError", "UnknownIdError", "ResetNeededError", "BridgeDeadError"]
__version__ = "0.1.0"


def _gymnasium_id(env_id: str) -> str:
    """The registered ``jgym/`` id of a Java or gymnasium id, re-reading the JVM's list for ids not known yet."""
    gid = env_id if env_id.startswith(_registration.NAMESPACE + "/") else _registration.gymnasium_id(env_id)
    if gid not in gymnasium.registry:
        _registration.register_all(refresh=True)
    if gid not in gymnasium.registry:
        bridge = _bridge.shared()
        bridge.call(bridge.service.describeEnv, _registration.java_id(env_id))  # raises with Java's suggestions
    return gid


def make(env_id: str, **kwargs: Any) -> gymnasium.Env:
    """A Java env as a ``gymnasium.Env``, wrapped as ``gymnasium.make`` wraps (time limit, order enforcing,
    passive checker). ``env_id`` is a Java id (``Navigation2D-v0``) or a ``jgym/`` gymnasium id; kwargs go to
    the env (``render_mode``, env kwargs, ``task``) or to ``gymnasium.make`` (``max_episode_steps``, ...)."""
    return gymnasium.make(_gymnasium_id(env_id), **kwargs)


def make_vec(env_id: str, num_envs: int = 1, *, threads: int = 1, **kwargs: Any) -> JgymVectorEnv:
    """``num_envs`` copies of a Java env as one ``gymnasium.vector.VectorEnv`` stepped in a single bridge call,
    with next-step autoreset; ``threads`` JVM threads step the copies."""
    return gymnasium.make_vec(_gymnasium_id(env_id), num_envs=num_envs, vectorization_mode="vector_entry_point",
                              threads=threads, **kwargs)


def connect(port: int, token: str) -> None:
    """Attaches this process to a running ``jgym serve`` on 127.0.0.1 (port and token as it printed them) and
    registers the envs it serves; envs made afterwards live in that server."""
    _bridge.connect(port, token)
    _registration.register_all(refresh=True)


def shutdown() -> None:
    """Closes every env of this process and stops (or detaches from) the JVM; the next make starts a new one."""
    bridge = _bridge.current()
    if bridge is not None:
        bridge.close()


def register_envs(refresh: bool = False) -> list[str]:
    """Registers every Java env in gymnasium under ``jgym/`` (done at import); returns the gymnasium ids."""
    return _registration.register_all(refresh)


def list_envs() -> list[dict]:
    """The Java env specs: id, description, kwargs with their types and defaults, time limit, task distribution."""
    bridge = _bridge.shared()
    return bridge.json(bridge.service.listEnvs)


def describe_env(env_id: str) -> dict:
    bridge = _bridge.shared()
    return bridge.json(bridge.service.describeEnv, _registration.java_id(env_id))


def list_task_distributions() -> list[dict]:
    bridge = _bridge.shared()
    return bridge.json(bridge.service.listTaskDistributions)


def list_agents() -> list[dict]:
    bridge = _bridge.shared()
    return bridge.json(bridge.service.listAgents)


def sample_tasks(distribution_id: str, n: int, seed: int) -> list[dict]:
    """``n`` tasks of a registered task distribution as plain dicts; the same seed gives the same tasks."""
    bridge = _bridge.shared()
    return bridge.json(bridge.service.sampleTasksFrom, distribution_id, int(n), int(seed))


try:
    _registration.register_all()
except FileNotFoundError:
    pass  # jars not built yet: make() will say how to build them
