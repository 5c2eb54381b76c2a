"""HTML bulletins: the page's main content and its title, without menus, toolbars and footers.

Belongs here: the page's charset (byte-order mark, then the declared ``<meta charset>``, then
detection as for plain text), trafilatura's main-content extraction, and the removal of the
page widgets that government sites put inside the content area (下载 打印 全屏 收藏
【字号：加大 还原 减小】), which no extractor knows. Text-level cleanup is ``normalise``.

Why trafilatura: maintained, the best-scoring open main-content extractor in published
comparisons, keeps tables (rows as ``| a | b |`` lines), and reads titles from <title>, <h1>
and meta tags with the site name trimmed.
"""

from __future__ import annotations

import codecs
import re

import trafilatura

from pipelines.readers.common import Reading, UnreadableBulletin
from pipelines.readers.text_file import decode_text, settle_decoded

DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
CHARSET_WINDOW = 4096
# Declared charsets read with the superset that real pages need: pages labelled gb2312 use GBK
# characters, pages labelled big5 use Microsoft's extensions.
CHARSET_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "big5": "cp950",
}
# Toolbar words of Chinese government pages. A line made of nothing else, with at least one
# unmistakable one ("大 中 小" alone may be a table row), is a widget, not text; unmistakable ones
# trailing a line are cut off it; the font-size widget is cut out of any line it appears in.
TOOLBAR_WORDS = frozenset(
    {
        "下载",
        "打印",
        "全屏",
        "收藏",
        "关闭窗口",
        "打印本页",
        "打印此页",
        "分享到",
        "我要纠错",
        "返回顶部",
        "扫一扫在手机打开当前页",
    }
)
TOOLBAR_WEAK_WORDS = frozenset(
    {
        "关闭",
        "分享",
        "保存",
        "纠错",
        "返回",
        "字号",
        "字体",
        "加大",
        "还原",
        "减小",
        "默认",
        "大",
        "中",
        "小",
    }
)
FONT_SIZE_WIDGET = re.compile(
    r"[【\[]?\s*字[号体]\s*[:：]?\s*(?:(?:加大|还原|减小|默认|大|中|小)\s*)+[】\]]?"
)
TOOLBAR_SPLIT = re.compile(r"[\s【】\[\]|｜:：/·]+")


def read_html(content: bytes) -> Reading:
    html, encoding = decode_html(content)
    text = main_text(html)
    if not text.strip():
        raise UnreadableBulletin(
            "no_text",
            "no main text found in the HTML page (only navigation, scripts or markup, or too "
            "little text to tell content from menus)",
        )
    text, encoding = settle_decoded(text, encoding)
    return Reading(text=text, encoding=encoding, title=page_title(html))


def decode_html(content: bytes) -> tuple[str, str]:
    """The page's markup and the charset it was read with."""
    has_bom = content.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    declared = None if has_bom else DECLARED_CHARSET.search(content[:CHARSET_WINDOW])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        name = CHARSET_SUPERSETS.get(label, label)
        try:
            return content.decode(name), name
        except LookupError:
            pass  # a charset Python does not know: detect it like any text
        except UnicodeDecodeError:
            pass  # the declaration is wrong (pages often lie): detect it like any text
    return decode_text(content)


def main_text(html: str) -> str:
    """The main content as lines: trafilatura's balanced pass, its recall pass if that finds
    nothing. Not its baseline (all the body's text): that would pass menus off as a bulletin."""
    text = trafilatura.extract(html, include_tables=True, include_comments=False)
    if not text:
        text = trafilatura.extract(
            html, include_tables=True, include_comments=False, favor_recall=True
        )
    return drop_widgets(text or "")


def drop_widgets(text: str) -> str:
    lines = []
    for line in text.splitlines():
        line = FONT_SIZE_WIDGET.sub(" ", line).rstrip()
        words = [w for w in TOOLBAR_SPLIT.split(line) if w]
        if (
            words
            and all(w in TOOLBAR_WORDS or w in TOOLBAR_WEAK_WORDS for w in words)
            and any(w in TOOLBAR_WORDS for w in words)
        ):
            continue
        # A toolbar trailing real text ("来源：国家统计局 下载 打印") loses the toolbar.
        while words and words[-1] in TOOLBAR_WORDS and len(words) > 1:
            line = line[: line.rstrip().rfind(words[-1])].rstrip(" 【[|｜")
            words.pop()
        if line.strip():
            lines.append(line)
    return "\n".join(lines)


def page_title(html: str) -> str | None:
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None else None
    return title.strip() if title and title.strip() else None
