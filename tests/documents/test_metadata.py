"""Metadata is found the same way whatever the file format."""

from __future__ import annotations

from pathlib import Path

import pytest

from muctieu.documents.load import load
from muctieu.documents.metadata import find_metadata, is_plan_document, names_a_plan_year, opens_as_report, reports_on_plan_year
from tests.documents.builders import PLAN_BLOCKS, PLAN_TITLE, make_docx, make_html, make_pdf, make_txt

MAKERS = {"txt": make_txt, "html": make_html, "docx": make_docx, "pdf": make_pdf}
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.mark.parametrize("fmt", MAKERS)
def test_plan_metadata_in_every_format(tmp_path: Path, fmt: str) -> None:
    doc = load(MAKERS[fmt](tmp_path / f"plan.{fmt}", PLAN_BLOCKS))
    meta = doc.meta
    assert doc.format == fmt
    assert (meta.province, meta.plan_number, meta.plan_year, meta.title) == (
        "Quảng Trị", "57/KH-UBND", 2024, PLAN_TITLE,
    )
    assert meta.issued is not None and meta.issued.isoformat() == "2024-03-12"


@pytest.mark.parametrize("seed", ["001_1a683307a5f6c046.txt", "004_ca0784e199a9d4e4.txt"])
@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_real_article_gives_the_same_metadata_as_its_text(tmp_path: Path, seed: str, fmt: str) -> None:
    if not (SEEDS / seed).exists():
        pytest.skip(f"shared seeds not beside the repository ({SEEDS})")
    text = (SEEDS / seed).read_text(encoding="utf-8")
    blocks = [("h" if i == 0 else "p", line) for i, line in enumerate(text.splitlines()) if line.strip()]
    expected = load(SEEDS / seed).meta
    got = load(MAKERS[fmt](tmp_path / f"seed.{fmt}", blocks)).meta
    assert (got.province, got.plan_number, got.issued, got.plan_year) == (
        expected.province, expected.plan_number, expected.issued, expected.plan_year,
    )
    assert expected.plan_number is not None  # the seed does name its plan


def test_a_year_compared_with_is_not_the_plan_year() -> None:
    text = ("Doanh thu ngành năm nay đạt 104% kế hoạch, tăng 9,6% so với cùng kỳ năm 2021.\n"
            "UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2023.")
    assert find_metadata(text).plan_year == 2023
    assert find_metadata("Sản lượng đạt 98% kế hoạch, tăng 5% so với năm 2022.").plan_year is None
    # the plan a title or lead names keeps its year, and so does a stage's end
    assert find_metadata("KẾ HOẠCH\n\nCHUYỂN ĐỔI SỐ TỈNH NĂM 2024\n").plan_year == 2024
    assert find_metadata("Kế hoạch phát triển hạ tầng số giai đoạn 2023-2025.").plan_year == 2025


def test_plans_the_counted_agencies_made_are_not_the_texts() -> None:
    text = ("Trong 6 tháng đầu năm 2023, 12 cơ quan, đơn vị đã xây dựng kế hoạch năm 2023 và 4 đơn vị "
            "xây dựng kế hoạch giai đoạn 2023 - 2025.")
    assert find_metadata(text).plan_year is None


@pytest.mark.parametrize("text, year", [
    # news of carrying out a year's plan: the report is of that year
    ("Sơn La đẩy mạnh chuyển đổi số\nCác sở đã triển khai các nhiệm vụ theo Kế hoạch chuyển đổi số năm 2024 "
     "và đạt nhiều kết quả.", 2024),
    ("Tỉnh tổng kết việc thực hiện Kế hoạch chuyển đổi số năm 2023.", 2023),
    ("Các sở đã hoàn thành đúng tiến độ Kế hoạch số hóa hồ sơ địa chính trong năm 2022.", 2022),
    # the plan itself, a stage's plan, a plan only named: not a report on one year's plan
    ("KẾ HOẠCH Chuyển đổi số tỉnh Sơn La năm 2024\nThực hiện Kế hoạch số 12/KH-UBND năm 2024 ...", None),
    ("Tỉnh đã triển khai Kế hoạch số 171/KH-UBND về hạ tầng số giai đoạn 2023-2025.", None),
    ("Theo đó, kế hoạch đặt mục tiêu hoàn thành các nhiệm vụ đến năm 2025.", None),
    ("UBND tỉnh vừa ban hành Kế hoạch chuyển đổi số năm 2025.", None),
    ("Hội nghị bàn cách đẩy nhanh tiến độ Kế hoạch chuyển đổi số năm 2025.", None),  # sped up, not reported on
])
def test_a_report_on_carrying_out_a_years_plan(text: str, year: int | None) -> None:
    assert reports_on_plan_year(text) == year


def test_a_plan_document_is_told_from_news_that_mentions_one() -> None:
    assert is_plan_document("KẾ HOẠCH\nChuyển đổi số tỉnh năm 2025\n...")
    assert is_plan_document("ỦY BAN NHÂN DÂN TỈNH X\nSố: 120/KH-UBND\nX, ngày 1 tháng 3 năm 2025\n...")
    assert not is_plan_document("date 2025-10\nTỉnh vừa ban hành Kế hoạch phát triển hạ tầng số đến năm 2030. ...")


def test_an_official_documents_title_is_its_kind_and_subject_not_its_letterhead() -> None:
    from muctieu.documents.metadata import find_metadata

    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH |\nSố: 33/KH-UBND\nBình Định, ngày 23 tháng 02 năm 2024\n\n"
            "KẾ HOẠCH\nChuyển đổi số tỉnh Bình Định năm 2024\n\nI. MỤC TIÊU\n- 80% hồ sơ trực tuyến.\n")
    assert find_metadata(text).title == "Kế hoạch chuyển đổi số tỉnh Bình Định năm 2024"
    # an upper-case subject broken over lines is joined, as written, up to the next part
    upper = ("ỦY\nBAN NHÂN DÂN |\nSố: 198/KH-UBND\n\nKẾ HOẠCH\nPHÁT\nTRIỂN KINH TẾ SỐ TỈNH ĐỒNG NAI ĐẾN NĂM\n2030\n"
             "I. MỤC ĐÍCH\n")
    assert find_metadata(upper).title == "KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ TỈNH ĐỒNG NAI ĐẾN NĂM 2030"
    # a page's headline stays the title
    news = "Lạng Sơn ban hành kế hoạch chuyển đổi số năm 2026\nKẾ HOẠCH\nChuyển đổi số năm 2026\n"
    assert find_metadata(news).title == "Lạng Sơn ban hành kế hoạch chuyển đổi số năm 2026"
    # a crawler's date stamp is when the page was read, not its title
    assert find_metadata("date 2025-12\nSở tổng kết năm 2025\n\nNăm 2025, ...").title == "Sở tổng kết năm 2025"


def test_a_share_of_a_plan_names_no_plan_of_the_texts_own() -> None:
    assert not names_a_plan_year("Kim ngạch xuất khẩu đạt 111,4 tỉ USD, đạt 70% kế hoạch năm 2025.")
    assert names_a_plan_year("Kế hoạch chuyển đổi số năm 2025 của tỉnh đặt ra 40 chỉ tiêu.")
    # a plan met is no plan of the text's; one striven for is
    assert not names_a_plan_year("Thuê bao cố định đạt 19,2 triệu; đạt kế hoạch năm 2021.")
    assert not names_a_plan_year("Doanh thu đạt và vượt kế hoạch năm 2023.")
    assert not names_a_plan_year("Số thuê bao đạt 20,1 triệu, gần đạt mục tiêu kế hoạch năm 2023 là 21 triệu.")
    assert names_a_plan_year("Các xã nỗ lực hoàn thành kế hoạch chuyển đổi số năm 2024.")
    # "theo kế hoạch sẽ …": as scheduled, no plan
    assert not names_a_plan_year("Nhà máy khởi công tháng 1, theo kế hoạch sẽ sản xuất thử từ năm 2028.")


def test_a_document_the_text_works_by_is_not_its_own() -> None:
    text = ("Hà Tĩnh: Công bố xếp hạng chuyển đổi số các sở, ngành\n\n"
            "Việc đánh giá được thực hiện theo các chỉ số trong danh mục kèm theo Quyết định số 212/QĐ-UBND ngày "
            "15/02/2024 của UBND tỉnh. Năm 2024, đứng đầu là Sở Tài chính (884,5 điểm).")
    meta = find_metadata(text)
    assert (meta.plan_number, meta.issued, meta.plan_year) == (None, None, None)
    # (the text's own number still is: "Kế hoạch số 45/KH-UBND ngày ...")
    own = find_metadata("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 45/KH-UBND\nHà Tĩnh, ngày 20 tháng 01 năm 2024\n"
                        "KẾ HOẠCH\nChuyển đổi số năm 2024")
    assert (own.plan_number, own.plan_year) == ("45/KH-UBND", 2024)
    # (nor the decision that adopts the plan, in its header)
    adopted = find_metadata("KẾ HOẠCH\nChuyển đổi số năm 2024\n(Ban hành kèm theo Quyết định số 454/QĐ-UBND ngày "
                            "01/3/2024 của UBND tỉnh)")
    assert adopted.plan_number == "454/QĐ-UBND"


@pytest.mark.parametrize("title, province", [
    ("KẾ HOẠCH PHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030", "Bắc Ninh"),
    ("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LÂM ĐỒNG ĐẾN NĂM 2025", "Lâm Đồng"),
    ("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH TỚI NĂM 2025", "Quảng Ninh"),
    ("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH BÌNH ĐỊNH NĂM 2024", "Bình Định"),
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\nKế hoạch chuyển đổi số năm 2024", "Bà Rịa - Vũng Tàu"),
])
def test_an_upper_case_title_names_the_province_without_the_words_after_it(title: str, province: str) -> None:
    assert find_metadata(title).province == province


def test_a_plan_the_text_carries_out_is_not_the_texts_own() -> None:
    text = ("Tỉnh Bạc Liêu đưa dịch vụ công đến gần người dân\n\nThực hiện Kế hoạch số 95/KH-UBND ngày 12/5/2023 "
            "của UBND tỉnh về thí điểm Tổ Công nghệ số cộng đồng. Toàn tỉnh có 52 đơn vị cấp xã thành lập Tổ.\n")
    meta = find_metadata(text)
    assert (meta.plan_number, meta.issued, meta.plan_year) == (None, None, None)
    # (nor one the tasks were set in, nor the next such one it lists)
    text = ("Hiện nay, số tài khoản định danh điện tử kích hoạt trên địa bàn huyện là 12.408.\n"
            "Để hoàn thành các nhiệm vụ được giao tại Kế hoạch 52/KH- UBND ngày 3-3-2023 của UBND tỉnh và Kế hoạch "
            "số 118/KH-UBND ngày 9-3-2023 của UBND huyện, Chủ tịch UBND huyện yêu cầu các cơ quan quán triệt.\n")
    meta = find_metadata(text)
    assert (meta.plan_number, meta.plan_year) == (None, None)
    # a plan that names itself keeps its number
    assert find_metadata("Kế hoạch số 95/KH-UBND ngày 12/5/2023 của UBND tỉnh Bạc Liêu về chuyển đổi số.\n").plan_number \
        == "95/KH-UBND"


def test_a_plan_cited_deep_inside_news_gives_the_text_no_year() -> None:
    story = ("Kon Tum: Tỷ lệ hồ sơ trực tuyến còn thấp\n\n" + "Thời gian qua, các sở, ngành và địa phương đã tích cực "
             "triển khai dịch vụ công trực tuyến, hỗ trợ người dân nộp hồ sơ tại nhà. " * 6
             + "Nhiệm vụ này được nêu trong Kế hoạch số 1207/KH-UBND ngày 14/4/2022 của UBND tỉnh.\n")
    meta = find_metadata(story)
    assert meta.plan_number == "1207/KH-UBND" and meta.plan_year is None
    # (a plan that opens the text is the text: its date gives the year)
    assert find_metadata("Kế hoạch số 1207/KH-UBND ngày 14/4/2022 của UBND tỉnh về dịch vụ công trực tuyến.\n").plan_year \
        == 2022


def test_news_of_carrying_out_a_stages_plan_has_no_plan_year_of_it() -> None:
    news = ("Quảng Trị: nhiều chuyển biến trong chuyển đổi số\n"
            "Năm 2023 là năm tỉnh có nhiều bứt phá. Tỉnh đã triển khai Kế hoạch số 88/KH-UBND về phát triển "
            "hạ tầng số giai đoạn 2022-2025. Theo đó, tỷ lệ hộ gia đình có cáp quang đạt 78%.\n")
    assert find_metadata(news).plan_year is None
    by_virtue = ("Căn cứ vào Kế hoạch chuyển đổi số cộng đồng giai đoạn 2021 - 2025, chiều 19/12/2022 xã đã "
                 "ra mắt 8 tổ công nghệ số cộng đồng thôn.\n")
    assert find_metadata(by_virtue).plan_year is None
    # (the stage's plan itself, or news of one issued, keeps the stage's end)
    plan = "KẾ HOẠCH\nPhát triển hạ tầng số giai đoạn 2022-2025\nPhấn đấu 90% hộ gia đình có cáp quang.\n"
    assert find_metadata(plan).plan_year == 2025
    issued = ("UBND tỉnh vừa ban hành Kế hoạch phát triển hạ tầng số giai đoạn 2022-2025. "
              "Theo đó, phấn đấu 90% hộ gia đình có cáp quang.\n")
    assert find_metadata(issued).plan_year == 2025


@pytest.mark.parametrize("text, own", [
    # a letterhead's number heads its line
    ("UBND TỈNH QUẢNG BÌNH\nSố: 214/KH-UBND\nKế hoạch chuyển đổi số năm 2024\n", True),
    # news of a document issued that goes on to what it sets
    ("Ngày 12/3/2024, UBND tỉnh ban hành Kế hoạch số 61/KH-UBND về chuyển đổi số. Theo đó, 100% xã có wifi.\n", True),
    ("Theo kế hoạch số 148/KH-UBND về phát triển hạ tầng số, toàn tỉnh phấn đấu 90% thôn có cáp quang.\n", True),
    # a document cited in passing is another's
    ("Thực hiện Quy định xã nông thôn mới kiểu mẫu theo Quyết định 2051/QĐ-UBND ngày 11/6/2022, xã đã lắp 12 camera.\n",
     False),
    ("Năm 2023, tỉnh có 48 hệ thống thông tin. Ngày 04/4/2022, UBND tỉnh đã ban hành Kế hoạch số 905/KH-UBND "
     "về cấp độ an toàn thông tin. Đến nay, đã phê duyệt cấp độ cho 40 hệ thống.\n", False),
])
def test_a_document_is_the_texts_own_only_by_its_letterhead_or_news_of_its_issue(text: str, own: bool) -> None:
    assert is_plan_document(text) is own


def test_a_letterheads_number_run_together_with_its_line_is_the_texts_own() -> None:
    # a page that ran the letterhead onto one line still heads the number with "Số:"
    text = ("UBND TỈNH LAI CHÂU Số: 58/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Lai Châu, ngày 8 tháng 3 năm 2024\nChuyển đổi số tỉnh Lai Châu năm 2024\n"
            "Phấn đấu 75% hồ sơ trực tuyến toàn trình.\n")
    assert is_plan_document(text)
    assert find_metadata(text).plan_year == 2024
    # (a number cited in passing, without the letterhead's colon, is still another's)
    assert not is_plan_document("Thực hiện Kế hoạch số 58/KH-UBND của tỉnh, xã đã lắp 12 camera.\n")


def test_a_plan_issued_in_the_sentence_of_the_one_it_works_by_gives_its_year() -> None:
    text = ("Căn cứ Kế hoạch số 12/KH-UBND ngày 8/1/2022 của UBND tỉnh về chuyển đổi số giai đoạn 2022-2025, "
            "UBND thị xã ban hành Kế hoạch chuyển đổi số năm 2024 như sau:\nI. MỤC TIÊU\n"
            "Phấn đấu 70% hồ sơ trực tuyến toàn trình.\n")
    assert find_metadata(text).plan_year == 2024
    # (news of carrying out the stage's plan alone still has none)
    assert find_metadata("Căn cứ Kế hoạch chuyển đổi số giai đoạn 2022-2025, xã đã lắp 14 camera an ninh.\n").plan_year \
        is None


def test_news_that_tells_of_a_plan_issued_earlier_has_no_plan_year_of_it() -> None:
    text = ("Ở cấp xã có 40 đơn vị đạt loại tốt, 25 đơn vị loại khá và 6 đơn vị loại trung bình.\n"
            "Trước đó, UBND tỉnh ban hành kế hoạch chuyển đổi số năm 2025, xác định các chỉ tiêu cơ bản. Trong đó, "
            "tỉnh bảo đảm 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.\n")
    assert find_metadata(text).plan_year is None
    # (a plan's own text, or news of its issue, keeps its year)
    assert find_metadata("Ngày 10/2, UBND tỉnh ban hành kế hoạch chuyển đổi số năm 2025. Theo đó, 100% xã có "
                         "cáp quang.\n").plan_year == 2025


def test_news_that_opens_on_a_report_of_results_reads_as_one() -> None:
    assert opens_as_report("Trong báo cáo gửi Bộ Khoa học và Công nghệ về kết quả triển khai chuyển đổi số năm "
                           "2024, Sở cho biết trong năm tỉnh đã hoàn thành nhiều mục tiêu.\n")
    assert opens_as_report("Theo báo cáo tình hình chuyển đổi số 6 tháng đầu năm 2025, 95% hồ sơ được số hóa.\n")
    # (news that opens on anything else does not)
    assert not opens_as_report("Trong năm 2024, tỉnh gửi báo cáo đến Bộ và ban hành kế hoạch chuyển đổi số năm 2025.\n")


def test_a_congress_opening_its_term_sets_aims_for_the_terms_end() -> None:
    text = ("date 2025-10-03\nĐại hội đại biểu Đảng bộ tỉnh Bình An lần thứ I, nhiệm kỳ 2025 - 2030 bế mạc sáng nay.\n"
            "Đại hội đề ra 24 chỉ tiêu, trong đó tăng trưởng GRDP bình quân đạt 10%/năm.\n")
    assert find_metadata(text).plan_year == 2030
    # (a congress of an earlier term, or a page dated after the term began, keeps the page's year)
    assert find_metadata(text.replace("2025 - 2030", "2020 - 2025")).plan_year == 2025
    assert find_metadata(text.replace("date 2025-10-03", "date 2026-04")).plan_year == 2026
