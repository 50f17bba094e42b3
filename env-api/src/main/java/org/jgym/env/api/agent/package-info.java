/**
 * The agent contract (act, and optionally learn from transitions), named agents found through {@link
 * org.jgym.env.api.agent.AgentProvider}, and {@link org.jgym.env.api.agent.Rollouts} that run an agent for N episodes.
 */
package org.jgym.env.api.agent;
