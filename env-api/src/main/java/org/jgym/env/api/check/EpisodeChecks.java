package org.jgym.env.api.check;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.Values;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.spaces.Space;

/**
 * The checks Gymnasium's {@code check_env} does not make: whole episodes of random actions, where an observation
 * may leave its space only after many steps. Each method returns null (pass), "warn: ..." or throws.
 */
final class EpisodeChecks {
    /** Episodes of an env without a time limit are cut here (with a warning). */
    static final int MAX_STEPS_WITHOUT_LIMIT = 10_000;

    private EpisodeChecks() {
    }

    /** One step of an episode, copied: observation, reward, flags and the info as text. */
    private record Step(Object observation, double reward, boolean terminated, boolean truncated, String info) {
    }

    /** K episodes (seeds base..base+K-1, actions seeded the same): observations in space, rewards finite, info JSON. */
    static <O, A> String episodes(Env<O, A> env, int episodes, long baseSeed) {
        String warning = null;
        for (int k = 0; k < episodes; k++) {
            List<Step> trace = new ArrayList<>();
            if (!play(env, baseSeed + k, "episode " + (k + 1), trace)) {
                warning = "warn: episode " + (k + 1) + " did not end in " + MAX_STEPS_WITHOUT_LIMIT
                        + " steps (no time limit); checked those steps";
            }
        }
        return warning;
    }

    /**
     * The same seed and actions replay an episode exactly, step by step, in this env (after the episodes it has
     * played) and in a fresh one made from its spec: reset(seed) alone decides the episode, not the env's history.
     */
    static <O, A> String determinism(Env<O, A> env, long seed) {
        if (env.spec() != null && env.spec().nondeterministic()) {
            return "skip: spec says nondeterministic";
        }
        List<Step> first = new ArrayList<>();
        List<Step> second = new ArrayList<>();
        play(env, seed + 7919, "an episode with another seed", new ArrayList<>());
        play(env, seed, "episode 1", first);
        EnvSpec spec = env.spec();
        if (spec == null) {
            play(env, seed, "episode 1 (replay)", second);
        } else {
            try (Env<Object, Object> fresh = spec.make(spec.kwargs())) {
                play(fresh, seed, "episode 1 in a fresh env", second);
            }
        }
        for (int t = 0; t < Math.min(first.size(), second.size()); t++) {
            Step a = first.get(t);
            Step b = second.get(t);
            String what = !Values.equal(a.observation(), b.observation()) ? "observation"
                    : a.reward() != b.reward() && !(Double.isNaN(a.reward()) && Double.isNaN(b.reward())) ? "reward"
                    : a.terminated() != b.terminated() || a.truncated() != b.truncated() ? "terminated/truncated"
                    : !a.info().equals(b.info()) ? "info" : null;
            if (what != null) {
                throw new AssertionError("the episode with seed " + seed + " and the same actions differs between "
                        + "this env (after other episodes) and a fresh one at "
                        + (t == 0 ? "reset" : "step " + t) + " in the " + what + ": " + describe(a, what) + " vs "
                        + describe(b, what));
            }
        }
        if (first.size() != second.size()) {
            throw new AssertionError("two runs of the episode with seed " + seed + " and the same actions last "
                    + (first.size() - 1) + " and " + (second.size() - 1) + " steps");
        }
        return null;
    }

    /** In every render mode: a frame of the mode's type after reset and after every step of one episode. */
    static <O, A> String renderEveryStep(Env<O, A> env, long seed) {
        List<String> modes = env.metadata().renderModes();
        if (modes.isEmpty()) {
            return "skip: the env lists no render modes";
        }
        EnvSpec spec = env.spec();
        if (spec == null) {
            return "skip: no spec to re-make the env in each render mode";
        }
        for (String mode : modes) {
            Map<String, Object> kwargs = new LinkedHashMap<>(spec.kwargs());
            kwargs.put(Kwargs.RENDER_MODE, mode);
            try (Env<Object, Object> rendered = spec.make(kwargs)) {
                rendered.reset(seed);
                rendered.actionSpace().seed(seed);
                Frame firstFrame = frame(rendered, mode, 0, null);
                StepResult<Object> r;
                int t = 0;
                do {
                    r = rendered.step(rendered.actionSpace().sample());
                    frame(rendered, mode, ++t, firstFrame);
                } while (!r.terminated() && !r.truncated() && t < MAX_STEPS_WITHOUT_LIMIT);
            }
        }
        return null;
    }

    private static Frame frame(Env<Object, Object> env, String mode, int step, Frame first) {
        Frame frame = env.render();
        String where = "render() in mode " + mode + (step == 0 ? " after reset" : " after step " + step);
        boolean ok = switch (mode) {
            case EnvMetadata.RGB_ARRAY -> frame instanceof RgbFrame;
            case EnvMetadata.ANSI -> frame instanceof AnsiFrame a && a.text() != null;
            default -> frame != null;
        };
        if (!ok) {
            throw new AssertionError(where + " returned " + frame);
        }
        if (first instanceof RgbFrame a && frame instanceof RgbFrame b && (a.width() != b.width() || a.height() != b.height())) {
            throw new AssertionError(where + " returned a " + b.width() + "x" + b.height() + " frame; the first was "
                    + a.width() + "x" + a.height());
        }
        return frame;
    }

    /** Plays one episode of seeded random actions into {@code trace}; false when it was cut without ending. */
    private static <O, A> boolean play(Env<O, A> env, long seed, String episode, List<Step> trace) {
        Space<O> observations = env.observationSpace();
        Space<A> actions = env.actionSpace();
        ResetResult<O> reset = env.reset(seed);
        inSpace(observations, reset.observation(), episode + ", reset");
        jsonInfo(reset.info(), episode + ", reset");
        trace.add(new Step(observations.copy(reset.observation()), 0, false, false, Values.toString(reset.info())));
        actions.seed(seed);
        for (int t = 1; t <= MAX_STEPS_WITHOUT_LIMIT; t++) {
            A action = actions.sample();
            String where = episode + ", step " + t + " (action " + Values.toString(action) + ")";
            StepResult<O> r = env.step(action);
            inSpace(observations, r.observation(), where);
            if (!Double.isFinite(r.reward())) {
                throw new AssertionError(where + ": the reward is " + r.reward());
            }
            jsonInfo(r.info(), where);
            trace.add(new Step(observations.copy(r.observation()), r.reward(), r.terminated(), r.truncated(),
                    Values.toString(r.info())));
            if (r.terminated() || r.truncated()) {
                return true;
            }
        }
        return false;
    }

    private static <O> void inSpace(Space<O> space, O observation, String where) {
        String violation = space.describeViolation(observation);
        if (violation != null) {
            throw new AssertionError(where + ": the observation is outside the observation space: " + violation);
        }
    }

    /** Info must turn into JSON as it is: strings, numbers, booleans, null, lists, arrays, maps with string keys. */
    static void jsonInfo(Map<String, Object> info, String where) {
        if (info == null) {
            throw new AssertionError(where + ": info is null; it must be a map");
        }
        String problem = jsonProblem(info, "info");
        if (problem != null) {
            throw new AssertionError(where + ": " + problem);
        }
    }

    private static String jsonProblem(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return path + " has a key that is not a string: " + e.getKey();
                }
                String p = jsonProblem(e.getValue(), path + "." + key);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (value instanceof Iterable<?> list) {
            int i = 0;
            for (Object item : list) {
                String p = jsonProblem(item, path + "[" + i++ + "]");
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (value.getClass().isArray()) {
            if (value.getClass().getComponentType().isPrimitive()) {
                return null;
            }
            for (int i = 0; i < Array.getLength(value); i++) {
                String p = jsonProblem(Array.get(value, i), path + "[" + i + "]");
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        return path + " holds a " + value.getClass().getSimpleName() + " (" + value
                + "), which is not JSON-serialisable: use strings, numbers, booleans, lists, arrays or maps";
    }

    private static String describe(Step s, String what) {
        return switch (what) {
            case "observation" -> Values.toString(s.observation());
            case "reward" -> Double.toString(s.reward());
            case "terminated/truncated" -> s.terminated() + "/" + s.truncated();
            default -> s.info();
        };
    }
}
