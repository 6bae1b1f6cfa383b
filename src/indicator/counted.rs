//! Counted nouns after a number (`4个绿色园区`), the products and capacities they name, and
//! the words that join or close them.

use super::lexicon::{COUNTED_CLASSES, NOUN_STOP_FIRSTS, NOUN_STOPS, RATE_ENDINGS};
use super::metric::CLASS_HEADS;
use crate::period;
use crate::quantity::RawQuantity;
use crate::quantity::unit::UnitClass;
use crate::search::{find_short, rfind_short};
use crate::sentence::is_clause_sep;
use crate::span::NSpan;
use crate::words::Words;
use jieba_rs::Jieba;
use regex::Regex;
use std::sync::LazyLock;

/// The measure word closing a count's unit (家 of 万家, 个 of 8个).
pub(super) fn measure_word(q: &RawQuantity) -> Option<char> {
    (q.class == UnitClass::Count).then(|| q.unit.chars().next_back()).flatten()
}

/// Adverbs that open a predicate after a counted noun (还, 也, 已, 共, 均, 都, 将): none ends
/// a noun.
const PREDICATE_OPENERS: &str = "还也已共均都将";

/// Where a product named after a capacity ends (磷酸铁锂项目, 动力电池生产线; 硬质合金粉末
/// 扩产项目: the kind of project is no part of the product).
const PRODUCT_ENDS: &[&str] = &[
    "扩产项目",
    "扩能项目",
    "技改项目",
    "改扩建项目",
    // (年产2万吨绿氢示范项目: a demonstration of the product, 绿氢.)
    "示范项目",
    "项目",
    "生产线",
    "产线",
    "生产基地",
    "基地",
];

/// Cuts a product named after a capacity at its first [`PRODUCT_ENDS`] (动力电池项目 →
/// 动力电池), and the indicator's span with it.
pub(super) fn cut_product(metric: &mut String, span: &mut NSpan) {
    // A product is a few characters: a walk beats a substring search per ending.
    let end = metric
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| PRODUCT_ENDS.iter().any(|e| metric[i..].starts_with(e)));
    // 生产线 alone is the whole name (its 产线 is no ending of a product).
    if let Some(i) = end.filter(|&i| i > 0) {
        span.end -= metric.len() - i;
        metric.truncate(i);
    }
    // (150万吨/年乙烯裂解装置负荷率保持在…, …装置运行平稳: a rate or state of the plant
    // after it is no part of what it makes.)
    let state_at = ["负荷率", "开工率", "利用率", "运行", "保持"]
        .iter()
        .filter_map(|w| find_short(metric, w))
        .min()
        .filter(|&i| metric[..i].chars().nth(1).is_some());
    if let Some(i) = state_at {
        span.end -= metric.len() - i;
        metric.truncate(i);
    }
    // 动力电池生产(基地): the noun read up to a plant's word keeps no 生产 of it.
    if let Some(head) = metric.strip_suffix("生产").filter(|h| h.chars().nth(1).is_some()) {
        let cut = metric.len() - head.len();
        span.end -= cut;
        metric.truncate(head.len());
    }
}

/// Whether the digits at `i` of `s` are a product's model (尼龙66, PA66, 尼龙6切片): after a
/// letter or a Chinese character of the noun, at most four, followed by no unit or decimal
/// point (尼龙5万吨 is another figure).
fn model_digits(s: &str, i: usize) -> bool {
    // (Asked of each digit: the run is read from its first.)
    let from = i - s[..i].bytes().rev().take_while(u8::is_ascii_digit).count();
    let run = s[from..].bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[from + run..];
    // (5G基站天线: one digit and a capital letter opening the noun.)
    if from == 0 {
        return run == 1 && rest.starts_with(|c: char| c.is_ascii_uppercase());
    }
    from > 0
        && (1..=4).contains(&run)
        && s[..from].ends_with(|c: char| crate::normalize::is_han(c) || c.is_ascii_alphabetic())
        && !rest.starts_with(['.', '%', '万', '亿', '千', '百', '、', '-', '—'])
        // (国家和地区的120余个港口: 余 or 多 between the digits and a unit makes them a count.)
        && crate::quantity::unit_len(rest.trim_start_matches(['余', '多'])).is_none()
}

/// The counted noun after a count (`4个绿色园区`) or the product after a capacity
/// (`5万吨多晶硅`): after an optional 的, to the clause end, at most 16 chars, stopping at
/// 等/和/及/与, a digit or a stop word; where none comes within 16 chars, the nouns jieba
/// reads before the first other word.
pub(super) fn counted_noun<'t>(
    text: &'t str,
    at: usize,
    limit: usize,
    jieba: &Jieba,
) -> Option<(&'t str, usize)> {
    let tail = text.get(at..limit)?;
    // (其中4条为智能化生产线, 3家是国家级企业: a copula after the count opens its noun.)
    let lead = if tail.starts_with('的') {
        '的'.len_utf8()
    } else if tail.starts_with(['为', '是'])
        && tail['为'.len_utf8()..].starts_with(crate::normalize::is_han)
        && text[..at].ends_with(|c: char| "条个家座所项户台件名位".contains(c))
    {
        '为'.len_utf8()
    } else if tail.starts_with("/") && tail[1..].starts_with(|c: char| c.is_ascii_digit()) {
        // 100MW/200MWh储能电站, 10万千瓦/20万千瓦时储能电站: the noun after the paired rating.
        let digits = tail[1..].bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
        let unit = &tail[1 + digits..];
        let unit_len = crate::quantity::unit_len(unit)
            .unwrap_or_else(|| unit.bytes().take_while(|b| b.is_ascii_alphanumeric()).count());
        1 + digits + unit_len
    } else {
        // (10GW N型电池片, 10GW TOPCon电池片: a space after a Latin unit or before a Latin
        // word is the typesetting's; after a Han one, 1.52万人 居民收入稳步增长, it parts a
        // headline's phrases.)
        let after_space = tail.strip_prefix(' ');
        let latin = text[..at].ends_with(|c: char| c.is_ascii_alphanumeric())
            || after_space.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()));
        usize::from(after_space.is_some() && latin)
    };
    // 3家位于生态红线缓冲区的企业: a clause of where they are, closed by 的, modifies the
    // noun after it.
    let lead = lead + located_clause(&tail[lead..]);
    // (3个万袋以上标准化生产基地: a size class, a bare magnitude, a unit and 以上, opens the
    // noun and is no part of it.)
    let lead = lead + crate::quantity::size_class(&tail[lead..]);
    // The noun opens with a Chinese character or a Latin letter (20GW N型TOPCon电池): most
    // numbers are followed by neither, which settles them before any scan.
    // (23个“保交楼”项目: a quoted name opens the noun too.)
    let opens = |c: char| crate::normalize::is_han(c) || c.is_ascii_alphabetic() || c == '“';
    // (10万套5G基站天线, 3D NAND闪存芯片: a digit and a capital letter open a product's
    // name, a generation or a kind, as model digits do.)
    if !tail[lead..].chars().next().is_some_and(opens) && !model_digits(&tail[lead..], 0) {
        return None;
    }
    // (二期1.8万吨明年投产: a time after the number says when; it is nothing counted.)
    if period::at_start(&tail[lead..]).is_some() {
        return None;
    }
    // The noun ends at the clause end at the latest, found in the same pass: no stop word
    // holds a separator, so none would reach past it.
    let s = &tail[lead..];
    // A noun of more than 16 characters is none: look no further than the 17th.
    let mut stop = s.len();
    let stop_firsts = &*NOUN_STOP_FIRSTS;
    // 国家和地区: one phrase, not two nouns.
    let countries_and_regions = |i: usize| s[..i].ends_with("国家") && s[i..].starts_with("和地区");
    for (k, (i, c)) in s.char_indices().enumerate() {
        // 世界500强企业: a ranking list's name holds its digits.
        let ranked =
            |i: usize| s[i..].trim_start_matches(|c: char| c.is_ascii_digit()).starts_with('强');
        if is_clause_sep(c)
            || (c == '等' && !deng_in_word(&s[..i], &s[i + c.len_utf8()..]))
            || (matches!(c, '和' | '及' | '与')
                && !joins_modifiers(&s[..i], &s[i + c.len_utf8()..])
                // (县级及以上水源地: a level and those above it, one class.)
                && !["以上", "以下"].iter().any(|w| s[i + c.len_utf8()..].starts_with(w))
                && !joins_products(&s[i + c.len_utf8()..])
                && !countries_and_regions(i))
            || (c.is_ascii_digit() && !ranked(i) && !model_digits(s, i))
            // 硅料三万吨: a number in Chinese numerals (and its unit) ends the noun too.
            // (Not a word that opens with one: 高镍三元正极材料, whose 三元 reads as 3 元.)
            || (k > 0 && period::is_numeral(c) && {
                let rest = s[i..].trim_start_matches(period::is_numeral);
                let ends = s[i..].char_indices().map(|(j, ch)| i + j + ch.len_utf8());
                crate::quantity::opens_with_unit(rest)
                    && !ends.skip(2).take(6).any(|e| jieba.has_word(&s[i..e]))
            })
            // 12家企业在园区落户: a place phrase ends the noun (在建项目 opens one).
            || (c == '在' && k > 0)
            // 8个乡镇还探索…, 5家企业已投产: an adverb opens the predicate (not inside a word:
            // 还款).
            // (3.2万户企业返还…: nor the second character of a word, 返还.)
            || (k > 0 && PREDICATE_OPENERS.contains(c) && {
                let next = s[i + c.len_utf8()..].chars().next().map_or(0, char::len_utf8);
                let prev = s[..i].chars().next_back().map_or(0, char::len_utf8);
                !jieba.has_word(&s[i..i + c.len_utf8() + next])
                    && !jieba.has_word(&s[i - prev..i + c.len_utf8()])
            })
            || (stop_firsts.has(c)
                // (4款新产品斩获省级金奖: 获 ending a word of jieba's, 斩获 or 收获, opens no
                // stop.)
                && !(k > 0 && c == '获' && {
                    let prev = s[..i].chars().next_back().map_or(0, char::len_utf8);
                    jieba.has_word(&s[i - prev..i + c.len_utf8()])
                })
                && NOUN_STOPS.prefix(&s[i..]).is_some_and(|(w, _)| {
                    // (30家入驻企业, 12个签约项目: a stage's verb opening the noun before 企业 or
                    // 项目 says which ones; 30余家落户 ends it.)
                    // (38个新开工项目中: so after 新, which says the stage is recent.)
                    let opens = k == 0 || k == 1 && s.starts_with('新');
                    !(opens && ["企业", "项目"].iter().any(|n| s[i + w.len()..].starts_with(n)))
                })
                // 108个省级以上开发区: a level and 以上 open the noun's class; so does a size
                // (12家规模以上工业企业, 限额以上).
                && !(["级", "级及", "规模", "限额"].iter().any(|l| s[..i].ends_with(l))
                    && (s[i..].starts_with("以上") || s[i..].starts_with("以下"))))
        {
            stop = i;
            break;
        }
        // 猕猴桃果酒项目由某公司投资建设: 项目 closes the noun, whatever follows.
        if c == '项' && s[i..].starts_with("项目") {
            stop = i + "项目".len();
            break;
        }
        if k == 16 {
            // 19宗地块因无人报名而流拍: a clause runs on after the noun.
            let len = leading_nouns(&s[..i], jieba)?;
            stop = len;
            break;
        }
    }
    // 3个乡镇粮食产量近12万吨: a qualifier or a copula right before the next number is that
    // number's (近12万吨, 达12万吨), no part of this noun.
    if s[stop..].starts_with(|c: char| c.is_ascii_digit()) {
        if let Some((start, _)) = crate::quantity::QUALIFIERS.before(s, stop) {
            stop = start;
        }
        let head = &s[..stop];
        stop = head.strip_suffix("共计").unwrap_or(head).trim_end_matches(['达', '为', '是']).len();
    }
    let mut noun = &s[..stop];
    // (年产8万吨PLA（聚乳酸）生产线: a product written in capital letters alone, its name
    // glossed in brackets or its clause closed after it.)
    let latin_product = noun.len() >= 2
        && noun.bytes().all(|b| b.is_ascii_alphanumeric())
        && noun.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && noun.starts_with(|c: char| c.is_ascii_uppercase());
    if !noun.chars().any(crate::normalize::is_han) && !latin_product {
        return None;
    }
    // 100颗卫星的智能化总装线: the plant after 的 is where the counted are made, no part of
    // what is counted.
    if let Some(i) = noun.find('的').filter(|&i| i > 0) {
        if crate::project::ends_with_facility(&noun[i + '的'.len_utf8()..]) {
            noun = &noun[..i];
        }
    }
    // 87个国家和地区的6700余家企业: 的 closes a noun that modifies the next.
    noun = noun.strip_suffix('的').filter(|n| !n.is_empty()).unwrap_or(noun);
    // 43个项目中，已开工…: the locative closes a phrase (among the projects); so it does
    // after one character (21个市中), where jieba holds no word of the two (高中).
    if stop < s.len() && noun.chars().nth(1).is_some() {
        let two = noun.chars().nth(2).is_none();
        if !two || !jieba.has_word(noun) {
            noun = noun.strip_suffix('中').unwrap_or(noun);
        }
    }
    // (3家企业新开工: 新 before a stage's verb is the predicate's adverb; not in a word of
    // jieba's, 创新.)
    if stop < s.len() && NOUN_STOPS.prefix(&s[stop..]).is_some() {
        if let Some(head) = noun.strip_suffix('新').filter(|h| h.chars().nth(1).is_some()) {
            let last = &noun[head.char_indices().next_back().map_or(0, |(i, _)| i)..];
            if !jieba.has_word(last) {
                noun = head;
            }
        }
    }
    let noun = without_act(noun, jieba);
    // A verb right after the number is a predicate, not a noun (58个，总投资 / 5万吨，同比).
    static PREDICATE_STARTS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/predicate_starts.txt")));
    // 完成50万人目标: the goal a figure is, not what it counts.
    if PREDICATE_STARTS.prefix(noun).is_some() || matches!(noun, "目标" | "任务" | "目标任务")
    {
        return None;
    }
    // 由4120个整合为1876个, 由186户压减至158户: a short run of verbs and prepositions after
    // the number says what became of it; the noun counted stands before.
    // (5座加氢站: a verb and a site's head character, 加氢/v 站/v, name a site.)
    if noun.chars().nth(6).is_none() {
        let tags = jieba.tag(noun, false);
        let verbs = tags.iter().all(|t| matches!(t.tag, "v" | "p" | "d" | "c" | "uj"));
        let site = noun.chars().nth(2).is_some()
            && tags.last().is_some_and(|t| super::metric::NAME_HEAD_CHARS.contains(t.word));
        if verbs && !site {
            return None;
        }
    }
    Some((noun, at + lead + noun.len()))
}

/// Verbs of what the counted do or what became of them (营业, 开业, 获奖), written after the
/// counted noun.
static COUNTED_ACTS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/counted_acts.txt")));

/// `noun` without a verb of [`COUNTED_ACTS`] closing it (84家影院营业 → 影院, 30类产品获奖 →
/// 产品): the clause's predicate, not what is counted. Only where jieba reads the verb as the
/// noun's last word (试运营 stays whole) and two characters stay before it.
fn without_act<'n>(noun: &'n str, jieba: &Jieba) -> &'n str {
    let Some((act, _)) = COUNTED_ACTS.suffix(noun) else {
        return noun;
    };
    let head = &noun[..noun.len() - act.len()];
    let last = jieba.cut(noun, false).last().map(|w| w.word);
    if last == Some(act) && head.chars().nth(1).is_some() { head } else { noun }
}

/// The honour after a class of things counted (15家企业获评区级智能制造示范工厂, 8个项目入选
/// 省重点项目名单): the honour and where it ends, when `noun`, ending at `at`, is a class
/// alone (企业, 项目) and a verb of winning one follows it.
pub(super) fn honour_after<'t>(
    noun: &str,
    text: &'t str,
    at: usize,
    limit: usize,
) -> Option<(&'t str, usize)> {
    const WINS: [&str; 7] = ["获评", "入选", "获批", "被评为", "被认定为", "认定为", "荣获"];
    if !(CLASS_HEADS.contains(noun) || noun == "项目") {
        return None;
    }
    let rest = text.get(at..limit)?;
    // (4家企业新入选…, 首次入选…: an adverb may stand before the verb.)
    let adverb = ["新", "首次", "再次", "成功"]
        .iter()
        .find(|a| rest.starts_with(**a))
        .map_or(0, |a| a.len());
    let verb = WINS.iter().find(|v| rest[adverb..].starts_with(**v))?;
    let from = at + adverb + verb.len();
    // (Looked for in the next 21 characters only: a sentence may run on without a comma.)
    let object = &text[from..crate::span::ceil_char_boundary(text, (from + 21 * 3).min(limit))];
    let object = &object[..object.find(is_clause_sep).unwrap_or(object.len())];
    let end = from + object.len();
    let object =
        ["名单", "称号", "行列"].iter().find_map(|w| object.strip_suffix(w)).unwrap_or(object);
    (2..=20).contains(&object.chars().count()).then_some((object, end))
}

/// The length of a clause of where the counted are (位于…的, 来自…的, 分布在…的) opening
/// `s`, up to and with its 的 within 20 characters and no separator, or 0.
fn located_clause(s: &str) -> usize {
    if !["位于", "来自", "分布在", "地处"].iter().any(|w| s.starts_with(w)) {
        return 0;
    }
    for (k, (i, c)) in s.char_indices().enumerate() {
        if k > 20 || is_clause_sep(c) {
            break;
        }
        if c == '的' {
            return i + c.len_utf8();
        }
    }
    0
}

/// Verbs whose subject is what was done, so a count after them counts it (试点实施22宗);
/// others act on what is counted (博物馆接待1.9万人次).
const CARRIED_OUT: [&str; 7] = ["实施", "开展", "举办", "办理", "受理", "审结", "查处"];

/// What stands before a verb of [`CARRIED_OUT`] closing `window` (and the adverbs before the
/// verb: 共实施, 累计开展, 开展了), if anything does.
pub(super) fn verb_closed_head(window: &str) -> Option<&str> {
    let w = window.trim_end().strip_suffix('了').unwrap_or(window.trim_end());
    let verb = CARRIED_OUT.iter().find(|v| w.ends_with(**v))?;
    let mut head = &w[..w.len() - verb.len()];
    for adverb in ["累计", "共计", "先后", "共", "已", "均"] {
        head = head.strip_suffix(adverb).unwrap_or(head);
    }
    (!head.is_empty()).then_some(head)
}

/// Measure words of those who act: bodies, households, people, places and vessels (not 项,
/// 台 or 套, whose nouns are things done: 产业升级改造项目).
pub(super) const AGENT_MEASURES: [char; 8] = ['家', '户', '个', '名', '所', '人', '位', '艘'];

/// A per-head phrase (每千人口, 每万人拥有), the body of [`PER_CAPITA`] and
/// [`PER_CAPITA_OPENING`].
const PER_HEAD: &str = r"每[0-9一二三四五六七八九十百千万]*(?:人口|人|户)(?:拥有|有)?";

/// A per-capita phrase closing the text before a metric (每千人拥有, 每万人口).
pub(super) static PER_CAPITA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{PER_HEAD}$")).expect("valid regex"));

/// A per-head phrase opening a metric (每千人口, 每万人拥有).
pub(super) static PER_CAPITA_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    // (At least one numeral after 每: 每人 alone opens no per-head metric.)
    Regex::new(&format!("^{}", PER_HEAD.replacen('*', "+", 1))).expect("valid regex")
});

/// Prepositions that open a phrase after a counted noun: cause, agent, source, route.
static OPENING_PREPOSITIONS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/opening_prepositions.txt")));

/// The length of `s` up to a preposition, or (with `verbs`) a verb of two characters or more,
/// after its opening nouns (贫困村 | 出列, 地块 | 因…), or all of it.
pub(super) fn nouns_before_verb(s: &str, verbs: bool, jieba: &Jieba) -> usize {
    let mut len = 0;
    let mut last = "";
    for t in jieba.tag(s, false) {
        // (Not 用, which jieba tags a preposition in 用能企业, 用电大户.)
        // (12家配套企业发展: a verbal noun after a class that acts, 企业, is what it did.)
        let opens = t.tag == "p" && OPENING_PREPOSITIONS.contains(t.word)
            || verbs
                && t.word.chars().nth(1).is_some()
                && (t.tag == "v" || t.tag == "vn" && CLASS_HEADS.contains(last));
        // (8个园区分别与客商签约: an adverb giving the deed to each, or to all, ends the
        // nouns too.)
        let distributes = t.tag == "d" && matches!(t.word, "分别" | "均" | "都" | "各" | "也");
        if (opens || distributes) && s[..len].chars().nth(1).is_some() {
            return len;
        }
        // (配套/a 企业: an adjective opening the noun modifies it.)
        let modifier = len == 0 && t.tag == "a";
        if !noun_tag(t.tag) && !modifier {
            return s.len();
        }
        len += t.word.len();
        last = t.word;
    }
    s.len()
}

/// 为3.2万户企业减免税费12.5亿元, 为1.9万名劳动者追发工资待遇2.67亿元: those a deed is done
/// for, counted after 为 (向, 给), are the nouns opening `s` up to a verb or through a class of
/// actors (企业, 农户); the deed and its sum follow them. Their length, if less than all of `s`.
pub(super) fn beneficiaries(s: &str, jieba: &Jieba) -> Option<usize> {
    let mut len = 0;
    let tags = jieba.tag(s, false);
    for (k, t) in tags.iter().enumerate() {
        // (向3个村拨付资金: a class of one character, 村/zg, is one all the same.)
        if CLASS_HEADS.contains(t.word) {
            len += t.word.len();
            break;
        }
        // (困难/a 群众: an adjective opening the noun modifies it.)
        // (向20个国家出口/vn 汽车: a verbal noun after the nouns, with its object after it,
        // is the deed.)
        let deed = t.tag == "vn" && len > 0 && k + 1 < tags.len();
        if !(noun_tag(t.tag) || len == 0 && t.tag == "a") || deed {
            break;
        }
        len += t.word.len();
    }
    let whole = len > 0 && (s[..len].chars().nth(1).is_some() || CLASS_HEADS.contains(&s[..len]));
    (len < s.len() && whole).then_some(len)
}

/// The length of the nouns opening `s` that another word (a preposition, a verb) follows,
/// two characters at least; None if nouns fill it or none opens it.
fn leading_nouns(s: &str, jieba: &Jieba) -> Option<usize> {
    let mut len = 0;
    for t in jieba.tag(s, false) {
        if !noun_tag(t.tag) {
            return (s[..len].chars().nth(1).is_some()).then_some(len);
        }
        len += t.word.len();
    }
    None
}

/// jieba's tags of nouns and of words that name things (verb-nouns, abbreviations).
fn noun_tag(tag: &str) -> bool {
    tag.starts_with('n') || matches!(tag, "vn" | "j" | "an")
}

/// Measures of what a count counts, cut off its noun (58家餐饮企业营业额: 餐饮企业).
pub(super) const COUNTED_MEASURES: [&str; 8] =
    ["增加值", "产值", "营业收入", "营收", "营业额", "销售额", "零售额", "利润"];

/// Whether `m` measures what a count counts (营业额 of 58家餐饮企业, 客流量 of 32家商贸企业,
/// 集体经济收入 of 168个行政村): one of [`COUNTED_MEASURES`], or two characters or more
/// ending in a word of an amount.
pub(super) fn measures_counted(m: &str) -> bool {
    COUNTED_MEASURES.contains(&m)
        || m.chars().nth(1).is_some()
            && ["量", "额", "收入", "税收", "利润", "产值", "价格"].iter().any(|e| m.ends_with(e))
}

/// Whether what a count counts, read from the noun after it, is a class of establishments,
/// places or actors (门店, 星级酒店, 企业: see [`COUNTED_CLASSES`] and [`CLASS_HEADS`]).
pub(super) fn names_class(noun: &str, jieba: &Jieba) -> bool {
    let head = counted_head(noun, jieba);
    COUNTED_CLASSES.suffix(head).is_some() || CLASS_HEADS.suffix(head).is_some()
}

/// What a count counts when the noun after it runs on into the metric of a later figure
/// (326家星级饭店平均客房出租率为78.6%: hotels, not a rate): the noun before the rate, cut at
/// 平均 or 人均, or else before the rate's last word.
pub(super) fn counted_head<'n>(noun: &'n str, jieba: &Jieba) -> &'n str {
    let noun = noun.strip_suffix(['为', '是']).unwrap_or(noun);
    // (32家商贸企业客流量达到…, 168个行政村集体经济收入全部超过…: a measure after the class
    // counted, 企业 or 村, is what a later figure measures of them.)
    // (12家门店客流量, 326家星级酒店客房收入: so after a place or an establishment.)
    let establishment = COUNTED_CLASSES.rfind(noun).map(|(i, w, _)| i + w.len());
    let class_end = CLASS_HEADS
        .iter()
        .filter_map(|h| rfind_short(noun, h).map(|i| i + h.len()))
        .chain(establishment)
        .filter(|&i| i < noun.len() && measures_counted(&noun[i..]))
        .max();
    if let Some(end) = class_end {
        // (312个行政村村集体经济收入: a class head opening the measure, 村 of 村集体经济收入,
        // right after the class counted, 行政村, is the measure's: the count ends before it.)
        let shorter = noun[..end].char_indices().next_back().map(|(i, _)| i).filter(|&i| {
            let class = CLASS_HEADS.suffix(&noun[..i]).is_some();
            class && noun[..i].chars().nth(1).is_some() && measures_counted(&noun[i..])
        });
        return &noun[..shorter.unwrap_or(end)];
    }
    // (3.45万名脱贫人口人均纯收入达到…: what the counted earn per head, whatever its last
    // word, is a later figure's; the people counted stand before 人均.)
    let per_head = ["平均", "人均"]
        .iter()
        .filter_map(|w| find_short(noun, w).map(|i| (i, i + w.len())))
        .filter(|&(i, _)| noun[..i].chars().nth(1).is_some())
        .min()
        .filter(|&(_, end)| measures_counted(&noun[end..]));
    if let Some((cut, _)) = per_head {
        return &noun[..cut];
    }
    // (3条生产线年产能达到60万辆: a capacity of the counted, with its rate's word, is a
    // later figure's too.)
    if let Some(i) = find_short(noun, "产能").filter(|&i| noun[i..].len() <= "总产能".len() + 3)
    {
        let head = noun[..i].trim_end_matches(['年', '月', '日', '总']);
        if head.chars().nth(1).is_some() {
            return head;
        }
    }
    // (12个集聚区客流量超过300万人次: a measure the counted have, jieba's last word of the
    // noun, is the later figure's. Segmented only where the noun ends as a measure does.)
    let measure_end = measures_counted(noun) || COUNTED_MEASURES.iter().any(|m| noun.ends_with(m));
    let last = measure_end.then(|| jieba.cut(noun, false)).and_then(|w| w.last().map(|t| t.word));
    if let Some(last) = last {
        let head = &noun[..noun.len() - last.len()];
        if last.chars().nth(2).is_some() && measures_counted(last) && head.chars().nth(1).is_some()
        {
            // (3家购物中心上半年客流量: a time before the measure is the figure's too.)
            let time = jieba.tag(head, false).last().filter(|t| t.tag == "t").map(|t| t.word);
            let bare = time.map_or(head, |t| &head[..head.len() - t.len()]);
            return if bare.chars().nth(1).is_some() { bare } else { head };
        }
    }
    // (29个行业增加值保持增长: what the counted grew in, as a rate, is no part of them.)
    // (11个市增速高于…: nor is a rate of growth they are compared by.)
    if !RATE_ENDINGS
        .iter()
        .chain(&COUNTED_MEASURES)
        .chain(&["增速", "增幅"])
        .any(|e| noun.ends_with(e))
    {
        return noun;
    }
    // (10家公司营收: a measure of the counted is cut whole, whatever jieba cuts off the end,
    // 公司营/收.)
    let measure = COUNTED_MEASURES.iter().find(|m| noun.ends_with(**m));
    let cut = match ["平均", "人均"].iter().filter_map(|w| noun.find(w)).min() {
        Some(i) => i,
        None if measure.is_some() => noun.len() - measure.map_or(0, |m| m.len()),
        None => {
            let words = jieba.cut(noun, false);
            noun.len() - words.last().map_or(0, |w| w.word.len())
        }
    };
    // (Two characters at least: 3家企业利润率 keeps 企业, a lone character is no noun; but
    // for an administrative unit, 11个市增速: cities.)
    let head = &noun[..cut];
    let unit = head.chars().count() == 1 && head.ends_with(super::lexicon::ADMIN_UNIT_ENDS);
    if head.chars().count() >= 2 || unit { head } else { noun }
}

/// Measures of two characters the counted have (价格, 产量): cut off a counted noun only where a
/// change or a figure follows ([`counted_head_before`]); `src/data/short_measures.txt`.
static SHORT_MEASURES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/short_measures.txt")));

/// Words opening a change or a figure after a counted noun's measure (15个商品价格上涨, 8个品种
/// 产量同比下降); `src/data/change_openers.txt`.
static CHANGE_OPENERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/change_openers.txt")));

/// [`counted_head`] of `noun`, with `after` the text after it: where that cuts nothing, a
/// measure of [`SHORT_MEASURES`], jieba's last word of the noun, is cut too when a change or a
/// figure follows (15个商品价格上涨: the count is of 商品, the prices are what changed).
pub(super) fn counted_head_before<'n>(noun: &'n str, after: &str, jieba: &Jieba) -> &'n str {
    let head = counted_head(noun, jieba);
    if head.len() < noun.len() {
        return head;
    }
    let Some((measure, ())) = SHORT_MEASURES.suffix(noun) else {
        return noun;
    };
    // (均 opens a change only before anything but 价: 均价 is a measure of its own.)
    let changes = after.starts_with(|c: char| c.is_ascii_digit())
        || CHANGE_OPENERS
            .prefix(after)
            .is_some_and(|(w, ())| w != "均" || !after[w.len()..].starts_with('价'));
    let head = &noun[..noun.len() - measure.len()];
    // The measure is jieba's last word, or closes one that jieba holds whole over a word of
    // two characters or more (商品价格: 商品): not the end of another word (总收入).
    let last_word = || {
        jieba.cut(noun, false).last().is_some_and(|w| {
            w.word == measure
                || w.word
                    .strip_suffix(measure)
                    .is_some_and(|stem| stem.chars().nth(1).is_some() && jieba.has_word(stem))
        })
    };
    if changes && head.chars().nth(1).is_some() && last_word() { head } else { noun }
}

/// Whether 及/和 joins two products of one project or line (年产8万吨火锅底料及复合调味品项目):
/// the part after reaches 项目, 生产线 or 产线 within a few characters of Han text.
pub(crate) fn joins_products(after: &str) -> bool {
    let end = after.char_indices().nth(10).map_or(after.len(), |(i, _)| i);
    let head = &after[..end];
    PRODUCT_ENDS.iter().any(|e| {
        head.find(e).is_some_and(|at| head[..at].chars().all(crate::normalize::is_han) && at > 0)
    }) && !head.contains(['和', '及', '与'])
}

/// Whether the 等 between `before` and `after` is part of a word (等级公路, 高等学校, 三级甲等
/// 医院), not the end of a list.
pub(super) fn deng_in_word(before: &str, after: &str) -> bool {
    // (现金等价物, 等效: 等 opening a word.)
    after.starts_with(['级', '于', '同', '待', '候', '效'])
        || after.starts_with("价物")
        || before.ends_with([
            '高', '中', '初', '平', '同', '对', '相', '优', '头', '上', '次', '甲', '乙',
        ])
        // 一等奖, 三等品: a rank.
        || before.ends_with(['一', '二', '三', '四', '五', '特'])
}

/// Whether 和 between `before` and `after` joins two modifiers of one head (38家重点零售和餐饮
/// 企业, 15个夜间文化和旅游消费集聚区): the part before names no head, the part after reaches
/// one, an enterprise's or a kind of area's, within a few characters.
fn joins_modifiers(before: &str, after: &str) -> bool {
    let heads = &crate::entity::lexicon::LEXICON.enum_heads;
    let areas = &*crate::entity::DISTRICT_GENERICS;
    !before.is_empty()
        && heads.suffix(before).is_none()
        && areas.suffix(before).is_none()
        && after.char_indices().take(8).take_while(|&(_, c)| crate::normalize::is_han(c)).any(
            |(i, _)| heads.prefix(&after[i..]).is_some() || areas.prefix(&after[i..]).is_some(),
        )
}
