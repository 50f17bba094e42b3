package org.jgym.env.retro.wrappers;

import java.util.List;
import org.jgym.env.api.Env;
import org.jgym.env.api.wrappers.TimeLimit;
import org.jgym.env.api.wrappers.TransformReward;

/**
 * The preprocessing chains of the {@code preprocess} kwarg, on an env with the Genesis MultiBinary pad:
 * <ul>
 *   <li>{@code contest84}: the Retro Contest env (StochasticFrameSkip(4, 0.25), TimeLimit(4500) agent steps) and the
 *       baselines' agent wrappers: SonicDiscretizer, RewardScaler(0.01), WarpFrame 84x84 gray, FrameStack(4) on the
 *       last axis: observations uint8 (84, 84, 4), actions Discrete(7);</li>
 *   <li>{@code seed001-42}: the same without the frame stack and with Downsample(42): uint8 (42, 42, 1).</li>
 * </ul>
 */
public final class Preprocessing {
    /** The kwarg's values. */
    public static final List<String> NAMES = List.of("none", "contest84", "seed001-42");
    /** Frames per agent step and the chance of keeping the previous action on the first, as in the contest. */
    public static final int FRAME_SKIP = 4;
    public static final double STICK_PROB = 0.25;
    /** Agent steps per episode in the contest: 18,000 frames, 5 minutes at 60 frames/s. */
    public static final int CONTEST_STEPS = 4500;
    public static final double REWARD_SCALE = 0.01;

    private Preprocessing() {
    }

    /** Wraps {@code env} (image observations, MultiBinary buttons named {@code buttons}) as {@code name} says. */
    public static Env<byte[], Integer> apply(String name, Env<byte[], byte[]> env, List<String> buttons) {
        Env<byte[], byte[]> contest = new TimeLimit<>(new StochasticFrameSkip<>(env, FRAME_SKIP, STICK_PROB), CONTEST_STEPS);
        Env<byte[], Integer> agent = new TransformReward<>(new SonicDiscretizer<>(contest, buttons), r -> r * REWARD_SCALE);
        return switch (name) {
            case "contest84" -> new FrameStack<>(new WarpFrame<>(agent, 84, 84), 4);
            case "seed001-42" -> WarpFrame.downsample(agent, 42);
            default -> throw new IllegalArgumentException("unknown preprocess '" + name + "'; allowed: " + NAMES);
        };
    }
}
