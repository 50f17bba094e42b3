#!/usr/bin/env bash
# MAML-TRPO on Navigation2D-v0 with the sheet's settings of the paper's code (2 x 100 ReLU, alpha 0.5, 20 tasks x
# 20 episodes, 1 inner step, TRPO max KL 0.01), the pretrained and oracle baselines, then the paper's evaluation
# protocol (40 held-out tasks, 40 episodes per step, alpha then alpha/2) with random init in the same table.
# Usage: agents/scripts/acceptance-nav2d.sh OUT ITERATIONS
set -euo pipefail
out="${1:-out/acceptance}"; iters="${2:-60}"
export JGYM_JAVA_OPTS="${JGYM_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC --add-modules jdk.incubator.vector}"
JGYM="${JGYM:-./jgym}"
"$JGYM" train --algo maml --meta-opt trpo --env Navigation2D-v0 --iterations "$iters" --seed 1 --threads 2 --out "$out/maml" --json
"$JGYM" train --algo pretrain --meta-opt trpo --env Navigation2D-v0 --iterations "$iters" --seed 1 --threads 2 --out "$out/pretrain" --json
"$JGYM" train --algo pretrain --meta-opt trpo --env Navigation2D-v0 --kwargs '{"oracle": true}' --iterations 80 --seed 1 --threads 2 --out "$out/oracle" --json
"$JGYM" eval --checkpoint "$out/maml" --adapt-steps 3 --tasks 40 --fast-batch 40 --seed 7 --threads 2 \
  --pretrained "$out/pretrain" --oracle "$out/oracle" --json
