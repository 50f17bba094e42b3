"""Mapping the shared-memory files the JVM creates."""

from __future__ import annotations

import mmap
import os


def map_file(path: str, size: int) -> mmap.mmap:
    """Maps a file the JVM created, read-write; the mapping outlives the file's deletion."""
    fd = os.open(path, os.O_RDWR)
    try:
        return mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
    finally:
        os.close(fd)


def unlink_quietly(path: str) -> None:
    """Removes a shared file if the JVM could not (it died); a file already gone is fine."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
