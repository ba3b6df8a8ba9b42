"""``quizgen generate ... --scheduler ADDRESS``: the articles on a Dask distributed cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

import quizgen.batch.cluster
from quizgen.batch.cluster import plugin_name
from tests.helpers import SAMPLE_ARTICLE, assert_one_line_error, banks_in, run_cli, write_articles

EPOCH = "1764288000"


@pytest.fixture
def cluster(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalCluster]:
    """Two worker processes, started before SOURCE_DATE_EPOCH is set: the workers do not have
    it, so the banks' ``created`` can only come from the client."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
    ) as c:
        yield c


@pytest.mark.slow
def test_banks_made_on_a_dask_cluster_are_byte_identical_to_local_ones(
    cluster: LocalCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    write_articles(corpus, 7)
    (corpus / "face-to-face.txt").write_bytes(SAMPLE_ARTICLE.read_bytes())
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    local = run_cli("generate", corpus, "-o", tmp_path / "local", "--jobs", "1")
    remote = run_cli("generate", corpus, "-o", tmp_path / "dask", "--scheduler", cluster.scheduler_address)
    assert local.code == remote.code == 1  # the empty article is refused by both
    assert f"on the Dask cluster at {cluster.scheduler_address}" in remote.err
    assert "done: 9 articles: 8 written, 1 refused, 0 failed" in remote.err
    assert "(2 processes made banks)" in remote.err  # both workers had articles
    banks = banks_in(tmp_path / "local")
    assert len(banks) == 8
    assert banks_in(tmp_path / "dask") == banks
    with Client(cluster) as client:  # the plugin loaded spaCy once in each worker
        loaded = client.run(
            lambda dask_worker: {
                n: getattr(p, "nlp", None) is not None for n, p in dask_worker.plugins.items()
            }
        )
    assert [v[plugin_name(None)] for v in loaded.values()] == [True, True]
    # a second run finds spaCy loaded and skips what is written
    again = run_cli("generate", corpus, "-o", tmp_path / "dask", "--scheduler", cluster.scheduler_address)
    assert "8 of 9 banks are already in" in again.err and again.code == 1


@pytest.mark.slow
def test_workers_without_the_model_stop_the_run_with_one_line(cluster: LocalCluster, tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    result = run_cli(
        "generate",
        tmp_path / "in",
        "-o",
        tmp_path / "out",
        "--scheduler",
        cluster.scheduler_address,
        "--model",
        "nope",
    )
    assert_one_line_error(result, 2, "the Dask workers cannot start:", "spaCy model nope is not installed")
    assert banks_in(tmp_path / "out") == {}


def test_an_unreachable_scheduler_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quizgen.batch.cluster, "CONNECT_TIMEOUT", 1)
    write_articles(tmp_path / "in", 1)
    result = run_cli("generate", tmp_path / "in", "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert_one_line_error(result, 2, "cannot reach the Dask scheduler at tcp://127.0.0.1:9")


def test_a_scheduler_without_workers_says_how_to_start_some(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quizgen.batch.cluster, "CONNECT_TIMEOUT", 1)
    write_articles(tmp_path / "in", 1)
    with LocalCluster(n_workers=0, dashboard_address=None, host="127.0.0.1") as empty:
        address = empty.scheduler_address
        result = run_cli("generate", tmp_path / "in", "-o", tmp_path / "out", "--scheduler", address)
    assert_one_line_error(result, 2, f"has no workers (start some with: dask worker {address})")
