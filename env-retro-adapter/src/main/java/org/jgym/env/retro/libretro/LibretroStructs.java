package org.jgym.env.retro.libretro;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/** The libretro.h structures the frontend exchanges with a core, field for field in declaration order. */
public final class LibretroStructs {
    private LibretroStructs() {
    }

    /** {@code struct retro_game_info}. */
    @Structure.FieldOrder({"path", "data", "size", "meta"})
    public static final class GameInfo extends Structure {
        public String path;
        public Pointer data;
        public long size;
        public String meta;
    }

    /** {@code struct retro_system_info}. */
    @Structure.FieldOrder({"library_name", "library_version", "valid_extensions", "need_fullpath", "block_extract"})
    public static final class SystemInfo extends Structure {
        public String library_name;
        public String library_version;
        public String valid_extensions;
        public byte need_fullpath;
        public byte block_extract;
    }

    /** {@code struct retro_game_geometry}. */
    @Structure.FieldOrder({"base_width", "base_height", "max_width", "max_height", "aspect_ratio"})
    public static class GameGeometry extends Structure {
        public int base_width;
        public int base_height;
        public int max_width;
        public int max_height;
        public float aspect_ratio;
    }

    /** {@code struct retro_system_timing}. */
    @Structure.FieldOrder({"fps", "sample_rate"})
    public static class SystemTiming extends Structure {
        public double fps;
        public double sample_rate;
    }

    /** {@code struct retro_system_av_info}. */
    @Structure.FieldOrder({"geometry", "timing"})
    public static final class SystemAvInfo extends Structure {
        public GameGeometry geometry;
        public SystemTiming timing;
    }

    /** {@code struct retro_variable}: the core sets {@code key}, the frontend answers {@code value}. */
    @Structure.FieldOrder({"key", "value"})
    public static final class Variable extends Structure {
        public Pointer key;
        public Pointer value;

        public Variable(Pointer p) {
            super(p);
        }

        public Variable() {
        }
    }

    /** {@code struct retro_memory_descriptor}. */
    @Structure.FieldOrder({"flags", "ptr", "offset", "start", "select", "disconnect", "len", "addrspace"})
    public static final class MemoryDescriptor extends Structure {
        public long flags;
        public Pointer ptr;
        public long offset;
        public long start;
        public long select;
        public long disconnect;
        public long len;
        public Pointer addrspace;

        public MemoryDescriptor(Pointer p) {
            super(p);
        }

        public MemoryDescriptor() {
        }
    }

    /** {@code struct retro_memory_map}. */
    @Structure.FieldOrder({"descriptors", "num_descriptors"})
    public static final class MemoryMap extends Structure {
        public Pointer descriptors;
        public int num_descriptors;

        public MemoryMap(Pointer p) {
            super(p);
        }

        public MemoryMap() {
        }
    }
}
