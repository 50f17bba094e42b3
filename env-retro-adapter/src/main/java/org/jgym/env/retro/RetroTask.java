package org.jgym.env.retro;

/** A Retro meta-RL task: a game (integration name) and one of its start states, e.g. a Sonic level. */
public record RetroTask(String game, String state) {
    @Override
    public String toString() {
        return game + "/" + state;
    }
}
