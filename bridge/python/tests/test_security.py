"""Clients of a bridge reach only the bridge service: no JVM view, no reflection, no other client's envs."""

import numpy as np
import pytest
from py4j.protocol import Py4JError

import jgym
from conftest import POINT_GOAL, served, stats
from jgym._bridge import Bridge


@pytest.fixture(scope="module")
def server():
    with served() as info:
        yield info


def test_a_client_cannot_run_java_code_through_the_gateway(server):
    client = Bridge(server["port"], server["token"])
    gateway = client._gateway
    with pytest.raises(Py4JError):
        gateway.jvm.java.lang.Runtime.getRuntime().exec("touch /tmp/jgym-pwned")
    with pytest.raises(Py4JError):
        gateway.jvm.System.currentTimeMillis()
    with pytest.raises(Py4JError, match="serves only its own service methods"):
        client.service.getClass()
    with pytest.raises(Py4JError, match="serves only its own service methods"):
        client.service.closeAll()  # package-private in Java: not part of the service
    assert client.call(client.service.protocolVersion) == 2  # the service itself still answers
    client.close()


def test_a_client_cannot_use_or_close_another_clients_envs(server):
    alice = Bridge(server["port"], server["token"])
    mallory = Bridge(server["port"], server["token"])
    assert alice.client != mallory.client
    made = alice.json(alice.service.makeEnv, alice.client, POINT_GOAL, "{}")
    handle = made["handle"]
    alice.call(alice.service.reset, alice.client, handle, 0, True, None)
    for attack in (lambda: mallory.call(mallory.service.step, mallory.client, handle),
                   lambda: mallory.call(mallory.service.reset, mallory.client, handle, 0, True, None),
                   lambda: mallory.call(mallory.service.render, mallory.client, handle),
                   lambda: mallory.call(mallory.service.wake, mallory.client, handle),
                   lambda: mallory.call(mallory.service.step, alice.client[::-1], handle)):
        with pytest.raises(jgym.JgymError, match=f"with handle {handle} \\(closed, or never made\\)"):
            attack()
    mallory.call(mallory.service.close, mallory.client, handle)  # ignored: not hers
    mallory.call(mallory.service.closeClient, "0" * 32)  # an unknown key closes nothing
    assert alice.call(alice.service.stepJson, alice.client, handle, '{"shape":[2],"data":[0.01,0.0]}') is not None
    mallory.close()
    alice.close()


def test_a_client_that_exits_closes_only_its_own_envs_and_the_server_keeps_serving(server):
    from conftest import run_python

    watcher = Bridge(server["port"], server["token"])
    kept = watcher.json(watcher.service.makeEnv, watcher.client, POINT_GOAL, "{}")["handle"]
    out = run_python(f"""
        import numpy as np, jgym
        jgym.connect({server['port']}, "{server['token']}")
        env = jgym.make("{POINT_GOAL}"); env.reset(seed=0); env.step(np.zeros(2, np.float32))
        vec = jgym.make_vec("{POINT_GOAL}", 3); vec.reset(seed=0)
        print("MADE", flush=True)
    """)  # exits normally: atexit closes its bridge
    assert "MADE" in out.stdout, out.stderr
    assert stats(watcher)["handles"] == 1  # only the watcher's env is left
    watcher.call(watcher.service.reset, watcher.client, kept, 1, True, None)
    again = Bridge(server["port"], server["token"])  # the server still accepts clients
    assert again.call(again.service.protocolVersion) == 2
    again.close()
    watcher.close()
    assert server["process"].poll() is None
