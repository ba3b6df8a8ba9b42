"""Guarded reads and atomic writes: nothing is lost, nothing is left half-written."""

from __future__ import annotations

import gc
import json
import os
import stat
import tracemalloc
from pathlib import Path

import pytest

from quizgen.bank import dump_bank, load_bank, parse_bank, save_bank
from quizgen.bank.synthetic import build_bank
from quizgen.errors import InputError, InvalidContentError
from quizgen.fileio import atomic_write, read_bytes

# ------------------------------------------------------------------ atomic_write


def test_writes_new_file(tmp_path: Path) -> None:
    out = atomic_write(tmp_path / "a.txt", "héllo")
    assert out.read_bytes() == "héllo".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(InputError, match=r"already exists .*--force"):
        atomic_write(target, "new")
    assert target.read_text() == "old"
    atomic_write(target, "new", force=True)
    assert target.read_text() == "new"


def test_a_dangling_symlink_is_not_overwritten_silently(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(InputError, match="already exists"):
        atomic_write(link, "x")


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bank.json"
    target.write_text("precious")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(InputError, match=r"cannot write .*No space left"):
        atomic_write(target, "new content", force=True)
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["bank.json"]


def test_interrupted_write_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "bank.json", "x")
    assert list(tmp_path.iterdir()) == []


def test_overwrite_keeps_permissions_and_new_files_follow_umask(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, "new", force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    umask = os.umask(0o022)
    try:
        fresh = atomic_write(tmp_path / "fresh.json", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0o600


def test_writing_to_a_directory_or_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        atomic_write(tmp_path, "x", force=True)
    with pytest.raises(InputError, match="no such directory"):
        atomic_write(tmp_path / "missing" / "a.txt", "x")


# ------------------------------------------------------------------ read_bytes


def test_read_limits_are_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(3 * 1024 * 1024)
    with pytest.raises(InputError, match=r"3 MiB is too large .*limit is 2 MiB"):
        read_bytes(big, limit=2 * 1024 * 1024)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_not_read_forever() -> None:
    with pytest.raises(InputError, match="too large"):
        read_bytes("/dev/zero", limit=1024)


@pytest.mark.parametrize(
    ("name", "message"),
    [("missing.json", "no such bank file"), ("x" * 300 + ".json", "cannot read")],
)
def test_unreadable_names(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes(tmp_path / name, what="bank file")


def test_a_file_inside_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError):
        read_bytes(tmp_path / "file" / "bank.json")


# ------------------------------------------------------------------ save_bank / load path


def test_save_bank_refuses_overwrite_then_forces(tmp_path: Path) -> None:
    bank = build_bank(20, seed=4)
    path = save_bank(bank, tmp_path / "bank.json")
    with pytest.raises(InputError):
        save_bank(build_bank(5, seed=9), path)
    assert load_bank(path) == bank
    save_bank(build_bank(5, seed=9), path, force=True)
    assert len(load_bank(path).questions) == 5


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_restores_the_garbage_collector(enabled: bool) -> None:
    text = dump_bank(build_bank(10))
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        parse_bank(text)
        assert gc.isenabled() is enabled
        with pytest.raises(InvalidContentError):
            parse_bank(text.replace('"type": "true_false"', '"type": "essay"', 1))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_missing_schema_version_goes_through_the_v0_migration() -> None:
    # A v1-shaped bank without schema_version is version 0: it must be migrated, not taken
    # as v1 by the fast path (the migration fills in a missing evidence, for one).
    bank = build_bank(3)
    raw = bank.model_dump(mode="json")
    del raw["schema_version"]
    del raw["questions"][0]["evidence"]
    loaded = parse_bank(json.dumps(raw))
    assert loaded.questions[0].evidence == ""
    assert loaded.questions[1:] == bank.questions[1:]


def test_a_small_read_does_not_reserve_the_whole_limit(tmp_path: Path) -> None:
    small = tmp_path / "small.json"
    small.write_text('{"title": "t"}')
    tracemalloc.start()
    try:
        assert read_bytes(small, limit=128 * 1024 * 1024) == b'{"title": "t"}'
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024
