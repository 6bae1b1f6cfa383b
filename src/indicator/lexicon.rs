//! The word lists and marks: predicates and what they say, the metric, scope and verb
//! tables, list numbers, and the places of 持平, 分别 and the sentence governors.

use crate::report::Qualifier;
use crate::sentence::trim;
use crate::words::{self, LowBits, Words};
use aho_corasick::{Span, packed};
use regex::Regex;
use std::sync::LazyLock;

/// Predicate words at the end of a window, longest first, with what they say.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Pred {
    Up,
    Down,
    Neutral,
    Capacity,
    /// 至/到 after a change verb: the number is the new level (回落至4.6%).
    ToLevel,
}

/// Predicate words at the end of a window and what they say (`data/predicates.tsv`).
pub(super) static PREDICATES: LazyLock<Words<Pred>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("../data/predicates.tsv"), |l| match l {
        "up" => Some(Pred::Up),
        "down" => Some(Pred::Down),
        "neutral" => Some(Pred::Neutral),
        "capacity" => Some(Pred::Capacity),
        "to_level" => Some(Pred::ToLevel),
        _ => None,
    }))
});

/// Verbs of change whose object is the measure changed (降低综合物流成本8%):
/// `data/object_change_verbs.tsv`.
pub(super) static OBJECT_CHANGE_VERBS: LazyLock<Words<Pred>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("../data/object_change_verbs.tsv"), |l| match l {
        "up" => Some(Pred::Up),
        "down" => Some(Pred::Down),
        _ => None,
    }))
});

/// The predicates stripped from a window: the first one that says how the figure stands
/// (not a neutral word: 降至每吨480千克 is a level) and all of them as a set.
#[derive(Clone, Copy, Default)]
pub(super) struct Preds {
    pub(super) first: Option<Pred>,
    all: u8,
    /// The capacity word stripped (年产能, 产能): the metric when nothing else names one.
    pub(super) capacity_word: Option<&'static str>,
}

impl Preds {
    pub(super) fn push(&mut self, p: Pred) {
        if p != Pred::Neutral {
            self.first.get_or_insert(p);
        }
        self.all |= 1 << p as u8;
    }

    pub(super) fn contains(&self, p: Pred) -> bool {
        self.all & (1 << p as u8) != 0
    }
}

/// Comparison verbs: what follows them is the object compared with, not the metric
/// (高于全省平均水平1.7个百分点).
pub(super) static COMPARE_VERBS: LazyLock<Words<Pred>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("../data/compare_verbs.tsv"), |l| match l {
        "up" => Some(Pred::Up),
        "down" => Some(Pred::Down),
        _ => None,
    }))
});

/// Adverbs of a total before its verb (累计完成, 共接待), which a metric leaves out.
pub(super) const TOTAL_ADVERBS: [&str; 3] = ["累计", "合计", "共"];

/// Lines a figure is compared with (低于100%的警戒线, 低于债务限额350亿元): no change of it.
pub(super) const THRESHOLDS: [&str; 5] = ["警戒线", "红线", "控制线", "上限", "限额"];

/// Words at the head of a sentence that govern all its figures.
pub(super) static SENTENCE_GOVERNORS: LazyLock<Words<Qualifier>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("../data/sentence_governors.tsv"), |l| match l {
        "estimated" => Some(Qualifier::Estimated),
        "target" => Some(Qualifier::Target),
        _ => None,
    }))
});

/// `持平` (unchanged), a zero growth.
pub(super) const FLAT: &str = "持平";

/// `分别` (respectively), which pairs a list of metrics with a list of figures.
pub(super) const RESPECTIVELY: &str = "分别";

/// The places in a text of the words the linker looks for everywhere, each list in order.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Marks {
    pub(super) flat: Vec<usize>,
    pub(super) respectively: Vec<usize>,
    /// Where words of [`SENTENCE_GOVERNORS`] start.
    pub(super) governors: Vec<usize>,
}

/// All the words of [`Marks`], searched with aho-corasick's Teddy (SIMD) where the machine
/// has it.
static MARK_SEARCH: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| {
    packed::Searcher::new([FLAT, RESPECTIVELY].into_iter().chain(SENTENCE_GOVERNORS.iter()))
});

/// The marks of `text`, found in one search of the whole text: far cheaper than a search per
/// word, or a lookup at every character of every sentence head.
pub(super) fn marks(text: &str) -> Marks {
    let mut marks = Marks::default();
    // Each list is tested on its own, so words that start alike, or overlap (主要目标是), are
    // all found.
    let mut mark = |i: usize| {
        let rest = &text[i..];
        if rest.starts_with(FLAT) {
            marks.flat.push(i);
        }
        if rest.starts_with(RESPECTIVELY) {
            marks.respectively.push(i);
        }
        if SENTENCE_GOVERNORS.prefix(rest).is_some() {
            marks.governors.push(i);
        }
    };
    match &*MARK_SEARCH {
        Some(teddy) => {
            let mut at = 0;
            while let Some(m) = teddy.find_in(text, Span::from(at..text.len())) {
                mark(m.start());
                // The next search starts a character on: another word may start there.
                at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
        None => text.char_indices().for_each(|(i, _)| mark(i)),
    }
    marks
}

/// Words that are metrics although jieba may tag them as verbs.
pub(super) static METRIC_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/metric_words.txt")));

/// The last characters of administrative units' names (东区, 某县, 某市, 某镇 …).
pub(super) const ADMIN_UNIT_ENDS: [char; 8] = ['区', '县', '市', '镇', '乡', '村', '省', '州'];

/// Places and establishments a count counts whose measures may follow them in the noun
/// (`data/counted_classes.txt`: 12家门店客流量…).
pub(super) static COUNTED_CLASSES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/counted_classes.txt")));

/// Industry names that hold a 、 (`data/industry_names.txt`), which elsewhere ends a clause
/// or a list item.
pub(super) static INDUSTRY_NAMES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/industry_names.txt")));

/// Leading words that are never part of a metric: scope, connectives, time adverbs.
pub(super) static SCOPE_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/scope_words.txt")));

/// Words of a region's scope (全市, 我省, 市政府): a clause they open states the region's
/// figures.
pub(crate) static REGION_SCOPES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/region_scopes.txt")));
/// Flows told in pairs of one holder (`data/flow_siblings.tsv`: 收入 and 支出, 出口 and 进口),
/// each with its pair's group.
pub(super) static FLOW_SIBLINGS: LazyLock<Words<u8>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("../data/flow_siblings.tsv"), |l| l.parse().ok()))
});
/// Words naming a stock (贷款余额, 待售面积): dated at a point in time, not over a period.
pub(super) static STOCK_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/stock_words.txt")));
pub(super) static ACTIVITY_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/activity_verbs.txt")));
pub(super) static COMPOUND_METRICS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/compound_metrics.txt")));
pub(super) static MONEY_METRICS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/money_metrics.txt")));

/// Words naming a yield per unit of land or head (亩产, 单产): a mass they measure is a
/// compound, as 公斤/亩 is.
pub(super) static YIELD_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/yield_words.txt")));

/// Kinds of works that may close a product named after its capacity (扩建, 技术改造 …).
static WORKS_KINDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/works_kinds.txt")));

/// `product` without the kinds of works closing it, taken off while two characters remain
/// (阴极铜节能技改 → 阴极铜; 胶囊剂智能化 → 胶囊剂).
pub(crate) fn without_works_kinds(product: &str) -> &str {
    let mut p = product;
    while let Some((w, ())) = WORKS_KINDS.suffix_where(p, |bare| bare.chars().nth(1).is_some()) {
        p = &p[..p.len() - w.len()];
    }
    p
}

/// The length of the kind of works opening `s` (扩建 of 扩建项目), or 0.
pub(crate) fn works_kind_len(s: &str) -> usize {
    WORKS_KINDS.prefix(s).map_or(0, |(w, ())| w.len())
}

/// Words that end a counted noun or a product after a number (5万吨多晶硅项目投产).
pub(super) static NOUN_STOPS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/noun_stops.txt")));

/// The keys of the noun stops' first characters: a character without one starts no stop
/// word, which settles nearly every character of a noun before a lookup.
pub(super) static NOUN_STOP_FIRSTS: LazyLock<LowBits> = LazyLock::new(|| first_keys(&NOUN_STOPS));

/// The keys of the first characters of `words`.
fn first_keys(words: &Words) -> LowBits {
    words.iter().filter_map(|w| w.chars().next()).fold(LowBits::EMPTY, LowBits::with)
}

/// Verbs that set something up: they open a metric unless 新 makes them a flow's name.
pub(super) static SETUP_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/setup_verbs.txt")));

/// Verbs that are never part of a metric: they introduce it (完成规上产值, 培育…企业).
pub(crate) static PREDICATE_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/predicate_verbs.txt")));

/// The predicate verbs of two or more characters.
pub(super) static LONG_PREDICATE_VERBS: LazyLock<Words> = LazyLock::new(|| {
    Words::new(PREDICATE_VERBS.iter().filter(|w| w.chars().count() > 1).map(|w| (w, ())))
});

/// Scope words and long predicate verbs: what `metric::strip_scope` strips from a metric's
/// start.
pub(super) static METRIC_OPENERS: LazyLock<Words> = LazyLock::new(|| {
    Words::new(SCOPE_WORDS.iter().chain(LONG_PREDICATE_VERBS.iter()).map(|w| (w, ())))
});

/// The keys of the metric openers' first characters, a test before the lookup.
pub(super) static METRIC_OPENER_FIRSTS: LazyLock<LowBits> =
    LazyLock::new(|| first_keys(&METRIC_OPENERS));

/// Words of a rate of output right before its number (年产10万吨, 日产5000吨, 月产能3万片):
/// the figure after one is a capacity.
pub(super) const OUTPUT_LEADS: [&str; 6] = ["年产能", "月产能", "日产能", "年产", "月产", "日产"];

/// A base of comparison at the end of a metric's words (比上年, 较2020年, 较“十三五”末, 较上一
/// 冰雪季, 较上榨季: a season; 较集团平均水平: an average; 比1—7月: months).
pub(super) static COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:比|较|与|同|对比|由)(?:上年同期|去年同期|上年末|去年末|上年底|去年底|年初|上年|去年|同期|(?:[一二三四五六七八九十两]|[0-9]{1,2})年前|上月末|上月|上季度|上一年|[0-9]{4}年(?:全年|同期)?|[一二三四]季度|上半年|前三季度|[0-9]{1,2}(?:-[0-9]{1,2})?月份?|[^例重率\P{Han}]\p{Han}{0,9}?平均|全国|全省|全市|上一?\p{Han}{0,2}季|上一交易日|前一交易日|上一周|上周|上日|前一日|发行价|[“\x22]?十[一二三四五六七八九]五[”\x22]?(?:时期|期末|末|初))(?:平均水平|水平)?(?:相比)?")
        .unwrap_or_else(|e| panic!("comparison regex: {e}"))
});

/// The characters a [`COMPARISON`] match can start and end with: a text that starts or ends
/// otherwise needs no search.
pub(super) const COMPARISON_STARTS: [char; 6] = ['比', '较', '与', '同', '对', '由'];
pub(super) const COMPARISON_ENDS: [char; 18] = [
    '期', '年', '月', '度', '国', '省', '市', '均', '平', '比', '末', '底', '初', '日', '周', '价',
    '季', '份',
];

/// What a [`LIST_NUMBER`] starts with (besides a digit and a bullet): brackets, numerals.
const LIST_STARTS: [char; 12] =
    ['（', '(', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

static LIST_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[0-9]+[．.、]|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+[、是]|[■●◆▲])[ \t\u{3000}]*",
    )
        .unwrap_or_else(|e| panic!("list number regex: {e}"))
});

/// The length of the list number opening `s` (`1. `, `（二）`, `三是`, `■`), blanks after it
/// included; the regex runs only where the first character may open one.
pub(super) fn list_number(s: &str) -> Option<usize> {
    let opens = s.starts_with(|c: char| {
        c.is_ascii_digit() || LIST_STARTS.contains(&c) || crate::sentence::BULLETS.contains(&c)
    });
    opens.then(|| LIST_NUMBER.find(s)).flatten().map(|m| m.end())
}

/// Adds the qualifiers of the governing words opening `s` (预计, 力争 …) to `quals`.
pub(super) fn governed(s: &str, quals: &mut Vec<Qualifier>) {
    for (w, q) in SENTENCE_GOVERNORS.prefixes(s) {
        // 争取上级资金12亿元: funds obtained, not a target.
        let obtained = w == "争取" && crate::quantity::qualifier::obtains(&s[w.len()..]);
        // (年度目标实现率: a rate named after the target, no target set.)
        let rate = s[w.len()..].starts_with(['率', '度']);
        if !quals.contains(&q) && !obtained && !rate {
            quals.push(q);
        }
    }
}

/// A run of years, months or quarters closing a metric's window (连续9年, 连续第9年, 连续24个月): how
/// long, no part of the metric.
pub(super) static RUN_OF_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"连续第?(?:[0-9一二三四五六七八九十两]+|多)(?:年|个月|个季度)$")
        .unwrap_or_else(|e| panic!("run of years regex: {e}"))
});

/// What a [`SINCE`] match without 以来 starts with (besides a digit).
pub(super) const SINCE_STARTS: [char; 11] =
    ['近', '两', '三', '四', '五', '六', '七', '八', '九', '十', '“'];

/// A span of years before a figure: 以来, 近三年, 五年间, and a five-year plan's period
/// (“十四五”期间, 十三五时期).
pub(super) static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:.*以来|近?[两三四五六七八九十0-9]+年(?:来|间)?|“?十[一二三四五六七八九]五”?(?:期间|时期))",
    )
        .unwrap_or_else(|e| panic!("since regex: {e}"))
});

/// Acts a 计划 opening a sentence plans (计划完成, 计划新增), which make it a plan for the
/// whole sentence.
pub(super) static PLAN_ACTS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/plan_acts.txt")));
/// Clause openers stating what is, not what is planned (…，目前已完成…, …，实际…).
pub(super) static STATED_OPENERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/stated_openers.txt")));
/// A five-year plan's period (“十三五”时期, 十四五期间, “十四五”末): a time, no metric.
pub(super) static PLAN_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[“\x22]?十[一二三四五六七八九]五[”\x22]?(?:时期|期间|期末|末|初|规划期)?$")
        .unwrap_or_else(|e| panic!("plan period regex: {e}"))
});

/// Zone words used bare for the text's own zone (开发区全年实现…). None is a prefix of
/// another, so a text starts with one at most.
pub(crate) static BARE_ZONES: LazyLock<Words> = LazyLock::new(|| {
    let zones = [
        "开发区",
        "高新区",
        "经开区",
        "新区",
        "园区",
        "工业园区",
        "产业园区",
        "综保区",
        "片区",
        "港区",
    ];
    Words::new(zones.map(|w| (w, ())))
});

/// Whether the park `name` is one that the bare zone word `zone` may stand for (园区 for any
/// park, 经开区 for a 经济技术开发区, 开发区 for any 开发区).
pub(super) fn zone_of(zone: &str, name: &str) -> bool {
    let full = match zone {
        "园区" => return true,
        "高新区" => "高新技术产业开发区",
        "经开区" => "经济技术开发区",
        "综保区" => "综合保税区",
        _ => zone,
    };
    name.ends_with(zone) || name.ends_with(full)
}

pub(super) const RATE_ENDINGS: &[&str] = &["率", "比重", "占比", "比例", "份额"];

/// Rate nouns naming a change in percent (增速, 降幅; 下降幅度 written out in full).
pub(super) const GROWTH_METRIC_ENDINGS: &[&str] = &[
    "增速",
    "增幅",
    "涨幅",
    "降幅",
    "跌幅",
    "增长率",
    "增长",
    "增收",
    "增长幅度",
    "上涨幅度",
    "上升幅度",
    "提高幅度",
    "下降幅度",
    "下跌幅度",
    "回落幅度",
    "减少幅度",
    "降低幅度",
];

/// The rate nouns of [`GROWTH_METRIC_ENDINGS`] that size a fall: 降幅为3.2% is a change of
/// -3.2%.
pub(super) const FALL_SIZE_ENDINGS: &[&str] =
    &["降幅", "跌幅", "下降幅度", "下跌幅度", "回落幅度", "减少幅度", "降低幅度"];

/// Words that open the part of a list's last item the short items before it share, true
/// for a metric noun (`src/data/shared_tails.tsv`).
pub(super) static SHARED_TAILS: LazyLock<Words<bool>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("../data/shared_tails.tsv"), |l| match l {
        "head" => Some(false),
        "metric" => Some(true),
        _ => None,
    }))
});

/// Whether `window` holds nothing but predicates (同比上涨, 增长).
pub(super) fn only_predicates(window: &str) -> bool {
    let mut w = trim(window);
    while let Some((word, _)) = PREDICATES.suffix(w) {
        w = &w[..w.len() - word.len()];
    }
    w.is_empty()
}

/// Groups of people (职工, 居民, 低保对象: `data/beneficiary_groups.txt`): whom a change may be
/// for, and a measure one-word list items may share (城市与农村低保对象).
pub(super) static BENEFICIARY_GROUPS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/beneficiary_groups.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_load() {
        assert_eq!(PREDICATES.suffix("产值同比增长"), Some(("同比增长", Pred::Up)));
        assert_eq!(COMPARE_VERBS.entries().len(), 7);
        assert!(SENTENCE_GOVERNORS.entries().iter().any(|(_, q)| *q == Qualifier::Target));
        assert!(METRIC_OPENERS.contains("其中") && METRIC_OPENERS.contains("实现"));
        assert_eq!(SHARED_TAILS.prefix("产业增加值"), Some(("产业", false)));
        assert_eq!(SHARED_TAILS.prefix("总额"), Some(("总额", true)));
        assert!(!LONG_PREDICATE_VERBS.contains("占"));
        assert!(COMPARE_VERBS.may_occur_in("产值高于") && !COMPARE_VERBS.may_occur_in(""));
        // A region word is a scope word too: 全市 alone names no metric.
        assert!(REGION_SCOPES.iter().all(|w| SCOPE_WORDS.contains(w)));
        let paired = crate::words::rows::<3>(include_str!("../data/paired_words.tsv"));
        assert!(paired.is_ok_and(|rows| !rows.is_empty()));
    }

    #[test]
    fn bare_zones_are_no_prefixes_of_each_other() {
        for a in BARE_ZONES.iter() {
            assert!(BARE_ZONES.iter().all(|b| a == b || !b.starts_with(a)), "{a}");
        }
    }

    #[test]
    fn marks_are_every_place_of_their_words() {
        let pieces: Vec<&str> =
            "预计 有望 力争 目标 是 为 主要 预期 预 目 标 持平 持 平 分别 分 别 x ，"
                .split(' ')
                .collect();
        let places =
            |t: &str, w: &str| -> Vec<usize> { t.match_indices(w).map(|(i, _)| i).collect() };
        for text in crate::words::random_texts(&pieces, 0x51ed_270b, 5_000, 12) {
            let starts = text.char_indices().map(|(i, _)| i);
            let governors: Vec<usize> =
                starts.filter(|&i| SENTENCE_GOVERNORS.prefix(&text[i..]).is_some()).collect();
            let want = Marks {
                flat: places(&text, FLAT),
                respectively: places(&text, RESPECTIVELY),
                governors,
            };
            assert_eq!(marks(&text), want, "{text}");
        }
    }

    #[test]
    fn compare_verbs_start_apart() {
        // metric_before takes the rightmost compare verb: no verb may be a prefix of
        // another, or two could start at the same place.
        for (a, _) in COMPARE_VERBS.entries() {
            for (b, _) in COMPARE_VERBS.entries() {
                assert!(a == b || !b.starts_with(a), "{a} {b}");
            }
        }
    }
}
