#ifndef SKILLGAP_CNCURSESW_SHIM_H
#define SKILLGAP_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here,
// before anything includes curses.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <wchar.h>

// Swift cannot call curses macros, and Swift 6 rejects the mutable globals stdscr, LINES and
// COLS as shared state. These functions wrap them.

static inline WINDOW *sg_stdscr(void) { return stdscr; }
static inline int sg_lines(void) { return LINES; }
static inline int sg_cols(void) { return COLS; }
static inline int sg_colors(void) { return COLORS; }
static inline int sg_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline void sg_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline int sg_err(void) { return ERR; }
static inline int sg_ok(void) { return OK; }
static inline int sg_key_code_yes(void) { return KEY_CODE_YES; }

static inline unsigned int sg_a_normal(void) { return A_NORMAL; }
static inline unsigned int sg_a_bold(void) { return A_BOLD; }
static inline unsigned int sg_a_reverse(void) { return A_REVERSE; }
static inline unsigned int sg_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int sg_a_dim(void) { return A_DIM; }

static inline int sg_key_up(void) { return KEY_UP; }
static inline int sg_key_down(void) { return KEY_DOWN; }
static inline int sg_key_left(void) { return KEY_LEFT; }
static inline int sg_key_right(void) { return KEY_RIGHT; }
static inline int sg_key_home(void) { return KEY_HOME; }
static inline int sg_key_end(void) { return KEY_END; }
static inline int sg_key_ppage(void) { return KEY_PPAGE; }
static inline int sg_key_npage(void) { return KEY_NPAGE; }
static inline int sg_key_backspace(void) { return KEY_BACKSPACE; }
static inline int sg_key_dc(void) { return KEY_DC; }
static inline int sg_key_enter(void) { return KEY_ENTER; }
static inline int sg_key_resize(void) { return KEY_RESIZE; }
static inline int sg_key_mouse(void) { return KEY_MOUSE; }
static inline int sg_key_btab(void) { return KEY_BTAB; }

/// Draws one cell of text (a grapheme as wide characters) with attributes and a colour pair.
/// Returns the columns ncurses advanced (what it thinks the text's width is), or -1 when it
/// could not draw the text at all (a character the locale cannot encode, say).
static inline int sg_put_cell(int y, int x, const wchar_t *text, unsigned int attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, (attr_t)attrs, pair, NULL) == ERR) return -1;
  // The bottom-right cell is set without moving the cursor past it (which would scroll or
  // fail); ncurses then draws it the way the terminal allows. Its width is the C library's.
  if (y == LINES - 1 && x == COLS - 1) {
    if (mvadd_wchnstr(y, x, &cell, 1) == ERR) return -1;
    int width = wcwidth(text[0]);
    return width < 0 ? -1 : width;
  }
  if (mvadd_wch(y, x, &cell) == ERR) return -1;
  int cy = getcury(stdscr), cx = getcurx(stdscr);
  // Past the last column the cursor wraps to the next row.
  return (cy - y) * COLS + (cx - x);
}

/// Draws a run of cells of one look, each one wide character, from (y, x). Returns the columns
/// ncurses advanced, or -1 when it could not draw the run. One call for a run instead of one
/// per cell: a frame's changed text is mostly such runs.
static inline int sg_put_run(int y, int x, const wchar_t *text, int count, unsigned int attrs,
                             short pair) {
  if (wattr_set(stdscr, (attr_t)attrs, pair, NULL) == ERR) return -1;
  int status = mvaddnwstr(y, x, text, count);
  int cy = getcury(stdscr), cx = getcurx(stdscr);
  wattr_set(stdscr, A_NORMAL, 0, NULL);
  if (status == ERR) return -1;
  // Past the last column the cursor wraps to the next row.
  return (cy - y) * COLS + (cx - x);
}

/// The character set of the locale (`UTF-8`, or `ANSI_X3.4-1968` for LANG=C).
static inline const char *sg_codeset(void) { return nl_langinfo(CODESET); }

/// Reads one key or character: returns KEY_CODE_YES for function keys, OK for characters.
static inline int sg_get_wch(wint_t *out) { return get_wch(out); }

/// The last mouse event: button state and position.
static inline int sg_mouse_event(int *y, int *x, unsigned long *state) {
  MEVENT event;
  if (getmouse(&event) != OK) return ERR;
  *y = event.y;
  *x = event.x;
  *state = (unsigned long)event.bstate;
  return OK;
}
static inline unsigned long sg_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED; }
static inline unsigned long sg_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline unsigned long sg_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}


// Signals. Swift cannot write a signal handler that only touches async-signal-safe state, so
// the handlers live here: SIGTERM and SIGHUP set a flag the event loop polls; a crash or
// SIGQUIT restores the terminal before the default action runs. (Left to the Swift runtime,
// SIGQUIT starts its backtracer, which waits on a terminal still in the app's mode.)

static volatile sig_atomic_t sg_signal_flag = 0;

static inline void sg_on_stop_signal(int sig) { sg_signal_flag = sig; }

static inline void sg_on_crash_signal(int sig) {
  endwin();
  signal(sig, SIG_DFL);
  raise(sig);
}

static inline void sg_end_at_exit(void) {
  if (!isendwin()) endwin();
}

/// Installs the stop and crash handlers and an atexit hook that restores the terminal.
static inline void sg_install_signal_handlers(void) {
  struct sigaction stop;
  memset(&stop, 0, sizeof stop);
  stop.sa_handler = sg_on_stop_signal;
  sigemptyset(&stop.sa_mask);
  sigaction(SIGTERM, &stop, NULL);
  sigaction(SIGHUP, &stop, NULL);
  sigaction(SIGINT, &stop, NULL);
  int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT};
  for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = sg_on_crash_signal;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    sigaction(crashes[i], &crash, NULL);
  }
  atexit(sg_end_at_exit);
  // A parent may have started us with these blocked (a test runner's worker thread, say);
  // blocked, they would never reach the handlers above or ncurses' own SIGWINCH handler.
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGWINCH);
  sigaddset(&wanted, SIGCONT);
  sigaddset(&wanted, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

/// The stop signal received since the last call (0 for none), clearing it.
static inline int sg_take_signal(void) {
  int sig = sg_signal_flag;
  sg_signal_flag = 0;
  return sig;
}

static inline int sg_isendwin(void) { return isendwin(); }

/// Leaves curses mode, stops the process group with SIGTSTP (the shell then shows its prompt),
/// and once continued (SIGCONT, `fg`) re-enters curses mode with the terminal's current size.
/// The default action is used for the stop, so no handler (ncurses' own included) runs twice.
static inline void sg_suspend(void) {
  endwin();
  fflush(stdout);
  struct sigaction stop, old;
  memset(&stop, 0, sizeof stop);
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  sigaction(SIGTSTP, &stop, &old);
  sigset_t tstp;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &tstp, NULL);
  // The whole job stops, as with a terminal's own Ctrl-Z (a wrapper such as `env` included).
  kill(0, SIGTSTP);
  // Here the process runs again.
  sigaction(SIGTSTP, &old, NULL);
  reset_prog_mode();
  // The window may have been resized while stopped, with the SIGWINCH lost to the stop.
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0 &&
      (size.ws_row != LINES || size.ws_col != COLS)) {
    resize_term(size.ws_row, size.ws_col);
  }
  refresh();
}

/// Opens curses on the process's standard output and input (globals Swift 6 cannot touch).
static inline SCREEN *sg_newterm(void) { return newterm(NULL, stdout, stdin); }

/// Makes every later refresh reach the terminal in one write().
///
/// Until curses has once left and re-entered its mode, ncurses 6 takes the screen for one
/// used by low-level terminfo programs and flushes its output buffer after every cursor jump:
/// a frame then leaves in one write() per jump, each a packet over SSH. Leaving and re-entering
/// once, before anything is drawn, ends that; the terminal sees the alternate screen entered,
/// left and entered again in the first two writes, with nothing drawn in between.
static inline void sg_buffer_frames(void) {
  endwin();
  refresh();
}

#endif
