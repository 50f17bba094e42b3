"""The socket-free hot path: request and response sequence numbers in the header of an env's shared region.

Python writes the inputs, the operation and a new request number ("rings"); a JVM thread serving the region runs
the operation and publishes the same number as the response. Python spins on the response for a short budget
(adaptive: up to twice the last answer's latency), then blocks on the FIFO ``<region>.wake``, into which the JVM writes a byte when it sees ``CLIENT_WAITING``; the JVM thread
spins, yields and then blocks on ``<region>.ring``, into which Python writes a byte when it sees
``SERVER_SLEEPING``. Neither write can block. The header layout is the one of ``org.jgym.bridge.Doorbell``.
"""

from __future__ import annotations

import json
import os
import select
import time

from . import _bridge
from .errors import JgymError

OP_STEP = 1
OP_RESET = 2
SEED_NONE, SEED_ONE, SEED_PER_COPY = 0, 1, 2

# indexes into the header viewed as int64 (q) and int32 (i) words
_Q_REQUEST, _Q_SEED, _Q_RESPONSE = 0, 2, 8
_I_OP, _I_SEED_MODE, _I_CLIENT_WAITING, _I_RESET_MASKED = 2, 3, 6, 7
_I_STATUS, _I_INFO_LENGTH, _I_SERVER_SLEEPING = 18, 19, 20
HEADER = 128
_INFO_NONE, _INFO_TOO_LONG = -1, -2

# Spin budget of a wait: at least _SPIN_NS; with an adaptive doorbell up to twice the last answer's latency, at most
# _MAX_SPIN_NS. A kernel wake-up costs 50-100 us on small machines, a large share of an emulator frame (0.6 ms), so
# a client that waits about as long as a step takes spins through it on its own core instead of sleeping.
_SPIN_NS = int(float(os.environ.get("JGYM_SPIN_US", "100")) * 1000)
_MAX_SPIN_NS = 2_000_000
_BLOCK_SLICE_S = 0.05  # how often a blocked wait looks whether the JVM is still there


class Doorbell:
    """The hot path of one env or vector env (``mem`` is its mapped region)."""

    def __init__(self, bridge: _bridge.Bridge, handle: int, mem, region_path: str, info_at: int, info_bytes: int,
                 adaptive_spin: bool = True):
        """``adaptive_spin``: spin for up to twice the last answer's latency (2 ms at most) before blocking; turn it
        off when the JVM needs every core for the request (a vector env stepping on several threads)."""
        self._bridge = bridge
        self._adaptive = adaptive_spin
        self._rang_at = 0
        self._spin_ns = _SPIN_NS
        self._handle = handle
        self._mem = mem
        header = memoryview(mem)[:HEADER]
        self._q = header.cast("q")
        self._i = header.cast("i")
        self._info_at = info_at
        self._info_bytes = info_bytes
        self._seq = self._q[_Q_RESPONSE]
        self._pending = False
        self.broken: JgymError | None = None  # the error that left this env unusable
        self._wake_call = bridge.prepared("wake", bridge.client, handle)
        stem = region_path[:-len(".shm")]
        self._fifo_paths = (stem + ".wake", stem + ".ring")
        self._fifo = self._ring_fd = -1
        try:
            for path in self._fifo_paths:
                os.mkfifo(path, 0o600)
            self._fifo = os.open(self._fifo_paths[0], os.O_RDWR | os.O_NONBLOCK)
            self._ring_fd = os.open(self._fifo_paths[1], os.O_RDWR | os.O_NONBLOCK)
        except OSError:
            self.close()  # no FIFOs here: a blocked wait polls, and rings go through Py4J
        else:
            bridge.call(bridge.service.attachFifos, bridge.client, handle)

    def ring(self, op: int) -> None:
        """Publishes a request; the inputs must be in the region already."""
        if self.broken is not None:
            raise type(self.broken)(str(self.broken))
        if self._bridge.closed:
            raise self._bridge.dead()
        if self._pending:
            raise JgymError("a step is already in flight: call step_wait() before stepping or resetting again")
        self._i[_I_OP] = op
        self._seq += 1
        self._rang_at = time.perf_counter_ns()
        self._q[_Q_REQUEST] = self._seq
        self._pending = True
        if self._i[_I_SERVER_SLEEPING]:
            self._wake()

    def _wake(self) -> None:
        """Wakes the sleeping JVM thread: a byte into the ring FIFO (never blocks), else a Py4J call."""
        if self._ring_fd >= 0:
            try:
                os.write(self._ring_fd, b"\0")
            except BlockingIOError:
                pass  # the FIFO is full of wake-ups already
            return
        try:
            self._bridge.call(self._wake_call)
        except JgymError as e:
            self._pending = False
            self.broken = e
            raise

    def ring_reset(self, seed: int | None) -> dict:
        """Resets a single env (seed None: continue its random stream); returns the info."""
        self._i[_I_SEED_MODE] = SEED_NONE if seed is None else SEED_ONE
        if seed is not None:
            self._q[_Q_SEED] = seed
        self.ring(OP_RESET)
        return self.wait()

    def set_seed(self, mode: int, seed: int = 0, masked: bool = False) -> None:
        self._i[_I_SEED_MODE] = mode
        self._q[_Q_SEED] = seed
        self._i[_I_RESET_MASKED] = int(masked)

    @property
    def pending(self) -> bool:
        return self._pending

    def wait(self) -> dict:
        """Waits for the answer to the request; returns its info, or raises its error (same types as Py4J calls)."""
        if not self._pending:
            raise JgymError("no step in flight: call step_async(actions) first")
        q, seq = self._q, self._seq
        if q[_Q_RESPONSE] != seq:
            start = time.perf_counter_ns()
            until = max(start + _SPIN_NS, self._rang_at + self._spin_ns)
            spins = 0
            while q[_Q_RESPONSE] != seq:
                spins += 1
                if not spins & 31 and time.perf_counter_ns() > until:
                    self._block(seq)
                    break
        if self._adaptive:
            latency = time.perf_counter_ns() - self._rang_at
            self._spin_ns = min(_MAX_SPIN_NS, max(_SPIN_NS, 2 * latency))
        self._pending = False
        i = self._i
        if i[_I_STATUS]:
            b = self._bridge
            b.call(b.service.raiseLastError, b.client, self._handle)
        length = i[_I_INFO_LENGTH]
        if length == _INFO_NONE:
            return {}
        if length == _INFO_TOO_LONG:
            b = self._bridge
            return json.loads(b.call(b.service.lastInfo, b.client, self._handle))
        start = self._info_at
        return json.loads(self._mem[start:start + length])

    def _block(self, seq: int) -> None:
        """Waits without spinning: on the FIFO (or by polling), looking for a dead or stopped JVM as it goes."""
        limit = _bridge.timeout()
        deadline = None if limit is None else time.monotonic() + limit
        q, i = self._q, self._i
        i[_I_CLIENT_WAITING] = 1
        try:
            while q[_Q_RESPONSE] != seq:
                if self._fifo >= 0:
                    ready, _, _ = select.select([self._fifo], [], [], _BLOCK_SLICE_S)
                    if ready:
                        _drain(self._fifo)
                else:
                    time.sleep(0.0005)
                if q[_Q_RESPONSE] == seq:
                    break
                try:
                    self._bridge.check_alive()
                    if i[_I_SERVER_SLEEPING]:  # it missed our ring (a race of the two flags): ring again
                        self._wake()
                except JgymError as e:
                    self._pending = False
                    self.broken = e
                    raise
                if deadline is not None and time.monotonic() > deadline:
                    self._pending = False
                    error = self._bridge.timed_out("a step or reset")
                    self.broken = error
                    raise error
        finally:
            i[_I_CLIENT_WAITING] = 0

    def close(self) -> None:
        for fd in (self._fifo, self._ring_fd):
            if fd >= 0:
                os.close(fd)
        self._fifo = self._ring_fd = -1
        for path in self._fifo_paths:
            try:
                os.unlink(path)
            except OSError:
                pass


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 4096):
            pass
    except BlockingIOError:
        pass
