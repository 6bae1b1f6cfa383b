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
use crate::period::{self, PeriodState, TimeExpr};
use crate::quantity::unit::UnitClass;
use crate::quantity::{QUALIFIERS, RawQuantity};
use crate::report::{EntityKind, IndicatorKind, NormalizedUnit, Qualifier};
use crate::sentence::{clause_end, clause_start, is_clause_sep};
use crate::span::NSpan;
use jieba_rs::Jieba;
use regex::Regex;
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
    pub normalized_unit: NormalizedUnit,
    pub qualifiers: Vec<Qualifier>,
    pub period: Option<String>,
}

/// Predicate words at the end of a window, longest first, with what they say.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pred {
    Up,
    Down,
    Neutral,
    Capacity,
}

const PREDICATES: &[(&str, Pred)] = &[
    ("同比增长", Pred::Up),
    ("比上年增长", Pred::Up),
    ("同比下降", Pred::Down),
    ("比上年下降", Pred::Down),
    ("同比减少", Pred::Down),
    ("增长", Pred::Up),
    ("增加", Pred::Up),
    ("上涨", Pred::Up),
    ("上升", Pred::Up),
    ("提高", Pred::Up),
    ("提升", Pred::Up),
    ("回升", Pred::Up),
    ("扩大", Pred::Up),
    ("高出", Pred::Up),
    ("高于", Pred::Up),
    ("加快", Pred::Up),
    ("翻", Pred::Up),
    ("高", Pred::Up),
    ("快", Pred::Up),
    ("下降", Pred::Down),
    ("减少", Pred::Down),
    ("回落", Pred::Down),
    ("下滑", Pred::Down),
    ("下跌", Pred::Down),
    ("降低", Pred::Down),
    ("收窄", Pred::Down),
    ("缩小", Pred::Down),
    ("放缓", Pred::Down),
    ("低于", Pred::Down),
    ("调减", Pred::Neutral),
    ("低", Pred::Down),
    ("慢", Pred::Down),
    ("年产能", Pred::Capacity),
    ("年产", Pred::Capacity),
    ("产能", Pred::Capacity),
    ("年处理", Pred::Capacity),
    ("生产能力", Pred::Capacity),
    ("达到", Pred::Neutral),
    ("达", Pred::Neutral),
    ("约为", Pred::Neutral),
    ("分别为", Pred::Neutral),
    ("分别", Pred::Neutral),
    ("为", Pred::Neutral),
    ("是", Pred::Neutral),
    ("至", Pred::Neutral),
    ("到", Pred::Neutral),
    ("共计", Pred::Neutral),
    ("合计", Pred::Neutral),
    ("总计", Pred::Neutral),
    ("累计", Pred::Neutral),
    ("同比", Pred::Neutral),
    ("年均", Pred::Neutral),
    ("平均", Pred::Neutral),
    ("每年", Pred::Neutral),
    ("完成", Pred::Neutral),
    ("实现", Pred::Neutral),
    ("预计", Pred::Neutral),
    ("力争", Pred::Neutral),
    ("有望", Pred::Neutral),
    ("计划", Pred::Neutral),
    ("目标", Pred::Neutral),
    ("已经", Pred::Neutral),
    ("已", Pred::Neutral),
    ("将", Pred::Neutral),
    ("了", Pred::Neutral),
    ("就", Pred::Neutral),
    ("仅", Pred::Neutral),
    ("共", Pred::Neutral),
    ("新增", Pred::Neutral),
    ("净", Pred::Neutral),
    ("再", Pred::Neutral),
    ("又", Pred::Neutral),
    ("以", Pred::Neutral),
    ("的", Pred::Neutral),
    ("总", Pred::Neutral),
];

/// Words that are metrics although jieba may tag them as verbs.
const METRIC_WORDS: &[&str] = &[
    "增速",
    "增幅",
    "涨幅",
    "降幅",
    "增长率",
    "增加值",
    "出栏",
    "存栏",
    "投资",
    "出口",
    "进口",
    "进出口",
    "产量",
    "销量",
    "消费",
    "收入",
    "支出",
    "零售额",
    "贡献率",
    "生产",
    "增长",
];

/// Leading words that are never part of a metric: scope, connectives, time adverbs.
const SCOPE_WORDS: &[&str] = &[
    "其中",
    "同时",
    "另外",
    "此外",
    "全年",
    "今年",
    "去年",
    "当年",
    "目前",
    "截至",
    "全市",
    "全省",
    "全区",
    "全县",
    "全国",
    "全镇",
    "我市",
    "我省",
    "我区",
    "我县",
    "本市",
    "全社会",
    "全行业",
    "市场",
    "公司",
    "企业",
    "该公司",
    "共",
    "累计",
    "新增",
    "开发区",
    "高新区",
    "经开区",
    "园区",
    "新区",
    "该区",
    "该市",
    "该县",
    "该省",
];

static COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:比|较|与|同|对比)(?:上年同期|去年同期|上年|去年|同期|上月|上季度|上一年|[0-9]{4}年(?:全年|同期)?)(?:相比)?")
        .unwrap_or_else(|e| panic!("comparison regex: {e}"))
});

static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:.*以来|近?[两三四五六七八九十0-9]+年(?:来|间)?)")
        .unwrap_or_else(|e| panic!("since regex: {e}"))
});

/// Words that make a money reading of a bare magnitude (`突破60亿`) certain.
const MONEY_METRICS: &[&str] = &[
    "投资",
    "产值",
    "收入",
    "总额",
    "GDP",
    "生产总值",
    "增加值",
    "利润",
    "税",
    "销售额",
    "营业额",
    "零售额",
    "资金",
    "贷款",
    "存款",
    "规模",
    "总量",
    "经济",
    "营收",
    "市值",
    "融资",
];

const GROWTH_METRIC_ENDINGS: &[&str] = &["增速", "增幅", "涨幅", "降幅", "增长率", "增长"];

/// Per-document state carried from sentence to sentence.
struct State {
    period: PeriodState,
    subject: Option<String>,
    last_metric: Option<String>,
}

/// Links every quantity to a metric.
pub(crate) fn link(
    text: &str,
    sentences: &[NSpan],
    quantities: &[RawQuantity],
    entities: &Entities,
    jieba: &Jieba,
) -> Vec<RawIndicator> {
    let times = period::find(text);
    let default_year = times.iter().filter_map(|t| t.year).max();
    let mut state = State {
        period: PeriodState { default_year, ..PeriodState::default() },
        subject: None,
        last_metric: None,
    };
    let mut out: Vec<RawIndicator> = Vec::new();
    let mut next_time = 0;
    let mut q_idx = 0;
    let mut mention_idx = 0;
    for sentence in sentences {
        let first_in_sentence = out.len();
        let sentence_quantities: Vec<usize> = (q_idx..quantities.len())
            .take_while(|&i| quantities[i].span.start < sentence.end)
            .filter(|&i| quantities[i].span.start >= sentence.start)
            .collect();
        // Governing words at the head of the sentence (预计, 力争, 目标是) cover its figures.
        let head_end =
            sentence_quantities.first().map_or(sentence.end, |&i| quantities[i].span.start);
        let head = &text[sentence.start..head_end];
        let sentence_quals: Vec<Qualifier> = QUALIFIERS
            .in_clause(head)
            .into_iter()
            .filter(|q| matches!(q, Qualifier::Estimated | Qualifier::Target))
            .filter(|_| !head.contains("计划目标") && !head.contains("计划完成"))
            .collect();
        for &qi in &sentence_quantities {
            q_idx = qi + 1;
            let q = &quantities[qi];
            // Periods and subjects set before this quantity.
            while next_time < times.len() && times[next_time].span.start < q.span.start {
                let t = times[next_time];
                if is_period_setter(text, &t) {
                    state.period.apply(&t);
                }
                next_time += 1;
            }
            advance_subject(text, entities, &mut mention_idx, q.span.start, &mut state);
            let prev_end = out[first_in_sentence..].last().map(|i| i.span.end).unwrap_or(0);
            let ind = indicator(text, *sentence, q, qi, prev_end, entities, &state, jieba);
            let Some(mut ind) = ind else { continue };
            for sq in &sentence_quals {
                if !ind.qualifiers.contains(sq) {
                    ind.qualifiers.push(*sq);
                }
            }
            ind.qualifiers.sort();
            state.last_metric = Some(ind.metric.clone());
            out.push(ind);
        }
        respectively(text, *sentence, quantities, &mut out[first_in_sentence..]);
    }
    out
}

fn is_period_setter(text: &str, t: &TimeExpr) -> bool {
    let before = &text[..t.span.start];
    let after = &text[t.span.end..];
    !period::is_comparison(before)
        && !["以来", "相比", "同期", "以前", "之前", "末期", "水平"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Topic mentions: a park, place or enterprise that opens a clause sets the subject.
fn advance_subject(
    text: &str,
    entities: &Entities,
    idx: &mut usize,
    upto: usize,
    state: &mut State,
) {
    while *idx < entities.mentions.len() && entities.mentions[*idx].0.start < upto {
        let (span, e) = entities.mentions[*idx];
        *idx += 1;
        let found = &entities.list[e];
        if !matches!(found.kind, EntityKind::Park | EntityKind::Place) {
            continue;
        }
        if opens_clause(text, span.start) {
            state.subject = Some(found.name.clone());
        }
    }
}

/// Whether `at` starts a clause, allowing a time expression or 其中/全市 before it.
fn opens_clause(text: &str, at: usize) -> bool {
    let start = clause_start(text, 0, at);
    let mut head = &text[start..at];
    for t in period::find(head).iter().rev() {
        if t.span.end == head.len() {
            head = &head[..t.span.start];
        }
    }
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || c == '“');
    head.is_empty() || ["其中", "全年", "今年", "截至", "在"].contains(&head)
}

#[allow(clippy::too_many_arguments)]
fn indicator(
    text: &str,
    sentence: NSpan,
    q: &RawQuantity,
    qi: usize,
    prev_end: usize,
    entities: &Entities,
    state: &State,
    jieba: &Jieba,
) -> Option<RawIndicator> {
    let mut cs = clause_start(text, sentence.start, q.span.start);
    if text[..q.span.start].ends_with('等') {
        cs = q.span.start;
    }
    if prev_end > cs && prev_end <= q.span.start {
        cs = prev_end;
    }
    let window_full = &text[cs..q.span.start];
    let connectors = ["和", "及", "与", "、", "以及"];
    let window_trim = connectors.iter().fold(window_full, |w, c| w.strip_prefix(c).unwrap_or(w));
    let cs = q.span.start - window_trim.len();
    // Clause-local subject: an entity opening this clause (丽豪半导体5万吨多晶硅).
    let mut subject = state.subject.clone();
    let mut window_start = cs;
    if let Some((span, e)) = entities.starting_at(skip_time(text, cs, q.span.start)) {
        if span.end <= q.span.start
            && matches!(e.kind, EntityKind::Enterprise | EntityKind::Park | EntityKind::Place)
        {
            subject = Some(e.name.clone());
            window_start = span.end;
        }
    }
    let window = &text[window_start..q.span.start];
    let (metric_pre, preds) = metric_before(window, entities, window_start, jieba);
    let class = q.class;
    let countable = matches!(class, UnitClass::Count) || class.is_physical();
    let after = counted_noun(text, q.span.end, sentence.end);
    let mut span = NSpan::new(cs, q.span.end);
    let mut metric = metric_pre;
    if metric.is_empty() && (countable || class == UnitClass::Percent) {
        if let Some((noun, end)) = after.clone() {
            metric = noun;
            span.end = end;
        }
    }
    let capacity_context = preds.contains(&Pred::Capacity)
        || q.per_year
        || text[..q.span.start].ends_with("年产")
        || (class.is_physical()
            && subject_is_enterprise(entities, cs, q.span.start)
            && after.is_some());
    if metric.is_empty() {
        metric = state.last_metric.clone().unwrap_or_default();
    }
    if metric.is_empty() {
        return None;
    }
    let down = preds.contains(&Pred::Down);
    let up = preds.contains(&Pred::Up);
    let kind = match class {
        UnitClass::Point => IndicatorKind::PointChange,
        UnitClass::Percent => {
            // A percent with no change word and no growth-rate metric is a part or a rate
            // (占比, 贡献率, 城镇化率 …).
            if down || up || GROWTH_METRIC_ENDINGS.iter().any(|e| metric.ends_with(e)) {
                IndicatorKind::Growth
            } else {
                IndicatorKind::Share
            }
        }
        UnitClass::Multiple => IndicatorKind::Multiple,
        UnitClass::Power => IndicatorKind::Capacity,
        UnitClass::Count if capacity_context => IndicatorKind::Capacity,
        UnitClass::Count => IndicatorKind::Count,
        c if c.is_physical() && capacity_context => IndicatorKind::Capacity,
        UnitClass::Other if !q.bare_magnitude => IndicatorKind::Other,
        _ => IndicatorKind::Amount,
    };
    let negative = down
        && matches!(
            kind,
            IndicatorKind::Growth | IndicatorKind::PointChange | IndicatorKind::Amount
        );
    let mut normalized_unit = q.normalized_unit.clone();
    if q.bare_magnitude && MONEY_METRICS.iter().any(|m| metric.contains(m)) {
        normalized_unit = NormalizedUnit::Currency("CNY".into());
    }
    let mut qualifiers = q.qualifiers.clone();
    let governing = window.replacen(metric.as_str(), "", 1);
    for w in QUALIFIERS.in_clause(&governing) {
        let plan_completion = w == Qualifier::Target && window.contains("计划完成");
        if !(qualifiers.contains(&w) || plan_completion) {
            qualifiers.push(w);
        }
    }
    qualifiers.sort();
    Some(RawIndicator {
        span,
        quantity: qi,
        metric,
        subject,
        kind,
        negative,
        normalized_unit,
        qualifiers,
        period: state.period.render(),
    })
}

fn subject_is_enterprise(entities: &Entities, cs: usize, q_start: usize) -> bool {
    entities
        .starting_at(cs)
        .is_some_and(|(s, e)| e.kind == EntityKind::Enterprise && s.end == q_start)
}

/// Skips a time expression (and a comma-free 其中) at `at`.
fn skip_time(text: &str, at: usize, limit: usize) -> usize {
    let head = &text[at..limit];
    let mut skip = 0;
    if let Some(t) = period::find(head).first() {
        if t.span.start == 0 {
            skip = t.span.end;
        }
    }
    at + skip
}

/// The counted noun after a count (`4个绿色园区`) or the product after a capacity
/// (`5万吨多晶硅`): to the clause end, at most 16 chars, stopping at 等/和/的.
fn counted_noun(text: &str, at: usize, limit: usize) -> Option<(String, usize)> {
    let end = clause_end(text, at, limit);
    let mut s = &text[at..end];
    s = s.strip_prefix('的').unwrap_or(s);
    let lead = text[at..end].len() - s.len();
    let stop = s
        .char_indices()
        .find(|(i, c)| {
            "等和及与，。；".contains(*c)
                || s[*i..].starts_with("以上")
                || s[*i..].starts_with("左右")
        })
        .map_or(s.len(), |(i, _)| i);
    let noun = &s[..stop];
    let n = noun.chars().count();
    if n == 0 || n > 16 || !noun.chars().next().is_some_and(crate::normalize::is_han) {
        return None;
    }
    // A verb right after the number is a predicate, not a noun (58个，总投资 / 5万吨，同比).
    if ["同比", "增长", "下降", "比上年", "以上", "左右"].iter().any(|w| noun.starts_with(w))
    {
        return None;
    }
    Some((noun.to_string(), at + lead + stop))
}

/// Reads the metric at the right end of `window`; returns it and the predicates stripped.
fn metric_before(
    window: &str,
    entities: &Entities,
    base: usize,
    jieba: &Jieba,
) -> (String, Vec<Pred>) {
    let mut preds = Vec::new();
    let mut w = window.trim();
    // Trailing predicates and comparisons, repeatedly.
    loop {
        let before = w.len();
        if let Some((word, p)) = PREDICATES.iter().find(|(word, _)| w.ends_with(word)) {
            w = &w[..w.len() - word.len()];
            preds.push(*p);
        }
        if let Some(m) = COMPARISON.find_iter(w).last() {
            if m.end() == w.len() {
                w = &w[..m.start()];
            }
        }
        if w.len() == before {
            break;
        }
    }
    // Leading comparisons (比同期增速 → 增速), since-phrases and durations.
    if let Some(m) = COMPARISON.find(w) {
        if m.start() == 0 {
            w = &w[m.end()..];
        }
    }
    if let Some(m) = SINCE.find(w) {
        w = &w[m.end()..];
    }
    // X等Y: the category after 等 (花卉苗木等种植面积 → 种植面积).
    if let Some(i) = w.rfind('等') {
        if w.len() - i > 3 {
            w = &w[i + '等'.len_utf8()..];
        }
    }
    if w.is_empty() {
        return (String::new(), preds);
    }
    let tags = jieba.tag(w, true);
    // Collect words leftwards until a stop word.
    let mut start = w.len();
    let mut i = tags.len();
    let mut pending_conj: Option<usize> = None;
    while i > 0 {
        let t = &tags[i - 1];
        let at = start - t.word.len();
        let metricish = METRIC_WORDS.contains(&t.word);
        let nouny = metricish
            || matches!(
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
            )
            || t.word.chars().all(|c| c.is_ascii_alphanumeric());
        if t.tag == "c" && matches!(t.word, "和" | "及" | "与") && start < w.len() {
            pending_conj = Some(start);
            start = at;
            i -= 1;
            continue;
        }
        if !nouny || t.word == "的" {
            if let Some(p) = pending_conj.take() {
                start = p;
            }
            // X实现Y: keep X when it is a noun phrase (一产实现增加值 → 一产增加值).
            if matches!(t.word, "实现" | "完成") && start < w.len() {
                let head = strip_scope(&w[..at], entities, base);
                if !head.is_empty() && head.chars().count() <= 12 && noun_phrase(head, jieba) {
                    let metric = format!("{head}{}", &w[start..]);
                    return (metric, preds);
                }
            }
            break;
        }
        pending_conj = None;
        start = at;
        i -= 1;
    }
    let metric = strip_scope(&w[start..], entities, base + start);
    (metric.to_string(), preds)
}

fn noun_phrase(s: &str, jieba: &Jieba) -> bool {
    jieba.tag(s, true).iter().all(|t| {
        METRIC_WORDS.contains(&t.word)
            || matches!(
                t.tag,
                "n" | "nz" | "vn" | "j" | "l" | "m" | "b" | "c" | "f" | "an" | "ng" | "x"
            )
    })
}

/// Strips scope words, time expressions and entity mentions (subjects) from the start of a
/// metric that starts at `base` in the text.
fn strip_scope<'a>(s: &'a str, entities: &Entities, base: usize) -> &'a str {
    let mut off = 0;
    loop {
        let rest = &s[off..];
        let step = if let Some(w) = SCOPE_WORDS.iter().find(|w| rest.starts_with(**w)) {
            w.len()
        } else if let Some(t) =
            period::find(rest).first().filter(|t| t.span.start == 0 && t.span.end < rest.len())
        {
            t.span.end
        } else if let Some((span, e)) = entities.starting_at(base + off) {
            let subject =
                matches!(e.kind, EntityKind::Place | EntityKind::Park | EntityKind::Enterprise);
            if subject && span.len() < rest.len() { span.len() } else { 0 }
        } else {
            0
        };
        if step == 0 {
            break;
        }
        off += step;
    }
    s[off..].trim_start_matches(|c: char| is_clause_sep(c) || c.is_whitespace())
}

/// `A、B、C分别增长x%、y%、z%`: one metric per quantity, in order; the run shares the kind
/// and sign of its first member.
fn respectively(text: &str, sentence: NSpan, qs: &[RawQuantity], inds: &mut [RawIndicator]) {
    const CONNECTORS: &[&str] = &["、", "和", "及", "，", "与", "以及", ""];
    let s = &text[sentence.start..sentence.end];
    for (pos, _) in s.match_indices("分别") {
        let at = sentence.start + pos;
        let Some(first) = inds.iter().position(|i| qs[i.quantity].span.start >= at) else {
            continue;
        };
        if qs[inds[first].quantity].span.start - at > 24 {
            continue;
        }
        let mut run = vec![first];
        while let Some(&last) = run.last() {
            let next = last + 1;
            if next >= inds.len() {
                break;
            }
            let (a, b) = (qs[inds[last].quantity].span.end, qs[inds[next].quantity].span.start);
            if a > b || !CONNECTORS.contains(&text[a..b].trim()) {
                break;
            }
            run.push(next);
        }
        if run.len() < 2 {
            continue;
        }
        for &k in &run[1..] {
            inds[k].kind = inds[first].kind;
            inds[k].negative = inds[first].negative;
        }
        // The enumerated metrics before 分别, back to the clause start.
        let head_start = text[sentence.start..at]
            .char_indices()
            .rev()
            .find(|(_, c)| "，；：。（(".contains(*c))
            .map_or(sentence.start, |(i, c)| sentence.start + i + c.len_utf8());
        let head = COMPARISON.replace_all(&text[head_start..at], "");
        let head = head.trim_end_matches("同比").trim_end_matches("比上年");
        let items: Vec<&str> =
            head.split(['、', '和', '及']).map(str::trim).filter(|s| !s.is_empty()).collect();
        let items_ok = items.len() == run.len()
            && items
                .iter()
                .all(|i| period::find(i).is_empty() && (2..=16).contains(&i.chars().count()));
        if items_ok {
            for (&k, item) in run.iter().zip(items) {
                inds[k].metric = item.to_string();
            }
        } else if first >= run.len() {
            // 增值税12.8亿元、城镇土地使用税9.5亿元，同比分别增长…: the metrics of the
            // indicators just before, in order.
            let before: Vec<String> =
                inds[first - run.len()..first].iter().map(|i| i.metric.clone()).collect();
            for (&k, m) in run.iter().zip(before) {
                inds[k].metric = m;
            }
        }
    }
}
