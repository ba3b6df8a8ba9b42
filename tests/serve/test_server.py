"""quizgen serve, as a teacher and a class use it: a real server process on a free local port,
pages talking to it as textual-serve's page does (a websocket each), Ctrl-C at the end."""

from __future__ import annotations

import re
import socket
import time
from pathlib import Path

import aiohttp
import pytest

from quizgen.quiz.history import open_history
from quizgen.quiz.paths import default_profile, history_path
from tests.helpers import ONE_QUESTION, Page, assert_one_line_error, one_question_bank, run_cli, serving

pytestmark = pytest.mark.slow


async def _answer_first_question(session: aiohttp.ClientSession, url: str) -> str:
    """Open a page, start the quiz, answer true (right); the verdict the page shows."""
    async with session.ws_connect(url + "?width=100&height=30") as ws:
        page = Page(ws)
        await page.wait_for("Start")
        await page.keys("\x13")  # ctrl+s: start
        await page.wait_for(ONE_QUESTION)
        await page.keys("t")
        return await page.wait_for("Correct", "Not quite")


async def test_each_page_is_its_own_session_saved_under_its_profile(tmp_path: Path, data_dir: Path) -> None:
    server = serving(one_question_bank(tmp_path))
    try:
        base = server.url.rstrip("/")
        ws_base = base.replace("http", "ws")
        async with aiohttp.ClientSession() as session:
            page = await (await session.get(base + "/?profile=Zoe.OBrien")).text()
            ws_url = re.search(r'data-session-websocket-url="([^"]+)"', page)
            assert ws_url is not None and ws_url.group(1) == ws_base + "/ws/zoe.obrien"
            assert await _answer_first_question(session, ws_url.group(1)) == "Correct"
            assert await _answer_first_question(session, ws_base + "/ws/ana") == "Correct"
    finally:
        assert server.stop() == 0
    for name in ("zoe.obrien", "ana"):
        rows = open_history(history_path(name)).sessions()
        assert [(r.answered, r.score) for r in rows] == [(1, 1)], name
    assert not (data_dir / "history.sqlite3").exists()  # the server user's own history is untouched
    log = "".join(server.out)
    assert "page 1 opened (zoe.obrien)" in log and "page 2 opened (ana)" in log


async def test_the_page_loads_nothing_from_elsewhere_and_ignores_a_bad_profile(tmp_path: Path) -> None:
    server = serving(one_question_bank(tmp_path))
    try:
        base = server.url.rstrip("/")
        async with aiohttp.ClientSession() as session:
            for bad in ("..%2F..%2Fetc%3B%20id", "Zo%C3%AB", default_profile()):
                page = await (await session.get(f"{base}/?profile={bad}")).text()
                assert f'data-session-websocket-url="{base.replace("http", "ws")}/ws"' in page, bad
            assert re.findall(r'(?:src|href)="([^"]+)"', page) and all(
                link.startswith("/static/") for link in re.findall(r'(?:src|href)="([^"]+)"', page)
            )
            assert "googleapis" not in page and "https://" not in page
            for asset in re.findall(r'(?:src|href|url\()"([^"]+)"', page):
                assert (await session.get(base + asset)).status == 200, asset
            # another site's page cannot drive the quiz
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(base.replace("http", "ws") + "/ws", origin="http://evil.example")
            assert refused.value.status == 403
            assert (await session.get(base + "/static/")).status in (403, 404)  # no folder listing
    finally:
        assert server.stop() == 0


async def test_ctrl_c_closes_every_page_and_stops_their_apps(tmp_path: Path) -> None:
    server = serving(one_question_bank(tmp_path))
    stopped = False
    try:
        ws_base = server.url.rstrip("/").replace("http", "ws")
        async with aiohttp.ClientSession() as session:
            pages = [await session.ws_connect(f"{ws_base}/ws/P{i}?width=100&height=30") for i in range(2)]
            for ws in pages:
                await Page(ws).wait_for("Start")
            apps = server.children()
            assert len(apps) == 2
            assert server.stop() == 0
            stopped = True
            for ws in pages:  # what was drawn before, then the close
                msg = await ws.receive(timeout=5)
                while msg.type == aiohttp.WSMsgType.BINARY:
                    msg = await ws.receive(timeout=5)
                assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED), msg
    finally:
        if not stopped:
            server.stop()
    for pid in apps:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
    out, err = "".join(server.out), "".join(server.err)
    assert "Stopping: closing 2 open page(s)" in out and out.rstrip().endswith("Stopped.")
    assert err == "" and "Traceback" not in out


async def test_a_garbled_page_message_closes_that_page_only(tmp_path: Path) -> None:
    server = serving(one_question_bank(tmp_path))
    try:
        ws_base = server.url.rstrip("/").replace("http", "ws")
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"{ws_base}/ws/Eve") as bad:
                await Page(bad).wait_for("Start")
                await bad.send_str("this is not json")
                msg = await bad.receive(timeout=10)
                while msg.type == aiohttp.WSMsgType.BINARY:
                    msg = await bad.receive(timeout=10)
                assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED), msg
            assert await _answer_first_question(session, f"{ws_base}/ws/Ana") == "Correct"
    finally:
        assert server.stop() == 0
    out = "".join(server.out)
    assert "page 1: JSONDecodeError" in out and "Traceback" not in out + "".join(server.err)


def test_other_hosts_get_one_warning_line(tmp_path: Path) -> None:
    server = serving(one_question_bank(tmp_path), "--host", "0.0.0.0")
    try:
        assert server.url.startswith("http://")
        # the local address is printed too, on a line of its own that may come a moment later
        deadline = time.monotonic() + 10
        while not any("http://127.0.0.1:" in line for line in server.out) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any("http://127.0.0.1:" in line for line in server.out), server.out
    finally:
        assert server.stop() == 0
    warnings = [line for line in server.err if line.strip()]
    assert len(warnings) == 1 and warnings[0].startswith("quizgen: warning: --host 0.0.0.0: anyone")


def test_a_busy_port_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("serve", one_question_bank(tmp_path), "--port", str(port))
    assert_one_line_error(result, 2, f"cannot serve on 127.0.0.1:{port}", "choose another --port")


def test_a_missing_bank_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("serve", tmp_path / "missing.json"), 2, "missing.json")


def test_help_teaches_with_examples() -> None:
    result = run_cli("serve", "--help")
    assert result.code == 0
    for fragment in ("?profile=", "127.0.0.1", "--allow-generate", "Ctrl-C", "quizgen serve banks/"):
        assert fragment in result.out, fragment


async def test_an_app_that_will_not_quit_is_killed_on_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    import quizgen.serve.server as server_module
    from quizgen.serve.server import QuizServer

    stuck = tmp_path / "stuck-app"
    stuck.write_text("#!/bin/sh\necho __GANGLION__\nexec sleep 600\n")  # ignores the quit message
    stuck.chmod(0o755)
    monkeypatch.setattr(server_module, "STOP_TIMEOUT", 0.5)
    lines: list[str] = []
    server = QuizServer(port=0, python=str(stuck), say=lines.append)
    urls: list[str] = []
    running = asyncio.create_task(server.run_until_stopped(urls.extend))
    while not urls:
        await asyncio.sleep(0.02)
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(urls[0].replace("http", "ws") + "ws/Ana")
        while not server.pages or server.pages[1].app.process is None:
            await asyncio.sleep(0.02)
        process = server.pages[1].app.process
        assert process.returncode is None
        server.stop()
        await asyncio.wait_for(running, 10)
        assert process.returncode is not None and process.returncode < 0  # killed
        await ws.close()
    assert any("page 1 closed" in line for line in lines)
