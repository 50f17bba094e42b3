#!/usr/bin/env bash
# MAML-TRPO on 2D navigation, side by side: jgym against the unmodified reference implementation
# tristandeleu/pytorch-maml-rl, with upstream's settings (configs/maml/2d-navigation.yaml: 2 x 64 tanh, fast lr 0.1,
# 20 tasks x 20 episodes, TRPO 0.01 / 10 CG iterations / damping 1e-5 / 15 x 0.8 backtracking, gamma 0.99).
# For each seed, jgym then upstream (alternating, so both see similar machine load) train ITERATIONS meta-iterations;
# then both final policies are evaluated by ONE evaluator (upstream_eval.py: upstream's sampler, baseline and inner
# step) on the same held-out goals. upstream_summary.py then prints issue 15's acceptance tables: s/iteration
# (median of iterations 3..N), peak RSS, the held-out pre/post-adaptation returns, the training log's mean
# post-adaptation return over the last 50 iterations and around iterations 100 and 300, and the wall time each run
# needs to reach upstream's final quality. Long runs made hours apart meet different host speeds; a short quiet
# side-by-side run (OUT2, 15 iterations) gives both sides' s/iteration on one machine:
#   agents/scripts/upstream_summary.py OUT SEEDS... --speed OUT2   (iterations to the target x OUT2's s/iteration)
#
# Usage: UPSTREAM_DIR=/path/to/pytorch-maml-rl agents/scripts/compare-upstream.sh OUT [ITERATIONS] [SEEDS] [TASKS]
#   defaults: 50 iterations, seeds "1 2", 40 held-out goals (eval seed 7)
#   UPSTREAM_DIR   a checkout of upstream at 21d4ba1:
#                    git clone https://github.com/tristandeleu/pytorch-maml-rl && git -C pytorch-maml-rl checkout 21d4ba1
#   UPSTREAM_VENV  its virtual environment (default: $UPSTREAM_DIR/.venv), created here with
#                  agents/scripts/requirements-upstream.txt when missing (PYTHON chooses the interpreter, 3.11)
#   UPSTREAM_WORKERS sampler processes for upstream (default 2, as in issue 15's measurements); jgym uses --threads 2
#   META_BATCH, FAST_BATCH  tasks per meta-batch and episodes per task on both sides (default 20, 20; smaller only
#                  for a smoke test); the held-out evaluation uses FAST_BATCH episodes per step
#   A side whose log already holds ITERATIONS iterations (and its policy) is kept, so an interrupted comparison resumes.
#   JGYM           the jgym launcher (default ./jgym); JGYM_JAVA_OPTS as usual
set -euo pipefail
out="${1:?usage: UPSTREAM_DIR=... $0 OUT [ITERATIONS] [SEEDS] [TASKS]}"
iters="${2:-50}"; seeds="${3:-1 2}"; tasks="${4:-40}"
: "${UPSTREAM_DIR:?set UPSTREAM_DIR to a checkout of tristandeleu/pytorch-maml-rl at 21d4ba1 (see the header)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${UPSTREAM_VENV:-$UPSTREAM_DIR/.venv}"
JGYM="${JGYM:-./jgym}"
# One BLAS/OpenMP thread per process: upstream runs a learner plus UPSTREAM_WORKERS sampler processes, and torch's
# default of one intra-op thread per core oversubscribes 2 cores (25 s per iteration instead of 9.3 measured on
# 2026-11-27); single-threaded torch is upstream's fastest setting here, so the comparison gives it that.
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}" OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" MKL_NUM_THREADS="${MKL_NUM_THREADS:-1}"
[ -f "$UPSTREAM_DIR/train.py" ] || { echo "compare-upstream: $UPSTREAM_DIR has no train.py (not an upstream checkout)" >&2; exit 2; }
if [ ! -x "$venv/bin/python" ]; then
  echo "compare-upstream: creating $venv (torch from PyPI: about 5 GB)" >&2
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements-upstream.txt"
fi
py="$venv/bin/python"
meta="${META_BATCH:-20}"; fast="${FAST_BATCH:-20}"
mkdir -p "$out"; out="$(realpath "$out")"
cat > "$out/jgym-config.json" <<JSON
{"innerLr":0.1,"innerSteps":1,"fastBatch":$fast,"metaBatch":$meta,"hidden":[64,64],"activation":"tanh","initStd":1.0,
 "maxKl":0.01,"cgIterations":10,"cgDamping":1e-5,"lsMaxSteps":15,"lsBacktrackRatio":0.8,"gamma":0.99,
 "gaeLambda":1.0,"normalizeAdvantages":true,"actionScaling":"clip","averaging":"episode"}
JSON
sed "s/^num-batches: .*/num-batches: $iters/; s/^meta-batch-size: .*/meta-batch-size: $meta/; s/^fast-batch-size: .*/fast-batch-size: $fast/" \
  "$UPSTREAM_DIR/configs/maml/2d-navigation.yaml" > "$out/upstream-config.yaml"
rss() { /usr/bin/time -f %M -o "$1" "${@:2}"; }
done_iters() { [ -f "$1" ] && wc -l < "$1" || echo 0; }  # a side whose log has all iterations is not run again
for seed in $seeds; do
  if [ "$(done_iters "$out/jgym-s$seed/log.jsonl")" -ge "$iters" ] && [ -f "$out/jgym-s$seed/policy.json" ]; then
    echo "compare-upstream: seed $seed, jgym: kept from $out/jgym-s$seed" >&2
  else
  echo "compare-upstream: seed $seed, jgym ($iters iterations)" >&2
  rss "$out/jgym-s$seed.rss" "$JGYM" train --algo maml --meta-opt trpo --env Navigation2D-v0 --config "$out/jgym-config.json" \
    --iterations "$iters" --seed "$seed" --threads 2 --out "$out/jgym-s$seed" --json > "$out/jgym-s$seed.txt"
  fi
  if [ "$(done_iters "$out/upstream-s$seed.jsonl")" -ge "$iters" ] && [ -f "$out/upstream-s$seed/policy.th" ]; then
    echo "compare-upstream: seed $seed, upstream: kept from $out/upstream-s$seed" >&2
  else
  echo "compare-upstream: seed $seed, upstream ($iters iterations)" >&2
  rss "$out/upstream-s$seed.rss" "$py" "$here/upstream_train.py" --upstream "$UPSTREAM_DIR" --log "$out/upstream-s$seed.jsonl" -- \
    --config "$out/upstream-config.yaml" --output-folder "$out/upstream-s$seed" --seed "$seed" \
    --num-workers "${UPSTREAM_WORKERS:-2}" > /dev/null 2> "$out/upstream-s$seed.err"
  fi
  for side in jgym upstream; do
    policy="$out/$side-s$seed/policy.json"; [ "$side" = upstream ] && policy="$out/$side-s$seed/policy.th"
    "$py" "$here/upstream_eval.py" --upstream "$UPSTREAM_DIR" --policy "$policy" --tasks "$tasks" --seed 7 --fast-batch "$fast" \
      > "$out/$side-s$seed.eval.json"
  done
done
echo "MAML-TRPO, 2D navigation, upstream's settings, $iters iterations; held-out: $tasks goals (eval seed 7), one step"
python3 "$here/upstream_summary.py" "$out" $seeds
