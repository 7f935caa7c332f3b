"""Event gold rows for heldout8 (read by build.py). Snippets locate the lines; `also` gives also_lines."""
PREFIX = {'a-journal-kor.txt': 'h8-a', 'b-xinhua-cas.txt': 'h8-b', 'c-hk-pacific.html': 'h8-c',
          'd-report-chips.txt': 'h8-d', 'e-news-phl.txt': 'h8-e', 'f-paper-mys.txt': 'h8-f'}
EVENTS = []


def E(doc, type, actors, at, trigger, note, **kw):
    EVENTS.append(dict(doc=doc, type=type, actors=actors, at=at, trigger=trigger, note=note, **kw))


def Q(v, u, k):
    return {'value': v, 'unit': u, 'kind': k}


A = 'a-journal-kor.txt'
E(A, 'AGREE', ['JPN', 'KOR'], '宣布就慰安婦問題達成協議', '達成協議', 'the 2015 comfort-women agreement, announced by the two foreign ministers in Seoul',
  date='2015-12-28', location='seoul', object='japan-rok-comfort-women-agreement')
E(A, 'AID', ['JPN'], '承諾出資10億日圓，並於翌年8月撥付', '撥付', 'Japan pays 1 billion yen to the foundation set up by the ROK (翌年 = 2016)',
  recipients=['KOR'], date='2016-08', quantities=[Q(1000000000, '日圓', 'money')])
E(A, 'LEAVE', ['KOR'], '2018年11月宣布解散該財團', '解散', 'Moon dissolves the foundation: the ROK ends its side of the 2015 deal',
  recipients=['JPN'], date='2018-11', object='japan-rok-comfort-women-agreement')
E(A, 'SANCTION', ['JPN'], '宣布對出口南韓的氟化聚醯亞胺、光阻劑與高純度氟化氫三項材料加強審查', '加強審查', 'METI tightens export review of three materials to the ROK; 7月4日實施 is the effective date',
  recipients=['KOR'], date='2019-07-01', effective='2019-07-04')
E(A, 'SANCTION', ['JPN'], '再決議將南韓移出出口管制「白名單」', '移出出口管制「白名單」', 'the ROK removed from the export-control white list; 同月28日生效',
  recipients=['KOR'], date='2019-08-02', effective='2019-08-28')
E(A, 'LEAVE', ['KOR'], '先於8月22日宣布不再延長', '不再延長', 'the ROK announces it will not renew GSOMIA (decision announced)',
  recipients=['JPN'], date='2019-08-22', object='japan-rok-gsomia')
E(A, 'ACCUSE', ['KOR'], '9月又就管制措施向世界貿易組織提起申訴', '提起申訴', 'WTO complaint against the Japanese controls',
  recipients=['JPN'], date='2019-09')
E(A, 'LEAVE', ['KOR'], '於11月22日宣布暫緩終止，該協定最終並未失效', '暫緩終止', 'GSOMIA not terminated after all (the ROK suspends its notice under US mediation)',
  recipients=['JPN'], date='2019-11-22', modality='negated', object='japan-rok-gsomia')
E(A, 'CONSULT', ['KOR'], '2023年3月16日，尹錫悅訪問東京', '訪問', 'Yoon visits Tokyo and holds talks with Kishida (talks fold into the visit)',
  recipients=['JPN'], date='2023-03-16', location='tokyo')
E(A, 'AGREE', ['KOR', 'JPN'], '同意恢復中斷多年的「穿梭外交」', '同意', 'agreement to resume shuttle diplomacy, during the visit (dated by the month)',
  date='2023-03')
E(A, 'POLICY', ['JPN'], '隨即解除三項材料的出口管制', '解除', 'Japan lifts the 2019 controls on the three materials (隨即 → month of the talks)',
  recipients=['KOR'], date='2023-03')
E(A, 'CONSULT', ['JPN'], '同年5月7日，岸田回訪首爾', '回訪', 'Kishida\'s return visit to Seoul',
  recipients=['KOR'], date='2023-05-07', location='seoul')
E(A, 'CONSULT', ['USA', 'JPN', 'KOR'], '舉行首次單獨召開的三邊峰會', '峰會', 'the Camp David summit (Biden invites Kishida and Yoon)',
  date='2023-08-18', location='camp-david', also=['以大衛營峰會為起點走向制度化'])
E(A, 'AGREE', ['USA', 'JPN', 'KOR'], '領袖發表《大衛營原則》', '發表', 'Camp David Principles', date='2023-08-18', object='camp-david-principles')
E(A, 'AGREE', ['USA', 'JPN', 'KOR'], '與聯合聲明〈大衛營精神〉', '聯合聲明', 'joint statement "The Spirit of Camp David" (its own document)',
  date='2023-08-18', object='camp-david-spirit-statement')
E(A, 'AGREE', ['USA', 'JPN', 'KOR'], '並通過「三方磋商承諾」', '通過', 'Commitment to Consult', date='2023-08-18', object='camp-david-commitment-to-consult')
E(A, 'CONSULT', ['USA', 'JPN', 'KOR'], '每年至少舉行一次領袖會晤', '會晤', 'agreed annual leaders\' meetings (future act in the agreed documents)',
  modality='planned')
E(A, 'COOPERATE', ['USA', 'JPN', 'KOR'], '每年舉行多領域聯合演習', '聯合演習', 'agreed annual multi-domain exercise', modality='planned')
E(A, 'COOPERATE', ['USA', 'JPN', 'KOR'], '並在年底前啟動北韓飛彈預警資料的即時共享', '共享', 'real-time missile-warning data sharing, to start by the end of 2023 (年底 keeps the year)',
  modality='planned', date='2023')
E(A, 'COOPERATE', ['USA', 'JPN', 'KOR'], '12月19日，三國宣布該共享機制正式運作', '正式運作', 'the data-sharing mechanism becomes operational',
  date='2023-12-19')
E(A, 'COOPERATE', ['USA', 'JPN', 'KOR'], '三國在公海舉行首次「自由之刃」多領域演習', '演習', 'first Freedom Edge exercise',
  date='2024-06-27', date_end='2024-06-29', object='freedom-edge')
E(A, 'COOPERATE', ['USA', 'JPN', 'KOR'], '11月又舉行第二次', '舉行第二次', 'second Freedom Edge exercise, 2024-11', date='2024-11', object='freedom-edge')
E(A, 'CONSULT', ['apec'], '利用出席利馬APEC會議的機會', 'APEC會議', 'the APEC Lima meeting, named only as the frame (month)',
  date='2024-11', location='lima')
E(A, 'CONSULT', ['USA', 'JPN', 'KOR'], '利馬APEC會議的機會會晤', '會晤', 'trilateral leaders\' meeting at Lima',
  date='2024-11-15', location='lima')
E(A, 'ESTABLISH', ['USA', 'JPN', 'KOR'], '宣布設立三邊合作秘書處', '設立', 'the US-Japan-ROK trilateral secretariat announced', date='2024-11-15')
E(A, 'CONSULT', ['RUS'], '2024年6月19日，普丁訪問平壤', '訪問', 'Putin in Pyongyang', recipients=['PRK'], date='2024-06-19', location='pyongyang')
E(A, 'AGREE', ['RUS', 'PRK'], '與金正恩簽署《全面戰略夥伴關係條約》', '簽署', 'treaty signed; in force 2024-12-04 (該條約於同年12月4日生效)',
  date='2024-06-19', effective='2024-12-04', object='rus-prk-comprehensive-strategic-partnership-treaty', also=['該條約於同年12月4日生效'])
E(A, 'ALIGN', ['RUS', 'PRK'], '簽署《全面戰略夥伴關係條約》', '全面戰略夥伴關係', 'the treaty creates the named partnership (with a mutual-assistance clause)',
  date='2024-06-19', label='全面戰略夥伴關係')
E(A, 'MOBILIZE', ['PRK'], '已向俄羅斯派遣約1萬2千名士兵', '派遣', 'DPRK troops to Russia, disclosed by the NIS in October 2024; DPRK admits it in April 2025',
  recipients=['RUS'], date='2024-10', source='南韓國家情報院', quantities=[Q(12000, '名', 'count')], also=['2025年4月，北韓首度承認派兵'])
E(A, 'ACCUSE', ['USA', 'JPN', 'KOR'], '外長隨即發表聲明予以譴責', '譴責', 'trilateral foreign ministers\' condemnation (隨即 → 2024-10)',
  recipients=['PRK', 'RUS'], date='2024-10')
E(A, 'SANCTION', ['USA'], '宣布自8月1日起對兩國商品課徵25%關稅', '課徵25%關稅', 'Trump\'s tariff letters to Japan and the ROK (one announcement)',
  recipients=['JPN', 'KOR'], date='2025-07-07', effective='2025-08-01', quantities=[Q(25, '%', 'percentage')])
E(A, 'AGREE', ['JPN', 'USA'], '其後先後於7月22日與7月30日達成協議', '達成協議', 'US-Japan trade deal (先後 split, first date)', date='2025-07-22')
E(A, 'AGREE', ['KOR', 'USA'], '其後先後於7月22日與7月30日達成協議', '達成協議', 'US-ROK trade deal (先後 split, second date)', date='2025-07-30', dup=True)
E(A, 'AID', ['JPN'], '分別承諾對美投資5500億美元', '投資', 'Japan\'s investment pledge (分別 split)', recipients=['USA'], modality='planned',
  quantities=[Q(550000000000, '美元', 'money')])
E(A, 'AID', ['KOR'], '分別承諾對美投資5500億美元與3500億美元', '投資', 'the ROK\'s investment pledge (分別 split)', recipients=['USA'], modality='planned',
  quantities=[Q(350000000000, '美元', 'money')], dup=True)
E(A, 'CONSULT', ['KOR'], '8月23日先赴東京與石破茂會談', '會談', 'Lee Jae-myung in Tokyo', recipients=['JPN'], date='2025-08-23', location='tokyo')
E(A, 'CONSULT', ['KOR', 'USA'], '兩天後再與川普在白宮會晤', '會晤', 'Lee-Trump meeting at the White House (兩天後 = 25日)', date='2025-08-25', location='white-house')
E(A, 'MOBILIZE', ['PRK'], '若北韓向俄羅斯增派部隊', '增派', 'hypothetical further DPRK deployment', recipients=['RUS'], modality='hypothetical')
E(A, 'COOPERATE', ['USA', 'JPN', 'KOR', 'AUS', 'PHL'], '並邀請澳洲與菲律賓參與「自由之刃」的部分科目', '參與', 'author\'s recommendation: Australia and the Philippines in parts of Freedom Edge',
  modality='proposed', object='freedom-edge')
E(A, 'AGREE', ['USA', 'JPN', 'KOR'], '防長另於2024年7月28日在東京簽署', '簽署', 'Trilateral Security Cooperation Framework memorandum (footnote ²)',
  date='2024-07-28', location='tokyo', object='us-japan-rok-trilateral-security-cooperation-framework')

B = 'b-xinhua-cas.txt'
C6 = ['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
CA5 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
E(B, 'CONSULT', ['china-central-asia-summit'] + C6, '峰会17日在哈萨克斯坦首都阿斯塔纳举行', '峰会', 'second China-Central Asia Summit (headline in also_lines)',
  date='2025-06-17', location='astana', also=['第二届中国—中亚峰会在阿斯塔纳举行'])
E(B, 'AGREE', C6, '六国元首共同签署《永久睦邻友好合作条约》', '签署', 'treaty of permanent good-neighbourliness, friendship and cooperation (headline in also_lines)',
  date='2025-06-17', location='astana', object='china-central-asia-good-neighbourliness-treaty', also=['六国元首签署永久睦邻友好合作条约'])
E(B, 'AGREE', C6, '发表《阿斯塔纳宣言》', '发表', 'Astana Declaration', date='2025-06-17', location='astana', object='astana-declaration-2025')
E(B, 'AGREE', C6, '并见证签署数十份涉及交通', '签署', 'some tens of cooperation documents signed at the summit (one event: no document named)', date='2025-06-17', location='astana')
E(B, 'AID', ['CHN'], '今年将向中亚国家提供15亿元人民币无偿援助', '提供', 'grant aid pledged for 2025 (今年 → 2025)', recipients=CA5, date='2025',
  modality='planned', quantities=[Q(1500000000, '元人民币', 'money')])
E(B, 'AID', ['CHN'], '并在未来两年为其提供3000个培训名额', '提供', 'training places over two years', recipients=CA5, modality='planned',
  quantities=[Q(3000, '个', 'count')])
E(B, 'CONSULT', ['china-central-asia-summit'] + C6, '第三届峰会将于2027年在中国举办', '峰会', 'third summit agreed for 2027 in China', date='2027',
  location='CHN', modality='planned')
E(B, 'AGREE', C6, '各方商定，第三届峰会', '商定', 'agreement on the next summit', date='2025-06-17')
E(B, 'CONSULT', ['CHN'], '16日抵达阿斯塔纳，对哈萨克斯坦进行国事访问', '国事访问', 'Xi\'s state visit to Kazakhstan; talks 当天 fold into it', recipients=['KAZ'],
  date='2025-06-16', location='astana', also=['元首当天举行会谈'])
E(B, 'ALIGN', ['CHN', 'KAZ'], '以2019年9月确立的永久全面战略伙伴关系为引领', '确立', 'background: permanent comprehensive strategic partnership of 2019-09',
  date='2019-09', label='永久全面战略伙伴关系')
E(B, 'AGREE', ['CHN', 'KAZ'], '扩大能源和关键矿产合作，并签署联合声明', '签署联合声明', 'China-Kazakhstan joint statement (the talks were 当天 = 16日)', date='2025-06-16')
E(B, 'CONSULT', ['china-central-asia-summit'] + C6, '于2023年5月18日至19日在陕西西安举行', '举行', 'first summit, Xi\'an', date='2023-05-18', date_end='2023-05-19',
  location='xian', also=['首届中国—中亚峰会'])
E(B, 'AGREE', C6, '六国元首签署《西安宣言》', '签署', 'Xi\'an Declaration, signed during the two-day summit (month)', date='2023-05', location='xian', object='xian-declaration')
E(B, 'ESTABLISH', C6, '决定建立元首会晤机制', '建立', 'the summit format made a standing mechanism', date='2023-05', object='china-central-asia-summit')
E(B, 'ESTABLISH', C6, '设立中国—中亚机制秘书处', '设立', 'secretariat set up in Xi\'an (decided at the summit)', date='2023-05', location='xian',
  object='china-central-asia-secretariat')
E(B, 'AID', ['CHN'], '当时承诺向中亚国家提供总额260亿元人民币', '提供', '2023 pledge of financing and grants', recipients=CA5, modality='planned',
  quantities=[Q(26000000000, '元人民币', 'money')])
E(B, 'AGREE', ['CHN', 'KGZ', 'UZB'], '三国政府在北京签署铁路建设项目政府间协定', '签署', 'intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway',
  date='2024-06-06', location='beijing')
E(B, 'COOPERATE', ['CHN', 'KGZ', 'UZB'], '铁路项目在吉尔吉斯斯坦境内启动建设', '启动建设', 'construction of the jointly built railway starts', date='2024-12-27', location='KGZ')
E(B, 'ESTABLISH', ['CHN', 'KGZ', 'UZB'], '将共同组建合资公司负责施工和运营', '组建', 'planned joint venture for the railway', modality='planned')
E(B, 'CONSULT', ['sco'], '成员国元首理事会会议在阿斯塔纳举行', '会议', 'SCO heads of state council, Astana 2024', date='2024-07-03', date_end='2024-07-04', location='astana')
E(B, 'JOIN', ['BLR'], '4日正式成为该组织第十个成员国', '成为', 'Belarus becomes the tenth SCO member', recipients=['sco'], object='sco', date='2024-07-04')
E(B, 'CONSULT', ['CHN'], '随即前往杜尚别，对塔吉克斯坦进行国事访问', '国事访问', 'Xi\'s state visit to Tajikistan (随即: month)', recipients=['TJK'], date='2024-07',
  location='dushanbe')
E(B, 'CONSULT', ['sco'] + CA5 + ['CHN'], '峰会在天津举行，中亚五国元首悉数出席', '峰会', 'SCO Tianjin summit (host China; the five Central Asian heads attend)',
  date='2025-08-31', date_end='2025-09-01', location='tianjin')
E(B, 'COOPERATE', ['CHN', 'KGZ', 'UZB'], '铁路如期建成', '建成', 'completion of the railway, in a conditional clause', modality='hypothetical')

C = 'c-hk-pacific.html'
E(C, 'CONSULT', ['AUS', 'USA'], '前日在白宮與美國總統特朗普會晤', '會晤', 'Albanese-Trump meeting (前日 = 20日)', date='2025-10-20', location='white-house')
E(C, 'AGREE', ['AUS', 'USA'], '簽署關鍵礦產與稀土供應合作框架', '簽署', 'critical minerals and rare earths framework', date='2025-10-20')
E(C, 'COOPERATE', ['AUS', 'USA'], '政府在未來半年內合共投入逾20億美元支持相關項目', '投入', 'joint investment in minerals projects, agreed (planned; 逾 kept as the figure)',
  modality='planned', quantities=[Q(2000000000, '美元', 'money')])
E(C, 'ESTABLISH', ['AUS', 'GBR', 'USA'], '於2021年9月15日由澳英美三國宣布成立', '成立', 'AUKUS announced', date='2021-09-15', object='aukus')
E(C, 'LEAVE', ['AUS'], '隨即終止與法國簽訂的潛艇合約', '終止', 'Australia cancels the French submarine contract (隨即 → 2021-09)', recipients=['FRA'], date='2021-09')
E(C, 'ACCUSE', ['FRA'], '引來巴黎強烈不滿', '強烈不滿', 'French anger at the cancellation', recipients=['AUS'], date='2021-09')
E(C, 'CONSULT', ['AUS', 'GBR', 'USA'], '領袖在聖地牙哥公布「最佳路徑」', '公布', 'AUKUS leaders\' meeting in San Diego (optimal pathway announced)', date='2023-03-13', location='san-diego')
E(C, 'AID', ['USA'], '將自2030年代起向美國購入三至五艘維珍尼亞級核動力潛艇', '購入', 'planned sale of three to five Virginia-class submarines from the 2030s (decade: no date)',
  recipients=['AUS'], modality='planned', quantities=[Q(3, '艘', 'count'), Q(5, '艘', 'count')])
E(C, 'ACCUSE', ['CHN'], '其後批評三國的合作違背', '批評', 'Chinese MFA criticism of AUKUS (其後 → 2023-03)', recipients=['AUS', 'GBR', 'USA'], date='2023-03')
E(C, 'SANCTION', ['CHN'], '對澳洲大麥徵收合共80.5%的反傾銷及反補貼稅', '反傾銷及反補貼稅', 'barley duties', recipients=['AUS'], date='2020-05',
  quantities=[Q(80.5, '%', 'percentage')])
E(C, 'SANCTION', ['CHN'], '同年11月再向澳洲葡萄酒加徵最高218.4%的關稅', '加徵', 'wine tariffs', recipients=['AUS'], date='2020-11', quantities=[Q(218.4, '%', 'percentage')])
E(C, 'POLICY', ['CHN'], '大麥關稅於2023年8月取消', '取消', 'barley duties removed (相繼: one event each)', recipients=['AUS'], date='2023-08')
E(C, 'POLICY', ['CHN'], '葡萄酒關稅於2024年3月取消', '取消', 'wine tariffs removed', recipients=['AUS'], date='2024-03')
E(C, 'POLICY', ['CHN'], '龍蝦亦於同年底恢復輸華', '恢復輸華', 'lobster imports resumed (同年底 → 2024)', recipients=['AUS'], date='2024')
E(C, 'CONSULT', ['AUS'], '2023年11月4日至7日，阿爾巴尼斯訪問上海及北京', '訪問', 'Albanese visits China', recipients=['CHN'], date='2023-11-04', date_end='2023-11-07')
E(C, 'CONSULT', ['AUS', 'CHN'], '6日與國家主席習近平會晤', '會晤', 'Albanese-Xi meeting, dated separately', date='2023-11-06', location='beijing')
E(C, 'CONSULT', ['CHN'], '2024年6月15日起訪澳', '訪澳', 'Li Qiang visits Australia', recipients=['AUS'], date='2024-06-15')
E(C, 'CONSULT', ['CHN', 'AUS'], '17日在坎培拉與阿爾巴尼斯舉行年度總理會晤', '會晤', 'annual leaders\' meeting', date='2024-06-17', location='canberra')
E(C, 'POLICY', ['CHN'], '宣布把澳洲納入單方面免簽安排', '納入單方面免簽', 'unilateral visa exemption for Australians', recipients=['AUS'], date='2024-06-17')
E(C, 'POLICY', ['AUS'], '則承諾向中國公民發放五年多次入境簽證', '發放', 'five-year multiple-entry visas promised', recipients=['CHN'], modality='planned')
E(C, 'AGREE', ['SLB', 'CHN'], '與中國簽署安全合作框架協議', '簽署', 'China-Solomon Islands security framework agreement', date='2022-04')
E(C, 'MOBILIZE', ['CHN'], '應所方要求派遣警察及軍事人員', '派遣', 'deployment the pact allows on request (conditional)', recipients=['SLB'], modality='hypothetical')
E(C, 'ACCUSE', ['AUS', 'USA'], '隨即表示嚴重關切', '表示嚴重關切', 'concern over the pact (隨即 → 2022-04)', recipients=['SLB', 'CHN'], date='2022-04')
E(C, 'CONSULT', ['SLB'], '時任總理索加瓦雷訪華', '訪華', 'Sogavare visits China', recipients=['CHN'], date='2023-07')
E(C, 'ALIGN', ['SLB', 'CHN'], '建立新時代相互尊重、共同發展的全面戰略夥伴關係', '建立', 'partnership label as written', date='2023-07',
  label='新時代相互尊重、共同發展的全面戰略夥伴關係')
E(C, 'AGREE', ['AUS', 'TUV'], '簽署《法累皮利聯盟條約》', '簽署', 'Falepili Union treaty; in force 2024-08-28', date='2023-11-09', effective='2024-08-28',
  object='falepili-union-treaty', also=['該條約於2024年8月28日生效'])
E(C, 'ALIGN', ['AUS', 'TUV'], '總理納塔諾簽署《法累皮利聯盟條約》', '聯盟', 'the treaty creates the named union', date='2023-11-09', label='法累皮利聯盟')
E(C, 'POLICY', ['AUS'], '每年向最多280名圖瓦盧公民開放永久居留途徑', '開放', 'annual migration pathway for up to 280 Tuvaluans (treaty content, recipient Tuvalu)',
  recipients=['TUV'], modality='planned', quantities=[Q(280, '名', 'count')])
E(C, 'AID', ['AUS'], '並承諾在該國遭受軍事攻擊時提供援助', '提供援助', 'conditional security guarantee', recipients=['TUV'], modality='hypothetical')
E(C, 'AGREE', ['AUS', 'PNG'], '本月6日，澳洲再與巴布亞新畿內亞簽署共同防衛條約', '簽署', 'Australia-PNG mutual defence treaty (本月 = 2025-10)', date='2025-10-06')
E(C, 'ALIGN', ['AUS', 'PNG'], '兩國正式結為盟友', '結為盟友', 'the treaty makes the two allies', date='2025-10-06', label='盟友')
E(C, 'ALIGN', ['NRU', 'TWN'], '於2024年1月15日宣布與台灣斷交', '斷交', 'Nauru breaks with Taiwan', date='2024-01-15', label='斷交')
E(C, 'ALIGN', ['NRU', 'CHN'], '同月24日與中國恢復外交關係', '恢復外交關係', 'Nauru and the PRC restore relations', date='2024-01-24', label='恢復外交關係')
E(C, 'CONSULT', ['pacific-islands-forum', 'SLB'], '主辦太平洋島國論壇領袖會議', '領袖會議', 'PIF leaders\' meeting hosted by Solomon Islands (今年9月)', date='2025-09',
  location='honiara')
E(C, 'CONSULT', ['CHN', 'USA'], '不邀請中美等對話夥伴出席', '出席', 'dialogue partners not invited', recipients=['pacific-islands-forum'], date='2025-09', modality='negated')
E(C, 'CONSULT', ['TWN'], '台灣代表亦未獲邀', '未獲邀', 'Taiwan\'s representative not invited either', recipients=['pacific-islands-forum'], date='2025-09', modality='negated')
E(C, 'ESTABLISH', ['AUS', 'NZL'], '該論壇成立於1971年', '成立', 'the forum founded in 1971 (named founders only)', date='1971', object='pacific-islands-forum')
E(C, 'COOPERATE', ['AUS', 'CHN'], '應考慮邀請中國參與太平洋島國的救災合作', '救災合作', 'columnist\'s proposal', modality='proposed')

D = 'd-report-chips.txt'
E(D, 'SANCTION', ['USA'], '发布针对先进计算和半导体制造物项的出口管制规则', '出口管制规则', 'BIS rules of 7 Oct 2022 (table row in also_lines)', recipients=['CHN'],
  date='2022-10-07', also=['2022.10.07美国商务部发布先进计算'])
E(D, 'SANCTION', ['USA'], '又于2023年10月17日和2024年12月2日两度更新规则', '更新规则', 'October 2023 update', recipients=['CHN'], date='2023-10-17',
  also=['2023.10.17美国更新规则'])
E(D, 'SANCTION', ['USA'], '后者把140个中国实体列入实体清单', '列入实体清单', 'December 2024 update: 140 entities, HBM', recipients=['CHN'], date='2024-12-02',
  quantities=[Q(140, '个', 'count')], also=['2024.12.02美国新增140个实体'])
E(D, 'POLICY', ['USA'], '还发布“人工智能扩散框架”', '发布', 'AI diffusion rule (three tiers)', date='2025-01-13')
E(D, 'POLICY', ['USA'], '则在5月宣布废止这一规则', '废止', 'the rule rescinded (a unilateral policy act)', date='2025-05')
E(D, 'AGREE', ['USA', 'JPN', 'NLD'], '于2023年1月底就限制先进设备出口达成一致', '达成一致', 'reported trilateral understanding (月底 → month)', date='2023-01',
  source='据报道', also=['2023.01美日荷据报道三方就限制先进设备出口达成一致'])
E(D, 'SANCTION', ['JPN'], '日本于3月31日宣布将23类半导体制造设备纳入出口许可管理', '纳入出口许可管理', 'Japan\'s controls on 23 items; no state named (recipients empty)',
  date='2023-03-31', effective='2023-07-23', quantities=[Q(23, '类', 'count')], also=['2023.03.31日本23类半导体制造设备'])
E(D, 'SANCTION', ['NLD'], '荷兰政府6月30日公布新规', '公布新规', 'Dutch controls; no state named', date='2023-06-30', effective='2023-09-01',
  also=['2023.06.30荷兰先进光刻等设备'])
E(D, 'ACCUSE', ['CHN'], '就美方的管制措施向世界贸易组织提起诉讼', '提起诉讼', 'WTO dispute against the US controls', recipients=['USA'], date='2022-12-12')
E(D, 'SANCTION', ['CHN'], '宣布对镓、锗相关物项实施出口管制；', '出口管制', 'gallium and germanium controls (no state named); in force 1 Aug per the table',
  date='2023-07-03', effective='2023-08-01', also=['2023.07.03中国镓、锗相关物项'])
E(D, 'SANCTION', ['CHN'], '10月20日又宣布管制部分石墨物项', '管制', 'graphite controls; in force 1 Dec per the table', date='2023-10-20', effective='2023-12-01',
  also=['2023.10.20中国部分石墨物项'])
E(D, 'SANCTION', ['CHN'], '进一步明确镓、锗、锑等原则上不予许可对美出口', '不予许可', 'export ban to the US in principle', recipients=['USA'], date='2024-12-03',
  also=['2024.12.03中国镓、锗、锑原则上不予许可'])
E(D, 'SANCTION', ['USA'], '宣布对华加征34%的所谓“对等关税”', '加征', '"reciprocal" tariff on China', recipients=['CHN'], date='2025-04-02',
  quantities=[Q(34, '%', 'percentage')])
E(D, 'SANCTION', ['CHN'], '两天后中方对7类中重稀土实施出口管制', '出口管制', 'rare-earth controls (两天后 = 4日); no state named', date='2025-04-04',
  quantities=[Q(7, '类', 'count')], also=['2025.04.04中国7类中重稀土实施出口管制'])
E(D, 'SANCTION', ['CHN'], '并把11家美国企业列入不可靠实体清单', '列入不可靠实体清单', 'eleven US firms listed (firms → USA)', recipients=['USA'], date='2025-04-04',
  quantities=[Q(11, '家', 'count')], also=['7类中重稀土实施出口管制；11家美国企业列入不可靠实体清单'])
E(D, 'THREATEN', ['USA'], '7日威胁，如中方不撤回反制，将再加征50%关税', '威胁', 'Trump\'s threat of a further 50%', recipients=['CHN'], date='2025-04-07',
  quantities=[Q(50, '%', 'percentage')])
E(D, 'THREATEN', ['CHN'], '若美方执意升级，必将奉陪到底', '奉陪到底', 'China\'s counter-warning (回应, month of the threat)', recipients=['USA'], date='2025-04')
E(D, 'SANCTION', ['CHN'], '再度扩大稀土管制，首次对境外生产', '扩大稀土管制', 'extraterritorial rare-earth controls', date='2025-10-09',
  also=['2025.10.09中国扩大稀土管制'])
E(D, 'CONSULT', ['CHN', 'USA'], '10月30日，习近平与特朗普在釜山会晤', '会晤', 'Xi-Trump meeting in Busan', date='2025-10-30', location='busan')
E(D, 'POLICY', ['CHN'], '宣布暂停实施10月9日的措施一年', '暂停实施', 'suspension of the October measures for a year (11月初 → 2025-11)', recipients=['USA'],
  date='2025-11', also=['双方各自暂停部分管制措施一年'])
E(D, 'POLICY', ['USA'], '也宣布暂停把受管制实体持股50%以上的子公司纳入管制的规则一年', '暂停', 'suspension of the 50% affiliates rule', recipients=['CHN'], date='2025-11',
  )
E(D, 'SANCTION', ['USA'], '不排除美方将更多中国芯片企业列入实体清单', '列入实体清单', 'possible further listings', recipients=['CHN'], modality='hypothetical')
E(D, 'ESTABLISH', ['CHN', 'NLD', 'JPN'], '应推动与荷兰、日本建立出口管制对话机制', '建立', 'recommended dialogue mechanism', modality='proposed')
E(D, 'ACCUSE', ['CHN'], '框架内继续寻求争端解决', '争端解决', 'recommendation to keep pursuing WTO dispute settlement', recipients=['USA'], modality='proposed')

F5 = 'e-news-phl.txt'
E(F5, 'CONSULT', ['JPN'], '当地时间29日，日本首相石破茂抵达菲律宾首都马尼拉', '抵达', 'Ishiba\'s two-day visit (headline in also_lines)', recipients=['PHL'],
  date='2025-04-29', location='manila', also=['首相石破茂抵达马尼拉日菲防务捆绑再加码'])
E(F5, 'AGREE', ['JPN', 'PHL'], '就启动军事情报保护和物资劳务相互提供两项协定的谈判达成一致', '达成一致', 'expected agreement to open GSOMIA and ACSA talks',
  modality='planned', source='据日本共同社报道')
E(F5, 'CONSULT', ['JPN'], '时任日本首相岸田文雄访菲期间', '访菲', 'Kishida in Manila, 2023-11 (前年)', recipients=['PHL'], date='2023-11')
E(F5, 'AID', ['JPN'], '向菲律宾海军提供价值6亿日元的沿岸监视雷达', '提供', 'first OSA grant: coastal radars (during the visit → month)', recipients=['PHL'],
  date='2023-11', quantities=[Q(600000000, '日元', 'money')])
E(F5, 'AGREE', ['JPN', 'PHL'], '外长和防长在马尼拉签署《互惠准入协定》', '签署', 'Japan-Philippines RAA', date='2024-07-08', location='manila', object='japan-philippines-raa')
E(F5, 'JOIN', ['PHL'], '参议院去年12月已批准该协定', '批准', 'Philippine Senate ratification (ratification as JOIN, as non-ratification is negated JOIN)',
  recipients=['japan-philippines-raa'], object='japan-philippines-raa', date='2024-12')
E(F5, 'JOIN', ['JPN'], '国会至今尚未完成审批程序', '尚未完成审批', 'the Diet has not yet approved', recipients=['japan-philippines-raa'], object='japan-philippines-raa',
  modality='negated', date='2025-04')
E(F5, 'COOPERATE', ['USA', 'PHL', 'AUS'], '联合军演本月21日开幕，将持续至5月9日', '联合军演', 'Balikatan 2025, about 14,000 troops (Australia named among others)',
  date='2025-04-21', date_end='2025-05-09', object='balikatan', quantities=[Q(14000, '名', 'count')])
E(F5, 'MOBILIZE', ['USA'], '部署至菲律宾北部的巴坦群岛', '部署', 'NMESIS to the Batanes during the exercise (month)', recipients=['PHL'], date='2025-04')
E(F5, 'COOPERATE', ['USA', 'PHL'], '去年4月，美军借同一演习', '演习', 'Balikatan 2024, the frame of the Typhon deployment (month)', date='2024-04', object='balikatan')
E(F5, 'MOBILIZE', ['USA'], '把“堤丰”中程导弹系统运抵吕宋岛北部', '运抵', 'Typhon system to northern Luzon', recipients=['PHL'], date='2024-04',
  also=['首次部署在美国本土以外'])
E(F5, 'ACCUSE', ['CHN'], '当月即表示严重关切', '表示严重关切', 'Chinese concern over Typhon (当月 = 2024-04)', recipients=['USA', 'PHL'], date='2024-04')
E(F5, 'ACCUSE', ['CHN'], '本周一再次警告，菲方引入中导系统是引狼入室', '警告', 'MFA spokesman\'s criticism (本周一 = 2025-04-28)', recipients=['PHL'], date='2025-04-28')
E(F5, 'THREATEN', ['CHN'], '中方将采取必要措施坚决维护自身安全', '将采取必要措施', 'the warning of necessary measures', recipients=['PHL'], date='2025-04-28')
E(F5, 'COERCE', ['CHN'], '对闯入仁爱礁附近海域的菲方补给船使用水炮拦阻', '水炮', 'water cannon at Second Thomas Shoal (前年 = 2023)', recipients=['PHL'], date='2023-08-05')
E(F5, 'COERCE', ['CHN'], '依法登临检查菲方运补船只', '登临检查', 'boarding of the resupply boats', recipients=['PHL'], date='2024-06-17')
E(F5, 'ACCUSE', ['PHL'], '指责中国人员动用刀具', '指责', 'Philippine accusation after the boarding', recipients=['CHN'], date='2024-06-17')
E(F5, 'AGREE', ['CHN', 'PHL'], '就仁爱礁人道主义补给达成临时性安排', '达成临时性安排', 'provisional arrangement on resupply', date='2024-07-21')
E(F5, 'CONSULT', ['PHL'], '2023年1月3日，他对中国进行国事访问', '国事访问', 'Marcos\'s state visit to China', recipients=['CHN'], date='2023-01-03')
E(F5, 'AGREE', ['PHL', 'CHN'], '同意重启南海油气合作磋商', '同意', 'agreement to resume oil and gas talks (during the visit → month)', date='2023-01')
E(F5, 'CONSULT', ['PHL', 'CHN'], '重启南海油气合作磋商', '磋商', 'the resumed talks, agreed', modality='planned')
E(F5, 'CONSULT', ['PHL'], '但他随后于2月访问日本', '访问', 'Marcos in Japan', recipients=['JPN'], date='2023-02')
E(F5, 'CONSULT', ['PHL', 'USA'], '5月1日又在白宫与拜登会晤', '会晤', 'Marcos-Biden at the White House', date='2023-05-01', location='white-house')
E(F5, 'MOBILIZE', ['USA'], '向美军新增开放4处基地', '新增开放', 'four new EDCA sites (Philippines announces; US access)', recipients=['PHL'], date='2023-04',
  quantities=[Q(4, '处', 'count')])
E(F5, 'CONSULT', ['USA', 'JPN', 'PHL'], '在华盛顿举行首次美日菲领导人峰会', '峰会', 'first US-Japan-Philippines leaders\' summit', date='2024-04-11', location='washington')
E(F5, 'AGREE', ['JPN', 'PHL'], '若日菲再签署情报保护协定', '签署', 'a possible intelligence-protection agreement', modality='hypothetical')

F = 'f-paper-mys.txt'
E(F, 'CONSULT', ['asean', 'MYS'], '第47届东盟峰会今天在吉隆坡落幕', '峰会', '47th ASEAN summit; only its close is dated (今天 = 28日, dateline); started 26日 per the next clause',
  date='2025-10-26', date_end='2025-10-28', location='kuala-lumpur')
E(F, 'JOIN', ['TLS'], '在26日的开幕式上正式接纳东帝汶成为东盟第11个成员国', '接纳', 'Timor-Leste admitted (ordinal rank: no quantity)', recipients=['asean'],
  object='asean', date='2025-10-26')
E(F, 'CONSULT', ['USA', 'us-asean-summit', 'asean'], '出席美国—东盟峰会', '出席', 'Trump at the ASEAN-US summit (同日 = 26日)', date='2025-10-26')
E(F, 'AGREE', ['THA', 'KHM'], '见证泰国与柬埔寨签署和平联合声明', '签署', 'Thai-Cambodian peace declaration, witnessed by Trump and Anwar', date='2025-10-26')
E(F, 'AGREE', ['USA', 'MYS'], '当天还与安华签署马美对等贸易协定', '签署', 'US-Malaysia reciprocal trade agreement; tariff kept at 19%', date='2025-10-26',
  quantities=[Q(19, '%', 'percentage')])
E(F, 'CONSULT', ['asean', 'CHN'], '今天出席东盟—中国领导人会议', '领导人会议', 'ASEAN-China summit with Li Qiang (今天 = 28日)', date='2025-10-28')
E(F, 'AGREE', ['asean', 'CHN'], '双方签署《中国—东盟自由贸易区3.0版升级议定书》', '签署', 'ACFTA 3.0 upgrade protocol', date='2025-10-28', object='acfta-3-upgrade-protocol')
E(F, 'CONSULT', ['asean', 'MYS'], '5月26日，第46届东盟峰会在吉隆坡举行', '峰会', '46th ASEAN summit', date='2025-05-26', location='kuala-lumpur')
E(F, 'AGREE', ['asean'], '领导人通过《东盟共同体愿景2045》', '通过', 'ASEAN Community Vision 2045 adopted', date='2025-05-26', object='asean-community-vision-2045')
E(F, 'CONSULT', ['asean-gcc-china-summit', 'asean', 'gcc', 'CHN'], '翌日，首届东盟—海湾合作委员会—中国峰会也在吉隆坡登场', '峰会', 'first ASEAN-GCC-China summit',
  date='2025-05-27', location='kuala-lumpur')
E(F, 'JOIN', ['MYS'], '于2024年7月致函申请加入金砖国家', '申请加入', 'BRICS application', recipients=['brics'], object='brics', date='2024-07')
E(F, 'CONSULT', ['brics'], '同年10月在喀山峰会上获邀成为伙伴国', '峰会', 'BRICS Kazan summit, the frame of the invitation (month)', date='2024-10', location='kazan')
E(F, 'JOIN', ['MYS'], '获邀成为伙伴国', '获邀成为伙伴国', 'invited as partner country at Kazan', recipients=['brics'], object='brics', date='2024-10')
E(F, 'JOIN', ['MYS'], '今年1月1日起正式取得伙伴国地位', '取得伙伴国地位', 'partner status takes effect', recipients=['brics'], object='brics', date='2025-01-01')
E(F, 'CONSULT', ['brics', 'MYS'], '举行的金砖国家领导人会晤', '会晤', 'BRICS Rio summit with Anwar (今年7月)', date='2025-07', location='rio-de-janeiro')
E(F, 'THREATEN', ['USA'], '同月警告，任何与金砖“反美政策”站在一起的国家都将被额外加征10%关税', '警告', 'Trump\'s BRICS tariff threat', recipients=['brics'], date='2025-07',
  quantities=[Q(10, '%', 'percentage')])
E(F, 'SANCTION', ['USA'], '若美方真的对金砖伙伴国动手', '动手', 'possible US tariffs on BRICS partners (Malaysia among them)', recipients=['MYS'], modality='hypothetical')
E(F, 'AGREE', ['MYS', 'rcep'], '于2020年11月15日签署《区域全面经济伙伴关系协定》', '签署', 'RCEP signed by Malaysia and 14 others (unnamed → the body); in force for Malaysia 2022-03-18',
  date='2020-11-15', effective='2022-03-18', object='rcep', also=['该协定于2022年3月18日对我国生效'])
E(F, 'JOIN', ['HKG'], '早在2022年1月已申请加入', '申请加入', 'Hong Kong\'s RCEP application', recipients=['rcep'], object='rcep', date='2022-01')
E(F, 'JOIN', ['HKG'], '但至今仍未获接纳', '未获接纳', 'not admitted so far', recipients=['rcep'], object='rcep', modality='negated', date='2025-10')
E(F, 'CONSULT', ['MYS', 'SGP'], '在布城举行领导人常年会议', '会议', 'Malaysia-Singapore leaders\' retreat', date='2025-01-07', location='putrajaya')
E(F, 'AGREE', ['MYS', 'SGP'], '签署《柔佛—新加坡经济特区协定》', '签署', 'Johor-Singapore SEZ agreement', date='2025-01-07', object='johor-singapore-sez-agreement')
E(F, 'COOPERATE', ['MYS', 'SGP'], '连接新山与兀兰的捷运系统预计明年底通车', '通车', 'RTS Link to open at the end of 2026 (明年底 → 2026)', modality='planned', date='2026')
E(F, 'CONSULT', ['CHN'], '今年4月15日至17日对我国进行国事访问', '国事访问', 'Xi\'s state visit to Malaysia', recipients=['MYS'], date='2025-04-15', date_end='2025-04-17')
E(F, 'AGREE', ['CHN', 'MYS'], '两国发表联合声明', '发表联合声明', 'joint statement (during the visit → month)', date='2025-04')
E(F, 'ALIGN', ['CHN', 'MYS'], '宣布构建高水平战略性中马命运共同体', '构建', 'new label as written', date='2025-04', label='高水平战略性中马命运共同体')
E(F, 'AGREE', ['CHN', 'MYS'], '并签署31份合作文件', '签署', '31 cooperation documents (one event: none named)', date='2025-04', quantities=[Q(31, '份', 'count')])
E(F, 'ALIGN', ['CHN', 'MYS'], '于1974年5月31日建交', '建交', 'diplomatic relations', date='1974-05-31', label='建交')
E(F, 'ALIGN', ['CHN', 'MYS'], '2013年建立全面战略伙伴关系', '建立', 'comprehensive strategic partnership', date='2013', label='全面战略伙伴关系')
E(F, 'CONSULT', ['MYS'], '2023年3月底访华时', '访华', 'Anwar in China, end of March 2023', recipients=['CHN'], date='2023-03')
E(F, 'ALIGN', ['MYS', 'CHN'], '又同意共建中马命运共同体', '共建', 'agreement to build the China-Malaysia community with a shared future (label)', date='2023-03', label='中马命运共同体')
E(F, 'AGREE', ['asean'], '推动东盟成员尽早签署《东盟数字经济框架协定》', '签署', 'the paper urges an early signing of DEFA', modality='proposed', object='asean-defa')

# additions (second pass)
E(F5, 'POLICY', ['PHL'], '签署所谓“海洋区法”', '签署', 'Maritime Zones Act signed by Marcos', date='2024-11-08')
E(F5, 'ACCUSE', ['CHN'], '当天表示强烈不满和坚决反对', '坚决反对', 'Chinese protest against the act', recipients=['PHL'], date='2024-11-08')
E(F5, 'POLICY', ['CHN'], '并于两天后公布黄岩岛领海基线', '公布', 'baselines around Huangyan Dao (两天后 = 10日)', date='2024-11-10')
E(F5, 'COERCE', ['CHN'], '渔业局船只实施喷水驱离', '喷水驱离', 'water cannon at Scarborough Shoal', recipients=['PHL'], date='2024-12-04')
E(F5, 'ACCUSE', ['PHL'], '菲方随后提出抗议', '提出抗议', 'Philippine protest (随后 → 2024-12)', recipients=['CHN'], date='2024-12')
for _x in ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']:
    E(B, 'CONSULT', ['CHN', _x], '还分别同托卡耶夫、扎帕罗夫、拉赫蒙、别尔德穆哈梅多夫和米尔济约耶夫举行会谈', '会谈',
      f'Xi\'s bilateral talks around the Xi\'an summit (分别 split: {_x}); month only', date='2023-05')
E(D, 'SANCTION', ['NLD'], '又宣布扩大对部分浸润式光刻机的许可要求', '扩大', 'Dutch extension of licensing to some immersion DUV tools (no state named)', date='2024-09-06')
E(D, 'SANCTION', ['CHN'], '把两家美国军工企业列入该清单', '列入该清单', 'two US defence firms on the unreliable entity list (firms → USA)', recipients=['USA'],
  date='2023-02-16', quantities=[Q(2, '家', 'count')])
E(F, 'CONSULT', ['CHN'], '去年6月，李强访问我国', '访问', 'Li Qiang\'s visit for the 50th anniversary', recipients=['MYS'], date='2024-06')
E(F, 'JOIN', ['THA'], '与印尼也在今年1月分别成为金砖伙伴国和正式成员国', '成为', 'Thailand a BRICS partner (分别 split)', recipients=['brics'], object='brics', date='2025-01')
E(F, 'JOIN', ['IDN'], '也在今年1月分别成为金砖伙伴国和正式成员国', '成为', 'Indonesia a full BRICS member (分别 split)', recipients=['brics'], object='brics', date='2025-01')
E(F, 'JOIN', ['VNM'], '则于6月成为伙伴国', '成为', 'Viet Nam a BRICS partner (今年6月)', recipients=['brics'], object='brics', date='2025-06')
E(C, 'MOBILIZE', ['CHN'], '不會容許中國在所國建立軍事基地', '建立軍事基地', 'Sogavare\'s assurance: no Chinese base (negated, attributed; 其後 → 2022-04)',
  recipients=['SLB'], modality='negated', source='索加瓦雷', date='2022-04')
E(F5, 'AID', ['JPN'], '正考虑接收日本即将退役的护卫舰', '接收', 'possible transfer of Japanese escort ships', recipients=['PHL'], modality='hypothetical',
  source='据菲律宾媒体报道')


def _order():
    """Number each document's events in text order (by the first line of their snippet)."""
    import pathlib, re
    here = pathlib.Path(__file__).resolve().parent
    docs = list(PREFIX)
    plain = {d: re.sub(r'\s', '', re.sub(r'\{([^{}|]+)\|[^{}]+\}', r'\1', (here / 'src' / (d + '.src')).read_text(encoding='utf-8')))
             for d in docs}
    def key(e):
        return (docs.index(e['doc']), plain[e['doc']].find(re.sub(r'\s', '', e['at'])))
    EVENTS.sort(key=key)


_order()
