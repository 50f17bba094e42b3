/** The ServiceLoader agent provider that lets 'jgym rollout --agent policy' run a trained checkpoint. */
package org.jgym.agents.agent;
