"""`latticework bench PATH...`: throughput of each stage beside jieba's segmentation, same run.

Figures are ratios against a baseline measured in the same process on the same text (jieba's
default-mode `lcut` of the original text), so they mean the same on a fast or a slow machine.
Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean
from .layout import layout
from .readers import read


@dataclass
class StageTime:
    name: str
    seconds: float = 0.0

    def rate(self, chars: int) -> float:
        return chars / self.seconds if self.seconds > 0 else float("inf")


@dataclass
class BenchResult:
    files: int
    chars: int
    stages: list[StageTime] = field(default_factory=list)
    jieba: StageTime = field(default_factory=lambda: StageTime("jieba.lcut"))
    peak_rss_mb: float = 0.0

    @property
    def pipeline_seconds(self) -> float:
        return sum(s.seconds for s in self.stages)

    def to_json(self) -> dict:
        jr = self.jieba.rate(self.chars)
        out = {
            "files": self.files,
            "characters": self.chars,
            "jieba_chars_per_s": round(jr),
            "stages": {s.name: {"seconds": round(s.seconds, 4), "chars_per_s": round(s.rate(self.chars)),
                                "ratio_to_jieba": round(s.rate(self.chars) / jr, 2)} for s in self.stages},
            "pipeline": {"seconds": round(self.pipeline_seconds, 4),
                         "chars_per_s": round(self.chars / self.pipeline_seconds) if self.pipeline_seconds else None,
                         "ratio_to_jieba": round((self.chars / self.pipeline_seconds) / jr, 2) if self.pipeline_seconds else None},
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }
        return out


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() in (".txt", ".md", ".html", ".htm", ".pdf")))
        else:
            out.append(p)
    return out


def run(paths: list[Path], repeat: int = 3, with_mentions: bool = True) -> BenchResult:
    import jieba

    files = _files(paths)
    jieba.setLogLevel(40)
    jieba.initialize()
    # warm the lazily loaded resources so that one-time loading is not charged to a stage
    warm = read(files[0])
    if with_mentions:
        from .actors import default_resolver, link
        from .events import default_extractor

        default_resolver()
        warm_doc = clean(warm)
        default_extractor().extract(warm_doc, link(warm_doc))
    sources = [read(f) for f in files]
    chars = sum(len(s.text) for s in sources)
    result = BenchResult(files=len(files), chars=chars)
    names = ["read", "clean", "layout"] + (["mentions", "events"] if with_mentions else [])
    times = {n: float("inf") for n in names}
    jieba_best = float("inf")
    for _ in range(repeat):
        t = _timed(lambda: [jieba.lcut(s.text) for s in sources])
        jieba_best = min(jieba_best, t)
        t_read = _timed(lambda: [read(f) for f in files])
        docs: list = []
        t_clean = _timed(lambda: docs.extend(clean(s) for s in sources))
        t_layout = _timed(lambda: [layout(d) for d in docs])
        times["read"] = min(times["read"], t_read)
        times["clean"] = min(times["clean"], t_clean)
        times["layout"] = min(times["layout"], t_layout)
        if with_mentions:
            from .actors import link
            from .events import default_extractor

            linked: list = []
            times["mentions"] = min(times["mentions"], _timed(lambda: linked.extend(link(d) for d in docs)))
            ex = default_extractor()
            times["events"] = min(times["events"], _timed(lambda: [ex.extract(d, m) for d, m in zip(docs, linked)]))
    result.stages = [StageTime(n, times[n]) for n in names]
    result.jieba.seconds = jieba_best
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def text_report(r: BenchResult) -> str:
    j = r.to_json()
    lines = [f"{j['files']} files, {j['characters']:,} characters; jieba.lcut: {j['jieba_chars_per_s']:,} chars/s (baseline)"]
    for name, s in j["stages"].items():
        lines.append(f"  {name:<9} {s['chars_per_s']:>12,} chars/s   x{s['ratio_to_jieba']:<6} of jieba")
    p = j["pipeline"]
    lines.append(f"  {'pipeline':<9} {p['chars_per_s']:>12,} chars/s   x{p['ratio_to_jieba']:<6} of jieba")
    lines.append(f"  peak RSS {j['peak_rss_mb']} MB")
    return "\n".join(lines)
