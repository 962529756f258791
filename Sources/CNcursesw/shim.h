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

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
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
/// Set once the screen is deleted: the exit hook then has nothing to restore.
static volatile sig_atomic_t sg_screen_deleted = 0;

static inline void sg_mark_screen_deleted(void) { sg_screen_deleted = 1; }

static inline void sg_on_stop_signal(int sig) { sg_signal_flag = sig; }

/// skillgap writes its own frames and may leave text styled between them: turn that off
/// before curses hands the terminal back.
static inline void sg_plain_text(void) {
  if (!sg_screen_deleted && cur_term != NULL && exit_attribute_mode != NULL) {
    putp(exit_attribute_mode);
  }
}

static inline void sg_on_crash_signal(int sig) {
  sg_plain_text();
  endwin();
  signal(sig, SIG_DFL);
  raise(sig);
}

static inline void sg_end_at_exit(void) {
  if (!sg_screen_deleted && !isendwin()) {
    sg_plain_text();
    endwin();
  }
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

// Terminfo, for the frames skillgap writes itself (curses keeps reading the keys). tparm is
// variadic, which Swift cannot call.

/// A string capability of the terminal, or NULL when it has none.
static inline const char *sg_string_cap(const char *name) {
  char *value = tigetstr(name);
  return value == (char *)-1 ? NULL : value;
}

/// Whether the terminal has a boolean capability.
static inline int sg_flag_cap(const char *name) { return tigetflag(name) > 0; }

/// A capability with two parameters filled in (`cup`: row, column).
static inline const char *sg_tparm2(const char *cap, int first, int second) {
  return tiparm(cap, first, second);
}

/// A capability with one parameter filled in (`setaf`: a colour).
static inline const char *sg_tparm1(const char *cap, int first) { return tiparm(cap, first); }

/// `sgr` with its nine parameters (standout, underline, reverse, blink, dim, bold, invisible,
/// protected, alternate character set).
static inline const char *sg_tparm_sgr(const char *cap, int underline, int reverse, int dim,
                                       int bold) {
  return tiparm(cap, 0, underline, reverse, 0, dim, bold, 0, 0, 0);
}

/// The columns the C library gives a character, or -1 for one it cannot draw.
static inline int sg_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/// Writes a whole buffer to standard output, through interruptions and short writes. Returns 0,
/// or -1 when the terminal refuses it.
static inline int sg_write_all(const unsigned char *bytes, long count) {
  while (count > 0) {
    ssize_t written = write(STDOUT_FILENO, bytes, (size_t)count);
    if (written < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return -1;
    }
    bytes += written;
    count -= written;
  }
  return 0;
}

/// Tells curses where the cursor is (after skillgap's own output moved it), by moving it from
/// there to the bottom-left corner, where curses leaves it when it ends.
static inline void sg_park_cursor(int row, int column) {
  mvcur(row, column, LINES - 1, 0);
  fflush(stdout);
}

#endif
