/*
 * jgym's guard around MuJoCo calls that may raise mju_error.
 *
 * MuJoCo's default error handler writes MUJOCO_LOG.TXT into the working directory and calls exit(1), and a user
 * handler must not return into MuJoCo. So the error handler installed here jumps (longjmp) back to the guarded
 * entry point that called MuJoCo, which returns an error code; the Java side then reads the message and throws.
 * The jump target and the messages are thread-local, so envs on different threads do not interfere. Warnings are
 * kept (per thread) instead of being logged to a file.
 *
 * Built by Maven (exec-maven-plugin, gcc) into the module jar as linux-x86-64/libjgymmujocoguard.so. It declares
 * only the few MuJoCo entry points it calls, with opaque struct types, so it builds without MuJoCo installed; the
 * symbols resolve at load time against libmujoco, which the Java loader opens first with RTLD_GLOBAL.
 */
#include <setjmp.h>
#include <stddef.h>
#include <string.h>

typedef struct mjModel_ mjModel;
typedef struct mjData_ mjData;
typedef struct mjVFS_ mjVFS;

extern void (*mju_user_error)(const char*);
extern void (*mju_user_warning)(const char*);
void mj_step(const mjModel* m, mjData* d);
void mj_rnePostConstraint(const mjModel* m, mjData* d);
void mj_forward(const mjModel* m, mjData* d);
void mj_resetData(const mjModel* m, mjData* d);
mjData* mj_makeData(const mjModel* m);
mjModel* mj_loadXML(const char* filename, const mjVFS* vfs, char* error, int error_sz);

#define MESSAGE_SIZE 1024

static __thread jmp_buf* guard;
static __thread char error_message[MESSAGE_SIZE];
static __thread char warning_message[MESSAGE_SIZE];
static __thread int warning_count;

static void copy_message(char* to, const char* from) {
  strncpy(to, from ? from : "(no message)", MESSAGE_SIZE - 1);
  to[MESSAGE_SIZE - 1] = '\0';
}

static void on_error(const char* msg) {
  copy_message(error_message, msg);
  if (guard) {
    longjmp(*guard, 1);
  }
  /* an error outside a guarded call: MuJoCo continues; the message stays for jg_error_message */
}

static void on_warning(const char* msg) {
  copy_message(warning_message, msg);
  warning_count++;
}

/* Installs the handlers (process-wide). */
void jg_install(void) {
  mju_user_error = on_error;
  mju_user_warning = on_warning;
}

/* The message of the last error on this thread. */
const char* jg_error_message(void) { return error_message; }

/* The last warning on this thread; jg_take_warnings returns how many arrived since its last call. */
const char* jg_warning_message(void) { return warning_message; }

int jg_take_warnings(void) {
  int n = warning_count;
  warning_count = 0;
  return n;
}

#define GUARDED(...)                       \
  jmp_buf here;                            \
  jmp_buf* outer = guard;                  \
  if (setjmp(here)) {                      \
    guard = outer;                         \
    return 1;                              \
  }                                        \
  guard = &here;                           \
  __VA_ARGS__;                               \
  guard = outer;                           \
  return 0;

/* nstep x mj_step, then mj_rnePostConstraint when rne != 0 (Gymnasium's MujocoEnv.do_simulation); 1 on error. */
int jg_step(const mjModel* m, mjData* d, int nstep, int rne) {
  GUARDED({
    for (int i = 0; i < nstep; i++) {
      mj_step(m, d);
    }
    if (rne) {
      mj_rnePostConstraint(m, d);
    }
  })
}

int jg_forward(const mjModel* m, mjData* d) { GUARDED(mj_forward(m, d)) }

int jg_reset_data(const mjModel* m, mjData* d) { GUARDED(mj_resetData(m, d)) }

/* mj_makeData into *out (NULL when MuJoCo returns none); 1 on error. */
int jg_make_data(const mjModel* m, mjData** out) { GUARDED(*out = mj_makeData(m)) }

/* mj_loadXML into *out; compile errors land in error (error_sz bytes); 1 on a MuJoCo error. */
int jg_load_xml(const char* filename, char* error, int error_sz, mjModel** out) {
  GUARDED(*out = mj_loadXML(filename, NULL, error, error_sz))
}

/* ---- rendering (called on jgym's one render thread, with its EGL context current) ---- */

typedef struct { int left, bottom, width, height; } mjrRect;
typedef struct mjvScene_ mjvScene;
typedef struct mjvCamera_ mjvCamera;
typedef struct mjvOption_ mjvOption;
typedef struct mjvPerturb_ mjvPerturb;
typedef struct mjrContext_ mjrContext;
void mjv_makeScene(const mjModel* m, mjvScene* scn, int maxgeom);
void mjr_makeContext(const mjModel* m, mjrContext* con, int fontscale);
void mjr_setBuffer(int framebuffer, mjrContext* con);
void mjv_updateScene(const mjModel* m, mjData* d, const mjvOption* opt, const mjvPerturb* pert, mjvCamera* cam,
                     int catmask, mjvScene* scn);
void mjr_render(mjrRect viewport, mjvScene* scn, const mjrContext* con);
void mjr_readPixels(unsigned char* rgb, float* depth, mjrRect viewport, const mjrContext* con);

int jg_make_scene(const mjModel* m, mjvScene* scn, int maxgeom) { GUARDED(mjv_makeScene(m, scn, maxgeom)) }

int jg_make_context(const mjModel* m, mjrContext* con, int fontscale) { GUARDED(mjr_makeContext(m, con, fontscale)) }

/* Renders the scene of d seen by cam into rgb (width x height x 3, bottom row first); 1 on error. */
int jg_render(const mjModel* m, mjData* d, const mjvOption* opt, const mjvPerturb* pert, mjvCamera* cam,
              int catmask, mjvScene* scn, mjrContext* con, int framebuffer, int width, int height,
              unsigned char* rgb) {
  GUARDED({
    mjrRect viewport = {0, 0, width, height};
    mjr_setBuffer(framebuffer, con);
    mjv_updateScene(m, d, opt, pert, cam, catmask, scn);
    mjr_render(viewport, scn, con);
    mjr_readPixels(rgb, NULL, viewport, con);
  })
}
