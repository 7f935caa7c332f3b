"""Writes events.jsonl of the development set (lines are lines of the files, markup included) from the compact table below (kept for review:
one row per event, in the order of the text)."""
import json
from pathlib import Path

A, B, C, D = "a-news-tw.txt", "b-report-cn.txt", "c-news-hk.html", "d-chronicle-tw.txt"
# doc, line, type, actors, recipients, date, modality, extra fields, trigger, note
ROWS = [
    (A, 1, "CONSULT", ["JPN"], ["USA"], "2024-04-09", "asserted", {"location": "USA"}, "國是訪問", "Kishida's state visit to the US, first day"),
    (A, 1, "CONSULT", ["USA", "JPN"], [], "2024-04-10", "asserted", {"location": "USA"}, "會談", "Biden-Kishida talks, dated separately from the visit"),
    (A, 1, "COOPERATE", ["USA", "JPN"], [], None, "planned", {}, "修訂", "announced revision of the US forces command structure in Japan"),
    (A, 2, "AGREE", ["USA", "JPN"], [], "2024-04-10", "asserted", {}, "發表聯合聲明", "joint statement after the talks"),
    (A, 2, "ACCUSE", ["USA", "JPN"], ["CHN"], "2024-04-10", "asserted", {}, "表達嚴重關切", "concern over China's actions in the joint statement"),
    (A, 2, "ACCUSE", ["CHN"], ["USA", "JPN"], "2024-04-11", "asserted", {}, "提出嚴正交涉", "Chinese spokesman: smear, representations lodged"),
    (A, 3, "CONSULT", ["USA", "JPN", "PHL", "us-japan-philippines-trilateral"], [], "2024-04-11", "asserted", {"location": "USA"}, "峰會", "first US-Japan-Philippines summit"),
    (A, 3, "COOPERATE", ["USA", "JPN", "PHL"], [], "2024", "planned", {}, "聯合海上演習", "joint maritime exercise later in the year"),
    (A, 3, "ESTABLISH", ["USA", "JPN", "PHL"], [], "2024-04-11", "asserted", {"object": "呂宋經濟走廊"}, "成立", "Luzon Economic Corridor"),
    (A, 4, "JOIN", ["JPN"], ["aukus"], None, "hypothetical", {"object": "aukus", "source": "共同社"}, "加入", "Japan considering AUKUS pillar II cooperation, undecided"),
    (A, 5, "CONSULT", ["USA", "JPN", "KOR", "us-japan-rok-trilateral"], [], "2023-08", "asserted", {"location": "USA"}, "峰會", "Camp David summit"),
    (A, 5, "CONSULT", ["USA", "JPN", "KOR", "us-japan-rok-trilateral"], [], "2023-11", "asserted", {"location": "USA"}, "會面", "trilateral foreign ministers during APEC"),
    (A, 5, "CONSULT", ["apec"], [], "2023-11", "asserted", {"location": "USA"}, "APEC會議", "APEC meeting in San Francisco"),
    (B, 3, "CONSULT", ["USA"], ["VNM"], "2023-09-10", "asserted", {}, "访问", "Biden visits Vietnam"),
    (B, 3, "ALIGN", ["USA", "VNM"], [], "2023-09-10", "asserted", {"label": "全面战略伙伴关系"}, "提升为", "upgrade"),
    (B, 3, "CONSULT", ["VNM", "belt-and-road-forum"], [], "2023-10", "asserted", {"location": "CHN"}, "出席", "Vietnam's president at the third BRI forum"),
    (B, 3, "CONSULT", ["CHN"], ["VNM"], "2023-12", "asserted", {}, "国事访问", "Xi's state visit to Vietnam"),
    (B, 3, "ALIGN", ["CHN", "VNM"], [], "2023-12", "asserted", {"label": "命运共同体"}, "构建", "community with a shared future"),
    (B, 3, "AGREE", ["CHN", "VNM"], [], "2023-12", "asserted", {"quantities": [{"value": 36, "unit": "份", "kind": "count"}]}, "签署", "36 cooperation documents"),
    (B, 4, "SANCTION", ["USA"], ["CHN"], "2024-01", "asserted", {"object": "entity-list"}, "列入实体清单", "Chinese firms on the Entity List"),
    (B, 4, "ACCUSE", ["CHN"], ["USA"], "2024-01", "asserted", {}, "反对", "China opposes the listing"),
    (B, 4, "SANCTION", ["USA"], ["CHN"], "2024-05", "asserted", {"effective": "2024-08-01", "quantities": [{"value": 100, "unit": "%", "kind": "percentage"}]}, "加征", "100% tariff on Chinese electric vehicles"),
    (B, 5, "ACCUSE", ["MYS"], [], None, "asserted", {}, "反对", "Malaysia opposes offensive weapons of outside powers in the SCS"),
    (B, 6, "MOBILIZE", ["USA"], ["PHL"], None, "hypothetical", {}, "新增军事基地", "if the US adds bases in the Philippines"),
    (B, 6, "LEAVE", ["PHL"], ["doc-south-china-sea"], None, "negated", {"object": "doc-south-china-sea"}, "退出", "has not withdrawn from the DOC"),
    (B, 6, "ACCUSE", ["PHL"], ["CHN"], None, "asserted", {}, "拒绝接受", "rejects China's position"),
    (C, 6, "CONSULT", ["asean"], [], "2024-07-26", "asserted", {"location": "LAO", "also_lines": [4]}, "外長會議", "57th ASEAN foreign ministers' meeting closes"),
    (C, 6, "AGREE", ["asean"], [], "2024-07-26", "asserted", {}, "發表聯合公報", "joint communiqué"),
    (C, 7, "CONSULT", ["CHN", "asean", "asean-plus-one"], [], "2024-07-25", "asserted", {"location": "LAO"}, "外長會", "China-ASEAN (10+1) foreign ministers"),
    (C, 7, "CONSULT", ["CHN", "LAO"], [], "2024-07-25", "asserted", {}, "會見", "separate bilateral meeting"),
    (C, 7, "CONSULT", ["CHN", "VNM"], [], "2024-07-25", "asserted", {}, "會見", "separate bilateral meeting"),
    (C, 7, "CONSULT", ["CHN", "KHM"], [], "2024-07-25", "asserted", {}, "會見", "separate bilateral meeting"),
    (C, 8, "CONSULT", ["USA"], ["LAO"], "2024-07-25", "asserted", {}, "抵達", "Blinken arrives in Vientiane the same day"),
    (C, 8, "CONSULT", ["USA"], ["VNM", "JPN", "PHL"], None, "planned", {}, "訪問", "Blinken's planned onward visits"),
    (C, 8, "CONSULT", ["USA", "JPN", "us-japan-2plus2"], [], "2024-07", "planned", {"location": "JPN", "source": "路透社"}, "會談", "2+2 at month end in Tokyo"),
    (C, 9, "CONSULT", ["RUS", "eas"], [], None, "asserted", {}, "出席", "Lavrov at the EAS foreign ministers' meeting"),
    (C, 9, "CONSULT", ["RUS", "CHN"], [], None, "asserted", {}, "會晤", "Lavrov meets Wang Yi"),
    (D, 3, "MOBILIZE", ["USA"], ["PHL"], None, "planned", {"quantities": [{"value": 4, "unit": "处", "kind": "count"}]}, "開放", "four more bases open to US forces"),
    (D, 3, "COOPERATE", ["USA", "PHL", "AUS"], [], "2023-04", "asserted", {"location": "PHL"}, "聯合軍演", "Balikatan, Australia takes part"),
    (D, 5, "SANCTION", ["USA"], ["CHN"], "2023-05", "asserted", {"object": "entity-list", "quantities": [{"value": 31, "unit": "家", "kind": "count"}]}, "列入", "31 Chinese entities"),
    (D, 5, "ACCUSE", ["CHN"], ["USA"], "2023-05", "asserted", {}, "表示強烈不滿", "China's response"),
    (D, 5, "SANCTION", ["CHN"], ["USA"], "2023-05", "asserted", {}, "反制裁", "counter-sanctions on Lockheed Martin"),
    (D, 5, "SANCTION", ["CHN"], [], "2023-08", "asserted", {}, "出口管制", "gallium and germanium export controls"),
    (D, 7, "POLICY", ["JPN"], [], "2023-12", "asserted", {}, "修訂", "revised three principles on defence equipment transfer"),
    (D, 7, "AID", ["JPN"], ["USA"], None, "planned", {}, "出口", "Patriot missiles to the US"),
    (D, 7, "CONSULT", ["JPN", "asean"], [], "2023-12", "asserted", {"location": "JPN"}, "特別峰會", "commemorative summit"),
    (D, 7, "ALIGN", ["JPN", "asean"], [], "1973", "asserted", {"label": "对话关系"}, "建立對話關係", "dialogue relations set up 50 years before 2023 (ALIGN, as the seed gold codes ASEAN dialogue relations)"),
    (D, 7, "ALIGN", ["JPN", "asean"], [], "2023-12", "asserted", {"label": "全面战略伙伴关系"}, "提升為", "upgrade decided at the summit"),
    (D, 9, "COERCE", ["CHN"], ["PHL"], "2024-03", "asserted", {"location": None}, "水炮", "water cannon near Second Thomas Shoal"),
    (D, 9, "ACCUSE", ["PHL"], ["CHN"], "2024-03", "asserted", {}, "抗議", "summons and protest"),
    (D, 11, "LEAVE", ["PRK"], ["KOR"], "2024-01", "asserted", {}, "廢除", "ends inter-Korean bodies (cancelling cooperation with a state)"),
    (D, 11, "THREATEN", ["PRK"], ["KOR"], "2024-01", "asserted", {}, "威脅", "threat of a devastating strike"),
    (D, 13, "JOIN", ["TLS"], ["asean"], "2022-11", "asserted", {}, "接納", "admission agreed in principle"),
    (D, 13, "JOIN", ["CHN"], ["cptpp"], "2021-09", "asserted", {"object": "cptpp"}, "申請加入", "China applies to CPTPP"),
    (D, 13, "ALIGN", ["USA", "GBR", "AUS"], [], "2021-09", "asserted", {"label": "三边安全伙伴关系"}, "建立", "AUKUS announced"),
    (D, 13, "AID", ["USA", "GBR"], ["AUS"], None, "planned", {}, "協助", "nuclear-powered submarines"),
    (D, 15, "JOIN", ["USA"], ["unesco"], "2023-06", "asserted", {"object": "unesco"}, "重返", "US rejoins UNESCO"),
    (D, 15, "LEAVE", ["USA"], ["unesco"], "2018", "asserted", {"object": "unesco"}, "退出", "US had withdrawn"),
    (D, 17, "AID", ["JPN"], ["USA"], None, "hypothetical", {}, "提供", "logistic support if conflict"),
    (D, 17, "AGREE", ["CHN", "BRA"], [], "2024-06", "asserted", {}, "發布聯合聲明", "joint statement, six-point consensus on Ukraine"),
    (D, 17, "AID", ["world-bank"], ["LKA"], "2024-07", "asserted", {"quantities": [{"value": 700000000, "unit": "美元", "kind": "money"}]}, "提供", "loan to Sri Lanka"),
]

E, F = "e-chronology-cn.txt", "f-brief.html"
ROWS += [
    (E, 5, "CONSULT", ["USA", "JPN"], [], "2023-01-13", "asserted", {"location": "USA"}, "会见", "Biden receives Kishida"),
    (E, 5, "AGREE", ["USA", "JPN"], [], "2023-01-13", "asserted", {}, "发表联合声明", "joint statement"),
    (E, 6, "CONSULT", ["PHL"], ["CHN"], "2023-01-03", "asserted", {"date_end": "2023-01-05"}, "国事访问", "Marcos Jr. state visit to China"),
    (E, 6, "AGREE", ["PHL", "CHN"], [], "2023-01-03", "asserted", {"date_end": "2023-01-05", "quantities": [{"value": 14, "unit": "项", "kind": "count"}]}, "签署", "14 agreements"),
    (E, 9, "MOBILIZE", ["USA"], ["PHL"], None, "planned", {"quantities": [{"value": 4, "unit": "个", "kind": "count"}]}, "新增", "four more EDCA sites"),
    (E, 10, "POLICY", ["CHN"], [], "2023-02-24", "asserted", {"object": "关于政治解决乌克兰危机的中国立场"}, "发布", "China's position paper on Ukraine"),
    (E, 13, "AGREE", ["CHN", "SAU", "IRN"], [], "2023-03-10", "asserted", {"location": "CHN"}, "发表", "trilateral joint statement in Beijing"),
    (E, 13, "ALIGN", ["SAU", "IRN"], [], "2023-03-10", "asserted", {"label": "建交"}, "恢复外交关系", "Saudi-Iran relations restored"),
    (E, 14, "CONSULT", ["KOR"], ["JPN"], "2023-03-16", "asserted", {"date_end": "2023-03-17"}, "访问", "Yoon visits Japan; talks fold into the visit"),
    (E, 15, "ALIGN", ["HND", "TWN"], [], "2023-03", "asserted", {"label": "断交"}, "断交", "Honduras ends ties with Taiwan"),
    (E, 15, "ALIGN", ["HND", "CHN"], [], "2023-03", "asserted", {"label": "建交"}, "建交", "Honduras and China establish relations"),
    (E, 18, "CONSULT", ["USA", "PHL", "us-philippines-2plus2"], [], "2023-04-11", "asserted", {"location": "USA"}, "对话", "2+2 in Washington"),
    (E, 19, "AGREE", ["USA", "KOR"], [], "2023-04-26", "asserted", {"object": "华盛顿宣言"}, "发表", "Washington Declaration"),
    (E, 22, "CONSULT", ["g7", "KOR", "IND", "AUS"], [], "2023-05-19", "asserted", {"date_end": "2023-05-21", "location": "JPN"}, "峰会", "G7 Hiroshima summit with invited leaders"),
    (F, 13, "ALIGN", ["SLB", "TWN"], [], "2019-09", "asserted", {"label": "断交"}, "断交", "Solomon Islands ends ties with Taiwan"),
    (F, 13, "ALIGN", ["KIR", "TWN"], [], "2019-09", "asserted", {"label": "断交"}, "断交", "Kiribati ends ties with Taiwan"),
    (F, 13, "ALIGN", ["SLB", "CHN"], [], "2019-09", "asserted", {"label": "建交"}, "建立外交关系", "Solomon Islands and China"),
    (F, 13, "ALIGN", ["KIR", "CHN"], [], "2019-09", "asserted", {"label": "建交"}, "建立外交关系", "Kiribati and China"),
    (F, 13, "AGREE", ["CHN", "SLB"], [], "2022-04", "asserted", {}, "签署", "security cooperation framework agreement"),
    (F, 14, "CONSULT", ["USA", "us-pacific-islands-summit"], [], "2022-09", "asserted", {"location": "USA"}, "举办", "first US-Pacific Island Country summit"),
    (F, 14, "AGREE", ["USA", "us-pacific-islands-summit"], [], "2022-09", "asserted", {"object": "美国—太平洋伙伴关系宣言"}, "发表", "Declaration on US-Pacific Partnership"),
    (F, 14, "AGREE", ["USA", "PNG"], [], "2023-05", "asserted", {}, "签署", "defence cooperation agreement"),
    (F, 17, "AGREE", ["AUS", "TUV"], [], "2023-11", "asserted", {"object": "法勒皮利联盟条约"}, "签署", "Falepili Union treaty"),
    (F, 17, "AID", ["AUS"], ["TUV"], None, "planned", {}, "提供", "security guarantee promised"),
    (F, 18, "ALIGN", ["NRU", "TWN"], [], "2024-01", "asserted", {"label": "断交"}, "断交", "Nauru ends ties with Taiwan"),
    (F, 18, "ALIGN", ["NRU", "CHN"], [], "2024-01", "asserted", {"label": "建交"}, "恢复外交关系", "Nauru and China restore relations"),
    (F, 22, "AID", ["CHN"], [], None, "proposed", {}, "提供", "recommended climate-adaptation aid to island states"),
]
PASSAGE = {A: "dev-a", B: "dev-b", C: "dev-c", D: "dev-d", E: "dev-e", F: "dev-f"}
out = []
count: dict[str, int] = {}
for doc, line, etype, actors, recips, date, mod, extra, trig, note in ROWS:
    p = PASSAGE[doc]
    count[p] = count.get(p, 0) + 1
    ev = {"id": f"{p}-{count[p]:03d}", "passage": p, "doc": doc, "type": etype, "actors": actors,
          "recipients": recips, "date": date, "date_end": extra.get("date_end"), "effective": extra.get("effective"),
          "location": extra.get("location"), "modality": mod, "label": extra.get("label"),
          "object": extra.get("object"), "source": extra.get("source"), "quantities": extra.get("quantities", []),
          "lines": [line, line], "trigger": trig, "note": note}
    if "also_lines" in extra:
        ev["also_lines"] = extra["also_lines"]
    out.append(ev)
Path(__file__).with_name("events.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in out), encoding="utf-8")
print(len(out), "events")
