package org.jgym.env.api.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.jgym.env.api.Json;
import org.junit.jupiter.api.Test;

class BoxTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void rejectsLowAboveHigh() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Box.float32(new double[] {0, 2}, new double[] {1, 1}, 2));
        assertEquals("Box: low[1]=2.0 is above high[1]=1.0; every low must be <= high", e.getMessage());
    }

    @Test
    void rejectsNanBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Box.float64(Double.NaN, 1, 1));
        assertEquals("Box: low[0] and high[0] must not be NaN", e.getMessage());
    }

    @Test
    void rejectsBoundsOfWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Box.float32(new double[] {0, 0}, new double[] {1, 1}, 3));
        assertEquals("Box: low has 2 values; it must have 1 or prod(shape)=3", e.getMessage());
    }

    @Test
    void rejectsNonPositiveDimension() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Box.float32(0, 1, 2, 0));
        assertEquals("Box: every dimension of shape must be > 0, got [2, 0]", e.getMessage());
    }

    @Test
    void rejectsBoundsOutsideTheDtypeRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Box.uint8(0, 256, 1));
        assertEquals("Box: bounds [0.0, 256.0] at index 0 exceed the range of uint8 [0.0, 255.0]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Box.int32(Double.NEGATIVE_INFINITY, 0, 1));
    }

    @Test
    void integerHighIsFloored() {
        Box<int[]> box = Box.int32(-1.5, 2.7, 1);
        assertEquals(-2, box.low(0));
        assertEquals(2, box.high(0));
    }

    @Test
    void containsRejectsWrongJavaType() {
        Box<float[]> box = Box.float32(-1, 1, 3);
        assertFalse(box.contains(new double[3]));
        assertFalse(box.contains(new int[3]));
        assertFalse(box.contains(null));
        assertFalse(box.contains(0.5f));
        assertTrue(box.contains(new float[3]));
    }

    @Test
    void containsRejectsWrongLength() {
        Box<double[]> box = Box.float64(-1, 1, 2, 2);
        assertFalse(box.contains(new double[3]));
        assertFalse(box.contains(new double[5]));
        assertTrue(box.contains(new double[4]));
    }

    @Test
    void containsChecksEveryBoundOfEveryDtype() {
        assertFalse(Box.float32(-1, 1, 2).contains(new float[] {0, 1.0001f}));
        assertTrue(Box.float32(-1, 1, 2).contains(new float[] {-1, 1}));
        assertFalse(Box.float64(-1, 1, 2).contains(new double[] {-1.0000001, 0}));
        assertTrue(Box.int32(0, 5, 2).contains(new int[] {0, 5}));
        assertFalse(Box.int32(0, 5, 2).contains(new int[] {0, 6}));
        assertTrue(Box.int64(-3, 3, 1).contains(new long[] {-3}));
        assertFalse(Box.int64(-3, 3, 1).contains(new long[] {-4}));
        // uint8 elements are unsigned: the byte -1 is 255
        assertTrue(Box.uint8(0, 255, 2).contains(new byte[] {(byte) 255, 0}));
        assertFalse(Box.uint8(0, 200, 1).contains(new byte[] {(byte) 201}));
        assertTrue(Box.uint8(10, 200, 1).contains(new byte[] {(byte) 200}));
    }

    @Test
    void containsRejectsNanEvenInAnUnboundedBox() {
        Box<float[]> box = Box.float32(Double.NEGATIVE_INFINITY, INF, 2);
        assertTrue(box.contains(new float[] {Float.MAX_VALUE, Float.NEGATIVE_INFINITY}));
        assertFalse(box.contains(new float[] {0, Float.NaN}));
        assertFalse(Box.float64(-INF, INF, 1).contains(new double[] {Double.NaN}));
    }

    @Test
    void describeViolationNamesTypeShapeAndElement() {
        Box<float[]> box = Box.float32(-1, 1, 3);
        String expected = "expected float[] of length 3 (Box(-1.0, 1.0, [3], float32))";
        assertEquals(expected + ", got double[] of length 3", box.describeViolation(new double[3]));
        assertEquals(expected + ", got null", box.describeViolation(null));
        assertEquals(expected + ", got Integer 1", box.describeViolation(1));
        assertEquals(expected + ", got wrong shape: length 2", box.describeViolation(new float[2]));
        assertEquals("element [2] = 1.5 is outside [-1.0, 1.0]", box.describeViolation(new float[] {0, 0, 1.5f}));
        assertEquals("element [1] is NaN; every element must be a number in its bounds",
                box.describeViolation(new float[] {0, Float.NaN, 0}));
        assertNull(box.describeViolation(new float[] {0, 0, 0}));
        assertEquals("element [0] = 201.0 is outside [0.0, 200.0]",
                Box.uint8(0, 200, 1).describeViolation(new byte[] {(byte) 201}));
    }

    @Test
    void castThrowsWithViolationAndSpace() {
        Box<float[]> box = Box.float32(-1, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> box.cast(new float[] {2}));
        assertEquals("element [0] = 2.0 is outside [-1.0, 1.0]; the space is Box(-1.0, 1.0, [1], float32)", e.getMessage());
    }

    @Test
    void seededSamplingIsReproducibleAndInsideBoundsForEveryDtype() {
        for (DType dtype : DType.values()) {
            double low = dtype == DType.UINT8 ? 3 : -7;
            Box<?> a = Box.of(dtype, new double[] {low}, new double[] {12}, 4, 5);
            Box<?> b = Box.of(dtype, new double[] {low}, new double[] {12}, 4, 5);
            a.seed(123);
            b.seed(123);
            for (int k = 0; k < 200; k++) {
                Object x = a.sample();
                assertTrue(a.contains(x), dtype + ": " + a.describeViolation(x));
                assertTrue(org.jgym.env.api.Values.equal(x, b.sample()), dtype + ": same seed, different sample");
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        Box<double[]> a = Box.float64(0, 1, 8);
        Box<double[]> b = Box.float64(0, 1, 8);
        a.seed(1);
        b.seed(2);
        assertFalse(java.util.Arrays.equals(a.sample(), b.sample()));
    }

    @Test
    void integerSamplingReachesBothInclusiveBounds() {
        Box<int[]> box = Box.int32(-2, 2, 1);
        box.seed(5);
        int[] counts = new int[5];
        for (int k = 0; k < 2000; k++) {
            counts[box.sample()[0] + 2]++;
        }
        for (int c : counts) {
            assertTrue(c > 300 && c < 500, "each of the 5 values drawn about 400 times: " + java.util.Arrays.toString(counts));
        }
    }

    @Test
    void fullRangeIntegerBoxesSampleInsideRange() {
        Box<?> i64 = Box.of(DType.INT64, new double[] {Long.MIN_VALUE}, new double[] {Long.MAX_VALUE}, 3);
        Box<?> u8 = Box.uint8(0, 255, 3);
        i64.seed(9);
        u8.seed(9);
        for (int k = 0; k < 100; k++) {
            assertTrue(i64.contains(i64.sample()));
            assertTrue(u8.contains(u8.sample()));
        }
    }

    @Test
    void halfBoundedAndUnboundedCoordinatesSampleLikeGymnasium() {
        // coordinate 0: [2, inf) -> 2 + Exp(1); 1: (-inf, -3] -> -3 - Exp(1); 2: unbounded -> N(0, 1); 3: [0, 1] uniform
        Box<double[]> box = Box.float64(new double[] {2, -INF, -INF, 0}, new double[] {INF, -3, INF, 1}, 4);
        box.seed(77);
        int n = 20000;
        double[] sum = new double[4];
        double sumSq2 = 0;
        for (int k = 0; k < n; k++) {
            double[] x = box.sample();
            assertTrue(box.contains(x));
            assertTrue(x[0] >= 2 && x[1] <= -3 && x[3] >= 0 && x[3] <= 1);
            for (int i = 0; i < 4; i++) {
                sum[i] += x[i];
            }
            sumSq2 += x[2] * x[2];
        }
        assertEquals(3.0, sum[0] / n, 0.05, "mean of 2 + Exp(1)");
        assertEquals(-4.0, sum[1] / n, 0.05, "mean of -3 - Exp(1)");
        assertEquals(0.0, sum[2] / n, 0.05, "mean of N(0, 1)");
        assertEquals(1.0, sumSq2 / n, 0.05, "variance of N(0, 1)");
        assertEquals(0.5, sum[3] / n, 0.02, "mean of U(0, 1)");
    }

    @Test
    void float32SamplesAreFloatRoundedAndClamped() {
        Box<float[]> box = Box.float32(new double[] {0.1}, new double[] {0.1000001}, 1);
        box.seed(3);
        for (int k = 0; k < 50; k++) {
            assertTrue(box.contains(box.sample()));
        }
    }

    @Test
    void copyIsDeepAndEqual() {
        Box<long[]> box = Box.int64(0, 10, 3);
        long[] v = {1, 2, 3};
        long[] c = box.copy(v);
        assertNotSame(v, c);
        assertArrayEquals(v, c);
        v[0] = 9;
        assertEquals(1, c[0]);
    }

    @Test
    void clipMovesElementsIntoBoundsAndNanToLow() {
        Box<float[]> box = Box.float32(new double[] {-1, 0, -2}, new double[] {1, 5, 2}, 3);
        float[] v = {3, -1, Float.NaN};
        box.clip(v);
        assertArrayEquals(new float[] {1, 0, -2}, v);
    }

    @Test
    void batchedPrependsTheCopyAxisAndRepeatsBounds() {
        Box<float[]> box = Box.float32(new double[] {-1, 0}, new double[] {1, 2}, 2);
        Box<float[]> batched = box.batched(3);
        assertArrayEquals(new int[] {3, 2}, batched.shape());
        assertArrayEquals(new double[] {-1, 0, -1, 0, -1, 0}, batched.low());
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, batched.high());
        assertEquals(DType.FLOAT32, batched.dtype());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> box.batched(0));
        assertEquals("batch size must be > 0, got 0", e.getMessage());
    }

    @Test
    void batchWriteAndReadRoundTrip() {
        Box<int[]> box = Box.int32(0, 100, 2, 2);
        Object batch = box.newBatch(3);
        assertEquals(12, ((int[]) batch).length);
        int[][] values = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
        for (int i = 0; i < 3; i++) {
            box.writeToBatch(values[i], batch, i);
        }
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, (int[]) batch);
        assertTrue(box.batched(3).contains(batch));
        int[] reuse = new int[4];
        assertArrayEquals(values[1], box.readFromBatch(batch, 1, reuse));
        assertArrayEquals(values[1], reuse);
        assertArrayEquals(values[2], box.readFromBatch(batch, 2, null));
    }

    @Test
    void jsonRoundTripKeepsInfiniteBounds() {
        Box<double[]> box = Box.float64(new double[] {-INF, 0}, new double[] {INF, INF}, 2);
        JsonObject json = box.toJson();
        assertEquals("{\"type\":\"Box\",\"dtype\":\"float64\",\"shape\":[2],\"low\":[-Infinity,0.0],\"high\":Infinity}",
                Json.GSON.toJson(json));
        assertEquals(box, Spaces.fromJson(json));
        // through text, as the Python bridge sends it
        JsonObject parsed = Json.parse(Json.GSON.toJson(json), "space").getAsJsonObject();
        assertEquals(box, Spaces.fromJson(parsed));
    }

    @Test
    void jsonCompressesEqualBoundsToScalarsAndExpandsThemBack() {
        Box<byte[]> image = Box.uint8(0, 255, 4, 3, 3);
        JsonObject json = image.toJson();
        assertEquals(0.0, json.get("low").getAsDouble());
        assertTrue(json.get("high").isJsonPrimitive());
        Box<?> back = (Box<?>) Spaces.fromJson(json);
        assertEquals(image, back);
        assertEquals(36, back.size());
        assertArrayEquals(new int[] {4, 3, 3}, back.shape());
        assertEquals(255, back.high(35));
    }

    @Test
    void jsonRoundTripForEveryDtype() {
        for (DType dtype : DType.values()) {
            Box<?> box = Box.of(dtype, new double[] {0, 1, 2}, new double[] {3, 4, 5}, 3);
            assertEquals(box, Spaces.fromJson(box.toJson()), dtype.numpyName());
            assertEquals(dtype.numpyName(), box.toJson().get("dtype").getAsString());
        }
    }

    @Test
    void isBoundedOnlyWithoutInfiniteBounds() {
        assertTrue(Box.float32(-1, 1, 2).isBounded());
        assertFalse(Box.float32(new double[] {-1, 0}, new double[] {1, INF}, 2).isBounded());
    }

    @Test
    void toStringListsBoundsShapeAndDtype() {
        assertEquals("Box(0.0, 5.0, [2], int64)", Box.int64(0, 5, 2).toString());
        assertEquals("Box([0.0,1.0], 2.0, [2], float32)",
                Box.float32(new double[] {0, 1}, new double[] {2, 2}, 2).toString());
    }
}
