"""Gymnasium spaces from the JSON of Java spaces, and readers/writers of space values in shared memory.

A value lives in shared memory as its leaves in depth-first order (Tuple parts in order, Dict values in the Java
key order): Box in its dtype, Discrete and MultiDiscrete as int32, MultiBinary as int8. A batched value (vector
envs) has the same leaves with a leading ``n`` axis.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import numpy as np
from gymnasium import spaces

from .errors import InvalidActionError

_DTYPES = {"float32": np.float32, "float64": np.float64, "int32": np.int32, "int64": np.int64, "uint8": np.uint8}


def space_from_json(j: dict) -> spaces.Space:
    """The gymnasium space equal to a Java space (float32 Box stays float32; Dict keeps the Java key order)."""
    kind = j["type"]
    if kind == "Box":
        dtype = _DTYPES[j["dtype"]]
        shape = tuple(j["shape"])
        low = np.asarray(j["low"], dtype=np.float64)
        high = np.asarray(j["high"], dtype=np.float64)
        low = np.broadcast_to(low.reshape(shape) if low.size > 1 else low, shape).astype(dtype)
        high = np.broadcast_to(high.reshape(shape) if high.size > 1 else high, shape).astype(dtype)
        return spaces.Box(low=low, high=high, shape=shape, dtype=dtype)
    if kind == "Discrete":
        return spaces.Discrete(j["n"], start=j.get("start", 0))
    if kind == "MultiBinary":
        shape = j["shape"]
        return spaces.MultiBinary(shape[0] if len(shape) == 1 else shape)
    if kind == "MultiDiscrete":
        return spaces.MultiDiscrete(np.asarray(j["nvec"], dtype=np.int64), start=np.asarray(j["start"], dtype=np.int64))
    if kind == "Tuple":
        return spaces.Tuple([space_from_json(s) for s in j["spaces"]])
    if kind == "Dict":
        return spaces.Dict([(k, space_from_json(s)) for k, s in j["spaces"].items()])
    raise ValueError(f"jgym: unknown Java space type {kind!r} in {j}")


class Codec:
    """Reads and writes values of one space (or of n stacked values when ``batch`` is given) in a shared buffer.

    ``read()`` returns a fresh value (a copy, safe to keep); ``write(value)`` returns False when the value cannot
    be written as it is (wrong shape or type), so that the caller sends it as JSON and Java explains the problem.
    """

    def __init__(self, space_json: dict, leaves: list[dict], buffer, batch: int | None = None):
        self._leaves = iter(leaves)
        self._buffer = buffer
        self._batch = batch
        self.read, self.write, self.encode = self._build(space_json)
        if next(self._leaves, None) is not None:
            raise ValueError("jgym: the shared-memory layout has more leaves than the space")

    def _view(self, shape: tuple) -> np.ndarray:
        leaf = next(self._leaves)
        arr = np.frombuffer(self._buffer, dtype=np.dtype(leaf["dtype"]).newbyteorder("<"), count=leaf["count"],
                            offset=leaf["offset"])
        return arr.reshape(shape)

    def _build(self, j: dict) -> tuple[Callable[[], Any], Callable[[Any], bool], Callable[[Any], Any]]:
        lead = () if self._batch is None else (self._batch,)
        kind = j["type"]
        if kind in ("Box", "MultiBinary", "MultiDiscrete"):
            if kind == "MultiDiscrete":
                shape = lead + (len(j["nvec"]),)
                out_dtype = np.int64
            else:
                shape = lead + tuple(j["shape"])
                out_dtype = None
            view = self._view(shape)
            java_shape = list(shape) if not (kind == "MultiDiscrete" and lead) else [int(np.prod(shape))]

            def read(view=view, out_dtype=out_dtype):
                return view.copy() if out_dtype is None else view.astype(out_dtype)

            exact = (np.ndarray, view.dtype, view.shape)

            def write(value, view=view, exact=exact):
                if type(value) is exact[0] and value.dtype == exact[1] and value.shape == exact[2]:
                    view[...] = value  # the common case: the space's own dtype and shape, no checks needed
                    return True
                a = np.asarray(value)
                if a.shape != view.shape or a.dtype.kind not in "biuf" or (view.dtype.kind in "iu" and a.dtype.kind == "f"):
                    return False
                if view.dtype.kind in "iu" and a.dtype.kind in "iu" and a.size and (
                        a.min() < np.iinfo(view.dtype).min or a.max() > np.iinfo(view.dtype).max):
                    return False
                np.copyto(view, a, casting="unsafe")
                return True

            def encode(value, java_shape=java_shape):
                # batched MultiDiscrete is flat in Java: a correctly shaped batch is sent with the Java shape
                a = np.asarray(value)
                if a.dtype.kind in "cOV":
                    raise InvalidActionError(f"action of {kind} shape {list(shape)}: expected real numbers, got an "
                                             f"array of dtype {a.dtype}")
                if a.dtype.kind not in "biuf":  # not numbers: sent as given, Java names what it expected
                    return _plain(value)
                a_shape = java_shape if a.shape == shape else list(a.shape)
                return {"shape": a_shape, "data": _plain(a.ravel().tolist())}

            return read, write, encode
        if kind == "Discrete":
            view = self._view(lead if lead else (1,))
            if lead:
                def read_batch(view=view):
                    return view.astype(np.int64)

                def write_batch(value, view=view):
                    a = np.asarray(value)
                    if a.shape != view.shape or a.dtype.kind not in "biu" or (
                            a.size and (a.min() < -2**31 or a.max() >= 2**31)):
                        return False
                    np.copyto(view, a, casting="unsafe")
                    return True

                def encode_batch(value):
                    a = np.asarray(value)
                    return {"shape": list(a.shape), "data": _plain(a.ravel().tolist())}

                return read_batch, write_batch, encode_batch

            def read_one(view=view):
                return np.int64(view[0])

            low, high = j.get("start", 0), j.get("start", 0) + j["n"] - 1

            def write_one(value, view=view):
                if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) and not (
                        isinstance(value, np.ndarray) and value.shape == () and value.dtype.kind in "iu"):
                    return False
                v = int(value)
                if not -2**31 <= v < 2**31:  # beyond Java's int: said here in Java's words
                    raise InvalidActionError(f"action {v} of Discrete({j['n']}, start={low}) is out of range; "
                                             f"expected an Integer in [{low}, {high}]")
                view[0] = v
                return True

            def encode_one(value):
                try:
                    return _plain(np.asarray(value).tolist())
                except (TypeError, ValueError):
                    return str(value)

            return read_one, write_one, encode_one
        if kind == "Tuple":
            parts = [self._build(s) for s in j["spaces"]]

            def read_tuple(parts=parts):
                return tuple(p[0]() for p in parts)

            def write_tuple(value, parts=parts):
                if not isinstance(value, (tuple, list)) or len(value) != len(parts):
                    return False
                return all(p[1](v) for p, v in zip(parts, value))

            def encode_tuple(value, parts=parts):
                if not isinstance(value, (tuple, list)):
                    return _plain(value)
                return [p[2](v) for p, v in zip(parts, value)] + [_plain(v) for v in value[len(parts):]]

            return read_tuple, write_tuple, encode_tuple
        if kind == "Dict":
            keys = list(j["spaces"].keys())
            parts = {k: self._build(s) for k, s in j["spaces"].items()}

            def read_dict(parts=parts):
                return {k: p[0]() for k, p in parts.items()}

            def write_dict(value, parts=parts):
                if not isinstance(value, dict) or set(value.keys()) != set(keys):
                    return False
                return all(p[1](value[k]) for k, p in parts.items())

            def encode_dict(value, parts=parts):
                if not isinstance(value, dict):
                    return _plain(value)
                return {k: parts[k][2](v) if k in parts else _plain(v) for k, v in value.items()}

            return read_dict, write_dict, encode_dict
        raise ValueError(f"jgym: unknown Java space type {kind!r}")


def _plain(x):
    """A JSON-able copy of nested lists/scalars (numpy scalars become Python numbers, unknown objects strings)."""
    return json.loads(json.dumps(x, default=lambda o: o.item() if hasattr(o, "item") else str(o)))
