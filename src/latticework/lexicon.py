"""Word lists derived from jieba's dictionary, loaded once on first use.

jieba ships a 350k-word dictionary with frequencies and part-of-speech tags; latticework uses it
to confirm a doubled character at a page join and to tell a personal name from an ordinary word.
"""

from __future__ import annotations

import functools

_NAME_TAGS = {"nr", "nrt", "nrfg", "nz"}


@functools.cache
def short_words() -> dict[str, str]:
    """Two- and three-character words -> their jieba part-of-speech tag."""
    import jieba

    words: dict[str, str] = {}
    with jieba.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split()
            if parts and 2 <= len(parts[0]) <= 3:
                words[parts[0]] = parts[2] if len(parts) > 2 else ""
    return words


def is_word(text: str) -> bool:
    return text in short_words()


def is_common_non_name(text: str) -> bool:
    """An ordinary word (会谈, 会晤, 表示), not a personal name."""
    tag = short_words().get(text)
    return tag is not None and tag not in _NAME_TAGS
