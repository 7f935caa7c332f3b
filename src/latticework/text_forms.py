"""Character classes and the equivalence of character forms (width, script, punctuation).

The cleaner may change a character's form (full-width `Ａ` -> `A`, ASCII `,` between Chinese
characters -> `，`, a line break -> a space); `equivalent` says which changes are allowed, and the
property tests hold the cleaner to it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# ASCII punctuation used inside Chinese prose, and the Chinese form it stands for.
ASCII_TO_CJK_PUNCT = {
    ",": "，",
    ";": "；",
    ":": "：",
    "?": "？",
    "!": "！",
    "(": "（",
    ")": "）",
}
CJK_TO_ASCII_PUNCT = {v: k for k, v in ASCII_TO_CJK_PUNCT.items()}

# Dash-like characters that stand for one another in PDF-extracted text.
_DASHES = set("-‐‑‒–—―－一~～〜")
_SPACES = set(" \t\n\r\u3000\u00a0\u2002\u2003\u2009\u200b\f\v")
# Forms OCR and transliteration use for the middle dot in foreign names.
_DOTS = set("·・•‧∙!！.")

SENTENCE_END = set("。！？!?…")
CLOSERS = set("”’」』）)】〕》〉\"'")


# the same ranges as is_cjk, for counting over a whole string at C speed
CJK_CHAR = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3040-\u30ff\U00020000-\U0002ffff]")


def cjk_share(text: str) -> float:
    """The share of Han characters and kana among the non-space characters of a text (0 if none)."""
    solid = len(text) - len(_WHITESPACE.findall(text))
    return len(CJK_CHAR.findall(text)) / solid if solid else 0.0


_WHITESPACE = re.compile(r"\s")


def is_cjk(ch: str) -> bool:
    """A Han character (incl. extension A and compatibility ideographs) or a kana."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x3040 <= o <= 0x30FF
        or 0x20000 <= o <= 0x2FFFF
    )


def is_cjk_punct(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 < o <= 0x303F or 0xFF01 <= o <= 0xFF0F or ch in "，。：；？！“”‘’（）《》〈〉【】〔〕「」『』、…—·"


def is_wide(ch: str) -> bool:
    """Characters around which Chinese typesetting puts no space."""
    return is_cjk(ch) or is_cjk_punct(ch) or ch in "“”‘’…—"


def is_latin(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("\u00c0" <= ch <= "\u024f")


def fold_width(ch: str) -> str:
    """Full-width ASCII variants (Ａ ０ ％ ＋) to their ASCII form; other characters unchanged."""
    o = ord(ch)
    if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
        return chr(o - 0xFEE0)
    if ch in "％＋＝＜＞＆＃＠＄＾＿｜／＼":
        return chr(o - 0xFEE0)
    if ch == "\u3000":
        return " "
    return ch


def equivalent(a: str, b: str) -> bool:
    """True when `a` is the same character as `b` or an allowed variant form of it."""
    if a == b:
        return True
    if a in _SPACES and b in _SPACES:
        return True
    if a in _DASHES and b in _DASHES:
        return True
    if a in _DOTS and b in _DOTS:
        return True
    if ASCII_TO_CJK_PUNCT.get(a) == b or ASCII_TO_CJK_PUNCT.get(b) == a:
        return True
    if fold_width(a) == fold_width(b):
        return True
    if unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b):
        return True
    return _same_han(a, b)


# Hong Kong and older print forms that OpenCC's t2s keeps as they are (世衞, 自衞隊, 防衞: Hong Kong
# writes 衞 where Taiwan writes 衛), folded to the simplified character so both read alike (ent10)
_VARIANTS = str.maketrans({"衞": "卫", "衹": "只", "廸": "迪", "淸": "清", "靑": "青", "緖": "绪"})


class _T2S:
    """OpenCC's t2s followed by the variant fold; the same length in, the same length out."""

    def __init__(self, conv) -> None:
        self._conv = conv

    def convert(self, text: str) -> str:
        return self._conv.convert(text).translate(_VARIANTS)


@functools.cache
def t2s_converter() -> _T2S:
    """The OpenCC traditional-to-simplified converter, built once on first use."""
    import opencc

    return _T2S(opencc.OpenCC("t2s"))


def _same_han(a: str, b: str) -> bool:
    """Traditional and simplified forms of one Han character are equivalent."""
    if not (is_cjk(a) and is_cjk(b)):
        return False
    conv = t2s_converter()
    return conv.convert(a) == conv.convert(b)
