/**
 * Navigation task families for meta-RL: MAML's point-mass {@link org.jgym.env.navigation.Navigation2DEnv}
 * (Finn, Abbeel and Levine 2017) and the obstacle grid walk {@link org.jgym.env.navigation.ObstacleNavigationEnv}
 * of Duan and Wang, with their goal distributions, a greedy reference agent and a PNG-able renderer.
 *
 * <p>Everything is registered by {@link org.jgym.env.navigation.NavigationProvider} through
 * {@link java.util.ServiceLoader}: {@code Gym.make("Navigation2D-v0")}, {@code Gym.make("ObstacleNavigation-v0")}.
 */
package org.jgym.env.navigation;
