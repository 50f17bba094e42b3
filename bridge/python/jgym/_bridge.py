"""The connection to a jgym JVM: starting it (or attaching to a running ``jgym serve``), calling its service, and
turning Java exceptions and a dead JVM into Python exceptions."""

from __future__ import annotations

import atexit
import json
import os
import secrets
import shutil
import subprocess
import threading
import weakref

from py4j import protocol as proto
from py4j.java_gateway import GatewayParameters, JavaGateway
from py4j.protocol import Py4JError, Py4JJavaError, Py4JNetworkError, get_return_value

from . import _classpath
from .errors import BridgeDeadError, JgymError, from_java

PROTOCOL_VERSION = 1
_START_TIMEOUT_S = 60.0


class Bridge:
    """One JVM connection, shared by every env of the process. Use :func:`shared` or :func:`connect`."""

    def __init__(self, port: int, token: str, process: subprocess.Popen | None = None):
        self.port = port
        self.process = process
        self._gateway = JavaGateway(
            gateway_parameters=GatewayParameters(port=port, auth_token=token, auto_convert=False, eager_load=True)
        )
        self.service = self._gateway.entry_point
        self.closed = False
        self._handles: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        version = self.call(self.service.protocolVersion)
        if version != PROTOCOL_VERSION:
            raise JgymError(f"the jgym JVM speaks bridge protocol {version}, this package {PROTOCOL_VERSION}; rebuild")
        self.client = self.call(self.service.openClient, os.getpid())

    # ---- calls -------------------------------------------------------------------------------------------------

    def call(self, method, *args):
        """Calls a service method, translating Java exceptions and a lost connection."""
        try:
            return method(*args)
        except Py4JJavaError as e:
            raise self._java_error(e) from None
        except Py4JNetworkError as e:
            raise self._dead(e) from None
        except Py4JError as e:
            if self.closed or (self.process is not None and self.process.poll() is not None):
                raise self._dead(e) from None
            raise JgymError(f"bridge call failed: {e}") from None

    def prepared(self, name: str, *args):
        """A zero-argument callable for ``service.name(*args)`` with the Py4J command text built once: the hot
        step calls then skip Py4J's per-call argument conversion. Call it through :meth:`call`."""
        member = getattr(self.service, name)
        command = proto.CALL_COMMAND_NAME + member.command_header + "".join(
            proto.get_command_part(a) for a in args) + proto.END_COMMAND_PART
        client = member.gateway_client
        target, method = member.target_id, member.name

        def invoke():
            return get_return_value(client.send_command(command), client, target, method)

        return invoke

    def json(self, method, *args):
        """Calls a service method that returns JSON text (or null) and parses it."""
        text = self.call(method, *args)
        return None if text is None else json.loads(text)

    def _java_error(self, e: Py4JJavaError) -> JgymError:
        try:
            return from_java(e.java_exception.toString())
        except Py4JError as inner:
            return self._dead(inner)

    def _dead(self, cause: Exception) -> BridgeDeadError:
        if self.process is not None:
            code = self.process.poll()
            state = f"exited with code {code}" if code is not None else "does not answer"
            where = f"the jgym JVM (pid {self.process.pid}) {state}"
        else:
            where = f"the jgym server on 127.0.0.1:{self.port} is not reachable"
        self.closed = True
        return BridgeDeadError(f"{where}; its envs are lost, make new ones (cause: {cause})")

    @property
    def alive(self) -> bool:
        return not self.closed and (self.process is None or self.process.poll() is None)

    # ---- lifetime ----------------------------------------------------------------------------------------------

    def track(self, handle: int, owner) -> None:
        """Remembers an open env so that :meth:`close` can close it first."""
        self._handles[handle] = owner

    def close(self) -> None:
        """Closes every env of this process, detaches, and stops the JVM if this process started it."""
        if self.closed:
            return
        for owner in list(self._handles.values()):
            try:
                owner.close()
            except Exception:  # noqa: BLE001 - the JVM may already be gone at exit; nothing left to free
                pass
        try:
            self.service.closeClient(self.client)
        except Py4JError:
            pass
        self.closed = True
        self._gateway.shutdown()
        if self.process is not None:
            try:
                self.process.stdin.close()  # the JVM exits when its stdin closes
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()


def start_jvm() -> Bridge:
    """Starts a JVM serving the envs on the jgym class path and connects to it; the JVM exits with this process."""
    cp = os.pathsep.join(_classpath.class_path())
    java = os.environ.get("JGYM_JAVA") or shutil.which("java")
    if not java:
        raise JgymError("jgym: no java binary found; install Java 17+ or set JGYM_JAVA")
    opts = os.environ.get("JGYM_JAVA_OPTS", "-Xmx1g -XX:+UseParallelGC -Djava.awt.headless=true").split()
    token = secrets.token_hex(16)
    env = dict(os.environ, JGYM_BRIDGE_TOKEN=token)
    process = subprocess.Popen(
        [java, *opts, "-cp", cp, "org.jgym.bridge.BridgeMain", "--exit-on-stdin-eof"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
    )
    line = _read_line(process, _START_TIMEOUT_S)
    try:
        info = json.loads(line)
    except json.JSONDecodeError:
        process.kill()
        raise JgymError(f"jgym: the JVM did not start the bridge (it printed {line!r}); see its error output above")
    return Bridge(int(info["port"]), token, process)


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not result:
        process.kill()
        raise JgymError(f"jgym: the JVM printed nothing within {timeout:.0f} s; it was stopped")
    return result[0].strip()


_shared: Bridge | None = None
_lock = threading.RLock()


def shared() -> Bridge:
    """The process's bridge: the one :func:`connect` attached, else a JVM started on first use (again if it died)."""
    global _shared
    with _lock:
        if _shared is None or not _shared.alive:
            _shared = start_jvm()
        return _shared


def connect(port: int, token: str) -> Bridge:
    """Attaches to a running ``jgym serve`` (127.0.0.1:port); later envs of this process are made there."""
    global _shared
    with _lock:
        bridge = Bridge(int(port), token)
        if _shared is not None and _shared is not bridge:
            _shared.close()
        _shared = bridge
        return bridge


def current() -> Bridge | None:
    return _shared


@atexit.register
def _shutdown() -> None:
    if _shared is not None:
        _shared.close()
