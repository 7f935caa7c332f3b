"""Hand-written event rows for gold/heldout10 (read by build.py). One row per happening; `at` is a snippet
that occurs once in the document and contains the trigger; `also` snippets give also_lines."""
PREFIX = {'a-journal-kp.txt': 'h10-a', 'b-zaobao-vnm.txt': 'h10-b', 'c-tw-pacific.html': 'h10-c',
          'd-report-trade.txt': 'h10-d', 'e-mfa-presser.txt': 'h10-e'}


def ev(doc, type_, at, trigger, actors, recipients, date, note, **kw):
    row = dict(doc=doc, type=type_, at=at, trigger=trigger, actors=list(actors), recipients=list(recipients),
               date=date, note=note)
    row.update(kw)
    return row


def q(value, unit, kind='count'):
    return {'value': value, 'unit': unit, 'kind': kind}


A, B, C, D, E = 'a-journal-kp.txt', 'b-zaobao-vnm.txt', 'c-tw-pacific.html', 'd-report-trade.txt', 'e-mfa-presser.txt'
UN = 'un-security-council'
IKMA = 'inter-korean-military-agreement'
TREATY = 'russia-dprk-partnership-treaty-2024'
EVENTS = [
    # --- a: mainland journal article, Korean peninsula 2017-2025 (issue 2025/5) ---
    ev(A, 'SANCTION', '先后通过第2371号', '通过', [UN], ['PRK'], '2017',
       'Resolution 2371 (先后: one event per resolution; the text gives the year only)'),
    ev(A, 'SANCTION', '第2375号和', '第2375号', [UN], ['PRK'], '2017', 'Resolution 2375 (year only in the text)'),
    ev(A, 'SANCTION', '第2397号决议，后者将朝鲜每年可输入的精炼石油产品压至50万桶', '压至', [UN], ['PRK'], '2017',
       'Resolution 2397 caps refined-petroleum imports at 500,000 barrels a year (year only in the text)',
       quantities=[q(500000, '桶')]),
    ev(A, 'SANCTION', '联合发布公告，落实对朝纺织品和油品限制', '限制', ['CHN'], ['PRK'], '2017-09',
       "MOFCOM and the customs administration implement the UN limits on textiles and oil (同年9月下旬 -> month)"),
    ev(A, 'CONSULT', '在板门店会晤', '会晤', ['KOR', 'PRK'], [], '2018-04-27',
       'Moon-Kim summit at Panmunjom', location='panmunjom'),
    ev(A, 'AGREE', '双方签署板门店宣言', '签署', ['KOR', 'PRK'], [], '2018-04-27', 'Panmunjom Declaration',
       object='panmunjom-declaration'),
    ev(A, 'CONSULT', '在新加坡举行美朝首次首脑会晤', '会晤', ['USA', 'PRK'], [], '2018-06-12',
       'First US-DPRK summit (Singapore named as venue -> SGP); the abstract-level denuclearisation pledge is no act',
       location='SGP'),
    ev(A, 'AGREE', '发表新加坡联合声明', '发表', ['USA', 'PRK'], [], '2018-06-12', 'Singapore Joint Statement',
       location='SGP', object='singapore-joint-statement-2018'),
    ev(A, 'CONSULT', '文在寅访问平壤', '访问', ['KOR'], ['PRK'], '2018-09-18', "Moon's visit to Pyongyang",
       date_end='2018-09-20', location='pyongyang'),
    ev(A, 'AGREE', '两国领导人签署9月平壤共同宣言', '签署', ['KOR', 'PRK'], [], '2018-09',
       'Pyongyang Joint Declaration, told only as signed during the three-day visit -> month',
       object='pyongyang-joint-declaration-2018'),
    ev(A, 'AGREE', '两国国防部长则签署关于履行板门店宣言军事领域协议', '签署', ['KOR', 'PRK'], [], '2018-09',
       'Comprehensive Military Agreement (9.19), signed during the visit -> month; its content (halt hostile acts) is not a separate act',
       object=IKMA),
    ev(A, 'CONSULT', '2019年2月27日至28日的河内会晤', '会晤', ['USA', 'PRK'], [], '2019-02-27',
       'Hanoi summit', date_end='2019-02-28', location='hanoi', also=['河内会晤无果而终']),
    ev(A, 'AGREE', '要求先解除部分制裁而未能达成协议', '达成协议', ['USA', 'PRK'], [], '2019-02-27',
       'No deal at Hanoi (dated by the first day of the summit, as the failed meeting)', date_end='2019-02-28',
       location='hanoi', modality='negated'),
    ev(A, 'CONSULT', '对朝鲜进行国事访问', '国事访问', ['CHN'], ['PRK'], '2019-06', "Xi's state visit (同年6月)"),
    ev(A, 'CONSULT', '在板门店与金正恩短暂会面', '会面', ['USA', 'PRK'], [], '2019-06',
       'Trump-Kim meeting at Panmunjom (月底 -> month)', location='panmunjom'),
    ev(A, 'CONSULT', '工作层在斯德哥尔摩磋商', '磋商', ['USA', 'PRK'], [], '2019-10',
       'Working-level talks in Stockholm', location='stockholm'),
    ev(A, 'MOBILIZE', '朝鲜发射军事侦察卫星', '发射', ['PRK'], [], '2023-11-21',
       'Reconnaissance-satellite launch (deploying an asset; no recipient named)'),
    ev(A, 'LEAVE', '次日宣布暂停“9·19军事协议”部分条款效力', '暂停', ['KOR'], [IKMA], '2023-11-22',
       'ROK suspends part of the military agreement (次日 = 22日); recipient and object = the agreement (lead convention)',
       object=IKMA),
    ev(A, 'LEAVE', '宣布不再受该协议约束', '不再受', ['PRK'], [IKMA], '2023-11',
       'DPRK scraps the agreement (随即 -> month); restoring all military measures folded', object=IKMA),
    ev(A, 'ACCUSE', '定为“头号敌对国家”', '敌对', ['PRK'], ['KOR'], '2024-01',
       'Kim calls for the ROK to be written into the constitution as the primary hostile state'),
    ev(A, 'LEAVE', '全面中止该协议效力', '中止', ['KOR'], [IKMA], '2024-06-04',
       'ROK suspends the whole agreement (同年6月4日)', object=IKMA),
    ev(A, 'CONSULT', '与俄罗斯总统普京举行了数小时的闭门会谈', '会谈', ['PRK', 'RUS'], [], '2023-09-13',
       'Kim-Putin talks at Vostochny', location='vostochny-cosmodrome'),
    ev(A, 'CONSULT', '时隔24年再访平壤', '再访', ['RUS'], ['PRK'], '2024-06-19',
       "Putin's visit (24 years is an interval, no quantity of an act)", location='pyongyang'),
    ev(A, 'AGREE', '两国签署全面战略伙伴关系条约', '签署', ['RUS', 'PRK'], [], '2024-06-19',
       'Comprehensive strategic partnership treaty; in force 4 Dec 2024', object=TREATY, effective='2024-12-04',
       also=['已于同年12月4日生效', '缔结同盟性质的条约']),
    ev(A, 'ALIGN', '将两国关系提升为全面战略伙伴关系', '提升为', ['RUS', 'PRK'], [], '2024-06-19',
       'Treaty creates a named tie', label='全面战略伙伴关系'),
    ev(A, 'AID', '另一方应立即提供军事及其他援助', '援助', ['RUS'], ['PRK'], None,
       'Mutual-assistance clause, Russia to the DPRK if attacked', modality='hypothetical'),
    ev(A, 'AID', '另一方应立即提供军事及其他援助', '援助', ['PRK'], ['RUS'], None,
       'Mutual-assistance clause, the DPRK to Russia if attacked', modality='hypothetical'),
    ev(A, 'MOBILIZE', '向俄罗斯派出约1.1万名士兵', '派出', ['PRK'], ['RUS'], '2024-10',
       'DPRK troops sent to Russia, per the NIS disclosure of October (the sending itself is dated by the disclosure month); footnote 2 adds Kursk and the April 2025 admission',
       source='韩国国家情报院', quantities=[q(11000, '名')],
       also=['其中部分士兵被部署至', '首次公开承认向俄派兵']),
    ev(A, 'CONSULT', '即与特朗普通电话', '通电话', ['KOR', 'USA'], [], '2025-06',
       'Lee-Trump phone call soon after taking office (no day stated -> month)'),
    ev(A, 'CONSULT', '6月10日又与习近平通话', '通话', ['KOR', 'CHN'], [], '2025-06-10', 'Lee-Xi phone call'),
    ev(A, 'POLICY', '停止沿线对朝扩音广播', '停止', ['KOR'], ['PRK'], '2025-06-11',
       'ROK halts loudspeaker broadcasts (次日 = 11日)'),
    ev(A, 'POLICY', '也随后关闭了对韩噪音广播', '关闭', ['PRK'], ['KOR'], '2025-06',
       'DPRK switches off its noise broadcasts (随后 -> month)'),
    ev(A, 'JOIN', '将主动、分阶段恢复', '恢复', ['KOR'], [IKMA], None,
       'Lee pledges to restore the suspended military agreement step by step (undoing the LEAVE; no date for the act)',
       object=IKMA, modality='planned'),
    ev(A, 'CONSULT', '迄今拒绝与韩方对话', '对话', ['PRK', 'KOR'], [], None,
       'DPRK refuses dialogue with Seoul', modality='negated'),
    ev(A, 'CONSULT', '赴北京出席纪念活动', '出席', ['PRK'], ['CHN'], '2025-09',
       "Kim's trip to Beijing (9月初 -> month)", location='beijing', also=['这是他六年来首次访华']),
    ev(A, 'CONSULT', '六方重启多边对话', '对话', ['CHN', 'USA', 'PRK', 'KOR', 'RUS', 'JPN'], [], None,
       "Author's recommendation: restart six-party talks", modality='proposed'),
]
