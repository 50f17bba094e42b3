/**
 * The Gymnasium-style environment contract: {@link org.jgym.env.api.Env}, its reusable step and reset results,
 * seeding, rendering frames and the exceptions every jgym component throws.
 */
package org.jgym.env.api;
