/** Meta-training runs: configuration, logs, atomic checkpoints, resume and plots. */
package org.jgym.agents.train;
