package org.jgym.env.alchemy;

/** Text rendering of a trial for people: stones, potions and the cauldron. */
final class AlchemyText {
    private static final String[][] FEATURE_WORDS = {
        {"purple", "blurple", "blue"},
        {"small", "medium", "large"},
        {"pointy", "somewhat pointy", "round"},
    };

    private AlchemyText() {
    }

    static String render(AlchemyGame game) {
        StringBuilder text = new StringBuilder();
        if (game.chemistry() == null) {
            return "SymbolicAlchemy: not reset yet\n";
        }
        text.append(String.format("Trial %d/%d  step %d/%d%s%n", Math.min(game.trial() + 1, AlchemyGame.TRIALS),
                AlchemyGame.TRIALS, game.stepInTrial(), AlchemyGame.STEPS_PER_TRIAL,
                game.isOver() ? "  (episode over)" : ""));
        text.append("Stones:\n");
        int[] perceived = new int[LatentCube.AXES];
        for (int s = 0; s < AlchemyGame.STONES_PER_TRIAL; s++) {
            int vertex = game.stone(s);
            if (vertex == AlchemyGame.EMPTY) {
                text.append(String.format("  [%d] (gone)%n", s));
                continue;
            }
            game.chemistry().perceiveStone(vertex, perceived);
            text.append(String.format("  [%d] %-7s %-6s %-15s value %+d%n", s,
                    FEATURE_WORDS[0][perceived[0] + 1], FEATURE_WORDS[1][perceived[1] + 1],
                    FEATURE_WORDS[2][perceived[2] + 1], LatentCube.value(vertex)));
        }
        text.append("Potions:\n ");
        for (int p = 0; p < AlchemyGame.POTIONS_PER_TRIAL; p++) {
            int type = game.potion(p);
            String name = type == AlchemyGame.EMPTY ? "(used)"
                    : PotionMap.COLOUR_NAMES[game.chemistry().potionMap().colour(type)];
            text.append(String.format(" [%d] %-9s", p, name));
            if (p % 6 == 5) {
                text.append(p == AlchemyGame.POTIONS_PER_TRIAL - 1 ? "\n" : "\n ");
            }
        }
        text.append(String.format("Cauldron: %d stone(s) this trial, %+d reward%n", game.cauldronStones(),
                game.cauldronValue()));
        return text.toString();
    }
}
