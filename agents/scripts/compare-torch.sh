#!/usr/bin/env bash
# Per-meta-iteration wall time of jgym's MAML-TRPO against the PyTorch (CPU) reference
# (benchmarks/python/maml_trpo_torch.py) on the same Navigation2D settings. ROUNDS rounds, each running jgym then
# torch back to back, so that both sides see similar machine load; each run excludes its first (warm-up) iteration.
# Prints one JSON line per round and a final summary line (median speedup over rounds, peak RSS of each side).
# Usage: TORCH_PYTHON=/path/to/venv/bin/python agents/scripts/compare-torch.sh OUT [ITERATIONS] [ROUNDS]
#   TORCH_PYTHON: a python with torch and gymnasium (benchmarks/python/run_torch_reference.sh creates .venv-torch)
set -euo pipefail
out="${1:-out/compare-torch}"; iters="${2:-11}"; rounds="${3:-3}"
py="${TORCH_PYTHON:-.venv-torch/bin/python}"
JGYM="${JGYM:-./jgym}"
export JGYM_JAVA_OPTS="${JGYM_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC --add-modules jdk.incubator.vector}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
mkdir -p "$out"
out="$(realpath "$out")"
# peak RSS of each side when GNU time is available (Debian package "time")
measure() { if [ -x /usr/bin/time ]; then /usr/bin/time -f %M -o "$1" "${@:2}"; else "${@:2}"; fi; }
for round in $(seq 1 "$rounds"); do
  dir="$out/round$round"
  mkdir -p "$dir"
  measure "$dir/jgym.rss" "$JGYM" train --algo maml --meta-opt trpo --env Navigation2D-v0 --iterations "$iters" \
    --meta-batch 20 --fast-batch 20 --inner-lr 0.5 --hidden 100,100 --nonlinearity relu --seed 1 --threads 2 \
    --out "$dir/jgym" --json > "$dir/jgym.txt" 2> "$dir/jgym.err"
  (cd benchmarks/python && measure "$dir/torch.rss" "$py" maml_trpo_torch.py --iterations "$iters" --meta-batch 20 \
    --fast-batch 20 --fast-lr 0.5 --hidden 100,100 --nonlinearity relu --seed 1 --threads 2 \
    --json-file "$dir/torch.json" > /dev/null)
  python3 - "$dir" "$round" <<'PY'
import csv, json, sys, statistics, os
d, n = sys.argv[1], int(sys.argv[2])
rows = list(csv.DictReader(open(f"{d}/jgym/log.csv")))[1:]
ref = json.load(open(f"{d}/torch.json"))
def rss_mib(side):
    try:
        return round(int(open(f"{d}/{side}.rss").read().split()[-1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None
jgym = statistics.fmean(float(r["seconds"]) for r in rows)
result = {"round": n, "load_average": round(os.getloadavg()[0], 2),
          "jgym_seconds_per_iteration": jgym, "torch_seconds_per_iteration": ref["mean_seconds_per_iteration"],
          "speedup": ref["mean_seconds_per_iteration"] / jgym, "iterations_measured": len(rows),
          "jgym_sample_seconds": statistics.fmean(float(r["sample_seconds"]) for r in rows),
          "jgym_update_seconds": statistics.fmean(float(r["update_seconds"]) for r in rows),
          "torch_update_seconds": ref.get("mean_learning_seconds_per_iteration"),
          "jgym_peak_rss_mib": rss_mib("jgym"), "torch_peak_rss_mib": rss_mib("torch")}
json.dump(result, open(f"{d}/result.json", "w"))
print(json.dumps(result))
PY
done
python3 - "$out" "$rounds" <<'PY'
import json, sys, statistics
out, rounds = sys.argv[1], int(sys.argv[2])
rs = [json.load(open(f"{out}/round{i}/result.json")) for i in range(1, rounds + 1)]
peak = lambda key: max((r[key] for r in rs if r[key] is not None), default=None)
print(json.dumps({"rounds": rounds, "median_speedup": statistics.median(r["speedup"] for r in rs),
                  "min_speedup": min(r["speedup"] for r in rs),
                  "median_jgym_seconds_per_iteration": statistics.median(r["jgym_seconds_per_iteration"] for r in rs),
                  "median_torch_seconds_per_iteration": statistics.median(r["torch_seconds_per_iteration"] for r in rs),
                  "jgym_peak_rss_mib": peak("jgym_peak_rss_mib"), "torch_peak_rss_mib": peak("torch_peak_rss_mib")}))
PY
