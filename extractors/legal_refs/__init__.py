"""Legal references: citations of other documents by number-symbol or by name."""
from extractors.legal_refs.extract import extract_legal_refs, reference_spans

__all__ = ["extract_legal_refs", "reference_spans"]
