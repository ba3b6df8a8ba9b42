"""The bank benchmark still runs (a tiny size, so it stays quick)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers import ROOT


@pytest.mark.slow
def test_benchmark_runs_and_reports_each_size() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bank_io.py"), "--sizes", "200", "400", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [line.split() for line in proc.stdout.splitlines()[1:3]]
    assert [row[0] for row in rows] == ["200", "400"]
    for row in rows:
        file_mb, load_s = float(row[1]), float(row[3])
        assert file_mb > 0
        assert load_s > 0
    assert "memory" in proc.stdout
