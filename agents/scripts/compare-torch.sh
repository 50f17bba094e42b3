#!/usr/bin/env bash
# Per-meta-iteration wall time of jgym's MAML-TRPO against the PyTorch (CPU) reference
# (benchmarks/python/maml_trpo_torch.py) on the same Navigation2D settings, run back to back in one invocation.
# Both exclude their first (warm-up) iteration.
# Usage: TORCH_PYTHON=/path/to/venv/bin/python agents/scripts/compare-torch.sh OUT [ITERATIONS]
#   TORCH_PYTHON: a python with torch and gymnasium (benchmarks/python/run_torch_reference.sh creates .venv-torch)
set -euo pipefail
out="${1:-out/compare-torch}"; iters="${2:-6}"
py="${TORCH_PYTHON:-.venv-torch/bin/python}"
JGYM="${JGYM:-./jgym}"
export JGYM_JAVA_OPTS="${JGYM_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC --add-modules jdk.incubator.vector}"
mkdir -p "$out"
out="$(realpath "$out")"
# peak RSS of each side when GNU time is available (Debian package "time")
measure() { if [ -x /usr/bin/time ]; then /usr/bin/time -f %M -o "$1" "${@:2}"; else "${@:2}"; fi; }
measure "$out/jgym.rss" "$JGYM" train --algo maml --meta-opt trpo --env Navigation2D-v0 --iterations "$iters" --meta-batch 20 --fast-batch 20 \
  --inner-lr 0.5 --hidden 100,100 --nonlinearity relu --seed 1 --threads 2 --out "$out/jgym" --json > "$out/jgym.txt"
(cd benchmarks/python && measure "$out/torch.rss" "$py" maml_trpo_torch.py --iterations "$iters" --meta-batch 20 --fast-batch 20 --fast-lr 0.5 \
  --hidden 100,100 --nonlinearity relu --seed 1 --threads 2 --json-file "$out/torch.json" > /dev/null)
python3 - "$out" <<'PY'
import csv, json, sys, statistics
out = sys.argv[1]
rows = list(csv.DictReader(open(f"{out}/jgym/log.csv")))
jgym = statistics.fmean(float(r["seconds"]) for r in rows[1:])
ref = json.load(open(f"{out}/torch.json"))
torch = ref["mean_seconds_per_iteration"]
def rss_mib(side):
    try:
        return round(int(open(f"{out}/{side}.rss").read().split()[-1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None
print(json.dumps({"jgym_seconds_per_iteration": jgym, "torch_seconds_per_iteration": torch,
                  "speedup": torch / jgym, "iterations_measured": len(rows) - 1,
                  "jgym_sample_seconds": statistics.fmean(float(r["sample_seconds"]) for r in rows[1:]),
                  "jgym_update_seconds": statistics.fmean(float(r["update_seconds"]) for r in rows[1:]),
                  "torch_update_seconds": ref.get("mean_learning_seconds_per_iteration"),
                  "jgym_peak_rss_mib": rss_mib("jgym"), "torch_peak_rss_mib": rss_mib("torch")}))
PY
