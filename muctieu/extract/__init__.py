"""Extraction: Vietnamese plan text → grounded `TargetRecord`s."""

from muctieu.extract.grammar import extract_records

__all__ = ["extract_records"]
