/**
 * Vector envs: N copies of an env stepped as one, with batched primitive arrays and Gymnasium's next-step
 * autoreset. {@link org.jgym.env.api.vector.SyncVectorEnv} steps the copies in turn,
 * {@link org.jgym.env.api.vector.ThreadedVectorEnv} on a thread pool; both give the same results for a seed.
 */
package org.jgym.env.api.vector;
