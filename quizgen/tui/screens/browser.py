"""The bank browser: banks on disk with their size, categories and last score."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, ProgressBar, Static

from quizgen.bank.models import KINDS, Bank
from quizgen.quiz.history import SafeHistory
from quizgen.quiz.session import CATEGORY_LABELS
from quizgen.text.controls import visible
from quizgen.tui.screens.dialogs import PathScreen


@dataclass(frozen=True)
class BankEntry:
    """A bank file found on disk: the bank, or why it could not be read."""

    path: Path
    bank: Bank | None
    error: str | None = None


def find_bank_files(paths: Sequence[Path], search_dirs: Sequence[Path]) -> list[Path]:
    """Given paths first, then ``*.json`` in each search folder, without duplicates."""
    found: list[Path] = []
    seen: set[Path] = set()
    candidates = list(paths)
    for folder in search_dirs:
        if folder.is_dir():
            candidates.extend(sorted(folder.glob("*.json")))
    for p in candidates:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            found.append(p)
    return found


def _display_path(path: Path) -> str:
    """The path relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60] or "bank"


def _categories(bank: Bank) -> str:
    present = {q.category for q in bank.questions}
    short = {"organization": "orgs"}
    return " ".join(short.get(k, CATEGORY_LABELS[k].lower()) for k in KINDS if k in present)


class BrowserScreen(Screen[None]):
    """Lists banks; Enter opens the quiz setup, g generates a bank, e exports one."""

    CSS_PATH = "browser.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Play", show=True, priority=False),
        Binding("g", "generate", "Generate"),
        Binding("e", "export", "Export"),
        Binding("r", "resume", "Resume"),
        Binding("f5", "rescan", "Rescan", show=False),
        Binding("q", "app.quit", "Quit"),
    ]

    KEY_HELP: ClassVar[list[tuple[str, str]]] = [
        ("↑ ↓", "Choose a bank"),
        ("enter", "Set up a quiz on it"),
    ]

    class Open(Message):
        """Play this bank (the app shows the quiz setup)."""

        def __init__(self, bank: Bank, path: Path | None) -> None:
            super().__init__()
            self.bank = bank
            self.path = path

    class Resume(Message):
        """Continue the latest unfinished quiz."""

    class Loaded(Message):
        """A bank file was read by the scanning worker."""

        def __init__(self, entry: BankEntry) -> None:
            super().__init__()
            self.entry = entry

    class ScanDone(Message):
        """The scanning worker has read every file."""

    class Progress(Message):
        """The generation worker moved on."""

        def __init__(self, stage: str, fraction: float) -> None:
            super().__init__()
            self.stage = stage
            self.fraction = fraction

    class Generated(Message):
        """The generation worker finished (``error`` set when it failed)."""

        def __init__(self, entry: BankEntry | None, error: str | None = None) -> None:
            super().__init__()
            self.entry = entry
            self.error = error

    def __init__(self, paths: Sequence[Path], search_dirs: Sequence[Path], history: SafeHistory) -> None:
        super().__init__()
        self.paths = list(paths)
        self.search_dirs = list(search_dirs)
        self.history = history
        self.entries: dict[str, BankEntry] = {}
        self.last_scores: dict[str, tuple[int, int]] = {}
        self.sub_title = "Banks"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="browser"):
            yield Label("Question banks", classes="title")
            yield DataTable(id="banks", cursor_type="row", zebra_stripes=True)
            yield Static("", id="detail", markup=False)
            yield Static("", id="empty", markup=False)
            with Vertical(id="generating"):
                yield Label("", id="stage", markup=False)
                yield ProgressBar(total=1.0, show_eta=False, id="gen-progress")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # Fixed widths: the table fits 80 columns and rows never need re-measuring.
        table.add_column("Title", key="title", width=26)
        table.add_column("Qs", key="count", width=5)
        table.add_column("Categories", key="categories", width=32)
        table.add_column("Last", key="last", width=6)
        self.query_one("#generating").display = False
        self.query_one("#empty").display = False
        self.last_scores = self.history.last_scores()
        self.scan()

    def on_screen_resume(self) -> None:
        scores = self.history.last_scores()
        if scores != self.last_scores:
            self.last_scores = scores
            table = self.query_one(DataTable)
            for key, entry in self.entries.items():
                if entry.bank is not None:
                    table.update_cell(key, "last", self._last(entry.bank))

    # -- scanning ------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="scan")
    def scan(self) -> None:
        from quizgen.bank.io import load_bank
        from quizgen.errors import QuizgenError

        for path in find_bank_files(self.paths, self.search_dirs):
            try:
                entry = BankEntry(path, load_bank(path))
            except QuizgenError as exc:
                entry = BankEntry(path, None, str(exc))
            except Exception as exc:  # a bug in one bank must not stop the others
                entry = BankEntry(path, None, f"{path}: {type(exc).__name__}: {exc}")
            self.post_message(self.Loaded(entry))
        self.post_message(self.ScanDone())

    def _last(self, bank: Bank) -> Text:
        score = self.last_scores.get(bank.id)
        if score is None:
            return Text("–", style="dim")
        s, t = score
        return Text(f"{s}/{t}")

    def add_entry(self, entry: BankEntry) -> None:
        key = str(entry.path.resolve())
        table = self.query_one(DataTable)
        if key in self.entries:
            table.remove_row(key)
        self.entries[key] = entry
        if entry.bank is not None:
            b = entry.bank
            row = [
                Text(visible(b.title), overflow="ellipsis", no_wrap=True),
                Text(str(len(b.questions))),
                Text(_categories(b), overflow="ellipsis", no_wrap=True),
                self._last(b),
            ]
        else:
            row = [
                Text("⚠ unreadable", style="bold"),
                Text("–"),
                Text(visible(entry.path.name), overflow="ellipsis", no_wrap=True),
                Text("–"),
            ]
        table.add_row(*row, key=key)
        self.query_one("#empty").display = False

    def on_browser_screen_loaded(self, message: Loaded) -> None:
        self.add_entry(message.entry)

    def on_browser_screen_scan_done(self, message: ScanDone) -> None:
        if not self.entries:
            empty = self.query_one("#empty", Static)
            where = " or ".join(str(d) for d in self.search_dirs) or "the given paths"
            empty.update(
                f"No banks found in {where}.\n\nPress g to generate one from an article, "
                "or run: quizgen play BANK.json"
            )
            empty.display = True

    def action_rescan(self) -> None:
        self.query_one(DataTable).clear()
        self.entries.clear()
        self.scan()

    # -- actions ----------------------------------------------------------------------
    def _selected(self) -> BankEntry | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.entries.get(key or "")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        entry = self.entries.get(event.row_key.value or "")
        detail = self.query_one("#detail", Static)
        if entry is None:
            detail.update("")
        elif entry.bank is None:
            detail.update(visible(entry.error or str(entry.path)))
        else:
            b = entry.bank
            sources = ", ".join(src.title for src in b.sources[:2])
            shown = _display_path(entry.path)
            detail.update(visible(shown + (f"  ·  from {sources}" if sources else "")))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        entry = self._selected()
        if entry is None:
            self.notify("No bank selected. Press g to generate one.", severity="warning")
        elif entry.bank is None:
            self.notify(
                entry.error or "unreadable bank",
                title="Cannot open",
                severity="error",
                markup=False,
            )
        else:
            self.post_message(self.Open(entry.bank, entry.path))

    def action_resume(self) -> None:
        self.post_message(self.Resume())

    def action_export(self) -> None:
        entry = self._selected()
        if entry is None or entry.bank is None:
            self.notify("Select a readable bank to export.", severity="warning")
            return
        from quizgen.quiz.paths import data_dir

        bank = entry.bank
        default = data_dir() / "exports" / f"{slug(bank.id)}.json"

        def done(path: Path | None) -> None:
            if path is not None:
                self.export(bank, path, overwrite=path == default)

        self.app.push_screen(PathScreen("Export the bank as JSON to:", str(default)), done)

    def export(self, bank: Bank, path: Path, *, overwrite: bool) -> None:
        from quizgen.errors import QuizgenError
        from quizgen.export import get_exporter
        from quizgen.fileio import atomic_write

        try:
            if overwrite:
                path.parent.mkdir(parents=True, exist_ok=True)
            result = get_exporter("json").export(bank, {})
            atomic_write(path, result.data, force=overwrite)
        except (QuizgenError, OSError) as exc:
            self.notify(str(exc), title="Export failed", severity="error", markup=False)
            return
        skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
        self.notify(f"Wrote {path}: {result.exported} questions{skipped}", markup=False)

    def action_generate(self) -> None:
        def done(path: Path | None) -> None:
            if path is not None:
                self.start_generation(path)

        self.app.push_screen(
            PathScreen("Generate a bank from an article:", placeholder="path/to/article.txt"),
            done,
        )

    def start_generation(self, article: Path) -> None:
        panel = self.query_one("#generating")
        panel.display = True
        self.query_one("#stage", Label).update(f"Generating from {article} …")
        self.query_one("#gen-progress", ProgressBar).update(progress=0.0)
        self.generate(article)

    @work(thread=True, exclusive=True, group="generate")
    def generate(self, article: Path) -> None:
        def progress(stage: str, fraction: float) -> None:
            self.post_message(self.Progress(stage, fraction))

        try:
            from quizgen.pipeline import build_bank
        except ImportError:
            self.post_message(self.Generated(None, "generating banks is not available here"))
            return
        try:
            bank = build_bank(article, progress=progress)
            from quizgen.bank.io import save_bank
            from quizgen.quiz.paths import user_banks_dir

            folder = user_banks_dir()
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{slug(bank.title)}.json"
            n = 2
            while target.exists():
                target = folder / f"{slug(bank.title)}-{n}.json"
                n += 1
            save_bank(bank, target)
        except Exception as exc:
            self.post_message(self.Generated(None, str(exc) or type(exc).__name__))
            return
        self.post_message(self.Generated(BankEntry(target, bank)))

    def on_browser_screen_progress(self, message: Progress) -> None:
        self.query_one("#stage", Label).update(f"{message.stage} …")
        self.query_one("#gen-progress", ProgressBar).update(progress=message.fraction)

    def on_browser_screen_generated(self, message: Generated) -> None:
        self.query_one("#generating").display = False
        if message.entry is None or message.entry.bank is None:
            self.notify(
                message.error or "generation failed",
                title="Generate failed",
                severity="error",
                markup=False,
            )
            return
        self.add_entry(message.entry)
        table = self.query_one(DataTable)
        table.move_cursor(row=table.get_row_index(str(message.entry.path.resolve())))
        bank = message.entry.bank
        self.notify(
            f"New bank {bank.title}: {len(bank.questions)} questions in {message.entry.path}",
            markup=False,
        )
