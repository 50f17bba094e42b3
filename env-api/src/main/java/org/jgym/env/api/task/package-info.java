/**
 * Meta-RL tasks: a {@link org.jgym.env.api.task.TaskDistribution} samples tasks from a seeded generator and an env
 * implementing {@link org.jgym.env.api.task.TaskEnv} takes one with {@code setTask}, the MAML convention.
 */
package org.jgym.env.api.task;
