package org.jgym.agents.policy;

import com.google.gson.JsonObject;
import java.util.random.RandomGenerator;
import org.jgym.agents.nn.Activation;
import org.jgym.agents.nn.Mlp;
import org.jgym.agents.nn.NetworkCurvature;
import org.jgym.agents.nn.Precision;

/** Categorical policy for Discrete(n) actions: the MLP gives n logits, actions are drawn from their softmax. */
public final class CategoricalMlpPolicy extends Policy {
    private final int numActions;

    /**
     * @param observationSize length of a flat observation
     * @param numActions number of discrete actions, at least 2
     * @param hidden hidden layer widths
     * @param activation hidden nonlinearity
     */
    public CategoricalMlpPolicy(int observationSize, int numActions, int[] hidden, Activation activation) {
        super(observationSize, numActions, hidden, activation);
        if (numActions < 2) throw new IllegalArgumentException("a categorical policy needs >= 2 actions, got " + numActions);
        this.numActions = numActions;
    }

    public int numActions() {
        return numActions;
    }

    @Override
    public int actionWidth() {
        return 1;
    }

    @Override
    public int numParams() {
        return mlp.numParams();
    }

    @Override
    public double[] initialParams(RandomGenerator rng) {
        double[] params = new double[numParams()];
        mlp.initXavier(params, rng);
        return params;
    }

    @Override
    public PolicyEvaluation evaluate(double[] params, double[] obs, double[] actions, int rows) {
        return new Evaluation(params, obs, actions, rows);
    }

    @Override
    public void act(double[] params, double[] obs, int rows, Mlp.Trace trace, RandomGenerator rng,
                    boolean deterministic, double[] actionsOut) {
        double[] logits = mlp.forward(params, obs, rows, trace).output();
        for (int r = 0; r < rows; r++) {
            int base = r * numActions;
            double max = Double.NEGATIVE_INFINITY;
            int argmax = 0;
            for (int k = 0; k < numActions; k++) {
                if (logits[base + k] > max) {
                    max = logits[base + k];
                    argmax = k;
                }
            }
            if (deterministic) {
                actionsOut[r] = argmax;
                continue;
            }
            double sum = 0;
            for (int k = 0; k < numActions; k++) sum += Math.exp(logits[base + k] - max);
            double u = rng.nextDouble() * sum;
            int chosen = numActions - 1;
            for (int k = 0; k < numActions; k++) {
                u -= Math.exp(logits[base + k] - max);
                if (u <= 0) {
                    chosen = k;
                    break;
                }
            }
            actionsOut[r] = chosen;
        }
    }

    @Override
    protected String typeName() {
        return "categorical";
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = super.toJson();
        json.addProperty("numActions", numActions);
        return json;
    }

    private final class Evaluation extends PolicyEvaluation {
        private final double[] probs;
        private final double[] logSumExp;
        private final double[] outGrad;

        Evaluation(double[] params, double[] obs, double[] actions, int rows) {
            super(CategoricalMlpPolicy.this.mlp, params, obs, actions, rows);
            double[] logits = trace.output();
            probs = new double[rows * numActions];
            logSumExp = new double[rows];
            for (int r = 0; r < rows; r++) {
                int base = r * numActions;
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < numActions; k++) max = Math.max(max, logits[base + k]);
                double sum = 0;
                for (int k = 0; k < numActions; k++) {
                    probs[base + k] = Math.exp(logits[base + k] - max);
                    sum += probs[base + k];
                }
                for (int k = 0; k < numActions; k++) probs[base + k] /= sum;
                logSumExp[r] = max + Math.log(sum);
            }
            outGrad = new double[rows * numActions];
        }

        @Override
        protected double[] computeLogProbs() {
            double[] logits = trace.output();
            double[] out = new double[rows];
            for (int r = 0; r < rows; r++) out[r] = logits[r * numActions + (int) actions[r]] - logSumExp[r];
            return out;
        }

        @Override
        public void gradient(double[] weights, double[] gradOut) {
            for (int r = 0; r < rows; r++) {
                int base = r * numActions;
                int a = (int) actions[r];
                for (int k = 0; k < numActions; k++) {
                    outGrad[base + k] = weights[r] * ((k == a ? 1 : 0) - probs[base + k]);
                }
            }
            mlp.backward(params, trace, outGrad, gradOut);
        }

        @Override
        public CurvatureOperator hessian(double[] weights, Precision precision) {
            NetworkCurvature net = curvature(precision);
            double[] g = new double[rows * numActions];
            for (int r = 0; r < rows; r++) {
                int base = r * numActions;
                int a = (int) actions[r];
                for (int k = 0; k < numActions; k++) g[base + k] = weights[r] * ((k == a ? 1 : 0) - probs[base + k]);
            }
            NetworkCurvature.BackwardChain chain = net.chain(g);
            double[] gR = new double[rows * numActions];
            return (v, hvOut) -> {
                double[] logitsR = net.forwardR(v);
                for (int r = 0; r < rows; r++) {
                    int base = r * numActions;
                    double meanR = expectedLogitR(logitsR, base);
                    for (int k = 0; k < numActions; k++) {
                        gR[base + k] = -weights[r] * probs[base + k] * (logitsR[base + k] - meanR);
                    }
                }
                net.backwardR(chain, v, gR, hvOut);
            };
        }

        @Override
        public CurvatureOperator fisher(double[] rowWeights, Precision precision) {
            NetworkCurvature net = curvature(precision);
            double[] g = new double[rows * numActions];
            return (v, out) -> {
                double[] logitsR = net.forwardR(v);
                for (int r = 0; r < rows; r++) {
                    int base = r * numActions;
                    double meanR = expectedLogitR(logitsR, base);
                    for (int k = 0; k < numActions; k++) {
                        g[base + k] = rowWeights[r] * probs[base + k] * (logitsR[base + k] - meanR);
                    }
                }
                net.backward(g, out);
            };
        }

        /** sum_k p_k R{logit_k} of one row. */
        private double expectedLogitR(double[] logitsR, int base) {
            double meanR = 0;
            for (int k = 0; k < numActions; k++) meanR += probs[base + k] * logitsR[base + k];
            return meanR;
        }

        @Override
        public double[] distribution() {
            double[] logits = trace.output();
            double[] logProbsAll = new double[rows * numActions];
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < numActions; k++) {
                    logProbsAll[r * numActions + k] = logits[r * numActions + k] - logSumExp[r];
                }
            }
            return logProbsAll;
        }

        @Override
        public double kl(double[] oldLogProbs, double[] rowWeights) {
            double[] logits = trace.output();
            double total = 0;
            for (int r = 0; r < rows; r++) {
                double row = 0;
                for (int k = 0; k < numActions; k++) {
                    int i = r * numActions + k;
                    double lp = logits[i] - logSumExp[r];
                    row += Math.exp(lp) * (lp - oldLogProbs[i]);
                }
                total += rowWeights[r] * row;
            }
            return total;
        }
    }
}
