/**
 * JUnit 5 contract tests for third-party jgym plugins: {@link org.jgym.testkit.EnvContract} for an env,
 * {@link org.jgym.testkit.TaskDistributionContract} for a task distribution, both over the registry that the
 * plugin's {@code META-INF/services} files build ({@link org.jgym.testkit.Plugins}). Add
 * {@code org.jgym:jgym-testkit} with test scope and extend the contracts in the plugin's tests.
 */
package org.jgym.testkit;
