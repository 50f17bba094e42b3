#!/usr/bin/env bash
# MAML-TRPO on the MuJoCo task envs with pytorch-maml-rl's settings (configs/maml/halfcheetah-{vel,dir}.yaml: 2 x 64
# tanh, fast batch 20, meta-batch 40, one inner step of 0.1, gamma 0.99, GAE lambda 1, TRPO max KL 0.01, 10 CG
# iterations, damping 1e-5, 15 line-search steps of 0.8, actions clipped to the env's [-10, 10] box), for as many
# meta-iterations as fit in MINUTES per env and seed; then the pretrained baseline (--algo pretrain, the same number of
# iterations, capped at MINUTES), and `jgym eval` on 40 held-out tasks (1-3 adaptation steps of alpha then alpha/2)
# against random init and pretrained. Prints one markdown table; everything stays in OUT.
#
# Usage: env-mujoco/scripts/maml-locomotion.sh OUT [MINUTES]      (MINUTES per MAML run, default 60)
# Total time: about 2 x MINUTES per env and seed (MAML, then pretrain at roughly half the cost per iteration) + eval.
# Environment (defaults in brackets): ENVS ["HalfCheetahVel-v0 HalfCheetahDir-v0"], SEEDS ["0"], THREADS [nproc],
# META_BATCH [40], FAST_BATCH [20], EVAL_TASKS [40], ITERATIONS [100000, a cap], JGYM [the repository's launcher],
# BASELINE_SEEDS [all of SEEDS]: the seeds that also train the pretrained baseline (the others are evaluated against
# random init only, which saves about MINUTES / 2 per seed).
# Smoke test: META_BATCH=2 FAST_BATCH=2 EVAL_TASKS=2 ITERATIONS=2 env-mujoco/scripts/maml-locomotion.sh /tmp/smoke 1
# Stages that finished in OUT (their --json summary is there) are skipped: rerun with more SEEDS or ENVS to extend a
# campaign; a stage that was interrupted starts over.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 OUT [MINUTES]" >&2; exit 2; }
out="$1"; minutes="${2:-60}"
[[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]] && [ "$minutes" != 0 ] \
  || { echo "maml-locomotion: MINUTES must be a positive number, got '$minutes'" >&2; exit 2; }
envs="${ENVS:-HalfCheetahVel-v0 HalfCheetahDir-v0}"; seeds="${SEEDS:-0}"
threads="${THREADS:-$(nproc)}"; meta="${META_BATCH:-40}"; fast="${FAST_BATCH:-20}"
tasks="${EVAL_TASKS:-40}"; cap="${ITERATIONS:-100000}"; jgym="${JGYM:-$root/jgym}"
baseline_seeds="${BASELINE_SEEDS:-$seeds}"
mkdir -p "$out"

# the settings as TrainConfig keys (the same keys as agents/scripts/compare-upstream.sh's jgym-config.json)
cat > "$out/maml-config.json" <<JSON
{"innerLr":0.1,"innerSteps":1,"fastBatch":$fast,"metaBatch":$meta,"hidden":[64,64],"activation":"tanh","initStd":1.0,
 "maxKl":0.01,"cgIterations":10,"cgDamping":1e-5,"lsMaxSteps":15,"lsBacktrackRatio":0.8,"gamma":0.99,
 "gaeLambda":1.0,"normalizeAdvantages":true,"actionScaling":"clip","averaging":"episode","checkpointEvery":10}
JSON

echo "maml-locomotion: envs [$envs], seeds [$seeds], MAML up to $minutes min each (cap $cap iterations), $meta tasks x" \
  "$fast episodes, $threads threads; $(uptime)" >&2
# a stage whose output is complete is kept, so that a campaign over several seeds can be continued in the same OUT
finished() { [ -s "$1" ] && tail -n 1 "$1" | grep -q '^[[{]'; }
for env in $envs; do
  for seed in $seeds; do
    run="$out/$env-s$seed"
    if finished "$run.maml.txt"; then
      echo "maml-locomotion: $env seed $seed: MAML-TRPO already done ($run.maml.txt)" >&2
    else
      echo "maml-locomotion: $env seed $seed: MAML-TRPO" >&2
      "$jgym" train --algo maml --meta-opt trpo --env "$env" --config "$out/maml-config.json" --iterations "$cap" \
        --minutes "$minutes" --seed "$seed" --threads "$threads" --out "$run/maml" --overwrite --json > "$run.maml.txt"
    fi
    done_iters=$(( $(wc -l < "$run/maml/log.csv") - 1 ))
    baseline=()
    if [[ " $baseline_seeds " != *" $seed "* ]]; then
      echo "maml-locomotion: $env seed $seed: no pretrained baseline (not in BASELINE_SEEDS)" >&2
    elif finished "$run.pretrain.txt"; then
      echo "maml-locomotion: $env seed $seed: pretrained baseline already done" >&2
      baseline=(--pretrained "$run/pretrain")
    else
      echo "maml-locomotion: $env seed $seed: pretrained baseline, $done_iters iterations" >&2
      "$jgym" train --algo pretrain --meta-opt trpo --env "$env" --config "$out/maml-config.json" \
        --iterations "$done_iters" --minutes "$minutes" --seed "$seed" --threads "$threads" --out "$run/pretrain" \
        --overwrite --json > "$run.pretrain.txt"
      baseline=(--pretrained "$run/pretrain")
    fi
    if finished "$run.eval.txt"; then
      echo "maml-locomotion: $env seed $seed: eval already done" >&2
    else
      echo "maml-locomotion: $env seed $seed: eval on $tasks held-out tasks" >&2
      "$jgym" eval --checkpoint "$run/maml" "${baseline[@]}" --adapt-steps 3 --tasks "$tasks" \
        --fast-batch "$fast" --seed 1000 --threads "$threads" --out "$run" --json > "$run.eval.txt"
    fi
  done
done
echo "maml-locomotion: done; $(uptime)" >&2

python3 - "$out" "$tasks" "$envs" "$seeds" <<'PY' | tee "$out/results.md"
import csv, json, statistics, sys
out, tasks, envs, seeds = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4].split()
def timing(path):
    rows = list(csv.DictReader(open(path)))
    return len(rows), sum(float(r["seconds"]) for r in rows) / len(rows)
def pm(values):  # mean ± sample standard deviation (0 for one value)
    return f"{statistics.mean(values):.1f} ± {statistics.stdev(values) if len(values) > 1 else 0:.1f}"
print(f"MAML-TRPO (pytorch-maml-rl settings) on {tasks} held-out tasks: average return (± std over tasks) after k "
      "adaptation steps")
print("| env | seed | method | iterations | s/iteration | k = 0 | k = 1 | k = 2 | k = 3 |")
print("|---|---|---|---|---|---|---|---|---|")
per_seed = {}
for env in envs:
    for seed in seeds:
        run = f"{out}/{env}-s{seed}"
        for row in json.load(open(f"{run}/eval.json")):
            m = row["method"]
            log = f"{run}/maml/log.csv" if m.startswith("maml") else f"{run}/pretrain/log.csv" if m == "pretrained" else None
            its, sec = timing(log) if log else ("-", None)
            per_seed.setdefault((env, m), []).append(row["mean_return"])
            cells = [f"{a:.1f} ± {s:.1f}" for a, s in zip(row["mean_return"], row["std_return"])]
            print(f"| {env} | {seed} | {m} | {its} | {'-' if sec is None else f'{sec:.2f}'} | " + " | ".join(cells) + " |")
if len(seeds) > 1:
    print("\nMean ± sample std over the seeds of the per-seed averages, and the gain of the first step (k = 1 minus k = 0)")
    print("| env | method | seeds | k = 0 | k = 1 | k = 2 | k = 3 | gain of step 1 |")
    print("|---|---|---|---|---|---|---|---|")
    for (env, m), runs in per_seed.items():
        cells = [pm([r[k] for r in runs]) for k in range(len(runs[0]))]
        print(f"| {env} | {m} | {len(runs)} | " + " | ".join(cells) + f" | {pm([r[1] - r[0] for r in runs])} |")
PY
