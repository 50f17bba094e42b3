#!/usr/bin/env bash
# Creates (or reuses) the project virtual environment <repo>/.venv with the pinned requirements and the jgym
# package installed in editable mode, and builds the self-contained jgym wheel (the package with the bridge jars
# inside) into bridge/target/python-dist, for `pip install` into any other venv of the machine.
# Idempotent and quiet: does nothing when everything is in place.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/.venv"
stamp="$venv/.jgym-bridge-requirements"

python="${PYTHON:-python3}"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
if [ ! -f "$stamp" ] || ! cmp -s "$here/requirements.txt" "$stamp" \
    || ! "$venv/bin/pip" show -q jgym >/dev/null 2>&1; then
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps -e "$here"
  cp "$here/requirements.txt" "$stamp"
fi
# the bridge jars must exist for the JVM the package starts
if ! ls "$root"/bridge/target/jgym-bridge-*.jar >/dev/null 2>&1 || [ ! -d "$root/bridge/target/lib" ]; then
  (cd "$root" && mvn -B -q -ntp -pl bridge -am install -DskipTests)
fi
# the wheel carries the jars: package them when they are newer than the wheel
jars="$here/jgym/_jars"
dist="$root/bridge/target/python-dist"
wheel="$(ls "$dist"/jgym-*.whl 2>/dev/null | head -n 1 || true)"
if [ -z "$wheel" ] || [ -n "$(find "$root/bridge/target" -maxdepth 2 -name '*.jar' -newer "$wheel" -print -quit)" ] \
    || [ -n "$(find "$here/jgym" -name '*.py' -newer "$wheel" -print -quit)" ]; then
  rm -rf "$jars" "$dist"
  mkdir -p "$jars" "$dist"
  cp "$root"/bridge/target/jgym-bridge-*.jar "$root"/bridge/target/lib/*.jar "$jars"/
  rm -f "$jars"/*-sources.jar "$jars"/*-tests.jar
  "$venv/bin/pip" wheel -q --disable-pip-version-check --no-deps -w "$dist" "$here" >/dev/null
  rm -rf "$here/build"
fi
