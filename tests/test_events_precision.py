"""Non-events and trigger types read off the prec7 dev texts (pr-): invented sentences in both scripts."""

from __future__ import annotations

from event_helpers import file_events


def _events(tmp_path, text: str, name: str = "doc.txt"):
    return file_events(tmp_path, text, name)


def _types(tmp_path, text: str, name: str = "doc.txt") -> list[str]:
    return sorted(e.type for e in _events(tmp_path, text, name))


def test_repeated_acts_across_their_grounds_and_target_are_an_aggregate(tmp_path) -> None:
    """多次以…为由对…实施制裁, 频繁对…使用水炮: the adverb governs the whole verb phrase; a tally of acts
    is no event. The same act told once is one."""
    for i, (agg, one) in enumerate([
        ("2023年，日本多次以安全为由对俄罗斯企业实施制裁。", "2023年5月，日本以安全为由对俄罗斯企业实施制裁。"),
        ("2023年，日本多次以安全為由對俄羅斯企業實施制裁。", "2023年5月，日本以安全為由對俄羅斯企業實施制裁。"),
        ("去年，越南海警船频繁对菲律宾渔船使用水炮。", "去年5月，越南海警船对菲律宾渔船使用水炮。"),
        ("去年，越南海警船頻繁對菲律賓漁船使用水炮。", "去年5月，越南海警船對菲律賓漁船使用水炮。"),
        ("2022年，中国与印度外长屡屡就边界问题在北京举行会谈。", "2022年6月，中国与印度外长就边界问题在北京举行会谈。"),
    ]):
        assert _types(tmp_path, agg, f"a{i}.txt") == [], agg
        assert len(_events(tmp_path, one, f"o{i}.txt")) == 1, one


def test_repetitions_within_one_dated_encounter_are_one_incident(tmp_path) -> None:
    """2024年8月31日，…多次冲撞…: a day pins the repetitions to one encounter, which is an event."""
    for i, text in enumerate([
        "2024年8月31日，中国海警船在仙宾礁海域多次冲撞菲律宾海警船。",
        "2024年8月31日，中國海警船在仙賓礁海域多次衝撞菲律賓海警船。",
        "2023年12月10日，中国海警船多次向菲律宾补给船喷射水炮。",
    ]):
        evs = _events(tmp_path, text, f"d{i}.txt")
        assert [e.type for e in evs] == ["COERCE"] and len(evs[0].date or "") == 10, text


def test_an_unstated_count_of_rounds_is_an_aggregate(tmp_path) -> None:
    """多轮谈判, 数次会晤, 几轮磋商: talks counted without a number are a tally, not a session."""
    for i, text in enumerate([
        "2023年，韩国与日本举行多轮谈判。",
        "2023年，韓國與日本舉行多輪談判。",
        "去年，印度与中国外长进行了数次会晤。",
        "去年，印度與中國外長進行了幾輪磋商。",
    ]):
        assert _types(tmp_path, text, f"c{i}.txt") == [], text


def test_negotiations_concluded_are_an_agreement_not_talks(tmp_path) -> None:
    """宣布实质性结束…谈判, 结束…谈判: concluding talks is AGREE (guidelines), no CONSULT of its own."""
    for i, text in enumerate([
        "2023年10月5日，澳大利亚与阿联酋在阿布扎比宣布实质性结束自贸协定谈判。",
        "2023年10月5日，澳洲與阿聯酋在阿布達比宣布實質性結束自貿協定談判。",
        "2022年3月，印度与澳大利亚结束临时贸易协定谈判。",
    ]):
        assert _types(tmp_path, text, f"n{i}.txt") == ["AGREE"], text


def test_a_ban_on_exports_with_the_goods_between_is_a_sanction(tmp_path) -> None:
    """禁止镓、锗等物项对美出口: the ban's goods stand between 禁止 and 出口."""
    for i, text in enumerate([
        "2024年12月3日，中国宣布禁止镓、锗、锑等两用物项对美国出口。",
        "2024年12月3日，中國宣布禁止鎵、鍺、銻等兩用物項對美國出口。",
    ]):
        evs = _events(tmp_path, text, f"b{i}.txt")
        assert [(e.type, [p.id for p in e.actors], [p.id for p in e.recipients]) for e in evs] == [("SANCTION", ["CHN"], ["USA"])], text
    assert _types(tmp_path, "2024年，该国禁止在公共场所吸烟。", "b9.txt") == []


def test_resolute_measures_promised_in_reply_are_a_threat(tmp_path) -> None:
    """中方将采取坚决措施维护自身权益: the stock phrase with 坚决 threatens, as 将采取必要措施."""
    for i, text in enumerate([
        "2024年5月14日，美国宣布对中国商品加征关税，中国商务部当天表示坚决反对，并称将采取坚决措施维护自身权益。",
        "2024年5月14日，美國宣布對中國商品加徵關稅，中國商務部當天表示堅決反對，並稱將採取堅決措施維護自身權益。",
    ]):
        assert _types(tmp_path, text, f"t{i}.txt") == ["ACCUSE", "SANCTION", "THREATEN"], text


def test_a_summons_with_its_protest_is_one_accusation_of_the_envoys_state(tmp_path) -> None:
    """召见菲律宾驻华大使提出严正交涉 (no comma): one protest, aimed at the envoy's state."""
    for i, text in enumerate([
        "2024年11月8日，中国外交部召见菲律宾驻华大使提出严正交涉。",
        "2024年11月8日，中國外交部召見菲律賓駐華大使提出嚴正交涉。",
        "2023年8月2日，韩国外交部召见日本驻韩大使提出抗议。",
    ]):
        evs = _events(tmp_path, text, f"s{i}.txt")
        assert len(evs) == 1 and evs[0].type == "ACCUSE", text
        assert len(evs[0].actors) == 1 and len(evs[0].recipients) == 1, text


def test_a_characterisation_inside_an_adopted_document_is_no_accusation(tmp_path) -> None:
    """峰会发表的《宣言》称，…表示关切: what the declaration says stays in the AGREE; when the issuers
    speak (两国发表联合声明，对…表示关切) the concern is theirs."""
    for i, text in enumerate([
        "2024年7月10日，北约峰会发表的《华盛顿峰会宣言》称，中国已成为俄罗斯的推动者，并对中国的政策表示关切。",
        "2024年7月10日，北約峰會發表的《華盛頓峰會宣言》稱，中國已成為俄羅斯的推動者，並對中國的政策表示關切。",
        "2023年5月20日，七国集团发表的联合公报指出，各国对中国的行动表示严重关切。",
    ]):
        assert "ACCUSE" not in _types(tmp_path, text, f"k{i}.txt"), text
        assert "AGREE" in _types(tmp_path, text, f"k{i}.txt"), text
    own = "2024年4月10日，美国与日本发表联合声明，并对中国在南海的行动表示严重关切。"
    assert "ACCUSE" in _types(tmp_path, own, "k9.txt")


def test_talks_kept_up_or_held_with_all_sides_are_vague_intent(tmp_path) -> None:
    """各方应保持对话, 主张东盟与各方开展对话: no counterpart named, no session."""
    for i, text in enumerate([
        "分析人士认为，北约与日本应保持对话，避免误判。",
        "分析人士認為，北約與日本應保持對話，避免誤判。",
        "不少学者主张东盟与各方开展对话。",
        "不少學者主張東盟與各方開展對話。",
        "2023年，印度表示愿同周边国家开展合作。",
    ]):
        assert _types(tmp_path, text, f"v{i}.txt") == [], text
    assert _types(tmp_path, "2023年6月，东盟与日本开展对话。", "v9.txt") == ["CONSULT"]


def test_a_statement_issued_to_react_is_the_reaction_only(tmp_path) -> None:
    """国务院随即发表声明，谴责…, 发表声明予以谴责: the reaction is the event, the bare
    statement no AGREE; a joint statement stays an AGREE."""
    for i, text in enumerate([
        "2024年6月17日，美国国务院发表声明，谴责中国海警的危险行为。",
        "2024年6月17日，美國國務院發表聲明，譴責中國海警的危險行為。",
        "2022年7月25日，东盟轮值主席国柬埔寨发表声明予以谴责。",
        "2025年1月21日，世界卫生组织发表声明，对此表示遗憾。",
        "2025年1月21日，世界衛生組織發表聲明，對此表示遺憾。",
    ]):
        assert "AGREE" not in _types(tmp_path, text, f"r{i}.txt"), text
    joint = "2024年4月10日，美国与日本发表联合声明，谴责朝鲜发射导弹。"
    assert "AGREE" in _types(tmp_path, joint, "r9.txt")


def test_a_channel_cancelled_is_a_leave_not_a_call(tmp_path) -> None:
    """宣布取消两军战区领导通话: the LEAVE its verb tells; the call named is no meeting."""
    for i, text in enumerate([
        "2022年8月5日，中国外交部宣布取消中美两军战区领导通话。",
        "2022年8月5日，中國外交部宣布取消中美兩軍戰區領導通話。",
        "2022年3月，俄罗斯宣布暂停与日本的和平条约谈判。",
    ]):
        assert _types(tmp_path, text, f"l{i}.txt") == ["LEAVE"], text


def test_measures_named_in_analysis_are_no_events(tmp_path) -> None:
    """制裁能否改变…, 制裁与反制裁的升级, 北京的反制措施意在施压, 美国对菲律宾的支持更多体现在装备提供
    与联合训练上, 美国是否会…？: nouns of analysis and questions, no happenings."""
    for i, text in enumerate([
        "那么，对俄制裁能否改变莫斯科的行为？",
        "那麼，對俄制裁能否改變莫斯科的行為？",
        "中国学者指出，制裁与反制裁的升级并不符合美国的利益。",
        "中國學者指出，制裁與反制裁的升級並不符合美國的利益。",
        "西方舆论认为，北京的反制措施意在施压。",
        "美国对菲律宾的支持更多体现在装备提供与联合训练上。",
        "美國對菲律賓的支持更多體現在裝備提供與聯合訓練上。",
        "美国是否会要求日本采取同样的出口限制？",
        "美國是否會要求日本採取同樣的出口限制？",
    ]):
        assert _types(tmp_path, text, f"m{i}.txt") == [], text
    for i, text in enumerate([
        "2023年，美国和澳大利亚将增加对乌克兰的支持。",
        "2024年6月，美国宣布对俄罗斯实施新一轮制裁。",
        "2023年6月，美国与菲律宾在吕宋岛举行联合训练。",
    ]):
        assert len(_types(tmp_path, text, f"k{i}.txt")) == 1, text


def test_a_headline_naming_the_topic_beside_the_doers_restates_the_story(tmp_path) -> None:
    """东帝汶正式加入东盟 第47届东盟峰会在吉隆坡开幕: the headline's summit (read with East Timor as a
    party) is the body's summit, one event with two evidence spans."""
    for i, text in enumerate([
        "东帝汶正式加入东盟 第47届东盟峰会在吉隆坡开幕\n新华社吉隆坡2025年10月28日电 第47届东盟峰会26日在马来西亚首都吉隆坡开幕。\n"
        "与会领导人围绕区域经济一体化交换了意见。\n各方表示将继续推进互联互通。\n",
        "東帝汶正式加入東協 第47屆東協峰會在吉隆坡開幕\n中央社吉隆坡2025年10月28日電 第47屆東協峰會26日在馬來西亞首都吉隆坡開幕。\n"
        "與會領導人圍繞區域經濟一體化交換了意見。\n各方表示將繼續推進互聯互通。\n",
    ]):
        summits = [e for e in _events(tmp_path, text, f"h{i}.txt") if e.type == "CONSULT"]
        assert len(summits) == 1 and len(summits[0].evidence) == 2, text
        assert summits[0].date == "2025-10-26", text


def test_settings_and_kinds_of_acts_named_in_passing_are_no_events(tmp_path) -> None:
    """东盟地区论坛是亚太安全对话的主要平台 (a venue described); 反对域外国家在南海部署进攻性武器 (a
    kind of act opposed, the opposition is the event); 在《…协议》框架下新增基地 (the agreement is
    the setting, the deployment the event)."""
    for i, text in enumerate([
        "上世纪90年代以来，东盟地区论坛一直是亚太安全对话的主要平台。",
        "上世紀90年代以來，東協區域論壇一直是亞太安全對話的主要平台。",
    ]):
        assert _types(tmp_path, text, f"p{i}.txt") == [], text
    for i, text in enumerate([
        "2023年3月，马来西亚总理反对域外国家在南海部署进攻性武器。",
        "2023年3月，馬來西亞總理反對域外國家在南海部署進攻性武器。",
    ]):
        assert _types(tmp_path, text, f"o{i}.txt") == ["ACCUSE"], text
    for i, text in enumerate([
        "2023年2月2日，美菲宣布在《加强防务合作协议》框架下新增4个军事基地。",
        "2023年2月2日，美菲宣布在《加強防務合作協議》框架下新增4個軍事基地。",
    ]):
        assert "AGREE" not in _types(tmp_path, text, f"f{i}.txt"), text


def test_a_declaration_named_by_its_summit_is_the_document_not_a_meeting(tmp_path) -> None:
    """10日发表的峰会宣言: the summit word names the document issued (an AGREE), no second meeting."""
    for i, text in enumerate([
        "2024年7月10日北约发表的峰会宣言首次点名中国。",
        "2024年7月10日北約發表的峰會宣言首次點名中國。",
    ]):
        assert _types(tmp_path, text, f"d{i}.txt") == ["AGREE"], text


def test_a_clause_going_on_from_repeated_acts_is_part_of_the_aggregate(tmp_path) -> None:
    """中方多次表示强烈不满，并以出口管制作为回应: 并 shares the repetition of the clause before."""
    for i, text in enumerate([
        "2023年，中方对美方做法多次表示强烈不满，并以出口管制作为回应。",
        "2023年，中方對美方做法多次表示強烈不滿，並以出口管制作為回應。",
    ]):
        assert _types(tmp_path, text, f"g{i}.txt") == [], text


def test_a_regime_of_control_set_up_by_a_state_is_its_policy(tmp_path) -> None:
    """建立“不可靠实体清单”制度, 设立外资安全审查机制: a state's own regime, POLICY, not a body founded."""
    for i, text in enumerate([
        "2019年5月31日，中国商务部宣布将建立“不可靠实体清单”制度。",
        "2019年5月31日，中國商務部宣布將建立「不可靠實體清單」制度。",
        "2020年12月，中国设立外商投资安全审查机制。",
    ]):
        assert _types(tmp_path, text, f"y{i}.txt") == ["POLICY"], text
    assert _types(tmp_path, "2021年3月，美国、日本、印度和澳大利亚宣布建立关键与新兴技术工作组。", "y9.txt") == ["ESTABLISH"]


def test_goods_seized_by_customs_are_a_sanction(tmp_path) -> None:
    """在海关扣留相关产品: customs detention of a state's goods is SANCTION (guidelines), not force."""
    for i, text in enumerate([
        "2022年6月，美国以人权问题为借口，在海关扣留中国的光伏产品。",
        "2022年6月，美國以人權問題為藉口，在海關扣留中國的光伏產品。",
    ]):
        assert _types(tmp_path, text, f"c{i}.txt") == ["SANCTION"], text
    assert _types(tmp_path, "2024年6月17日，中国海警扣押菲律宾船只。", "c9.txt") == ["COERCE"]


def test_measures_listed_as_means_or_naming_an_office_are_no_events(tmp_path) -> None:
    """通过技术限制、投资审查、出口管制等手段加以实现; 深化投资审查和出口管制部门之间合作; 建立出口管制
    联盟; the article's funding note and a bibliographic entry."""
    for i, text in enumerate([
        "这一策略将通过技术限制、投资审查、出口管制等手段加以实现。",
        "這一策略將通過技術限制、投資審查、出口管制等手段加以實現。",
        "美国的经济外交主要围绕供应链、基础设施和技术出口管制四个方面展开。",
        "两国同意深化外国投资审查和出口管制部门之间的合作。",
        "本文为2022年国家社会科学基金资助项目的阶段性成果。",
        "①联合早报. 中国又有光伏企业被美国海关扣留产品[EB/OL].",
    ]):
        assert _types(tmp_path, text, f"q{i}.txt") == [], text
    assert "SANCTION" not in _types(tmp_path, "2023年，美國聯合荷蘭和日本建立了出口管制聯盟。", "q9.txt")


def test_one_states_drill_with_a_long_code_name_is_a_show_of_force(tmp_path) -> None:
    """东部战区在台湾岛周边举行代号“联合利剑—2024A”的演习: the drill word stands far after the light
    verb; one state drilling around another is MOBILIZE, not COOPERATE."""
    for i, text in enumerate([
        "2024年5月23日，解放军东部战区在台湾岛周边举行代号“联合利剑—2024A”的演习。",
        "2024年5月23日，解放軍東部戰區在台灣島周邊舉行代號「聯合利劍—2024A」的演習。",
    ]):
        assert _types(tmp_path, text, f"w{i}.txt") == ["MOBILIZE"], text


def test_an_approved_loan_is_aid_not_an_agreement(tmp_path) -> None:
    """执董会批准向斯里兰卡提供约29亿美元的贷款: the aid approved is the event."""
    for i, text in enumerate([
        "2023年3月20日，国际货币基金组织执董会批准向斯里兰卡提供约29亿美元的中期贷款安排。",
        "2023年3月20日，國際貨幣基金組織執董會批准向斯里蘭卡提供約29億美元的中期貸款安排。",
    ]):
        assert _types(tmp_path, text, f"a{i}.txt") == ["AID"], text


def test_talks_urged_on_all_sides_and_a_history_of_talks_are_no_sessions(tmp_path) -> None:
    """仍未能促成各方对话 (no session named); 关于“准则”的磋商大致经历了以下阶段 (a history told next)."""
    for i, text in enumerate([
        "东盟2023年与缅甸各方进行上百次接触，仍未能促成各方对话。",
        "東盟2023年與緬甸各方進行上百次接觸，仍未能促成各方對話。",
        "中国与东盟国家关于“南海行为准则”的磋商大致经历了以下阶段。",
        "中國與東盟國家關於「南海行為準則」的磋商大致經歷了以下階段。",
    ]):
        assert "CONSULT" not in _types(tmp_path, text, f"u{i}.txt"), text


def test_a_meeting_held_while_attending_a_gathering_is_its_own_event(tmp_path) -> None:
    """出席亚太经合组织领导人非正式会议期间会见拜登: the gathering frames the meeting told after it."""
    for i, text in enumerate([
        "2024年11月16日，习近平在秘鲁利马出席亚太经合组织领导人非正式会议期间会见拜登。",
        "2024年11月16日，習近平在秘魯利馬出席亞太經合組織領導人非正式會議期間會見拜登。",
    ]):
        parties = sorted(tuple(sorted(p.key() for p in e.actors)) for e in _events(tmp_path, text, f"x{i}.txt") if e.type == "CONSULT")
        assert ("CHN", "USA") in parties and ("CHN", "apec") in parties, text


def test_an_opposition_voiced_in_a_commentators_view_is_no_accusation(tmp_path) -> None:
    """不少学者主张东盟与各方开展对话，反对在地区“选边站”: an opinion, not a party's protest."""
    for i, text in enumerate([
        "第三类研究讨论东盟的中心地位，不少学者主张东盟与各方开展对话，反对在地区“选边站”。",
        "第三類研究討論東盟的中心地位，不少學者主張東盟與各方開展對話，反對在地區「選邊站」。",
        "分析人士认为，日本应反对在地区选边站。",
    ]):
        assert _types(tmp_path, text, f"j{i}.txt") == [], text
    assert _types(tmp_path, "2024年3月，东盟反对在地区选边站。", "j9.txt") == ["ACCUSE"]


def test_acts_named_as_terms_topics_or_demands_are_not_told(tmp_path) -> None:
    """条约规定…另一方应提供军事援助 (a document's terms); 就裴洛西可能访台一事警告 (the topic of a
    warning); 要求中方撤回禁令 (a measure a demand asks to undo); 启动退出《巴黎协定》的程序 (no body
    founded). The document, the warning, the protest and the withdrawal are the events."""
    cases = [
        ("2024年6月19日，俄罗斯与朝鲜签署条约，条约规定一方遭到武装侵略时另一方应提供军事援助。", ["AGREE"]),
        ("2024年6月19日，俄羅斯與朝鮮簽署條約，條約規定一方遭到武裝侵略時另一方應提供軍事援助。", ["AGREE"]),
        ("2022年7月28日，习近平与拜登通电话，就美国众议院议长佩洛西可能访台一事警告“玩火必自焚”。", ["CONSULT", "THREATEN"]),
        ("2022年7月28日，習近平與拜登通電話，就美國眾議院議長裴洛西可能訪台一事警告「玩火必自焚」。", ["CONSULT", "THREATEN"]),
        ("2023年8月24日，日本外务省对此表示遗憾，并要求中方撤回禁令。", ["ACCUSE"]),
        ("2023年8月24日，日本外務省對此表示遺憾，並要求中方撤回禁令。", ["ACCUSE"]),
        ("2019年11月4日，美国正式通知联合国启动退出《巴黎协定》的程序。", ["LEAVE"]),
    ]
    for i, (text, want) in enumerate(cases):
        assert _types(tmp_path, text, f"z{i}.txt") == want, text


def test_a_full_blockade_and_military_support_in_a_scenario(tmp_path) -> None:
    """若中国对仁爱礁实施全面封锁 (COERCE, hypothetical); 向菲律宾提供护航支援 (AID)."""
    for i, text in enumerate([
        "情境一：若中国对仁爱礁实施全面封锁，美国可能向菲律宾提供护航支援。",
        "情境一：若中國對仁愛礁實施全面封鎖，美國可能向菲律賓提供護航支援。",
    ]):
        evs = _events(tmp_path, text, f"b{i}.txt")
        assert sorted(e.type for e in evs) == ["AID", "COERCE"], text
        assert next(e for e in evs if e.type == "COERCE").modality == "hypothetical", text


def test_a_title_between_a_hedge_and_its_verb_counts_as_one_word(tmp_path) -> None:
    """美国可能依《共同防御条约》向菲律宾提供护航支援: the hedge reaches its verb across the title."""
    for i, text in enumerate([
        "美国可能依《共同防御条约》向菲律宾提供护航支援。",
        "美國可能依《共同防禦條約》向菲律賓提供護航支援。",
    ]):
        evs = _events(tmp_path, text, f"h{i}.txt")
        assert [(e.type, e.modality) for e in evs] == [("AID", "hypothetical")], text


def test_an_agreement_known_by_name_before_a_you_phrase_is_signed(tmp_path) -> None:
    """RCEP由东盟十国与中国…签署: the agreement named by its acronym opens the clause before 由."""
    for i, text in enumerate([
        "RCEP由东盟十国与中国、日本、韩国、澳大利亚、新西兰于2020年11月15日签署。",
        "RCEP由東協十國與中國、日本、韓國、澳洲、紐西蘭於2020年11月15日簽署。",
    ]):
        evs = _events(tmp_path, text, f"r{i}.txt")
        assert [e.type for e in evs] == ["AGREE"] and "CHN" in {p.key() for p in evs[0].actors}, text


def test_a_garrison_told_by_its_size_and_an_act_as_circumstance_are_no_events(tmp_path) -> None:
    """印度约有80名军人驻扎马尔代夫 (a state of affairs); 随着澳大利亚的加入，… (the act as circumstance)."""
    for i, text in enumerate([
        "据印度媒体报道，印度约有80名军人驻扎马尔代夫。",
        "據印度媒體報導，印度約有80名軍人駐紮馬爾地夫。",
        "随着澳大利亚的加入，“马拉巴尔”演习的规模扩大。",
        "隨著澳洲的加入，「馬拉巴爾」演習的規模擴大。",
    ]):
        assert "MOBILIZE" not in _types(tmp_path, text, f"g{i}.txt") and "JOIN" not in _types(tmp_path, text, f"g{i}.txt"), text
    assert _types(tmp_path, "2024年3月，印度向马尔代夫派遣80名军人。", "g9.txt") == ["MOBILIZE"]


def test_two_channels_ended_in_one_sentence_are_two_acts(tmp_path) -> None:
    """宣布取消两军战区领导通话，暂停气候变化商谈: two measures, two LEAVE events."""
    for i, text in enumerate([
        "2022年8月5日，中国外交部宣布取消中美两军战区领导通话，暂停中美气候变化商谈。",
        "2022年8月5日，中國外交部宣布取消中美兩軍戰區領導通話，暫停中美氣候變化商談。",
    ]):
        assert _types(tmp_path, text, f"t{i}.txt") == ["LEAVE", "LEAVE"], text
    one = "2023年3月，美国宣布退出该协定。"
    assert _types(tmp_path, one, "t9.txt") == ["LEAVE"]


def test_the_reach_of_a_repetition_adverb_is_short() -> None:
    """The adverb governs a short verb phrase: a long stretch of targets after it is not tiled
    (a lazy tiling of it would take time exponential in its length)."""
    from latticework.events.aggregates import repeated_acts

    text = "多次" + ("对在向" + "甲" * 10) * 40 + "乙" * 20 + "制裁"
    assert not repeated_acts(text, 0, len(text) - 2)
    near = "多次以安全为由对俄罗斯企业实施制裁"
    assert repeated_acts(near, 0, near.index("制裁"))


def test_a_vote_against_and_a_custom_broken_are_no_events(tmp_path) -> None:
    """10国赞成、5国反对、12国弃权; 德国投下反对票 (a vote, not a protest); 打破新任总统首访印度的惯例
    (a custom named, no visit)."""
    for i, text in enumerate([
        "欧盟成员国本月4日就征税方案表决，10国赞成、5国反对、12国弃权。",
        "歐盟成員國本月4日就徵稅方案表決，10國贊成、5國反對、12國棄權。",
        "德国与匈牙利投下反对票。",
        "他打破了马尔代夫新任总统首访印度的惯例。",
        "他打破了馬爾地夫新任總統首訪印度的慣例。",
    ]):
        assert "ACCUSE" not in _types(tmp_path, text, f"v{i}.txt") and "CONSULT" not in _types(tmp_path, text, f"v{i}.txt"), text
    assert _types(tmp_path, "2024年10月4日，德国表示反对欧盟对中国电动车征税。", "v9.txt") == ["ACCUSE"]


def test_acts_in_succession_are_not_an_aggregate(tmp_path) -> None:
    """接连发布《国家安全战略》《印太战略》: 接连 orders distinct acts, one per document (no tally)."""
    for i, text in enumerate([
        "2022年，美国接连发布《国家安全战略》《印太战略》。",
        "2022年，美國接連發布《國家安全戰略》《印太戰略》。",
    ]):
        assert _types(tmp_path, text, f"s{i}.txt") == ["POLICY", "POLICY"], text


def test_the_title_of_a_work_of_scholarship_is_no_document_agreed(tmp_path) -> None:
    """《中美三个联合公报研究》一书: a book about communiqués, no communiqué issued."""
    for i, text in enumerate([
        "学者在2019年出版的《中美三个联合公报研究》一书中指出，两国关系历经起伏。",
        "學者在2019年出版的《中美三個聯合公報研究》一書中指出，兩國關係歷經起伏。",
    ]):
        assert _types(tmp_path, text, f"b{i}.txt") == [], text
    assert _types(tmp_path, "1972年2月28日，中美两国在上海发表《联合公报》。", "b9.txt") == ["AGREE"]


def test_a_measure_that_is_the_subject_of_a_description_is_no_event(tmp_path) -> None:
    """2023年，日本对东南亚的援助主要集中在…; 美方的反对并未改变…; 美军在关岛的部署是…; 对华制裁已成为…:
    the measure is the subject noun of a description; a dated accession told as a noun stays one
    (2023年4月芬兰的加入使北约成员国扩大到31个)."""
    for i, text in enumerate([
        "2023年，日本对东南亚的援助主要集中在基础设施领域。",
        "2023年，日本對東南亞的援助主要集中在基礎設施領域。",
        "2023年，美方的反对并未改变东盟的立场。",
        "2023年，美軍在關島的部署是其印太戰略的重要一環。",
        "2023年，对华制裁已成为美国两党的共识。",
        "2023年，對華制裁已成為美國兩黨的共識。",
    ]):
        assert _types(tmp_path, text, f"n{i}.txt") == [], text
    dated = "2023年4月芬兰的加入使北约成员国扩大到31个。"
    assert _types(tmp_path, dated, "n9.txt") == ["JOIN"]


def test_a_standing_force_and_a_trend_of_controls_are_no_events(tmp_path) -> None:
    """美国在韩国驻扎约2.85万名军人 (the size of a standing force); 美国对华半导体出口管制不断升级 (a trend)."""
    for i, text in enumerate([
        "美国在韩国驻扎约2.85万名军人。",
        "美國在韓國駐紮約2.85萬名軍人。",
        "2022年以来，美国对华半导体出口管制不断升级。",
        "2022年以來，美國對華半導體出口管制不斷升級。",
    ]):
        assert _types(tmp_path, text, f"f{i}.txt") == [], text
    assert _types(tmp_path, "2024年4月，美国向菲律宾北部部署约500名军人。", "f9.txt") == ["MOBILIZE"]


def test_what_a_warning_or_a_reaction_names_is_not_told(tmp_path) -> None:
    """外交部警告，如美方一意孤行，中方将采取坚决反制措施 (the threat's content); 中国对美国对台军售表示
    强烈反对 (the reaction's topic); 制裁参与军售的美国企业 (what describes the firms). A warning defied
    (不顾中方多次警告，蓄意冲撞…) opens no content: the ramming is an act."""
    cases = [
        ("2024年5月20日，外交部警告，如美方一意孤行，中方将采取坚决反制措施。", ["THREATEN"]),
        ("2024年5月20日，外交部警告，如美方一意孤行，中方將採取堅決反制措施。", ["THREATEN"]),
        ("2024年6月，中国对美国对台军售表示强烈反对，并宣布制裁参与军售的美国企业。", ["ACCUSE", "SANCTION"]),
        ("2024年6月，中國對美國對台軍售表示強烈反對，並宣布制裁參與軍售的美國企業。", ["ACCUSE", "SANCTION"]),
        ("2024年10月12日，菲方船只不顾中方多次警告，蓄意冲撞中国海警船。", ["COERCE"]),
    ]
    for i, (text, want) in enumerate(cases):
        assert _types(tmp_path, text, f"w{i}.txt") == want, text


def test_a_partner_marked_as_recipient_is_no_second_actor(tmp_path) -> None:
    """美国与菲律宾举行联合巡逻，并向菲方提供训练: the training goes to the Philippines."""
    for i, text in enumerate([
        "2023年7月，美国与菲律宾举行联合巡逻，并向菲方提供训练。",
        "2023年7月，美國與菲律賓舉行聯合巡邏，並向菲方提供訓練。",
    ]):
        aid = next(e for e in _events(tmp_path, text, f"k{i}.txt") if e.type == "AID")
        assert [p.key() for p in aid.actors] == ["USA"] and [p.key() for p in aid.recipients] == ["PHL"], text


def test_the_condition_of_a_warning_is_the_warned_partys_act(tmp_path) -> None:
    """朝鲜警告美韩，若继续举行联合军演，将采取强硬措施: the drills are the warned parties' (a hypothetical
    COOPERATE); 中国警告美国，若继续向台湾出售武器，将采取坚决反制措施: the sale is the US's, the counter-
    measures are what the threat names (no SANCTION)."""
    for i, text in enumerate([
        "2024年3月5日，朝鲜警告美韩，若继续举行联合军演，将采取强硬措施。",
        "2024年3月5日，朝鮮警告美韓，若繼續舉行聯合軍演，將採取強硬措施。",
    ]):
        drill = next(e for e in _events(tmp_path, text, f"c{i}.txt") if e.type != "THREATEN")
        assert (drill.type, sorted(p.key() for p in drill.actors), drill.modality) == ("COOPERATE", ["KOR", "USA"], "hypothetical"), text
    for i, text in enumerate([
        "2024年3月5日，中国警告美国，若继续向台湾出售武器，将采取坚决反制措施。",
        "2024年3月5日，中國警告美國，若繼續向台灣出售武器，將採取堅決反制措施。",
    ]):
        evs = _events(tmp_path, text, f"s{i}.txt")
        assert sorted(e.type for e in evs) == ["AID", "THREATEN"], text
        assert [p.key() for p in next(e for e in evs if e.type == "AID").actors] == ["USA"], text
