package org.jgym.env.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The info map of {@link StepResult} and {@link ResetResult}: an insertion-ordered map (like a Python dict) that keeps
 * its storage across {@link #clear()}.
 *
 * <p>An env clears it and puts the same few keys at every step; a {@code HashMap} would allocate a node per put,
 * which at tens of thousands of steps per second keeps the young generation, and the kernel's page faults for it,
 * busy. Here a put after a clear reuses an array slot, so a step allocates only its boxed values. Lookups scan the
 * keys, which suits the handful of entries an info holds.
 */
public final class InfoMap extends AbstractMap<String, Object> {
    private static final int INITIAL_CAPACITY = 8;

    private String[] keys = new String[INITIAL_CAPACITY];
    private Object[] values = new Object[INITIAL_CAPACITY];
    private int size;
    private final EntryView entries = new EntryView();

    /** An empty map. */
    public InfoMap() {
    }

    /** A map holding {@code source}'s entries in its iteration order. */
    public InfoMap(Map<String, ?> source) {
        putAll(source);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int index = indexOf(key);
        return index >= 0 ? values[index] : null;
    }

    @Override
    public Object put(String key, Object value) {
        int index = indexOf(key);
        if (index >= 0) {
            Object previous = values[index];
            values[index] = value;
            return previous;
        }
        if (size == keys.length) {
            int capacity = 2 * size;
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int index = indexOf(key);
        if (index < 0) {
            return null;
        }
        Object previous = values[index];
        removeAt(index);
        return previous;
    }

    @Override
    public void clear() {
        // drop the references so that cleared values can be collected; the arrays stay
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return entries;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int index) {
        int tail = size - index - 1;
        System.arraycopy(keys, index + 1, keys, index, tail);
        System.arraycopy(values, index + 1, values, index, tail);
        size--;
        keys[size] = null;
        values[size] = null;
    }

    /** The entries in insertion order; its iterator supports {@code remove} and its entries {@code setValue}. */
    private final class EntryView extends AbstractSet<Entry<String, Object>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            InfoMap.this.clear();
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;
                private int last = -1;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Entry<String, Object> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    last = next++;
                    return new Slot(last);
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException("remove() needs a preceding next()");
                    }
                    removeAt(last);
                    next = last;
                    last = -1;
                }
            };
        }
    }

    /** A snapshot of one entry whose {@code setValue} also writes the map while the map still holds its key. */
    private final class Slot extends AbstractMap.SimpleEntry<String, Object> {
        Slot(int index) {
            super(keys[index], values[index]);
        }

        @Override
        public Object setValue(Object value) {
            int index = indexOf(getKey());
            if (index >= 0) {
                values[index] = value;
            }
            return super.setValue(value);
        }
    }
}
