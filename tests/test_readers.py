"""The readers on files made here: PDF, HTML, DOCX and text in the encodings bulletins come in,
and each bad input rejected with its reason while the good files of the same inbox are read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import opencc
import pytest
from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

import pipelines.ingest as ingest
from pipelines.ingest import Rejection, SourceBulletin, read_bulletin, read_inbox
from pipelines.readers import UnreadableBulletin, chinese, format_of, read_content
from pipelines.readers.chinese import plausibility
from pipelines.readers.html_file import drop_widgets
from pipelines.readers.text_file import decode_text

SENTENCE = "2024年全国网上零售额152287亿元，比上年增长7.2%。"
PARAGRAPH = (
    "2024年全国网上零售额152287亿元，比上年增长7.2%。其中，实物商品网上零售额130816亿元，"
    "增长6.5%，占社会消费品零售总额的比重为26.8%。全年国内生产总值1349084亿元。"
)
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


# --- files made for the tests -------------------------------------------------------------


def pdf_bytes(pages: list[list[tuple[float, float, str]]], **canvas_args) -> bytes:
    """A PDF with the given strings drawn at (x, y from the bottom) on A4 pages."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(595, 842), **canvas_args)
    for page in pages:
        for x, y, text in page:
            c.setFont(FONT, 10)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return out.getvalue()


def two_column_pages(n_pages: int = 3) -> list[list[tuple[float, float, str]]]:
    """Newspaper pages: a running header, a title over both columns on page 1, two columns of
    numbered lines whose tops line up, and a page number in the footer."""
    pages = []
    for p in range(1, n_pages + 1):
        items = [(60, 800, "2024年国民经济和社会发展统计公报"), (480, 800, f"第{p}页")]
        if p == 1:
            items.append((200, 770, "全国网上零售额稳步增长"))
        for i in range(12):
            y = 730 - i * 15
            items.append((50, y, f"左栏{p}-{i:02d}，零售额增长{i}.5%，比上年多{i}亿元。"))
            items.append((305, y, f"右栏{p}-{i:02d}，投资额增长{i}.2%，比上年多{i}万人。"))
        items.append((290, 30, f"- {p} -"))
        pages.append(items)
    return pages


def image_pdf(page_number: str | None = None) -> bytes:
    """A scanned page: an image, and at most a page number as text."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(595, 842))
    c.drawImage(ImageReader(Image.new("L", (400, 300), 230)), 72, 400, 400, 300)
    if page_number:
        c.setFont(FONT, 9)
        c.drawString(290, 30, page_number)
    c.showPage()
    c.save()
    return out.getvalue()


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None, merge=False) -> bytes:
    document = docx.Document()
    document.add_paragraph(paragraphs[0])
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        if merge:
            grid.cell(0, 0).merge(grid.cell(0, 1))
            grid.cell(0, 0).text = table[0][0]
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


GOV_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>2024年国民经济和社会发展统计公报_国家统计局</title></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/sj">数据查询</a></li>
<li><a href="/xw">新闻发布</a></li><li><a href="/gk">政府信息公开</a></li></ul></div>
<div class="main">
<h1>2024年国民经济和社会发展统计公报</h1>
<div class="info">发布时间：2025-02-28 【字号：加大 还原 减小】 下载 打印 全屏 收藏</div>
<div class="content">
<p>{paragraph}</p>
<p>初步核算，全年国内生产总值1349084亿元，比上年增长5.0%。其中，第一产业增加值91414亿元，
比上年增长3.5%；第二产业增加值492087亿元，增长5.3%。</p>
<table><tr><td>指标</td><td>绝对数（亿元）</td><td>比上年增长（%）</td></tr>
<tr><td>社会消费品零售总额</td><td>487895</td><td>3.5</td></tr></table>
<p>年末全国就业人员73439万人，其中城镇就业人员47345万人，占全国就业人员比重为64.5%。</p>
</div>
<div class="tools">下载 打印 全屏 收藏 关闭窗口</div>
</div>
<div class="footer"><p>版权所有：国家统计局 京ICP备05034670号</p>
<p>地址：北京市西城区月坛南街57号 邮编：100826</p></div>
</body></html>
"""


def gov_page(charset: str = "utf-8", paragraph: str = PARAGRAPH) -> str:
    return GOV_PAGE.format(charset=charset, paragraph=paragraph)


def reason_of(content: bytes, file_format: str) -> str:
    with pytest.raises(UnreadableBulletin) as caught:
        read_content(content, file_format)
    assert caught.value.detail
    return caught.value.reason


# --- plain text and encodings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode_as", "detected"),
    [
        ("utf-8", {"utf-8"}),
        ("utf-8-sig", {"utf-8-sig"}),
        ("utf-16", {"utf-16"}),
        ("utf-16-le", {"utf-16-le"}),
        ("gbk", {"gb18030"}),
        ("gb18030", {"gb18030"}),
    ],
)
def test_simplified_text_encodings_are_detected(encode_as, detected):
    text, encoding = decode_text(SENTENCE.encode(encode_as))
    assert text.lstrip("\ufeff") == SENTENCE
    assert encoding in detected


@pytest.mark.parametrize(("text", "encode_as"), [("增长5%", "gbk"), ("增長5%", "big5")])
def test_a_few_characters_are_enough_to_tell_gbk_from_big5(text, encode_as):
    assert decode_text(text.encode(encode_as))[0] == text


def test_gb18030_beyond_gbk_is_detected():
    text = PARAGRAPH + "㐀㐁"  # CJK extension A: four-byte GB18030 sequences, not in GBK
    assert decode_text(text.encode("gb18030")) == (text, "gb18030")


def test_big5_is_detected_not_taken_for_gbk():
    traditional = opencc.OpenCC("s2tw").convert(SENTENCE)
    data = traditional.encode("big5")
    data.decode("gb18030")  # the bytes are valid GBK too: only how the text reads tells
    text, encoding = decode_text(data)
    assert text == traditional
    assert encoding in {"big5", "cp950", "big5hkscs"}


def test_traditional_common_characters_are_opencc_conversions_of_the_simplified():
    simplified = chinese.COMMON_SIMPLIFIED
    converted = opencc.OpenCC("s2t").convert(simplified) + opencc.OpenCC("s2tw").convert(simplified)
    assert set(converted) - set(simplified) == set(chinese.COMMON_TRADITIONAL)


def test_real_bulletins_read_as_chinese():
    for path in sorted(Path(__file__).parents[1].joinpath("samples").glob("*.txt")):
        assert plausibility(path.read_text(encoding="utf-8")).share > 0.85, path.name


def latin_mojibake(data: bytes) -> str:
    """What a Windows program shows for these bytes: Windows-1252, Latin-1 where it has none."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize(
    ("garbled", "original", "note"),
    [
        (SENTENCE.encode("gbk").decode("latin-1"), SENTENCE, "gb18030 text read as latin-1"),
        (latin_mojibake(SENTENCE.encode("gbk")), SENTENCE, "gb18030 text read as latin-1"),
        (SENTENCE.encode("utf-8").decode("latin-1"), SENTENCE, "utf-8 text read as latin-1"),
        (
            "年末全国发电装机容量334862万千瓦，水电装机容量43595万千瓦，".encode().decode("gbk"),
            "年末全国发电装机容量334862万千瓦，水电装机容量43595万千瓦，",
            "utf-8 text read as gb18030",
        ),
    ],
)
def test_mojibake_is_repaired_and_recorded(garbled, original, note):
    text, encoding = decode_text(garbled.encode("utf-8"))
    assert text == original
    assert encoding == f"utf-8 (repaired from mojibake: {note})"


def test_mojibake_that_lost_bytes_is_rejected_not_guessed():
    # UTF-8 shown as GBK usually loses the odd bytes ("锟斤拷", "?"): the digits next to them
    # could be wrong, so no repair is attempted.
    garbled = PARAGRAPH.encode("utf-8").decode("gbk", errors="replace")
    with pytest.raises(UnreadableBulletin) as caught:
        decode_text(garbled.encode("utf-8"))
    assert caught.value.reason == "mojibake"
    assert "does not read as Chinese" in caught.value.detail


def test_non_chinese_bytes_in_no_encoding_are_undecodable():
    data = bytes(range(0x80, 0x100)) * 8  # high bytes, no NUL: no encoding reads it as Chinese
    assert reason_of(data, "txt") == "undecodable"
    assert reason_of("Café résumé, période".encode("latin-1"), "txt") == "undecodable"


# --- PDF ------------------------------------------------------------------------------------


def test_pdf_text_layer_is_read():
    data = pdf_bytes([[(72, 700, SENTENCE), (72, 680, "全年国内生产总值1349084亿元。")]])
    reading = read_content(data, "pdf")
    assert reading.text == SENTENCE + "\n全年国内生产总值1349084亿元。"
    assert reading.encoding is None


def test_two_column_pdf_is_read_column_by_column_without_headers_and_page_numbers():
    text = read_content(pdf_bytes(two_column_pages(3)), "pdf").text
    lines = text.splitlines()
    expected = ["全国网上零售额稳步增长"]
    for p in range(1, 4):
        expected += [f"左栏{p}-{i:02d}，零售额增长{i}.5%，比上年多{i}亿元。" for i in range(12)]
        expected += [f"右栏{p}-{i:02d}，投资额增长{i}.2%，比上年多{i}万人。" for i in range(12)]
    assert lines == expected


def test_columns_between_full_width_lines_are_read_band_by_band():
    items = [(150, 790, "数字经济核心产业发展情况")]
    # Right-column lines a few points lower than the left ones: baselines need not line up.
    items += [(50, 750 - i * 14.5, f"上左{i}：增加值增长{i}.1%，占比提高。") for i in range(8)]
    items += [(305, 746 - i * 15.2, f"上右{i}：营业收入{i}亿元，比上年增长。") for i in range(8)]
    items += [(50, 600, "全文宽段落：全年数字经济核心产业增加值占国内生产总值比重达到10%左右。")]
    items += [(50, 570 - i * 14.5, f"下左{i}：软件业务收入{i}亿元。") for i in range(6)]
    items += [(305, 570 - i * 14.5, f"下右{i}：电信业务总量{i}亿元。") for i in range(6)]
    lines = read_content(pdf_bytes([items]), "pdf").text.splitlines()
    assert [line.split("：")[0] for line in lines] == (
        ["数字经济核心产业发展情况"]
        + [f"上左{i}" for i in range(8)]
        + [f"上右{i}" for i in range(8)]
        + ["全文宽段落"]
        + [f"下左{i}" for i in range(6)]
        + [f"下右{i}" for i in range(6)]
    )


def test_single_page_keeps_its_lines_but_drops_a_bare_page_number():
    data = pdf_bytes([[(72, 800, "2024年统计公报"), (72, 700, SENTENCE), (290, 30, "3")]])
    assert read_content(data, "pdf").text == "2024年统计公报\n" + SENTENCE


def test_table_rows_are_not_taken_for_columns():
    rows = [
        ("指标", "绝对数", "增长"),
        ("国内生产总值", "1349084", "5.0"),
        ("粮食产量", "70650", "1.6"),
    ]
    rows += [(f"指标{i}", f"{i}00", f"{i}.1") for i in range(6)]
    items = [(72, 760, SENTENCE)]
    for r, (a, b, c) in enumerate(rows):
        items += [(72, 700 - 18 * r, a), (300, 700 - 18 * r, b), (450, 700 - 18 * r, c)]
    lines = read_content(pdf_bytes([items]), "pdf").text.splitlines()
    assert lines[1:4] == ["指标 绝对数 增长", "国内生产总值 1349084 5.0", "粮食产量 70650 1.6"]


def test_bold_drawn_twice_is_read_once():
    data = pdf_bytes([[(72, 700, "数字经济核心产业增加值"), (72.4, 700, "数字经济核心产业增加值")]])
    assert read_content(data, "pdf").text == "数字经济核心产业增加值"


def test_a_line_of_one_cjk_character_is_kept():
    # PDFium drops a one-glyph text object of a font that is not embedded when the system has
    # no CJK font to draw it with; such pages are read with pdfminer.
    data = pdf_bytes([[(72, 700, "【字号：加大"), (72, 686, "】"), (72, 672, SENTENCE)]])
    assert read_content(data, "pdf").text.splitlines() == ["【字号：加大", "】", SENTENCE]


def test_middle_dot_and_latin_letters_are_read():
    data = pdf_bytes([[(72, 700, "“四在农家·和美乡村”建设，GDP增长5%。")]])
    assert read_content(data, "pdf").text == "“四在农家·和美乡村”建设，GDP增长5%。"


def test_encrypted_pdf_that_opens_without_a_password_is_read():
    data = pdf_bytes([[(72, 700, SENTENCE)]], encrypt=StandardEncryption(""))
    assert read_content(data, "pdf").text == SENTENCE


def test_password_protected_pdf_is_encrypted():
    data = pdf_bytes([[(72, 700, SENTENCE)]], encrypt=StandardEncryption("secret"))
    assert reason_of(data, "pdf") == "encrypted"


def test_scanned_pdf_has_no_text_layer():
    with pytest.raises(UnreadableBulletin) as caught:
        read_content(image_pdf(page_number="1"), "pdf")  # a page number is no text layer
    assert caught.value.reason == "no_text_layer"
    assert "OCR" in caught.value.detail


def test_cut_off_and_broken_pdfs_are_truncated():
    whole = pdf_bytes(two_column_pages(2))
    assert reason_of(whole[: len(whole) // 2], "pdf") == "truncated"
    # The end marker survives but the middle is gone: the cross-reference table is wrong.
    assert reason_of(whole[:200] + whole[-300:], "pdf") == "truncated"


def test_a_web_page_named_pdf_is_not_a_pdf():
    assert reason_of(b"<html><body>404 Not Found</body></html>", "pdf") == "unsupported_format"


# --- HTML -------------------------------------------------------------------------------------


def test_html_main_content_without_menus_toolbars_and_footer():
    reading = read_content(gov_page().encode("utf-8"), "html")
    assert reading.text.splitlines()[0] == PARAGRAPH
    assert "全年国内生产总值1349084亿元" in reading.text
    assert "487895" in reading.text and "73439万人" in reading.text
    for furniture in ("首页", "数据查询", "下载", "打印", "字号", "收藏", "版权所有", "京ICP备"):
        assert furniture not in reading.text
    assert reading.title == "2024年国民经济和社会发展统计公报"
    assert reading.encoding == "utf-8"


def test_html_declared_gb2312_is_read_as_gb18030():
    page = gov_page("gb2312", paragraph=PARAGRAPH + "㐀")  # a character only GB18030 has
    reading = read_content(page.encode("gb18030"), "html")
    assert reading.encoding == "gb18030"
    assert PARAGRAPH + "㐀" in reading.text


def test_html_with_a_wrong_charset_is_detected():
    reading = read_content(gov_page("gbk").encode("utf-8"), "html")
    assert reading.encoding == "utf-8"
    assert PARAGRAPH in reading.text


def test_html_big5_without_declaration_is_detected():
    traditional = opencc.OpenCC("s2tw").convert(PARAGRAPH)
    page = gov_page(paragraph=traditional).replace('<meta charset="utf-8">', "")
    reading = read_content(opencc.OpenCC("s2tw").convert(page).encode("cp950"), "html")
    assert reading.encoding in {"big5", "cp950", "big5hkscs"}
    assert traditional in reading.text


def test_toolbar_lines_go_but_table_cells_and_sentences_stay():
    text = "来源：国家统计局 下载 打印\n| 规模 | 大 | 中 | 小 |\n全屏 收藏\n下载量增长12%。"
    assert drop_widgets(text) == "来源：国家统计局\n| 规模 | 大 | 中 | 小 |\n下载量增长12%。"


def test_html_without_main_text_is_no_text():
    # A page whose content a script fills in: the saved file has none of it.
    page = (
        "<html><head><title>统计公报</title><script>load('/api/gb/2024')</script></head>"
        '<body><div id="app"></div></body></html>'
    )
    assert reason_of(page.encode(), "html") == "no_text"


# --- DOCX -------------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order():
    data = docx_bytes(
        [SENTENCE, "年末全国就业人员73439万人。"],
        table=[["指标", "绝对数", "增长"], ["国内生产总值", "1349084", "5.0"]],
    )
    reading = read_content(data, "docx")
    assert reading.text.splitlines() == [
        SENTENCE,
        "指标\t绝对数\t增长",
        "国内生产总值\t1349084\t5.0",
        "年末全国就业人员73439万人。",
    ]
    assert reading.encoding is None


def test_docx_merged_cell_is_read_once():
    data = docx_bytes(
        [SENTENCE], table=[["主要指标", "", "增长"], ["生产总值", "1349084", "5.0"]], merge=True
    )
    assert read_content(data, "docx").text.splitlines()[1] == "主要指标\t增长"


def test_bad_docx_files_have_their_reasons():
    whole = docx_bytes([SENTENCE])
    assert reason_of(b"this is not a zip archive", "docx") == "truncated"
    assert reason_of(whole[: len(whole) // 2], "docx") == "truncated"
    sheet = io.BytesIO()
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert reason_of(sheet.getvalue(), "docx") == "unsupported_format"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    assert reason_of(ole + "EncryptedPackage".encode("utf-16-le"), "docx") == "encrypted"
    assert reason_of(ole, "docx") == "unsupported_format"
    assert reason_of(docx_bytes([""]), "docx") == "no_text"


# --- formats and the inbox ---------------------------------------------------------------------


def test_format_from_suffix_or_first_bytes():
    assert format_of(".PDF", b"") == "pdf"
    assert format_of(".txt", pdf_bytes([[(72, 700, SENTENCE)]])) == "pdf"  # signature first
    assert format_of(".html", docx_bytes([SENTENCE])) == "docx"
    assert format_of("", pdf_bytes([[(72, 700, SENTENCE)]])) == "pdf"
    assert format_of(".bin", b"<!DOCTYPE html><html></html>") == "html"
    assert format_of("", docx_bytes([SENTENCE])) == "docx"
    with pytest.raises(UnreadableBulletin, match="unsupported_format"):
        format_of(".doc", b"")
    with pytest.raises(UnreadableBulletin, match="unsupported_format"):
        format_of(".xyz", b"plain words")


def mixed_inbox(folder, monkeypatch) -> tuple[dict[str, bytes], dict[str, str]]:
    """Five good files of every format and one bad file for every reason, written to folder;
    returns the good files and the expected reason of each bad one."""
    good = {
        "a.pdf": pdf_bytes([[(72, 700, SENTENCE)]]),
        "b.html": gov_page().encode("utf-8"),
        "c.docx": docx_bytes([SENTENCE]),
        "d.txt": SENTENCE.encode("gbk"),
        "e.txt": SENTENCE.encode("gbk").decode("latin-1").encode("utf-8"),
    }
    whole = pdf_bytes(two_column_pages(2))
    bad = {
        "empty.pdf": (b"", "empty"),
        "binary.txt": (bytes(range(256)) * 4, "binary"),
        "cut.pdf": (whole[: len(whole) // 2], "truncated"),
        "locked.pdf": (
            pdf_bytes([[(72, 700, SENTENCE)]], encrypt=StandardEncryption("pw")),
            "encrypted",
        ),
        "scan.pdf": (image_pdf(), "no_text_layer"),
        "broken.docx": (b"PK\x03\x04 cut off", "truncated"),
        "huge.txt": (SENTENCE.encode() * 2000, "oversized"),
        "garbled.txt": (
            PARAGRAPH.encode("utf-8").decode("gbk", errors="replace").encode("utf-8"),
            "mojibake",
        ),
        "old.doc": (b"\xd0\xcf\x11\xe0", "unsupported_format"),
    }
    for name, data in good.items():
        (folder / name).write_bytes(data)
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    (folder / "b.meta.json").write_text('{"publisher": "国家统计局"}', encoding="utf-8")
    monkeypatch.setenv(ingest.MAX_FILE_BYTES_ENV, str(64 * 1024))  # a DOCX is ~40 kB
    return good, {name: why for name, (_, why) in bad.items()}


def test_inbox_reads_good_files_and_rejects_each_bad_one(tmp_path, monkeypatch):
    good, bad = mixed_inbox(tmp_path, monkeypatch)
    results = {r.file_name: r for r in read_inbox(tmp_path)}

    rejected = {n: r for n, r in results.items() if isinstance(r, Rejection)}
    assert {n: r.reason for n, r in rejected.items()} == bad
    assert all(r.detail for r in rejected.values())
    assert rejected["cut.pdf"].sha256 is not None
    read = {n: r for n, r in results.items() if isinstance(r, SourceBulletin)}
    assert set(read) == set(good)
    assert {n: r.format for n, r in read.items()} == {
        "a.pdf": "pdf",
        "b.html": "html",
        "c.docx": "docx",
        "d.txt": "txt",
        "e.txt": "txt",
    }
    for name in ("a.pdf", "c.docx", "d.txt", "e.txt"):
        assert read[name].text == SENTENCE, name
    assert SENTENCE in read["b.html"].text
    assert (read["a.pdf"].encoding, read["c.docx"].encoding) == (None, None)
    assert read["d.txt"].encoding == "gb18030"
    assert "repaired from mojibake" in read["e.txt"].encoding
    assert read["b.html"].title == "2024年国民经济和社会发展统计公报"
    assert read["b.html"].publisher == "国家统计局"


def test_sidecar_title_wins_over_the_page_title(tmp_path):
    (tmp_path / "p.html").write_bytes(gov_page().encode("utf-8"))
    (tmp_path / "p.meta.json").write_text('{"title": "统计公报"}', encoding="utf-8")
    assert read_bulletin(tmp_path / "p.html").title == "统计公报"


def test_a_reader_failure_nobody_foresaw_rejects_only_that_file(tmp_path, monkeypatch):
    def broken(content, file_format):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(ingest, "read_content", broken)
    (tmp_path / "a.txt").write_bytes(SENTENCE.encode())
    rejection = read_bulletin(tmp_path / "a.txt")
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "read_error"
    assert "RuntimeError: parser bug" in rejection.detail
