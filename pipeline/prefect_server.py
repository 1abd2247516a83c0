"""Prefect's temporary server for a run, started before the run's process imports the rest of
Prefect (`flows` uses it): the settings every run gives Prefect, and the server itself, served
in a thread of the run's own process."""
from __future__ import annotations

import gc
import os
import socket
import threading

# Quiet, patient on first start, and off the network (set before Prefect is imported).
PREFECT_SETTINGS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    # The temporary server registers no block types as it starts: it skipped importing every
    # installed Prefect collection and hashing the block registry (~0.7 s of its 3-4 s of CPU,
    # taken from the workers on a small machine). A run saves no block (its result storage is
    # a local path), and runs against a lasting server are not affected (its own settings).
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}


def apply_settings() -> None:
    """`PREFECT_SETTINGS`, where the environment does not set them already."""
    for key, value in PREFECT_SETTINGS.items():
        os.environ.setdefault(key, value)


def early_server() -> "TemporaryServer | None":
    """A temporary server started now, before the rest of Prefect is imported (None when
    PREFECT_API_URL names a server in the environment)."""
    apply_settings()
    return None if os.environ.get("PREFECT_API_URL") else TemporaryServer()


# The services a temporary server runs (`RunInEphemeralServers`) that serve what nobody reads from a server that lives and
# dies with one run and shows no UI: automations (reactive triggers and their actions), events stored in its database and
# streamed out to a UI, logs streamed out, task runs recorded from the events the run's tasks send. Off (unless the
# environment sets them): they cost its start ~0.5 s of CPU and, during a run over the wide corpus, ~1 s more (each
# task's events written to SQLite), taken from the workers on a small machine. The run's rows do not depend on them: the
# flow's tasks return their batches (spooled files) to the flow, the batch cache is the run's own folder.
# What would need them, and so must not run on this server: waiting on a task run from outside the flow (`.delay()`'s
# PrefectDistributedFuture, `run_deployment`, the TaskRunWaiter and FlowRunWaiter read recorded task runs and the events
# stream). The flows here map their tasks on a local task runner (threads, or Dask) whose futures are local.
SERVER_SERVICES_OFF = {
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",  # ReactiveTriggers and Actions
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_LOGGER_ENABLED": "false",
    "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",  # Distributor
    "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED": "false",  # LogDistributor
}

# The cyclic garbage collector is off while the server's code is imported and its app built (Prefect's server: ~190
# route handlers, hundreds of pydantic models and ORM classes, millions of objects that live as long as the process,
# which the collector's default thresholds traversed over and over). Once the server has started, what is loaded is
# frozen (out of every later collection, as in `pipeline.warm`) and the collector runs again, young collections every
# SERVER_GC_YOUNG net allocations (in the whole process: it holds the server). `collector_off` is counted: the CLI also
# imports the rest of Prefect with the collector off, in its own thread, while the server may still be starting.
SERVER_GC_YOUNG = 7000
_gc_lock = threading.Lock()
_gc_holders = 0
_frozen: list[bool] = []


class collector_off:
    """The cyclic collector off while any holder is inside; the last one out turns it on again
    (after freezing what is loaded, with `freeze=True`)."""

    def __init__(self, freeze: bool = False):
        self.freeze = freeze
        self.held = False

    def __enter__(self):
        global _gc_holders
        with _gc_lock:
            _gc_holders += 1
            self.held = True
            gc.disable()
        return self

    def release(self) -> None:
        global _gc_holders
        with _gc_lock:
            if not self.held:
                return
            self.held = False
            _gc_holders -= 1
            if self.freeze and not _frozen:
                _frozen.append(True)  # (once per process: a later server's leftovers are collected as usual)
                gc.freeze()
                gc.set_threshold(SERVER_GC_YOUNG, *gc.get_threshold()[1:])
            if _gc_holders == 0:
                gc.enable()

    def __exit__(self, *exc):
        self.release()


# The API routers a run's requests go to, by their path prefix (measured on a run: the client's version check, the flow
# and its flow run and states, a CSRF token, the task runs' events on a websocket; the health check is a route of the
# app itself). FastAPI (0.137 on) builds an included router's routes (their dependencies and pydantic fields) on the
# first request that reaches it, and tries the routers in order: Prefect includes the admin router, which a run's first
# request (the version check) asks for, last but one of 31, so that request built all of them, ~190 routes (~0.7 s of
# CPU on the run's process, taken from the workers on a small machine). Tried first, these are the only ones built.
RUN_ROUTERS = ("/admin", "/flows", "/flow_runs", "/csrf-token", "/events")


def _router_prefix(route) -> str | None:
    """The path prefix of an included router (None for a route of the app itself)."""
    router = getattr(route, "original_router", None)  # (FastAPI 0.137 on; older versions copy routes in)
    return getattr(router, "prefix", None)


def run_routers_first(app) -> None:
    """The routers of the API app (mounted on /api) that a run uses (`RUN_ROUTERS`) tried before the others, each
    group in Prefect's order; every route of the app itself keeps its place. The routers' prefixes differ, so no path
    that one of them serves can be served by another: which router serves a request does not change, only which
    routers are built to find it."""
    for mount in getattr(app, "routes", ()):
        api = getattr(mount, "app", None)
        if getattr(mount, "path", None) != "/api" or not hasattr(api, "router"):
            continue
        routes = api.router.routes
        slots = [i for i, route in enumerate(routes) if _router_prefix(route) is not None]
        routers = sorted((routes[i] for i in slots), key=lambda route: _router_prefix(route) not in RUN_ROUTERS)
        for i, route in zip(slots, routers):
            routes[i] = route


# Prefect's server runs a docket worker for its background tasks: the perpetual services (in a temporary server: events
# vacuum, proactive triggers) and follow-ups of API calls (work queues and deployments marked ready, logs deleted with
# their runs, cancellations cleaned up, expired leases revoked), none of which a run over files asks for or waits on.
# Idle, it polls (its scheduler and worker loops every 250 ms, its cancellation listener every 100 ms through a thread):
# ~0.5 s of CPU per 20 s of run on this machine, taken from the workers on a small machine, and more the longer a
# loaded machine makes the run. A temporary server starts none (`_no_background_worker`); the tasks it would queue
# stay queued in memory and end with it. A lasting server (PREFECT_API_URL) is not affected.
_temporary_server_threads: set[int] = set()


def _no_background_worker(original):
    """Prefect's `background_worker`, except in a temporary server's thread: there, nothing."""
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def nothing(*args, **kwargs):
        yield

    def background_worker(*args, **kwargs):
        if threading.get_ident() in _temporary_server_threads:
            return nothing()
        return original(*args, **kwargs)

    background_worker.original = original
    return background_worker


def _listening_socket(port: int | None = None) -> socket.socket:
    """A socket bound on 127.0.0.1 for the server: on `port` when it is free, else on a free port
    the system gives (bound here, before the server starts: no other process can take it meanwhile)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", port or 0))
    except OSError:
        if not port:
            sock.close()
            raise
        sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    return sock


class TemporaryServer:
    """Prefect's temporary server for one run: Prefect's server app
    (`prefect.server.api.server:create_app`, a temporary server's: no UI, the services of
    `RunInEphemeralServers` less SERVER_SERVICES_OFF), served by uvicorn in a thread of this
    process on its own event loop, where Prefect's own `SubprocessASGIServer` serves it in a
    process of its own. Prefect's modules are thus imported once per run (a server process
    imported them again: ~3 s of CPU taken from the workers on a small machine), and the server
    ends with the process however the process ends (kill -9 included): no server process and no
    port can outlive the run. The CLI starts it before it loads the rest of the pipeline, and
    imports the rest of Prefect once the server's thread has (`imported`): two threads importing
    one package's modules at once can deadlock on its circular imports. Its address is a real HTTP one
    (`api_url`, on 127.0.0.1): Dask workers on this machine reach it too."""

    def __init__(self, port: int | None = None):
        self.socket = _listening_socket(port)
        self.port = self.socket.getsockname()[1]
        self.server = None  # the uvicorn.Server, once the app is built
        self.error: BaseException | None = None
        self._stopping = threading.Event()
        self.imported = threading.Event()  # set once the server's thread has imported Prefect's server (or failed)
        self._collector = collector_off(freeze=True).__enter__()
        self.thread = threading.Thread(target=self._serve, name="prefect-temporary-server", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            from contextlib import asynccontextmanager

            import prefect.server.api.server as prefect_api_server
            import prefect.settings
            import uvicorn
            from prefect.server.api.server import create_app

            self.imported.set()
            _temporary_server_threads.add(threading.get_ident())
            worker = getattr(prefect_api_server, "background_worker", None)  # (a Prefect without it: nothing to turn off)
            if worker is not None and not hasattr(worker, "original"):  # (once per process)
                prefect_api_server.background_worker = _no_background_worker(worker)
            # The services off in this thread's settings only: the run's own settings are not touched.
            off = {getattr(prefect.settings, name): value for name, value in SERVER_SERVICES_OFF.items()
                   if name not in os.environ}
            with prefect.settings.temporary_settings(updates=off):
                # (a new app for every server: a second run in one process gets its own lifespan)
                app = create_app(ephemeral=True, ignore_cache=True)
                run_routers_first(app)
                starting = app.router.lifespan_context  # (the database's migrations checked, the services started)
                collector = self._collector

                @asynccontextmanager
                async def lifespan(app):
                    async with starting(app) as state:
                        collector.release()
                        yield state

                app.router.lifespan_context = lifespan
                # (log_config None: uvicorn leaves the run's logging as it is; Prefect's server loggers are quiet)
                self.server = uvicorn.Server(uvicorn.Config(app, log_config=None, log_level="error", access_log=False,
                                                            lifespan="on", timeout_graceful_shutdown=2))
                if not self._stopping.is_set():
                    self.server.run(sockets=[self.socket])
        except BaseException as exc:  # noqa: BLE001 - reported in the run's thread by wait()
            self.error = exc
        finally:
            _temporary_server_threads.discard(threading.get_ident())
            self.imported.set()
            self._collector.release()
            self.socket.close()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait(self, timeout: float) -> None:
        """Until the server has started (its database ready, its services up) and answers
        Prefect's health check (`timeout` seconds at most)."""
        import time

        import httpx

        deadline = time.monotonic() + timeout
        while not (self.server is not None and self.server.started):
            if not self.thread.is_alive():
                raise RuntimeError(f"Prefect's temporary server stopped as it started ({self.error!r})") from self.error
            if time.monotonic() > deadline:
                raise RuntimeError(f"Prefect's temporary server did not start within {timeout:.0f} s "
                                   "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")
            self.thread.join(0.02)
        with httpx.Client() as client:
            client.get(f"{self.api_url}/health", timeout=max(1.0, deadline - time.monotonic())).raise_for_status()

    def stop(self) -> None:
        """Stop serving and wait for the server's thread (its services stopped, its socket
        closed); a server still starting stops before it serves."""
        self._stopping.set()
        if self.server is not None:
            self.server.should_exit = True
        self.thread.join(10)
        if self.thread.is_alive() and self.server is not None:
            self.server.force_exit = True
            self.thread.join(5)
