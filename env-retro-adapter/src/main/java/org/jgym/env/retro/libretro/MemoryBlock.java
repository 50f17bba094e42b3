package org.jgym.env.retro.libretro;

import com.sun.jna.Pointer;

/**
 * A piece of the emulated address space: {@code size} bytes of core memory seen at bus address {@code start}.
 * The pointer belongs to the core and stays valid while its game is loaded.
 */
public record MemoryBlock(long start, Pointer data, int size) {
}
