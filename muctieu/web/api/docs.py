"""The API's OpenAPI schema (`/api/openapi.json`) and its documentation page (`/api/docs`).

Swagger UI's files come from the `swagger-ui-bundle` PyPI package (Swagger
UI 4.15.5, Apache-2.0), installed with muctieu and served from this site:
no CDN. The page starts it with a script file (no inline script).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.routing import iter_route_contexts
from swagger_ui_bundle import swagger_ui_path

from muctieu.web.security.deps import Refused

API_PREFIX = "/api/v1"
OPENAPI_URL = "/api/openapi.json"
INIT_JS = Path(__file__).resolve().parents[1] / "static" / "api-docs" / "init.js"
ASSETS = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript",
          "favicon-32x32.png": "image/png"}
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
        '<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">'
        '<link rel="icon" href="/api/docs/assets/favicon-32x32.png"></head><body>'
        f'<div id="swagger-ui" data-openapi-url="{OPENAPI_URL}"></div>'
        '<script src="/api/docs/assets/swagger-ui-bundle.js"></script>'
        '<script src="/api/docs/assets/init.js"></script></body></html>')


@router.get("/api/docs/assets/{name}")
def docs_asset(name: str) -> FileResponse:
    if name == "init.js":
        return FileResponse(INIT_JS, media_type="text/javascript")
    if name not in ASSETS:  # a fixed list: no path from the request reaches the disk
        raise Refused(404, "không có tệp này", "no such file")
    return FileResponse(Path(swagger_ui_path) / name, media_type=ASSETS[name])
