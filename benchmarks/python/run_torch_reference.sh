#!/usr/bin/env bash
# Runs the PyTorch MAML-TRPO reference on Navigation2D and writes its one-line JSON summary to a file.
#
# Usage: benchmarks/python/run_torch_reference.sh OUTPUT.json [extra maml_trpo_torch.py options]
#   default options: --iterations 20 --meta-batch 20 --fast-batch 20 --seed 1 --threads 2
#   (later options override earlier ones, e.g. "--iterations 50 --threads 1").
# Creates/reuses the virtual environment .venv-torch at the repository root (set PYTHON to choose the
# interpreter, default python3; 3.11 was used for the recorded numbers).
set -euo pipefail

if [[ $# -lt 1 || "$1" == -* ]]; then
  echo "usage: $0 OUTPUT.json [maml_trpo_torch.py options]" >&2
  exit 2
fi
output="$(realpath -m "$1")"
shift

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
venv="$repo_root/.venv-torch"
requirements="$script_dir/requirements-torch.txt"

if [[ ! -x "$venv/bin/python" ]]; then
  echo "creating $venv" >&2
  "${PYTHON:-python3}" -m venv "$venv"
fi
# Reinstall only when the requirements changed since the last successful install.
stamp="$venv/.requirements-torch.sha256"
wanted="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
  echo "installing $requirements into $venv (torch CUDA wheel from PyPI: about 5 GB on disk)" >&2
  "$venv/bin/python" -m pip install --disable-pip-version-check --progress-bar off -r "$requirements"
  echo "$wanted" > "$stamp"
fi

mkdir -p "$(dirname "$output")"
cd "$script_dir"
"$venv/bin/python" maml_trpo_torch.py --iterations 20 --meta-batch 20 --fast-batch 20 --seed 1 --threads 2 \
  "$@" --json --json-file "$output"
echo "summary written to $output" >&2
