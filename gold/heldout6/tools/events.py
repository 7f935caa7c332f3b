"""Event gold rows for gold/heldout6, written by hand (read by tools/build.py).
Each row: doc, type, at (snippet locating the clause; whitespace-insensitive; must occur once),
trigger (inside the snippet), note, and the optional fields of the event record."""
A, B, C, D, E, F = ('a-journal-jpn.txt', 'b-thinktank-pacific.txt', 'c-hk-euev.html', 'd-cna-scs.txt',
                    'e-xinhua-c5.txt', 'f-chronicle-kor.txt')
PREFIX = {A: 'h6-a', B: 'h6-b', C: 'h6-c', D: 'h6-d', E: 'h6-e', F: 'h6-f'}
C5 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
SIX = ['CHN'] + C5
EVENTS = []


def ev(doc, type, at, trigger, note, **kw):
    EVENTS.append(dict(doc=doc, type=type, at=at, trigger=trigger, note=note, **kw))


def q(value, unit, kind):
    return {'value': value, 'unit': unit, 'kind': kind}


# ---------------------------------------------------------------- A: journal (traditional, PDF)
ev(A, 'POLICY', '岸田文雄內閣通過《國家安全保障戰略》等三份安全文件', '通過',
   "Kishida cabinet adopts the three security documents (NSS etc.); counterstrike capability and the characterisations of China, DPRK and Russia are part of this POLICY",
   actors=['JPN'], date='2022-12-16', object='japan-nss-2022')
ev(A, 'POLICY', '並計畫在2027年度使防衛相關經費達到國內生產總值的2%', '計畫',
   "planned: defence-related spending to reach 2% of GDP in FY2027 (plan carries its own year)",
   actors=['JPN'], date='2027', modality='planned', quantities=[q(2, '%', 'percentage')])
ev(A, 'ACCUSE', '中國外交部隨即表示強烈不滿與堅決反對，並向日方提出嚴正交涉', '反對',
   "China's MFA opposes the new strategy and lodges representations; 隨即 keeps the month (2022-12)",
   actors=['CHN'], recipients=['JPN'], date='2022-12')
ev(A, 'AID', '美國國務院於2023年11月批准此項軍售', '軍售',
   "US approves the sale of up to 400 Tomahawk missiles to Japan; Japan's purchase decision in the same sentence is the same transfer",
   actors=['USA'], recipients=['JPN'], date='2023-11', quantities=[q(400, '枚', 'count')])
ev(A, 'POLICY', '日本政府修訂「防衛裝備移轉三原則」', '修訂',
   "revision of the Three Principles on defence equipment transfer (licensed products may be returned to the licensor)",
   actors=['JPN'], date='2023-12-22', object='japan-three-principles-defense-equipment-transfer')
ev(A, 'AID', '並於同日決定向美國出口「愛國者」攔截飛彈', '出口',
   "Japan decides to export Patriot interceptors to the US; 同日 = 2023-12-22",
   actors=['JPN'], recipients=['USA'], date='2023-12-22')
ev(A, 'AID', '因援助烏克蘭而減少的庫存', '援助',
   "background: US aid to Ukraine (undated) that depleted US stocks",
   actors=['USA'], recipients=['UKR'])
ev(A, 'COOPERATE', '於2022年12月9日宣布共同開發下一代戰鬥機', '共同開發',
   "Japan, UK and Italy announce joint development of the next fighter (GCAP); read as co-development (COOPERATE) rather than ESTABLISH of a programme",
   actors=['JPN', 'GBR', 'ITA'], date='2022-12-09', object='gcap')
ev(A, 'AGREE', '三國防長在東京簽署公約', '簽署',
   "defence ministers sign the convention (unnamed) setting up the GCAP international organisation",
   actors=['JPN', 'GBR', 'ITA'], date='2023-12-14', location='tokyo')
ev(A, 'ESTABLISH', '成立統籌研發的「GCAP國際政府間組織」', '成立',
   "GIGO established by the convention of the same day",
   actors=['JPN', 'GBR', 'ITA'], date='2023-12-14', object='gigo')
ev(A, 'POLICY', '日本政府決定容許向第三國出口該型戰機', '容許',
   "cabinet decision allowing export of the GCAP fighter to third countries (limited to partners with transfer agreements)",
   actors=['JPN'], date='2024-03-26')
ev(A, 'ESTABLISH', '日本創設「政府安全保障能力強化支援」', '創設',
   "Japan creates the OSA programme",
   actors=['JPN'], date='2023-04', object='japan-osa')
ev(A, 'AID', '首批擬援助菲律賓、馬來西亞、孟加拉與斐濟', '援助',
   "planned first OSA recipients (擬); one event with four recipients (no 分別)",
   actors=['JPN'], recipients=['PHL', 'MYS', 'BGD', 'FJI'], modality='planned')
ev(A, 'CONSULT', '岸田文雄訪問馬尼拉', '訪問',
   "Kishida's visit to the Philippines (Manila), dated by its first day",
   actors=['JPN'], recipients=['PHL'], date='2023-11-03', location='manila')
ev(A, 'AGREE', '兩國簽署換文', '簽署',
   "exchange of notes on the OSA coastal radars",
   actors=['JPN', 'PHL'], date='2023-11-03', location='manila')
ev(A, 'AID', '由日方向菲律賓海軍提供海岸監視雷達', '提供',
   "coastal surveillance radars to the Philippine Navy under OSA",
   actors=['JPN'], recipients=['PHL'], date='2023-11-03')
ev(A, 'CONSULT', '並宣布啟動《相互准入協定》談判', '談判',
   "launch of RAA negotiations (talks) announced during the visit",
   actors=['JPN', 'PHL'], date='2023-11-03', object='japan-philippines-raa')
ev(A, 'AGREE', '此前日本已於2022年1月與澳洲、2023年1月與英國分別簽署', '簽署',
   "Japan-Australia RAA signed Jan 2022 (分別: one event per partner); entry into force 2023-08 from footnote ②",
   actors=['JPN', 'AUS'], date='2022-01', effective='2023-08', object='japan-australia-raa',
   also=['日澳協定已於2023年8月生效'])
ev(A, 'AGREE', '2023年1月與英國分別簽署同類協定', '簽署',
   "Japan-UK RAA signed Jan 2023; entry into force 同年10月 = 2023-10 from footnote ②",
   actors=['JPN', 'GBR'], date='2023-01', effective='2023-10', object='japan-uk-raa',
   also=['日英協定則於同年10月生效'])
ev(A, 'AGREE', '外長與防長在馬尼拉簽署該協定', '簽署',
   "Japan-Philippines RAA signed; the year is split across lines 34-35 (2/024); in force 2025-09 per footnote ②",
   actors=['JPN', 'PHL'], date='2024-07-08', location='manila', effective='2025-09',
   object='japan-philippines-raa', also=['日菲協定於2025年9月生效'])
ev(A, 'ACCUSE', '林劍稱，亞太地區不需要軍事集團', '不需要',
   "China's MFA spokesman criticises the Japan-Philippines RAA; 對此 gives no date",
   actors=['CHN'], recipients=['JPN', 'PHL'], source='中國外交部發言人林劍')
ev(A, 'CONSULT', '岸田文雄以國賓身分在白宮與拜登會談', '會談',
   "Kishida's state visit / talks with Biden at the White House",
   actors=['JPN'], recipients=['USA'], date='2024-04-10', location='white-house')
ev(A, 'AGREE', '雙方同意強化美日同盟的指揮與管制架構', '同意',
   "agreement to upgrade alliance command and control",
   actors=['JPN', 'USA'], date='2024-04-10')
ev(A, 'MOBILIZE', '美方並計畫把駐日美軍改編為聯合部隊司令部', '改編',
   "planned reorganisation of US Forces Japan into a joint force headquarters (setting up a unit abroad)",
   actors=['USA'], recipients=['JPN'], modality='planned')
ev(A, 'CONSULT', '美日菲三國領袖舉行首次三邊峰會', '峰會',
   "first US-Japan-Philippines leaders' summit; 次日 = 2024-04-11",
   actors=['USA', 'JPN', 'PHL'], date='2024-04-11')
ev(A, 'CONSULT', '尹錫悅訪問東京', '訪問',
   "Yoon's visit to Tokyo; the resumption of shuttle diplomacy is folded into this visit (no separate event)",
   actors=['KOR'], recipients=['JPN'], date='2023-03-16', location='tokyo')
ev(A, 'POLICY', '日本同日宣布解除2019年7月對韓國實施的三種半導體材料出口管制', '解除',
   "lifting of the 2019 export controls, recipient KOR; 同日 = 2023-03-16",
   actors=['JPN'], recipients=['KOR'], date='2023-03-16')
ev(A, 'SANCTION', '2019年7月對韓國實施的三種半導體材料出口管制', '出口管制',
   "background: Japan's July 2019 export controls on three semiconductor materials",
   actors=['JPN'], recipients=['KOR'], date='2019-07')
ev(A, 'CONSULT', '出席亞太經合會會議', '出席',
   "APEC meeting in San Francisco (gathering, once per document), Kishida attending; 同年11月 = 2023-11",
   actors=['apec', 'JPN'], date='2023-11', location='san-francisco')
ev(A, 'CONSULT', '期間與習近平會談', '會談',
   "Kishida-Xi talks on the APEC sidelines (the gathering not among actors); reaffirming the strategic reciprocal relationship is no new label, so no ALIGN",
   actors=['JPN', 'CHN'], date='2023-11-16', location='san-francisco')

# ---------------------------------------------------------------- B: think-tank chapter (simplified)
ev(B, 'AGREE', '2022年中国与所罗门群岛签署安全合作框架协议', '签署',
   "China-Solomon Islands security framework agreement; dated by the fuller chronicle entry (2022-04)",
   actors=['CHN', 'SLB'], date='2022-04', also=['中所签署安全合作框架协议'])
ev(B, 'MOBILIZE', '中方可能借该协议在所罗门群岛获得舰船补给点', '补给点',
   "hypothetical access to a naval resupply point, attributed to Australian media",
   actors=['CHN'], recipients=['SLB'], modality='hypothetical', source='据澳大利亚媒体报道')
ev(B, 'MOBILIZE', '不会允许中方在其领土上建立军事基地', '军事基地',
   "negated: Sogavare says no Chinese military base will be allowed (其 = Solomon Islands)",
   actors=['CHN'], recipients=['SLB'], modality='negated', source='索加瓦雷')
ev(B, 'THREATEN', '美方同期警告称，若当地出现事实上的永久性军事存在，美国将作出相应回应', '警告',
   "US warning about a permanent military presence in Solomon Islands; 同期 = 2022 (year only)",
   actors=['USA'], recipients=['SLB'], date='2022')
ev(B, 'ACCUSE', '美国、澳大利亚等国对此表示关切', '关切',
   "US and Australia express concern at the agreement (等国: only the named states)",
   actors=['USA', 'AUS'], recipients=['CHN', 'SLB'], date='2022-04')
for st in ['SLB', 'KIR', 'WSM', 'FJI', 'TON', 'VUT', 'PNG', 'TLS']:
    ev(B, 'CONSULT', '王毅先后访问所罗门群岛、基里巴斯、萨摩亚、斐济、汤加、瓦努阿图、巴布亚新几内亚和东帝汶', '访问',
       f"Wang Yi's tour, 先后 split per state ({st}); the tour range is kept as date/date_end since the text gives no per-state day",
       actors=['CHN'], recipients=[st], date='2022-05-26', date_end='2022-06-04')
ev(B, 'CONSULT', '5月30日在苏瓦主持第二次中国—太平洋岛国外长会', '外长会',
   "second China-Pacific Island Countries foreign ministers' meeting, Suva",
   actors=['china-pacific-islands-fm-meeting', 'CHN'], date='2022-05-30', location='suva')
ev(B, 'AGREE', '会议未能就《中国—太平洋岛国共同发展愿景》达成一致', '达成一致',
   "negated: no agreement on the Common Development Vision",
   actors=['china-pacific-islands-fm-meeting', 'CHN'], date='2022-05-30', modality='negated',
   object='china-pacific-islands-common-development-vision')
ev(B, 'LEAVE', '基里巴斯宣布退出太平洋岛国论坛', '退出',
   "Kiribati withdraws from the PIF",
   actors=['KIR'], recipients=['pacific-islands-forum'], date='2022-07')
ev(B, 'CONSULT', '首届美国—太平洋岛国峰会在华盛顿举行', '峰会',
   "first US-Pacific Island Country summit; unnamed island countries -> pacific-islands-forum",
   actors=['USA', 'pacific-islands-forum'], date='2022-09-28', date_end='2022-09-29', location='washington')
ev(B, 'AGREE', '与会各方发表《美国—太平洋伙伴关系宣言》', '发表',
   "Declaration on US-Pacific Partnership, dated by the summit range",
   actors=['USA', 'pacific-islands-forum'], date='2022-09-28', date_end='2022-09-29',
   object='declaration-us-pacific-partnership')
ev(B, 'POLICY', '美方同期发布首份《太平洋伙伴关系战略》', '发布',
   "first US Pacific Partnership Strategy; 同期 = the summit month",
   actors=['USA'], date='2022-09', object='us-pacific-partnership-strategy')
ev(B, 'AID', '并宣布将追加8.1亿美元援助', '援助',
   "planned US aid of USD 810m to the island countries (-> pacific-islands-forum)",
   actors=['USA'], recipients=['pacific-islands-forum'], modality='planned', quantities=[q(8.1, '亿美元', 'money')])
ev(B, 'ESTABLISH', '美国驻所罗门群岛大使馆在闭馆近30年后重新开馆', '开馆',
   "US embassy in Honiara reopened (opening a mission: ESTABLISH, host as recipient); the closure about 30 years earlier has no date and is not annotated",
   actors=['USA'], recipients=['SLB'], date='2023-02')
ev(B, 'JOIN', '基里巴斯亦于年初宣布重返太平洋岛国论坛', '重返',
   "Kiribati announces its return to the PIF; 年初 keeps only the year",
   actors=['KIR'], recipients=['pacific-islands-forum'], date='2023')
ev(B, 'AGREE', '美国与巴布亚新几内亚在莫尔斯比港签署防务合作协议', '签署',
   "US-PNG defence cooperation agreement",
   actors=['USA', 'PNG'], date='2023-05-22', location='port-moresby')
ev(B, 'CONSULT', '莫迪在当地出席第三届印度—太平洋岛国合作论坛峰会', '峰会',
   "third FIPIC summit in Port Moresby (当地); 同日 = 2023-05-22",
   actors=['fipic', 'IND'], date='2023-05-22', location='port-moresby')
ev(B, 'CONSULT', '首届韩国—太平洋岛国峰会在首尔举行', '峰会',
   "first Korea-Pacific Islands summit; island countries -> pacific-islands-forum",
   actors=['KOR', 'pacific-islands-forum'], date='2023-05-29', date_end='2023-05-30', location='seoul')
ev(B, 'CONSULT', '索加瓦雷访华', '访华',
   "Sogavare's visit to China",
   actors=['SLB'], recipients=['CHN'], date='2023-07')
ev(B, 'ALIGN', '两国宣布建立新时代相互尊重、共同发展的全面战略伙伴关系', '建立',
   "upgrade of China-Solomon Islands ties",
   actors=['CHN', 'SLB'], date='2023-07', label='新时代相互尊重、共同发展的全面战略伙伴关系')
ev(B, 'AGREE', '澳大利亚与图瓦卢签署《法莱皮利联盟条约》', '签署',
   "Falepili Union treaty signed",
   actors=['AUS', 'TUV'], date='2023-11', object='falepili-union-treaty')
ev(B, 'ALIGN', '签署《法莱皮利联盟条约》', '联盟',
   "the treaty founds a named union (AGREE + ALIGN)",
   actors=['AUS', 'TUV'], date='2023-11', label='法莱皮利联盟')
ev(B, 'POLICY', '澳方承诺为图方公民提供特殊移民通道', '移民通道',
   "planned special mobility pathway for Tuvaluan citizens (unilateral policy with a recipient)",
   actors=['AUS'], recipients=['TUV'], modality='planned')
ev(B, 'AID', '并在图瓦卢遭受军事侵略时提供援助', '援助',
   "hypothetical: assistance if Tuvalu is attacked (conditional commitment)",
   actors=['AUS'], recipients=['TUV'], modality='hypothetical')
ev(B, 'CONSULT', '第53届太平洋岛国论坛领导人会议在汤加举行', '会议',
   "53rd PIF leaders' meeting in Tonga",
   actors=['pacific-islands-forum'], date='2024-08', location='TON')
ev(B, 'AGREE', '会议核可由澳大利亚推动的“太平洋警务倡议”', '核可',
   "PIF leaders endorse the Pacific Policing Initiative",
   actors=['pacific-islands-forum'], date='2024-08', object='pacific-policing-initiative')
ev(B, 'AID', '澳方宣布将在五年内为此提供4亿澳元', '提供',
   "planned Australian funding (AUD 400m over five years) for the initiative",
   actors=['AUS'], recipients=['pacific-islands-forum'], modality='planned', quantities=[q(4, '亿澳元', 'money')])
ev(B, 'CONSULT', '第十届日本—太平洋岛国峰会在东京举行', '峰会',
   "PALM10; 此前一个月 before 2024-08 = 2024-07",
   actors=['JPN', 'pacific-islands-forum'], date='2024-07', location='tokyo')
ev(B, 'ESTABLISH', '推动建立常设秘书处', '建立',
   "recommendation: a standing secretariat for the foreign ministers' meeting",
   actors=['CHN'], modality='proposed', object='china-pacific-islands-fm-meeting')
ev(B, 'COOPERATE', '建议中国同岛国共同开展气候适应与防灾减灾合作', '合作',
   "recommendation: climate adaptation and disaster cooperation with the island countries (-> pacific-islands-forum)",
   actors=['CHN', 'pacific-islands-forum'], modality='proposed')
ev(B, 'AID', '扩大对岛国的民生援助', '援助',
   "recommendation: more livelihood aid",
   actors=['CHN'], recipients=['pacific-islands-forum'], modality='proposed')
ev(B, 'COOPERATE', '在渔业执法和灾害救援领域开展三方合作', '合作',
   "recommendation: China-Australia-New Zealand trilateral cooperation",
   actors=['CHN', 'AUS', 'NZL'], modality='proposed')

# ---------------------------------------------------------------- C: Hong Kong HTML page (traditional)
ev(C, 'SANCTION', '加徵為期五年的反補貼稅，今日起生效', '反補貼稅',
   "definitive countervailing duties on Chinese EVs, announced 29 Oct, in force 30 Oct (today)",
   actors=['eu'], recipients=['CHN'], date='2024-10-29', effective='2024-10-30',
   quantities=[q(35.3, '%', 'percentage')], also=['歐盟對華電動車反補貼稅今起生效'])
ev(C, 'ACCUSE', '中方不認同、不接受有關裁決', '不接受',
   "MOFCOM rejects the ruling (spokesman, today)",
   actors=['CHN'], recipients=['eu'], date='2024-10-30', source='商務部發言人')
ev(C, 'THREATEN', '將繼續採取一切必要措施，堅決維護中國企業的合法權益', '採取一切必要措施',
   "将采取必要措施-type warning; headline repeats it",
   actors=['CHN'], recipients=['eu'], date='2024-10-30', source='商務部發言人',
   also=['北京稱將採取一切必要措施'])
ev(C, 'ACCUSE', '中方已於今年8月就臨時措施向世貿提出訴訟', '訴訟',
   "WTO complaint against the provisional duties",
   actors=['CHN'], recipients=['eu'], date='2024-08', object='wto')
ev(C, 'SANCTION', '宣布將展開調查', '調查',
   "von der Leyen's announcement (State of the Union, 2023-09) of the coming investigation: planned, date null",
   actors=['eu'], recipients=['CHN'], modality='planned')
ev(C, 'SANCTION', '歐委會其後於10月4日正式立案', '立案',
   "anti-subsidy investigation opened (trade-remedy investigation = SANCTION); 10月 after 去年9月 = 2023",
   actors=['eu'], recipients=['CHN'], date='2023-10-04')
ev(C, 'SANCTION', '歐委會公布初裁，7月5日起對中國電動車臨時徵收反補貼稅', '徵收',
   "provisional duties announced 12 June, applied from 5 July",
   actors=['eu'], recipients=['CHN'], date='2024-06-12', effective='2024-07-05')
ev(C, 'ACCUSE', '德國朔爾茨政府投下反對票', '反對票',
   "Germany votes against the Commission's proposal (resisting the plan), 本月4日",
   actors=['DEU'], recipients=['eu'], date='2024-10-04')
ev(C, 'ACCUSE', '匈牙利亦表明反對', '反對',
   "Hungary also opposes",
   actors=['HUN'], recipients=['eu'], date='2024-10-04')
ev(C, 'CONSULT', '桑切斯9月訪華', '訪華',
   "Sánchez's visit to China",
   actors=['ESP'], recipients=['CHN'], date='2024-09')
ev(C, 'ACCUSE', '曾呼籲歐盟重新考慮', '呼籲',
   "Spain's PM calls on the EU to reconsider the duties (during the visit)",
   actors=['ESP'], recipients=['eu'], date='2024-09')
ev(C, 'CONSULT', '朔爾茨今年4月曾率商界代表團訪華', '訪華',
   "Scholz's visit to China, April 2024",
   actors=['DEU'], recipients=['CHN'], date='2024-04')
ev(C, 'CONSULT', '早在6月22日，王文濤已與東布羅夫斯基斯舉行視像會談', '會談',
   "video call Wang Wentao - Dombrovskis",
   actors=['CHN', 'eu'], date='2024-06-22')
ev(C, 'CONSULT', '雙方同意就反補貼調查展開磋商', '磋商',
   "planned consultations on the investigation, agreed in the call (the later 9 Sept / technical rounds are separate)",
   actors=['CHN', 'eu'], modality='planned')
ev(C, 'CONSULT', '王文濤9月19日在布魯塞爾與歐委會執行副主席東布羅夫斯基斯會談', '會談',
   "Wang Wentao - Dombrovskis talks",
   actors=['CHN', 'eu'], date='2024-09-19', location='brussels')
ev(C, 'CONSULT', '雙方同意繼續推進價格承諾談判', '談判',
   "planned continuation of price-undertaking negotiations",
   actors=['CHN', 'eu'], modality='planned')
ev(C, 'CONSULT', '雙方技術團隊仍在磋商', '磋商',
   "technical talks ongoing at the date of the report (attributed to Reuters); dated by the document month",
   actors=['CHN', 'eu'], date='2024-10', source='據路透社報道')
ev(C, 'AGREE', '但短期內難以達成協議', '達成協議',
   "negated (難以): no price-undertaking deal soon, attributed to Reuters",
   actors=['CHN', 'eu'], modality='negated', source='據路透社報道')
ev(C, 'SANCTION', '對原產於歐盟的進口白蘭地發起反傾銷調查', '反傾銷調查',
   "China's anti-dumping investigation into EU brandy",
   actors=['CHN'], recipients=['eu'], date='2024-01-05')
ev(C, 'SANCTION', '本月8日裁定實施臨時反傾銷措施，進口商須自11日起繳交保證金', '反傾銷措施',
   "provisional anti-dumping measures on EU brandy (deposits from 11 Oct); France named as most affected, recipient kept as eu",
   actors=['CHN'], recipients=['eu'], date='2024-10-08', effective='2024-10-11')
ev(C, 'SANCTION', '6月及8月又先後對歐盟豬肉和乳製品發起反傾銷及反補貼調查', '反傾銷',
   "先後 split: anti-dumping investigation into EU pork (June)",
   actors=['CHN'], recipients=['eu'], date='2024-06')
ev(C, 'SANCTION', '6月及8月又先後對歐盟豬肉和乳製品發起反傾銷及反補貼調查', '反補貼調查',
   "先後 split: anti-subsidy investigation into EU dairy (August)",
   actors=['CHN'], recipients=['eu'], date='2024-08')
ev(C, 'SANCTION', '中方或考慮把大排量進口汽車的關稅提高至25%', '關稅',
   "hypothetical tariff rise on large-engine cars, attributed to mainland media (May 2024 report); planned/hypothetical date null",
   actors=['CHN'], recipients=['eu'], modality='hypothetical', source='內地媒體', quantities=[q(25, '%', 'percentage')])
ev(C, 'AGREE', '若雙方在價格承諾上取得突破', '取得突破',
   "hypothetical price-undertaking agreement",
   actors=['CHN', 'eu'], modality='hypothetical')
ev(C, 'POLICY', '歐盟仍可能以協議取代部分關稅', '取代',
   "hypothetical replacement of duties (tariff cut = POLICY with the affected state as recipient)",
   actors=['eu'], recipients=['CHN'], modality='hypothetical')
ev(C, 'SANCTION', '拜登政府今年5月宣布把中國電動車關稅提高至100%', '關稅',
   "US tariff increase on Chinese EVs",
   actors=['USA'], recipients=['CHN'], date='2024-05', quantities=[q(100, '%', 'percentage')])
ev(C, 'SANCTION', '加拿大8月亦宣布跟進，10月1日起加徵100%附加稅', '附加稅',
   "Canada's 100% surtax, announced in August, in force 1 October",
   actors=['CAN'], recipients=['CHN'], date='2024-08', effective='2024-10-01', quantities=[q(100, '%', 'percentage')])
ev(C, 'SANCTION', '土耳其則於6月宣布對中國汽車額外加徵40%關稅', '加徵',
   "Turkey's additional 40% tariff on Chinese cars",
   actors=['TUR'], recipients=['CHN'], date='2024-06', quantities=[q(40, '%', 'percentage')])
ev(C, 'ACCUSE', '中方對美加的措施均表示強烈不滿', '不滿',
   "China's displeasure at the US and Canadian measures (均: one event, two recipients; undated)",
   actors=['CHN'], recipients=['USA', 'CAN'])
ev(C, 'SANCTION', '並於9月對加拿大油菜籽發起反傾銷調查', '反傾銷調查',
   "anti-dumping investigation into Canadian canola",
   actors=['CHN'], recipients=['CAN'], date='2024-09')

# ---------------------------------------------------------------- D: Taiwan wire (traditional)
ev(D, 'COERCE', '登上菲律賓海軍的充氣艇，強行奪走多支步槍', '奪走',
   "CCG boards Philippine boats and seizes rifles on the 17th (document date 2024-06-19); the headline and the CCG's own 管制措施 refer to the same act",
   actors=['CHN'], recipients=['PHL'], date='2024-06-17',
   also=['仁愛暗沙登艇奪槍', '海警依法採取管制措施'])
ev(D, 'COERCE', '另以刀斧刺破艇身', '刺破',
   "a distinct act in the same encounter: boats punctured with blades",
   actors=['CHN'], recipients=['PHL'], date='2024-06-17')
ev(D, 'ACCUSE', '菲方要求中方歸還槍械並賠償損失', '要求',
   "Brawner's demand for the return of the rifles and compensation (19日)",
   actors=['PHL'], recipients=['CHN'], date='2024-06-19', source='布勞納', also=['菲軍方要求歸還並賠償'])
ev(D, 'MOBILIZE', '事發時中方在周邊海域部署了多艘海警船與海上民兵船', '部署',
   "deployment of coast guard and militia ships around the shoal, attributed to Philippine media",
   actors=['CHN'], date='2024-06-17', source='據菲律賓媒體報導')
ev(D, 'ACCUSE', '菲方補給船隻無視多次警告，蓄意危險接近中方船隻', '蓄意',
   "CCG blames the Philippine side (17日)",
   actors=['CHN'], recipients=['PHL'], date='2024-06-17')
ev(D, 'ACCUSE', '菲方的侵權挑釁才是事件起因', '挑釁',
   "MFA spokesman Lin Jian blames the Philippines (18日)",
   actors=['CHN'], recipients=['PHL'], date='2024-06-18', source='中國外交部發言人林劍')
ev(D, 'ACCUSE', '譴責中方升高緊張的不負責任行為', '譴責',
   "State Department statement condemning China; the reaffirmation of MDT Article IV in the same statement is no new act and is not annotated",
   actors=['USA'], recipients=['CHN'], date='2024-06-17', source='美國國務院發言人米勒')
ev(D, 'ACCUSE', '日本、澳洲也相繼對事件表達嚴重關切', '關切',
   "相繼 split: Japan's concern; month only",
   actors=['JPN'], recipients=['CHN'], date='2024-06')
ev(D, 'ACCUSE', '日本、澳洲也相繼對事件表達嚴重關切', '嚴重關切',
   "相繼 split: Australia's concern; month only",
   actors=['AUS'], recipients=['CHN'], date='2024-06')
ev(D, 'COOPERATE', '美菲今年4月22日至5月10日舉行年度「肩並肩」聯合軍演', '聯合軍演',
   "Balikatan 2024 with Australian and French ships",
   actors=['USA', 'PHL', 'AUS', 'FRA'], date='2024-04-22', date_end='2024-05-10')
ev(D, 'POLICY', '中國海警局5月公布的新規定自6月15日起施行', '公布',
   "CCG regulation allowing detention up to 60 days",
   actors=['CHN'], date='2024-05', effective='2024-06-15', quantities=[q(60, '天', 'count')])
ev(D, 'CONSULT', '5月31日在新加坡出席香格里拉對話', '出席',
   "Shangri-La Dialogue (gathering), Marcos delivering the keynote",
   actors=['shangri-la-dialogue', 'PHL'], date='2024-05-31', location='SGP')
ev(D, 'THREATEN', '若有菲律賓公民因他國蓄意行為喪命，將「非常接近」戰爭行為', '戰爭行為',
   "Marcos's warning; no state named (recipients empty); the act of warning is asserted",
   actors=['PHL'], date='2024-05-31')
ev(D, 'MOBILIZE', '菲律賓1999年讓一艘老舊軍艦在此坐灘，派兵長期駐守', '駐守',
   "background: grounding and garrisoning the Sierra Madre at the shoal",
   actors=['PHL'], date='1999')
ev(D, 'CONSULT', '奧斯汀訪問馬尼拉', '訪問',
   "Austin's visit to Manila",
   actors=['USA'], recipients=['PHL'], date='2023-02', location='manila')
ev(D, 'AGREE', '美菲同意依《加強防務合作協議》再開放4處菲律賓軍事基地', '同意',
   "agreement on four more EDCA sites",
   actors=['USA', 'PHL'], date='2023-02', object='edca', quantities=[q(4, '處', 'count')])
ev(D, 'MOBILIZE', '供美軍輪駐使用', '輪駐',
   "planned US rotational use of the four new sites",
   actors=['USA'], recipients=['PHL'], modality='planned', quantities=[q(4, '處', 'count')])
ev(D, 'ACCUSE', '北京當時批評此舉升高地區緊張', '批評',
   "China criticises the EDCA expansion; 當時 = 2023-02",
   actors=['CHN'], recipients=['USA', 'PHL'], date='2023-02')
ev(D, 'CONSULT', '中菲在上海舉行第22次「南海問題雙邊磋商機制」會議', '會議',
   "BCM round in Shanghai; 今年 = 2024",
   actors=['CHN', 'PHL', 'china-philippines-bcm'], date='2024-01-17', location='shanghai')
ev(D, 'AGREE', '雙方同意改善海上溝通機制', '同意',
   "consensus reached at the BCM round",
   actors=['CHN', 'PHL'], date='2024-01-17')
ev(D, 'COERCE', '中國海警曾以水砲攻擊菲方補給船', '水砲',
   "water cannon on a resupply boat, 2024-03-23",
   actors=['CHN'], recipients=['PHL'], date='2024-03-23')
ev(D, 'COERCE', '也曾在同一海域對菲方船隻發射水砲', '水砲',
   "water cannon, 2023-08-05",
   actors=['CHN'], recipients=['PHL'], date='2023-08-05')
ev(D, 'ACCUSE', '菲律賓2013年1月就南海爭端提起仲裁', '仲裁',
   "the Philippines files the arbitration (legal action = ACCUSE)",
   actors=['PHL'], recipients=['CHN'], date='2013-01')
ev(D, 'ACCUSE', '2016年7月12日裁定中國的「九段線」主張不具法律依據', '裁定',
   "the tribunal's award against China's claim, read as ACCUSE (legal finding against a state)",
   actors=['south-china-sea-arbitral-tribunal'], recipients=['CHN'], date='2016-07-12')
ev(D, 'ACCUSE', '北京表示不接受、不承認', '不接受',
   "China rejects the award; day not stated",
   actors=['CHN'], recipients=['south-china-sea-arbitral-tribunal'], date='2016-07')
ev(D, 'ACCUSE', '我國絕不接受', '絕不接受',
   "Taiwan's government rejects the award (當時 = July 2016)",
   actors=['TWN'], recipients=['south-china-sea-arbitral-tribunal'], date='2016-07',
   also=['我國政府當時也表示'])

# ---------------------------------------------------------------- E: Xinhua report (simplified)
ev(E, 'CONSULT', '第二届中国—中亚峰会17日在哈萨克斯坦首都阿斯塔纳举行', '举行',
   "second China-Central Asia summit; dateline has no year: 2025 (third summit 2027, 2024年7月 one year earlier)",
   actors=['china-central-asia-summit'] + SIX, date='2025-06-17', location='astana',
   also=['习近平出席第二届中国—中亚峰会'])
ev(E, 'AGREE', '六国元首共同签署《中国—中亚国家元首阿斯塔纳宣言》', '签署',
   "Astana Declaration; 当天 = 2025-06-17",
   actors=SIX, date='2025-06-17', location='astana', object='china-central-asia-astana-declaration')
ev(E, 'AGREE', '和《永久睦邻友好合作条约》', '条约',
   "Treaty on permanent good-neighbourliness signed at the same ceremony (each document its own AGREE)",
   actors=SIX, date='2025-06-17', location='astana', object='china-central-asia-good-neighbourliness-treaty',
   also=['六国元首签署睦邻友好合作条约'])
ev(E, 'CONSULT', '一致同意2027年在中国举办第三届中国—中亚峰会', '举办',
   "planned third summit in China, 2027",
   actors=['china-central-asia-summit'] + SIX, date='2027', location='CHN', modality='planned')
ev(E, 'AID', '今年将向中亚国家提供15亿元人民币无偿援助', '无偿援助',
   "planned grant aid this year (2025) to the five states",
   actors=['CHN'], recipients=C5, date='2025', modality='planned', quantities=[q(15, '亿元人民币', 'money')])
ev(E, 'ESTABLISH', '还将设立减贫、教育交流、荒漠化防治三个合作中心', '设立',
   "planned cooperation centres",
   actors=['CHN'], recipients=C5, modality='planned', quantities=[q(3, '个', 'count')])
ev(E, 'AID', '在未来两年为中亚国家提供3000个培训名额', '提供',
   "planned training places (capacity-building aid)",
   actors=['CHN'], recipients=C5, modality='planned', quantities=[q(3000, '个', 'count')])
ev(E, 'CONSULT', '应托卡耶夫邀请出席峰会并对哈萨克斯坦进行国事访问', '国事访问',
   "Xi's state visit to Kazakhstan, first day 16日",
   actors=['CHN'], recipients=['KAZ'], date='2025-06-16', location='astana')
for st in ['KGZ', 'TJK', 'TKM', 'UZB']:
    ev(E, 'CONSULT', '峰会期间，习近平还分别会见了扎帕罗夫、拉赫蒙、别尔德穆哈梅多夫和米尔济约耶夫', '会见',
       f"分别 split: Xi meets the leader of {st}; 峰会期间 gives the month only",
       actors=['CHN', st], date='2025-06', location='astana')
for st in C5:
    ev(E, 'ALIGN', '中国同中亚五国于1992年1月相继建交', '建交',
       f"相继 split: diplomatic relations China-{st}",
       actors=['CHN', st], date='1992-01', label='建交')
ev(E, 'ESTABLISH', '首次提出共同建设“丝绸之路经济带”', '提出',
   "Xi proposes the Silk Road Economic Belt in Astana (state putting forward its own initiative)",
   actors=['CHN'], date='2013-09', location='astana', object='silk-road-economic-belt')
ev(E, 'ESTABLISH', '中国—中亚外长会晤机制启动', '启动',
   "launch of the C+C5 foreign ministers' mechanism; parties read from context (China and the five)",
   actors=SIX, date='2020-07', object='china-central-asia-fm-meeting')
ev(E, 'CONSULT', '首届中国—中亚峰会在陕西西安举行', '举行',
   "first summit, Xi'an",
   actors=['china-central-asia-summit'] + SIX, date='2023-05', location='xian')
ev(E, 'AGREE', '各方签署《中国—中亚峰会西安宣言》', '签署',
   "Xi'an Declaration",
   actors=SIX, date='2023-05', location='xian', object='xian-declaration')
ev(E, 'ESTABLISH', '并决定正式成立中国—中亚元首会晤机制', '成立',
   "heads-of-state meeting mechanism formally set up",
   actors=SIX, date='2023-05', object='china-central-asia-summit')
ev(E, 'AID', '宣布向中亚国家提供总额260亿元人民币的融资支持和无偿援助', '提供',
   "financing and grants announced at the 2023 summit (no future wording: asserted)",
   actors=['CHN'], recipients=C5, date='2023-05', quantities=[q(260, '亿元人民币', 'money')])
ev(E, 'ALIGN', '2019年9月宣布发展永久全面战略伙伴关系', '发展',
   "China-Kazakhstan permanent comprehensive strategic partnership",
   actors=['CHN', 'KAZ'], date='2019-09', label='永久全面战略伙伴关系')
ev(E, 'ALIGN', '2024年1月宣布构建新时代全天候全面战略伙伴关系', '构建',
   "China-Uzbekistan all-weather comprehensive strategic partnership",
   actors=['CHN', 'UZB'], date='2024-01', label='新时代全天候全面战略伙伴关系')
ev(E, 'COOPERATE', '中吉乌铁路项目已于2024年12月27日在吉尔吉斯斯坦贾拉拉巴德州开工', '开工',
   "start of construction of the China-Kyrgyzstan-Uzbekistan railway, attributed to Kyrgyz media",
   actors=['CHN', 'KGZ', 'UZB'], date='2024-12-27', source='据吉尔吉斯斯坦媒体报道')
ev(E, 'COOPERATE', '三国将联合推进线路建设', '联合推进',
   "planned joint construction",
   actors=['CHN', 'KGZ', 'UZB'], modality='planned', source='据吉尔吉斯斯坦媒体报道')
ev(E, 'CONSULT', '他曾在此出席上海合作组织峰会', '出席',
   "SCO Astana summit (gathering), Xi attending; Lukashenko's attendance (与会) folded in",
   actors=['sco', 'CHN', 'BLR'], date='2024-07', location='astana')
ev(E, 'JOIN', '会议决定接纳白俄罗斯为正式成员国', '接纳',
   "Belarus admitted to the SCO",
   actors=['BLR'], recipients=['sco'], date='2024-07')
ev(E, 'AGREE', '各成员国领导人还签署了《上海合作组织成员国元首理事会阿斯塔纳宣言》', '签署',
   "SCO Astana Declaration (members -> sco)",
   actors=['sco'], date='2024-07', location='astana', object='sco-astana-declaration-2024')
ev(E, 'CONSULT', '在撒马尔罕峰会期间', '峰会',
   "SCO Samarkand summit (gathering)",
   actors=['sco'], date='2022-09', location='samarkand')
ev(E, 'AGREE', '签署成为成员国义务的备忘录', '备忘录',
   "Iran's memorandum of obligations (accession memoranda are AGREE)",
   actors=['IRN', 'sco'], date='2022-09', location='samarkand')
ev(E, 'JOIN', '次年7月正式加入', '加入',
   "Iran becomes a full member; 次年7月 = 2023-07",
   actors=['IRN'], recipients=['sco'], date='2023-07')

# ---------------------------------------------------------------- F: chronicle (simplified)
ev(F, 'SANCTION', '联合国安理会一致通过第2371号决议，禁止朝鲜出口煤、铁、铅和海产品', '禁止',
   "UNSC sanctions resolution 2371",
   actors=['un-security-council'], recipients=['PRK'], date='2017-08-05', object='unsc-resolution-2371')
ev(F, 'THREATEN', '特朗普警告，朝鲜若继续威胁美国', '警告',
   "'fire and fury' warning; DPRK's own threats are not an event (no specific instance)",
   actors=['USA'], recipients=['PRK'], date='2017-08-08')
ev(F, 'MOBILIZE', '朝鲜进行第六次核试验', '核试验',
   "nuclear test read as a show of force (MOBILIZE, no recipient)",
   actors=['PRK'], date='2017-09-03')
ev(F, 'SANCTION', '安理会通过第2375号决议，对朝石油产品出口设定上限', '设定上限',
   "resolution 2375; 8天后 from 9月3日 = 2017-09-11",
   actors=['un-security-council'], recipients=['PRK'], date='2017-09-11', object='unsc-resolution-2375')
ev(F, 'SANCTION', '安理会通过第2397号决议，进一步收紧对朝成品油供应', '收紧',
   "resolution 2397",
   actors=['un-security-council'], recipients=['PRK'], date='2017-12-22', object='unsc-resolution-2397')
ev(F, 'CONSULT', '郑义溶率团访问平壤', '访问',
   "ROK special envoys visit Pyongyang and meet Kim (folded)",
   actors=['KOR'], recipients=['PRK'], date='2018-03-05', location='pyongyang')
ev(F, 'CONSULT', '特朗普接受与金正恩会晤的邀请', '会晤',
   "accepted invitation -> planned summit (planned: date null; acceptance 三天后 = 2018-03-08 in the note)",
   actors=['USA', 'PRK'], modality='planned')
ev(F, 'CONSULT', '金正恩首次访华', '访华',
   "Kim's first visit to China",
   actors=['PRK'], recipients=['CHN'], date='2018-03-25', date_end='2018-03-28')
ev(F, 'POLICY', '自次日起停止核试验和洲际弹道导弹试射', '停止',
   "moratorium decided 20 April, effective 21 April (次日)",
   actors=['PRK'], date='2018-04-20', effective='2018-04-21')
ev(F, 'CONSULT', '文在寅与金正恩在板门店会晤', '会晤',
   "inter-Korean summit at Panmunjom",
   actors=['KOR', 'PRK'], date='2018-04-27', location='panmunjom')
ev(F, 'AGREE', '签署《板门店宣言》', '签署',
   "Panmunjom Declaration",
   actors=['KOR', 'PRK'], date='2018-04-27', location='panmunjom', object='panmunjom-declaration')
ev(F, 'ESTABLISH', '商定在开城设立共同联络办公室', '设立',
   "planned joint liaison office (promised in the declaration)",
   actors=['KOR', 'PRK'], modality='planned')
ev(F, 'CONSULT', '文在寅同年秋天访问平壤', '访问',
   "planned Moon visit, its own date 同年秋天 -> 2018",
   actors=['KOR'], recipients=['PRK'], date='2018', location='pyongyang', modality='planned')
ev(F, 'CONSULT', '金正恩在大连与习近平再次会晤', '会晤',
   "Kim's second China visit, Dalian; 次月 after April = 2018-05",
   actors=['PRK', 'CHN'], date='2018-05-07', date_end='2018-05-08', location='dalian')
ev(F, 'CONSULT', '在新加坡举行美朝首次领导人会晤', '会晤',
   "Singapore summit",
   actors=['USA', 'PRK'], date='2018-06-12', location='SGP')
ev(F, 'AGREE', '签署《新加坡联合声明》', '签署',
   "Singapore joint statement",
   actors=['USA', 'PRK'], date='2018-06-12', location='SGP', object='singapore-joint-statement-2018')
ev(F, 'LEAVE', '美韩宣布暂停原定8月举行的“乙支自由卫士”联合军演', '暂停',
   "suspension of a joint exercise (suspending cooperation); 同月 = 2018-06",
   actors=['USA', 'KOR'], date='2018-06')
ev(F, 'CONSULT', '金正恩第三次访华', '访华',
   "Kim's third China visit",
   actors=['PRK'], recipients=['CHN'], date='2018-06-19', date_end='2018-06-20')
ev(F, 'CONSULT', '9月18日至20日　文在寅访问平壤', '访问',
   "Moon's Pyongyang visit (fulfils the planned visit above, separate event)",
   actors=['KOR'], recipients=['PRK'], date='2018-09-18', date_end='2018-09-20', location='pyongyang')
ev(F, 'AGREE', '两国领导人签署《9月平壤共同宣言》', '签署',
   "Pyongyang Joint Declaration",
   actors=['KOR', 'PRK'], date='2018-09-19', location='pyongyang', object='pyongyang-joint-declaration-2018')
ev(F, 'AGREE', '双方防长签署《板门店宣言军事领域履行协议》', '签署',
   "Comprehensive Military Agreement (second document of the day)",
   actors=['KOR', 'PRK'], date='2018-09-19', location='pyongyang', object='inter-korean-military-agreement')
ev(F, 'CONSULT', '美朝领导人第二次会晤在越南河内举行', '会晤',
   "Hanoi summit",
   actors=['USA', 'PRK'], date='2019-02-27', date_end='2019-02-28', location='hanoi')
ev(F, 'AGREE', '双方未能达成协议', '达成协议',
   "negated agreement at Hanoi",
   actors=['USA', 'PRK'], date='2019-02-27', date_end='2019-02-28', location='hanoi', modality='negated')
ev(F, 'CONSULT', '习近平对朝鲜进行国事访问', '国事访问',
   "Xi's state visit to the DPRK (first top-leader visit in 14 years)",
   actors=['CHN'], recipients=['PRK'], date='2019-06-20')
ev(F, 'CONSULT', '特朗普在板门店与金正恩会面', '会面',
   "Panmunjom meeting; 十天后 = 2019-06-30",
   actors=['USA', 'PRK'], date='2019-06-30', location='panmunjom')
ev(F, 'LEAVE', '朝鲜炸毁位于开城的北南共同联络办公室', '炸毁',
   "demolition of the joint liaison office read as ending a cooperation mechanism (LEAVE), not COERCE",
   actors=['PRK'], recipients=['KOR'], date='2020-06-16')
ev(F, 'CONSULT', '美国总统拜登访问韩国', '访问',
   "Biden's visit to the ROK, first day 20 May",
   actors=['USA'], recipients=['KOR'], date='2022-05-20', date_end='2022-05-22')
ev(F, 'CONSULT', '21日与尹锡悦在首尔会谈', '会谈',
   "talks dated separately during the visit",
   actors=['USA', 'KOR'], date='2022-05-21', location='seoul')
ev(F, 'AGREE', '双方同意扩大联合军演的范围和规模', '同意',
   "agreement reached at the talks",
   actors=['USA', 'KOR'], date='2022-05-21')
ev(F, 'COOPERATE', '扩大联合军演的范围和规模', '联合军演',
   "planned larger combined exercises (concrete promised act beside the AGREE)",
   actors=['USA', 'KOR'], modality='planned')
ev(F, 'COOPERATE', '美韩启动“乙支自由护盾”联合演习', '联合演习',
   "Ulchi Freedom Shield 2022",
   actors=['USA', 'KOR'], date='2022-08-22')
ev(F, 'POLICY', '朝鲜最高人民会议通过法令', '法令',
   "law on the nuclear forces policy",
   actors=['PRK'], date='2022-09-08')
ev(F, 'CONSULT', '尹锡悦对美国进行国事访问', '国事访问',
   "Yoon's state visit; first day not given, month only",
   actors=['KOR'], recipients=['USA'], date='2023-04')
ev(F, 'AGREE', '美韩发表《华盛顿宣言》', '发表',
   "Washington Declaration",
   actors=['USA', 'KOR'], date='2023-04-26', object='washington-declaration-2023')
ev(F, 'ESTABLISH', '同意设立核磋商小组', '设立',
   "planned NCG (its first session in July is a separate CONSULT)",
   actors=['USA', 'KOR'], modality='planned', object='nuclear-consultative-group')
ev(F, 'CONSULT', '核磋商小组首次会议在首尔举行', '会议',
   "first NCG meeting",
   actors=['USA', 'KOR', 'nuclear-consultative-group'], date='2023-07-18', location='seoul')
ev(F, 'MOBILIZE', '美国战略核潜艇“肯塔基”号停靠釜山', '停靠',
   "SSBN port visit; 同日 = 2023-07-18",
   actors=['USA'], recipients=['KOR'], date='2023-07-18', location='busan')
ev(F, 'CONSULT', '美日韩领导人在戴维营举行首次单独峰会', '峰会',
   "Camp David summit",
   actors=['USA', 'JPN', 'KOR'], date='2023-08-18', location='camp-david')
ev(F, 'AGREE', '发表《戴维营原则》', '发表',
   "Camp David Principles",
   actors=['USA', 'JPN', 'KOR'], date='2023-08-18', location='camp-david', object='camp-david-principles')
ev(F, 'AGREE', '和《戴维营精神》联合声明', '联合声明',
   "Spirit of Camp David joint statement",
   actors=['USA', 'JPN', 'KOR'], date='2023-08-18', location='camp-david', object='spirit-of-camp-david')
ev(F, 'ACCUSE', '朝鲜随后谴责三国策划“亚洲版北约”', '谴责',
   "DPRK condemnation; 随后 keeps the month",
   actors=['PRK'], recipients=['USA', 'JPN', 'KOR'], date='2023-08')
ev(F, 'MOBILIZE', '朝鲜发射军事侦察卫星', '发射',
   "military reconnaissance satellite launch (deploying an asset)",
   actors=['PRK'], date='2023-11-21')
ev(F, 'LEAVE', '韩国政府宣布部分暂停“九一九军事协议”效力', '暂停',
   "ROK partially suspends the military agreement; 翌日 = 2023-11-22",
   actors=['KOR'], recipients=['inter-korean-military-agreement'], date='2023-11-22', object='inter-korean-military-agreement')
ev(F, 'LEAVE', '朝鲜宣布不再受该协议约束', '不再受',
   "DPRK scraps the agreement; 再翌日 = 2023-11-23; 全面恢复军事措施 folded",
   actors=['PRK'], recipients=['inter-korean-military-agreement'], date='2023-11-23', object='inter-korean-military-agreement')
ev(F, 'MOBILIZE', '朝鲜试射“火星-18”型固体燃料洲际弹道导弹', '试射',
   "ICBM test as a show of force; 同年 = 2023",
   actors=['PRK'], date='2023-12-18')
ev(F, 'ESTABLISH', '美日韩次日启动导弹预警信息实时共享机制', '启动',
   "activation of the trilateral missile-warning data mechanism; 次日 = 2023-12-19",
   actors=['USA', 'JPN', 'KOR'], date='2023-12-19')

# Conventions settled in the thirteenth session (gold/events/GUIDELINES.md, gold/CONVENTION_CHANGES.md); appended
# so that the ids of the rows above stay as they were: a Security Council sanctions resolution is the AGREE of
# its adoption beside the SANCTION (ruling 10).
ev(F, 'AGREE', '联合国安理会一致通过第2371号决议', '通过',
   "resolution 2371 adopted (AGREE beside its SANCTION)",
   actors=['un-security-council'], date='2017-08-05', object='unsc-resolution-2371')
ev(F, 'AGREE', '安理会通过第2375号决议', '通过',
   "resolution 2375 adopted (AGREE beside its SANCTION)",
   actors=['un-security-council'], date='2017-09-11', object='unsc-resolution-2375')
ev(F, 'AGREE', '安理会通过第2397号决议', '通过',
   "resolution 2397 adopted (AGREE beside its SANCTION)",
   actors=['un-security-council'], date='2017-12-22', object='unsc-resolution-2397')
