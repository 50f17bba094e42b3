"""Frames/s of stable-retro and jgym's Retro adapter, measured in alternating blocks.

The host's speed drifts by tens of percent within minutes, so measuring one implementation after the other compares
different machines. Here every side runs the same blocks (reset, then K frames of the action sequence
``37 * i mod n``) in turn, the order rotating from block to block, and each block gives its own ratios; the summary
is their median. Sides that wait meanwhile are idle (a blocked read, a parked thread).

Usage: python bench_alternating.py FRAMES BLOCKS JAVA_COMMAND...
           stable-retro (in this process), jgym through the bridge and jgym's Java env (``RetroFrameRate`` serving
           blocks in its own JVM): Java / stable-retro and bridge / stable-retro.
       python bench_alternating.py --scaling FRAMES BLOCKS JAVA_COMMAND...
           2 cores against 1: jgym's 2-copy vector env on 2 threads against 1 thread (both copies playing the same
           game, and copy 1 offset by 11 actions so that the games and their frame times drift apart), against the
           single env; stable-retro in two processes against one (what the host gives two independent
           emulators: the bound of any 2-thread scaling here), and Gymnasium's AsyncVectorEnv of two stable-retro
           envs with the offset games (stable-retro's own 2-copy vector env) against one process.
       python bench_alternating.py --serve-stable
           one stable-retro env answering block requests on stdin (``K`` -> ``wall_s cpu_s``), for --scaling.
FRAMES is per side after a warm-up; see bench-retro. Prints one JSON line per block, then one per side and one per
ratio.
"""

from __future__ import annotations

import json
import math
import resource
import statistics
import subprocess
import sys
import time
from typing import Callable

import stable_retro

GAME, STATE = "Airstriker-Genesis-v0", "Level1"
Run = Callable[[int], "tuple[float, float]"]  # frames -> (wall seconds, CPU seconds)


def python_side(env) -> Run:
    n = env.action_space.n

    def run(frames: int) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        env.reset()
        for i in range(frames):
            if env.step((37 * i) % n)[2]:
                env.reset()
        return time.perf_counter() - t, time.process_time() - c
    return run


def start(command: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    if proc.stdout.readline().strip() != "ready":
        sys.exit(f"bench_alternating: {' '.join(command)} did not start")
    return proc


def served(procs: list[subprocess.Popen], request: str, scale: float = 1.0) -> Run:
    """A side whose blocks run in server processes, all at once: the wall time is this process's, from the request
    to the last answer; the CPU time is the servers' sum."""
    def run(frames: int) -> tuple[float, float]:
        t = time.perf_counter()
        for p in procs:
            p.stdin.write(request.format(frames=frames) + "\n")
            p.stdin.flush()
        cpu = sum(float(p.stdout.readline().split()[1]) * scale for p in procs)
        return time.perf_counter() - t, cpu
    return run


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.stdin.write("\n")
        p.stdin.flush()
        p.wait()


def peak_rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def async_vector_side(offset: int) -> Run:
    """stable-retro's way to step two emulators: Gymnasium's AsyncVectorEnv, one subprocess each (stable-retro allows
    one emulator per process); frames counted over both copies."""
    import gymnasium
    import numpy as np

    venv = gymnasium.vector.AsyncVectorEnv([make_stable, make_stable])
    n = venv.single_action_space.n
    actions = np.zeros(2, dtype=np.int64)

    def run(frames: int) -> tuple[float, float]:
        t = time.perf_counter()
        venv.reset()
        for i in range(frames // 2):
            actions[0], actions[1] = (37 * i) % n, (37 * i + offset) % n
            venv.step(actions)
        return time.perf_counter() - t, 0.0
    return run


def make_stable():
    return stable_retro.make(GAME, state=STATE, use_restricted_actions=stable_retro.Actions.DISCRETE,
                             render_mode=None)


def serve_stable() -> None:
    run = python_side(make_stable())
    print("ready", flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        wall, cpu = run(int(line))
        print(wall, cpu, flush=True)


def alternate(sides: dict[str, tuple[Run, int]], ratios: dict[str, tuple[str, str]], frames: int, blocks: int,
              rss: Callable[[], dict[str, float]]) -> None:
    """Runs every side's blocks in rotating order; sides are (run, frames per block request) with the frames counted
    per request (a 2-process side runs its frames in each process)."""
    names = list(sides)
    per_block = max(1, frames // blocks)
    for run, _ in sides.values():
        run(max(frames // 5, 4000))  # warm-up: JIT, caches
    totals = {name: [0.0, 0.0] for name in names}
    values = {what: [] for what in ratios}
    for b in range(blocks):
        rate = {}
        k = b % len(names)
        for name in names[k:] + names[:k]:
            run, copies = sides[name]
            wall, cpu = run(per_block)
            totals[name][0] += wall
            totals[name][1] += cpu
            rate[name] = copies * per_block / wall
        for what, (num, den) in ratios.items():
            values[what].append(rate[num] / rate[den])
        print(json.dumps({"block": b, **{k: round(v) for k, v in rate.items()}}), flush=True)
    peaks = rss()
    for name in names:
        wall, cpu = totals[name]
        frames_done = sides[name][1] * blocks * per_block
        line = {"what": name, "frames_per_s": round(frames_done / wall)}
        if cpu > 0:  # the bridge's work is split between this process and its JVM
            line["frames_per_cpu_s"] = round(frames_done / cpu)
        if name in peaks:
            line["peak_rss_mib"] = round(peaks[name])
        print(json.dumps(line))
    for what, v in values.items():
        low, high = median_interval(v)
        print(json.dumps({"what": f"{what}, median of {blocks} blocks", "ratio": round(statistics.median(v), 3),
                          "interval95": [round(low, 3), round(high, 3)], "min": round(min(v), 3),
                          "max": round(max(v), 3)}))


def median_interval(values: list[float]) -> tuple[float, float]:
    """The distribution-free 95% interval of the median: the order statistics n/2 -+ 0.98 sqrt(n)."""
    s = sorted(values)
    n, half = len(s), math.ceil(0.98 * math.sqrt(len(s)))
    return s[max(0, n // 2 - half)], s[min(n - 1, n // 2 + half)]


def implementations(frames: int, blocks: int, java_command: list[str]) -> None:
    import jgym  # only this comparison needs the bridge

    stable = make_stable()
    bridged = jgym.make(GAME, state=STATE, use_restricted_actions="discrete")
    java = start(java_command + [GAME])
    bridge_run = python_side(bridged)
    sides = {"stable-retro": (python_side(stable), 1),
             "bridge": (lambda k: (bridge_run(k)[0], 0.0), 1),
             "java": (served([java], "{frames}", 1e-9), 1)}

    def rss() -> dict[str, float]:
        return {"stable-retro": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "java": peak_rss_mib(java.pid), "bridge": peak_rss_mib(bridged.unwrapped._bridge.pid)}
    alternate(sides, {"java / stable-retro": ("java", "stable-retro"),
                      "bridge / stable-retro": ("bridge", "stable-retro")}, frames, blocks, rss)
    stop([java])
    bridged.close()


def scaling(frames: int, blocks: int, java_command: list[str]) -> None:
    java = start(java_command + [GAME])
    workers = [start([sys.executable, __file__, "--serve-stable"]) for _ in range(2)]
    vector = "vector {threads} {offset} {{frames}}"
    sides = {"java single env": (served([java], "{frames}", 1e-9), 1),
             "java vector, same games, 1 thread": (served([java], vector.format(threads=1, offset=0), 1e-9), 1),
             "java vector, same games, 2 threads": (served([java], vector.format(threads=2, offset=0), 1e-9), 1),
             "java vector, offset games, 1 thread": (served([java], vector.format(threads=1, offset=11), 1e-9), 1),
             "java vector, offset games, 2 threads": (served([java], vector.format(threads=2, offset=11), 1e-9), 1),
             "stable-retro, 1 process": (served(workers[:1], "{frames}"), 1),
             "stable-retro, 2 processes": (served(workers, "{frames}"), 2),
             "stable-retro AsyncVectorEnv, offset games": (async_vector_side(11), 1)}

    def rss() -> dict[str, float]:  # the Java side's JVM holds all five Java envs
        return {"java single env": peak_rss_mib(java.pid), "stable-retro, 1 process": peak_rss_mib(workers[0].pid)}
    alternate(sides, {
        "java 2 threads / 1 thread, same games": ("java vector, same games, 2 threads",
                                                  "java vector, same games, 1 thread"),
        "java 2 threads / 1 thread, offset games": ("java vector, offset games, 2 threads",
                                                    "java vector, offset games, 1 thread"),
        "java 2 threads (same games) / single env": ("java vector, same games, 2 threads", "java single env"),
        "stable-retro 2 processes / 1 process": ("stable-retro, 2 processes", "stable-retro, 1 process"),
        "stable-retro AsyncVectorEnv (offset games) / 1 process": ("stable-retro AsyncVectorEnv, offset games",
                                                                   "stable-retro, 1 process"),
    }, frames, blocks, rss)
    stop([java] + workers)


def main() -> None:
    if sys.argv[1] == "--serve-stable":
        serve_stable()
    elif sys.argv[1] == "--scaling":
        scaling(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])
    else:
        implementations(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:])


if __name__ == "__main__":
    main()
