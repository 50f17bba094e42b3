package org.jgym.env.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObstacleTargetsTest {
    private static final ObstacleTargets UNIFORM = new ObstacleTargets(ObstacleTargets.Kind.UNIFORM);
    private static final ObstacleTargets RANDOM = new ObstacleTargets(ObstacleTargets.Kind.RANDOM);
    private static final ObstacleTargets NARROW = new ObstacleTargets(ObstacleTargets.Kind.NARROW);

    private static void assertIn(Goal g, double xLow, double xHigh, double yLow, double yHigh, String what) {
        assertTrue(g.x() >= xLow && g.x() <= xHigh && g.y() >= yLow && g.y() <= yHigh, what + ": " + g);
    }

    @Test
    void uniformCyclesThroughTheFourQuadrantsInOrder() {
        List<Goal> goals = UNIFORM.sample(14, 3L);
        double[][] order = {{5, 10, 5, 10}, {0, 5, 5, 10}, {0, 5, 0, 5}, {5, 10, 0, 5}};
        for (int i = 0; i < goals.size(); i++) {
            double[] q = order[i % 4];
            assertIn(goals.get(i), q[0], q[1], q[2], q[3], "goal " + i);
        }
    }

    @Test
    void narrowAlternatesBetweenTheLeftQuadrantsStartingLow() {
        List<Goal> goals = NARROW.sample(20, 5L);
        for (int i = 0; i < goals.size(); i++) {
            if (i % 2 == 0) {
                assertIn(goals.get(i), 0, 5, 0, 5, "goal " + i);
            } else {
                assertIn(goals.get(i), 0, 5, 5, 10, "goal " + i);
            }
        }
    }

    @Test
    void randomCoversTheWholeMap() {
        List<Goal> goals = RANDOM.sample(2000, 8L);
        boolean[] quadrantSeen = new boolean[4];
        for (Goal g : goals) {
            assertIn(g, 0, 10, 0, 10, "random goal");
            quadrantSeen[(g.x() < 5 ? 0 : 1) + (g.y() < 5 ? 0 : 2)] = true;
        }
        for (boolean seen : quadrantSeen) {
            assertTrue(seen);
        }
    }

    @Test
    void goalsAreRoundedToOneDecimal() {
        for (ObstacleTargets t : List.of(UNIFORM, RANDOM, NARROW)) {
            for (Goal g : t.sample(500, 2L)) {
                assertEquals(Math.rint(g.x() * 10) / 10, g.x(), 0, t.id() + " " + g);
                assertEquals(Math.rint(g.y() * 10) / 10, g.y(), 0, t.id() + " " + g);
            }
        }
    }

    @Test
    void roundingIsHalfEvenOnTheExactBinaryValueLikePython() {
        // Python: round(0.25, 1) == 0.2, round(0.35, 1) == 0.3, round(0.45, 1) == 0.5, round(9.95, 1) == 9.9,
        // round(4.95, 1) == 5.0, round(0.05, 1) == 0.1, round(0.15, 1) == 0.1
        assertEquals(0.2, ObstacleTargets.roundToTenth(0.25));
        assertEquals(0.3, ObstacleTargets.roundToTenth(0.35));
        assertEquals(0.5, ObstacleTargets.roundToTenth(0.45));
        assertEquals(9.9, ObstacleTargets.roundToTenth(9.95));
        assertEquals(5.0, ObstacleTargets.roundToTenth(4.95));
        assertEquals(0.1, ObstacleTargets.roundToTenth(0.05));
        assertEquals(0.1, ObstacleTargets.roundToTenth(0.15));
    }

    @Test
    void fastRoundingAgreesWithExactDecimalRounding() {
        java.util.random.RandomGenerator random = org.jgym.env.api.Seeding.generator(4);
        for (int i = 0; i < 100_000; i++) {
            double v = 10 * random.nextDouble();
            double exact = new java.math.BigDecimal(v).setScale(1, java.math.RoundingMode.HALF_EVEN).doubleValue();
            assertEquals(exact, ObstacleTargets.roundToTenth(v), 0, "value " + v);
        }
    }

    @Test
    void sizesCountTheDistinctRoundedGoals() {
        assertEquals(101 * 101, UNIFORM.size().getAsLong());
        assertEquals(101 * 101, RANDOM.size().getAsLong());
        assertEquals(51 * 101, NARROW.size().getAsLong());
    }

    @Test
    void sizesMatchTheGoalsSeenInALargeSeededSample() {
        for (ObstacleTargets t : List.of(UNIFORM, NARROW)) {
            Set<Goal> seen = new HashSet<>(t.sample(400_000, 1L));
            assertEquals(t.size().getAsLong(), seen.size(), t.id());
        }
    }

    @Test
    void sameSeedGivesSameTasksAndOtherSeedsDiffer() {
        assertEquals(UNIFORM.sample(8, 42L), UNIFORM.sample(8, 42L));
        assertNotEquals(UNIFORM.sample(8, 42L), UNIFORM.sample(8, 43L));
    }

    @Test
    void idsNameTheKind() {
        assertEquals("obstacle-navigation/uniform", UNIFORM.id());
        assertEquals("obstacle-navigation/random", RANDOM.id());
        assertEquals("obstacle-navigation/narrow", NARROW.id());
    }

    @Test
    void tasksRoundTripThroughJson() {
        Goal g = UNIFORM.sample(1, 0L).get(0);
        assertEquals(g, UNIFORM.fromJson(UNIFORM.toJson(g)));
        assertEquals(new Goal(1.5, 2), UNIFORM.fromJson(JsonParser.parseString("[1.5, 2]")));
    }

    @Test
    void malformedJsonTasksNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UNIFORM.fromJson(JsonParser.parseString("{\"x\": 1}")));
        assertTrue(e.getMessage().contains("field y"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> UNIFORM.fromJson(JsonParser.parseString("{\"x\": 1, \"y\": 2, \"z\": 3}")));
        assertTrue(e.getMessage().contains("'z'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> UNIFORM.fromJson(JsonParser.parseString("[1, 2, 3]")));
        assertTrue(e.getMessage().contains("3 values"), e.getMessage());
    }

    @Test
    void negativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> UNIFORM.sample(-1, 0L));
    }
}
