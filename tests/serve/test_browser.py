"""The quiz in a real browser: headless Chromium (Debian's chromium and chromium-driver, driven
through Selenium) opens the page of a real ``quizgen serve``, answers one question with the
keyboard and sees the feedback. The screenshot is kept as a test artefact."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from quizgen.quiz.history import open_history
from quizgen.quiz.paths import history_path
from tests.helpers import ONE_QUESTION, ROOT, one_question_bank, serving

pytestmark = pytest.mark.slow

#: Where the screenshots go (kept after the run; ``QUIZGEN_ARTIFACTS`` moves them).
ARTIFACTS = Path(os.environ.get("QUIZGEN_ARTIFACTS", ROOT / "test-artifacts"))

# The page draws on a canvas, so the test reads what the server sends it: this wraps the
# page's WebSocket before textual.js runs and keeps the screen's text (escapes removed).
WATCH_SCREEN = r"""
(() => {
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.__screen = "";
  function Watched(url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    ws.addEventListener("message", (event) => {
      if (event.data instanceof ArrayBuffer) {
        const text = decoder.decode(event.data, { stream: true });
        window.__screen += text.replace(/\x1b\[[0-9;?<>=]*[ -\/]*[@-~]/g, "");
      }
    });
    return ws;
  }
  Watched.prototype = Native.prototype;
  Object.assign(Watched, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  window.WebSocket = Watched;
})();
"""

# What Chromium needs as root on a machine with no network but the loopback.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1100,700",
]


def _chromium(profile_dir: Path) -> Any:
    browser, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if browser is None or driver is None:
        pytest.skip(
            "no Chromium here: this test needs Debian's chromium and chromium-driver packages "
            "(apt-get install -y chromium chromium-driver; .ci/run installs them when it can)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile_dir}"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(driver), options=options)  # the driver path: no download


def _wait_for_screen(browser: Any, *fragments: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = browser.execute_script("return window.__screen || ''")
        for fragment in fragments:
            if fragment in screen:
                return fragment
        time.sleep(0.1)
    raise AssertionError(f"the page never showed {fragments}")


def _press(browser: Any, *keys: str, ctrl: bool = False) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    browser.execute_script("document.querySelector('.xterm-helper-textarea').focus()")
    actions = ActionChains(browser)
    if ctrl:
        actions.key_down(Keys.CONTROL)
    actions.send_keys(*keys)
    if ctrl:
        actions.key_up(Keys.CONTROL)
    actions.perform()


def _settle(browser: Any) -> None:
    """Let the terminal paint what it was sent (two animation frames, then a moment)."""
    browser.execute_async_script(
        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))"
    )
    time.sleep(0.5)


def test_a_browser_answers_one_question_and_sees_the_feedback(tmp_path: Path, data_dir: Path) -> None:
    browser = _chromium(tmp_path / "chromium-profile")
    server = serving(one_question_bank(tmp_path))
    try:
        browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_SCREEN})
        browser.get(server.url + "?profile=ana")
        assert browser.title.endswith("· ana")
        _wait_for_screen(browser, "Start")  # the quiz setup of the one bank
        _press(browser, "s", ctrl=True)
        _wait_for_screen(browser, ONE_QUESTION)
        _press(browser, "t")
        verdict = _wait_for_screen(browser, "Correct", "Not quite")
        _settle(browser)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / "serve-feedback.png"
        assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
        assert verdict == "Correct"
    finally:
        browser.quit()
        assert server.stop() == 0
    rows = open_history(history_path("ana")).sessions()
    assert [(r.answered, r.score) for r in rows] == [(1, 1)]
