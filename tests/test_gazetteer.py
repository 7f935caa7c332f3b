"""The gazetteer data: generated files are current, ids are unique and well formed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry

from latticework.actors.gazetteer import STATE_KINDS, load

ROOT = Path(__file__).resolve().parent.parent


def test_states_yaml_is_what_the_builder_makes_of_its_sources() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "build_states.py"), "--check"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_ids_and_members_are_well_formed() -> None:
    gz = load()
    iso = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    kinds = {e.kind for e in gz.entities.values()}
    assert kinds <= {"state", "economy", "organisation", "grouping", "mechanism", "agreement", "law", "initiative", "person", "place", "company"}
    for e in gz.entities.values():
        if e.kind in STATE_KINDS:
            assert e.id in iso, e.id
        else:
            assert e.id == e.id.lower() and " " not in e.id, e.id
        for m in e.members:
            assert m["id"] in iso or m["id"] in gz.entities, (e.id, m["id"])
        for r in e.roles:
            assert r.state is None or r.state in iso, (e.id, r.state)
    assert sum(1 for e in gz.entities.values() if e.kind == "person") >= 500
    assert sum(1 for e in gz.entities.values() if e.kind not in STATE_KINDS and e.kind not in ("person", "place", "company")) >= 300
    for e in gz.entities.values():
        if e.kind in ("place", "company"):  # (Panmunjom lies on the Military Demarcation Line: no owner)
            assert e.owner in iso or (e.kind == "place" and e.id in {"panmunjom"} and e.owner is None), (e.id, e.owner)


def _mini(tmp_path: Path, orgs: str) -> Path:
    mini = ROOT / "tests" / "data" / "mini_gazetteer"
    for f in ("states.yaml", "states_zh.yaml"):
        (tmp_path / f).write_text((mini / f).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "organisations.yaml").write_text(orgs, encoding="utf-8")
    return tmp_path


def test_a_meeting_of_a_listed_body_is_not_a_name_of_its_own(tmp_path: Path) -> None:
    gz = load(_mini(tmp_path, "- {id: asean, kind: organisation, name_zh: 东盟, names: [东盟, 東協]}\n"
                              "- {id: asean-summit, kind: mechanism, name_zh: 东盟峰会, names: [东盟峰会, 東協峰會, 东盟防长会议]}\n"
                              "- {id: east-asia-summit, kind: mechanism, name_zh: 东亚峰会, names: [东亚峰会]}\n"))
    assert "东盟峰会" not in gz.aliases and "东协峰会" not in gz.aliases and "东盟防长会议" not in gz.aliases
    assert [a.entity for a in gz.aliases["东亚峰会"]] == ["east-asia-summit"]  # 东亚 names no body: kept
    assert [a.entity for a in gz.aliases["东盟"]] == ["asean"]


def test_members_listed_before_a_grouping_name_are_not_part_of_it(tmp_path: Path) -> None:
    gz = load(_mini(tmp_path, "- {id: aukus, kind: grouping, name_zh: 澳英美三边安全伙伴关系, "
                              "names: [三边安全伙伴关系, 美日澳三边安全伙伴关系, 澳英美三边安全伙伴关系, 美日澳联盟]}\n"
                              "- {id: us-japan-2plus2, kind: mechanism, name_zh: 美日安全磋商委员会, names: [安全磋商委员会]}\n"))
    assert "美日澳三边安全伙伴关系" not in gz.aliases  # members + the grouping's own name
    assert "澳英美三边安全伙伴关系" in gz.aliases  # the official name stays whole
    assert "美日澳联盟" not in gz.aliases  # a description by members
    assert "美日安全磋商委员会" in gz.aliases  # a bilateral mechanism's name is not a grouping's


def test_a_pair_name_with_a_generic_tail_gives_its_two_sides(tmp_path: Path) -> None:
    gz = load(_mini(tmp_path, "- {id: asean, kind: organisation, name_zh: 东盟, names: [东盟]}\n"
                              "- {id: china-asean-fta, kind: agreement, name_zh: 中国—东盟自贸区, names: [中国—东盟自贸区, 中国-东盟自由贸易区]}\n"
                              "- {id: ca-cf, kind: initiative, name_zh: 中国—东盟命运共同体, names: [中国—东盟命运共同体]}\n"))
    for k in ("中国—东盟自贸区", "中国-东盟自由贸易区", "中国—东盟命运共同体"):
        assert k not in gz.aliases, k


def test_a_concept_is_known_but_never_matched(tmp_path: Path) -> None:
    gz = load(_mini(tmp_path, "- {id: cwsf, kind: initiative, concept: true, name_zh: 人类命运共同体, names: [人类命运共同体, 人類命運共同體]}\n"
                              "- {id: bri, kind: initiative, name_zh: 一带一路, names: [一带一路]}\n"))
    assert "cwsf" in gz.entities and gz.find("cwsf") is not None
    assert "人类命运共同体" not in gz.aliases and "人类命运共同体" in gz.not_names
    assert "一带一路" in gz.aliases


def test_companies_are_linked_and_ambiguous_forms_need_support() -> None:
    from latticework.actors import link
    from latticework.clean import clean
    from latticework.model import SourceText

    def ids(text: str) -> list[str]:
        doc = clean(SourceText("t.txt", text, "txt"))
        return [m.id for m in link(doc) if m.kind == "company"]

    assert ids("英特尔与台积电扩大投资。") == ["intel", "tsmc"]
    assert ids("苹果价格上涨，高通胀持续。") == []  # the fruit; 高通胀 is inflation, not Qualcomm
    assert ids("苹果公司宣布，苹果将扩产。") == ["apple", "apple"]


def test_a_summit_named_after_its_venue_keeps_its_name(tmp_path: Path) -> None:
    gz = load(_mini(tmp_path, "- {id: cd-summit, kind: mechanism, name_zh: 戴维营峰会, names: [戴维营峰会]}\n"))
    (tmp_path / "places.yaml").write_text("- {id: camp-david, kind: place, name_zh: 戴维营, names: [戴维营], owner: USA}\n",
                                          encoding="utf-8")
    gz = load(tmp_path)
    assert [a.entity for a in gz.aliases["戴维营峰会"]] == ["cd-summit"]  # a venue is not a body


def test_an_international_official_acts_for_the_organisation_not_a_state() -> None:
    from latticework.actors import default_gazetteer

    gz = default_gazetteer()
    sg = gz.get("jens-stoltenberg")
    assert sg.state_on("2020-03") is None and sg.org_on("2020-03") == "nato"
    assert sg.state_on("2010-05") == "NOR" and sg.org_on("2010-05") is None  # prime minister then


def test_two_states_acting_together_are_not_the_league_of_nations() -> None:
    from latticework.actors import link
    from latticework.clean import clean
    from latticework.model import SourceText

    doc = clean(SourceText("t.txt", "美日等国联手施压，中俄两国联合举行演习。国联成立于1920年。", "txt"))
    ids = [m.id for m in link(doc)]
    assert ids.count("league-of-nations") == 1  # only the real one
