//! Shares: the whole a share clause names (`占营业收入的`) and shares bounded by a word
//! or a plan (`不低于营业收入的`, `达到年度目标的`).

use super::metric::strip_scope_words;
use crate::quantity::QUALIFIERS;
use crate::report::Qualifier;
use crate::search::find_short;
use crate::sentence::is_clause_sep;
use crate::words::Words;
use std::sync::LazyLock;

/// The whole a share clause names (占营业收入的, 约占全国的, or a metric read as
/// 占工业增加值的比重), when the clause names no part of its own (`metric` is empty or
/// the whole), and the part when the clause names it before 占 (第三产业增加值占地区生产总值的).
pub(super) fn share_whole<'a, 'w: 'a>(
    metric: &'a str,
    window: &'w str,
) -> Option<(&'a str, Option<&'w str>)> {
    // 占地面积, 占用, 占有率: 占 in a word opens no whole (占地区生产总值 does, and so does
    // 占有 as a verb: 占有全市比重30%).
    let in_word = |r: &str| {
        r.starts_with("占用")
            || r.starts_with("占有率")
            || r.starts_with("占地") && !r.starts_with("占地区")
    };
    if let Some(rest) = metric.strip_prefix('占').filter(|_| !in_word(metric)) {
        return Some((rest, None));
    }
    let w = window.trim();
    let opening = w.strip_prefix('约').unwrap_or(w);
    let (part, of) = match opening.strip_prefix('占').filter(|_| !in_word(opening)) {
        Some(of) => (None, of),
        None => {
            let i = find_short(w, "占").filter(|&i| !in_word(&w[i..]))?;
            let part = strip_scope_words(strip_forecast(w[..i].trim_end_matches('约')));
            let part = from_group_count(part);
            let plain = !part.is_empty() && part.chars().count() <= 16;
            (plain && !part.contains(is_clause_sep)).then_some((Some(part), &w[i + 3..]))?
        }
    };
    // 占可支配收入的比重为56.3%: the share word and its verb after the whole.
    // (占各项贷款的比重提高到15.5%: a verb of change with 到 or 至 gives the level reached.)
    static LEVEL_VERBS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/share_level_verbs.txt")));
    let share_word = ["的比重", "的比例", "的份额"].iter().find_map(|e| {
        let head = LEVEL_VERBS.suffix(of).map_or(of, |(v, ())| &of[..of.len() - v.len()]);
        head.strip_suffix(e)
    });
    // (研发投入9.4亿元，占营业收入5.0%: a clause opening with 占 may leave out 的.)
    let bare = || {
        let plain = of.chars().count() >= 2 && of.chars().all(crate::normalize::is_han);
        (part.is_none() && plain && !of.starts_with('比')).then_some(of)
    };
    let whole = share_word.or_else(|| of.strip_suffix('的')).or_else(bare)?;
    // (归属于上市公司股东的净利润: a report's compound metric may run to 16.)
    let short = !whole.is_empty() && whole.chars().count() <= 16;
    // 占永久基本农田的: jieba may leave a modifier (永久) out of the metric read, and the
    // plan words a tail (占年度计划的: 年度).
    let own = metric.is_empty()
        || whole.ends_with(metric)
        || whole.starts_with(metric)
        || share_word.is_some();
    let whole = if part.is_some() { strip_scope_words(whole) } else { whole };
    (own && short && !whole.is_empty() && !whole.contains(is_clause_sep)).then_some((whole, part))
}

/// A part naming a group by its count after its members (电子信息和装备制造两大主导产业产值)
/// from the count on (两大主导产业产值): the group names the part, however long the list of
/// its members, or however much of it the clause kept.
fn from_group_count(part: &str) -> &str {
    super::list::group_count_start(part).map_or(part, |i| &part[i..])
}

/// The part of a share without the forecast's or target's word and the time opening it
/// (预计2026年储能系统出货量 → 储能系统出货量): the qualifier and the period say those.
fn strip_forecast(part: &str) -> &str {
    // (并计划将研发投入占…: a conjunction before the word, and 将 or 把 after it, go too.)
    // (Not 并购企业, 并网光伏: 并 goes only before the word.)
    const PLAN_WORDS: [&str; 4] = ["预计", "力争", "计划", "争取"];
    fn plan(p: &str) -> Option<&str> {
        PLAN_WORDS.iter().find_map(|w| p.strip_prefix(w))
    }
    let rest = plan(part).or_else(|| part.strip_prefix('并').and_then(plan));
    let rest = rest.map_or(part, |r| r.strip_prefix(['将', '把']).unwrap_or(r));
    if !crate::period::occurs_in(rest) {
        return rest;
    }
    match crate::period::find(rest).first() {
        Some(t) if t.span.start == 0 && t.span.end < rest.len() => &rest[t.span.end..],
        _ => rest,
    }
}

/// A share whose whole follows a bound word (研发投入不低于营业收入的, 超过营业收入的) or a
/// plan reached (产值达到年度目标的), in a window ending in 的.
pub(super) struct BoundedShare<'w> {
    /// The window before the bound word: it names the part.
    pub(super) part: &'w str,
    pub(super) whole: &'w str,
    pub(super) bound: Option<Qualifier>,
    /// The whole is a plan (年度目标, 预算): the share is of the plan done.
    pub(super) plan: bool,
}

/// The wholes that are plans: the share of a plan is the plan's part done.
const PLAN_WHOLES: [&str; 4] = ["计划", "目标", "任务", "预算"];

pub(super) fn bounded_share(window: &str) -> Option<BoundedShare<'_>> {
    let of = window.trim_end().strip_suffix('的')?;
    // The whole, back from 的: at most 24 characters, of one phrase, none of them 占 (a
    // share with 占 is read by `share_whole`); digits may name its days (不低于定价基准日前
    // 20个交易日公司股票交易均价的80%).
    for (i, c) in of.char_indices().rev().take(24) {
        if !(crate::normalize::is_han(c) || c.is_ascii_digit()) || c == '占' {
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
        let bound = QUALIFIERS.before(of, i).filter(|&(s, q)| i - s >= 6 && q.is_bound());
        if let Some((s, q)) = bound {
            return Some(BoundedShare { part: &of[..s], whole, bound: Some(q), plan });
        }
    }
    None
}
