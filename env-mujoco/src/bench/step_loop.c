/*
 * The C baseline of jgym's MuJoCo benchmark: the physics of one env step (ctrl from a fixed table of uniform random
 * float32 actions, frame_skip x mj_step, mj_rnePostConstraint) in a plain loop, resetting every 1000 steps as a time
 * limit would. StepBenchmark draws the same table with the same generator and resets to the same state (no noise),
 * so both run the same trajectory.
 *
 * Usage: step_loop <model.xml> <frame_skip>. It serves blocks so that the benchmark can alternate it with the Java
 * env many times within seconds (the host's speed drifts): each stdin line K runs the next K steps of the trajectory
 * and answers one line "<wall seconds>"; an empty line or EOF ends it.
 */
#include <mujoco/mujoco.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s model.xml frame_skip\n", argv[0]);
    return 2;
  }
  char error[1000];
  mjModel* m = mj_loadXML(argv[1], NULL, error, sizeof(error));
  if (!m) {
    fprintf(stderr, "%s\n", error);
    return 1;
  }
  int frame_skip = atoi(argv[2]);
  mjData* d = mj_makeData(m);
  int table = 1000;
  double* actions = malloc(sizeof(double) * table * m->nu);
  unsigned long long state = 12345;
  for (int i = 0; i < table * m->nu; i++) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    actions[i] = (float)(2.0 * (double)(state >> 11) / 9007199254740992.0 - 1.0);
  }
  long t = 0;
  char line[64];
  while (fgets(line, sizeof(line), stdin) && line[0] != '\n') {
    long steps = atol(line);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long end = t + steps; t < end; t++) {
      if (t % 1000 == 0) {
        mj_resetData(m, d);
        mj_forward(m, d);
      }
      for (int i = 0; i < m->nu; i++) {
        d->ctrl[i] = actions[(t % table) * m->nu + i];
      }
      for (int k = 0; k < frame_skip; k++) {
        mj_step(m, d);
      }
      mj_rnePostConstraint(m, d);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%.9f\n", (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec));
    fflush(stdout);
  }
  mj_deleteData(d);
  mj_deleteModel(m);
  free(actions);
  return 0;
}
