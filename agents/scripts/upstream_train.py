"""Runs upstream's unmodified train.py (tristandeleu/pytorch-maml-rl) and logs each meta-iteration: wall time and
the mean return of the sampled episodes before and after adaptation, one JSON line per iteration in LOG.

Usage: python upstream_train.py --upstream DIR --log LOG.jsonl -- <train.py arguments>

Only two things are added around train.py: torch.lstsq, removed from torch, is mapped onto torch.linalg.lstsq
(upstream's baseline calls it), and upstream's get_returns is wrapped to record the returns train.py computes
anyway (it calls get_returns on the pre- and post-adaptation episodes once per iteration, after the TRPO step).
"""
import argparse
import json
import runpy
import sys
import time

from upstream_common import use_upstream


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--upstream", required=True)
    p.add_argument("--log", required=True)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    a = p.parse_args()
    use_upstream(a.upstream)
    import maml_rl.utils.reinforcement_learning as rl

    original = rl.get_returns
    log = open(a.log, "w", buffering=1)
    state = {"start": time.time(), "pending": None, "iteration": 0}

    def get_returns(episodes):
        returns = original(episodes)
        mean = float(returns.mean())
        if state["pending"] is None:
            state["pending"] = mean  # first call of an iteration: episodes before adaptation
        else:
            now = time.time()
            log.write(json.dumps({"iteration": state["iteration"], "pre_return": state["pending"],
                                  "post_return": mean, "seconds": now - state["start"]}) + "\n")
            state.update(start=now, pending=None, iteration=state["iteration"] + 1)
        return returns

    rl.get_returns = get_returns
    rest = a.rest[1:] if a.rest[:1] == ["--"] else a.rest
    sys.argv = [a.upstream + "/train.py"] + rest
    runpy.run_path(a.upstream + "/train.py", run_name="__main__")


if __name__ == "__main__":
    main()
