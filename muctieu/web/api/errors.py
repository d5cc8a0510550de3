"""Validation errors of the API in Vietnamese and English (HTTP 422).

Pydantic's messages are English; each error type gets its Vietnamese
wording here, with the parameter or field it concerns.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

VI = {
    "missing": "thiếu giá trị",
    "int_parsing": "phải là số nguyên",
    "int_from_float": "phải là số nguyên",
    "float_parsing": "phải là số",
    "bool_parsing": "phải là true hoặc false",
    "greater_than_equal": "phải lớn hơn hoặc bằng {ge}",
    "less_than_equal": "phải nhỏ hơn hoặc bằng {le}",
    "greater_than": "phải lớn hơn {gt}",
    "less_than": "phải nhỏ hơn {lt}",
    "literal_error": "phải là một trong: {expected}",
    "string_too_long": "dài quá {max_length} ký tự",
    "string_too_short": "cần ít nhất {min_length} ký tự",
    "too_long": "nhiều quá {max_length} phần tử",
    "too_short": "cần ít nhất {min_length} phần tử",
    "json_invalid": "JSON không hợp lệ",
    "model_attributes_type": "phải là một đối tượng JSON",
    "dict_type": "phải là một đối tượng JSON",
    "list_type": "phải là một danh sách",
    "string_type": "phải là chuỗi ký tự",
    "extra_forbidden": "trường này không được phép",
}


def _place(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def bilingual_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        ctx = {k: v for k, v in (e.get("ctx") or {}).items()}
        vi = VI.get(e["type"], "giá trị không hợp lệ")
        try:
            vi = vi.format(**ctx)
        except (KeyError, IndexError):
            pass
        shown = e.get("input")
        out.append({"loc": list(e["loc"]), "where": _place(e["loc"]), "vi": vi, "en": e["msg"],
                    "input": shown if isinstance(shown, (str, int, float, bool)) else None})
    return out


async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"detail": bilingual_errors(list(exc.errors()))}, status_code=422)
