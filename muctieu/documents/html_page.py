"""News and portal pages (.html/.htm): the article's own text, one block a line.

Vietnamese provincial portals wrap a plan's article in menus, a view
counter, a rating widget ("Click để đánh giá", "Xếp hạng"), share buttons,
"Tin liên quan" lists and a footer. Those are dropped by tag, by class/id
words and by a few line patterns; the article is the element holding most
paragraph text (a small readability-style score). Headings, paragraphs,
list items and table rows ("cell | cell") each become one line, in order.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from muctieu.documents.extracted import Extracted
from muctieu.documents.text import decode_text
from muctieu.errors import InputError

# Never article text: code, form controls, page chrome, media and their captions.
# Not <form> itself: ASP.NET and SharePoint portals wrap the whole page in one.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
    "embed", "video", "audio", "button", "input", "select", "textarea", "label",
    "nav", "footer", "aside", "figcaption", "head",
)
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "div", "dl", "dt",
    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "ul", "caption",
})
# Words in a class or id that mark page chrome (English and Vietnamese slugs).
_CHROME_WORD = re.compile(
    r"(?:^|[-_ ])(?:menu\w*|nav|navbar|navigation|breadcrumbs?|sidebar|footer|"
    r"share|sharing|social|rating|ratings|rate|vote|votes|stars?|comments?|binh-?luan|"
    r"related|lien-?quan|lienquan|tags?|tu-?khoa|banner|ads?|advert\w*|quang-?cao|"
    r"views?-?count|views|luot-?xem|luotxem|print|toolbar|widget|popup|modal|cookie|"
    r"search|topbar|top-links|copyright|doc-?nhieu|tin-?moi)(?:$|[-_ ])",
    re.IGNORECASE,
)
# Whole lines that are widgets rather than prose, when class names do not say
# so. Narrow on purpose: "Xếp hạng DTI của tỉnh tăng 5 bậc" and "Chia sẻ dữ
# liệu đạt 100%" are plan content.
_CHROME_LINE = re.compile(
    r"^\s*(?:click để đánh giá|xếp hạng\s*:|tổng số điểm|(?:số )?lượt (?:xem|truy cập)\s*:|"
    r"chia sẻ\s*(?::|$|facebook|zalo|bài viết)|in bài viết|gửi email|gửi bình luận|"
    r"ý kiến bạn đọc|bạn đánh giá|(?:tin|bài viết) liên quan\s*:?\s*$|"
    r"tin cùng chuyên mục\s*:?\s*$|(?:các )?tin khác\s*:?\s*$|từ khóa\s*:|tags?\s*:)"
    r"|\bphiếu bầu\s*\.?\s*$|^\s*\d[\d.,]*\s*lượt xem\s*$",
    re.IGNORECASE,
)
# "Thứ hai - 18/03/2024 09:15 406 0", "Cập nhật: 05/05/2022 - 14:30 |": a
# posting stamp (a date with a time, weekday or posting word, and nothing
# else but counters), not one of the plan's own dates.
_STAMP_WORDS = re.compile(
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|đăng ngày|ngày đăng|"
    r"ngày|lúc|gmt|lượt xem",
    re.IGNORECASE,
)
_STAMP_CUE = re.compile(r"\d{1,2}:\d{2}|thứ\s+\w+|chủ nhật|cập nhật|đăng", re.IGNORECASE)
_HAS_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_SPACES = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, where: str) -> str:
    """UTF-8/UTF-16 as for text; else the charset the page declares (older
    Vietnamese sites use windows-1258)."""
    try:
        return decode_text(data, where)
    except InputError:
        declared = _META_CHARSET.search(data[:4096])
        if declared is None:
            raise
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            raise InputError(
                f"không giải mã được trang theo bảng mã khai báo '{declared.group(1).decode('ascii', 'replace')}'",
                f"cannot decode the page with its declared charset "
                f"'{declared.group(1).decode('ascii', 'replace')}'",
                where=where,
            ) from None


def _clean(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


def _is_chrome(node: LexborNode) -> bool:
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip()
    if not names or not _CHROME_WORD.search(names):
        return False
    # A wrapper that holds the page's h1 or several real paragraphs is the
    # article whatever its class says ("print-area", "post-tags-wrap"...):
    # losing the article would be worse than keeping a widget.
    if node.css_first("h1") is not None:
        return False
    long_paragraphs = sum(1 for p in node.css("p") if len(_clean(p.text())) >= 80)
    return long_paragraphs < 3


def _is_stamp(line: str) -> bool:
    if not (_HAS_DATE.search(line) and _STAMP_CUE.search(line)):
        return False
    rest = _STAMP_WORDS.sub(" ", line)
    return not re.search(r"[^\W\d_]", rest)


def _strip_chrome(root: LexborNode) -> None:
    for tag in _DROP_TAGS:
        for node in root.css(tag):
            node.decompose()
    for node in root.css("header"):
        if node.css_first("h1") is None:
            node.decompose()
    for node in root.css("[class], [id]"):
        # Skip nodes already detached together with a dropped ancestor.
        if node.parent is not None and _is_chrome(node):
            node.decompose()


def _paragraph_blocks(root: LexborNode) -> list[LexborNode]:
    """Elements that directly hold a sentence of text."""
    blocks = []
    for node in root.css("p, li, td, div, h2, h3, h4, pre, blockquote"):
        own = "".join(
            child.text(deep=True) for child in node.iter(include_text=True)
            if child.tag not in _BLOCK_TAGS
        )
        if len(_clean(own)) >= 25:
            blocks.append(node)
    return blocks


# A list item or table cell counts for the block around its list or table:
# a plan's targets are often a long list under a one-line lead.
_GROUPING_TAGS = frozenset({"ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr"})


def _holder(block: LexborNode) -> LexborNode | None:
    parent = block.parent
    while parent is not None and parent.tag in _GROUPING_TAGS:
        parent = parent.parent
    return parent


def _main_container(body: LexborNode) -> LexborNode:
    """The element whose paragraphs carry the most text (holder full, its parent half)."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for block in _paragraph_blocks(body):
        length = len(_clean(block.text(deep=True)))
        parent = _holder(block)
        for weight in (1.0, 0.5):
            if parent is None:
                break
            key = parent.mem_id
            nodes[key] = parent
            scores[key] = scores.get(key, 0.0) + weight * length
            parent = parent.parent
    if not scores:
        return body
    best = max(scores, key=lambda k: scores[k])
    # An article split over sibling blocks scores in each and, halved, in
    # their wrapper: climb while the wrapper holds nearly as much.
    parent = nodes[best].parent
    while parent is not None and scores.get(parent.mem_id, 0.0) >= 0.75 * scores[best]:
        best = parent.mem_id
        parent = parent.parent
    return nodes[best]


def _table_lines(table: LexborNode) -> list[str]:
    lines = []
    for row in table.css("tr"):
        cells = [_clean(c.text(deep=True, separator=" ")) for c in row.iter() if c.tag in ("td", "th")]
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def _lines(node: LexborNode) -> list[str]:
    """One line per block element, inline text joined, tables as cell rows."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = _clean("".join(buf))
        buf.clear()
        if line:
            lines.append(line)

    def walk(n: LexborNode) -> None:
        for child in n.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                buf.append(child.text_content or "")
            elif tag == "br":
                flush()
            elif tag == "table":
                flush()
                lines.extend(_table_lines(child))
            elif tag in _BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            elif tag not in ("-comment", "img"):
                walk(child)

    walk(node)
    flush()
    return lines


def _title(tree: LexborHTMLParser) -> tuple[str | None, LexborNode | None]:
    """The headline: the h1 that <title> repeats, else the last h1 (a site
    logo in an h1 comes first), else <title> itself."""
    head_title = tree.css_first("title")
    page_title = _clean(head_title.text()) if head_title is not None else ""
    h1s = [h for h in tree.css("h1") if _clean(h.text())]
    if h1s:
        h1 = next((h for h in h1s if _clean(h.text()) in page_title), h1s[-1])
        return _clean(h1.text()), h1
    return page_title or None, None


def html_text(html: str) -> Extracted:
    """The article text of an HTML page, one block a line, and its title (h1, else <title>)."""
    tree = LexborHTMLParser(html)
    title, h1 = _title(tree)
    body = tree.body or tree.root
    if body is None:
        return Extracted("", title)
    h1_id = h1.mem_id if h1 is not None else None
    _strip_chrome(body)
    main = _main_container(body)
    lines = [ln for ln in _lines(main) if not _CHROME_LINE.search(ln) and not _is_stamp(ln)]
    # The headline usually sits above the article's text block.
    inside = h1_id is not None and any(n.mem_id == h1_id for n in main.css("h1"))
    if title and h1_id is not None and not inside and (not lines or lines[0] != title):
        lines.insert(0, title)
    return Extracted("\n".join(lines), title)
