#!/usr/bin/env python3
"""Start-up and redraw cost of skillgap's TUI next to whiptail, measured in one run.

Runs each program in a pseudo-terminal of 80x24 and reports:
  - the time from start to the first full frame (the moment the frame's last element arrives),
  - the bytes written per key when moving the highlight (rating screen: the scale's levels;
    review screen: the skills table), next to whiptail --radiolist with the same number of items.
Usage: Benchmarks/tui_bench.py PATH_TO_SKILLGAP [RUNS]
"""
import fcntl, os, pty, select, shutil, signal, statistics, struct, sys, tempfile, termios, time

ROWS, COLS = 24, 80


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
    rate = bytes_per_key(fd, b"j", 4) if True else 0
    os.write(fd, b"k" * 4 + b"r")  # back up, then open the review table
    drain(fd)
    review = bytes_per_key(fd, b"j", 15)
    stop(pid, fd, b"q")
    shutil.rmtree(data_dir, ignore_errors=True)
    return first, rate, review


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
    if not shutil.which("whiptail"):
        sys.exit("whiptail is not installed (apt-get install whiptail)")
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
    print(f"TUI benchmark: {runs} runs, {COLS}x{ROWS}, TERM={term}, medians")
    print(f"{'measure':44} {'skillgap':>10} {'whiptail':>10} {'ratio':>7} {'target':>8}")
    rows = [
        ("time to first full frame (ms)", med["sg_first"] * 1000, med["wt5_first"] * 1000, 2.0),
        ("bytes per highlight move, rating (5 items)", med["sg_rate"], med["wt5_key"], 2.0),
        (f"bytes per highlight move, review ({skills} items)", med["sg_review"], med["wtN_key"], 2.0),
    ]
    failed = False
    for name, ours, theirs, target in rows:
        ratio = ours / theirs if theirs else float("inf")
        verdict = "ok" if ratio <= target else "MISSED"
        failed |= ratio > target
        print(f"{name:44} {ours:10.1f} {theirs:10.1f} {ratio:7.2f} {'≤' + str(target) + '×':>6} {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
