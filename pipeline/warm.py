"""Imported by each worker process as it starts (`run.worker_pool`): it loads the
vocabularies and the extractors' compiled patterns by running the steps of
`process_document` on a short plan-like text, so the loading (about 6 s) happens while
the workers start, in parallel, rather than on each one's first document. The sample's
count of a noun ("05 bộ dữ liệu") loads underthesea's part-of-speech tagger too (the targets
read count nouns with it): in the fork server, once for all the workers, instead of once in
each worker on a first count (about 0.4 s each). (spaCy is not loaded: the run reads the
facts without tokens. Neither are pandas and Arrow: Arrow's allocator starts a thread, and the
fork server forks.)"""
from __future__ import annotations

SAMPLE = (
    "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 12/KH-UBND\nKiên Giang, ngày 07 tháng 02 năm 2024\n\nKẾ HOẠCH\n"
    "Phát triển kinh tế - xã hội năm 2024\n\nCăn cứ Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị;\n"
    "I. CHỈ TIÊU\n- Tỷ lệ che phủ rừng đạt 51%.\n- Phấn đấu xây dựng 05 bộ dữ liệu dùng chung.\n- Sở Tài chính chủ trì, hoàn thành trước ngày 30/6/2024.\n"
)


def warm() -> None:
    from pipeline.metadata import document_fields
    from pipeline.normalise import normalise
    from pipeline.sections import build_outline
    from pipeline.spans import annotate

    mt = normalise(SAMPLE)
    build_outline(mt.text)
    annotate(mt.text, tokens=False)
    document_fields(mt.text)


# A worker allocates millions of short-lived objects (matches, lists, rows), nearly all freed by their reference counts,
# and the cyclic garbage collector's default (a young collection every 700 net allocations, a full one, over every
# loaded pattern and vocabulary, every 10 of the middle ones) spent ~0.6 s of ~17 s of CPU over the wide corpus. What is
# loaded here is kept for the process's life: frozen, out of every collection (and, in the fork server, its pages
# are not written to by collections in each worker); young collections every GC_YOUNG net allocations: ~0.14 s.
GC_YOUNG = 7000


def calm_collector() -> None:
    """Freeze what is loaded so far and collect young objects less often (see GC_YOUNG); the older generations'
    thresholds stay."""
    import gc

    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


try:
    warm()
except Exception:  # pragma: no cover - warming is an optimisation; workers load lazily anyway
    pass
calm_collector()
