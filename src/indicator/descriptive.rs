//! Figures that only describe another and are no indicators of their own: thresholds,
//! modifiers, class names, sources, counts of regions.

use super::lexicon::{PREDICATE_VERBS, PREDICATES, Pred};
use crate::period;
use crate::quantity::RawQuantity;
use crate::quantity::unit::UnitClass;
use crate::report::Qualifier;
use crate::words::Words;
use std::sync::LazyLock;

/// Where the class ends when `q` only bounds the class of things that `next` counts
/// (10亿元以上项目23个, 年营业收入2000万元及以上的工业企业312家, 营业收入超百亿元企业达到3家):
/// a count right after it in the same clause, with only a noun (and a verb such as 达到 or
/// 有) between.
pub(super) fn is_threshold(text: &str, q: &RawQuantity, next: &RawQuantity) -> Option<usize> {
    // (收入10万元以上的村占比达到92%: a bounded class before its share is that share's.)
    let share_after = next.class == UnitClass::Percent && q.class != UnitClass::Percent && {
        let between = &text[q.span.end..next.span.start];
        let between = between.trim_end_matches(|c: char| !crate::normalize::is_han(c));
        let stated = STATING.iter().find_map(|w| between.strip_suffix(w)).unwrap_or(between);
        ["占比", "比重", "比例"].iter().any(|w| stated.ends_with(w))
            && q.qualifiers.iter().any(|q| q.is_bound())
    };
    if !(next.class == UnitClass::Count || share_after) || next.span.start < q.span.end {
        return None;
    }
    // A count classes the next only as a bound closed by 的 (年产量超过100万台的企业12家,
    // 员工超过500人的企业): two counts in a row are two figures (企业12家，员工500人).
    let bounded_count = || {
        text[q.span.end..next.span.start].starts_with('的')
            && q.qualifiers.iter().any(|q| matches!(q, Qualifier::MoreThan | Qualifier::AtLeast))
    };
    if q.class == UnitClass::Count && !bounded_count() {
        return None;
    }
    let mut between = &text[q.span.end..next.span.start];
    // The verb that states the count (企业达到3家, 的企业有8家) is no part of the class.
    while let Some((w, _)) = PREDICATES
        .suffix(between)
        .filter(|&(w, p)| p == Pred::Neutral && STATING.contains(&w) && w.len() < between.len())
    {
        between = &between[..between.len() - w.len()];
    }
    let noun =
        between.trim_start_matches("及以上").trim_start_matches("以上").trim_start_matches('的');
    let short = noun.len() <= 24 && !noun.is_empty();
    // A bound (超, 以上, 的) makes a class, and so does a range (5亿元至10亿元项目11个); a
    // rating before a plant (100MW储能电站3座) does not.
    // (营收百亿元企业3家, 投资10亿元项目5个: a sum right before an enterprise or a project
    // counted names their size class, bound or not.)
    let sized_head = q.class == UnitClass::Currency && SIZED_HEADS.contains(&noun);
    let bound = noun.len() < between.len()
        || q.value_max.is_some()
        || q.qualifiers.iter().any(|q| q.is_bound())
        || sized_head;
    // (The share word's 占 is no predicate of the class.)
    let head = if share_after {
        ["占比", "比重", "比例"].iter().find_map(|w| noun.strip_suffix(w)).unwrap_or(noun)
    } else {
        noun
    };
    // (收入超过10亿元的有58家: the head named before, 的 closes the class without it.)
    let elided = between == "的";
    let class = bound
        && (elided
            || short
                && !head.is_empty()
                && noun.chars().all(crate::normalize::is_han)
                && !PREDICATE_VERBS.occurs_in(head)
                && PREDICATES.suffix(head).is_none());
    class.then_some(q.span.end + between.len())
}

/// The heads a sum names the size class of when it stands right before them and their count
/// (百亿元企业3家, 亿元项目12个).
const SIZED_HEADS: [&str; 6] = ["企业", "项目", "产业集群", "集群", "园区", "龙头企业"];

/// The verbs that state a count of a class (企业达到3家): 达到, 有, 共有, 为 ….
const STATING: [&str; 6] = ["达到", "达", "有", "共有", "为", "共"];

/// Whether `q` only describes the noun that the next figure measures (十种有色金属产量12.6万吨,
/// 30户以上自然村寨通硬化路比例达到100%): a kind-count (种, 类) or a bounded count, then Han
/// text up to the next figure in the same clause.
///
/// A size or a sum bounded by 以上 or 以下 classes the noun as well (90平方米以下中小户型住宅
/// 成交占比38.7%), when the noun opens with no verb.
pub(super) fn is_modifier(text: &str, q: &RawQuantity, next: &RawQuantity) -> bool {
    let sized = q.class.is_physical() || q.class == UnitClass::Currency;
    if !(q.class == UnitClass::Count || sized) || next.span.start < q.span.end {
        return false;
    }
    let kinds = q.unit.ends_with(['种', '类']);
    let bounded = q.qualifiers.iter().any(|q| matches!(q, Qualifier::AtLeast | Qualifier::AtMost));
    let between = &text[q.span.end..next.span.start];
    let modifies =
        (2..=40).contains(&between.len()) && between.chars().all(crate::normalize::is_han);
    if sized {
        let written = q.span.slice(text);
        return bounded
            && modifies
            && (written.ends_with("以上") || written.ends_with("以下"))
            && PREDICATES.prefix(between).is_none();
    }
    // (16类商品中有12类: the kinds among which some are counted are a figure of their own.)
    let among = ["中有", "中", "里有", "当中"].iter().any(|w| between.ends_with(w));
    // (12类36种特色农产品: kinds right before the count of what they hold modify it.)
    kinds && between.is_empty() || (kinds || bounded) && modifies && !among
}

/// Whether `q` names a class or grade of what follows it, not a figure: a voltage or a
/// calorific value or an age right before a noun (500千伏输变电工程, 110kV变电站, 5500大卡动力煤,
/// 60岁及以上人口), a
/// size class (5万吨级泊位, 千万吨级炼化基地, 10亿元级项目), or the base of a rate
/// (百万吨死亡率0.02: deaths per million tonnes).
pub(super) fn names_class(text: &str, q: &RawQuantity) -> bool {
    let after = &text[q.span.end..];
    if after.starts_with('级') {
        return true;
    }
    // An age band (0—14岁人口, 60岁及以上人口) names a group too.
    let graded = q.unit.ends_with(['伏', 'V'])
        || q.unit.ends_with("大卡")
        || q.unit.ends_with("千卡")
        || q.class == UnitClass::Age;
    if graded {
        return after.starts_with(crate::normalize::is_han) && PREDICATES.prefix(after).is_none();
    }
    rate_base(after)
        || q.class == UnitClass::Area && dwelling_band(after, q)
        || q.class == UnitClass::Count && (ranked_among(after) || top_group(text, q))
        || q.class == UnitClass::Currency && sized_label(after, q)
}

/// Whether `after`, what follows the sum `q`, makes it a size class named without a count
/// (超百亿元的企业实现零的突破, 培育百亿元企业。): an enterprise or project head, then no
/// figure in the clause. A sum with no bound is one only where the head ends the clause (2亿元
/// 企业发展扶持资金 is a fund's). (With a count, 百亿元企业3家, the class is the count's
/// metric: see [`is_threshold`].)
fn sized_label(after: &str, q: &RawQuantity) -> bool {
    let rest = after.strip_prefix('的').unwrap_or(after);
    // (Enterprises or projects of a size are a class; 打造成为产值超500亿元的产业集群 sets
    // the size one cluster is to reach, a figure.)
    let Some(head) = ["龙头企业", "企业", "项目"].iter().find(|h| rest.starts_with(**h))
    else {
        return false;
    };
    let rest = &rest[head.len()..];
    let bound = q.qualifiers.iter().any(|q| q.is_bound());
    if !bound && !rest.starts_with(crate::sentence::is_clause_sep) && !rest.is_empty() {
        return false;
    }
    let clause = &rest[..rest.find(crate::sentence::is_clause_sep).unwrap_or(rest.len())];
    !clause.contains(|c: char| {
        c.is_ascii_digit() || c != '零' && (crate::period::is_numeral(c) || c == '两')
    })
}

/// Dwellings a size band classes (住宅, 商品房, 户型): `src/data/dwelling_words.txt`.
static DWELLINGS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/dwelling_words.txt")));

/// The rest of a list of size bands (、90—144平方米、144平方米以上) and the count of the bands
/// (三类) that may follow a band.
static MORE_BANDS: LazyLock<regex::Regex> = LazyLock::new(|| {
    let area = r"[0-9]+(?:\.[0-9]+)?";
    regex::Regex::new(&format!(
        r"^(?:及?以[上下])?(?:[、和及]{area}(?:[—\-－~至]{area})?(?:平方米|㎡)(?:及?以[上下])?)*(?:[一二三四五六七八九两0-9]类)?的?"
    ))
    .unwrap_or_else(|e| panic!("MORE_BANDS: {e}"))
});

/// Whether the area `q` is a size band of dwellings (90平方米及以下新建商品住宅价格, 90—144平方米、
/// 144平方米以上三类住宅): bounded or a range, then, after any other bands of its list, a
/// dwelling.
fn dwelling_band(after: &str, q: &RawQuantity) -> bool {
    // (A band is of a dwelling's floor area, in plain square metres: 50万平方米以上住宅 is
    // how much was built or sold.)
    let floor_area = matches!(q.unit.as_str(), "平方米" | "㎡" | "平米");
    let banded = q.qualifiers.iter().any(|q| q.is_bound()) || q.value_max.is_some();
    if !floor_area {
        return false;
    }
    let rest = MORE_BANDS.find(after).map_or(after, |m| &after[m.end()..]);
    // (The list's bands carry no bound of their own when only the last is bounded.)
    (banded || rest.len() < after.len()) && DWELLINGS.prefix(rest).is_some()
}

/// Words ending in 前 that say when, not which: 目前10家 counts.
static TIME_BEFORE: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/time_before.txt")));

/// Whether the count `q` names the top of a ranking (前10家企业, 前20强): 前 right before it,
/// not ending a word of time.
fn top_group(text: &str, q: &RawQuantity) -> bool {
    let before = &text[..q.span.start];
    before.ends_with('前') && TIME_BEFORE.suffix(before).is_none()
}

/// Whether `after`, what follows a count, names the field of a ranking (在全省18个省辖市中
/// 排名第17位): a short noun, 中 and a ranking verb.
fn ranked_among(after: &str) -> bool {
    let Some((i, _)) =
        after.char_indices().take(9).find(|&(_, c)| !crate::normalize::is_han(c) || c == '中')
    else {
        return false;
    };
    i > 0
        && after[i..].starts_with('中')
        && ["排名", "排在", "排第", "位居", "位列", "居第", "列第"]
            .iter()
            .any(|w| after[i + '中'.len_utf8()..].starts_with(w))
}

/// Whether `after`, what follows a quantity, is a rate per that quantity: a short noun ending
/// in 率 right after it, then the rate's figure (百万吨死亡率0.02, 万人发病率为3.1, 百万吨死亡率
/// 为零).
fn rate_base(after: &str) -> bool {
    let mut chars = after.char_indices().take(5);
    let Some(at) = chars.find(|&(_, c)| c == '率' || !crate::normalize::is_han(c)) else {
        return false;
    };
    if at.1 != '率' || at.0 == 0 {
        return false;
    }
    let rest = after[at.0 + '率'.len_utf8()..].trim_start_matches(['为', '是']);
    rest.starts_with(|c: char| c.is_ascii_digit() || c == '零')
        && PREDICATES.prefix(after).is_none()
}

/// What a clause naming a source ends with (据国家统计局70个大中城市房价监测数据，).
const SOURCE_ENDS: [&str; 6] = ["数据", "统计", "监测", "调查", "显示", "测算"];

/// Whether `q` describes the source of the figures, not a figure: its clause opens with 据
/// and ends, after it, with 数据, 统计, 调查 … (据对120家企业的调查显示，…), or opens with 对
/// and ends with 显示 (对120家企业的抽样调查显示，…).
pub(super) fn in_source(text: &str, clause: usize, q: &RawQuantity) -> bool {
    let opens = text[clause..q.span.start].trim_start();
    let by = opens.starts_with('据') || opens.starts_with("根据");
    if !(by || opens.starts_with('对')) {
        return false;
    }
    let rest = &text[q.span.end..];
    let end = rest.find(crate::sentence::is_clause_sep).unwrap_or(rest.len());
    let tail = &rest[..end];
    let source =
        if by { SOURCE_ENDS.iter().any(|w| tail.ends_with(w)) } else { tail.ends_with("显示") };
    end > 0 && end <= 60 && source
}

/// Whether `s` opens with a count of regions (`16市`, `皖北六市`, `三县`): at most two
/// characters of a region's name, a numeral, then 市/县/区/州.
pub(super) fn counts_regions(s: &str) -> bool {
    let is_num = |c: char| c.is_ascii_digit() || period::is_numeral(c);
    let mut chars = s.chars().peekable();
    let mut lead = 0;
    while chars.next_if(|&c| !is_num(c) && crate::normalize::is_han(c)).is_some() {
        lead += 1;
        if lead > 2 {
            return false;
        }
    }
    let mut numerals = 0;
    while chars.next_if(|&c| is_num(c)).is_some() {
        numerals += 1;
    }
    numerals > 0 && matches!(chars.next(), Some('市' | '县' | '区' | '州'))
}
