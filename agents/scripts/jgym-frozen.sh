#!/usr/bin/env bash
# Runs the CLI from a frozen copy of its jars (FROZEN, default /tmp/jgym-frozen: jgym-cli.jar + lib/), so that
# long measurement runs are not disturbed by rebuilds of the working tree.
set -euo pipefail
frozen="${FROZEN:-/tmp/jgym-frozen}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
exec java ${JGYM_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC --add-modules jdk.incubator.vector} -Djava.awt.headless=true \
  -cp "$frozen/jgym-cli.jar:$frozen/lib/*" org.jgym.cli.JgymCli "$@"
