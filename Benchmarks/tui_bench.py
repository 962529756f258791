#!/usr/bin/env python3
"""Start-up and redraw cost of skillgap's TUI next to whiptail, measured in one run.

Runs each program in a pseudo-terminal of 80x24 and reports:
  - the time from start to the first full frame (the moment the frame's last element arrives),
  - the bytes written per key when moving the highlight (rating screen: the scale's levels;
    review screen: the skills table), next to whiptail --radiolist with the same number of items.

A move on the rating screen also shows the newly highlighted level's descriptor and "I can..."
indicators, text that whiptail's list does not have. So that move is compared with whiptail's
move plus that text: the UTF-8 bytes of the cells whose character changes, read from the screen
in tmux (cells that become blank count nothing). The raw comparison is printed too.
Usage: Benchmarks/tui_bench.py PATH_TO_SKILLGAP [RUNS]
Needs whiptail and tmux.
"""
import fcntl, os, pty, select, shutil, signal, statistics, struct, subprocess, sys, tempfile
import termios, time, unicodedata

ROWS, COLS = 24, 80
RATE_MOVES = 4  # from the first level to the last of the five


def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    """Reads until `marker` has arrived; returns (bytes, seconds)."""
    start = time.perf_counter()
    data = b""
    while marker not in data:
        left = timeout - (time.perf_counter() - start)
        if left <= 0:
            raise TimeoutError(f"{marker!r} never arrived; got {data[-200:]!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                data += os.read(fd, 65536)
            except OSError:
                break
    return data, time.perf_counter() - start


def drain(fd, quiet=0.08):
    """Reads until the program has been quiet for `quiet` seconds; returns the bytes."""
    data = b""
    while True:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return data
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return data
        if not chunk:
            return data
        data += chunk


def stop(pid, fd, keys=b"q"):
    try:
        os.write(fd, keys)
        drain(fd, 0.2)
    except OSError:
        pass
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)


def bytes_per_key(fd, key, presses):
    sizes = []
    for _ in range(presses):
        os.write(fd, key)
        sizes.append(len(drain(fd)))
    return statistics.mean(sizes)


def environment(term):
    env = dict(os.environ)
    env.update({"TERM": term, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLUMNS": str(COLS),
                "LINES": str(ROWS)})
    env.pop("NO_COLOR", None)
    return env


def skillgap_run(binary, term):
    data_dir = tempfile.mkdtemp(prefix="skillgap-bench-")
    env = environment(term)
    env["SKILLGAP_DATA_DIR"] = data_dir
    pid, fd = spawn([binary], env)
    _, first = read_until(fd, b"quit")
    drain(fd)
    os.write(fd, b"\r")  # start the assessment: the rating screen
    drain(fd)
    rate = bytes_per_key(fd, b"j", RATE_MOVES)
    os.write(fd, b"k" * 4 + b"r")  # back up, then open the review table
    drain(fd)
    review = bytes_per_key(fd, b"j", 15)
    stop(pid, fd, b"q")
    shutil.rmtree(data_dir, ignore_errors=True)
    return first, rate, review


def cells(line):
    """The characters of a captured line, one per column (a wide character then an empty one)."""
    row = []
    for character in line:
        row.append(character)
        if unicodedata.east_asian_width(character) in ("W", "F"):
            row.append("")
    return (row + [" "] * COLS)[:COLS]


def changed_text(before, after):
    """UTF-8 bytes of the cells whose character differs, not counting cells that become blank."""
    total = 0
    for old, new in zip(before, after):
        for a, b in zip(cells(old), cells(new)):
            if a != b and b.strip():
                total += len(b.encode())
    return total


def rate_move_text(binary, term):
    """The mean text a rating-screen move must change, from the same moves in tmux."""
    data_dir = tempfile.mkdtemp(prefix="skillgap-bench-")
    socket = f"skillgap-bench-{os.getpid()}"
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    env = environment(term)
    env["SKILLGAP_DATA_DIR"] = data_dir

    def screen():
        return subprocess.run(tmux + ["capture-pane", "-p", "-t", "b"], capture_output=True,
                              text=True, check=True).stdout.split("\n")[:ROWS]

    def settle(previous):
        """Waits for the screen to change from `previous` and then stay the same."""
        deadline, last = time.time() + 10, previous
        while time.time() < deadline:
            time.sleep(0.05)
            now = screen()
            if now == last and now != previous:
                return now
            last = now
        raise TimeoutError("the screen in tmux did not settle")

    try:
        command = " ".join(f"{k}='{v}'" for k, v in env.items() if k in (
            "TERM", "LANG", "LC_ALL", "SKILLGAP_DATA_DIR"))
        subprocess.run(tmux + ["new-session", "-d", "-s", "b", "-x", str(COLS), "-y", str(ROWS),
                               f"env {command} '{binary}'"], check=True, env=env)
        frame = settle([])
        subprocess.run(tmux + ["send-keys", "-t", "b", "Enter"], check=True)
        frame = settle(frame)
        sizes = []
        for _ in range(RATE_MOVES):
            subprocess.run(tmux + ["send-keys", "-t", "b", "j"], check=True)
            after = settle(frame)
            sizes.append(changed_text(frame, after))
            frame = after
        return statistics.mean(sizes)
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)
        shutil.rmtree(data_dir, ignore_errors=True)


def whiptail_run(items, term):
    env = environment(term)
    argv = ["whiptail", "--title", "Rate", "--radiolist", "Pick a level", str(ROWS - 4),
            str(COLS - 10), str(min(items, ROWS - 10))]
    for index in range(items):
        argv += [str(index), f"Level or skill number {index}", "ON" if index == 0 else "OFF"]
    pid, fd = spawn(argv, env)
    _, first = read_until(fd, b"Cancel")
    drain(fd)
    moves = min(items - 1, 15)
    per_key = bytes_per_key(fd, b"\x1b[B", moves)
    stop(pid, fd, b"\x1b")
    return first, per_key


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    for tool in ("whiptail", "tmux"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (apt-get install {tool})")
    skills = int(os.popen(f"'{binary}' validate").read().split(", ")[1].split()[0])
    term = "xterm-256color"
    results = {"sg_first": [], "sg_rate": [], "sg_review": [], "wt5_first": [], "wt5_key": [],
               "wtN_key": []}
    for _ in range(runs):
        first, rate, review = skillgap_run(binary, term)
        results["sg_first"].append(first)
        results["sg_rate"].append(rate)
        results["sg_review"].append(review)
        wt_first, wt_key = whiptail_run(5, term)
        results["wt5_first"].append(wt_first)
        results["wt5_key"].append(wt_key)
        results["wtN_key"].append(whiptail_run(skills, term)[1])

    med = {key: statistics.median(values) for key, values in results.items()}
    text = rate_move_text(binary, term)
    print(f"TUI benchmark: {runs} runs, {COLS}x{ROWS}, TERM={term}, medians")
    print(f"{'measure':44} {'skillgap':>10} {'whiptail':>10} {'ratio':>7} {'target':>8}")
    rows = [
        ("time to first full frame (ms)", med["sg_first"] * 1000, med["wt5_first"] * 1000, 2.0),
        ("bytes per highlight move, rating (5 items)", med["sg_rate"],
         med["wt5_key"] + text, 2.0),
        (f"bytes per highlight move, review ({skills} items)", med["sg_review"], med["wtN_key"], 2.0),
    ]
    failed = False
    for name, ours, theirs, target in rows:
        ratio = ours / theirs if theirs else float("inf")
        verdict = "ok" if ratio <= target else "MISSED"
        failed |= ratio > target
        print(f"{name:44} {ours:10.1f} {theirs:10.1f} {ratio:7.2f} {'≤' + str(target) + '×':>6} {verdict}")
    print(f"Rating: whiptail's figure is its move ({med['wt5_key']:.1f} B) plus the text the move "
          f"must change ({text:.1f} B);")
    print(f"against whiptail's move alone the ratio is {med['sg_rate'] / med['wt5_key']:.2f}.")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
