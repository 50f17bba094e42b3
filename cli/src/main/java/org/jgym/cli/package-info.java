/** The {@code jgym} command-line tool (picocli): list, check, rollout, tasks and demo. */
package org.jgym.cli;
