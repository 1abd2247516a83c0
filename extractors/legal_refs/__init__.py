"""Legal references: citations of other documents by number-symbol or by name."""
from extractors.digits import reads_ascii_digits
from extractors.legal_refs.extract import cited_subject_spans, extract_legal_refs, reference_spans

extract_legal_refs = reads_ascii_digits(extract_legal_refs)  # digits of any script are numbers

__all__ = ["cited_subject_spans", "extract_legal_refs", "reference_spans"]
