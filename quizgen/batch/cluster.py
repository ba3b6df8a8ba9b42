"""Past one machine: the articles go to a Dask distributed cluster (``pip install 'quizgen[dask]'``).

Start a scheduler (``dask scheduler``) and workers (``dask worker ADDRESS``) with quizgen
installed, then ``quizgen generate ... --scheduler ADDRESS``. A worker plugin loads the spaCy
pipeline once in each worker; each task is one article (its bytes travel with it, so workers need
no shared disk) and returns the bank's JSON text, which this process (the client) writes.
Banks are byte-identical to a local run: the recipe, with its ``created`` stamp, is fixed here.
Dask does the scheduling, queueing, retries of tasks whose worker died, and the transport.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from distributed import Client, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from quizgen import __version__
from quizgen.batch.executors import AHEAD, Executor
from quizgen.batch.jobs import Job, Outcome, failure, load_for_batch, make, one_line
from quizgen.errors import InputError, QuizgenError
from quizgen.pipeline import Recipe

if TYPE_CHECKING:
    from distributed import Future, Worker


def plugin_name(model: str | None) -> str:
    """One plugin per quizgen version and model: a later run with the same ones finds spaCy
    already loaded in every worker."""
    return f"quizgen-{__version__}-spacy-{model or 'default'}"


#: Seconds to wait for the scheduler, and then for a first worker.
CONNECT_TIMEOUT = 20


class SpacyPlugin(WorkerPlugin):
    """Loads the spaCy pipeline once per worker, when the worker starts or joins."""

    idempotent = True  # registered again by a later run: kept, with the pipeline it loaded

    def __init__(self, model: str | None, version: str) -> None:
        self.name = plugin_name(model)
        self.model = model
        self.version = version
        self.nlp: Any = None
        self.problem = "the spaCy pipeline was not loaded"
        self.lock: threading.Lock | None = None

    def setup(self, worker: Worker) -> None:
        self.lock = threading.Lock()  # one article at a time per worker process, whatever its threads
        if __version__ != self.version:
            self.problem = (
                f"the worker at {worker.address} has quizgen {__version__} and the client "
                f"{self.version}: install the same version everywhere"
            )
            raise InputError(self.problem)
        try:
            self.nlp = load_for_batch(Recipe(model=self.model))
        except QuizgenError as exc:
            self.problem = f"the worker at {worker.address}: {one_line(exc)}"
            raise InputError(self.problem) from None


def work_on_worker(job: Job, recipe: Recipe) -> Outcome:
    """A task: one article on a worker, with the pipeline its plugin loaded."""
    worker = get_worker()
    plugin = worker.plugins.get(plugin_name(recipe.model))
    if not isinstance(plugin, SpacyPlugin) or plugin.nlp is None or plugin.lock is None:
        reason = plugin.problem if isinstance(plugin, SpacyPlugin) else "the quizgen plugin is missing"
        return Outcome(job.index, "fatal", reason=reason)
    with plugin.lock:
        return make(job, recipe, plugin.nlp, worker.address)


class DaskCluster(Executor):
    """The articles on a Dask distributed cluster; at most a few per worker thread in flight."""

    def __init__(self, address: str, recipe: Recipe) -> None:
        self.address = address
        self.recipe = recipe
        self.label = f"on the Dask cluster at {address}"
        self.client: Client | None = None
        self.futures: dict[Future[Outcome], int] = {}

    def start(self) -> None:
        if self.client is None:
            self.client = self._connect()

    def _connect(self) -> Client:
        try:
            client = Client(self.address, timeout=f"{CONNECT_TIMEOUT}s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(f"cannot reach the Dask scheduler at {self.address}: {one_line(exc)}") from None
        try:
            return self._prepare(client)
        except BaseException:
            client.close()
            raise

    def _prepare(self, client: Client) -> Client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            raise InputError(
                f"the Dask scheduler at {self.address} has no workers "
                f"(start some with: dask worker {self.address})"
            ) from None
        try:
            client.register_plugin(SpacyPlugin(self.recipe.model, __version__))
        except Exception as exc:
            raise InputError(f"the Dask workers cannot start: {one_line(exc)}") from None
        return client

    def outcomes(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        self.start()
        client = self.client
        assert client is not None
        threads = sum(client.nthreads().values())
        window = max(AHEAD * threads, 4)
        run = uuid.uuid4().hex[:12]
        stream = iter(jobs)

        def submit() -> Future[Outcome] | None:
            job = next(stream, None)
            if job is None:
                return None
            key = f"quizgen-{run}-{job.index}"
            fut: Future[Outcome] = client.submit(work_on_worker, job, self.recipe, key=key, pure=False)
            self.futures[fut] = job.index
            return fut

        try:
            first = [f for f in (submit() for _ in range(window)) if f is not None]
            if not first:
                return
            done = as_completed(first, loop=client.loop)  # this client is not the default one
            for fut in done:
                index = self.futures.pop(fut)
                try:
                    yield fut.result()
                except Exception as exc:  # a task whose workers kept dying (KilledWorker), a lost link
                    yield failure(index, exc)
                fut.release()
                nxt = submit()
                if nxt is not None:
                    done.add(nxt)
        finally:
            self.stop()

    def stop(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        if self.futures:
            client.cancel(list(self.futures))
            self.futures.clear()
        client.close()
