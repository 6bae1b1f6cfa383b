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
//!
//! The submodules, by job:
//!
//! - `clause`: the reading of one quantity (`indicator`);
//! - `counted`: counted nouns after a number, products and capacities;
//! - `descriptive`: figures that only describe another (thresholds, modifiers, classes, sources);
//! - `lexicon`: word lists, predicates and the sentence-wide marks;
//! - `list`: lists and distribution (`分别`, shared heads and tails, listed items);
//! - `metric`: metric names read from a window (`metric_before`, scope and basis, fallbacks);
//! - `plan`: plans, periods and parts (schedules, forecasts, aimed years, points of the year);
//! - `share`: shares and the wholes they name;
//! - `subject`: the subject a text's figures belong to;
//! - `tagger`: jieba's tags of windows, each tagged once.

mod clause;
mod counted;
mod descriptive;
mod lexicon;
mod list;
mod metric;
mod plan;
mod share;
mod subject;
mod tagger;

use crate::entity::Entities;
use crate::period::{self, Part, PeriodState, TimeExpr};
use crate::quantity::RawQuantity;
use crate::quantity::unit::UnitClass;
use crate::report::{EntityKind, IndicatorKind, NormalizedUnit, Qualifier};
use crate::search::{contains_short, find_short};
use crate::sentence::{clause_start, is_clause_sep, is_terminal};
use crate::span::NSpan;
use crate::words::Words;
use clause::indicator;
pub(crate) use clause::{SPEAKS, STORAGE_CAPACITIES};
pub(crate) use counted::joins_products;
use counted::measure_word;
use descriptive::{counts_regions, in_source, is_modifier, is_threshold, names_class};
use jieba_rs::Jieba;
pub(crate) use lexicon::{BARE_ZONES, PREDICATE_VERBS, REGION_SCOPES};
use lexicon::{
    BENEFICIARY_GROUPS, FLAT, METRIC_WORDS, PLAN_ACTS, RATE_ENDINGS, SCOPE_WORDS, STATED_OPENERS,
    STOCK_WORDS, governed, list_number, marks,
};
pub(crate) use lexicon::{without_works_kinds, works_kind_len};
use list::{distribute, respectively};
pub(crate) use metric::{RATE_LEADS, YEAR_OF_CHARS, is_phase};
use plan::{
    PLAN_VERBS, after_qizhong, aimed_later_year, aims_beyond, designed_after, is_forecast,
    is_period_setter, is_report_title_year, is_schedule, is_speech_date, level_head, level_part,
    part_of_year, point_within, skip_time, states_plan,
};
use std::sync::LazyLock;
use subject::{TARGET_HEADINGS, advance_subject, heading_line, starts_line};
use tagger::Tagger;

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

/// Measures a firm reports (营业收入, 净利润, 出货面积, 市场占有率; regions report some of
/// them too, 销量, 研发): a figure of one with no holder, in the sentence right after one the
/// firm opens, is that firm's.
static FIRM_MEASURES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/firm_measures.txt")));

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
    /// Where the text first names a region by its scope (全市, 全县): a park or town first
    /// named after that and after figures is named in passing, as after a region's name.
    region_scope_at: usize,
    /// The article's company (which 公司 alone names) and where it is first named.
    company: Option<(String, usize)>,
    /// The company 集团 alone names and where it is first named: the article's company, or
    /// when that is no group, the group the text names.
    group: Option<(String, usize)>,
    /// The metric of the last indicator, empty before the first.
    last_metric: String,
    /// The metric of the last level (an amount, count or capacity: not a rate or a change).
    last_level_metric: String,
    /// What the last indicator's unit measures (money, counts …).
    last_class: Option<UnitClass>,
    /// The metric of the last sum of money (an amount).
    last_money_metric: String,
    /// Where the sentence of the last indicator starts, and whether it was a level or a
    /// growth (a rate word after it in the sentence is that metric's).
    last_at: usize,
    last_level_or_growth: bool,
    /// Where the last indicator ends and what its unit measures, when it is a capacity: the
    /// next item of its list in the same measure (年产A 5000万片、B 300万支) is one too.
    last_capacity: Option<(usize, UnitClass)>,
    /// The part of the year the last indicator was dated by (第三季度 of 公司第三季度实现…):
    /// what 同期 refers to in the next sentence, once a local part is undone.
    last_part: Option<Part>,
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

    /// The article's own region `home` as the subject, its scope (全市) named at `at`.
    fn home_subject(&mut self, home: &str, at: usize) {
        self.subject = Some(home.to_string());
        self.region_home(home);
        self.subject_local = false;
        self.subject_at = NSpan::new(at, at);
    }
}

/// The places the gazetteer lacks that bodies are named by: a city or county of two or three
/// characters and its level opening an organization's name (昌北市住房和城乡建设局), where a
/// second body's name or the headline opens with it too; each with the body's first mention.
fn unknown_body_places<'e>(entities: &'e Entities, headline: &str) -> Vec<(String, &'e NSpan)> {
    // (城市, 都市: words, no place's level.)
    const NO_PLACE: [&str; 3] = ["城市", "都市", "超市"];
    let lead = |name: &str| -> Option<usize> {
        if crate::entity::leading_place(name).is_some() {
            return None;
        }
        let (i, c) =
            name.char_indices().skip(2).take(2).find(|&(_, c)| matches!(c, '市' | '县'))?;
        let end = i + c.len_utf8();
        let place = &name[..end];
        let word = NO_PLACE.iter().any(|w| place.ends_with(w));
        (end < name.len() && place.chars().all(crate::normalize::is_han) && !word).then_some(end)
    };
    let mut found: Vec<(String, &NSpan, usize)> = Vec::new();
    let bodies = entities.list.iter().filter(|e| e.kind == EntityKind::Organization);
    for e in bodies {
        let (Some(end), Some(first)) = (lead(&e.name), e.mentions.first()) else { continue };
        let place = &e.name[..end];
        match found.iter_mut().find(|(p, _, _)| p == place) {
            Some(f) => {
                f.2 += 1;
                if first.start < f.1.start {
                    f.1 = first;
                }
            }
            None => found.push((place.to_string(), first, 1)),
        }
    }
    found
        .into_iter()
        .filter(|(p, _, n)| *n > 1 || headline.starts_with(p.as_str()))
        .map(|(p, first, _)| (p, first))
        .collect()
}

/// The words opening a note's line.
const NOTE_HEADS: [&str; 6] = ["注：", "注:", "附注：", "附注:", "备注：", "说明："];

/// The lines of a text's notes: a line opening with 注, 附注, 备注 or 说明 and a colon, and the
/// numbered lines right after it (2.…, （2）…).
fn note_lines(text: &str) -> Vec<NSpan> {
    let mut out: Vec<NSpan> = Vec::new();
    // (Most texts hold no note: one search settles them.)
    if !text.contains("注：") && !text.contains("注:") && !text.contains("说明：") {
        return out;
    }
    let mut start = 0;
    let mut open = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '\u{3000}', '\t']);
        let opens = NOTE_HEADS.iter().any(|h| body.starts_with(h));
        let numbered = body.starts_with(|c: char| c.is_ascii_digit() || c == '（' || c == '(')
            && lexicon::list_number(body).is_some();
        open = opens || open && numbered;
        if open {
            out.push(NSpan::new(start, start + line.len()));
        }
        start += line.len();
    }
    out
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
    // 注：1.规模以上工业统计范围为年主营业务收入2000万元及以上…; 1公顷=15亩: the notes closing
    // a release define terms and units, and a conversion states no figure.
    let notes = note_lines(text);
    all.retain(|q| {
        // (The notes are in order: the last one starting at or before the figure holds it,
        // if any does.)
        let at = notes.partition_point(|n| n.start <= q.span.start);
        let noted = at > 0 && q.span.end <= notes[at - 1].end;
        let converts = text[..q.span.start].ends_with(['=', '＝'])
            || text[q.span.end..].starts_with(['=', '＝']);
        !noted && !converts
    });
    let marks = marks(text);
    with_flat(text, &marks.flat, &mut all);
    let quantities = &all[..];
    let mut times = period::find(text);
    // The years heading a table's columns (指标 单位 2023年 2022年) date its cells, each its
    // own column's, and not the text after the table.
    // (A header line is short: `short_line_of` looks for its ends near the time only.)
    if quantities.iter().any(|q| q.column_year.is_some()) {
        times.retain(|t| {
            short_line_of(text, t.span).is_none_or(|l| !crate::quantity::year_header(l.slice(text)))
        });
    }
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
        // (公司承诺2027年净利润不低于…, 交易对方承诺，某公司2025年度、2026年度…: a year results
        // are promised for, in the sentence of the promise; its 24 characters before the year.)
        let back = crate::span::ceil_char_boundary(text, t.span.start.saturating_sub(24 * 3));
        let head = &text[back..t.span.start];
        let head = &head[head.rfind(['。', '；', '！', '？', '\n']).unwrap_or(0)..];
        // (A character search first: most heads hold no 诺.)
        if head.contains('诺') && head.contains("承诺") {
            return true;
        }
        // (项目将对公司2025年、2026年经营业绩产生积极影响, 将在2026年: a future marker a few
        // characters before the year, in its clause, looks ahead.)
        let near =
            &head[crate::span::ceil_char_boundary(head, head.len().saturating_sub(12 * 3))..];
        let near = near.rsplit(['，', ',']).next().unwrap_or(near);
        // (即将过去的2024年: a year ending now, reported on.)
        if near.match_indices('将').any(|(i, _)| !near[..i].ends_with('即')) {
            return true;
        }
        let after = text[t.span.end..].trim_start_matches(['，', ',', ' ']);
        if ["目标", "要"].iter().any(|w| after.starts_with(w)) {
            return true;
        }
        // (二、2025年工作安排, 2025年政府工作的总体要求和主要预期目标: a heading or a lead-in
        // of the year's work to come.)
        let head = &after[..crate::span::ceil_char_boundary(after, 10 * 3)];
        let head = &head[..head.find(is_clause_sep).unwrap_or(head.len())];
        if PLAN_HEADS.occurs_in(head) {
            return true;
        }
        // (2024年全县工业经济的主要预期目标是：…: a year opening a lead-in to its targets,
        // past the ten characters above.)
        let lead = &after[..crate::span::ceil_char_boundary(after, 30 * 3)];
        let lead = &lead[..lead.find(['，', ',', '。', '；', '\n']).unwrap_or(lead.len())];
        if let Some(colon) = lead.find(['：', ':']) {
            let lead = lead[..colon].trim_end_matches(['是', '为']);
            if lead.ends_with("目标") || lead.ends_with("任务") {
                return true;
            }
        }
        // (报告提出，2023年地区生产总值增长5.5%以上: a year a report proposes figures for;
        // 总结2023年工作，部署2024年…: one whose work a meeting lays out, right after 部署;
        // 按照省委部署，2024年… reports.)
        let before = text[..t.span.start].trim_end_matches(['，', ',', '：', ':', ' ']);
        if before.ends_with("提出") || text[..t.span.start].ends_with("部署") {
            return true;
        }
        // One pass over the clause's first twenty characters, a word looked up only where one
        // of their first characters stands. (2024年全市新能源汽车零部件产业力争…: a subject
        // may hold a dozen characters; past ten, only a target's verb counts: 2023年某市汽车
        // 零部件产业集群预计实现… estimates the year reported on.)
        after
            .char_indices()
            .enumerate()
            .take(20)
            .take_while(|&(_, (_, c))| !is_clause_sep(c))
            .filter(|&(_, (_, c))| matches!(c, '将' | '力' | '计' | '预' | '争' | '确' | '有'))
            .any(|(n, (i, _))| {
                let verbs: &[&str] =
                    if n < 10 { &PLAN_VERBS } else { &["力争", "争取", "确保"] };
                verbs.iter().any(|w| after[i..].starts_with(w))
            })
    };
    // (在2025年前再投资…: a deadline is aimed at, as 到2025年 is.)
    let aimed_at = |t: &&TimeExpr| {
        let before = &text[..t.span.start];
        let deadline =
            ["前", "以前", "之前", "底前"].iter().any(|w| text[t.span.end..].starts_with(w));
        // (截至2024年9月末: a stock's day, reported on, is no aim.)
        before.ends_with(['到', '至', '于']) && !period::up_to_date(before)
            || deadline
            || designed_after(before)
            || is_schedule(text, t)
    };
    // (…公司董事会 / 2023年3月28日: a date on a line of its own is a sign-off, the day
    // the report is written, no year it reports on.)
    // (Read a few characters around the date only: a text may have no line breaks.)
    let sign_off = |t: &&TimeExpr| {
        let from = crate::span::ceil_char_boundary(text, t.span.start.saturating_sub(12));
        let before = &text[from..t.span.start];
        let to = crate::span::ceil_char_boundary(text, t.span.end + 12);
        let after = &text[t.span.end..to];
        let line_start = match before.rfind('\n') {
            Some(i) => before[i..].trim().is_empty(),
            None => from == 0 && before.trim().is_empty(),
        };
        // (2023年10月27日 星期五: a page's date, with its weekday.)
        let after = period::past_weekday(after);
        let line_end = after.split('\n').next().is_some_and(|l| l.trim().is_empty())
            && (after.contains('\n') || to == text.len());
        // (…董事会2023年3月28日: one closing the text is one too, where normalizing joined
        // it to the signature.)
        let closes = to == text.len() && after.trim().is_empty();
        t.is_date && (line_start && line_end || closes)
    };
    // (2024年1月发布的数据显示，截至2023年末…: the day data are published is no period
    // of theirs.)
    // (2024年1月，某局发布数据显示，…: so is a month's or a day's a publishing verb
    // follows in the next few words of its sentence; 记者2月26日从某局获悉: and the day a
    // reporter learnt them.)
    let published = |t: &&TimeExpr| {
        let after = &text[t.span.end..];
        let near = &after[..crate::span::ceil_char_boundary(after, 24 * 3)];
        let near = &near[..near.find(['。', '；']).unwrap_or(near.len())];
        let day = t.is_date || matches!(t.part, Some(Part::Months(a, b)) if a == b);
        ["发布", "公布", "印发"].iter().any(|w| after.starts_with(w) || day && near.contains(w))
            || t.is_date && ["获悉", "了解到"].iter().any(|w| near.contains(w))
    };
    let latest = |setters: bool| {
        // (与2017年计划目标持平: a compared year followed by 计划 is no plan.)
        // (协会力争2025年…: so is one a planning word opens.)
        let planned = |t: &&TimeExpr| {
            let before = &text[..t.span.start];
            plans(t) && !period::is_comparison(before)
                || PLAN_VERBS.iter().any(|w| before.ends_with(w))
                // (谋划储备2025年省重点项目, 列入2024年…清单: a list being prepared or joined.)
                || ["谋划", "储备", "编制", "列入", "纳入"].iter().any(|w| before.ends_with(w))
        };
        let years = times.iter().filter(|t| {
            !aimed_at(t)
                && !planned(t)
                && !period::ratio_base(&text[..t.span.start], &text[t.span.end..])
                && !is_speech_date(text, t)
                && !is_report_title_year(text, t)
                && !sign_off(t)
                && !published(t)
        });
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
    // (2023年合肥市重大项目集中签约仪式…: a year naming an event is no results in full.)
    let event = |t: &&TimeExpr| {
        // (Within 60 characters: a text without separators would make the search quadratic.)
        let after = &text[t.span.end..];
        let after = &after[..crate::span::ceil_char_boundary(after, 60 * 3)];
        let clause = &after[..after.find(is_clause_sep).unwrap_or(after.len())];
        // (发行2024年第一期公司债券, 2023年度第二期中期票据: nor is a year naming an issue.)
        let issue = after.strip_prefix('度').unwrap_or(after).strip_prefix('第').is_some_and(|r| {
            let n = r.trim_start_matches(|c: char| c.is_ascii_digit() || period::is_numeral(c));
            n.len() < r.len() && n.starts_with('期')
        });
        issue || EVENT_WORDS.occurs_in(clause)
    };
    let written = default_year.and_then(|y| {
        // (2024年以来…今年: a text that runs from a year to now is written in that year.)
        if times.iter().any(|t| t.year == Some(y) && text[t.span.end..].starts_with("以来")) {
            return None;
        }
        let first = times
            .iter()
            .filter(|t| t.year == Some(y) && t.part.is_none() && !t.is_date && !aimed_at(t))
            .find(|t| {
                // (2024年春节假期: a holiday of the year, no results of the whole year.)
                let holiday = HOLIDAYS.prefix(&text[t.span.end..]).is_some();
                !plans(t) && !period::is_comparison(&text[..t.span.start]) && !event(t) && !holiday
            })?;
        let first = first.span.start;
        period::written_after(text, &times, first).then_some((y + 1, first))
    });
    // A work report's title names the year it is written in; the year it reviews, where the
    // text states none, is the one before (过去一年).
    let report_year = times.iter().find(|t| is_report_title_year(text, t)).and_then(|t| t.year);
    let default_year = default_year.or(report_year.map(|y| y - 1));
    // (发布时间：2023-11-20 / a sign-off date: a text that states no year of its own reports
    // on the year it is published in, or in January and February on the one before, whose
    // results are then out.)
    let yearless = || times.iter().all(|t| t.is_date || t.year.is_none());
    let published_in = (default_year.is_none() && yearless()).then(|| {
        times
            .iter()
            .filter(|t| t.is_date && (sign_off(t) || published(t)))
            .find_map(|t| match t.part {
                Some(Part::Months(m, _)) => t.year.map(|y| (y, m)),
                _ => None,
            })
            .or_else(|| period::numeric_date(text))
    });
    let published_in = published_in.flatten();
    let default_year = default_year.or(published_in.map(|(y, m)| if m <= 2 { y - 1 } else { y }));
    // (今年1—8月…，比2023年同期增长…: a text that names no year of its own but compares with
    // the same part of a year reports on the year after it.)
    // (恢复到2019年同期的97.2%, or 较2019年同期 after a 同比 of the same sentence: an older
    // base, the year before being 同比's, so it dates nothing.)
    let older_base = |t: &TimeExpr| {
        let before = &text[..t.span.start];
        let near =
            &before[crate::span::ceil_char_boundary(before, before.len().saturating_sub(60 * 3))..];
        let sentence = near.rsplit(['。', '\n']).next().unwrap_or(near);
        // (增速比2023年同期提高… after a 同比 still compares with the year before: only 较
        // after a 同比 names an older base.)
        ["恢复到", "恢复至"].iter().any(|w| before.ends_with(w))
            || before.ends_with('较') && sentence.contains("同比")
            || period::ratio_base(before, &text[t.span.end..])
    };
    let compared_with = || {
        let same_part_of = |t: &&TimeExpr| {
            t.part.is_none()
                && !t.is_date
                && text[t.span.end..].starts_with("同期")
                && period::is_comparison(&text[..t.span.start])
                && !older_base(t)
        };
        times.iter().filter(same_part_of).filter_map(|t| t.year).max().map(|y| y + 1)
    };
    let default_year = default_year.or_else(compared_with);
    let current_year = written.map(|(y, _)| y).or(report_year).or(published_in.map(|(y, _)| y));
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
        region_scope_at: ["全市", "全县", "全省", "全州"]
            .iter()
            .filter_map(|w| text.find(w))
            .min()
            .unwrap_or(usize::MAX),
        company: entities.article_company(text).map(|(e, end)| (e.name.clone(), end)),
        group: entities.group_company(text).map(|(e, end)| (e.name.clone(), end)),
        last_metric: String::new(),
        last_level_metric: String::new(),
        last_class: None,
        last_money_metric: String::new(),
        last_at: usize::MAX,
        last_level_or_growth: false,
        last_capacity: None,
        last_part: None,
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
    // (湖南上半年消费市场…。全省…: a province or city the headline names short, without its
    // level, is the article's too; elsewhere a short form is often named in passing, 销往
    // 广东、浙江.)
    // (A title line: no sentence's or clause's end in it. A place listed in it, 广东、浙江,
    // or after 销往, is no home.)
    let lead = text.len() - text.trim_start().len();
    let headline_end = text[lead..]
        .find('\n')
        .filter(|&i| !text[lead..lead + i].contains(['。', '，', ',']))
        .map_or(0, |i| lead + i);
    let listed = |at: usize, len: usize| {
        text[at + len..].starts_with(['、', '等']) || text[..at].ends_with(['、', '往'])
    };
    // (本报合肥3月2日讯: so is the place of the dateline opening the text.)
    let dateline = |at: usize, len: usize| {
        let after = &text[at + len..];
        let near = &after[..crate::span::ceil_char_boundary(after, 8 * 3)];
        at < 20 * 3 && near.find(['讯', '电']).is_some_and(|i| !near[..i].contains(['，', '。']))
    };
    // (昌北市住房和城乡建设局、昌北市自然资源和规划局…: a city the gazetteer lacks, opening
    // two bodies' names, or a body's and the headline's, is the place they are named by.)
    let unknown_places = unknown_body_places(entities, text.get(lead..headline_end).unwrap_or(""));
    for (name, first) in places.chain(body_places).chain(unknown_places) {
        // (…, 湖北省…: the full name, where the text writes it too, is the one kept.)
        let short_level = || {
            let full = crate::entity::short_place_full_name(&name).filter(|_| {
                let (at, len) = (first.start, first.len());
                (first.end <= headline_end || dateline(at, len)) && !listed(at, len)
            })?;
            let written = entities.list.iter().any(|e| {
                e.name == full
                    || e.kind == EntityKind::Organization
                        && crate::entity::leading_place(&e.name) == Some(full)
                    || crate::entity::branch_place(&e.name) == Some(full)
            });
            (!written).then(|| full.chars().next_back()).flatten()
        };
        let Some(level) = short_level().or_else(|| name.chars().next_back()) else {
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
    // The enterprises' names, asked per figure after one of them; and the bodies', which
    // are subjects only where they act as one does (an institution opening its clause).
    let enterprise_names = entities.names(EntityKind::Enterprise);
    let body_names = entities.names(EntityKind::Organization);
    // The period in force at each indicator of the sentence (for 分别 with listed times).
    let mut periods: Vec<PeriodState> = Vec::new();
    // The qualifiers of the lead-in of a list of records, while the records go on.
    let mut lead_quals: Vec<Qualifier> = Vec::new();
    // Whether the last heading line named targets (六、2025年目标): its paragraphs' figures
    // are targets, up to the next heading.
    let mut heading_target = false;
    // The year a target heading names (二、2023年目标).
    let mut heading_year: Option<i32> = None;
    // The text's own period: the first one a time of it sets (not a sentence's own time).
    let mut text_period: Option<PeriodState> = None;
    // Where the time that set it ends.
    let mut text_period_end = usize::MAX;
    // Whether the year that set it names an issue (2024年第10期): the first part of the year
    // the text then turns to (1—10月) is the text's period.
    let mut issue_year = false;
    // A sentence's own time kept for the 其中 sentence after it: the period to restore at
    // that sentence's end, and the one the time set.
    let mut parts_period: Option<(PeriodState, PeriodState)> = None;
    for sentence in sentences {
        // A new paragraph (a line of its own, a heading) ends a town's, park's or foreign
        // country's reach: the article's region is the subject again. So it does for one
        // named after the last figure of the paragraph before, in a sentence other than its
        // first (某高新区人才公寓项目已封顶。): named in passing, and not yet read as a topic.
        // (One opening its paragraph, 近年来，某开发区聚焦…, is its topic and stays.)
        // (Nor does one opening the paragraph before a heading, 四、知识产权: a section of its
        // own starts there.)
        let heading = heading_line(text, *sentence);
        let local_pending = || {
            entities.mentions[mention_idx.min(entities.mentions.len())..]
                .iter()
                .take_while(|(span, _)| span.start < sentence.start)
                .any(|&(span, e)| {
                    let e = &entities.list[e];
                    let local = e.kind == EntityKind::Park
                        || e.kind == EntityKind::Place && crate::entity::is_local_place(&e.name);
                    local
                        && (heading || {
                            let floor = crate::sentence::window_floor(text, 0, span.start);
                            let line = &text[floor..span.start];
                            line[line.rfind('\n').map_or(0, |i| i + 1)..]
                                .contains(['。', '！', '？'])
                        })
                })
        };
        if starts_line(text, sentence.start) && (state.subject_local || local_pending()) {
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
        // 某集团去年营业收入…。(new paragraph) 某公司投资…: a year counted back for one
        // paragraph dates it only; the next is of the year reported on again.
        // (今年…力争…。(new paragraph) 全年中欧班列开行…: so does a plan's year counted
        // forward.)
        // (今年…主要预期目标是：…。(new paragraph) 围绕上述目标，我们将…力争全年…: a
        // paragraph of plans after a plan's year stays in it.)
        let plans_on = || {
            let s = &text[sentence.start..sentence.end];
            let head = &s[..crate::span::ceil_char_boundary(s, 40 * 3)];
            PLAN_VERBS.iter().any(|w| head.contains(w))
        };
        if (state.period.relative_year || state.period.ahead && !plans_on())
            && starts_line(text, sentence.start)
        {
            state.period.year = state.period.default_year;
            state.period.part = None;
            state.period.relative_year = false;
            state.period.ahead = false;
            state.period_text = state.period.render();
        }
        // 2023年1—9月，全市完成投资…。(new paragraph) 园区集聚企业近400家: in a text on a
        // whole year, a part of it a paragraph turned to ends with the paragraph.
        // (1—11月，全区新增市场主体3820户…。科技金融方面，区科创基金规模…: so does it with
        // a topic the sentence opens, X方面，, after figures of months to date; 1—11月，全市经济
        // 运行平稳。工业方面，… goes into the months it opened, and 三季度，…。消费方面，… into
        // the quarter.)
        let new_topic = || {
            matches!(state.period.part, Some(Part::Months(1, b)) if b > 1)
                && out.last().is_some_and(|i: &RawIndicator| i.period == state.period_text)
                && topic_opens(&text[sentence.start..sentence.end])
        };
        if state.period.part.is_some() && (starts_line(text, sentence.start) || new_topic()) {
            let whole_year =
                text_period.is_some_and(|p| p.part.is_none() && p.year == state.period.year);
            // (2023年前三季度…。从季度看，第三季度…。(new paragraph) 从贸易方式看，…: in a
            // text on a part of the year, a narrower part a paragraph turned to ends with it:
            // a quarter of a half, the months to an earlier month's end (1—10月，利润总额…, the
            // lag of a release's profit figures), one month of the months to date.)
            let narrower = text_period.filter(|p| {
                let inside = months_of(state.period.part)
                    .zip(months_of(p.part))
                    .is_some_and(|((a, b), (c, d))| c <= a && b <= d && (a, b) != (c, d));
                p.year == state.period.year && inside
            });
            if whole_year {
                state.period.part = None;
                state.period_text = state.period.render();
            } else if let Some(p) = narrower {
                state.period.part = p.part;
                state.period_text = state.period.render();
            }
        }
        if state.subject_part {
            state.subject.clone_from(&state.home);
            state.subject_local = false;
            state.subject_part = false;
        }
        // 某产业园入驻企业86家。某联合社与某公司共同建设的配送中心投入运营，日均处理…: a
        // sentence opening with another body or firm than a park or town named in passing
        // turns from it; its figures are the region's again (not where the body is the
        // park's own, 某产业园管委会).
        if state.subject_local && state.home.is_some() {
            let at = skip_time(text, sentence.start, sentence.end);
            let turns = entities.starting_at(at).is_some_and(|(_, e)| {
                matches!(e.kind, EntityKind::Organization | EntityKind::Enterprise)
                    && state.subject.as_deref().is_some_and(|s| !e.name.contains(s))
            });
            if turns {
                state.subject.clone_from(&state.home);
                state.subject_local = false;
            }
        }
        let first_in_sentence = out.len();
        // The sentence's last figure a word of now dated (目前, 今日), by its place in `out`.
        let mut now_dated: Option<usize> = None;
        // The end of the sentence's last figure that named nothing (东城区、西城区分别增长11.3%和
        // 8.2%: 11.3% has no metric); no later figure's metric reaches back over it.
        let mut unnamed_end = 0;
        // The sentence's last time so far, a setter or not (届时 points back to it).
        let mut last_time: Option<period::TimeExpr> = None;
        periods.clear();
        // Whether a figure of the sentence so far is a target (for its 其中 parts).
        let mut target_in_sentence = false;
        // A threshold just read: the count it classes, where the class's name starts and ends.
        let mut class: Option<(usize, usize, usize)> = None;
        // The period before a forecast's (or a 其中 part's) time set it and the one it set:
        // the first is restored when the sentence ends, unless a later time replaced the
        // second.
        let mut forecast_period: Option<(PeriodState, PeriodState)> = None;
        // Where the time that set `forecast_period` ends, if a forecast of an event.
        let mut forecast_at = usize::MAX;
        // Whether that time is the next year planned for (2024年力争… in a report on 2023).
        let mut plan_set = false;
        // Whether that time is a point inside the running period (截至9月末).
        let mut point_set = false;
        // 年初至报告期末，…: a quarterly report's year to date, from January to the end of the
        // part reported on, for this sentence.
        let to_date = text[sentence.start..sentence.end].trim_start();
        if ["年初至报告期末", "年初至本报告期末"].iter().any(|w| to_date.starts_with(w))
        {
            if let Some((_, end)) = months_of(state.period.part) {
                let before = state.period;
                state.period.part = Some(Part::Months(1, end));
                state.period_text = state.period.render();
                forecast_period = Some((before, state.period));
            }
        }
        // (2023年1—9月全市接待游客…。春节期间，全市接待游客…: a holiday opening a sentence
        // after a span of months is a time of its own, in the year, for this sentence: its
        // month where it has a fixed one, else the year.)
        let holiday = to_date.trim_start_matches('“');
        if let Some((h, _)) = HOLIDAYS.prefix(holiday) {
            let spell = holiday[h.len()..].trim_start_matches('”');
            let spell = ["期间", "假期", "黄金周", "小长假"].iter().any(|w| spell.starts_with(w));
            if spell && state.period.year.is_some() && forecast_period.is_none() {
                if let Some((a, b)) = months_of(state.period.part).filter(|(a, b)| a < b) {
                    let before = state.period;
                    let fixed = period::FIXED_HOLIDAYS.iter().find(|(f, _)| *f == h);
                    state.period.part = fixed
                        .map(|&(_, m)| m)
                        .filter(|m| (a..=b).contains(m))
                        .map(|m| Part::Months(m, m));
                    state.period_text = state.period.render();
                    forecast_period = Some((before, state.period));
                }
            }
        }
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
            if heading {
                heading_target = TARGET_HEADINGS.iter().any(|h| own.trim_end().ends_with(h));
                heading_year = period::find(own).iter().find_map(|t| t.year);
                // 一季度，入境游客…。 / 三、重点州市 / 昆明市…: in a text on a whole year, a
                // part of it a section turned to ends with the section. (A quarter's report
                // turns between the quarter and the months to its end, which headings do not
                // settle.)
                let whole_year =
                    text_period.is_some_and(|p| p.part.is_none() && p.year == state.period.year);
                if whole_year && state.period.part.is_some() {
                    state.period.part = None;
                    state.period_text = state.period.render();
                }
            }
            // 过去的一年，…，全县上下攻坚克难，…。全年完成地区生产总值…: a region's scope in a
            // sentence of no figure names the article's own region for the figures after it.
            if state.subject.is_none() && !homes.is_empty() && own.contains('全') {
                let clause_starts = std::iter::once(0)
                    .chain(own.match_indices(['，', ',']).map(|(i, c)| i + c.len()));
                let level = clause_starts.take(8).find_map(|i| {
                    REGION_SCOPES.prefix(&own[i..]).and_then(|(w, _)| scope_level(w))
                });
                let home = level.and_then(|c| homes.iter().find(|(l, _, _)| *l == c));
                if let Some((_, h, _)) = home.filter(|(_, _, at)| *at < sentence.end) {
                    state.home_subject(h, sentence.start);
                }
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
        // (2023年公司计划原煤产量4200万吨左右，商品煤销量…: a company's plan of its figures
        // covers them too, where a region's 计划播种面积 is a statistic of its own clause.)
        let plan_opens = head.match_indices("计划").any(|(i, w)| {
            let after = &head[i + w.len()..];
            // (计划2022年建设…, 计划全年引进…: the time planned for before the act.)
            let act = period::at_start(after).map_or(after, |t| &after[t.span.end..]);
            static MEASURES: LazyLock<Words> =
                LazyLock::new(|| Words::parse(include_str!("../data/output_measures.txt")));
            // (2025年计划产量1.28亿吨，负债率55%: so does a plan of the figures a year opening
            // the sentence states, the plan's own; 全市2025年计划播种面积 names a region's.)
            let before = head[..i].trim_start();
            let year_opens = period::at_start(before).is_some_and(|t| t.span.end == before.len());
            let company = (["公司", "集团"].iter().any(|c| before.ends_with(c)) || year_opens)
                && MEASURES.suffix(after.trim_end()).is_some();
            (company || PLAN_ACTS.prefix(act).is_some())
                && !crate::quantity::qualifier::named_plan(&head[..i], after)
                && !after.contains(['，', ',', '；', ';'])
        });
        let mut plan_reaches = plan_opens;
        for qi in (first..upto).filter(in_sentence) {
            q_idx = qi + 1;
            let q = &quantities[qi];
            // The start of the quantity's clause, read by several rules below.
            let q_clause = clause_start(text, sentence.start, q.span.start);
            // Periods and subjects set before this quantity.
            let mut own_period = None;
            while next_time < times.len() && times[next_time].span.start < q.span.start {
                let t = times[next_time];
                if t.span.start >= sentence.start {
                    last_time = Some(t);
                }
                // 由2020年的25万吨: a compared date dates the level right after it, and only
                // that (not the ratio of 是2020年的4.6倍).
                // (与2010年第六次全国人口普查的4472001人相比: a short name of the source may
                // stand between.)
                let between = &text[t.span.end.min(q.span.start)..q.span.start];
                // (…增加到2021年的2311.1亿元: so does the date of the level reached.)
                let before_t = &text[..t.span.start];
                // (恢复至2019年的118.3%: a share of that year's level is no level of it.)
                let ratio = matches!(q.class, UnitClass::Percent | UnitClass::Multiple);
                // (城镇化率由2015年的45.2%提高到2020年的52.3%: a rate reached from a level in
                // the same clause is a level too.)
                let from_level = || {
                    let clause = before_t.rsplit(is_clause_sep).next().unwrap_or(before_t);
                    q.class == UnitClass::Percent && clause.contains(['由', '从'])
                };
                // (手续费收入由上年的增长2.1%转为下降6.3%, 由上年亏损3亿元转为盈利: the change or
                // result a moved-from time had dates the figure right after it.)
                let changed_from = before_t.ends_with(['由', '从'])
                    && metric::CHANGED_FROM.contains(&between.trim_start_matches('的'));
                let level = changed_from
                    || between.ends_with('的')
                        && between.chars().count() <= 12
                        && between.chars().all(crate::normalize::is_han)
                        && (before_t.ends_with(['由', '从', '比', '较', '与'])
                            || before_t.ends_with(['到', '至'])
                                && between == "的"
                                && (!ratio || from_level()));
                // 上年同期为-1.25亿元: the same part of the year before the one reported on.
                // (上年同期营业收入：33.15亿元: a record's label before its colon, too.)
                let labelled = || {
                    between.len() <= 20 * 3
                        && between.trim_end().ends_with(['：', ':'])
                        && !between.trim_end().trim_end_matches(['：', ':']).contains(is_clause_sep)
                };
                // (2020年同期为9.8亿元 in a text on 2021's first half: an earlier year's.)
                let earlier_year = t.year.filter(|&y| {
                    t.part.is_none()
                        && state.period.year.or(state.period.default_year).is_some_and(|c| y < c)
                });
                // (为2019年同期的1.4倍: a ratio's base dates nothing; the figure is the
                // period's in force.)
                let same_time_before = (t.relative.is_some() || earlier_year.is_some())
                    && text[t.span.end..].starts_with("同期")
                    && !(ratio && between.ends_with('的'))
                    && !period::is_comparison(&text[..t.span.start])
                    && (t.span.start >= q_clause || labelled());
                // 上半年…，占全年总量的比重超过50%: the year a share is of dates the share
                // not (it is the part's, the period in force); the text goes on in that year.
                let whole_of_share = t.full_year
                    && text[..t.span.start].ends_with('占')
                    && between.chars().count() <= 12
                    && !between.contains(is_clause_sep);
                own_period = if whole_of_share {
                    Some(state.period.render())
                } else if level {
                    let mut p = state.period;
                    p.apply(&t);
                    // (由上年同期的124元: the same part of that year.)
                    if t.relative.is_some() && text[t.span.end..].starts_with("同期") {
                        p.part = state.period.part;
                    }
                    Some(p.render())
                } else if same_time_before {
                    let mut p = state.period;
                    let offset = t.relative.unwrap_or(0);
                    p.year = earlier_year.or(p.year.or(p.default_year).map(|y| y + offset));
                    // (公司第三季度实现净利润…。去年同期…: the same part as the last figure's,
                    // which was its sentence's own.)
                    p.part = p.part.or(state.last_part);
                    Some(p.render())
                } else {
                    None
                };
                // 预计四季度新增…: a forecast's time dates its own sentence only, and so does
                // a part named after 其中 (…前三季度CPI上涨2.8%，其中9月份上涨3.6%); one of an
                // earlier sentence with no figure (计划5月进场装修。) dates none.
                // (截至2019年6月30日: a balance's day dates its sentence and later stocks;
                // its year runs on after the sentence.)
                let balance = period::balance_day(text, &t);
                // (Against the period the sentence opened in: 3月，…；4月，….)
                let running = forecast_period.map_or(state.period, |f| f.0);
                let point = point_within(text, &t, &running) || balance;
                // (攻坚期间（10月1日至12月31日），…: a time in brackets inside a sentence
                // glosses that sentence's; one closing a heading (…指标（2012年1—11月）) heads
                // what follows.)
                // 2023年“五一”假期（4月29日至5月3日），…: a part of the year in the clause of
                // the year that set the text's period, a few words after it, is the text's
                // own (not a sentence's, below).
                let with_text_year = text_period_end <= t.span.start
                    && t.span.start - text_period_end <= 20 * 3
                    && !text[text_period_end..t.span.start]
                        .trim_end_matches(['（', '('])
                        .contains(is_clause_sep);
                let glossed = !with_text_year
                    && text[..t.span.start].ends_with(['（', '('])
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
                // (…，上半年投资增长12% in a text on a whole year: a half inside a clause
                // dates that sentence only; in a half-year report it is the text's own, and
                // one that is a clause of its own, 据…介绍，今年上半年，…, opens a passage.)
                let whole_year_text = text_period.is_some_and(|p| p.part.is_none());
                let half = matches!(t.part, Some(period::Part::Half(_)))
                    && whole_year_text
                    && state.period.part.is_none()
                    && t.year.is_none()
                    && !text[t.span.end..].starts_with(is_clause_sep);
                // (2018年力争… in a report on 2017: a later year planned for dates its own
                // sentence; the figures after it are 2017's again. A heading, 四、2022年
                // 经营计划, dates its section.)
                // (2025年主要预期目标是：…。力争全年…: a year opening a lead-in to targets
                // dates its paragraph, as a heading does.)
                let lead_in = || {
                    let after = &text[t.span.end..];
                    let near = &after[..crate::span::ceil_char_boundary(after, 20 * 3)];
                    near.find(['：', ':', '，', '。', '；', '\n'])
                        .is_some_and(|i| near[i..].starts_with(['：', ':']))
                };
                let planned_year = aimed_later_year(text, &t, reported)
                    || t.year.zip(reported).is_some_and(|(y, r)| y > r)
                        && plans(&t)
                        && !lead_in()
                        && !short_line_of(text, t.span).is_some_and(|l| heading_line(text, l));
                // (…。小蓝中药科技产业园1—11月实现营业收入…。全区…: in a text on a whole year,
                // a part of the year after the sentence's subject, not opening it, dates that
                // sentence only.)
                // (2024年1—9月…。某公司上半年推出…: so does a narrower part in a text on a part.)
                // (The first month of such a part, once.)
                let narrower_from = months_of(t.part)
                    .zip(months_of(running.part))
                    .filter(|&((a, b), (c, d))| c <= a && b <= d && (a, b) != (c, d))
                    .map(|((a, _), _)| a);
                let part_after_subject = (whole_year_text && state.period.part.is_none()
                    || narrower_from.is_some())
                    && t.year.is_none()
                    && t.part.is_some()
                    && !t.is_date
                    && t.span.start > sentence.start
                    && entities.ending_at(t.span.start).any(|(s, _)| {
                        s.start >= sentence.start && text[sentence.start..s.start].trim().is_empty()
                    })
                    && !text[t.span.end..].starts_with(is_clause_sep);
                // (2020年上半年…。二季度，复工率…。1至5月，…: a narrower part of the part
                // reported on, heading its clause, dates its own sentence.)
                // (2023年1—11月…。1—10月，利润总额…。利润率…: in a text on months to date,
                // months to an earlier month's end, the lag of a release's profit figures, run
                // on to the paragraph's end.)
                // (1—9月…。(new paragraph) 三季度，全市出让土地38宗…。工业用地出让21宗: one
                // opening a paragraph dates the paragraph, which a new one ends.)
                let to_date_running = matches!(running.part, Some(Part::Months(1, _)));
                let sub_part = t.year.is_none()
                    && !t.is_date
                    && t.relative.is_none()
                    && text[t.span.end..].trim_start_matches('份').starts_with(['，', ','])
                    && narrower_from.is_some_and(|a| !(a == 1 && to_date_running))
                    && !starts_line(text, t.span.start);
                // (…。募集资金方面，公司2022年发行股票募集资金净额29.64亿元。上半年…: in a text
                // on a later year, an earlier year after its clause's short subject dates that
                // sentence only.)
                // (这是某集团继2019年之后…。: so does one in an earlier sentence of no figure,
                // which then dates none; 某集团去年实现净利润…: and a year counted back right
                // after a company's name.)
                let company_before = || {
                    t.relative.is_some_and(|r| r < 0)
                        && entities.ending_at(t.span.start).any(|(_, e)| {
                            matches!(e.kind, EntityKind::Enterprise | EntityKind::Organization)
                        })
                };
                // (An earlier sentence's year counts as past against the year the text has
                // set, not the latest it reports on: 发布2025年年度报告 in a text on 2025.)
                let against = if t.span.start < sentence.start {
                    text_period.and_then(|p| p.year)
                } else {
                    reported
                };
                let past_after_subject = (t.year.zip(against).is_some_and(|(y, r)| y < r)
                    || company_before())
                    && t.part.is_none()
                    && !t.is_date
                    && t.span.start != sentence.start
                    && {
                        // (Its clause is looked for in the 12 characters before it.)
                        let near = crate::span::ceil_char_boundary(
                            text,
                            t.span.start.saturating_sub(12 * 3),
                        );
                        let floor = if t.span.start > sentence.start {
                            near.max(sentence.start)
                        } else {
                            near
                        };
                        let from = clause_start(text, floor, t.span.start);
                        let head = text[from..t.span.start].trim_start();
                        !head.is_empty()
                            && head.chars().count() <= 8
                            && head.chars().all(crate::normalize::is_han)
                    }
                    && !text[t.span.end..].starts_with(is_clause_sep);
                // (2023年，…。上年全市完成投资…。全市新开工项目52个: in a text dated by its
                // own year, a year counted back opening a sentence dates that sentence only.)
                let counted_back = t.relative.is_some_and(|r| r < 0)
                    && t.part.is_none()
                    && !t.is_date
                    && t.span.start >= sentence.start
                    && text[sentence.start..t.span.start].trim().is_empty()
                    && text_period.is_some_and(|p| p.part.is_none() && p.year == reported);
                // (2023年，全县生猪出栏98.6万头，1—11月累计出栏…。牛出栏…: months to date
                // heading a later clause, after a figure of the whole year, date their clause's
                // sentence only.)
                // (In a text on a whole year only: in one on months to date, 全年计划…，1—11月
                // 已开工… returns to the text's own.)
                let to_date_after_year = matches!(t.part, Some(Part::Months(1, b)) if b < 12)
                    && whole_year_text
                    && t.year.is_none()
                    && !t.is_date
                    && state.period.part.is_none()
                    && state.period.year.is_some()
                    && out.len() > first_in_sentence
                    && t.span.start > sentence.start
                    && clause_start(text, sentence.start, t.span.start) == t.span.start;
                // (2024年，…。一季度，全县消费券核销金额…。文化产业增加值…: in a text on a whole
                // year, a part of it opening a sentence inside a paragraph dates that sentence
                // only; one opening a paragraph, as a bulletin's 1—11月 does, dates the
                // paragraph.)
                let part_opens_sentence = whole_year_text
                    && state.period.part.is_none()
                    && state.period.year.is_some()
                    && t.year.is_none()
                    && t.relative.is_none()
                    && !t.is_date
                    && t.part.is_some()
                    && t.span.start >= sentence.start
                    && text[sentence.start..t.span.start].trim().is_empty()
                    && !starts_line(text, sentence.start);
                // (2024年10月，公司交付5万辆。全年目标45万辆。纯电车型交付3万辆: a whole year's
                // target in a text on a part of it dates its sentence only.)
                let year_target =
                    t.full_year && t.year.is_none() && state.period.part.is_some() && {
                        let after = &text[t.span.end..];
                        let near = &after[..crate::span::ceil_char_boundary(after, 12 * 3)];
                        let clause = &near[..near.find(is_clause_sep).unwrap_or(near.len())];
                        ["目标", "计划", "力争", "预计", "有望"].iter().any(|w| clause.contains(w))
                    };
                // (2023年10月，CPI下降0.2%。1—10月平均，CPI上涨0.4%。食品价格…: in a text on one
                // month, the average of the months to date is an aside, dating its sentence
                // only.)
                let to_date_average = matches!(t.part, Some(Part::Months(1, b)) if b > 1)
                    && matches!(state.period.part, Some(Part::Months(a, b)) if a == b)
                    && text[t.span.end..].starts_with("平均");
                let local = part_after_subject
                    || year_target
                    || to_date_average
                    || to_date_after_year
                    || part_opens_sentence
                    || past_after_subject
                    || counted_back
                    || sub_part
                    || is_forecast(text, sentence.start, &t)
                    || t.span.start > sentence.start
                        && clause_start(text, sentence.start, t.span.start) > sentence.start
                        && !with_text_year
                        && (part_of_year(&t, &state.period) || half)
                    || after_qizhong(text, t.span.start)
                    || glossed
                    || planned_year
                    || named_year
                    || point;
                // (2024年春节假期（2月10日至17日）…。今年春节…: 今年 before a holiday, in a text
                // on a span of a month or two, names the holiday reported on; the span stays.)
                let this_holiday = t.relative == Some(0)
                    && t.part.is_none()
                    && matches!(state.period.part, Some(Part::Months(a, b)) if b <= a + 1)
                    && (HOLIDAYS.prefix(&text[t.span.end..]).is_some()
                        || ["假期", "黄金周"].iter().any(|h| text[t.span.end..].starts_with(h)));
                // (分季度看，一季度增长8%，上半年增长9%，前三季度…: parts of the year heading
                // later clauses of a sentence a local part opened break its figures down;
                // the sentence after is the running period's again.)
                let breakdown = t.year.is_none()
                    && t.part.is_some()
                    && t.span.start > sentence.start
                    && clause_start(text, sentence.start, t.span.start) == t.span.start;
                // (某项目今年3月在园区开工。\n今年以来…: a time after the last figure of an
                // earlier sentence, before a verb of an event in its clause, dates that event,
                // no figure after it; 统计期为2024年1—6月。 dates the figures.)
                let trailing = || {
                    let after = &text[t.span.end..];
                    let near = &after[..crate::span::ceil_char_boundary(after, 20 * 3)];
                    let clause = &near[..near.find(is_clause_sep).unwrap_or(near.len())];
                    let event =
                        plan::SCHEDULE_VERBS.occurs_in(clause) || EVENT_WORDS.occurs_in(clause);
                    // (公司成立于2017年，…，2021年入选专精特新“小巨人”企业。公司现有员工420余人:
                    // a founding or an honour dates a company's history wherever it stands; a
                    // place's, 2024年入选全国…示范县, opens its year.)
                    let company_before = || {
                        let floor =
                            crate::span::ceil_char_boundary(text, t.span.start.saturating_sub(300));
                        let from = text[floor..t.span.start]
                            .rfind(|c| is_terminal(c) || c == '\n')
                            .map_or(floor, |i| floor + i);
                        contains_short(&text[from..t.span.start], "公司")
                            || entities
                                .within(NSpan::new(from, t.span.start))
                                .any(|(_, e)| e.kind == EntityKind::Enterprise)
                    };
                    let milestone = (MILESTONE_WORDS.prefix(clause).is_some()
                        || text[..t.span.start].ends_with("于")
                            && FOUNDING_VERBS.suffix(&text[..t.span.start - "于".len()]).is_some())
                        && company_before();
                    // (2023年营业收入增长8%，下半年超过上年水平。(new paragraph) 工程累计完成
                    // 投资…: a time with no year of its own after the last figure of its
                    // sentence, in a clause with no figure, is a remark on it, dating nothing
                    // after; 截至6月末 still dates the stocks to come, and a year written out,
                    // 统计期为2024年1—6月, frames the figures.)
                    let after_figure = || {
                        qi.checked_sub(1).is_some_and(|p| {
                            let end = quantities[p].span.end;
                            end <= t.span.start
                                && !text[end..t.span.start]
                                    .contains(|c| is_terminal(c) || c == '\n')
                        })
                    };
                    milestone
                        || (event || t.year.is_none() && !period::up_to_date(&text[..t.span.start]))
                            && after_figure()
                };
                // (2026年上半年，公司营业收入…。下半年，公司将加快新品推广。公司资产负债率…: a
                // time in an earlier sentence of no figure that states an intention dates that
                // intention only; the figures after are the running period's.)
                // (2025年，全市将坚持…。全年地区生产总值…: a whole year, whatever follows it,
                // is the year of the sentences after; 将 may mean 把 as well.)
                let intended = || {
                    if t.part.is_none() {
                        return false;
                    }
                    let after = &text[t.span.end..];
                    let near = &after[..crate::span::ceil_char_boundary(after, 60 * 3)];
                    // (A heading, 四、2018年工作计划, closes with its line, no full stop: it
                    // dates its section.)
                    let Some(end) = near.find(|c| is_terminal(c) || c == '\n') else {
                        return false;
                    };
                    if near[end..].starts_with('\n') {
                        return false;
                    }
                    let next = quantities.partition_point(|p| p.span.start < t.span.end);
                    let figureless =
                        quantities.get(next).is_none_or(|p| p.span.start >= t.span.end + end);
                    figureless && INTENTION_WORDS.occurs_in(&near[..end])
                };
                // (一季度…下降6.4%，二季度起快速回升。全县累计发放…: a part starting a run after
                // the last figure of an earlier sentence (二季度起, 从二季度开始) closes the part
                // before it; the figures after are the text's own period's again.)
                let run_from = || {
                    let after = &text[t.span.end..];
                    // (二季度以来逐月回升: a run up to now closes it as well.)
                    ["起", "开始", "以后", "以来"].iter().any(|w| after.starts_with(w))
                };
                let closes_part = t.span.start < sentence.start
                    && t.year.is_none()
                    && t.relative.is_none()
                    && t.part.is_some()
                    && !t.is_date
                    && t.part != state.period.part
                    && run_from()
                    && trailing();
                if closes_part && state.period.part.is_some() {
                    let own = text_period.filter(|p| {
                        let within = months_of(state.period.part)
                            .zip(months_of(p.part))
                            .is_some_and(|((a, b), (c, d))| c <= a && b <= d);
                        p.year == state.period.year && (p.part.is_none() || within)
                    });
                    if let Some(own) = own {
                        state.period.part = own.part;
                        state.period_text = state.period.render();
                    }
                }
                if is_period_setter(text, &t)
                    && !(t.span.start < sentence.start && (local || trailing() || intended()))
                    && !this_holiday
                {
                    let before = state.period;
                    // (某市2025年上半年…通报：2024年全市研发经费…。上半年全市…: in a text on a
                    // part of a year, a bare part opening a sentence after an earlier whole
                    // year's is the text's year's again.)
                    let text_year = text_period.filter(|p| p.part.is_some()).and_then(|p| p.year);
                    if t.year.is_none()
                        && t.relative.is_none()
                        && t.part.is_some()
                        && state.period.part.is_none()
                        && state.period.year.zip(text_year).is_some_and(|(c, y)| c < y)
                        && t.span.start >= sentence.start
                        && text[sentence.start..t.span.start].trim().is_empty()
                    {
                        state.period.year = text_year;
                    }
                    // (…订单排到了明年三季度。1—11月，…: months from January to date opening a
                    // sentence are results, never a plan's: after a year ahead they are the
                    // year reported on again.)
                    let to_date = matches!(t.part, Some(Part::Months(1, b)) if b > 1);
                    if to_date
                        && t.year.is_none()
                        && t.relative.is_none()
                        && state.period.ahead
                        && state.period.default_year.is_some()
                        && t.span.start >= sentence.start
                        && text[sentence.start..t.span.start].trim().is_empty()
                    {
                        state.period.year = state.period.default_year;
                        state.period.ahead = false;
                    }
                    state.period.apply(&t);
                    state.point = None;
                    if forecast_period.is_none() && local {
                        // (After a balance's day its year, as a date's, is the one reported.)
                        // (截至2021年6月30日 in a report on 2021's first half: the half runs on.)
                        let before = if balance && before.year != t.year {
                            PeriodState { year: t.year, part: None, ..before }
                        } else {
                            before
                        };
                        forecast_period = Some((before, state.period));
                        // (Only the next year's plan: one aimed years ahead, 到2025年，…, is a
                        // horizon the plans after it need not share.)
                        let next_year = t.year.zip(reported).is_some_and(|(y, r)| y == r + 1)
                            || t.relative == Some(1);
                        plan_set = planned_year && next_year;
                        // (Only a forecast's time of an event, 预计2021年首批机组发电, not a
                        // balance's day nor a part after 其中.)
                        // (…完成投资28.4亿元，一季度热负荷试车；乙项目…: nor a time after the
                        // sentence's last figure, of an event in a clause of no figure.)
                        let after_figure = qi.checked_sub(1).is_some_and(|p| {
                            let last = quantities[p].span;
                            last.start >= sentence.start && last.end <= t.span.start
                        });
                        let event_time = is_forecast(text, sentence.start, &t)
                            || after_figure && t.span.start >= sentence.start;
                        forecast_at =
                            if event_time && !text[t.span.end..].starts_with(is_clause_sep) {
                                t.span.end
                            } else {
                                usize::MAX
                            };
                        point_set = point;
                    } else if let Some(f) = forecast_period.as_mut().filter(|_| local || breakdown)
                    {
                        // (3月，…；4月，…: a second local time of the sentence is undone
                        // at its end too.)
                        f.1 = state.period;
                    }
                    // Rendered again only when it changed: many setters repeat the period.
                    if state.period != before {
                        state.period_text = state.period.render();
                    }
                    // (The part glossing or following it is the text's period too.)
                    if with_text_year && !local && t.part.is_some() && t.year.is_none() {
                        text_period = Some(state.period);
                    }
                    // (今年以来 opening a quarter's report is no whole year's text.)
                    // (某厅2024年9月20日发布数据，今年1—8月…: nor is the day data are
                    // published; the months after it are the text's period.)
                    if text_period.is_none()
                        && !local
                        && !t.to_date
                        && !published(&&t)
                        && state.period.year.is_some()
                    {
                        text_period = Some(state.period);
                        text_period_end = t.span.end;
                        issue_year = t.part.is_none() && {
                            let after = text[t.span.end..].strip_prefix('第').unwrap_or("");
                            let n = after.bytes().take_while(u8::is_ascii_digit).count();
                            n > 0 && after[n..].starts_with('期')
                        };
                    } else if issue_year && !local && t.part.is_some() && t.year.is_none() {
                        text_period = Some(state.period);
                        issue_year = false;
                    }
                }
                next_time += 1;
            }
            // 预计2021年首批机组发电；杨房沟水电站装机150万千瓦: a forecast's time in a clause
            // of no figure dates no figure past the semicolon after it.
            let event =
                forecast_period.filter(|f| f.1 == state.period && forecast_at < q.span.start);
            if let Some((before, _)) = event {
                let between = &text[forecast_at..q.span.start];
                let clause_end = forecast_at + between.find(is_clause_sep).unwrap_or(between.len());
                let next = quantities.partition_point(|p| p.span.start < forecast_at);
                let figure_less = quantities.get(next).is_none_or(|p| p.span.start >= clause_end);
                if figure_less && between.contains(['；', ';']) {
                    state.period = before;
                    state.period_text = before.render();
                    forecast_period = None;
                }
            }
            // 其中，12月份完成…；春运40天累计运送旅客…: a part after a semicolon opening with
            // a holiday or a travel season has a time of its own, which the month before it
            // does not date; it is the running period's.
            let season = forecast_period.filter(|f| f.1 == state.period).filter(|_| {
                // (Within 300 bytes before the figure, as the clause searches: a sentence may
                // run on for a table.)
                let near = crate::span::ceil_char_boundary(text, q.span.start.saturating_sub(300))
                    .max(sentence.start);
                let head = &text[near..q.span.start];
                head.rfind('；').is_some_and(|i| {
                    let part = head[i + '；'.len_utf8()..].trim_start();
                    HOLIDAYS.prefix(part).is_some() || TRAVEL_SEASONS.prefix(part).is_some()
                })
            });
            if let Some((before, _)) = season {
                state.period = before;
                state.period_text = before.render();
                forecast_period = None;
            }
            // 截至2022年6月30日，总资产…。报告期内研发投入…: the period reported on is the
            // text's own again. (Of the same year: a prospectus's 报告期 spans three.)
            let reported =
                text_period.filter(|p| *p != state.period && p.year == state.period.year);
            if let Some(own) = reported {
                let head = text[q_clause..q.span.start].trim_start();
                if head.starts_with("报告期内") || head.starts_with("本报告期") {
                    state.period = own;
                    state.period_text = state.period.render();
                }
            }
            advance_subject(
                text,
                entities,
                &mut mention_idx,
                q.span.start,
                &mut state,
                out.is_empty(),
            );
            // (云顶古镇通过…评定。重点景区接待游客…: a sentence opening with a group of the
            // region's units, 重点景区 or 规上企业, speaks of the group, not of a park or town
            // named in passing before it.)
            if state.subject_local && state.subject_at.start < sentence.start {
                let at = skip_time(text, sentence.start, sentence.end);
                if text.get(at..sentence.end).and_then(|s| GROUP_HEADS.prefix(s)).is_some() {
                    state.subject.clone_from(&state.home);
                    state.subject_local = false;
                }
            }
            // 全市 with no subject yet: the article's own city, when it names one (洛阳市统计局
            // …，全市新增就业6万人).
            // (After a park or a scenic area named in passing, 全县 is the county again, for
            // that paragraph: the home stays.)
            if (state.subject.is_none() || state.subject_local) && !homes.is_empty() {
                let opener =
                    skip_governor(text, skip_time(text, q_clause, q.span.start), q.span.start);
                let scope = REGION_SCOPES.prefix(&text[opener..]).map(|(w, _)| w);
                let level = scope
                    .filter(|w| {
                        state.subject.is_none() || w.starts_with('全') || w.ends_with("政府")
                    })
                    .and_then(scope_level);
                if let Some((_, h, at)) = level.and_then(|c| homes.iter().find(|(l, _, _)| *l == c))
                {
                    if *at < q.span.start {
                        if state.subject.is_none() {
                            state.home_subject(h, opener);
                        } else {
                            state.subject = Some(h.to_string());
                            state.subject_at = NSpan::new(opener, opener);
                        }
                    }
                }
            }
            // 全县 opening a later clause than the subject's: the region's figure again.
            let mut region_opens = false;
            if state.subject.is_some() || out.len() > first_in_sentence {
                let mut opener =
                    skip_governor(text, skip_time(text, q_clause, q.span.start), q.span.start);
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
                let level = scope.and_then(scope_level);
                let same_level =
                    level.is_some_and(|c| state.subject.as_deref().is_some_and(|s| s.ends_with(c)));
                if region_opens && opener > state.subject_at.start {
                    // 赣州市…瑞金市…全市: after another place, the article's own city, the
                    // first one it names (a park's 全区 is the park; no subject stays none).
                    let home = level.and_then(|c| homes.iter().find(|(l, _, _)| *l == c));
                    let place_subject =
                        state.subject.as_deref().is_some_and(|s| place_names.contains(s));
                    // (贵阳大数据科创城…。全省…: no park is a province; 全省 is the article's.)
                    let province = level == Some('省');
                    // (漳州台商投资区…。全市…: a park or body named after the home's place is in
                    // it; 全市 is the home.)
                    let named_in = |h: &str| {
                        let short = h.strip_suffix(['省', '市', '县', '区', '州']).unwrap_or(h);
                        short.chars().nth(1).is_some()
                            && state.subject.as_deref().is_some_and(|s| s.starts_with(short))
                    };
                    if let Some((_, h, _)) =
                        home.filter(|(_, h, _)| place_subject || province || named_in(h))
                    {
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
            let prev_end =
                out[first_in_sentence..].last().map_or(0, |i| i.span.end).max(unnamed_end);
            // 总投资超1亿美元的外资项目58个: the figure names a class of what is counted, and
            // the class is the count's metric from the threshold's own metric on
            // (产值超亿元企业42家 counts 产值超亿元企业).
            let next = quantities.get(qi + 1);
            if let Some(noun_end) = next.and_then(|next| is_threshold(text, q, next)) {
                let own = indicator(
                    text,
                    *sentence,
                    quantities,
                    qi,
                    prev_end,
                    entities,
                    &state,
                    &mut tagger,
                );
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
                    // (达产后预计…: after a phrase of when, of six characters at most.)
                    let head = text[clause_start(text, sentence.start, p)..p].trim();
                    let when = head.ends_with('后') && head.chars().count() <= 6;
                    let opens = p >= sentence.start
                        && (head.is_empty() || when)
                        && !text[p..q.span.start].contains(['；', ';'])
                        && !taken_by_figure(&quantities[first..qi], p);
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
            let ind =
                indicator(text, *sentence, quantities, qi, prev_end, entities, &state, &mut tagger);
            let Some(mut ind) = ind else {
                unnamed_end = q.span.end;
                continue;
            };
            // 同期全国粗钢产量…，同比下降23.3%: the country named for one figure is the subject
            // of its sentence's later clauses too; the next sentence is the text's region's.
            if ind.subject.as_deref() == Some(clause::NATIONAL)
                && state.subject.as_deref() != Some(clause::NATIONAL)
            {
                state.subject = Some(clause::NATIONAL.to_string());
                state.subject_part = true;
                state.subject_at = NSpan::new(q.span.start, q.span.start);
            }
            // 年产能由300万只提升至500万只: the level a capacity is raised to is that capacity.
            if let Some(prev) = out[first_in_sentence..].last() {
                let between = text.get(prev.span.end..q.span.start).unwrap_or_default();
                // 贷款额度为80万元，多子女家庭上浮20%: a group the next clause's change is for
                // is its subject; what changed is the measure before.
                if let Some(group) = group_changed_for(&ind, prev, between) {
                    ind.subject.get_or_insert(group);
                    ind.metric.clone_from(&prev.metric);
                } else if let Some(metric) = subgroup_measure(&ind, prev, between) {
                    ind.metric = metric;
                } else if let Some(metric) = funds_spent(&ind, prev, between) {
                    ind.metric = metric;
                }
                // (…，计划2021年扩产至10万片: a plan and its time may stand before the verb.)
                let raised = [
                    "提升至",
                    "提升到",
                    "提高至",
                    "提高到",
                    "扩大至",
                    "扩大到",
                    "增至",
                    "扩产至",
                    "扩产到",
                    "扩能至",
                ]
                .iter()
                .any(|r| {
                    between.strip_suffix(r).is_some_and(|head| {
                        head.is_empty()
                            || head.starts_with(['，', ','])
                                && head.chars().nth(12).is_none()
                                && !head.contains(['。', '；'])
                    })
                });
                // (…名义产能达到12万吨/年，较上年末增加约5万吨: so is a capacity's increase in
                // the next clause, in its unit.)
                let grown = ["增加", "新增", "净增", "减少"].iter().any(|v| between.ends_with(v))
                    && between.starts_with(['，', ','])
                    && between.chars().nth(12).is_none()
                    && quantities[prev.quantity].class == q.class;
                if (raised || grown)
                    && prev.kind == IndicatorKind::Capacity
                    && prev.metric == ind.metric
                {
                    ind.kind = IndicatorKind::Capacity;
                }
                // 预计年销售收入90亿元左右、年纳税8亿余元: figures listed with 、 share the
                // forecast or target of the first (计划投资5亿元、实际完成3亿元 states one).
                let listed = between.strip_prefix('、').is_some_and(|b| {
                    !b.contains(['，', ',', '；', ';', '、'])
                        && !b.contains(|c: char| c.is_ascii_digit())
                        && STATED_OPENERS.prefix(b).is_none()
                });
                // 收入预计1060亿元，增长5.6%左右: the change of a forecast or target figure, told
                // in the clause right after it, is forecast or aimed at too (as under 预计达到…,
                // which governs the sentence).
                let paired_change = matches!(
                    ind.kind,
                    IndicatorKind::Growth | IndicatorKind::PointChange | IndicatorKind::Multiple
                ) && prev.metric == ind.metric
                    && between.strip_prefix(['，', ',']).is_some_and(|b| {
                        b.chars().nth(8).is_none()
                            && !b.contains(|c: char| c.is_ascii_digit() || "，,；;、。".contains(c))
                            && STATED_OPENERS.prefix(b).is_none()
                            // (…，而上年增长3%, …，去年增长2%: a past year's change is stated.)
                            && !b.starts_with('而')
                            // (…将超过200亿元，力争增长8%: a clause with a modal word of
                            // its own takes none from the figure before.)
                            && !["力争", "预计", "计划", "目标", "确保", "争取", "有望"]
                                .iter()
                                .any(|m| b.contains(m))
                            && period::at_start(b).is_none()
                            && !["上年", "去年", "前年", "同期"].iter().any(|y| b.starts_with(y))
                    });
                if listed || paired_change {
                    for modal in [Qualifier::Estimated, Qualifier::Target] {
                        if prev.qualifiers.contains(&modal) && !ind.qualifiers.contains(&modal) {
                            ind.qualifiers.push(modal);
                        }
                    }
                }
                // 社会保险基金预算收入1368.5亿元，支出1297.2亿元: a bare flow after its sibling's
                // figure (收入 → 支出, 结余; 出口 → 进口; 产量 → 销量) is the same holder's.
                // (Not after a part, 其中税收收入…; nor where the clause names a scope of its
                // own, 全县支出…; nor from a kind of the flow, 非税收入, 人均可支配收入, nor from
                // inside a word, 进出口.)
                let bare =
                    lexicon::FLOW_SIBLINGS.suffix(&ind.metric).filter(|(w, _)| *w == ind.metric);
                let of_prev = lexicon::FLOW_SIBLINGS.suffix(&prev.metric);
                if let (Some((own, group)), Some((other, other_group))) = (bare, of_prev) {
                    let holder = &prev.metric[..prev.metric.len() - other.len()];
                    // (…基金预算收入8亿元，增长4%；支出7亿元: after a semicolon too.)
                    let lead = between
                        .strip_prefix(['，', ',', '；', ';'])
                        .and_then(|b| b.strip_suffix(own))
                        .is_some_and(|l| matches!(l, "" | "当年" | "全年" | "同期" | "累计"));
                    // (其中，蔬菜出口量…，出口额…: a sentence opening with 其中 is all parts;
                    // each part's siblings are its own.)
                    let part =
                        find_short(&text[sentence.start..q.span.start], "其中").is_some_and(|i| {
                            !text[sentence.start..sentence.start + i].trim().is_empty()
                        });
                    let kind_of_flow = FLOW_KINDS.suffix(holder).is_some();
                    if group == other_group
                        && own != other
                        && holder.chars().nth(1).is_some()
                        && lead
                        && !part
                        && !kind_of_flow
                        && !holder.ends_with(['进', '出', '收'])
                    {
                        ind.metric = format!("{holder}{own}");
                    }
                }
            }
            if let Some((_, from, noun_end)) = class.take().filter(|c| c.0 == qi) {
                ind.metric = text[from..noun_end].to_string();
                ind.span.start = ind.span.start.min(from);
            }
            // 营业收入超10亿元的企业11家，超50亿元的3家: a class defined by 的 with its noun
            // left out counts what the class before it in the sentence counted; after 家 with
            // none before, enterprises.
            if ind.metric.ends_with('的') && ind.metric.chars().nth(1).is_some() {
                // (The last eight figures of the sentence: one of many classes is read near.)
                let before = out[first_in_sentence..].iter().rev().take(8).find_map(|p| {
                    let (_, noun) = p.metric.rsplit_once('的')?;
                    (!noun.is_empty()).then_some(noun)
                });
                let noun = before.or_else(|| (q.unit == "家").then_some("企业"));
                if let Some(noun) = noun.map(str::to_string) {
                    ind.metric.push_str(&noun);
                }
            }
            let dated_here = own_period.is_some();
            // 新工厂预计明年投产，届时年产能将超过84万辆: 届时 (by then) dates the figure at the
            // time named before it in the sentence, an event's or not.
            let by_then = last_time.filter(|_| text[q_clause..].starts_with("届时"));
            if let Some(t) = by_then.filter(|_| !dated_here) {
                let mut p = state.period;
                p.apply(&t);
                ind.period = p.render();
            } else if let Some(p) = own_period {
                ind.period = p;
            } else if let Some((_, point, set_end)) = &state.point {
                // 截至9月末…。制造业贷款余额…: a stock is still dated at the point, and so
                // are the parts listed right after it (…达到12.37万户。其中，企业2.41万户).
                let stock = is_stock(&ind.metric);
                let parts = text[*set_end..sentence.start].trim().is_empty()
                    && text[sentence.start..].trim_start().starts_with("其中");
                if stock || parts {
                    ind.period.clone_from(point);
                }
            } else if ind.period == state.period_text && is_stock(&ind.metric) {
                // 9月末…贷款余额…，前三季度新增…。涉农贷款余额…: a stock in a span of months is
                // dated at its last month.
                let last = state.period.part.and_then(Part::last_of_span);
                if let Some(m) = last {
                    let p = PeriodState { part: Some(Part::Months(m, m)), ..state.period };
                    ind.period = p.render();
                }
            }
            // 1—11月…。全市现有汽车零部件企业420余家: what there is now is counted at no span
            // of months; it keeps the year only.
            // (The period is asked first: most are no span of months.)
            let span_of_months = |p: &&str| p.contains('-') && p.contains(['/', 'Q', 'H']);
            if let Some(year) = ind.period.as_deref().filter(span_of_months).filter(|_| !dated_here)
            {
                let clause = &text[q_clause..q.span.start];
                // (年度计划投资: a figure of the year by its name.)
                let annual = ind.metric.starts_with("年度");
                // (目前，某公司产品已出口至60多个国家，海外销售网点达到420余家; 公司股价今日收涨
                // 3.46%，报26.18元/股: so is one after a word of now opening its sentence or in
                // its clause, with no time after it, and one going on with the measure of the
                // sentence's figure before, so dated; 全市当前外贸企业860家，出口增长7%: not one
                // of another measure.)
                let now = || {
                    let own_time = last_time.filter(|t| t.span.start >= sentence.start);
                    let from = own_time.map_or(q_clause, |t| t.span.end.max(q_clause));
                    let opens = own_time.is_none()
                        && NOW_WORDS
                            .prefix(text[sentence.start..q.span.start].trim_start())
                            .is_some();
                    let goes_on = now_dated.filter(|&i| i + 1 == out.len()).is_some_and(|i| {
                        let p = &out[i];
                        p.metric == ind.metric
                            && own_time.is_none_or(|t| t.span.end <= p.span.start)
                    });
                    opens
                        || goes_on
                        || NOW_WORDS.occurs_in(text.get(from..q.span.start).unwrap_or_default())
                };
                // (…年产20GWh动力电池项目二期已开工，总投资约86亿元: a plant's yearly capacity,
                // and the total investment of the project it names in the 60 characters before,
                // are no flows of the span, as 新增装机容量 is.)
                let plant = || {
                    let near = q.span.start.saturating_sub(60 * 3);
                    let floor = crate::span::ceil_char_boundary(text, near).max(sentence.start);
                    let before = text.get(floor..q.span.start).unwrap_or_default();
                    let yearly = if ind.kind == IndicatorKind::Capacity {
                        contains_short(clause, "年产")
                    } else {
                        ind.metric.ends_with("总投资")
                            && state.capacity_named.as_ref().is_some_and(|c| c.0 == sentence.start)
                            && contains_short(before, "年产")
                    };
                    // (2023年上半年，公司年产能达到500万吨: a time the sentence states before the
                    // capacity dates it; only a span carried in from before is dropped.)
                    let lead = floor + before.rfind("年产").unwrap_or(before.len());
                    let stated = last_time
                        .is_some_and(|t| t.span.start >= sentence.start && t.span.end <= lead);
                    // (签约年产5万吨…项目，总投资9.6亿元: what is signed is the span's, as
                    // 签约项目 are counted by it.)
                    yearly
                        && !stated
                        && !contains_short(clause, "新增")
                        && !contains_short(before, "签约")
                };
                let now = now();
                if now {
                    now_dated = Some(out.len());
                }
                if annual
                    || now
                    || plant()
                    || ["现有", "目前", "已有", "现拥有"].iter().any(|w| contains_short(clause, w))
                {
                    ind.period = Some(year[..4].to_string());
                }
            }
            // 新项目达产后预计每年新增营业收入约16亿元: a figure of the years after a project
            // is done is of no period the text reports on (unless its clause dates it, or a
            // plan for a later year does: 四、2018年工作计划 after a review of 2017).
            let planned_year = text_period
                .and_then(|t| t.year)
                .is_some_and(|own| state.period.year.is_some_and(|y| y > own));
            if !dated_here && !heading_target && !planned_year {
                let clause = &text[q_clause..q.span.start];
                // (Every such word ends in 后: one character search settles most clauses.)
                if contains_short(clause, "后")
                    && AFTER_COMPLETION.iter().any(|w| contains_short(clause, w))
                {
                    ind.period = None;
                }
            }
            if let Some(year) = q.column_year {
                ind.period = Some(year.to_string());
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
            // (力争出货量达到9万吨以上，并加快推进年产2万吨…项目建设: a clause of its own
            // verb after 并 names a project by its capacity; the plan is the earlier clause's.)
            // (力争…；支持某公司建设年产2万台…项目: so does one after a semicolon.)
            let project_named = ind.kind == IndicatorKind::Capacity
                && (text[q_clause..q.span.start].trim_start().starts_with('并')
                    || text[..q_clause].trim_end().ends_with(['；', ';']))
                && {
                    // (Within 40 characters: a text may hold no clause end.)
                    let ahead = &text
                        [q.span.end..crate::span::ceil_char_boundary(text, q.span.end + 40 * 3)];
                    ahead.split(['，', '。', '；', ',']).next().is_some_and(|r| r.contains("项目"))
                };
            // (项目力争年底投产，累计完成投资3亿元，带动就业500人: a later clause opening
            // with what is done, 累计, 已, 目前, states facts, and so does the rest of the
            // sentence; a part after 其中 is still the target's, and 实际 may open a metric,
            // 实际使用外资.)
            let stated = text[q_clause..q.span.start].trim_start();
            // (力争到2025年…，累计建成…: a total by the year the plan aims at is planned too.)
            let aimed_total = stated.starts_with("累计")
                && text
                    .get(quals_from..q_clause)
                    .is_some_and(|h| plan::aims_at_year(h, state.period.default_year));
            if q_clause > quals_from
                && !aimed_total
                && STATED_OPENERS.prefixes(stated).any(|(w, ())| !matches!(w, "其中" | "实际"))
            {
                sentence_quals.retain(|q| !matches!(q, Qualifier::Target | Qualifier::Estimated));
            }
            // (甲公司拟投资52亿元；乙集团总投资40亿元: a later clause opening with a subject of
            // its own, an enterprise, or after a semicolon a place or park, is another's
            // statement, which the plan or forecast does not reach; a lead-in's list,
            // 目标是：甲县…；乙县…, runs on.)
            // (Past the first figure it governs: 2024年，甲集团力争… opens with its subject.)
            if q_clause > quals_from.max(head_end) && !sentence_quals.is_empty() {
                let opener = skip_time(text, q_clause, q.span.start);
                let semicolon = text[..q_clause].trim_end().ends_with(['；', ';']);
                // (全市力争实现营收500亿元，甲公司营收100亿元: after a comma, a firm's clause
                // is another's statement only beside a firm's own plan; a region's plan may
                // hold its firms' parts.)
                let firm_opens = || {
                    let first = skip_time(text, sentence.start, q.span.start);
                    entities
                        .starting_at(first)
                        .is_some_and(|(_, e)| e.kind == EntityKind::Enterprise)
                };
                let new_subject = entities.starting_at(opener).is_some_and(|(_, e)| {
                    e.kind == EntityKind::Enterprise && (semicolon || firm_opens())
                        || semicolon && matches!(e.kind, EntityKind::Place | EntityKind::Park)
                });
                if new_subject && !text[quals_from..q_clause].contains(['：', ':']) {
                    sentence_quals
                        .retain(|q| !matches!(q, Qualifier::Target | Qualifier::Estimated));
                }
            }
            // (力争2026年建成投产，届时公司年营业收入有望突破60亿元: a clause forecasting its
            // own figure is no part of the target set before it.)
            let own_forecast = ind.qualifiers.contains(&Qualifier::Estimated)
                && !sentence_quals.contains(&Qualifier::Estimated);
            for sq in sentence_quals.iter().filter(|_| !project_named) {
                if own_forecast && *sq == Qualifier::Target {
                    continue;
                }
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
            // (Trimmed for a point change only: a trim of a string pattern builds a searcher.)
            let bare_rate = (ind.kind == IndicatorKind::PointChange)
                .then(|| ind.metric.trim_start_matches("所占").trim_start_matches('其'))
                .filter(|m| RATE_ENDINGS.contains(m));
            if let Some(bare_rate) = bare_rate {
                let rate = out[first_in_sentence..]
                    .iter()
                    .rev()
                    .find(|w| w.kind == IndicatorKind::Share && w.metric.len() > bare_rate.len());
                // (工业占全市的60%；服务业增长5%，占比提高3个百分点: after a figure of another
                // measure, whose metric the rate does not open, the rate is that measure's
                // share, 服务业占比.)
                let last = out[first_in_sentence..].last().filter(|l| {
                    l.kind != IndicatorKind::Share
                        && !l.metric.is_empty()
                        && !RATE_ENDINGS.iter().any(|e| l.metric.ends_with(e))
                        && rate.is_none_or(|r| !r.metric.starts_with(l.metric.as_str()))
                });
                if let Some(last) = last {
                    ind.metric = format!("{}{bare_rate}", last.metric);
                } else if let Some(rate) = rate {
                    ind.metric.clone_from(&rate.metric);
                }
            }
            // 计划实施重点项目186个，其中新开工项目不少于60个: a part of a target is one (a
            // whole in the same measure: 年度计划投资315亿元，其中亿元以上项目71个 counts
            // projects of the 86 started, no part of the plan's money).
            let whole_planned = || {
                out[first_in_sentence..]
                    .iter()
                    .rev()
                    .find(|w| w.span.end <= q.span.start && quantities[w.quantity].class == q.class)
                    .is_some_and(|w| w.qualifiers.contains(&Qualifier::Target))
            };
            if target_in_sentence
                && !ind.qualifiers.contains(&Qualifier::Target)
                && text[q_clause..].starts_with("其中")
                && whole_planned()
            {
                ind.qualifiers.push(Qualifier::Target);
            }
            let head = text[q_clause..q.span.start].trim_start();
            // 计划完成投资185亿元；1—6月已完成96.3亿元，下降3.2%: a later clause stating what
            // is done (已, 实际 … after its time) or dated to a span of months reports, and
            // the plan reaches no further.
            if plan_reaches && q_clause > head_end {
                let time = period::at_start(head);
                let after_time = time.map_or(head, |t| &head[t.span.end..]);
                let months =
                    time.is_some_and(|t| matches!(t.part, Some(Part::Months(a, b)) if a < b));
                // (2024年计划产量1.2亿吨，上半年完成6200万吨, …，全年完成310万吨: 完成 opening a
                // later clause, after its time, is what was done; so is one of the measure
                // planned, 计划产值50亿元，完成52亿元. 计划…实现营收50亿元，完成投资8亿元 lists
                // another measure of the plan.)
                let planned_measure = || {
                    out[first_in_sentence..].iter().any(|w| {
                        w.qualifiers.contains(&Qualifier::Target) && w.metric == ind.metric
                    })
                };
                let done = after_time.starts_with("完成") && (time.is_some() || planned_measure());
                if months || done || STATED_OPENERS.prefix(after_time).is_some() {
                    plan_reaches = false;
                }
            }
            // (计划完成货物吞吐量3.2亿吨，资本性支出预计为40亿元: nor does it reach a clause
            // that forecasts its own figure.)
            if plan_reaches
                && q_clause > head_end
                && !ind.qualifiers.contains(&Qualifier::Target)
                && !ind.qualifiers.contains(&Qualifier::Estimated)
            {
                ind.qualifiers.push(Qualifier::Target);
            }
            // (…力争全年销量突破12万吨，…，员工总数已达1860人: a later clause saying what is
            // already reached states a fact, whatever plan opened the sentence.)
            let already = head.chars().rev().take(4).any(|c| c == '已')
                && q_clause > head_end
                && !PLAN_VERBS.iter().chain(&["目标"]).any(|w| head.contains(w));
            if already {
                ind.qualifiers.retain(|q| *q != Qualifier::Target);
            }
            // (确保某公司年产12亿平方米隔膜项目年内开工: the aim is the works' schedule; the
            // capacity naming the project is its design, no target.)
            if ind.kind == IndicatorKind::Capacity
                && ind.qualifiers.contains(&Qualifier::Target)
                && text[..q.span.start].ends_with("年产")
            {
                // (Within 40 characters: a text may hold no clause end.)
                let ahead =
                    &text[q.span.end..crate::span::ceil_char_boundary(text, q.span.end + 40 * 3)];
                let clause = ahead.split(['，', '。', '；', ',']).next().unwrap_or_default();
                let scheduled = clause
                    .find("项目")
                    .is_some_and(|i| plan::SCHEDULE_VERBS.occurs_in(&clause[i..]));
                if scheduled {
                    ind.qualifiers.retain(|q| *q != Qualifier::Target);
                }
            }
            // …预计净利润3200万元，上年同期亏损1560万元: the year before is no forecast;
            // 拟以总股本69470万股为基数: nor is the base a plan is reckoned on.
            let base = text[q.span.end..].starts_with("为基数");
            // (…，较上年实现的40亿元增长25%: nor the level a change is compared with.)
            let compared = head.starts_with(['较', '比']) && head.ends_with('的');
            if head.starts_with("上年同期") || head.starts_with("去年同期") || base || compared
            {
                ind.qualifiers.retain(|q| !matches!(q, Qualifier::Estimated | Qualifier::Target));
            }
            // 项目达产后可实现年产值约50亿元, 全部建成后，年均发电量可达…: what a project is to
            // bring once done is a forecast. (A capacity is the project's rating, and a target
            // stays one.)
            // (Read over the 80 characters before the figure: a text without sentence ends
            // would make a search from the sentence's start quadratic.)
            let near = crate::span::ceil_char_boundary(text, q.span.start.saturating_sub(80 * 3))
                .max(sentence.start);
            if ind.kind != IndicatorKind::Capacity
                && !ind
                    .qualifiers
                    .iter()
                    .any(|q| matches!(q, Qualifier::Target | Qualifier::Estimated))
                && projected(&text[near..q.span.start])
            {
                ind.qualifiers.push(Qualifier::Estimated);
            }
            ind.qualifiers.sort();
            target_in_sentence |= ind.qualifiers.contains(&Qualifier::Target);
            // An enterprise that opened an earlier clause of the sentence is still its
            // subject (华拓电子实现营业收入…，同比增长…; …，净利润3100万元): of a carried
            // metric whatever named it, of a metric of its own only an enterprise.
            // A place opening this clause (，会理市增长5.4%) is its own subject; so is one
            // opening the list the figure's clause is an item of (；某产业园引进组件、支架企业
            // 12家), unless the list is of subjects, 分别 given each their figure (甲、乙分别
            // 新引进项目12个和9个), which the list stage reads.
            let list_opened = || {
                !contains_short(&text[q_clause..q.span.start], lexicon::RESPECTIVELY)
                    && state.subject_at.start >= crate::sentence::list_start(text, q_clause)
            };
            let own_place =
                state.subject.is_some() && (state.subject_at.start >= q_clause || list_opened());
            // …；三是新签约的某公司…: a numbered point is a statement of its own, which takes
            // no subject from the points before it (its own figures still share theirs).
            let new_point = list_number(&text[q_clause..q.span.start]).is_some();
            // (…项目建成投产，园区风机整机…: nor does a bare zone word opening the clause.)
            // (Every zone word ends in 区: a clause holding none opens with none.)
            let zone_opens = || {
                contains_short(&text[q_clause..q.span.start], "区") && {
                    let opener = skip_time(text, q_clause, q.span.start);
                    BARE_ZONES.prefix(&text[opener..q.span.start]).is_some()
                }
            };
            if ind.subject == state.subject && !region_opens && !own_place && !zone_opens() {
                let prev = out[first_in_sentence..].last();
                if let Some(prev) = prev.filter(|p| !new_point || p.span.start >= q_clause) {
                    // …、乙公司6GW光伏组件等49个重点项目: a figure after a list closed by 等 is
                    // the whole list's.
                    let listed = text
                        .get(prev.span.end..q.span.start)
                        .is_some_and(|b| contains_short(b, "等"));
                    // (An institution's figures go on to the end of its statement only: 甲实验室
                    // 承担任务26项，牵头…5个；乙实验室与某大学共建…，引进….)
                    // (Spans may overlap, 0吨万余: no text between, no semicolon.)
                    let statement =
                        || !text.get(prev.span.end..q.span.start).is_some_and(|b| b.contains('；'));
                    // (某集团年产10万吨…项目相继达产，全年新签约项目58个: after a project's
                    // news, a clause opening with 全年 sums up the region's year.)
                    // (Not in a list of companies parted by ；: 甲公司…；乙公司…项目全面达产，
                    // 全年用电量增长2.3倍 is the company's.)
                    // (…年出栏30万头生猪养殖项目全面投产，全年出栏生猪18.7万头: not where the
                    // year's figure measures what the project makes, a word of both.)
                    let own_product = || {
                        let m = ind.metric.as_str();
                        let ends = m.char_indices().skip(2).map(|(i, _)| i).chain([m.len()]);
                        m.char_indices().zip(ends).any(|((i, _), end)| {
                            let pair = &m[i..end];
                            pair.chars().all(crate::normalize::is_han)
                                && contains_short(&prev.metric, pair)
                        })
                    };
                    let year_after_project = || {
                        text[q_clause..q.span.start].trim_start().starts_with("全年")
                            && !own_product()
                            && text
                                .get(prev.span.end..q_clause)
                                .is_some_and(|b| contains_short(b, "项目"))
                            && !text[sentence.start..q_clause].contains('；')
                    };
                    let enterprise = !listed
                        && !year_after_project()
                        && prev.subject.as_deref().is_some_and(|s| {
                            enterprise_names.contains(s) || body_names.contains(s) && statement()
                        });
                    // (甲公司投资38亿元；总投资12.6亿元的抽水蓄能电站开工: a figure describing
                    // the works named after its 的, in a statement of its own, is the works',
                    // no earlier firm's.)
                    let works_described = || {
                        let after = text[q.span.end..]
                            .trim_start_matches(['左', '右', '余', '多', '以', '上']);
                        let Some(rest) = after.strip_prefix('的') else { return false };
                        let near = &rest[..crate::span::ceil_char_boundary(rest, 20 * 3)];
                        let phrase = &near[..near.find(is_clause_sep).unwrap_or(near.len())];
                        text.get(prev.span.end..q_clause).is_some_and(|b| b.contains(['；', ';']))
                            && FACILITY_HEADS.occurs_in(phrase)
                    };
                    // (甲公司所属某港区完成…；乙港区受…影响，完成…: a park or place opening a
                    // statement after the figure before, past its semicolon, is the subject of
                    // that statement's figures, though a clause stands between them.)
                    let named_since = || {
                        let at = state.subject_at.start;
                        state.subject.is_some()
                            && prev.span.end <= at
                            && at < q_clause
                            && text[prev.span.end..at].contains(['；', ';'])
                    };
                    // (甲公司…项目投产；乙智算中心项目总投资35亿元: nor is a statement past a
                    // semicolon that opens with a project of a name of its own, not named
                    // before in the sentence.)
                    let project_opens = || {
                        let opener = skip_time(text, q_clause, q.span.start);
                        let head = &text[opener..q.span.start];
                        let Some(i) =
                            ["项目", "工程"].iter().filter_map(|w| find_short(head, w)).min()
                        else {
                            return false;
                        };
                        let name = &head[..i];
                        text[..q_clause].trim_end().ends_with(['；', ';'])
                            && (2..=16).contains(&name.chars().count())
                            && name.chars().all(crate::normalize::is_han)
                            && !crate::project::generic_works_name(name)
                            && !metric::is_phase(name)
                            && !entities
                                .within(NSpan::new(opener, opener + i))
                                .any(|(_, e)| e.kind == EntityKind::Enterprise)
                            && !contains_short(&text[sentence.start..q_clause], name)
                    };
                    if prev.subject != state.subject
                        && (ind.carried || enterprise)
                        && !works_described()
                        && !named_since()
                        && !project_opens()
                    {
                        ind.subject = prev.subject.clone();
                    }
                }
                // 某公司营业收入100亿元。其中，高端产品销量620万吨: a sentence opening with
                // 其中 lists parts of the one before, whose enterprise it keeps.
                let parts = text[sentence.start..q_clause].trim_start().starts_with("其中")
                    || text[sentence.start..q.span.start].trim_start().starts_with("其中");
                // (华辰显示董事长表示，公司实现营业收入…。全年显示面板出货面积…: so does the
                // sentence right after, in its paragraph, where the figure's clause names no
                // holder of its own before it.)
                // (Only after a sentence the enterprise or 公司 opens, and not of a class of
                // enterprises: 龙头企业某公司实现产值…。规模以上工业企业实现营业收入… is the
                // region's.)
                let next_of_firm = |p: &RawIndicator| {
                    let Some(firm) = p.subject.as_deref() else { return false };
                    let adjacent = text
                        .get(p.span.end..sentence.start)
                        .is_some_and(|b| !b.contains('\n') && b.matches(['。', '！']).count() == 1);
                    // (Not of a class of enterprises; nor where the figure's clause names a
                    // holder of its own.)
                    if !adjacent
                        || contains_short(&ind.metric, "企业")
                        || entities
                            .within(NSpan::new(sentence.start, q.span.start))
                            .next()
                            .is_some()
                    {
                        return false;
                    }
                    // The start of that figure's sentence.
                    let k = sentences.partition_point(|s| s.start <= p.span.start);
                    let from = k.checked_sub(1).map_or(0, |k| sentences[k].start);
                    let opener = skip_time(text, from, p.span.start);
                    let head = text[opener..p.span.start].trim_start();
                    let opens = crate::entity::company_word(clause::after_connectives(head))
                        .is_some()
                        || entities
                            .starting_at(p.span.start - head.len())
                            .is_some_and(|(_, e)| e.name == firm);
                    // (Of a firm's own measures only, or of the project its sentence names:
                    // …。税收收入增长21.5% after a company's news is the region's; and after
                    // a project's news (…项目开工建设。全年新增专利授权126件, …项目达产后
                    // 可实现年产值35亿元。利润总额…) only the project's figures.)
                    let project_opens =
                        text[sentence.start..q.span.start].trim_start().starts_with("项目");
                    let after_project = contains_short(&text[from..sentence.start], "项目");
                    let own =
                        FIRM_MEASURES.occurs_in(&ind.metric) && !after_project || project_opens;
                    opens && own
                };
                if first_in_sentence == out.len() {
                    let before = out[..first_in_sentence].last();
                    if let Some(s) = before
                        .filter(|p| parts || next_of_firm(p))
                        .and_then(|p| p.subject.as_deref())
                        .filter(|s| enterprise_names.contains(s))
                    {
                        ind.subject = Some(s.to_string());
                    }
                }
            }
            // (其中甲公司实现净利润4.6亿元，增长21%: a bare change right after an amount, its
            // metric carried and its clause naming no one, is that amount's, whoever the
            // word opening the sentence, 集团所属…, gave the clause.)
            let change = matches!(
                ind.kind,
                IndicatorKind::Growth | IndicatorKind::PointChange | IndicatorKind::Multiple
            );
            let amount_before = out[first_in_sentence..].last().filter(|p| {
                p.quantity + 1 == qi
                    && p.metric == ind.metric
                    && p.subject.is_some()
                    && p.subject != ind.subject
            });
            if let Some(prev) = amount_before.filter(|_| ind.carried && change) {
                let between = text.get(prev.span.end..q_clause).unwrap_or("；");
                let head = text.get(q_clause..q.span.start).unwrap_or("");
                let bare = between.trim_matches(['，', ',']).is_empty()
                    && head.chars().count() <= 6
                    && head.chars().all(crate::normalize::is_han)
                    && REGION_SCOPES.prefix(head).is_none()
                    && BARE_ZONES.prefix(head).is_none()
                    && entities.within(NSpan::new(q_clause, q.span.start)).next().is_none();
                if bare {
                    ind.subject.clone_from(&prev.subject);
                }
            }
            // 三次产业结构为7.1∶54.1∶38.8: a later part of a ratio is the same structure's,
            // of the same time and subject, its evidence the number alone.
            // (…由上年的7.5∶55.8∶36.7调整为7.1∶…: a ratio right after another in its clause
            // is the same structure's, of its own time.)
            let after_ratio = (qi > 0 && q.unit.is_empty() && quantities[qi - 1].unit.is_empty())
                .then(|| &text[quantities[qi - 1].span.end..q.span.start]);
            let ratio_part = after_ratio.is_some_and(|b| matches!(b, "∶" | "：" | ":"));
            // (An ASCII colon, 3.9:47.0, is a clause mark elsewhere: a part all the same.)
            let next_ratio = ratio_part
                || after_ratio
                    .is_some_and(|b| b.chars().count() <= 12 && !b.contains(is_clause_sep));
            if let Some(prev) = out.last().filter(|p| next_ratio && p.quantity == qi - 1) {
                ind.metric.clone_from(&prev.metric);
                ind.subject.clone_from(&prev.subject);
                if ratio_part {
                    ind.period.clone_from(&prev.period);
                    ind.span = q.span;
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
            // (甲有限公司年产…项目建成投产，规模以上工业企业达到486家: a count of a class of
            // enterprises is no enterprise's own; it is the region's.)
            let class_count = ind.kind == IndicatorKind::Count
                && (ind.metric.ends_with("工业企业") || ind.metric.starts_with("规上"))
                && ind.metric.ends_with("企业");
            if class_count && ind.subject.as_deref().is_some_and(|s| enterprise_names.contains(s)) {
                ind.subject.clone_from(&state.home);
            }
            // (存款余额…，比年初增加…，增长9.45%: the flow read from a balance leaves the
            // balance the metric the figures after it speak of.)
            let flow_of_last = ind
                .metric
                .strip_prefix("新增")
                .is_some_and(|b| state.last_metric.strip_suffix("余额") == Some(b));
            // Into the old buffer: one allocation per document rather than per indicator.
            if !flow_of_last {
                state.last_metric.clone_from(&ind.metric);
                state.last_class = Some(q.class);
                state.last_part = state.period.part;
            }
            let level = matches!(
                ind.kind,
                IndicatorKind::Amount | IndicatorKind::Count | IndicatorKind::Capacity
            );
            if level && !flow_of_last {
                state.last_level_metric.clone_from(&ind.metric);
            }
            if ind.kind == IndicatorKind::Amount && q.class == UnitClass::Currency {
                state.last_money_metric.clone_from(&ind.metric);
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
        respectively(ctx, tagger.jieba, places, quantities, &periods, (earlier, sentence_out));
        distribute(ctx, quantities, &mut out, first_in_sentence);
        rating_pairs(text, quantities, &mut out[first_in_sentence..]);
        parallel_groups(&mut out[first_in_sentence..]);
        per_head_lists(text, quantities, &mut out[first_in_sentence..]);
        for ind in &mut out[first_in_sentence..] {
            uncount_metric(&mut ind.metric);
        }
        // (…，10月份，某港区完成吞吐量118.6万标箱。其中，外贸吞吐量113.2万标箱: the parts
        // named in the sentence after, opening with 其中, are of the same month.)
        // (…。1—10月平均，CPI上涨0.4%。同期核心CPI上涨0.7%: so does a sentence opening with
        // 同期, the same time again.)
        let next = text[sentence.end..].trim_start_matches(['。', '！', '？', ' ', '\n']);
        let parts_follow = !point_set
            && forecast_at == usize::MAX
            && (next.starts_with("其中") || next.starts_with("同期"));
        if let Some((before, set)) = parts_period.take() {
            match forecast_period.as_mut() {
                // (The 其中 sentence's own time: what it restores is the earlier period.)
                Some(f) if f.0 == set => f.0 = before,
                None if state.period == set => {
                    state.period = before;
                    state.period_text = before.render();
                }
                _ => {}
            }
        }
        // (2024年力争…。同时，计划全年培育…: a plan in the sentence after, with no time of its
        // own, is for the same year.)
        let plans_follow =
            plan_set && forecast_at == usize::MAX && plan_follows(&text[sentence.end..]);
        if let Some((before, set)) = forecast_period.filter(|f| f.1 == state.period) {
            if parts_follow || plans_follow {
                parts_period = Some((before, set));
            } else {
                if point_set {
                    state.point = Some((set, state.period_text.take(), sentence.end));
                }
                state.period = before;
                state.period_text = before.render();
            }
        }
    }
    titled_company_subjects(text, entities, &mut out);
    company_only_subjects(text, entities, &mut out);
    headline_periods(text, &all, &mut out);
    (out, all)
}

/// The group word closing `ind`'s metric (职工 of 一线职工) and what follows the metric in its
/// clause, when that metric, a group of people, opens the clause right after `prev`'s figure
/// (`between` them: a comma, at most 其中, the group and its verb, no figure).
fn group_opening_clause<'b>(
    ind: &RawIndicator,
    between: &'b str,
) -> Option<(&'static str, &'b str)> {
    let clause = between.strip_prefix(['，', ','])?;
    let clause = clause.strip_prefix("其中").unwrap_or(clause);
    let after = clause.strip_prefix(ind.metric.as_str())?;
    if after.contains(|c: char| c.is_ascii_digit() || is_clause_sep(c)) {
        return None;
    }
    let (word, ()) = BENEFICIARY_GROUPS.suffix(&ind.metric)?;
    Some((word, after))
}

/// The group `ind`'s change is for, when its metric is a group of people (多子女家庭, 一线职工)
/// opening the clause right after `prev`'s figure with a verb setting a rate (上浮, 提高), and
/// `prev` names a measure of no group of people.
fn group_changed_for(ind: &RawIndicator, prev: &RawIndicator, between: &str) -> Option<String> {
    if !matches!(ind.kind, IndicatorKind::Growth | IndicatorKind::PointChange) {
        return None;
    }
    let (word, verb) = group_opening_clause(ind, between)?;
    // (Only a rate set for the group, 上浮 or 提高: 参保职工增长3% counts the group itself.)
    let set = ["上浮", "下浮", "提高", "上调", "下调"].iter().any(|v| verb.contains(v));
    let measure = prev.metric.chars().nth(1).is_some()
        && BENEFICIARY_GROUPS.suffix(&prev.metric).is_none()
        // (城镇居民收入增长5%，农村居民增长6%: a measure of another group is the parallel
        // group's measure, read elsewhere.)
        && !prev.metric.contains(word);
    (set && (2..=8).contains(&ind.metric.chars().count()) && measure).then(|| ind.metric.clone())
}

/// 居民人均可支配收入4.2万元，其中农村居民增长6%: a part of the group a measure before is of
/// (农村居民 of 居民), alone in the clause right after it, is that part's measure
/// (农村居民人均可支配收入).
fn subgroup_measure(ind: &RawIndicator, prev: &RawIndicator, between: &str) -> Option<String> {
    let (word, _) = group_opening_clause(ind, between)?;
    let measure = prev.metric.strip_prefix(word).filter(|m| m.chars().nth(1).is_some())?;
    let part = ind.metric.len() > word.len() && ind.metric.chars().nth(6).is_none();
    part.then(|| format!("{}{measure}", ind.metric))
}

/// 下达直达资金41.27亿元，已形成支出34.5亿元: a bare 支出 in the clause right after funds
/// given is those funds' spending (直达资金支出), not the budget's.
fn funds_spent(ind: &RawIndicator, prev: &RawIndicator, between: &str) -> Option<String> {
    const SPENT: [&str; 6] = ["", "已", "已经", "形成", "已形成", "实际"];
    let funds = prev.metric.ends_with("资金") && prev.metric.chars().nth(2).is_some();
    let head = between.strip_prefix(['，', ','])?.strip_suffix("支出")?;
    let same_kind = ind.kind == IndicatorKind::Amount && prev.kind == IndicatorKind::Amount;
    (funds && same_kind && ind.metric == "支出" && SPENT.contains(&head))
        .then(|| format!("{}支出", prev.metric))
}

/// Whether a figure of `before` (sorted by start) holds the word at `p` (预计32.5亿元至35.0亿元:
/// 预计 is that figure's own). A search, not a scan: a sentence of many figures each after
/// such a word would make a scan quadratic. (Figures may overlap a little: the few starting
/// last before `p` are asked.)
fn taken_by_figure(before: &[RawQuantity], p: usize) -> bool {
    let at = before.partition_point(|q| q.span.start <= p);
    before[at.saturating_sub(4)..at].iter().any(|q| (q.span.start..q.span.end).contains(&p))
}

/// 甲股份有限公司…公司实现营业收入45.67亿元。研发投入2.8亿元: in a text whose figures with a
/// subject, up to where a second enterprise is first named, are all one registered company's
/// (its report, or news on its results), a figure of a company's measure (revenue, profit,
/// R&D, assets, sales) with none, after that company is first named and before the second
/// enterprise is, is the company's too. A place or park as the subject of a figure before
/// that point, or a region's scope (全市, 全省) anywhere, shows more than one holder: the
/// figures are left as they are.
fn company_only_subjects(text: &str, entities: &Entities, out: &mut [RawIndicator]) {
    let Some(e) = entities.main_enterprise() else { return };
    let registered = ["公司", "集团"].iter().any(|s| e.name.ends_with(s));
    let Some(first) = e.mentions.first().map(|m| m.end) else { return };
    // (…。此外，甲钢铁与乙物流集团有限公司合作…: a second enterprise shows a second holder
    // from where it is first named on; the figures before it are still the company's.)
    let others_from = entities
        .list
        .iter()
        .filter(|&f| f.kind == EntityKind::Enterprise && !std::ptr::eq(f, e))
        .filter_map(|f| f.mentions.first().map(|m| m.start))
        .min()
        .unwrap_or(usize::MAX);
    let mut subjects =
        out.iter().filter(|i| i.span.end <= others_from).filter_map(|i| i.subject.as_deref());
    let own = subjects.clone().next().is_some() && subjects.all(|s| s == e.name);
    if !registered || !own || others_from <= first {
        return;
    }
    // (…。全区规上工业产值增长8%。研发投入2.8亿元: a region's scope anywhere makes a figure
    // with no subject as likely the region's. Asked last: one pass over the text.)
    let scope_at = |(i, c): (usize, char)| {
        matches!(c, '全' | '我' | '本' | '省' | '市' | '区' | '县' | '州')
            && REGION_SCOPES.prefix(&text[i..]).is_some()
    };
    if text.char_indices().any(scope_at) {
        return;
    }
    // (Only a company's own measures: 规模以上工业企业达到486家 after its news is the
    // region's count; 线路16条 after a logistics group's routes, a train service's.)
    static COMPANY_MEASURES: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/company_measures.txt")));
    let own_measure = |m: &str| COMPANY_MEASURES.occurs_in(m);
    let before_others = |i: &RawIndicator| i.span.start > first && i.span.end <= others_from;
    // (东岭镇营业收入3亿元, 莱芜区营业收入: a place or town opening the metric is whose
    // figure it is.)
    let regional = |m: &str| {
        crate::entity::lexicon::LEXICON.place_prefix(m).is_some()
            || m.char_indices().skip(2).take(2).any(|(i, c)| {
                matches!(c, '镇' | '乡' | '县' | '区' | '市') || m[i..].starts_with("街道")
            })
    };
    for ind in out.iter_mut().filter(|i| i.subject.is_none() && before_others(i)) {
        if own_measure(&ind.metric) && !regional(&ind.metric) {
            ind.subject = Some(e.name.clone());
        }
    }
}

/// `城镇居民人均可支配收入34529元，农村居民12608元`: a figure whose metric names only a group
/// parallel to the group an earlier metric of the sentence opens with (both end alike:
/// 城镇居民 / 农村居民, 第一产业 / 第二产业) and names nothing measured is the same measure of
/// its group: 农村居民人均可支配收入.
fn parallel_groups(sentence_out: &mut [RawIndicator]) {
    for j in 1..sentence_out.len() {
        let m = sentence_out[j].metric.as_str();
        let n = m.chars().count();
        if !(3..=6).contains(&n) || METRIC_WORDS.suffix(m).is_some() {
            continue;
        }
        let Some((end_at, _)) = m.char_indices().rev().nth(1) else { continue };
        let ending = &m[end_at..];
        // (The eight figures before at most: a sentence may run on for the whole text.)
        let completed = sentence_out[..j].iter().rev().take(8).find_map(|p| {
            let i = find_short(&p.metric, ending)? + ending.len();
            let (group, measure) = p.metric.split_at(i);
            let same_kind = p.kind == sentence_out[j].kind;
            (same_kind
                && group != m
                && group.chars().count() == n
                && measure.chars().nth(1).is_some()
                && !measure.starts_with('占')
                && METRIC_WORDS.suffix(measure).is_some())
            .then(|| format!("{m}{measure}"))
        });
        if let Some(metric) = completed {
            sentence_out[j].metric = metric;
        }
    }
}

/// `每千人口执业医师3.57人、注册护士4.25人`: figures listed with 、 or 和 after a figure per head
/// of population are per head too; the per-head phrase (每千人口, 每万人拥有) is written out in
/// each metric. Only for small figures of the same class (no 万 or 亿 in the unit), and not
/// for a whole number of firms, bodies or sites: a total listed after a density
/// (卫生技术人员5.2万人, 医院126家) is a total.
fn per_head_lists(text: &str, quantities: &[RawQuantity], sentence_out: &mut [RawIndicator]) {
    for j in 1..sentence_out.len() {
        let (prev, ind) = (&sentence_out[j - 1], &sentence_out[j]);
        if !prev.metric.starts_with('每') || ind.metric.starts_with('每') || ind.metric.is_empty()
        {
            continue;
        }
        let (p, q) = (&quantities[prev.quantity], &quantities[ind.quantity]);
        let listed = p.span.end <= ind.span.start
            && matches!(&text[p.span.end..ind.span.start], "、" | "和");
        let small = |q: &RawQuantity| !q.unit.contains(['万', '亿']);
        // (每万人口拥有律师5.8名、律师事务所6家, 公交线路320条: a whole number of firms, bodies,
        // sites or lines is a total; a fraction, the rate's own measure word, or goods owned
        // (每百户拥有家用汽车48辆、空调186台) is a rate.)
        let sites = ["家", "个", "所", "座", "处", "项", "条"].contains(&q.unit.as_str());
        let rate = q.value.fract() != 0.0 || q.unit == p.unit || !sites;
        if !(listed && p.class == q.class && small(p) && small(q) && rate) {
            continue;
        }
        let per = counted::PER_CAPITA_OPENING.find(&prev.metric).map(|m| m.as_str());
        if let Some(per) = per.filter(|per| per.len() < prev.metric.len()) {
            let metric = format!("{per}{}", ind.metric);
            sentence_out[j].metric = metric;
        }
    }
}

/// Whether the sentence opening `rest` (after a sentence's end) plans or forecasts before its
/// first figure, with no time but 全年 of its own there (同时，片区计划全年培育…; 某局也将…，
/// 预计全年筹集…).
fn plan_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['。', '！', '？', '；', ' ', '\n']);
    // (Up to its first figure, near the start: a sentence with none sets no figure's period.)
    let Some((end, _)) = rest.char_indices().take(49).find(|&(_, c)| {
        c.is_ascii_digit() || crate::normalize::is_fullwidth_digit(c) || "。！？".contains(c)
    }) else {
        return false;
    };
    let head = &rest[..end];
    // (已将 is no future: 某委已将园区列为….)
    let future = head.match_indices('将').any(|(i, _)| !head[..i].ends_with(['已', '并']));
    let plans =
        future || ["计划", "预计", "力争", "争取", "目标", "拟"].iter().any(|w| head.contains(w));
    !rest[end..].starts_with(['。', '！', '？'])
        && plans
        && period::find(head).iter().all(|t| t.full_year)
}

/// Whether `head`, a sentence up to a figure, projects it: a time after a project is done
/// (达产后, 建成后 …) and a modal after it (可, 将, 预计, 有望, 届时), with nothing said to be done
/// already (已).
fn projected(head: &str) -> bool {
    // (Every such word ends in 后: one character search settles most sentences.)
    if !contains_short(head, "后") {
        return false;
    }
    let Some(end) =
        AFTER_COMPLETION.iter().filter_map(|w| head.rfind(w).map(|i| i + w.len())).max()
    else {
        return false;
    };
    let after = &head[end..];
    // (…投产后可年产10GWh，2023年公司实现营收56亿元: the modal is the figure's own clause's;
    // a later clause without one states a fact.)
    let own = after.rfind(['，', ',', '；', ';']).map_or(after, |i| &after[i..]);
    // (可再生能源, 按可比价, 效益可观: 可 opening a word is no modal.)
    let modal_ke = own.match_indices('可').any(|(i, c)| {
        !["再生", "持续", "视化", "控", "比", "观", "靠"]
            .iter()
            .any(|w| own[i + c.len()..].starts_with(w))
    });
    let forecast = ["预计", "有望", "届时"].iter().any(|w| own.contains(w));
    // (改造完成后年可节电…，明年将新建…: a later clause of its own time and only 将 is a plan of
    // its own, no projection of the works.)
    let dated_plan = own.len() < after.len()
        && !modal_ke
        && !forecast
        && period::at_start(own.trim_start_matches(['，', ',', '；', ';'])).is_some();
    (modal_ke || forecast || own.contains('将')) && !dated_plan && !after.contains('已')
}

/// Words of a time after a project is done (达产后 …): figures after them are projections.
/// (改造完成后年可节电…: works done, 完成后 or 完工后, are a project's end as well.)
const AFTER_COMPLETION: [&str; 9] =
    ["达产后", "建成后", "投产后", "达效后", "竣工后", "投用后", "投运后", "完成后", "完工后"];

/// 建设200MW/800MWh储能电站: a storage plant is rated by its power and its energy, written
/// as a pair. The energy after the slash is a capacity of the same plant and owner as the
/// power (the clause reading stops at the slash and may find another subject there).
fn rating_pairs(text: &str, quantities: &[RawQuantity], sentence_out: &mut [RawIndicator]) {
    for j in 1..sentence_out.len() {
        let (power, energy) = (&sentence_out[j - 1], &sentence_out[j]);
        let (p, e) = (&quantities[power.quantity], &quantities[energy.quantity]);
        let paired = p.class == UnitClass::Power
            && e.class == UnitClass::Energy
            && power.kind == IndicatorKind::Capacity
            && p.span.end < e.span.start
            && matches!(text[p.span.end..e.span.start].trim(), "/" | "／");
        if paired {
            let subject = power.subject.clone();
            sentence_out[j].kind = IndicatorKind::Capacity;
            sentence_out[j].subject = subject;
        }
    }
}

/// The line holding `span`, when it is short: its line breaks (or the text's ends) are
/// looked for within 64 bytes either side.
fn short_line_of(text: &str, span: NSpan) -> Option<NSpan> {
    let from = crate::span::ceil_char_boundary(text, span.start.saturating_sub(64));
    let to = crate::span::ceil_char_boundary(text, span.end + 64);
    let start = match text[from..span.start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let end = match text[span.end..to].find('\n') {
        Some(i) => span.end + i,
        None if to == text.len() => to,
        None => return None,
    };
    Some(NSpan::new(start, end))
}

/// Words of now (目前, 今日): no span of months dates a figure after them.
static NOW_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/now_words.txt")));

/// Whether `sentence` opens with a topic of a few characters, `X方面，` (科技金融方面，), not
/// the discourse's 一方面，/另一方面，.
fn topic_opens(sentence: &str) -> bool {
    let s = sentence.trim_start();
    let near = &s[..crate::span::ceil_char_boundary(s, 12 * 3)];
    near.find("方面").is_some_and(|i| {
        let topic = &near[..i];
        (2..=8).contains(&topic.chars().count())
            && topic.chars().all(crate::normalize::is_han)
            && !topic.ends_with('一')
            && near[i + "方面".len()..].starts_with(['，', ','])
    })
}

/// The months a part of the year spans (二季度: 4 to 6).
fn months_of(part: Option<Part>) -> Option<(u8, u8)> {
    match part? {
        Part::Quarter(q) => Some((q * 3 - 2, q * 3)),
        Part::Half(h) => Some((h * 6 - 5, h * 6)),
        Part::Months(a, b) => Some((a, b)),
    }
}

/// Kinds of a flow, which make no holder of it (非税收入, 人均可支配收入, 营业收入: 支出 after
/// them is no 非税支出).
static FLOW_KINDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/flow_kinds.txt")));

/// Words of a heading or lead-in over a year's work to come (2025年工作安排), or of a plan's
/// title (印发2024年工作要点): a year they follow is planned for, no year reported on.
static PLAN_HEADS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/plan_heads.txt")));

/// Heads of the names of works and plants (电站, 基地, 项目).
static FACILITY_HEADS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/facility_heads.txt")));

/// Holidays a year may open (2024年春节假期), which are no results of the whole year.
static HOLIDAYS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/holidays.txt")));

/// Seasons of travel and holidays that name no holiday (春运, 暑期, 小长假).
static TRAVEL_SEASONS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/travel_seasons.txt")));

/// Words of an intention (将, 计划, 拟): a time in a sentence of no figure stating one dates
/// that intention only.
static INTENTION_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/intention_words.txt")));

/// Words naming an event (2023年…集中签约仪式, 2024年…博览会): a year before one dates the
/// event, not results in full.
static EVENT_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/event_words.txt")));

/// Words of a company's milestone right after its time (2021年入选…“小巨人”企业, 2019年获评…):
/// the time dates that step of its history, no figures after it.
static MILESTONE_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/milestone_words.txt")));

/// Groups of a region's units opening a sentence (重点景区, 规上企业).
static GROUP_HEADS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/group_heads.txt")));

/// Verbs of a founding before 于 and its time (成立于2017年, 始建于1958年).
static FOUNDING_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/founding_verbs.txt")));

/// Words of a company's own report in its title (年度报告, 业绩快报, 招股说明书, 公告).
const REPORT_WORDS: [&str; 5] = ["报告", "快报", "公告", "招股说明书", "年报"];

/// 越兴银行2019年净利润增长9.7% (title) … 全年实现营业收入38.72亿元: in an article whose title
/// line names an enterprise, a figure with no subject after that enterprise is first named
/// is the enterprise's, unless its clause opens with a region's scope (全市, 全省).
fn titled_company_subjects(text: &str, entities: &Entities, out: &mut [RawIndicator]) {
    let lead = text.len() - text.trim_start().len();
    let Some(title_end) = text[lead..].find('\n').map(|i| lead + i) else { return };
    // (A registered name, written so or short: a short name found alone in a headline is as
    // often a false reading.)
    let Some((_, e)) = entities.within(NSpan::new(0, title_end)).find(|(_, e)| {
        e.kind == EntityKind::Enterprise && ["公司", "集团"].iter().any(|s| e.name.ends_with(s))
    }) else {
        return;
    };
    // The title is one company's only, and the text is about it: no other enterprise is in
    // the title, and it is the enterprise the text names most, three times or more (a
    // headline on one company's project over a region's review names it once or twice).
    // (A company's own report, 某公司2021年年度业绩快报, may name it once more only: it says
    // 公司.)
    let main = entities.main_enterprise().is_some_and(|m| std::ptr::eq(m, e));
    let report = REPORT_WORDS.iter().any(|w| text[..title_end].contains(w));
    if !main
        || e.mentions.len() < 3 && !report
        || entities
            .within(NSpan::new(0, title_end))
            .any(|(_, f)| f.kind == EntityKind::Enterprise && !std::ptr::eq(f, e))
    {
        return;
    }
    // (高新区集成电路产业已集聚企业260余家，1—9月实现产业营收1120亿元: a figure in the
    // sentence of an earlier one whose subject is a park or a place is that subject's; an
    // enterprise's project named in it is no subject of the figures after.)
    let regions = [entities.names(EntityKind::Park), entities.names(EntityKind::Place)];
    let mut sentence_subject: Option<(usize, String)> = None;
    for ind in out.iter_mut().filter(|i| i.span.start > title_end) {
        // (Looked for in the 600 bytes before the figure: a text may hold no sentence end.)
        let floor = crate::span::ceil_char_boundary(text, ind.span.start.saturating_sub(600));
        let sentence =
            text[floor..ind.span.start].rfind(|c| is_terminal(c) || c == '\n').map_or(floor, |i| {
                floor + i + text[floor + i..].chars().next().map_or(0, char::len_utf8)
            });
        if let Some(own) = &ind.subject {
            sentence_subject =
                regions.iter().any(|r| r.contains(own.as_str())).then(|| (sentence, own.clone()));
            continue;
        }
        if let Some((_, own)) = sentence_subject.as_ref().filter(|(s, _)| *s == sentence) {
            ind.subject = Some(own.clone());
            continue;
        }
        let opener = clause_start(text, 0, ind.span.start);
        let head = skip_time(text, opener, ind.span.start);
        if REGION_SCOPES.prefix(&text[head..]).is_none() {
            ind.subject = Some(e.name.clone());
        }
    }
}

/// 年产20万吨…项目投产 (headline) … 3月28日，公司年产20万吨…项目投产: a headline's figure
/// that the body states again, with the same metric, is of the body's period, which its
/// sentence dates (the headline, written before any time, takes the text's year).
fn headline_periods(text: &str, all: &[RawQuantity], out: &mut [RawIndicator]) {
    let lead = text.len() - text.trim_start().len();
    let Some(title_end) = text[lead..].find('\n').map(|i| lead + i) else { return };
    // A headline: one short line with no sentence end.
    let title = &text[lead..title_end];
    if title.chars().nth(60).is_some() || title.contains(['。', '！', '？', '；']) {
        return;
    }
    let split = out.partition_point(|i| i.span.start < title_end);
    let (head, body) = out.split_at_mut(split);
    for h in head {
        let q = &all[h.quantity];
        let again = body.iter().find(|b| {
            let o = &all[b.quantity];
            b.metric == h.metric && b.kind == h.kind && o.value == q.value && o.unit == q.unit
        });
        if let Some(b) = again.filter(|b| b.period.is_some()) {
            h.period.clone_from(&b.period);
        }
    }
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
        // (与上年基本持平: about level.)
        let about = text[..i].ends_with("基本") || text[..i].ends_with("大体");
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
            qualifiers: if about { vec![Qualifier::Approximate] } else { Vec::new() },
            rate: false,
            bare_magnitude: false,
            change: true,
            column_year: None,
        });
    }
    if all.len() > before {
        all.sort_by_key(|q| q.span.start);
    }
}

/// The level of the region a scope word names: 县 of 全县, 区 of 区政府.
fn scope_level(w: &str) -> Option<char> {
    w.strip_suffix("政府").unwrap_or(w).chars().next_back()
}

/// `at` past a target's or forecast's word opening a clause (力争全区…, 预计全市…), before
/// `limit`: what the scope after it names is looked for there.
fn skip_governor(text: &str, at: usize, limit: usize) -> usize {
    let governor = lexicon::SENTENCE_GOVERNORS.prefix(&text[at..limit]);
    governor.map_or(at, |(w, _)| at + w.len())
}

/// Whether `metric` names a stock, a level at a date (贷款余额, 总资产, 资产负债率), which a point
/// (截至6月30日) or the last month of a span dates: one holding a stock word, unless it opens
/// with 新增 (the span's flow) or is a rate of a flow over the span (加权平均净资产收益率,
/// 总资产周转率 hold a stock word but measure the span).
fn is_stock(metric: &str) -> bool {
    const FLOW_RATES: [&str; 4] = ["收益率", "回报率", "利润率", "周转率"];
    STOCK_WORDS.occurs_in(metric)
        && !metric.starts_with("新增")
        && !FLOW_RATES.iter().any(|r| metric.ends_with(r))
}

/// `metric` without a count in Arabic digits opening it (126家重点商贸企业和85家餐饮企业销售额
/// 分别增长…: each member's metric read with its count, 126家重点商贸企业销售额): the count is a
/// figure of its own, no part of what another figure measures. Two characters of a name must
/// follow the measure word (亿元以上项目 opens with no measure word of these).
fn uncount_metric(metric: &mut String) {
    const MEASURES: [char; 8] = ['家', '个', '所', '座', '户', '名', '项', '条'];
    let digits = metric.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return;
    }
    if let Some(rest) = metric[digits..].strip_prefix(MEASURES) {
        // (23个A级旅游景区客流: a grade's Latin letter opens a name too.)
        let name = |c: char| crate::normalize::is_han(c) || c.is_ascii_uppercase();
        if rest.chars().take(2).filter(|&c| name(c)).count() == 2 {
            *metric = rest.to_string();
        }
    }
}
