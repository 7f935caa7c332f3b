"""The explorer in a real browser: headless Chromium (Debian's `chromium`) driven by Playwright.

Each test saves a screenshot under $LATTICEWORK_ARTIFACTS/screenshots (default
test-artifacts/screenshots). Without Chromium or Playwright the tests skip, unless
LATTICEWORK_REQUIRE_BROWSER=1 (set by .ci/run), which makes their absence a failure.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from explorer_kb import build_kb

REQUIRE = os.environ.get("LATTICEWORK_REQUIRE_BROWSER") == "1"
CHROMIUM = os.environ.get("LATTICEWORK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(os.environ.get("LATTICEWORK_ARTIFACTS", "test-artifacts")) / "screenshots"
# no background traffic: this machine (and CI) has no network
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions"]


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    if not CHROMIUM:
        return "no chromium on PATH (apt-get install chromium)"
    return None


if (why := _missing()) is not None:
    if REQUIRE:
        pytest.fail(f"browser tests required but {why}", pytrace=False)
    pytest.skip(why, allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from latticework.serve import create_app

    db = build_kb(tmp_path_factory.mktemp("e2e"))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request, tmp_path):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    yield pg
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=False)
    ctx.close()
    assert not errors, f"the page reported errors: {errors}"


def _api(page: Page, server: str, path: str) -> dict:
    return page.request.get(server + path).json()


def _doc_id(page: Page, server: str, name: str) -> int:
    return next(d["id"] for d in _api(page, server, "/api/documents")["documents"] if d["path"].endswith(name))


def test_search_with_facets_and_paging(page: Page, server: str) -> None:
    page.goto(server + "/")
    page.fill("input[name=q]", "峰会")
    page.click("form[role=search] button")
    expect(page.locator(".hit").first).to_be_visible()
    total = int(page.locator("#hit-count").inner_text().split()[0].rstrip("+"))
    assert page.locator(".hit").count() == min(total, 20)
    assert page.locator(".hit mark").first.inner_text() == "峰会"
    facet = page.locator("ul[data-facet=entity] li a").first
    expected = int(facet.locator("xpath=following-sibling::span").inner_text())
    facet.click()
    expect(page.locator("#hit-count")).to_have_text(f"{expected} passages")
    assert "entity=" in page.url
    page.locator(".hit a.title").first.click()
    expect(page.locator("#text")).to_be_visible()


def test_open_a_document_and_click_an_event_to_its_evidence(page: Page, server: str) -> None:
    doc = _doc_id(page, server, "journal-issue.txt")
    events = _api(page, server, f"/api/events?document={doc}&sort=-date&limit=1000")["events"]
    ev = events[len(events) // 2]
    page.goto(f"{server}/documents/{doc}")
    expect(page.locator(".card").first).to_be_visible()
    assert page.locator(".card").count() == len(events)
    assert page.locator("a.m").count() > 100  # mentions are marked and linked
    assert page.locator("sup.fn").count() > 0 and page.locator(".notes .note").count() > 0  # footnotes beside markers
    # click the card's date, not its centre: the centre may be a participant's link to an entity page
    page.locator(f"#card-{ev['id']} .when").click()
    hl = page.locator(".ev.hl")
    expect(hl.first).to_be_in_viewport()
    marked = "".join(hl.all_inner_texts())
    assert marked and marked in "".join(x["text"] for x in ev["evidence"])
    assert page.url.endswith(f"#event-{ev['id']}")
    # the link from elsewhere lands on the same highlight
    page.goto(f"{server}/documents/{doc}#event-{events[0]['id']}")
    expect(page.locator(f".ev.hl[data-ev~='{events[0]['id']}']").first).to_be_in_viewport()


def test_entity_page_and_its_timeline(page: Page, server: str) -> None:
    api = _api(page, server, "/api/entities/JPN")
    page.goto(server + "/")
    page.goto(server + "/entities/JPN")
    expect(page.locator("h1")).to_contain_text("日本")
    bars = page.locator("#timeline rect.bar")
    expect(bars.first).to_be_visible()
    dated = {(t, y) for t, ys in api["timeline"].items() for y, n in ys.items() if y != "undated" and n}
    assert bars.count() == len(dated)
    assert page.locator("#counterparts tbody tr").count() == len(api["counterparts"])
    dated = [m for m in api["memberships"] if m["since"] and m["role"] != "left"] + [t for t in api["relationships"] if t["since"]]
    assert page.locator("#spans rect.span").count() == min(40, len(dated)) > 0  # ties and memberships over time
    page.locator("#counterparts tbody tr a").first.click()
    expect(page.locator("#timeline")).to_be_visible()
    assert "/entities/" in page.url and not page.url.endswith("/JPN")


def test_network_view_filtered_by_year(page: Page, server: str) -> None:
    page.goto(server + "/network")
    net = page.locator("#net")
    expect(net.locator(".node").first).to_be_visible()
    all_flows = int(net.get_attribute("data-flows"))
    page.fill("input[name=since]", "2023")
    page.fill("input[name=until]", "2023")
    page.click("form.bar button[type=submit]")
    expected = _api(page, server, "/api/graph?since=2023&until=2023")
    expect(net).to_have_attribute("data-flows", str(len(expected["flows"])))
    assert len(expected["flows"]) < all_flows and "since=2023" in page.url
    assert net.locator(".node").count() == len(expected["nodes"])
    net.locator(".node[data-id=USA]").click()
    expect(page.locator("#panel .ev").first).to_be_visible()
    expect(net).to_have_class(re.compile("focused"))  # the rest of the network is dimmed
    assert net.locator(".node.near").count() >= 2
    edge = net.locator(".edge.flow").first
    edge.dispatch_event("click")
    expect(page.locator("#panel h2")).to_contain_text("—")
    expect(page.locator("#panel a.evidence").first).to_be_visible()


def test_events_table_and_csv_download(page: Page, server: str, tmp_path: Path) -> None:
    page.goto(server + "/events")
    page.select_option("select[name=type]", "CONSULT")
    page.fill("input[name=since]", "2023")
    page.click("form.bar button[type=submit]")
    expected = _api(page, server, "/api/events?type=CONSULT&since=2023&limit=1")["total"]
    expect(page.locator("#total")).to_have_text(f"{expected} events")
    page.locator("th[data-sort=date]").click()  # toggle to newest first
    expect(page.locator("th.sorted.desc")).to_be_visible()
    # (a cell shows a range as 2023-11-04…2023-11-07: the table sorts by the first day)
    dates = [d.split("…")[0] for d in page.locator("table.events tbody tr td:first-child").all_inner_texts()]
    assert dates == sorted(dates, reverse=True)
    with page.expect_download() as dl:
        page.click("#csv")
    path = tmp_path / "events.csv"
    dl.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == expected and all(r["event_type"] == "CONSULT" and r["event_date"] >= "2023" for r in rows)


def test_untrusted_text_is_shown_as_text_everywhere(page: Page, server: str) -> None:
    doc = _doc_id(page, server, "hostile.md")
    page.goto(f"{server}/documents/{doc}")
    expect(page.locator("#text")).to_contain_text("<script>window.pwned=1</script>")
    expect(page.locator("#text")).to_contain_text('onerror="window.pwned=2"')
    expect(page.locator("#text")).to_contain_text("javascript:alert(1)")  # the footnote, beside its marker
    expect(page.locator(".card").first).to_contain_text("美国")
    page.locator(".card").first.click()
    for url in (f"/?q={'onerror'}", "/events?actor=USA&since=2023-05&until=2023-05", "/entities/USA", "/network"):
        page.goto(server + url)
        page.wait_for_load_state("networkidle")
    page.goto(server + "/?q=javascript")
    expect(page.locator(".hit").first).to_contain_text("javascript:")
    assert page.evaluate("window.pwned") is None
    assert page.locator("img[src=x]").count() == 0 and page.locator("a[href^='javascript']").count() == 0
