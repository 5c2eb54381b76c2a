"""Does a text read as Chinese, and can garbled Chinese (mojibake) be put right?

Belongs here: the plausibility test every reader applies to the text it produced, and the
repair of text that was decoded with the wrong encoding somewhere upstream (GBK or UTF-8 bytes
shown as Latin-1, UTF-8 bytes shown as GBK). Decoding a file's own bytes does not: that is
``text_file``.

The test counts, among the non-ASCII letters of a text, the share that are among the ~1,200 most
frequent Chinese characters (simplified and traditional forms). Real bulletins score above 0.9;
text decoded with the wrong encoding scores below 0.15, because the wrong decoder lands on rare
characters or on Latin letters. That gap is what lets us detect an encoding rather than guess it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.readers.common import Reading, UnreadableBulletin

# The most frequent characters of modern Chinese (after Jun Da's character frequency list),
# then words of statistics bulletins that the general list ranks lower. It need not be exact:
# it separates real text (>0.9) from mis-decoded text (<0.15) with a wide margin.
COMMON_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作"
    "里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想"
    "实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体"
    "政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比"
    "员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场"
    "件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王"
    "象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步"
    "改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连"
    "调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称"
    "企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选"
    "列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族"
    "供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千"
    "值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益"
    "阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层"
    "冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善"
    "妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托"
    "央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉"
    "括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇"
    "康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗"
    "旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳"
    "顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘"
    "爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤"
    "竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓"
    "残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵"
    "季累储蓄贷粮零餐饮吨辆亩汇营益牧渔邮幅涨跌逾拨募赤债券汽孕婴龄粗亏"
)
# The traditional forms of those that differ (OpenCC s2t and s2tw of the list above), for Big5
# text; written out so that reading a bulletin does not load OpenCC's dictionaries.
COMMON_TRADITIONAL = (
    "這個們來爲國說時會對於過發後裏種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話內"
    "給門兒東聲員論處義幾認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺"
    "術領確傳師觀讓識帶導爭運飛風乾聯組濟車親極辦議證轉準遠臺單羅愛擊備連調質團價黨華級離況亞請際約覆線斷"
    "滿視須寫稱嗎輕農裝廣顯標談喫圖歷醫專費號盡較語僅隨選紅響雖勢參衆構節維劃敵陳態護興驗責營夠嚴續講終緊"
    "黃絕羣項圍織鬥雙紀採舉殺蘇訴細願錢網熱屬臉職樂剛狀獨彈創錯蘭試腦預誰陽繼驚傷藥適衛險陸習勞財環納歡獲"
    "負雲龍樹層衝範異漢簡擔靜積餘檢靈協佔徵揮勝階審堅媽劉讀壓銀買養懷執亂幫歲優鐵稅藝陣腳惡塊頓島戶評寶釋"
    "顧貨歐換聞壞討麗監臨艦魚雜誤灣減編測敗夢溫劍漸貴槍樓縣畫遺祕謝魯慮銷鍾詩趕劇損舊錄葉鄉禮婦歸飯額順輸"
    "搖脫補謂療澤滅筆鮮詞聖擇尋廠煙諾倫奧賣載宮陰園謀榮孫頂鎮練爺館礎寧紙諸訓莊絲戲隱訪軟薩夥盤擴蓋穩億擁"
    "楊齊賽牀虛購揚綠貿畢輪庫跡競棄偉緩潛閃燈針絡純頁傑築鄭貝吳圓殘誠寬擺毀趙儲貸糧飲噸輛畝匯漁郵漲撥債嬰"
    "齡虧為裡眾"
)
# Below this share of common characters a text does not read as Chinese.
PLAUSIBLE_SHARE = 0.6
# With fewer non-ASCII letters than this there is too little to judge (an English or
# numbers-only text), and the text is taken as decoded.
MIN_LETTERS_TO_JUDGE = 10

_LETTER = re.compile(r"[^\W\d_]")


COMMON_CHARACTERS = frozenset(COMMON_SIMPLIFIED + COMMON_TRADITIONAL)


@dataclass(frozen=True)
class Plausibility:
    """How much a text reads as Chinese: common characters among its non-ASCII letters."""

    letters: int
    common: int

    @property
    def share(self) -> float:
        return self.common / self.letters if self.letters else 0.0

    @property
    def judged(self) -> bool:
        return self.letters >= MIN_LETTERS_TO_JUDGE

    @property
    def reads_as_chinese(self) -> bool:
        return self.judged and self.share >= PLAUSIBLE_SHARE

    @property
    def acceptable(self) -> bool:
        """Chinese, or too little non-ASCII text to tell (kept as decoded)."""
        return not self.judged or self.share >= PLAUSIBLE_SHARE


def plausibility(text: str) -> Plausibility:
    letters = [c for c in _LETTER.findall(text) if not c.isascii()]
    return Plausibility(len(letters), sum(1 for c in letters if c in COMMON_CHARACTERS))


# How mojibake comes about: bytes in encoding ``true`` were decoded as ``shown``. Repairing
# re-encodes the text as ``shown`` and decodes it as ``true``. Latin-1 stands for Windows-1252
# as well (see _latin_bytes).
REPAIRS = (
    ("gb18030", "latin-1"),
    ("utf-8", "latin-1"),
    ("utf-8", "gb18030"),
    ("big5", "latin-1"),
    ("utf-8", "big5"),
)


@dataclass(frozen=True)
class Repair:
    text: str
    true_encoding: str
    shown_as: str

    @property
    def note(self) -> str:
        return f"repaired from mojibake: {self.true_encoding} text read as {self.shown_as}"


def _latin_bytes(text: str) -> bytes:
    """The bytes a Latin-1 or Windows-1252 decoder turned into ``text``.

    Windows decoders show bytes 0x80-0x9f as €‚ƒ„… and Latin-1 ones as C1 controls; garbled
    files mix both, so each character is mapped back on its own.
    """
    out = bytearray()
    for char in text:
        if ord(char) < 0x100:
            out.append(ord(char))
        else:
            out += char.encode("cp1252")  # raises UnicodeEncodeError: not this kind of mojibake
    return bytes(out)


def _undo(text: str, true_encoding: str, shown_as: str) -> str | None:
    try:
        raw = _latin_bytes(text) if shown_as == "latin-1" else text.encode(shown_as)
        return raw.decode(true_encoding)
    except UnicodeError:
        # Strict both ways on purpose: a lossy repair can drop the ASCII digit after an odd
        # byte, and a bulletin with a wrong number is worse than a rejected one.
        return None


def repair_mojibake(text: str) -> Repair | None:
    """The most plausible strict repair of ``text`` that reads as Chinese, if there is one."""
    best: tuple[float, Repair] | None = None
    for true_encoding, shown_as in REPAIRS:
        repaired = _undo(text, true_encoding, shown_as)
        if repaired is None:
            continue
        score = plausibility(repaired)
        if score.reads_as_chinese and (best is None or score.share > best[0]):
            best = (score.share, Repair(repaired, true_encoding, shown_as))
    return best[1] if best else None


def as_chinese_reading(text: str, what: str) -> Reading:
    """The text of a binary format (PDF, DOCX) as a Reading: as it is when it reads as Chinese,
    repaired when it is mojibake that a strict repair fixes, else refused as ``mojibake``.

    ``what`` names the text in the refusal ("its text layer", "its text").
    """
    score = plausibility(text)
    if score.acceptable:
        return Reading(text=text, encoding=None)
    repair = repair_mojibake(text)
    if repair is None:
        raise UnreadableBulletin(
            "mojibake",
            f"{what} does not read as Chinese ({score.share:.0%} of {score.letters} letters "
            "are common Chinese characters) and cannot be repaired",
        )
    return Reading(text=repair.text, encoding=repair.note)
