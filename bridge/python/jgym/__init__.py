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
from .errors import (BridgeDeadError, BridgeTimeoutError, InvalidActionError, InvalidKwargsError, JgymError,
                     ResetNeededError, UnknownIdError)
from .vector import JgymVectorEnv

__all__ = ["make", "make_vec", "connect", "shutdown", "set_timeout", "register_envs", "list_envs", "describe_env",
           "list_task_distributions", "list_agents", "sample_tasks", "JgymEnv", "JgymVectorEnv", "JgymError",
           "InvalidActionError", "InvalidKwargsError", "UnknownIdError", "ResetNeededError", "BridgeDeadError",
           "BridgeTimeoutError"]
__version__ = "0.1.0"


def _gymnasium_id(env_id: str) -> str:
    """The registered ``jgym/`` id of a Java or gymnasium id, re-reading the JVM's list for ids not known yet."""
    gid = env_id if env_id.startswith(_registration.NAMESPACE + "/") else _registration.gymnasium_id(env_id)
    if gid not in gymnasium.registry:
        _registration.register_all(refresh=True)
    if gid not in gymnasium.registry:
        bridge = _bridge.shared()
        try:
            bridge.call(bridge.service.describeEnv, _registration.java_id(env_id))  # raises with Java's suggestions
        except UnknownIdError as e:
            if not str(e).startswith("unknown environment id"):  # a plugin knows the id and says what is missing
                raise UnknownIdError(str(e)) from None
            raise UnknownIdError(f"{e}. Envs of plugins load when their jars are in <jgym repo>/plugins/ or listed in "
                                 "JGYM_PLUGINS (os.pathsep-separated) before the JVM starts") from None
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


def connect(port: int, token: str, host: str = "127.0.0.1") -> None:
    """Attaches this process to a running ``jgym serve`` on this machine (port and token as it printed them) and
    registers the envs it serves; envs made afterwards live in that server. Only local servers work: data goes
    through shared memory, so a ``host`` other than the loopback raises ``ValueError``. If the server dies, makes
    raise :class:`BridgeDeadError` until you connect again or call :func:`shutdown` to go back to a local JVM."""
    _bridge.connect(port, token, host)
    _registration.register_all(refresh=True)


def shutdown() -> None:
    """Closes every env of this process and stops the JVM this process started (or detaches from a server, which
    keeps serving its other clients); the next make starts a new local JVM."""
    _bridge.reset_to_local()


def set_timeout(seconds: float | None) -> None:
    """Seconds a step, reset or control call may wait for the JVM before :class:`BridgeTimeoutError` (default 60,
    or ``$JGYM_TIMEOUT``; None: no limit). Control calls use the limit set when the bridge was started."""
    _bridge.set_timeout(seconds)


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


_registration.register_at_import()
