"""The set of Han characters common in modern Chinese, for judging which decoding is right.

Derived at first use from jieba's dictionary (characters of words with a frequency of at least
50), so no table is kept in code.
"""

from __future__ import annotations

import functools


@functools.cache
def common_han() -> frozenset[str]:
    import jieba

    chars: set[str] = set()
    with jieba.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split(" ")
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= 50:
                chars.update(parts[0])
    return frozenset(ch for ch in chars if ord(ch) > 0x2E80)
