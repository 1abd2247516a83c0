"""Prefect's temporary server for a run, started without importing Prefect (`flows` uses it):
the settings every run gives Prefect, the server process, and the watchdog that stops the
server when the run's process is gone however it ended."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

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
    """A temporary server started now, before Prefect is imported (None when PREFECT_API_URL
    names a server in the environment)."""
    apply_settings()
    return None if os.environ.get("PREFECT_API_URL") else TemporaryServer()


# Started before the server, the watchdog reads the server's pid from a pipe whose other
# end only this process holds: when this process is gone, however it ended (kill -9
# included), the pipe closes and the watchdog stops the server.
WATCHDOG = """
import os, signal, sys, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
pids = [int(line) for line in sys.stdin if line.strip()]
for sig in (signal.SIGTERM, signal.SIGKILL):
    for pid in pids:
        try:
            os.kill(pid, sig)
        except OSError:
            pass
    for _ in range(40):
        time.sleep(0.125)
        alive = []
        for pid in pids:
            try:
                os.kill(pid, 0)
                alive.append(pid)
            except OSError:
                pass
        pids = alive
        if not pids:
            sys.exit(0)
"""
_watchdog = None


def _watch(pid: int) -> None:
    """Have the watchdog stop `pid` when this process is gone."""
    import subprocess
    import sys

    global _watchdog
    if _watchdog is None or _watchdog.poll() is not None:
        _watchdog = subprocess.Popen([sys.executable, "-c", WATCHDOG], stdin=subprocess.PIPE,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _watchdog.stdin.write(f"{pid}\n".encode())
    _watchdog.stdin.flush()


# What Prefect's own temporary server (`prefect.server.api.server.SubprocessASGIServer`) runs:
# Prefect's server app in a uvicorn process, with the environment that makes it a temporary one.
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
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
PORT_IN_USE = 3  # uvicorn's exit code when the port was taken meanwhile

# The server process: uvicorn's own command line (its exit codes: PORT_IN_USE), its app Prefect's server app
# (`prefect.server.api.server:create_app`), built with the cyclic garbage collector off. Building it (importing Prefect's
# server: ~190 route handlers, hundreds of pydantic models and ORM classes) allocates millions of objects that live as
# long as the server, and the collector's default thresholds traversed them over and over. Once started (migrations
# checked, services up), what is loaded is frozen (out of every later collection, as in `pipeline.warm`) and the
# collector runs again, young collections every SERVER_GC_YOUNG net allocations: the server's start took ~2.1 s of CPU
# instead of ~2.5 s, and the first flow run's requests (FastAPI builds each route's handler on first use) ~0.3 s instead
# of ~0.5 s, CPU taken from the workers on a small machine. A run's server lives one run: the few cycles left over from
# its imports stay (~10 MB of its ~180 MB).
SERVER_GC_YOUNG = 7000
SERVER_MAIN = f"""
import gc, sys
gc.disable()


def prefect_app():
    from contextlib import asynccontextmanager

    from prefect.server.api.server import create_app

    app = create_app()
    starting = app.router.lifespan_context  # (the database's migrations checked, the services started)

    @asynccontextmanager
    async def lifespan(app):
        async with starting(app) as state:
            gc.freeze()
            gc.set_threshold({SERVER_GC_YOUNG}, *gc.get_threshold()[1:])
            gc.enable()
            yield state

    app.router.lifespan_context = lifespan
    return app


import uvicorn.main

sys.argv[0] = "uvicorn"
uvicorn.main.main()
"""


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TemporaryServer:
    """Prefect's temporary server for one run: Prefect's server app
    (`prefect.server.api.server:create_app`) in a uvicorn process, as Prefect's
    `SubprocessASGIServer` starts it, but started without importing the server's code into
    this process (about 3 s of imports that the server process does anyway), nor Prefect
    itself: the CLI starts it before it imports `flows`, so the server starts while Prefect
    loads here. The watchdog stops it if this process dies."""

    def __init__(self):
        self.port = _free_port()
        self.process = self._spawn()

    def _spawn(self):
        import subprocess
        import sys

        package = Path(importlib.util.find_spec("prefect").origin).parent  # (found, not imported)
        command = [sys.executable, "-c", SERVER_MAIN, "--app-dir", str(package.parent), "--factory",
                   "__main__:prefect_app", "--host", "127.0.0.1", "--port", str(self.port),
                   "--log-level", "error", "--lifespan", "on"]
        env = {**SERVER_SERVICES_OFF, **os.environ, **SERVER_ENV}
        if "prefect.settings" in sys.modules:  # settings made in this process (the server reads Prefect's profile itself)
            env.update(sys.modules["prefect.settings"].get_current_settings().to_environment_variables(exclude_unset=True))
        process = subprocess.Popen(command, env=env)
        _watch(process.pid)
        return process

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait(self, timeout: float) -> None:
        """Until the server answers its health check (`timeout` seconds at most)."""
        import time

        import httpx

        deadline = time.monotonic() + timeout
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                code = self.process.poll()
                if code == PORT_IN_USE:
                    self.port = _free_port()
                    self.process = self._spawn()
                    continue
                if code is not None:
                    raise RuntimeError(f"Prefect's temporary server exited with code {code} as it started")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
        raise RuntimeError(f"Prefect's temporary server did not answer within {timeout:.0f} s "
                           "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")

    def stop(self) -> None:
        import subprocess

        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
