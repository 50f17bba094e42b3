package org.jgym.env.alchemy.bots;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.jgym.env.alchemy.AlchemyGame;
import org.jgym.env.alchemy.Chemistry;
import org.jgym.env.alchemy.Level;

/**
 * Measures bot scores on plain {@link AlchemyGame} episodes (no env framework). Not a unit test: run with
 * {@code java -cp target/classes:target/test-classes org.jgym.env.alchemy.bots.BotScoreRunner BOT EPISODES SEED}.
 */
public final class BotScoreRunner {
    private BotScoreRunner() {
    }

    /** Result of a run: per-episode returns. */
    public static double[] run(String bot, Level level, int episodes, long seed) {
        AlchemyGame game = new AlchemyGame(false);
        Chemistry[] current = new Chemistry[1];
        RandomGenerator botRandom = RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(seed ^ 0xB07L);
        AlchemyBot agent = switch (bot) {
            case "random" -> new UniformRandomBot(false, botRandom);
            case "random-heuristic" -> new RandomHeuristicBot(false, botRandom);
            case "search-oracle" -> new SearchOracleBot(false, () -> current[0]);
            case "ideal-observer" -> new IdealObserverBot(false, level, Integer.getInteger("exact", 64), Integer.getInteger("particles", 256), Integer.getInteger("horizon", 3));
            default -> throw new IllegalArgumentException("unknown bot " + bot);
        };
        float[] obs = new float[AlchemyGame.OBSERVATION_SIZE];
        double[] returns = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            RandomGenerator rng = RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(seed + e);
            current[0] = level.sample(rng);
            game.startEpisode(current[0], rng);
            game.writeObservation(obs, 0);
            agent.onReset(obs);
            double total = 0;
            while (!game.isOver()) {
                total += game.step(agent.act(obs), rng);
                game.writeObservation(obs, 0);
            }
            returns[e] = total;
        }
        return returns;
    }

    public static void main(String[] args) {
        String bot = args[0];
        int episodes = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Level level = args.length > 3 ? Level.fromReferenceName(args[3]) : Level.EVALUATION;
        long start = System.nanoTime();
        double[] r = run(bot, level, episodes, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        double mean = 0;
        for (double x : r) {
            mean += x;
        }
        mean /= r.length;
        double var = 0;
        for (double x : r) {
            var += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(var / (r.length - 1) / r.length);
        System.out.printf("%s %s episodes=%d mean=%.2f se=%.2f time=%.1fs (%.1f episodes/s)%n",
                bot, level.referenceName(), episodes, mean, se, seconds, episodes / seconds);
    }
}
