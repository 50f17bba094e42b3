"""Issue 15's acceptance figures from a compare-upstream.sh output folder (training logs and held-out evaluations).

Usage: python3 upstream_summary.py OUT [SEED ...] [--speed SPEED_OUT]
  seeds default to every jgym-s*/upstream-s* run found; SPEED_OUT is a short side-by-side run of the same harness
  (e.g. `compare-upstream.sh SPEED_OUT 15 "1 2 3" 20`) on a quiet machine

Prints one markdown table per criterion:
  1. per run: s/iteration (median of iterations 3..N), peak RSS, held-out pre/post-adaptation returns, and the
     training log's mean post-adaptation return over the last 50 iterations and around iterations 100 and 300
     (iterations 90-110 against the last 20: "no decline" means the later mean is not lower by more than the
     seeds' spread);
  2. per side: the mean and standard deviation over seeds of the last-50 mean and of the held-out post return;
  3. wall time to reach upstream's final quality (mean over its seeds of the last-50 mean): the first iteration at
     which a run's trailing 10-iteration mean reaches it, and the seconds of training up to there (an iteration
     longer than 5 times the run's median, a stalled or paused machine, counts as the median; the table says how
     many), per run and on each side's seed-averaged learning curve;
  4. with --speed: the same crossings in iterations, times each side's s/iteration from SPEED_OUT, one wall-time
     ratio per speed round (seed pair). Long runs started hours apart meet a host whose speed has moved (upstream:
     5.8-9.5 s per iteration on the same machine on one day), so their own seconds compare different machines; the
     speed run times both sides on the same one.
Only the Python standard library is used, so it runs without the upstream venv.
"""
import csv
import glob
import json
import os
import re
import statistics
import sys


def training_log(out, side, seed):
    """(seconds, post_return) per iteration."""
    if side == "jgym":
        with open(f"{out}/jgym-s{seed}/log.csv") as f:
            return [(float(r["seconds"]), float(r["post_return"])) for r in csv.DictReader(f)]
    with open(f"{out}/upstream-s{seed}.jsonl") as f:
        return [(r["seconds"], r["post_return"]) for r in map(json.loads, f)]


STALL = 5


def mean(values):
    values = list(values)
    return statistics.fmean(values) if values else float("nan")


def spread(values):
    values = list(values)
    return statistics.stdev(values) if len(values) > 1 else float("nan")


def seeds_of(out, side):
    found = set()
    for path in glob.glob(f"{out}/{side}-s*"):
        m = re.fullmatch(rf"{side}-s(\d+)(\.jsonl|)", os.path.basename(path))
        if m and (side == "upstream" and m.group(2) == ".jsonl" or side == "jgym" and os.path.isdir(path)):
            found.add(int(m.group(1)))
    return sorted(found)


def first_reaching(rows, target, window=10):
    """(iteration, seconds) at which the trailing mean of `window` post returns first reaches target, or None.
    An iteration longer than STALL times the run's median counts as the median: the machine was stalled or the run
    paused (kill -STOP) then, which says nothing about the learner."""
    median = statistics.median(s for s, _ in rows)
    elapsed = 0.0
    for i, (seconds, _) in enumerate(rows):
        elapsed += median if seconds > STALL * median else seconds
        if i + 1 >= window and mean(p for _, p in rows[i + 1 - window:i + 1]) >= target:
            return i + 1, elapsed
    return None


def seed_averaged(rows_per_seed):
    """One curve from several runs of a side: per iteration, the mean post return and the mean seconds over the
    seeds (each run's stalled iterations counted at its median), up to the shortest run's length."""
    n = min(len(rows) for rows in rows_per_seed)
    cleaned = []
    for rows in rows_per_seed:
        median = statistics.median(s for s, _ in rows)
        cleaned.append([(median if s > STALL * median else s, p) for s, p in rows[:n]])
    return [(mean(r[i][0] for r in cleaned), mean(r[i][1] for r in cleaned)) for i in range(n)]


def load_runs(out, wanted):
    """{(side, seed): run summary} of a compare-upstream.sh output folder."""
    runs = {}
    for side in ("jgym", "upstream"):
        for seed in wanted or seeds_of(out, side):
            try:
                rows = training_log(out, side, seed)
            except FileNotFoundError:
                continue
            evaluation = {}
            path = f"{out}/{side}-s{seed}.eval.json"
            if os.path.exists(path):
                with open(path) as f:
                    evaluation = json.load(f)
            rss = float("nan")
            if os.path.exists(f"{out}/{side}-s{seed}.rss"):
                with open(f"{out}/{side}-s{seed}.rss") as f:
                    words = f.read().split()  # /usr/bin/time -f %M: KiB; empty when the run was stopped
                rss = int(words[-1]) / 1024 if words and words[-1].isdigit() else rss
            post = [p for _, p in rows]
            runs[side, seed] = {
                "rows": rows, "iterations": len(rows), "rss": rss, "eval": evaluation,
                "s_per_it": statistics.median(s for s, _ in rows[2:] or rows),
                "last50": mean(post[-50:]), "around100": mean(post[89:110]), "last20": mean(post[-20:]),
            }
    return runs


def main():
    args = sys.argv[1:]
    speed_out = None
    if "--speed" in args:
        at = args.index("--speed")
        speed_out = args[at + 1]
        del args[at:at + 2]
    out = args[0]
    runs = load_runs(out, [int(s) for s in args[1:]])
    print("| side | seed | iterations | s/iteration | peak RSS MiB | held-out pre | held-out post | train post, "
          "last 50 it. | train post, it. 90-110 | train post, last 20 it. |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (side, seed), r in sorted(runs.items()):
        ev = r["eval"]
        held = (f"{ev['pre_return']:.2f} | {ev['post_return']:.2f} ({ev['tasks']} goals)" if ev else "- | -")
        print(f"| {side} | {seed} | {r['iterations']} | {r['s_per_it']:.2f} | {r['rss']:.0f} | {held} | "
              f"{r['last50']:.2f} | {r['around100']:.2f} | {r['last20']:.2f} |")
    pairs = speed_ratios(runs)
    if pairs:
        print(f"\ns/iteration, upstream / jgym per seed: {', '.join(f'{r:.2f}x' for r in pairs)} "
              f"(median {statistics.median(pairs):.2f}x)")
    print()
    print("| side | seeds | train post, last 50 it.: mean ± sd over seeds | held-out post: mean ± sd | "
          "change it. 90-110 -> last 20, mean (min) |")
    print("|---|---|---|---|---|")
    for side in ("jgym", "upstream"):
        mine = [r for (s, _), r in sorted(runs.items()) if s == side]
        if not mine:
            continue
        held = [r["eval"]["post_return"] for r in mine if r["eval"]]
        change = [r["last20"] - r["around100"] for r in mine]
        print(f"| {side} | {len(mine)} | {mean(r['last50'] for r in mine):.2f} ± {spread(r['last50'] for r in mine):.2f} "
              f"| {mean(held):.2f} ± {spread(held):.2f} | {mean(change):+.2f} ({min(change):+.2f}) |")
    upstream = [r for (s, _), r in runs.items() if s == "upstream"]
    if not upstream:
        return
    target = mean(r["last50"] for r in upstream)
    print()
    print(f"Wall time to reach upstream's final quality {target:.2f} (trailing 10-iteration mean of the training "
          f"post-adaptation return):")
    print("| side | seed | first iteration | seconds of training | upstream mean seconds / this | stalled iterations |")
    print("|---|---|---|---|---|---|")
    reached = {key: first_reaching(r["rows"], target) for key, r in sorted(runs.items())}
    upstream_seconds = mean(v[1] for (s, _), v in reached.items() if s == "upstream" and v)
    for (side, seed), v in reached.items():
        if v is None:
            print(f"| {side} | {seed} | not reached | - | - | - |")
        else:
            rows = runs[side, seed]["rows"]
            median = statistics.median(s for s, _ in rows)
            stalled = sum(s > STALL * median for s, _ in rows[:v[0]])
            print(f"| {side} | {seed} | {v[0]} | {v[1]:.0f} | {upstream_seconds / v[1]:.1f}x | {stalled} |")
    # A single seed's first crossing of a level just above its plateau mostly measures its noise; the
    # seed-averaged learning curve is the steadier estimate of when a side reaches that level.
    print()
    print("The same on each side's seed-averaged learning curve (mean post return and mean seconds per iteration):")
    print("| side | seeds | first iteration | seconds of training | upstream seconds / this |")
    print("|---|---|---|---|---|")
    averaged = {}
    for side in ("upstream", "jgym"):
        curves = [r["rows"] for (s, _), r in sorted(runs.items()) if s == side]
        if curves:
            averaged[side] = (len(curves), first_reaching(seed_averaged(curves), target))
    base = averaged["upstream"][1]
    for side, (count, v) in averaged.items():
        if v is None or base is None:
            print(f"| {side} | {count} | {'not reached' if v is None else v[0]} | - | - |")
        else:
            print(f"| {side} | {count} | {v[0]} | {v[1]:.0f} | {base[1] / v[1]:.1f}x |")
    if speed_out:
        at_same_speed(reached, averaged, load_runs(speed_out, []), speed_out)


def speed_ratios(runs):
    """upstream s/iteration / jgym s/iteration for each seed both sides ran."""
    return [runs["upstream", seed]["s_per_it"] / runs["jgym", seed]["s_per_it"]
            for (side, seed) in sorted(runs) if side == "jgym" and ("upstream", seed) in runs]


def at_same_speed(reached, averaged, speed_runs, speed_out):
    """Iterations to upstream's final quality times the s/iteration both sides had in one side-by-side run."""
    ratios = speed_ratios(speed_runs)
    if not ratios:
        print(f"\n--speed {speed_out}: no seed with both sides")
        return
    iterations = {side: mean(v[0] for (s, _), v in reached.items() if s == side and v) for side in ("jgym", "upstream")}
    print(f"\nWall time at the same machine's speed ({speed_out}: upstream / jgym s/iteration "
          f"{', '.join(f'{r:.2f}' for r in ratios)}): iterations to the target times s/iteration, one ratio per "
          "speed round")
    print("| reading | jgym iterations | upstream iterations | upstream wall time / jgym's, per round | median |")
    print("|---|---|---|---|---|")
    readings = [("per-seed first crossing, mean over seeds", iterations["jgym"], iterations["upstream"])]
    if all(averaged.get(side, (0, None))[1] for side in ("jgym", "upstream")):
        readings.append(("seed-averaged curve", averaged["jgym"][1][0], averaged["upstream"][1][0]))
    for name, jgym_its, upstream_its in readings:
        per_round = [r * upstream_its / jgym_its for r in ratios]
        print(f"| {name} | {jgym_its:.1f} | {upstream_its:.1f} | {', '.join(f'{x:.2f}x' for x in per_round)} | "
              f"{statistics.median(per_round):.2f}x |")


if __name__ == "__main__":
    main()
