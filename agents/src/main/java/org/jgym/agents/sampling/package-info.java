/** Seeded, thread-count-independent episode sampling over jgym envs with task distributions. */
package org.jgym.agents.sampling;
