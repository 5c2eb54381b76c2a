"""Plain-text bulletins (.txt, .md): from bytes to text with the encoding detected.

Belongs here: byte-order marks, UTF-8, BOM-less UTF-16, the Chinese legacy encodings (GB18030
and its subsets GBK/GB2312, Big5) and, for anything else, charset-normalizer; then the mojibake
check of ``chinese`` on whatever was decoded. The HTML reader decodes its bytes here too when
the page does not declare a charset. Nothing here cleans the text.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from pipelines.readers.chinese import PLAUSIBLE_SHARE, plausibility, repair_mojibake
from pipelines.readers.common import Reading, UnreadableBulletin

BOMS = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The legacy encodings of Chinese bulletins, tried strictly and judged by how the result reads.
# GB18030 is a superset of GBK and GB2312; cp950 and big5hkscs extend Big5.
CHINESE_ENCODINGS = ("gb18030", "big5", "cp950", "big5hkscs")
# Control characters other than tab, newline, carriage return and form feed mean binary data.
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f"}


def read_text(content: bytes) -> Reading:
    text, encoding = decode_text(content)
    return Reading(text=text, encoding=encoding)


def decode_text(content: bytes) -> tuple[str, str]:
    """Decode bulletin bytes, returning the text and the encoding used (with any repair noted).

    In order: a byte-order mark; BOM-less UTF-16 (NUL bytes between ASCII letters); strict
    UTF-8; the Chinese legacy encodings, the one whose text reads as Chinese; charset-normalizer.
    Text that decodes but does not read as Chinese is repaired if it is mojibake, and refused
    otherwise, never stored garbled.
    """
    for bom, name in BOMS:
        if content.startswith(bom):
            try:
                text = content.decode(name)
            except UnicodeDecodeError as problem:
                raise UnreadableBulletin(
                    "undecodable",
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"(byte {problem.start})",
                ) from problem
            return settle_decoded(text, name)
    if b"\x00" in content[:4096]:
        return _utf16_without_bom(content)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return settle_decoded(text, "utf-8")
    return _legacy(content)


def settle_decoded(text: str, encoding: str) -> tuple[str, str]:
    """``text`` as decoded if it reads as Chinese; else repaired; else rejected as mojibake."""
    score = plausibility(text)
    if score.acceptable:
        return text, encoding
    repair = repair_mojibake(text)
    if repair is None:
        raise UnreadableBulletin(
            "mojibake",
            f"decodes as {encoding} but does not read as Chinese: only {score.share:.0%} of its "
            f"{score.letters} non-ASCII letters are common Chinese characters, and no "
            "re-decoding (GBK or UTF-8 bytes shown as Latin-1, UTF-8 shown as GBK or Big5) "
            "repairs it",
        )
    return repair.text, f"{encoding} ({repair.note})"


def _utf16_without_bom(content: bytes) -> tuple[str, str]:
    """NUL bytes are binary data unless the file is UTF-16 without its byte-order mark."""
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = content.decode(name)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if c < " " and c not in _TEXT_CONTROLS)
        if controls == 0 and plausibility(text).reads_as_chinese:
            return text, name
    raise UnreadableBulletin("binary", "the file holds binary data (NUL bytes), not text")


def _legacy(content: bytes) -> tuple[str, str]:
    best: tuple[float, str, str] | None = None
    for name in CHINESE_ENCODINGS:
        try:
            text = content.decode(name)
        except UnicodeDecodeError:
            continue  # not this encoding: strict decoding is the first test
        score = plausibility(text)
        # Even a few letters decide here: the candidates are compared, not judged alone.
        plausible = score.letters > 0 and score.share >= PLAUSIBLE_SHARE
        if plausible and (best is None or score.share > best[0]):
            best = (score.share, text, name)
    if best is not None:
        return best[1], best[2]
    guess = from_bytes(content).best()
    if guess is None:
        raise UnreadableBulletin(
            "undecodable",
            "not UTF-8, GB18030, GBK or Big5, and no other text encoding fits the bytes",
        )
    text = str(guess)
    score = plausibility(text)
    # Bytes that are not UTF-8 are a legacy encoding; in a Chinese inbox, one that does not
    # give Chinese is a wrong guess (the old ingest refused such guesses too).
    if score.letters > 0 and score.share >= PLAUSIBLE_SHARE:
        return text, guess.encoding
    repair = repair_mojibake(text)
    if repair is not None:
        return repair.text, f"{guess.encoding} ({repair.note})"
    raise UnreadableBulletin(
        "undecodable",
        f"not UTF-8, GB18030, GBK or Big5; the closest fit, {guess.encoding}, does not read as "
        f"Chinese ({score.share:.0%} of {score.letters} letters are common Chinese characters)",
    )
