"""quizgen serve with a class: pages opened at once, time to their first screen, memory per
page, and how long Ctrl-C takes with every page open.

Run: .venv/bin/python benchmarks/serve.py [--pages 10]
Budgets: one page's first screen <= 1.5 s; starting a page's app <= 0.8 s of CPU (so a class of
30 arriving at once on 2 cores waits about 12 s at worst); memory <= 120 MiB per page; Ctrl-C
closes every page and stops in <= 5 s whatever the number of pages (each app is told to quit,
about 0.3 s of CPU each, and those still running after STOP_TIMEOUT = 5 s are killed).
Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "tests" / "tui" / "fixtures" / "sample.json"
PYCACHE = Path(tempfile.gettempdir()) / "quizgen-bench-pycache"


def start_server(data: Path) -> tuple[subprocess.Popen[str], str]:
    # Bytecode cached as on a normal install (see benchmarks/tui.py), outside the source tree.
    env = {**os.environ, "QUIZGEN_DATA_DIR": str(data), "PYTHONPYCACHEPREFIX": str(PYCACHE), "COLUMNS": "200"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "serve", str(BANK), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if " at http://" in line:
            return proc, line.split(" at ", 1)[1].split()[0].rstrip("/")
    raise SystemExit("quizgen serve did not start")


async def open_page(
    session: aiohttp.ClientSession, url: str, name: str
) -> tuple[float, aiohttp.ClientWebSocketResponse]:
    """Open one page; seconds until its first screen (the quiz setup) is drawn."""
    start = time.perf_counter()
    ws = await session.ws_connect(f"{url}/ws/{name}?width=100&height=30")
    seen = ""
    while "Start" not in seen:
        msg = await ws.receive(timeout=120)
        if msg.type != aiohttp.WSMsgType.BINARY:
            raise SystemExit(f"page {name} closed: {msg}")
        seen += re.sub(r"\x1b\[[0-9;?]*[ -/]*[@-~]", "", msg.data.decode("utf-8", "replace"))
    return time.perf_counter() - start, ws


async def _drain(ws: aiohttp.ClientWebSocketResponse) -> None:
    while not ws.closed:
        await ws.receive()


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


async def bench(url: str, proc: subprocess.Popen[str], pages: int, cores: int) -> None:
    async with aiohttp.ClientSession() as session:
        # one page alone (the first also fills the bytecode cache, so it is opened twice)
        for _ in range(2):
            one, ws = await open_page(session, url, "Teacher")
            await ws.close()
        print(f"one page: first screen in {one:.2f} s (budget 1.5 s)")
        await asyncio.sleep(1)
        opened = await asyncio.gather(*(open_page(session, url, f"Student{i}") for i in range(pages)))
        times = [t for t, _ in opened]
        apps = children(proc.pid)
        memory = [rss_mib(pid) for pid in apps]
        cpu = [cpu_seconds(pid) for pid in apps]
        print(
            f"{pages} pages at once: first screen median {statistics.median(times):.2f} s, "
            f"slowest {max(times):.2f} s (wall; about pages x CPU / {cores} cores on an idle machine)"
        )
        print(f"CPU to start one page's app: median {statistics.median(cpu):.2f} s (budget 0.8 s)")
        print(
            f"memory: {statistics.median(memory):.0f} MiB per page (budget 120 MiB), "
            f"{sum(memory):.0f} MiB for {len(apps)} pages, server {rss_mib(proc.pid):.0f} MiB"
        )
        # the pages keep reading, as browsers do, so they answer the server's close at once
        readers = [asyncio.create_task(_drain(ws)) for _, ws in opened]
        start = time.perf_counter()
        proc.send_signal(signal.SIGINT)
        await asyncio.to_thread(proc.wait, 60)
        await asyncio.gather(*readers)
        left = sum(Path(f"/proc/{pid}").exists() for pid in apps)
        print(
            f"Ctrl-C with {pages} pages open: stopped in {time.perf_counter() - start:.2f} s "
            f"(budget 5 s), exit code {proc.returncode}, app processes left: {left}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=10, help="pages opened at once (default 10)")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    print(f"load average {os.getloadavg()[0]:.2f} on {cores} CPUs (wall times grow with load)")
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_server(Path(tmp))
        try:
            asyncio.run(bench(url, proc, args.pages, cores))
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    main()
