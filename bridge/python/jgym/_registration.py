"""Registering every Java env in gymnasium under the ``jgym/`` namespace.

The list of envs comes from the JVM; it is cached per class path (jar paths and modification times), so that
``import jgym`` starts no JVM once the list is known.
"""

from __future__ import annotations

import functools
import json
import os
import warnings
from pathlib import Path

import gymnasium
from gymnasium.envs.registration import registry

from . import _bridge, _classpath

NAMESPACE = "jgym"


def gymnasium_id(java_id: str) -> str:
    """``Navigation2D-v0`` -> ``jgym/Navigation2D-v0``; a Java namespace joins the name with a dot
    (``Ns/Env-v0`` -> ``jgym/Ns.Env-v0``), since gymnasium ids have one namespace."""
    return f"{NAMESPACE}/{java_id.replace('/', '.')}"


def java_id(any_id: str) -> str:
    """The Java id of a Java or ``jgym/`` gymnasium id."""
    if any_id.startswith(NAMESPACE + "/"):
        any_id = any_id[len(NAMESPACE) + 1:]
        spec = registry.get(gymnasium_id(any_id))
        if spec is not None and isinstance(spec.entry_point, functools.partial):
            return spec.entry_point.args[0]
    return any_id


def _cache_file(fingerprint: str) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "jgym" / f"envs-{fingerprint}.json"


def catalog(refresh: bool = False) -> list[dict]:
    """The Java env specs (``EnvSpec.toJson``) of the current bridge, from the cache when it is fresh."""
    bridge = _bridge.current()
    if bridge is not None and bridge.process is None:  # attached to a server: its list, never cached
        return bridge.json(bridge.service.listEnvs)
    entries = _classpath.class_path()
    cache = _cache_file(_classpath.fingerprint(entries))
    if not refresh and cache.is_file():
        try:
            return json.loads(cache.read_text())
        except (OSError, json.JSONDecodeError):
            pass
    bridge = _bridge.shared()
    specs = bridge.json(bridge.service.listEnvs)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(specs))
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home only costs a JVM start per import
    return specs


def register_at_import() -> None:
    """Registers the envs when ``import jgym`` runs; without jars or Java it warns once with the fix instead of
    failing, so that the import works and ``make`` names what to install."""
    try:
        register_all()
    except Exception as e:  # noqa: BLE001 - any failure here must leave the package importable
        warnings.warn(f"jgym: no Java envs are registered in gymnasium yet: {e}", RuntimeWarning, stacklevel=3)


def register_all(refresh: bool = False) -> list[str]:
    """Registers (or re-registers) every Java env in gymnasium; returns the gymnasium ids."""
    from .env import JgymEnv
    from .vector import JgymVectorEnv

    ids = []
    for spec in catalog(refresh):
        gid = gymnasium_id(spec["id"])
        registry.pop(gid, None)
        gymnasium.register(
            id=gid,
            entry_point=functools.partial(JgymEnv, spec["id"]),
            vector_entry_point=functools.partial(JgymVectorEnv, spec["id"]),
            max_episode_steps=spec.get("max_episode_steps"),
            reward_threshold=spec.get("reward_threshold"),
            nondeterministic=bool(spec.get("nondeterministic", False)),
        )
        ids.append(gid)
    return ids
