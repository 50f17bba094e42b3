package org.jgym.env.api.registry;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Static entry point over the default {@link Registry}, loaded once from the context class loader:
 * {@code Gym.make("Navigation2D-v0")}.
 */
public final class Gym {
    private static volatile Registry registry;

    private Gym() {
    }

    /** The default registry, loaded on first use; its {@link Registry#warnings()} go to standard error once. */
    public static Registry registry() {
        Registry r = registry;
        if (r == null) {
            synchronized (Gym.class) {
                r = registry;
                if (r == null) {
                    ClassLoader loader = Thread.currentThread().getContextClassLoader();
                    r = Registry.load(loader != null ? loader : Gym.class.getClassLoader());
                    r.warnings().forEach(w -> System.err.println("jgym: warning: " + w));
                    registry = r;
                }
            }
        }
        return r;
    }

    public static <O, A> Env<O, A> make(String id) {
        return registry().make(id);
    }

    public static <O, A> Env<O, A> make(String id, Map<String, ?> kwargs) {
        return registry().make(id, kwargs);
    }

    public static <O, A> Env<O, A> make(String id, String jsonKwargs) {
        return registry().make(id, jsonKwargs);
    }

    /** A synchronous vector env of {@code n} copies. */
    public static <BO, BA> VectorEnv<BO, BA> makeVec(String id, int n) {
        return registry().makeVec(id, n, Map.of(), 1);
    }

    public static <BO, BA> VectorEnv<BO, BA> makeVec(String id, int n, Map<String, ?> kwargs, int threads) {
        return registry().makeVec(id, n, kwargs, threads);
    }

    public static TaskDistribution<?> taskDistribution(String id) {
        return registry().taskDistribution(id);
    }
}
