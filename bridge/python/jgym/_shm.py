"""Mapping the shared-memory files the JVM creates, and reading rendered frames from them."""

from __future__ import annotations

import mmap
import os

import numpy as np

from .errors import JgymError


def map_file(path: str, size: int) -> mmap.mmap:
    """Maps a file the JVM created, read-write; the mapping outlives the file's deletion."""
    fd = os.open(path, os.O_RDWR)
    try:
        return mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
    finally:
        os.close(fd)


def map_region(bridge, handle: int, path: str, size: int) -> mmap.mmap:
    """Maps the region of a new env; closes the env in the JVM with a clear error when this process cannot see it."""
    try:
        return map_file(path, size)
    except OSError as e:
        try:
            bridge.call(bridge.service.close, bridge.client, handle)
        finally:
            raise JgymError(f"jgym: cannot map the env's shared memory {path} ({e.strerror}); the JVM must run on this "
                            "machine and see the same /dev/shm (remote servers are not supported)") from None


def unlink_quietly(path: str) -> None:
    """Removes a shared file if the JVM could not (it died); a file already gone is fine."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


class FrameReader:
    """Turns the JVM's frame descriptions into what ``render()`` returns: a fresh uint8 (H, W, 3) array for rgb
    frames (read from their shared file, mapped once while it stays the same), the text for ansi, or None."""

    def __init__(self):
        self._cache: tuple[str, int, mmap.mmap] | None = None

    def read(self, d: dict | None):
        if d is None:
            return None
        if d["type"] == "ansi":
            return d["text"]
        h, w, path = d["height"], d["width"], d["path"]
        size = h * w * 3
        if self._cache is None or self._cache[:2] != (path, size):
            self._cache = (path, size, map_file(path, size))
        return np.frombuffer(self._cache[2], dtype=np.uint8, count=size).reshape(h, w, 3).copy()
