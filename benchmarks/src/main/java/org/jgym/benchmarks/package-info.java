/** JMH benchmarks of jgym environments; results go to docs/benchmarks.md. */
package org.jgym.benchmarks;
