package org.jgym.env.retro.integration;

import org.jgym.env.retro.RetroException;

/**
 * The game's memory as Gym Retro sees it: blocks at bus addresses, the current snapshot and the one before (for
 * deltas), and the system's overlay (Genesis stores 68000 RAM as native-endian 16-bit words, so on a little-endian
 * host the byte at bus address A sits at offset A XOR 1).
 */
public final class AddressSpace {
    private final long[] starts;
    private final int[] sizes;
    private final int overlayWidth;
    private final boolean overlaySwaps;
    private byte[][] current;
    private byte[][] previous;
    private boolean hasCurrent;
    private boolean hasPrevious;
    private final byte[] scratch = new byte[8];

    /**
     * @param starts       bus address of each block, ascending
     * @param sizes        size of each block in bytes
     * @param overlayOrder the backing and real byte orders of the overlay ({@code "=>"} for Genesis), or null
     * @param overlayWidth the overlay's word size (1 for none)
     */
    public AddressSpace(long[] starts, int[] sizes, String overlayOrder, int overlayWidth) {
        this.starts = starts.clone();
        this.sizes = sizes.clone();
        this.overlayWidth = Math.max(1, overlayWidth);
        this.overlaySwaps = overlayOrder != null && this.overlayWidth > 1
                && isBig(overlayOrder.charAt(0)) != isBig(overlayOrder.charAt(1));
        if (Integer.bitCount(this.overlayWidth) != 1) {
            throw new RetroException("overlay width must be a power of two, got " + overlayWidth);
        }
        this.current = new byte[starts.length][];
        this.previous = new byte[starts.length][];
        for (int i = 0; i < starts.length; i++) {
            current[i] = new byte[sizes[i]];
            previous[i] = new byte[sizes[i]];
        }
    }

    private static boolean isBig(char order) {
        return order == '>';
    }

    /** Makes the current snapshot the previous one and returns the arrays to fill with the new one, per block. */
    public byte[][] advance() {
        byte[][] t = previous;
        previous = current;
        current = t;
        hasPrevious = hasCurrent;
        hasCurrent = true;
        return current;
    }

    /** True once two snapshots exist, so that deltas are defined. */
    public boolean hasPrevious() {
        return hasPrevious;
    }

    public int blockCount() {
        return starts.length;
    }

    public long blockStart(int i) {
        return starts[i];
    }

    /** Total bytes of all blocks: the length of a RAM observation. */
    public int totalSize() {
        int n = 0;
        for (int s : sizes) {
            n += s;
        }
        return n;
    }

    /** Copies the current snapshot, blocks in address order, raw (without the overlay), into {@code out}. */
    public void copyRam(byte[] out) {
        int o = 0;
        for (byte[] block : current) {
            System.arraycopy(block, 0, out, o, block.length);
            o += block.length;
        }
    }

    /** True when every byte of the variable lies in a block. */
    public boolean canRead(Variable v) {
        int b = blockOf(v.address());
        if (b < 0) {
            return false;
        }
        long offset = v.address() - starts[b];
        for (int i = 0; i < v.type().width(); i++) {
            if (physical(offset + i) >= sizes[b]) {
                return false;
            }
        }
        return true;
    }

    /** The variable's value in the current snapshot. */
    public long read(Variable v) {
        return read(v, current);
    }

    /** Value now minus value at the previous snapshot; 0 before there are two snapshots. */
    public long delta(Variable v) {
        return hasPrevious ? read(v, current) - read(v, previous) : 0;
    }

    private long read(Variable v, byte[][] snapshot) {
        int b = blockOf(v.address());
        if (b < 0) {
            throw new RetroException("variable '" + v.name() + "' at address " + v.address() + " is outside the memory "
                    + "blocks " + describeBlocks());
        }
        long offset = v.address() - starts[b];
        byte[] block = snapshot[b];
        for (int i = 0; i < v.type().width(); i++) {
            long p = physical(offset + i);
            if (p >= block.length) {
                throw new RetroException("variable '" + v.name() + "' (" + v.type() + " at " + v.address()
                        + ") runs past the end of its memory block " + describeBlocks());
            }
            scratch[i] = block[(int) p];
        }
        return v.type().decode(scratch) & v.mask();
    }

    private long physical(long offset) {
        if (!overlaySwaps) {
            return offset;
        }
        long low = offset & (overlayWidth - 1);
        return offset - low + (overlayWidth - 1 - low);
    }

    /** Index of the block holding {@code address}, or -1 (as in Gym Retro, an address below a block's start fails). */
    private int blockOf(long address) {
        for (int i = 0; i < starts.length; i++) {
            if (Long.compareUnsigned(address, starts[i]) < 0) {
                return -1;
            }
            if (Long.compareUnsigned(address - starts[i], sizes[i]) < 0) {
                return i;
            }
        }
        return -1;
    }

    private String describeBlocks() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < starts.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(starts[i]).append("..").append(starts[i] + sizes[i] - 1);
        }
        return sb.append(']').toString();
    }
}
