//! Stage 6: indicators — each quantity linked to the metric it measures, with kind, sign,
//! qualifiers, period and subject.
//!
//! For a quantity, the *window* is its clause up to the number (`开发区规上产值增长` before
//! `57.3%`). The metric is read from the window's right end leftwards: trailing predicates
//! (`增长`, `同比`, `达到`, `为` …) are stripped and recorded (they decide kind and sign), then
//! jieba's words are collected leftwards until a verb, preposition or adverb. `X实现Y` keeps
//! both (`一产实现增加值` → 一产增加值). When nothing is left, a counted noun after the number
//! (`4个绿色园区`) or the previous metric of the sentence (`营业收入7.9亿元，增长8%`) is used;
//! `A、B分别增长x%、y%` gives each quantity its own metric in order.

use crate::entity::Entities;
use crate::period::{self, Part, PeriodState, TimeExpr};
use crate::quantity::unit::UnitClass;
use crate::quantity::{QUALIFIERS, RawQuantity};
use crate::report::{EntityKind, IndicatorKind, NormalizedUnit, Qualifier};
use crate::sentence::{clause_start, is_clause_sep, list_start, trim, trim_start_seps};
use crate::span::NSpan;
use crate::words::{self, FxMap, LowBits, Words};
use aho_corasick::{Span, packed};
use jieba_rs::Jieba;
use regex::Regex;
use std::cell::OnceCell;
use std::collections::hash_map::Entry;
use std::ops::Range;
use std::sync::LazyLock;

/// An indicator over the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawIndicator {
    pub span: NSpan,
    pub quantity: usize,
    pub metric: String,
    pub subject: Option<String>,
    pub kind: IndicatorKind,
    pub negative: bool,
    /// The unit read from the metric for a bare magnitude (突破60亿 of 营业收入); None keeps
    /// the quantity's own, which the report then moves rather than copies.
    pub normalized_unit: Option<NormalizedUnit>,
    /// A factor on the quantity's normalized value (and its range's end) where the unit
    /// read here is not the quantity's own (每吨480千克: 480, no tonnes); None keeps it.
    pub rescale: Option<f64>,
    pub qualifiers: Vec<Qualifier>,
    pub period: Option<String>,
    /// The metric was carried over from an earlier clause (营业收入…，增长8%).
    pub carried: bool,
}

/// Predicate words at the end of a window, longest first, with what they say.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pred {
    Up,
    Down,
    Neutral,
    Capacity,
    /// 至/到 after a change verb: the number is the new level (回落至4.6%).
    ToLevel,
}

/// Predicate words at the end of a window and what they say (`data/predicates.tsv`).
static PREDICATES: LazyLock<Words<Pred>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("data/predicates.tsv"), |l| match l {
        "up" => Some(Pred::Up),
        "down" => Some(Pred::Down),
        "neutral" => Some(Pred::Neutral),
        "capacity" => Some(Pred::Capacity),
        "to_level" => Some(Pred::ToLevel),
        _ => None,
    }))
});

/// The predicates stripped from a window: the first one that says how the figure stands
/// (not a neutral word: 降至每吨480千克 is a level) and all of them as a set.
#[derive(Clone, Copy, Default)]
struct Preds {
    first: Option<Pred>,
    all: u8,
    /// The capacity word stripped (年产能, 产能): the metric when nothing else names one.
    capacity_word: Option<&'static str>,
}

impl Preds {
    fn push(&mut self, p: Pred) {
        if p != Pred::Neutral {
            self.first.get_or_insert(p);
        }
        self.all |= 1 << p as u8;
    }

    fn contains(&self, p: Pred) -> bool {
        self.all & (1 << p as u8) != 0
    }
}

/// Comparison verbs: what follows them is the object compared with, not the metric
/// (高于全省平均水平1.7个百分点).
static COMPARE_VERBS: LazyLock<Words<Pred>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("data/compare_verbs.tsv"), |l| match l {
        "up" => Some(Pred::Up),
        "down" => Some(Pred::Down),
        _ => None,
    }))
});

/// Words at the head of a sentence that govern all its figures.
static SENTENCE_GOVERNORS: LazyLock<Words<Qualifier>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("data/sentence_governors.tsv"), |l| match l {
        "estimated" => Some(Qualifier::Estimated),
        "target" => Some(Qualifier::Target),
        _ => None,
    }))
});

/// `持平` (unchanged), a zero growth.
const FLAT: &str = "持平";

/// `分别` (respectively), which pairs a list of metrics with a list of figures.
const RESPECTIVELY: &str = "分别";

/// The places in a text of the words the linker looks for everywhere, each list in order.
#[derive(Debug, Default, PartialEq)]
struct Marks {
    flat: Vec<usize>,
    respectively: Vec<usize>,
    /// Where words of [`SENTENCE_GOVERNORS`] start.
    governors: Vec<usize>,
}

/// All the words of [`Marks`], searched with aho-corasick's Teddy (SIMD) where the machine
/// has it.
static MARK_SEARCH: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| {
    packed::Searcher::new([FLAT, RESPECTIVELY].into_iter().chain(SENTENCE_GOVERNORS.iter()))
});

/// The marks of `text`, found in one search of the whole text: far cheaper than a search per
/// word, or a lookup at every character of every sentence head.
fn marks(text: &str) -> Marks {
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
static METRIC_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/metric_words.txt")));

/// Leading words that are never part of a metric: scope, connectives, time adverbs.
static SCOPE_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/scope_words.txt")));

/// Words that make a money reading of a bare magnitude (`突破60亿`) certain.
static REGION_SCOPES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/region_scopes.txt")));
/// Words naming a stock (贷款余额, 待售面积): dated at a point in time, not over a period.
static STOCK_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/stock_words.txt")));
static ACTIVITY_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/activity_verbs.txt")));
static COMPOUND_METRICS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/compound_metrics.txt")));
static MONEY_METRICS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/money_metrics.txt")));

/// Words that end a counted noun or a product after a number (5万吨多晶硅项目投产).
static NOUN_STOPS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/noun_stops.txt")));

/// The keys of the noun stops' first characters: a character without one starts no stop
/// word, which settles nearly every character of a noun before a lookup.
static NOUN_STOP_FIRSTS: LazyLock<LowBits> = LazyLock::new(|| first_keys(&NOUN_STOPS));

/// The keys of the first characters of `words`.
fn first_keys(words: &Words) -> LowBits {
    words.iter().filter_map(|w| w.chars().next()).fold(LowBits::EMPTY, LowBits::with)
}

/// Verbs that set something up: they open a metric unless 新 makes them a flow's name.
static SETUP_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/setup_verbs.txt")));

/// Verbs that are never part of a metric: they introduce it (完成规上产值, 培育…企业).
static PREDICATE_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/predicate_verbs.txt")));

/// The predicate verbs of two or more characters.
static LONG_PREDICATE_VERBS: LazyLock<Words> = LazyLock::new(|| {
    Words::new(PREDICATE_VERBS.iter().filter(|w| w.chars().count() > 1).map(|w| (w, ())))
});

/// Scope words and long predicate verbs: what [`strip_scope`] strips from a metric's start.
static METRIC_OPENERS: LazyLock<Words> = LazyLock::new(|| {
    Words::new(SCOPE_WORDS.iter().chain(LONG_PREDICATE_VERBS.iter()).map(|w| (w, ())))
});

/// The keys of the metric openers' first characters, a test before the lookup.
static METRIC_OPENER_FIRSTS: LazyLock<LowBits> = LazyLock::new(|| first_keys(&METRIC_OPENERS));

static COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:比|较|与|同|对比|由)(?:上年同期|去年同期|上年末|去年末|上年底|去年底|年初|上年|去年|同期|上月末|上月|上季度|上一年|[0-9]{4}年(?:全年|同期)?|[一二三四]季度|上半年|前三季度|全国|全省|全市|全国平均|全省平均|上一交易日|前一交易日|上一周|上周|上日|前一日|发行价)(?:平均水平|水平)?(?:相比)?")
        .unwrap_or_else(|e| panic!("comparison regex: {e}"))
});

/// The characters a [`COMPARISON`] match can start and end with: a text that starts or ends
/// otherwise needs no search.
const COMPARISON_STARTS: [char; 6] = ['比', '较', '与', '同', '对', '由'];
const COMPARISON_ENDS: [char; 16] = [
    '期', '年', '月', '度', '国', '省', '市', '均', '平', '比', '末', '底', '初', '日', '周', '价',
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
fn list_number(s: &str) -> Option<usize> {
    let opens = s.starts_with(|c: char| {
        c.is_ascii_digit() || LIST_STARTS.contains(&c) || crate::sentence::BULLETS.contains(&c)
    });
    opens.then(|| LIST_NUMBER.find(s)).flatten().map(|m| m.end())
}

/// Adds the qualifiers of the governing words opening `s` (预计, 力争 …) to `quals`.
fn governed(s: &str, quals: &mut Vec<Qualifier>) {
    for (w, q) in SENTENCE_GOVERNORS.prefixes(s) {
        // 争取上级资金12亿元: funds obtained, not a target.
        let obtained = w == "争取" && crate::quantity::qualifier::obtains(&s[w.len()..]);
        if !quals.contains(&q) && !obtained {
            quals.push(q);
        }
    }
}

static RUN_OF_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"连续[0-9一二三四五六七八九十两]+年$")
        .unwrap_or_else(|e| panic!("run of years regex: {e}"))
});

/// What a [`SINCE`] match without 以来 starts with (besides a digit).
const SINCE_STARTS: [char; 10] = ['近', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:.*以来|近?[两三四五六七八九十0-9]+年(?:来|间)?)")
        .unwrap_or_else(|e| panic!("since regex: {e}"))
});

/// Acts a 计划 opening a sentence plans (计划完成, 计划新增), which make it a plan for the
/// whole sentence.
const PLAN_ACTS: [&str; 10] =
    ["完成", "实现", "新增", "实施", "投入", "引进", "开工", "建成", "新建", "争取"];
/// Clause openers stating what is, not what is planned (…，目前已完成…, …，实际…).
const STATED_OPENERS: [&str; 8] = ["已", "目前", "实际", "截至", "累计", "其中", "上年", "去年"];
/// A five-year plan's period (“十三五”时期, 十四五期间, “十四五”末): a time, no metric.
static PLAN_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[“\x22]?十[一二三四五六七八九]五[”\x22]?(?:时期|期间|期末|末|初|规划期)?$")
        .unwrap_or_else(|e| panic!("plan period regex: {e}"))
});

/// Zone words used bare for the text's own zone (开发区全年实现…). None is a prefix of
/// another, so a text starts with one at most.
static BARE_ZONES: LazyLock<Words> = LazyLock::new(|| {
    let zones = ["开发区", "高新区", "经开区", "新区", "园区", "工业园区", "产业园区", "综保区"];
    Words::new(zones.map(|w| (w, ())))
});

/// Whether the park `name` is one that the bare zone word `zone` may stand for (园区 for any
/// park, 经开区 for a 经济技术开发区, 开发区 for any 开发区).
fn zone_of(zone: &str, name: &str) -> bool {
    let full = match zone {
        "园区" => return true,
        "高新区" => "高新技术产业开发区",
        "经开区" => "经济技术开发区",
        "综保区" => "综合保税区",
        _ => zone,
    };
    name.ends_with(zone) || name.ends_with(full)
}

const RATE_ENDINGS: &[&str] = &["率", "比重", "占比", "比例", "份额"];

const GROWTH_METRIC_ENDINGS: &[&str] = &["增速", "增幅", "涨幅", "降幅", "跌幅", "增长率", "增长"];

/// Characters that stand alone as function words: never part of a run of single characters
/// read as one unknown word.
const FUNCTION_CHARS: &str = "的地得和与及或在为是对向从由于比占把被将已并而且也都又再还就才共约近超达至到以等各每其该本之所了着过";

/// A word of a window and its jieba part-of-speech tag.
#[derive(Clone, Copy)]
struct Tagged<'t> {
    word: &'t str,
    tag: &'t str,
}

/// jieba's tags of the windows of one document, each window tagged once: tables and
/// repeated phrasings (约占全省, 全年新增…) give many quantities the same window.
struct Tagger<'t> {
    jieba: &'t Jieba,
    /// The tagged words of all windows so far, window after window.
    words: Vec<Tagged<'t>>,
    /// Each window's run in `words`.
    seen: FxMap<&'t str, Range<usize>>,
}

impl<'t> Tagger<'t> {
    /// A tagger for about `windows` windows, sized for them rather than regrown.
    fn new(jieba: &'t Jieba, windows: usize) -> Tagger<'t> {
        let seen = FxMap::with_capacity_and_hasher(windows, Default::default());
        Tagger { jieba, words: Vec::new(), seen }
    }

    /// Where the tagged words of `s` are in `words`.
    fn tag(&mut self, s: &'t str) -> Range<usize> {
        match self.seen.entry(s) {
            Entry::Occupied(e) => e.get().clone(),
            Entry::Vacant(e) => {
                let start = self.words.len();
                let tags = self.jieba.tag(s, false);
                // A run of single content characters is a word jieba's dictionary lacks
                // (算/力, 奖/补, 均/重): one noun, as its HMM would have joined it.
                let single = |t: &jieba_rs::Tag<'_>| {
                    // Locatives (建成后), adverbs, prepositions, numerals… stand alone.
                    if !matches!(t.tag, "n" | "v" | "a" | "b" | "ng" | "vg" | "ag" | "nr" | "ns") {
                        return false;
                    }
                    let mut chars = t.word.chars();
                    chars
                        .next()
                        .is_some_and(|c| crate::normalize::is_han(c) && !FUNCTION_CHARS.contains(c))
                        && chars.next().is_none()
                };
                let (mut i, mut at) = (0, 0);
                while i < tags.len() {
                    let run = tags[i..].iter().take_while(|t| single(t)).count();
                    if run >= 2 {
                        let len: usize = tags[i..i + run].iter().map(|t| t.word.len()).sum();
                        self.words.push(Tagged { word: &s[at..at + len], tag: "n" });
                        at += len;
                        i += run;
                    } else {
                        let t = &tags[i];
                        self.words.push(Tagged { word: t.word, tag: t.tag });
                        at += t.word.len();
                        i += 1;
                    }
                }
                e.insert(start..self.words.len()).clone()
            }
        }
    }
}

/// Per-document state carried from sentence to sentence.
struct State {
    period: PeriodState,
    /// `period` rendered, once per change rather than once per indicator.
    period_text: Option<String>,
    /// The point in time (截至9月末) a sentence set inside the running period (1—9月), and
    /// it rendered: it dates later stocks (贷款余额) until another time is set.
    /// Also where the sentence that set it ends: a 其中 sentence right after it lists parts
    /// of the same stock.
    point: Option<(PeriodState, Option<String>, usize)>,
    subject: Option<String>,
    /// Where the mention that set `subject` starts and ends.
    subject_at: NSpan,
    /// Whether `subject` is a park, town or foreign country named in passing: it lasts for
    /// its paragraph, after which `home` is the subject again.
    subject_local: bool,
    /// Whether the subject names a part (其中美国…): it reaches to its sentence's end only.
    subject_part: bool,
    /// The subject that outlives paragraphs: the article's first subject, which may be
    /// local (a township's or a park's own review names it first), or after a first one
    /// that is not, the last region set by a mention that is not local either.
    home: Option<String>,
    /// Whether `home` is local: then no later region replaces it.
    home_local: bool,
    /// Whether a region that is not local (a county, city, province) has been named.
    region_named: bool,
    /// The article's company (which 公司 alone names) and where it is first named.
    company: Option<(String, usize)>,
    /// The metric of the last indicator, empty before the first.
    last_metric: String,
    /// The metric of the last level (an amount, count or capacity: not a rate or a change).
    last_level_metric: String,
    /// Where the sentence of the last indicator starts, and whether it was a level or a
    /// growth (a rate word after it in the sentence is that metric's).
    last_at: usize,
    last_level_or_growth: bool,
    /// Where the last indicator ends and what its unit measures, when it is a capacity: the
    /// next item of its list in the same measure (年产A 5000万片、B 300万支) is one too.
    last_capacity: Option<(usize, UnitClass)>,
    /// The sentence start, unit class and metric of the last capacity read.
    capacity_named: Option<(usize, UnitClass, String)>,
    /// Whether the last indicator is a rate written in ‰ or per 10 000 (死亡率5.12‰): a
    /// change in percent after it is its own (a change of a percent would be in points).
    last_rate_per_mille: bool,
    /// The counts of the last indicator's sentence: its start, and each count's measure word
    /// and metric (企业210家，覆盖8个行业，较上年增加6家: the change in 家 is the companies').
    counts: (usize, Vec<(char, String)>),
}

impl State {
    /// A region named by its level (全市) is the home, unless a local one came first.
    fn region_home(&mut self, region: &str) {
        if self.home.is_none() || !self.home_local {
            self.home = Some(region.to_string());
            self.home_local = false;
        }
    }
}

/// Links every quantity to a metric.
/// Returns the indicators and the quantities they index: the input quantities plus a
/// zero-growth quantity for every `持平` (与上年持平, 同比持平). The quantities are taken
/// and handed back so that the report can move their strings instead of copying them.
pub(crate) fn link(
    text: &str,
    sentences: &[NSpan],
    mut all: Vec<RawQuantity>,
    entities: &Entities,
    jieba: &Jieba,
) -> (Vec<RawIndicator>, Vec<RawQuantity>) {
    let marks = marks(text);
    with_flat(text, &marks.flat, &mut all);
    let quantities = &all[..];
    let mut times = period::find(text);
    // A year inside a title (《…产业发展规划（2022—2025年）》) names the document, not a
    // period; looked for a few dozen characters back only.
    if text.contains('《') {
        times.retain(|t| {
            let from = crate::span::ceil_char_boundary(text, t.span.start.saturating_sub(120));
            let before = &text[from..t.span.start];
            before.rfind('《').is_none_or(|open| before[open..].contains(['》', '\n']))
        });
    }
    // The latest year the article reports on, not one it compares with or aims at (比2020年,
    // 力争到2027年, 计划于2026年建成); failing that, the latest year of a plan it compares with
    // (与2017年计划目标持平), never a target nor a base year (较2020年).
    // 2026年将力争…: a year the article plans for (it dates its own targets still).
    // 2026年，宜宾将力争…: with the subject between them, the planning word is a few
    // characters into the clause.
    let plans = |t: &TimeExpr| {
        let after = text[t.span.end..].trim_start_matches(['，', ',', ' ']);
        if ["目标", "要"].iter().any(|w| after.starts_with(w)) {
            return true;
        }
        // One pass over the clause's first ten characters, a word looked up only where one
        // of their first characters stands.
        after
            .char_indices()
            .take(10)
            .take_while(|&(_, c)| !is_clause_sep(c))
            .filter(|&(_, c)| matches!(c, '将' | '力' | '计' | '预' | '争' | '确' | '有'))
            .any(|(i, _)| PLAN_VERBS.iter().any(|w| after[i..].starts_with(w)))
    };
    let aimed_at =
        |t: &&TimeExpr| text[..t.span.start].ends_with(['到', '至', '于']) || is_schedule(text, t);
    let latest = |setters: bool| {
        // (与2017年计划目标持平: a compared year followed by 计划 is no plan.)
        // (协会力争2025年…: so is one a planning word opens.)
        let planned = |t: &&TimeExpr| {
            let before = &text[..t.span.start];
            plans(t) && !period::is_comparison(before)
                || PLAN_VERBS.iter().any(|w| before.ends_with(w))
        };
        let years = times.iter().filter(|t| !aimed_at(t) && !planned(t));
        // A base year compared with (较2020年提高) is not the one reported on; the year of a
        // plan compared with (与2017年计划目标持平) is.
        let setting = |t: &&TimeExpr| {
            if setters {
                is_period_setter(text, t)
            } else {
                let after = &text[t.span.end..];
                !period::is_comparison(&text[..t.span.start])
                    || ["计划", "目标", "预期"].iter().any(|w| after.starts_with(w))
            }
        };
        years.filter(setting).filter_map(|t| t.year).max()
    };
    let default_year = latest(true).or_else(|| latest(false));
    // The year the article is written in, where it shows it is after the year it reports
    // on: that year's first plain 2024年 stated as the article's own is its results in full.
    let written = default_year.and_then(|y| {
        let first = times
            .iter()
            .filter(|t| t.year == Some(y) && t.part.is_none() && !t.is_date && !aimed_at(t))
            .find(|t| !plans(t) && !period::is_comparison(&text[..t.span.start]))?;
        let first = first.span.start;
        period::written_after(&times, first).then_some((y + 1, first))
    });
    let current_year = written.map(|(y, _)| y);
    // (3月18日，…签约仪式举行 … 2024年，…: a date before the year reported on is of the year
    // the article is written in.)
    if let Some((y, first)) = written {
        for t in times.iter_mut().filter(|t| t.is_date && t.year.is_none() && t.span.start < first)
        {
            t.year = Some(y);
        }
    }
    let period = PeriodState { default_year, current_year, ..PeriodState::default() };
    let mut state = State {
        period,
        period_text: period.render(),
        point: None,
        subject: None,
        subject_at: NSpan::new(0, 0),
        subject_local: false,
        subject_part: false,
        home: None,
        home_local: false,
        region_named: false,
        company: declared_company(text, entities)
            .or_else(|| title_company(text, entities))
            .or_else(|| {
                let e = entities.main_enterprise()?;
                Some((e.name.clone(), e.mentions.first()?.end))
            }),
        last_metric: String::new(),
        last_level_metric: String::new(),
        last_at: usize::MAX,
        last_level_or_growth: false,
        last_capacity: None,
        capacity_named: None,
        last_rate_per_mille: false,
        counts: (usize::MAX, Vec::new()),
    };
    // At most one indicator per quantity: reserved at once rather than regrown.
    let mut out: Vec<RawIndicator> = Vec::with_capacity(quantities.len());
    // About one window per quantity.
    let mut tagger = Tagger::new(jieba, quantities.len());
    let mut next_time = 0;
    let mut q_idx = 0;
    let mut mention_idx = 0;
    // The places of 分别 and of the sentence governors, found in one search of the text
    // rather than one per sentence, and the first of each not in a sentence yet.
    let (respectively_at, governors_at) = (&marks.respectively, &marks.governors);
    let mut next_respectively = 0;
    let mut next_governor = 0;
    // The article's own region of each level: the first place it names ending in 省/市/县….
    let mut homes: Vec<(char, String, usize)> = Vec::new();
    // A body named with its place (洛阳市统计局) names the place too, and so does a bank's
    // branch (人民银行绵阳市中心支行).
    let bodies = entities
        .list
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Organization | EntityKind::Enterprise));
    let body_places = bodies.filter_map(|e| {
        let place = crate::entity::branch_place(&e.name).or_else(|| {
            (e.kind == EntityKind::Organization)
                .then(|| crate::entity::leading_place(&e.name))
                .flatten()
        })?;
        Some((place.to_string(), e.mentions.first()?))
    });
    let places = entities.list.iter().filter(|e| e.kind == EntityKind::Place);
    let places = places.filter_map(|e| Some((e.name.clone(), e.mentions.first()?)));
    for (name, first) in places.chain(body_places) {
        let Some(level) = name.chars().next_back() else {
            continue;
        };
        match homes.iter_mut().find(|(l, _, _)| *l == level) {
            Some(h) if h.2 > first.start => *h = (level, name, first.start),
            Some(_) => {}
            None => homes.push((level, name, first.start)),
        }
    }
    // The places' names, asked per figure whose clause opens with 全市 (a scan of the list
    // there would be quadratic in a text of many names).
    let place_names = entities.names(EntityKind::Place);
    // The enterprises' names, asked per figure after one of them.
    let enterprise_names = entities.names(EntityKind::Enterprise);
    // The period in force at each indicator of the sentence (for 分别 with listed times).
    let mut periods: Vec<PeriodState> = Vec::new();
    // The qualifiers of the lead-in of a list of records, while the records go on.
    let mut lead_quals: Vec<Qualifier> = Vec::new();
    // Whether the last heading line named targets (六、2025年目标): its paragraphs' figures
    // are targets, up to the next heading.
    let mut heading_target = false;
    // The year a target heading names (二、2023年目标).
    let mut heading_year: Option<i32> = None;
    for sentence in sentences {
        // A new paragraph (a line of its own, a heading) ends a town's, park's or foreign
        // country's reach: the article's region is the subject again.
        if state.subject_local && starts_line(text, sentence.start) {
            advance_subject(
                text,
                entities,
                &mut mention_idx,
                sentence.start,
                &mut state,
                out.is_empty(),
            );
            if state.subject_local {
                state.subject.clone_from(&state.home);
                state.subject_local = false;
            }
        }
        if state.subject_part {
            state.subject.clone_from(&state.home);
            state.subject_local = false;
            state.subject_part = false;
        }
        let first_in_sentence = out.len();
        periods.clear();
        // Whether a figure of the sentence so far is a target (for its 其中 parts).
        let mut target_in_sentence = false;
        // A threshold just read: the count it classes, where the class's name starts and ends.
        let mut class: Option<(usize, usize, usize)> = None;
        // The period before a forecast's (or a 其中 part's) time set it and the one it set:
        // the first is restored when the sentence ends, unless a later time replaced the
        // second.
        let mut forecast_period: Option<(PeriodState, PeriodState)> = None;
        // Whether that time is a point inside the running period (截至9月末).
        let mut point_set = false;
        // The quantities from `q_idx` that start before the sentence ends, those in it.
        let upto = (q_idx..quantities.len())
            .find(|&i| quantities[i].span.start >= sentence.end)
            .unwrap_or(quantities.len());
        let in_sentence = |&i: &usize| quantities[i].span.start >= sentence.start;
        // A lead-in closing with a colon (主要预期目标是：) governs the `指标：数值` records
        // listed under it, each a line of its own.
        let own = &text[sentence.start..sentence.end];
        if own.ends_with(['：', ':']) {
            lead_quals.clear();
            let from = governors_at.partition_point(|&p| p < sentence.start);
            for &p in governors_at[from..].iter().take_while(|&&p| p < sentence.end) {
                governed(&text[p..sentence.end], &mut lead_quals);
            }
        } else if !(starts_line(text, sentence.start) && crate::normalize::is_record(own)) {
            lead_quals.clear();
        }
        let Some(first) = (q_idx..upto).find(in_sentence) else {
            if heading_line(text, *sentence) {
                heading_target = TARGET_HEADINGS.iter().any(|h| own.trim_end().ends_with(h));
                heading_year = period::find(own).iter().find_map(|t| t.year);
            }
            continue;
        };
        // Governing words at the head of the sentence (预计, 力争, 目标是) cover its figures.
        let head_end = quantities[first].span.start;
        let head = &text[sentence.start..head_end];
        // Only explicit governing words reach over the whole sentence; a bare 计划 belongs
        // to its own clause (全市计划播种面积…).
        // Their order does not matter, as each indicator merges them into its sorted
        // qualifiers.
        let mut sentence_quals: Vec<Qualifier> = Vec::new();
        // Where the statement those qualifiers cover starts.
        let mut quals_from = sentence.start;
        // Whether an estimate heads the whole sentence (公司预计，…；…): then no semicolon
        // closes it.
        let mut estimate_heads = false;
        let in_head = governors_at[next_governor..].partition_point(|&p| p < head_end);
        let mut last_governor: Option<usize> = None;
        for &p in &governors_at[next_governor..next_governor + in_head] {
            if p < sentence.start {
                continue;
            }
            // 外贸有望实现正增长，力争…达到3200亿元: a governor in a later clause replaces
            // one whose clause states no figure (not one that heads the sentence alone,
            // 预计，…: a few characters before its comma).
            if let Some(g) = last_governor {
                let comma = text[g..p].find(['，', ',']);
                if comma.is_some_and(|i| i > 4 * 3) {
                    sentence_quals.clear();
                }
            }
            last_governor = Some(p);
            governed(&text[p..head_end], &mut sentence_quals);
            estimate_heads |=
                ["预计，", "预计：", "预计,"].iter().any(|w| text[p..].starts_with(w));
            // (甲码头预计明年建成投运；乙项目完成投资…: a semicolon closes an estimate's
            // statement.)
            if text[p..head_end].contains(['；', ';']) && !estimate_heads {
                sentence_quals.retain(|q| *q != Qualifier::Estimated);
            }
        }
        next_governor += in_head;
        // 到2026年，…: a year the head aims at, later than the article reports on, makes
        // the sentence's figures targets.
        // (预计到2025年: a forecast, not a target.)
        if !sentence_quals.contains(&Qualifier::Target)
            && !sentence_quals.contains(&Qualifier::Estimated)
            && aims_beyond(head, state.period.default_year)
        {
            sentence_quals.push(Qualifier::Target);
        }
        // (预计 under such a heading forecasts, and sets no target.)
        let forecast = sentence_quals.contains(&Qualifier::Estimated);
        // (…，2022年全省…: a sentence under the heading stating an earlier year reports.)
        let earlier = heading_year
            .is_some_and(|hy| period::find(head).iter().any(|t| t.year.is_some_and(|y| y < hy)));
        if head.trim_start().starts_with("目标") || heading_target && !forecast && !earlier {
            sentence_quals.push(Qualifier::Target);
        }
        for &q in &lead_quals {
            if !sentence_quals.contains(&q) {
                sentence_quals.push(q);
            }
        }
        // 今年公司计划完成投资95亿元，新增装机200万千瓦以上: a plan to act in the clause of
        // the sentence's first figure covers the clauses after it (a bare 计划 before a noun,
        // 计划播种面积, still qualifies its own clause only). Clauses before, with no figure
        // (同时，积极争取…，2011年计划实施…), lead in.
        let plan_opens = head.match_indices("计划").any(|(i, w)| {
            let after = &head[i + w.len()..];
            PLAN_ACTS.iter().any(|a| after.starts_with(a))
                && !crate::quantity::qualifier::named_plan(&head[..i], after)
                && !after.contains(['，', ',', '；', ';'])
        });
        for qi in (first..upto).filter(in_sentence) {
            q_idx = qi + 1;
            let q = &quantities[qi];
            // The start of the quantity's clause, read by several rules below.
            let q_clause = clause_start(text, sentence.start, q.span.start);
            // Periods and subjects set before this quantity.
            let mut own_period = None;
            while next_time < times.len() && times[next_time].span.start < q.span.start {
                let t = times[next_time];
                // 由2020年的25万吨: a compared date dates the level right after it, and only
                // that (not the ratio of 是2020年的4.6倍).
                // (与2010年第六次全国人口普查的4472001人相比: a short name of the source may
                // stand between.)
                let between = &text[t.span.end.min(q.span.start)..q.span.start];
                let level = between.ends_with('的')
                    && between.chars().count() <= 12
                    && between.chars().all(crate::normalize::is_han)
                    && text[..t.span.start].ends_with(['由', '从', '比', '较', '与']);
                // 上年同期为-1.25亿元: the same part of the year before the one reported on.
                let same_time_before = t.relative.is_some()
                    && text[t.span.end..].starts_with("同期")
                    && !period::is_comparison(&text[..t.span.start])
                    && t.span.start >= q_clause;
                own_period = if level {
                    let mut p = state.period;
                    p.apply(&t);
                    Some(p.render())
                } else if same_time_before {
                    let mut p = state.period;
                    let offset = t.relative.unwrap_or(0);
                    p.year = p.year.or(p.default_year).map(|y| y + offset);
                    Some(p.render())
                } else {
                    None
                };
                // 预计四季度新增…: a forecast's time dates its own sentence only, and so does
                // a part named after 其中 (…前三季度CPI上涨2.8%，其中9月份上涨3.6%); one of an
                // earlier sentence with no figure (计划5月进场装修。) dates none.
                let point = point_within(text, &t, &state.period);
                // (攻坚期间（10月1日至12月31日），…: a time in brackets inside a sentence
                // glosses that sentence's; one closing a heading (…指标（2012年1—11月）) heads
                // what follows.)
                let glossed = text[..t.span.start].ends_with(['（', '('])
                    && text[t.span.end..]
                        .strip_prefix(['）', ')'])
                        .is_some_and(|r| r.starts_with(['，', ',']));
                // 2017年度棉花目标价格补贴资金: an earlier year naming a programme (no pause after
                // 年度) dates its own figure.
                let reported = state.period.default_year;
                let named_year = t.year.zip(reported).is_some_and(|(y, r)| y < r)
                    && text[t.span.start..t.span.end].ends_with("年度")
                    && text[t.span.end..].starts_with(crate::normalize::is_han)
                    && SCOPE_WORDS.prefix(&text[t.span.end..]).is_none();
                let local = is_forecast(text, sentence.start, &t)
                    || t.span.start > sentence.start
                        && clause_start(text, sentence.start, t.span.start) > sentence.start
                        && part_of_year(&t, &state.period)
                    || after_qizhong(text, t.span.start)
                    || glossed
                    || aimed_later_year(text, &t, reported)
                    || named_year
                    || point;
                if is_period_setter(text, &t) && !(local && t.span.start < sentence.start) {
                    let before = state.period;
                    state.period.apply(&t);
                    state.point = None;
                    if forecast_period.is_none() && local {
                        forecast_period = Some((before, state.period));
                        point_set = point;
                    }
                    // Rendered again only when it changed: many setters repeat the period.
                    if state.period != before {
                        state.period_text = state.period.render();
                    }
                }
                next_time += 1;
            }
            advance_subject(
                text,
                entities,
                &mut mention_idx,
                q.span.start,
                &mut state,
                out.is_empty(),
            );
            // 全市 with no subject yet: the article's own city, when it names one (洛阳市统计局
            // …，全市新增就业6万人).
            if state.subject.is_none() && !homes.is_empty() {
                let opener = skip_time(text, q_clause, q.span.start);
                let level =
                    REGION_SCOPES.prefix(&text[opener..]).and_then(|(w, _)| w.chars().next_back());
                if let Some((_, h, at)) = level.and_then(|c| homes.iter().find(|(l, _, _)| *l == c))
                {
                    if *at < q.span.start {
                        state.subject = Some(h.clone());
                        state.region_home(h);
                        state.subject_local = false;
                        state.subject_at = NSpan::new(opener, opener);
                    }
                }
            }
            // 全县 opening a later clause than the subject's: the region's figure again.
            let mut region_opens = false;
            if state.subject.is_some() || out.len() > first_in_sentence {
                let mut opener = skip_time(text, q_clause, q.span.start);
                let mut scope = REGION_SCOPES.prefix(&text[opener..]).map(|(w, _)| w);
                // 全市常住人口中，男性人口为…: a scope opening the sentence covers its clauses,
                // once the subject was named in an earlier sentence.
                if scope.is_none()
                    && q_clause > sentence.start
                    && state.subject_at.start < sentence.start
                {
                    let head = skip_time(text, sentence.start, q.span.start);
                    if let Some((w, _)) = REGION_SCOPES.prefix(&text[head..]) {
                        (opener, scope) = (head, Some(w));
                    }
                }
                region_opens = scope.is_some();
                // 16市中有7个…, 皖北六市GDP…: several regions together are no one's figure.
                if !region_opens && counts_regions(&text[opener..q.span.start]) {
                    state.subject = None;
                    state.subject_local = false;
                }
                // 全县 after a town resets; 全市 in an article about 大庆市 is still 大庆市.
                let level = scope.and_then(|w| w.chars().next_back());
                let same_level =
                    level.is_some_and(|c| state.subject.as_deref().is_some_and(|s| s.ends_with(c)));
                if region_opens && opener > state.subject_at.start {
                    // 赣州市…瑞金市…全市: after another place, the article's own city, the
                    // first one it names (a park's 全区 is the park; no subject stays none).
                    let home = level.and_then(|c| homes.iter().find(|(l, _, _)| *l == c));
                    let place_subject =
                        state.subject.as_deref().is_some_and(|s| place_names.contains(s));
                    if let Some((_, h, _)) = home.filter(|_| place_subject) {
                        if state.subject.as_deref() != Some(h.as_str()) {
                            state.subject = Some(h.clone());
                            state.region_home(h);
                        }
                        state.subject_local = false;
                    } else if !same_level {
                        state.subject = None;
                        state.subject_local = false;
                    }
                }
            }
            let prev_end = out[first_in_sentence..].last().map(|i| i.span.end).unwrap_or(0);
            // 总投资超1亿美元的外资项目58个: the figure names a class of what is counted, and
            // the class is the count's metric from the threshold's own metric on
            // (产值超亿元企业42家 counts 产值超亿元企业).
            let next = quantities.get(qi + 1);
            if let Some(noun_end) = next.and_then(|next| is_threshold(text, q, next)) {
                let own =
                    indicator(text, *sentence, q, qi, prev_end, entities, &state, &mut tagger);
                let from = own
                    .filter(|i| !i.metric.is_empty())
                    .and_then(|i| {
                        text[i.span.start..q.span.start]
                            .rfind(i.metric.as_str())
                            .map(|at| i.span.start + at)
                    })
                    .unwrap_or(q.span.start);
                class = Some((qi + 1, from, noun_end));
                continue;
            }
            if next.is_some_and(|next| is_modifier(text, q, next))
                || names_class(text, q)
                || in_source(text, q_clause, q)
            {
                continue;
            }
            // A governing word opening a later clause (…6500亿元左右，力争到2027年…70%以上)
            // governs the figures from there on, instead of the head's (inside a clause,
            // 增加值预计增长40%左右, it governs that clause only).
            let mid = governors_at[next_governor..].partition_point(|&p| p < q.span.start);
            if mid > 0 {
                let mut quals = Vec::new();
                for &p in &governors_at[next_governor..next_governor + mid] {
                    // Not one a figure took as its own (预计32.5亿元至35.0亿元), nor one whose
                    // statement a semicolon closed (预计2026年6月投产；二期…).
                    let opens = p >= sentence.start
                        && text[clause_start(text, sentence.start, p)..p].trim().is_empty()
                        && !text[p..q.span.start].contains(['；', ';'])
                        && !(first..qi).any(|k| {
                            (quantities[k].span.start..quantities[k].span.end).contains(&p)
                        });
                    if !opens {
                        continue;
                    }
                    governed(&text[p..q.span.start], &mut quals);
                }
                if !quals.is_empty() {
                    sentence_quals = quals;
                    quals_from = q_clause;
                }
                next_governor += mid;
            }
            // (…预计明年建成投运，设计能力2000万吨；乙项目完成投资7.8亿元: a semicolon ends
            // the statement an estimate covered; a target list runs on over them, 力争达到
            // 19.74亿元；一般公共预算支出安排38.9亿元.)
            if sentence_quals.contains(&Qualifier::Estimated)
                && !estimate_heads
                && text[quals_from..q.span.start].contains(['；', ';'])
            {
                sentence_quals.retain(|q| *q != Qualifier::Estimated);
            }
            let ind = indicator(text, *sentence, q, qi, prev_end, entities, &state, &mut tagger);
            let Some(mut ind) = ind else { continue };
            if let Some((_, from, noun_end)) = class.take().filter(|c| c.0 == qi) {
                ind.metric = text[from..noun_end].to_string();
                ind.span.start = ind.span.start.min(from);
            }
            if let Some(p) = own_period {
                ind.period = p;
            } else if let Some((_, point, set_end)) = &state.point {
                // 截至9月末…。制造业贷款余额…: a stock is still dated at the point, and so
                // are the parts listed right after it (…达到12.37万户。其中，企业2.41万户).
                let stock = STOCK_WORDS.occurs_in(&ind.metric) && !ind.metric.starts_with("新增");
                let parts = text[*set_end..sentence.start].trim().is_empty()
                    && text[sentence.start..].trim_start().starts_with("其中");
                if stock || parts {
                    ind.period.clone_from(point);
                }
            }
            // 预计营业收入突破800亿元，利润总额力争达到42亿元，…不低于108%: a clause setting
            // a target of its own after a forecast turns the rest of the sentence into
            // targets. (Not the reverse: 力争…，…预计超过40万架，…增长15%左右 keeps its targets.)
            if ind.qualifiers.contains(&Qualifier::Target)
                && sentence_quals.contains(&Qualifier::Estimated)
                && !sentence_quals.contains(&Qualifier::Target)
            {
                sentence_quals.retain(|q| *q != Qualifier::Estimated);
                sentence_quals.push(Qualifier::Target);
            }
            for sq in &sentence_quals {
                if !ind.qualifiers.contains(sq) {
                    ind.qualifiers.push(*sq);
                }
            }
            // 龙头企业286家，其中国家级4家、省级37家: a part named by its level alone is
            // that level of the whole before 其中, counted in the same unit.
            if let Some(head) = level_part(text, sentence.start, q, &ind.metric)
                .and_then(|qz| {
                    // (…达到286家。其中国家级4家: the whole closes the sentence before.)
                    let from = if text[sentence.start..qz].trim().is_empty() {
                        first_in_sentence.saturating_sub(1)
                    } else {
                        first_in_sentence
                    };
                    out[from..]
                        .iter()
                        .rev()
                        .find(|w| w.span.end <= qz && quantities[w.quantity].unit == q.unit)
                })
                .and_then(|whole| level_head(&whole.metric, tagger.jieba))
            {
                ind.metric.push_str(head);
            }
            // 医院病床使用率87.3%，其中公立医院94.1%: a 其中 part of a rate named by its noun
            // alone is that rate of the part, where the part ends as the rate's metric opens.
            if ind.kind == IndicatorKind::Share
                && text[q_clause..].trim_start().starts_with("其中")
                && !RATE_ENDINGS.iter().any(|e| ind.metric.ends_with(e))
            {
                let rate = out[first_in_sentence..].iter().rev().find(|w| {
                    w.kind == IndicatorKind::Share && quantities[w.quantity].unit == q.unit
                });
                let joined = rate.and_then(|rate| {
                    let part = ind.metric.as_str();
                    part.char_indices().find_map(|(i, _)| {
                        let tail = &part[i..];
                        (tail.chars().count() >= 2
                            && rate.metric.len() > tail.len()
                            && rate.metric.starts_with(tail))
                        .then(|| format!("{part}{}", &rate.metric[tail.len()..]))
                    })
                });
                if let Some(joined) = joined {
                    ind.metric = joined;
                }
            }
            // …占全省进出口总值的51.9%，所占比重比上年提升4.0个百分点: a bare rate word
            // changing is the rate just reported in the sentence.
            let bare_rate = ind.metric.trim_start_matches("所占").trim_start_matches('其');
            if ind.kind == IndicatorKind::PointChange && RATE_ENDINGS.contains(&bare_rate) {
                let rate = out[first_in_sentence..]
                    .iter()
                    .rev()
                    .find(|w| w.kind == IndicatorKind::Share && w.metric.len() > bare_rate.len());
                if let Some(rate) = rate {
                    ind.metric.clone_from(&rate.metric);
                }
            }
            // 计划实施重点项目186个，其中新开工项目不少于60个: a part of a target is one.
            if target_in_sentence
                && !ind.qualifiers.contains(&Qualifier::Target)
                && text[q_clause..].starts_with("其中")
            {
                ind.qualifiers.push(Qualifier::Target);
            }
            let head = text[q_clause..q.span.start].trim_start();
            if plan_opens
                && q_clause > head_end
                && !ind.qualifiers.contains(&Qualifier::Target)
                && !STATED_OPENERS.iter().any(|w| head.starts_with(w))
            {
                ind.qualifiers.push(Qualifier::Target);
            }
            // …预计净利润3200万元，上年同期亏损1560万元: the year before is no forecast.
            if head.starts_with("上年同期") || head.starts_with("去年同期") {
                ind.qualifiers.retain(|q| !matches!(q, Qualifier::Estimated | Qualifier::Target));
            }
            ind.qualifiers.sort();
            target_in_sentence |= ind.qualifiers.contains(&Qualifier::Target);
            // An enterprise that opened an earlier clause of the sentence is still its
            // subject (华拓电子实现营业收入…，同比增长…; …，净利润3100万元): of a carried
            // metric whatever named it, of a metric of its own only an enterprise.
            // A place opening this clause (，会理市增长5.4%) is its own subject.
            let own_place = state.subject.is_some() && state.subject_at.start >= q_clause;
            // …；三是新签约的某公司…: a numbered point is a statement of its own, which takes
            // no subject from the points before it (its own figures still share theirs).
            let new_point = list_number(&text[q_clause..q.span.start]).is_some();
            if ind.subject == state.subject && !region_opens && !own_place {
                let prev = out[first_in_sentence..].last();
                if let Some(prev) = prev.filter(|p| !new_point || p.span.start >= q_clause) {
                    // …、乙公司6GW光伏组件等49个重点项目: a figure after a list closed by 等 is
                    // the whole list's.
                    let listed =
                        text.get(prev.span.end..q.span.start).is_some_and(|b| b.contains('等'));
                    let enterprise = !listed
                        && prev.subject.as_deref().is_some_and(|s| enterprise_names.contains(s));
                    if prev.subject != state.subject && (ind.carried || enterprise) {
                        ind.subject = prev.subject.clone();
                    }
                }
            }
            // 占年度计划（700亿元）的50.9%，同比增长7.6%: a plan's amount is an aside; the
            // figures after it still speak of the metric before it.
            // 小学298所（另有教学点146个），比上年减少11所: so is a figure in brackets right
            // after another.
            let aside = text[q.span.end..].starts_with(['）', ')'])
                && qi > 0
                && text[quantities[qi - 1].span.end..q.span.start]
                    .strip_prefix(['（', '('])
                    .is_some_and(|inner| !inner.contains(['（', '(', '）', ')']));
            if states_plan(text, q) || aside {
                out.push(ind);
                periods.push(state.period);
                continue;
            }
            // Into the old buffer: one allocation per document rather than per indicator.
            state.last_metric.clone_from(&ind.metric);
            let level = matches!(
                ind.kind,
                IndicatorKind::Amount | IndicatorKind::Count | IndicatorKind::Capacity
            );
            if level {
                state.last_level_metric.clone_from(&ind.metric);
            }
            state.last_at = sentence.start;
            state.last_level_or_growth = level || ind.kind == IndicatorKind::Growth;
            state.last_capacity =
                (ind.kind == IndicatorKind::Capacity).then_some((ind.span.end, q.class));
            if ind.kind == IndicatorKind::Capacity {
                state.capacity_named = Some((sentence.start, q.class, ind.metric.clone()));
            }
            state.last_rate_per_mille =
                ind.kind == IndicatorKind::Share && quantities[ind.quantity].unit != "%";
            if state.counts.0 != sentence.start {
                state.counts = (sentence.start, Vec::new());
            }
            let counted = measure_word(&quantities[ind.quantity]);
            if let Some(m) = counted.filter(|_| ind.kind == IndicatorKind::Count) {
                state.counts.1.push((m, ind.metric.clone()));
            }
            out.push(ind);
            periods.push(state.period);
        }
        // 分别 never runs over a sentence end (a terminal, a closing mark or a line break).
        let upto = next_respectively
            + respectively_at[next_respectively..].partition_point(|&p| p < sentence.end);
        let places = &respectively_at[next_respectively..upto];
        let places = &places[places.partition_point(|&p| p < sentence.start)..];
        next_respectively = upto;
        let ctx = (text, *sentence, entities);
        let (earlier, sentence_out) = out.split_at_mut(first_in_sentence);
        respectively(ctx, places, quantities, &periods, (earlier, sentence_out));
        distribute(ctx, quantities, &mut out, first_in_sentence);
        if let Some((before, set)) = forecast_period.filter(|f| f.1 == state.period) {
            if point_set {
                state.point = Some((set, state.period_text.take(), sentence.end));
            }
            state.period = before;
            state.period_text = before.render();
        }
    }
    (out, all)
}

/// `甲区、乙区规上工业增加值均增长5.2%`, `出口和进口均增长10%`: the adverb 均 (or 都) before the
/// predicate gives the figure to each listed subject, or to each listed metric, in order.
/// The indicators of the sentence are those of `out` from `from`.
fn distribute(
    (text, sentence, entities): (&str, NSpan, &Entities),
    qs: &[RawQuantity],
    out: &mut Vec<RawIndicator>,
    from: usize,
) {
    // Most sentences have no 均, 都 or distributing 各 (各类 is common) at all: a few scans and
    // done.
    let s = &text[sentence.start..sentence.end];
    let distributing_ge =
        || s.match_indices('各').any(|(i, _)| !s[i + '各'.len_utf8()..].starts_with(GE_DETERMINED));
    if !s.contains('均') && !s.contains('都') && !distributing_ge() {
        return;
    }
    // The sentence's indicators are put back one by one, each with its copies (an insert
    // into `out` per copy would shift the rest of the sentence each time).
    let sentence_inds: Vec<RawIndicator> = out.drain(from..).collect();
    let mut last_listed: Vec<String> = Vec::new();
    for ind in sentence_inds {
        let at = qs[ind.quantity].span.start;
        let head_start = list_start(text, at).max(sentence.start);
        let adverb = distributive_adverb(&text[head_start..at]).map(|p| head_start + p);
        // The 都 of 成都 is a name's.
        let named = |a: usize| {
            entities.within(NSpan::new(head_start, a + '都'.len_utf8())).any(|(s, _)| s.end > a)
        };
        let Some(adverb) = adverb.filter(|&a| !named(a)) else {
            // A figure without 均 between two that have it ends the run of shared subjects.
            last_listed.clear();
            out.push(ind);
            continue;
        };
        let head = NSpan::new(head_start, adverb);
        let mut listed: Vec<String> =
            listed_subjects(text, entities, head).into_iter().map(str::to_string).collect();
        // 甲区、乙区营业收入均增长5.2%，技术合同成交额均突破10亿元: a later clause naming no
        // one has the same subjects; failing those, the subjects of the figures just before,
        // one each (甲市、乙市投资分别为…，增速均超两成).
        if listed.is_empty() && entities.within(head).next().is_none() {
            listed.clone_from(&last_listed);
            if listed.is_empty() {
                listed = subjects_of_run(&out[from..]);
            }
        }
        let shared = shared_head_items(&text[head.start..head.end], &ind.metric);
        if let Some(metrics) = listed_metrics(&ind.metric).or(shared) {
            out.extend(metrics.into_iter().map(|m| RawIndicator { metric: m, ..ind.clone() }));
        } else if !listed.is_empty() && !listed.iter().any(|s| ind.metric.contains(s)) {
            out.extend(
                listed.iter().map(|s| RawIndicator { subject: Some(s.to_string()), ..ind.clone() }),
            );
        } else {
            out.push(ind);
        }
        last_listed = listed;
    }
}

/// The subjects of the last figures of `inds`, when each has its own (two or more, all
/// different, in order).
fn subjects_of_run(inds: &[RawIndicator]) -> Vec<String> {
    let mut run: Vec<String> = Vec::new();
    for ind in inds.iter().rev() {
        match &ind.subject {
            Some(s) if !run.contains(s) => run.push(s.clone()),
            _ => break,
        }
    }
    run.reverse();
    if run.len() < 2 { Vec::new() } else { run }
}

/// Where the adverb 均/都/各 of `head` (the text before a figure) stands, when it opens the
/// predicate at its end (均增长, 同比均超过, 都达到, 各成交) and is not part of 人均/平均 nor
/// a determiner (各类, 各地).
fn distributive_adverb(head: &str) -> Option<usize> {
    let at = head.rfind(['均', '都', '各'])?;
    let (before, after) = (&head[..at], &head[at + '均'.len_utf8()..]);
    let determiner = head[at..].starts_with('各') && after.starts_with(GE_DETERMINED);
    let adverb = !determiner
        && !before.ends_with(['人', '平', '年', '日', '月', '户', '亩', '季', '周', '首'])
        && !before.is_empty()
        && !head.contains(RESPECTIVELY)
        && after.chars().count() <= 5
        && !after.contains(is_clause_sep);
    adverb.then_some(at)
}

/// What 各 determines rather than distributes over (各类, 各地, 各部门).
const GE_DETERMINED: [char; 21] = [
    '类', '级', '项', '地', '种', '个', '位', '部', '区', '县', '市', '方', '界', '族', '国', '省',
    '镇', '乡', '村', '有', '自',
];

/// `钢铁、机械行业`: a list whose last item (the metric read) carries the part the others
/// share: each item with that part (see [`shared_tail`]).
fn shared_head_items(list: &str, metric: &str) -> Option<Vec<String>> {
    let items: Vec<&str> = list.split(['、', '和', '及', '与']).collect();
    if items.last() != Some(&metric) {
        return None;
    }
    // 出口、进口均增长5%: every item a metric of its own (the metric read stops at 、).
    shared_tail(&items).or_else(|| listed_metrics(strip_scope_words(list)))
}

/// Words that open the part of a list's last item the short items before it share, true
/// for a metric noun (`src/data/shared_tails.tsv`).
static SHARED_TAILS: LazyLock<Words<bool>> = LazyLock::new(|| {
    Words::new(words::labelled(include_str!("data/shared_tails.tsv"), |l| match l {
        "head" => Some(false),
        "metric" => Some(true),
        _ => None,
    }))
});

/// A list whose earlier items are written short and share the rest of the last one
/// (第一、二、三产业增加值, 城镇、农村居民收入, 工业、服务业增加值): every item written out, in
/// order. The shared part opens at the first [`SHARED_TAILS`] word of the last item; the
/// earlier items are one to six characters and end neither in that word (钢铁行业、机械行业
/// are whole) nor in a metric of their own (营业收入、利润总额 are two metrics). Ordinals keep
/// their 第 (第一、二 → 第二).
fn shared_tail(items: &[&str]) -> Option<Vec<String>> {
    let (last, others) = items.split_last()?;
    let (at, opener) = last
        .char_indices()
        .skip(1)
        .find_map(|(i, _)| SHARED_TAILS.prefix(&last[i..]).map(|(w, _)| (i, w)))?;
    let (own, tail) = last.split_at(at);
    let whole = |i: &str| i.ends_with(opener) || ends_in_metric(i);
    let short = |i: &&str| (1..=6).contains(&i.chars().count()) && !whole(i);
    if others.is_empty() || !others.iter().all(short) || own.chars().count() > 4 {
        return None;
    }
    let numeral = |i: &str| i.chars().all(period::is_numeral);
    let ordinal = others[0].starts_with('第');
    Some(
        others
            .iter()
            .chain([&own])
            .map(|i| {
                let th = if ordinal && numeral(i) { "第" } else { "" };
                format!("{th}{i}{tail}")
            })
            .collect(),
    )
}

/// Whether a list item ends in a word naming what is measured (营业收入, 利润总额): a metric of
/// its own, which shares no other item's.
fn ends_in_metric(i: &str) -> bool {
    SHARED_TAILS.suffix(i).is_some_and(|(_, metric)| metric)
        || METRIC_WORDS.suffix(i).is_some_and(|(w, _)| w.len() > 3)
}

/// `规上工业增加值和营业收入`: a metric that joins two or more metrics, each ending in a metric
/// word or naming a tax (not 批发和零售业增加值, one trade).
fn listed_metrics(metric: &str) -> Option<Vec<String>> {
    let items: Vec<&str> = metric.split(['和', '、', '及', '与']).collect();
    // A tax is named by its kind (增值税, 房产税).
    let whole = |m: &str| {
        m.chars().count() >= 2 && (m.ends_with('税') || METRIC_WORDS.iter().any(|w| m.ends_with(w)))
    };
    (items.len() >= 2 && items.iter().all(|m| whole(m)))
        .then(|| items.into_iter().map(str::to_string).collect())
}

/// The length of a short-name declaration opening `s` (`（以下简称“楚能新材”）`), if one does.
fn short_name_declaration(s: &str) -> Option<usize> {
    let inner = s.strip_prefix(['（', '('])?;
    let close = inner.find(['）', ')'])?;
    let close_len = inner[close..].chars().next()?.len_utf8();
    let len = s.len() - inner.len() + close + close_len;
    (close <= 60 && inner[..close].contains("简称")).then_some(len)
}

/// `持平` (unchanged) is a growth of zero, unless it compares with a plan or target.
/// `flat` are the places of 持平 in `text`.
fn with_flat(text: &str, flat: &[usize], all: &mut Vec<RawQuantity>) {
    let before = all.len();
    for &i in flat {
        let w = FLAT;
        // 保持平稳, 持平衡: other words; 持平的有2种 names what is counted.
        if text[..i].ends_with('保') || text[i + w.len()..].starts_with(['稳', '衡', '台', '的'])
        {
            continue;
        }
        // 2种持平: how many kinds stayed, not a change.
        let counted = text[..i].strip_suffix(['种', '个', '家', '项', '类', '户', '只', '件']);
        if counted.is_some_and(|b| {
            b.ends_with(|c: char| c.is_ascii_digit() || crate::period::is_numeral(c))
        }) {
            continue;
        }
        let head = &text[clause_start(text, 0, i)..i];
        if head.contains("目标") || head.contains("计划") || head.contains("预期") {
            continue;
        }
        let span = NSpan::new(i, i + w.len());
        all.push(RawQuantity {
            span,
            core: span,
            value: 0.0,
            value_max: None,
            unit: "%".into(),
            normalized: 0.0,
            normalized_max: None,
            normalized_unit: NormalizedUnit::Percent,
            class: UnitClass::Percent,
            qualifiers: Vec::new(),
            per_year: false,
            bare_magnitude: false,
            change: true,
        });
    }
    if all.len() > before {
        all.sort_by_key(|q| q.span.start);
    }
}

/// A project's schedule (预计2026年6月投产, 2025年底前建成): never the time reported on.
fn is_schedule(text: &str, t: &TimeExpr) -> bool {
    let after = text[t.span.end..].trim_start_matches(['底', '末', '初', '前', '内']);
    [
        "投产",
        "建成",
        "竣工",
        "达产",
        "投运",
        "并网",
        "完工",
        "开工",
        "开业",
        "交付",
        "启用",
        "试生产",
        "试运行",
        "试产",
        "进场",
        "投用",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// Whether `t` dates a forecast or a plan inside its sentence (预计四季度…, 力争到2025年…,
/// …表示，四季度预计…): a planning word right before it, or right after it when it does not
/// open the sentence (2024年预计… opens a statement of plans that may run on).
fn is_forecast(text: &str, sentence_start: usize, t: &TimeExpr) -> bool {
    let before = text[..t.span.start].trim_end_matches(['到', '至', '于', '在']);
    // (机场方面预计，2018年春运期间…: the verb may head the sentence before a comma.)
    let before = before.strip_suffix(['，', ',']).unwrap_or(before);
    let after = &text[t.span.end..];
    // (A time of an earlier sentence, read late, opens none of this one.)
    let opens = text.get(sentence_start..t.span.start).is_some_and(|h| h.trim().is_empty());
    // (全年目标 and 全年预期 are nouns: after a time only the verbs.)
    let verbs = || PLAN_VERBS.iter().chain(&["拟"]);
    verbs().chain(&["预期", "目标"]).any(|w| before.ends_with(w))
        || !opens && verbs().any(|w| after.starts_with(w))
}

/// 到2025年, 至2030年: a year aimed at, later than the one reported on (or any, when the
/// article states none), dates the figures of its own sentence only. (截至2022年底 and
/// 2020年至2022年 reach a point or close a span. `aims_beyond` asks the same of a
/// sentence's head, for its qualifiers.)
fn aimed_later_year(text: &str, t: &TimeExpr, reported: Option<i32>) -> bool {
    let Some(year) = t.year else { return false };
    let before = &text[..t.span.start];
    let aimed = before.ends_with('到') && !period::up_to_date(before)
        || before.ends_with('至')
            && !period::up_to_date(before)
            && !before[..before.len() - '至'.len_utf8()]
                .ends_with(|c: char| c == '年' || c.is_ascii_digit());
    aimed && reported.is_none_or(|r| year > r)
}

/// Where the 其中 of the sentence opening at `start` stands, when `q` is one of the parts
/// it lists and `metric` names it by a level alone (国家级, 省级, 5A级).
fn level_part(text: &str, start: usize, q: &RawQuantity, metric: &str) -> Option<usize> {
    let level = metric.ends_with('级') && (2..=5).contains(&metric.chars().count());
    if !level {
        return None;
    }
    let qz = text[start..q.span.start].rfind("其中")? + start;
    // Only items of the 其中 list: no full stop or semicolon in between.
    (!text[qz..q.span.start].contains(['；', ';'])).then_some(qz)
}

/// What a level names of the whole `metric`: the noun after the whole's own level and its
/// bound (A级旅游景区 → 旅游景区, 县级以上龙头企业 → 龙头企业), else its last word (农业产业化
/// 龙头企业 → 龙头企业).
fn level_head<'m>(metric: &'m str, jieba: &Jieba) -> Option<&'m str> {
    let head = match metric.rfind('级') {
        // (县级以上龙头企业: the bound goes with the whole's level.)
        Some(i) => {
            let rest = &metric[i + '级'.len_utf8()..];
            ["及以上", "以上", "以下"].iter().find_map(|b| rest.strip_prefix(b)).unwrap_or(rest)
        }
        None => {
            let words = jieba.cut(metric, false);
            let last = words.last()?.word.len();
            &metric[metric.len() - last..]
        }
    };
    (head.chars().count() >= 2).then_some(head)
}

/// Whether `at` follows 其中 (and a comma): what stands there names a part of the whole
/// before.
fn after_qizhong(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches(['，', ',']).ends_with("其中")
}

/// Verbs of a plan or forecast (预计, 力争, 将 …) near a time: the time is one planned for.
const PLAN_VERBS: [&str; 7] = ["将", "力争", "计划", "预计", "争取", "确保", "有望"];

fn is_period_setter(text: &str, t: &TimeExpr) -> bool {
    let before = &text[..t.span.start];
    let after = &text[t.span.end..];
    // A dateline (统计局\n2026年3月28日\n): the day of publication, not of the figures.
    let dateline = t.is_date
        && text[t.span.start..t.span.end].ends_with(['日', '号'])
        && after.trim_start_matches([' ', '\t', '\u{3000}']).starts_with('\n');
    // 比上年全年加快: the whole of a year compared with.
    let compared_year = t.full_year
        && ["上年", "去年", "前年"]
            .iter()
            .any(|w| before.strip_suffix(w).is_some_and(period::is_comparison));
    !dateline
        && !compared_year
        && !is_schedule(text, t)
        && !period::is_comparison(before)
        && !["以来", "相比", "同期", "以前", "之前", "末期", "水平"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Topic mentions: a park, place or enterprise that opens a clause sets the subject.
/// `opening`: no figure has been read yet (a park or town named then is the article's own).
fn advance_subject(
    text: &str,
    entities: &Entities,
    idx: &mut usize,
    upto: usize,
    state: &mut State,
    opening: bool,
) {
    while *idx < entities.mentions.len() && entities.mentions[*idx].0.start < upto {
        let (span, e) = entities.mentions[*idx];
        *idx += 1;
        let found = &entities.list[e];
        if !matches!(found.kind, EntityKind::Park | EntityKind::Place) {
            continue;
        }
        // 南丰县琴城镇: a place right after the subject narrows it.
        let narrows = state.subject.is_some() && state.subject_at.end == span.start;
        // 常德市完成投资… in a province's review: a region below the article's own is one of
        // its parts, named for a paragraph at most. (A country is no such home: a city's
        // report names 中国 in passing, where a national one names its cities.)
        let below_home = !narrows
            && !state.home_local
            && state.home.as_deref().and_then(crate::entity::place_rank).is_some_and(|home| {
                home > 0 && crate::entity::place_rank(&found.name).is_some_and(|rank| rank > home)
            });
        let local = found.kind == EntityKind::Park
            || crate::entity::is_local_place(&found.name)
            || below_home;
        state.region_named |= !local;
        // 来自上海、浙江、湖南等地: an item of a list is no topic.
        let listed = text[..span.start].ends_with('、') || text[span.end..].starts_with('、');
        // 中欧班列（成都）, 华帅（重庆）: a place in brackets right after a name says where
        // that one is, and is no topic. (After a place or park, 无锡国家高新区（新吴区）,
        // 中国（南昌）…, it names the same ground and is.)
        let bracketed = text[..span.start].strip_suffix(['（', '(']).is_some_and(|b| {
            b.ends_with(crate::normalize::is_han)
                && !entities
                    .ending_at(b.len())
                    .any(|(_, e)| matches!(e.kind, EntityKind::Park | EntityKind::Place))
        }) && text[span.end..].starts_with(['）', ')']);
        if bracketed {
            continue;
        }
        // 枣阳市、宜城市、老河口市等县市区共开工…: a list opening a clause is its subject, no
        // one place of it; the region before is the subject no longer. The article's own
        // region is, where it holds the list (a city's counties), else no one is.
        // (A list of parks or stations leaves the subject as it is.)
        let rank = crate::entity::place_rank;
        let region_list = listed
            && found.kind == EntityKind::Place
            && rank(&found.name).is_some()
            && !text[..span.start].ends_with('、');
        if region_list && opens_clause(text, span.start) {
            let holds = state.home.as_deref().and_then(rank).zip(rank(&found.name));
            state.subject = state.home.clone().filter(|_| holds.is_some_and(|(h, i)| h < i));
            state.subject_local = false;
            state.subject_at = span;
            continue;
        }
        if !listed && (narrows || opens_clause(text, span.start)) {
            // A park or town first named after its region and after figures of no one's (a
            // county's report reaching its industrial park) is named in passing, not the
            // article's own.
            let passing = local && !opening && state.region_named;
            let first = state.home.is_none() && state.subject.is_none() && !passing;
            // 其中美国FDA批件11个: the place of a part names that part only.
            let part = after_qizhong(text, span.start);
            if !part && (first || !local && !state.home_local) {
                match &mut state.home {
                    Some(home) => home.clone_from(&found.name),
                    None => state.home = Some(found.name.clone()),
                }
                state.home_local = local;
            }
            state.subject_local =
                (local || part) && state.home.as_deref() != Some(found.name.as_str());
            state.subject_part = part;
            // Into the old buffer where there is one, like `last_metric`.
            state.subject_at = span;
            match &mut state.subject {
                Some(subject) => subject.clone_from(&found.name),
                None => state.subject = Some(found.name.clone()),
            }
        }
    }
}

/// The enterprise a prospectus or report declares to be 公司 (甲股份有限公司（以下简称“甲”或
/// “公司”）), and where that name ends: what 公司 alone names, however often others are
/// named (its customers, its subsidiaries).
fn declared_company(text: &str, entities: &Entities) -> Option<(String, usize)> {
    for word in ["“公司”", "“本公司”", "“发行人”"] {
        let Some(at) = text.find(word) else { continue };
        let from = crate::span::ceil_char_boundary(text, at.saturating_sub(60));
        let Some(open) = text[from..at].rfind(['（', '(']).map(|i| from + i) else { continue };
        if !text[open..at].contains("简称") {
            continue;
        }
        let named = entities.ending_at(open).find(|(_, e)| e.kind == EntityKind::Enterprise);
        if let Some((span, e)) = named {
            return Some((e.name.clone(), span.end));
        }
    }
    None
}

/// The enterprise a report's title names (甲股份有限公司2011年年度报告摘要): what 公司 alone
/// names, however often its subsidiaries are named after.
fn title_company(text: &str, entities: &Entities) -> Option<(String, usize)> {
    let lead = text.len() - text.trim_start().len();
    let title_end = lead + text[lead..].find('\n')?;
    let (span, e) = entities
        .within(NSpan::new(0, title_end))
        .find(|(_, e)| e.kind == EntityKind::Enterprise)
        // (A registered name: a short one in a headline is as often a false reading.)
        .filter(|(span, _)| ["公司", "集团"].iter().any(|s| span.slice(text).ends_with(s)))?;
    Some((e.name.clone(), span.end))
}

/// Whether `at` starts a line (blanks before it allowed).
fn starts_line(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t', '\u{3000}']);
    before.is_empty() || before.ends_with('\n')
}

/// Endings of a heading that names targets (二、2025年目标, 主要预期目标, 发展目标任务).
const TARGET_HEADINGS: [&str; 3] = ["目标", "目标任务", "主要指标预期"];

/// Whether `sentence` is a heading: a short line of its own with no clause mark in it,
/// numbered or not (二、2025年目标; 2015年主要预期目标).
fn heading_line(text: &str, sentence: NSpan) -> bool {
    let own = &text[sentence.start..sentence.end];
    let after = text[sentence.end..].trim_start_matches([' ', '\t', '\u{3000}']);
    starts_line(text, sentence.start)
        && (after.is_empty() || after.starts_with('\n'))
        && own.chars().count() <= 20
        && !own.contains(['，', '。', '；', '：', ',', ';', ':'])
}

/// Whether `at` starts a clause, allowing a time expression or 其中/全市 before it.
fn opens_clause(text: &str, at: usize) -> bool {
    let start = clause_start(text, 0, at);
    let mut head = &text[start..at];
    let times = if period::occurs_in(head) { period::find(head) } else { Vec::new() };
    for t in times.iter().rev() {
        if t.span.end == head.len() {
            head = &head[..t.span.start];
        }
    }
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || c == '“');
    head.is_empty() || ["其中", "全年", "今年", "截至", "在"].contains(&head)
}

#[allow(clippy::too_many_arguments)]
fn indicator<'t>(
    text: &'t str,
    sentence: NSpan,
    q: &RawQuantity,
    qi: usize,
    prev_end: usize,
    entities: &Entities,
    state: &State,
    tagger: &mut Tagger<'t>,
) -> Option<RawIndicator> {
    let mut cs = clause_start(text, sentence.start, q.span.start);
    // A bracket inside a name is no clause break: 某某电器(重庆)有限公司年产值….
    if let Some(name) = entities.around(cs).filter(|n| n.end <= q.span.start) {
        cs = name.start.max(sentence.start);
    }
    // 陕西投资集团有限公司（陕投集团）实现…: a name and its short form in brackets open the
    // clause together.
    if let Some(open) = text[..cs].strip_suffix(['）', ')']).and_then(|h| {
        let (inner, e) = entities.ending_at(h.len()).next()?;
        let open = text[..inner.start].strip_suffix(['（', '('])?.len();
        let (full, f) = entities.ending_at(open).next()?;
        (std::ptr::eq(e, f) && full.start >= sentence.start).then_some(full.start)
    }) {
        cs = open;
    }
    if text[..q.span.start].ends_with('等') {
        cs = q.span.start;
    }
    // 学校（含幼儿园、教学点）1862所: a 、 inside brackets opened before it ends no clause; the
    // clause is the one the brackets gloss, read as if they held no 、.
    if let Some(close) = text[cs..q.span.start].find(['）', ')']) {
        let inside = !text[cs..cs + close].contains(['（', '(']);
        let open = text[sentence.start..cs].rfind(['（', '(']).map(|i| sentence.start + i);
        let unclosed = open.is_some_and(|o| !text[o..cs].contains(['）', ')']));
        if inside && unclosed {
            cs += close + text[cs + close..].chars().next().map_or(0, char::len_utf8);
        }
    }
    // Never reach back into the previous indicator of the sentence.
    cs = cs.max(prev_end.min(q.span.start));
    let window_full = &text[cs..q.span.start];
    let connectors = ["和", "及", "、", "以及"];
    // Most windows open with none: one test of the first character settles them.
    let window_trim = if window_full.starts_with(['和', '及', '、', '以']) {
        connectors.iter().fold(window_full, |w, c| w.strip_prefix(c).unwrap_or(w))
    } else {
        window_full
    };
    let window_trim = window_trim.trim_start_matches([' ', '\t']);
    let cs = q.span.start - window_trim.len();
    // Clause-local subject: an entity opening this clause (甲乙半导体5万吨多晶硅).
    let mut subject = state.subject.as_deref();
    let mut window_start = cs;
    let mut opener = skip_time(text, cs, q.span.start);
    // 1.湖北某某有限公司年产…, 一是某公司…: a list number opens the item, the name after it.
    if let Some(len) = list_number(&text[opener..q.span.start]) {
        if entities.starting_at(opener + len).is_some() {
            opener += len;
        }
    }
    // 公司全资子公司X有限公司投资…: the subsidiary named after its relation is the subject.
    if let Some(len) = crate::entity::relation_lead(&text[opener..q.span.start]) {
        if entities.starting_at(opener + len).is_some() {
            opener += len;
        }
    }
    if let Some((span, e)) = entities.starting_at(opener) {
        // 甲、乙、丙等…企业126家: the last item of a list closed by 等 is no subject; nor is
        // one closed by their count (甲、乙、丙3家企业合计…).
        let after = &text[span.end..];
        let counted = text[..span.start].ends_with('、')
            && after
                .trim_start_matches(|c: char| c.is_ascii_digit() || period::is_numeral(c))
                .starts_with('家')
            && after.starts_with(|c: char| c.is_ascii_digit() || period::is_numeral(c));
        let closes_list = after.starts_with('等') || counted;
        if closes_list && span.end <= q.span.start {
            window_start = span.end + if counted { 0 } else { '等'.len_utf8() };
        } else if span.end <= q.span.start
            && matches!(e.kind, EntityKind::Enterprise | EntityKind::Park | EntityKind::Place)
        {
            subject = Some(e.name.as_str());
            window_start = span.end;
            // 某公司（以下简称“某某”）年产…: the declaration stands between name and metric,
            // as does a short form in brackets (陕西投资集团有限公司（陕投集团）).
            if let Some(len) = short_name_declaration(&text[span.end..q.span.start]) {
                window_start += len;
            } else if let Some((short, _)) = text[span.end..]
                .starts_with(['（', '('])
                .then(|| entities.starting_at(span.end + '（'.len_utf8()))
                .flatten()
                .filter(|(s, f)| std::ptr::eq(*f, e) && s.end < q.span.start)
            {
                let close = text[short.end..].chars().next().filter(|c| matches!(c, '）' | ')'));
                window_start = short.end + close.map_or(0, char::len_utf8);
            }
            // 南丰县琴城镇: the place right after narrows the subject.
            while let Some((next, e)) = entities.starting_at(window_start) {
                if next.end > q.span.start
                    || !matches!(e.kind, EntityKind::Park | EntityKind::Place)
                {
                    break;
                }
                subject = Some(e.name.as_str());
                window_start = next.end;
            }
        }
    }
    // 某公司（以下简称“某某”）年产…: the clause opens after the declaration; the name before
    // it is the subject.
    if window_start == cs && text[..cs].ends_with(['）', ')']) {
        let from = crate::span::ceil_char_boundary(text, cs.saturating_sub(90));
        let head = &text[from..cs];
        if let Some(open) = head.rfind(['（', '(']).map(|i| cs - head.len() + i) {
            let declared = short_name_declaration(&text[open..cs]) == Some(cs - open);
            let named = entities.ending_at(open).last();
            if let Some((span, e)) = named.filter(|_| declared) {
                if matches!(e.kind, EntityKind::Enterprise | EntityKind::Park) && span.end <= cs {
                    subject = Some(e.name.as_str());
                }
            }
        }
    }
    // A bare zone word opening the clause (开发区全年实现…) is its subject, and 公司 the
    // article's company, once named.
    if window_start == cs {
        if let Some((w, _)) = BARE_ZONES.prefix(&text[opener..q.span.start]) {
            // 苏州工业园区…。园区累计…: the park of that kind named last.
            let named =
                entities.last_before(opener, |e| e.kind == EntityKind::Park && zone_of(w, &e.name));
            subject = Some(named.map_or(w, |e| e.name.as_str()));
            window_start = opener + w.len();
        } else if text[opener..q.span.start].starts_with("该行") {
            // 该行: the bank named last.
            let bank = entities.last_before(opener, |e| {
                e.kind == EntityKind::Enterprise && e.name.ends_with('行')
            });
            subject = bank.map(|e| e.name.as_str()).or(subject);
            window_start = opener + "该行".len();
        } else if let Some(w) = ["该公司", "该企业", "该集团"]
            .iter()
            .find(|w| text[opener..q.span.start].starts_with(*w))
        {
            // 该公司: the enterprise named last, not the article's first.
            let named = entities.last_before(opener, |e| e.kind == EntityKind::Enterprise);
            subject = named.map(|e| e.name.as_str()).or(subject);
            window_start = opener + w.len();
        } else if let Some((_, e)) = text[opener..q.span.start]
            .starts_with("企业")
            .then(|| {
                entities
                    .within(NSpan::new(sentence.start, opener))
                    .filter(|(_, e)| e.kind == EntityKind::Enterprise)
                    .last()
            })
            .flatten()
        {
            // 某某董事长说，企业今年研发投入…: the enterprise named earlier in the sentence
            // (公司 is the article's company, below).
            subject = Some(e.name.as_str());
            window_start = opener + "企业".len();
        } else if let Some((name, named_at)) = &state.company {
            let head = &text[opener..q.span.start];
            if *named_at <= opener && crate::entity::company_word(head).is_some() {
                subject = Some(name.as_str());
            }
        }
    }
    let mut window = &text[window_start..q.span.start];
    // 100MW/200MWh: the second of a paired rating names nothing before it.
    if window.trim() == "/" {
        window = "";
        window_start = q.span.start;
    }
    // Bulletin rows: `指标：数值` (the metric before the colon) or `指标\t数值\t增速` (the
    // row's first cell). An earnings preview writes the result before the figure
    // (净利润：亏损3200万元至4500万元): a loss is a negative figure of the label.
    let result = trim(window);
    let loss = matches!(result, "亏损" | "预亏" | "净亏损");
    // A row's earlier cell (`城镇居民人均可支配收入（元）  43215  3.8`): only a number.
    let cell_before = !result.is_empty()
        && (window.ends_with("  ") || window.ends_with('\u{3000}'))
        && result.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-'));
    let labelled = result.is_empty() || loss || cell_before || matches!(result, "盈利" | "预盈");
    let mut loss_label = false;
    // A record's label (新增债券：1507亿元) and where it starts.
    let mut record_label = None;
    if cs > sentence.start && labelled {
        let head = &text[sentence.start..cs];
        if head.ends_with(['：', ':']) {
            loss_label = loss;
            let sep_len = head.chars().next_back().map_or(0, char::len_utf8);
            // A record's label is the line's head, brackets and all (细颗粒物（PM2.5）平均浓度：).
            let record = crate::normalize::is_record(&text[sentence.start..sentence.end]);
            // (A second record on the line, 基金收入：19.4亿元，基金支出：17.8亿元, starts
            // after the figure before.)
            let line_start = text[..cs].rfind('\n').map_or(0, |i| i + 1).max(sentence.start);
            let prev_start =
                if record && starts_line(text, sentence.start) && prev_end <= line_start {
                    line_start
                } else {
                    clause_start(text, sentence.start.max(prev_end), cs - sep_len)
                };
            window = &text[prev_start..cs - sep_len];
            window_start = prev_start;
            if record {
                record_label = Some((window, window_start));
            }
        } else if head.ends_with(['\t', '\u{3000}']) || head.ends_with("  ") || cell_before || {
            // 森林覆盖率40.3 40.5: a number after a number and blanks is the row's next cell.
            let gap = text.get(prev_end..q.span.start).unwrap_or_default();
            prev_end > sentence.start
                && !gap.is_empty()
                && gap.chars().all(char::is_whitespace)
                && text[..prev_end].ends_with(|c: char| c.is_ascii_digit() || c == '%')
        } {
            // The row's first cell (a unit it states is dropped below, with any window's).
            let cell_end = head.find(['\t', '\u{3000}']).or_else(|| head.find("  "));
            let cell_end = cell_end.unwrap_or(head.len());
            // 森林覆盖率40.3: normalizing glued the first number to the label.
            let glued = head[..cell_end].char_indices().find(|&(i, c)| {
                c.is_ascii_digit() && head[..i].ends_with(crate::normalize::is_han)
            });
            let cell_end = glued.map_or(cell_end, |(i, _)| i);
            window = &text[sentence.start..sentence.start + cell_end];
            window_start = sentence.start;
        }
    }
    // 财政运行平稳 民生支出占比近八成: in a headline, a blank between words ends a phrase.
    if let Some(i) = window.trim_end().rfind([' ', '\u{3000}']) {
        let han_around = window[..i].ends_with(crate::normalize::is_han)
            && window[i..].trim_start().starts_with(crate::normalize::is_han);
        if han_around {
            let rest = window[i..].trim_start();
            window_start += window.len() - rest.len();
            window = rest;
        }
    }
    let flat = q.core.slice(text) == "持平";
    // 一般公共预算收入（亿元）\t112.65: a table row's label states its unit in brackets.
    if window.trim_end().ends_with(['）', ')']) {
        if let Some(g) = crate::quantity::unit_gloss(window.trim_end()) {
            window = &window[..g];
        }
    }
    // 研发投入不低于营业收入的5%: the metric is the part's, before the bound word.
    let bounded = if q.class == UnitClass::Percent { bounded_share(window) } else { None };
    let (mut metric_pre, mut preds) =
        metric_before(bounded.as_ref().map_or(window, |b| b.part), entities, window_start, tagger);
    let mut bound = None;
    if let Some(b) = bounded {
        // (…，不低于营业收入的5%: the part is the clause before's.)
        let part = if metric_pre.is_empty() && cs > sentence.start {
            state.last_metric.as_str()
        } else {
            metric_pre.as_str()
        };
        if part.is_empty() {
            (metric_pre, preds) = metric_before(window, entities, window_start, tagger);
        } else {
            metric_pre = if b.plan {
                format!("{part}完成{}的比例", b.whole)
            } else {
                format!("{part}占{}的比重", strip_scope_words(b.whole))
            };
            bound = b.bound;
        }
    }
    if let Some((label, at)) = record_label {
        if let Some(whole) = label_metric(label, at, &metric_pre, entities) {
            metric_pre = whole.to_string();
        }
    }
    // 净利润…；上年同期盈利12860万元: a result word in a later clause is the figure of the
    // metric before it (a loss negative).
    let result_word = matches!(metric_pre.as_str(), "盈利" | "亏损")
        && ["利润", "收益", "净利"].iter().any(|w| state.last_metric.contains(w));
    if result_word {
        loss_label |= metric_pre == "亏损";
        metric_pre.clear();
    }
    // 净利润亏损2350万元: a profit written as a loss is that profit, negative.
    if let Some(profit) = metric_pre
        .strip_suffix("亏损")
        .filter(|p| ["利润", "净利", "利润总额"].iter().any(|w| p.ends_with(w)))
    {
        metric_pre.truncate(profit.len());
        loss_label = true;
    }
    // 与2010年…的4472001人相比: the level compared with is the metric's before, and names
    // none of its own.
    if text[q.span.end..].starts_with("相比") && window.trim_start().starts_with(['与', '同', '和'])
    {
        metric_pre.clear();
    }
    let mut glossed_from = None;
    // A bracketed gloss right before the window (a name glossed, 甲公司（以下简称“甲”）, is an
    // entity, not a metric): 居民消费价格（CPI）同比上涨0.3% has only predicates after it,
    // and the metric is the name before it; 细颗粒物（PM2.5）平均浓度 has more, and the name
    // before it opens the metric.
    let glossed = (window_start == cs && cs > sentence.start)
        .then(|| gloss_before(text, sentence.start, cs))
        .flatten()
        .filter(|&open| entities.ending_at(open).next().is_none());
    if let Some(open) = glossed {
        let named_after = !metric_pre.is_empty();
        if named_after || only_predicates(window) {
            // (A name never reaches back past the figure before.)
            let start = clause_start(text, sentence.start.max(prev_end.min(open)), open);
            let (name, _) = metric_before(&text[start..open], entities, start, tagger);
            // 研究与试验发展（R&D）经费投入: a Latin abbreviation inside a metric stands for
            // the name before it where that name cannot be read on its own.
            let inner =
                text[open..cs].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
            if !name.is_empty() && (!named_after || name.chars().count() <= 8) {
                metric_pre = if named_after { format!("{name}{metric_pre}") } else { name };
                glossed_from = Some(start);
            } else if named_after && name.is_empty() && inner.is_ascii() {
                metric_pre = format!("{inner}{metric_pre}");
                glossed_from = Some(open);
            }
        }
    }
    let class = q.class;
    let countable = matches!(class, UnitClass::Count) || class.is_physical();
    // The counted noun after the number, read only where a rule below needs it.
    let jieba = tagger.jieba;
    let after_cell = OnceCell::new();
    let after = || {
        *after_cell.get_or_init(|| {
            if flat {
                return None;
            }
            let (noun, end) = counted_noun(text, q.span.end, sentence.end, jieba)?;
            // 8个贫困村出列: a verb after those counted by 家, 户, 个… opens what they did;
            // 19宗地块因无人报名而流拍: a preposition after anything counted opens a phrase.
            if class == UnitClass::Count && noun.chars().nth(4).is_some() {
                let agents = q.unit.ends_with(AGENT_MEASURES);
                let cut = nouns_before_verb(noun, agents, jieba);
                return Some((&noun[..cut], end - (noun.len() - cut)));
            }
            Some((noun, end))
        })
    };
    let mut span = NSpan::new(glossed_from.unwrap_or(cs), q.span.end);
    let mut metric = metric_pre;
    // 出让试点共实施22宗, 抽查共开展286次: a count closing its clause after the verb counts
    // the noun before the verb (not a company or place acting: 公司完成38个).
    if metric.is_empty() && class == UnitClass::Count && record_label.is_none() && after().is_none()
    {
        if let Some(head) = verb_closed_head(window) {
            let (m, _) = metric_before(head, entities, window_start, tagger);
            let acting = entities.within(NSpan::new(window_start, window_start + head.len()));
            if !acting.into_iter().any(|(_, e)| e.name == m) {
                metric = m;
            }
        }
    }
    // 研发投入2.96亿元，占营业收入的10.8%: the part is the figure before; 约占 is about (as
    // 约合 is, below).
    let mut about = false;
    if class == UnitClass::Percent {
        if let Some((whole, own_part)) = share_whole(&metric, window) {
            // (产量约占全国的15%: after the part's name too.)
            about = find_short(window, "约占").is_some();
            let part = if cs > sentence.start { state.last_metric.as_str() } else { "" };
            // …占全省GDP的21.8%，占全国海洋生产总值的12.2%: after a share, the same part.
            let part = match part.find('占') {
                Some(i) if i > 0 && part.ends_with("的比重") => &part[..i],
                _ => part,
            };
            let part = own_part.unwrap_or(part);
            metric = match (metric.strip_prefix('占'), part) {
                (Some(rest), "") => rest.to_string(),
                (Some(_), part) => format!("{part}{metric}"),
                (None, "") => metric,
                (None, part) => format!("{part}占{whole}的比重"),
            };
            // Too long to be kept below: the part alone names the share.
            if metric.chars().count() > 24 {
                metric = part.to_string();
            }
        }
    }
    // 完成年度计划的103.5%, 为预算的102.3%: the share of the plan done for the figure before.
    if class == UnitClass::Percent && cs > sentence.start && !state.last_metric.is_empty() {
        let w = trim(window);
        let plan = ["计划的", "目标的", "任务的", "预算的"].iter().any(|e| w.ends_with(e));
        let done = ["完成", "为", "达到"].iter().find_map(|v| w.strip_prefix(v));
        if let Some(done) = done.filter(|_| plan) {
            metric = format!("{}完成{done}比例", state.last_metric);
        }
    }
    if let Some(rest) = capacity_lead(&metric) {
        metric = rest.to_string();
        preds.push(Pred::Capacity);
    }
    // 建成后可年产滤材3万吨: a metric read with 年产 inside it is the product after 年产,
    // whatever jieba makes of its characters (a product it does not know leaves no noun to
    // read). (全年产销汽车: 年 is the year's.)
    // An empty metric: the window's words were no noun at all.
    let mut product_before = false;
    let read = if metric.is_empty() { trim(window) } else { metric.as_str() };
    if let Some(i) = read
        .rfind("年产")
        .filter(|&i| !read[..i].ends_with(['全', '今', '当', '去', '明', '上', '同', '每']))
    {
        let product = &read[i + "年产".len()..];
        if (1..=10).contains(&product.chars().count())
            && product.chars().all(crate::normalize::is_han)
            && !product.starts_with(['值', '量', '能'])
        {
            metric = product.to_string();
            preds.push(Pred::Capacity);
            product_before = true;
        }
    }
    // 与某公司签约年产20GW…: a verb that opens a project names no capacity.
    if preds.contains(Pred::Capacity) && crate::project::is_list_verb(&metric) {
        metric.clear();
    }
    // The next item of a capacity's list, in the same clause.
    // (The indicator before may reach past this number: 在12个三…, a noun read over a
    // Chinese numeral; then nothing stands between them.)
    let between = text.get(prev_end..q.span.start).unwrap_or_default();
    let listed_capacity = prev_end > 0
        && state.last_capacity == Some((prev_end, q.class))
        // (年产30万吨丙烯及20万吨聚丙烯: joined by 及, 和 too.)
        && (between.starts_with(['、', '及', '和', '与']) || between.starts_with("以及"))
        && !between.contains(['，', ',', '；', ';', '。']);
    // 年产30万吨电解铝项目…，一期15万吨已投产: a phase's figure after a capacity in its
    // sentence is that phase's capacity of the same product (一期电解铝).
    let named = state.capacity_named.as_ref().filter(|(at, c, m)| {
        *at == sentence.start
            && *c == q.class
            && !m.is_empty()
            && !is_phase(m.char_indices().nth(2).map_or(m.as_str(), |(i, _)| &m[..i]))
    });
    // (The phase may be read off the metric already: look at the window's end.)
    let read = if metric.is_empty() { trim(window) } else { metric.as_str() };
    let phase = read.char_indices().rev().nth(1).map(|(i, _)| &read[i..]).filter(|p| is_phase(p));
    let phase = phase.map(str::to_string);
    // (鑫源烯烃二期80万吨/年聚烯烃: a product of its own after the number is no phase's; a
    // plant's word, a time or a verb is none: 一期10GWh生产线, 一期15万吨年内建成.)
    let own_product = || {
        after().is_some_and(|(noun, _)| {
            !["生产线", "产线", "项目", "基地", "工程"].iter().any(|w| noun.starts_with(w))
                && jieba.tag(noun, false).first().is_some_and(|t| t.tag.starts_with('n'))
        })
    };
    let phase_capacity = match (named, phase) {
        (Some((_, _, product)), Some(p)) if !own_product() => {
            metric = format!("{p}{product}");
            true
        }
        _ => false,
    };
    // 年周转能力达到20万吨, 速冻能力每日1200吨: an ability measured in things handled is a
    // capacity (not 能力 in money or a rate).
    let ability = metric.ends_with("能力") && (class.is_physical() || class == UnitClass::Count);
    let capacity_context = preds.contains(Pred::Capacity)
        || ability
        || phase_capacity
        || q.per_year
        || listed_capacity
        || text[..q.span.start].ends_with("年产")
        || (class.is_physical()
            && subject_is_enterprise(entities, cs, q.span.start)
            && after().is_some());
    // 新签约的某公司年产20GWh储能电池: the enterprise right before 年产 owns the capacity.
    if let Some(lead) = text[..q.span.start].strip_suffix("年产") {
        let owner = entities.ending_at(lead.len()).find(|(_, e)| e.kind == EntityKind::Enterprise);
        if let Some((span, e)) = owner.filter(|(span, _)| span.start >= cs) {
            subject = Some(e.name.as_str());
            window_start = window_start.max(span.end);
        }
    }
    // The counted noun or the product after the number: 4个绿色园区, 年产8万吨高纯晶硅.
    let product_after =
        capacity_context && class != UnitClass::Power && !product_before && !phase_capacity;
    // A capacity in watts is usually named before the number (组件产能60GW) and takes the
    // product after it only when nothing is (年产20GW N型电池).
    let product_after = product_after || (capacity_context && metric.is_empty());
    // A rate is named after it only right after it: past a space (增长18.3% 研发投入创新高,
    // a headline; a table row's end) something else begins.
    // (…百分之五十左右扩大到百分之八十: a change after it is none either.)
    let rate_after = class == UnitClass::Percent
        && !text[q.span.end..].starts_with(char::is_whitespace)
        && !PREDICATES
            .prefix(&text[q.span.end..])
            .is_some_and(|(_, p)| matches!(p, Pred::Up | Pred::Down | Pred::ToLevel));
    // 重点监测的45家商贸企业: what stands before 的 modifies the counted noun after the number.
    // (…等快递企业在412个乡镇开展…: after 在, the place counted is after the number too.)
    let counted_after = class == UnitClass::Count && text[..q.span.start].ends_with(['的', '在']);
    // 贵阳至大阪2条国际航线, 某县2万亩高标准农田: a place right before a count or a
    // physical quantity is no metric; the noun after is.
    let place_before = countable
        && entities
            .ending_at(q.span.start)
            .any(|(s, e)| e.kind == EntityKind::Place && s.slice(text) == metric);
    // 新开工45个重大项目, 新认定32家企业: a verb before a count names what was done, the noun
    // after it what was counted.
    const DONE: [&str; 9] =
        ["开工", "签约", "竣工", "投产", "落地", "引进", "认定", "培育", "建成"];
    // (A verb is short; jieba is asked last, only where a noun follows.)
    let verb_before = class == UnitClass::Count
        && !metric.is_empty()
        && metric.len() <= 4 * 3
        && (metric.chars().count() == 1
            || DONE.iter().any(|d| metric.ends_with(d))
            // (规划建设6万座体育场: a plan to build, ending in a predicate verb.)
            || PREDICATE_VERBS.suffix(&metric).is_some_and(|(v, _)| v.chars().count() == 2)
            || after().is_some()
                && tagger
                    .jieba
                    .tag(&metric, false)
                    .iter()
                    .all(|t| matches!(t.tag, "v" | "vd" | "d" | "a" | "vn")));
    // 形成电子信息、装备制造2个千亿级产业集群: the items of a list before a count are what is
    // counted, the noun after it names the count.
    // (Not after a figure: 干部6名、专业技术人才138名 lists figures.)
    let list_before = class == UnitClass::Count
        && !metric.is_empty()
        && text[..q.span.start].strip_suffix(metric.as_str()).is_some_and(|b| {
            b.strip_suffix(['、', '和']).is_some_and(|b| b.len() > prev_end && !b.ends_with('等'))
        });
    let counted_after = counted_after || place_before || verb_before || list_before;
    if (metric.is_empty() || counted_after) && (countable || rate_after) || product_after {
        if let Some((read, end)) = after() {
            let noun =
                if class == UnitClass::Count { counted_head(read, tagger.jieba) } else { read };
            metric = noun.to_string();
            span.end = end - (read.len() - noun.len());
            // 60万千瓦风电项目全容量并网: whatever a plant's output names, 项目 ends it.
            if product_after || class.is_physical() {
                cut_product(&mut metric, &mut span);
            }
        }
    }
    // 设立2亿元企业发展扶持资金, 发放5.6亿元创业担保贷款: money right before the fund or loan
    // it is names that fund, whatever the verb or agent before it.
    if class == UnitClass::Currency {
        if let Some((read, end)) = after() {
            // The fund word found first, the longest there (专项债券, not 专项债).
            let fund = FUNDS.iter().filter_map(|f| read.find(f).map(|i| (i, i + f.len())));
            if let Some((_, cut)) = fund.min_by_key(|&(start, end)| (start, std::cmp::Reverse(end)))
            {
                metric = read[..cut].to_string();
                span.end = end - (read.len() - cut);
            }
        }
    }
    // 以9.6%的市场占有率: a rate named after the number; 低于5.5%左右的年度控制目标: a target
    // named after it, which the verb before compares with (no fall of 5.5%).
    let mut target_after = false;
    if class == UnitClass::Percent && text[q.span.end..].starts_with('的') {
        if let Some((noun, end)) = after().filter(|(n, _)| {
            target_after = n.ends_with("目标");
            target_after || RATE_ENDINGS.iter().any(|e| n.ends_with(e))
        }) {
            metric = noun.to_string();
            span.end = end;
            if product_after {
                cut_product(&mut metric, &mut span);
            }
            // 完成下降3.2%的年度目标: a change the target itself sets is that change of the
            // metric just reported (the sentence's), as a target.
            let sets_change = ["下降", "降低", "增长", "提高", "减少", "增加"]
                .iter()
                .any(|v| text[..q.span.start].ends_with(v));
            let same_sentence = state.last_at == sentence.start && !state.last_metric.is_empty();
            if target_after && sets_change && same_sentence {
                metric.clone_from(&state.last_metric);
                span.end = q.span.end;
            } else if target_after {
                preds = Preds::default();
            }
        }
    }
    // 对东盟进出口812.5亿元, 广西对欧盟进出口…, 与越南贸易…: the partner of a trade figure
    // stays in its metric (after a subject too).
    if !metric.is_empty() {
        if let Some(partner) = trade_partner(text, entities, opener, q.span.start, &metric) {
            metric = format!("{partner}{metric}");
        }
    }
    let mut carried = false;
    // 830.6亿斤（4153万吨）, 12.5亿美元（约合89.6亿元人民币）: the figure before in other units.
    let equivalent = prev_end > 0
        && !state.last_metric.is_empty()
        && text.get(prev_end..q.span.start).is_some_and(|between| {
            // (…78.6万吨，折合15.72亿斤: after a comma only the converting words.)
            match between.strip_prefix(['（', '(']) {
                Some(b) => ["", "约", "约合", "折合", "合", "相当于"].contains(&b),
                // (折合人民币273.2亿元: the currency converted to may follow the word.)
                None => between.strip_prefix(['，', ',']).is_some_and(|b| {
                    let b = ["人民币", "美元", "欧元", "港元"]
                        .iter()
                        .find_map(|c| b.strip_suffix(c))
                        .unwrap_or(b);
                    ["约合", "折合", "相当于"].contains(&b)
                }),
            }
        });
    if equivalent {
        metric.clone_from(&state.last_metric);
        // 约合: about that much.
        about |= between.contains('约');
    }
    // 公司年产能3万吨: the capacity word is the metric when nothing else names one.
    if let Some(word) = preds.capacity_word.filter(|_| metric.is_empty()) {
        metric = word.to_string();
    }
    if metric.is_empty() && !result_word {
        metric = fallback_metric(text, sentence, cs, window, entities, window_start, tagger);
        if metric.is_empty() {
            metric = verbs_closing(window, entities, window_start, tagger).unwrap_or_default();
        }
        // 鹰潭市增速最快，同比增长15.3%: a clause before that is only a place names whose
        // figure it is, not what it measures. (The sentence's mentions, not the whole list:
        // this is asked of every figure the fallback names.)
        let place = (!metric.is_empty())
            .then(|| entities.within(NSpan::new(sentence.start, q.span.start)))
            .into_iter()
            .flatten()
            .map(|(_, e)| e)
            .find(|e| e.name == metric && matches!(e.kind, EntityKind::Place | EntityKind::Park));
        if let Some(e) = place {
            subject = Some(e.name.as_str());
            metric.clear();
        }
        // …最高的是和顺县，为87.4%: the place named after the superlative is the subject.
        if let Some(named) = superlative_named(text, sentence.start, cs).and_then(|at| {
            entities.starting_at(at).filter(|(s, _)| text[s.end..].starts_with(['，', ',']))
        }) {
            subject = Some(named.1.name.as_str());
        }
    }
    // 余杭区、萧山区各成交: the adverb 各 is no part of the metric (各类企业 keeps its 各).
    if let Some(rest) = metric.strip_prefix('各') {
        if !rest.is_empty() && !rest.starts_with(GE_DETERMINED) {
            metric = rest.to_string();
        }
    }
    // 其中今年新引进41个, 人口最多的…: one character left of a window that is an adjective,
    // numeral, adverb or verb (新, 多) names nothing; the figure is the metric's before, as
    // for an empty window. (县, 锌, measure words and a dimension, 长22.4公里, stay.)
    if bare_time(&metric) {
        metric.clear();
    }
    let dimension = matches!(metric.as_str(), "长" | "宽" | "高" | "深" | "厚" | "重");
    if metric.chars().nth(1).is_none() && !metric.is_empty() && !dimension {
        let tags = tagger.jieba.tag(&metric, false);
        if tags.first().is_some_and(|t| matches!(t.tag, "a" | "m" | "d" | "v")) {
            metric.clear();
        }
    }
    if metric.is_empty() {
        // 贷款余额…，增速比上年同期低0.7个百分点，比年初增加5643.8亿元: a level after a
        // rate's change is the last level's again.
        let rate = GROWTH_METRIC_ENDINGS.iter().any(|e| state.last_metric.ends_with(e));
        // …，降幅比上月收窄1.5个百分点；环比增长2.8%: a change in percent is the level's
        // again, as a level is.
        let change =
            class == UnitClass::Percent && (preds.contains(Pred::Up) || preds.contains(Pred::Down));
        let absolute =
            !matches!(class, UnitClass::Percent | UnitClass::Point | UnitClass::Multiple);
        let level = change || absolute;
        // 就业6.82万人，完成年度目标任务的91.2%，同比增加0.35万人: a level after a share is
        // the last level's too, and so is a change (…，为预算的102.3%，同比增长6.8%); a
        // percent the share moves to is the share again (提升至16.5%).
        let share = RATE_ENDINGS.iter().any(|e| state.last_metric.ends_with(e))
            && !state.last_rate_per_mille;
        let level_change = absolute || change && preds.first != Some(Pred::ToLevel);
        metric = if ((rate && level) || (share && level_change))
            && !state.last_level_metric.is_empty()
        {
            state.last_level_metric.clone()
        } else {
            state.last_metric.clone()
        };
        // 企业210家，覆盖8个行业，较上年增加6家: a count's change in a clause of its own is
        // the metric of the sentence's last count in the same measure word, when the last
        // count's is another (脱贫17985户64102人 pairs two measures of one metric).
        let own_clause = text[prev_end.min(q.span.start)..q.span.start].contains(['，', ',']);
        let this_sentence = state.counts.0 == sentence.start && own_clause;
        if let Some(m) = measure_word(q).filter(|_| this_sentence) {
            let counts = &state.counts.1;
            let last_other = counts.last().is_some_and(|(w, last)| *w != m && *last == metric);
            if let Some((_, same)) =
                counts.iter().rev().find(|(w, _)| *w == m).filter(|_| last_other)
            {
                metric.clone_from(same);
            }
        }
        carried = true;
    }
    // 产量…，增速比上月加快0.6个百分点: a bare rate word later in the sentence is the rate
    // of the level named before it.
    // 固定资产投资同比下降2.8%，降幅比上半年收窄…: the metric of the sentence's last growth
    // comes first, then the last level.
    let bare_rate = GROWTH_METRIC_ENDINGS.contains(&metric.as_str());
    if bare_rate && !carried && cs > sentence.start {
        let same_sentence = state.last_at == sentence.start && state.last_level_or_growth;
        let last = state.last_metric.as_str();
        let base = GROWTH_METRIC_ENDINGS.iter().find_map(|e| last.strip_suffix(e)).unwrap_or(last);
        if same_sentence && !base.is_empty() {
            metric = format!("{base}{metric}");
        } else if !state.last_level_metric.is_empty() {
            metric = format!("{}{metric}", state.last_level_metric);
        }
    }
    // 新增规上工业企业28家，总数达到216家: a bare total later in the sentence is the total
    // of the count named before it.
    if metric == "总数" && state.last_at == sentence.start && !state.last_level_metric.is_empty()
    {
        metric = format!("{}{metric}", state.last_level_metric);
    }
    // 本土企业甲投资控股集团有限公司竞得地块4宗, 龙头企业乙集团有限公司实现营业收入: a
    // registered name inside the window, not opening it, is the figure's subject, and the
    // metric is what follows it.
    if !carried && !metric.is_empty() {
        let inside = entities
            .within(NSpan::new(window_start, q.span.start))
            .filter(|(_, e)| e.kind == EntityKind::Enterprise)
            .last()
            // (A registered name: a brand inside a word, “小巨人”企业, names no subject; nor
            // does a partner after 与, 和: 甲公司与乙公司合资建设的…, whose lead is the first.)
            .filter(|(span, _)| {
                let s = span.slice(text);
                let partner = text[..span.start].ends_with(['与', '和', '及', '同', '、']);
                (s.ends_with("公司") || s.ends_with("集团")) && !partner
            });
        if let Some((span, e)) = inside {
            let surface = span.slice(text);
            if let Some(i) = metric.find(surface) {
                let rest = &metric[i + surface.len()..];
                if rest.chars().nth(1).is_some() {
                    metric = rest.to_string();
                    subject = Some(e.name.as_str());
                }
            } else if text[span.end..q.span.start].contains(metric.as_str()) {
                subject = Some(e.name.as_str());
            }
        }
    }
    // 每千人拥有市场主体32.8户: a figure per head of population is a density, not a total;
    // the per-capita phrase before the metric stays in its name.
    if !carried && !metric.is_empty() && window.contains('每') {
        if let Some(i) = window.rfind(metric.as_str()) {
            if let Some(m) = PER_CAPITA.find(&window[..i]) {
                metric.insert_str(0, m.as_str());
            }
        }
    }
    // At most 24 bytes are at most 24 characters: most metrics need no count.
    if metric.is_empty() || (metric.len() > 24 && metric.chars().count() > 24) {
        return None;
    }
    let to_level = preds.first == Some(Pred::ToLevel);
    let up = preds.contains(Pred::Up) && !to_level;
    // 降幅为3.2%: the size of a fall, which is a change of -3.2%.
    let fall_size = class == UnitClass::Percent
        && !up
        && !preds.contains(Pred::Down)
        && (metric.ends_with("降幅") || metric.ends_with("跌幅"));
    let down = (preds.contains(Pred::Down) || loss_label || fall_size) && !to_level;
    // 铜仁市交通投资增速最快，达到34.6%: a percent after a clause naming a growth rate (and
    // only a predicate before it) is that rate.
    if class == UnitClass::Percent && !up && !down && cs > sentence.start && only_predicates(window)
    {
        let rate = clause_before(text, sentence.start, cs).and_then(|(_, _, prev)| {
            ["增速", "增幅", "涨幅"].into_iter().find(|w| find_short(prev, w).is_some())
        });
        if let Some(rate) = rate.filter(|_| !RATE_ENDINGS.iter().any(|e| metric.ends_with(e))) {
            if !metric.ends_with(rate) {
                metric.push_str(rate);
            }
        }
    }
    let growth_metric = GROWTH_METRIC_ENDINGS.iter().any(|e| metric.ends_with(e));
    // 失业率…与上年同期持平, 增速与上半年持平: a rate that stays is a change of zero points.
    let flat_rate =
        flat && RATE_ENDINGS.iter().chain(GROWTH_METRIC_ENDINGS).any(|e| metric.ends_with(e));
    let kind = match class {
        _ if flat_rate => IndicatorKind::PointChange,
        _ if flat => IndicatorKind::Growth,
        UnitClass::Point => IndicatorKind::PointChange,
        UnitClass::Percent => {
            // A percent with no change word and no growth-rate metric is a part or a rate
            // (占比, 贡献率, 城镇化率 …); a signed one in a table is a change.
            if down || up || growth_metric || q.value < 0.0 || q.change {
                IndicatorKind::Growth
            } else {
                IndicatorKind::Share
            }
        }
        UnitClass::Multiple => IndicatorKind::Multiple,
        // 最高用电负荷3215万千瓦: a load is power drawn, no capacity; 光伏电池产量12.8吉瓦:
        // an output or sales rated in power is an amount made or sold.
        UnitClass::Power
            if ["负荷", "产量", "出货量", "销量", "销售量"].iter().any(|e| metric.ends_with(e)) =>
        {
            IndicatorKind::Amount
        }
        UnitClass::Power => IndicatorKind::Capacity,
        UnitClass::Count if capacity_context => IndicatorKind::Capacity,
        UnitClass::Count => IndicatorKind::Count,
        c if c.is_physical() && capacity_context => IndicatorKind::Capacity,
        // Compounds (吨标准煤/万元) and bare numbers (指数为99.5) are `other`; 吨公里 is a flow.
        UnitClass::Other if q.unit.contains('/') || q.unit.is_empty() => IndicatorKind::Other,
        UnitClass::Duration => IndicatorKind::Other,
        _ => IndicatorKind::Amount,
    };
    // (较上年减少15个工作日: a duration's change falls too.)
    // (下降185千瓦时/吨: a compound's change falls as well; a bare number's does not.)
    let negative = down
        && (matches!(
            kind,
            IndicatorKind::Growth
                | IndicatorKind::PointChange
                | IndicatorKind::Amount
                | IndicatorKind::Count
        ) || q.class == UnitClass::Duration
            || kind == IndicatorKind::Other && q.unit.contains('/'));
    let normalized_unit = if flat_rate {
        Some(NormalizedUnit::PercentagePoint)
    } else {
        q.bare_magnitude.then(|| {
            if MONEY_METRICS.occurs_in(&metric) {
                NormalizedUnit::Currency("CNY".into())
            } else {
                NormalizedUnit::Count
            }
        })
    };
    // 月活跃用户数达到11.2亿: a bare magnitude of things, not of money, counts them.
    let kind = if kind == IndicatorKind::Amount && normalized_unit == Some(NormalizedUnit::Count) {
        IndicatorKind::Count
    } else {
        kind
    };
    // 能耗降至每吨480千克: a physical quantity per unit written before it is a compound
    // (kilograms per tonne), `other` as 千克/吨 would be; per unit of time (速冻能力每日
    // 1200吨) it is a rate, as 万吨/年 is.
    let per_unit = class.is_physical()
        && window.trim_end().rfind('每').is_some_and(|i| {
            per_unit_word(&window.trim_end()[i + '每'.len_utf8()..]).is_some_and(|per| {
                !matches!(per, "日" | "天" | "年" | "月" | "周" | "小时" | "时" | "分钟" | "秒")
            })
        });
    let (kind, normalized_unit, rescale) = if per_unit && q.normalized != 0.0 {
        // The number as written, with its 万 or 亿 (每亩1.2万斤 is 12000 of them).
        let magnitude = match q.unit.chars().next() {
            Some('万') => 1e4,
            Some('亿') => 1e8,
            _ => 1.0,
        };
        let rescale = q.value * magnitude / q.normalized;
        (IndicatorKind::Other, Some(NormalizedUnit::Other), Some(rescale))
    } else {
        (kind, normalized_unit, None)
    };
    let mut qualifiers = q.qualifiers.clone();
    if target_after && !qualifiers.contains(&Qualifier::Target) {
        qualifiers.push(Qualifier::Target);
    }
    // 最高奖励200万元: a cap on a grant, the grant named without it.
    if let Some(grant) = metric
        .strip_prefix("最高")
        .filter(|g| GRANTS.iter().chain(&["给予", "支持"]).any(|w| g.starts_with(w)))
    {
        metric = grant.to_string();
        if !qualifiers.contains(&Qualifier::AtMost) {
            qualifiers.push(Qualifier::AtMost);
        }
    }
    // 给予50万元奖励: a grant named after the money it gives.
    if class == UnitClass::Currency {
        let after = &text[q.span.end..];
        if let Some(g) = GRANTS.iter().find(|g| after.starts_with(*g)) {
            let rest = &after[g.len()..];
            if rest.is_empty() || rest.starts_with(is_clause_sep) || rest.starts_with(['。', '\n'])
            {
                metric = g.to_string();
            }
        }
    }
    if about && !qualifiers.contains(&Qualifier::Approximate) {
        qualifiers.push(Qualifier::Approximate);
    }
    if let Some(b) = bound.filter(|b| !qualifiers.contains(b)) {
        qualifiers.push(b);
    }
    // Most windows hold no clause qualifier at all; the others are read without the metric:
    // its own words (计划产值) qualify nothing.
    if QUALIFIERS.may_be_in_clause(window) {
        let own = find_short(window, &metric).map(|i| i..i + metric.len());
        for w in QUALIFIERS.in_clause(window, own) {
            // (投资计划完成82%: the share of a plan done; 计划完成投资50亿元: a target.)
            let plan_completion = w == Qualifier::Target
                && class == UnitClass::Percent
                && window.contains("计划完成");
            if !(qualifiers.contains(&w) || plan_completion) {
                qualifiers.push(w);
            }
        }
    }
    // 计划组织赴长三角、珠三角招商活动4场: a 、 inside a noun list does not end the clause the
    // governing word opens (unless a figure stands between them).
    if text[..cs].ends_with('、') {
        let list_from = list_start(text, cs).max(sentence.start).max(prev_end).min(cs);
        let before = &text[list_from..cs];
        if QUALIFIERS.may_be_in_clause(before) {
            for w in QUALIFIERS.in_clause(before, None) {
                if !qualifiers.contains(&w) {
                    qualifiers.push(w);
                }
            }
        }
    }
    qualifiers.sort();
    // 扣除非经常性损益后的净利润: the net profit without one-off items is 扣非净利润, not the
    // net profit.
    const ONE_OFF: &str = "扣除非经常性损益";
    // (A character search first: the long needle's searcher costs more to build.)
    let one_off = window.contains('扣');
    if let Some(i) = one_off.then(|| metric.find(ONE_OFF)).flatten() {
        let rest = metric[i + ONE_OFF.len()..].trim_start_matches(['后', '的']);
        metric = format!("扣非{rest}");
    } else if one_off && window.contains(ONE_OFF) && !metric.starts_with("扣非") {
        metric.insert_str(0, "扣非");
    }
    if let Some(whole) = industry_name(text, prev_end.max(sentence.start), q.span.start, &metric) {
        span.start = span.start.min(whole.0);
        metric = whole.1;
    }
    Some(RawIndicator {
        span,
        quantity: qi,
        metric,
        subject: subject.map(str::to_string),
        kind,
        negative,
        normalized_unit,
        rescale,
        qualifiers,
        period: state.period_text.clone(),
        carried,
    })
}

/// Industry names that hold a 、 (`data/industry_names.txt`).
static INDUSTRY_NAMES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/industry_names.txt")));

/// The whole industry name a metric starts inside (电子设备制造业增加值 after 计算机、通信和其他
/// → 计算机、通信和其他电子设备制造业增加值), as where it starts and the metric: the 、 in the
/// name ended the metric's clause. `metric` is looked for before `end`, back to `floor`.
fn industry_name(text: &str, floor: usize, end: usize, metric: &str) -> Option<(usize, String)> {
    // Most metrics name no industry, and most windows hold no 、: two character searches.
    let window = text.get(floor..end)?;
    if !metric.contains('业') || !window.contains('、') {
        return None;
    }
    let at = floor + window.rfind(metric)?;
    let from = list_start(text, at).max(floor);
    // A name opens the list or an item of it: one lookup at each.
    let items = text[from..at].match_indices('、').map(|(i, c)| from + i + c.len());
    std::iter::once(from).chain(items).find_map(|start| {
        let (name, ()) = INDUSTRY_NAMES.prefix(&text[start..])?;
        // The name starts before the metric and ends inside it.
        (start < at && start + name.len() > at && start + name.len() <= at + metric.len())
            .then(|| (start, format!("{}{metric}", &text[start..at])))
    })
}

/// What money is set aside as (资金, 基金, 贷款 …), named right after the amount.
const FUNDS: [&str; 7] = ["资金", "基金", "经费", "贷款", "债券", "专项债", "专项债券"];

/// Grants a policy gives (奖励, 补贴): named before or right after the money.
const GRANTS: [&str; 5] = ["奖励", "补贴", "补助", "资助", "奖补"];

/// The whole a share clause names (占营业收入的, 约占全国的, or a metric read as
/// 占工业增加值的比重), when the clause names no part of its own (`metric` is empty or
/// the whole), and the part when the clause names it before 占 (第三产业增加值占地区生产总值的).
fn share_whole<'a, 'w: 'a>(metric: &'a str, window: &'w str) -> Option<(&'a str, Option<&'w str>)> {
    if let Some(rest) = metric.strip_prefix('占') {
        return Some((rest, None));
    }
    let w = window.trim();
    let (part, of) = match w.strip_prefix('约').unwrap_or(w).strip_prefix('占') {
        Some(of) => (None, of),
        None => {
            // 占地面积, 占用: 占 in a word opens no whole (占地区生产总值 does).
            let in_word = |i: usize| {
                let r = &w[i..];
                r.starts_with("占用") || r.starts_with("占地") && !r.starts_with("占地区")
            };
            let i = find_short(w, "占").filter(|&i| !in_word(i))?;
            let part = strip_scope_words(w[..i].trim_end_matches('约'));
            let plain = !part.is_empty() && part.chars().count() <= 12;
            (plain && !part.contains(is_clause_sep)).then_some((Some(part), &w[i + 3..]))?
        }
    };
    // 占可支配收入的比重为56.3%: the share word and its verb after the whole.
    let share_word = ["的比重", "的比例", "的份额"].iter().find_map(|e| {
        let head = ["为", "达到", "达", "是", ""].iter().find_map(|v| of.strip_suffix(v))?;
        head.strip_suffix(e)
    });
    let whole = share_word.or_else(|| of.strip_suffix('的'))?;
    let short = !whole.is_empty() && whole.chars().count() <= 12;
    // 占永久基本农田的: jieba may leave a modifier (永久) out of the metric read, and the
    // plan words a tail (占年度计划的: 年度).
    let own = metric.is_empty()
        || whole.ends_with(metric)
        || whole.starts_with(metric)
        || share_word.is_some();
    let whole = if part.is_some() { strip_scope_words(whole) } else { whole };
    (own && short && !whole.is_empty() && !whole.contains(is_clause_sep)).then_some((whole, part))
}

/// A share whose whole follows a bound word (研发投入不低于营业收入的, 超过营业收入的) or a
/// plan reached (产值达到年度目标的), in a window ending in 的.
struct BoundedShare<'w> {
    /// The window before the bound word: it names the part.
    part: &'w str,
    whole: &'w str,
    bound: Option<Qualifier>,
    /// The whole is a plan (年度目标, 预算): the share is of the plan done.
    plan: bool,
}

/// The wholes that are plans: the share of a plan is the plan's part done.
const PLAN_WHOLES: [&str; 4] = ["计划", "目标", "任务", "预算"];

fn bounded_share(window: &str) -> Option<BoundedShare<'_>> {
    let of = window.trim_end().strip_suffix('的')?;
    // The whole, back from 的: at most 12 characters, of one phrase, none of them 占 (a
    // share with 占 is read by `share_whole`).
    for (i, c) in of.char_indices().rev().take(12) {
        if !crate::normalize::is_han(c) || c == '占' {
            return None;
        }
        let whole = &of[i..];
        let plan = PLAN_WHOLES.iter().any(|p| whole.ends_with(p));
        if plan {
            if let Some(head) = ["达到", "完成"].iter().find_map(|v| of[..i].strip_suffix(v)) {
                return Some(BoundedShare { part: head, whole, bound: None, plan });
            }
        }
        // A bound of two characters or more (not 超, 近: 超市, 附近).
        let bound = QUALIFIERS.before(of, i).filter(|&(s, q)| {
            i - s >= 6
                && matches!(
                    q,
                    Qualifier::AtLeast
                        | Qualifier::AtMost
                        | Qualifier::MoreThan
                        | Qualifier::LessThan
                )
        });
        if let Some((s, q)) = bound {
            return Some(BoundedShare { part: &of[..s], whole, bound: Some(q), plan });
        }
    }
    None
}

/// `s` without the scope words it opens with (全市, 其中).
fn strip_scope_words(mut s: &str) -> &str {
    while let Some((w, _)) = SCOPE_WORDS.prefix(s).filter(|(w, _)| w.len() < s.len()) {
        s = &s[w.len()..];
    }
    s
}

/// A record's label named in full where the metric read from it is its end (新增债券 for
/// 债券, 发行只数 for 数, 10年期及以上品种占比): the label is written as the metric's name,
/// so a verb or a number opening it is its own. Not where a subject, a time or a scope
/// opens it (成都市R&D经费投入 is R&D经费投入 of 成都市), nor a predicate verb (发放), a
/// time (年末) or a list number.
fn label_metric<'l>(
    label: &'l str,
    at: usize,
    metric: &str,
    entities: &Entities,
) -> Option<&'l str> {
    let trimmed = label.trim_start();
    let mut at = at + label.len() - trimmed.len();
    let mut label = trimmed.trim_end();
    if let Some(rest) = label.strip_prefix("其中") {
        let rest = rest.trim_start_matches(['：', ':', '，', ',']);
        at += label.len() - rest.len();
        label = rest;
    }
    let prefix = label.strip_suffix(metric).filter(|p| !metric.is_empty() && !p.is_empty())?;
    let plain = prefix.chars().count() <= 6
        && prefix.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_alphanumeric())
        && entities.starting_at(at).is_none()
        && period::at_start(prefix).is_none()
        // (新增, a scope word in running text, names a flow in a label: 新增债券 are the
        // year's new issues, 债券 all of them. Other predicates introduce the metric in a
        // label too: 发放创业担保贷款, 完成造林面积.)
        && METRIC_OPENERS.prefix(prefix).is_none_or(|(w, _)| w == "新增")
        && !prefix.starts_with('年')
        && list_number(prefix).is_none();
    plain.then_some(label)
}

/// Where `needle` first occurs in the short `hay`: a plain scan, where `str::find` would
/// first build a two-way searcher, which costs more than the search on a clause. Byte by
/// byte, on the needle's first byte: a needle's bytes can only match at a character start.
fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return (!h.is_empty()).then_some(0) };
    (0..h.len()).find(|&i| h[i] == first && h[i..].starts_with(n))
}

/// `w` without the basis a change is reckoned on at its end (按自然口径计算, 按当年价格,
/// 扣除留抵退税因素后): it names no metric, the figure is the metric's before it.
fn strip_basis(w: &str) -> &str {
    let basis = ["计算", "价格", "口径", "可比价", "现价"].iter().any(|e| w.ends_with(e));
    if let Some(i) = w.rfind('按').filter(|&i| basis && w[i..].chars().count() <= 12) {
        return &w[..i];
    }
    match w.strip_suffix('后').and_then(|h| h.rfind("扣除")) {
        Some(i) if w[i..].chars().count() <= 14 => &w[..i],
        _ => w,
    }
}

/// When the window closes with verbs and names nothing else: the noun that acts
/// (船用低速柴油机完工交付约1050台 → 船用低速柴油机), or the run of verbs a predicate
/// governs as its object (受理消费投诉举报3268件 → 消费投诉举报). Without it the figure
/// took the clause before's metric, or was lost.
fn verbs_closing<'t>(
    window: &'t str,
    entities: &Entities,
    window_start: usize,
    tagger: &mut Tagger<'t>,
) -> Option<String> {
    let w = trim(window).trim_end_matches(['约', '共', '近', '逾']);
    if w.is_empty() {
        return None;
    }
    let run = tagger.tag(w);
    let words = &tagger.words[run];
    let verb = |t: &Tagged<'_>| t.tag == "v" && t.word.chars().count() >= 2;
    // (A predicate closing it, 达到 or 增长, is read as one elsewhere; one inside the run,
    // 完工交付, is one of its verbs.)
    let plain_verb = |t: &Tagged<'_>| {
        verb(t)
            && !PREDICATE_VERBS.contains(t.word)
            && PREDICATES.suffix(t.word).is_none_or(|(p, _)| p.len() < t.word.len())
    };
    let closing = words.iter().rev().take_while(|t| verb(t)).count();
    if closing == 0 || closing == words.len() || !words.last().is_some_and(plain_verb) {
        return None;
    }
    let body = &words[..words.len() - closing];
    // The object of the last predicate verb, or the whole body.
    let pred = body.iter().rposition(|t| PREDICATE_VERBS.contains(t.word));
    let from = pred.map_or(0, |k| k + 1);
    let offset = |k: usize| words[..k].iter().map(|t| t.word.len()).sum::<usize>();
    let object = &body[from..];
    // (每10股转增3股: a number before names a ratio; 基金累计结存: a predicate right before
    // the verbs leaves no object, and the verb may be the measure itself.)
    if object.is_empty() || object.iter().any(|t| t.word.contains(|c: char| c.is_ascii_digit())) {
        return None;
    }
    if object.iter().any(|t| t.tag.starts_with('n') && t.word.chars().count() >= 2) {
        // The noun acts: the metric is it, before the verbs.
        let (a, b) = (offset(from), offset(body.len()));
        let (m, _) = metric_before(&w[a..b], entities, window_start + a, tagger);
        return (!m.is_empty()).then_some(m);
    }
    // 受理/消费/投诉/举报: verbs and verb-nouns only, after a predicate, name what it handles.
    let all_verbal = object.iter().all(|t| t.tag == "vn" || verb(t));
    (pred.is_some() && all_verbal).then(|| w[offset(from)..].to_string())
}

/// When the window names no metric: a short verb-like metric in the window itself (居住下降,
/// 净流出增长), a noun annotated by a parenthesis (发酵酒（增长87%）), or the previous
/// clause when it has no number of its own (原油产量继续增长，达到1.42亿吨).
#[allow(clippy::too_many_arguments)]
fn fallback_metric<'t>(
    text: &'t str,
    sentence: NSpan,
    cs: usize,
    window: &'t str,
    entities: &Entities,
    window_start: usize,
    tagger: &mut Tagger<'t>,
) -> String {
    let mut w = trim(window);
    while let Some((word, _)) = PREDICATES.suffix(w) {
        w = &w[..w.len() - word.len()];
    }
    let w = strip_basis(strip_scope(w, entities, window_start, false, None));
    // 比2017年压缩54.3%: a base alone names nothing either.
    let whole_base = w.starts_with(COMPARISON_STARTS)
        && COMPARISON.find(w).is_some_and(|m| m.start() == 0 && m.end() == w.len());
    // 两年平均增长9.3%: a span of years alone (a basis of the rate) names nothing either.
    let whole_span = w.starts_with(SINCE_STARTS)
        && SINCE.find(w).is_some_and(|m| m.start() == 0 && m.end() == w.len());
    let w = if whole_base || whole_span { "" } else { w };
    // 全市增长8%: a scope word alone names the region, not a metric.
    // (月初一度跌至: nor does a time of the month alone.)
    let w = if SCOPE_WORDS.contains(w) || bare_time(w) { "" } else { w };
    let comparison = w.contains(['比', '较', '与', '是', '于', '同']) || period::occurs_in(w);
    let plain = !comparison && !LONG_PREDICATE_VERBS.occurs_in(w);
    if (2..=8).contains(&w.chars().count()) && plain && !w.contains(['，', '、']) {
        return w.to_string();
    }
    if !w.is_empty() || cs <= sentence.start {
        return String::new();
    }
    let Some((sep, prev_start, mut prev)) = clause_before(text, sentence.start, cs) else {
        return String::new();
    };
    // 新登记市场主体数量位居前三，分别为…; 快递业务量居全国第7位，为…: a rank after the
    // metric is no part of it, nor a figure that stands in its way.
    if prev.ends_with(|c: char| {
        c.is_ascii_digit() || period::is_numeral(c) || matches!(c, '位' | '名')
    }) {
        if let Some(m) = RANK.find(prev) {
            prev = &prev[..m.start()];
        }
    }
    // 首次突破千亿元大关，同比增长…: a magnitude is a number too, and 较上周持平 a zero.
    // (The 万元 of 万元生产总值能耗 names a unit of output, no figure.)
    let magnitude = |(i, c): (usize, char)| {
        matches!(c, '千' | '万' | '亿')
            && !(c == '万'
                && prev[i..].starts_with("万元")
                && !prev[..i].ends_with(|c: char| c.is_ascii_digit() || period::is_numeral(c))
                && prev[i + "万元".len()..].starts_with(|c: char| c.is_alphanumeric()))
    };
    let has_number = prev.bytes().any(|b| b.is_ascii_digit())
        || prev.char_indices().any(magnitude)
        || prev.ends_with(FLAT);
    if sep == '\t' {
        // A table row: the label is the first cell.
        let row = &text[sentence.start..cs];
        let label_end = sentence.start + row.find('\t').unwrap_or(row.len());
        let (m, _) =
            metric_before(&text[sentence.start..label_end], entities, sentence.start, tagger);
        return m;
    }
    // 通关时间1.9小时，压缩72.1%: a duration is no figure (it reports none), but it names
    // what changes after it.
    let duration = ["小时", "天", "分钟", "个工作日", "工作日"].iter().find_map(|u| {
        let number = prev.strip_suffix(u)?;
        let digits = number.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        (digits.len() < number.len()).then_some(digits)
    });
    if let Some(head) = duration.filter(|_| sep == '，') {
        let (m, _) = metric_before(head, entities, prev_start, tagger);
        if (2..=16).contains(&m.chars().count()) {
            return m;
        }
    }
    // (A bracket after a figure, 增长18.4%（以美元计价增长13.2%）, restates that figure: the
    // metric carried over names it.)
    let after_figure = prev.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '%' | '元'));
    // 优良天数比例最高的是和顺县，为87.4%: the metric stands before the superlative, the
    // place after it is whose figure it is.
    let superlative = superlative_in(prev);
    if let Some((at, _)) = superlative.filter(|_| sep == '，') {
        let (m, _) = metric_before(&prev[..at], entities, prev_start, tagger);
        if (2..=16).contains(&m.chars().count()) {
            return m;
        }
    }
    // 占年度计划（700亿元）: the figure in brackets states the plan named before it.
    if sep == '（' && !after_figure && PLAN_NOUNS.iter().any(|p| prev.ends_with(p)) {
        let mut plan = prev.rsplit(['，', '占', '的']).next().unwrap_or(prev);
        while let Some((w, _)) = PREDICATES.prefix(plan).filter(|(w, _)| w.len() < plan.len()) {
            plan = &plan[w.len()..];
        }
        if (2..=8).contains(&plan.chars().count()) {
            return plan.to_string();
        }
    }
    if (sep == '（' && !after_figure) || (matches!(sep, '，' | '：' | ':') && !has_number) {
        let (mut m, _) = metric_before(prev, entities, prev_start, tagger);
        if m.chars().count() < 2 {
            // 电力板块涨幅居前, 表现较好: a judgement after the metric names nothing (a verb
            // alone is no judgement: 按不变价格计算).
            let words = tagger.tag(prev);
            let tail = tagger.words[words]
                .iter()
                .rev()
                .take(3)
                .take_while(|t| matches!(t.tag, "v" | "f" | "d" | "a" | "ad" | "vd" | "zg"));
            let (judgement, verbs_only) =
                tail.fold((0, true), |(n, v), t| (n + t.word.len(), v && t.tag == "v"));
            if judgement > 0 && judgement < prev.len() && !verbs_only {
                let head = &prev[..prev.len() - judgement];
                m = metric_before(head, entities, prev_start, tagger).0;
            }
        }
        // 全市常住人口中，屏山县…: the clause says among what (中 is a locative).
        if sep == '，' && m.chars().count() > 3 && !m.ends_with("初中") && !m.ends_with("高中")
        {
            if let Some(head) = m.strip_suffix('中') {
                m.truncate(head.len());
            }
        }
        if m.chars().count() <= 16 {
            return m;
        }
    }
    String::new()
}

/// The partner of a trade metric named in `opener..end` (对东盟, 与越南): 对 or 与 and a place
/// right before the metric's first occurrence there, which follows the subject or opens the
/// clause; with 与 only before a word of trade (贸易, 进出口), as 与 also joins two subjects.
fn trade_partner<'t>(
    text: &'t str,
    entities: &Entities,
    opener: usize,
    end: usize,
    metric: &str,
) -> Option<&'t str> {
    let head = text.get(opener..end)?;
    // (A partner is a preposition and a place: rare, so a character test first.)
    if !head.contains(['对', '与']) {
        return None;
    }
    let at = opener + find_short(head, metric)?;
    let (place, _) = entities.ending_at(at).find(|(_, e)| e.kind == EntityKind::Place)?;
    let prep = text[..place.start].chars().next_back()?;
    let from = place.start - prep.len_utf8();
    let trade = ["贸易", "进出口", "双边贸易"].iter().any(|w| metric.starts_with(w));
    let opens = from == opener || entities.ending_at(from).next().is_some();
    ((prep == '对' || (prep == '与' && trade)) && opens).then(|| &text[from..place.end])
}

/// Nouns naming a plan, whose amount a bracket after them may state (年度计划（800亿元）).
const PLAN_NOUNS: [&str; 4] = ["计划", "目标", "任务", "预算"];

/// Whether `t` is the last month of the running period as a point in time (…1—11月…。
/// 11月当月…; 截至9月底 in a 1—9月 report; 3月末 in a first-quarter one): it dates its own
/// sentence, and the cumulative figures after it are the running period's again.
fn point_within(text: &str, t: &TimeExpr, period: &PeriodState) -> bool {
    let Some(Part::Months(m, n)) = t.part.filter(|_| !t.is_date && t.relative.is_none()) else {
        return false;
    };
    // (In a whole year's report, 截至4月底 of a season running into the next year: only a
    // month's end after 截至 is a point.)
    let whole_year = period.part.is_none() && period.year.is_some();
    let last = match period.part {
        Some(Part::Months(a, b)) if a < b => b,
        Some(Part::Quarter(q)) => q * 3,
        Some(Part::Half(h)) => h * 6,
        None if whole_year => n,
        _ => return false,
    };
    let same_year = t.year.is_none() || t.year == period.year;
    let written = &text[t.span.start..t.span.end];
    let after = &text[t.span.end..];
    let month_end = written.ends_with(['末', '底']) || after.starts_with(['末', '底']);
    let up_to = period::up_to_date(&text[..t.span.start]);
    let point = if whole_year {
        month_end && up_to && t.year.is_none()
    } else {
        month_end || after.starts_with("当月") || up_to
    };
    m == n && n == last && same_year && point
}

/// Whether `t` names a part of the whole year the article reports on (受…带动，6至7月份…):
/// inside a sentence it dates that sentence, and the year's figures after it stay the
/// year's. Months counted from January (1—11月) report the year to date and carry on.
fn part_of_year(t: &TimeExpr, period: &PeriodState) -> bool {
    let whole_year = period.part.is_none() && period.year.is_some();
    let part = match t.part {
        Some(Part::Months(m, _)) => m > 1,
        Some(Part::Quarter(_)) => true,
        _ => false,
    };
    // (One written with its year, 【…】2017年9月份，…, sets the period on purpose.)
    whole_year && part && !t.is_date && t.year.is_none()
}

/// The measure word closing a count's unit (家 of 万家, 个 of 8个).
fn measure_word(q: &RawQuantity) -> Option<char> {
    (q.class == UnitClass::Count).then(|| q.unit.chars().next_back()).flatten()
}

/// Whether `q` stands in brackets right after a plan noun (年度计划（800亿元）).
fn states_plan(text: &str, q: &RawQuantity) -> bool {
    text[q.span.end..].starts_with('）')
        && text[..q.span.start]
            .strip_suffix('（')
            .is_some_and(|b| PLAN_NOUNS.iter().any(|p| b.ends_with(p)))
}

/// What names the one a figure in the next clause belongs to (…比例最高的是和顺县，为87.4%).
const SUPERLATIVES: [&str; 7] =
    ["最高的是", "最低的是", "最大的是", "最小的是", "最多的是", "最少的是", "最快的是"];

/// The clause before the one starting at `cs` in its sentence: the separator that ends it,
/// where it starts, and its text.
fn clause_before(text: &str, sentence_start: usize, cs: usize) -> Option<(char, usize, &str)> {
    let sep = text[sentence_start..cs].chars().next_back()?;
    let prev_end = cs - sep.len_utf8();
    let prev_start = clause_start(text, sentence_start, prev_end);
    Some((sep, prev_start, &text[prev_start..prev_end]))
}

/// Where the name after a superlative (最高的是…) starts, when the clause before `cs` holds one.
fn superlative_named(text: &str, sentence_start: usize, cs: usize) -> Option<usize> {
    let (_, prev_start, prev) = clause_before(text, sentence_start, cs)?;
    superlative_in(prev).map(|(at, w)| prev_start + at + w.len())
}

/// Where a superlative (最高的是…) stands in `s`, and which; a character test first (a
/// substring search builds a searcher, and most clauses hold no 最).
fn superlative_in(s: &str) -> Option<(usize, &'static str)> {
    if !s.contains('最') {
        return None;
    }
    SUPERLATIVES.iter().find_map(|w| s.find(w).map(|at| (at, *w)))
}

fn subject_is_enterprise(entities: &Entities, cs: usize, q_start: usize) -> bool {
    entities
        .starting_at(cs)
        .is_some_and(|(s, e)| e.kind == EntityKind::Enterprise && s.end == q_start)
}

/// Whether `window` holds nothing but predicates (同比上涨, 增长).
fn only_predicates(window: &str) -> bool {
    let mut w = trim(window);
    while let Some((word, _)) = PREDICATES.suffix(w) {
        w = &w[..w.len() - word.len()];
    }
    w.is_empty()
}

/// Where the bracketed gloss ending at `end` opens (`（CPI）`, `（简称规上工业增加值）`, a note
/// such as `（不含金融业）`), if `end` closes one right after a name.
fn gloss_before(text: &str, floor: usize, end: usize) -> Option<usize> {
    let head = text[floor..end].strip_suffix(['）', ')'])?;
    // A gloss is short: the bracket opens within the last few characters.
    let near = (head.len().saturating_sub(48)..=head.len()).find(|&i| head.is_char_boundary(i));
    let open = near.unwrap_or(0) + head[near.unwrap_or(0)..].rfind(['（', '('])?;
    let inner = &head[open..];
    let inner = &inner[inner.chars().next().map_or(0, char::len_utf8)..];
    // An abbreviation: Latin letters, maybe with digits (CPI, PM2.5, PM10).
    let abbreviation = inner.len() <= 12
        && inner.bytes().any(|b| b.is_ascii_alphabetic())
        && inner.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'&');
    // A note on what the name covers (含物资折款, 不含金融业, 社区): short, no figure of its
    // own, no clause inside.
    // A note of what it leaves out or takes in may run longer (不包括邮政储蓄银行直接营业收入).
    // (折REO: what it is counted as.)
    let covers =
        ["不包括", "不含", "包括", "含", "剔除", "扣除", "折"].iter().any(|w| inner.starts_with(w));
    // A definition may run longer too (每头母猪每年提供的断奶仔猪数 after PSY).
    let defines = inner.contains('的') || inner.ends_with(['数', '率', '量', '额', '比']);
    let note = inner.chars().count() <= if covers || defines { 30 } else { 12 }
        && !inner.is_empty()
        // An age band may hold digits (15岁及以上不识字的人).
        // (What a note takes in may be a list: 含幼儿园、教学点.)
        && (inner.chars().all(|c| {
            crate::normalize::is_han(c) || covers && (c == '、' || c.is_ascii_alphanumeric())
        })
            || inner.contains('岁')
                && inner.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_digit()))
        && !period::occurs_in(inner);
    // The base of an index or ratio (以女性为100，男性对女性的比例; 以上年为100).
    let base = inner.starts_with('以') && inner.contains("为100") && inner.chars().count() <= 30;
    let glosses =
        inner.starts_with("简称") || inner.starts_with("以下简称") || abbreviation || note || base;
    // (A name may be a Latin abbreviation glossed in Chinese: PSY（…）.)
    let after_name =
        head[..open].ends_with(|c: char| crate::normalize::is_han(c) || c.is_ascii_alphabetic());
    (glosses && after_name).then_some(floor + open)
}

/// Where the class ends when `q` only bounds the class of things that `next` counts
/// (10亿元以上项目23个, 年营业收入2000万元及以上的工业企业312家, 营业收入超百亿元企业达到3家):
/// a count right after it in the same clause, with only a noun (and a verb such as 达到 or
/// 有) between.
fn is_threshold(text: &str, q: &RawQuantity, next: &RawQuantity) -> Option<usize> {
    if q.class == UnitClass::Count || next.class != UnitClass::Count || next.span.start < q.span.end
    {
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
    let bound = noun.len() < between.len()
        || q.value_max.is_some()
        || q.qualifiers.iter().any(|q| {
            matches!(
                q,
                Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::AtMost | Qualifier::LessThan
            )
        });
    let class = bound
        && short
        && noun.chars().all(crate::normalize::is_han)
        && !PREDICATE_VERBS.occurs_in(noun)
        && PREDICATES.suffix(noun).is_none();
    class.then_some(q.span.end + between.len())
}

/// The verbs that state a count of a class (企业达到3家): 达到, 有, 共有, 为 ….
const STATING: [&str; 6] = ["达到", "达", "有", "共有", "为", "共"];

/// Whether `q` only describes the noun that the next figure measures (十种有色金属产量12.6万吨,
/// 30户以上自然村寨通硬化路比例达到100%): a kind-count (种, 类) or a bounded count, then Han
/// text up to the next figure in the same clause.
///
/// A size or a sum bounded by 以上 or 以下 classes the noun as well (90平方米以下中小户型住宅
/// 成交占比38.7%), when the noun opens with no verb.
fn is_modifier(text: &str, q: &RawQuantity, next: &RawQuantity) -> bool {
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
    (kinds || bounded) && modifies
}

/// Whether `q` names a class or grade of what follows it, not a figure: a voltage or a
/// calorific value or an age right before a noun (500千伏输变电工程, 110kV变电站, 5500大卡动力煤,
/// 60岁及以上人口), a
/// size class (5万吨级泊位, 千万吨级炼化基地, 10亿元级项目), or the base of a rate
/// (百万吨死亡率0.02: deaths per million tonnes).
fn names_class(text: &str, q: &RawQuantity) -> bool {
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
    rate_base(after) || q.class == UnitClass::Count && ranked_among(after)
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
/// and ends, after it, with 数据, 统计, 调查 … (据对120家企业的调查显示，…).
fn in_source(text: &str, clause: usize, q: &RawQuantity) -> bool {
    let opens = text[clause..q.span.start].trim_start();
    if !(opens.starts_with('据') || opens.starts_with("根据")) {
        return false;
    }
    let rest = &text[q.span.end..];
    let end = rest.find(crate::sentence::is_clause_sep).unwrap_or(rest.len());
    let tail = &rest[..end];
    end > 0 && end <= 60 && SOURCE_ENDS.iter().any(|w| tail.ends_with(w))
}

/// Whether `s` opens with a count of regions (`16市`, `皖北六市`, `三县`): at most two
/// characters of a region's name, a numeral, then 市/县/区/州.
fn counts_regions(s: &str) -> bool {
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

/// Skips a time expression (or a point of the year: 年末, 年初, 年底) and a comma-free 其中 at
/// `at`.
fn skip_time(text: &str, at: usize, limit: usize) -> usize {
    let head = &text[at..limit];
    let mut skip = 0;
    if let Some(t) = period::at_start(head) {
        // 9月末全市…: the point of the month or quarter goes with it.
        skip = t.span.end;
        if head[skip..].starts_with(['末', '底', '初']) {
            skip += '末'.len_utf8();
        }
        // 8月当月全市…: the month's own figure.
        if head[skip..].starts_with("当月") {
            skip += "当月".len();
        }
    } else if let Some(w) =
        ["年末", "年初", "年底", "假期", "期间", "同期"].iter().find(|w| head.starts_with(*w))
    {
        skip = w.len();
    }
    // 其中西昌市增长6.2%: the part named right after 其中 opens the clause.
    if head[skip..].starts_with("其中") {
        skip += "其中".len();
    }
    at + skip
}

/// Where a product named after a capacity ends (磷酸铁锂项目, 动力电池生产线).
const PRODUCT_ENDS: &[&str] = &["项目", "生产线", "产线", "基地"];

/// Cuts a product named after a capacity at its first [`PRODUCT_ENDS`] (动力电池项目 →
/// 动力电池), and the indicator's span with it.
fn cut_product(metric: &mut String, span: &mut NSpan) {
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
}

/// Words that make a capacity a kind of capacity (落后产能), not a product's.
const CAPACITY_KINDS: [&str; 5] = ["落后", "过剩", "闲置", "富余", "先进"];

/// The metric without the capacity word opening it (年产能, 年产, 年处理, 年加工): 年产值 and
/// 年产量 are no capacities, and 年加工能力 names itself.
fn capacity_lead(metric: &str) -> Option<&str> {
    ["年产能", "年产", "年处理", "年加工"]
        .iter()
        .find_map(|lead| metric.strip_prefix(lead))
        .filter(|r| !r.starts_with(['值', '量']) && !r.starts_with("能力"))
}

/// The counted noun after a count (`4个绿色园区`) or the product after a capacity
/// (`5万吨多晶硅`): after an optional 的, to the clause end, at most 16 chars, stopping at
/// 等/和/及/与, a digit or a stop word; where none comes within 16 chars, the nouns jieba
/// reads before the first other word.
fn counted_noun<'t>(
    text: &'t str,
    at: usize,
    limit: usize,
    jieba: &Jieba,
) -> Option<(&'t str, usize)> {
    let tail = text.get(at..limit)?;
    let lead = if tail.starts_with('的') {
        '的'.len_utf8()
    } else if tail.starts_with("/") && tail[1..].starts_with(|c: char| c.is_ascii_digit()) {
        // 100MW/200MWh储能电站: the noun after the paired rating.
        1 + tail[1..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'.').count()
    } else {
        usize::from(tail.starts_with(' '))
    };
    // The noun opens with a Chinese character or a Latin letter (20GW N型TOPCon电池): most
    // numbers are followed by neither, which settles them before any scan.
    let opens = |c: char| crate::normalize::is_han(c) || c.is_ascii_alphabetic();
    if !tail[lead..].chars().next().is_some_and(opens) {
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
                && !joins_products(&s[i + c.len_utf8()..])
                && !countries_and_regions(i))
            || (c.is_ascii_digit() && !ranked(i))
            // 硅料三万吨: a number in Chinese numerals (and its unit) ends the noun too.
            || (k > 0 && period::is_numeral(c) && {
                let rest = s[i..].trim_start_matches(period::is_numeral);
                crate::quantity::opens_with_unit(rest)
            })
            // 12家企业在园区落户: a place phrase ends the noun (在建项目 opens one).
            || (c == '在' && k > 0)
            || (stop_firsts.has(c)
                && NOUN_STOPS.prefix(&s[i..]).is_some()
                // 108个省级以上开发区: a level and 以上 open the noun's class.
                && !(s[..i].ends_with('级') && (s[i..].starts_with("以上") || s[i..].starts_with("以下"))))
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
    let mut noun = &s[..stop];
    if !noun.chars().any(crate::normalize::is_han) {
        return None;
    }
    // 87个国家和地区的6700余家企业: 的 closes a noun that modifies the next.
    noun = noun.strip_suffix('的').filter(|n| !n.is_empty()).unwrap_or(noun);
    // 43个项目中，已开工…: the locative closes a phrase (among the projects).
    if stop < s.len() && noun.chars().nth(2).is_some() {
        noun = noun.strip_suffix('中').unwrap_or(noun);
    }
    // A verb right after the number is a predicate, not a noun (58个，总投资 / 5万吨，同比).
    const PREDICATE_STARTS: [&str; 12] = [
        "同比",
        "增长",
        "下降",
        "比上年",
        "以上",
        "左右",
        "提高",
        "提升",
        "降低",
        "减少",
        "增加",
        "上升",
    ];
    // 完成50万人目标: the goal a figure is, not what it counts.
    if PREDICATE_STARTS.iter().any(|w| noun.starts_with(w))
        || matches!(noun, "目标" | "任务" | "目标任务")
    {
        return None;
    }
    // 由4120个整合为1876个, 由186户压减至158户: a short run of verbs and prepositions after
    // the number says what became of it; the noun counted stands before.
    if noun.chars().nth(6).is_none()
        && jieba.tag(noun, false).iter().all(|t| matches!(t.tag, "v" | "p" | "d" | "c" | "uj"))
    {
        return None;
    }
    Some((noun, at + lead + noun.len()))
}

/// Verbs whose subject is what was done, so a count after them counts it (试点实施22宗);
/// others act on what is counted (博物馆接待1.9万人次).
const CARRIED_OUT: [&str; 7] = ["实施", "开展", "举办", "办理", "受理", "审结", "查处"];

/// What stands before a verb of [`CARRIED_OUT`] closing `window` (and the adverbs before the
/// verb: 共实施, 累计开展, 开展了), if anything does.
fn verb_closed_head(window: &str) -> Option<&str> {
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
const AGENT_MEASURES: [char; 8] = ['家', '户', '个', '名', '所', '人', '位', '艘'];

/// A per-capita phrase closing the text before a metric (每千人拥有, 每万人口).
static PER_CAPITA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"每[0-9一二三四五六七八九十百千万]*(?:人口|人|户)(?:拥有|有)?$")
        .expect("valid regex")
});

/// Prepositions that open a phrase after a counted noun: cause, agent, source, route.
const OPENING_PREPOSITIONS: [&str; 7] = ["因", "由", "被", "从", "向", "经", "通过"];

/// The length of `s` up to a preposition, or (with `verbs`) a verb of two characters or more,
/// after its opening nouns (贫困村 | 出列, 地块 | 因…), or all of it.
fn nouns_before_verb(s: &str, verbs: bool, jieba: &Jieba) -> usize {
    let mut len = 0;
    for t in jieba.tag(s, false) {
        // (Not 用, which jieba tags a preposition in 用能企业, 用电大户.)
        let opens = t.tag == "p" && OPENING_PREPOSITIONS.contains(&t.word)
            || verbs && t.tag == "v" && t.word.chars().nth(1).is_some();
        if opens && s[..len].chars().nth(1).is_some() {
            return len;
        }
        if !noun_tag(t.tag) {
            return s.len();
        }
        len += t.word.len();
    }
    s.len()
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

/// What a count counts when the noun after it runs on into the metric of a later figure
/// (326家星级饭店平均客房出租率为78.6%: hotels, not a rate): the noun before the rate, cut at
/// 平均 or 人均, or else before the rate's last word.
fn counted_head<'n>(noun: &'n str, jieba: &Jieba) -> &'n str {
    let noun = noun.strip_suffix(['为', '是']).unwrap_or(noun);
    if !RATE_ENDINGS.iter().any(|e| noun.ends_with(e)) {
        return noun;
    }
    let cut = match ["平均", "人均"].iter().filter_map(|w| noun.find(w)).min() {
        Some(i) => i,
        None => {
            let words = jieba.cut(noun, false);
            noun.len() - words.last().map_or(0, |w| w.word.len())
        }
    };
    // (Two characters at least: 3家企业利润率 keeps 企业, a lone character is no noun.)
    if noun[..cut].chars().count() >= 2 { &noun[..cut] } else { noun }
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
fn deng_in_word(before: &str, after: &str) -> bool {
    after.starts_with(['级', '于', '同', '待', '候'])
        || before.ends_with([
            '高', '中', '初', '平', '同', '对', '相', '优', '头', '上', '次', '甲', '乙',
        ])
        // 一等奖, 三等品: a rank.
        || before.ends_with(['一', '二', '三', '四', '五', '特'])
}

/// Whether 和 between `before` and `after` joins two modifiers of one head (38家重点零售和餐饮
/// 企业): the part before names no head, the part after reaches one within a few characters.
fn joins_modifiers(before: &str, after: &str) -> bool {
    let heads = &crate::entity::lexicon::LEXICON.enum_heads;
    !before.is_empty()
        && heads.suffix(before).is_none()
        && after
            .char_indices()
            .take(8)
            .take_while(|&(_, c)| crate::normalize::is_han(c))
            .any(|(i, _)| heads.prefix(&after[i..]).is_some())
}

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:是|相当于|为|达到)(?:[0-9]{4}年|上年|去年|同期|上年同期|去年同期|全国|全省|全市|前[一二三四五六七八九十]+年)[^，。；]{0,10}?的?$")
        .unwrap_or_else(|e| panic!("relative regex: {e}"))
});

/// `到2026年` (or 至) in a sentence's head.
static AIMED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:到|至)((?:19|20)[0-9]{2})年")
        .unwrap_or_else(|e| panic!("aimed year regex: {e}"))
});

/// Whether `head` aims at a year (到2026年) later than `reported`, the latest the article
/// reports on.
fn aims_beyond(head: &str, reported: Option<i32>) -> bool {
    let Some(reported) = reported else { return false };
    // (2020年至2022年 is a span of years, no aim.)
    let spans = |at: usize| head[..at].ends_with(|c: char| c == '年' || c.is_ascii_digit());
    // (截至2023年5月底, 截止到: a stock up to a date, no aim. 到 and 至 are three bytes.)
    let up_to = |at: usize| period::up_to_date(&head[..at + '至'.len_utf8()]);
    head.contains('年')
        && AIMED_YEAR.captures_iter(head).any(|c| {
            c.get(0).is_some_and(|m| !spans(m.start()) && !up_to(m.start()))
                && c[1].parse::<i32>().is_ok_and(|y| y > reported)
        })
}

/// Years written as a span (2020年至2022年, 2020—2022年).
static YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)[0-9]{2})年?(?:至|到|—|-|–|～|~)((?:19|20)[0-9]{2})年")
        .unwrap_or_else(|e| panic!("year span regex: {e}"))
});

/// The first year of the span of years `head` states, when it holds exactly `n` years.
fn year_span(head: &str, n: usize) -> Option<i32> {
    if !head.contains('年') {
        return None;
    }
    let c = YEAR_SPAN.captures(head)?;
    let (from, to): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    (to > from && usize::try_from(to - from + 1).ok() == Some(n)).then_some(from)
}

/// A rank closing a clause (位居前三, 居全国第7位).
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:位居|位列|居|排名|排在|排|列)(?:全国|全省|全市|全区|全县|同类城市)?(?:第[0-9一二三四五六七八九十两]+|前[0-9一二三四五六七八九十两]+)(?:位|名)?$")
        .unwrap_or_else(|e| panic!("rank regex: {e}"))
});

/// A [`RELATIVE`] match holds one of these (是, 为, 相当于, 达到).
const RELATIVE_MARKS: [char; 4] = ['是', '为', '于', '到'];

/// The tag is tested before the word list: it is cheaper and decides most words.
fn nouny(t: &Tagged<'_>) -> bool {
    matches!(
        t.tag,
        "n" | "nr"
            | "ns"
            | "nt"
            | "nz"
            | "nrt"
            | "vn"
            | "j"
            | "l"
            | "a"
            | "b"
            | "f"
            | "eng"
            | "x"
            | "m"
            | "an"
            | "ng"
            | "nrfg"
            | "s"
            | "q"
            | "k"
            | "h"
            | "z"
    ) || METRIC_WORDS.contains(t.word)
        || t.word.chars().all(|c| c.is_ascii_alphanumeric())
}

/// One-character heads of names of events and sites that jieba leaves apart after a verb
/// (对接/会, 安置/点, 服务/站), often tagged a verb or numeral.
const NAME_HEAD_CHARS: [&str; 8] = ["会", "展", "赛", "点", "站", "所", "场", "馆"];

/// First characters of time words ending in 前 or 后 (今后, 此前, 向前): the calendar's,
/// where 税后 and 售后 are not.
const CALENDAR_OPENERS: [char; 14] =
    ['今', '此', '日', '以', '之', '目', '当', '年', '节', '向', '往', '从', '提', '事'];

/// The unit a figure is per, written after 每 with an optional magnitude (每吨, 每百平方公里),
/// if `after_mei` is one.
fn per_unit_word(after_mei: &str) -> Option<&str> {
    let per = after_mei.trim_start_matches(['百', '千', '万']);
    (!per.is_empty() && crate::quantity::is_unit_word(per)).then_some(per)
}

/// Whether `s` is a time of the year or month alone, 年底前, 月初 (which the period rules
/// read only with a year or month): it names no metric.
fn bare_time(s: &str) -> bool {
    const BARE_TIMES: [&str; 9] =
        ["年底", "年初", "年末", "年内", "年中", "月初", "月底", "月末", "月中"];
    BARE_TIMES.contains(&s.trim_end_matches(['前', '后']))
}

/// The last characters of time expressions (2024年, 一季度, 1-5月, 年末, 上半年).
const TIME_ENDS: &[char] = &['年', '度', '月', '末', '底', '初', '季', '期'];

/// Whether `s` is a rate or amount word that names nothing alone (率, 量, 额, 数): the
/// word before it, even a verb, is what it measures (完工率).
fn is_bare_head(s: &str) -> bool {
    matches!(s, "率" | "量" | "额" | "数")
}

/// Reads the metric at the right end of `window`; returns it and the predicates stripped.
fn metric_before<'t>(
    window: &'t str,
    entities: &Entities,
    base: usize,
    tagger: &mut Tagger<'t>,
) -> (String, Preds) {
    let mut preds = Preds::default();
    let mut w = trim(window);
    // Trailing predicates and comparisons, repeatedly. Each step keeps a prefix of `w`, so
    // once `w` holds no relative mark, it never does again.
    let mut may_be_relative = true;
    loop {
        let before = w.len();
        // 总产能将增加80%: a capacity word before a change verb is what changes.
        let changes = preds.contains(Pred::Up) || preds.contains(Pred::Down);
        // 航班起降: the 降 of takeoffs and landings is no fall; 排放量, 投放量, 发放量 are
        // quantities, not a market's 放量.
        let noun_end = w.ends_with("起降")
            || w.ends_with("升降")
            || w.strip_suffix("放量").is_some_and(|b| b.ends_with(['排', '投', '发', '释', '存']));
        // 处理能力将达到年10万吨: 年 after the verb makes the figure a yearly rate, a capacity.
        if let Some(head) = w.strip_suffix('年').filter(|h| {
            PREDICATES.suffix(h).is_some_and(|(_, p)| matches!(p, Pred::ToLevel | Pred::Neutral))
        }) {
            w = head;
            preds.push(Pred::Capacity);
        }
        if let Some((word, p)) = PREDICATES.suffix(w).filter(|_| !noun_end) {
            preds.push(p);
            // 落后产能, 过剩产能: capacity of a kind, not of a product, is the metric whole.
            let kind_of_capacity = p == Pred::Capacity
                && CAPACITY_KINDS.iter().any(|k| w[..w.len() - word.len()].ends_with(k));
            if p == Pred::Capacity && (changes || kind_of_capacity) {
                // Kept in the metric, and still a capacity.
            } else {
                w = &w[..w.len() - word.len()];
                if p == Pred::Capacity {
                    preds.capacity_word.get_or_insert(word);
                }
            }
        }
        if w.ends_with(COMPARISON_ENDS) {
            if let Some(m) = COMPARISON.find_iter(w).last().filter(|m| m.end() == w.len()) {
                w = &w[..m.start()];
            }
        }
        // 恢复到2019年同期(水平)的112%: the base of a share is no metric.
        if let Some(head) = w.strip_suffix("同期水平").or_else(|| w.strip_suffix("同期")) {
            w = ["上年", "去年"].iter().find_map(|y| head.strip_suffix(y)).unwrap_or_else(|| {
                let year = head
                    .strip_suffix('年')
                    .map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit()));
                year.filter(|h| head.len() - h.len() == 5).unwrap_or(head)
            });
        }
        // 较节前, 比平时, 较上届: a base the list above lacks is still a base (not 比重,
        // 占比, 同比, nor a judgement: 较好).
        // (Opening the window, only a short base: 比同期增速 names the rate.)
        let (base_at, per_at) = tail_marks(w);
        if let Some(i) = base_at {
            let base = &w[i + '较'.len_utf8()..];
            let n = base.chars().count();
            // (比西北地区高0.12元: a region compared with is a base however long.)
            let region = base.ends_with(['区', '省', '市', '县', '州']);
            let n = if i == 0 && n > 3 && !region { 0 } else { n };
            // 收入比缩小: a ratio before its verb, no base.
            let word = w[i..].starts_with('比')
                && (base.starts_with(['重', '例', '率'])
                    || w[..i].ends_with(['占', '同', '环', '对'])
                    || PREDICATES.prefix(base).is_some());
            if (2..=5).contains(&n) && !word && !base.contains(|c: char| c.is_ascii_digit()) {
                w = &w[..i];
            }
        }
        may_be_relative = may_be_relative && w.contains(RELATIVE_MARKS);
        if may_be_relative {
            if let Some(m) = RELATIVE.find(w) {
                w = &w[..m.start()];
            }
        }
        // 营业收入均增长5.2%: the adverb 均 (both, all) before the verb, not 人均/平均.
        if let Some(head) = w.strip_suffix('均') {
            if !head.ends_with(['人', '平', '年', '日', '月', '户', '亩', '季', '周']) {
                w = head;
            }
        }
        // 居民电价每千瓦时0.56元: the unit a price is per names no metric (每百平方公里: with
        // its magnitude).
        if let Some(i) = per_at.filter(|&i| i + '每'.len_utf8() <= w.len()) {
            if per_unit_word(&w[i + '每'.len_utf8()..]).is_some() {
                w = &w[..i];
            }
        }
        // 文盲率由3.86%下降为2.54%: the figure after 由 is the level it moved from, and so
        // is one after 由过去的, 由原来的 (a short time between; 的 may be read off already).
        let h = w.strip_suffix('的').unwrap_or(w);
        let moved_from = h.rfind(['由', '从']).and_then(|i| {
            let between = &h[i + '由'.len_utf8()..];
            let time = (1..=4).contains(&between.chars().count())
                && between.chars().all(crate::normalize::is_han)
                && between.ends_with(['去', '来', '年', '初', '末', '前']);
            (time && i >= 6).then(|| &h[..i])
        });
        let moved_from =
            moved_from.or_else(|| w.strip_suffix(['由', '从']).filter(|h| h.chars().count() >= 2));
        if let Some(head) = moved_from {
            w = head;
        }
        // 城乡收入比由2.1缩小至: the level it moved from (a bare number) is no part of it.
        if w.ends_with(|c: char| c.is_ascii_digit()) {
            let head = w.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
            if let Some(h) = head.strip_suffix('由').or_else(|| head.strip_suffix('从')) {
                w = h;
            }
        }
        // 粮食总产量连续9年稳定在: a run of years is how long, no part of the metric.
        if w.ends_with('年') {
            if let Some(m) = RUN_OF_YEARS.find(w).filter(|m| m.end() == w.len()) {
                w = &w[..m.start()];
            }
        }
        // 力争年底前降至: 前 after a time is the time's (before the year's end).
        if let Some(h) = w.strip_suffix('前').filter(|h| h.ends_with(TIME_ENDS)) {
            w = h;
        }
        // 工业投资一季度同比增长: the time between the metric and its predicate dates the
        // figure (the period rules read it); it names no part of the metric.
        if w.ends_with(TIME_ENDS) {
            if let Some(t) = period::find(w).pop().filter(|t| t.span.end == w.len()) {
                w = &w[..t.span.start];
                // 一季度和上半年分别增长: a list of times; the next turn strips the one before.
                let listed = w.trim_end_matches(['和', '及', '、']);
                if listed.len() < w.len() && listed.ends_with(TIME_ENDS) {
                    w = listed;
                }
            }
        }
        if w.len() == before {
            break;
        }
    }
    // (After the predicates:) 燃料价格受成品油调价影响上涨: a cause (受…影响) between the metric and its verb is no
    // part of it; a result word after it (…影响亏损) names the figure instead.
    if w.contains('受') {
        if let Some(j) = find_short(w, "影响") {
            if let Some(i) = w[..j].rfind('受') {
                let after = &w[j + "影响".len()..];
                w = if after.is_empty() || only_predicates(after) { &w[..i] } else { after };
            }
        }
    }
    // 高于全省平均水平: the object compared with is not the metric.
    let compared = if COMPARE_VERBS.may_occur_in(w) { COMPARE_VERBS.rfind(w) } else { None };
    if let Some((i, _, p)) = compared {
        preds.push(p);
        w = &w[..i];
    }
    // Leading comparisons (比同期增速 → 增速), since-phrases and durations.
    if w.starts_with(COMPARISON_STARTS) {
        if let Some(m) = COMPARISON.find(w).filter(|m| m.start() == 0) {
            w = &w[m.end()..];
        }
    }
    if w.starts_with(|c: char| c.is_ascii_digit() || SINCE_STARTS.contains(&c))
        || find_short(w, "以来").is_some()
    {
        if let Some(m) = SINCE.find(w) {
            w = &w[m.end()..];
        }
    }
    w = strip_basis(w);
    // 归属于上市公司股东的净利润: a report heading holding 的.
    if let Some((m, _)) = COMPOUND_METRICS.suffix(w) {
        return (m.to_string(), preds);
    }
    // X等Y: the category after 等 (花卉苗木等种植面积 → 种植面积), unless 等 is part of a
    // word (等级公路, 高等学校, 同等).
    if let Some(i) = w.rfind('等') {
        let (before, after) = (&w[..i], &w[i + '等'.len_utf8()..]);
        if w.len() - i > 3 && !deng_in_word(before, after) {
            w = &w[i + '等'.len_utf8()..];
        }
    }
    if w.is_empty() {
        return (String::new(), preds);
    }
    let run = tagger.tag(w);
    // 投资设立了482个项目: a verb with 了 after it is done, a predicate.
    // The window's text after `w` (the predicates and bases stripped from it).
    // Where `w` starts in the window (the text's base + it, in the text).
    let w_off = w.as_ptr() as usize - window.as_ptr() as usize;
    let rest_after = window.get(w_off + w.len()..);
    let done = rest_after.is_some_and(|after| after.trim_start().starts_with('了'));
    let share_metric = ["比重", "比例", "份额"].iter().any(|e| w.ends_with(e));
    // 研发投入占营业收入的比重: the 的 is inside the metric.
    let share_of = share_metric && w.contains('占');
    // Collect words leftwards until a stop word.
    let mut start = w.len();
    let mut i = run.len();
    let mut pending_conj: Option<usize> = None;
    // Whether a predicate verb was read as a modifier inside the compound (农田建设资金).
    let mut compound = false;
    // 汽车销售8.2万辆: an activity verb right before the number names the metric with the
    // noun before it; where it is the end of `activity`.
    let mut activity = None;
    while i > 0 {
        let t = tagger.words[run.start + i - 1];
        // 营/收: a metric word jieba split in this context (甲乙上半年营收) is one word.
        if i >= 2 {
            let left = tagger.words[run.start + i - 2].word;
            let joined = &w[start - t.word.len() - left.len()..start];
            if left.len() + t.word.len() <= 6 && METRIC_WORDS.contains(joined) {
                start -= joined.len();
                i -= 2;
                pending_conj = None;
                continue;
            }
        }
        let at = start - t.word.len();
        if start == w.len() && i >= 2 && ACTIVITY_VERBS.contains(t.word) {
            activity = Some(at);
            start = at;
            i -= 1;
            continue;
        }
        // 0—14岁人口的比重上升: the share of what is named before 的.
        let joins = (t.tag == "c" && matches!(t.word, "和" | "及" | "与"))
            || (share_metric && t.word == "占")
            || (share_of && t.word == "的")
            || (share_metric && t.word == "的" && matches!(&w[start..], "比重" | "比例" | "份额"));
        if joins && start < w.len() {
            pending_conj = Some(start);
            start = at;
            i -= 1;
            continue;
        }
        // A time word (年末参保人数) is stripped later: the verb opens the metric.
        let left_nouny = i >= 2 && {
            let left = &tagger.words[run.start + i - 2];
            nouny(left) || left.tag == "t"
        };
        // 融合发展水平: a predicate verb used as a noun before an abstract head (水平, 指数)
        // is no predicate (规划建设标准化厂房 still ends at 建设).
        let abstract_head =
            || ["水平", "指数", "能力", "程度"].iter().any(|h| w[start..].starts_with(h));
        // 安全生产资金, 清洁生产: a verb-noun after an adjective is a noun's modifier.
        let after_adjective = || {
            t.tag == "vn"
                && start < w.len()
                && i >= 2
                && matches!(tagger.words[run.start + i - 2].tag, "a" | "an" | "b")
        };
        // (农田/建设/资金: a verb-noun between two nouns is a modifier too; a verb opening
        // the window before such a compound is then its predicate: 下达/高标准农田建设资金.)
        // (规划/n 建设 机架: a plan to build, whose 规划 jieba tags a noun.)
        let left_noun = i >= 2 && {
            let left = tagger.words[run.start + i - 2];
            left.tag.starts_with('n') && !matches!(left.word, "规划" | "计划")
        };
        // (监管企业/预计/vn 营业收入: a forecast or target word is never a modifier.)
        let in_compound =
            t.tag == "vn" && left_noun && start < w.len() && !SENTENCE_GOVERNORS.contains(t.word);
        compound |= in_compound && PREDICATE_VERBS.contains(t.word);
        let modifier = in_compound || t.tag == "vn" && left_nouny && abstract_head();
        // 专场/对接/会/v 12场, 安置/点/m 26个: a meeting or a site jieba reads apart closes a
        // name, and the verb before it is that name's (对接会, 安置点).
        let head_char = start == w.len() && i >= 2 && NAME_HEAD_CHARS.contains(&t.word);
        let before_head = t.tag.starts_with('v') && NAME_HEAD_CHARS.contains(&&w[start..]);
        let predicate =
            PREDICATE_VERBS.contains(t.word) && !modifier && !after_adjective() && !before_head;
        // 累计签约项目: a verb right after a predicate verb opens the metric.
        let left_predicate =
            || i >= 2 && PREDICATE_VERBS.contains(tagger.words[run.start + i - 2].word);
        // A verb inside a noun phrase (工业生产者购进价格) or opening it (竣工项目).
        // …or closing it after a noun (出口带宽, tagged a verb).
        // 各类帮扶项目, 各类招聘活动: a verb after a determiner of kinds opens the metric.
        let left_kinds = || {
            i >= 2 && {
                let left = tagger.words[run.start + i - 2];
                left.tag == "r" && left.word.starts_with('各')
            }
        };
        // 其中/r 脱贫/v 人口: 其中 before the verb opens the window as well (共/d 签约 does
        // not: the verb is the predicate there).
        let left_qizhong = || i >= 2 && tagger.words[run.start + i - 2].word == "其中";
        // 燃气设备及/c 安装/v 工程收入: a verb opening the second of two joined nouns is
        // inside it, as after a noun.
        let left_joined = || {
            i >= 3 && {
                let left = tagger.words[run.start + i - 2];
                matches!(left.word, "和" | "及" | "与") && left.tag == "c" && {
                    // (新建/ns 和/c 改造: a verb pair, whatever jieba reads 新建 as.)
                    let tag = tagger.words[run.start + i - 3].tag;
                    tag.starts_with('n') && !matches!(tag, "ns" | "nr")
                }
            }
        };
        let inner_verb = t.tag == "v"
            && !predicate
            && t.word.chars().count() >= 2
            && ((start < w.len()
                && !compound
                && (left_nouny
                    || i == 1
                    || left_predicate()
                    || left_kinds()
                    || left_qizhong()
                    || left_joined()))
                || (start == w.len() && !done && i >= 2 && {
                    // 净/a + 买入: a net flow.
                    let left = tagger.words[run.start + i - 2];
                    left.tag.starts_with('n') || matches!(left.tag, "vn" | "j") || left.word == "净"
                }));
        // 建成后总产能: a locative after a verb closes a time phrase (after completion).
        let after_verb =
            t.tag == "f" && i >= 2 && matches!(tagger.words[run.start + i - 2].tag, "v" | "vn");
        // 省级“四好村”, 文明实践站（所）: a word inside quotes or brackets closing the name
        // is part of it, whatever its tag (a quoted brand before a metric is not).
        let enclosed = || {
            [('“', '”'), ('（', '）')].iter().any(|&(open, close)| {
                w.ends_with(close) && w[..at].rfind(open).is_some_and(|o| !w[o..at].contains(close))
            })
        };
        // 存贷比: a ratio named by its terms, 比 closing the window.
        // (降幅比1—2月收窄: a base follows, and 比 compares.)
        let ratio = t.word == "比"
            && start == w.len()
            && left_nouny
            && rest_after.is_some_and(|r| {
                // Its first 12 bytes, cut back to a character's start (比前10个月收窄).
                let mut n = r.len().min(12);
                while !r.is_char_boundary(n) {
                    n -= 1;
                }
                !r.starts_with(|c: char| c.is_ascii_digit() || period::is_numeral(c))
                    && !period::occurs_in(&r[..n])
            });
        // 农村劳动力转移输出: two verbs after a noun, closing the window, name an activity.
        let verb_pair = start == w.len() && t.tag == "v" && i >= 3 && {
            let left = tagger.words[run.start + i - 2];
            left.tag == "v"
                && left.word.chars().count() == 2
                && t.word.chars().count() == 2
                && !PREDICATE_VERBS.contains(left.word)
                && nouny(&tagger.words[run.start + i - 3])
        };
        // Inside a metric: 税后利润 (a 'time' word of a tax, not of the calendar), 参保离退休
        // 人员 (a set phrase), 工业用水重复利用率 (an adverb between nouns).
        let inside = start < w.len() && t.word.chars().count() >= 2;
        let modifier_word = inside
            && match t.tag {
                "t" => t.word.ends_with(['后', '前']) && !t.word.starts_with(CALENDAR_OPENERS),
                "i" => true,
                "d" => left_nouny,
                _ => false,
            };
        // 交流电/n 耗/v: 耗 after a noun closing the window names a consumption (电耗, 水耗).
        let consumption = start == w.len() && t.word == "耗" && i >= 2 && left_nouny;
        // 耕地/地/uv 力: 地 after a noun is land, no adverb's particle.
        let land = t.tag == "uv"
            && t.word == "地"
            && start < w.len()
            && i >= 2
            && tagger.words[run.start + i - 2].tag.starts_with('n');
        let nounlike = nouny(&t)
            || consumption
            || land
            || inner_verb
            || ratio
            || verb_pair
            || modifier_word
            || head_char
            || before_head
            || enclosed();
        // 完工率, 投产率: a rate or amount word alone (jieba may tag it a verb) names
        // nothing; the verb before it, a predicate elsewhere, is what it measures.
        let bare_head = start == w.len() && is_bare_head(t.word)
            || is_bare_head(&w[start..]) && t.tag.starts_with('v') && t.word.chars().count() == 2;
        if bare_head {
            start = at;
            i -= 1;
            continue;
        }
        // 沈阳铁路局开行粮食专列, 包头稀土研究院承担国家级科研项目: a verb right after a body
        // is what that body did; the metric is the object. (After a company the verb is more
        // often the metric's: 出口钢材, 入榨甘蔗, 保费收入.)
        if t.tag.starts_with('v') && start < w.len() {
            let mut ends = entities.ending_at(base + w_off + at);
            let agent = ends.any(|(_, e)| e.kind == EntityKind::Organization);
            if agent {
                break;
            }
        }
        // 在海外设立海外仓, 累计建立院士工作站: what is set up is counted. 新设立外商投资企业
        // names a flow, and 小麦高产创建万亩示范片 a campaign's (a noun before the verb, no 在).
        if SETUP_VERBS.contains(t.word) && start < w.len() {
            let left = (i >= 2).then(|| tagger.words[run.start + i - 2]);
            let inner = left.is_some_and(|l| {
                l.word == "新" || l.tag.starts_with('n') && !w[..at].contains('在')
            });
            if !inner {
                break;
            }
        }
        // 未完成合同额: a predicate negated names what is not done; it opens the metric.
        if predicate && start < w.len() && i >= 2 {
            let left = tagger.words[run.start + i - 2];
            if matches!(left.word, "未" | "尚未") {
                start = at - left.word.len();
                break;
            }
        }
        // 享受/v 高龄津贴 的 老年人: a relative clause of a verb (no predicate) and its nouns
        // before 的 names a kind of the noun, and is the metric's (老年人 alone is another
        // figure's).
        if t.word == "的" && start < w.len() && i >= 3 {
            let nouns = (0..i - 1)
                .rev()
                .take_while(|&k| tagger.words[run.start + k].tag.starts_with('n'))
                .count();
            // The verb before the nouns, if a word stands there.
            if let Some(v) = (i - 2).checked_sub(nouns).filter(|_| nouns > 0) {
                let verb = tagger.words[run.start + v];
                let clause: usize =
                    (v..i - 1).map(|k| tagger.words[run.start + k].word.len()).sum();
                // (…废弃物/n 回收 装置的网点: a verb after a noun is inside a longer clause,
                // half of which would be no name.)
                let after_noun = v > 0 && {
                    let before = tagger.words[run.start + v - 1];
                    before.tag.starts_with('n') && !SCOPE_WORDS.contains(before.word)
                };
                if verb.tag == "v"
                    && verb.word.chars().count() >= 2
                    && !PREDICATE_VERBS.contains(verb.word)
                    && w[at - clause..at].chars().count() <= 8
                    && !after_noun
                {
                    start = at - clause;
                    break;
                }
            }
        }
        if !nounlike || predicate || t.word == "的" || after_verb {
            if let Some(p) = pending_conj.take() {
                start = p;
            }
            // X实现Y: keep X when it is a noun phrase (一产实现增加值 → 一产增加值).
            if matches!(t.word, "实现" | "完成") && start < w.len() {
                let mut head = strip_scope(&w[..at], entities, base, true, None);
                // (企业在省外完成产值: where it was done, 省外, 境外, is the metric's part.)
                let mut located = false;
                if let Some(k) = head.rfind('在') {
                    let place = &head[k + '在'.len_utf8()..];
                    if place.ends_with(['外', '内']) && (2..=3).contains(&place.chars().count()) {
                        head = place;
                        located = true;
                    }
                }
                // (港口预计完成…: a forecast's or target's word is no part of the metric.)
                while let Some((g, _)) = SENTENCE_GOVERNORS.suffix(head) {
                    head = head[..head.len() - g.len()].trim_end_matches('将');
                }
                // 集团公司全年实现营业收入: the time before the predicate dates the figure.
                let head = match period::find(head).pop() {
                    Some(t) if t.span.end == head.len() && t.relative.is_none() => {
                        &head[..t.span.start]
                    }
                    _ => head,
                };
                // A region or park (某某经开区完成…) is the subject, not part of the metric;
                // 乡村/城镇 (two characters) are groups, not places; a lone 省 is what is left
                // of a place.
                let region = head.ends_with(['区', '县', '市', '省', '州', '镇', '乡', '村', '园'])
                    && head.chars().count() != 2;
                // (公司计划完成…: a plan's word is no part of the metric.)
                if !head.is_empty()
                    && !region
                    && !head.ends_with("计划")
                    && head.chars().count() <= 12
                    && (located || noun_phrase(head, tagger))
                {
                    let metric = format!("{head}{}", &w[start..]);
                    return (metric, preds);
                }
            }
            // 专项债券资金安排水利项目96.5亿元: money arranged for a use is the money.
            if t.word == "安排" && start < w.len() {
                let head = strip_scope(&w[..at], entities, base, true, None);
                let money = ["资金", "债券", "经费", "预算"].iter().any(|m| head.ends_with(m));
                if money && head.chars().count() <= 16 && noun_phrase(head, tagger) {
                    return (head.to_string(), preds);
                }
            }
            // 中央直达资金下达全市: a predicate with only a scope after it has its metric
            // before it (占全市的 is a share's whole, read later).
            if predicate && t.word != "占" && SCOPE_WORDS.contains(&w[start..]) {
                let head = strip_scope(&w[..at], entities, base, true, None);
                if !head.is_empty() && head.chars().count() <= 12 && noun_phrase(head, tagger) {
                    return (head.to_string(), preds);
                }
            }
            break;
        }
        pending_conj = None;
        start = at;
        i -= 1;
    }
    // The verb alone names nothing.
    if activity == Some(start) {
        start = w.len();
    }
    let words = Some((&tagger.words[run.clone()], start));
    let metric = strip_scope(&w[start..], entities, base + start, false, words);
    // “一网通办”事项网办率: the closing quote of a name before is no part of the metric.
    let metric = metric.trim_start_matches(['”', '’', '」', '』', '"']);
    // Only a scope or time word (全年增长6.8%): no metric of its own.
    let whole_time = period::at_start(metric).is_some_and(|t| t.span.len() == metric.len())
        || PLAN_PERIOD.is_match(metric);
    if SCOPE_WORDS.contains(metric) || whole_time || bare_time(metric) || is_phase(metric) {
        return (String::new(), preds);
    }
    // 北向资金全天净买入: the day of a daily figure is no part of its name.
    for day in ["全天", "当天", "当日", "全日"] {
        if let Some(i) = find_short(metric, day).filter(|&i| i > 0 && i + day.len() < metric.len())
        {
            return ([&metric[..i], &metric[i + day.len()..]].concat(), preds);
        }
    }
    // 重点商场1—11月销售额, 宝骏基地全年产量, 汽车产量4月份: a time inside or after the
    // name dates the figure (the period rules read it) and names no part of it.
    if period::occurs_in(metric) {
        if let Some(t) = period::find(metric)
            .into_iter()
            .find(|t| t.span.start > 0 && t.relative.is_none() && !t.is_date)
        {
            let (head, tail) = (&metric[..t.span.start], &metric[t.span.end..]);
            if head.chars().count() >= 2 && !head.ends_with(|c: char| c.is_ascii_digit()) {
                return ([head, tail].concat(), preds);
            }
        }
    }
    (metric.to_string(), preds)
}

/// Where the last 较 or 比 among the last six characters of `w` is, and the last 每 among
/// the last seven (每百平方公里): one short walk, as the metric walk asks on every window.
fn tail_marks(w: &str) -> (Option<usize>, Option<usize>) {
    let (mut base, mut per) = (None, None);
    for (k, (i, c)) in w.char_indices().rev().take(7).enumerate() {
        match c {
            '较' | '比' if base.is_none() && k < 6 => base = Some(i),
            '每' if per.is_none() => per = Some(i),
            _ => {}
        }
    }
    (base, per)
}

/// A project phase (一期, 二期, 首期, 3期): it names no metric.
pub(crate) fn is_phase(s: &str) -> bool {
    let Some(head) = s.strip_suffix('期') else { return false };
    let numeral = |c: char| c.is_ascii_digit() || period::is_numeral(c) || c == '首';
    !head.is_empty() && head.chars().count() <= 2 && head.chars().all(numeral)
}

fn noun_phrase<'t>(s: &'t str, tagger: &mut Tagger<'t>) -> bool {
    let run = tagger.tag(s);
    let words = &tagger.words[run];
    // 高端装备/制造/产业: a verb between two nouns is inside the compound.
    let noun = |t: Option<&Tagged<'_>>| t.is_some_and(|t| t.tag.starts_with('n'));
    words.iter().enumerate().all(|(i, t)| {
        t.tag == "v" && i > 0 && noun(words.get(i - 1)) && noun(words.get(i + 1))
            || METRIC_WORDS.contains(t.word)
            || matches!(
                t.tag,
                "n" | "nz" | "nt" | "vn" | "j" | "l" | "m" | "b" | "c" | "f" | "an" | "ng" | "x"
            )
            // 海洋/ns 化工业: jieba's place tag on a word the gazetteer lacks.
            || t.tag == "ns" && !crate::entity::lexicon::LEXICON.is_place(t.word)
    })
}

/// Strips scope words, time expressions and entity mentions (subjects) from the start of a
/// metric that starts at `base` in the text. With `words`, jieba's words of a window that
/// holds `s` at the given offset, an opening verb is stripped only when it is a word of its
/// own: 生产 is stripped from 生产/原煤 but not from 生产总值 or 生产性/服务业.
fn strip_scope<'a>(
    s: &'a str,
    entities: &Entities,
    base: usize,
    all: bool,
    words: Option<(&[Tagged<'_>], usize)>,
) -> &'a str {
    // Asked only when an opening verb matches: most metrics have none.
    let whole_word = |end: usize| {
        words.is_none_or(|(words, offset)| {
            let mut at = 0;
            words.iter().any(|t| {
                at += t.word.len();
                at == offset + end
            })
        })
    };
    let mut off = 0;
    let opener_firsts = &*METRIC_OPENER_FIRSTS;
    loop {
        let rest = &s[off..];
        let first = rest.chars().next();
        let list_number = list_number(rest);
        let opener = first.filter(|&c| opener_firsts.has(c)).and_then(|_| {
            METRIC_OPENERS
                // 全县政府性基金…: jieba reads 县政府, yet 全县 is the scope.
                // (完工率, 投产率: a rate or amount word alone names nothing; the verb is
                // what it measures.)
                .prefix_where(rest, |r| {
                    (all || !r.is_empty())
                        && !is_bare_head(r)
                        && (whole_word(s.len() - r.len()) || r.starts_with("政府"))
                })
        });
        let step = if let Some(len) = list_number {
            len
        } else if let Some((w, _)) = opener {
            w.len()
        } else if let Some(t) = period::at_start(rest).filter(|t| all || t.span.end < rest.len()) {
            t.span.end
        } else if let Some(len) = duration(rest) {
            len
        } else if let Some(len) = basis(rest) {
            len
        } else if let Some((span, e)) = entities.starting_at(base + off) {
            let subject =
                matches!(e.kind, EntityKind::Place | EntityKind::Park | EntityKind::Enterprise);
            let fits = span.len() < rest.len() || (all && span.len() == rest.len());
            if subject && fits { span.len() } else { 0 }
        } else {
            0
        };
        if step == 0 {
            break;
        }
        off += step;
    }
    trim_start_seps(&s[off..])
}

/// The length of a basis of measurement opening `s` (以美元计价, 按可比价格计算): how a
/// figure is counted, no metric.
fn basis(s: &str) -> Option<usize> {
    // (jieba's word run may open after the preposition: 美元计价.)
    if let Some(w) = ["美元计价", "人民币计价", "欧元计价"].iter().find(|w| s.starts_with(**w))
    {
        return Some(w.len());
    }
    let rest = s.strip_prefix(['以', '按'])?;
    let end = rest.char_indices().take(8).find_map(|(i, _)| {
        let r = &rest[i..];
        (r.starts_with("计价") || r.starts_with("计算")).then_some(i + "计价".len())
    })?;
    Some(s.len() - rest.len() + end)
}

/// The length of a duration opening `s` (连续八年, 连续3个月): how long a level held, no
/// metric.
fn duration(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("连续")?;
    let n = rest.chars().take_while(|&c| c.is_ascii_digit() || period::is_numeral(c) || c == '两');
    let num_len: usize = n.map(char::len_utf8).sum();
    let after = &rest[num_len..];
    let unit = ["年", "个月", "个季度", "季度"].iter().find(|u| after.starts_with(**u))?;
    (num_len > 0).then(|| s.len() - after.len() + unit.len())
}

/// The last list of two or more times in `head` (一季度和上半年, 2023年、2024年), in order;
/// empty if there is none.
fn listed_times(head: &str) -> Vec<TimeExpr> {
    if !period::occurs_in(head) {
        return Vec::new();
    }
    let times = period::find(head);
    let Some(mut start) = times.len().checked_sub(1) else { return Vec::new() };
    while start > 0 {
        let gap = &head[times[start - 1].span.end..times[start].span.start];
        if !matches!(gap, "和" | "及" | "、" | "与") {
            break;
        }
        start -= 1;
    }
    if times.len() - start < 2 {
        return Vec::new();
    }
    times[start..].to_vec()
}

/// The places, parks or enterprises listed in `range` (甲市、乙市), if they form one list
/// (joined by 、/和/及/与 only); empty otherwise.
fn listed_subjects<'e>(text: &str, entities: &'e Entities, range: NSpan) -> Vec<&'e str> {
    let mut names = Vec::new();
    let mut last_end = None;
    for (span, e) in entities.within(range) {
        if !matches!(e.kind, EntityKind::Place | EntityKind::Park | EntityKind::Enterprise) {
            continue;
        }
        if let Some(end) = last_end {
            if !matches!(text.get(end..span.start), Some("、" | "和" | "及" | "与")) {
                return Vec::new();
            }
        }
        names.push(e.name.as_str());
        last_end = Some(span.end);
    }
    if names.len() < 2 { Vec::new() } else { names }
}

/// Words naming two groups at once (`src/data/paired_words.tsv`): 城乡 = 城镇 and 农村.
/// (A malformed row is a build defect the unit tests catch.)
static PAIRED_WORDS: LazyLock<Vec<(usize, [&'static str; 3])>> = LazyLock::new(|| {
    crate::words::rows::<3>(include_str!("data/paired_words.tsv")).unwrap_or_default()
});

/// A metric naming two groups (城乡居民收入) as the metric of each group, in order.
fn paired(metric: &str) -> Option<[String; 2]> {
    let (_, [word, first, second]) = PAIRED_WORDS.iter().find(|(_, r)| metric.contains(r[0]))?;
    Some([first, second].map(|g| metric.replacen(word, g, 1)))
}

/// `煤炭、电力板块涨幅居前，分别上涨…`: a 分别 clause naming nothing whose metric (`metric`,
/// read from the clause before) ends a list there. Returns where the list stands and its
/// items written out (see [`shared_tail`]), or as they stand when each names a metric of
/// two or more characters. `head_start` is where the 分别 clause opens.
fn listed_before(
    text: &str,
    floor: usize,
    head_start: usize,
    metric: &str,
) -> Option<(NSpan, Vec<String>)> {
    let sep = text[..head_start].chars().next_back()?;
    let end = head_start - sep.len_utf8();
    let start = list_start(text, end).max(floor);
    let clause = &text[start..end];
    let list = &clause[..clause.rfind(metric)? + metric.len()];
    let items: Vec<&str> = list.split('、').map(|i| strip_scope_words(i.trim())).collect();
    // A list of figures (增值税18.2亿元、企业所得税9.6亿元，分别增长…) is the next rule's.
    if items.len() < 2 || list.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let metrics = shared_tail(&items).or_else(|| {
        let whole = |i: &&str| (2..=16).contains(&i.chars().count()) && !period::occurs_in(i);
        items.iter().all(whole).then(|| items.iter().map(|i| i.to_string()).collect())
    })?;
    Some((NSpan::new(start, start + list.len()), metrics))
}

/// A head naming the metrics just reported rather than one of its own (三大指标, 上述两项指标,
/// 以上指标): the figures before name them.
fn refers_back(item: &str) -> bool {
    let counted = item.starts_with(|c: char| c == '两' || period::is_numeral(c))
        || ["上述", "以上", "这"].iter().any(|w| item.starts_with(w));
    counted && item.ends_with("指标") && item.chars().count() <= 8
}

/// The one item of a 分别 head that names a metric, if it is one.
fn one_metric<'a>(items: &[&'a str]) -> Option<&'a str> {
    match items {
        [item] if !period::occurs_in(item) && (2..=16).contains(&item.chars().count()) => {
            Some(item)
        }
        _ => None,
    }
}

/// `A、B、C分别增长x%、y%、z%`: one metric per quantity, in order; the run shares the kind
/// and sign of its first member.
/// `places` are the places of 分别 in the sentence; a list of times before it
/// (2023年和2024年分别为…) dates each member from `periods[i]`, the period in force at
/// indicator `i`.
/// How far (in bytes: 分别 and six characters) a 分别 run's first figure may stand for the
/// items before 分别 to be its metrics (分别增长, 分别为); farther, a verb and its object
/// stand between, and the items are the subjects only.
const RESPECTIVELY_NEAR: usize = 24;

fn respectively(
    (text, sentence, entities): (&str, NSpan, &Entities),
    places: &[usize],
    qs: &[RawQuantity],
    periods: &[PeriodState],
    (earlier, inds): (&[RawIndicator], &mut [RawIndicator]),
) {
    const CONNECTORS: &[&str] = &["、", "和", "及", "，", "与", "以及", ""];
    // The first indicator at or after each 分别: the places come in order, so the search goes
    // on from the last one (from the start each time, it was quadratic in a long sentence).
    let mut from = 0;
    let mut last_subjects: Vec<String> = Vec::new();
    for &at in places {
        let Some(first) = inds[from..].iter().position(|i| qs[i.quantity].span.start >= at) else {
            from = inds.len();
            continue;
        };
        let first = from + first;
        from = first;
        // 分别为, 分别增长; 分别占全部快递业务量的 names the whole first.
        // (分别获得新增债券额度262.3亿元、…: a verb and its object may come first, within
        // the clause.)
        let reach = if text[at..].starts_with("分别占") { 72 } else { 2 * RESPECTIVELY_NEAR };
        let q_start = qs[inds[first].quantity].span.start;
        if q_start - at > reach || text[at..q_start].contains(['，', '；', '。', ',']) {
            continue;
        }
        let mut run = vec![first];
        // Members with a predicate of their own (分别增长9.6%和下降4.5%) keep its kind and sign.
        let mut own_predicate = vec![false];
        while let Some(&last) = run.last() {
            let next = last + 1;
            if next >= inds.len() {
                break;
            }
            let (a, b) = (qs[inds[last].quantity].span.end, qs[inds[next].quantity].span.start);
            if a > b {
                break;
            }
            let between = text[a..b].trim();
            let verb = between
                .strip_prefix(['、', '和'])
                .is_some_and(|v| !v.is_empty() && only_predicates(v));
            if !verb && !CONNECTORS.contains(&between) {
                break;
            }
            run.push(next);
            own_predicate.push(verb);
        }
        if run.len() < 2 {
            continue;
        }
        // (分别增长73%和4.6倍: a member in other units keeps its own kind, a multiple.)
        let first_class = qs[inds[first].quantity].class;
        for (&k, _) in run.iter().zip(&own_predicate).skip(1).filter(|(_, own)| !**own) {
            if qs[inds[k].quantity].class == first_class {
                inds[k].kind = inds[first].kind;
                inds[k].negative = inds[first].negative;
            }
        }
        // The enumerated metrics before 分别, back to the clause start.
        let floor = sentence.start.max(at.saturating_sub(crate::sentence::MAX_CLAUSE));
        let floor = (floor..=at).find(|&i| text.is_char_boundary(i)).unwrap_or(at);
        // 一季度和上半年分别增长…: each member's own time, from the period its run opened in.
        let times = listed_times(&text[floor..at]);
        let dated = times.len() == run.len();
        if dated {
            for (&k, t) in run.iter().zip(&times) {
                let mut p = periods[first];
                p.apply(t);
                inds[k].period = p.render();
            }
        } else if let Some(first_year) = year_span(&text[floor..at], run.len()) {
            // 2020年至2022年…分别为A、B和C: one year each, in order.
            for (year, &k) in (first_year..).zip(&run) {
                inds[k].period = Some(year.to_string());
            }
        }
        let head_start = text[floor..at]
            .char_indices()
            .rev()
            .find(|(_, c)| "，；：。（(".contains(*c))
            .map_or(floor.max(sentence.start), |(i, c)| floor + i + c.len_utf8());
        // 蚌埠市、阜阳市GDP分别为…: a list of places, one per member, names their subjects;
        // the metric after them is shared.
        // A later run of the sentence with nothing before its 分别 (…，分别增长5.2%和6.3%)
        // has the same subjects.
        let listed = listed_subjects(text, entities, NSpan::new(head_start, at));
        let mut subjects: Vec<String> =
            if listed.is_empty() && text[head_start..at].trim().is_empty() {
                last_subjects.clone()
            } else {
                listed.iter().map(|s| s.to_string()).collect()
            };
        // 甲公司年产…项目、乙公司年产…项目开工建设，总投资分别为…: the enterprises named in
        // the stretch before (back to a separator other than 、), one each, when the head
        // names no one.
        if subjects.is_empty() && entities.within(NSpan::new(head_start, at)).next().is_none() {
            let before = text[..head_start].chars().next_back().map_or(0, char::len_utf8);
            let from = list_start(text, head_start - before).max(sentence.start);
            let mut named: Vec<String> = Vec::new();
            for (_, e) in entities.within(NSpan::new(from, head_start)) {
                if e.kind == EntityKind::Enterprise && !named.contains(&e.name) {
                    named.push(e.name.clone());
                }
            }
            if named.len() == run.len() {
                subjects = named;
            } else {
                // 甲公司营收10亿元，乙公司营收8亿元，分别增长…: the subjects of the figures just
                // before, one each, when those share their metric.
                let prior = &inds[first.saturating_sub(run.len())..first];
                let shared = prior.windows(2).all(|w| w[0].metric == w[1].metric);
                let before = subjects_of_run(prior);
                if shared && before.len() == run.len() {
                    subjects = before;
                }
            }
        }
        if subjects.len() == run.len() {
            let metric = inds[first].metric.clone();
            for (&k, subject) in run.iter().zip(&subjects) {
                inds[k].subject = Some(subject.clone());
                inds[k].metric.clone_from(&metric);
            }
            last_subjects = subjects;
            continue;
        }
        // (分别新引进科技型项目11个和23个: an object between 分别 and the figures names the
        // metric; the items before are who did it, named or not. 分别完成年度目标任务的…
        // names the whole of shares, and the items their parts.)
        if q_start - at > RESPECTIVELY_NEAR && !text[at..q_start].ends_with('的') {
            continue;
        }
        let mut head = &text[head_start..at];
        // The listed times date the members; they name none (社零2022年、2023年分别为…).
        let times_at = times.first().map(|t| floor + t.span.start);
        let untimed;
        if let Some(list_start) = times_at.filter(|&s| dated && s >= head_start) {
            let list_end = floor + times.last().map_or(0, |t| t.span.end);
            untimed = [&text[head_start..list_start], &text[list_end..at]].concat();
            head = &untimed;
        }
        let head = COMPARISON.replace_all(head, "");
        let head =
            head.trim_end_matches("同比").trim_end_matches("环比").trim_end_matches("比上年");
        // Split at 、 first (酒和饮料制造业 is one item); at 和/及 too if that is what it takes.
        let split = |seps: &[char]| -> Vec<&str> {
            head.split(seps).map(str::trim).filter(|s| !s.is_empty()).collect()
        };
        let mut items = split(&['、']);
        if items.len() != run.len() {
            items = split(&['、', '和', '及']);
        }
        // 第一、二、三产业增加值分别…: the short items share the rest of the last.
        // (全年全市化学需氧量、…: a time among the scope words opening the list is no item's.)
        let unscoped_items: Vec<&str> = items.iter().map(|i| strip_scope_words(i)).collect();
        let items_ok = items.len() == run.len()
            && unscoped_items
                .iter()
                .all(|i| !period::occurs_in(i) && (2..=16).contains(&i.chars().count()));
        let written_out = (items.len() == run.len()).then(|| shared_tail(&unscoped_items));
        if let Some(metrics) = written_out.flatten() {
            for (&k, metric) in run.iter().zip(metrics) {
                inds[k].metric = metric;
            }
        } else if items_ok {
            // 同城、异地、国际及港澳台快递业务量: short items share the last one's metric word.
            let last = items.last().map_or("", |i| strip_scope_words(i));
            let word = last.char_indices().skip(1).map(|(i, _)| &last[i..]).find(|w| {
                SHARED_TAILS.prefix(w).is_some_and(|(t, metric)| metric && t.len() == w.len())
            });
            for (&k, item) in run.iter().zip(items) {
                let item = strip_scope_words(item);
                inds[k].metric = match word {
                    Some(w) if item.chars().count() <= 4 && !ends_in_metric(item) => {
                        format!("{item}{w}")
                    }
                    _ => item.to_string(),
                };
            }
        } else if let Some(item) = one_metric(&items)
            .map(strip_scope_words)
            .filter(|i| !SCOPE_WORDS.contains(i) && !refers_back(i))
        {
            // (累计分别达到…: a scope word alone names none; the metrics before do, below.)
            if let Some(pair) = paired(item).filter(|_| run.len() == 2) {
                // 城乡居民人均可支配收入分别增长5.6%和7.2%: 城镇… and 农村…, in order.
                for (&k, metric) in run.iter().zip(pair) {
                    inds[k].metric = metric;
                }
            } else {
                // 规上工业增加值分别增长6%和8% (two periods): one metric, the run shares it.
                for &k in &run {
                    inds[k].metric = item.to_string();
                }
            }
        } else if let Some((list, metrics)) = items
            .is_empty()
            .then(|| listed_before(text, sentence.start, head_start, &inds[first].metric))
            .flatten()
            .filter(|(_, m)| m.len() == run.len())
        {
            // 阜阳、宿州、亳州粮食产量均超过100亿斤，分别为…: listed places are the subjects
            // and the metric stays whole.
            let subjects = listed_subjects(text, entities, list);
            if subjects.len() == run.len() {
                for (&k, subject) in run.iter().zip(&subjects) {
                    inds[k].subject = Some(subject.to_string());
                }
                last_subjects = subjects.iter().map(|s| s.to_string()).collect();
            } else {
                for (&k, metric) in run.iter().zip(metrics) {
                    inds[k].metric = metric;
                }
            }
        } else if first >= run.len() {
            // 增值税12.8亿元、城镇土地使用税9.5亿元，同比分别增长…: the metrics of the
            // indicators just before, in order.
            let before: Vec<String> =
                inds[first - run.len()..first].iter().map(|i| i.metric.clone()).collect();
            for (&k, m) in run.iter().zip(before) {
                inds[k].metric = m;
            }
        } else if first == 0
            && one_metric(&items).is_some_and(|i| refers_back(strip_scope_words(i)))
            && earlier.len() >= run.len()
        {
            // …手持订单量7860万吨，增长32.4%。三大指标分别占全国的…: the last metrics named
            // before, each once, in order.
            let mut named: Vec<&str> = Vec::with_capacity(run.len());
            for i in earlier.iter().rev().take(3 * run.len()) {
                if named.len() == run.len() {
                    break;
                }
                if !i.metric.is_empty() && !named.contains(&i.metric.as_str()) {
                    named.push(&i.metric);
                }
            }
            if named.len() == run.len() {
                for (&k, m) in run.iter().zip(named.iter().rev()) {
                    inds[k].metric = m.to_string();
                }
            }
        }
    }
}

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
        let paired = crate::words::rows::<3>(include_str!("data/paired_words.tsv"));
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
