"""The thin terminal side of the session player: keys, line prompts and the clock.

Keys and answers come from one byte buffer over stdin, so a script can pipe both ("3\\nq1\\n2\\n")
and a person at a terminal gets single-key control (cbreak mode, POSIX only) during the
countdown and normal line editing at the prompts. `BACKCOACH_CLOCK_SPEED` makes the clock run
faster, so a real session runs in a subprocess test within a second.
"""

import os
import select
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

try:
    import termios
    import tty
except ImportError:  # Windows: no cbreak mode; keys then need Enter
    termios = None  # type: ignore[assignment]
    tty = None  # type: ignore[assignment]


def clock_speed() -> float:
    try:
        return max(0.001, float(os.environ.get("BACKCOACH_CLOCK_SPEED", "1")))
    except ValueError:
        return 1.0


class Input:
    def __init__(self, fd: int | None = None) -> None:
        self.fd = sys.stdin.fileno() if fd is None else fd
        self.buffer = b""
        self.closed = False
        self.interactive = os.isatty(self.fd)

    def _fill(self, timeout: float | None) -> bool:
        if self.closed:
            return False
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        chunk = os.read(self.fd, 1024)
        if not chunk:
            self.closed = True
            return False
        self.buffer += chunk
        return True

    def key(self, timeout: float) -> str | None:
        """One key if one arrives within `timeout` seconds, else None."""
        if not self.buffer and not self._fill(timeout):
            if self.closed:
                time.sleep(timeout)  # input has ended: wait like a quiet keyboard would
            return None
        char, self.buffer = self.buffer[:1], self.buffer[1:]
        return char.decode(errors="replace")

    def line(self) -> str | None:
        """One line (without its newline), or None at the end of input."""
        while b"\n" not in self.buffer:
            if not self._fill(None):
                if not self.buffer:
                    return None
                text, self.buffer = self.buffer, b""
                return text.decode(errors="replace").strip()
        text, _, self.buffer = self.buffer.partition(b"\n")
        return text.decode(errors="replace").strip()

    @contextmanager
    def single_keys(self) -> Iterator[None]:
        """cbreak mode while the countdown runs: keys arrive without Enter and are not echoed."""
        if not self.interactive or termios is None:
            yield
            return
        saved = termios.tcgetattr(self.fd)
        try:
            # TCSANOW, not the default TCSAFLUSH: keys typed ahead must not be thrown away.
            tty.setcbreak(self.fd, termios.TCSANOW)
            yield
        finally:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, saved)


def ask_number(
    read: Input, say: Callable[[str], None], question: str, low: int, high: int
) -> int | None:
    """Asks until the answer is a whole number in range; None if skipped or input ends."""
    for _ in range(5):
        say(f"{question} ({low}-{high}, Enter to skip): ")
        answer = read.line()
        if not answer:
            return None
        if answer.isdigit() and low <= int(answer) <= high:
            return int(answer)
        say(f"Please answer with a number from {low} to {high}.\n")
    return None


class Clock:
    """Monotonic seconds, scaled by BACKCOACH_CLOCK_SPEED."""

    def __init__(self) -> None:
        self.speed = clock_speed()
        self.last = time.monotonic()

    def lap(self) -> float:
        now = time.monotonic()
        passed, self.last = (now - self.last) * self.speed, now
        return passed
