"""What a served page's process gives the app (``python -m quizgen.serve.session``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from quizgen.quiz.paths import use_profile
from tests.helpers import SAMPLE


@pytest.fixture(autouse=True)
def _profile_of_this_process() -> Iterator[None]:
    yield
    use_profile(None)


class _App:
    def run(self) -> None:
        pass


def test_a_page_is_given_the_bank_builder_only_with_allow_generate(monkeypatch: pytest.MonkeyPatch) -> None:
    import quizgen.tui.app
    from quizgen.pipeline import build_bank
    from quizgen.serve import session

    calls: list[dict[str, Any]] = []

    def create_app(*args: object, **kw: Any) -> _App:
        calls.append(kw)
        return _App()

    monkeypatch.setattr(quizgen.tui.app, "create_app", create_app)
    session.main(["--profile", "ana"])
    session.main(["--bank", str(SAMPLE)])
    session.main(["--profile", "ana", "--allow-generate"])
    session.main(["--bank", str(SAMPLE), "--allow-generate"])
    assert [c["build_bank"] for c in calls] == [None, None, build_bank, build_bank]
    assert [c["served"].allow_generate for c in calls] == [False, False, True, True]
    assert calls[0]["profile"] == "ana" and calls[1]["profile"] is None
