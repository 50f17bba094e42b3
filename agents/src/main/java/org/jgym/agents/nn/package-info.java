/** Flat-parameter multilayer perceptrons with backprop and Pearlmutter's R-operator, on netlib BLAS. */
package org.jgym.agents.nn;
