/** The seed papers' studies (inner steps, meta-optimizers, first-order) and the demo's meta-training. */
package org.jgym.agents.experiments;
