/*
 * The floor of the first-frame race: the least a C program can do with ncurses to show what
 * whiptail's radiolist shows (a box, a title, a prompt, a list with one item marked, two buttons)
 * and move a highlight. No argument parsing beyond the item count, no locale tables, no
 * configuration files. Built by tui_bench.py with the system's C compiler where there is one, so
 * a machine without whiptail and dialog still has a same-run reference.
 * Usage: floor [ITEMS]   (q or Escape quits; j / k / arrows move)
 */
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

static void draw_item(WINDOW *list, int index, int top, int highlighted, int chosen) {
    int row = index - top;
    if (index == highlighted) wattron(list, A_REVERSE);
    mvwprintw(list, row, 0, " (%c) %-3d Level or skill number %-6d", index == chosen ? '*' : ' ',
              index, index);
    if (index == highlighted) wattroff(list, A_REVERSE);
}

int main(int argc, char **argv) {
    int items = argc > 1 ? atoi(argv[1]) : 5;
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    int height = LINES - 4, width = COLS - 10;
    int visible = items < LINES - 10 ? items : LINES - 10;
    WINDOW *box_window = newwin(height, width, 2, 5);
    box(box_window, 0, 0);
    mvwprintw(box_window, 0, (width - 6) / 2, " Rate ");
    mvwprintw(box_window, 1, 2, "Pick a level");
    mvwprintw(box_window, height - 2, width / 4 - 2, "<Ok>");
    mvwprintw(box_window, height - 2, 3 * width / 4 - 4, "<Cancel>");
    wnoutrefresh(stdscr);
    wnoutrefresh(box_window);
    WINDOW *list = derwin(box_window, visible, width - 8, 3, 4);
    int top = 0, highlighted = 0;
    for (int index = 0; index < visible; index++) draw_item(list, index, top, highlighted, 0);
    wnoutrefresh(list);
    doupdate();
    for (;;) {
        int key = getch();
        if (key == 'q' || key == 27) break;
        int next = highlighted;
        if ((key == KEY_DOWN || key == 'j') && highlighted + 1 < items) next++;
        if ((key == KEY_UP || key == 'k') && highlighted > 0) next--;
        if (next == highlighted) continue;
        int old = highlighted;
        highlighted = next;
        if (highlighted < top || highlighted >= top + visible) {
            top = highlighted < top ? highlighted : highlighted - visible + 1;
            for (int index = top; index < top + visible; index++)
                draw_item(list, index, top, highlighted, 0);
        } else {
            draw_item(list, old, top, highlighted, 0);
            draw_item(list, highlighted, top, highlighted, 0);
        }
        wrefresh(list);
    }
    endwin();
    return 0;
}
