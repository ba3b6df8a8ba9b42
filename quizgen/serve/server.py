"""The web server of ``quizgen serve``: each browser page gets its own quiz app process.

Built on textual-serve: its :class:`~textual_serve.app_service.AppService` runs one command per
page and relays the terminal between the process and the page (xterm.js). This module adds
what a classroom needs: the page's profile (``?profile=NAME``) handed to the app, addresses
that work from other machines, a page that loads nothing from the internet, one line per
session on the console, and a clean stop on Ctrl-C (every app process told to quit, and
killed if it does not).

Nothing here imports Textual: the apps run in their own processes (:mod:`quizgen.serve.session`).
"""

from __future__ import annotations

import asyncio
import ipaddress
import shlex
import signal
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from quizgen.errors import InputError
from quizgen.serve.profiles import page_profile_or_none

TEMPLATES = Path(__file__).parent / "templates"

#: Seconds an app process has to quit when its page goes away or the server stops.
STOP_TIMEOUT = 5.0
#: Seconds a page has to answer the server's closing of its connection.
CLOSE_TIMEOUT = 2.0


def is_loopback(host: str) -> bool:
    """Whether ``host`` can only be reached from this machine."""
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _network_addresses() -> list[str]:
    """This machine's IPv4 addresses on its network interfaces that are up (no lookups)."""
    import psutil

    up = {name for name, stats in psutil.net_if_stats().items() if stats.isup}
    found: list[str] = []
    for name, addresses in psutil.net_if_addrs().items():
        for address in addresses if name in up else []:
            ip = address.address
            if (
                address.family == socket.AF_INET
                and not ipaddress.ip_address(ip).is_loopback
                and ip not in found
            ):
                found.append(ip)
    return found


def page_urls(host: str, port: int) -> list[str]:
    """The addresses a browser opens: the host itself, or this machine's when it is a wildcard."""
    if host in ("", "0.0.0.0", "::"):
        names = _network_addresses() or [socket.gethostname()]
        return [f"http://{_url_host(name)}:{port}/" for name in names] + [f"http://127.0.0.1:{port}/"]
    return [f"http://{_url_host(host)}:{port}/"]


class _AppProcess(AppService):
    """One page's app process; closes the page when the process ends, however it ends."""

    process: asyncio.subprocess.Process | None = None
    stopping: asyncio.Future[None] | None = None  # set by the first caller of QuizServer._stop_app

    async def _open_app_process(self, width: int = 80, height: int = 24) -> asyncio.subprocess.Process:
        self.process = await super()._open_app_process(width, height)
        return self.process

    async def run(self) -> None:
        await super().run()
        await self.remote_close()

    def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.kill()


@dataclass
class _Page:
    number: int
    profile: str | None
    websocket: web.WebSocketResponse
    app: _AppProcess
    started: float = field(default_factory=time.monotonic)


class QuizServer(Server):
    """Serves the quiz app to browsers, one app process per page.

    ``bank`` is the bank every page plays (``None``: the bank browser); ``python`` runs the
    app processes; ``say`` prints a line on the server's console.
    """

    def __init__(
        self,
        *,
        bank: Path | None = None,
        host: str = "127.0.0.1",
        port: int = 8000,
        allow_generate: bool = False,
        title: str = "quizgen",
        python: str = sys.executable,
        say: Callable[[str], None] = print,
    ) -> None:
        super().__init__("", host=host, port=port, title=title, templates_path=TEMPLATES)
        self.bank = bank.resolve() if bank is not None else None
        self.allow_generate = allow_generate
        self.python = python
        self.say = say
        self.pages: dict[int, _Page] = {}
        self.opened = 0
        self._stop: asyncio.Event | None = None

    # -- what each page runs ------------------------------------------------------------
    def app_command(self, profile: str | None) -> str:
        """The shell command of one page's app (``exec``: the app is the process itself)."""
        args = [self.python, "-m", "quizgen.serve.session"]
        if self.bank is not None:
            args += ["--bank", str(self.bank)]
        if profile is not None:
            args += ["--profile", profile]
        if self.allow_generate:
            args.append("--allow-generate")
        return "exec " + shlex.join(args)

    # -- the web application ------------------------------------------------------------
    async def _make_app(self) -> web.Application:
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/ws/{profile}", self.handle_websocket, name="profile_websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, name="static"),
            ]
        )
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def handle_index(self, request: web.Request) -> web.Response:
        """The page: a terminal that connects to its own app (with ``?profile=`` passed on)."""
        profile = page_profile_or_none(request.query.get("profile"))
        path = "/ws" if profile is None else "/ws/" + quote(profile, safe="")
        scheme = "wss" if request.secure else "ws"
        try:
            font_size = max(8, min(40, int(request.query.get("fontsize", "16"))))
        except ValueError:
            font_size = 16
        context: dict[str, Any] = {
            "title": f"{self.title} · {profile}" if profile else self.title,
            "static_url": "/static/",
            "websocket_url": f"{scheme}://{request.host}{path}",
            "font_size": font_size,
        }
        return aiohttp_jinja2.render_template("index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One page: start its app, relay keys and screen until either side goes away."""
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc != request.host:
            raise web.HTTPForbidden(text="quizgen: this quiz only runs in its own page")
        profile = page_profile_or_none(request.match_info.get("profile"))
        websocket = web.WebSocketResponse(heartbeat=15, timeout=CLOSE_TIMEOUT)
        await websocket.prepare(request)
        self.opened += 1
        page = _Page(
            self.opened,
            profile,
            websocket,
            _AppProcess(
                self.app_command(profile),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=partial(_close, websocket),
                download_manager=self.download_manager,
            ),
        )
        self.pages[page.number] = page
        who = f" ({profile})" if profile else ""
        self.say(f"{time.strftime('%H:%M:%S')}  page {page.number} opened{who}; {len(self.pages)} open")
        try:
            width = max(20, min(500, _int(request.query.get("width"), 80)))
            height = max(10, min(200, _int(request.query.get("height"), 24)))
            await page.app.start(width, height)
            await self._process_messages(websocket, page.app)
        except (asyncio.CancelledError, ConnectionError):
            pass
        except Exception as exc:  # a garbled message from the page, an app that cannot start
            self.say(f"{time.strftime('%H:%M:%S')}  page {page.number}: {type(exc).__name__}: {exc}")
        finally:
            await self._stop_app(page.app)
            await websocket.close()
            del self.pages[page.number]
            minutes = (time.monotonic() - page.started) / 60
            self.say(
                f"{time.strftime('%H:%M:%S')}  page {page.number} closed after {minutes:.0f} min;"
                f" {len(self.pages)} open"
            )
        return websocket

    async def _stop_app(self, app: _AppProcess) -> None:
        """Stop the app once, however many callers ask (the page's end, the server's stop)."""
        if app.stopping is None:
            app.stopping = asyncio.ensure_future(self._quit_or_kill(app))
        await asyncio.shield(app.stopping)

    async def _quit_or_kill(self, app: _AppProcess) -> None:
        """Tell the app to quit; kill it if it is still running after :data:`STOP_TIMEOUT`."""
        stopping = asyncio.ensure_future(app.stop())
        process = app.process
        if process is not None:
            try:
                # wait on the process itself: textual-serve's stop() swallows cancellation
                await asyncio.wait_for(process.wait(), STOP_TIMEOUT)
            except TimeoutError:
                app.kill()
                await process.wait()
        await stopping

    async def on_shutdown(self, app: web.Application) -> None:
        """Tell every app to quit, then close the pages (they show "session ended")."""
        pages = list(self.pages.values())
        await asyncio.gather(*(self._stop_app(page.app) for page in pages))
        await asyncio.gather(*(page.websocket.close(message=b"server stopped") for page in pages))

    # -- running ---------------------------------------------------------------------
    async def run_until_stopped(self, ready: Callable[[list[str]], None] | None = None) -> None:
        """Listen until :meth:`stop` (or SIGINT/SIGTERM), then stop every page's app."""
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        runner = web.AppRunner(
            await self._make_app(), access_log=None, handle_signals=False, shutdown_timeout=STOP_TIMEOUT
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            reason = exc.strerror or str(exc)
            raise InputError(
                f"cannot serve on {self.host}:{self.port}: {reason}"
                + (" (is another server using it? choose another --port)" if self.port else "")
            ) from None
        urls = page_urls(self.host, int(runner.addresses[0][1]))
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stop)
        try:
            if ready is not None:
                ready(urls)
            await self._stop.wait()
            if self.pages:
                self.say(f"Stopping: closing {len(self.pages)} open page(s)…")
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
            await runner.cleanup()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def serve(self, debug: bool = False, ready: Callable[[list[str]], None] | None = None) -> None:
        """Serve until Ctrl-C (``ready`` is called with the page addresses once listening)."""
        asyncio.run(self.run_until_stopped(ready))


async def _close(websocket: web.WebSocketResponse) -> None:
    await websocket.close()


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
