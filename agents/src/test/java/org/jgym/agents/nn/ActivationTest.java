package org.jgym.agents.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationTest {
    @Test
    void fastTanhAgreesWithMathTanhToARelativeErrorOfAFewUlps() {
        double worst = 0;
        String where = "";
        // 1e-12 .. 30, both signs, dense enough to cross the 0.03 and 20 branch points
        for (double x = 1e-12; x < 30; x *= 1.001) {
            for (double s : new double[] {x, -x}) {
                double error = Math.abs(Activation.tanh(s) - Math.tanh(s)) / Math.abs(Math.tanh(s));
                if (error > worst) {
                    worst = error;
                    where = "x = " + s;
                }
            }
        }
        assertTrue(worst < 2e-15, "largest relative error " + worst + " at " + where);
    }

    @Test
    void fastTanhKeepsTheSpecialValues() {
        assertEquals(1.0, Activation.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Activation.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Activation.tanh(-0.0)));
    }

    @Test
    void tanhCurvatureTermIsMinusTwoATimesRaTimesG() {
        float[] a = {0.5f, -0.25f};
        float[] ra = {2f, 4f};
        float[] g = {3f, 1f};
        float[] rg = {1f, 1f};
        Activation.TANH.addDerivativeR(a, ra, g, rg, 2);
        assertEquals(1f - 2f * 0.5f * 2f * 3f, rg[0]);
        assertEquals(1f + 2f * 0.25f * 4f * 1f, rg[1]);
        float[] unchanged = {1f, 1f};
        Activation.RELU.addDerivativeR(a, ra, g, unchanged, 2);
        assertEquals(1f, unchanged[0]);
    }
}
