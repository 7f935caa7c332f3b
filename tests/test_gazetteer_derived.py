"""Gazetteer.derived: indexes built from the entities are dropped when an entity is added."""

from latticework.actors.gazetteer import Entity, Gazetteer
from latticework.events.minilaterals import _minilateral_index


def _state(sid: str, name: str) -> Entity:
    return Entity(id=sid, kind="state", name_zh=name, name_en=sid)


def test_derived_index_is_rebuilt_after_add():
    gz = Gazetteer([_state("USA", "美国"), _state("JPN", "日本"), _state("AUS", "澳大利亚")])
    assert _minilateral_index(gz)["by_id"] == {}
    gz.add(Entity(id="trio", kind="grouping", name_zh="三方小组", name_en="Trio",
                  members=[{"id": "USA"}, {"id": "JPN"}, {"id": "AUS"}]))
    idx = _minilateral_index(gz)
    assert idx["by_id"] == {"trio": ["USA", "JPN", "AUS"]}
    assert idx["by_members"][frozenset({"USA", "JPN", "AUS"})] == "trio"


def test_two_gazetteers_keep_their_own_index():
    a = Gazetteer([_state("USA", "美国"), _state("JPN", "日本"),
                   Entity(id="pair", kind="mechanism", name_zh="美日对话", name_en="Pair", members=[{"id": "USA"}, {"id": "JPN"}])])
    b = Gazetteer([_state("USA", "美国"), _state("JPN", "日本")])
    assert "pair" in _minilateral_index(a)["by_id"]
    assert _minilateral_index(b)["by_id"] == {}
