/** PNG charts with XChart. */
package org.jgym.agents.plot;
