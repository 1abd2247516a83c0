"""What kind of document a text is, read from its own head: the type heading in capitals, "Luật số:", the
subject line of an official letter ("V/v …"), else the type abbreviation in the symbol of its own number.
Used to tell a document that plans from one that sets rules, answers, announces or urges (`non_plan_types.tsv`)."""
from __future__ import annotations

from extractors.legal_refs.patterns import DOC_TYPE_NAMES, DOC_TYPES
from extractors.targets import patterns as P

TYPE_HEADING = P.type_heading(DOC_TYPE_NAMES + ["Công điện", "Công văn", "Bộ luật"])
NAMES = {n.upper(): n for n in DOC_TYPE_NAMES + ["Công điện", "Công văn", "Bộ luật"]}


def document_type(text: str) -> str | None:
    """"Thông tư", "Công văn", "Quyết định", … or None when the head names no type."""
    head = text[:P.DOCUMENT_HEAD]
    found = []
    if m := TYPE_HEADING.search(head):
        found.append((m.start("type"), NAMES[" ".join(m.group("type").split())]))
    if m := P.LAW_NUMBER.search(head):
        found.append((m.start(), "Luật"))
    if m := P.LETTER_SUBJECT.search(head):
        found.append((m.start(), "Công văn"))
    if found:
        return min(found)[1]
    if m := P.OWN_NUMBER.search(head):
        return DOC_TYPES.get(m.group("abbrev"), "Công văn")  # a letter's symbol names its issuer, not a type
    return None


def plans_nothing(text: str) -> bool:
    """The document sets rules, answers, announces or urges: a law, decree, circular, letter, announcement."""
    return document_type(text) in P.NON_PLAN_TYPES
