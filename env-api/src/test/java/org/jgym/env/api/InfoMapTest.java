package org.jgym.env.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InfoMapTest {

    @Test
    void behavesLikeLinkedHashMapUnderRandomOperations() {
        Random random = new Random(7);
        InfoMap map = new InfoMap();
        Map<String, Object> reference = new LinkedHashMap<>();
        for (int op = 0; op < 20_000; op++) {
            // new String(...) so that equal keys are not always the same reference
            String key = random.nextInt(30) == 0 ? null : new String("k" + random.nextInt(20));
            switch (random.nextInt(6)) {
                case 0, 1 -> assertEquals(reference.put(key, op), map.put(key, op));
                case 2 -> assertEquals(reference.remove(key), map.remove(key));
                case 3 -> assertEquals(reference.get(key), map.get(key));
                case 4 -> {
                    if (random.nextInt(20) == 0) {
                        reference.clear();
                        map.clear();
                    }
                    assertEquals(reference.containsKey(key), map.containsKey(key));
                }
                default -> {
                    Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator();
                    while (it.hasNext()) {
                        Map.Entry<String, Object> entry = it.next();
                        if (random.nextInt(8) == 0) {
                            it.remove();
                            reference.remove(entry.getKey());
                        }
                    }
                }
            }
            assertEquals(reference.size(), map.size());
            assertEquals(new ArrayList<>(reference.keySet()), new ArrayList<>(map.keySet()), "insertion order");
        }
        assertEquals(reference, map);
        assertEquals(map, reference);
        assertEquals(reference.hashCode(), map.hashCode());
        assertEquals(reference.toString(), map.toString());
    }

    @Test
    void entriesWriteThroughAndIteratorGuardsRemove() {
        InfoMap map = new InfoMap(Map.of("a", 1));
        Map.Entry<String, Object> entry = map.entrySet().iterator().next();
        assertEquals(1, entry.setValue(2));
        assertEquals(2, map.get("a"));
        Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator();
        assertThrows(IllegalStateException.class, it::remove);
        it.next();
        it.remove();
        assertTrue(map.isEmpty());
        assertFalse(it.hasNext());
        assertNull(map.get("a"));
    }

    @Test
    void clearThenPutOfTheSameKeysAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        InfoMap map = new InfoMap();
        List<String> keys = List.of("x_position", "x_velocity", "reward_forward", "reward_ctrl", "reward_contact");
        Boolean value = Boolean.TRUE; // a cached box: only the map itself could allocate
        for (int warm = 0; warm < 20_000; warm++) {
            fill(map, keys, value);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int step = 0; step < 100_000; step++) {
            fill(map, keys, value);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // a HashMap allocates 5 nodes (160 bytes) per round, 16 MB in all; allow for the measurement itself
        assertTrue(allocated < 100_000, "allocated " + allocated + " bytes in 100000 clear-and-put rounds");
    }

    private static void fill(InfoMap map, List<String> keys, Object value) {
        map.clear();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), value);
        }
    }
}
