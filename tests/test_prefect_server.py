"""Prefect runs without PREFECT_API_URL, each with its temporary server in this process (no Prefect test harness here:
the harness names a server, and a run then starts none)."""
from __future__ import annotations

import logging
import shutil

import pytest

from pipeline import dataset
from tests.conftest import SEEDS


def test_two_prefect_runs_in_one_process_each_send_their_events_to_their_own_server(tmp_path):
    """Prefect keeps one events worker per process, bound to the server it first sent to: each run drains and stops
    it as it ends, so a second run in the same process sends its tasks' events to its own server, not to the first
    run's stopped one (which made the second run wait on reconnections and log warnings)."""
    import flows

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(f, folder / f.name)
    unreachable = []

    class Record(logging.Handler):
        def emit(self, record):
            if "Unable to connect" in record.getMessage() or "failed to process item" in record.getMessage():
                unreachable.append(record.getMessage())

    handler = Record(logging.WARNING)
    logging.getLogger("prefect").addHandler(handler)
    try:
        ports = []
        real = flows.TemporaryServer

        def recorded(*args, **kwargs):
            server = real(*args, **kwargs)
            ports.append(server.port)
            return server

        flows.TemporaryServer = recorded
        try:
            for i in range(2):
                summary = flows.run_corpus([str(folder)], str(tmp_path / f"out{i}"), batch_size=1)
                assert summary["processed"] == 2 and summary["failed"] == 0
        finally:
            flows.TemporaryServer = real
        from prefect.events.worker import EventsWorker

        EventsWorker.drain_all(timeout=30, at_exit=False)  # what is still queued is sent now (or fails, and says so)
    finally:
        logging.getLogger("prefect").removeHandler(handler)
    assert len(ports) == 2 and ports[0] != ports[1]  # one server per run
    assert not unreachable, unreachable[:2]
    for table in dataset.TABLES:
        a = dataset.load(tmp_path / "out0")[table]
        b = dataset.load(tmp_path / "out1")[table]
        assert a.equals(b), table


def test_the_temporary_server_tries_the_routers_a_run_uses_first_and_still_serves_every_other_route():
    """FastAPI builds an included router's routes on the first request that reaches it, trying routers in order: the
    routers a run asks for come first (a run's first request, the version check, no longer builds all 31), and a route
    of any other router, of the app itself, or none at all is answered as before."""
    import httpx

    from pipeline import prefect_server

    server = prefect_server.TemporaryServer()
    try:
        server.wait(150)
        api = next(route.app for route in server.server.config.app.routes if getattr(route, "path", None) == "/api")
        prefixes = [prefect_server._router_prefix(route) for route in api.router.routes]
        routers = [p for p in prefixes if p is not None]
        if routers:  # (FastAPI before 0.137 copies routes into the app: nothing to order)
            n = len(prefect_server.RUN_ROUTERS)
            assert set(routers[:n]) == set(prefect_server.RUN_ROUTERS) and len(routers) > n
            assert "/deployments" in routers[n:]
        assert prefixes[:4] == [None] * 4  # the app's own routes (docs, health) keep their places
        with httpx.Client(base_url=server.api_url, timeout=60) as client:
            assert client.get("/admin/version").json()
            assert client.get("/health").json() is True
            assert client.post("/deployments/count").json() == 0  # a router no run uses
            assert client.get("/hello").status_code == 200  # the root router (prefix "")
            assert client.get("/no-such-route").status_code == 404
    finally:
        server.stop()


def test_a_temporary_server_starts_no_background_worker_and_a_lasting_server_still_does(monkeypatch):
    """Prefect's docket worker (background tasks no run over files asks for, polling several times a second) is not
    started by a run's temporary server, which still answers the run's requests; a server started any other way in
    the same process (not in a temporary server's thread) gets Prefect's own background worker."""
    import asyncio

    import httpx
    import prefect.server.api.background_workers as workers
    import prefect.server.api.server

    from pipeline import prefect_server

    started = []

    class Worker:  # what Prefect's background worker enters first
        def __init__(self, docket, *args, **kwargs):
            started.append(docket)

        async def __aenter__(self):
            raise RuntimeError("recorded")

        async def __aexit__(self, *exc):
            return False

    monkeypatch.setattr(workers, "Worker", Worker)
    server = prefect_server.TemporaryServer()
    try:
        server.wait(150)
        assert httpx.get(f"{server.api_url}/admin/version", timeout=60).status_code == 200
    finally:
        server.stop()
    assert started == []  # (the temporary server's lifespan ran without it)

    async def lasting():
        async with prefect.server.api.server.background_worker("a docket", ephemeral=True):
            pass

    with pytest.raises(RuntimeError, match="recorded"):
        asyncio.run(lasting())
    assert started == ["a docket"]
