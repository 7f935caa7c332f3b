# Event gold for heldout3, written by hand. at = a snippet of the text (whitespace-insensitive) that
# locates the event's lines; trigger must occur in it.
PREFIX = {'a-news-tw.txt': 'h3-a', 'b-thinktank-hk.txt': 'h3-b', 'c-journal.txt': 'h3-c',
          'd-chronology.txt': 'h3-d', 'e-brief.html': 'h3-e'}
EVENTS = []
DOC = None


def E(type, actors, recipients=(), date=None, at=None, trigger=None, note='', **kw):
    e = dict(doc=DOC, type=type, actors=list(actors), recipients=list(recipients), date=date, at=at,
             trigger=trigger or at, note=note)
    e.update(kw)
    if 'mod' in e: e['modality'] = e.pop('mod')
    if 'loc' in e: e['location'] = e.pop('loc')
    if 'end' in e: e['date_end'] = e.pop('end')
    if 'eff' in e: e['effective'] = e.pop('eff')
    if 'q' in e: e['quantities'] = e.pop('q')
    if 'src' in e: e['source'] = e.pop('src')
    if 'obj' in e: e['object'] = e.pop('obj')
    EVENTS.append(e)


DOC = 'a-news-tw.txt'
E('CONSULT', ['USA', 'CHN'], [], '2025-10-30', '在釜山與中國國家主席習近平會談', '會談', 'Trump and Xi hold talks in Busan', loc='KOR', also=['元首釜山會談'])
E('AGREE', ['USA', 'CHN'], [], '2025-10-30', '雙方並就多項經貿議題達成共識', '達成共識', 'US and China reach consensus on trade issues', also=['同意關稅與稀土'])
E('POLICY', ['USA'], ['CHN'], None, '將把以芬太尼為由對中加徵的關稅由20%降至10%', '降至', 'US to cut the fentanyl-related tariff on China from 20% to 10%', mod='planned', src='白宮', q=['20%', '10%'])
E('POLICY', ['USA'], ['CHN'], None, '將出口管制擴及關聯企業的新規暫緩一年實施', '暫緩', 'US to suspend the affiliates export-control rule for one year', mod='planned', src='白宮')
E('POLICY', ['CHN'], [], None, '稀土出口管制措施暫停一年', '暫停', 'China to suspend its October rare-earth export controls for one year', mod='planned', src='白宮')
E('POLICY', ['CHN'], [], '2025-10-09', '本月9日宣布的稀土出口管制措施', '宣布', 'Chinese commerce ministry announced rare-earth export controls on 9 October')
E('COOPERATE', ['CHN', 'USA'], [], None, '恢復採購美國黃豆', '採購', 'China to resume buying US soybeans', mod='planned', src='白宮')
E('CONSULT', ['USA'], ['CHN'], '2026-04', '他將於明年4月訪問中國', '訪問', 'Trump says he will visit China in April 2026', mod='planned', src='川普', loc='CHN')
E('CONSULT', ['CHN'], ['USA'], None, '其後也將訪美', '訪', 'Xi to visit the US afterwards', mod='planned', src='川普', loc='USA')
E('CONSULT', ['asean', 'asean-summit'], [], '2025-10-26', '26日至28日舉行的第47屆東協峰會', '舉行', '47th ASEAN Summit in Kuala Lumpur', end='2025-10-28', loc='MYS')
E('CONSULT', ['USA', 'asean', 'us-asean-summit'], [], '2025-10-26', '出席26日至28日舉行的第47屆東協峰會期間的美國—東協峰會', '出席', 'Trump attends the US-ASEAN summit', loc='MYS')
E('JOIN', ['TLS'], ['asean'], '2025-10-26', '東帝汶正式成為東協第11個成員國', '成為', 'Timor-Leste becomes the 11th ASEAN member')
E('AGREE', ['THA', 'KHM'], [], '2025-10-26', '簽署和平聯合宣言', '簽署', 'Thailand and Cambodia sign a joint peace declaration witnessed by Trump', loc='MYS')
E('MOBILIZE', ['asean'], ['THA', 'KHM'], None, '同意由東協派出觀察團監督停火', '派出', 'ASEAN observer team to monitor the ceasefire', mod='planned')
E('CONSULT', ['MYS', 'THA', 'KHM'], [], '2025-07', '今年7月曾在布城斡旋兩國停火', '斡旋', 'Anwar mediates Thai-Cambodian talks in Putrajaya', loc='MYS')
E('AGREE', ['THA', 'KHM'], [], '2025-07', '斡旋兩國停火', '停火', 'Thailand-Cambodia ceasefire of July 2025')
E('AGREE', ['USA', 'MYS'], [], '2025-10-26', '分別與馬來西亞、柬埔寨簽署對等貿易協定', '簽署', 'US-Malaysia reciprocal trade agreement')
E('AGREE', ['USA', 'KHM'], [], '2025-10-26', '分別與馬來西亞、柬埔寨簽署對等貿易協定', '簽署', 'US-Cambodia reciprocal trade agreement')
E('AGREE', ['USA', 'THA'], [], '2025-10-26', '與泰國、越南則各自發表貿易架構聲明', '發表', 'US-Thailand trade framework statement')
E('AGREE', ['USA', 'VNM'], [], '2025-10-26', '與泰國、越南則各自發表貿易架構聲明', '發表', 'US-Vietnam trade framework statement')
E('CONSULT', ['BRA', 'USA'], [], '2025-10-26', '也在吉隆坡與川普會面', '會面', 'Lula meets Trump in Kuala Lumpur', loc='MYS')
E('CONSULT', ['BRA', 'USA'], [], None, '同意儘速展開關稅談判', '談判', 'Brazil and US agree to start tariff negotiations soon', mod='planned')
E('CONSULT', ['USA'], ['JPN'], '2025-10-27', '27日轉往東京', '轉往', 'Trump travels on to Tokyo', loc='JPN')
E('CONSULT', ['USA', 'JPN'], [], '2025-10-28', '次日與上任剛滿一週的日本首相高市早苗會談', '會談', 'Trump-Takaichi talks', loc='JPN')
E('AGREE', ['USA', 'JPN'], [], '2025-10-28', '兩國簽署確保關鍵礦產與稀土供應的合作架構', '簽署', 'US-Japan critical minerals and rare earths framework')
E('AID', ['JPN'], ['USA'], None, '將依7月的協議對美投資5500億美元', '投資', 'Japan reaffirms USD 550 bn investment in the US', mod='planned', q=['550000000000 USD'])
E('AGREE', ['JPN', 'USA'], [], '2025-07', '依7月的協議', '協議', 'US-Japan trade agreement of July 2025')
E('AGREE', ['AUS', 'USA'], [], '2025-10-20', '20日在白宮與川普簽署類似的關鍵礦產架構協議', '簽署', 'Australia-US critical minerals framework signed at the White House', loc='USA')
E('COOPERATE', ['AUS', 'USA'], [], None, '兩國將在半年內各自投入至少10億美元', '投入', 'Each to invest at least USD 1 bn within six months', mod='planned', q=['1000000000 USD'])
E('CONSULT', ['USA'], ['KOR'], '2025-10-29', '29日，川普抵達慶州', '抵達', 'Trump arrives in Gyeongju and holds talks with Lee Jae-myung', loc='KOR')
E('AGREE', ['KOR', 'USA'], [], '2025-10-29', '韓美雙方敲定3500億美元對美投資的細節', '敲定', 'Korea and US finalise investment package details')
E('AID', ['KOR'], ['USA'], '2025-10-29', '3500億美元對美投資', '投資', 'Korean USD 350 bn investment in the US', q=['350000000000 USD'])
E('MOBILIZE', ['PRK'], [], '2025-10-22', '北韓則在本月22日試射彈道飛彈', '試射', 'North Korea test-fires ballistic missiles')
E('ACCUSE', ['KOR'], ['PRK'], '2025-10-22', '南韓軍方對此表示強烈譴責', '譴責', 'South Korean military condemns the launch')
E('CONSULT', ['apec', 'apec-leaders-meeting', 'CHN', 'TWN'], [], '2025-10-31', '出席今明兩天舉行的APEC經濟領袖會議', '出席', 'APEC Economic Leaders Meeting in Gyeongju, Xi and Taiwan envoy attend', end='2025-11-01', loc='KOR')
E('CONSULT', ['CHN', 'JPN'], [], '2025-10-31', '今天與高市早苗舉行首次會談', '會談', 'First Xi-Takaichi meeting', loc='KOR')
E('CONSULT', ['CHN'], ['KOR'], '2025-11-01', '明天還將對南韓進行國事訪問', '國事訪問', 'Xi state visit to South Korea', mod='planned', loc='KOR')
E('JOIN', ['TWN'], ['cptpp'], '2021-09', '自2021年9月申請加入', '申請加入', 'Taiwan applied to join the CPTPP in September 2021')
E('CONSULT', ['apec', 'CHN'], [], '2026', '明年的APEC會議將由中國在深圳主辦', '主辦', 'China to host APEC 2026 in Shenzhen', mod='planned', loc='CHN')
E('CONSULT', ['CHN', 'asean'], [], '2025-10-28', '出席第28次中國—東協領導人會議', '領導人會議', '28th China-ASEAN leaders meeting', loc='MYS')
E('AGREE', ['CHN', 'asean'], [], '2025-10-28', '見證雙方簽署', '簽署', 'China and ASEAN sign the FTA 3.0 upgrade protocol', obj='china-asean-fta-3-0')
E('CONSULT', ['asean', 'asean-plus-three', 'CHN', 'JPN', 'KOR'], [], '2025-10', '舉行東協加三領袖會議', '領袖會議', 'ASEAN Plus Three leaders meeting', loc='MYS')
E('CONSULT', ['eas'], [], '2025-10', '召開第20屆東亞峰會', '東亞峰會', '20th East Asia Summit', loc='MYS')
