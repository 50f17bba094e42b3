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


def _listing(refresh: bool = False) -> dict:
    """``{"envs": [EnvSpec.toJson, ...], "unavailable": [java id, ...]}`` of the current bridge, from the cache when
    it is fresh. Unavailable ids are envs a plugin knows but cannot make yet (a Retro game without its ROM)."""
    bridge = _bridge.current()
    if bridge is not None and bridge.process is None:  # attached to a server: its list, never cached
        return _ask_jvm(bridge)
    entries = _classpath.class_path()
    cache = _cache_file(_classpath.fingerprint(entries))
    if not refresh and cache.is_file():
        try:
            listing = json.loads(cache.read_text())
            if isinstance(listing, dict) and {"envs", "unavailable"} <= listing.keys():
                return listing
        except (OSError, json.JSONDecodeError):
            pass
    listing = _ask_jvm(_bridge.shared())
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(listing))
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home only costs a JVM start per import
    return listing


def _ask_jvm(bridge) -> dict:
    return {"envs": bridge.json(bridge.service.listEnvs),
            "unavailable": bridge.json(bridge.service.listUnavailableEnvs)}


def catalog(refresh: bool = False) -> list[dict]:
    """The Java env specs (``EnvSpec.toJson``) of the current bridge, from the cache when it is fresh."""
    return _listing(refresh)["envs"]


def _unavailable(java_env_id: str, **_kwargs):
    """Entry point of an id a plugin knows but cannot make: raises the plugin's explanation (e.g. which ROM to
    import and how), asked from the JVM so that it is current."""
    from .errors import UnknownIdError

    bridge = _bridge.shared()
    bridge.call(bridge.service.describeEnv, java_env_id)  # raises UnknownIdError with the plugin's message
    raise UnknownIdError(f"environment {java_env_id} became available after jgym registered it; "
                         "call jgym.register_envs(refresh=True) and make it again")


def register_at_import() -> None:
    """Registers the envs when ``import jgym`` runs; without jars or Java it warns once with the fix instead of
    failing, so that the import works and ``make`` names what to install."""
    try:
        register_all()
    except Exception as e:  # noqa: BLE001 - any failure here must leave the package importable
        warnings.warn(f"jgym: no Java envs are registered in gymnasium yet: {e}", RuntimeWarning, stacklevel=3)


def register_all(refresh: bool = False) -> list[str]:
    """Registers (or re-registers) every Java env in gymnasium; returns the gymnasium ids of the envs that can be
    made. Ids a plugin knows but cannot make yet (a Retro game whose ROM is not imported) are registered too, so that
    ``gymnasium.make`` raises the plugin's explanation instead of "doesn't exist"; they are not returned."""
    from .env import JgymEnv
    from .vector import JgymVectorEnv

    listing = _listing(refresh)
    ids = []
    for spec in listing["envs"]:
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
    for java_env_id in listing["unavailable"]:
        gid = gymnasium_id(java_env_id)
        registry.pop(gid, None)
        entry = functools.partial(_unavailable, java_env_id)
        gymnasium.register(id=gid, entry_point=entry, vector_entry_point=entry)
    return ids
