"""Finding the jars of the jgym JVM: the bridge module's build output plus optional extra entries."""

from __future__ import annotations

import glob
import os
from pathlib import Path

_BUILD_HINT = "build them with: mvn -B -pl bridge -am install -DskipTests (in the jgym repository)"


def jgym_home() -> Path | None:
    """The jgym repository root: ``$JGYM_HOME``, else the first parent of this package holding ``bridge/pom.xml``."""
    env = os.environ.get("JGYM_HOME")
    if env:
        return Path(env).expanduser().resolve()
    for parent in Path(__file__).resolve().parents:
        if (parent / "bridge" / "pom.xml").is_file():
            return parent
    return None


def class_path() -> list[str]:
    """Class-path entries: bridge jar, ``bridge/target/lib/*`` and ``$JGYM_CLASSPATH`` (``os.pathsep``-separated)."""
    home = jgym_home()
    if home is None:
        raise FileNotFoundError("jgym: cannot find the jgym repository; set JGYM_HOME to its root (" + _BUILD_HINT + ")")
    target = home / "bridge" / "target"
    jars = sorted(p for p in glob.glob(str(target / "jgym-bridge-*.jar")) if not p.endswith(("-sources.jar", "-tests.jar")))
    lib = sorted(glob.glob(str(target / "lib" / "*.jar")))
    if not jars or not lib:
        raise FileNotFoundError(f"jgym: the bridge jars are missing in {target}; {_BUILD_HINT}")
    extra = [e for e in os.environ.get("JGYM_CLASSPATH", "").split(os.pathsep) if e]
    return jars + lib + extra


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
