"""The grammar on one construction at a time (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import brief, only, read


@pytest.mark.parametrize(
    "text, op",
    [
        ("Tỷ lệ người dân dùng ví điện tử đạt 45%.", ">="),
        ("Tỷ lệ người dân dùng ví điện tử đạt trên 45%.", ">"),
        ("Tỷ lệ người dân dùng ví điện tử hơn 45%.", ">"),
        ("Tỷ lệ người dân dùng ví điện tử đạt tối thiểu 45%.", ">="),
        ("Tỷ lệ người dân dùng ví điện tử đạt ít nhất 45%.", ">="),
        ("Tỷ lệ người dân dùng ví điện tử đạt từ 45% trở lên.", ">="),
        ("Tỷ lệ người dân dùng ví điện tử không dưới 45%.", ">="),
        ("Tỷ lệ người dân dùng ví điện tử đạt khoảng 45%.", "~"),
        ("Tỷ lệ hồ sơ giải quyết quá hạn dưới 45%.", "<"),
        ("Tỷ lệ hồ sơ giải quyết quá hạn tối đa 45%.", "<="),
        ("Tỷ lệ hồ sơ giải quyết quá hạn không quá 45%.", "<="),
        ("Tỷ lệ hồ sơ giải quyết quá hạn không vượt quá 45%.", "<="),
    ],
)
def test_comparators(text: str, op: str) -> None:
    r = only(text)
    assert (r.op, r.value, r.unit, r.kind) == (op, 45, "%", "target")
    assert "hồ sơ" in r.indicator or "ví điện tử" in r.indicator
    assert text[r.start:r.end].find("45") >= 0


def test_indicator_first_wording_and_span() -> None:
    text = "Mục tiêu cụ thể: Tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 100%; tỷ lệ hợp tác xã có website đạt 35%."
    a, b = read(text)
    assert a.indicator == "Tỷ lệ doanh nghiệp dùng hóa đơn điện tử"
    assert b.indicator == "tỷ lệ hợp tác xã có website"
    assert text[a.start:a.end] == "Tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 100%"
    assert text[b.anchor:b.anchor + 3] == "35%"


def test_number_first_subject_and_predicate() -> None:
    r = only("100% văn bản đi của các sở được ký số bằng chữ ký số chuyên dùng (trừ văn bản mật).")
    assert r.indicator == "văn bản đi của các sở được ký số bằng chữ ký số chuyên dùng"
    assert (r.op, r.value, r.scope) == (">=", 100, None)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Tỷ lệ dân số có tài khoản ngân hàng đạt 65-70%.", 65, 70),
        ("Tỷ lệ dân số có tài khoản ngân hàng đạt từ 15 - 20%.", 15, 20),
        ("Tỷ lệ dân số có tài khoản ngân hàng đạt từ 40% đến 50%.", 40, 50),
        ("Tỷ lệ dân số có tài khoản ngân hàng đạt 62,5–70,5%.", 62.5, 70.5),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    r = only(text)
    assert (r.op, r.value, r.value_max, r.unit) == ("between", low, high, "%")


def test_decimal_comma_and_thousands_and_magnitudes() -> None:
    recs = read(
        "Tỷ trọng kinh tế số trong GRDP đạt 12,75%; tiếp nhận 12.345 hồ sơ trực tuyến; "
        "phát triển 2,5 triệu lượt giao dịch không dùng tiền mặt; cấp 1.250.000 tài khoản định danh."
    )
    assert [(r.value, r.unit) for r in recs] == [
        (12.75, "%"), (12345, "count"), (2_500_000, "count"), (1_250_000, "count")
    ]


@pytest.mark.parametrize(
    "text, scopes, values",
    [
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt 95% đối với cấp tỉnh, 85% đối với cấp huyện và 65% đối với cấp xã.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"], [95, 85, 65]),
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng tại cấp tỉnh đạt 95%, cấp huyện đạt 85% và cấp xã đạt trên 65%.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"], [95, 85, 65]),
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng: cấp tỉnh đạt 95%; cấp huyện đạt 85%; cấp xã đạt 65%.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"], [95, 85, 65]),
        ("95% hồ sơ công việc tại cấp tỉnh; 85% hồ sơ công việc tại cấp huyện và 65% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"], [95, 85, 65]),
        ("100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"], [100, 100, 90]),
        ("Phấn đấu 95% hồ sơ công việc cấp tỉnh, cấp huyện và 70% hồ sơ công việc cấp xã "
         "được xử lý trên môi trường mạng.", ["cấp tỉnh", "cấp huyện", "cấp xã"], [95, 95, 70]),
        ("Ít nhất 90% hồ sơ công việc cấp trung ương, cấp tỉnh, 80% hồ sơ công việc cấp huyện được xử lý "
         "trên môi trường mạng.", ["cấp trung ương", "cấp tỉnh", "cấp huyện"], [90, 90, 80]),
    ],
)
def test_values_split_by_level(text: str, scopes: list[str], values: list[float]) -> None:
    recs = read(text)
    assert [r.scope for r in recs] == scopes
    assert [r.value for r in recs] == values
    for r in recs:
        assert "hồ sơ công việc" in r.indicator
        assert "trên môi trường mạng" in r.indicator, r.indicator
        assert "cấp" not in r.indicator
        assert r.start <= r.anchor < r.end


def test_values_split_by_subject() -> None:
    a, b = read("Mạng cáp quang băng rộng phủ 80% hộ gia đình, 100% cấp xã.")
    assert (a.value, a.scope, b.value, b.scope) == (80, None, 100, "cấp xã")
    assert a.indicator == "Mạng cáp quang băng rộng phủ hộ gia đình"
    assert b.indicator.startswith("Mạng cáp quang băng rộng phủ")


def test_level_inside_the_subject_is_no_scope() -> None:
    r = only("95% cơ quan nhà nước cấp tỉnh kết nối mạng truyền số liệu chuyên dùng.")
    assert r.scope is None and "cấp tỉnh" in r.indicator


def test_two_indicators_in_one_sentence() -> None:
    a, b = read("Tỷ lệ doanh nghiệp dùng nền tảng số đạt khoảng 50% và tỷ lệ lao động kinh tế số đạt 2,1%.")
    assert (a.op, a.value, b.op, b.value) == ("~", 50, ">=", 2.1)
    assert b.indicator == "tỷ lệ lao động kinh tế số"


@pytest.mark.parametrize(
    "text, value, op, kind",
    [
        ("Phấn đấu chỉ số chuyển đổi số của tỉnh nằm trong nhóm 25/63 tỉnh, thành phố.", 25, "<=", "target"),
        ("Phấn đấu tỉnh thuộc nhóm 15 tỉnh dẫn đầu về chỉ số chuyển đổi số cấp tỉnh.", 15, "<=", "target"),
        ("Năm 2023, chỉ số chuyển đổi số của tỉnh xếp thứ 18/63.", 18, "=", "result"),
        ("Tỉnh đứng thứ 7/34 cả nước về chỉ số chuyển đổi số năm 2023.", 7, "=", "result"),
    ],
)
def test_ranks(text: str, value: float, op: str, kind: str) -> None:
    r = only(text)
    assert (r.unit, r.value, r.op, r.kind) == ("rank", value, op, kind)
    assert "chuyển đổi số" in r.indicator


def test_counts() -> None:
    a, b = read("Hỗ trợ 30 doanh nghiệp nhỏ và vừa chuyển đổi số; 12/15 sở, ngành kết nối nền tảng chia sẻ dữ liệu.")
    assert (a.unit, a.value, a.op) == ("count", 30, ">=")
    assert "doanh nghiệp nhỏ và vừa" in a.indicator
    assert (b.unit, b.value) == ("count", 12)
    assert "sở, ngành kết nối" in b.indicator


@pytest.mark.parametrize(
    "text, value, unit_text",
    [
        ("Tốc độ truy cập Internet băng rộng di động đạt 40 Mb/s.", 40, "Mb/s"),
        ("Chỉ số cải cách hành chính của tỉnh đạt 85,5 điểm.", 85.5, "điểm"),
        ("Số thuê bao băng rộng di động đạt 1,3 thuê bao/người.", 1.3, "thuê bao/người"),
        ("Xây dựng mới 1.200 km cáp quang.", 1200, "km"),
    ],
)
def test_other_units(text: str, value: float, unit_text: str) -> None:
    r = only(text)
    assert (r.unit, r.value, r.unit_text) == ("other", value, unit_text)


def test_list_with_colon() -> None:
    recs = read("- Tỷ lệ dân số trưởng thành có chữ ký số: 45%\n- Tỷ lệ hộ gia đình có cáp quang: trên 85%\n")
    assert [(r.indicator, r.op, r.value) for r in recs] == [
        ("Tỷ lệ dân số trưởng thành có chữ ký số", ">=", 45),
        ("Tỷ lệ hộ gia đình có cáp quang", ">", 85),
    ]


def test_table_with_years_and_kinds() -> None:
    text = (
        "Chỉ tiêu | Đơn vị tính | Kết quả năm 2023 | Mục tiêu 2024 | Mục tiêu 2025\n"
        "Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 52,3 | 70 | 80\n"
        "Doanh nghiệp công nghệ số | doanh nghiệp | 410 | 450 | 500\n"
    )
    recs = read(text)
    assert [brief(r) for r in recs] == [
        ("result", "=", 52.3, None, "%", None, 2023),
        ("target", ">=", 70, None, "%", None, 2024),
        ("target", ">=", 80, None, "%", None, 2025),
        ("result", "=", 410, None, "count", None, 2023),
        ("target", ">=", 450, None, "count", None, 2024),
        ("target", ">=", 500, None, "count", None, 2025),
    ]
    assert recs[0].indicator == "Tỷ lệ dịch vụ công trực tuyến toàn trình"
    assert all(text[r.start:r.end].count("|") >= 2 for r in recs)


def test_results_section_then_targets() -> None:
    text = (
        "Kết quả thực hiện đến hết năm 2023 như sau:\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 48,6%; tỷ lệ cấp xã có camera giám sát đạt trên 70%.\n"
        "Kế hoạch năm 2024 đề ra các mục tiêu:\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 60%.\n"
    )
    recs = read(text)
    assert [(r.kind, r.op, r.value, r.year) for r in recs] == [
        ("result", "=", 48.6, 2023), ("result", ">", 70, 2023), ("target", ">=", 60, 2024)
    ]


def test_result_sentence_inside_a_plan() -> None:
    a, b = read("Năm 2023 tỉnh đã đạt 61% dân số trưởng thành có điện thoại thông minh; phấn đấu năm 2024 đạt 80%.")
    assert (a.kind, a.op, a.year) == ("result", "=", 2023)
    assert (b.kind, b.op, b.year) == ("target", ">=", 2024)


@pytest.mark.parametrize(
    "heading, pillar",
    [
        ("Về kinh tế số", "digital_economy"),
        ("* Về xã hội số", "digital_society"),
        ("Thứ hai, phát triển kinh tế số", "digital_economy"),
        ("1. Về hạ tầng số:", "digital_infrastructure"),
        ("II. PHÁT TRIỂN CHÍNH QUYỀN SỐ", "digital_government"),
        ("b) Bảo đảm an toàn thông tin mạng", "information_security"),
        ("3.2. Phát triển đô thị thông minh", "smart_city"),
        ("Nhân lực số:", "digital_human_resources"),
        ("(2) Về xây dựng và phát triển kinh tế số, đến năm 2026:", "digital_economy"),  # bracketed number, two verbs
        ("Tăng cường và bảo đảm an toàn thông tin mạng", "information_security"),
        ("Về ứng dụng công nghệ thông tin trong cơ quan nhà nước:", "digital_government"),
        ("3. Chuyển đổi số trong cơ quan nhà nước", "digital_government"),
    ],
)
def test_pillar_from_heading(heading: str, pillar: str) -> None:
    r = only(f"{heading}\n- Tỷ lệ cán bộ được bồi dưỡng kỹ năng số đạt 80%.")
    assert r.pillar == pillar


def test_heading_decides_pillar_and_lead_sentence_sets_it() -> None:
    recs = read(
        "Về phát triển xã hội số, phấn đấu tỷ lệ doanh nghiệp dùng nền tảng số đạt 30%. "
        "Về bảo đảm an toàn thông tin, 100% hệ thống thông tin được phê duyệt cấp độ."
    )
    assert [r.pillar for r in recs] == ["digital_society", "information_security"]


def test_a_later_sentence_naming_a_pillar_speaks_for_its_paragraph_only() -> None:
    recs = read(
        "Kế hoạch giúp doanh nghiệp mở rộng thị trường. Ngoài ra, phát triển xã hội số giúp người dân "
        "tiếp cận dịch vụ thiết yếu.\n"
        "Tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 95%."
    )
    assert [(r.value, r.pillar) for r in recs] == [(95, None)]
    led = read("Theo Kế hoạch đưa ra mục tiêu phát triển kinh tế số đến năm 2025: tỷ lệ doanh nghiệp dùng "
               "hóa đơn điện tử đạt 95%.")
    assert [r.pillar for r in led] == ["digital_economy"]


@pytest.mark.parametrize("heading, pillar", [
    ("Tiến tới kinh tế số", "digital_economy"),
    ("Hướng đến đô thị thông minh", "smart_city"),
])
def test_short_headings_with_a_verb_of_direction(heading: str, pillar: str) -> None:
    r = only(f"Xây dựng chính quyền số, nhìn từ tỉnh Bắc Kạn\n\n{heading}\n\n"
             "Năm 2025, tỷ lệ doanh nghiệp bán hàng trên sàn thương mại điện tử đạt 40%.")
    assert r.pillar == pillar  # the heading, not the title


def test_a_paragraphs_opening_sentence_names_its_one_pillar() -> None:
    recs = read(
        "Điểm nhấn là ứng dụng công dân số của tỉnh, một phần của đô thị thông minh. Ứng dụng có 400.000 "
        "tài khoản.\n"
        "Tỉnh cũng có 120 trạm thu phát sóng mới.", plan_year=None)
    assert [(r.value, r.pillar) for r in recs] == [(400000, "smart_city"), (120, None)]
    # one that names two pillars names none
    two = read("Tỉnh đẩy mạnh cả chính quyền số và kinh tế số. Ứng dụng có 400.000 tài khoản.", plan_year=None)
    assert [r.pillar for r in two] == [None]


def test_heading_naming_two_pillars_chooses_by_indicator() -> None:
    recs = read(
        "Phát triển kinh tế số và xã hội số: Tỷ lệ doanh nghiệp dùng hợp đồng điện tử đạt 40%; "
        "Tỷ lệ người dân có định danh điện tử đạt 70%."
    )
    assert [r.pillar for r in recs] == ["digital_economy", "digital_society"]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 15/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2024.",
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.",
        "Kế hoạch đề ra 12 nhóm nhiệm vụ và 05 giải pháp trọng tâm.",
        "Phổ cập dịch vụ mạng di động 4G/5G và triển khai mô hình 4 lớp.",
        "Cách mạng công nghiệp 4.0 mở ra cơ hội cho tỉnh.",
        "Thứ hai - 26/02/2024 18:22 406 0",
        "Tổng số điểm của bài viết là: 2 trong 2 đánh giá",
        "Xếp hạng: 1 - 2 phiếu bầu",
        "Chỉ số DTI của tỉnh năm 2023 tăng 5 bậc so với năm 2022.",
        "Thời gian chờ: 60 giây",
        "Triển khai Chương trình Chuyển đổi số quốc gia giai đoạn 2021-2025, định hướng đến năm 2030.",
        "Cung cấp dịch vụ công trực tuyến mức độ 4 cho người dân.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert read(text) == []


def test_result_change_is_not_a_level_but_target_change_is() -> None:
    recs = read(
        "Kết quả năm 2023: số hồ sơ trực tuyến tăng 12% so với cuối năm 2022.\n"
        "Mục tiêu năm 2024: giảm 20% thời gian xử lý hồ sơ thủ tục hành chính.\n"
    )
    assert [(r.kind, r.op, r.value) for r in recs] == [("target", ">=", 20)]


def test_target_as_growth() -> None:
    r = only("Phấn đấu năng suất lao động tăng tối thiểu 6,5%.")
    assert (r.op, r.value) == (">=", 6.5)
    assert r.indicator == "năng suất lao động tăng"


def test_sentence_glued_after_period() -> None:
    r = only("Hoàn thành kết nối Cổng dịch vụ công quốc gia.100% hồ sơ được số hóa khi tiếp nhận.")
    assert (r.value, r.indicator) == (100, "hồ sơ được số hóa khi tiếp nhận")


def test_every_span_contains_its_number_and_records_are_in_order() -> None:
    text = (
        "Về chính quyền số: 100% thủ tục đủ điều kiện cung cấp trực tuyến toàn trình; "
        "tỷ lệ hồ sơ xử lý trực tuyến đạt 60%, tỷ lệ hài lòng đạt 90%.\n"
        "Về kinh tế số: kinh tế số chiếm 12% GRDP; 70% doanh nghiệp dùng hóa đơn điện tử."
    )
    recs = read(text)
    assert len(recs) == 5
    assert [r.anchor for r in recs] == sorted(r.anchor for r in recs)
    for r in recs:
        assert r.start <= r.anchor < r.end <= len(text)


def test_subject_with_verb_before_share_keeps_its_words() -> None:
    r = only("Kinh tế số chiếm tỷ trọng khoảng 20% GRDP.")
    assert (r.op, r.value) == ("~", 20)
    assert r.indicator.startswith("Kinh tế số chiếm tỷ trọng")


def test_numbered_heading_without_pillar_ends_the_pillar() -> None:
    recs = read("a) Phát triển xã hội số\n- Tỷ lệ hộ có cáp quang đạt 90%.\n2. Định hướng đến năm 2030\n- Kinh tế số chiếm 30% GRDP.")
    assert [(r.pillar, r.year) for r in recs] == [("digital_society", 2024), (None, 2030)]


def test_number_first_item_with_its_own_predicate_does_not_borrow() -> None:
    a, b = read("Phấn đấu tỷ lệ thanh toán không dùng tiền mặt đạt 60%, 80% người dân từ 15 tuổi trở lên có tài khoản thanh toán.")
    assert a.indicator == "tỷ lệ thanh toán không dùng tiền mặt"
    assert b.indicator == "người dân từ 15 tuổi trở lên có tài khoản thanh toán"


def test_province_as_subject_is_dropped() -> None:
    r = only("Trong năm 2023, toàn tỉnh đã có 1.234 tổ công nghệ số cộng đồng.")
    assert (r.kind, r.value, r.unit, r.year, r.indicator) == ("result", 1234, "count", 2023, "tổ công nghệ số cộng đồng")


def test_result_words_after_the_number_and_time_lead_ins() -> None:
    r = only("Về chính quyền số, đến nay 100% cơ quan nhà nước đã dùng phần mềm quản lý văn bản.")
    assert (r.kind, r.op, r.indicator) == ("result", "=", "cơ quan nhà nước đã dùng phần mềm quản lý văn bản")


def test_goal_lead_speaks_for_every_clause_of_its_sentence() -> None:
    text = (
        "Kết quả năm 2023: tỷ lệ hồ sơ trực tuyến đạt 52%.\n"
        "Năm 2024, tỉnh đặt mục tiêu nằm trong nhóm 20 tỉnh, thành phố dẫn đầu về chỉ số DTI; "
        "kinh tế số chiếm 10-12% GRDP; 80% hồ sơ thủ tục hành chính được xử lý trực tuyến."
    )
    recs = read(text)
    assert [(r.kind, r.year) for r in recs] == [("result", 2023)] + [("target", 2024)] * 3
    assert recs[1].indicator == "dẫn đầu về chỉ số DTI"
    assert (recs[2].op, recs[2].value, recs[2].value_max) == ("between", 10, 12)


def test_rank_change_is_not_part_of_the_indicator() -> None:
    r = only("Chỉ số DTI năm 2022 của tỉnh xếp thứ 25/63, tăng 8 bậc so với năm 2021.")
    assert (r.kind, r.value, r.year, r.indicator) == ("result", 25, 2022, "Chỉ số DTI của tỉnh")


def test_a_breakdown_in_brackets_gives_one_record_per_part() -> None:
    recs = read("Năm 2023, toàn tỉnh có 3.120 trạm phát sóng (812 trạm 2G; 1.005 trạm 3G và 1.303 trạm 4G).")
    assert [(r.value, r.unit, r.scope, r.kind, r.year) for r in recs] == [
        (3120, "count", None, "result", 2023), (812, "count", None, "result", 2023),
        (1005, "count", None, "result", 2023), (1303, "count", None, "result", 2023)]
    assert [r.indicator for r in recs][1:] == ["trạm 2G", "trạm 3G", "trạm 4G"]


def test_brackets_that_cite_or_describe_hold_no_quantity() -> None:
    assert read("Tỷ lệ DVCTT toàn trình đạt 80% (theo Quyết định số 749/QĐ-TTg ngày 3/6/2020).")[0].value == 80
    assert len(read("Tỷ lệ DVCTT toàn trình đạt 80% (Kế hoạch số 12/KH-UBND, mục 2).")) == 1


def test_colon_lead_speaks_for_its_own_line_only() -> None:
    recs = read("Mục tiêu đến hết năm 2025: 80% doanh nghiệp dùng nền tảng số.\nTỷ lệ hài lòng đạt 90%.\n")
    assert [r.year for r in recs] == [2025, 2024]


def test_the_share_of_a_plan_done_is_not_a_level() -> None:
    # Like "vượt chỉ tiêu 6%" in the spec: measured against the plan, not a value of the indicator.
    (a,) = read("Năm 2023 có 9/12 dịch vụ công thiết yếu đạt 75% mục tiêu đề ra.")
    assert (a.kind, a.value, a.unit) == ("result", 9, "count")
    assert [r.value for r in read("Năm 2023, doanh thu ngành đạt 12.500 tỷ đồng, đạt 103,4% kế hoạch.")] == [12.5e12]
    # a level against an earlier one is no level of its own
    assert [r.value for r in read("Năm 2024 có 1.250 trạm BTS được lắp mới, bằng 82,4% so với cùng kỳ.", plan_year=None)] == [1250]
    # how far above its target a value went, in its bracket
    assert [r.value for r in read("Năm 2023, tỷ lệ người dân có tài khoản thanh toán đạt 71% (vượt 3%).",
                                  plan_year=None)] == [71]


def test_what_a_procedure_requires_is_no_requirement_of_a_plan() -> None:
    text = ("Năm 2023, toàn tỉnh có 412 thủ tục hành chính có yêu cầu về nghĩa vụ tài chính được thanh toán "
            "trực tuyến, đạt tỷ lệ 100%.")
    assert [(r.kind, r.value) for r in read(text, plan_year=None)] == [("result", 412), ("result", 100)]


def test_bare_pillar_name_closed_by_a_colon_is_a_heading() -> None:
    recs = read("a) Chính quyền số: 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.\n"
                "b) Kinh tế số: kinh tế số chiếm 15% GRDP.")
    assert [r.pillar for r in recs] == ["digital_government", "digital_economy"]


def test_values_split_by_group() -> None:
    recs = read("Tỷ lệ doanh nghiệp dùng hợp đồng điện tử đạt 70% đối với doanh nghiệp lớn, 50% đối với hợp tác xã.")
    assert [(r.value, r.scope) for r in recs] == [(70, "doanh nghiệp lớn"), (50, "hợp tác xã")]
    assert all(r.indicator == "Tỷ lệ doanh nghiệp dùng hợp đồng điện tử" for r in recs)


@pytest.mark.parametrize(
    "text, scopes",
    [
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng ở cấp tỉnh, cấp huyện và cấp xã lần lượt là 95%, 75% và 55%.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"]),
        ("Tỷ lệ hồ sơ công việc cấp tỉnh, cấp huyện, cấp xã xử lý trên môi trường mạng tương ứng đạt 95%, 75%, 55%.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"]),
        ("95% hồ sơ công việc cấp tỉnh, 75% hồ sơ công việc cấp huyện và 55% hồ sơ công việc cấp xã xử lý trên môi trường mạng.",
         ["cấp tỉnh", "cấp huyện", "cấp xã"]),
    ],
)
def test_parallel_levels(text: str, scopes: list[str]) -> None:
    recs = read(text)
    assert [(r.scope, r.value) for r in recs] == list(zip(scopes, [95, 75, 55]))
    for r in recs:
        assert "hồ sơ công việc" in r.indicator and "môi trường mạng" in r.indicator, r.indicator


def test_parallel_groups_after_a_colon_and_after_tai() -> None:
    a = read("- Tỷ lệ trường học dùng học bạ số: cấp trung học phổ thông 100%, cấp trung học cơ sở 85%.")
    assert [(r.scope, r.value, r.indicator) for r in a] == [
        ("cấp trung học phổ thông", 100, "Tỷ lệ trường học dùng học bạ số"),
        ("cấp trung học cơ sở", 85, "Tỷ lệ trường học dùng học bạ số"),
    ]
    b = read("- Tỷ lệ chi trả trợ cấp không dùng tiền mặt tại khu vực đô thị đạt 95%, khu vực nông thôn đạt 70%.")
    assert [(r.scope, r.indicator) for r in b] == [
        ("khu vực đô thị", "Tỷ lệ chi trả trợ cấp không dùng tiền mặt"),
        ("khu vực nông thôn", "Tỷ lệ chi trả trợ cấp không dùng tiền mặt"),
    ]
    # (groups opened by their kind's noun need no "tại" before the first; a verb "cấp" is no group)
    c = read("Tỷ lệ phòng học kiên cố cấp mầm non đạt 86,5%, cấp tiểu học đạt 91,2%, cấp THCS đạt 95%.")
    assert [(r.scope, r.indicator) for r in c] == [
        ("cấp mầm non", "Tỷ lệ phòng học kiên cố"), ("cấp tiểu học", "Tỷ lệ phòng học kiên cố"),
        ("cấp THCS", "Tỷ lệ phòng học kiên cố")]
    d = read("Công an huyện thu nhận hồ sơ cấp căn cước là 52.300 hồ sơ, và cấp 8.120 tài khoản định danh.")
    assert [r.scope for r in d] == [None, None]
    # (nor is what "cấp" gives, nor a bare "cấp" as the verb before the first value)
    for text in ("Tỷ lệ hộ dân được cấp nước sạch đạt 90%, cấp điện lưới đạt 99%.",
                 "Năm 2024, huyện cấp 850 giấy chứng nhận quyền sử dụng đất, cấp lại 120 giấy."):
        assert [r.scope for r in read(text)] == [None, None], text
    # (a part of the money named by what it pays for is a measure of its own, no group of the whole)
    e = read("Tổng kinh phí đầu tư trên 9 tỷ đồng, trong đó kinh phí thiết bị 2,5 tỷ đồng.")
    assert [(r.scope, r.indicator) for r in e] == [(None, "Tổng kinh phí đầu tư"), (None, "kinh phí thiết bị")]
    # (items named after a colon that names the measure keep their names in the wording, no scope)
    f = read("Số huy chương của đoàn thể thao tỉnh như sau: Điền kinh 12 huy chương, Bơi lội 9 huy chương.")
    assert [(r.scope, r.indicator) for r in f] == [
        (None, "Số huy chương của đoàn thể thao tỉnh Điền kinh"), (None, "Số huy chương của đoàn thể thao tỉnh Bơi lội")]


def test_linked_quantities_share_words() -> None:
    a, b = read("Năm 2023 tỉnh tiếp nhận 214.680 hồ sơ trực tuyến, chiếm 60,07%.")
    assert b.indicator.endswith("hồ sơ trực tuyến chiếm")
    c, d = read("Đến nay toàn tỉnh có 1.386 tổ công nghệ số cộng đồng với 8.742 thành viên.")
    assert d.indicator == "thành viên tổ công nghệ số cộng đồng"


def test_result_and_plan_columns() -> None:
    recs = read("Chỉ tiêu | Thực hiện năm 2024 | Kế hoạch năm 2025\nTỷ lệ hồ sơ trực tuyến | 48,6% | 70%\n")
    assert [(r.kind, r.op, r.year) for r in recs] == [("result", "=", 2024), ("target", ">=", 2025)]


def test_units_and_furniture() -> None:
    recs = read(
        "Doanh thu bán lẻ trực tuyến đạt 2,3 nghìn tỷ đồng; thời gian chờ tối đa 15 phút; "
        "tổ chức ít nhất 01 đợt diễn tập.\nMinh Tâm - 08:45, 14/02/2023 - 1.024 lượt xem\n"
    )
    assert [(r.value, r.unit, r.unit_text, r.op) for r in recs] == [
        (2.3e12, "other", "đồng", ">="), (15, "other", "phút", "<="), (1, "count", None, ">=")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trung tâm mở cửa từ 7 giờ 30 đến 17 giờ các ngày làm việc.",
        "Hội nghị khai mạc vào lúc 8 giờ ngày 10/10/2023.",
        "Tỉnh Phú Thọ (mới) (được hợp nhất từ ba tỉnh, có 148 xã, phường) vận hành chính quyền hai cấp.",
        "Các sở, ngành và UBND 15 huyện, thành phố xây dựng kế hoạch của đơn vị.",
    ],
)
def test_more_non_quantities(text: str) -> None:
    assert read(text) == []


def test_defining_duration_is_part_of_the_indicator() -> None:
    r = only("Tỷ lệ phản ánh, kiến nghị được xử lý trong vòng 24 giờ đạt trên 90%.")
    assert (r.value, r.unit, r.op) == (90, "%", ">")


def test_total_then_parts_and_mixed_groups_after_a_colon() -> None:
    recs = read("Tỷ lệ hộ gia đình có Internet cáp quang đạt 85%, trong đó khu vực thành thị 90%, khu vực nông thôn 75%.")
    assert [(r.value, r.scope) for r in recs] == [(85, None), (90, "khu vực thành thị"), (75, "khu vực nông thôn")]
    recs = read("Phủ cáp quang băng rộng: khu vực thành thị 90%, khu vực nông thôn 65% và các xã đảo 50%.")
    assert [r.scope for r in recs] == ["khu vực thành thị", "khu vực nông thôn", "các xã đảo"]
    assert all(r.indicator == "Phủ cáp quang băng rộng" for r in recs)


def test_a_level_after_trong_do_is_a_part_of_the_total_not_a_deed() -> None:
    recs = read("Tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh đạt 71,2%, trong đó cấp xã đạt 76,8%.")
    assert [(r.value, r.scope, r.indicator) for r in recs] == [
        (71.2, None, "Tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh"),
        (76.8, "cấp xã", "Tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh")]
    # what a level did is no group of the total
    recs = read("Đã kích hoạt 910.000 tài khoản định danh điện tử, trong đó cấp xã tiếp nhận 4.200 hồ sơ.")
    assert [r.scope for r in recs] == [None, None]


def test_a_part_with_its_own_verb_reaching_places_is_no_group_of_the_total() -> None:
    recs = read("Năm 2023, tỷ lệ dân cư được phủ sóng di động đạt 99%, trong đó sóng 5G đã phủ tới 40% các phường, thị trấn.")
    assert [(r.value, r.scope) for r in recs] == [(99, None), (40, None)]
    assert recs[1].indicator == "sóng 5G đã phủ các phường, thị trấn"
    # a group written before its value still is one
    recs = read("Tỷ lệ dân cư được phủ sóng di động đạt 99%, trong đó khu vực miền núi 95%.")
    assert [r.scope for r in recs] == [None, "khu vực miền núi"]


def test_levels_written_with_their_kinds_and_shared_before_the_verb() -> None:
    recs = read("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng cấp tỉnh 95%, cấp xã, phường, thị trấn 65%.")
    assert [r.scope for r in recs] == ["cấp tỉnh", "cấp xã, phường, thị trấn"]
    recs = read("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng tại cấp tỉnh và cấp huyện đạt 90%, tại cấp xã đạt 70%.")
    assert [(r.scope, r.value) for r in recs] == [("cấp tỉnh", 90), ("cấp huyện", 90), ("cấp xã", 70)]


def test_a_review_meeting_reports_results() -> None:
    text = (
        "Hội nghị tổng kết công tác chuyển đổi số năm 2023 và triển khai nhiệm vụ năm 2024.\n"
        "Toàn tỉnh có 1.850 sản phẩm nông sản lên sàn thương mại điện tử; sản lượng tiêu thụ trực tuyến đạt hơn 4.500 tấn.\n"
    )
    assert [(r.kind, r.year, r.unit) for r in read(text, plan_year=2023)] == [
        ("result", 2023, "count"), ("result", 2023, "other")
    ]


def test_a_rate_that_a_count_makes_is_named_by_the_count() -> None:
    text = ("Toàn tỉnh đã có 152 trong tổng số 160 xã triển khai thanh toán học phí không dùng tiền mặt, "
            "đạt tỷ lệ 95%, góp phần giảm thời gian đi lại của phụ huynh.")
    a, b = read(text, plan_year=None)
    assert (a.value, b.value, b.unit) == (152, 95, "%")
    assert b.indicator == a.indicator and "thanh toán học phí" in b.indicator
    # a share that names its own whole keeps it
    c, d = read("Toàn tỉnh có 67.000 thuê bao Internet cố định (đạt tỷ lệ 48% hộ gia đình có kết nối Internet).",
                plan_year=None)
    assert d.indicator.startswith("hộ gia đình có kết nối Internet")
    # a density the count makes
    e, f = read("Toàn tỉnh có 1,2 triệu thuê bao di động băng rộng (thuê bao 4G và 5G), đạt tỷ lệ 95,4 thuê bao/100 dân.",
                plan_year=None)
    assert (f.value, f.unit) == (95.4, "other") and "thuê bao di động băng rộng" in f.indicator


def test_parts_counted_as_bare_people_are_of_the_totals_kind() -> None:
    recs = read("Sở có 45 kỹ sư an toàn thông tin, trong đó 12 người có chứng chỉ quốc tế, 30 có chứng chỉ "
                "trong nước.", plan_year=None)
    assert [r.value for r in recs] == [45, 12, 30]
    assert [r.indicator for r in recs[1:]] == ["kỹ sư an toàn thông tin có chứng chỉ quốc tế",
                                               "kỹ sư an toàn thông tin có chứng chỉ trong nước"]
    # parts with a noun of their own keep it
    assert read("Có 800 hồ sơ, trong đó 560 hồ sơ trực tuyến.", plan_year=None)[1].indicator == "hồ sơ trực tuyến"


def test_a_total_of_things_named_before_its_number_is_a_count() -> None:
    a, b = read("Sở cấp chứng thư số cho 35 cơ quan, nâng tổng chứng thư số đã cấp là 1.240.", plan_year=None)
    assert (b.value, b.unit, b.indicator) == (1240, "count", "tổng chứng thư số đã cấp")
    # (a total time is a measure in days, never a count of them)
    assert [(r.value, r.unit, r.unit_text) for r in read("Tổng thời gian xử lý là 15 ngày.", plan_year=None)] \
        == [(15, "other", "ngày")]


def test_parts_in_a_bracket_drop_the_lead_they_share_with_their_whole() -> None:
    recs = read("Trung tâm giám sát an toàn thông tin đã rà soát và phát hiện 52 máy chủ bị nhiễm mã độc "
                "(30 máy chủ ở cấp tỉnh; 22 máy chủ ở cấp xã).", plan_year=None)
    assert [r.value for r in recs] == [52, 30, 22]
    assert all(not r.indicator.startswith("Trung tâm") and "nhiễm mã độc" in r.indicator for r in recs[1:])


def test_a_share_in_brackets_after_a_count_is_what_the_count_makes_of_a_whole() -> None:
    a, b = read("Tỉnh có 1,2 triệu người dùng ví điện tử (chiếm 58% dân số trưởng thành).", plan_year=None)
    assert b.indicator == "người dùng ví điện tử chiếm dân số trưởng thành"
    # a bracket that names no whole keeps the wording it had
    a, b = read("Tỉnh có 1,2 triệu người dùng ví điện tử (chiếm 58%).", plan_year=None)
    assert b.indicator != "người dùng ví điện tử chiếm"


def test_parts_counted_as_people_out_of_a_total_of_things_keep_their_own_words() -> None:
    a, b = read("Cổng tiếp nhận 4.200 phản ánh, trong đó 2.900 người dân gửi qua ứng dụng di động.", plan_year=None)
    assert b.indicator.startswith("người dân gửi qua ứng dụng di động")
    # a part with no noun of its own is of the total's kind, whatever the total counts
    a, b = read("Tỉnh có 6.500 doanh nghiệp công nghệ số, trong đó hơn 900 thuộc ngành phần mềm.", plan_year=None)
    assert b.indicator.startswith("doanh nghiệp công nghệ số")


def test_a_level_compared_with_that_names_another_thing_keeps_its_own_words() -> None:
    a, b = read("Tỷ lệ hộ có máy tính năm 2024 là 62%, thấp hơn so với tỷ lệ 88% hộ có điện thoại thông minh.",
                plan_year=None)
    assert b.indicator == "tỷ lệ hộ có điện thoại thông minh"


def test_with_links_a_count_to_the_thing_before() -> None:
    a, b = read("Phấn đấu 100% xã, phường, thị trấn có Tổ công nghệ số cộng đồng với trên 12.000 thành viên.")
    assert a.indicator == "xã, phường, thị trấn có Tổ công nghệ số cộng đồng"
    assert b.indicator.startswith("thành viên") and "Tổ công nghệ số" in b.indicator


def test_groups_written_after_their_values() -> None:
    recs = read("Tỷ lệ người dân có tài khoản thanh toán điện tử đạt 64% ở khu vực thành thị và 41% ở khu vực nông thôn.")
    assert [(r.value, r.scope) for r in recs] == [(64, "khu vực thành thị"), (41, "khu vực nông thôn")]
    assert all(r.indicator == "Tỷ lệ người dân có tài khoản thanh toán điện tử" for r in recs)


def test_respectively_after_levels_named_in_the_clause_before() -> None:
    recs = read(
        "Kết quả năm 2022: tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt 98% ở cấp tỉnh, 92% ở cấp huyện "
        "và 75% ở cấp xã; mục tiêu năm 2023 lần lượt là 100%, 95% và 85%.",
        plan_year=2022,
    )
    assert [(r.kind, r.year, r.scope, r.value) for r in recs[3:]] == [
        ("target", 2023, "cấp tỉnh", 100), ("target", 2023, "cấp huyện", 95), ("target", 2023, "cấp xã", 85)
    ]
    assert all("hồ sơ công việc" in r.indicator for r in recs)


def test_ranges_of_counts_and_spelled_out_values() -> None:
    a = only("Phấn đấu có từ 3 đến 3,5 triệu người dùng ứng dụng công dân số.")
    assert (a.op, a.value, a.value_max, a.unit) == ("between", 3e6, 3.5e6, "count")
    b = only("Tỷ lệ hồ sơ trực tuyến đạt tám mươi lăm phần trăm (85%).")
    assert (b.value, b.indicator) == (85, "Tỷ lệ hồ sơ trực tuyến")
    c = only("Phấn đấu chỉ số DTI của tỉnh nằm trong tốp 15 cả nước.")
    assert (c.unit, c.op, c.value) == ("rank", "<=", 15)


def test_review_meeting_and_indicator_group_headings() -> None:
    text = (
        "Hội nghị tổng kết năm 2022. Trong tổng số 45 chỉ tiêu được giao, tỉnh đã hoàn thành 38 chỉ tiêu.\n"
        "Nhóm chỉ tiêu về kinh tế số\n- Số hộ kinh doanh được hỗ trợ mở gian hàng trực tuyến: 2.140 hộ.\n"
    )
    r = only(text, plan_year=2022)
    assert (r.kind, r.op, r.year, r.pillar) == ("result", "=", 2022, "digital_economy")


def test_from_now_to_target() -> None:
    a, b = read("Theo kế hoạch, tỷ lệ hồ sơ trực tuyến phải tăng từ 52% năm 2023 lên 70% năm 2024.")
    assert [(r.kind, r.op, r.value, r.year) for r in (a, b)] == [("result", "=", 52, 2023), ("target", ">=", 70, 2024)]
    c, d = read("Tỷ lệ người dân có tài khoản ngân hàng sẽ được nâng từ khoảng 68% hiện nay lên ít nhất 75%.")
    assert [(r.kind, r.op) for r in (c, d)] == [("result", "~"), ("target", ">=")]


def test_related_articles_end_the_article() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đạt 60%.\nTin liên quan\nTỉnh A hỗ trợ 500 doanh nghiệp (12/3/2024)\n"
    assert [r.value for r in read(text)] == [60]


def test_a_level_no_other_value_splits_by_is_part_of_the_subject() -> None:
    recs = read("Băng thông mạng chuyên dùng đến cấp xã không dưới 200 Mbps; 100% xã có Tổ công nghệ số.")
    assert recs[0].scope is None and "cấp xã" in recs[0].indicator


def test_a_review_that_reached_its_targets_reports_results() -> None:
    text = (
        "Năm 2023, tỉnh thực hiện 32 chỉ tiêu tại Kế hoạch; đến nay đã có 27 chỉ tiêu đạt và vượt kế hoạch.\n"
        "Tỷ lệ văn bản đi được ký số đạt 98,7%. Số thuê bao dùng 12 GB/thuê bao/tháng.\n"
    )
    recs = read(text, plan_year=2023)
    assert [(r.kind, r.op, r.year) for r in recs] == [("result", "=", 2023)] * 2
    assert recs[1].unit_text == "GB/thuê bao/tháng"


def test_units_as_a_split_only_beside_a_sibling_value() -> None:
    a, b = read("Hạ tầng cáp quang phủ trên 80% hộ gia đình, 100% thôn, bản.")
    assert (a.scope, b.scope) == (None, "thôn, bản")
    r = read("Phủ sóng 4G đã đến 96% thôn, bản; riêng 44 thôn vùng lõm sóng đang được đầu tư trạm BTS.")[0]
    assert r.scope is None and "thôn, bản" in r.indicator


def test_a_total_and_its_parts_by_kind_are_separate_records_without_scope() -> None:
    recs = read("Năm 2023, tỉnh cung cấp 1.210 dịch vụ công trực tuyến, gồm: 845 DVCTT toàn trình và 365 DVCTT một phần.")
    assert [(r.value, r.unit, r.scope, r.kind) for r in recs] == [
        (1210, "count", None, "result"), (845, "count", None, "result"), (365, "count", None, "result")]
    assert [r.indicator for r in recs][1:] == ["DVCTT toàn trình", "DVCTT một phần"]


def test_ranks_continue_after_a_rank_out_of_the_provinces_or_in_a_list() -> None:
    recs = read("Năm 2022, tỉnh xếp thứ 33/63 về chính quyền số và 12/63 về xã hội số.")
    assert [(r.value, r.unit, r.op, r.year) for r in recs] == [(33, "rank", "=", 2022), (12, "rank", "=", 2022)]
    assert "xã hội số" in recs[1].indicator and "xã hội số" not in recs[0].indicator
    recs = read("Các chỉ số chính quyền số, kinh tế số và xã hội số của tỉnh năm 2023 lần lượt xếp thứ 21, 9 và 14.")
    assert [(r.indicator, r.value, r.unit) for r in recs] == [
        ("chỉ số chính quyền số", 21, "rank"), ("kinh tế số", 9, "rank"), ("xã hội số", 14, "rank")]


def test_index_values_without_a_unit_are_read_when_the_subject_is_an_index() -> None:
    recs = read("Năm 2023, chỉ số DTI của tỉnh đạt 0,4871, xếp thứ 38/63.")
    assert [(r.value, r.unit, r.unit_text, r.kind) for r in recs] == [
        (0.4871, "other", None, "result"), (38, "rank", None, "result")]
    assert read("Giá trị trung bình của chỉ số thành phần ở mức 0,5312.")[0].value == 0.5312
    # a bare number with no index for subject is still no quantity
    assert read("Năm 2023, tỉnh tổ chức hội nghị lần 3 với chủ đề chuyển đổi số.") == []


def test_groups_listed_before_respectively_split_one_indicator() -> None:
    recs = read("Tỷ lệ hộ có cáp quang ở thành thị và nông thôn lần lượt là 92% và 70%.")
    assert [(r.scope, r.value) for r in recs] == [("thành thị", 92), ("nông thôn", 70)]
    assert {r.indicator for r in recs} == {"Tỷ lệ hộ có cáp quang"}


@pytest.mark.parametrize(
    "heading, pillar",
    [
        ("1. Mạng viễn thông băng rộng di động", "digital_infrastructure"),
        ("b) Phát triển hạ tầng điện toán đám mây", "digital_infrastructure"),
        ("2. Dịch vụ công trực tuyến", "digital_government"),
        ("3. Trung tâm giám sát, điều hành thông minh (IOC)", "smart_city"),
        ("4. Thương mại điện tử", "digital_economy"),
        ("Chính phủ số", "digital_government"),
    ],
)
def test_a_heading_naming_a_topic_of_one_pillar_names_that_pillar(heading: str, pillar: str) -> None:
    assert only(f"{heading}\nTỷ lệ xã có điểm truy cập công cộng đạt 70%.").pillar == pillar


def test_a_lead_in_naming_a_pillar_speaks_for_its_list_not_the_next_paragraph() -> None:
    recs = read(
        "Các chỉ tiêu cụ thể của tỉnh về xã hội số năm 2025 gồm: 75% người dân có tài khoản thanh toán; "
        "60% người dân có hồ sơ sức khỏe điện tử.\n"
        "Ngoài ra, phấn đấu 100% thôn có loa truyền thanh thông minh.\n"
    )
    assert [r.pillar for r in recs] == ["digital_society", "digital_society", None]
    recs = read(
        "Kết quả về kinh tế số năm 2023 như sau:\n- 45% doanh nghiệp nhỏ và vừa dùng nền tảng số;\n"
        "- 80% doanh nghiệp dùng hợp đồng điện tử.\nTỷ lệ hộ có cáp quang đạt 75%.\n"
    )
    assert [r.pillar for r in recs] == ["digital_economy", "digital_economy", None]


@pytest.mark.parametrize(
    "text, kind, year",
    [
        ("Ước đến cuối năm 2024, tỷ lệ hồ sơ thanh toán trực tuyến đạt 55%.", "result", 2024),
        ("Sau 2 năm triển khai, toàn tỉnh có 1.830 tổ công nghệ số cộng đồng.", "result", 2023),
        ("Trong 9 tháng đầu năm 2024, tỉnh tiếp nhận 31.000 hồ sơ trực tuyến.", "result", 2024),
        ("Lũy kế đến nay, tỉnh đã cấp 7.400 chữ ký số.", "result", 2023),
    ],
)
def test_review_cues_make_results(text: str, kind: str, year: int) -> None:
    r = only(text)
    assert (r.kind, r.year) == (kind, year)
    assert not r.indicator.lower().startswith(("ước", "sau", "trong", "lũy"))


def test_a_result_against_the_plan_is_not_a_quantity() -> None:
    recs = read("Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 57%, vượt chỉ tiêu 12%.")
    assert [r.value for r in recs] == [57]
    assert [r.value for r in read("Năm 2023, doanh thu thương mại điện tử vượt 8% so với kế hoạch.")] == []


def test_changes_in_brackets_and_steps_in_a_ranking_are_not_quantities() -> None:
    recs = read("Năm 2023, Chính quyền số đạt 0,6815 (tăng 3,2%), xếp hạng 11, tăng 6 bậc so với năm 2022.")
    assert [(r.value, r.unit) for r in recs] == [(0.6815, "other"), (11, "rank")]


def test_scores_of_an_index_need_no_verb_and_points_can_be_counted_things() -> None:
    recs = read("Năm 2023: Kinh tế số 0,5481, Xã hội số 0,6127.")
    assert [(r.indicator, r.value, r.unit, r.unit_text) for r in recs] == [
        ("Kinh tế số", 0.5481, "other", None), ("Xã hội số", 0.6127, "other", None)]
    r = only("Năm 2023, toàn tỉnh có 2.140 điểm thu phát sóng di động.")
    assert (r.value, r.unit) == (2140, "count")
    assert read("Năm 2023, chỉ số PAR của tỉnh đạt 86,5 điểm, xếp thứ 9.")[0].unit_text == "điểm"


def test_a_text_that_is_not_a_plan_reports_results_unless_its_words_say_otherwise() -> None:
    text = ("Tin ngày 12/3/2025. Tỷ lệ hồ sơ trực tuyến đạt 78%; 64% người dân có tài khoản thanh toán. "
            "Tỉnh phấn đấu đến năm 2026 tỷ lệ này đạt 90%, và sẽ có 100% xã có điểm wifi.")
    recs = read(text, plan_year=None)
    assert [(r.kind, r.year) for r in recs] == [
        ("result", 2025), ("result", 2025), ("target", 2026), ("target", 2026)]


def test_a_long_sentence_without_figures_does_not_open_a_section() -> None:
    text = ("Năm 2023, tỉnh luôn xác định chuyển đổi số là nhiệm vụ trọng tâm, tập trung triển khai các kế hoạch, "
            "chương trình, đề án ứng dụng công nghệ số trong mọi lĩnh vực của đời sống kinh tế xã hội trên địa bàn.\n"
            "Tỷ lệ hồ sơ trực tuyến đạt 71,2%.\n")
    assert only(text, plan_year=None).kind == "result"


def test_level_rows_under_a_label_line_take_its_indicator_and_their_level() -> None:
    text = ("Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023\n"
            "- Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng\n"
            "+ Cấp tỉnh | 95% | 96%\n"
            "+ Cấp xã | 70% | 72%\n"
            "- Tỷ lệ DVCTT toàn trình | 60% | 64%\n")
    recs = read(text)
    assert [(r.indicator, r.scope, r.kind, r.value) for r in recs] == [
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng", "Cấp tỉnh", "target", 95),
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng", "Cấp tỉnh", "result", 96),
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng", "Cấp xã", "target", 70),
        ("Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng", "Cấp xã", "result", 72),
        ("Tỷ lệ DVCTT toàn trình", None, "target", 60), ("Tỷ lệ DVCTT toàn trình", None, "result", 64)]


@pytest.mark.parametrize(
    "text, pillars",
    [
        ("Ở trụ cột kinh tế số, tỉnh đạt 0,6120, xếp hạng 12.", ["digital_economy", "digital_economy"]),
        ("Thực hiện xây dựng, phát triển chính quyền điện tử, đến nay tỷ lệ hồ sơ trực tuyến là 64%.",
         ["digital_government"]),
        ("Hạ tầng xã hội số có bước phát triển: 100% xã có cáp quang.", ["digital_society"]),
        ("Hạ tầng số đạt bước tiến lớn với 100% cơ quan nhà nước kết nối mạng chuyên dùng.",
         ["digital_infrastructure"]),
        ("Kế hoạch đặt ra các chỉ tiêu quan trọng về kinh tế số đến năm 2025.\n"
         "Đến năm 2025, kinh tế số chiếm 20% GRDP.\nNgoài ra, 100% xã có wifi công cộng.",
         ["digital_economy", None]),
    ],
)
def test_leads_that_name_a_pillar(text: str, pillars: list[str | None]) -> None:
    assert [r.pillar for r in read(text)] == pillars


def test_a_planned_column_named_de_ra_holds_targets() -> None:
    recs = read("Chỉ tiêu | Đề ra năm 2023 | Kết quả thực hiện | Đánh giá\nTỷ lệ hồ sơ trực tuyến | 40% | 52,3% | Vượt\n")
    assert [(r.kind, r.op, r.value, r.year) for r in recs] == [("target", ">=", 40, 2023), ("result", "=", 52.3, 2023)]


def test_future_tense_after_the_number_and_ranks_without_thu_set_the_kind() -> None:
    assert only("Đến năm 2030, 75% hộ kinh doanh sẽ có gian hàng số.", plan_year=None).kind == "target"
    recs = read("Năm 2024: Nhận thức số xếp hạng 3/63, nhân lực số xếp hạng 9/63.", plan_year=2025)
    assert [(r.kind, r.op, r.value) for r in recs] == [("result", "=", 3), ("result", "=", 9)]


def test_a_rank_after_a_score_ranks_what_the_score_measured() -> None:
    recs = read("Năm 2022, Đắk Nông đạt 0,48 điểm về chuyển đổi số, vươn lên xếp thứ 38 trong cả nước.", plan_year=2023)
    assert [(r.unit, r.value) for r in recs] == [("other", 0.48), ("rank", 38)]
    assert "chuyển đổi số" in recs[1].indicator and "xếp thứ" in recs[1].indicator


def test_one_value_for_every_level_is_one_record_without_scope() -> None:
    r = only("Phấn đấu 100% hồ sơ công việc được xử lý trên môi trường mạng tại cấp tỉnh, cấp huyện và cấp xã.")
    assert (r.value, r.scope) == (100, None)
    recs = read("100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 85% hồ sơ công việc tại cấp xã được xử lý trực tuyến.")
    assert [(r.value, r.scope) for r in recs] == [(100, "cấp tỉnh"), (100, "cấp huyện"), (85, "cấp xã")]


def test_a_record_whose_words_name_nothing_borrows_what_is_measured() -> None:
    text = ("Bộ công bố kết quả chỉ số chuyển đổi số (DTI) năm 2023. Theo đó, Hậu Nghĩa xếp thứ 17/63 tỉnh, thành phố "
            "trong cả nước với 0,6104 điểm.\nTỷ trọng kinh tế số trong GRDP năm 2023 đạt 14,2%. "
            "Dự kiến thành phố sẽ đạt chỉ tiêu 20% vào năm 2025.")
    recs = read(text, plan_year=None)
    assert [(r.unit, r.value) for r in recs] == [("rank", 17), ("other", 0.6104), ("%", 14.2), ("%", 20)]
    assert all("chuyển đổi số" in r.indicator for r in recs[:2])
    assert "kinh tế số" in recs[3].indicator and recs[3].kind == "target"


def test_news_deadlines_and_opening_cues_make_targets() -> None:
    text = ("Ngày 5/6/2024, tỉnh ban hành nghị quyết về chuyển đổi số. Trong đó, đến năm 2025, 100% thủ tục hành chính "
            "đủ điều kiện được cung cấp trực tuyến toàn trình. Đến hết năm 2023, tỷ lệ hồ sơ trực tuyến đạt 61%.")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("target", 2025), ("result", 2023)]
    long_lead = ("Phấn đấu đến năm 2030, tỉnh hoàn thành chuyển đổi số đồng bộ trên phạm vi toàn tỉnh, góp phần phát triển "
                 "kinh tế - xã hội nhanh và bền vững, hình thành đô thị thông minh kết nối với các đô thị trong vùng.\n"
                 "Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng.")
    assert [(r.kind, r.year) for r in read(long_lead, plan_year=None)] == [("target", 2030)]


def test_information_technology_use_names_digital_government() -> None:
    assert only("2. Về ứng dụng công nghệ thông tin:\n83% hồ sơ công việc được xử lý trực tuyến.").pillar == "digital_government"


def test_counts_out_of_a_large_total_places_among_the_first_and_the_whole_country() -> None:
    recs = read("Năm 2025, còn 87/3.790 thôn trắng sóng di động; 30/34 địa phương đã lập trung tâm phục vụ hành chính công.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(87, "count"), (30, "count")]
    recs = read("Năm 2022, tỉnh là 1 trong 8 địa phương đứng đầu về nhận thức số, xếp thứ 20 trong 63 tỉnh, thành phố.",
                plan_year=2023)
    assert [(r.value, r.unit, r.op) for r in recs] == [(8, "rank", "<="), (20, "rank", "=")]


def test_a_results_change_right_after_its_verb_is_not_a_level() -> None:
    recs = read("Năm 2024, Kinh tế số đạt 0,7723, tăng 13,3%; thời gian xử lý hồ sơ giảm bình quân 30%.", plan_year=None)
    assert [r.value for r in recs] == [0.7723]


def test_a_title_naming_one_pillar_is_the_texts_top_heading() -> None:
    text = "Tỉnh tăng tốc phát triển hạ tầng số\n\nNăm 2025, 100% thôn có sóng di động, 85% hộ có cáp quang."
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_infrastructure"] * 2
    assert [r.pillar for r in read("Chuyển đổi số toàn diện\n\nNăm 2025, 100% thôn có sóng di động.", plan_year=None)] == [None]


def test_a_hard_wrapped_sentence_is_read_as_one() -> None:
    r = only("Năm 2025, tỷ lệ phủ\nsóng 5G mới đạt 14,2% dân số.", plan_year=None)
    assert (r.value, r.kind) == (14.2, "result") and "5G" in r.indicator
    # a new line starting in upper case, a list item or a table row stays apart
    assert len(read("Năm 2025 đạt 80% hộ có cáp quang\nTỷ lệ hồ sơ trực tuyến đạt 60%.", plan_year=None)) == 2


def test_a_rate_per_people_keeps_what_is_counted_in_its_unit_and_wording() -> None:
    r = only("Năm 2025, phấn đấu đạt trên 0,8 doanh nghiệp công nghệ số/1.000 dân.", plan_year=2025)
    assert (r.value, r.unit, r.unit_text, r.op) == (0.8, "other", "doanh nghiệp công nghệ số/1.000 dân", ">")
    assert "doanh nghiệp công nghệ số" in r.indicator


def test_an_index_score_before_a_linking_word_is_read() -> None:
    r = only("Năm 2024, Hà Nội dẫn đầu với giá trị DTI đạt 0,8137 với việc đứng đầu cả ba trụ cột.", plan_year=None)
    assert (r.value, r.unit, r.kind) == (0.8137, "other", "result")


def test_a_deadline_in_news_speaks_for_the_plain_sentences_after_it_in_its_paragraph() -> None:
    text = ("Theo nghị quyết, đến năm 2030, 100% hồ sơ được xử lý trên môi trường số. "
            "80% người dân có danh tính số. Tỉnh sẽ giảm 30% thời gian xử lý thủ tục.\n"
            "Hiện nay 45% người dân đã có danh tính số.")
    recs = read(text, plan_year=None)
    assert [(r.value, r.kind, r.year) for r in recs][:3] == [(100, "target", 2030), (80, "target", 2030),
                                                           (30, "target", 2030)]
    assert (recs[3].value, recs[3].kind) == (45, "result")  # a new paragraph, its own words


def test_news_prose_about_tasks_or_solutions_opens_no_targets() -> None:
    text = ("Hội thảo bàn giải pháp thực hiện các nhiệm vụ của kế hoạch chuyển đổi số.\n"
            "Toàn tỉnh có 1.250 trạm BTS và 62% hộ gia đình dùng cáp quang.")
    assert [r.kind for r in read(text, plan_year=None)] == ["result", "result"]
    # a figure-free lead that states aims still does
    aims = read("Tỉnh đặt mục tiêu cụ thể như sau.\n100% xã có cáp quang.", plan_year=None)
    assert [r.kind for r in aims] == ["target"]


def test_a_plan_that_has_set_targets_states_targets() -> None:
    r = only("Kế hoạch đã đề ra mục tiêu đưa tỉnh vào nhóm 15 địa phương dẫn đầu về chuyển đổi số.",
             plan_year=None)
    assert (r.kind, r.unit, r.op, r.value) == ("target", "rank", "<=", 15)


def test_a_dti_pillar_as_the_subject_of_its_score_leads_its_clause() -> None:
    # under no heading, the pillar a clause opens with is its lead-in (the spec's lead-in rule)
    recs = read("Năm 2024, kinh tế số đạt 0,5520 điểm, xếp thứ 20.", plan_year=None)
    assert [(r.value, r.pillar) for r in recs] == [(0.5520, "digital_economy"), (20, "digital_economy")]


def test_an_ellipsis_before_a_capital_ends_a_sentence() -> None:
    text = "Nhiều cơ chế được ban hành… Hạ tầng số tiếp tục có bước phát triển mạnh. Đến nay, 98% dân số có sóng 4G."
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_infrastructure"]


def test_a_plan_named_for_one_pillar_leads_its_paragraph() -> None:
    text = ("Tỉnh vừa ban hành Kế hoạch 88/KH-UBND về phát triển kinh tế số năm 2026. Theo đó, tỉnh đặt mục "
            "tiêu tỷ trọng kinh tế số đạt 20% GRDP.")
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_economy"]


def test_a_count_out_of_a_whole_is_named_by_what_was_counted_and_did() -> None:
    r = only("Với sự chỉ đạo sát sao, đến nay tỉnh đã có 17/19 sở, ngành hoàn thành số hóa hồ sơ lưu trữ.",
             plan_year=None)
    assert (r.value, r.unit, r.kind) == (17, "count", "result")
    assert r.indicator == "sở, ngành hoàn thành số hóa hồ sơ lưu trữ"
    # ... but a count that completes the words before it keeps them
    r = only("Tổ công nghệ số cộng đồng đã hoạt động ở 120/120 xã, phường trên địa bàn.", plan_year=None)
    assert "Tổ công nghệ số cộng đồng" in r.indicator


def test_a_range_of_scores_with_approximate_ends_is_one_between_record() -> None:
    r = only("Nhóm cuối bảng có giá trị DTI đạt từ khoảng 0,48 đến gần 0,57.", plan_year=None)
    assert (r.op, r.value, r.value_max, r.unit) == ("between", 0.48, 0.57, "other")


def test_a_value_joined_by_with_is_of_the_things_just_counted() -> None:
    # (the top group's size, "4 địa phương dẫn đầu", is no count of its own)
    recs = read("Năm 2025, 4 địa phương dẫn đầu cả nước với giá trị DTI đạt trên 0,8.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(0.8, "other")]
    assert "địa phương dẫn đầu" in recs[0].indicator and "giá trị DTI" in recs[0].indicator


def test_places_holding_ranks_borrow_the_ranking_the_text_named() -> None:
    text = ("Bộ công bố xếp hạng mức độ chuyển đổi số năm 2025 của các tỉnh.\n"
            "Nam Giang, Bắc Sơn, Tây Hòa giữ vị trí thứ 4, 5, 6.")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.year) for r in recs] == [(4, "rank", 2025), (5, "rank", 2025), (6, "rank", 2025)]
    assert all("xếp hạng mức độ chuyển đổi số" in r.indicator for r in recs)


def test_ranks_each_on_its_own_field_do_not_carry_the_field_before() -> None:
    recs = read("Năm 2023, tỉnh Hòa Bình xếp thứ 9/63 về hạ tầng số, thứ 12/63 về nhân lực số và thứ 4/63 về an toàn thông tin.",
                plan_year=None)
    assert [r.value for r in recs] == [9, 12, 4]
    assert "nhân lực số" in recs[1].indicator and "hạ tầng số" not in recs[1].indicator
    assert "an toàn thông tin" in recs[2].indicator
    assert "hạ tầng số" not in recs[2].indicator and "nhân lực số" not in recs[2].indicator
    district = read("Năm 2023, huyện Đông Sơn xếp thứ 9/27 về hạ tầng số.", plan_year=None)
    assert [(r.value, r.unit) for r in district] == [(9, "rank")]
    assert "27" not in district[0].indicator  # out of the 27 ranked: no part of the wording


def test_a_change_already_made_from_one_level_to_another_ends_in_a_result() -> None:
    recs = read("Tỷ lệ hộ gia đình có cáp quang giai đoạn 2021 - 2023 đã tăng từ 42% lên 78%.", plan_year=None)
    assert [(r.kind, r.op, r.value, r.year) for r in recs] == [("result", "=", 42, 2021), ("result", "=", 78, 2023)]
    # a count's noun between each value and its year; a comma in the words before "từ"
    counts = read("Số hợp tác xã số đã liên tục tăng, từ mức 1.200 HTX năm 2021 lên 1.650 HTX năm 2022 "
                  "và đạt 2.010 HTX năm 2023.", plan_year=None)
    assert [(r.kind, r.value, r.year) for r in counts] == [("result", 1200, 2021), ("result", 1650, 2022),
                                                             ("result", 2010, 2023)]
    # a change still to make stays an aim
    aim = read("Tỉnh phấn đấu nâng tỷ lệ hộ gia đình có cáp quang từ 78% lên 90% vào năm 2025.", plan_year=None)
    assert [(r.kind, r.value) for r in aim] == [("result", 78), ("target", 90)]
    # in news, a change no aim and no later year goes with was made; a forecast was not
    news = "date 2025-11\nTheo Ookla, tốc độ Internet di động tăng từ 62 lên 128 Mbps, thứ hạng từ 40 lên thứ 18.\n"
    assert [(r.kind, r.value) for r in read(news, plan_year=2025)] == [
        ("result", 62), ("result", 128), ("result", 40), ("result", 18)]
    forecast = "date 2025-03\nCông suất trung tâm dữ liệu từ 30 MW năm 2024 dự báo lên 300 MW năm 2025.\n"
    assert [(r.kind, r.value) for r in read(forecast, plan_year=2025)] == [("result", 30), ("target", 300)]


def test_a_move_written_with_its_verb_of_change_reaches_a_level_too() -> None:
    # "giảm còn", "tăng lên", "giảm xuống còn": the second value is the level reached, not the size of a change
    text = ("Năm 2024, trong 12 chỉ tiêu thành phần của chỉ số, so với năm 2023 có 05 chỉ tiêu tăng điểm: (1) Tỷ lệ "
            "doanh nghiệp phải chờ cấp phép (từ 18% giảm còn 12%); (2) Tỷ lệ doanh nghiệp hài lòng với dịch vụ "
            "(từ 62% tăng lên 71%).")
    assert [(r.kind, r.op, r.value, r.year) for r in read(text, plan_year=None)] == [
        ("result", "=", 18, 2023), ("result", "=", 12, 2024), ("result", "=", 62, 2023), ("result", "=", 71, 2024)]
    # a start written without its unit takes the level's
    (start, reached) = read("Năm 2024, tỷ lệ hồ sơ trễ hạn từ 9 giảm xuống còn 4%.", plan_year=None)
    assert [(start.value, start.unit), (reached.value, reached.unit)] == [(9, "%"), (4, "%")]


def test_a_page_that_types_the_icelandic_eth_for_d_is_read_as_vietnamese() -> None:
    # "Ðến năm 2030" (U+00D0) is "Đến năm 2030": its deadline dates the aim after it; offsets still index the page
    text = ("Ðến năm 2025, hoàn thiện hạ tầng số. Ðến năm 2030, mở rộng các dịch vụ đô thị thông minh. "
            "Trong đó, 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.")
    (r,) = read(text, plan_year=None)
    assert (r.kind, r.year, text[r.anchor:r.anchor + 4]) == ("target", 2030, "100%")


def test_a_stage_a_sentence_opens_on_that_is_still_to_run_makes_its_values_aims() -> None:
    text = ("date 2021-02-10\nTrong giai đoạn 2021 - 2025, tỉnh hỗ trợ 80 dự án khởi nghiệp đổi mới sáng tạo, "
            "trong đó có 30 dự án thương mại hóa sản phẩm.\n")
    assert [(r.kind, r.value, r.year) for r in read(text, plan_year=2021)] == [("target", 80, 2025), ("target", 30, 2025)]


def test_a_stage_part_run_whose_figures_are_set_against_before_reports_results() -> None:
    # a page part-way through the stage that sets its figures against before tells what came of it
    text = ("date 2024-06\nTrong giai đoạn 2021-2025, tỉnh thu hút 120 dự án công nghệ số, tăng 30% so với giai "
            "đoạn trước.\nTrong giai đoạn 2021 - 2025, toàn tỉnh có 1.250 doanh nghiệp công nghệ số, tăng gấp đôi.\n")
    assert [(r.kind, r.value) for r in read(text, plan_year=2024)] == [("result", 120), ("result", 1250)]
    # one set out on the page of the stage's first year is still an aim, a change against before too
    text = ("date 2021-01\nTrong giai đoạn 2021-2025, tỉnh thu hút 120 dự án công nghệ số, tăng 30% so với giai "
            "đoạn trước.\n")
    assert [(r.kind, r.value) for r in read(text, plan_year=2021)][0] == ("target", 120)


def test_a_cited_plans_horizon_before_den_nay_neither_makes_an_aim_nor_dates_the_result() -> None:
    text = ("date 2024-05\nSau ba năm thực hiện Nghị quyết số 09 về chuyển đổi số giai đoạn 2021 - 2025, định hướng "
            "đến năm 2030, đến nay 98% thôn, bản có sóng di động; 85% hộ gia đình có cáp quang.")
    # (the plan year a page's stamp gives, as `muctieu extract` reads it)
    assert [(r.kind, r.op, r.value, r.year) for r in read(text, plan_year=2024)] == [
        ("result", "=", 98, 2024), ("result", "=", 85, 2024)]


def test_in_news_a_plan_issued_before_the_figures_sets_no_aims() -> None:
    text = "Ngành y tế có nhiều việc nổi bật như ban hành kế hoạch phòng chống dịch kịp thời; đạt 120.500 sổ sức khỏe điện tử."
    assert [(r.kind, r.op) for r in read(text, plan_year=None)] == [("result", "=")]


def test_the_clause_leading_into_the_figures_speaks_for_them() -> None:
    text = ("Đại hội thông qua báo cáo đánh giá kết quả nhiệm kỳ trước; thống nhất 18 chỉ tiêu chủ yếu đến năm 2030, "
            "trong đó đáng chú ý: tỷ trọng kinh tế số trong GRDP đạt 30%; thu nhập bình quân đầu người đạt 150 triệu đồng.")
    assert [(r.kind, r.value) for r in read(text, plan_year=None)] == [("target", 30), ("target", 150e6)]


def test_a_security_level_named_in_a_noun_phrase_is_no_aim() -> None:
    text = ("Cục An toàn thông tin cho biết, đến giữa năm nay, có hơn 4.100 hệ thống thông tin đã được phê duyệt hồ sơ "
            "đề xuất cấp độ đảm bảo an toàn, tương đương 71,2%.")
    assert [(r.kind, r.op) for r in read(text, plan_year=None)] == [("result", ">"), ("result", "=")]


def test_a_place_named_by_its_standing_opens_the_next_values_words() -> None:
    recs = read("Năm 2024, dẫn đầu khối huyện là thành phố Hòa Bình với 0,71 điểm, đứng cuối là huyện Đà Bắc "
                "với 0,38 điểm.", plan_year=None)
    assert "Hòa Bình" in recs[0].indicator and "Đà Bắc" not in recs[0].indicator
    assert "Đà Bắc" in recs[1].indicator


def test_a_bare_with_before_a_measure_is_no_part_of_its_wording() -> None:
    recs = read("Năm 2024, số giao dịch qua sàn đạt gần 2 triệu giao dịch, với tổng giá trị đạt 310 tỷ đồng.", plan_year=None)
    assert recs[-1].value == 310e9 and not recs[-1].indicator.startswith("với")
    # nor the month a figure was counted in
    months = read("Tháng 3 mới có 12 sở có nền tảng, nhưng đến tháng 9 đã có 20 sở có nền tảng.", plan_year=None)
    assert [r.indicator for r in months] == ["sở có nền tảng", "sở có nền tảng"]


def test_points_after_a_clause_naming_the_score_take_its_words() -> None:
    recs = read("Năm 2024, Đà Nẵng là địa phương có điểm số cao nhất, đạt 58,12 điểm.", plan_year=None)
    assert [(r.value, r.unit_text) for r in recs] == [(58.12, "điểm")]
    assert "Đà Nẵng" in recs[0].indicator and "điểm số" in recs[0].indicator


def test_a_changes_first_level_after_a_comma_keeps_what_changed() -> None:
    recs = read("Năng lực trung tâm dữ liệu của tỉnh ghi nhận nhiều bứt phá, từ 12 MW năm 2024 dự báo lên 60 MW "
                "năm 2025.", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(12, 2024), (60, 2025)]
    assert all(r.indicator.startswith("Năng lực trung tâm dữ liệu của tỉnh") for r in recs)


def test_a_value_with_a_count_of_classified_things_is_of_what_the_count_counted() -> None:
    recs = read("Năm 2024, số lượng giao dịch qua máy POS là 2,6 triệu món với giá trị gần 4.100 tỷ đồng.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(2.6e6, "count"), (4.1e12, "other")]
    assert "giao dịch qua máy POS" in recs[1].indicator and recs[1].indicator.startswith("giá trị")


def test_a_number_first_item_keeps_its_words_up_to_the_next_items_head() -> None:
    recs = read("Tỉnh phấn đấu 100% thôn, tổ dân phố có sóng băng rộng, tỷ lệ phủ sóng 5G đạt tối thiểu 85%.")
    assert [r.value for r in recs] == [100, 85]
    assert "thôn, tổ dân phố có sóng băng rộng" in recs[0].indicator
    assert recs[1].indicator == "tỷ lệ phủ sóng 5G"


def test_the_end_of_a_stage_does_not_date_a_report() -> None:
    text = "Tỉnh có 120 điểm wifi công cộng.\nTỉnh triển khai đề án đô thị thông minh giai đoạn 2021-2025."
    assert [r.year for r in read(text, plan_year=None)] == [None]


def test_a_figure_free_deadline_dates_the_aims_after_it_in_its_paragraph() -> None:
    text = ("Đến năm 2030 hoàn thiện hạ tầng số của tỉnh. Bảo đảm 100% cuộc họp được thực hiện trực tuyến. "
            "Kinh tế số chiếm tối thiểu 20% GRDP.")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("target", 2030), ("target", 2030)]


def test_a_smart_city_heading_may_say_thanh_pho_thong_minh() -> None:
    text = "Chuyển đổi số, xây dựng thành phố thông minh\nThành phố đã lắp đặt 1.200 camera giám sát."
    assert [r.pillar for r in read(text, plan_year=None)] == ["smart_city"]


def test_a_plan_of_one_pillar_names_the_pillar_of_the_list_its_colon_opens() -> None:
    text = ("Tỉnh ban hành Kế hoạch phát triển hạ tầng số giai đoạn 2024 - 2026 với các chỉ tiêu chủ yếu:\n"
            "Tỷ lệ thôn có sóng di động băng rộng đạt 100%; tỷ lệ hộ có cáp quang đạt 85%.\n"
            "Tỷ lệ hồ sơ trực tuyến đạt 70%.")
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_infrastructure"] * 2 + [None]


def test_what_the_last_of_a_respective_list_is_said_to_be_each_name_is() -> None:
    recs = read("Điện Biên và Lai Châu là hai tỉnh ở cuối bảng xếp hạng với lần lượt là 8,4 và 7,9 điểm.",
                plan_year=None)
    assert [r.value for r in recs] == [8.4, 7.9]
    assert recs[0].indicator.startswith("Điện Biên") and "cuối bảng xếp hạng" in recs[0].indicator
    assert recs[1].indicator.startswith("Lai Châu") and "cuối bảng xếp hạng" in recs[1].indicator


def test_ranks_given_respectively_for_the_subjects_of_one_head() -> None:
    recs = read("Năm 2021, thứ hạng về chính quyền số, kinh tế số, xã hội số của tỉnh so với cả nước "
                "lần lượt là 31, 12, 40.", plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [
        (31, "rank", "thứ hạng về chính quyền số"), (12, "rank", "thứ hạng về kinh tế số"),
        (40, "rank", "thứ hạng về xã hội số")]


def test_a_bare_number_counts_what_its_subject_names() -> None:
    recs = read("Trong đó, thuê bao cố định đạt 3.912, số thuê bao điện thoại thông minh đạt 210.455; "
                "tỷ lệ hộ có cáp quang đạt 71.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(3912, "count"), (210455, "count")]


def test_places_and_road_junctions_are_counted() -> None:
    recs = read("Tỉnh lắp camera giám sát tại 148 vị trí và 9 nút giao thông trọng yếu.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(148, "count"), (9, "count")]


def test_a_second_object_of_the_same_verb_shares_its_words() -> None:
    recs = read("Sóng di động đã được phủ đến 100% trung tâm xã, phường và 96,2% khu vực có dân cư sinh sống.",
                plan_year=None)
    assert recs[1].value == 96.2 and recs[1].indicator.startswith("Sóng di động đã được phủ đến khu vực")


def test_listed_values_share_what_their_things_did_written_once_after_the_last() -> None:
    # the things are lists of kinds, a class number may name them, the verb is any of a plan's
    recs = read("Năm 2026 phấn đấu có 04 huyện, thị xã và 120 xã, phường, thị trấn đạt chuẩn xã hội số.",
                plan_year=None)
    assert [r.value for r in recs] == [4, 120]
    assert all(r.indicator.endswith("đạt chuẩn xã hội số") for r in recs)
    recs = read("Hiện có 8 điểm du lịch loại 1 và 5 điểm du lịch loại 2 đã áp dụng vé điện tử.", plan_year=None)
    assert [r.indicator for r in recs] == ["điểm du lịch loại 1 đã áp dụng vé điện tử",
                                           "điểm du lịch loại 2 đã áp dụng vé điện tử"]
    recs = read("Đến năm 2027, 70% nhà thuốc, quầy thuốc, 60% phòng khám tư nhân trên địa bàn dùng đơn thuốc điện tử.",
                plan_year=None)
    assert [r.value for r in recs] == [70, 60]
    assert recs[0].indicator == "nhà thuốc, quầy thuốc dùng đơn thuốc điện tử"
    # a value whose things already did something keeps its own words
    recs = read("Có 30 doanh nghiệp tham gia sàn và 12 hợp tác xã mở gian hàng trực tuyến.", plan_year=None)
    assert recs[0].indicator == "doanh nghiệp tham gia sàn"
    # the same people in two areas: a split by area, each value's scope
    recs = read("Phấn đấu 85% người dân trên địa bàn thành phố Tân An và 60% người dân trên địa bàn các xã "
                "thanh toán học phí trực tuyến.", plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [(85, "thành phố Tân An"), (60, "các xã")]
    assert {r.indicator for r in recs} == {"người dân thanh toán học phí trực tuyến"}
    recs = read("Năm 2025 có 92% hộ gia đình khu vực thành thị và 74% hộ gia đình khu vực nông thôn có máy tính.",
                plan_year=None)
    assert [r.scope for r in recs] == ["thành thị", "nông thôn"]


def test_items_after_a_lead_announcing_several_aims_each_name_their_own_measure() -> None:
    recs = read("Các chỉ tiêu của nhiệm kỳ tới rất cao: GRDP năm 2030 đạt 95 nghìn tỷ đồng, "
                "thu nhập bình quân đầu người 120 triệu đồng.", plan_year=None)
    assert [(r.indicator, r.scope) for r in recs] == [("GRDP", None), ("thu nhập bình quân đầu người", None)]
    # items that are levels still split the lead's measure
    recs = read("Các chỉ tiêu về hồ sơ trực tuyến năm 2026: cấp tỉnh 90%, cấp xã 70%.", plan_year=None)
    assert [r.scope for r in recs] == ["cấp tỉnh", "cấp xã"]


def test_a_measure_named_by_its_degree_opens_its_own_words_after_a_count() -> None:
    recs = read("Sở đã xử lý hơn 45.000 hồ sơ, mức độ hài lòng của người dân và tổ chức đạt 96,1%.", plan_year=None)
    assert recs[0].indicator == "Sở đã xử lý hồ sơ"
    assert recs[1].indicator == "mức độ hài lòng của người dân và tổ chức"


def test_a_share_after_every_part_of_a_total_is_the_totals() -> None:
    recs = read("Sở cung cấp 140 dịch vụ công trực tuyến, gồm 90 dịch vụ toàn trình và 50 dịch vụ một phần, "
                "đạt tỷ lệ 87,5%.", plan_year=None)
    assert recs[-1].value == 87.5 and recs[-1].indicator == recs[0].indicator
    # parts that do not add up to the total are not all of it
    recs = read("Sở cung cấp 140 dịch vụ công trực tuyến, gồm 90 dịch vụ toàn trình và 20 dịch vụ một phần, "
                "đạt tỷ lệ 87,5%.", plan_year=None)
    assert recs[-1].indicator != recs[0].indicator
    # after one part ("trong đó"), the share is the part's
    recs = read("Có 800 hồ sơ, trong đó 560 hồ sơ trực tuyến, đạt tỷ lệ 70%.", plan_year=None)
    assert recs[-1].indicator == recs[1].indicator


def test_a_place_in_a_ranking_that_names_no_ranking_borrows_the_one_the_text_named() -> None:
    text = ("Bộ vừa công bố báo cáo xếp hạng, đánh giá mức độ chuyển đổi số (DTI) năm 2024. "
            "Tỉnh Nam Sơn tiếp tục tăng 3 bậc, xếp vị trí thứ 17/63 tỉnh, thành phố.")
    r = only(text, plan_year=None)
    assert (r.value, r.unit, r.year) == (17, "rank", 2024)
    assert "xếp hạng, đánh giá mức độ chuyển đổi số (DTI)" in r.indicator


def test_values_for_blocks_of_agencies_split_the_value_before_them() -> None:
    recs = read("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%, trong đó khối bộ đạt 55,1%, "
                "và tỷ lệ của khối tỉnh, thành phố là 18,3%.", plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [(41.2, None), (55.1, "khối bộ"), (18.3, "khối tỉnh, thành phố")]
    assert len({r.indicator for r in recs}) == 1


def test_two_ranked_aims_share_the_words_written_after_the_second() -> None:
    recs = read("Tỉnh đặt mục tiêu đến năm 2025 nằm trong top 20 và đến năm 2030 nằm trong top 10 tỉnh, "
                "thành có chỉ số chuyển đổi số tốt nhất cả nước.", plan_year=None)
    assert [(r.value, r.unit, r.op, r.year) for r in recs] == [(20, "rank", "<=", 2025), (10, "rank", "<=", 2030)]
    assert all("chỉ số chuyển đổi số tốt nhất" in r.indicator and not r.indicator.startswith("và") for r in recs)


def test_a_count_of_provinces_keeps_its_unit_list_and_a_whole_of_them_is_counted() -> None:
    recs = read("Số liệu cho thấy, 21 tỉnh, thành phố đã phủ xanh hơn 60% số xã, phường.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(21, "count"), (60, "%")]
    assert recs[0].indicator == "tỉnh, thành phố đã phủ xanh"
    r = only("Đến nay, toàn bộ 34/34 tỉnh, thành phố đạt trạng thái Xanh.", plan_year=None)
    assert (r.value, r.unit) == (34, "count")
    assert read("Tỉnh xếp thứ 9 trong 34 tỉnh, thành phố.", plan_year=None)[0].value == 9


def test_which_time_an_event_is_is_not_a_rank() -> None:
    recs = read("Tại phiên họp lần thứ 6, Bộ công bố DTI cấp tỉnh năm 2024: Đà Nẵng có năm thứ 3 liên tiếp "
                "dẫn đầu, Hà Nội và Huế lần lượt xếp thứ 2 và 3.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(2, "rank"), (3, "rank")]
    assert all("DTI cấp tỉnh" in r.indicator for r in recs)


def test_a_list_of_counts_goes_on_counting_things_no_list_knows() -> None:
    recs = read("Hệ thống được trang bị 1.500 camera nhận diện, 9 drone giám sát và 14 tủ điều khiển đèn.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(1500, "count"), (9, "count"), (14, "count")]
    assert "drone giám sát" in recs[1].indicator


def test_a_cited_documents_title_opens_no_targets_in_news() -> None:
    text = ("Tỉnh cũng có Quyết định phê duyệt Đề án chuyển đổi IPv6 của tỉnh, giai đoạn 2021-2025 và định "
            "hướng đến năm 2030.\nToàn tỉnh có 14 doanh nghiệp bưu chính với 177 điểm phục vụ.")
    assert [r.kind for r in read(text, plan_year=None)] == ["result", "result"]
    aims = read("Theo đề án chuyển đổi số của tỉnh đến năm 2030, tỉnh xác định rõ mục tiêu phát triển kinh tế số."
                "\nKinh tế số chiếm 25% GRDP.", plan_year=None)
    assert [r.kind for r in aims] == ["target"]


def test_a_purpose_naming_one_pillar_leads_its_sentence() -> None:
    r = only("Để bảo đảm an toàn thông tin, tỉnh dành ít nhất 10% ngân sách công nghệ thông tin cho bảo mật.",
             plan_year=2025)
    assert (r.value, r.pillar) == (10, "information_security")


def test_named_provinces_or_ministries_in_a_list_are_not_scopes() -> None:
    recs = read("Các tỉnh có tỷ lệ hồ sơ trực tuyến thấp nhất lần lượt gồm: Hà Tĩnh (7,1%), Yên Bái (8,2%), "
                "Kon Tum (9,5%).", plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [(7.1, None), (8.2, None), (9.5, None)]
    levels = read("Tỷ lệ học sinh dùng học bạ số: cấp THPT 100%, cấp THCS 90%.")
    assert [r.scope for r in levels] == ["cấp THPT", "cấp THCS"]


def test_a_level_split_whose_last_item_shortens_the_subject() -> None:
    recs = read("Đến năm 2030, có 100% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ công việc tại cấp huyện "
                "và 65% hồ sơ cấp xã được xử lý trên môi trường mạng.")
    assert [r.scope for r in recs] == ["cấp tỉnh", "cấp huyện", "cấp xã"]
    assert all(r.indicator == "hồ sơ công việc được xử lý trên môi trường mạng" for r in recs)


def test_a_lead_that_states_one_target_and_opens_a_list_makes_the_list_targets() -> None:
    recs = read("Hội nghị đánh giá kết quả chuyển đổi số của tỉnh\n"
                "Kế hoạch đề ra mục tiêu vào nhóm 15 địa phương dẫn đầu và 3 mục tiêu cụ thể như sau:\n"
                "- Về chính quyền số: Tỷ lệ hồ sơ được số hóa đạt 90%; Tỷ lệ thanh toán trực tuyến đạt 50%.",
                plan_year=2025)
    assert [(r.value, r.kind, r.year) for r in recs if r.unit == "%"] == [(90, "target", 2025), (50, "target", 2025)]


@pytest.mark.parametrize("text", [
    "Tiếp theo, Quảng Ninh, Bắc Giang, Lào Cai giữ vị trí thứ 4, 8, 9 với giá trị sát nhau.",
    "Quảng Ninh, Bắc Giang và Lào Cai lần lượt xếp thứ 4, 8 và 9.",
])
def test_places_and_their_ranks_in_the_same_order(text: str) -> None:
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [4, 8, 9]
    for r, place in zip(recs, ("Quảng Ninh", "Bắc Giang", "Lào Cai")):
        assert r.indicator.startswith(place) and "thứ" in r.indicator  # its own place, the ranking words
        assert sum(p in r.indicator for p in ("Quảng Ninh", "Bắc Giang", "Lào Cai")) == 1


def test_the_size_of_a_list_of_named_places_is_no_quantity() -> None:
    recs = read("Sơn La, Lai Châu và Điện Biên là 3 địa phương có tỷ lệ thấp nhất, dưới 20%.", plan_year=None)
    assert [r.value for r in recs] == [20]
    assert [r.value for r in read("Năm nay tỉnh có 3 địa phương đạt chuẩn nông thôn mới.", plan_year=None)] == [3]


def test_a_plans_later_horizon_holds_for_the_rest_of_its_paragraph() -> None:
    recs = read("Đến năm 2030 tỷ trọng: kinh tế số đạt 25% GRDP. Tỷ lệ: doanh nghiệp dùng hợp đồng điện tử đạt 100%.\n"
                "Tỷ lệ hộ gia đình có cáp quang đạt 95%.", plan_year=2025)
    assert [(r.value, r.year) for r in recs] == [(25, 2030), (100, 2030), (95, 2025)]
    # a bracketed later aim does not carry: "(đến năm 2030 đạt 100%)"
    recs = read("Tỷ lệ X đạt 80% (đến năm 2030 đạt 100%); tỷ lệ Y đạt hơn 60%.", plan_year=2025)
    assert [(r.value, r.year) for r in recs] == [(80, 2025), (100, 2030), (60, 2025)]


def test_changes_of_an_index_in_points_are_no_levels() -> None:
    recs = read("So với tuần trước, điểm số của tỉnh tăng nhẹ 0,12 điểm, mức tăng thấp hơn tuần trước (0,30 điểm). "
                "Lạng Sơn đạt 90,5 điểm (kém 0,45 điểm); chỉ số số hóa hồ sơ giảm 0,05 điểm.", plan_year=None)
    assert [r.value for r in recs] == [90.5]


def test_a_colon_closed_target_lead_holds_to_the_end_of_its_paragraph() -> None:
    text = ("date 2024-04\nĐối với các mục tiêu, chỉ tiêu chủ yếu về cung cấp dịch vụ công: 60% dịch vụ công trực "
            "tuyến được thiết kế lại. 30% người dân dùng định danh điện tử khi nộp hồ sơ.\n"
            "Tính đến tháng 3, tỷ lệ hồ sơ trực tuyến đạt 45%.")
    recs = read(text, plan_year=2024)
    assert [(r.value, r.kind) for r in recs] == [(60, "target"), (30, "target"), (45, "result")]
    assert [r.pillar for r in recs[:2]] == ["digital_government", "digital_government"]  # "về cung cấp dịch vụ công"


def test_a_labelled_rank_out_of_the_provinces_is_a_rank_and_a_result() -> None:
    text = ("KẾ HOẠCH nâng cao chỉ số chuyển đổi số năm 2024\n"
            "Năm 2023, tỉnh xếp vị trí 35/63. Xếp hạng chính quyền số: 28/63 tỉnh, thành phố; "
            "xếp hạng kinh tế số: 40/63 tỉnh, thành phố.")
    recs = read(text, plan_year=2024)
    assert [(r.value, r.unit, r.kind, r.op) for r in recs] == [
        (35, "rank", "result", "="), (28, "rank", "result", "="), (40, "rank", "result", "=")]


def test_a_title_with_a_figure_still_names_its_pillar() -> None:
    text = ("Lạng Sơn vươn lên vị trí số 3 xếp hạng dịch vụ công trực tuyến\n"
            "Trong tháng, tỷ lệ hồ sơ được số hóa đạt 92%.")
    assert [r.pillar for r in read(text, plan_year=None) if r.unit == "%"] == ["digital_government"]
    assert read("Tỷ lệ hồ sơ trực tuyến đạt 92% trong tháng 5\nTỷ lệ thanh toán số đạt 40%.",
                plan_year=None)[1].pillar is None  # a first line with a share is no title


def test_a_pillar_topic_with_its_place_as_the_subject_of_progress() -> None:
    recs = read("Hạ tầng viễn thông của Lào Cai phát triển mạnh mẽ với 100% xã được phủ sóng di động.",
                plan_year=None)
    assert [r.pillar for r in recs] == ["digital_infrastructure"]


def test_a_results_lead_keeps_its_list_results_whatever_deadline_it_names() -> None:
    recs = read("Kết quả, đến nay có 8/15 mục tiêu đến năm 2025 đạt và vượt gồm: 100% hồ sơ công việc được xử lý "
                "trên môi trường mạng; 95% cơ quan dùng chữ ký số.", plan_year=None)
    assert [(r.value, r.kind) for r in recs if r.unit == "%"] == [(100, "result"), (95, "result")]


def test_hướng_tới_a_figure_is_an_aim() -> None:
    recs = read("Thành phố bứt phá chuyển đổi số, hướng tới kinh tế số chiếm 35% GRDP vào năm 2030.", plan_year=None)
    assert [(r.kind, r.op, r.year) for r in recs] == [("target", ">=", 2030)]


@pytest.mark.parametrize("text, value", [
    ("Đáng chú ý, gần 25.300 học viên đã hoàn thành khóa học trực tuyến.", 25300),
    ("Tỉnh có hơn 800 tình nguyện viên hỗ trợ người dân.", 800),
    ("Tổ chức ít nhất 01 diễn đàn trao đổi thông tin.", 1),
    ("Toàn tỉnh có 1.240 danh mục thủ tục được số hóa.", 1240),
])
def test_a_led_number_before_an_unlisted_noun_counts_it(text: str, value: float) -> None:
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(value, "count")]


def test_structure_words_and_small_bare_numbers_count_nothing() -> None:
    assert read("Chuyển đổi số được thực hiện trên 3 trụ cột chính.", plan_year=None) == []
    assert read("Tuần lễ có 8 phiên thảo luận chuyên đề.", plan_year=None) == []
    assert read("Đề án có 4 hợp phần chính.", plan_year=None) == []  # "có" and a small number


def test_a_paragraphs_opening_sentence_with_figures_names_its_pillar_under_no_heading() -> None:
    recs = read("date 2022-12\nTrong năm 2022, Trung tâm giám sát an toàn, an ninh mạng của tỉnh có 3.210 cảnh báo thấp, "
                "15 cảnh báo cao.\n\nTỉnh có 120 trạm thu phát sóng mới.", plan_year=2022)
    assert [(r.value, r.pillar) for r in recs] == [(3210, "information_security"), (15, "information_security"),
                                                   (120, None)]
    # under a heading, the heading decides: an item naming another pillar's words does not
    heading = read("* Về kinh tế số\n- Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 40%.")
    assert [r.pillar for r in heading] == ["digital_economy"]


def test_a_class_grade_is_no_rank() -> None:
    recs = read("Toàn tỉnh có 40 chợ, trong đó 6 chợ hạng 1 và 12 chợ hạng 2 đã triển khai thanh toán số.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(40, "count"), (6, "count"), (12, "count")]
    assert [r.unit for r in read("Tỉnh xếp hạng 12 cả nước.", plan_year=None)] == ["rank"]


def test_an_undated_list_of_aims_states_targets_even_in_items_without_a_cue() -> None:
    text = ("1. Mạng di động\n- Tỷ lệ thôn được phủ sóng băng rộng di động: 100%.\n"
            "- Số thuê bao băng rộng di động/100 dân: 85%.\n"
            "2. Dữ liệu\n- Phấn đấu mỗi người dân có 01 tài khoản lưu trữ trực tuyến.\n")
    assert [(r.kind, r.op) for r in read(text, plan_year=None)] == [("target", ">=")] * 3
    # a dated page (news) or a word of what was reached keeps them results
    assert {r.kind for r in read("date 2025-06\n" + text, plan_year=None)} >= {"result"}
    assert read(text + "Đến nay đã có 20 thôn có sóng 5G.", plan_year=None)[0].kind == "result"


@pytest.mark.parametrize("lead", ["Mục tiêu cơ bản phát triển kinh tế số đến năm 2025:",
                                  "Chỉ tiêu chủ yếu về kinh tế số:", "Mục tiêu tổng quát phát triển kinh tế số:"])
def test_a_qualified_aims_lead_names_the_pillar_of_its_list(lead: str) -> None:
    text = f"{lead}\n\n- Tỷ trọng kinh tế số đạt 20% GRDP.\n\n- Tỷ lệ doanh nghiệp dùng hợp đồng điện tử đạt 80%.\n"
    assert [r.pillar for r in read(text)] == ["digital_economy"] * 2


def test_the_lowest_and_highest_of_a_list_are_of_what_the_value_before_measured() -> None:
    text = ("Tốc độ tăng giá trị tăng thêm của kinh tế số bình quân giai đoạn 2021 - 2025 đạt 10,4%, "
            "trong đó năm 2022 đạt mức thấp nhất là 5,2%; năm 2024 cao nhất là 13,9%.")
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [10.4, 5.2, 13.9]
    assert all(r.indicator.startswith("Tốc độ tăng giá trị tăng thêm của kinh tế số") for r in recs)
    assert [r.year for r in recs][1:] == [2022, 2024]


@pytest.mark.parametrize("text", ["Bình quân giai đoạn 2021 - 2025, giá trị tăng thêm của kinh tế số tăng 9,1%.",
                                  "Ngành công nghệ thông tin tăng trưởng bình quân hơn 18%/năm."])
def test_an_average_growth_over_a_period_is_a_rate_not_a_change(text: str) -> None:
    assert len(read(text, plan_year=None)) == 1
    assert read("Doanh thu tăng 12% so với năm 2023.", plan_year=None) == []  # a change against a year


def test_a_press_tag_does_not_hide_the_pillar_the_lead_names() -> None:
    text = ("(TBTCO) - Kinh tế số tiếp tục khẳng định vai trò động lực tăng trưởng, "
            "với tỷ trọng trong GDP ước đạt 13,5%.")
    recs = read(text, plan_year=None)
    assert [(r.value, r.pillar) for r in recs] == [(13.5, "digital_economy")]
    assert "TBTCO" not in recs[0].indicator


def test_theo_do_opens_no_wording_with_or_without_its_comma() -> None:
    for lead in ("Theo đó hồ sơ", "Theo đó, hồ sơ"):
        recs = read(f"{lead} công việc được xử lý trên môi trường mạng đạt 90%.")
        assert [r.indicator for r in recs] == ["hồ sơ công việc được xử lý trên môi trường mạng"]


def test_the_dti_components_name_their_own_places_in_a_list() -> None:
    text = ("Các kết quả cụ thể như: Thể chế số xếp hạng 9/63, nhận thức số 21/63, hạ tầng số 40/63. "
            "Ba trụ cột có sự thay đổi xếp hạng: Chính quyền số 30/63 (tăng 5 bậc so với năm 2020), "
            "kinh tế số 22/63 (giảm 2 bậc so với năm 2020).")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [
        (9, "rank", "Thể chế số xếp hạng"), (21, "rank", "nhận thức số"), (40, "rank", "hạ tầng số"),
        (30, "rank", "Chính quyền số"), (22, "rank", "kinh tế số")]


def test_a_measure_named_lead_still_shares_its_words_with_sub_groups() -> None:
    recs = read("Tỷ lệ học sinh được học kỹ năng số: cấp THPT 100%, cấp THCS 90%.")
    assert [r.indicator for r in recs] == ["Tỷ lệ học sinh được học kỹ năng số"] * 2


def test_a_heading_with_a_verb_and_a_plural_names_its_topics_pillar() -> None:
    text = ("Hoàn thiện các trung tâm điều hành thông minh cấp huyện\n"
            "Tổng số camera kết nối về trung tâm là 1.250 camera.\n")
    assert [r.pillar for r in read(text, plan_year=None)] == ["smart_city"]
    # a sentence that opens with "Các" + a topic is no heading
    text = ("Chuyển đổi số, xây dựng thành phố thông minh\n\n"
            "Các hạ tầng thông tin quan trọng được kết nối đến 100% cơ quan nhà nước.\n")
    assert [r.pillar for r in read(text, plan_year=None)] == ["smart_city"]


def test_a_count_after_a_dated_frame_is_named_by_its_own_clause() -> None:
    recs = read("Thống kê lũy kế từ ngày 1-1 đến 14-11-2024, tổng số dịch vụ công trực tuyến của tỉnh là "
                "1.500/1.800, gồm: 900 dịch vụ toàn trình.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(1500, "count"), (900, "count")]


def test_a_bracket_steps_before_the_texts_own_year_are_results_though_a_later_one_is_aimed_at() -> None:
    text = ("Kế hoạch chuyển đổi số năm 2023\nTỷ lệ thanh toán trực tuyến đạt 40% (năm 2022 đạt 25%, năm 2024 "
            "phấn đấu 45%).\n")
    assert [(r.kind, r.value, r.year) for r in read(text, plan_year=2023)] == [
        ("target", 40, 2023), ("result", 25, 2022), ("target", 45, 2024)]


def test_a_yearly_schedule_in_brackets_is_aims_each_year_the_first_too() -> None:
    text = ("Mục tiêu cụ thể: giai đoạn 2024-2026, tỷ lệ thư viện cấp xã có tài nguyên số đạt từ 40-90% (trong đó, "
            "năm 2024 là 40%, năm 2025 là 65% và năm 2026 là 90%).")
    recs = read(text, plan_year=None)
    assert [(r.kind, r.value, r.year) for r in recs[1:]] == [("target", 40, 2024), ("target", 65, 2025),
                                                             ("target", 90, 2026)]
    # a bracket of years before the aim's tells what they reached, as before
    recs = read("Phấn đấu đến năm 2026, tỷ lệ thư viện cấp xã có tài nguyên số đạt 90% (năm 2023 đạt 35%).",
                plan_year=2025)
    assert [(r.kind, r.value, r.year) for r in recs] == [("target", 90, 2026), ("result", 35, 2023)]


def test_an_abbreviation_in_brackets_stays_in_the_wording_and_other_asides_go() -> None:
    recs = read("Đã cung cấp 1.300 thủ tục hành chính (TTHC) thành dịch vụ công trực tuyến (trong đó có 40 dịch vụ mới).",
                plan_year=None)
    assert recs[0].indicator == "Đã cung cấp thủ tục hành chính (TTHC) thành dịch vụ công trực tuyến"


def test_a_description_in_brackets_says_what_is_counted_and_stays() -> None:
    recs = read("Toàn tỉnh có 640 trạm 2G (thoại và tin nhắn), 905 trạm 4G (thoại, tin nhắn, truy nhập internet "
                "tốc độ cao) và 12 trạm 5G (Viettel).", plan_year=None)
    assert [r.indicator for r in recs] == ["trạm 2G (thoại và tin nhắn)",
                                           "trạm 4G (thoại, tin nhắn, truy nhập internet tốc độ cao)", "trạm 5G"]
    # (a name in brackets goes, whatever its first capital: "(Ủy ban nhân dân tỉnh cấp)")
    named = read("Năm 2024 có 120 doanh nghiệp (Ủy ban nhân dân tỉnh cấp phép) tham gia.", plan_year=None)
    assert "Ủy ban" not in named[0].indicator
    rate = read("Năm 2025, tỷ lệ hộ gia đình có truy nhập Internet (kể cả cáp quang và di động) đạt 88%.", plan_year=None)
    assert rate[0].indicator == "tỷ lệ hộ gia đình có truy nhập Internet (kể cả cáp quang và di động)"
    # (not the condition a value holds under: "đạt 100% (đối với các thủ tục đủ điều kiện)")
    held = read("Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 100% (đối với các thủ tục đủ điều kiện).", plan_year=None)
    assert held[0].indicator == "Tỷ lệ dịch vụ công trực tuyến toàn trình"


def test_a_value_after_a_bracket_is_of_what_stood_before_the_bracket() -> None:
    text = ("Tỉnh đã cung cấp 1.300 thủ tục hành chính thành dịch vụ công trực tuyến (số dịch vụ mức độ 3 là "
            "200 dịch vụ, số dịch vụ mức độ 4 là 1.100 dịch vụ) đạt 100%.")
    recs = read(text, plan_year=None)
    assert recs[-1].value == 100 and recs[-1].indicator == recs[0].indicator


def test_a_rank_in_a_named_index_keeps_its_own_words_and_no_scope() -> None:
    recs = read("Tỉnh dẫn đầu ở chỉ số Thể chế số; đứng thứ 2 chỉ số Hoạt động xã hội số; "
                "xếp thứ 3 ở chỉ số Hoạt động chính quyền số.", plan_year=None)
    assert [(r.value, r.indicator, r.scope) for r in recs] == [
        (2, "chỉ số Hoạt động xã hội số", None), (3, "ở chỉ số Hoạt động chính quyền số", None)]


def test_a_component_score_after_its_name_is_read() -> None:
    recs = read("Chính quyền số 0,7804, xếp hạng 4; Xã hội số 0,6864 điểm, xếp hạng 2.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(0.7804, "other"), (4, "rank"), (0.6864, "other"), (2, "rank")]


def test_a_headline_with_a_share_is_the_texts_title() -> None:
    text = ("Thành phố hướng tới mục tiêu kinh tế số chiếm 30% GRDP trong năm 2025\n"
            "Ngoài ra, thành phố hướng tới 80% dân số trưởng thành có tài khoản thanh toán điện tử.\n")
    assert {r.pillar for r in read(text, plan_year=None)} == {"digital_economy"}
    # one share a headline aims at, its verb said
    text = ("Hà Giang: Phấn đấu tỷ lệ dịch vụ công trực tuyến năm 2025 đạt 75% trở lên\n"
            "Năm nay, tỉnh có 120 điểm phục vụ một cửa.\n")
    assert read(text, plan_year=None)[-1].pillar == "digital_government"
    # a first line that reports shares like a sentence is no title
    text = "Tỷ lệ hồ sơ trực tuyến đạt 95%, kinh tế số chiếm 12% GRDP\nNăm nay có 40 xã đạt chuẩn.\n"
    assert read(text, plan_year=None)[-1].pillar is None


def test_a_level_split_whose_items_name_offices_keeps_the_first_items_measure() -> None:
    text = ("Dịch vụ công trực tuyến phát sinh hồ sơ ở cấp tỉnh đạt 98,1%; "
            "bộ phận một cửa cấp huyện đạt 95,2%; bộ phận một cửa cấp xã đạt 97,4%.")
    recs = read(text, plan_year=None)
    assert [(r.indicator, r.scope) for r in recs] == [
        ("Dịch vụ công trực tuyến phát sinh hồ sơ", "cấp tỉnh"),
        ("Dịch vụ công trực tuyến phát sinh hồ sơ", "bộ phận một cửa cấp huyện"),
        ("Dịch vụ công trực tuyến phát sinh hồ sơ", "bộ phận một cửa cấp xã")]
    # an item that names its own measure is a new one
    recs = read("Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh đạt 90%; tỷ lệ thanh toán trực tuyến cấp huyện đạt 50%.",
                plan_year=None)
    assert recs[1].indicator.startswith("tỷ lệ thanh toán trực tuyến")


def test_levels_of_one_object_share_the_predicate_written_after_the_last() -> None:
    recs = read("Năm 2022, 100% đơn vị cấp sở, cấp huyện và 97% đơn vị cấp xã đã bố trí cán bộ chuyên trách.",
                plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [(100, "cấp sở"), (100, "cấp huyện"), (97, "cấp xã")]
    assert all(r.indicator.endswith("đã bố trí cán bộ chuyên trách") for r in recs)


def test_chiem_ti_le_is_of_what_the_value_before_counted() -> None:
    recs = read("Thành phố đã tích hợp 1.100 dịch vụ công trực tuyến lên Cổng dịch vụ công quốc gia, chiếm tỉ lệ 82%.",
                plan_year=None)
    assert recs[1].value == 82 and "dịch vụ công trực tuyến" in recs[1].indicator


@pytest.mark.parametrize("lead", [
    "Tỷ lệ hồ sơ công việc tại cấp tỉnh, cấp huyện, cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật):",
    "Rà soát để 100% hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã được xử lý trên môi trường mạng:",
])
def test_a_split_after_a_colon_takes_the_measure_the_lead_stated(lead: str) -> None:
    text = f"{lead} 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã."
    split = [r for r in read(text) if r.scope]
    assert [r.scope for r in split] == ["cấp tỉnh", "cấp huyện", "cấp xã"]
    assert all(r.indicator.endswith("hồ sơ công việc được xử lý trên môi trường mạng") for r in split)


def test_a_line_broken_after_xep_thu_keeps_its_rank() -> None:
    recs = read("Kinh tế số đạt 0,6062, xếp thứ\n45/63, giảm 26 bậc.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(0.6062, "other"), (45, "rank")]


def test_a_count_with_its_share_in_brackets_keeps_what_the_things_did() -> None:
    recs = read("Đến nay 288/289 thôn (99,6%) đã có hạ tầng cáp quang.", plan_year=None)
    assert recs[0].value == 288 and recs[0].indicator == "thôn đã có hạ tầng cáp quang"


def test_a_rate_restating_a_count_takes_its_words_and_a_month_is_no_wording() -> None:
    recs = read("Thuê bao băng rộng cố định đạt 22,3 triệu thuê bao (tương ứng với tỷ lệ 22,4 thuê bao/100 dân). "
                "Mục tiêu đến tháng 12/2023 đạt 25 thuê bao/100 dân.", plan_year=None)
    assert [r.value for r in recs] == [22.3e6, 22.4, 25]
    assert all("băng rộng cố định" in r.indicator for r in recs)


def test_news_aims_go_on_into_paragraphs_that_say_nothing_of_their_own() -> None:
    text = ("date 2025-01\nKế hoạch hành động đặt mục tiêu phấn đấu tỷ trọng kinh tế số trong GDP trên 16%.\n\n"
            "100% bộ, ngành, địa phương ban hành kế hoạch phát triển kinh tế số.\n\n"
            "Năm 2024, tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 98%.\n")
    assert [r.kind for r in read(text, plan_year=2025)] == ["target", "target", "result"]


def test_who_says_it_does_not_hide_the_field_a_sentence_names() -> None:
    text = ("Theo Bộ Thông tin và Truyền thông, về lĩnh vực an toàn thông tin mạng, năm 2023 đã xử lý "
            "12.000 cuộc tấn công mạng.\n\n65% hệ thống đã được phê duyệt cấp độ.\n")
    assert {r.pillar for r in read(text, plan_year=None)} == {"information_security"}


@pytest.mark.parametrize("text", [
    "Vùng Đông Nam Bộ đạt 89,44%, cao hơn 1,99% so với năm 2023.",
    "Lai Châu có mức tăng thấp nhất 0,19%.",
    "Tỉnh là nơi giảm nhiều nhất 2,94%.",
    # (and at the place that made it, and the least of them; a difference "from" one size to another)
    "Năm 2024, tăng cao nhất là Quảng Trị (5,12%), tăng thấp nhất là Kon Tum (0,34%).",
    "Năm 2024, tỉnh giảm ít nhất là 0,15%.",
    "Năm 2023, tỷ lệ người dân thành thị dùng internet cao hơn từ 8%-12% so với nông thôn.",
])
def test_the_size_of_a_change_is_no_level(text: str) -> None:
    assert [r.value for r in read(text, plan_year=None)] in ([89.44], [])


def test_two_counts_joined_by_va_share_what_the_second_did() -> None:
    recs = read("Đến nay có 510 doanh nghiệp và 2.800 sản phẩm tham gia giao dịch trên sàn thương mại điện tử.",
                plan_year=None)
    assert [r.indicator for r in recs] == ["doanh nghiệp tham gia giao dịch trên sàn thương mại điện tử",
                                           "sản phẩm tham gia giao dịch trên sàn thương mại điện tử"]


def test_two_shares_joined_by_va_share_what_the_second_did() -> None:
    recs = read("Hơn 85,5% dân số trưởng thành và 100% hộ gia đình có điện thoại thông minh.", plan_year=None)
    assert [r.indicator for r in recs] == ["dân số trưởng thành có điện thoại thông minh",
                                           "hộ gia đình có điện thoại thông minh"]
    # each object a pair of nouns: "trường học, cơ sở giáo dục và ... bệnh viện, cơ sở y tế"
    pair = read("Năm 2024, 60% trường học, cơ sở giáo dục và 40% bệnh viện, phòng khám sử dụng nền tảng số.")
    assert [r.indicator for r in pair] == ["trường học, cơ sở giáo dục sử dụng nền tảng số",
                                           "bệnh viện, phòng khám sử dụng nền tảng số"]
    # a list of three, commas then "và": all did what the last did
    markets = read("Toàn tỉnh có 12 chợ dân sinh, 20 chợ đầu mối và 31 chợ nông thôn đã áp dụng thanh toán số.", plan_year=None)
    assert [r.indicator for r in markets] == ["chợ dân sinh đã áp dụng thanh toán số", "chợ đầu mối đã áp dụng thanh toán số",
                                              "chợ nông thôn đã áp dụng thanh toán số"]


def test_plain_sentences_after_what_was_reached_go_on_reporting_it_in_their_paragraph() -> None:
    # a plan's year named elsewhere makes aims the default; a paragraph that opens on what
    # was reached goes on reporting it until a sentence of its own says otherwise
    text = ("Tỉnh đã ban hành kế hoạch chuyển đổi số năm 2025.\n"
            "Tính đến tháng 6/2024, tỉnh đã lắp đặt 2.400 trạm BTS. Cáp quang băng rộng đến 95% thôn. "
            "Phấn đấu năm 2025 có 100% thôn có cáp quang. 90% hộ gia đình có Internet.\n"
            "Tỷ lệ hồ sơ trực tuyến đạt 80%.\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=2025)] == [
        (2400, "result"), (95, "result"), (100, "target"), (90, "target"), (80, "target")]


def test_a_lead_in_naming_one_pillar_with_its_aims_opens_the_list_after_its_colon() -> None:
    text = ("Hội nghị phổ biến kế hoạch năm 2026 của phường. Trước hết là phát triển chính quyền số, "
            "với những chỉ tiêu như: 95% hồ sơ công việc được xử lý trên môi trường mạng; "
            "80% thủ tục hành chính giải quyết trực tuyến toàn trình. Phường cũng đặt mục tiêu phát triển "
            "xã hội số, trong đó chú trọng: 70% người dân có tài khoản định danh điện tử mức 2.\n")
    assert [r.pillar for r in read(text, plan_year=2026)] == [
        "digital_government", "digital_government", "digital_society"]


def test_a_pillar_heading_decides_for_paragraphs_that_mention_another_pillar() -> None:
    text = ("Xã hội số lan tỏa tới từng thôn\n\n"
            "Hạ tầng viễn thông đi trước một bước\n\n"
            "Việc nâng cấp mạng lưới tạo điều kiện để phát triển xã hội số. Toàn tỉnh có 4.100 trạm BTS, "
            "phủ sóng 4G 99% dân số.\n")
    assert {r.pillar for r in read(text, plan_year=None)} == {"digital_infrastructure"}


def test_a_count_before_a_bracketed_share_takes_what_its_things_did_after_the_bracket() -> None:
    recs = read("Toàn huyện có 212/230 thôn, bản, tổ dân phố (chiếm 92,2%) được phủ sóng di động 4G.", plan_year=None)
    assert [(r.value, r.indicator.endswith("được phủ sóng di động 4G")) for r in recs] == [(212, True), (92.2, True)]
    assert recs[0].indicator.count("được phủ sóng") == 1


def test_a_count_of_places_whose_names_its_colon_lists_is_the_lists_size() -> None:
    text = ("Theo DTI năm 2022, 3 địa phương dẫn đầu về nhận thức số: Đà Nẵng, Lạng Sơn và Yên Bái; "
            "tỉnh có 120 tổ công nghệ số.")
    assert [r.value for r in read(text, plan_year=None)] == [120]


def test_a_share_that_bounds_the_band_places_are_counted_in_is_no_value() -> None:
    text = ("Theo nhóm tỷ lệ, có 6 địa phương trên 30%; 21 địa phương từ 15- 30%; có 3 địa phương dưới 5%. "
            "Đã có 12 tỉnh, thành phố phủ xanh hơn 60% số xã.\n")
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [
        (6, "count"), (21, "count"), (3, "count"), (12, "count"), (60, "%")]


def test_pillar_abbreviations_name_their_pillar() -> None:
    text = ("Kế hoạch đề ra 3 mục tiêu cụ thể về phát triển KTS (tỷ trọng KTS đạt 15% GRDP; "
            "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%).\n")
    assert {r.pillar for r in read(text, plan_year=2025)} == {"digital_economy"}


def test_how_much_an_index_grew_is_a_change_not_a_level() -> None:
    text = ("Chỉ số Chính quyền số có giá trị 0,7015, tăng trưởng 9,4%; chỉ số DTI của tỉnh có giá trị 0,6620, "
            "tăng trưởng giá trị 12,3% so với DTI 2023.")
    assert [r.value for r in read(text, plan_year=None)] == [0.7015, 0.662]
    # a growth rate stated as the result itself stays
    assert [r.value for r in read("Năm 2024, kinh tế số của tỉnh đạt tốc độ tăng trưởng 18%.", plan_year=None)] == [18]


def test_the_points_an_index_allots_are_no_scores() -> None:
    text = ("Bộ chỉ số gồm 9 chỉ số chia thành 3 trụ cột: Chính quyền số (400 điểm), Kinh tế số (300 điểm) và "
            "Xã hội số (300 điểm). Năm 2024, tỉnh đạt 712,5 điểm.")
    assert [r.value for r in read(text, plan_year=None)] == [712.5]
    # nor the scale the scores are on
    scale = ("Thang điểm đánh giá đối với bộ chỉ số chuyển đổi số cấp sở, ban, ngành là 1.000 điểm. Năm 2024, "
             "đứng đầu là Sở Y tế (902,15 điểm). Chỉ số PAPI của tỉnh đạt 45,12 điểm (trên tổng điểm là 80).")
    assert [r.value for r in read(scale, plan_year=None)] == [902.15, 45.12]
    # (a score reached on a scale named before it is a score)
    on_scale = "Năm 2023, theo thang điểm đánh giá mới, tỉnh đạt 85 điểm, xếp thứ 2."
    assert [r.value for r in read(on_scale, plan_year=None)] == [85, 2]


def test_prose_joined_to_page_furniture_by_one_bar_is_no_table_row() -> None:
    text = ("12/05/2024 | lượt xem: 40 Kết quả triển khai chuyển đổi số của tỉnh trong năm qua cho thấy nhiều chuyển "
            "biến tích cực trên cả ba trụ cột chính quyền số, kinh tế số và xã hội số, với sự vào cuộc của cả hệ "
            "thống chính trị. Đến nay, mạng truyền số liệu chuyên dùng đã kết nối đến 100% xã; 98% thôn có sóng 4G.")
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [100, 98]
    assert not any("2024" in r.indicator or "lượt xem" in r.indicator for r in recs)


def test_a_level_split_whose_heads_differ_only_in_little_words_is_still_a_split() -> None:
    text = ("Phấn đấu 95% hồ sơ công việc của các cơ quan cấp tỉnh, 85% hồ sơ công việc của các cơ quan cấp huyện "
            "và 65% hồ sơ công việc cơ quan cấp xã được xử lý trên môi trường mạng.")
    recs = read(text, plan_year=2026)
    assert [(r.value, r.scope) for r in recs] == [(95, "cấp tỉnh"), (85, "cấp huyện"), (65, "cấp xã")]
    assert all(r.indicator.endswith("được xử lý trên môi trường mạng") for r in recs)


def test_a_components_weight_in_its_index_is_no_value() -> None:
    text = ("Chỉ số gồm: chỉ số hạ tầng (chiếm 30%); chỉ số giao dịch trực tuyến (chiếm 70%). "
            "Năm 2024, chỉ số của tỉnh đạt 61,2 điểm.")
    assert [r.value for r in read(text, plan_year=None)] == [61.2]


@pytest.mark.parametrize("text, wording", [
    ("Theo đánh giá của Ban Chỉ đạo tỉnh, từ ngày 15/12/2023 đến ngày 14/12/2024, toàn tỉnh có 14% hồ sơ "
     "giải quyết trực tuyến.", "hồ sơ giải quyết trực tuyến"),
    ("Theo số liệu từ Sở Thông tin và Truyền thông, tính đến ngày 5/12, đã phát sinh 22.800 hồ sơ trực tuyến.",
     "hồ sơ trực tuyến"),
    ("Thực hiện Đề án 06, hiện có 18 bộ, ngành hoàn thành kết nối dữ liệu dân cư.",
     "bộ, ngành hoàn thành kết nối dữ liệu dân cư"),
])
def test_who_says_it_what_is_carried_out_and_when_are_no_part_of_a_wording(text: str, wording: str) -> None:
    [r] = read(text, plan_year=None)
    assert r.indicator.endswith(wording)
    assert not any(w in r.indicator for w in ("Theo", "Thực hiện", "ngày", "Ban Chỉ đạo", "Sở", "Đề án"))


def test_a_measure_named_after_ve_stays_in_the_wording() -> None:
    recs = read("Tính đến ngày 06/8/2025, về tỷ lệ nộp hồ sơ trực tuyến, tỉnh đạt 72,35%.", plan_year=None)
    assert "tỷ lệ nộp hồ sơ trực tuyến" in recs[0].indicator


def test_the_province_as_the_place_is_no_part_of_a_wording() -> None:
    [r] = read("Trên địa bàn tỉnh hiện có 1.250 trạm BTS.", plan_year=None)
    assert r.indicator == "trạm BTS"


def test_a_count_broken_down_by_level_names_each_level_before_its_number() -> None:
    recs = read("Toàn tỉnh có 1.520 dịch vụ công trực tuyến, trong đó cấp tỉnh 980, cấp huyện là 540.",
                plan_year=None)
    assert [(r.value, r.unit, r.scope, r.indicator) for r in recs] == [
        (1520, "count", None, "dịch vụ công trực tuyến"),
        (980, "count", "cấp tỉnh", "dịch vụ công trực tuyến"),
        (540, "count", "cấp huyện", "dịch vụ công trực tuyến"),
    ]


@pytest.mark.parametrize("lead", ["Hiện toàn tỉnh có", "Hiện nay, toàn tỉnh có", "Toàn tỉnh hiện có", "Toàn huyện hiện có",
                                  "Toàn xã có"])
def test_now_and_the_province_as_subject_are_no_part_of_the_wording(lead: str) -> None:
    r = only(f"{lead} 1.250 trạm BTS.", plan_year=None)
    assert r.indicator == "trạm BTS"


def test_now_before_a_count_is_no_part_of_its_wording_but_modern_is() -> None:
    r = only("Hiện có 1.250 trạm BTS.", plan_year=None)
    assert r.indicator == "trạm BTS"
    r = only("Hiện đại hóa 45 trạm y tế xã.", plan_year=None)
    assert r.indicator.startswith("Hiện đại hóa")


def test_a_lead_that_strives_for_one_pillars_aims_opens_its_list() -> None:
    recs = read("Theo đó, phấn đấu đến năm 2025, hạ tầng bưu chính: 100% số xã có điểm phục vụ bưu chính; "
                "100% điểm phục vụ có kết nối Internet.", plan_year=2025)
    assert [r.pillar for r in recs] == ["digital_infrastructure", "digital_infrastructure"]


@pytest.mark.parametrize("measure", ["Tỷ trọng kinh tế số", "Tỷ lệ hồ sơ trực tuyến toàn trình"])
def test_a_measure_of_two_places_respectively_names_each_place(measure: str) -> None:
    recs = read(f"{measure} của Bắc Giang và Bắc Ninh lần lượt là 38,5% và 50,1%.", plan_year=None)
    assert [r.indicator for r in recs] == [f"{measure} của Bắc Giang", f"{measure} của Bắc Ninh"]


def test_a_share_after_a_count_is_of_what_was_counted_and_an_as_of_date_opens_no_wording() -> None:
    recs = read("Tính đến ngày 22-3, toàn tỉnh kích hoạt 604.828 tài khoản VNeID mức 2, đạt tỷ lệ 40,8%.",
                plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (604828, "kích hoạt tài khoản VNeID mức 2"), (40.8, "kích hoạt tài khoản VNeID mức 2")]
    assert only("Tính đến 23/2, toàn tỉnh có 1.250 trạm BTS.", plan_year=None).indicator == "trạm BTS"


def test_targets_met_and_exceeded_report_what_was_reached() -> None:
    text = ("Kế hoạch chuyển đổi số năm 2025\n\nCác chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, trong đó "
            "kinh tế số chiếm 21% GRDP. Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 98%.")
    assert [(r.value, r.kind) for r in read(text, plan_year=2025)] == [(21, "result"), (98, "result")]


def test_what_a_share_is_measured_against_is_no_part_of_its_wording() -> None:
    recs = read("Tỉnh phê duyệt phương án đơn giản hóa 161 thủ tục, đạt tỷ lệ 27,5% theo yêu cầu của Quyết định "
                "1085/QĐ-TTg.", plan_year=None)
    assert [r.indicator for r in recs] == ["phê duyệt phương án đơn giản hóa thủ tục"] * 2


def test_a_level_after_one_values_object_alone_is_part_of_the_object() -> None:
    # (split only when the clause's values each name their object's level, as above)
    r = only("Đến nay, 18/20 cơ quan cấp tỉnh đã kết nối mạng truyền số liệu chuyên dùng.", plan_year=None)
    assert r.scope is None and "cơ quan cấp tỉnh" in r.indicator


def test_a_share_after_what_counted_things_did_for_it_is_named_by_that_deed() -> None:
    recs = read("Đến nay, 12 phường đã hoàn thành cài đặt ứng dụng VNeID cho 100% hộ kinh doanh trên địa bàn.",
                plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (12, "phường đã hoàn thành cài đặt ứng dụng VNeID"),
        (100, "đã hoàn thành cài đặt ứng dụng VNeID cho hộ kinh doanh trên địa bàn")]


def test_citizens_are_counted_and_a_count_after_voi_with_its_own_predicate_names_itself() -> None:
    recs = read("Đã có 1.204/1.310 cơ sở y tế tiếp nhận thẻ căn cước (đạt 91,9%), với 2,4 triệu công dân dùng "
                "thẻ căn cước đi khám bệnh.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(1204, "count"), (91.9, "%"), (2_400_000, "count")]
    assert recs[2].indicator == "công dân dùng thẻ căn cước đi khám bệnh"
    # members that only take part are the team's: "với 1.014 thành viên tham gia"
    a, b = read("Có 108 xã thành lập Tổ công nghệ số cộng đồng với 1.014 thành viên tham gia.", plan_year=None)
    assert "Tổ công nghệ số" in b.indicator


@pytest.mark.parametrize("opener", ["Chiều 12/5, ", "Thời gian qua, ", "Song song với việc số hóa hồ sơ, ",
                                    "Với sự vào cuộc của cả hệ thống chính trị, ", "Như vậy, ", "Trên cơ sở đó, "])
def test_a_framing_opener_is_no_part_of_the_wording(opener: str) -> None:
    r = only(f"{opener}toàn tỉnh đã có 1.240 tổ công nghệ số cộng đồng.", plan_year=None)
    assert r.indicator == "tổ công nghệ số cộng đồng"


def test_a_results_change_in_a_count_is_not_a_level_but_a_targets_is() -> None:
    recs = read("Năm 2023, cả nước có 21 triệu thuê bao băng rộng cố định, với mức tăng 1,9 triệu thuê bao; "
                "số tài khoản thanh toán tương đương tăng 3,2 triệu tài khoản.", plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [(21_000_000, "thuê bao băng rộng cố định")]
    assert [r.value for r in read("Phấn đấu năm 2025 tăng thêm 500 doanh nghiệp số.", plan_year=2025)] == [500]


def test_an_estimate_is_no_part_of_the_wording() -> None:
    r = only("Năm 2024, tỷ trọng kinh tế số ước đạt 9,2% GRDP.", plan_year=None)
    assert r.indicator == "tỷ trọng kinh tế số GRDP"
    assert only("Doanh thu thương mại điện tử ước tính đạt 1.200 tỷ đồng.", plan_year=None).indicator \
        == "Doanh thu thương mại điện tử"


def test_lettered_headings_name_their_pillars_and_a_lettered_item_keeps_its_sections() -> None:
    recs = read("Kế hoạch chuyển đổi số năm 2026\n2. Mục tiêu cụ thể\na) Hạ tầng số\n- 85% hộ gia đình có Internet "
                "cáp quang.\nb) Chính quyền số\n- 95% hồ sơ công việc được xử lý trên môi trường mạng.\n"
                "3. Phát triển kinh tế số\na) Mục tiêu đến năm 2026\n- Tỷ trọng kinh tế số đạt 18% GRDP.", plan_year=2026)
    assert [r.pillar for r in recs] == ["digital_infrastructure", "digital_government", "digital_economy"]


def test_a_share_after_voi_with_its_own_predicate_names_itself() -> None:
    recs = read("Chính phủ đặt mục tiêu doanh số tăng 15% mỗi năm, với 40% doanh nghiệp nhỏ và vừa tham gia "
                "các sàn, đến năm 2030.", plan_year=None)
    assert recs[-1].indicator == "doanh nghiệp nhỏ và vừa tham gia các sàn"


def test_a_result_set_against_a_later_aim_stays_a_result() -> None:
    recs = read("date 2024-09\nCuối năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh đạt 21,4%, cao hơn chỉ tiêu "
                "Nghị quyết đề ra là 20% vào năm 2025.", plan_year=2024)
    assert [(r.value, r.kind) for r in recs] == [(21.4, "result"), (20, "target")]


def test_a_rate_after_a_count_and_voi_is_of_what_was_counted() -> None:
    a, b = read("Ứng dụng Sổ tay đảng viên điện tử đã kết nối 410.000 đảng viên, với tỷ lệ đăng nhập thường xuyên 65%.",
                plan_year=None)
    assert (a.unit, b.unit) == ("count", "%")
    assert b.indicator.startswith("tỷ lệ đăng nhập thường xuyên") and "đảng viên" in b.indicator


def test_where_the_first_of_a_list_was_done_the_others_were_too() -> None:
    recs = read("Trong năm, tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 52.410 hồ sơ, đã giải quyết "
                "50.120 hồ sơ, đang giải quyết 2.290 hồ sơ.", plan_year=None)
    assert [r.indicator for r in recs] == [
        "tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ",
        "tại Trung tâm Phục vụ hành chính công tỉnh đã giải quyết hồ sơ",
        "tại Trung tâm Phục vụ hành chính công tỉnh đang giải quyết hồ sơ"]


def test_a_measure_raised_later_in_its_sentence_keeps_its_wording() -> None:
    recs = read("Với mục tiêu đến năm 2025, kinh tế số đóng góp trên 20% GRDP của tỉnh và nâng lên 30% vào năm 2030, "
                "tỉnh đang đẩy mạnh thanh toán không dùng tiền mặt.", plan_year=None)
    assert [(r.value, r.year, r.indicator) for r in recs] == [
        (20, 2025, "kinh tế số đóng góp GRDP của tỉnh"), (30, 2030, "kinh tế số đóng góp GRDP của tỉnh")]


def test_a_lead_about_the_post_names_infrastructure() -> None:
    recs = read("Về lĩnh vực bưu chính, toàn tỉnh có 271 điểm phục vụ. Mật độ điện thoại đạt 140 thuê bao/100 dân.",
                plan_year=None)
    assert [r.pillar for r in recs] == ["digital_infrastructure", "digital_infrastructure"]


def test_a_result_is_not_of_the_deadline_an_aim_after_it_strives_for() -> None:
    recs = read("date 2023-09\nTỷ trọng kinh tế số của tỉnh ước đạt hơn 7% GRDP, phấn đấu đến năm 2025 đạt 20% GRDP.",
                plan_year=2023)
    assert [(r.value, r.kind, r.year) for r in recs] == [(7, "result", 2023), (20, "target", 2025)]


def test_items_named_after_a_lists_colon_take_what_its_lead_says_of_them() -> None:
    recs = read("Ứng dụng đã có 52 tiện ích, tích hợp thành công nhiều giấy tờ như: Giấy phép lái xe (18,1 triệu); "
                "Thẻ Bảo hiểm y tế (24,9 triệu).", plan_year=None)
    assert [(r.value, r.indicator) for r in recs][1:] == [
        (18_100_000, "Giấy phép lái xe tích hợp thành công nhiều giấy tờ"),
        (24_900_000, "Thẻ Bảo hiểm y tế tích hợp thành công nhiều giấy tờ")]


def test_a_paragraph_led_by_a_named_platform_is_about_digital_platforms() -> None:
    recs = read("Nền tảng định danh điện tử quốc gia - VNeID: Với hơn 60 triệu tài khoản đã được kích hoạt, "
                "ứng dụng trở thành kênh giao tiếp chính thức.", plan_year=None)
    assert [r.pillar for r in recs] == ["digital_platforms"]


def test_what_was_done_after_trong_do_is_no_group_of_the_total() -> None:
    recs = read("Tỉnh đã thu nhận gần 1,2 triệu hồ sơ cấp định danh điện tử, trong đó kích hoạt gần 800 nghìn tài khoản.",
                plan_year=None)
    assert [(r.scope, r.indicator) for r in recs] == [
        (None, "thu nhận hồ sơ cấp định danh điện tử"), (None, "kích hoạt tài khoản")]


def test_a_subjectless_share_after_trong_do_is_of_what_was_counted() -> None:
    recs = read("Năm 2025, có 2,1 triệu hồ sơ được xử lý qua cổng dịch vụ công của tỉnh, trong đó 76% thực hiện "
                "trực tuyến.", plan_year=None)
    assert recs[1].indicator == "hồ sơ được xử lý qua cổng dịch vụ công của tỉnh thực hiện trực tuyến"
    # a share with a subject of its own keeps it
    assert read("Tỉnh tiếp nhận 120.000 hồ sơ, trong đó 85% hồ sơ được giải quyết đúng hạn.",
                plan_year=None)[1].indicator == "hồ sơ được giải quyết đúng hạn"


def test_an_aim_in_brackets_beside_a_result_stays_an_aim() -> None:
    recs = read("date 2024-02\nNăm 2023, tỷ lệ hồ sơ đủ điều kiện đạt 88% (mục tiêu năm 2023 là 100%).", plan_year=2024)
    assert [(r.value, r.kind) for r in recs] == [(88, "result"), (100, "target")]


def test_who_said_it_is_no_part_of_the_wording() -> None:
    r = only("Ông Nguyễn Văn An, Phó Giám đốc Sở Khoa học và Công nghệ, cho biết, toàn tỉnh có 8.828 trạm BTS.",
             plan_year=None)
    assert r.indicator == "trạm BTS"


def test_a_share_right_after_what_counted_things_did_is_named_by_the_deed() -> None:
    recs = read("Hiện có 3 sở đã đưa 100% thủ tục hành chính lên cổng dịch vụ công.", plan_year=None)
    assert recs[1].indicator == "đã đưa thủ tục hành chính lên cổng dịch vụ công"


def test_members_after_voi_are_members_of_what_was_just_counted() -> None:
    recs = read("Toàn tỉnh đã thành lập 1.204 Tổ công nghệ số cộng đồng với 6.530 thành viên tham gia hỗ trợ người dân.",
                plan_year=None)
    assert recs[-1].value == 6530 and recs[-1].indicator.startswith("thành viên Tổ công nghệ số cộng đồng")


def test_a_period_named_in_brackets_dates_what_was_done_in_it() -> None:
    recs = read("Trong 4 năm (2021 - 2024), huyện đã mở 23 lớp bồi dưỡng kỹ năng số, phát sóng 65 phóng sự.",
                plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(23, 2024), (65, 2024)]
    # a year in an aside that names no period still dates nothing
    (r,) = read("Huyện đã mở 23 lớp bồi dưỡng (thành lập năm 2019) cho cán bộ xã.", plan_year=2023)
    assert r.year == 2022


def test_labels_in_a_row_keep_the_words_that_named_the_first() -> None:
    recs = read("Tỷ lệ hồ sơ phản ánh được các sở xử lý đúng hạn 81,4%, trễ hạn 18,6%.", plan_year=None)
    assert [r.indicator for r in recs] == ["Tỷ lệ hồ sơ phản ánh được các sở xử lý đúng hạn",
                                          "Tỷ lệ hồ sơ phản ánh được các sở xử lý trễ hạn"]
    recs = read("Người dân đánh giá việc giải quyết thủ tục (Rất hài lòng 61,2%; Hài lòng 30,5% và "
                "Chưa hài lòng 8,3%).", plan_year=None)
    assert [r.indicator for r in recs][1:] == ["Người dân đánh giá việc giải quyết thủ tục Hài lòng",
                                              "Người dân đánh giá việc giải quyết thủ tục Chưa hài lòng"]
    # whose value it is stays a scope: "của địa phương" is no label
    recs = read("Tỷ lệ thủ tục cung cấp toàn trình của các bộ, ngành đạt 17% và của địa phương là 37%.",
                plan_year=None)
    assert "của các bộ, ngành của địa phương" not in recs[1].indicator


def test_a_subject_with_and_after_a_comma_is_the_next_values() -> None:
    recs = read("Tỷ trọng kinh tế số trong khu vực dịch vụ đạt 8,1%, công nghiệp và xây dựng đạt 4,2%, "
                "nông nghiệp và thủy sản đạt 0,3%.", plan_year=None)
    # (each the share the first one names: the rate, then the field after its own comma)
    assert [r.indicator for r in recs][1:] == ["Tỷ trọng kinh tế số: công nghiệp và xây dựng",
                                               "Tỷ trọng kinh tế số: nông nghiệp và thủy sản"]


def test_mobile_generations_listed_with_a_comma_stay_in_one_wording() -> None:
    recs = read("Tỉnh có 6.500 trạm BTS phủ sóng 3G, 4G đạt 100%, phủ sóng 5G tại 40 xã.", plan_year=None)
    assert [r.value for r in recs][:2] == [6500, 100]
    assert recs[1].indicator != "4G" and "3G, 4G" in recs[1].indicator


def test_both_sizes_of_one_change_are_no_values() -> None:
    recs = read("Năm 2023, thanh toán qua mã QR đạt 150 triệu giao dịch, tăng 60% về số lượng và 45% về giá trị "
                "so với năm 2022.", plan_year=None)
    assert [r.value for r in recs] == [150_000_000]


def test_an_average_after_a_change_is_of_the_subject_before_it() -> None:
    recs = read("Năm 2024, số thuê bao băng rộng cố định tăng 6,1% so với năm 2023, đạt trung bình 24,3 trên 100 dân.",
                plan_year=None)
    assert [r.value for r in recs] == [24.3]
    assert recs[0].indicator.startswith("số thuê bao băng rộng cố định")


def test_the_whole_a_few_are_set_against_is_no_quantity() -> None:
    recs = read("Toàn tỉnh có khoảng 250 trường học, nhưng đến tháng 9 mới có 31 trường triển khai học bạ số.",
                plan_year=None)
    assert [r.value for r in recs] == [31]
    # two counts of their own stay (of digital things: the schools and hospitals a province has are
    # its make-up, no figure)
    assert [r.value for r in read("Toàn tỉnh có 250 điểm phát wifi và 31 trạm phát sóng 5G.", plan_year=None)] == [250, 31]


def test_a_programme_that_sets_out_targets_makes_the_figures_after_it_targets() -> None:
    text = ("UBND tỉnh vừa ban hành Chương trình hành động phát triển du lịch giai đoạn 2021 - 2025 và tầm nhìn "
            "đến năm 2030. Chương trình đặt ra mục tiêu đến năm 2025, tỉnh trở thành trung tâm du lịch của vùng.\n"
            "Kinh phí thực hiện chương trình là khoảng 40.000 tỷ đồng.\n"
            "Chương trình đề ra những chỉ tiêu cụ thể trong việc phát triển du lịch của tỉnh. Trong đó, đến năm 2025, "
            "tỉnh có 8 cơ sở lưu trú đạt chuẩn 5 sao.")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [
        (40_000e9, "target", 2025), (8, "target", 2025)]


def test_an_action_programme_that_sets_out_aims_by_a_horizon_dates_the_paragraphs_after_it() -> None:
    text = ("date 2025-04\nTỉnh ủy vừa ban hành chương trình hành động về phát triển khoa học và công nghệ.\n\n"
            "Chương trình hành động đã đề ra nhiều mục tiêu đến năm 2030 cho tỉnh.\n\n"
            "Chi cho nghiên cứu và phát triển đạt 1,5% GRDP.\n\n"
            "Tỷ lệ giao dịch thanh toán không dùng tiền mặt đạt trên 70%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [
        (1.5, "target", 2030), (70, "target", 2030)]


@pytest.mark.parametrize("opening", [
    "Chương trình hành động của Ban Thường vụ Tỉnh ủy đã đề ra nhiều mục tiêu đến năm 2030.",
    "Chương trình hành động số 52-CTr/TU đã đề ra các chỉ tiêu đến năm 2030.",
])
def test_an_action_programme_named_by_its_number_or_owner_that_sets_out_aims_dates_the_paragraphs_after_it(
        opening: str) -> None:
    text = ("date 2025-05\nTỉnh ủy vừa ban hành văn bản về phát triển khoa học, công nghệ và chuyển đổi số.\n\n"
            f"{opening}\n\nTỷ lệ doanh nghiệp sử dụng nền tảng số đạt trên 60%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [(60, "target", 2030)]


def test_a_named_places_part_of_a_count_keeps_the_totals_things() -> None:
    recs = read("Thành lập mới 40 tổ hợp tác sản xuất nông sản số, trong đó Đà Lạt đạt 12 tổ hợp tác.",
                plan_year=2026)
    assert [(r.value, r.indicator) for r in recs] == [
        (40, "Thành lập tổ hợp tác sản xuất nông sản số"), (12, "Đà Lạt tổ hợp tác sản xuất nông sản số")]
    # parts by level still share the total's words
    recs = read("Tiếp nhận 9.000 hồ sơ, trong đó cấp tỉnh 5.000 hồ sơ, cấp xã 4.000 hồ sơ.", plan_year=None)
    assert [r.scope for r in recs] == [None, "cấp tỉnh", "cấp xã"]


def test_an_areas_part_of_a_count_stays_a_group() -> None:
    recs = read("Tập huấn kỹ năng số cho 6.400 người, trong đó khu vực nông thôn 4.100 người, khu vực thành thị "
                "2.300 người.", plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [
        (6400, None), (4100, "khu vực nông thôn"), (2300, "khu vực thành thị")]
    # a place named is no group
    recs = read("Hỗ trợ 140 hợp tác xã lên sàn thương mại điện tử, trong đó huyện Văn Chấn 38 hợp tác xã.", plan_year=None)
    assert [r.scope for r in recs] == [None, None]


def test_a_counts_things_named_again_after_it_are_not_repeated_in_its_wording() -> None:
    recs = read("- Số hợp tác xã ứng dụng nền tảng số: 85 hợp tác xã.\n- Tổng số trạm phát sóng 5G là 420 trạm.\n",
                plan_year=2026)
    assert [r.indicator for r in recs] == ["Số hợp tác xã ứng dụng nền tảng số", "Tổng số trạm phát sóng 5G"]
    # more words after the number say more of what is counted
    recs = read("Số hợp tác xã đạt 85 hợp tác xã được hỗ trợ chuyển đổi số.", plan_year=2026)
    assert recs[0].indicator.endswith("hợp tác xã được hỗ trợ chuyển đổi số")


def test_a_bare_classifier_after_a_count_adds_nothing_to_what_was_named() -> None:
    recs = read("Trong quý II năm 2025, lượng khách tham quan đạt 512.300 lượt người (trong đó, khách quốc tế "
                "61.400 lượt, khách trong nước 450.900 lượt).", plan_year=None)
    assert [r.indicator for r in recs] == ["lượng khách tham quan", "khách quốc tế", "khách trong nước"]
    # a named body's classifier says what was counted
    recs = read("Năm 2024, Bệnh viện Đa khoa tỉnh có khoảng 7.500 lượt.", plan_year=None)
    assert recs[0].indicator.endswith("lượt")


def test_a_place_named_after_a_value_is_no_scope_but_a_group_is() -> None:
    recs = read("Năm 2024, lượng truy cập từ nước ngoài gồm 6% ở Nhật Bản và 3% ở Hàn Quốc.", plan_year=None)
    assert [r.scope for r in recs] == [None, None]
    recs = read("Năm 2024, tỷ lệ sử dụng hóa đơn điện tử đạt 70% đối với doanh nghiệp lớn, 50% đối với hộ kinh doanh.",
                plan_year=None)
    assert [r.scope for r in recs] == ["doanh nghiệp lớn", "hộ kinh doanh"]


def test_two_levels_before_a_semicolon_split_when_the_sentence_splits_by_level_after_it() -> None:
    recs = read("Phấn đấu ít nhất 95% văn bản cấp tỉnh, cấp huyện; 85% văn bản cấp xã được ký số.", plan_year=2026)
    assert [(r.value, r.scope, r.indicator) for r in recs] == [
        (95, "cấp tỉnh", "văn bản được ký số"), (95, "cấp huyện", "văn bản được ký số"),
        (85, "cấp xã", "văn bản được ký số")]
    # one value for two levels alone is no split
    recs = read("Phấn đấu 95% văn bản cấp tỉnh, cấp huyện được ký số; tỷ lệ hồ sơ trực tuyến đạt 60%.", plan_year=2026)
    assert [r.scope for r in recs] == [None, None]


def test_a_share_in_a_predicate_joined_to_the_one_before_is_named_after_it() -> None:
    recs = read("Các nền tảng được triển khai đồng bộ và có ít nhất 80% hồ sơ được số hóa.", plan_year=2026)
    assert [r.indicator for r in recs] == ["hồ sơ được số hóa"]


def test_the_same_people_by_population_group_with_the_predicate_once_at_the_end_is_a_split() -> None:
    recs = read("Đến năm 2030, 70% người dân nông thôn và 95% người dân thành thị được phổ cập kỹ năng số.", plan_year=None)
    assert [(r.scope, r.indicator) for r in recs] == [
        ("nông thôn", "người dân được phổ cập kỹ năng số"), ("thành thị", "người dân được phổ cập kỹ năng số")]
    # different people are no split
    recs = read("Đến năm 2030, 70% hộ gia đình và 95% người dân thành thị được phổ cập kỹ năng số.", plan_year=None)
    assert [r.scope for r in recs] == [None, None]


def test_crimes_solved_and_their_suspects_are_counted_and_share_their_kind() -> None:
    recs = read("Năm 2025, Công an tỉnh đã điều tra làm rõ 31 vụ, 37 đối tượng lừa đảo qua mạng; khởi tố 12 vụ, 15 bị can.",
                plan_year=None)
    assert [r.value for r in recs] == [31, 37, 12, 15]
    assert recs[0].indicator.endswith("vụ lừa đảo qua mạng")
    # a count whose next one's words are a deed is not of its kind
    recs = read("Năm 2025, huyện có 40 xã, 46 thôn đã có sóng 4G.", plan_year=None)
    assert "sóng" not in recs[0].indicator


def test_a_bare_noun_counted_after_a_count_of_its_kind_is_of_that_kind() -> None:
    recs = read("Năm 2024, Sở Tư pháp tiếp nhận 9.800 hồ sơ lý lịch tư pháp trực tuyến, trả kết quả đúng hạn 9.650 hồ sơ.",
                plan_year=None)
    assert [r.value for r in recs] == [9800, 9650]
    assert "hồ sơ lý lịch tư pháp trực tuyến" in recs[1].indicator
    recs = read("Năm 2025, Công an huyện tiếp nhận 37 vụ lừa đảo qua mạng xã hội, làm rõ 12 vụ.", plan_year=None)
    assert recs[1].indicator.endswith("vụ lừa đảo qua mạng xã hội")
    # a part told apart by what it has is not the next count's kind, nor is one past a semicolon
    recs = read("Năm 2024, toàn tỉnh có 300 người có trình độ thạc sĩ, 120 người.", plan_year=None)
    assert "thạc sĩ" not in recs[1].indicator
    recs = read("Năm 2024, huyện tiếp nhận 500 hồ sơ đất đai; giải quyết 480 hồ sơ.", plan_year=None)
    assert "đất đai" not in recs[1].indicator


def test_units_listed_after_a_colon_take_the_measure_the_lead_names_and_its_bar_is_no_quantity() -> None:
    text = ("Các đơn vị có tỷ lệ hồ sơ thanh toán trực tuyến đạt từ 50% trở lên gồm: Bộ phận một cửa của huyện đạt "
            "72,5%; xã Tân Hòa 61,2%; thị trấn Phú Lạc 55,8%.")
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [72.5, 61.2, 55.8]
    assert [r.indicator for r in recs][1:] == ["tỷ lệ hồ sơ thanh toán trực tuyến xã Tân Hòa",
                                               "tỷ lệ hồ sơ thanh toán trực tuyến thị trấn Phú Lạc"]
    # items that name measures of their own keep them, and so does the bar
    text = ("Các xã có tỷ lệ cao đạt trên 80% gồm: tỷ lệ hộ có cáp quang 85%; tỷ lệ người dân có tài khoản "
            "thanh toán 82%.")
    assert [r.value for r in read(text, plan_year=None)] == [80, 85, 82]


def test_the_aim_a_value_went_past_is_worded_as_that_values_measure() -> None:
    recs = read("Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của huyện đạt 81,2% (vượt xa so với mục tiêu đặt ra là 60%).",
                plan_year=None)
    assert [(r.kind, r.value, r.indicator) for r in recs] == [
        ("result", 81.2, "tỷ lệ hồ sơ nộp trực tuyến của huyện"),
        ("target", 60, "tỷ lệ hồ sơ nộp trực tuyến của huyện")]
    recs = read("Năm 2024, mật độ điện thoại cố định đạt 12 máy/100 dân, vượt xa mục tiêu là 4 máy/100 dân.",
                plan_year=None)
    assert recs[1].value == 4 and recs[1].indicator.startswith("mật độ điện thoại cố định")


def test_a_value_reached_past_its_aim_is_a_result_and_the_aim_in_brackets_a_target_of_its_measure() -> None:
    text = ("Hội nghị đặt mục tiêu xây dựng chính quyền số hiện đại.\n\n"
            "Theo đó, tỷ lệ hồ sơ được số hóa đạt 93,7%, vượt chỉ tiêu HĐND tỉnh giao (90%).\n")
    recs = read(text, plan_year=None)
    assert [(r.kind, r.op, r.value) for r in recs] == [("result", "=", 93.7), ("target", ">=", 90)]
    assert recs[1].indicator == "chỉ tiêu HĐND tỉnh giao tỷ lệ hồ sơ được số hóa"
    # an aim come close to as well
    recs = read("Đến tháng 5/2025, tỷ lệ người nhận trợ cấp qua tài khoản đạt 55,1%; tiệm cận mục tiêu của ngành "
                "năm 2025 (58%).", plan_year=None)
    assert [(r.kind, r.value, r.indicator) for r in recs][1] == (
        "target", 58, "mục tiêu của ngành tỷ lệ người nhận trợ cấp qua tài khoản")
    # not a ministry's name, nor aims tallied or done
    recs = read("Năm 2022, cổng thông tin của Bộ Kế hoạch và Đầu tư (1,2 triệu lượt truy cập) hoạt động ổn định.",
                plan_year=None)
    assert [r.kind for r in recs] == ["result"]


def test_plans_issued_in_full_before_what_was_done_set_no_aims() -> None:
    text = "Thành phố đã ban hành đầy đủ hệ thống kế hoạch, văn bản chỉ đạo; lắp đặt 64 điểm phát sóng wifi miễn phí."
    assert [(r.kind, r.value) for r in read(text, plan_year=None)] == [("result", 64)]


def test_a_named_places_part_of_a_whole_is_the_measure_at_that_place_no_scope() -> None:
    for text in ("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 65%, trong đó huyện Cam Lộ đạt 80%, huyện Gio Linh "
                 "đạt 70%.",
                 "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 65%, trong đó: huyện Cam Lộ 80%, huyện Gio Linh 70%."):
        recs = read(text, plan_year=None)
        assert [(r.indicator, r.scope) for r in recs[1:]] == [
            ("tỷ lệ hồ sơ trực tuyến huyện Cam Lộ", None), ("tỷ lệ hồ sơ trực tuyến huyện Gio Linh", None)]
    # a level stays a scope
    recs = read("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 65%, trong đó cấp xã 70%.", plan_year=None)
    assert [r.scope for r in recs] == [None, "cấp xã"]


def test_news_under_a_headlines_horizon_turns_to_results_once_a_sentence_says_what_was_done() -> None:
    text = ("date 2023-05-10\nPhát triển giáo dục số tỉnh Hà Giang đến năm 2025, định hướng đến năm 2030\n\n"
            "Ngành giáo dục đã đẩy mạnh ứng dụng công nghệ thông tin. 100% trường học dùng sổ điểm điện tử.\n")
    assert [(r.kind, r.op) for r in read(text, plan_year=None)] == [("result", "=")]
    # aims set out, not work done, leave the headline's aims
    text = ("date 2023-05-10\nPhát triển giáo dục số tỉnh Hà Giang đến năm 2025, định hướng đến năm 2030\n\n"
            "Sở đã đề ra các chỉ tiêu cụ thể. 100% trường học dùng sổ điểm điện tử.\n")
    assert [r.kind for r in read(text, plan_year=None)] == ["target"]


def test_a_predicate_after_the_last_item_of_a_list_is_every_items() -> None:
    recs = read("Đến năm 2025, 95% số thu phí, 100% số tiền học phí của các trường trên địa bàn được thanh toán "
                "không dùng tiền mặt.", plan_year=None)
    assert [r.value for r in recs] == [95, 100]
    assert all(r.indicator.endswith("được thanh toán không dùng tiền mặt") for r in recs)


def test_a_level_as_its_clauses_subject_scopes_every_value_of_the_clause() -> None:
    recs = read("Trong quý, cấp huyện tiếp nhận 5.100 hồ sơ, với 1.900 hồ sơ trực tuyến (đạt tỷ lệ 37,25%); "
                "cấp xã tiếp nhận 21.300 hồ sơ, với 2.800 hồ sơ trực tuyến (đạt tỷ lệ 13,15%).", plan_year=None)
    assert [r.scope for r in recs] == ["cấp huyện"] * 3 + ["cấp xã"] * 3
    # one level alone is part of its subject, no split
    (r,) = read("Năm 2023, cấp xã tiếp nhận 21.300 hồ sơ.", plan_year=None)
    assert r.scope is None


def test_a_level_after_the_sentences_opening_words_is_still_its_clauses_subject() -> None:
    # the level stands after a long opening, and the third level shares the second's semicolon clause
    recs = read("Trong năm 2023, trên Cổng dịch vụ công của tỉnh, cấp tỉnh thực hiện số hóa 41.200 hồ sơ (đạt 97,5%); "
                "cấp huyện thực hiện số hóa 88.300 hồ sơ (đạt 96,1%), cấp xã đã thực hiện số hóa 150.400 hồ sơ "
                "(đạt 92,8%).", plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [
        (41200, "cấp tỉnh"), (97.5, "cấp tỉnh"), (88300, "cấp huyện"), (96.1, "cấp huyện"),
        (150400, "cấp xã"), (92.8, "cấp xã")]


def test_levels_labelled_with_a_colon_scope_the_values_after_them() -> None:
    text = ("Kết quả cụ thể:\nVề thiết bị bổ sung: Cấp tỉnh: 15 điểm cầu; Cấp huyện: 9 điểm cầu; "
            "Cấp xã: 52 điểm cầu.\n")
    recs = read(text, plan_year=2022)
    assert [(r.value, r.scope) for r in recs] == [(15, "cấp tỉnh"), (9, "cấp huyện"), (52, "cấp xã")]
    assert all(r.indicator.startswith("thiết bị bổ sung") for r in recs)  # the lead names them, not the level


def test_the_size_of_a_group_whose_places_are_listed_with_their_scores_is_no_quantity() -> None:
    recs = read("Năm 2023, nhóm 3 địa phương dẫn đầu về chỉ số PCI là Quảng Ninh (73,02), Long An (71,46) và "
                "Hải Phòng (70,83).", plan_year=None)
    assert [r.value for r in recs] == [73.02, 71.46, 70.83]
    # places listed without values of their own: the count stays
    recs = read("Hiện tỉnh có 3 đơn vị triển khai bệnh án điện tử là Bệnh viện tỉnh, Bãi Cháy và Sản Nhi.",
                plan_year=None)
    assert [r.value for r in recs] == [3]


def test_qua_do_opening_a_sentence_is_no_part_of_the_wording() -> None:
    (r,) = read("Qua đó, số hồ sơ trực tuyến của tỉnh đạt 5.200 hồ sơ.", plan_year=None)
    assert r.indicator.startswith("số hồ sơ trực tuyến")


def test_a_verb_after_a_comma_continues_the_subject_before_it() -> None:
    (r,) = read("Quy mô kinh tế số của tỉnh ngày càng mở rộng, đạt 21,5 nghìn tỷ đồng.", plan_year=None)
    assert r.value == 21_500e9 and r.indicator.startswith("Quy mô kinh tế số của tỉnh")
    # a share of the tasks just counted is still no value
    recs = read("Năm 2024, tỉnh đã hoàn thành 45/50 nhiệm vụ chuyển đổi số, đạt 90%.", plan_year=None)
    assert recs == []


def test_a_density_after_a_count_is_of_what_was_counted() -> None:
    recs = read("Năm 2024, toàn tỉnh có 1,9 triệu thuê bao Internet, đạt mật độ 68,2 thuê bao/100 dân.", plan_year=None)
    assert recs[1].value == 68.2 and "thuê bao Internet" in recs[1].indicator


def test_carrying_out_the_aims_set_sets_no_targets() -> None:
    text = ("Thực hiện mục tiêu đề ra, UBND xã đã huy động cả hệ thống chính trị vào cuộc. Ông Chủ tịch xã cho biết: "
            "Xã thành lập và duy trì 5 nhóm Zalo chuyển đổi số tại 5 thôn.\n")
    assert {r.kind for r in read(text, plan_year=None)} == {"result"}


def test_parts_named_in_brackets_after_a_whole_are_parts_of_it() -> None:
    recs = read("Năm 2024, toàn tỉnh có 540 ha ứng dụng công nghệ cao (210 ha hoa; 190 ha rau, 140 ha cây ăn quả).",
                plan_year=None)
    assert [r.indicator for r in recs][1:] == ["hoa ứng dụng công nghệ cao", "rau ứng dụng công nghệ cao",
                                              "cây ăn quả ứng dụng công nghệ cao"]


def test_a_change_a_sentence_reports_as_a_result_ends_in_a_result_of_the_same_indicator() -> None:
    text = ("Từ năm 2019 đến năm 2021, tỉnh đã ban hành nhiều chính sách.\n\nKết quả điều tra cho thấy, tỷ lệ hộ "
            "có máy tính tăng từ 41% năm 2021 lên 47% năm 2022, cao gần gấp rưỡi so với tỷ lệ 33% năm 2017.")
    got = [(r.kind, r.value, r.year, r.indicator) for r in read(text, plan_year=None)][:2]
    assert [g[:3] for g in got] == [("result", 41, 2021), ("result", 47, 2022)]
    assert got[1][3] == got[0][3] and "máy tính" in got[1][3]


def test_a_total_after_voi_counts_the_members_of_what_was_just_counted() -> None:
    teams, members = read("Đến nay huyện đã thành lập 86 Tổ công nghệ số cộng đồng tại xã, thị trấn, với tổng số 412 "
                          "thành viên.",
                          plan_year=None)
    assert members.value == 412 and "Tổ công nghệ số cộng đồng" in members.indicator


def test_a_plans_horizon_dates_nothing_reached_after_it() -> None:
    (r,) = read("date 2024-06\nThực hiện Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030, "
                "tỉnh đã đưa 100% hồ sơ công việc cấp tỉnh lên môi trường mạng.\n", plan_year=None)
    assert r.kind == "result" and r.year not in (2025, 2030)
    # a horizon with nothing said done after it is the value's own aim
    (aim,) = read("Tỉnh xây dựng chiến lược đến năm 2025, định hướng đến năm 2030 với kinh tế số chiếm 30% GRDP.",
                  plan_year=None)
    assert aim.kind == "target" and aim.year == 2030


def test_each_pillar_after_va_names_its_own_score_and_rank() -> None:
    recs = read("Ở ba trụ cột: chính quyền số của tỉnh đạt 0,5803 điểm, xếp thứ 18; kinh tế số đạt 0,4102 điểm, "
                "xếp thứ 37 và xã hội số đạt 0,3877 điểm, xếp thứ 41.", plan_year=2024)
    assert [(r.value, r.indicator.split()[0].lower()) for r in recs[2:]] == [
        (0.4102, "kinh"), (37, "kinh"), (0.3877, "xã"), (41, "xã")]
    assert "xã hội" not in recs[3].indicator
    # a lead on the pillars names no measure: each pillar is its own
    recs = read("Theo các trụ cột: Chính quyền số xếp hạng thứ 9; Kinh tế số xếp hạng thứ 22 và Xã hội số xếp "
                "hạng thứ 14.", plan_year=2024)
    assert [r.indicator.split()[0] for r in recs] == ["Chính", "Kinh", "Xã"]


def test_va_before_a_second_predicate_keeps_the_subject() -> None:
    rank, speed = read("Tốc độ băng rộng cố định của Việt Nam xếp thứ 39 và cao hơn trung bình thế giới là 86,1 Mbps.",
                       plan_year=2024)
    assert "Tốc độ băng rộng cố định" in speed.indicator
    # (also when "và" stands inside the gap between the two values)
    rank, speed = read("Tốc độ băng rộng cố định của Việt Nam xếp thứ 39 trên thế giới và cao hơn trung bình thế giới "
                       "là 86,1 Mbps.", plan_year=2024)
    assert speed.indicator.startswith("Tốc độ băng rộng cố định")


def test_a_city_written_thanh_pho_is_a_place_in_a_list_of_ranks() -> None:
    recs = read("date 2025-05\nTrong bảng xếp hạng năm 2024, Thành phố Hồ Chí Minh xếp hạng 2 và Hải Phòng xếp hạng 3.\n",
                plan_year=2025)
    assert "Hải Phòng" in recs[-1].indicator


def test_so_voi_after_a_value_leaves_no_so_in_its_wording() -> None:
    recs = read("date 2024-01\nNăm 2023, thanh toán qua điện thoại di động đạt gần 7 tỷ giao dịch, với giá trị hơn 49 triệu "
                "tỷ đồng, so với năm 2022 tăng 50% về số lượng.\n", plan_year=2024)
    money = next(r for r in recs if r.unit == "other")
    assert not money.indicator.endswith(" so") and "giá trị" in money.indicator


def test_a_count_that_did_something_to_a_second_count_names_what_that_counts() -> None:
    recs = read("date 2022-09\nĐến nay, đã có 48 tỉnh, thành phố thành lập 41.200 Tổ công nghệ số cộng đồng.\n",
                plan_year=2022)
    assert recs[0].value == 48 and recs[0].indicator.endswith("thành lập Tổ công nghệ số cộng đồng")
    # not across a comma: "12 xã, 30 điểm wifi" are two lists' items
    recs = read("date 2022-09\nHuyện đã có 12 xã thành lập, 30 điểm wifi miễn phí.\n", plan_year=2022)
    assert "wifi" not in recs[0].indicator


def test_billions_after_a_money_subject_are_money_and_a_fall_in_money_is_a_change() -> None:
    recs = read("date 2024-05\nTổng thu từ du lịch ước đạt gần 6,4 nghìn tỷ. Các trường thu học phí trực tuyến với số "
                "tiền hơn 12 tỷ.\n", plan_year=2024)
    assert [(r.value, r.unit) for r in recs] == [(6.4e12, "other"), (12e9, "other")]
    recs = read("date 2024-05\nNăm 2023 có 4,1 triệu giao dịch tại ATM với giá trị gần 7.200 tỷ đồng, giảm 2.300 tỷ "
                "đồng.\n", plan_year=2024)
    assert [r.value for r in recs] == [4.1e6, 7.2e12]


def test_tới_before_a_value_is_no_part_of_its_wording() -> None:
    (r,) = read("date 2023-06\nNgành công nghệ thông tin - viễn thông có doanh thu tới 142 tỉ USD.\n", plan_year=2023)
    assert r.indicator.endswith("doanh thu")
    (r,) = read("date 2024-06\nHệ thống có năng lực xử lý lên tới 3.200 giao dịch/giây.\n", plan_year=2024)
    assert not r.indicator.endswith("tới")


def test_a_share_after_a_change_is_of_the_level_before_the_change() -> None:
    recs = read("date 2022-02\nSố thuê bao băng rộng cố định đạt 19,2 triệu thuê bao, tăng 15,1% so với cùng kỳ năm trước "
                "và chiếm 71% hộ gia đình.\n", plan_year=2022)
    share = next(r for r in recs if r.value == 71)
    assert share.indicator.startswith("Số thuê bao băng rộng cố định") and "tăng" not in share.indicator


def test_ranking_words_that_are_a_ranks_own_subject_stay_in_its_wording() -> None:
    recs = read("date 2025-10\nTốc độ Internet cố định tại Việt Nam tăng từ 98 lên 152 Mbps, thứ hạng từ 38 lên thứ 12.\n")
    assert [r.value for r in recs if r.unit == "rank"] == [38, 12]
    assert all("thứ hạng" in r.indicator for r in recs if r.unit == "rank")


def test_a_share_after_an_average_rise_is_of_the_level_before_it() -> None:
    recs = read("date 2022-02\nSố thuê bao băng rộng cố định đạt 19,2 triệu thuê bao, tăng bình quân 15,1% mỗi năm và "
                "chiếm 71% hộ gia đình.\n", plan_year=2022)
    share = next(r for r in recs if r.value == 71)
    assert share.indicator.startswith("Số thuê bao băng rộng cố định")


def test_a_share_of_the_budget_estimate_or_a_bare_equal_share_is_a_comparison_not_a_level() -> None:
    text = ("Thu ngân sách ước đạt 9.120 tỷ đồng, đạt 101,5% dự toán. Diện tích gieo trồng đạt 12.300 ha, "
            "bằng 98,2% so với cùng kỳ, trong đó lúa đạt 8.100 ha, bằng 97,6%; rau màu đạt 4.200 ha.")
    assert [r.value for r in read(text, plan_year=None) if r.unit == "%"] == []
    # a share of a named base is one, and so is a level stated with "bằng" and no comparison
    assert [r.value for r in read("Tỷ lệ hộ nghèo bằng 2,5%.", plan_year=None)] == [2.5]
    assert [r.value for r in read("Cả nước có 16.200 trạm 5G, bằng 15% số trạm 4G.", plan_year=None)] == [16200, 15]


def test_respective_values_of_one_heads_modifiers_each_name_the_head() -> None:
    recs = read("Tốc độ Internet di động và cố định của Việt Nam lần lượt xếp thứ 18 và 24 thế giới.", plan_year=None)
    assert [r.value for r in recs] == [18, 24]
    assert recs[1].indicator == "Tốc độ Internet cố định của Việt Nam"
    # a first item with no measure's head lends none ("Doanh thu của ngành và lợi nhuận …"), only whose
    # measure it was (references.py)
    recs = read("Doanh thu của ngành và lợi nhuận lần lượt đạt 500 tỷ đồng và 120 tỷ đồng.", plan_year=None)
    assert recs[1].indicator == "lợi nhuận của ngành"
    # bare counts listed after "lần lượt" go on counting
    recs = read("Số hộ kinh doanh và hợp tác xã bán hàng trên sàn lần lượt là 340 và 52.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(340, "count"), (52, "count")]


def test_places_listed_after_the_first_share_what_its_things_did_and_keep_their_names() -> None:
    recs = read("Trong đó, tỉnh Hà Nam mới có 21 hồ sơ được giải quyết trực tuyến, Cao Bằng 7 hồ sơ, "
                "Chợ Mới 3 hồ sơ.", plan_year=None)
    assert [r.value for r in recs] == [21, 7, 3]
    assert recs[1].indicator == "Cao Bằng hồ sơ được giải quyết trực tuyến"
    assert recs[2].indicator.startswith("Chợ Mới hồ sơ")


def test_a_date_with_its_hour_is_no_part_of_the_wording() -> None:
    recs = read("Tính đến 17 giờ ngày 20/3, toàn tỉnh đã có 9.400 người được mở tài khoản.", plan_year=None)
    assert recs[0].indicator == "người được mở tài khoản"


def test_a_value_restated_in_another_unit_names_what_the_first_did() -> None:
    recs = read("Giai đoạn sau sẽ tăng tốc: Tỉnh dự kiến đào tạo ít nhất 4% dân số mỗi năm, tức khoảng 90.000 người.",
                plan_year=2025)
    assert [r.value for r in recs] == [4, 90000]
    assert all("đào tạo" in r.indicator and "tăng tốc" not in r.indicator for r in recs)


def test_the_agency_a_figure_comes_from_is_no_part_of_its_wording() -> None:
    recs = read("Theo Sở Khoa học và Công nghệ tỉnh Kon Tum, đến nay, toàn tỉnh có 17 sở, ngành và 98 xã "
                "được cấp tài khoản trợ lý ảo.", plan_year=None)
    assert [r.indicator for r in recs] == ["sở, ngành được cấp tài khoản trợ lý ảo", "xã được cấp tài khoản trợ lý ảo"]


def test_an_amount_worth_of_the_things_counted_is_named_by_them() -> None:
    recs = read("Nhà mạng trao tặng 120 máy tính bảng trị giá 360 triệu đồng cho học sinh vùng khó khăn.",
                plan_year=None)
    assert [r.value for r in recs] == [120, 360e6]
    assert recs[0].indicator == "Nhà mạng trao tặng máy tính bảng"
    assert recs[1].indicator.startswith("Nhà mạng trao tặng máy tính bảng trị giá")


def test_places_counted_after_things_put_in_them_are_named_by_those_things() -> None:
    recs = read("Thành phố đã lắp đặt 240 camera giám sát tại 85 vị trí trên địa bàn.", plan_year=None)
    assert [r.value for r in recs] == [240, 85]
    assert recs[0].indicator == "Thành phố đã lắp đặt camera giám sát"
    assert recs[1].indicator.startswith("vị trí") and "camera giám sát" in recs[1].indicator
    # (a bracket of words naming the things does not part them from their places)
    recs = read("Thành phố đã lắp 96 trạm quan trắc (IoT) tại 24 phường.", plan_year=None)
    assert [r.value for r in recs] == [96, 24]
    assert recs[1].indicator.startswith("phường") and "trạm quan trắc" in recs[1].indicator


def test_growth_given_respectively_is_a_change() -> None:
    text = ("Giao dịch qua kênh Internet đạt 120 triệu món, tăng tương ứng 34% về số lượng; "
            "qua kênh QR code tăng tương ứng 61% về số lượng.")
    assert [r.unit for r in read(text, plan_year=None)] == ["count"]


@pytest.mark.parametrize("tail", ["", " so với năm 2024"])
def test_changes_told_in_turn_are_no_levels(tail: str) -> None:
    text = ("Năm 2025, số lượng và giá trị giao dịch thanh toán qua mã QR tăng lần lượt 35,2% và 18,7%"
            f"{tail}. Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87%.")
    assert [r.value for r in read(text, plan_year=None)] == [87]


def test_counts_that_grew_in_turn_are_no_levels() -> None:
    text = "Số doanh nghiệp và hợp tác xã tham gia sàn năm 2025 tăng lần lượt là 120 và 150 đơn vị so với năm 2024."
    assert read(text, plan_year=None) == []


def test_one_value_after_a_list_of_levels_it_reaches_is_one_record() -> None:
    text = ("Mạng hội nghị trực tuyến đã nối từ trung ương tới cấp tỉnh, cấp huyện, cấp xã với 212 điểm cầu "
            "phục vụ chỉ đạo điều hành.")
    assert [(r.value, r.scope) for r in read(text, plan_year=None)] == [(212, None)]


def test_a_count_whose_things_did_something_to_a_share_takes_the_shares_object() -> None:
    text = "Đến nay, 15 xã, phường đã hoàn thành việc đưa 100% thủ tục hành chính lên cổng dịch vụ công."
    recs = read(text, plan_year=None)
    assert [(r.value, r.indicator) for r in recs][0] == (
        15, "xã, phường đã hoàn thành việc đưa thủ tục hành chính lên cổng dịch vụ công")
    # (not when the share is the count's own: "12 xã, đạt 100%")
    assert [r.indicator for r in read("Toàn huyện có 12 xã có cáp quang, đạt 100%.", plan_year=None)][0] == "xã có cáp quang"


def test_things_of_the_places_a_second_count_counts_did_what_follows_those_places() -> None:
    text = "Đến nay, 41 trường học thuộc 6 huyện, thị xã đã được chọn triển khai học bạ số."
    recs = read(text, plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (41, "trường học đã được chọn triển khai học bạ số"), (6, "huyện, thị xã đã được chọn triển khai học bạ số")]


def test_a_value_written_before_who_has_it_is_named_by_the_clause_after_it() -> None:
    text = "Với 44,12 điểm, Quảng Trị dẫn đầu cả nước về chỉ số PAPI năm 2024, tăng 3 bậc so với năm 2023."
    assert [(r.value, r.indicator) for r in read(text, plan_year=None)] == [
        (44.12, "Quảng Trị dẫn đầu cả nước về chỉ số PAPI")]


def test_a_second_clause_after_a_comma_is_no_object_of_the_count_before_it() -> None:
    recs = read("Tỉnh đã lắp đặt 350 camera giám sát, phủ sóng 100% tuyến phố chính.", plan_year=None)
    assert [r.indicator for r in recs] == ["lắp đặt camera giám sát", "phủ sóng tuyến phố chính"]


def test_what_the_places_things_did_keeps_its_negation() -> None:
    recs = read("Toàn tỉnh còn 85 thôn thuộc 12 xã chưa có sóng di động.", plan_year=None)
    assert [r.indicator.endswith(f"{noun} chưa có sóng di động") for r, noun in zip(recs, ("thôn", "xã"))] == [True, True]


def test_a_value_before_its_holder_stops_where_the_next_values_clause_opens() -> None:
    text = "Với 44,12 điểm, Quảng Trị dẫn đầu cả nước về chỉ số PAPI, trong đó chỉ số công khai, minh bạch đạt 6,5 điểm."
    assert [r.indicator for r in read(text, plan_year=None)] == [
        "Quảng Trị dẫn đầu cả nước về chỉ số PAPI", "chỉ số công khai, minh bạch"]


def test_a_contrasting_clause_names_its_own_value() -> None:
    text = "Năm 2023, tốc độ băng rộng cố định đạt 85,2 Mb/giây trong khi tốc độ di động chỉ đạt 42,1 Mb/giây."
    assert [(r.value, r.indicator) for r in read(text, plan_year=None)] == [
        (85.2, "tốc độ băng rộng cố định"), (42.1, "tốc độ di động")]


def test_a_level_a_value_is_higher_than_is_of_the_same_measure() -> None:
    text = "Năm 2024, đã có 42% hợp tác xã bán hàng qua sàn thương mại điện tử, cao hơn mức 30% của năm 2022."
    assert [(r.value, r.year, r.indicator) for r in read(text, plan_year=None)] == [
        (42, 2024, "hợp tác xã bán hàng qua sàn thương mại điện tử"),
        (30, 2022, "hợp tác xã bán hàng qua sàn thương mại điện tử")]


def test_a_long_sentence_saying_how_many_targets_were_set_leads_the_next_paragraph_into_them() -> None:
    text = ("date 2025-10\n\nTheo dự thảo báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh, 22 chỉ tiêu chủ yếu "
            "được đặt ra cho nhiệm kỳ 2025–2030 thể hiện quyết tâm đưa tỉnh phát triển nhanh, xanh, bền vững và toàn diện.\n\n"
            "Trong đó, tăng trưởng GRDP bình quân đạt 9%/năm, kinh tế số chiếm 20% GRDP.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2025)] == [("target", 2030), ("target", 2030)]


def test_values_sharing_a_predicate_share_its_kind() -> None:
    text = ("Kế hoạch chuyển đổi số năm 2024 của tỉnh.\n"
            "Chỉ số DTI của tỉnh đạt 0,4512, tăng 12% so với năm trước, xếp thứ 40/63 tỉnh, thành phố.\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=2024)] == [(0.4512, "result"), (40, "result")]
    # (not what a bracket says of another value)
    text = ("Mục tiêu năm 2024: 90% hồ sơ được xử lý trực tuyến, 80% thủ tục có thanh toán trực tuyến "
            "(năm 2023 đã đạt 45%).\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=2024)][0] == (90, "target")


def test_what_the_counted_places_did_takes_its_object_however_long() -> None:
    text = "Đến nay, 28/34 tỉnh, thành phố đã thành lập 2.950 Trung tâm Phục vụ hành chính công cấp xã."
    first = read(text, plan_year=None)[0]
    assert (first.value, first.indicator) == (28, "tỉnh, thành phố đã thành lập Trung tâm Phục vụ hành chính công cấp xã")


def test_the_next_label_of_one_head_is_named_by_the_words_before_the_first() -> None:
    text = "Năm 2022, Sở cung cấp dịch vụ công trực tuyến mức độ 3 đạt 31,5%, mức độ 4 đạt 64,2%."
    assert [r.indicator for r in read(text, plan_year=None)] == [
        "Sở cung cấp dịch vụ công trực tuyến mức độ 3", "Sở cung cấp dịch vụ công trực tuyến mức độ 4"]
    # (not a place's or group's preposition: "tại các địa phương" stays a split of its own)
    text = "Tỷ lệ hồ sơ được số hóa tại các bộ, ngành đạt 45%, tại các địa phương đạt 65%."
    assert [r.scope for r in read(text, plan_year=None)] == ["bộ, ngành", "địa phương"]


def test_a_term_written_with_a_comma_is_not_split_between_two_values() -> None:
    text = ("date 2024-11\nĐến nay, 32 cơ sở khám, chữa bệnh tư nhân trên địa bàn đã dùng hồ sơ bệnh án "
            "điện tử (chiếm 80%).\n")
    assert [r.indicator.startswith("cơ sở khám, chữa bệnh tư nhân") for r in read(text, plan_year=2024)] == [True, True]


def test_a_continuation_opening_on_a_bare_reach_verb_goes_on_with_the_aims() -> None:
    text = ("date 2021-03\nTỉnh vừa ban hành Đề án chuyển đổi số, phấn đấu đến năm 2025 có 100% dịch vụ công "
            "đủ điều kiện được cung cấp trực tuyến.\n\n"
            "Ngoài ra, đạt 70% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2021)] == [("target", 2025), ("target", 2025)]


def test_an_aims_deadline_holds_not_the_vision_after_it() -> None:
    text = ("date 2023-03\nChương trình đặt ra chỉ tiêu: Đến năm 2025, tầm nhìn đến năm 2030, tỉnh có 15 doanh nghiệp "
            "công nghệ số; kinh tế số chiếm tối thiểu 18% GRDP.\n")
    recs = read(text, plan_year=2023)
    assert [(r.kind, r.year) for r in recs] == [("target", 2025), ("target", 2025)]
    assert recs[1].indicator == "kinh tế số chiếm GRDP"
    # (the sentence's own deadline before a cited decision's pair holds)
    text = ("date 2023-03\nĐến năm 2030, hoàn thành các mục tiêu theo Quyết định số 749/QĐ-TTg về Chương trình "
            "Chuyển đổi số quốc gia đến năm 2025, tầm nhìn đến năm 2030; tối thiểu 60% doanh nghiệp nhỏ và vừa "
            "sử dụng nền tảng số.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2023)] == [("target", 2030)]


def test_a_measure_said_again_after_its_subjects_is_each_subjects() -> None:
    text = ("date 2021-10\nVề xếp hạng chính quyền số, kinh tế số, xã hội số, thứ hạng của tỉnh so với cả nước "
            "lần lượt là 31, 12, 18.\n")
    assert [r.indicator for r in read(text, plan_year=2021)] == [
        "thứ hạng chính quyền số của tỉnh so với cả nước", "thứ hạng kinh tế số của tỉnh so với cả nước",
        "thứ hạng xã hội số của tỉnh so với cả nước"]


def test_the_people_taking_part_in_the_teams_just_counted() -> None:
    text = "date 2023-10\nToàn tỉnh có 860 tổ công nghệ số cộng đồng với sự tham gia của hơn 5.200 thành viên.\n"
    assert "thành viên tham gia tổ công nghệ số cộng đồng" in read(text, plan_year=2023)[1].indicator


def test_a_pair_of_kinds_written_with_a_comma_and_a_results_lead() -> None:
    text = ("date 2023-10\nKết quả, có 12/15 đơn vị cấp sở và tương đương, 8/9 địa phương cấp huyện được công nhận "
            "có mô hình chuyển đổi số. Hiện, tỉnh có 210 sản phẩm nông sản, đặc sản được bán trên sàn thương mại điện tử.\n")
    recs = read(text, plan_year=2023)
    assert recs[0].indicator == "đơn vị cấp sở và tương đương được công nhận có mô hình chuyển đổi số"
    assert recs[2].indicator.startswith("sản phẩm nông sản, đặc sản")


def test_an_aim_in_a_bracket_is_an_aim() -> None:
    text = "date 2025-06\nCác báo cáo thống kê của tỉnh (năm 2025 phấn đấu đạt 60%) được cung cấp dưới dạng dữ liệu số.\n"
    assert [(r.kind, r.op, r.year) for r in read(text, plan_year=2025)] == [("target", ">=", 2025)]


def test_plans_listed_among_documents_issued_set_no_aims() -> None:
    text = ("Các sở, ngành đã ban hành nghị quyết của cấp ủy, kế hoạch hằng năm về chuyển đổi số; "
            "tổ chuyển đổi số của 18 sở, ngành và 9 huyện được thành lập.\n")
    assert [r.kind for r in read(text, plan_year=None)] == ["result", "result"]


def test_an_undated_text_whose_only_aims_are_floors_states_targets() -> None:
    text = ("Củng cố, nâng cao năng lực cho tối thiểu 25 tổ chức kinh tế tham gia chương trình OCOP.\n"
            "Phát triển mới tối thiểu 8 hợp tác xã.\n")
    assert [r.kind for r in read(text, plan_year=None)] == ["target", "target"]
    # (a floor reached is still a result)
    text = "Năm 2023, tỉnh đã hỗ trợ ít nhất 500 hộ kinh doanh mở gian hàng trên sàn thương mại điện tử.\n"
    assert [r.kind for r in read(text, plan_year=None)] == ["result"]


def test_the_other_measure_of_the_same_things_is_named_as_the_first() -> None:
    text = ("Đến năm 2025, tốc độ tăng trưởng về số lượng thanh toán qua ví điện tử đạt 40%/năm "
            "và giá trị thanh toán đạt 55%/năm.")
    first, second = (r.indicator for r in read(text, plan_year=None))
    assert first.startswith("tốc độ tăng trưởng về số lượng thanh toán qua ví điện tử")
    assert second.startswith("tốc độ tăng trưởng về giá trị thanh toán qua ví điện tử")


def test_listed_people_share_what_they_are_equipped_with() -> None:
    text = "Kế hoạch năm 2024.\nPhấn đấu 100% cán bộ, công chức, 80% viên chức trang bị máy tính, chữ ký số cá nhân.\n"
    assert [r.indicator for r in read(text, plan_year=2024)] == [
        "cán bộ, công chức trang bị máy tính, chữ ký số cá nhân", "viên chức trang bị máy tính, chữ ký số cá nhân"]


def test_a_short_item_shares_the_predicate_of_the_next_even_when_a_third_follows() -> None:
    text = ("Năm 2023, 100% xã, trên 60% hộ gia đình được phủ cáp quang băng rộng, "
            "75% người dân có điện thoại thông minh.")
    assert [r.indicator for r in read(text, plan_year=None)] == [
        "xã được phủ cáp quang băng rộng", "hộ gia đình được phủ cáp quang băng rộng", "người dân có điện thoại thông minh"]


def test_a_paragraph_opening_as_the_aims_continuation_goes_on_with_them() -> None:
    text = ("Theo kế hoạch, tỉnh phấn đấu 100% cơ quan nhà nước được giám sát an toàn thông tin.\n\n"
            "Trên 85% hệ thống thông tin cấp độ 2 trở lên được áp dụng phương án bảo đảm an toàn.\n\n"
            "Bên cạnh đó, 70% hệ thống thông tin đã đưa vào vận hành được kết nối qua nền tảng LGSP.\n\n"
            "Trên 95% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.\n")
    assert [r.kind for r in read(text, plan_year=None)] == ["target"] * 4
    # (a continuation that says what was done is not the aims')
    text = ("Theo kế hoạch, tỉnh phấn đấu 100% cơ quan nhà nước được giám sát an toàn thông tin.\n\n"
            "Ngoài ra, tỉnh đã lắp đặt 120 camera giám sát giao thông.\n")
    assert [r.kind for r in read(text, plan_year=None)] == ["target", "result"]


def test_a_floor_to_reach_does_not_end_the_aims_of_the_paragraph_before() -> None:
    text = ("Đề án đặt mục tiêu đến năm 2025, 100% dịch vụ công trực tuyến toàn trình; 90% hồ sơ công việc cấp tỉnh "
            "được xử lý trên môi trường mạng.\n"
            "Kinh tế số chiếm tối thiểu 10% GRDP; tỷ trọng kinh tế số trong từng ngành đạt tối thiểu 5%.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)][2:] == [("target", 2025), ("target", 2025)]


def test_a_plans_earlier_milestone_holds_for_the_paragraphs_that_go_on_with_it() -> None:
    text = ("UBND tỉnh vừa ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2030. Mục tiêu đến năm 2025, 80% "
            "hệ thống thông tin của tỉnh được kết nối với nền tảng tích hợp, chia sẻ dữ liệu.\n"
            "100% chế độ báo cáo định kỳ được thực hiện trực tuyến.\n")
    assert [r.year for r in read(text, plan_year=2030)] == [2025, 2025]


def test_a_longer_item_keeps_its_own_predicate_in_a_list() -> None:
    text = "Năm 2023, 100% xã phủ sóng di động, 92% hộ gia đình được kết nối cáp quang, 70% người dân có điện thoại thông minh."
    assert read(text, plan_year=None)[0].indicator == "xã phủ sóng di động"


def test_a_level_compared_with_takes_no_scope_from_its_measure() -> None:
    recs = read("Năm 2024, tỷ lệ hộ gia đình có cáp quang đã tăng lên 76% so với 61% của năm 2022.", plan_year=None)
    assert [r.scope for r in recs] == [None, None]


def test_a_page_titles_separator_is_no_part_of_a_wording() -> None:
    (r,) = read("Đến năm 2025, tỉnh đặt mục tiêu có 8.000 nhân lực CNTT |\n", plan_year=None)
    assert not r.indicator.endswith("|")


def test_an_undated_texts_deadlines_are_no_date_that_makes_earlier_milestones_past() -> None:
    text = ("2. Mục tiêu đến năm 2030\n"
            "- Đến năm 2025: khai thác nền tảng mã địa chỉ số đến 100% hộ gia đình; 100% xã có điểm phục vụ bưu chính.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("target", 2025), ("target", 2025)]


def test_levels_after_the_first_share_its_cap() -> None:
    text = "Năm 2023, tỷ lệ văn bản điện tử cấp tỉnh, huyện đạt 100%, cấp xã đạt 99,9%."
    assert [(r.value, r.scope, r.indicator) for r in read(text, plan_year=None)] == [
        (100, "cấp tỉnh", "tỷ lệ văn bản điện tử"), (100, "cấp huyện", "tỷ lệ văn bản điện tử"),
        (99.9, "cấp xã", "tỷ lệ văn bản điện tử")]
    # ("cấp xã, phường" is one level of two kinds of commune, as before)
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến cấp huyện đạt 98%, cấp xã, phường đạt 95%."
    assert [r.scope for r in read(text, plan_year=None)] == ["cấp huyện", "cấp xã, phường"]


def test_a_bracket_of_parts_opens_its_first_parts_own_words() -> None:
    text = "Năm 2023, toàn tỉnh tiếp nhận 31.500 hồ sơ (trong đó cấp tỉnh 9.800 hồ sơ, cấp huyện 12.100 hồ sơ, cấp xã 9.600 hồ sơ)."
    assert [r.scope for r in read(text, plan_year=None)] == [None, "cấp tỉnh", "cấp huyện", "cấp xã"]


def test_a_continuations_own_predicate_with_da_still_reports() -> None:
    # ("Ngoài ra, … hộ kinh doanh đã mở gian hàng …": "đã" is the value's own predicate, not what it counts)
    lead = ("Theo kế hoạch, tỉnh phấn đấu 100% cơ quan nhà nước được giám sát an toàn thông tin.\n\n"
            "Trên 85% hệ thống thông tin cấp độ 2 trở lên được áp dụng phương án bảo đảm an toàn.\n\n")
    last = "\n\nTrên 95% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.\n"
    done = read(lead + "Ngoài ra, 1.200 hộ kinh doanh đã mở gian hàng trên sàn thương mại điện tử." + last, plan_year=None)
    assert done[2].kind == "result"
    aimed = read(lead + "Bên cạnh đó, 90% camera đã lắp đặt được kết nối về trung tâm điều hành." + last, plan_year=None)
    assert aimed[2].kind == "target"


def test_a_plans_earlier_milestone_does_not_go_on_past_a_heading() -> None:
    text = ("Kế hoạch chuyển đổi số giai đoạn 2021-2030.\n"
            "Mục tiêu đến năm 2025, 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n"
            "Tầm nhìn dài hạn\n"
            "100% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.\n")
    assert [r.year for r in read(text, plan_year=2030)] == [2025, 2030]


def test_a_plan_cited_before_what_was_done_under_it_is_no_lead_of_aims() -> None:
    text = ("date 2024-03\nTỉnh vừa sơ kết 3 năm thực hiện chương trình chuyển đổi số.\n\n"
            "Theo kế hoạch, kết quả thực hiện năm 2023 được đánh giá trên cơ sở các chỉ tiêu về hạ tầng số, dữ liệu số, "
            "nền tảng số và kỹ năng số của người dân trên địa bàn toàn tỉnh.\n\n"
            "Tỷ lệ hồ sơ trực tuyến toàn trình 62%, tỷ lệ thanh toán trực tuyến 48%.\n")
    assert [r.kind for r in read(text, plan_year=2024)] == ["result", "result"]


def test_the_hien_of_a_longer_word_says_no_now() -> None:
    text = ("date 2024-09\nNăm 2022, tỉnh triển khai thí điểm nền tảng hội nghị trực tuyến.\n\n"
            "Các huyện thực hiện có hiệu quả, 85% cuộc họp được tổ chức trực tuyến.\n")
    assert [r.year for r in read(text, plan_year=2024)] == [2022]


def test_a_continuation_whose_subject_reached_a_value_reports() -> None:
    text = ("date 2023-06\nTỉnh vừa ban hành Đề án chuyển đổi số, phấn đấu đến năm 2025 có 100% dịch vụ công "
            "đủ điều kiện được cung cấp trực tuyến.\n\n"
            "Bên cạnh đó, doanh thu thương mại điện tử của tỉnh đạt 1.250 tỷ đồng, tăng 20% so với cùng kỳ.\n")
    assert [r.kind for r in read(text, plan_year=None)] == ["target", "result"]


def test_people_taking_part_after_organisations_are_no_members() -> None:
    text = ("Năm 2023, sàn giao dịch việc làm trực tuyến thu hút 120 tổ chức với sự tham gia của hơn "
            "5.000 người lao động.")
    assert "tham gia tổ chức" not in read(text, plan_year=None)[1].indicator




def test_a_count_whose_share_brackets_it_names_the_things_after_the_bracket() -> None:
    recs = read("Toàn huyện có 45/52 (tỷ lệ 86,5%) trường học kết nối Internet cáp quang.", plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [
        (45, "count", "trường học kết nối Internet cáp quang"),
        (86.5, "%", "trường học kết nối Internet cáp quang"),
    ]


def test_a_value_with_no_words_after_it_ends_at_its_comma() -> None:
    recs = read("Đến nay đã có 512 bản án được công bố, trong đó hình sự có 130 bản án, dân sự 97, "
                "kinh doanh và thương mại 41.", plan_year=None)
    assert [(r.value, r.indicator) for r in recs][2:] == [
        (97, "dân sự được công bố"), (41, "kinh doanh và thương mại được công bố")]
    # the next value's own words may hold commas and "và"
    recs = read("Tỷ lệ lao động qua đào tạo đạt khoảng 72%, trong đó, đào tạo có văn bằng, chứng chỉ đạt khoảng 34%.",
                plan_year=None)
    assert [r.indicator for r in recs][1] == "đào tạo có văn bằng, chứng chỉ"
    # what a value is set against stays with it
    recs = read("Tỷ lệ hồ sơ phát sinh mới đạt 21,4%, còn thấp so với mục tiêu 70%.", plan_year=None)
    assert recs[1].indicator.startswith("Tỷ lệ hồ sơ phát sinh")


def test_a_count_out_of_its_whole_in_brackets_after_a_share_is_named_as_the_share() -> None:
    recs = read("Năm 2025, cáp quang đã đến 92% thôn, bản (1.104/1.200).", plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [
        (92, "%", "cáp quang đã đến thôn, bản"), (1104, "count", "cáp quang đã đến thôn, bản")]


def test_items_of_one_head_told_in_turn_split_it_by_group_and_share_the_last_predicate() -> None:
    recs = read("Đến năm 2026: 95% hồ sơ công việc tại Sở Giáo dục; 85% hồ sơ công việc của các phòng giáo dục; "
                "70% hồ sơ công việc của các trường học được xử lý trên môi trường mạng.", plan_year=2026)
    assert [(r.value, r.scope, r.indicator) for r in recs] == [
        (95, "Sở Giáo dục", "hồ sơ công việc được xử lý trên môi trường mạng"),
        (85, "các phòng giáo dục", "hồ sơ công việc được xử lý trên môi trường mạng"),
        (70, "các trường học", "hồ sơ công việc được xử lý trên môi trường mạng")]
    # items that say their own verb keep it
    recs = read("Năm 2026: 95% hồ sơ công việc tại Sở Giáo dục đã số hóa; "
                "70% hồ sơ công việc của các trường học được xử lý trên môi trường mạng.", plan_year=2026)
    assert recs[0].indicator == "hồ sơ công việc tại Sở Giáo dục đã số hóa"


def test_the_bound_a_group_is_defined_by_is_no_value() -> None:
    recs = read("Tỉnh xếp hạng 48/63, thuộc nhóm 3 – nhóm đạt giá trị trung bình <0,35.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(48, "rank")]


def test_the_places_and_joins_after_a_comma_are_the_places_counted() -> None:
    recs = read("Theo đánh giá của Cục Thương mại điện tử, Đà Nẵng và Cần Thơ là 2 địa phương có doanh số tăng cao nhất.",
                plan_year=None)
    assert recs == []


def test_a_count_keeps_its_words_when_its_bracketed_share_names_the_whole() -> None:
    # the words after the bracket are the share's whole, not the things the count counts
    recs = read("Số tài khoản được kích hoạt là 8.400 (chiếm 70%) tổng số tài khoản đã cấp.", plan_year=None)
    assert recs[0].value == 8400 and "tổng số" not in recs[0].indicator
    assert recs[0].indicator.startswith("Số tài khoản được kích hoạt")


def test_a_count_whose_bracket_says_its_share_with_bang_names_the_things_after_it() -> None:
    recs = read("Toàn huyện có 14/16 (bằng 87,5%) trạm y tế dùng bệnh án điện tử.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(14, "count"), (87.5, "%")]
    assert recs[0].indicator.endswith("trạm y tế dùng bệnh án điện tử")


def test_an_amount_named_in_the_bracket_after_a_count_is_what_the_things_counted_came_to() -> None:
    recs = read("Năm 2024, các ngân hàng lắp mới 48 máy POS (doanh số thanh toán 52.610 triệu đồng) và có "
                "trên 2.300 lượt nộp học phí qua ví điện tử (doanh số 8.900 triệu đồng).", plan_year=None)
    amounts = [(r.value, r.indicator) for r in recs if r.unit == "other"]
    assert amounts == [(52_610_000_000, "doanh số thanh toán ngân hàng lắp máy POS"),
                       (8_900_000_000, "doanh số lượt nộp học phí qua ví điện tử")]


def test_an_amount_tied_on_in_the_bracket_after_a_count_is_what_the_things_counted_came_to() -> None:
    recs = read("Năm 2024, các ngân hàng lắp 80 máy POS (tương đương doanh số 15 tỷ đồng) và triển khai 14 dự án "
                "hạ tầng số (tổng mức đầu tư 320 tỷ đồng).", plan_year=None)
    amounts = [r.indicator for r in recs if r.unit == "other"]
    assert amounts[0].startswith("doanh số") and amounts[0].endswith("máy POS")
    assert amounts[1].startswith("tổng mức đầu tư") and amounts[1].endswith("dự án hạ tầng số")


def test_a_levels_value_for_a_later_year_in_brackets_is_of_that_level() -> None:
    text = ("- Tối thiểu 90% hồ sơ công việc cấp tỉnh (năm 2030 đạt 100%), 80% hồ sơ công việc cấp huyện (năm 2030 "
            "đạt 90%) và 60% hồ sơ công việc cấp xã (năm 2030 đạt 70%) được xử lý trên môi trường mạng.\n")
    recs = read(text, plan_year=2026)
    assert [(r.value, r.scope, r.year) for r in recs] == [
        (90, "cấp tỉnh", 2026), (100, "cấp tỉnh", 2030), (80, "cấp huyện", 2026), (90, "cấp huyện", 2030),
        (60, "cấp xã", 2026), (70, "cấp xã", 2030)]
    # (each names its things once, and does what the last one's words say)
    assert {r.indicator for r in recs} == {"hồ sơ công việc được xử lý trên môi trường mạng"}


def test_a_level_its_clause_opens_on_goes_on_past_a_semicolon_to_the_next_level() -> None:
    text = ("Năm 2024, toàn huyện tiếp nhận 41.000 hồ sơ. Trong đó cấp huyện gần 17 nghìn hồ sơ, giải quyết "
            "16.200 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 93,4%, hồ sơ trực tuyến đạt 31,5%; cấp xã tiếp nhận "
            "24.000 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 77,2%.")
    recs = read(text, plan_year=None)
    assert [r.scope for r in recs] == [None] + ["cấp huyện"] * 4 + ["cấp xã"] * 2
    # a year before the level leaves it its clause's subject
    recs = read("Năm 2024, cấp huyện tiếp nhận 9.000 hồ sơ, giải quyết 8.800 hồ sơ; cấp xã tiếp nhận 12.000 hồ sơ.",
                plan_year=None)
    assert [r.scope for r in recs] == ["cấp huyện", "cấp huyện", "cấp xã"]
    # levels each before its own value split the values, as before
    recs = read("Tỷ lệ hồ sơ được ký số, trong đó: Cấp tỉnh đạt 99%, cấp huyện đạt 95%.", plan_year=None)
    assert [(r.value, (r.scope or "").lower()) for r in recs] == [(99, "cấp tỉnh"), (95, "cấp huyện")]


def test_a_later_year_in_brackets_right_after_a_value_keeps_the_level_named_before_it() -> None:
    text = ("Tỷ lệ hồ sơ được xử lý trực tuyến cấp tỉnh đạt 90% (năm 2030 đạt 100%), cấp huyện đạt 80% "
            "(năm 2030 đạt 95%).\n")
    recs = read(text, plan_year=2025)
    assert [(r.value, r.scope, r.year) for r in recs] == [
        (90, "cấp tỉnh", 2025), (100, "cấp tỉnh", 2030), (80, "cấp huyện", 2025), (95, "cấp huyện", 2030)]


def test_any_level_a_scope_names_after_trong_do_is_a_part_not_a_deed() -> None:
    recs = read("Tỷ lệ văn bản đi được ký số đạt 93,5%, trong đó cấp sở đạt 98,2%.")
    assert [(r.value, r.scope, r.indicator) for r in recs] == [
        (93.5, None, "Tỷ lệ văn bản đi được ký số"), (98.2, "cấp sở", "Tỷ lệ văn bản đi được ký số")]
    recs = read("Tỷ lệ hộ được cấp địa chỉ số đạt 81%, trong đó cấp thôn đạt 77%.")
    assert [r.scope for r in recs] == [None, "cấp thôn"]
    # a level that issues stays no group
    recs = read("Đã tiếp nhận 15.200 hồ sơ trực tuyến, trong đó cấp sở cấp 2.100 giấy phép.", plan_year=None)
    assert [r.scope for r in recs] == [None, None]


def test_a_value_past_its_aim_in_a_bracket_is_a_result() -> None:
    # ("đạt 96,4% (vượt chỉ tiêu 90%)": the bracket says the value went past its aim, as after a comma)
    text = "Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 96,4% (vượt chỉ tiêu 90%)."
    assert [(r.kind, r.value) for r in read(text, plan_year=None)] == [("result", 96.4)]


def test_what_was_done_to_a_part_of_a_whole_names_the_part_counted() -> None:
    # ("đã tích hợp 9/12 …": the deed names the things counted; "đã có 18/20 …" only says they are there)
    r = only("Năm 2024, thành phố đã tích hợp và khai thác 9/12 cơ sở dữ liệu chuyên ngành.", plan_year=None)
    assert (r.value, r.unit) == (9, "count")
    assert "tích hợp và khai thác cơ sở dữ liệu chuyên ngành" in r.indicator
    r = only("Đến nay, tỉnh đã có 14/17 sở, ngành ban hành kế hoạch ứng dụng trí tuệ nhân tạo.", plan_year=None)
    assert r.indicator == "sở, ngành ban hành kế hoạch ứng dụng trí tuệ nhân tạo"


def test_a_deed_of_three_words_after_da_counts_the_things_it_was_done_to() -> None:
    # ("đã thi hành xong 1.320 việc": a noun no list names, counted after what was done)
    r = only("Năm 2024, các chi cục đã thi hành xong 1.320 việc có điều kiện.", plan_year=None)
    assert (r.value, r.unit, r.kind) == (1320, "count", "result")
    assert "việc" in r.indicator


def test_a_part_named_only_by_its_predicate_after_trong_do_is_of_the_measure_before() -> None:
    recs = read("Năm 2025, tỷ lệ người lao động qua đào tạo đạt 70%; trong đó, có bằng cấp, chứng chỉ đạt 35%.",
                plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (70, "tỷ lệ người lao động qua đào tạo"), (35, "tỷ lệ người lao động qua đào tạo có bằng cấp, chứng chỉ")]


def test_aims_set_for_a_stage_go_on_to_the_end_of_their_paragraph() -> None:
    text = ("date 2025-11-02\nĐề án đặt mục tiêu phấn đấu trong giai đoạn 2026 - 2030, tỷ lệ doanh nghiệp dùng hóa đơn "
            "điện tử đạt 95%. Tỷ lệ giao dịch thương mại điện tử đạt 30%. Số hợp tác xã bán hàng trực tuyến đạt 500.\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.kind, r.year) for r in recs] == [(95, "target", 2030), (30, "target", 2030), (500, "target", 2030)]


def test_a_place_past_a_whole_has_met_its_quota_and_states_no_share() -> None:
    text = ("Năm 2024, toàn tỉnh cấp 98.500 tài khoản định danh điện tử, vượt chỉ tiêu được giao. Trong đó, huyện Yên "
            "Thành đạt 118,2%, huyện Đô Lương đạt 104,6%, thị xã Hoàng Mai đạt 96,3%.")
    recs = read(text, plan_year=None)
    # (the place under its quota is kept: a share it could be, the extractor cannot tell)
    assert [r.value for r in recs] == [98500, 96.3]
    # (a place by its name alone, too)
    text = "Năm 2024, cả nước vượt chỉ tiêu cấp căn cước. Hà Nội đạt 118%, Đà Nẵng đạt 109%."
    assert [r.value for r in read(text, plan_year=None)] == []


def test_where_an_aim_stands_now_in_its_bracket_turns_neither_it_nor_the_aims_after_it_into_results() -> None:
    text = ("date 2024-04-02\nKế hoạch phấn đấu đến năm 2026:\nTốc độ truy cập băng rộng cố định đạt 150 Mbps (đo theo "
            "i-Speed, hiện tại là 96,4 Mbps); tỷ lệ thôn có cáp quang đạt 100%.\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.kind) for r in recs] == [(150, "target"), (96.4, "result"), (100, "target")]


def test_a_value_reached_named_as_a_noun_is_still_an_aim_under_the_deadline_before_it() -> None:
    text = ("date 2024-06-01\nĐến năm 2025, thương mại điện tử chiếm 15% tổng mức bán lẻ.\n"
            "Đến năm 2030, tỉnh là trung tâm dịch vụ số của vùng.\n"
            "Kinh tế số lớn mạnh, phấn đấu giá trị đạt được của kinh tế số chiếm 35% GRDP; doanh nghiệp công nghệ số "
            "đạt 2.000 doanh nghiệp.\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.kind, r.year) for r in recs] == [(15, "target", 2025), (35, "target", 2030), (2000, "target", 2030)]


def test_aims_of_a_stage_already_over_do_not_go_on_over_what_the_page_reports() -> None:
    # (a page of 2026 on the stage 2021-2025: what it states after the aim is where things stand)
    text = ("date 2026-03-01\nGiai đoạn 2021-2025, tỉnh phấn đấu thu hút 500 doanh nghiệp công nghệ số. Toàn tỉnh có "
            "620 doanh nghiệp công nghệ số đang hoạt động.\n")
    recs = read(text, plan_year=2026)
    assert [(r.value, r.kind, r.year) for r in recs] == [(500, "target", 2025), (620, "result", 2026)]


def test_where_an_aim_stands_now_in_a_bracket_of_its_own_leaves_it_an_aim() -> None:
    # (the bracket alone, no comma before "hiện tại": the aim's own words end where the bracket opens)
    text = ("date 2024-04-02\nKế hoạch phấn đấu đến năm 2026:\nTốc độ truy cập Internet di động đạt 120 Mbps (hiện tại "
            "là 64,5 Mbps); tỷ lệ xã có điểm phát Wi-Fi công cộng đạt 100%.\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.kind) for r in recs] == [(120, "target"), (64.5, "result"), (100, "target")]


def test_a_predicate_after_a_bracket_still_says_what_the_value_before_the_bracket_did() -> None:
    # ("1.200 thôn (chiếm 85% …) đã được phủ sóng": the bracket closes, the shared predicate follows)
    text = ("KẾ HOẠCH Chuyển đổi số năm 2025\nI. MỤC TIÊU\nTỷ lệ thôn có cáp quang đạt 100%. Toàn tỉnh có 1.200 thôn "
            "(chiếm 85% tổng số thôn) đã được phủ sóng 4G.\n")
    recs = read(text, plan_year=2025)
    assert [(r.value, r.kind) for r in recs] == [(100, "target"), (1200, "result"), (85, "result")]


def test_a_share_after_a_comma_and_trong_do_named_only_by_its_predicate_is_of_the_measure_before() -> None:
    recs = read("Năm 2024, tỷ lệ người dân có danh tính số đạt 90%, trong đó có tài khoản định danh mức 2 đạt 60%.",
                plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (90, "tỷ lệ người dân có danh tính số"), (60, "tỷ lệ người dân có danh tính số có tài khoản định danh mức 2")]


def test_a_sentence_that_opens_on_its_results_stops_the_aims_before_it() -> None:
    text = ("date 2025-10-02\nTrong giai đoạn 2021 - 2025, tỉnh đặt mục tiêu phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%. "
            "Kết quả thực hiện, tỷ lệ hồ sơ trực tuyến đạt 85%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=2025)] == [(80, "target", 2025), (85, "result", 2025)]


def test_a_sentence_opened_by_den_nay_ends_the_aims_of_its_paragraph() -> None:
    text = ("Tại hội nghị, ông Giám đốc Sở cho biết: “Năm 2024, tỉnh xác định thực hiện 60 nhiệm vụ cụ thể trong lĩnh "
            "vực chuyển đổi số với kinh phí dự kiến thực hiện khoảng 250 tỷ đồng. Đến nay, mạng cáp quang đã phủ khắp "
            "các xã. Nền tảng dữ liệu của tỉnh được hình thành, kết nối gần 1.200 dịch vụ công trực tuyến lên cổng "
            "quốc gia, đạt tỷ lệ 76,4%.”")
    recs = read(text, plan_year=None)
    assert [(r.value, r.kind) for r in recs] == [(250e9, "target"), (1200, "result"), (76.4, "result")]
    assert recs[2].op == "="


def test_a_sentence_that_says_a_past_year_reached_much_opens_its_paragraphs_results() -> None:
    text = ("date 2026-01-10\nSáng 12-1, UBND tỉnh Kon Tum tổ chức hội nghị giao chỉ tiêu phát triển kinh tế - xã hội "
            "năm 2026.\n\nHội nghị nhằm đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2025, đồng thời triển "
            "khai các nghị quyết của Chính phủ, Tỉnh ủy, HĐND tỉnh; xác định các chỉ tiêu, nhiệm vụ, giải pháp trọng tâm "
            "năm 2026 cho các sở, ban, ngành và UBND các xã, phường.\n\nBáo cáo tại hội nghị, Phó Chủ tịch Thường trực "
            "UBND tỉnh Kon Tum Nguyễn Văn Hải cho biết năm 2025, dù còn nhiều khó khăn, nhất là hạn hán kéo dài, song "
            "tỉnh vẫn đạt nhiều kết quả tích cực. GRDP tăng 6,8%; cơ cấu kinh tế chuyển dịch theo hướng tích cực với khu "
            "vực dịch vụ chiếm 41,2%, công nghiệp - xây dựng 30,5%.\n")
    recs = read(text, plan_year=2026)
    # (the economy's growth is its growth rate, a result too: changes.py)
    assert [(r.value, r.kind, r.op, r.year) for r in recs] == [
        (6.8, "result", "=", 2025), (41.2, "result", "=", 2025), (30.5, "result", "=", 2025)]


def test_a_count_broken_down_by_kind_of_body_after_semicolons() -> None:
    text = ("Năm 2024, có 150 cơ quan đã hoàn thành tự đánh giá (khối sở, ngành có 20 cơ quan; khối huyện 11 cơ quan; khối "
            "trường cao đẳng và trung cấp 9 cơ quan; khối doanh nghiệp nhà nước 110 cơ quan).")
    recs = read(text, plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [(150, None), (20, None), (11, None), (9, None), (110, None)]
    # an item ends at its semicolon: the next one's name keeps its own "và"
    assert "khối trường cao đẳng và trung cấp" in recs[3].indicator
    assert "trung cấp" not in recs[2].indicator


def test_the_bar_that_makes_a_counted_group_is_no_value() -> None:
    recs = read("Năm 2023, có 12 xã có tỷ lệ hồ sơ trực tuyến đạt trên 80%.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(12, "count")]
    recs = read("Nhóm địa phương có tỷ lệ thanh toán trực tuyến đạt từ 50% trở lên (với 9/21 huyện).", plan_year=None)
    assert 50 not in [r.value for r in recs]
    # a share of things named after it is a value still, as is a place's value in a group
    recs = read("Năm 2023, 9 tỉnh đã phủ sóng hơn 50% số thôn, bản.", plan_year=None)
    assert 50 in [r.value for r in recs]
    recs = read("Năm 2023, tỷ lệ hồ sơ toàn trình tăng, trong khi Hà Nội thuộc nhóm thấp nhất, chỉ đạt dưới 10%.",
                plan_year=None)
    assert 10 in [r.value for r in recs]


def test_a_sentence_opened_by_hien_nay_that_states_a_need_keeps_the_aims() -> None:
    text = ("Đến năm 2030, xây dựng tỉnh trở thành tỉnh số. Hiện nay, hạ tầng số của tỉnh còn nhiều hạn chế, cần tập "
            "trung đầu tư. 100% xã có cáp quang đến thôn; 90% hộ gia đình sử dụng Internet cáp quang.")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [(100, "target", 2030), (90, "target", 2030)]


def test_a_period_that_reached_much_opens_results_of_its_last_year() -> None:
    text = ("Kế hoạch phát triển kinh tế - xã hội năm 2026\nNhìn lại giai đoạn từ năm 2021 đến 2025, dù còn nhiều khó "
            "khăn, tỉnh vẫn đạt nhiều kết quả quan trọng. Tỷ lệ hộ gia đình có cáp quang đạt 85%; kinh tế số chiếm 12% GRDP.")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [(85, "result", 2025), (12, "result", 2025)]


def test_a_group_of_things_with_its_rate_above_a_bar_is_a_value() -> None:
    # (a group of places or bodies is made by its bar: "Nhóm địa phương đạt … trên 10%"; a group of things is not)
    for text in ("Nhóm thủ tục hành chính liên thông có tỷ lệ giải quyết đúng hạn đạt trên 98%.",
                 "Nhóm ngành công nghiệp chế biến, chế tạo đạt tốc độ tăng trưởng trên 12%."):
        assert [(r.value, r.op) for r in read(text, plan_year=None)] == [(98 if "98" in text else 12, ">")]


def test_aims_for_a_later_horizon_go_on_into_the_next_paragraph() -> None:
    # (plan_year as `load` gives it for a page stamped 2025)
    text = ("date 2025-09-12\nNghị quyết đề ra mục tiêu đến năm 2030, tỷ lệ dân số dùng điện thoại thông minh đạt 95%.\n\n"
            "Tỷ trọng kinh tế số trong GRDP đạt trên 30%. Tốc độ tăng năng suất lao động bình quân đạt khoảng 7%/năm thời kỳ "
            "2021-2030.")
    recs = read(text, plan_year=2025)
    assert [(r.value, r.kind, r.year) for r in recs] == [(95, "target", 2030), (30, "target", 2030), (7, "target", 2030)]
    # an aim of a year already past does not make the next paragraph's "đạt trên" an aim
    text = ("date 2025-09-12\nNăm 2024, tỉnh đặt mục tiêu tiêu thụ 2.000 tấn vải qua sàn thương mại điện tử.\n\n"
            "Sản lượng vải tiêu thụ qua các sàn đạt trên 9.000 tấn.")
    assert [(r.value, r.kind) for r in read(text, plan_year=2025)][-1] == (9000, "result")


def test_members_are_of_the_teams_not_of_the_places_the_teams_are_in() -> None:
    recs = read("Năm 2025, tỉnh có 120 đội hình ở 45 xã, phường với 2.300 đoàn viên tham gia.", plan_year=None)
    members = recs[-1]
    assert members.value == 2300 and members.indicator.startswith("đoàn viên đội hình")
    assert "xã, phường thanh niên" not in members.indicator


def test_bodies_ranked_in_a_list_take_the_name_of_the_ranking_its_lead_gives() -> None:
    text = ("UBND tỉnh công bố kết quả.\nCụ thể, về Chỉ số chuyển đổi số năm 2024 của các sở, ngành: Sở Y tế xếp thứ 2; "
            "Sở Xây dựng xếp thứ 3.")
    recs = read(text, plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (2, "Chỉ số chuyển đổi số năm 2024 của các sở, ngành: Sở Y tế xếp thứ"),
        (3, "Chỉ số chuyển đổi số năm 2024 của các sở, ngành: Sở Xây dựng xếp thứ")]
    # a rank whose own words name the ranking keeps them
    assert only("Năm 2024, tỉnh xếp thứ 12/63 về chỉ số DTI.", plan_year=None).indicator == "tỉnh về chỉ số DTI"


def test_a_line_of_aims_of_the_carried_year_carries_them_on() -> None:
    text = ("Theo đó, tỉnh phấn đấu đến năm 2025 có thêm 300 sản phẩm OCOP.\n"
            "Cùng đó, phấn đấu có ít nhất 40% làng nghề đã và đang phát triển có sản phẩm OCOP;\n"
            "Nâng cấp ít nhất 50% sản phẩm OCOP đã được tỉnh phân hạng; 100% chủ thể được tập huấn; phấn đấu có ít "
            "nhất 70% chủ thể OCOP là hợp tác xã;")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)][3:] == [(100, "target", 2025), (70, "target", 2025)]


def test_fields_listed_after_a_rate_take_the_rate() -> None:
    text = ("Năm 2024, thành phố đặt mục tiêu tỷ lệ thanh toán không dùng tiền mặt trong thu học phí đạt 85%; "
            "TTHC do công an thực hiện tối thiểu 60%.")
    recs = read(text, plan_year=None)
    assert [r.indicator for r in recs][:2] == ["tỷ lệ thanh toán không dùng tiền mặt trong thu học phí",
                                               "tỷ lệ thanh toán không dùng tiền mặt: TTHC do công an thực hiện"]


def test_a_result_said_with_more_than_ends_aims_for_a_later_horizon() -> None:
    # "đạt hơn", "đạt dưới" are a result's words (not the aims' "đạt trên", "đạt khoảng"): the aims for
    # 2030 quoted in a page of 2025 do not go on into a paragraph that says them
    text = ("date 2025-03-10\nQuy hoạch tỉnh đặt mục tiêu đến năm 2030, kinh tế số chiếm 30% GRDP.\n\n"
            "Tỷ lệ người dân có tài khoản thanh toán đạt hơn 87%, tỷ lệ hộ nghèo đa chiều đạt dưới 5%.")
    assert [(r.value, r.kind) for r in read(text, plan_year=2025)] == [(30, "target"), (87, "result"), (5, "result")]


def test_a_lead_that_builds_on_results_then_sets_aims_leads_into_aims() -> None:
    text = ("Trên cơ sở kết quả đạt được, kế hoạch đề ra một số mục tiêu đến năm 2026 cụ thể như:\n\n"
            "80% xã hoàn thành số hóa sổ hộ tịch; 60% hộ kinh doanh tại chợ dùng mã QR.")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [(80, "target", 2026), (60, "target", 2026)]
    # (results it lists after "như sau" stay results)
    text = ("Kết quả đạt được đến hết năm 2024 của các mục tiêu theo các chương trình, kế hoạch của tỉnh như sau:\n"
            "Tỷ lệ hộ gia đình có cáp quang đạt 70%.")
    assert [(r.value, r.kind) for r in read(text, plan_year=None)] == [(70, "result")]


def test_named_items_of_a_list_are_worded_under_its_lead() -> None:
    text = ("Năm 2024, các nhà mạng có trạm phát sóng mất điện như: Mobi: 12 trạm/150 trạm, chiếm tỷ lệ 8%; "
            "Vina: 30 trạm/200 trạm, chiếm tỷ lệ 15%.")
    assert [(r.value, r.indicator) for r in read(text, plan_year=None)] == [
        (12, "nhà mạng có trạm phát sóng mất điện Mobi"),
        (8, "nhà mạng có trạm phát sóng mất điện Mobi chiếm tỷ lệ"),
        (30, "nhà mạng có trạm phát sóng mất điện Vina"),
        (15, "nhà mạng có trạm phát sóng mất điện Vina chiếm tỷ lệ")]
    # (a label after a lead that opens no list stands alone: "Về đầu tư mới: Cấp tỉnh: …")
    assert read("Năm 2024, kết quả đo kiểm: Mobi: 12 trạm mất điện.", plan_year=None)[0].indicator == "Mobi trạm mất điện"


def test_a_yearly_rise_or_a_contribution_after_a_value_is_of_what_it_measured() -> None:
    text = ("Đến năm 2030, tổng vốn đầu tư xã hội đạt khoảng 450 nghìn tỷ đồng, tăng bình quân 12%/năm; tốc độ "
            "tăng trưởng của khu vực kinh tế số đạt 20%/năm, đóng góp khoảng 30% GRDP.")
    assert [(r.value, r.indicator) for r in read(text, plan_year=None)] == [
        (450e12, "tổng vốn đầu tư xã hội"), (12, "tổng vốn đầu tư xã hội tăng bình quân năm"),
        (20, "tốc độ tăng trưởng của khu vực kinh tế số năm"),
        (30, "tốc độ tăng trưởng của khu vực kinh tế số năm đóng góp GRDP")]


def test_a_list_of_measures_names_no_things_its_items_belong_to() -> None:
    # each item is a measure in its own right: no leftover of the lead ("chính") before it
    text = "Các chỉ tiêu chính gồm: GRDP: tăng 8%; Thu ngân sách: 15.000 tỷ đồng; Kinh tế số: chiếm 15% GRDP."
    assert [r.indicator for r in read(text, plan_year=None)][1] == "Thu ngân sách"


def test_parts_listed_after_a_count_with_their_noun_unsaid_are_of_its_things() -> None:
    text = ("Năm 2024, thành phố có 36 camera do Công an tỉnh (Phòng CSGT) đầu tư, gồm 6 giám sát tốc độ, 10 giám sát "
            "đèn tín hiệu và 20 quan sát giao thông.")
    assert [(r.value, r.indicator) for r in read(text, plan_year=None)][1:] == [
        (6, "camera giám sát tốc độ"), (10, "camera giám sát đèn tín hiệu"), (20, "camera quan sát giao thông")]
    # (no more parts of things no list counts: "10/19 chuyên đề, gồm 5 chuyên đề bắt buộc và 5 …" reads as before)
    text = "Năm 2024, mỗi học viên phải hoàn thành 10/19 chuyên đề, gồm 5 chuyên đề bắt buộc và 5 chuyên đề tự chọn."
    assert [r.value for r in read(text, plan_year=None)] == [10, 5]


def test_levels_the_values_own_subjects_name_split_them() -> None:
    text = ("date 2024-10\nTrong đó, vốn ngân sách cấp tỉnh quản lý ước thực hiện 3.210 tỷ đồng; vốn ngân sách cấp huyện "
            "ước thực hiện 95 tỷ đồng. Cấp tỉnh đã kiểm tra 120 lượt tổ chức đảng; cấp huyện đã kiểm tra 845 lượt tổ chức "
            "đảng.\n")
    assert [(r.value, r.scope) for r in read(text, plan_year=None)] == [
        (3210e9, "cấp tỉnh"), (95e9, "cấp huyện"), (120, "Cấp tỉnh"), (845, "cấp huyện")]
    # (not two measures that each name a level: the ministries' index is not the provinces' split)
    text = "date 2022-04\nChỉ số DTI cấp tỉnh năm 2021 là 0,4014; DTI cấp bộ có cung cấp dịch vụ công là 0,4595.\n"
    assert [r.scope for r in read(text, plan_year=None)] == [None, None]


def test_shares_told_in_turn_by_what_was_done_are_of_the_group_the_first_names() -> None:
    recs = read("Năm 2025, khoảng 90% doanh nghiệp chế biến – chế tạo đã triển khai giải pháp số; 35% ứng dụng robot "
                "trong sản xuất; và 10–12% đạt mức nhà máy thông minh.", plan_year=None)
    assert [r.indicator for r in recs][1:] == ["doanh nghiệp chế biến – chế tạo ứng dụng robot trong sản xuất",
                                              "doanh nghiệp chế biến – chế tạo đạt mức nhà máy thông minh"]
    # (not shares whose words name their own things)
    recs = read("Năm 2024, 85% hộ gia đình có cáp quang, 60% người dân sử dụng dịch vụ thanh toán số.", plan_year=None)
    assert recs[1].indicator == "người dân sử dụng dịch vụ thanh toán số"



def test_a_share_told_in_turn_is_of_the_group_last_named() -> None:
    # (a later share that names its own group names the group of the ones after it)
    recs = read("Năm 2023, 100% cơ quan nhà nước đã kết nối mạng truyền số liệu chuyên dùng; 90% cán bộ, công chức có "
                "chữ ký số; 80% sử dụng thư điện tử công vụ.", plan_year=None)
    assert recs[2].indicator == "cán bộ, công chức sử dụng thư điện tử công vụ"


def test_the_worth_of_each_thing_in_a_bracket_keeps_the_counts_words() -> None:
    # (the words after the bracket say whom the things went to: the count's, and the worth's with its things)
    recs = read("Năm 2024, Hội đã trao 40 suất quà (2 triệu đồng/suất) cho hộ nghèo và 25 suất quà "
                "(1,5 triệu đồng/suất) cho người cao tuổi neo đơn.", plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [
        (40, "count", "Hội đã trao suất quà cho hộ nghèo"),
        (2e6, "other", "suất quà cho hộ nghèo"),
        (25, "count", "suất quà cho người cao tuổi neo đơn"),
        (1.5e6, "other", "suất quà cho người cao tuổi neo đơn")]


def test_a_toll_is_of_the_events_counted_before_it() -> None:
    # (the people killed and hurt by the fires or crashes just counted, not what "làm" did)
    recs = read("Năm 2024, toàn tỉnh xảy ra 57 vụ cháy, làm 3 người chết, 8 người bị thương.", plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (57, "xảy ra vụ cháy"), (3, "người chết do cháy"), (8, "người bị thương do cháy")]
    crash = read("Năm 2024, xảy ra 120 vụ tai nạn giao thông, làm chết 41 người.")
    assert [(r.value, r.indicator) for r in crash][1] == (41, "người chết do tai nạn giao thông")


def test_a_toll_needs_events_counted_before_it() -> None:
    # ("làm" after a count of houseless things: what was built or done, no toll of events)
    built = read("Năm 2024, Hội hỗ trợ 50 hộ nghèo, làm 20 căn nhà đại đoàn kết.", plan_year=None)
    assert [(r.value, r.indicator) for r in built][1] == (20, "làm căn nhà đại đoàn kết")
    seized = read("Bắt giữ 25 đối tượng, làm 3 người bị thương.", plan_year=None)
    assert "do" not in [r.indicator for r in seized if r.value == 3][0].split()
    # (a crop season is no event)
    crops = read("Toàn huyện gieo cấy 2 vụ lúa, làm 500 lao động có việc làm.", plan_year=None)
    assert "do" not in [r.indicator for r in crops if r.value == 500][0].split()


def test_units_counted_before_a_rate_they_reached_are_those_reaching_it() -> None:
    # (the schools are those where all pupils passed; their share in brackets is too; the rate keeps its own words)
    recs = read("Năm 2025, toàn tỉnh có 18/45 trường (40%) đạt tỷ lệ 100% học sinh được học bơi.", plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [
        (18, "count", "trường đạt tỷ lệ học sinh được học bơi"),
        (40, "%", "trường đạt tỷ lệ học sinh được học bơi"),
        (100, "%", "học sinh được học bơi")]
    villages = read("Có 31 thôn có 100% hộ dân dùng điện lưới quốc gia.", plan_year=None)
    assert villages[0].indicator == "thôn có hộ dân dùng điện lưới quốc gia"
    # (not a share of the plan that many reached)
    plan = read("Năm 2024, đưa 250 người đi làm việc ở nước ngoài, 120 người đạt 80% kế hoạch.", plan_year=None)
    assert "kế hoạch" not in [r.indicator for r in plan if r.value == 120][0]


def test_labels_each_before_their_own_bracket_do_not_pile_up() -> None:
    # ("cây rau (3.060 ha), cây ăn quả (1.241 ha)": each bracket holds only its label's amount, no part of the one before)
    recs = read("Diện tích đạt chứng nhận gồm các cây rau (1.250 ha), cây ăn quả (980 ha), chè (410 ha).", plan_year=None)
    assert [(r.value, r.indicator) for r in recs][1:] == [(980, "cây ăn quả"), (410, "chè")]
    # (parts named inside the bracket after a whole are still of that whole)
    whole = read("Toàn tỉnh có 665 ha ứng dụng công nghệ cao (275 ha hoa; 272 ha rau).", plan_year=None)
    assert [r.indicator for r in whole][1:] == ["hoa ứng dụng công nghệ cao", "rau ứng dụng công nghệ cao"]


def test_named_values_listed_under_a_line_that_names_the_measure_are_of_that_measure() -> None:
    # (each "Tên: giá trị" line is whose value of the measure its lead line names; a line of other words ends the list)
    recs = read("Năm 2024, các huyện có tỷ lệ hộ dùng nước sạch cao nhất:\n\n1. Cam Lộ: 91,5%.\n\n2. Gio Linh: 88%.\n\n"
                "Công tác cấp nước còn khó khăn.\n\n- Đakrông: 40%.", plan_year=None)
    assert [r.indicator for r in recs] == [
        "tỷ lệ hộ dùng nước sạch cao nhất Cam Lộ", "tỷ lệ hộ dùng nước sạch cao nhất Gio Linh", "Đakrông"]
    # (a colon line that states its own value names no bare measure: no number nor "còn" in its items' wording)
    own = read("Năm 2024, tỷ lệ hộ nghèo toàn tỉnh giảm còn 3,2%, cụ thể:\n- Đakrông: 20,5%.\n- Hướng Hóa: 15%.",
               plan_year=None)
    assert [r.value for r in own] == [3.2, 20.5, 15]
    assert not any("3,2" in r.indicator or "còn" in r.indicator for r in own[1:]), [r.indicator for r in own]
