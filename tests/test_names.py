"""A module that defines a name twice keeps only the last: a test defined twice under one name
silently hides the first, and a function defined twice hides the code that was meant to run."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for folder in ("muctieu", "tests", "benchmarks", "scripts") for p in (ROOT / folder).rglob("*.py")
                 if "corpus" not in p.parts)


def test_no_module_defines_a_function_or_class_twice() -> None:
    twice = {}
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # the module's own names, and each class's (a test method defined twice hides the first too)
        for scope in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
            # (typing's @overload stubs stand before the one definition they describe)
            names = Counter(n.name for n in scope.body
                            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                            and not any(_named(d) == "overload" for d in getattr(n, "decorator_list", [])))
            if dup := sorted(n for n, k in names.items() if k > 1):
                twice.setdefault(str(path.relative_to(ROOT)), []).extend(dup)
    assert not twice, f"defined twice: {twice}"


def _named(decorator: ast.expr) -> str:
    """"overload" for both `@overload` and `@typing.overload`."""
    return decorator.attr if isinstance(decorator, ast.Attribute) else getattr(decorator, "id", "")
