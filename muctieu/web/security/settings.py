"""Security settings, from the environment with safe defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta

SESSION_COOKIE = "muctieu_session"
# Before log-in there is no session: the log-in form's CSRF token is a cookie
# compared with the form field (double submit).
LOGIN_CSRF_COOKIE = "muctieu_login_csrf"
LOGIN_PATH = "/dang-nhap"
LOGOUT_PATH = "/dang-xuat"


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw else default


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    session_idle: timedelta = timedelta(minutes=30)
    max_body: int = 50 * 1024 * 1024  # any request body, uploads included
    max_unzipped: int = 200 * 1024 * 1024  # what a DOCX/XLSX may decompress to
    max_zip_members: int = 10_000

    @classmethod
    def from_env(cls) -> SecuritySettings:
        """MUCTIEU_SESSION_IDLE_MINUTES, MUCTIEU_MAX_UPLOAD_MB, MUCTIEU_MAX_UNZIPPED_MB."""
        return cls(
            session_idle=timedelta(minutes=_number("MUCTIEU_SESSION_IDLE_MINUTES", 30)),
            max_body=int(_number("MUCTIEU_MAX_UPLOAD_MB", 50) * 1024 * 1024),
            max_unzipped=int(_number("MUCTIEU_MAX_UNZIPPED_MB", 200) * 1024 * 1024),
        )
