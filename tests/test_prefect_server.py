"""Prefect runs without PREFECT_API_URL, each with its temporary server in this process (no Prefect test harness here:
the harness names a server, and a run then starts none)."""
from __future__ import annotations

import logging
import shutil

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
