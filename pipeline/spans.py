"""The span layer: one spaCy pipeline per process whose small components call the
pure extractors and keep their facts in `doc.spans[kind]`.

spaCy is the adapter, not where logic lives: each component only maps the
extractor's offsets onto tokens (`doc.char_span`) and keeps the facts beside the
spans (`SpanGroup.attrs["facts"]`, aligned by index). Dataset rows and review
pages are read back from those groups with `facts_of`.
"""
from __future__ import annotations

import functools
from typing import Callable, Iterator

from extractors.bodies import extract_bodies
from extractors.deadlines import extract_deadlines
from extractors.legal_refs import extract_legal_refs
from extractors.targets import extract_targets

# kind -> pure extractor `text -> list[fact]`; the order is the order of components.
EXTRACTORS: dict[str, Callable[[str], list]] = {
    "legal_refs": extract_legal_refs,
    "bodies": extract_bodies,
    "deadlines": extract_deadlines,
    "targets": extract_targets,
}


def _span_component(kind: str):
    """The component of one kind: it calls `EXTRACTORS[kind]` (looked up at call time)."""
    from spacy.tokens import SpanGroup

    def component(doc):
        text = doc.user_data.get("text") or doc.text  # Doc.text is rebuilt from tokens on each access
        try:
            facts = EXTRACTORS[kind](text)
        except Exception as exc:  # a bug in one extractor must not cost the document its other facts
            doc.user_data.setdefault("errors", []).append(f"{kind} extractor failed ({type(exc).__name__}: {exc}); please report it")
            facts = []
        spans = []
        for fact in facts:
            span = doc.char_span(fact.start, fact.end, label=kind, alignment_mode="expand")
            if span is None:  # an empty or whitespace-only span: keep the fact, point at its token
                span = doc.char_span(fact.start, min(len(text), fact.start + 1), label=kind, alignment_mode="expand")
            spans.append(span if span is not None else doc[0:0])
        doc.spans[kind] = SpanGroup(doc, name=kind, spans=spans, attrs={"facts": facts})
        return doc

    return component


@functools.lru_cache(maxsize=1)
def build_nlp():
    """Blank Vietnamese spaCy with a punctuation-aware rule-based tokenizer (see STACK.md)."""
    import spacy
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    defaults = spacy.blank("xx").Defaults
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
    )
    for kind in EXTRACTORS:
        name = f"kehoach_{kind}"
        if not Language.has_factory(name):
            Language.component(name, func=_span_component(kind))
        nlp.add_pipe(name)
    nlp.max_length = 5_000_000
    return nlp


class PlainFacts:
    """The facts of a text without tokens: the same extractors on the same text, kept per kind (`facts_of`
    and `errors_of` read both). For a text too long for one spaCy `Doc` (over `nlp.max_length` characters),
    and for the run, which reads only the facts (tokenising a text costs about as much as reading its legal
    references, and no row depends on the tokens)."""

    def __init__(self, text: str):
        self.user_data: dict = {"text": text}
        self.spans: dict[str, _FactGroup] = {}
        for kind, extractor in EXTRACTORS.items():
            try:
                facts = extractor(text)
            except Exception as exc:  # as in a component: one extractor's bug costs only its kind
                self.user_data.setdefault("errors", []).append(f"{kind} extractor failed ({type(exc).__name__}: {exc}); please report it")
                facts = []
            self.spans[kind] = _FactGroup(facts)


class _FactGroup:
    def __init__(self, facts: list):
        self.attrs = {"facts": facts}


def annotate(text: str, tokens: bool = True):
    """The spaCy `Doc` of `text` with one span group per kind of fact (without `tokens`, or for a text
    longer than spaCy's limit, a `PlainFacts` with the same facts: tokens are not needed to extract)."""
    if not tokens:
        return PlainFacts(text)
    nlp = build_nlp()
    if len(text) > nlp.max_length:
        return PlainFacts(text)
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def errors_of(doc) -> list[str]:
    """Messages of the extractors that failed on this document."""
    return list(doc.user_data.get("errors", []))


def facts_of(doc, kind: str) -> Iterator:
    """The facts of one kind, in the order of their spans."""
    group = doc.spans.get(kind)
    if group is None:
        return iter(())
    return iter(group.attrs.get("facts", []))
