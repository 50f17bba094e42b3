/**
 * Environment specs, declared keyword arguments, the ServiceLoader provider interfaces and the {@link
 * org.jgym.env.api.registry.Registry} that makes environments by id ({@link org.jgym.env.api.registry.Gym} is its
 * static facade).
 */
package org.jgym.env.api.registry;
