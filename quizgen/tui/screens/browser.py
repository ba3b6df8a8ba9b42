"""The bank browser: banks on disk, once per bank, with their size, categories, last score
and how many of their questions are due for review.

Finding banks, storing generated ones, exporting, deleting and renaming are core services
(:mod:`quizgen.library`, :mod:`quizgen.export.files`) shared with the CLI; generating a
bank uses the builder the app was given (the TUI never imports the NLP pipeline).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, ProgressBar, Static

from quizgen.bank.models import KINDS, Bank
from quizgen.quiz.history import SafeHistory
from quizgen.quiz.learning import Learning
from quizgen.quiz.session import CATEGORY_LABELS
from quizgen.text.controls import visible
from quizgen.tui.screens.dialogs import ConfirmScreen, ExportScreen, PathScreen, PickScreen, TextScreen

BankBuilder = Callable[..., Bank]

#: Column widths besides the title's, which takes the rest of the window.
_COUNT_WIDTH = 4
_CATEGORY_WIDTH = 24
_LAST_WIDTH = 6
_DUE_WIDTH = 4
#: The title's share: every other column with its padding (one space each side) and the scrollbar.
_OTHERS = _COUNT_WIDTH + _CATEGORY_WIDTH + _LAST_WIDTH + _DUE_WIDTH + 2 * 5 + 4
_MIN_TITLE = 20


@dataclass
class BankEntry:
    """A bank file found on disk: the bank, or why it could not be read; ``copies`` are other
    files that hold the same bank (same id), listed once."""

    path: Path
    bank: Bank | None
    error: str | None = None
    copies: list[Path] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"bank:{self.bank.id}" if self.bank is not None else f"file:{self.path.resolve()}"


def _display_path(path: Path) -> str:
    """The path relative to the current folder when it is inside it, ``~`` for home."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        pass
    try:
        return "~/" + str(path.resolve().relative_to(Path.home()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def middle_crop(text: str, width: int) -> str:
    """``text`` cut in the middle with "…" to fit ``width`` (a path keeps its two ends)."""
    if len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    head = (width - 1) // 2
    return text[:head] + "…" + text[len(text) - (width - 1 - head) :]


def _categories(bank: Bank) -> str:
    present = {q.category for q in bank.questions}
    short = {"organization": "orgs"}
    return " ".join(short.get(k, CATEGORY_LABELS[k].lower()) for k in KINDS if k in present)


class BrowserScreen(Screen[None]):
    """Lists banks; Enter opens the quiz setup, g generates a bank, e exports one."""

    CSS_PATH = "browser.tcss"
    AUTO_FOCUS = "#banks"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Play", key_display="⏎"),
        Binding("g", "generate", "Generate"),
        Binding("e", "export", "Export"),
        Binding("r", "resume", "Resume"),
        Binding("d", "review", "Review", tooltip="Review the bank's due questions"),
        Binding("slash", "search", "Search", key_display="/"),
        # the footer has room for 80 columns of keys: these are in the help (?) only
        Binding("s", "stats", "Stats", show=False, tooltip="The bank's question statistics"),
        Binding("h", "show_history", "History", show=False, tooltip="Your history and progress"),
        Binding("n", "rename", "Rename", show=False),
        Binding("x,delete", "delete", "Delete", show=False, tooltip="Delete the bank's file"),
        Binding("f5", "rescan", "Rescan", show=False),
        Binding("escape", "clear_search", "Clear the search", show=False),
        Binding("q", "app.quit", "Quit"),
    ]

    class Open(Message):
        """Play this bank (the app shows the quiz setup)."""

        def __init__(self, bank: Bank, path: Path | None) -> None:
            super().__init__()
            self.bank = bank
            self.path = path

    class Resume(Message):
        """Continue an unfinished quiz (``session_id`` None: the latest)."""

        def __init__(self, session_id: int | None = None) -> None:
            super().__init__()
            self.session_id = session_id

    class Review(Message):
        """Review this bank's due questions."""

        def __init__(self, bank: Bank, path: Path | None) -> None:
            super().__init__()
            self.bank = bank
            self.path = path

    class Stats(Message):
        """Show this bank's item analysis."""

        def __init__(self, bank: Bank) -> None:
            super().__init__()
            self.bank = bank

    class ShowHistory(Message):
        """Show the learner's progress and past sittings."""

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

    def __init__(
        self,
        paths: Sequence[Path],
        search_dirs: Sequence[Path],
        history: SafeHistory,
        build_bank: BankBuilder | None = None,
        learning: Learning | None = None,
        *,
        locked: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.search_dirs = list(search_dirs)
        self.history = history
        self.build_bank = build_bank
        self.learning = learning if learning is not None else Learning(None)
        self.locked = locked  # actions this app may not run (a served page: export, generate, ...)
        self.entries: dict[str, BankEntry] = {}
        self.last_scores: dict[str, tuple[int, int]] = {}
        self.due: dict[str, int] = {}
        self.filter = ""
        self.title_width = 26
        self.sub_title = "Banks"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="browser"):
            yield Label("Question banks", classes="title")
            yield Input(placeholder="Search titles and files (Esc clears)", id="search")
            yield DataTable(id="banks", cursor_type="row", zebra_stripes=True)
            yield Static("", id="detail", markup=False)
            yield Static("", id="empty", markup=False)
            with Vertical(id="generating"):
                yield Label("", id="stage", markup=False)
                yield ProgressBar(total=1.0, show_eta=False, id="gen-progress")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#search").display = False
        self.query_one("#generating").display = False
        self.query_one("#empty").display = False
        self._columns(self.size.width)
        self.last_scores = self.history.last_scores()
        self.due = self.learning.due_by_bank()
        self.scan()

    def _columns(self, width: int) -> None:
        """The title column takes what the others leave (each cell has one space each side)."""
        self.title_width = max(_MIN_TITLE, width - _OTHERS)
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_column("Title", key="title", width=self.title_width)
        table.add_column("Qs", key="count", width=_COUNT_WIDTH)
        table.add_column("Categories", key="categories", width=_CATEGORY_WIDTH)
        table.add_column("Last", key="last", width=_LAST_WIDTH)
        table.add_column("Due", key="due", width=_DUE_WIDTH)

    def on_resize(self, event: events.Resize) -> None:
        if max(_MIN_TITLE, event.size.width - _OTHERS) != self.title_width:
            selected = self._selected()
            self._columns(event.size.width)
            self._refill(selected.key if selected else None)

    def on_screen_resume(self) -> None:
        scores = self.history.last_scores()
        due = self.learning.due_by_bank()
        if scores != self.last_scores or due != self.due:
            self.last_scores = scores
            self.due = due
            selected = self._selected()
            self._refill(selected.key if selected else None)

    # -- scanning ------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="scan")
    def scan(self) -> None:
        from quizgen.bank.io import load_bank
        from quizgen.errors import QuizgenError
        from quizgen.library import find_bank_files

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

    def _due(self, bank: Bank) -> Text:
        n = self.due.get(bank.id, 0)
        return Text(str(n), style="bold") if n else Text("–", style="dim")

    def _row(self, entry: BankEntry) -> list[Text]:
        if entry.bank is not None:
            b = entry.bank
            return [
                Text(visible(b.title), overflow="ellipsis", no_wrap=True),
                Text(str(len(b.questions))),
                Text(_categories(b), overflow="ellipsis", no_wrap=True),
                self._last(b),
                self._due(b),
            ]
        return [
            Text("⚠ unreadable", style="bold"),
            Text("–"),
            Text(visible(entry.path.name), overflow="ellipsis", no_wrap=True),
            Text("–"),
            Text("–"),
        ]

    def _matches(self, entry: BankEntry) -> bool:
        if not self.filter:
            return True
        hay = f"{entry.bank.title if entry.bank else ''} {_display_path(entry.path)}".casefold()
        return all(word in hay for word in self.filter.casefold().split())

    def _refill(self, keep: str | None) -> None:
        """Rebuild the rows from the entries (after a search, a resize or a change)."""
        table = self.query_one(DataTable)
        table.clear()
        for key, entry in self.entries.items():
            if self._matches(entry):
                table.add_row(*self._row(entry), key=key)
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep))
        self._show_detail()

    def add_entry(self, entry: BankEntry) -> None:
        """List a bank once: a second file holding the same bank is noted as a copy."""
        key = entry.key
        known = self.entries.get(key)
        if known is not None and known.path.resolve() != entry.path.resolve():
            if entry.path not in known.copies:
                known.copies.append(entry.path)
            self._show_detail()
            return
        self.entries[key] = entry
        table = self.query_one(DataTable)
        if key in table.rows:
            table.remove_row(key)
        if self._matches(entry):
            table.add_row(*self._row(entry), key=key)
        self.query_one("#empty").display = False

    def on_browser_screen_loaded(self, message: Loaded) -> None:
        self.add_entry(message.entry)

    def on_browser_screen_scan_done(self, message: ScanDone) -> None:
        if not self.entries:
            empty = self.query_one("#empty", Static)
            where = " or ".join(str(d) for d in self.search_dirs) or "the given paths"
            if "generate" in self.locked or self.build_bank is None:
                empty.update(f"No banks found in {where}.")
            else:
                empty.update(
                    f"No banks found in {where}.\n\nPress g to generate one from an article, "
                    "or run: quizgen play BANK.json"
                )
            empty.display = True

    def action_rescan(self) -> None:
        self.query_one(DataTable).clear()
        self.entries.clear()
        self.scan()

    # -- the selected bank ----------------------------------------------------------------
    def _selected(self) -> BankEntry | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.entries.get(key or "")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        """Two lines under the table: the file (cut in the middle, never mid-word wrapped)
        and where the bank comes from."""
        entry = self._selected()
        detail = self.query_one("#detail", Static)
        if entry is None:
            detail.update("")
            return
        width = max(10, self.size.width - 4)
        if entry.bank is None:
            text = middle_crop(_display_path(entry.path), width) + "\n" + (entry.error or "")[:width]
            detail.update(visible(text))
            return
        b = entry.bank
        lines = [middle_crop(_display_path(entry.path), width)]
        about = []
        if len(b.title) > self.title_width - 2:  # cut in the table: whole here
            about.append(b.title)
        if b.sources:
            about.append("from " + ", ".join(src.title for src in b.sources[:2]))
        if entry.copies:
            n = len(entry.copies)
            about.append(f"also in {n} other file{'s' if n != 1 else ''}")
        due = self.due.get(b.id, 0)
        if due:
            about.append(f"due: {due} (d to review)")
        if about:
            lines.append(middle_crop("  ·  ".join(about), width))
        detail.update(visible("\n".join(lines)))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        entry = self._selected()
        if entry is None:
            hint = " Press g to generate one." if self.check_action("generate", ()) else ""
            self.notify(f"No bank selected.{hint}", severity="warning")
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
        """Resume the unfinished quiz, or pick one when there are several."""
        rows = self.history.unfinished_sessions()
        if len(rows) <= 1:
            self.post_message(self.Resume(rows[0].id if rows else None))
            return
        options = [
            f"{r.started.replace('T', ' ')[:16]}  {r.bank_title}  ({r.answered} of {r.total} answered)"
            for r in rows
        ]

        def picked(index: int | None) -> None:
            if index is not None:
                self.post_message(self.Resume(rows[index].id))

        self.app.push_screen(PickScreen("Resume which quiz?", options), picked)

    # -- reviews, stats, history -----------------------------------------------------------
    def _readable(self, what: str) -> BankEntry | None:
        entry = self._selected()
        if entry is None or entry.bank is None:
            self.notify(f"Select a readable bank to {what}.", severity="warning")
            return None
        return entry

    def action_review(self) -> None:
        entry = self._readable("review")
        if entry is not None and entry.bank is not None:
            self.post_message(self.Review(entry.bank, entry.path))

    def action_stats(self) -> None:
        entry = self._readable("analyse")
        if entry is not None and entry.bank is not None:
            self.post_message(self.Stats(entry.bank))

    def action_show_history(self) -> None:
        self.post_message(self.ShowHistory())

    # -- search ------------------------------------------------------------------------
    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            selected = self._selected()
            self.filter = event.value.strip()
            self._refill(selected.key if selected else None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.query_one(DataTable).focus()

    def action_clear_search(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            box.value = ""
            box.display = False
            self.query_one(DataTable).focus()

    def on_key(self, event: events.Key) -> None:
        box = self.query_one("#search", Input)
        if event.key == "escape" and box.has_focus:
            event.stop()
            self.action_clear_search()

    # -- export, rename, delete --------------------------------------------------------------
    def action_export(self) -> None:
        entry = self._selected()
        if entry is None or entry.bank is None:
            self.notify("Select a readable bank to export.", severity="warning")
            return
        from quizgen.export import EXPORTERS
        from quizgen.fileio import slug
        from quizgen.quiz.paths import data_dir

        bank = entry.bank
        formats = [(name, exp.suffix, exp.description) for name, exp in sorted(EXPORTERS.items())]

        def chosen(answer: tuple[str, Path] | None) -> None:
            if answer is None:
                return
            fmt, path = answer
            if path.exists():

                def confirmed(yes: bool | None) -> None:
                    if yes:
                        self.export(bank, path, fmt, overwrite=True)

                self.app.push_screen(
                    ConfirmScreen(f"Replace {path.name}?", f"{path} already exists.", yes="Replace"),
                    confirmed,
                )
            else:
                self.export(bank, path, fmt, overwrite=False)

        folder = data_dir() / "exports"
        self.app.push_screen(ExportScreen(formats, folder, slug(bank.id)), chosen)

    def export(self, bank: Bank, path: Path, fmt: str, *, overwrite: bool) -> None:
        from quizgen.errors import QuizgenError
        from quizgen.export import export_file
        from quizgen.quiz.paths import data_dir

        try:
            if path.parent == data_dir() / "exports":
                path.parent.mkdir(parents=True, exist_ok=True)
            done = export_file(bank, path, fmt, force=overwrite)
        except (QuizgenError, OSError) as exc:
            message = str(exc).replace(" (use --force to overwrite)", "")
            self.notify(message, title="Export failed", severity="error", markup=False)
            return
        for warning in done.warnings:
            self.notify(warning, severity="warning", markup=False, timeout=8)
        self.notify(done.summary().capitalize(), markup=False)

    def action_rename(self) -> None:
        entry = self._selected()
        if entry is None or entry.bank is None:
            self.notify("Select a readable bank to rename.", severity="warning")
            return

        def named(title: str | None) -> None:
            if not title or entry.bank is None or title == entry.bank.title:
                return
            from quizgen.errors import QuizgenError
            from quizgen.library import retitle_bank

            try:
                entry.bank = retitle_bank(entry.path, title)
            except QuizgenError as exc:
                self.notify(str(exc), title="Rename failed", severity="error", markup=False)
                return
            self._refill(entry.key)

        self.app.push_screen(TextScreen("New title for the bank:", entry.bank.title), named)

    def action_delete(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        shown = _display_path(entry.path)

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            from quizgen.errors import QuizgenError
            from quizgen.library import delete_bank

            try:
                delete_bank(entry.path)
            except QuizgenError as exc:
                self.notify(str(exc), title="Delete failed", severity="error", markup=False)
                return
            self.entries.pop(entry.key, None)
            self._refill(None)
            self.notify(f"Deleted {shown}", markup=False)

        title = entry.bank.title if entry.bank else entry.path.name
        self.app.push_screen(
            ConfirmScreen(
                f"Delete {title}?", f"The file {shown} is deleted; this cannot be undone.", yes="Delete"
            ),
            confirmed,
        )

    # -- generate -------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Locked actions (a served page's) and generating without a bank builder are off:
        their keys leave the key bar and the help."""
        if action in self.locked:
            return False
        if action == "generate":
            return self.build_bank is not None
        return True

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

        if self.build_bank is None:
            self.post_message(self.Generated(None, "generating banks is not available here"))
            return
        try:
            from quizgen.library import store_bank

            bank = self.build_bank(article, progress=progress)
            target = store_bank(bank)
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
        entry = message.entry
        known = self.entries.get(entry.key)
        again = known is not None
        if known is not None and known.path.resolve() != entry.path.resolve():
            known.copies = [p for p in known.copies if p.resolve() != entry.path.resolve()]
            entry.copies = [*known.copies, known.path] if known.path.exists() else known.copies
        self.entries[entry.key] = entry
        self._refill(entry.key)
        bank = entry.bank
        assert bank is not None
        what = "Updated" if again else "New bank"
        self.notify(f"{what} {bank.title}: {len(bank.questions)} questions in {entry.path}", markup=False)
