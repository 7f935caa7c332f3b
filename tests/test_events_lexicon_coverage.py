"""Coverage of the genre's vocabulary by the trigger lexicon (event_triggers.yaml, the lex6 survey):
words mainland journals and Xinhua, Taiwan and Hong Kong news and think-tank reports use for each
kind of act, on sentences written for these tests in simplified and traditional script, and the
same words where they tell no act (over the bundled gazetteer)."""

from __future__ import annotations

import pytest
from event_helpers import full_events as events
from event_helpers import keys, summary

# Each sentence tells the act with a word the lexicon gained in the survey (both scripts).
TOLD = [
    ("CONSULT", "2024年3月5日，中国和越南外长在河内会商南海问题。"),
    ("CONSULT", "2024年3月5日，中國和越南外長在河內會商南海問題。"),
    ("CONSULT", "2023年6月，美国国务卿布林肯造访北京。"),
    ("CONSULT", "2023年6月，美國國務卿布林肯造訪北京。"),
    ("CONSULT", "2024年4月，日本首相岸田文雄拜访了美国总统拜登。"),
    ("CONSULT", "2024年4月，日本首相岸田文雄拜訪了美國總統拜登。"),
    ("CONSULT", "2023年11月15日，拜登与习近平在旧金山晤面。"),
    ("CONSULT", "2023年11月15日，拜登與習近平在舊金山晤面。"),
    ("CONSULT", "2023年9月8日，日本首相与越南国家主席茶叙。"),
    ("CONSULT", "2023年9月8日，日本首相與越南國家主席茶敘。"),
    ("CONSULT", "2022年10月，中国与美国代表在日内瓦就贸易问题进行商谈。"),
    ("CONSULT", "2022年10月，中國與美國代表在日內瓦就貿易問題進行商談。"),
    ("CONSULT", "2022年10月，韩国与英国代表在日内瓦就自由贸易协定进行洽谈。"),
    ("CONSULT", "2022年10月，韓國與英國代表在日內瓦就自由貿易協定進行洽談。"),
    ("CONSULT", "2024年2月，菲律宾外长与中国外长电话交谈。"),
    ("CONSULT", "2024年2月，菲律賓外長與中國外長電話交談。"),
    ("AGREE", "2023年5月，美国与巴布亚新几内亚订立防务合作协定。"),
    ("AGREE", "2023年5月，美國與巴布亞紐幾內亞訂立防務合作協定。"),
    ("AGREE", "2024年3月，印度与英国敲定了自由贸易协定的文本。"),
    ("AGREE", "2024年3月，印度與英國敲定了自由貿易協定的文本。"),
    ("AGREE", "2022年6月，联合国安理会一致通过决议，延长维和任务。"),
    ("AGREE", "2022年6月，聯合國安理會一致通過決議，延長維和任務。"),
    ("ALIGN", "2023年，越南与美国的关系上升为全面战略伙伴关系。"),
    ("ALIGN", "2023年，越南與美國的關係上升為全面戰略伙伴關係。"),
    ("JOIN", "1966年亚洲开发银行成立时，菲律宾即已入会。"),
    ("JOIN", "1966年亞洲開發銀行成立時，菲律賓即已入會。"),
    ("JOIN", "2021年9月，中国正式提出申请，希望成为《全面与进步跨太平洋伙伴关系协定》的会员国。"),
    ("JOIN", "2021年9月，中國正式提出申請，希望成為《全面與進步跨太平洋夥伴關係協定》的會員國。"),
    ("JOIN", "2001年，中国成为世界贸易组织会员。"),
    ("JOIN", "2001年，中國成為世界貿易組織會員。"),
    ("LEAVE", "2019年8月，美国宣布退约，《中导条约》随即失效。"),
    ("LEAVE", "2019年8月，美國宣佈退約，《中導條約》隨即失效。"),
    ("LEAVE", "2023年2月，俄罗斯宣布废约。"),
    ("LEAVE", "2023年2月，俄羅斯宣佈廢約。"),
    ("LEAVE", "2022年5月，立陶宛叫停与中国的合作项目。"),
    ("LEAVE", "2022年5月，立陶宛叫停與中國的合作專案。"),
    ("ESTABLISH", "2022年5月，美国与东盟创设新的海上合作机制。"),
    ("ESTABLISH", "2022年5月，美國與東盟創設新的海上合作機制。"),
    ("ESTABLISH", "2024年，东盟在雅加达开设新的海洋合作中心。"),
    ("ESTABLISH", "2024年，東盟在雅加達開設新的海洋合作中心。"),
    ("ESTABLISH", "2019年，日本在北约总部开设代表处。"),
    ("ESTABLISH", "2019年，日本在北約總部開設代表處。"),
    ("ESTABLISH", "2023年11月，中美两军开通国防部直通电话机制。"),
    ("ESTABLISH", "2023年11月，中美兩軍開通國防部直通電話機制。"),
    ("ESTABLISH", "2024年，东盟创办了新的海洋论坛。"),
    ("ESTABLISH", "2024年，東盟創辦了新的海洋論壇。"),
    ("COOPERATE", "2023年7月，中国与老挝、缅甸、泰国开展湄公河联合执法。"),
    ("COOPERATE", "2023年7月，中國與寮國、緬甸、泰國開展湄公河聯合執法。"),
    ("COOPERATE", "2022年，中俄海军在日本海联合护航。"),
    ("COOPERATE", "2022年，中俄海軍在日本海聯合護航。"),
    ("COOPERATE", "2024年5月，越南与中国海警在北部湾联合搜救。"),
    ("COOPERATE", "2024年5月，越南與中國海警在北部灣聯合搜救。"),
    ("COOPERATE", "2023年，美国与日本联合研制新型拦截导弹。"),
    ("COOPERATE", "2023年，美國與日本聯合研製新型攔截導彈。"),
    ("COOPERATE", "2024年，日本、英国和意大利共同研发下一代战斗机。"),
    ("COOPERATE", "2024年，日本、英國和義大利共同研發下一代戰鬥機。"),
    ("COOPERATE", "2021年，中国与越南在北部湾联合开发油气资源。"),
    ("COOPERATE", "2021年，中國與越南在北部灣聯合開發油氣資源。"),
    ("AID", "2021年，中国援建柬埔寨国家体育场。"),
    ("AID", "2021年，中國援建柬埔寨國家體育場。"),
    ("AID", "2022年3月，日本向乌克兰捐助1亿美元。"),
    ("AID", "2022年3月，日本向烏克蘭捐助1億美元。"),
    ("AID", "2023年，美国对乌克兰军援达到数百亿美元。"),
    ("AID", "2023年，美國對烏克蘭軍援達到數百億美元。"),
    ("AID", "2022年，韩国向菲律宾赠予两艘巡逻艇。"),
    ("AID", "2022年，韓國向菲律賓贈予兩艘巡邏艇。"),
    ("AID", "2023年，沙特出资50亿美元支持巴基斯坦。"),
    ("AID", "2023年，沙特出資50億美元支援巴基斯坦。"),
    ("MOBILIZE", "2023年，美国向菲律宾派驻海军陆战队。"),
    ("MOBILIZE", "2023年，美國向菲律賓派駐海軍陸戰隊。"),
    ("MOBILIZE", "2021年11月，俄罗斯在乌克兰边境集结部队。"),
    ("MOBILIZE", "2021年11月，俄羅斯在烏克蘭邊境集結部隊。"),
    ("MOBILIZE", "2022年2月，美国向东欧增兵。"),
    ("MOBILIZE", "2022年2月，美國向東歐增兵。"),
    ("MOBILIZE", "2022年8月，解放军出动军机越过海峡中线。"),
    ("MOBILIZE", "2022年8月，解放軍出動軍機越過海峽中線。"),
    ("MOBILIZE", "2024年5月，美国驱逐舰闯入中国西沙领海。"),
    ("MOBILIZE", "2024年5月，美國驅逐艦闖入中國西沙領海。"),
    ("MOBILIZE", "2023年，美国航母在南海巡弋。"),
    ("MOBILIZE", "2023年，美國航母在南海巡弋。"),
    ("MOBILIZE", "2024年6月，日本海上自卫队跟监俄罗斯舰艇。"),
    ("MOBILIZE", "2024年6月，日本海上自衛隊跟監俄羅斯艦艇。"),
    ("MOBILIZE", "2023年4月8日，解放军军机绕台。"),
    ("MOBILIZE", "2023年4月8日，解放軍軍機繞臺。"),
    ("MOBILIZE", "2023年9月，美国军舰驶入中国西沙群岛领海。"),
    ("MOBILIZE", "2023年9月，美國軍艦駛入中國西沙群島領海。"),
    ("POLICY", "2023年5月，立法院三读通过《台湾关系法》修正案。"),
    ("POLICY", "2023年5月，立法院三讀通過《臺灣關係法》修正案。"),
    ("POLICY", "2022年5月，美国总统拜登签发《乌克兰民主防御租借法案》。"),
    ("POLICY", "2022年5月，美國總統拜登簽發《烏克蘭民主防禦租借法案》。"),
    ("POLICY", "2022年，全国人大表决通过《反外国制裁法》。"),
    ("POLICY", "2022年，全國人大表決通過《反外國制裁法》。"),
    ("SANCTION", "2023年，欧盟对中国光伏产品发起双反调查。"),
    ("SANCTION", "2023年，歐盟對中國光伏產品發起雙反調查。"),
    ("SANCTION", "2021年，台湾宣布禁止输入中国大陆的凤梨。"),
    ("SANCTION", "2021年，臺灣宣佈禁止輸入中國大陸的鳳梨。"),
    ("SANCTION", "2018年，美国对中国钢铁产品征收惩罚性关税。"),
    ("SANCTION", "2018年，美國對中國鋼鐵產品徵收懲罰性關稅。"),
    ("SANCTION", "2020年，美国将华为拉入黑名单。"),
    ("SANCTION", "2020年，美國將華為拉入黑名單。"),
    ("SANCTION", "2023年8月，中国停止进口日本水产品。"),
    ("SANCTION", "2023年8月，中國停止進口日本水產品。"),
    ("SANCTION", "2023年，欧盟对中国电动汽车发起反补贴调查。"),
    ("SANCTION", "2023年，歐盟對中國電動汽車發起反補貼調查。"),
    ("SANCTION", "2020年，中国对澳大利亚大麦征收反倾销税。"),
    ("SANCTION", "2020年，中國對澳大利亞大麥徵收反傾銷稅。"),
    ("SANCTION", "2019年，美国对华禁售芯片。"),
    ("SANCTION", "2019年，美國對華禁售晶片。"),
    ("SANCTION", "2022年，俄罗斯宣布日本外交官为不受欢迎的人。"),
    ("SANCTION", "2022年，俄羅斯宣佈日本外交官為不受歡迎的人。"),
    ("SANCTION", "2023年，美国将三家中国企业列入实体名单。"),
    ("SANCTION", "2023年，美國將三家中國企業列入實體名單。"),
    ("ACCUSE", "2023年8月，中国外交部斥责日本排放核污水。"),
    ("ACCUSE", "2023年8月，中國外交部斥責日本排放核汙水。"),
    ("ACCUSE", "2024年3月，外交部发言人驳斥美国的指控。"),
    ("ACCUSE", "2024年3月，外交部發言人駁斥美國的指控。"),
    ("ACCUSE", "2023年4月，台湾外交部痛批中国军演。"),
    ("ACCUSE", "2023年4月，臺灣外交部痛批中國軍演。"),
    ("ACCUSE", "2023年8月24日，日本外务省对中国的禁令表示遗憾。"),
    ("ACCUSE", "2023年8月24日，日本外務省對中國的禁令表示遺憾。"),
    ("ACCUSE", "2024年5月，菲律宾外长炮轰中国海警。"),
    ("ACCUSE", "2024年5月，菲律賓外長炮轟中國海警。"),
    ("ACCUSE", "2022年8月，中国对美国众议长访台表示愤慨。"),
    ("ACCUSE", "2022年8月，中國對美國眾議長訪臺表示憤慨。"),
    ("ACCUSE", "2023年3月，台湾外交部长呛声中国。"),
    ("ACCUSE", "2023年3月，臺灣外交部長嗆聲中國。"),
    ("ACCUSE", "2023年6月，中国外交部怒斥美国。"),
    ("ACCUSE", "2023年6月，中國外交部怒斥美國。"),
    ("THREATEN", "2022年8月，中国警告美国勿谓言之不预。"),
    ("THREATEN", "2022年8月，中國警告美國勿謂言之不預。"),
    ("THREATEN", "2022年8月，中国正告美国，如果一意孤行，必将付出代价。"),
    ("THREATEN", "2022年8月，中國正告美國，如果一意孤行，必將付出代價。"),
    ("THREATEN", "2019年，美国以加征关税要挟墨西哥。"),
    ("THREATEN", "2019年，美國以加徵關稅要挾墨西哥。"),
    ("THREATEN", "2024年，朝鲜称若美韩继续演习，后果自负。"),
    ("THREATEN", "2024年，朝鮮稱若美韓繼續演習，後果自負。"),
    ("COERCE", "2024年6月17日，中国海警船在仁爱礁登检菲律宾补给船。"),
    ("COERCE", "2024年6月17日，中國海警船在仁愛礁登檢菲律賓補給船。"),
    ("COERCE", "2023年8月，中国海警船阻拦菲律宾补给船。"),
    ("COERCE", "2023年8月，中國海警船阻攔菲律賓補給船。"),
    ("COERCE", "2024年3月，中国海警船与菲律宾船只擦撞。"),
    ("COERCE", "2024年3月，中國海警船與菲律賓船隻擦撞。"),
    ("COERCE", "2018年12月，韩国驱逐舰对日本巡逻机雷达照射。"),
    ("COERCE", "2018年12月，韓國驅逐艦對日本巡邏機雷達照射。"),
    ("COERCE", "2024年，中国海警驱赶日本渔船。"),
    ("COERCE", "2024年，中國海警驅趕日本漁船。"),
    ("CONSULT", "2024年5月，习近平访法国。"),
    ("CONSULT", "2024年5月，習近平訪法國。"),
    ("CONSULT", "2024年6月，普京访朝鲜。"),
    ("CONSULT", "2024年6月，普京訪朝鮮。"),
    ("CONSULT", "2023年3月，岸田文雄访印度。"),
    ("CONSULT", "2023年3月，岸田文雄訪印度。"),
    ("CONSULT", "2024年6月，李强访澳大利亚。"),
    ("CONSULT", "2024年6月，李強訪澳大利亞。"),
    ("CONSULT", "2023年9月，中国总理李强访印尼。"),
    ("CONSULT", "2023年9月，中國總理李強訪印尼。"),
    ("CONSULT", "2024年，美国国务卿访纽西兰。"),
    ("CONSULT", "2024年，美國國務卿訪紐西蘭。"),
    ("AGREE", "2023年6月，美国与印度发表联合新闻公报。"),
    ("AGREE", "2023年6月，美國與印度發表聯合新聞公報。"),
    ("AGREE", "2024年4月，美国与菲律宾发布联合新闻稿。"),
    ("AGREE", "2024年4月，美國與菲律賓釋出聯合新聞稿。"),
    ("AID", "2019年，美国宣布售予台湾66架F-16V战机。"),
    ("AID", "2019年，美國宣佈售予臺灣66架F-16V戰機。"),
    ("AID", "2021年11月，中国宣布免除埃塞俄比亚的无息贷款债务。"),
    ("AID", "2021年11月，中國宣佈免除衣索比亞的無息貸款債務。"),
    ("COOPERATE", "2023年，中国与老挝、缅甸、泰国在湄公河联合巡查。"),
    ("COOPERATE", "2023年，中國與寮國、緬甸、泰國在湄公河聯合巡查。"),
    ("COOPERATE", "2023年，日本与菲律宾共同训练。"),
    ("COOPERATE", "2023年，日本與菲律賓共同訓練。"),
    ("MOBILIZE", "2023年4月，美国驱逐舰在南海进行航行自由行动。"),
    ("MOBILIZE", "2023年4月，美國驅逐艦在南海進行航行自由行動。"),
    ("MOBILIZE", "2022年8月，解放军在台湾周边海域实弹射击。"),
    ("MOBILIZE", "2022年8月，解放軍在臺灣周邊海域實彈射擊。"),
    ("LEAVE", "2023年，意大利废止与中国的“一带一路”合作协议。"),
    ("LEAVE", "2023年，義大利廢止與中國的“一帶一路”合作協議。"),
    ("ESTABLISH", "2013年，中国倡建亚洲基础设施投资银行。"),
    ("ESTABLISH", "2013年，中國倡建亞洲基礎設施投資銀行。"),
    ("CONSULT", "2024年，美国与中国恢复气候谈判。"),
    ("CONSULT", "2024年，美國與中國恢復氣候談判。"),
    ("CONSULT", "2024年5月27日，中国、日本和韩国承诺加快恢复三国自由贸易协定谈判。"),
    ("CONSULT", "2024年5月27日，中國、日本和韓國承諾加快恢復三國自由貿易協定談判。"),
    ("COOPERATE", "2023年，美国与菲律宾恢复联合军演。"),
    ("COOPERATE", "2023年，美國與菲律賓恢復聯合軍演。"),
    ("CONSULT", "2018年，美国与韩国重新谈判自由贸易协定。"),
    ("CONSULT", "2018年，美國與韓國重新談判自由貿易協定。"),
]

# The same words (or their neighbours) where they tell no act of that type: a name, a habit, a noun,
# a generic statement, another sense of the word.
NOT_TOLD = [
    ("CONSULT", "两国已建立外长定期会商机制。"),
    ("CONSULT", "兩國已建立外長定期會商機制。"),
    ("CONSULT", "许多游客拜访这座古城。"),
    ("CONSULT", "許多遊客拜訪這座古城。"),
    ("AGREE", "该国国会一致通过预算。"),
    ("AGREE", "該國國會一致通過預算。"),
    ("JOIN", "2023年5月，中国与法国领导人进行深入会谈。"),
    ("JOIN", "2023年5月，中國與法國領導人進行深入會談。"),
    ("AGREE", "2023年5月，中国与法国主张通过对话解决分歧。"),
    ("AGREE", "2023年5月，中國與法國主張通過對話解決分歧。"),
    ("AGREE", "2023年5月，中国与法国一致通过对话管控分歧。"),
    ("AGREE", "2023年5月，中國與法國一致通過對話管控分歧。"),
    ("ESTABLISH", "2023年5月，中国与泰国开通直航航线。"),
    ("ESTABLISH", "2023年5月，中國與泰國開通直航航線。"),
    ("LEAVE", "2023年，美国国会议员呼吁叫停。"),
    ("LEAVE", "2023年，美國國會議員呼籲叫停。"),
    ("CONSULT", "中越两国领导人常态化茶叙。"),
    ("CONSULT", "中越兩國領導人常態化茶敘。"),
    ("ALIGN", "两国贸易额上升为第一位。"),
    ("ALIGN", "兩國貿易額上升為第一位。"),
    ("LEAVE", "法院叫停了这场演出。"),
    ("LEAVE", "法院叫停了這場演出。"),
    ("ESTABLISH", "该公司创办人访问了东京。"),
    ("ESTABLISH", "該公司創辦人訪問了東京。"),
    ("COOPERATE", "2023年7月，中国与老挝同意加强联合执法。"),
    ("COOPERATE", "2023年7月，中國與寮國同意加強聯合執法。"),
    ("COOPERATE", "湄公河联合执法机制运行良好。"),
    ("COOPERATE", "湄公河聯合執法機制執行良好。"),
    ("AID", "这家公司出资人来自新加坡。"),
    ("AID", "這家公司出資人來自新加坡。"),
    ("AID", "美国国会讨论对台军援法案。"),
    ("AID", "美國國會討論對臺軍援法案。"),
    ("AID", "这座援建的医院已经老旧。"),
    ("AID", "這座援建的醫院已經老舊。"),
    ("MOBILIZE", "中国在93个国家派驻文化和旅游机构。"),
    ("MOBILIZE", "中國在93個國家派駐文化和旅遊機構。"),
    ("MOBILIZE", "消防队出动了两辆车。"),
    ("MOBILIZE", "消防隊出動了兩輛車。"),
    ("MOBILIZE", "各方力量集结于此，共商发展大计。"),
    ("MOBILIZE", "各方力量集結於此，共商發展大計。"),
    ("MOBILIZE", "2023年3月，游轮驶入新加坡港口。"),
    ("MOBILIZE", "2023年3月，遊輪駛入新加坡港口。"),
    ("MOBILIZE", "2023年3月，中国渔船闯入日本领海。"),
    ("MOBILIZE", "2023年3月，中國漁船闖入日本領海。"),
    ("MOBILIZE", "2023年3月，日本警方跟监一名嫌犯。"),
    ("MOBILIZE", "2023年3月，日本警方跟監一名嫌犯。"),
    ("POLICY", "该规则获得各国领导人的表决通过。"),
    ("POLICY", "該規則獲得各國領導人的表決通過。"),
    ("POLICY", "三读通过的条文并不多。"),
    ("POLICY", "三讀通過的條文並不多。"),
    ("SANCTION", "2024年，美国把多家企业从清单中移除，没有拉入新的名单。"),
    ("SANCTION", "2024年，美國把多家企業從清單中移除，沒有拉入新的名單。"),
    ("ACCUSE", "令人遗憾的是，谈判没有取得进展。"),
    ("ACCUSE", "令人遺憾的是，談判沒有取得進展。"),
    ("ACCUSE", "美国国内有不少声音质疑这一政策。"),
    ("ACCUSE", "美國國內有不少聲音質疑這一政策。"),
    ("ACCUSE", "2023年，该政策遭到痛批。"),
    ("ACCUSE", "2023年，該政策遭到痛批。"),
    ("ACCUSE", "令人深表遗憾的事件发生了。"),
    ("ACCUSE", "令人深表遺憾的事件發生了。"),
    ("THREATEN", "2022年8月，中国正告美国停止干涉中国内政。"),
    ("THREATEN", "2022年8月，中國正告美國停止干涉中國內政。"),
    ("THREATEN", "2025年4月，美国国务院批评中国对台湾的军事威胁与恫吓。"),
    ("THREATEN", "2025年4月，美國國務院批評中國對臺灣的軍事威脅與恫嚇。"),
    ("THREATEN", "该国政府不惜一切代价发展经济。"),
    ("THREATEN", "該國政府不惜一切代價發展經濟。"),
    ("THREATEN", "“勿谓言之不预”是中国外交的经典用语。"),
    ("THREATEN", "“勿謂言之不預”是中國外交的經典用語。"),
    ("COERCE", "2023年，美国阻拦中国加入《全面与进步跨太平洋伙伴关系协定》。"),
    ("COERCE", "2023年，美國阻攔中國加入《全面與進步跨太平洋夥伴關係協定》。"),
    ("COERCE", "2023年，日本警察驱赶了抗议人群。"),
    ("COERCE", "2023年，日本警察驅趕了抗議人群。"),
    ("AID", "2021年11月，泰国宣布免除中国游客的签证。"),
    ("AID", "2021年11月，泰國宣佈免除中國遊客的簽證。"),
    ("MOBILIZE", "中国尊重各国依国际法享有的航行自由。"),
    ("MOBILIZE", "中國尊重各國依國際法享有的航行自由。"),
    ("LEAVE", "2023年，日本国会废止了一项旧法律。"),
    ("LEAVE", "2023年，日本國會廢止了一項舊法律。"),
    ("AGREE", "2024年4月，美国向菲律宾释出善意。"),
    ("AGREE", "2024年4月，美國向菲律賓釋出善意。"),
    ("CONSULT", "2023年，沙特和伊朗宣布恢复中断七年的外交关系。"),
    ("CONSULT", "2023年，沙特和伊朗宣佈恢復中斷七年的外交關係。"),
    ("CONSULT", "2023年，日本与韩国的经济恢复增长。"),
    ("CONSULT", "2023年，日本與韓國的經濟恢復增長。"),
]


@pytest.mark.parametrize(("etype", "text"), TOLD)
def test_new_trigger_is_found_as_its_type(etype, text) -> None:
    evs = events(text)
    assert etype in {e.type for e in evs}, summary(evs)


@pytest.mark.parametrize(("etype", "text"), NOT_TOLD)
def test_word_tells_no_act_here(etype, text) -> None:
    evs = events(text)
    assert etype not in {e.type for e in evs}, summary(evs)


# --- who and when, for words whose direction matters ---------------------------------------------


@pytest.mark.parametrize("text", ["2023年6月，美国国务卿布林肯造访北京。", "2023年6月，美國國務卿布林肯造訪北京。"])
def test_a_visit_told_with_zaofang_is_directed_to_the_host(text) -> None:
    ev = next(e for e in events(text) if e.type == "CONSULT")
    assert keys(ev.actors) == ["USA"] and keys(ev.recipients) == ["CHN"] and ev.date == "2023-06"


@pytest.mark.parametrize("text", ["1966年亚洲开发银行成立时，菲律宾即已入会。", "1966年亞洲開發銀行成立時，菲律賓即已入會。"])
def test_ruhui_joins_the_body_named_before(text) -> None:
    ev = next(e for e in events(text) if e.type == "JOIN")
    assert keys(ev.actors) == ["PHL"] and keys(ev.recipients) == ["adb"] and ev.date == "1966"


@pytest.mark.parametrize("text", ["2023年5月，中国与法国领导人进行深入会谈。", "2023年5月，中國與法國領導人進行深入會談。"])
def test_shenru_huitan_stays_talks(text) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["CONSULT"], summary(evs)
    assert keys(evs[0].actors) == ["CHN", "FRA"]


@pytest.mark.parametrize("text", ["2020年，美国将华为拉入黑名单。", "2020年，美國將華為拉入黑名單。"])
def test_lahu_listing_is_an_asserted_sanction_on_the_party_after_jiang(text) -> None:
    # 将 before the verb of listing marks what is listed (as 将…列入), not the future
    ev = next(e for e in events(text) if e.type == "SANCTION")
    assert keys(ev.actors) == ["USA"] and keys(ev.recipients) == ["CHN"]
    assert ev.modality == "asserted" and ev.date == "2020"


@pytest.mark.parametrize("text", [
    "2023年8月24日，日本外务省对中国的禁令表示遗憾。",
    "2023年8月24日，日本外務省對中國的禁令表示遺憾。",
])
def test_regret_voiced_at_a_party_is_a_protest(text) -> None:
    ev = next(e for e in events(text) if e.type == "ACCUSE")
    assert keys(ev.actors) == ["JPN"] and keys(ev.recipients) == ["CHN"] and ev.date == "2023-08-24"


@pytest.mark.parametrize("text", [
    "2024年6月17日，中国海警船在仁爱礁登检菲律宾补给船。",
    "2024年6月17日，中國海警船在仁愛礁登檢菲律賓補給船。",
])
def test_boarding_is_coercion_of_the_ships_state(text) -> None:
    ev = next(e for e in events(text) if e.type == "COERCE")
    assert keys(ev.actors) == ["CHN"] and keys(ev.recipients) == ["PHL"] and ev.date == "2024-06-17"


@pytest.mark.parametrize("text", [
    "2025年1月20日，美国宣布退出世界卫生组织，世卫组织隔天对此表示遗憾。",
    "2025年1月20日，美國宣布退出世界衛生組織，世衛組織隔天對此表示遺憾。",
    "2025年1月20日，美國宣布退出世界衛生組織，世衛組織隔日對此表示遺憾。",
])
def test_getian_is_the_next_day(text) -> None:
    # Taiwan press: 隔天/隔日 is 次日, counted from the last day told
    ev = next(e for e in events(text) if e.type == "ACCUSE")
    assert keys(ev.actors) == ["who"] and keys(ev.recipients) == ["USA"] and ev.date == "2025-01-21"
