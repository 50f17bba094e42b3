package org.jgym.agents.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnvs;

/**
 * A registered jgym env with a task distribution, seen through {@link TaskEnvironment}. Observations must be a
 * flat Box (float32 or float64); actions a Box of doubles/floats or a Discrete.
 */
public final class GymTaskEnvironment implements TaskEnvironment {
    private final Registry registry;
    private final String id;
    private final Map<String, Object> kwargs;
    private final String metricKey;
    private final int[] positionIndices;
    private final TaskDistribution<Object> distribution;
    private final Box<?> observationBox;
    private final Space<?> actionSpace;
    private final int maxSteps;

    /**
     * @param metricKey info key read at the end of each episode as its evaluation metric (e.g. "distance"); null for
     *                  the one the env spec declares ({@link EnvSpec#evaluationMetric()})
     * @throws JgymException when the env has no task distribution or unsupported spaces
     */
    @SuppressWarnings("unchecked")
    public GymTaskEnvironment(Registry registry, String id, Map<String, Object> kwargs, String metricKey) {
        this.registry = registry;
        this.id = id;
        this.kwargs = Map.copyOf(kwargs);
        EnvSpec declared = registry.spec(id);
        this.metricKey = metricKey != null ? metricKey : declared.evaluationMetric();
        this.positionIndices = declared.positionIndices();
        try (Env<?, ?> probe = registry.make(id, kwargs)) {
            if (!TaskEnvs.isTaskEnv(probe)) {
                throw new JgymException("env " + id + " has no task distribution; meta-learning needs an env whose "
                        + "unwrapped env implements TaskEnv (e.g. Navigation2D-v0)");
            }
            distribution = (TaskDistribution<Object>) TaskEnvs.find(probe).taskDistribution();
            if (!(probe.observationSpace() instanceof Box<?> box) || box.shape().length != 1) {
                throw new JgymException("env " + id + ": observations must be a 1-D Box, got " + probe.observationSpace());
            }
            observationBox = box;
            actionSpace = probe.actionSpace();
            if (!(actionSpace instanceof Discrete) && !(actionSpace instanceof Box<?> b && b.shape().length == 1)) {
                throw new JgymException("env " + id + ": actions must be Discrete or a 1-D Box, got " + actionSpace);
            }
            EnvSpec spec = probe.spec();
            Integer limit = spec == null ? null : spec.maxEpisodeSteps();
            Object override = kwargs.get(EnvSpec.MAX_EPISODE_STEPS);
            maxSteps = override instanceof Number n ? n.intValue() : limit == null ? 1000 : limit;
        }
    }

    @Override
    public String name() {
        return id;
    }

    @Override
    public int observationSize() {
        return observationBox.size();
    }

    @Override
    public boolean discreteActions() {
        return actionSpace instanceof Discrete;
    }

    @Override
    public int actionSize() {
        return actionSpace instanceof Discrete d ? d.n() : ((Box<?>) actionSpace).size();
    }

    @Override
    public double[] actionLow() {
        return actionSpace instanceof Box<?> b ? b.low() : null;
    }

    @Override
    public double[] actionHigh() {
        return actionSpace instanceof Box<?> b ? b.high() : null;
    }

    @Override
    public String metricKey() {
        return metricKey;
    }

    @Override
    public int[] positionIndices() {
        return positionIndices == null ? null : positionIndices.clone();
    }

    @Override
    public List<Object> sampleTasks(int n, long seed) {
        return new ArrayList<>(distribution.sample(n, seed));
    }

    @Override
    public String describeTask(Object task) {
        return distribution.toJson(task).toString();
    }

    public TaskDistribution<Object> distribution() {
        return distribution;
    }

    @Override
    public int maxEpisodeSteps() {
        return maxSteps;
    }

    @Override
    public EpisodicEnv newInstance() {
        return new Instance(registry.make(id, kwargs));
    }

    /** Copies a Box observation (float[] or double[]) into a double array. */
    static void copyObservation(Object observation, double[] out) {
        if (observation instanceof float[] f) {
            for (int i = 0; i < out.length; i++) out[i] = f[i];
        } else if (observation instanceof double[] d) {
            System.arraycopy(d, 0, out, 0, out.length);
        } else {
            throw new JgymException("unsupported observation type " + observation.getClass().getSimpleName()
                    + "; expected float[] or double[]");
        }
    }

    private final class Instance implements EpisodicEnv {
        private final Env<Object, Object> env;
        private final Object actionBuffer;
        private final Integer[] discrete;
        private boolean done;
        private double metric = Double.NaN;

        Instance(Env<Object, Object> env) {
            this.env = env;
            if (actionSpace instanceof Discrete d) {
                discrete = new Integer[d.n()];
                for (int i = 0; i < d.n(); i++) discrete[i] = d.start() + i;
                actionBuffer = null;
            } else {
                discrete = null;
                actionBuffer = ((Box<?>) actionSpace).sample();
            }
        }

        @Override
        public void setTask(Object task) {
            TaskEnvs.setTask(env, task);
        }

        @Override
        public void reset(long seed, double[] obsOut) {
            copyObservation(env.reset(seed).observation(), obsOut);
            done = false;
            metric = Double.NaN;
        }

        @Override
        public double step(double[] action, double[] obsOut) {
            Object a;
            if (discrete != null) {
                a = discrete[(int) action[0]];
            } else if (actionBuffer instanceof float[] f) {
                for (int i = 0; i < f.length; i++) f[i] = (float) action[i];
                a = f;
            } else if (actionBuffer instanceof double[] d) {
                System.arraycopy(action, 0, d, 0, d.length);
                a = d;
            } else {
                throw new JgymException("unsupported Box action type " + actionBuffer.getClass().getSimpleName());
            }
            StepResult<Object> r = env.step(a);
            copyObservation(r.observation(), obsOut);
            done = r.terminated() || r.truncated();
            if (metricKey != null && r.info().get(metricKey) instanceof Number n) metric = n.doubleValue();
            return r.reward();
        }

        @Override
        public boolean done() {
            return done;
        }

        @Override
        public double episodeMetric() {
            return metric;
        }

        @Override
        public void close() {
            env.close();
        }
    }
}
