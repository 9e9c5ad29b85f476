"""`regionflux ui` started as a user starts it, on a free loopback port, for the page's tests; and the
browser those tests drive (Debian's Chromium through Playwright)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WAIT = 30_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PageServer:
    """``python -m regionflux ui --port P ARGS`` in a subprocess, its output in ``log``."""

    def __init__(self, args: list[str], tmp: Path, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / f"server-{self.port}.log"
        self._log = open(self.log_path, "w")
        self.process = subprocess.Popen([sys.executable, "-m", "regionflux", "ui", "--port", str(self.port), *args],
                                        stdout=self._log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})

    def wait_until_up(self, seconds: float = 90) -> "PageServer":
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"regionflux ui exited: {self.log()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("regionflux ui did not answer within 90 s")

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text()

    def stop(self) -> None:
        stop_all([self])


def stop_all(servers: list[PageServer]) -> None:
    """Ask every server to end first, then wait for each: they shut down side by side (about 1 s each)."""
    for server in servers:
        server.process.terminate()
    for server in servers:
        try:
            server.process.wait(10)
        except subprocess.TimeoutExpired:
            server.process.kill()
        server._log.close()


def launch_browser(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
