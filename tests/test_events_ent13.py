"""Round ent13: a body's session told with a long English gloss of the body's name between the
name and the meeting noun. Invented sentences."""

from __future__ import annotations

from event_helpers import full_events, keys, of_type


def test_a_session_after_a_long_english_gloss_keeps_its_body() -> None:
    text = ("2024年5月10日，日本和越南在河内举行日本—越南投资促进与合作理事会"
            "(Japan-Viet Nam Joint Council on Investment Promotion and Cooperation)第5次会议。\n")
    ev = of_type(full_events(text), "CONSULT")[0]
    assert "x:日本—越南投资促进与合作理事会" in keys(ev.actors)
