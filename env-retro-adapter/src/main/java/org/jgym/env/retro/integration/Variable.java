package org.jgym.env.retro.integration;

/** A named value in game memory, from data.json: bus address, type code and an AND mask (all ones by default). */
public record Variable(String name, long address, DataType type, long mask) {
}
