//! Metric names read from a window: `metric_before` and the scope, basis and label
//! stripping, the fallbacks when it reads none, superlatives and capacities.

use super::counted::deng_in_word;
use super::lexicon::{
    ACTIVITY_VERBS, COMPARE_VERBS, COMPARISON, COMPARISON_ENDS, COMPARISON_STARTS,
    COMPOUND_METRICS, FLAT, GROWTH_METRIC_ENDINGS, LONG_PREDICATE_VERBS, METRIC_OPENER_FIRSTS,
    METRIC_OPENERS, METRIC_WORDS, PLAN_PERIOD, PREDICATE_VERBS, PREDICATES, Pred, Preds,
    RUN_OF_YEARS, SCOPE_WORDS, SENTENCE_GOVERNORS, SETUP_VERBS, SINCE, SINCE_STARTS, list_number,
    only_predicates,
};
use super::plan::PLAN_NOUNS;
use super::tagger::{Tagged, Tagger};
use crate::entity::Entities;
use crate::period;
use crate::report::EntityKind;
use crate::search::find_short;
use crate::sentence::{clause_start, trim, trim_start_seps};
use crate::span::NSpan;
use crate::words::Words;
use regex::Regex;
use std::sync::LazyLock;

/// `s` without the scope words it opens with (全市, 其中), but for one opening a standard
/// metric's name (全社会用电量).
pub(super) fn strip_scope_words(mut s: &str) -> &str {
    while let Some((w, _)) = SCOPE_WORDS.prefix(s).filter(|(w, _)| w.len() < s.len()) {
        if COMPOUND_METRICS.prefix(s).is_some() {
            break;
        }
        s = &s[w.len()..];
    }
    s
}

/// A record's label named in full where the metric read from it is its end (新增债券 for
/// 债券, 发行只数 for 数, 10年期及以上品种占比): the label is written as the metric's name,
/// so a verb or a number opening it is its own. Not where a subject, a time or a scope
/// opens it (成都市R&D经费投入 is R&D经费投入 of 成都市), nor a predicate verb (发放), a
/// time (年末) or a list number.
pub(super) fn label_metric<'l>(
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

/// Words that close the basis a change is reckoned on (按可比价计算, 按当年价格).
const BASIS_ENDS: [&str; 6] = ["计算", "价格", "口径", "可比价", "现价", "计"];

/// Whether `s` is only the basis a change is reckoned on (按可比口径, 按当年价格计算).
pub(super) fn only_basis(s: &str) -> bool {
    s.strip_prefix('按')
        .is_some_and(|w| w.chars().count() <= 12 && BASIS_ENDS.iter().any(|b| w.contains(b)))
}

/// `w` without the basis a change is reckoned on at its end (按自然口径计算, 按当年价格,
/// 扣除留抵退税因素后): it names no metric, the figure is the metric's before it.
fn strip_basis(w: &str) -> &str {
    // (…，按可比口径分别增长58.3%和63.9%: before 分别 too.)
    let w0 = w.strip_suffix("分别").unwrap_or(w);
    // (同口径增长7.4%: on a like-for-like basis.)
    if let Some(head) = ["同口径", "可比口径"].iter().find_map(|b| w0.strip_suffix(b)) {
        return head.strip_suffix('按').unwrap_or(head);
    }
    let basis = BASIS_ENDS.iter().any(|e| w0.ends_with(e));
    if let Some(i) = w0.rfind('按').filter(|&i| basis && w0[i..].chars().count() <= 12) {
        return &w[..i];
    }
    // (在行业整体承压的情况下: the circumstances of a change, 在…情况下 or 背景下, name none.)
    let circumstance = ["情况下", "背景下", "形势下", "条件下"].iter().any(|e| w.ends_with(e));
    if let Some(i) = w.rfind('在').filter(|&i| circumstance && w[i..].chars().count() <= 20) {
        return &w[..i];
    }
    match w.strip_suffix('后').and_then(|h| h.rfind("扣除")) {
        Some(i) if w[i..].chars().count() <= 14 => &w[..i],
        _ => w,
    }
}

/// What a level moved from had, after 由 (由上年的增长2.1%转为…, 由亏损转为盈利): the period
/// rule dates the figure after it, and the metric reader names no metric of it.
pub(super) const CHANGED_FROM: [&str; 6] = ["增长", "下降", "亏损", "盈利", "减少", "增加"];

/// The two bases a change is told against (year on year, period on period).
pub(super) const BASES: [&str; 2] = ["同比", "环比"];

/// Where a list of the two bases (同比、环比, 环比和同比, 同比环比) opens in `w`, and where its
/// last base opens, when only a short predicate follows it (分别增长, 均下降).
pub(super) fn listed_bases(w: &str) -> Option<(usize, usize)> {
    // (One search for the character both bases end in: this runs on every window.)
    let last = w[..w.rfind('比')?].strip_suffix(['同', '环'])?.len();
    let before = &w[..last];
    let before = before.strip_suffix(['、', '和', '及', '与']).unwrap_or(before);
    let first = BASES.iter().find(|b| before.ends_with(*b))?;
    let i = before.len() - first.len();
    // (同比、环比、定基分别…: a third basis after them is no predicate.)
    let tail = &w[last..];
    (i > 0 && tail.chars().count() <= 8 && !tail.contains('、')).then_some((i, last))
}

/// When the window closes with verbs and names nothing else: the noun that acts
/// (船用低速柴油机完工交付约1050台 → 船用低速柴油机), or the run of verbs a predicate
/// governs as its object (受理消费投诉举报3268件 → 消费投诉举报). Without it the figure
/// took the clause before's metric, or was lost.
pub(super) fn verbs_closing<'t>(
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

/// Whether `s` is a single quarter's or month's word (单季, 单月): a span of the figure, no
/// metric.
pub(super) fn single_period_word(s: &str) -> bool {
    matches!(s, "单季" | "单季度" | "单月")
}

/// Where an age band opening `s` ends (15-59岁, 60岁及以上, 0至14岁), if one does.
fn age_band_end(s: &str) -> Option<usize> {
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '—' | '至'));
    let rest = rest.strip_prefix('岁')?;
    let rest = ["及以上", "以上", "以下"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    Some(s.len() - rest.len())
}

/// Whether the predicate word ending `w` is the end of a noun instead: 航班起降 (the 降 of
/// takeoffs and landings is no fall); 排放量, 投放量, 发放量 are quantities, not a market's
/// 放量; 举报, 申报 are words, not a price's 报; 许可, 认可 are nouns, not the modal 可.
fn predicate_in_noun(w: &str) -> bool {
    // (企业减收3000万元, 农民人均增收, 政策性减收: 减收/增收 name the change of income, a
    // metric; it is a verb of change only alone or after a comparison (，同比减收…) or a
    // revenue named (出让收入减收). So are 减支/增支 after spending.)
    const REVENUES: [&str; 7] = ["收入", "税", "费", "收益", "营收", "财政", "门票"];
    const SPENDING: [&str; 3] = ["支出", "开支", "财政"];
    let names_change = |verb: &str, of: &[&str]| {
        w.strip_suffix(verb).is_some_and(|h| {
            // (The comparison before it, 同比 or any of COMPARISON's: 比去年同期, 较上年.)
            let compared = COMPARISON.find_iter(h).last().filter(|m| m.end() == h.len());
            let h =
                h.strip_suffix("同比").or_else(|| compared.map(|m| &h[..m.start()])).unwrap_or(h);
            !h.is_empty() && !of.iter().any(|r| h.ends_with(r))
        })
    };
    names_change("减收", &REVENUES)
        || names_change("增收", &REVENUES)
        || names_change("减支", &SPENDING)
        || names_change("增支", &SPENDING)
        || w.ends_with("起降")
        || w.ends_with("升降")
        || w.ends_with("许可")
        || w.ends_with("认可")
        || w.strip_suffix('报').is_some_and(|b| b.ends_with(['举', '申', '上', '通', '填', '汇']))
        || w.strip_suffix("放量").is_some_and(|b| b.ends_with(['排', '投', '发', '释', '存']))
}

/// When the window names no metric: a short verb-like metric in the window itself (居住下降,
/// 净流出增长), a noun annotated by a parenthesis (发酵酒（增长87%）), or the previous
/// clause when it has no figure of its own (原油产量继续增长，达到1.42亿吨). `prev_end`: where
/// the sentence's last figure read so far ends.
#[allow(clippy::too_many_arguments)]
pub(super) fn fallback_metric<'t>(
    text: &'t str,
    sentence: NSpan,
    cs: usize,
    prev_end: usize,
    window: &'t str,
    entities: &Entities,
    window_start: usize,
    tagger: &mut Tagger<'t>,
) -> String {
    let mut w = before_time_of_level(trim(window));
    w = before_passed_plan(w).unwrap_or(w);
    while let Some((word, _)) = PREDICATES.suffix(w).filter(|_| !predicate_in_noun(w)) {
        w = &w[..w.len() - word.len()];
    }
    let at = window_start + (w.as_ptr() as usize - window.as_ptr() as usize);
    let w = strip_basis(strip_scope(w, entities, at, false, None));
    // 全县接待23.5万人次: a verb of serving people, alone after the scope, names the count
    // (its object, 游客, unwritten).
    const SERVING: [&str; 3] = ["接待", "服务", "吸引"];
    if SERVING.contains(&w) {
        return w.to_string();
    }
    // 比2017年压缩54.3%: a base alone names nothing either (nor after an adverb: 已经由五年前
    // 的50%扩大到…).
    let based =
        ["已经", "已", "也", "均", "都"].iter().find_map(|a| w.strip_prefix(a)).unwrap_or(w);
    let whole_base = based.starts_with(COMPARISON_STARTS)
        && COMPARISON.find(based).is_some_and(|m| m.start() == 0 && m.end() == based.len());
    // 两年平均增长9.3%: a span of years alone (a basis of the rate) names nothing either.
    let whole_span = w.starts_with(SINCE_STARTS)
        && SINCE.find(w).is_some_and(|m| m.start() == 0 && m.end() == w.len());
    // 约为全国平均水平的8倍: nor does the base of a multiple.
    let whole_relative = w.contains(RELATIVE_MARKS)
        && RELATIVE.find(w).is_some_and(|m| m.start() == 0 && m.end() == w.len());
    // (连续多年稳定在, 已连续五个月保持在, 有望连续第六年稳定在: nor does a run of years, an
    // adverb before it.)
    let whole_run = RUN_OF_YEARS.find(w).is_some_and(|m| {
        let before = &w[..m.start()];
        m.end() == w.len()
            && matches!(before, "" | "已" | "已经" | "均" | "都" | "也" | "仍" | "有望" | "将")
    });
    let w = if whole_base || whole_span || whole_relative || whole_run { "" } else { w };
    // 全市增长8%: a scope word alone names the region, not a metric.
    // (月初一度跌至: nor does a time of the month alone.)
    let w = if SCOPE_WORDS.contains(w) || bare_time(w) || single_period_word(w) { "" } else { w };
    let comparison = w.contains(['比', '较', '与', '是', '于', '同']) || period::occurs_in(w);
    let plain = !comparison && !LONG_PREDICATE_VERBS.occurs_in(w);
    // (15—59岁人口占77.4%: an age band opening the words names their group and counts as
    // no length of its own.)
    let named = age_band_end(w).map_or(w, |e| &w[e..]);
    if (2..=8).contains(&named.chars().count()) && plain && !w.contains(['，', '、']) {
        return w.to_string();
    }
    if !w.is_empty() || cs <= sentence.start {
        return String::new();
    }
    let Some((sep, mut prev_start, mut prev)) = clause_before(text, sentence.start, cs) else {
        return String::new();
    };
    // 固定资产投资（不含农户）：增长1.2%: a note before the colon is no clause; the name it
    // glosses is the label.
    let close = cs - sep.len_utf8();
    if matches!(sep, '：' | ':') && text[..close].ends_with(['）', ')']) {
        if let Some(open) = super::clause::gloss_before(text, sentence.start, close) {
            prev_start = clause_start(text, sentence.start, open);
            prev = &text[prev_start..open];
        }
    }
    // 新登记市场主体数量位居前三，分别为…; 快递业务量居全国第7位，为…: a rank after the
    // metric is no part of it, nor a figure that stands in its way.
    // (规模居全省首位, 总量创历史新高: the size of the figure before, ranked or judged, is
    // no metric of its own.)
    const SIZES: [&str; 3] = ["规模", "总量", "体量"];
    let sized = SIZES.iter().find_map(|w| prev.strip_prefix(w)).unwrap_or(prev);
    let mut ranked = false;
    if prev.ends_with(|c: char| {
        c.is_ascii_digit() || period::is_numeral(c) || matches!(c, '位' | '名')
    }) {
        if let Some(m) = RANK.find(prev) {
            prev = &prev[..m.start()];
            ranked = true;
        }
    }
    if ranked && SIZES.contains(&prev) {
        return String::new();
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
    // (约占全国的四成，达到41.7%: tenths written in words, 四成, are a figure too, and so
    // with a bound after them: 上座率达到七成以上，比上年提高….)
    let unbounded =
        ["以上", "以下", "左右", "上下"].iter().find_map(|b| prev.strip_suffix(b)).unwrap_or(prev);
    let tenths = unbounded
        .strip_suffix('成')
        .and_then(|h| h.chars().next_back())
        .is_some_and(period::is_numeral);
    // (新增专精特新企业十二家，累计达到四十五家: a count in Chinese numerals closing it.)
    let numeral_count = || {
        let head =
            prev.trim_end_matches(|c: char| crate::normalize::is_han(c) && !period::is_numeral(c));
        let unit = &prev[head.len()..];
        let numeral = head.trim_end_matches(period::is_numeral);
        // (新增高新技术企业九家，累计达到46家: one numeral of two to nine after a noun, as
        // the quantity scan reads a small count closing its clause.)
        let small = || {
            head[numeral.len()..].chars().all(|c| "两二三四五六七八九".contains(c))
                && numeral.chars().next_back().is_some_and(|c| {
                    crate::normalize::is_han(c) && !"为成是有了和与及或各这那每第前后".contains(c)
                })
        };
        numeral.len() < head.len()
            && (head[numeral.len()..].chars().nth(1).is_some() || small())
            && crate::quantity::unit_len(unit) == Some(unit.len())
    };
    // (建成十二个项目，其中3个…: a count in Chinese numerals before its noun.)
    let numeral_before_noun = || {
        prev.char_indices().any(|(i, c)| {
            let starts = period::is_numeral(c)
                && !prev[..i].ends_with(|p: char| period::is_numeral(p) || p == '第');
            let run = prev[i..].trim_start_matches(period::is_numeral);
            starts
                && prev[i..].len() - run.len() >= 2 * '十'.len_utf8()
                && crate::quantity::unit_len(run).is_some_and(|l| l > 0 && l < run.len())
        })
    };
    // (年均增长百分之七点二，突破二百亿元: a percent in words is a figure too.)
    let has_number = prev.bytes().any(|b| b.is_ascii_digit())
        || find_short(prev, "分之").is_some()
        || prev.char_indices().any(magnitude)
        || prev.ends_with(FLAT)
        || tenths
        || numeral_count()
        || numeral_before_noun();
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
    // 同比下降4.6%，超额完成年度目标任务，较…累计下降13.2%: a plan fulfilled is a judgement
    // of the figure before, no metric (the metric carried over names the figure).
    let fulfilled =
        prev.contains("完成") && ["任务", "目标", "计划"].iter().any(|e| prev.ends_with(e));
    // (接待游客7.85亿人次，创历史新高，增长11.6%; …，保持稳定增长，增长6.1%: so is a record
    // or a steady course, a clause opening with its verb; 规模居西部首位, a rank closing it.)
    let judged =
        ["创", "保持", "位居", "稳居", "居", "位列", "排名"].iter().any(|v| sized.starts_with(v))
            || prev.contains('居') && ["首位", "前列", "前茅"].iter().any(|r| prev.ends_with(r));
    // (分区县看，东湖区增长12.1%: a breakdown's lead-in names the parts that follow, no metric,
    // however jieba cuts it (分区/县/看 as against 分/县区/看); the metric carried over names
    // their figures.)
    let lead_in = sep == '，'
        && prev.strip_suffix("来看").or_else(|| prev.strip_suffix('看')).is_some_and(|h| {
            h.starts_with(['分', '从', '按']) && (2..=10).contains(&h.chars().count())
        });
    if fulfilled || judged || lead_in {
        return String::new();
    }
    // (最高用电负荷创历史新高，达到812.5万千瓦: a record the figure sets, closing the clause
    // before it, is a judgement of the figure, no part of its name.)
    const RECORDS: [&str; 6] =
        ["创历史新高", "创历史最高水平", "创历史最高", "创同期新高", "再创新高", "创新高"];
    if let Some(head) = RECORDS.iter().find_map(|r| prev.strip_suffix(r)) {
        if head.chars().nth(1).is_some() {
            prev = head;
        }
    }
    // 民间投资因房地产市场调整，同比下降3.1%: a clause that names a cause after its topic
    // names the topic's figure; the cause is none of it.
    if let Some(topic) = (sep == '，').then(|| cause_topic(prev)).flatten() {
        prev = topic;
    }
    // (堆场周转能力达到每日3600垛，同比提高4%: a number the scan read as no figure (its unit
    // unknown) leaves no metric to carry; the clause names the change's, as a clause with no
    // number does.)
    let has_figure = has_number && prev_end > prev_start;
    // (…达到每日3600垛: the words before a number in a unit the scan lacks name
    // it; a list number opening the clause, 3．规模以上工业增加值：, is none, nor a model
    // number, XG-600型, a name's.)
    let digit = prev
        .find(|c: char| c.is_ascii_digit())
        .filter(|&d| d > 0 && !has_figure && prev[..d].ends_with(crate::normalize::is_han));
    if let Some(digit) = digit {
        prev = &prev[..digit];
    }
    if (sep == '（' && !after_figure) || (matches!(sep, '，' | '：' | ':') && !has_figure) {
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
pub(super) fn trade_partner<'t>(
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
    // (对香港地区进出口: 地区 after the place is the partner's, as in 香港地区.)
    let named_end = text[..at].strip_suffix("地区").map_or(at, str::len);
    let (place, _) = entities.ending_at(named_end).find(|(_, e)| e.kind == EntityKind::Place)?;
    let prep = text[..place.start].chars().next_back()?;
    let from = place.start - prep.len_utf8();
    let trade = ["贸易", "进出口", "双边贸易"].iter().any(|w| metric.starts_with(w));
    let opens = from == opener || entities.ending_at(from).next().is_some();
    ((prep == '对' || (prep == '与' && trade)) && opens).then(|| &text[from..at])
}

/// 对欧出口, 对日进口: a partner written as a one-character short name, which the gazetteer
/// does not hold, after 对 and before a word of trade; the metric keeps 对 (its short name
/// cut from 对 names nothing: 欧出口).
pub(super) fn short_partner(text: &str, opener: usize, end: usize, metric: &str) -> bool {
    static SHORTS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/partner_shorts.txt")));
    const TRADE: [&str; 5] = ["进出口", "出口", "进口", "贸易", "投资"];
    let Some((short, ())) = SHORTS.prefix(metric) else { return false };
    if !TRADE.iter().any(|w| metric[short.len()..].starts_with(w)) {
        return false;
    }
    let Some(head) = text.get(opener..end) else { return false };
    find_short(head, metric).is_some_and(|at| head[..at].ends_with('对'))
}

/// What 比 opens as part of a word rather than a base compared with (比值, 比亚迪, 比赛).
static BI_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/bi_words.txt")));

/// What closes a word with the 比 after it (占比, 同比, 可比, 评比): no base follows.
const BI_CLOSERS: [char; 10] = ['占', '同', '环', '对', '相', '无', '类', '评', '好', '可'];

/// What names the one a figure in the next clause belongs to (…比例最高的是和顺县，为87.4%).
const SUPERLATIVES: [&str; 7] =
    ["最高的是", "最低的是", "最大的是", "最小的是", "最多的是", "最少的是", "最快的是"];

/// The topic of a clause that names a cause after it (民间投资因房地产市场调整, 农产品深加工
/// 产业受原材料价格波动影响, 出口由于海外需求减弱): the words before the cause, two to twelve
/// Han characters.
pub(super) fn cause_topic(clause: &str) -> Option<&str> {
    // (Most clauses hold none of the cause words' characters: one search settles them.)
    if !clause.contains(['受', '因', '由']) {
        return None;
    }
    let at = if clause.ends_with("影响") || clause.ends_with("冲击") || clause.ends_with("拖累")
    {
        clause.find('受')
    } else {
        // (因素, 因此, 原因 are no cause of this kind.)
        clause
            .match_indices('因')
            .map(|(i, _)| i)
            .find(|&i| {
                !clause[i..].starts_with("因素")
                    && !clause[i..].starts_with("因此")
                    && !clause[..i].ends_with('原')
            })
            .or_else(|| clause.find("由于"))
    }?;
    let topic = &clause[..at];
    ((2..=12).contains(&topic.chars().count()) && topic.chars().all(crate::normalize::is_han))
        .then_some(topic)
}

/// The clause before the one starting at `cs` in its sentence: the separator that ends it,
/// where it starts, and its text.
pub(super) fn clause_before(
    text: &str,
    sentence_start: usize,
    cs: usize,
) -> Option<(char, usize, &str)> {
    let sep = text[sentence_start..cs].chars().next_back()?;
    let prev_end = cs - sep.len_utf8();
    let prev_start = clause_start(text, sentence_start, prev_end);
    Some((sep, prev_start, &text[prev_start..prev_end]))
}

/// Where the name after a superlative (最高的是…) starts, when the clause before `cs` holds one.
pub(super) fn superlative_named(text: &str, sentence_start: usize, cs: usize) -> Option<usize> {
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

/// Verbs of a project's stage (or an enterprise's arrival) that name what is counted with the
/// noun after them: 签约项目, 开工项目, 入驻企业.
static STAGE_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/stage_verbs.txt")));

/// Verbs of works that pair with a verb of building before them (新建改造, 新建改扩建).
static PAIRED_WORKS_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/paired_works_verbs.txt")));

/// Verbs of acting together (银行与担保机构合作发放贷款): after bodies joined by 与 or 和 and
/// before the verb of what they did, they and the bodies name who acted, no part of the
/// metric.
const JOINT_ACTION_VERBS: [&str; 4] = ["合作", "联合", "携手", "共同"];

/// Level characters of a region that jieba may leave apart before the locative 外 or 内
/// (县/zg 外/f 资金: funds from outside the county).
const LEVEL_CHARS: [&str; 6] = ["县", "市", "省", "区", "镇", "乡"];

/// Nouns that stand as adverbs before a verb (重点推进, 重点培育: with focus; 全力实施, 大力引进:
/// with all effort), naming no metric there.
pub(super) const ADVERBIAL_NOUNS: [&str; 4] = ["重点", "着力", "全力", "大力"];

/// Whether `t` is a negation adverb (未, 不, 尚未, 没有).
fn is_negation(t: &Tagged) -> bool {
    // (无/v 取向/v 硅钢: 无 before a verb negates it too.)
    t.tag == "d" && matches!(t.word, "未" | "不" | "尚未" | "没有")
        || t.word == "无" && t.tag == "v"
}

/// Words that make a capacity a kind of capacity (落后产能), not a product's.
const CAPACITY_KINDS: [&str; 5] = ["落后", "过剩", "闲置", "富余", "先进"];

/// Rates of output that lead a capacity, its product after them (年产10万吨…, 年屠宰生猪300万
/// 头…); the project finder reads them too.
pub(crate) static RATE_LEADS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/rate_leads.txt")));

/// Characters before a yearly lead that make its 年 a year's (全年产…, 去年产…, 新年组装…,
/// 多年组装…): no rate of output follows.
pub(crate) const YEAR_OF_CHARS: [char; 16] = [
    '全', '今', '当', '去', '明', '上', '同', '每', '新', '多', '近', '历', '往', '逐', '本', '次',
];

/// The metric without the capacity word opening it (年产能, 年产, 年处理, 年加工, 可容纳):
/// 年产值 and 年产量 are no capacities, and 年加工能力 (年加工茶籽能力) and a capacity noun
/// alone (月产能) name themselves.
pub(super) fn capacity_lead(metric: &str) -> Option<&str> {
    let lead = RATE_LEADS.prefix(metric).map(|(l, _)| l);
    lead.or_else(|| ["可容纳", "容纳"].into_iter().find(|l| metric.starts_with(l)))
        .map(|l| &metric[l.len()..])
        .filter(|r| !r.starts_with(['值', '量']) && !r.ends_with("能力"))
        .filter(|r| !r.is_empty() || !metric.ends_with("产能"))
}

/// The base a multiple or share is stated against, closing its clause (为上年的,
/// 是全国平均水平的).
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:大约|约)?(?:是|相当于|为|达到)(?:[0-9]{4}年|上年|去年|同期|上年同期|去年同期|全国|全省|全市|前[一二三四五六七八九十]+年|上一期|[一二三四五六七八九]期|平日|平时|往年|上月|节前)[^，。；]{0,10}?的?$")
        .unwrap_or_else(|e| panic!("relative regex: {e}"))
});

/// A time of day (上午10点, 下午3时30分, 晚间8点半).
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:上午|下午|中午|午间|早上|早间|晚上|晚间|凌晨)[0-9]{1,2}(?:点|时)(?:[0-9]{1,2}分|半)?",
    )
    .unwrap_or_else(|e| panic!("clock regex: {e}"))
});

/// A rank closing a clause (位居前三, 居全国第7位, 居全国首位).
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:位居|位列|居|排名|排在|排|列)(?:全国|全省|全市|全区|全县|同类城市)?(?:第[0-9一二三四五六七八九十两]+|前[0-9一二三四五六七八九十两]+|首)(?:位|名)?$")
        .unwrap_or_else(|e| panic!("rank regex: {e}"))
});

/// A [`RELATIVE`] match holds one of these (是, 为, 相当于, 达到).
const RELATIVE_MARKS: [char; 4] = ['是', '为', '于', '到'];

/// Any short whole after 相当于 or 恢复到/至, closing a window that ends in 的 before its figure
/// (相当于地区生产总值的46.5%, 恢复到疫情前的九成): the base, no metric. (Not without 的:
/// 相当于五年少生1500万人 names what is counted.)
static RELATIVE_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:相当于|恢复到|恢复至)[^，。；]{1,12}?的?$")
        .unwrap_or_else(|e| panic!("relative whole regex: {e}"))
});

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
pub(super) static NAME_HEAD_CHARS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/name_head_chars.txt")));

/// First characters of time words ending in 前 or 后 (今后, 此前, 向前): the calendar's,
/// where 税后 and 售后 are not.
const CALENDAR_OPENERS: [char; 14] =
    ['今', '此', '日', '以', '之', '目', '当', '年', '节', '向', '往', '从', '提', '事'];

/// The unit a figure is per, written after 每 with an optional magnitude or number (每吨,
/// 每百平方公里, 每50公斤), if `after_mei` is one.
pub(super) fn per_unit_word(after_mei: &str) -> Option<&str> {
    // (每50公斤155元, 每500克13.8元: a number of the unit too.)
    let per = after_mei.trim_start_matches(|c: char| c.is_ascii_digit() || ".百千万".contains(c));
    (!per.is_empty() && crate::quantity::is_unit_word(per)).then_some(per)
}

/// Whether `s` is a time of the year or month alone, 年底前, 月初 (which the period rules
/// read only with a year or month): it names no metric.
pub(super) fn bare_time(s: &str) -> bool {
    BARE_TIMES.contains(s.trim_end_matches(['前', '后']))
}

/// Times of the year or month named without one (年底, 月初).
static BARE_TIMES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/bare_times.txt")));

/// `w` without a cause closing it (水稻因干旱, 出口受汇率波动影响, 出口因国外订单减少而): 因
/// and a short phrase (a longer one when 而 closes it), 由于…而, or 受 … 影响 (not 原因, 基因, 成因,
/// 起因; not 因素).
fn before_cause(w: &str) -> Option<&str> {
    let cause_at = |marker: char, ends: &str| {
        let i = w.rfind(marker)?;
        let cause = &w[i + marker.len_utf8()..];
        let n = cause.chars().count();
        let head = &w[..i];
        let most = if marker == '因' && cause.ends_with('而') { 16 } else { 6 };
        ((1..=most).contains(&n)
            && cause.chars().all(crate::normalize::is_han)
            && cause.ends_with(ends)
            && head.chars().nth(1).is_some()
            && !head.ends_with(['原', '基', '成', '起']))
        .then_some(head)
    };
    let factor = w.rfind('因').is_some_and(|i| w[i..].starts_with("因素"));
    // (出口由于海外需求减弱而: 由于…而, as 因…而.)
    let owing = || {
        // (The 而 closing it is asked first: most windows end otherwise.)
        if !w.ends_with('而') {
            return None;
        }
        let i = w.rfind("由于")?;
        let cause = &w[i + "由于".len()..];
        let head = &w[..i];
        ((2..=16).contains(&cause.chars().count()) && head.chars().nth(1).is_some()).then_some(head)
    };
    cause_at('因', "").filter(|_| !factor).or_else(|| cause_at('受', "影响")).or_else(owing)
}

/// `w` without the time of the level a figure is (由…提高到目前的92%: the level now), or the
/// day it was read on closing it (股价当日上涨: 当日 dates the figure, names nothing).
fn before_time_of_level(w: &str) -> &str {
    static DAY_TIMES: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/day_times.txt")));
    let w = ["目前的", "当前的", "现在的"].iter().find_map(|t| w.strip_suffix(t)).unwrap_or(w);
    DAY_TIMES
        .suffix(w)
        .map(|(t, ())| &w[..w.len() - t.len()])
        .filter(|h| h.chars().nth(1).is_some())
        .unwrap_or(w)
}

/// What stands before a plan passed at the end of `w` (超年度计划, 超额完成计划, 超出全年
/// 计划, 超额完成年度目标): a result's excess over its plan, whose words name no metric.
fn before_passed_plan(w: &str) -> Option<&str> {
    let plan = ["计划", "目标", "任务"].iter().find_map(|p| w.strip_suffix(p))?;
    let plan = plan.strip_suffix("年度").or_else(|| plan.strip_suffix("全年")).unwrap_or(plan);
    ["超额完成", "超出", "超过", "超"].iter().find_map(|v| plan.strip_suffix(v))
}

/// Heads of counted units a defining clause may precede (有进出口实绩的企业).
pub(super) static CLASS_HEADS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/class_heads.txt")));

/// The last characters of time expressions (2024年, 一季度, 1-5月, 年末, 上半年).
const TIME_ENDS: &[char] = &['年', '度', '月', '末', '底', '初', '季', '期'];

/// Whether `s` is a rate or amount word that names nothing alone (率, 量, 额, 数): the
/// word before it, even a verb, is what it measures (完工率).
fn is_bare_head(s: &str) -> bool {
    matches!(s, "率" | "量" | "额" | "数")
}

/// Counts of those who did something or of its cases (认定人数, 办理件数, 参保户数): the verb
/// before them is what they count.
const COUNT_HEADS: [&str; 7] = ["人数", "件数", "户数", "次数", "笔数", "家数", "人次"];

/// `w` before a span of years closing it (两年, 近三年, 3年), if something is left.
fn before_span_of_years(w: &str) -> Option<&str> {
    let head = w.strip_suffix('年')?;
    let count = |c: char| c.is_ascii_digit() || "两二三四五六七八九十".contains(c);
    let rest = head.trim_end_matches(count);
    let rest = rest.strip_suffix('近').unwrap_or(rest);
    (rest.len() < head.len() && !rest.is_empty()).then_some(rest)
}

/// Approvals a figure is subject to (经批准可降低至5%).
const APPROVALS: [&str; 5] = ["经批准", "经核准", "经审批", "经认定", "经审核"];

/// Reads the metric at the right end of `window`; returns it and the predicates stripped.
pub(super) fn metric_before<'t>(
    window: &'t str,
    entities: &Entities,
    base: usize,
    tagger: &mut Tagger<'t>,
) -> (String, Preds) {
    let mut preds = Preds::default();
    // (同步推进的“12万吨…项目”: a quote opening before the number opens a name, no metric.)
    let mut w = trim(window).trim_end_matches(['“', '‘', '「', '『']);
    // (…的46.5%: a share or multiple of a whole named before it.)
    let of_whole = window.trim_end().ends_with('的');
    // (年报显示营业收入: what a source shows opens after 显示; the source is no part of it.
    // Not the display industry: 新型显示产业, 车载显示业务.)
    if let Some(i) = find_short(w, "显示") {
        static SOURCES: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("../data/data_sources.txt")));
        let rest = &w[i + "显示".len()..];
        if SOURCES.suffix(&w[..i]).is_some() && rest.chars().nth(1).is_some() {
            w = rest;
        }
    }
    // (提供授信各50亿元: 各 right before the figure gives it to each; no part of the metric.)
    if let Some(head) = w.strip_suffix('各').filter(|h| h.chars().nth(1).is_some()) {
        w = head;
    }
    // 轿车当月销量, 民间投资当年增长, 入门级轿车当月交付: a time of the figure itself between
    // the item and its measure or verb dates the figure and names no part of it (jieba reads
    // 当/月销量 across it): the metric is the item's and the measure's.
    // (Most windows hold neither 当 nor 单: one character search settles them.)
    let timed = w.contains(['当', '单']).then(|| {
        ["当月", "当年", "单月", "当季", "当期", "当日"]
            .iter()
            // (当期 may open the window, 当期计提…; 医保基金当期结余: it opens the balance's own
            // name, against 累计结余.)
            .find_map(|d| {
                let period = *d == "当期";
                let own = |i: usize| period && w[i + d.len()..].starts_with("结余");
                find_short(w, d).filter(|&i| (i > 0 || period) && !own(i)).map(|i| (i, d.len()))
            })
    });
    if let Some((i, n)) = timed.flatten() {
        let off = |s: &str| base + (s.as_ptr() as usize - window.as_ptr() as usize);
        let (head, tail) = (&w[..i], &w[i + n..]);
        let (item, _) = metric_before(head, entities, off(head), tagger);
        // (其中江悦府当月网签: a proper name before the time, one jieba reads as a name or
        // does not know, is whose figure it is, no item.)
        let named = || {
            let tags = tagger.jieba.tag(&item, false);
            tags.iter().all(|t| t.word.chars().nth(1).is_none())
                || matches!(tags.as_slice(), [t] if matches!(t.tag, "nr" | "ns" | "nrt" | "nt"))
        };
        if item.chars().nth(1).is_some() && !named() {
            let (measure, preds) = metric_before(tail, entities, off(tail), tagger);
            let verb = trim(tail);
            let measure = if measure.is_empty() && ACTIVITY_VERBS.contains(verb) {
                verb
            } else {
                measure.as_str()
            };
            // (股价当日大涨: 当日 before the item's own move only; 金店当日售出黄金 names what
            // the shop sold, the shop no part of it.)
            if &w[i..i + n] != "当日" || measure.is_empty() {
                return (format!("{item}{measure}"), preds);
            }
        }
        // (当期计提…, 公司当期计提…: what the period's word follows is no item; the measure is
        // after it.)
        if &w[i..i + n] == "当期" && tail.chars().nth(1).is_some() {
            w = tail;
        }
    }
    // 上证指数上午10点报3200点: a time of day between the item and its verb says when the
    // figure was read and names nothing; the metric is the item's and whatever follows.
    // (A part of the day is asked for first: most windows hold none, and 3点 alone may be a
    // level.)
    let clock = w.contains(['午', '晚', '早', '晨']).then(|| CLOCK.find(w)).flatten();
    if let Some(m) = clock.filter(|m| m.start() > 0) {
        let off = |s: &str| base + (s.as_ptr() as usize - window.as_ptr() as usize);
        let (head, tail) = (&w[..m.start()], &w[m.end()..]);
        let (item, _) = metric_before(head, entities, off(head), tagger);
        if item.chars().nth(1).is_some() {
            let (measure, preds) = metric_before(tail, entities, off(tail), tagger);
            return (format!("{item}{measure}"), preds);
        }
    }
    // 销售额同比、环比分别增长…: the two bases listed are the members' bases, one each; the
    // metric is before the list and the predicate after it.
    if let Some((i, last)) = listed_bases(w) {
        let off = |s: &str| base + (s.as_ptr() as usize - window.as_ptr() as usize);
        let (head, tail) = (&w[..i], &w[last..]);
        let (metric, _) = metric_before(head, entities, off(head), tagger);
        let (_, preds) = metric_before(tail, entities, off(tail), tagger);
        return (metric, preds);
    }
    // (看非遗”精品线路: a quote closing with no opening in the window ends a quoted list
    // whose start the clause cut; the metric is after it.)
    if let Some(i) = w.rfind(['”', '」']).filter(|&i| !w[..i].contains(['“', '「'])) {
        let rest = &w[i + '”'.len_utf8()..];
        if rest.chars().nth(1).is_some() {
            w = rest;
        }
    }
    // 创业担保贷款累计发放150亿元: 累计 (in all) and a verb that introduces the metric close
    // the window; the noun before them is the metric.
    if let Some((v, ())) = PREDICATE_VERBS.suffix(w) {
        let head = w[..w.len() - v.len()].strip_suffix("累计");
        if let Some(head) = head.filter(|h| h.chars().nth(1).is_some()) {
            w = head;
        }
    }
    let whole = w;
    // 从业人员中返乡青年占35%: a share with no whole after 占 is the part's share of the group
    // named before the locative 中 (返乡青年占从业人员的比重).
    if let Some(part) = w.strip_suffix('占').map(|p| p.strip_suffix('约').unwrap_or(p)) {
        let run = tagger.tag(part);
        let mut at = 0;
        let mut among = None;
        for t in &tagger.words[run] {
            if t.word == "中" && t.tag == "f" && at > 0 {
                among = Some(at);
            }
            at += t.word.len();
        }
        if let Some(i) = among {
            let off = part.as_ptr() as usize - window.as_ptr() as usize;
            let (group, _) = metric_before(&part[..i], entities, base + off, tagger);
            let after = &part[i + "中".len()..];
            let (member, preds) = metric_before(after, entities, base + off + i + 3, tagger);
            if group.chars().nth(1).is_some() && member.chars().nth(1).is_some() {
                return (format!("{member}占{group}的比重"), preds);
            }
        } else if !part.is_empty() {
            // (其中规模以上工业企业占36%, 大专及以上学历人员占76%: with no group, the part is
            // named before 占, read as any metric is; the share's word is added later.)
            let off = part.as_ptr() as usize - window.as_ptr() as usize;
            let (named, preds) = metric_before(part, entities, base + off, tagger);
            if named.chars().nth(1).is_some() && part.ends_with(named.as_str()) {
                return (format!("{named}占"), preds);
            }
        }
    }
    // Trailing predicates and comparisons, repeatedly. Each step keeps a prefix of `w`, so
    // once `w` holds no relative mark, it never does again.
    let mut may_be_relative = true;
    loop {
        let before = w.len();
        // 超年度计划125万吨: the plan passed is the base, no metric.
        if let Some(head) = before_passed_plan(w) {
            w = head;
        }
        w = before_time_of_level(w);
        // 总产能将增加80%: a capacity word before a change verb is what changes.
        let changes = preds.contains(Pred::Up) || preds.contains(Pred::Down);
        let noun_end = predicate_in_noun(w);
        // 处理能力将达到年10万吨: 年 after the verb makes the figure a yearly rate, a capacity.
        if let Some(head) = w.strip_suffix('年').filter(|h| {
            PREDICATES.suffix(h).is_some_and(|(_, p)| matches!(p, Pred::ToLevel | Pred::Neutral))
        }) {
            w = head;
            preds.push(Pred::Capacity);
        }
        // (2026年产能达到, 下半年产能: the 年 of a year or a half opening 年产能 is the
        // time's; the word is 产能.)
        let timed = |before: &str| {
            before.ends_with(|c: char| c.is_ascii_digit())
                || ["上半", "下半", "今", "去", "明", "全", "当"]
                    .iter()
                    .any(|t| before.ends_with(t))
        };
        let dated = |(word, p): (&'static str, Pred)| match word.strip_prefix('年') {
            Some(rest) if timed(&w[..w.len() - word.len()]) => {
                PREDICATES.suffix(rest).filter(|&(r, _)| r == rest)
            }
            _ => Some((word, p)),
        };
        if let Some((word, p)) = PREDICATES.suffix(w).filter(|_| !noun_end).and_then(dated) {
            preds.push(p);
            // 落后产能, 过剩产能: capacity of a kind, not of a product, is the metric whole.
            // (将月产能扩产至: after a plan's or forecast's word the capacity names itself.)
            let kind_of_capacity = p == Pred::Capacity
                && CAPACITY_KINDS
                    .iter()
                    .chain(&["将", "计划", "预计", "力争", "拟"])
                    .any(|k| w[..w.len() - word.len()].ends_with(k));
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
            // 收入比缩小: a ratio before its verb, no base (nor 按可比口径: 可比 is a word).
            let word = w[i..].starts_with('比')
                && (base.starts_with(['重', '例', '率'])
                    || w[..i].ends_with(BI_CLOSERS)
                    || PREDICATES.prefix(base).is_some());
            if (2..=5).contains(&n) && !word && !base.contains(|c: char| c.is_ascii_digit()) {
                w = &w[..i];
            }
            // (比传统码头提高30%: a longer base opening the window and naming no rate is a
            // base all the same; the metric is the one before.)
            let rate = GROWTH_METRIC_ENDINGS.iter().find(|e| base.ends_with(**e));
            // (比存款增速高3个百分点: a rate of another measure opening the window is a base
            // too, the rate the one before's; 比同期增速 names the rate, compared with a time.)
            let others_rate = rate.is_some_and(|e| {
                let measure = &base[..base.len() - e.len()];
                measure.chars().nth(1).is_some()
                    && measure.chars().all(crate::normalize::is_han)
                    && period::at_start(measure).is_none()
                    && !["同期", "上年", "去年", "上月", "上季", "往年", "同口径"]
                        .iter()
                        .any(|t| measure.starts_with(t))
            });
            let opens = i == 0 && base.chars().nth(3).is_some() && !region && !word;
            if opens && (rate.is_none() || others_rate) {
                w = "";
            }
        } else if let Some(i) = w.rfind(['比', '较']) {
            // 比全部投资增速高1.4个百分点: a base that is a rate may be longer (up to eight
            // characters).
            let base = &w[i + '比'.len_utf8()..];
            let rate = GROWTH_METRIC_ENDINGS.iter().any(|e| base.ends_with(e));
            // 增速比全省规模以上工业低1.2个百分点: after a metric of two characters or more,
            // a base up to ten characters long (no figure, 比 no part of a word); opening the
            // window and naming no rate (比传统燃油产品增加), a base all the same, the metric
            // the one before.
            let n = base.chars().count();
            let long_base = w[i..].starts_with('比')
                && (6..=10).contains(&n)
                && !base.contains(|c: char| c.is_ascii_digit())
                && !w[..i].ends_with(BI_CLOSERS)
                && BI_WORDS.prefix(base).is_none()
                && PREDICATES.prefix(base).is_none();
            let far_base = long_base && w[..i].chars().nth(1).is_some();
            if (rate && n <= 8 || far_base) && !base.starts_with(['重', '例', '率']) {
                w = &w[..i];
            } else if long_base && i == 0 && !rate && period::at_start(base).is_none() {
                // (比上年新增库容: a time compared with, the metric after it.)
                w = "";
            }
        }
        may_be_relative = may_be_relative && w.contains(RELATIVE_MARKS);
        if may_be_relative {
            if let Some(m) = RELATIVE.find(w).filter(|m| !period::names_aim(&w[..m.start()])) {
                w = &w[..m.start()];
            }
        }
        if of_whole {
            if let Some(m) = RELATIVE_WHOLE.find(w) {
                w = &w[..m.start()];
            }
        }
        // 营业收入均增长5.2%: the adverb 均 (both, all) before the verb, not 人均/平均.
        if let Some(head) = w.strip_suffix('均') {
            if !head.ends_with([
                '人', '平', '年', '日', '月', '户', '亩', '季', '周', '村', '县', '镇', '乡',
            ]) {
                w = head;
            }
        }
        // 规上工业增加值两年平均增长6.5%: the span of years a rate is averaged over is no
        // part of the metric, nor one a total is summed over (实际利用外资五年累计达到…).
        if whole[w.len()..].starts_with("平均") {
            if let Some(head) = before_span_of_years(w) {
                w = head;
            }
        }
        // (…五年累计达到, 三年合计: the total's word is read off before the window ends.)
        if let Some(head) = before_span_of_years(w)
            .filter(|h| w.len() - h.len() <= "十五年".len() && !h.ends_with("连续"))
        {
            w = head;
        }
        // 大家电产值则下降1.8%: the adverb 则 (while), not 原则, 规则.
        if let Some(head) = w.strip_suffix('则') {
            if !head.ends_with(['原', '规', '准', '法', '细', '总', '守']) {
                w = head;
            }
        }
        // 剔除留抵退税因素后增长6.8%: what is set aside in counting (剔除, 扣除 … 因素, 影响)
        // is a basis, no part of the metric.
        if let Some(head) =
            ["因素后", "影响后", "因素", "影响"].iter().find_map(|e| w.strip_suffix(e))
        {
            let near = crate::span::ceil_char_boundary(head, head.len().saturating_sub(12 * 3));
            if let Some(i) = ["剔除", "扣除"].iter().filter_map(|v| head[near..].rfind(v)).max()
            {
                w = &head[..near + i];
            }
        }
        // 困难企业经批准可降低至5%: an approval the figure is subject to (经批准, 经核准)
        // names nothing.
        if let Some(head) = APPROVALS.iter().find_map(|a| w.strip_suffix(a)) {
            w = head;
        }
        // 总产能由此提升至8万吨: 由此, 因此, 从而 (thereby) link the figure to what came
        // before; they name nothing.
        if let Some(head) = ["由此", "因此", "从而"].iter().find_map(|a| w.strip_suffix(a)) {
            w = head;
        }
        // 签约项目中有6个: the locative 中 before 有 says among what (not 高中, 初中).
        if let Some(head) = w.strip_suffix('中').filter(|_| whole[w.len()..].starts_with('有')) {
            if head.chars().nth(1).is_some() && !head.ends_with(['高', '初', '集', '其']) {
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
        // (出口由上年的下降转为增长6.2%: so is a change it turned from, with no figure.)
        // (出口由下降转为增长: with no time either; 为 may be read off already.)
        let turned = w
            .strip_suffix("转为")
            .or_else(|| w.strip_suffix('转'))
            .and_then(|h| CHANGED_FROM.iter().find_map(|c| h.strip_suffix(c)));
        let turned = turned
            .map(|h| h.strip_suffix(['由', '从']).filter(|b| b.chars().count() >= 2).unwrap_or(h));
        let moved_from = match turned {
            Some(h) => Some(before_from_time(h).unwrap_or(h)),
            None => before_from_time(w)
                .or_else(|| w.strip_suffix(['由', '从']).filter(|h| h.chars().count() >= 2)),
        };
        if let Some(head) = moved_from {
            w = head;
        }
        // 城乡收入比由2.1缩小至, 由上年的2.91缩小至: the level it moved from (a bare number)
        // is no part of it.
        if w.ends_with(|c: char| c.is_ascii_digit()) {
            let head = w.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
            if let Some(h) = head.strip_suffix('由').or_else(|| head.strip_suffix('从')) {
                w = h;
            } else if let Some(h) = before_from_time(head) {
                w = h;
            }
        }
        // 粮食总产量连续9年稳定在, 增速连续24个月保持在: a run of years, months or quarters is
        // how long, no part of the metric.
        if w.ends_with(['年', '月', '度']) {
            if let Some(m) = RUN_OF_YEARS.find(w).filter(|m| m.end() == w.len()) {
                w = &w[..m.start()];
            }
        }
        // (出口额连续第三年突破, 营业收入连续3年保持: a run whose year is read as a time and
        // closes the window after 连续 or 连续第.)
        if let Some(h) = w.strip_suffix("连续第").or_else(|| w.strip_suffix("连续")) {
            w = h;
        }
        // 碳酸锂价格在2021年内上涨: a time within which (年内, 期内) names no part of the
        // metric, nor the 在 and year before it.
        if let Some(h) = w.strip_suffix("年内").or_else(|| w.strip_suffix("期内")) {
            let h = h.trim_end_matches(|c: char| c.is_ascii_digit());
            let h = h.strip_suffix('在').unwrap_or(h);
            if h.chars().nth(1).is_some() {
                w = h;
            }
        }
        // 回购期限为自董事会审议通过之日起不超过12个月: the day a span runs from (自…之日起)
        // is no part of its metric, nor the copula before it.
        if let Some(h) = w.strip_suffix("之日起").and_then(|h| h.rfind('自').map(|i| &h[..i])) {
            w = h.strip_suffix('为').unwrap_or(h);
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
        // 水稻因干旱同比下降: a cause between the metric and its predicate (因 and a short
        // phrase, or 受…影响) is no part of the metric.
        if let Some(head) = before_cause(w) {
            w = head;
        }
        if w.len() == before {
            break;
        }
    }
    // 最终消费支出拉动经济增长2.3个百分点, …，拉动全市工业增长4.1个百分点: a contribution to
    // another's growth names what is driven, with the verb (not 经济 or 工业 alone, which read
    // as their own growth).
    // (拖累全部投资增长约3个百分点, 下拉…, 拉低…: a drag on it is a contribution below zero,
    // and so is one on its rate, 下拉全部投资增速2.1个百分点; 拉高 lifts it, as 拉动 does.)
    let contribution = ["拉动", "拖累", "下拉", "拉低", "拉高"]
        .into_iter()
        .find_map(|v| Some((v, find_short(w, v)?)));
    if let Some((verb, i)) = contribution {
        let driven = &w[i + verb.len()..];
        let growth = whole.get(w.len()..).is_some_and(|r| r.starts_with("增长"));
        // (拉动…增速 reads as before: the rate driven, without the verb.)
        let dragged_rate = verb != "拉动" && driven.ends_with("增速");
        if driven.chars().nth(1).is_some() && (growth || dragged_rate) {
            if !matches!(verb, "拉动" | "拉高") {
                preds = Preds::default();
                preds.push(Pred::Down);
            }
            // (拉低全省税收收入增速1.2个百分点: a rate moved is named as 拉动…增速 names it,
            // the rate without the verb, the scope or the part that moved it.)
            if dragged_rate {
                return (strip_scope_words(driven).to_string(), preds);
            }
            let tail = if growth { "增长" } else { "" };
            return (format!("{}{tail}", strip_scope_words(w)), preds);
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
        // (增速分别高于全国、全省…: 分别 before the verb distributes; it names nothing.)
        w = w[..i].strip_suffix("分别").unwrap_or(&w[..i]);
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
        // (纺织服装等产业产值, 电子、汽车等行业增加值: a trade's or industry's measure keeps
        // the trades it is of; 产业产值 alone names none. Where a verb stands before the
        // measure, 装备制造等产业实现产值, the words are read on and the verb left out.)
        let measure = ["产业", "行业"]
            .iter()
            .find_map(|g| after.strip_prefix(g))
            .filter(|m| m.chars().nth(1).is_some())
            .filter(|_| {
                (2..=16).contains(&before.chars().count())
                    && before.chars().all(|c| crate::normalize::is_han(c) || c == '、')
                    && !deng_in_word(before, after)
            });
        if measure.is_some_and(|m| PREDICATE_VERBS.prefix(m).is_none()) {
            return (strip_scope_words(w).to_string(), preds);
        }
        if w.len() - i > 3 && !deng_in_word(before, after) && measure.is_none() {
            w = &w[i + '等'.len_utf8()..];
            // (在杭州、深圳等地设有分行: 等地, and other places, before a verb that
            // introduces the metric.)
            if let Some(rest) = w.strip_prefix('地').filter(|r| PREDICATE_VERBS.prefix(r).is_some())
            {
                w = rest;
            }
            // (向能源化工、现代农业等领域投放贷款: 等领域, 等行业, 等方面 close the list of
            // fields; the metric is what follows.)
            let fields = ["领域", "行业", "方面"].iter().find_map(|f| w.strip_prefix(f));
            if let Some(rest) = fields.filter(|r| r.chars().nth(1).is_some()) {
                w = rest;
            }
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
    // Where `w` starts in the text: the window's front may have been cut (比上年…, 自…以来).
    let base = base + w_off;
    let rest_after = window.get(w_off + w.len()..);
    let done = rest_after.is_some_and(|after| after.trim_start().starts_with('了'));
    let share_metric = ["比重", "比例", "份额", "比率"].iter().any(|e| w.ends_with(e));
    // 研发投入占营业收入的比重, 社会物流总费用与GDP的比率: the 的 is inside the metric.
    let share_of = share_metric && (w.contains('占') || w.contains('与'));
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
        // (进口/vn 与/p 出口总额: jieba reads 与 between two common nouns as a preposition;
        // it joins them as 和 does. Not after a name, a partner: 甲公司与乙公司.)
        let noun_pair_yu = || {
            t.word == "与"
                && i >= 2
                && matches!(tagger.words[run.start + i - 2].tag, "n" | "vn")
                && !tagger.words[run.start + i - 2].word.ends_with(['业', '司', '府', '委'])
        };
        let joins = (t.tag == "c" && matches!(t.word, "和" | "及" | "与" | "及其" | "以及"))
            || noun_pair_yu()
            || (share_metric && t.word == "占")
            || (share_of && t.word == "的")
            || (share_metric
                && t.word == "的"
                && matches!(&w[start..], "比重" | "比例" | "份额" | "比率"));
        if joins && start < w.len() {
            pending_conj = Some(start);
            start = at;
            i -= 1;
            continue;
        }
        // A time word (年末参保人数) is stripped later: the verb opens the metric.
        // (重点/n 推进: a noun used as an adverb before a verb is none.)
        let left_adverbial =
            i >= 2 && ADVERBIAL_NOUNS.contains(&tagger.words[run.start + i - 2].word);
        let left_nouny = i >= 2 && !left_adverbial && {
            let left = &tagger.words[run.start + i - 2];
            nouny(left) || left.tag == "t"
        };
        // 隧道/n 累计/v 掘进/v: a verb closing the window after 累计 and a noun is the
        // metric, as after a noun (the noun is what did it: 企业累计投入资金).
        let accrued_after_noun = |k: usize| {
            k >= 3
                && tagger.words[run.start + k - 2].word == "累计"
                && tagger.words[run.start + k - 3].tag.starts_with('n')
        };
        // 融合发展水平: a predicate verb used as a noun before an abstract head (水平, 指数)
        // is no predicate (规划建设标准化厂房 still ends at 建设).
        let abstract_head =
            || ["水平", "指数", "能力", "程度"].iter().any(|h| w[start..].starts_with(h));
        // 安全生产资金, 清洁生产: a verb-noun after an adjective is a noun's modifier.
        // (新/a 落地/n 项目: jieba may tag the stage a noun; after 新 it is the stage still.)
        let after_adjective = || {
            start < w.len() && i >= 2 && {
                let left = tagger.words[run.start + i - 2];
                t.tag == "vn" && matches!(left.tag, "a" | "an" | "b")
                    || t.tag == "n" && left.word == "新"
            }
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
        let head_char = start == w.len() && i >= 2 && NAME_HEAD_CHARS.contains(t.word);
        // (办理件数, 参保人数: a verb of two characters before a count of those who did it or
        // of its cases is what they count.)
        let before_head = t.tag.starts_with('v') && NAME_HEAD_CHARS.contains(&w[start..])
            || COUNT_HEADS.contains(&&w[start..]) && t.word.chars().count() == 2;
        // 新能源汽车/累计/销量: 累计 between a product and a measure (…量, …额) is the measure's
        // (a cumulative sales volume), not the product's predicate.
        let accrued_measure = || {
            t.word == "累计"
                && i >= 2
                && start < w.len()
                && w[start..].ends_with(['量', '额'])
                && tagger.words.get(run.start + i).is_some_and(|r| r.tag == "n")
                && {
                    let left = &tagger.words[run.start + i - 2];
                    left.tag == "n" && !SCOPE_WORDS.contains(left.word)
                }
        };
        // (其中已完工项目19个: a verb of a project's stage after 其中已 says which of them,
        // no predicate.)
        let stage_among = matches!(t.word, "完工" | "竣工" | "投产" | "开工" | "建成" | "达产")
            && i >= 3
            && tagger.words[run.start + i - 2].word == "已"
            && tagger.words[run.start + i - 3].word == "其中";
        if stage_among {
            // (已 with it: 完工项目 alone would lose the verb to the openers stripped later.)
            start = at - "已".len();
            i -= 2;
            continue;
        }
        // (集聚/v 区/n: a verb before a lone character closing the metric is that word's.)
        let lone_after = start < w.len() && w[start..].chars().nth(1).is_none();
        // (科技计划项目, 重点研发计划项目: a programme's name holds its 计划.)
        let programme = || {
            t.word == "计划"
                && start < w.len()
                && crate::quantity::qualifier::named_plan(&w[..at], &w[start..])
        };
        let predicate = PREDICATE_VERBS.contains(t.word)
            && !programme()
            && !lone_after
            && !modifier
            && !after_adjective()
            && !before_head
            && !accrued_measure();
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
        // 其中/r 脱贫/v 人口: 其中 before the verb opens the window as well.
        let left_qizhong = || i >= 2 && tagger.words[run.start + i - 2].word == "其中";
        // 共/d 签约/v 项目, 已/d 开工/v 项目: so does an adverb of a total or of what is done
        // already before a project's stage and the things in it (共/d 成交/v 用地: a verb of
        // another kind is the predicate; 已建成新能源装机容量 is a measure's; 项目已投产 is
        // a noun's). (共/d 交付/v 新车: a maker's deliveries are counted as 交付新车 with or
        // without 共, as 当月交付新车 is.)
        let left_total = || {
            i >= 2
                && start < w.len()
                && (STAGE_VERBS.contains(t.word) || t.word == "交付")
                && !w.ends_with(['量', '额'])
                && matches!(tagger.words[run.start + i - 2].word, "共" | "共计" | "已" | "已经")
                && (i == 2 || {
                    let before = tagger.words[run.start + i - 3];
                    !before.tag.starts_with('n')
                        || before.tag == "ns"
                        || SCOPE_WORDS.contains(before.word)
                })
        };
        // 燃气设备及/c 安装/v 工程收入: a verb opening the second of two joined nouns is
        // inside it, as after a noun.
        // (赔款与/p 给付/v 支出: jieba's preposition 与 between a noun and the verb joins them
        // as 和 does, as in noun_pair_yu below.)
        let left_joined = || {
            i >= 3 && {
                let left = tagger.words[run.start + i - 2];
                let joint = left.tag == "c"
                    || left.word == "与"
                        && !tagger.words[run.start + i - 3]
                            .word
                            .ends_with(['业', '司', '府', '委']);
                matches!(left.word, "和" | "及" | "与") && joint && {
                    // (新建/ns 和/c 改造: a verb pair, whatever jieba reads 新建 as.)
                    let tag = tagger.words[run.start + i - 3].tag;
                    tag.starts_with('n') && !matches!(tag, "ns" | "nr")
                }
            }
        };
        // 未脱贫人口, 不达标企业: a verb negated inside the metric is its modifier, and the
        // negation with it (人口 alone is the other half).
        let left_negation = || i >= 2 && is_negation(&tagger.words[run.start + i - 2]);
        // 矿区生态/n 修复/v 治理/v 面积, 超低/h 排放/v 改造/v 项目: a verb after a pair of a
        // common noun or modifier and a verb is the pair's second verb, inside the noun
        // phrase. (Not after an actor's noun or a scope, 部门整合, 全县修订完善, nor after 集中,
        // a manner.)
        const ACTORS: [&str; 6] = ["部门", "单位", "企业", "机构", "活动", "政府"];
        // A verb of two characters that may open a pair: no predicate's, nor 集中 (a manner).
        let pair_verb = |word: &str, tag: &str| {
            tag == "v"
                && word.chars().count() == 2
                && word != "集中"
                && !PREDICATE_VERBS.contains(word)
        };
        let left_verb_pair = || {
            i >= 3 && {
                let left = tagger.words[run.start + i - 2];
                let noun = tagger.words[run.start + i - 3];
                pair_verb(left.word, left.tag)
                    && !PREDICATES.contains(left.word)
                    && matches!(noun.tag, "n" | "vn" | "j" | "h" | "b")
                    && !ACTORS.contains(&noun.word)
                    && !SCOPE_WORDS.contains(noun.word)
            }
        };
        // 实施/v 节能/v 改造/v 项目: a pair of verbs opening the window or after a predicate,
        // right before 项目 or 工程, names the kind of works, inside the metric (改造/v 提升/v
        // 老旧小区: before another noun they act on it, and it alone is counted). (Not a
        // stage, 集中/v 签约/v 项目: the projects signed are counted as 项目.)
        let left_works_pair = || {
            i >= 2 && {
                let left = tagger.words[run.start + i - 2];
                pair_verb(left.word, left.tag)
                    && !STAGE_VERBS.contains(t.word)
                    && (i == 2 || {
                        // (…系统/l 提升/v 改造/v 项目: or after the thing the works are on,
                        // whatever its pair's first verb says elsewhere.)
                        let before = tagger.words[run.start + i - 3];
                        PREDICATE_VERBS.contains(before.word)
                            || matches!(before.tag, "n" | "l" | "j")
                                && !ACTORS.contains(&before.word)
                                && !SCOPE_WORDS.contains(before.word)
                    })
                    && tagger
                        .words
                        .get(run.start + i)
                        .is_some_and(|r| matches!(r.word, "项目" | "工程"))
            }
        };
        // 列入重点项目库的/uj 在建/v 项目: a project's stage after a 的-clause says which
        // projects, no predicate.
        let left_de_stage = || {
            i >= 2
                && start < w.len()
                && tagger.words[run.start + i - 2].word == "的"
                && (STAGE_VERBS.contains(t.word)
                    || ["在建", "新建", "续建", "拟建", "新开工"].contains(&t.word))
                && !w.ends_with(['量', '额'])
        };
        // 留/v 汉/j 大学毕业生: 留 before a place's one-character name is of those staying
        // there, inside the metric.
        // (外地企业在/p 昌/nr 销售额, 来/v 昌/nr 游客: so do 在 and 来, where it is.)
        let stays_in_place = || {
            matches!(t.word, "留" | "在" | "来")
                && start < w.len()
                && tagger.words.get(run.start + i).is_some_and(|r| {
                    r.word.chars().nth(1).is_none() && matches!(r.tag, "j" | "ns" | "nr")
                })
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
                    || left_total()
                    || left_joined()
                    || left_negation()
                    || left_verb_pair()
                    || left_works_pair()))
                || (start == w.len() && !done && i >= 2 && {
                    // 净/a + 买入: a net flow.
                    let left = tagger.words[run.start + i - 2];
                    (left.tag.starts_with('n')
                        || matches!(left.tag, "vn" | "j")
                        || left.word == "净")
                        && !left_adverbial
                })
                || (start == w.len() && !done && accrued_after_noun(i)));
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
        let negation = start < w.len()
            && is_negation(&t)
            && tagger.words.get(run.start + i).is_some_and(|r| matches!(r.tag, "v" | "vn" | "n"));
        // 生/vn 奶/zg 产量, 分配 村/zg 集体收益: a bound morpheme (zg) between a word and a
        // noun of the metric is inside it (not 较/zg 好, nor a window's first word: 年|度, nor
        // after a particle: 的村占比).
        // (特色/n 村/zg 14个, 物流/n 车/zg 8600辆: a settlement's, household's or
        // vehicle's character closing the metric after a noun is its head.)
        // (…以上的/uj 村/zg 达到97个: a settlement or household after 的 is the head of the
        // class that the clause before defines.)
        let class_head = || {
            matches!(t.word, "村" | "镇" | "乡" | "户")
                && tagger.words[run.start + i - 2].word == "的"
        };
        let bound_morpheme = t.tag == "zg"
            && i >= 2
            && (class_head()
                || !matches!(tagger.words[run.start + i - 2].tag, "uj" | "ul" | "p" | "c" | "x"))
            && if start < w.len() {
                tagger
                    .words
                    .get(run.start + i)
                    .is_some_and(|r| r.tag.starts_with('n') || r.tag == "vn")
            } else {
                matches!(t.word, "村" | "镇" | "乡" | "户" | "厂" | "车")
                    && (tagger.words[run.start + i - 2].tag.starts_with(['n', 'j']) || class_head())
            };
        // 汽车/n 用/p 钢/n: 用 between two nouns says what the second is for (automotive
        // steel), inside the metric.
        let for_use = t.word == "用"
            && start < w.len()
            && i >= 2
            && tagger.words[run.start + i - 2].tag.starts_with('n')
            && tagger.words.get(run.start + i).is_some_and(|r| r.tag.starts_with('n'));
        // 一期/d 投资: a phase before the metric's words says whose figure (jieba tags 一期
        // an adverb, 二期 a noun).
        let phase = start < w.len() && is_phase(t.word);
        // (其他机构占4.3%: the others, a pronoun's tag, before a noun are the group the figure
        // is of; 其余 alone names nothing.)
        let others = start < w.len() && matches!(t.word, "其他" | "其它" | "其余");
        // 县/zg 外/f 资金: a region's level before the locative 外 or 内 bounds the noun or
        // verb after (funds from outside the county, as 省外资金 is; 县外就业: work outside
        // it); jieba leaves it apart.
        let level_bound = LEVEL_CHARS.contains(&t.word)
            && start < w.len()
            && tagger
                .words
                .get(run.start + i)
                .is_some_and(|r| matches!(r.word, "外" | "内") && r.tag == "f")
            && tagger
                .words
                .get(run.start + i + 1)
                .is_some_and(|r| r.tag.starts_with('n') || matches!(r.tag, "v" | "vn"));
        // 受/v 污染/vn 耕地: 受 before a verb and a noun makes the verb passive, a modifier
        // of the noun (polluted farmland), inside the metric.
        let passive = t.word == "受"
            && start < w.len()
            && tagger.words.get(run.start + i).is_some_and(|r| matches!(r.tag, "v" | "vn"))
            && tagger.words.get(run.start + i + 1).is_some_and(|r| r.tag.starts_with('n'));
        let nounlike = nouny(&t)
            || level_bound
            || passive
            || phase
            || others
            || for_use
            || bound_morpheme
            || negation
            || consumption
            || land
            || inner_verb
            || ratio
            || verb_pair
            || modifier_word
            || head_char
            || before_head
            || enclosed();
        // (The 的-clause before the stage stays out: 在建项目, not 列入…库的在建项目; what
        // stands before 留, 在 or 来 and the place is whose figure it is.)
        if t.tag == "v" && left_de_stage() || stays_in_place() {
            start = at;
            break;
        }
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
            let mut ends = entities.ending_at(base + at);
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
        // 社会物流总费用与地区生产总值的比率: a ratio of two named measures keeps both
        // (比率 alone names nothing).
        // (比例 is a share's word, read before this: 与…的比例 keeps the part after 与.)
        if t.word == "的" && matches!(&w[start..], "比率" | "比值") {
            let head = &w[..at];
            // (Not 同: it opens 同期 and closes 合同.)
            let joint = head.char_indices().rev().find(|&(_, c)| matches!(c, '与' | '和'));
            if let Some((k, c)) = joint {
                let left = strip_scope(&head[..k], entities, base, true, None);
                let right = &head[k + c.len_utf8()..];
                let named = |s: &str| (2..=12).contains(&s.chars().count());
                if named(left)
                    && named(right)
                    && noun_phrase(left, tagger)
                    && noun_phrase(right, tagger)
                {
                    return (format!("{left}{c}{right}的{}", &w[start..]), preds);
                }
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
        // 本次签约项目中外资项目5个: the locative 中 (among) between two common nouns says
        // among what; the metric is the noun after it. (A share keeps its whole: 签约项目中
        // 先进制造业项目占比; nor 中长期贷款, 中长期 a word of three characters; nor 中原:
        // no common noun on both sides.)
        if t.word == "中"
            && t.tag == "f"
            && !share_metric
            && i >= 2
            && matches!(tagger.words[run.start + i - 2].tag, "n" | "vn")
            && tagger.words.get(run.start + i).is_some_and(|r| {
                r.tag == "n"
                    && r.word.chars().nth(1).is_some()
                    && start < w.len()
                    && !r
                        .word
                        .char_indices()
                        .skip(2)
                        .any(|(k, _)| tagger.jieba.has_word(&format!("中{}", &r.word[..k])))
            })
        {
            break;
        }
        // 新建/ns 改造/v 污水管网: a verb of works right after a verb of building is the
        // pair's second verb, a predicate with it (as 新建和改造 is); whatever jieba tags 新建
        // or 改扩建, the noun after them is the metric.
        let build_pair = start < w.len() && i >= 2 && PAIRED_WORKS_VERBS.contains(t.word) && {
            let left = tagger.words[run.start + i - 2].word;
            PREDICATE_VERBS.contains(left) && crate::project::BUILD_VERBS.contains(left)
        };
        // 银行与担保机构合作发放贷款: a verb of acting together after bodies joined by 与
        // or 和 and before a verb of what they did closes the metric; the bodies acted. (At
        // the window's opening, the bodies were read off before it as its subject.)
        let joint_action = JOINT_ACTION_VERBS.contains(&t.word)
            && start < w.len()
            && (i == 1 || w[..at].contains(['与', '和']))
            && tagger.words.get(run.start + i).is_some_and(|r| {
                r.tag == "v"
                    || PREDICATE_VERBS.prefix(r.word).is_some_and(|(p, ())| p.len() < r.word.len())
            });
        // (项目惠及/ns 脱贫户: a deed's verb jieba tags a noun ends the metric on its left as
        // a verb does, before a name long enough to stand alone.)
        let deed = start < w.len()
            && DEED_OPENERS.contains(t.word)
            && w[start..].chars().nth(2).is_some()
            && w[start..].chars().all(crate::normalize::is_han);
        if joint_action || build_pair || deed {
            break;
        }
        if !nounlike || predicate || t.word == "的" || after_verb {
            if let Some(p) = pending_conj.take() {
                start = p;
            }
            // 有进出口实绩的企业, 年产值亿元以上的酒企: a short defining clause before 的 and a
            // bare head of counted units (企业, 村, 户 …) is the class counted, no scope of it.
            // (有技改投资的企业占比: so is it before a share's word.)
            let class_share =
                || CLASS_HEADS.prefix_where(&w[start..], |r| matches!(r, "占比" | "比重" | "比例"));
            if t.word == "的" && (CLASS_HEADS.contains(&w[start..]) || class_share().is_some()) {
                let def = strip_scope(&w[..at], entities, base, true, None);
                // (规上企业中有技改投资的: the group before 中有 is the whole, no part of the
                // class's definition.)
                let def = def.rfind("中有").map_or(def, |i| &def[i + "中".len()..]);
                let plain =
                    def.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_alphanumeric());
                let n = def.chars().count();
                // (年加工能力万吨以上的企业: a capacity's class keeps its name from the window.)
                let head = &w[..at];
                let capacity = ["能力", "产能", "年加工"].iter().any(|c| head.contains(c))
                    || head
                        .match_indices("年产")
                        .any(|(i, _)| !head[i + "年产".len()..].starts_with(['值', '量']));
                if plain
                    && !capacity
                    && (2..=12).contains(&n)
                    && !LONG_PREDICATE_VERBS.occurs_in(def)
                {
                    return (format!("{def}的{}", &w[start..]), preds);
                }
            }
            // X实现Y: keep X when it is a noun phrase (一产实现增加值 → 一产增加值; 乡村旅游接待
            // 游客 keeps its verb: the group's visitors, not the city's).
            let receives = t.word == "接待";
            if matches!(t.word, "实现" | "完成" | "接待") && start < w.len() {
                let mut head = strip_scope(&w[..at], entities, base, true, None);
                // (A级景区累计接待游客, 三市县合计接待: a total's word is no part of the group.)
                if receives {
                    for total in super::lexicon::TOTAL_ADVERBS {
                        head = head.strip_suffix(total).unwrap_or(head);
                    }
                }
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
                // (规上工业企业全年目标实现营业收入…: nor is a target's word after a doer; 全年
                // 目标完成投资, with none, is read below.)
                if let Some(h) = head.strip_suffix("目标") {
                    let doer = period::find(h).pop().map_or(h, |t| &h[..t.span.start]);
                    if !doer.trim().is_empty() {
                        head = h;
                    }
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
                // (A级景区: a class of scenic areas is a group, no region.)
                let region = head.ends_with(['区', '县', '市', '省', '州', '镇', '乡', '村', '园'])
                    && head.chars().count() != 2
                    && !(receives && head.ends_with("景区"));
                // (2024—2025冰雪季接待游客: a season the time scan does not read is no group.)
                // (5A级景区接待游客: a grade's digit is no year.)
                let season = receives
                    && head.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
                // (袁家村日均接待游客: a rate's word closing what stands before the verb is the
                // metric's, whatever names the place before it.)
                if receives {
                    let rate = ["日均", "月均", "年均"].into_iter().find(|r| head.ends_with(r));
                    if let Some(rate) = rate.filter(|_| !noun_phrase(head, tagger)) {
                        return (format!("{rate}{}{}", t.word, &w[start..]), preds);
                    }
                }
                // (公司计划完成…: a plan's word is no part of the metric.)
                if !head.is_empty()
                    && !region
                    && !season
                    && !head.ends_with("计划")
                    && head.chars().count() <= 12
                    && (located || industry(head) || noun_phrase(head, tagger))
                {
                    let head = after_time_word(w, head);
                    let verb = if receives { t.word } else { "" };
                    let metric = format!("{head}{verb}{}", &w[start..]);
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
            // (住房公积金贷款发放8.6亿元: so does one closing the window after a noun.)
            let closing = start == w.len()
                && left_noun
                && tagger.words[run.start + i - 2].word.chars().nth(1).is_some();
            if predicate && t.word != "占" && (SCOPE_WORDS.contains(&w[start..]) || closing) {
                let head = strip_scope(&w[..at], entities, base, true, None);
                if !head.is_empty() && head.chars().count() <= 12 && noun_phrase(head, tagger) {
                    // (5A级景区接待2860万人次: the visits a group received keep the verb.)
                    let verb = if receives && closing { t.word } else { "" };
                    return (format!("{head}{verb}"), preds);
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
    // “正山小种”核心产区面积: a metric that starts inside a quoted name (jieba read its
    // first character, 正, as an adverb) starts after it, as after any quoted name
    // before a metric (“汐聊”月活跃用户数: the name is whose figure it is).
    if let Some(open) = w[..start].rfind('“') {
        let inside = &w[open..start];
        let close = w[start..].find('”').map(|c| start + c + '”'.len_utf8());
        if let Some(close) = close.filter(|_| !inside.contains('”') && inside.chars().count() <= 8)
        {
            start = close.min(w.len());
        }
    }
    // 银行向小微企业发放贷款: the recipient after 向 or 为 is whom it went to, no part of the
    // metric; what was given is (发放贷款, as where the recipient is a name).
    if start < w.len() && w[..start].ends_with(['向', '为']) {
        const GIVING: [&str; 6] = ["发放", "投放", "提供", "拨付", "支付", "给予"];
        let run_words = &tagger.words[run.clone()];
        let mut at = 0;
        let first = run_words.iter().position(|t| {
            at += t.word.len();
            at - t.word.len() == start
        });
        let after_prep = first.filter(|&k| {
            k > 0 && run_words[k - 1].tag == "p" && matches!(run_words[k - 1].word, "向" | "为")
        });
        if let Some(k) = after_prep {
            // (The recipient is nouns only; the first word of giving after them opens it.)
            let mut at = start;
            for t in &run_words[k..] {
                if at > start && GIVING.iter().any(|g| t.word.starts_with(g)) {
                    start = at;
                    break;
                }
                if !t.tag.starts_with('n') {
                    break;
                }
                at += t.word.len();
            }
        }
    }
    // 下达我区专项资金: jieba splits 我/区 (我市 it reads whole), and the pronoun stops the
    // metric, leaving the scope's second half; the whole scope word is none of it.
    if let Some(open) = w[..start].strip_suffix(['我', '本']).map(str::len) {
        let scope = SCOPE_WORDS.prefix(&w[open..]).map(|(s, _)| s.len());
        if let Some(end) = scope.filter(|&e| open + e > start && open + e < w.len()) {
            start = open + end;
        }
    }
    let words = Some((&tagger.words[run.clone()], start));
    let metric = strip_scope(&w[start..], entities, base + start, false, words);
    // “一网通办”事项网办率: the closing quote of a name before is no part of the metric.
    let mut metric = metric.trim_start_matches(['”', '’', '」', '』', '"']);
    // “海上发射成本比陆上低…: nor is a quote opening before it and not closed in it.
    if let Some(m) = metric.strip_prefix(['“', '‘']).filter(|m| !m.contains(['”', '’'])) {
        metric = m;
    }
    // 全县有白茶加工企业和合作社近350家: the verb 有 (there are) after a scope opens no
    // metric (有色金属, 有机农业 keep theirs: jieba reads them whole; so does 有息负债, no
    // scope before it).
    let before = w.get(..w.len() - metric.len()).unwrap_or_default();
    if let Some(rest) = metric.strip_prefix('有').filter(|r| !r.is_empty()) {
        if SCOPE_WORDS.suffix(before).is_some()
            && tagger.jieba.tag(metric, false).first().is_some_and(|t| t.word == "有")
        {
            metric = rest;
        }
    }
    let metric = after_time_word(w, metric);
    // 园区内专精特新中小企业: the locative 内 after a place or park read off as the subject
    // (the window starts after it) is where, no part of the metric (内资企业 is a word).
    let metric = match metric.strip_prefix('内') {
        Some(m)
            if m.chars().nth(1).is_some()
                && tagger.jieba.tag(metric, false).first().is_some_and(|t| t.word == "内") =>
        {
            m
        }
        _ => metric,
    };
    // 再上年产500兆瓦…: a verb's one character left before a capacity's lead (上, 建) names
    // nothing; the product after the number does.
    let metric =
        if matches!(metric, "上" | "建" | "新" | "再" | "投" | "增") { "" } else { metric };
    // Only a scope or time word (全年增长6.8%): no metric of its own.
    let whole_time = period::at_start(metric).is_some_and(|t| t.span.len() == metric.len())
        || PLAN_PERIOD.is_match(metric);
    // (营业收入预计年底达到: a time after a plan's word stands between the metric and its
    // predicate; the noun before the word is the metric.)
    if metric.is_empty() || bare_time(metric) {
        let head = BARE_TIMES.suffix(w).map_or("", |(t, ())| &w[..w.len() - t.len()]);
        let planned = super::plan::PLAN_VERBS.iter().find_map(|v| head.strip_suffix(v));
        if let Some(h) = planned.map(strip_scope_words).filter(|h| {
            (2..=10).contains(&h.chars().count())
                && h.chars().all(crate::normalize::is_han)
                && (["产能", "能力", "规模"].iter().any(|e| h.ends_with(e))
                    || tagger
                        .jieba
                        .tag(h, false)
                        .last()
                        .is_some_and(|t| matches!(t.tag, "n" | "vn" | "nz")))
        }) {
            return (h.to_string(), preds);
        }
    }
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
            let (mut head, mut tail) = (&metric[..t.span.start], &metric[t.span.end..]);
            // (集装箱吞吐量（10月）: the brackets around the time go with it.)
            if let (Some(h), Some(r)) =
                (head.strip_suffix(['（', '(']), tail.strip_prefix(['）', ')']))
            {
                (head, tail) = (h, r);
            }
            if head.chars().count() >= 2 && !head.ends_with(|c: char| c.is_ascii_digit()) {
                return ([head, tail].concat(), preds);
            }
        }
    }
    (metric.to_string(), preds)
}

/// `文盲率由过去的`, `收入比由上年的`, `良品率由一期的`: the metric before 由/从 and a short
/// time (上年, 过去, 原来, 上年同期) or phase (一期, 上一期) it moved from.
fn before_from_time(w: &str) -> Option<&str> {
    let h = w.strip_suffix('的').unwrap_or(w);
    let i = h.rfind(['由', '从'])?;
    let between = &h[i + '由'.len_utf8()..];
    let time = (1..=4).contains(&between.chars().count())
        && between.chars().all(crate::normalize::is_han)
        && between.ends_with(['去', '来', '年', '初', '末', '前', '期']);
    (time && i >= 6).then(|| &h[..i])
}

/// `metric`, a slice of `w`, without what it took of a time word before it: jieba reads
/// 年产值 in 去年产值 and 后年 (the year after next) in 建成后年接待能力, across the time word's
/// end; the time's 年, or the 后 of 建成后, is no part of the metric.
fn after_time_word<'a>(w: &str, metric: &'a str) -> &'a str {
    let Some(at) = (metric.as_ptr() as usize).checked_sub(w.as_ptr() as usize) else {
        return metric;
    };
    let head = w.get(..at).unwrap_or_default();
    if let Some(m) = metric.strip_prefix('年') {
        if head.ends_with(['去', '今', '明', '前', '全', '当', '上']) {
            return m;
        }
    } else if metric.starts_with("后年")
        && ["建成", "投产", "达产", "达效", "竣工"].iter().any(|d| head.ends_with(d))
    {
        return &metric["后".len()..];
    } else if let Some(m) = metric.strip_prefix(['前', '后']) {
        // 力争年底前新能源装机: 前 (before) or 后 after a time word is the time's.
        let time = BARE_TIMES.suffix(head).is_some() || head.ends_with("季度");
        if m.chars().nth(1).is_some() && time {
            return m;
        }
    }
    metric
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

/// Words that close the name of an industry or a class of products, whatever jieba reads
/// inside it (新型/b 显示/v 产业, 节能/v 环保 产业).
const INDUSTRY_ENDS: [&str; 5] = ["产业", "行业", "集群", "板块", "领域"];

/// Whether `s` names an industry or a class of products (麻醉镇痛类药物): Han text of four
/// characters or more closed by an [`INDUSTRY_ENDS`] word, or with 类 among its last four.
fn industry(s: &str) -> bool {
    let n = s.chars().count();
    let class = s.char_indices().rev().take(4).skip(1).any(|(_, c)| c == '类');
    n >= 4
        && s.chars().all(crate::normalize::is_han)
        && (INDUSTRY_ENDS.iter().any(|e| s.ends_with(e)) || class)
}

fn noun_phrase<'t>(s: &'t str, tagger: &mut Tagger<'t>) -> bool {
    let run = tagger.tag(s);
    let words = &tagger.words[run];
    // 高端装备/制造/产业: a verb between two nouns is inside the compound (国有/b 控股/v 企业:
    // after a distinguishing word too); 新/a 材料: an adjective before a noun modifies it.
    let noun = |t: Option<&Tagged<'_>>| t.is_some_and(|t| t.tag.starts_with('n'));
    let modifier = |t: Option<&Tagged<'_>>| noun(t) || t.is_some_and(|t| t.tag == "b");
    // (A grade written in Latin letters and digits, 5A of 5A级.)
    let grade = |t: Option<&Tagged<'_>>| {
        t.is_some_and(|t| t.word.len() <= 3 && t.word.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    words.iter().enumerate().all(|(i, t)| {
        t.tag == "v" && i > 0 && modifier(words.get(i - 1)) && noun(words.get(i + 1))
            || t.tag == "a" && t.word.chars().count() == 1 && noun(words.get(i + 1))
            // (精密/a 轴承/n 业务: a two-character adjective before two nouns names a kind;
            // 重大/a 水利工程/n: so it does before a compound noun closing the phrase.)
            || t.tag == "a"
                && t.word.chars().count() == 2
                && noun(words.get(i + 1))
                && (noun(words.get(i + 2))
                    || words.len() == i + 2 && words[i + 1].word.chars().count() >= 3)
            // 电池/n 片/q: a measure word right after a noun closes a product's name.
            // (A/eng 级/q 景区: so does a grade's level, 5A级, 4A级.)
            // (A/eng 级/q 旅游/vn 景区: a verb-noun may open what the grade classes.)
            || t.tag == "q"
                && i > 0
                && (noun(words.get(i - 1)) || grade(words.get(i - 1)))
                && (noun(words.get(i + 1)) || words.get(i + 1).is_some_and(|n| n.tag == "vn"))
            || grade(Some(t)) && words.get(i + 1).is_some_and(|n| n.word == "级")
            // 通信和其他/r 电子设备: 其他 before a noun is one of its modifiers.
            || t.word == "其他" && noun(words.get(i + 1))
            || METRIC_WORDS.contains(t.word)
            || matches!(
                t.tag,
                "n" | "nz" | "nt" | "vn" | "j" | "l" | "m" | "b" | "c" | "f" | "an" | "ng" | "x"
                    // (海外/s 业务: a place word of direction, 海外, 境外, 省内.)
                    | "s"
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
    // Whether the last word stripped is a region's scope (全省): a zone word after it names
    // the region's zones, a class the metric is of (全省开发区规上工业增加值).
    let mut region_scoped = false;
    loop {
        let rest = &s[off..];
        let first = rest.chars().next();
        let list_number = list_number(rest);
        // (公司银行业务营业收入: a standard name opening with a scope word keeps it.)
        let opener = first
            .filter(|&c| opener_firsts.has(c))
            .filter(|_| COMPOUND_METRICS.prefix(rest).is_none())
            .and_then(|_| {
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
        let zones = |w: &str| super::lexicon::BARE_ZONES.contains(w) && w != "新区";
        let step = if let Some(len) = list_number {
            len
        } else if let Some((w, _)) = opener.filter(|(w, _)| !(region_scoped && zones(w))) {
            region_scoped = super::lexicon::REGION_SCOPES.contains(w);
            w.len()
        } else if opener.is_some() {
            0
        } else if let Some(t) = period::at_start(rest).filter(|t| all || t.span.end < rest.len()) {
            t.span.end
        } else if let Some(len) = duration(rest) {
            len
        } else if let Some(len) = holiday_slot(rest) {
            len
        } else if let Some(len) = bare_day(rest) {
            len
        } else if let Some(len) = year_range_opening(rest) {
            len
        } else if let Some(len) = counted_firms(rest) {
            len
        } else if let Some(len) = deed_opening(rest).filter(|&l| whole_word(off + l)) {
            len
        } else if let Some(len) = basis(rest) {
            len
        } else if rest.strip_prefix("地区").is_some_and(|r| !r.is_empty() && !r.starts_with("生产"))
            && entities.ending_at(base + off).any(|(_, e)| e.kind == EntityKind::Place)
        {
            // 香港地区实际到账外资: 地区 after a place is the place's (not in 地区生产总值).
            "地区".len()
        } else if let Some(len) = place_descriptor(rest, base + off, entities) {
            len
        } else if let Some((span, e)) = entities.starting_at(base + off) {
            let subject =
                matches!(e.kind, EntityKind::Place | EntityKind::Park | EntityKind::Enterprise);
            // (A span ending inside a character of `s` is no name of it: `s` is the text at
            // `base`, this only keeps a slip from panicking.)
            let fits = (span.len() < rest.len() || (all && span.len() == rest.len()))
                && rest.is_char_boundary(span.len());
            // (吉林省内收入: a place bounding the metric is part of it.)
            // (某镇拥有中国驰名商标: so is a place naming a title's level; at the metric's
            // start, where what stands before is not seen here, the clause's subject is read
            // apart, so the place stays in the metric.)
            let bounds = e.kind == EntityKind::Place
                && fits
                && (crate::entity::bounds_metric(&rest[..span.len()], &rest[span.len()..])
                    || (off == 0 || crate::entity::inside_clause(&s[..off]))
                        && crate::entity::opens_title(&rest[span.len()..]));
            if subject && fits && !bounds { span.len() } else { 0 }
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

/// The length of a word of a place's role opening `s` (at `at`) right before the place's
/// name (省会某市, 首府某市): it describes the place, the subject, and names no measure.
pub(super) fn place_descriptor(s: &str, at: usize, entities: &Entities) -> Option<usize> {
    let (w, _) = super::subject::PLACE_DESCRIPTORS.prefix(s)?;
    let place = entities
        .starting_at(at + w.len())
        .is_some_and(|(span, e)| e.kind == EntityKind::Place && span.end - at <= s.len());
    place.then_some(w.len())
}

/// The length of a holiday's or travel season's release window opening `s` as a time (国庆档
/// 期间, 春节档 before 全市): as 国庆期间 is, no part of the metric. (国庆档票房, the window's
/// figure named by it, keeps it: only 期间 or a scope after it makes it a time.)
fn holiday_slot(s: &str) -> Option<usize> {
    let (h, _) = super::HOLIDAYS.prefix(s).or_else(|| super::TRAVEL_SEASONS.prefix(s))?;
    let rest = &s[h.len()..];
    let slot = ["档期间", "档期内", "档期", "档"].iter().find(|w| rest.starts_with(*w))?;
    let after = &rest[slot.len()..];
    let time =
        slot.ends_with(['间', '内']) || super::lexicon::REGION_SCOPES.prefix(after).is_some();
    time.then_some(h.len() + slot.len())
}

/// The length of a day of the month opening `s` before more words (8日 of 3月5日至8日销售额,
/// whose 至 closed the window before it), or None. Not a number's label (15号线, 3号楼), nor a
/// count of days (7日年化收益率, 5日均线, 30日内, 3日游).
fn bare_day(s: &str) -> Option<usize> {
    let d = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = s[d..].strip_prefix('日').filter(|_| (1..=2).contains(&d))?;
    let day = s[..d].parse::<u8>().is_ok_and(|n| (1..=31).contains(&n));
    // (A count of days opens a word with the 日: 日均, 日年化, 日线, 日内, 日游; not 线上,
    // 内贸, 游客, which open the metric after a date.)
    let days = rest.starts_with('均')
        || rest.starts_with("年化")
        || rest.starts_with('线') && !rest.starts_with("线上") && !rest.starts_with("线下")
        || rest.starts_with('内') && !rest.starts_with("内贸") && !rest.starts_with("内销")
        || rest.starts_with('游') && !rest.starts_with("游客");
    let word = rest.starts_with(crate::normalize::is_han) && !days;
    (day && word).then_some(s.len() - rest.len())
}

/// Verbs that open a metric before the noun of what was built or reached, whatever jieba
/// tags them (`data/deed_openers.txt`).
static DEED_OPENERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/deed_openers.txt")));

/// The length of a deed's verb opening `s` (配套建设充电桩, 惠及脱贫户) when a name of three
/// characters or more is left after it; or of a phase before a verb (二期入驻…, 一期建成…: the
/// phase is whose deed, the subject's part, not what is counted; the verb is left to the
/// openers' rules).
fn deed_opening(s: &str) -> Option<usize> {
    let phase = s
        .char_indices()
        .skip(1)
        .take(2)
        .find(|&(i, c)| c == '期' && is_phase(&s[..i + c.len_utf8()]))
        .map(|(i, c)| i + c.len_utf8());
    if let Some(phase) = phase {
        let rest = &s[phase..];
        let verb = DEED_OPENERS.prefix(rest).is_some()
            || STAGE_VERBS.prefix(rest).is_some()
            || LONG_PREDICATE_VERBS.prefix(rest).is_some();
        return verb.then_some(phase);
    }
    let (verb, ()) = DEED_OPENERS.prefix(s)?;
    let left = &s[verb.len()..];
    // (开行“中欧”班列: a quoted name, a route's dash in it, is a name all the same.)
    let name = left.chars().nth(2).is_some()
        && left.chars().all(|c| crate::normalize::is_han(c) || "“”—".contains(c));
    (name && !only_predicates(left)).then_some(verb.len())
}

/// The length of a count of firms opening `s` (两家企业营业收入, 3家公司利润): the firms named
/// before it are the figure's, their count no part of its metric.
fn counted_firms(s: &str) -> Option<usize> {
    let digits = s
        .char_indices()
        .take_while(|&(_, c)| c.is_ascii_digit() || c == '两' || period::is_numeral(c))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let rest = s[digits..].strip_prefix('家')?;
    let class = ["企业", "公司"].iter().find(|w| rest.starts_with(**w))?;
    let len = digits + '家'.len_utf8() + class.len();
    (len < s.len()).then_some(len)
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

/// The length of the first year and its dash when a range of years opens `s`
/// (`2018-2020年营业收入`): the scan reads the range's last year as a time and leaves the
/// first, which names no part of the metric either.
fn year_range_opening(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let year = b.len() > 4 && (b.starts_with(b"19") || b.starts_with(b"20"));
    if !year || !b[..4].iter().all(u8::is_ascii_digit) || b[4].is_ascii_digit() {
        return None;
    }
    let rest = s[4..].strip_prefix('年').unwrap_or(&s[4..]);
    let after = rest.strip_prefix(['-', '至', '到', '~', '～'])?;
    let next = period::at_start(after).filter(|t| t.year.is_some())?;
    (next.span.end < after.len()).then(|| s.len() - after.len())
}

/// The length of a duration opening `s` (连续八年, 连续3个月, 未来三年, 两年): how long a
/// level held or a plan runs, no metric. A bare span is years only, and not a term
/// (十年期国债) or a time within them (三年内).
fn duration(s: &str) -> Option<usize> {
    let lead = ["连续", "未来", "过去", "今后", "最近", "近"].iter().find(|w| s.starts_with(**w));
    let rest = &s[lead.map_or(0, |w| w.len())..];
    let n = rest.chars().take_while(|&c| c.is_ascii_digit() || period::is_numeral(c) || c == '两');
    let num_len: usize = n.map(char::len_utf8).sum();
    let after = &rest[num_len..];
    let units: &[&str] =
        if lead.is_some() { &["年", "个月", "个季度", "季度"] } else { &["年"] };
    let unit = units.iter().find(|u| after.starts_with(**u))?;
    let next = after[unit.len()..].chars().next();
    let term = next.is_some_and(|c| "期级内度来前后底末初中间均".contains(c));
    (num_len > 0 && (lead.is_some() || !term)).then(|| s.len() - after.len() + unit.len())
}
