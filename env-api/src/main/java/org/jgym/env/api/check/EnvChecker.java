package org.jgym.env.api.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.Values;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.spaces.TupleSpace;
import org.jgym.env.api.spaces.DictSpace;

/**
 * Checks that an env follows the jgym/Gymnasium contract, in the order of Gymnasium's {@code check_env}: spaces,
 * reset output, seed determinism, reset options, a step's output, step determinism, render modes and close; plus
 * jgym's own rule that a rejected action leaves the state unchanged, and (beyond {@code check_env}) whole episodes
 * of random actions: every observation in its space, finite rewards, JSON-serialisable info, the same episode for
 * the same seed, and a frame on every step in every render mode. Every message starts with the env id.
 */
public final class EnvChecker {
    /** Whole episodes {@link #check(Env)} plays. */
    public static final int DEFAULT_EPISODES = 3;
    private static final long SEED = 123;

    private EnvChecker() {
    }

    /** {@link #check(Env, int)} with {@link #DEFAULT_EPISODES} episodes. */
    public static <O, A> CheckReport check(Env<O, A> env) {
        return check(env, DEFAULT_EPISODES);
    }

    /**
     * Checks an env made from a spec (render and close checks re-make it through {@code env.spec()}).
     *
     * @param episodes whole episodes of seeded random actions to play (0 for the reset/step checks only)
     */
    public static <O, A> CheckReport check(Env<O, A> env, int episodes) {
        if (episodes < 0) {
            throw new IllegalArgumentException("episodes must be >= 0, got " + episodes);
        }
        EnvSpec spec = env.spec();
        CheckReport report = new CheckReport(spec != null ? spec.id() : env.unwrapped().getClass().getSimpleName());
        run(report, "action space", () -> checkSpace(env.actionSpace(), true));
        run(report, "observation space", () -> checkSpace(env.observationSpace(), false));
        run(report, "reset output", () -> checkReset(env));
        run(report, "reset seed determinism", () -> checkResetDeterminism(env));
        run(report, "reset options", () -> {
            env.reset(SEED, Map.of());
            return null;
        });
        run(report, "step output", () -> checkStep(env));
        run(report, "step determinism", () -> checkStepDeterminism(env));
        run(report, "rejected action keeps state", () -> checkRejectedAction(env));
        run(report, "render modes", () -> checkRender(env));
        if (episodes > 0) {
            run(report, episodes + " random episode(s)", () -> EpisodeChecks.episodes(env, episodes, SEED));
            run(report, "episode determinism", () -> EpisodeChecks.determinism(env, SEED));
            run(report, "render every step", () -> EpisodeChecks.renderEveryStep(env, SEED));
        }
        run(report, "close twice", () -> checkClose(env));
        return report;
    }

    /** A check returns null (pass), "warn: ..." (warning), "skip: ..." (pass with a note) or throws (failure). */
    private interface Check {
        String run() throws Exception;
    }

    private static void run(CheckReport report, String name, Check check) {
        String id = report.envId() + ": ";
        try {
            String warning = check.run();
            if (warning == null) {
                report.add(name, CheckReport.Status.PASS, "");
            } else if (warning.startsWith("skip: ")) {
                report.add(name, CheckReport.Status.PASS, warning);
            } else {
                report.add(name, CheckReport.Status.WARN, id + warning.replaceFirst("^warn: ", ""));
            }
        } catch (AssertionError e) {
            report.add(name, CheckReport.Status.FAIL, id + e.getMessage());
        } catch (Exception e) {
            report.add(name, CheckReport.Status.FAIL, id + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String checkSpace(Space<?> space, boolean action) {
        if (space == null) {
            throw new AssertionError("the space is null");
        }
        if (space instanceof Box<?> box) {
            for (int i = 0; i < box.size(); i++) {
                if (box.low(i) == box.high(i)) {
                    return "warn: low == high at index " + i;
                }
            }
            if (!box.isBounded()) {
                return action ? "warn: unbounded action Box; agents need bounds" : null;
            }
            if (action && box.shape().length == 1) {
                for (int i = 0; i < box.size(); i++) {
                    if (box.low(i) < -1 || box.high(i) > 1) {
                        return "warn: the action bounds [" + box.low(i) + ", " + box.high(i) + "] at index " + i
                                + " exceed [-1, 1]; Gymnasium suggests a symmetric, normalised action Box";
                    }
                }
            }
        } else if (space instanceof Discrete d && d.n() <= 0) {
            throw new AssertionError("Discrete n must be > 0");
        } else if (space instanceof TupleSpace t && t.spaces().isEmpty() || space instanceof DictSpace d && d.spaces().isEmpty()) {
            throw new AssertionError("composite space is empty");
        }
        String json = space.toJson().toString();
        if (!space.equals(org.jgym.env.api.spaces.Spaces.fromJson(space.toJson()))) {
            throw new AssertionError("the space's JSON does not rebuild the same space: " + json);
        }
        return null;
    }

    private static <O, A> String checkReset(Env<O, A> env) {
        ResetResult<O> r = env.reset(SEED, Map.of());
        assertInSpace(env, r.observation(), "reset()");
        if (r.info() == null) {
            throw new AssertionError("reset() info is null; it must be a map");
        }
        return null;
    }

    private static <O, A> String checkResetDeterminism(Env<O, A> env) {
        Space<O> space = env.observationSpace();
        O first = space.copy(env.reset(SEED, Map.of()).observation());
        O second = space.copy(env.reset().observation());
        O third = space.copy(env.reset(SEED, Map.of()).observation());
        O fourth = space.copy(env.reset().observation());
        boolean nondeterministic = env.spec() != null && env.spec().nondeterministic();
        if (!Values.equal(first, third) || !Values.equal(second, fourth)) {
            String msg = "reset(seed=" + SEED + ") then reset() gave " + Values.toString(first) + ", "
                    + Values.toString(second) + " the first time and " + Values.toString(third) + ", "
                    + Values.toString(fourth) + " the second time";
            if (nondeterministic) {
                return "warn: " + msg + " (spec says nondeterministic)";
            }
            throw new AssertionError(msg);
        }
        return null;
    }

    private static <O, A> String checkStep(Env<O, A> env) {
        env.reset(SEED, Map.of());
        env.actionSpace().seed(SEED);
        StepResult<O> r = env.step(env.actionSpace().sample());
        assertInSpace(env, r.observation(), "step()");
        if (r.info() == null) {
            throw new AssertionError("step() info is null");
        }
        if (!Double.isFinite(r.reward())) {
            return "warn: reward is " + r.reward();
        }
        return null;
    }

    private static <O, A> String checkStepDeterminism(Env<O, A> env) {
        if (env.spec() != null && env.spec().nondeterministic()) {
            return "skip: spec says nondeterministic";
        }
        Space<A> actions = env.actionSpace();
        actions.seed(SEED);
        A action = actions.copy(actions.sample());
        Object[] a = stepOnce(env, action);
        Object[] b = stepOnce(env, action);
        for (int i = 0; i < a.length; i++) {
            if (!Values.equal(a[i], b[i])) {
                throw new AssertionError("two runs of reset(seed=" + SEED + ") + step(" + Values.toString(action)
                        + ") differ in " + new String[] {"observation", "reward", "terminated", "truncated", "info"}[i]
                        + ": " + Values.toString(a[i]) + " vs " + Values.toString(b[i]));
            }
        }
        if ((Boolean) a[3]) {
            throw new AssertionError("the first step after reset was truncated");
        }
        return null;
    }

    private static <O, A> Object[] stepOnce(Env<O, A> env, A action) {
        env.reset(SEED, Map.of());
        StepResult<O> r = env.step(action);
        return new Object[] {env.observationSpace().copy(r.observation()), r.reward(), r.terminated(), r.truncated(),
            new LinkedHashMap<>(r.info()).toString()};
    }

    private static <O, A> String checkRejectedAction(Env<O, A> env) {
        Object invalid = invalidAction(env.actionSpace());
        if (invalid == null) {
            return "skip: no invalid action of this action space to try";
        }
        Space<A> actions = env.actionSpace();
        actions.seed(SEED);
        A action = actions.copy(actions.sample());
        Object[] expected = stepOnce(env, action);
        env.reset(SEED, Map.of());
        try {
            @SuppressWarnings("unchecked")
            A bad = (A) invalid;
            env.step(bad);
            throw new AssertionError("the invalid action " + Values.toString(invalid) + " was accepted");
        } catch (JgymException expectedRejection) {
            // the env must still be where it was
        }
        StepResult<O> r = env.step(action);
        if (!Values.equal(expected[0], r.observation()) || (double) expected[1] != r.reward()) {
            throw new AssertionError("after a rejected action the next step differs from a run without it");
        }
        return null;
    }

    /** An action just outside the space: out of range for Discrete, NaN or out of bounds for Box. */
    private static Object invalidAction(Space<?> space) {
        if (space instanceof Discrete d) {
            return d.start() + d.n();
        }
        if (space instanceof Box<?> box) {
            Object a = box.dtype().newArray(box.size());
            if (box.dtype().isFloat()) {
                box.dtype().set(a, 0, Double.NaN);
                return a;
            }
            if (box.high(0) < box.dtype().max()) {
                box.dtype().set(a, 0, box.high(0) + 1);
                return a;
            }
        }
        return null;
    }

    private static <O, A> String checkRender(Env<O, A> env) {
        EnvMetadata meta = env.metadata();
        if (meta.renderModes().isEmpty()) {
            if (env.spec() != null && env.spec().renderModes() != null && !env.spec().renderModes().isEmpty()) {
                throw new AssertionError("the spec declares the render modes " + env.spec().renderModes()
                        + " but the env's metadata lists none");
            }
            return "warn: the env lists no render modes";
        }
        EnvSpec spec = env.spec();
        if (spec == null) {
            return "skip: no spec to re-make the env in each render mode";
        }
        if (spec.renderModes() != null && !spec.renderModes().equals(meta.renderModes())) {
            throw new AssertionError("the spec declares the render modes " + spec.renderModes()
                    + " but the env's metadata lists " + meta.renderModes());
        }
        for (String mode : meta.renderModes()) {
            Map<String, Object> kwargs = new LinkedHashMap<>(spec.kwargs());
            kwargs.put(Kwargs.RENDER_MODE, mode);
            Env<Object, Object> rendered = spec.make(kwargs);
            try {
                rendered.reset(SEED, Map.of());
                Frame frame = rendered.render();
                boolean ok = switch (mode) {
                    case EnvMetadata.RGB_ARRAY -> frame instanceof RgbFrame;
                    case EnvMetadata.ANSI -> frame instanceof AnsiFrame a && a.text() != null;
                    default -> frame != null;
                };
                if (!ok) {
                    throw new AssertionError("render() in mode " + mode + " returned " + frame);
                }
            } finally {
                rendered.close();
            }
        }
        return null;
    }

    private static <O, A> String checkClose(Env<O, A> env) {
        EnvSpec spec = env.spec();
        if (spec == null) {
            return "skip: no spec to make a fresh env";
        }
        Env<Object, Object> fresh = spec.make(spec.kwargs());
        fresh.close();
        fresh.close();
        return null;
    }

    private static <O, A> void assertInSpace(Env<O, A> env, O observation, String call) {
        String violation = env.observationSpace().describeViolation(observation);
        if (violation != null) {
            throw new AssertionError(call + " returned an observation outside the observation space: " + violation);
        }
    }
}
