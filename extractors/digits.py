"""Decimal digits of every script read as the ASCII digits they stand for.

`regex` matches `\\d` against every Unicode decimal digit (Arabic-Indic "٣", fullwidth "３",
Garay "𐵆" …) while `int()` and `float()` know only the digits of Python's own Unicode tables,
so a digit newer than those (U+10D46) raised where a number was parsed and cost the document
its facts. The extractors read a copy of the text in which each such digit is its ASCII digit
(one code point for one, so every offset holds) and quote the text they were given.
"""
from __future__ import annotations

import dataclasses
import functools
import unicodedata
from typing import Callable, TypeVar

import regex

NON_ASCII_DIGIT = regex.compile(r"(?![0-9])\p{Nd}")
_DIGIT = regex.compile(r"\p{Nd}")


@functools.lru_cache(maxsize=None)
def _ascii_digit(c: str) -> str:
    value = unicodedata.decimal(c, None)
    if value is None:  # newer than Python's tables: Unicode assigns decimal digits in runs of ten, 0 to 9
        zero = ord(c)
        while _DIGIT.match(chr(zero - 1)):
            zero -= 1
        value = (ord(c) - zero) % 10
    return str(value)


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit written in ASCII ("２０２５" → "2025"); `text` itself when it has none."""
    if NON_ASCII_DIGIT.search(text) is None:
        return text
    return NON_ASCII_DIGIT.sub(lambda m: _ascii_digit(m.group()), text)


@functools.lru_cache(maxsize=4)
def _read_copy(text: str) -> str:
    """`ascii_digits` of a whole text, once per text: the four extractors read the same copy."""
    return ascii_digits(text)


F = TypeVar("F", bound=Callable)


def reads_ascii_digits(extract: F) -> F:
    """An extractor `text -> facts` that reads the ASCII-digit copy of its text and quotes the text given."""

    @functools.wraps(extract)
    def wrapper(text: str, *args, **kwargs):
        read = _read_copy(text)
        facts = extract(read, *args, **kwargs)
        if read is text:
            return facts
        return [dataclasses.replace(f, text=text[f.start:f.end]) for f in facts]

    return wrapper  # type: ignore[return-value]
