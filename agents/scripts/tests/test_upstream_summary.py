"""upstream_summary.py on a hand-made compare-upstream.sh folder whose figures can be worked out by hand."""
import csv
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "upstream_summary.py"


def write_jgym(out, seed, rows):
    run = out / f"jgym-s{seed}"
    run.mkdir()
    with open(run / "log.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["iteration", "seconds", "pre_return", "post_return"])
        for i, (seconds, post) in enumerate(rows):
            w.writerow([i, seconds, post - 5, post])


def write_upstream(out, seed, rows):
    with open(out / f"upstream-s{seed}.jsonl", "w") as f:
        for seconds, post in rows:
            f.write(json.dumps({"seconds": seconds, "post_return": post}) + "\n")


def summary(*args):
    done = subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, check=True)
    return done.stdout


def table_rows(text, first_cell):
    return [[c.strip() for c in line.strip("|").split("|")] for line in text.splitlines()
            if line.startswith(f"| {first_cell} |")]


def test_speed_crossings_and_stalls(tmp_path):
    # jgym: 1 s per iteration, the return climbs from -30 by 1 per iteration (the trailing 10-mean reaches -15 at
    # iteration 20); iteration 5 stalled for 100 s and must count as the median (1 s)
    jgym = [(100.0 if i == 5 else 1.0, -30.0 + i) for i in range(40)]
    # upstream: 4 s per iteration, flat at -15 from the start: its last-50 mean, the target, is -15
    upstream = [(4.0, -15.0) for _ in range(40)]
    write_jgym(tmp_path, 1, jgym)
    write_upstream(tmp_path, 1, upstream)
    (tmp_path / "jgym-s1.eval.json").write_text(json.dumps({"pre_return": -40.0, "post_return": -12.5, "tasks": 40}))
    (tmp_path / "jgym-s1.rss").write_text("Command exited\n2097152\n")
    text = summary(tmp_path)

    (jgym_row,) = table_rows(text, "jgym")[:1]
    assert jgym_row[1:5] == ["1", "40", "1.00", "2048"]
    assert jgym_row[5:7] == ["-40.00", "-12.50 (40 goals)"]
    assert float(jgym_row[7]) == sum(p for _, p in jgym) / 40  # the last 50 iterations: all 40
    assert "upstream / jgym per seed: 4.00x" in text
    # the trailing mean of iterations i-9..i is -30 + i - 4.5, which reaches -15 at i = 19.5: the 20th row (i = 19)
    # gives -15.5, the 21st (i = 20) -14.5
    crossings = {row[0]: row for row in table_rows(text, "jgym") + table_rows(text, "upstream") if len(row) == 6}
    assert crossings["jgym"][2:4] == ["21", "21"]  # 21 iterations of 1 s, the stalled one counted as 1 s
    assert crossings["jgym"][5] == "1"
    assert crossings["upstream"][2:4] == ["10", "40"]
    assert crossings["jgym"][4] == f"{40 / 21:.1f}x"


def test_speed_run_scales_iterations(tmp_path):
    long_runs, speed = tmp_path / "long", tmp_path / "speed"
    long_runs.mkdir()
    speed.mkdir()
    for seed in (1, 2):
        write_jgym(long_runs, seed, [(1.0, -30.0 + i) for i in range(40)])
        write_upstream(long_runs, seed, [(4.0, -15.0) for _ in range(40)])
    # the same machine, timed side by side: upstream 6 s, jgym 1.5 s per iteration (4x), and 3 s against 1 s (3x)
    write_jgym(speed, 1, [(1.5, 0.0)] * 5)
    write_upstream(speed, 1, [(6.0, 0.0)] * 5)
    write_jgym(speed, 2, [(1.0, 0.0)] * 5)
    write_upstream(speed, 2, [(3.0, 0.0)] * 5)
    text = summary(long_runs, 1, 2, "--speed", speed)
    per_seed = [row for row in table_rows(text, "per-seed first crossing, mean over seeds")]
    assert len(per_seed) == 1
    # iterations: jgym 21, upstream 10 on both seeds; wall-time ratio = speed ratio x 10 / 21
    assert per_seed[0][1:3] == ["21.0", "10.0"]
    assert per_seed[0][3] == f"{4 * 10 / 21:.2f}x, {3 * 10 / 21:.2f}x"


def test_missing_upstream_gives_no_crossing_tables(tmp_path):
    write_jgym(tmp_path, 3, [(2.0, -20.0)] * 12)
    text = summary(tmp_path)
    assert table_rows(text, "jgym")[0][1:5] == ["3", "12", "2.00", "nan"]
    assert "Wall time" not in text
