"""Bilingual words the pages show for codes: statuses, pillars, kinds, values."""

from __future__ import annotations

from muctieu.evaluate.categories import Status
from muctieu.extract.records import PILLAR_NAMES_VI
from muctieu.store.actors import ROLE_NAMES, Actor, province_label, province_name
from muctieu.web.i18n import Lang, number

KINDS = {"target": ("chỉ tiêu", "target"), "result": ("kết quả", "result")}
REVIEW_STATES = {
    "extracted": ("chưa duyệt", "not reviewed"),
    "confirmed": ("đã chấp nhận", "accepted"),
    "corrected": ("đã sửa", "corrected"),
    "rejected": ("đã loại", "rejected"),
}
OPS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈", "between": "–"}
UNITS = {"%": ("\u00a0%", "%"), "rank": (" (hạng)", " (rank)"), "count": ("", ""), "other": ("", "")}


def status_label(status: Status | str, lang: Lang) -> str:
    s = Status(status)
    return s.en if lang == "en" else s.vi


def pillar_label(pillar: str | None, lang: Lang) -> str:
    if not pillar:
        return "chưa xếp trụ cột" if lang == "vi" else "no pillar"
    if lang == "en":
        return pillar.replace("_", " ")
    return PILLAR_NAMES_VI.get(pillar, pillar)


def pair(table: dict[str, tuple[str, str]], code: str, lang: Lang) -> str:
    vi, en = table.get(code, (code, code))
    return en if lang == "en" else vi


def value_text(op: str, value: float | None, value_max: float | None, unit: str,
               unit_text: str | None, lang: Lang) -> str:
    """'≥ 90%', '65–70%', '18 (hạng)', '5 doanh nghiệp'."""
    if value is None:
        return "—"
    suffix = pair(UNITS, unit, lang) or (f" {unit_text}" if unit_text else "")
    if unit == "other" and unit_text:
        suffix = f" {unit_text}"
    if op == "between":
        return f"{number(value, lang)}–{number(value_max if value_max is not None else value, lang)}{suffix}"
    sign = OPS.get(op, op)
    return f"{sign} {number(value, lang)}{suffix}".strip()


def plain_value(value: float | None, unit: str, lang: Lang) -> str:
    """A measured value with its unit: '70%', '17 (hạng)'."""
    if value is None:
        return "—"
    return f"{number(value, lang)}{pair(UNITS, unit, lang)}"


def role_label(actor: Actor, lang: Lang) -> str:
    """"cán bộ, Gia Lai" / "officer, Gia Lai": an account's role (and province) in the header."""
    text = pair(ROLE_NAMES, actor.role, lang)
    return f"{text}, {province_name(actor.province_code)}" if actor.province_code else text


# What the audit log's codes mean to an officer (store/audit.py writes the codes).
AUDIT_TABLES = {
    "observations": ("số liệu", "figures"), "targets": ("chỉ tiêu trích xuất", "extracted records"),
    "documents": ("văn bản", "documents"), "users": ("tài khoản", "accounts"),
    "api_tokens": ("khóa API", "API tokens"), "sessions": ("đăng nhập", "sign-ins"),
    "publications": ("công bố", "publication"), "learned_wordings": ("cách gọi đã gán", "mapped wordings"),
}
AUDIT_ACTIONS = {
    "insert": ("thêm", "added"), "replace": ("thay thế", "replaced"), "import": ("nhập tệp", "file import"),
    "ingest": ("tải văn bản lên", "document upload"), "login": ("đăng nhập", "signed in"),
    "login_refused": ("đăng nhập bị từ chối", "sign-in refused"), "logout": ("đăng xuất", "signed out"),
    "release": ("công bố", "published"), "withdraw": ("rút công bố", "withdrawn"),
    "create": ("tạo", "created"), "revoke": ("thu hồi", "revoked"), "add": ("thêm", "added"),
    "disabled": ("khóa", "disabled"), "reset_password": ("đặt lại mật khẩu", "password reset"),
    "review_state": ("duyệt", "review"),
}


# The fields an entry's before and after hold (the store's column and key names).
AUDIT_FIELDS = {
    "value": ("giá trị", "value"), "numerator": ("tử số", "numerator"),
    "denominator": ("mẫu số", "denominator"), "source_kind": ("loại nguồn", "source kind"),
    "document_id": ("văn bản số", "document"), "span_start": ("vị trí đầu", "span start"),
    "span_end": ("vị trí cuối", "span end"), "source_file": ("tệp nguồn", "source file"),
    "source_row": ("dòng trong tệp", "row in file"), "submitted_by": ("người gửi", "submitted by"),
    "file": ("tệp", "file"), "rows": ("số dòng", "rows"), "inserted": ("thêm mới", "added"),
    "replaced": ("thay thế", "replaced"), "unchanged": ("không đổi", "unchanged"),
    "source": ("tệp nguồn", "source file"), "sha256": ("mã băm SHA-256", "SHA-256"),
    "targets": ("chỉ tiêu trích xuất", "extracted records"), "observations": ("số liệu", "figures"),
    "indicator_id": ("mã chỉ tiêu", "indicator id"), "wording": ("cách gọi", "wording"),
    "address": ("địa chỉ", "address"), "reason": ("lý do", "reason"), "since": ("từ lúc", "since"),
    "province_code": ("tỉnh", "province"), "email": ("thư điện tử", "email"), "name": ("tên", "name"),
    "prefix": ("tiền tố khóa", "token prefix"), "role": ("vai trò", "role"), "units": ("đơn vị", "units"),
    "disabled": ("bị khóa", "disabled"), "review_state": ("trạng thái duyệt", "review state"),
    "indicator": ("chỉ tiêu", "indicator"), "pillar": ("trụ cột", "pillar"), "scope": ("phạm vi", "scope"),
    "op": ("phép so sánh", "comparison"), "value_max": ("giá trị trên", "upper value"),
    "unit": ("đơn vị đo", "unit"), "unit_text": ("đơn vị như văn bản ghi", "unit as written"),
    "year": ("năm", "year"), "kind": ("loại", "kind"),
}
SOURCE_KINDS = {"document": ("văn bản", "document"), "upload": ("tệp số liệu", "figures file"),
                "api": ("API", "API")}
# Why a log-in was refused (store.users.Refusal).
LOGIN_REFUSALS = {"unknown_account": ("không có tài khoản này", "no such account"),
                  "wrong_password": ("sai mật khẩu", "wrong password"),
                  "disabled": ("tài khoản đã bị khóa", "account disabled")}
# Fields whose value is a file's path: the log shows the file's name (the CSV keeps the path).
AUDIT_PATHS = frozenset({"source_file", "file", "source"})


def audit_label(table: dict[str, tuple[str, str]], code: str | None, lang: Lang) -> str:
    """An audit code in words; a code with no words (a corrected field's name) as it is."""
    if not code:
        return ""
    return pair(table, code, lang) if code in table else code
