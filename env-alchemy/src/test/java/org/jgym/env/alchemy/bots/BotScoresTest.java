package org.jgym.env.alchemy.bots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgym.env.alchemy.AlchemyEnv;
import org.jgym.env.alchemy.Level;
import org.jgym.env.api.Env;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * Bot scores on the evaluation level against the reference's published means. Each check allows three combined
 * standard errors (ours from the sample, the reference's as published), so a correct bot fails about 0.3% of the
 * time at most; the seeds are fixed, so the outcome is reproducible.
 */
class BotScoresTest {
    private static final Registry REGISTRY = Registry.load(BotScoresTest.class.getClassLoader());

    private static EpisodeStats run(String agentName, int episodes, long seed) {
        try (Env<float[], Integer> env = REGISTRY.make(AlchemyEnv.ID,
                Map.of("level", Level.EVALUATION.referenceName()))) {
            Agent<float[], Integer> agent = REGISTRY.makeAgent(agentName, env, seed, Map.of());
            return Rollouts.run(env, agent, episodes, seed);
        }
    }

    private static void assertNear(String bot, EpisodeStats stats, double reference, double referenceSe) {
        double tolerance = 3 * Math.sqrt(stats.stderrReturn() * stats.stderrReturn() + referenceSe * referenceSe);
        double mean = stats.meanReturn();
        assertTrue(Math.abs(mean - reference) <= tolerance, String.format(
                "%s: mean %.2f +- %.2f over %d episodes, reference %.2f, allowed +- %.2f", bot, mean,
                stats.stderrReturn(), stats.episodes(), reference, tolerance));
    }

    @Test
    void uniformRandomScoresAbout17() {
        assertNear("random", run("random", 400, 1), 17.20, 0.29);
    }

    @Test
    void randomHeuristicScoresAbout146() {
        assertNear("random-heuristic", run("random-heuristic", 300, 2), 146.1, 1.4);
    }

    @Test
    void searchOracleScoresAbout288() {
        assertNear("search-oracle", run("search-oracle", 200, 3), 288.5, 1.53);
    }

    @Test
    void idealObserverScoresAbout284AndNeverBeatsTheOracleOnTheSameEpisodes() {
        EpisodeStats observer = run("ideal-observer", 40, 4);
        assertNear("ideal-observer", observer, 284.4, 1.6);
        EpisodeStats oracle = run("search-oracle", 40, 4);
        assertTrue(observer.meanReturn() <= oracle.meanReturn() + 1e-9,
                "the oracle knows the chemistry: " + observer.meanReturn() + " > " + oracle.meanReturn());
    }
}
