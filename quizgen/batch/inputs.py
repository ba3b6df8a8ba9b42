"""From the command line's DIR_OR_FILES to a plan: which article goes to which bank file.

A file ``a/b.txt`` becomes ``OUTDIR/b.json``; a folder's articles keep their place below it
(``corpus/x/y.md`` given as ``corpus`` becomes ``OUTDIR/x/y.json``), so sub-folders never
collide. Banks already there are skipped unless ``force``: an interrupted run picks up where it
stopped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.errors import InputError

#: What a folder's articles are named like (the formats ingest reads).
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})


@dataclass(frozen=True)
class Item:
    """One article and the bank file it makes; ``index`` is its place in the plan."""

    index: int
    source: Path
    target: Path


@dataclass
class Plan:
    items: list[Item]
    todo: list[Item] = field(default_factory=list)
    skipped: list[Item] = field(default_factory=list)


def _is_article(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def articles_in(folder: Path, *, recursive: bool) -> Iterator[Path]:
    """The articles of a folder (and its sub-folders when ``recursive``), by name; hidden files
    and folders are left out, and symbolic links to folders are not followed."""
    if not recursive:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.is_file() and _is_article(e.name))
        yield from (folder / n for n in names)
        return
    found: list[tuple[tuple[str, ...], Path]] = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(here)
        rel = base.relative_to(folder).parts
        found.extend(((*rel, f), base / f) for f in files if _is_article(f))
    yield from (path for _, path in sorted(found))


def _has_subfolder_articles(folder: Path) -> bool:
    return any(True for _ in articles_in(folder, recursive=True))


def plan_batch(args: Sequence[Path], outdir: Path, *, recursive: bool = False, force: bool = False) -> Plan:
    """Every article of ``args`` with its bank file under ``outdir``; an argument that does not
    exist, two articles that would write the same bank, or no article at all is an error."""
    items: list[Item] = []
    by_target: dict[Path, Path] = {}
    seen: set[Path] = set()
    for arg in args:
        if str(arg) == "-":
            raise InputError("- (standard input) is one article: give it alone, not with files or folders")
        if arg.is_dir():
            found = articles_in(arg, recursive=recursive)
            pairs = [(p, p.relative_to(arg).with_suffix(".json")) for p in found]
            if not pairs:
                hint = (
                    " (it has some in sub-folders: add --recursive)"
                    if not recursive and _has_subfolder_articles(arg)
                    else ""
                )
                raise InputError(f"{arg}: no .txt, .md or .html articles in this folder{hint}")
        elif arg.exists():
            pairs = [(arg, Path(f"{arg.stem}.json"))]
        else:
            raise InputError(f"{arg}: no such file or folder")
        for source, rel in pairs:
            real = source.resolve()
            if real in seen:
                continue  # the same article named twice (a file and its folder)
            seen.add(real)
            target = outdir / rel
            if target in by_target:
                raise InputError(
                    f"{by_target[target]} and {source} would both be written to {target}: "
                    "rename one, or run them separately"
                )
            by_target[target] = source
            items.append(Item(len(items), source, target))
    plan = Plan(items)
    for item in items:
        there = item.target.exists() or item.target.is_symlink()
        (plan.skipped if there and not force else plan.todo).append(item)
    return plan
