/** {@link org.jgym.env.api.check.EnvChecker}: the Java counterpart of Gymnasium's {@code check_env}. */
package org.jgym.env.api.check;
