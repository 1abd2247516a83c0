"""`kehoach run PATH... --out DIR` and `kehoach eval --gold DIR --out DIR`."""
from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(add_completion=False, help="kehoach: Vietnamese plan documents in, a checked dataset out.")
console = Console(stderr=True)


def _quiet_prefect(verbose: bool) -> None:
    if verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
        return
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
    for name in ("prefect", "httpx", "uvicorn", "alembic"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _start_early(direct: bool, workers: int, dask_address: str | None, out: Path):
    """What a run starts before this process loads the rest of the pipeline (pandas and Arrow,
    then Prefect): Prefect's temporary server for a Prefect run (returned; None otherwise), whose
    thread imports Prefect's server and starts it meanwhile, and the workers' fork server
    (`pipeline.workers.start_fork_server`), which loads the extractors meanwhile on the other core. A direct run into a folder that
    already holds a dataset starts its workers only when it has batches for them (an
    incremental run has often nothing, or one batch, to extract)."""
    server = None
    if not direct:
        from pipeline.prefect_server import early_server

        server = early_server()
    if _early_workers(direct, workers, dask_address, out):
        from pipeline.workers import start_fork_server

        start_fork_server()
    return server


def _early_workers(direct: bool, workers: int, dask_address: str | None, out: Path) -> bool:
    from pipeline import publish

    return workers > 1 and not dask_address and (not direct or publish.version_dir(out) is None)


@app.command()
def run(
    paths: List[Path] = typer.Argument(..., help="Plan files or folders (searched recursively)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Dataset folder."),
    batch_size: int = typer.Option(8, help="Documents per task (at least: the Prefect run makes batches larger so that each worker gets about 8 tasks)."),
    direct: bool = typer.Option(False, "--direct", help="Run the same steps without Prefect."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own logs."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold answers for the review pages (default: a gold/ folder inside an input folder)."),
    prune: bool = typer.Option(False, "--prune", help="Remove the rows of documents whose file no longer exists."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Processes that read and extract documents in parallel (default: the machine's cores)."),
    dask_address: Optional[str] = typer.Option(None, "--dask-address", help="Run the batches on an existing Dask cluster (tcp://HOST:PORT of its scheduler; inputs and OUT on a path every worker reads). Needs the `dask` extra."),
) -> None:
    """Ingest, normalise and extract every plan under PATHS into the dataset in OUT, and write
    the review pages to OUT/review/."""
    from pipeline.workers import default_workers

    _quiet_prefect(verbose)
    workers = workers or default_workers()
    if dask_address and direct:
        console.print("[red]--dask-address runs the Prefect flow: leave out --direct[/red]")
        raise typer.Exit(2)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        console.print(f"[red]no such file or folder: {', '.join(missing)}[/red]")
        raise typer.Exit(2)
    server = _start_early(direct, workers, dask_address, out)
    from pipeline.lock import OutputNotAFolder, prepare_output
    from pipeline.run import NoPlanFiles, find_plan_files, no_plan_files_message

    files, skipped = find_plan_files(paths, out)
    if skipped:
        shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        console.print(f"[yellow]skipped[/yellow] {len(skipped)} not plan files or kehoach's own output: {shown}", soft_wrap=True)
    if not files:
        if server is not None:
            server.stop()
        console.print(f"[red]{no_plan_files_message(paths, skipped)}[/red]", soft_wrap=True)
        raise typer.Exit(1)
    try:
        prepare_output(out)
    except OutputNotAFolder as exc:
        if server is not None:
            server.stop()
        console.print(f"[red]{exc}[/red]", soft_wrap=True)
        raise typer.Exit(2)
    if direct and len(files) > batch_size and _early_workers(direct, workers, dask_address, out):  # (Prefect: `WarmWorkers`)
        from pipeline.workers import start_in_background

        start_in_background(workers)  # forked from the fork server as soon as it is ready, while the run lists and hashes
        # (one batch or less runs in this process: no workers)
    gold = gold or next((p / "gold" for p in paths if (p / "gold").is_dir()), None)
    started = time.perf_counter()
    counts = {"ok": 0, "warning": 0, "failed": 0}
    with Progress(TextColumn("[bold]documents"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
                  TimeElapsedColumn(), console=console, transient=False) as bar:
        task_id = bar.add_task("run", total=None, status="finding documents")

        def on_batch(records: list[dict], total: int) -> None:
            for r in records:
                counts[r["document"]["status"]] += 1
                if r["document"]["status"] != "ok":
                    colour = "red" if r["document"]["status"] == "failed" else "yellow"
                    bar.console.print(f"[{colour}]{r['document']['status']}[/{colour}] {r['document']['source_path']}: {r['document']['message']}")
            done = sum(counts.values())
            rate = done / max(time.perf_counter() - started, 1e-9)
            bar.update(task_id, total=total, completed=done, status=f"ok {counts['ok']} · warning {counts['warning']} · failed {counts['failed']} · {rate:.1f} doc/s")

        try:
            if direct:
                from pipeline.run import run_direct

                result = run_direct([str(p) for p in paths], out, batch_size, on_batch=on_batch, gold_dir=gold, prune_missing=prune, workers=workers)
            else:
                # While Prefect loads here: its temporary server starts (`_start_early`), and the workers warm up.
                warming = None
                if workers > 1 and not dask_address:  # the workers extract the flow's batches until the flow runs
                    from pipeline.early import WarmWorkers

                    warming = WarmWorkers(workers, early=([str(p) for p in paths], str(out), batch_size))
                from pipeline.prefect_server import collector_off

                if server is not None:
                    server.imported.wait()  # (Prefect's modules imported by one thread at a time: see `TemporaryServer`)
                with collector_off():  # (importing Prefect with the collector off: see `pipeline.prefect_server`)
                    import flows
                flows.progress_hook = on_batch
                result = flows.run_corpus([str(p) for p in paths], str(out), batch_size, str(gold) if gold else None, prune, workers,
                                          dask_address=dask_address, server=server, warming=warming)
        except (NoPlanFiles, OutputNotAFolder, FileNotFoundError, NotADirectoryError) as exc:
            bar.stop()
            console.print(f"[red]{exc}[/red]", soft_wrap=True)
            raise typer.Exit(1 if isinstance(exc, NoPlanFiles) else 2)
    elapsed = time.perf_counter() - started
    rows = ", ".join(f"{k} {v}" for k, v in result["rows"].items())
    console.print(
        f"{result['files']} files: {result['processed']} processed ({result['ok']} ok, {result['warning']} warning, "
        f"{result['failed']} failed), {result['unchanged']} unchanged, in {elapsed:.1f} s → {out}\nrows: {rows}"
    )
    if result.get("pruned"):
        console.print(f"pruned: {result['pruned']} documents whose file no longer exists")
    console.print(f"review: {result['review']}")


@app.command()
def review(
    out: Path = typer.Argument(Path("outputs"), help="Dataset folder (written by `kehoach run`)."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold answers: facts are marked matched / extra, missed items listed."),
) -> None:
    """Re-write the review pages OUT/review/ (one per document and an index) from the dataset in OUT."""
    from pipeline.run import write_review

    if not (out / "documents.parquet").exists():
        console.print(f"[red]no dataset in {out}: run `kehoach run … --out {out}` first[/red]")
        raise typer.Exit(2)
    console.print(f"review: {write_review(out, gold, force=True)}")


@app.command("eval")
def eval_(
    gold: Optional[Path] = typer.Option(None, "--gold", help="Folder of gold JSON files (gold-format.md)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Dataset folder to score."),
    marks: List[Path] = typer.Option([], "--marks", help="Reviewer marks exported from the review pages (JSON or CSV), read as extra gold."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    details: bool = typer.Option(False, "--details", help="List misses and extras per document."),
) -> None:
    """Score the dataset in OUT against the gold answers in GOLD (the reference scorer's matching:
    the figures are those of shared/spec/score.py, with per-document details added)."""
    from pipeline.evaluate import evaluate

    if not (out / "documents.parquet").exists():
        console.print(f"[red]no dataset in {out}: run `kehoach run … --out {out}` first[/red]")
        raise typer.Exit(2)
    if gold is None and not marks:
        console.print("[red]give --gold DIR, --marks FILE, or both[/red]")
        raise typer.Exit(2)
    try:
        result = evaluate(gold, out, marks)
    except (FileNotFoundError, ValueError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    if not details:
        result.pop("details")
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    out_console = Console()
    table = Table(title="kehoach eval")
    for col in ("table", "gold", "pred", "matched", "P", "R", "F1", "attributes"):
        table.add_column(col, justify="right" if col not in ("table", "attributes") else "left")
    for name, s in result["tables"].items():
        attrs = ", ".join(f"{k} {v['accuracy']:.2f} (n={v['n']})" for k, v in s["attributes"].items() if v["accuracy"] is not None)
        table.add_row(name, str(s["gold"]), str(s["predicted"]), str(s["matched"]),
                      f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", attrs)
    out_console.print(table)
    fields = ", ".join(f"{k} {v['accuracy']:.2f}" for k, v in result["documents"].items() if v["accuracy"] is not None)
    out_console.print(f"documents: {fields}")
    per_doc = Table(title="F1 per document")
    per_doc.add_column("document")
    for name in result["tables"]:
        per_doc.add_column(name, justify="right")
    for doc, scores in result["per_document"].items():
        per_doc.add_row(doc, *(f"{scores[t]['f1']:.2f} ({scores[t]['matched']}/{scores[t]['gold']}/{scores[t]['predicted']})" for t in result["tables"]))
    out_console.print(per_doc)
    if details:
        for doc, by_table in result["details"].items():
            for name, d in by_table.items():
                for kind in ("missed", "extra"):
                    for item in d[kind]:
                        out_console.print(f"{doc} {name} {kind}: {json.dumps(item, ensure_ascii=False)}", soft_wrap=True)


@app.command()
def schema(
    out: Path = typer.Option(None, "--out", "-o", help="Where to write the Markdown (default: docs/schema.md of the repository)."),
    datapackage: Optional[Path] = typer.Option(None, help="Also write a datapackage.json into this folder."),
) -> None:
    """Write docs/schema.md (every table and column, from pipeline/model.py)."""
    from pipeline import schema as schema_module

    path = schema_module.write_markdown(out or schema_module.SCHEMA_DOC)
    console.print(f"schema: {path}")
    if datapackage:
        console.print(f"datapackage: {schema_module.write_datapackage(datapackage)}")


def main() -> None:  # console script entry point
    app()


if __name__ == "__main__":
    main()
