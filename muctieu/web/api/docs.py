"""The API's OpenAPI schema (`/api/openapi.json`) and its documentation page (`/api/docs`).

Swagger UI 5 (npm `swagger-ui-dist`, Apache-2.0) is vendored in
`static/api-docs/` (see its ASSETS.md) and served from this site: no CDN.
The page starts it with a script file (no inline script).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.routing import iter_route_contexts

from muctieu.web.security.deps import Refused

API_PREFIX = "/api/v1"
OPENAPI_URL = "/api/openapi.json"
STATIC = Path(__file__).resolve().parents[1] / "static" / "api-docs"
ASSETS = {"swagger-ui.css": ("swagger-ui/swagger-ui.css", "text/css"),
          "swagger-ui-bundle.js": ("swagger-ui/swagger-ui-bundle.js", "text/javascript"),
          "init.js": ("init.js", "text/javascript")}
DESCRIPTION = (
    "API của muctieu: đọc chỉ tiêu, số liệu, đánh giá; gửi số liệu và duyệt chỉ tiêu bằng mã "
    "truy cập (`Authorization: Bearer …`, tạo bằng `muctieu users token create`). Không có "
    "tài khoản chỉ đọc được tỉnh đã công bố.\n\n"
    "muctieu's API: read targets, figures and evaluations; submit figures and review targets "
    "with a token (`Authorization: Bearer …`). Without an account only published provinces "
    "can be read."
)

router = APIRouter(include_in_schema=False)


def api_schema(request: Request) -> dict[str, Any]:
    app = request.app
    cached = getattr(app.state, "api_schema", None)
    if cached is None:
        routes = [r for r in iter_route_contexts(app.routes)
                  if (r.path or "").startswith(API_PREFIX)]
        cached = get_openapi(title="muctieu API", version="1", description=DESCRIPTION,
                             routes=routes)
        app.state.api_schema = cached
    return cached


@router.get(OPENAPI_URL)
def openapi(request: Request) -> dict[str, Any]:
    return api_schema(request)


@router.get("/api/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    return HTMLResponse(
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        "<title>muctieu API</title>"
        '<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body>'
        f'<div id="swagger-ui" data-openapi-url="{OPENAPI_URL}"></div>'
        '<script src="/api/docs/assets/swagger-ui-bundle.js"></script>'
        '<script src="/api/docs/assets/init.js"></script></body></html>')


@router.get("/api/docs/assets/{name}")
def docs_asset(name: str) -> FileResponse:
    if name not in ASSETS:  # a fixed list: no path from the request reaches the disk
        raise Refused(404, "không có tệp này", "no such file")
    path, media_type = ASSETS[name]
    return FileResponse(STATIC / path, media_type=media_type)
