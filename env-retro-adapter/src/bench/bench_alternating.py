"""Frames/s of stable-retro, jgym through the bridge and jgym's Java env, measured in alternating blocks.

The host's speed drifts by tens of percent within minutes, so measuring one implementation after the other compares
different machines. Here the three run the same blocks (reset, then K frames of the action sequence ``37 * i mod n``)
in turn, the order rotating from block to block, and each block gives its own ratios; the summary is their median.
stable-retro runs in this process, the bridge env in its JVM, the Java env in a ``RetroFrameRate --serve`` JVM; the
two that wait meanwhile are idle (a blocked read, a sleeping serving thread).

Usage: python bench_alternating.py FRAMES BLOCKS JAVA_COMMAND...   (FRAMES per side after a warm-up; see bench-retro)
Prints one JSON line per block, then one per side and one per ratio.
       python bench_alternating.py --stable FRAMES   stable-retro alone, one JSON line (bench-retro runs two at once)
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time

import stable_retro

GAME, STATE = "Airstriker-Genesis-v0", "Level1"


def python_side(env):
    n = env.action_space.n

    def run(frames: int) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        env.reset()
        for i in range(frames):
            if env.step((37 * i) % n)[2]:
                env.reset()
        return time.perf_counter() - t, time.process_time() - c
    return run


def java_side(proc: subprocess.Popen):
    def run(frames: int) -> tuple[float, float]:
        proc.stdin.write(f"{frames}\n")
        proc.stdin.flush()
        wall_ns, cpu_ns = proc.stdout.readline().split()
        return int(wall_ns) / 1e9, int(cpu_ns) / 1e9
    return run


def peak_rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def make_stable():
    return stable_retro.make(GAME, state=STATE, use_restricted_actions=stable_retro.Actions.DISCRETE,
                             render_mode=None)


def stable_alone(frames: int) -> None:
    run = python_side(make_stable())
    run(max(frames // 5, 4000))  # warm-up, as in main()
    wall, cpu = run(frames)
    print(json.dumps({"what": "stable-retro RetroEnv", "frames_per_s": round(frames / wall),
                      "frames_per_cpu_s": round(frames / cpu)}))


def main() -> None:
    if sys.argv[1] == "--stable":
        stable_alone(int(sys.argv[2]))
        return
    import jgym  # only the alternating run needs the bridge

    frames, blocks, java_command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    stable = make_stable()
    bridged = jgym.make(GAME, state=STATE, use_restricted_actions="discrete")
    proc = subprocess.Popen(java_command + ["--serve", GAME], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    if proc.stdout.readline().strip() != "ready":
        sys.exit("bench_alternating: the Java side did not start")
    sides = {"stable-retro": python_side(stable), "bridge": python_side(bridged), "java": java_side(proc)}
    names = list(sides)
    for run in sides.values():
        run(max(frames // 5, 4000))  # warm-up: the JIT of both JVMs, caches
    per_block = max(1, frames // blocks)
    totals = {name: [0.0, 0.0] for name in names}
    ratios = {"java / stable-retro": [], "bridge / stable-retro": []}
    for b in range(blocks):
        rate = {}
        for name in names[b % 3:] + names[:b % 3]:
            wall, cpu = sides[name](per_block)
            totals[name][0] += wall
            totals[name][1] += cpu
            rate[name] = per_block / wall
        ratios["java / stable-retro"].append(rate["java"] / rate["stable-retro"])
        ratios["bridge / stable-retro"].append(rate["bridge"] / rate["stable-retro"])
        print(json.dumps({"block": b, **{k: round(v) for k, v in rate.items()}}), flush=True)
    proc.stdin.write("\n")
    proc.stdin.flush()
    rss = {"stable-retro": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "java": peak_rss_mib(proc.pid), "bridge": peak_rss_mib(bridged.unwrapped._bridge.pid)}
    proc.wait()
    for name in names:
        wall, cpu = totals[name]
        line = {"what": name, "frames_per_s": round(blocks * per_block / wall), "peak_rss_mib": round(rss[name])}
        if name != "bridge":  # the bridge's work is split between this process and its JVM
            line["frames_per_cpu_s"] = round(blocks * per_block / cpu)
        print(json.dumps(line))
    for what, values in ratios.items():
        print(json.dumps({"what": f"{what}, median of {blocks} blocks", "ratio": round(statistics.median(values), 3),
                          "min": round(min(values), 3), "max": round(max(values), 3)}))
    bridged.close()


if __name__ == "__main__":
    main()
