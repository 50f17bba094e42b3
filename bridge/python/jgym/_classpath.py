"""Finding the jars of the jgym JVM: the bridge jars (from a jgym repository's build, or carried inside the
installed package), plus env plugins as the ``jgym`` launcher finds them (``<repo>/plugins/*.jar`` and
``$JGYM_PLUGINS``) and ``$JGYM_CLASSPATH``."""

from __future__ import annotations

import glob
import os
from pathlib import Path

from .errors import JgymError

_PACKAGED = Path(__file__).resolve().parent / "_jars"
_BUILD_HINT = ("build them in the jgym repository with: bash bridge/python/setup_venv.sh (or mvn -B -pl bridge -am "
               "install -DskipTests), or install the jgym wheel that set-up builds (bridge/target/python-dist)")


def jgym_home() -> Path | None:
    """The jgym repository root: ``$JGYM_HOME``, else the first parent of this package holding ``bridge/pom.xml``."""
    env = os.environ.get("JGYM_HOME")
    if env:
        return Path(env).expanduser().resolve()
    for parent in Path(__file__).resolve().parents:
        if (parent / "bridge" / "pom.xml").is_file():
            return parent
    return None


def _bridge_jars() -> list[str]:
    """The bridge jar and its runtime class path: a repository build first, else the jars inside the package."""
    home = jgym_home()
    looked = []
    if home is not None:
        target = home / "bridge" / "target"
        jars = sorted(p for p in glob.glob(str(target / "jgym-bridge-*.jar"))
                      if not p.endswith(("-sources.jar", "-tests.jar")))
        lib = sorted(glob.glob(str(target / "lib" / "*.jar")))
        if jars and lib:
            return jars + lib
        looked.append(str(target))
    packaged = sorted(glob.glob(str(_PACKAGED / "*.jar")))
    if packaged:
        return packaged
    looked.append(str(_PACKAGED))
    raise JgymError(f"jgym: the bridge jars are missing (looked in {' and '.join(looked)}); {_BUILD_HINT}; "
                    "JGYM_HOME points at another jgym repository")


def plugin_entries() -> list[str]:
    """Env plugin jars, as the ``jgym`` launcher adds them: ``<repo>/plugins/*.jar``, then ``$JGYM_PLUGINS``."""
    entries = []
    home = jgym_home()
    if home is not None:
        entries += sorted(glob.glob(str(home / "plugins" / "*.jar")))
    entries += [e for e in os.environ.get("JGYM_PLUGINS", "").split(os.pathsep) if e]
    return entries


def class_path() -> list[str]:
    """Class-path entries: bridge jars, plugins (``plugins/*.jar``, ``$JGYM_PLUGINS``), ``$JGYM_CLASSPATH``."""
    extra = [e for e in os.environ.get("JGYM_CLASSPATH", "").split(os.pathsep) if e]
    return _bridge_jars() + plugin_entries() + extra


def fingerprint(entries: list[str]) -> str:
    """A short hash of the entries and their modification times, to know when a cached env list is stale."""
    import hashlib

    h = hashlib.sha256()
    for e in entries:
        for path in sorted(glob.glob(e)) or [e]:
            try:
                st = os.stat(path)
                h.update(f"{path}|{st.st_mtime_ns}|{st.st_size}\n".encode())
                if os.path.isdir(path):  # class folders: their newest file counts
                    newest = max((f.stat().st_mtime_ns for f in Path(path).rglob("*") if f.is_file()), default=0)
                    h.update(str(newest).encode())
            except OSError:
                h.update(f"{path}|missing\n".encode())
    return h.hexdigest()[:16]
