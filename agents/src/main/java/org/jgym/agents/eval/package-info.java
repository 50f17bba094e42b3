/** Adaptation evaluation on held-out tasks with the paper's protocol, against random-init, pretrained and oracle baselines. */
package org.jgym.agents.eval;
