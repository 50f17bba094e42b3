package org.jgym.env.alchemy.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.jgym.env.alchemy.Level;
import org.junit.jupiter.api.Test;

class BeliefSampleTest {
    private static final HypothesisSpace SPACE = HypothesisSpace.of(Level.EVALUATION);

    private static Set<Integer> members(Belief belief) {
        Set<Integer> set = new HashSet<>();
        for (int k = 0; k < belief.count(); k++) {
            set.add(belief.get(k));
        }
        return set;
    }

    @Test
    void aSampleIsAReproducibleSubsetOfTheRequestedSize() {
        Belief belief = new Belief(SPACE);
        belief.observeStone(appearanceOf(0, 1), 1);
        Set<Integer> first = members(new BeliefSample(SPACE).draw(belief, 64));
        assertEquals(64, first.size());
        assertTrue(members(belief).containsAll(first));
        assertEquals(first, members(new BeliefSample(SPACE).draw(belief, 64)));
        assertEquals(members(belief), members(new BeliefSample(SPACE).draw(belief, 1_000_000)),
                "a sample larger than the belief is the whole belief");
    }

    @Test
    void sampledHypothesesStaySampledWhileTheyRemainConsistent() {
        Belief belief = new Belief(SPACE);
        belief.observeStone(appearanceOf(0, 1), 1);
        BeliefSample sampler = new BeliefSample(SPACE);
        Set<Integer> before = members(sampler.draw(belief, 64));
        belief.observeStone(appearanceOf(0, 3), 2);
        Set<Integer> after = members(sampler.draw(belief, 64));
        Set<Integer> survivors = new HashSet<>(before);
        survivors.retainAll(members(belief));
        assertTrue(survivors.size() > 0 && survivors.size() < 64, "survivors: " + survivors.size());
        assertTrue(after.containsAll(survivors));
    }

    @Test
    void theSampleIsSpreadLikeTheBelief() {
        // the level's 41,856 chemistries split evenly over 8 stone maps, with equal weights: a sample of 2048 holds
        // about 256 of each (binomial sd 15); a biased one, such as a slice of the enumeration order, would not
        Belief sample = new BeliefSample(SPACE).draw(new Belief(SPACE), 2048);
        java.util.Map<Long, Integer> perStoneMap = new java.util.HashMap<>();
        for (int k = 0; k < sample.count(); k++) {
            perStoneMap.merge(vertexOfAppearanceZero(sample.get(k)), 1, Integer::sum);
        }
        assertEquals(8, perStoneMap.size(), perStoneMap.toString());
        for (int n : perStoneMap.values()) {
            assertTrue(Math.abs(n - 256) < 5 * 15, perStoneMap.toString());
        }
    }

    @Test
    void likelyChemistriesAreDrawnMoreOftenAndTheirWeightsKeepTheirShareOfThePrior() {
        // on the evaluation level the 384 chemistries of prior weight 48 (1% of them) carry 25% of the prior; a
        // sample drawn by priority holds about 25% of them (sd 2%), a uniform one 1%
        HeavyShare share = heavyShare(new BeliefSample(SPACE).draw(new Belief(SPACE), 512));
        assertEquals(0.25, share.drawn() / 512.0, 0.08, "share of the heaviest chemistries drawn");
        assertEquals(0.25, share.ofWeight(), 0.08, "their share of the sample's weight");
    }

    @Test
    void chemistriesHeavierThanTheThresholdKeepTheirOwnWeight() {
        // half the prior in the 384 chemistries of weight 48, half in 18,432 of weight 1; a sample of 1024 holds every
        // heavy one (weight 48) and 640 light ones, each standing for about 29: the heavy half stays about a half,
        // where equal weights would give 0.375 and prior weights 0.97
        long[] prior = SPACE.weightArray();
        int[] hypotheses = new int[384 + 18_432];
        int n = 0;
        int light = 0;
        for (int h = 0; h < SPACE.size(); h++) {
            if (prior[h] == 48 || prior[h] == 1 && light++ < 18_432) {
                hypotheses[n++] = h;
            }
        }
        Belief belief = new Belief(SPACE);
        belief.retain(hypotheses, n);
        HeavyShare share = heavyShare(new BeliefSample(SPACE).draw(belief, 1024));
        assertEquals(384, share.drawn());
        assertEquals(0.5, share.ofWeight(), 0.05);
    }

    /** How many of a sample's chemistries have prior weight 48, and their share of the sample's weight. */
    private record HeavyShare(int drawn, double ofWeight) {
    }

    private static HeavyShare heavyShare(Belief sample) {
        long[] prior = SPACE.weightArray();
        long[] weights = sample.weightArray();
        int heavy = 0;
        double heavyWeight = 0;
        double total = 0;
        for (int k = 0; k < sample.count(); k++) {
            int h = sample.get(k);
            total += weights[h];
            if (prior[h] == 48) {
                heavy++;
                heavyWeight += weights[h];
            }
        }
        return new HeavyShare(heavy, heavyWeight / total);
    }

    private static long vertexOfAppearanceZero(int h) {
        return SPACE.vertexArray()[appearanceOf(0, 0) * SPACE.size() + h];
    }

    /** The appearance of latent vertex {@code v} under hypothesis {@code h}. */
    private static int appearanceOf(int h, int v) {
        for (int a = 0; a < HypothesisSpace.APPEARANCES; a++) {
            if (SPACE.vertexArray()[a * SPACE.size() + h] == v) {
                return a;
            }
        }
        throw new AssertionError("no appearance of vertex " + v);
    }
}
