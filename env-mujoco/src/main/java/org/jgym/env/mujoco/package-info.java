/**
 * MuJoCo locomotion envs: Gymnasium's {@code HalfCheetah-v5} and {@code Ant-v5} and the MAML task families, on
 * JNA bindings generated from the {@code mujoco} package's own description ({@link org.jgym.env.mujoco.bind}).
 */
package org.jgym.env.mujoco;
