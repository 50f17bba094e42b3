package org.jgym.agents.policy;

import com.google.gson.JsonObject;
import java.util.random.RandomGenerator;
import org.jgym.agents.nn.Activation;
import org.jgym.agents.nn.Mlp;
import org.jgym.agents.nn.NetworkCurvature;
import org.jgym.agents.nn.Precision;

/**
 * Diagonal Gaussian policy for Box actions: an MLP gives the mean, a learned state-independent log-std vector
 * (initialised to {@code log(initStd)}) gives the spread. Parameters: the MLP's, then the {@code actionSize}
 * log-stds. As in the MAML code bases, the log-std is adapted by the inner loop together with the network.
 */
public final class GaussianMlpPolicy extends Policy {
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private final int actionSize;
    private final double initStd;

    /**
     * @param observationSize length of a flat observation
     * @param actionSize dimension of the action vector
     * @param hidden hidden layer widths, e.g. {100, 100}
     * @param activation hidden nonlinearity
     * @param initStd initial standard deviation, positive (MAML: 1.0)
     */
    public GaussianMlpPolicy(int observationSize, int actionSize, int[] hidden, Activation activation, double initStd) {
        super(observationSize, actionSize, hidden, activation);
        if (!(initStd > 0)) throw new IllegalArgumentException("initial std must be > 0, got " + initStd);
        this.actionSize = actionSize;
        this.initStd = initStd;
    }

    public int actionSize() {
        return actionSize;
    }

    public double initStd() {
        return initStd;
    }

    @Override
    public int actionWidth() {
        return actionSize;
    }

    @Override
    public int numParams() {
        return mlp.numParams() + actionSize;
    }

    @Override
    public double[] initialParams(RandomGenerator rng) {
        double[] params = new double[numParams()];
        mlp.initXavier(params, rng);
        java.util.Arrays.fill(params, mlp.numParams(), params.length, Math.log(initStd));
        return params;
    }

    @Override
    public PolicyEvaluation evaluate(double[] params, double[] obs, double[] actions, int rows) {
        return new Evaluation(params, obs, actions, rows);
    }

    @Override
    public void act(double[] params, double[] obs, int rows, Mlp.Trace trace, RandomGenerator rng,
                    boolean deterministic, double[] actionsOut) {
        double[] mean = mlp.forward(params, obs, rows, trace).output();
        int logStdOffset = mlp.numParams();
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < actionSize; j++) {
                int i = r * actionSize + j;
                actionsOut[i] = deterministic ? mean[i]
                        : mean[i] + Math.exp(params[logStdOffset + j]) * rng.nextGaussian();
            }
        }
    }

    @Override
    protected String typeName() {
        return "gaussian";
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = super.toJson();
        json.addProperty("actionSize", actionSize);
        json.addProperty("initStd", initStd);
        return json;
    }

    private final class Evaluation extends PolicyEvaluation {
        private final double[] outGrad;
        private final double[] invVar = new double[actionSize];
        private final int logStdOffset = mlp.numParams();

        Evaluation(double[] params, double[] obs, double[] actions, int rows) {
            super(GaussianMlpPolicy.this.mlp, params, obs, actions, rows);
            outGrad = new double[rows * actionSize];
            for (int j = 0; j < actionSize; j++) invVar[j] = Math.exp(-2 * params[logStdOffset + j]);
        }

        @Override
        protected double[] computeLogProbs() {
            double[] mean = trace.output();
            double[] out = new double[rows];
            double logStdSum = 0;
            for (int j = 0; j < actionSize; j++) logStdSum += params[logStdOffset + j];
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int j = 0; j < actionSize; j++) {
                    double diff = actions[r * actionSize + j] - mean[r * actionSize + j];
                    sum += diff * diff * invVar[j];
                }
                out[r] = -0.5 * sum - logStdSum - actionSize * HALF_LOG_TWO_PI;
            }
            return out;
        }

        @Override
        public void gradient(double[] weights, double[] gradOut) {
            double[] mean = trace.output();
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < actionSize; j++) {
                    int i = r * actionSize + j;
                    double scaled = (actions[i] - mean[i]) * invVar[j];
                    outGrad[i] = weights[r] * scaled;
                    gradOut[logStdOffset + j] += weights[r] * (scaled * (actions[i] - mean[i]) - 1);
                }
            }
            mlp.backward(params, trace, outGrad, gradOut);
        }

        @Override
        public CurvatureOperator hessian(double[] weights, Precision precision) {
            NetworkCurvature net = curvature(precision);
            double[] mean = trace.output();
            double[] g = new double[rows * actionSize];
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < actionSize; j++) {
                    int i = r * actionSize + j;
                    g[i] = weights[r] * (actions[i] - mean[i]) * invVar[j];
                }
            }
            NetworkCurvature.BackwardChain chain = net.chain(g);
            double[] gR = new double[rows * actionSize];
            return (v, hvOut) -> {
                double[] meanR = net.forwardR(v);
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < actionSize; j++) {
                        int i = r * actionSize + j;
                        double diff = actions[i] - mean[i];
                        double vs = v[logStdOffset + j];
                        gR[i] = weights[r] * (-meanR[i] * invVar[j] - 2 * diff * invVar[j] * vs);
                        hvOut[logStdOffset + j] += weights[r]
                                * (-2 * diff * invVar[j] * meanR[i] - 2 * diff * diff * invVar[j] * vs);
                    }
                }
                net.backwardR(chain, v, gR, hvOut);
            };
        }

        @Override
        public CurvatureOperator fisher(double[] rowWeights, Precision precision) {
            NetworkCurvature net = curvature(precision);
            double[] g = new double[rows * actionSize];
            double weightSum = 0;
            for (int r = 0; r < rows; r++) weightSum += rowWeights[r];
            double logStdCurvature = 2 * weightSum;
            return (v, out) -> {
                double[] meanR = net.forwardR(v);
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < actionSize; j++) {
                        int i = r * actionSize + j;
                        g[i] = meanR[i] * invVar[j] * rowWeights[r];
                    }
                }
                net.backward(g, out);
                for (int j = 0; j < actionSize; j++) out[logStdOffset + j] += logStdCurvature * v[logStdOffset + j];
            };
        }

        @Override
        public double[] distribution() {
            double[] mean = trace.output();
            double[] dist = new double[rows * actionSize + actionSize];
            System.arraycopy(mean, 0, dist, 0, rows * actionSize);
            System.arraycopy(params, logStdOffset, dist, rows * actionSize, actionSize);
            return dist;
        }

        @Override
        public double kl(double[] old, double[] rowWeights) {
            double[] mean = trace.output();
            int oldLogStd = rows * actionSize;
            double total = 0;
            for (int j = 0; j < actionSize; j++) {
                double s = params[logStdOffset + j];
                double so = old[oldLogStd + j];
                double var = Math.exp(2 * s);
                double invOldVar = Math.exp(-2 * so);
                // KL(N(m, e^2s) || N(m_old, e^2so)) = so - s + (e^2s + (m - m_old)^2) / (2 e^2so) - 1/2
                for (int r = 0; r < rows; r++) {
                    double d = mean[r * actionSize + j] - old[r * actionSize + j];
                    total += rowWeights[r] * (so - s + (var + d * d) * invOldVar * 0.5 - 0.5);
                }
            }
            return total;
        }
    }
}
