package org.jgym.agents.sampling;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.jgym.agents.nn.Mlp;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.rl.BatchAveraging;
import org.jgym.agents.rl.TrajectoryBatch;

/**
 * Collects K episodes of one task with one policy, stepping K env copies in lock-step so that the policy runs one
 * batched forward pass per time step. Everything random (env resets, action noise) derives from the given seed,
 * so the result does not depend on which thread runs it. Env instances are pooled per thread.
 */
public final class TrajectorySampler {
    private final TaskEnvironment environment;
    private final ActionScaling scaling;
    private final BatchAveraging averaging;
    private final ThreadLocal<Deque<EpisodicEnv>> pool = ThreadLocal.withInitial(ArrayDeque::new);

    public TrajectorySampler(TaskEnvironment environment, ActionScaling scaling) {
        this(environment, scaling, BatchAveraging.EPISODE);
    }

    /** @param averaging how the batches it returns average their steps ({@link TrajectoryBatch#rowWeights()}) */
    public TrajectorySampler(TaskEnvironment environment, ActionScaling scaling, BatchAveraging averaging) {
        this.environment = environment;
        this.scaling = scaling;
        this.averaging = averaging;
    }

    public TaskEnvironment environment() {
        return environment;
    }

    /**
     * @param deterministic act with the mean/mode instead of sampling
     * @param trajectoriesOut if non-null, receives each episode's observation sequence (for plots)
     */
    public TrajectoryBatch sample(Policy policy, double[] params, Object task, int episodes, long seed,
                                  boolean deterministic, double[][][] trajectoriesOut) {
        if (episodes < 1) throw new IllegalArgumentException("episodes per task must be >= 1, got " + episodes);
        int obsSize = environment.observationSize();
        if (policy.observationSize() != obsSize) {
            throw new IllegalArgumentException("policy expects observations of size " + policy.observationSize()
                    + " but env " + environment.name() + " gives " + obsSize);
        }
        int width = policy.actionWidth();
        int horizon = environment.maxEpisodeSteps();
        EpisodicEnv[] envs = new EpisodicEnv[episodes];
        Deque<EpisodicEnv> free = pool.get();
        for (int k = 0; k < episodes; k++) envs[k] = free.isEmpty() ? environment.newInstance() : free.pop();
        RandomGenerator noise = RandomGeneratorFactory.of("L64X128MixRandom").create(Seeds.derive(seed, -1));
        double[][] obsLog = new double[episodes][horizon * obsSize];
        double[][] actLog = new double[episodes][horizon * width];
        double[][] rewLog = new double[episodes][horizon];
        int[] length = new int[episodes];
        boolean[] active = new boolean[episodes];
        double[] metric = new double[episodes];
        double[] batchObs = new double[episodes * obsSize];
        double[] batchAct = new double[episodes * width];
        double[] current = new double[episodes * obsSize];
        double[] envAction = new double[environment.discreteActions() ? 1 : environment.actionSize()];
        double[] nextObs = new double[obsSize];
        int[] slot = new int[episodes];
        double[] low = environment.actionLow();  // copies: fetched once, not per step
        double[] high = environment.actionHigh();
        Mlp.Trace trace = policy.mlp().newTrace(episodes);
        try {
            for (int k = 0; k < episodes; k++) {
                envs[k].setTask(task);
                envs[k].reset(Seeds.derive(seed, k), nextObs);
                System.arraycopy(nextObs, 0, current, k * obsSize, obsSize);
                active[k] = true;
            }
            for (int t = 0; t < horizon; t++) {
                int n = 0;
                for (int k = 0; k < episodes; k++) {
                    if (!active[k]) continue;
                    System.arraycopy(current, k * obsSize, batchObs, n * obsSize, obsSize);
                    slot[n++] = k;
                }
                if (n == 0) break;
                policy.act(params, batchObs, n, trace, noise, deterministic, batchAct);
                for (int i = 0; i < n; i++) {
                    int k = slot[i];
                    System.arraycopy(current, k * obsSize, obsLog[k], t * obsSize, obsSize);
                    System.arraycopy(batchAct, i * width, actLog[k], t * width, width);
                    if (environment.discreteActions()) {
                        envAction[0] = batchAct[i];
                    } else {
                        scaling.apply(batchAct, i * width, low, high, envAction);
                    }
                    rewLog[k][t] = envs[k].step(envAction, nextObs);
                    System.arraycopy(nextObs, 0, current, k * obsSize, obsSize);
                    length[k] = t + 1;
                    if (envs[k].done() || t == horizon - 1) {
                        active[k] = false;
                        metric[k] = envs[k].episodeMetric();
                    }
                }
            }
        } finally {
            for (EpisodicEnv env : envs) free.push(env);
        }
        int rows = Arrays.stream(length).sum();
        double[] obs = new double[rows * obsSize];
        double[] actions = new double[rows * width];
        double[] rewards = new double[rows];
        int[] starts = new int[episodes + 1];
        for (int k = 0; k < episodes; k++) {
            int s = starts[k];
            System.arraycopy(obsLog[k], 0, obs, s * obsSize, length[k] * obsSize);
            System.arraycopy(actLog[k], 0, actions, s * width, length[k] * width);
            System.arraycopy(rewLog[k], 0, rewards, s, length[k]);
            starts[k + 1] = s + length[k];
            if (trajectoriesOut != null && k < trajectoriesOut.length) {
                double[][] path = new double[length[k] + 1][];
                for (int t = 0; t < length[k]; t++) {
                    path[t] = Arrays.copyOfRange(obsLog[k], t * obsSize, (t + 1) * obsSize);
                }
                path[length[k]] = Arrays.copyOfRange(current, k * obsSize, (k + 1) * obsSize);
                trajectoriesOut[k] = path;
            }
        }
        return new TrajectoryBatch(obsSize, width, obs, actions, rewards, starts, metric, averaging);
    }
}
