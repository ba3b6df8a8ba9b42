"""A fixed sample of the shared corpus (every 50th article: BBC news of five kinds and saved
web pages, most of them not in English): each one gives a bank or a one-line refusal."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = next(
    (p for p in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus") if p.is_dir()),
    None,
)


def _sweep_module():  # scripts/ is no package: load the sweep by path
    spec = importlib.util.spec_from_file_location("corpus_sweep", ROOT / "scripts" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(CORPUS is None, reason="the shared corpus is not beside the repository")
def test_every_sampled_article_gives_a_bank_or_a_reason(nlp: object) -> None:
    sweep = _sweep_module()
    assert CORPUS is not None
    paths = sweep.articles(CORPUS, every=50)
    assert len(paths) >= 40
    result = sweep.sweep(paths, quiet=True)
    assert result["failed"] == [], result["failed"]
    assert result["banks"] + sum(result["refused"].values()) == len(paths)
    assert result["banks"] >= 35  # the BBC articles are English news: they all make banks
    assert all(q > 0 for q in result["questions"]), "a bank with no questions should have been refused"
