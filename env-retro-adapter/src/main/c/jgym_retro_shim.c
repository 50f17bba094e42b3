/*
 * jgym's native half of the libretro frontend: the per-frame callbacks (video refresh, input poll/state, audio, log)
 * and the screen conversion to RGB888, so that one retro_run makes no call back into Java.
 *
 * libretro callbacks carry no user pointer, so the frontend state of the emulator being driven is found through a
 * thread-local pointer: jgym_retro_run (and jgym_retro_enter/leave around the other core calls) set it on the calling
 * thread. Several emulators (each a private copy of a core) then run side by side on different threads. A callback
 * that arrives with no emulator entered on its thread (a core calling from a thread of its own) is ignored.
 *
 * Built by Maven (exec-maven-plugin, gcc) into the module jar as linux-x86-64/libjgymretro.so. It declares the few
 * libretro types it uses itself, so it builds without libretro.h; when the header is installed (Debian retroarch-dev)
 * the build passes -DJGYM_WITH_LIBRETRO_H and the declarations are checked against it at compile time.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef void (*jr_video_refresh_t)(const void* data, unsigned width, unsigned height, size_t pitch);
typedef void (*jr_audio_sample_t)(int16_t left, int16_t right);
typedef size_t (*jr_audio_sample_batch_t)(const int16_t* data, size_t frames);
typedef void (*jr_input_poll_t)(void);
typedef int16_t (*jr_input_state_t)(unsigned port, unsigned device, unsigned index, unsigned id);
typedef void (*jr_log_printf_t)(int level, const char* fmt, ...);
typedef void (*jr_run_t)(void);

enum { JR_0RGB1555 = 0, JR_XRGB8888 = 1, JR_RGB565 = 2 };
enum { JR_PLAYERS = 2, JR_BUTTONS = 16, JR_CACHE_LINE = 64 };
/* jgym_retro_screen's results other than 0 (the Java side turns them into exceptions) */
enum { JR_NO_FRAME = 1, JR_BAD_FORMAT = 2, JR_PITCH_TOO_SMALL = 3 };

#ifdef JGYM_WITH_LIBRETRO_H
#include <libretro.h>
_Static_assert(__builtin_types_compatible_p(jr_video_refresh_t, retro_video_refresh_t), "video refresh");
_Static_assert(__builtin_types_compatible_p(jr_audio_sample_t, retro_audio_sample_t), "audio sample");
_Static_assert(__builtin_types_compatible_p(jr_audio_sample_batch_t, retro_audio_sample_batch_t), "audio batch");
_Static_assert(__builtin_types_compatible_p(jr_input_poll_t, retro_input_poll_t), "input poll");
_Static_assert(__builtin_types_compatible_p(jr_input_state_t, retro_input_state_t), "input state");
_Static_assert(sizeof(enum retro_log_level) == sizeof(int), "log level is an int-sized enum");
_Static_assert((int)JR_0RGB1555 == (int)RETRO_PIXEL_FORMAT_0RGB1555
               && (int)JR_XRGB8888 == (int)RETRO_PIXEL_FORMAT_XRGB8888
               && (int)JR_RGB565 == (int)RETRO_PIXEL_FORMAT_RGB565, "pixel formats");
#define JR_CHECKED_AGAINST_HEADER 1
#else
#define JR_CHECKED_AGAINST_HEADER 0
#endif

/* One emulator's frontend state; on its own cache lines, so emulators on different cores do not share one. */
typedef struct {
  const uint8_t* frame; /* the core's last frame buffer (a NULL frame repeats the previous one) */
  size_t pitch;
  unsigned width, height;
  uint16_t buttons[JR_PLAYERS];
} jr_frontend;

static __thread jr_frontend* current;

static void on_video_refresh(const void* data, unsigned width, unsigned height, size_t pitch) {
  jr_frontend* f = current;
  if (!f) return;
  if (data) f->frame = data;
  if (pitch) f->pitch = pitch;
  f->width = width;
  f->height = height;
}

static void on_input_poll(void) {}

static int16_t on_input_state(unsigned port, unsigned device, unsigned index, unsigned id) {
  (void)device;
  (void)index;
  jr_frontend* f = current;
  if (!f || port >= JR_PLAYERS || id >= JR_BUTTONS) return 0;
  return (f->buttons[port] >> id) & 1;
}

static void on_audio_sample(int16_t left, int16_t right) {
  (void)left;
  (void)right;
}

static size_t on_audio_sample_batch(const int16_t* data, size_t frames) {
  (void)data;
  return frames; /* audio is discarded */
}

static void on_log(int level, const char* fmt, ...) {
  (void)level;
  (void)fmt;
}

/** Returns 1 when this library was compiled against libretro.h (its declarations checked), else 0. */
int jgym_retro_checked_against_header(void) { return JR_CHECKED_AGAINST_HEADER; }

/** Hands the per-frame callbacks to a core: the arguments are its retro_set_* functions. */
void jgym_retro_install(void (*set_video)(jr_video_refresh_t), void (*set_audio)(jr_audio_sample_t),
                        void (*set_audio_batch)(jr_audio_sample_batch_t), void (*set_poll)(jr_input_poll_t),
                        void (*set_state)(jr_input_state_t)) {
  set_video(on_video_refresh);
  set_audio(on_audio_sample);
  set_audio_batch(on_audio_sample_batch);
  set_poll(on_input_poll);
  set_state(on_input_state);
}

/** The log function given to cores asking for RETRO_ENVIRONMENT_GET_LOG_INTERFACE; it drops every message. */
void* jgym_retro_log_function(void) { return (void*)(jr_log_printf_t)on_log; }

/** A new emulator state (no frame, no button pressed), or NULL when out of memory. */
jr_frontend* jgym_retro_open(void) {
  size_t size = (sizeof(jr_frontend) + JR_CACHE_LINE - 1) / JR_CACHE_LINE * JR_CACHE_LINE;
  jr_frontend* f = aligned_alloc(JR_CACHE_LINE, size);
  if (f) memset(f, 0, size);
  return f;
}

void jgym_retro_close(jr_frontend* f) {
  if (current == f) current = NULL;
  free(f);
}

/** Routes the callbacks of the core calls that follow on this thread to {@code f}, until jgym_retro_leave. */
void jgym_retro_enter(jr_frontend* f) { current = f; }

void jgym_retro_leave(void) { current = NULL; }

void jgym_retro_set_buttons(jr_frontend* f, int player, int mask) {
  if (player >= 0 && player < JR_PLAYERS) f->buttons[player] = (uint16_t)mask;
}

/** Runs one frame of the core whose retro_run is {@code run}, with {@code f} receiving its callbacks. */
void jgym_retro_run(jr_frontend* f, jr_run_t run) {
  jr_frontend* previous = current;
  current = f;
  run();
  current = previous;
}

int jgym_retro_frame_width(const jr_frontend* f) { return (int)f->width; }

int jgym_retro_frame_height(const jr_frontend* f) { return (int)f->height; }

/* The bit fields of a 16-bit pixel format: red and green masks and right shifts (blue is always bits 0-4, << 3). */
typedef struct {
  uint16_t red_mask, green_mask;
  int red_shift, green_shift;
} jr_format16;

static const jr_format16 RGB565 = {0xF800, 0x07E0, 8, 3};
static const jr_format16 XRGB1555 = {0x7C00, 0x03E0, 7, 2};

static void row16_scalar(const uint8_t* row, int from, int width, const jr_format16* f, uint8_t* out) {
  for (int c = from; c < width; c++, out += 3) {
    uint16_t v;
    memcpy(&v, row + 2 * c, 2);
    out[0] = (uint8_t)((v & f->red_mask) >> f->red_shift);
    out[1] = (uint8_t)((v & f->green_mask) >> f->green_shift);
    out[2] = (uint8_t)((v & 0x1F) << 3);
  }
}

static void row32_scalar(const uint8_t* row, int from, int width, uint8_t* out) {
  for (int c = from; c < width; c++, out += 3) {
    out[0] = row[4 * c + 2];
    out[1] = row[4 * c + 1];
    out[2] = row[4 * c];
  }
}

#if defined(__x86_64__)
#include <immintrin.h>
#define JR_HAVE_SSSE3 1

/* 8 pixels at a time: the three channels as 16-bit lanes, packed to bytes, then interleaved with byte shuffles. */
__attribute__((target("ssse3"))) static void row16_ssse3(const uint8_t* row, int width, const jr_format16* f,
                                                          uint8_t* out) {
  const __m128i red_mask = _mm_set1_epi16((short)f->red_mask), green_mask = _mm_set1_epi16((short)f->green_mask);
  const __m128i blue_mask = _mm_set1_epi16(0x1F);
  const __m128i red_shift = _mm_cvtsi32_si128(f->red_shift), green_shift = _mm_cvtsi32_si128(f->green_shift);
  /* rg holds r0..r7 in bytes 0-7 and g0..g7 in bytes 8-15; bb holds b0..b7 (twice) */
  const __m128i rg_low = _mm_setr_epi8(0, 8, -1, 1, 9, -1, 2, 10, -1, 3, 11, -1, 4, 12, -1, 5);
  const __m128i b_low = _mm_setr_epi8(-1, -1, 0, -1, -1, 1, -1, -1, 2, -1, -1, 3, -1, -1, 4, -1);
  const __m128i rg_high = _mm_setr_epi8(13, -1, 6, 14, -1, 7, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m128i b_high = _mm_setr_epi8(-1, 5, -1, -1, 6, -1, -1, 7, -1, -1, -1, -1, -1, -1, -1, -1);
  int c = 0;
  for (; c + 8 <= width; c += 8, out += 24) {
    __m128i v = _mm_loadu_si128((const __m128i*)(row + 2 * c));
    __m128i r = _mm_srl_epi16(_mm_and_si128(v, red_mask), red_shift);
    __m128i g = _mm_srl_epi16(_mm_and_si128(v, green_mask), green_shift);
    __m128i b = _mm_slli_epi16(_mm_and_si128(v, blue_mask), 3);
    __m128i rg = _mm_packus_epi16(r, g), bb = _mm_packus_epi16(b, b);
    _mm_storeu_si128((__m128i*)out, _mm_or_si128(_mm_shuffle_epi8(rg, rg_low), _mm_shuffle_epi8(bb, b_low)));
    _mm_storel_epi64((__m128i*)(out + 16), _mm_or_si128(_mm_shuffle_epi8(rg, rg_high), _mm_shuffle_epi8(bb, b_high)));
  }
  row16_scalar(row, c, width, f, out);
}

/* 4 pixels at a time; the 16-byte store runs 4 bytes ahead, so it stops while 2 pixels of the row remain. */
__attribute__((target("ssse3"))) static void row32_ssse3(const uint8_t* row, int width, uint8_t* out) {
  const __m128i bgrx_to_rgb = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  int c = 0;
  for (; c + 6 <= width; c += 4, out += 12) {
    __m128i v = _mm_loadu_si128((const __m128i*)(row + 4 * c));
    _mm_storeu_si128((__m128i*)out, _mm_shuffle_epi8(v, bgrx_to_rgb));
  }
  row32_scalar(row, c, width, out);
}
#else
#define JR_HAVE_SSSE3 0
#endif

/*
 * Writes the rectangle (x, y, width, height) of the last frame as RGB888 rows into out (width * height * 3 bytes),
 * expanding 16-bit pixels with plain shifts (low bits zero), as stable-retro does. The caller checks the rectangle
 * against the screen size; here the row is checked against the frame's pitch.
 */
int jgym_retro_screen(const jr_frontend* f, int format, int x, int y, int width, int height, uint8_t* out) {
  if (!f->frame) return JR_NO_FRAME;
  size_t bpp = format == JR_XRGB8888 ? 4 : 2;
  if (format != JR_0RGB1555 && format != JR_XRGB8888 && format != JR_RGB565) return JR_BAD_FORMAT;
  if ((size_t)(x + width) * bpp > f->pitch) return JR_PITCH_TOO_SMALL;
  const jr_format16* f16 = format == JR_RGB565 ? &RGB565 : &XRGB1555;
  int ssse3 = 0;
#if JR_HAVE_SSSE3
  __builtin_cpu_init();
  ssse3 = __builtin_cpu_supports("ssse3");
#endif
  for (int r = 0; r < height; r++, out += (size_t)width * 3) {
    const uint8_t* row = f->frame + (size_t)(y + r) * f->pitch + (size_t)x * bpp;
#if JR_HAVE_SSSE3
    if (ssse3) {
      if (bpp == 4) row32_ssse3(row, width, out);
      else row16_ssse3(row, width, f16, out);
      continue;
    }
#endif
    if (bpp == 4) row32_scalar(row, 0, width, out);
    else row16_scalar(row, 0, width, f16, out);
  }
  return 0;
}
