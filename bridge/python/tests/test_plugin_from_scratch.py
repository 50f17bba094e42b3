"""Plugins from Python: a plugin written by `jgym new-plugin` and built with Maven is a gymnasium env that passes
gymnasium's own checker, takes tasks and runs episodes; a broken plugin jar costs one warning, not the bridge."""

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

CLI = ROOT / "cli" / "target"

SCRIPT = """
import json
import jgym
from gymnasium.utils.env_checker import check_env

env = jgym.make("Glide-v0", goal_range=0.5)
check_env(env.unwrapped, skip_render_check=True)
tasks = env.unwrapped.sample_tasks(3, 1)
env.unwrapped.set_task(tasks[0])
obs, info = env.reset(seed=0)
steps, done = 0, False
while not done:
    obs, reward, terminated, truncated, info = env.step(env.action_space.sample())
    steps += 1
    done = terminated or truncated
print(json.dumps({"tasks": tasks, "steps": steps, "distance": info["distance"],
                  "obs_dtype": str(obs.dtype), "spec_id": env.spec.id}))
"""


def test_a_generated_plugin_builds_and_runs_from_python(tmp_path):
    if not (CLI / "jgym-cli.jar").is_file():
        pytest.fail(f"{CLI / 'jgym-cli.jar'} is missing; build jgym first (mvn install)")
    java = os.environ.get("JGYM_JAVA", "java")
    project = tmp_path / "glide"
    subprocess.run([java, "-cp", f"{CLI / 'jgym-cli.jar'}{os.pathsep}{CLI / 'lib' / '*'}", "org.jgym.cli.JgymCli",
                    "new-plugin", str(project), "--package", "org.example.glide", "--name", "Glide"],
                   check=True, capture_output=True, text=True)
    # offline: everything the build needs is in the local repository `mvn install` of jgym filled
    build = subprocess.run([shutil.which("mvn") or "mvn", "-B", "-q", "-o", "package", "-DskipTests"], cwd=project,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    jar = project / "target" / "glide-plugin.jar"
    env = dict(os.environ, JGYM_CLASSPATH=str(jar))
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(result["tasks"]) == 3 and all(abs(t) <= 0.5 for t in result["tasks"])
    assert 1 <= result["steps"] <= 100
    assert result["obs_dtype"] == "float32"
    assert result["distance"] >= 0


def test_a_broken_plugin_jar_costs_one_warning_and_the_bridge_still_starts(tmp_path):
    jar = tmp_path / "broken-plugin.jar"
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("META-INF/services/org.jgym.env.api.registry.EnvProvider", "com.example.Missing\n")
    code = "import jgym; env = jgym.make('Navigation2D-v0'); env.reset(seed=0); env.step(env.action_space.sample())"
    env = dict(os.environ, JGYM_CLASSPATH=str(jar))
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if line.startswith("jgym: warning:")]
    assert len(warnings) == 1, run.stderr
    assert "com.example.Missing" in warnings[0] and "broken-plugin.jar" in warnings[0]
    assert "Exception" not in run.stderr
