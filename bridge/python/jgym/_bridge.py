"""The connection to a jgym JVM: starting it (or attaching to a running ``jgym serve`` on this machine), calling its
service, and turning Java exceptions, a dead JVM and a JVM that does not answer into Python exceptions."""

from __future__ import annotations

import atexit
import ipaddress
import json
import logging
import os
import secrets
import shutil
import subprocess
import threading
import time
import weakref

from py4j import protocol as proto
from py4j.java_gateway import GatewayParameters, JavaGateway
from py4j.protocol import Py4JError, Py4JJavaError, Py4JNetworkError, get_return_value

from . import _classpath
from .errors import BridgeDeadError, BridgeTimeoutError, JgymError, from_java

PROTOCOL_VERSION = 2
_START_TIMEOUT_S = 60.0
_DEFAULT_TIMEOUT_S = 60.0

# py4j logs every lost connection with a full traceback (some on the root logger); the bridge turns those into one
# clear exception instead, unless the user set up py4j logging
_py4j_log = logging.getLogger("py4j")
if all(type(h).__name__ == "NullHandler" for h in _py4j_log.handlers):
    _py4j_log.propagate = False

    def _not_from_py4j(record: logging.LogRecord) -> bool:
        return not (record.name == "root" and os.path.basename(os.path.dirname(record.pathname)) == "py4j")

    logging.getLogger().addFilter(_not_from_py4j)


def _timeout_from_env() -> float | None:
    text = os.environ.get("JGYM_TIMEOUT", "")
    try:
        value = float(text) if text else _DEFAULT_TIMEOUT_S
    except ValueError:
        raise JgymError(f"JGYM_TIMEOUT must be a number of seconds (0: wait forever), got {text!r}") from None
    return value if value > 0 else None


_timeout: float | None = _timeout_from_env()


def timeout() -> float | None:
    """Seconds a call may take before :class:`BridgeTimeoutError` (None: no limit)."""
    return _timeout


def set_timeout(seconds: float | None) -> None:
    global _timeout
    if seconds is not None and not seconds > 0:
        raise ValueError(f"the timeout must be a positive number of seconds or None (no limit), got {seconds!r}")
    _timeout = None if seconds is None else float(seconds)
    if _shared is not None and not _shared.closed:
        _shared.set_read_timeout(_timeout)


def process_state(pid: int) -> str | None:
    """The state letter of a process in /proc (R, S, T for stopped, Z, ...), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
            return "?"
        except ProcessLookupError:
            return None
        except PermissionError:
            return "?"


class Bridge:
    """One JVM connection, shared by every env of the process. Use :func:`shared` or :func:`connect`."""

    def __init__(self, port: int, token: str, process: subprocess.Popen | None = None):
        self.port = port
        self.process = process
        self.closed = False
        self._read_timeout = _timeout
        self._gateway = JavaGateway(gateway_parameters=GatewayParameters(
            port=port, auth_token=token, auto_convert=False, eager_load=False, read_timeout=_timeout))
        self.service = self._gateway.entry_point
        self._handles: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        version = self.call(self.service.protocolVersion)
        if version != PROTOCOL_VERSION:
            raise JgymError(f"the jgym JVM speaks bridge protocol {version}, this package {PROTOCOL_VERSION}; "
                            "use the jars of the same jgym version (rebuild, or reinstall the jgym wheel)")
        self.pid = self.call(self.service.pid)
        self.client = self.call(self.service.openClient, os.getpid())

    # ---- calls -------------------------------------------------------------------------------------------------

    def call(self, method, *args):
        """Calls a service method, translating Java exceptions, a lost connection and a timeout."""
        started = time.monotonic()
        try:
            return method(*args)
        except Py4JJavaError as e:
            raise self._java_error(e) from None
        except Py4JError as e:
            raise self.failure(e, time.monotonic() - started) from None

    def prepared(self, name: str, *args):
        """A zero-argument callable for ``service.name(*args)`` with the Py4J command text built once; call it
        through :meth:`call`."""
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
            return self.failure(inner)

    def failure(self, cause: Exception, seconds: float = 0.0) -> JgymError:
        """The error for a call that got no answer: dead (the JVM is gone), timed out, or a plain failure."""
        state = self._wait_state()
        if state is None:
            return self.dead(cause)
        limit = self._read_timeout
        if isinstance(getattr(cause, "cause", None), TimeoutError) or limit and seconds >= 0.9 * limit:
            return self.timed_out("a control call", state, limit)
        if isinstance(cause, Py4JNetworkError):
            return self.dead(cause)
        return JgymError(f"bridge call failed: {cause}")

    def _wait_state(self) -> str | None:
        """The JVM's process state, giving a just-killed JVM a moment to be seen as gone."""
        if self.process is not None:
            try:
                self.process.wait(timeout=0.5)
                return None
            except subprocess.TimeoutExpired:
                pass
        return process_state(self.pid)

    def where(self) -> str:
        return (f"the jgym JVM (pid {self.pid})" if self.process is not None
                else f"the jgym server on 127.0.0.1:{self.port} (pid {self.pid})")

    def dead(self, cause: object = None) -> BridgeDeadError:
        if self.process is not None and self.process.poll() is not None:
            state = f"exited with code {self.process.returncode}"
        else:
            state = "is gone"
        self.closed = True
        fix = ("make new ones" if self.process is not None else
               "reconnect with jgym.connect(port, token), or call jgym.shutdown() to use a local JVM")
        because = f" (cause: {cause})" if cause else ""
        return BridgeDeadError(f"{self.where()} {state}; its envs are lost, {fix}{because}")

    def timed_out(self, what: str, state: str | None = None, limit: float | None = None) -> BridgeTimeoutError:
        state = process_state(self.pid) if state is None else state
        hint = " It is stopped (SIGSTOP?); send it SIGCONT." if state == "T" else ""
        limit = _timeout if limit is None else limit
        return BridgeTimeoutError(
            f"{self.where()} did not answer {what} within {limit:g} s.{hint} Raise the limit with "
            "jgym.set_timeout(seconds) or JGYM_TIMEOUT (0: no limit); this env is unusable now, make a new one.")

    def set_read_timeout(self, seconds: float | None) -> None:
        """Applies a new limit to Py4J control calls, on the pooled connections too."""
        self._read_timeout = seconds
        client = self._gateway._gateway_client
        client.gateway_parameters.read_timeout = seconds
        for connection in list(getattr(client, "deque", ())):
            try:
                connection.socket.settimeout(seconds)
            except OSError:
                pass

    def check_alive(self) -> None:
        """Raises :class:`BridgeDeadError` when the JVM has gone."""
        if self.closed or (self.process.poll() is not None if self.process is not None
                           else process_state(self.pid) in (None, "Z")):
            raise self.dead()

    @property
    def alive(self) -> bool:
        if self.closed:
            return False
        if self.process is not None:
            return self.process.poll() is None
        return process_state(self.pid) not in (None, "Z")

    # ---- lifetime ----------------------------------------------------------------------------------------------

    def track(self, handle: int, owner) -> None:
        """Remembers an open env so that :meth:`close` can close it first."""
        self._handles[handle] = owner

    def close(self) -> None:
        """Closes this process's envs and its connection, and stops the JVM if this process started it. A shared
        ``jgym serve`` keeps running for its other clients."""
        if self.closed:
            return
        for owner in list(self._handles.values()):
            try:
                owner.close()
            except Exception:  # noqa: BLE001 - the JVM may already be gone at exit; nothing left to free
                pass
        if self.alive:
            try:
                self.service.closeClient(self.client)
            except Py4JError:
                pass
        self.closed = True
        self._gateway.close(keep_callback_server=True)
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
        raise JgymError("jgym: no java binary found on the PATH; install Java 17 or newer "
                        "(e.g. apt-get install openjdk-17-jre-headless) or set JGYM_JAVA to its path")
    opts = os.environ.get("JGYM_JAVA_OPTS", "-Xmx1g -XX:+UseParallelGC -Djava.awt.headless=true").split()
    token = secrets.token_hex(16)
    env = dict(os.environ, JGYM_BRIDGE_TOKEN=token)
    try:
        process = subprocess.Popen(
            [java, *opts, "-cp", cp, "org.jgym.bridge.BridgeMain", "--exit-on-stdin-eof"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
        )
    except OSError as e:
        raise JgymError(f"jgym: could not run {java} ({e}); install Java 17 or newer or set JGYM_JAVA") from None
    line = _read_line(process, _START_TIMEOUT_S)
    try:
        info = json.loads(line)
    except json.JSONDecodeError:
        process.kill()
        raise JgymError(f"jgym: the JVM did not start the bridge (it printed {line!r}); see its error output above; "
                        "Java 17 or newer is needed (JGYM_JAVA selects the binary)") from None
    try:
        return Bridge(int(info["port"]), token, process)
    except BaseException:
        process.kill()
        process.wait()
        raise


def _read_line(process: subprocess.Popen, timeout_s: float) -> str:
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout_s)
    if not result:
        process.kill()
        raise JgymError(f"jgym: the JVM printed nothing within {timeout_s:.0f} s; it was stopped")
    return result[0].strip()


_shared: Bridge | None = None
_lock = threading.RLock()


def shared() -> Bridge:
    """The process's bridge: the server :func:`connect` attached (an error once it is gone, never a silent switch
    to a local JVM), else a JVM started on first use (again if it died)."""
    global _shared
    with _lock:
        if _shared is not None and not _shared.alive and _shared.process is None:
            raise _shared.dead()
        if _shared is None or not _shared.alive:
            _shared = start_jvm()
        return _shared


_LOCAL_HOSTS = ("localhost",)


def connect(port: int, token: str, host: str = "127.0.0.1") -> Bridge:
    """Attaches to a running ``jgym serve`` on this machine; later envs of this process are made there."""
    global _shared
    if not _is_loopback(host):
        raise ValueError(f"jgym.connect: host {host!r} is not this machine; jgym servers serve only local clients, "
                         "because observations and actions go through shared memory (/dev/shm). Run `jgym serve` "
                         "on the machine that runs Python and connect to 127.0.0.1")
    with _lock:
        bridge = Bridge(int(port), token)
        if process_state(bridge.pid) is None:
            bridge.close()
            raise JgymError(f"jgym.connect: the server on 127.0.0.1:{port} runs in another process namespace "
                            f"(its pid {bridge.pid} is not visible here), so it cannot share memory with this "
                            "process; run `jgym serve` next to Python (same machine and container)")
        if _shared is not None and _shared is not bridge:
            _shared.close()
        _shared = bridge
        return bridge


def _is_loopback(host: str) -> bool:
    if host in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def reset_to_local() -> None:
    """Forgets the bridge (closing this process's envs); the next make starts a local JVM."""
    global _shared
    with _lock:
        if _shared is not None:
            _shared.close()
        _shared = None


def current() -> Bridge | None:
    return _shared


@atexit.register
def _shutdown() -> None:
    if _shared is not None:
        _shared.close()
