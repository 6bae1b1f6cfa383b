//! Lists and distribution: `A、B分别增长x%、y%` and other lists whose items each take a
//! figure, with their shared heads and tails, listed metrics, times and subjects.

use super::RawIndicator;
use super::lexicon::{
    BENEFICIARY_GROUPS, COMPARISON, GROWTH_METRIC_ENDINGS, INDUSTRY_NAMES, LONG_PREDICATE_VERBS,
    METRIC_OPENERS, METRIC_WORDS, RATE_ENDINGS, RESPECTIVELY, SCOPE_WORDS, SHARED_TAILS,
    only_predicates,
};
use super::metric::strip_scope_words;
use crate::entity::{Entities, function_char};
use crate::period::{self, PeriodState, TimeExpr};
use crate::quantity::RawQuantity;
use crate::quantity::unit::UnitClass;
use crate::report::{EntityKind, IndicatorKind, Qualifier};
use crate::sentence::{is_clause_sep, list_start};
use crate::span::NSpan;
use crate::words::Words;
use jieba_rs::Jieba;
use regex::Regex;
use std::sync::LazyLock;

/// `甲区、乙区规上工业增加值均增长5.2%`, `出口和进口均增长10%`: the adverb 均 (or 都) before the
/// predicate gives the figure to each listed subject, or to each listed metric, in order.
/// The indicators of the sentence are those of `out` from `from`.
pub(super) fn distribute(
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
        let head_start = list_start_over_glosses(text, entities, at).max(sentence.start);
        let adverb = distributive_adverb(&text[head_start..at]).map(|p| head_start + p);
        // The 都 of 成都, of 银都冶炼, is a name's.
        let Some(adverb) = adverb.filter(|&a| !entities.covers(a)) else {
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
            // (甲、乙等企业新能源车型产量均…: each firm listed holds the figure; the class
            // after 等 closing the list is no part of its metric.)
            let head_text = &text[head.start..head.end];
            let metric = head_text
                .rfind('等')
                .and_then(|i| {
                    let heads = &crate::entity::lexicon::LEXICON.enum_heads;
                    heads.prefix(&head_text[i + '等'.len_utf8()..])
                })
                .and_then(|(h, ())| ind.metric.strip_prefix(h))
                .filter(|rest| rest.chars().nth(1).is_some())
                .map_or_else(|| ind.metric.clone(), str::to_string);
            out.extend(listed.iter().map(|s| RawIndicator {
                subject: Some(s.to_string()),
                metric: metric.clone(),
                ..ind.clone()
            }));
        } else {
            out.push(ind);
        }
        last_listed = listed;
    }
}

/// [`list_start`] reaching back over short bracketed glosses right after a name (甲公司（甲
/// 科技）、乙公司等企业…均增长): the bracket closes no clause there.
fn list_start_over_glosses(text: &str, entities: &Entities, at: usize) -> usize {
    const MAX_GLOSS: usize = 48;
    let mut start = list_start(text, at);
    // (Two glosses at most: each reaches back one list item.)
    for _ in 0..2 {
        let Some(close) = text[..start].strip_suffix(['）', ')']).map(str::len) else {
            break;
        };
        let mut floor = close.saturating_sub(MAX_GLOSS);
        while !text.is_char_boundary(floor) {
            floor += 1;
        }
        let Some(open) = text[floor..close].rfind(['（', '(']).map(|i| floor + i) else {
            break;
        };
        let gloss = &text[open..close];
        let inner = gloss.trim_start_matches(['（', '(']);
        if inner.is_empty()
            || inner.contains(is_clause_sep)
            || entities.ending_at(open).next().is_none()
        {
            break;
        }
        start = list_start(text, open);
    }
    start
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
pub(super) const GE_DETERMINED: [char; 21] = [
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

/// A list whose earlier items are written short and share the rest of the last one
/// (第一、二、三产业增加值, 城镇、农村居民收入, 工业、服务业增加值): every item written out, in
/// order. The shared part opens at the first [`SHARED_TAILS`] word of the last item; the
/// earlier items are one to six characters and end neither in that word (钢铁行业、机械行业
/// are whole) nor in a metric of their own (营业收入、利润总额 are two metrics). Ordinals keep
/// their 第 (第一、二 → 第二).
fn shared_tail(items: &[&str]) -> Option<Vec<String>> {
    let (last, others) = items.split_last()?;
    // 国家级、自治区级示范社, 国家级和省级龙头企业: earlier items that are levels alone share
    // what follows the last item's level.
    let level = |i: &str| i.ends_with('级') && (2..=5).contains(&i.chars().count());
    let last_level =
        last.char_indices().take(5).find(|&(_, c)| c == '级').map(|(i, c)| i + c.len_utf8());
    if let Some(at) = last_level.filter(|&at| {
        !others.is_empty() && others.iter().all(|i| level(i)) && last[at..].chars().nth(1).is_some()
    }) {
        let tail = &last[at..];
        return Some(
            others.iter().map(|i| format!("{i}{tail}")).chain([(*last).to_string()]).collect(),
        );
    }
    let Some((at, opener)) = last
        .char_indices()
        .skip(1)
        .find_map(|(i, _)| SHARED_TAILS.prefix(&last[i..]).map(|(w, _)| (i, w)))
    else {
        // (进口、出口集装箱通关时间: where no such word opens the shared part, the other
        // group of a pair, 出口 of 进口, is the last item's own. 本外币存款、贷款余额: what
        // stands before the first group, a short currency or kind, is shared too.)
        let [other] = others else { return None };
        return PAIRED_WORDS.iter().find_map(|(_, [_, a, b])| {
            let (before, own) = if let Some(p) = other.strip_suffix(a) {
                (p, b)
            } else {
                (other.strip_suffix(b)?, a)
            };
            let shared_before = before.chars().count() <= 4
                && before.chars().all(crate::normalize::is_han)
                && !SCOPE_WORDS.contains(before);
            let tail = last.strip_prefix(own).filter(|t| !t.is_empty() && shared_before)?;
            Some(vec![format!("{other}{tail}"), format!("{before}{last}")])
        });
    };
    let (own, tail) = last.split_at(at);
    let whole = |i: &str| {
        i.ends_with(opener)
            || ends_in_metric(i)
            || rate_beside_metric(i, &last[at..])
            || restates(i, own)
            || ends_alike(i, last)
    };
    let short = |i: &&str| (1..=6).contains(&i.chars().count()) && !whole(i);
    // (国际/港澳台快递业务量: two parted by a slash are one item, whose last word
    // [`widen_by_words`] may find shared.)
    let own_len = own.chars().count();
    let own_short = own_len <= 4 || own.contains('/') && own_len <= 10;
    if others.is_empty() || !others.iter().all(short) || !own_short {
        return None;
    }
    let numeral = |i: &str| i.chars().all(period::is_numeral);
    // (一、二、三产业: the sectors counted bare are the ordinal ones, 第一产业.)
    let sectors = tail.starts_with("产业") && others.iter().chain([&own]).all(|i| numeral(i));
    let ordinal = others[0].starts_with('第') || sectors;
    Some(
        others
            .iter()
            .chain([&own])
            .map(|i| {
                let th = if ordinal && numeral(i) { "第" } else { "" };
                format!("{th}{}", joined(i, tail))
            })
            .collect(),
    )
}

/// `第一、二、三产业和居民生活用电量`: the three sectors, counted bare after the first, share
/// the last item's measure, from its first metric word on (用电量); the items after the
/// sectors are whole. Every item written out, in order.
fn sector_items(items: &[&str]) -> Option<Vec<String>> {
    let k = items.iter().position(|i| i.ends_with("产业"))?;
    let numeral = |s: &str| {
        let n = s.strip_prefix('第').unwrap_or(s);
        !n.is_empty() && n.chars().all(period::is_numeral)
    };
    let sectors = k > 0
        && k + 1 < items.len()
        && items[..k].iter().all(|i| numeral(i))
        && items[k].strip_suffix("产业").is_some_and(numeral);
    let last = items.last().filter(|_| sectors)?;
    // (…和城乡居民生活用电量占全社会用电量的比重: from the first metric word on.)
    let measure = last
        .char_indices()
        .skip(1)
        .map(|(i, _)| &last[i..])
        .find(|w| SHARED_TAILS.prefix(w).is_some_and(|(_, metric)| metric))?;
    let sector = |i: &str| {
        let n = i.trim_end_matches("产业");
        format!("第{}产业{measure}", n.strip_prefix('第').unwrap_or(n))
    };
    Some(
        items[..=k]
            .iter()
            .map(|i| sector(i))
            .chain(items[k + 1..].iter().map(|i| i.to_string()))
            .collect(),
    )
}

/// An item written out with the part it shares: 机电产品 + 产品出口 is 机电产品出口, the words
/// the item ends with and the part opens with written once.
pub(super) fn joined(item: &str, tail: &str) -> String {
    let overlap = item
        .char_indices()
        .map(|(i, _)| &item[i..])
        .find(|end| end.chars().nth(1).is_some() && tail.starts_with(end) && end.len() < tail.len())
        .map_or(0, str::len);
    format!("{item}{}", &tail[overlap..])
}

/// `同城、异地快递业务量`: where [`shared_tail`] left the last item's own part two words, the
/// first as long as every earlier item (异地 of 异地快递, as 同城), the second word is shared
/// too (同城快递业务量). `metrics` are `items` written out, in order.
/// (jieba's split alone decides: 光伏发电 is cut as 异地快递 is.)
fn widen_by_words(items: &[&str], metrics: &mut [String], jieba: &Jieba) {
    let (Some((last, others)), Some(first)) = (items.split_last(), metrics.first()) else {
        return;
    };
    let Some(tail) = others.first().and_then(|o| first.strip_prefix(o)) else { return };
    let Some(own) = last.strip_suffix(tail).filter(|o| o.chars().nth(2).is_some()) else {
        return;
    };
    let tail = tail.to_string();
    let Some(word) = jieba.cut(own, false).first().map(|t| t.word) else { return };
    let rest = &own[word.len()..];
    let n = word.chars().count();
    let widens = !rest.is_empty()
        && plain_words(rest)
        && others.iter().all(|o| o.chars().count() == n)
        // (风电、光伏发电装机: an item holding a character of the second word, 电 of 发电,
        // names it already, short: 风电 is wind power.)
        && !others.iter().any(|o| o.chars().any(|c| rest.contains(c)))
        // (原油、金属矿石吞吐量: a kind of goods, 矿石, ends the last item's own name, when the
        // items before are goods too; 热轧、冷轧钢材产量 share 钢材.)
        && !(GOODS_KINDS.suffix(rest).is_some() && all_goods(others));
    // (同城、异地、国际/港澳台快递业务量: a last item of two parted by a slash shares the
    // last word of its own part, 快递.)
    let slashed = || {
        let words = jieba.cut(own, false);
        let last_word = words.last().map(|t| t.word).filter(|w| w.chars().nth(1).is_some())?;
        let pair = &own[..own.len() - last_word.len()];
        let (a, b) = pair.split_once('/')?;
        let short = |s: &str| (1..=4).contains(&s.chars().count()) && plain_words(s);
        (short(a) && short(b) && plain_words(last_word)).then_some(last_word)
    };
    let shared = if widens { Some(rest) } else { slashed() };
    if let Some(shared) = shared {
        for (m, other) in metrics.iter_mut().zip(others) {
            *m = joined(other, &format!("{shared}{tail}"));
        }
    }
}

/// `国有商业银行、农村商业银行贷款余额`: earlier items ending as the last item's own part ends
/// (two characters: 银行, 企业, 居民; or a place's admin character: 甲区, 乙区) are parallel
/// to it, and the words after that ending in the last item are the measure they share. Asked
/// before a metric word is looked for in the last item: parallel endings are the stronger
/// evidence (城镇居民和农村居民人均可支配收入 shares the whole measure, not 收入).
fn parallel_rest<'a>(last: &'a str, earlier: &[&str]) -> Option<&'a str> {
    let first = strip_scope_words(earlier.first()?);
    let two = first.char_indices().rev().nth(1).map(|(i, _)| &first[i..]);
    // (甲区和乙区, 青禾县和丰源县: places end alike in their one admin character.)
    let one = first.char_indices().next_back().map(|(i, _)| &first[i..]);
    let one = one.filter(|o| ADMIN_ENDINGS.contains(o));
    [two, one].into_iter().flatten().find_map(|ending| {
        let parallel = earlier.iter().all(|i| {
            let i = strip_scope_words(i);
            i.ends_with(ending) && i.len() > ending.len() && i.chars().count() <= 8
        });
        let rest = &last[last.find(ending).filter(|&at| at > 0 && parallel)? + ending.len()..];
        // (城镇居民和农村居民人均可支配收入, 中小企业规上工业增加值: the measure may be long, and
        // hold an industry's 业; the items, parallel, are not industries cut apart.)
        let measure = (2..=10).contains(&rest.chars().count())
            && rest.chars().all(|c| crate::normalize::is_han(c) && !"及和与或".contains(c))
            && !rest.contains(ending)
            && (ends_in_metric(rest) || rest.ends_with(['额', '量', '率', '值', '数']));
        measure.then_some(rest)
    })
}

/// The one-character endings of two-character places (甲区, 乙县).
const ADMIN_ENDINGS: [&str; 8] = ["区", "县", "市", "镇", "乡", "省", "州", "旗"];

/// `玉米、水稻机收率`, `小麦、玉米单产`, `城市与农村低保对象`: where every earlier item is one
/// word of jieba's (two to four characters) and the last opens with one word of the same
/// length, the rest of the last is shared when it is a short measure (机收率, 单产, 平均价格)
/// or group of people (低保对象) none of the items ends in.
fn one_word_rest<'a>(last: &'a str, earlier: &[&str], jieba: &Jieba) -> Option<&'a str> {
    let last = strip_scope_words(last);
    // (接待本地和外地游客: the predicate opening the first item is no part of it.)
    fn bare(i: &str) -> &str {
        let i = strip_scope_words(i);
        match METRIC_OPENERS.prefix(i) {
            Some((w, _)) if w.len() < i.len() => &i[w.len()..],
            _ => i,
        }
    }
    let first = bare(earlier.first()?);
    let n = first.chars().count();
    let one_word =
        |i: &str| i.chars().count() == n && (2..=4).contains(&n) && jieba.cut(i, false).len() == 1;
    if !earlier.iter().all(|i| one_word(bare(i))) {
        return None;
    }
    let at = last.char_indices().nth(n).map(|(i, _)| i)?;
    let (own, rest) = last.split_at(at);
    // (失业率, 营业收入: an 业 inside the measure is its own; after one-word items no industry's
    // name is split.)
    let plain = rest.chars().all(|c| crate::normalize::is_han(c) && !"及和与或".contains(c));
    let measure = (2..=10).contains(&rest.chars().count())
        && plain
        && (ends_in_metric(rest)
            || MEASURES.contains(&rest)
            || BENEFICIARY_GROUPS.suffix(rest).is_some()
            || rest.ends_with(['额', '量', '率', '值', '数', '产', '价']));
    (measure && one_word(own) && !earlier.iter().any(|i| i.ends_with(rest))).then_some(rest)
}

/// Whether `s`, the part of a last item its list's other items may share, is plain words:
/// Han, with no connective (及, 和 …) or industry's 业 of the item's own.
fn plain_words(s: &str) -> bool {
    s.chars().all(|c| crate::normalize::is_han(c) && !"及和与或业".contains(c))
}

/// Counts that measure on their own (人次, 游客): a list item ending in one is a metric of its
/// own, and one alone is a measure items share (本地和外地游客).
const MEASURES: [&str; 6] = ["人次", "人数", "数量", "吞吐量", "游客", "旅客"];

/// Whether a list item ends in a word naming what is measured (营业收入, 利润总额): a metric of
/// its own, which shares no other item's.
fn ends_in_metric(i: &str) -> bool {
    // (接待游客人次和旅游收入: a count of visits, 人次, is a measure of its own too; so are
    // the visitors counted, 接待游客、旅游收入.)
    MEASURES.iter().any(|m| i.ends_with(m) && i.len() > m.len())
        || SHARED_TAILS.suffix(i).is_some_and(|(_, metric)| metric)
        || METRIC_WORDS.suffix(i).is_some_and(|(w, _)| w.len() > 3)
}

/// Whether a list item ends in the same two characters as the last item and is longer:
/// 住户存款和金融企业存款 are two of one kind, each written whole (no 住户存款企业存款).
fn ends_alike(i: &str, last: &str) -> bool {
    fn two(s: &str) -> Option<&str> {
        s.char_indices().rev().nth(1).map(|(k, _)| &s[k..])
    }
    i.chars().nth(2).is_some() && two(i).is_some_and(|e| two(last) == Some(e))
}

/// Whether a list item opens with `own`, the last item's part before what it may share, and
/// goes on past it: 研发投入强度和研发投入占比 writes each item whole, no 研发投入强度占比.
fn restates(i: &str, own: &str) -> bool {
    own.chars().nth(1).is_some() && i.len() > own.len() && i.starts_with(own)
}

/// Whether a list item is a rate or an index of three characters or more (入住率, 新订单指数),
/// whole beside a last item whose shared tail is a metric word of its own: 入住率和营业收入 is
/// no 入住率收入, though 优良率和达标率目标值 shares 目标值. (Not a volume: 化学需氧量、氨氮排放量
/// names substances.)
fn rate_beside_metric(i: &str, tail: &str) -> bool {
    (RATE_ENDINGS.iter().any(|e| i.ends_with(e)) || i.ends_with("指数"))
        && i.chars().nth(2).is_some()
        && SHARED_TAILS.prefix(tail).is_some_and(|(_, metric)| metric)
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

/// The last list of `want` (two or more) times in `head` (一季度和上半年, 2023年、2024年), in
/// order; empty if there is none. (2017年、2018年及2019年，收入分别为…，2019年增长28%；净利润
/// 分别为…: a single time after the list leaves it the list of the later run too.)
fn listed_times(head: &str, want: usize) -> Vec<TimeExpr> {
    if want < 2 || !period::occurs_in(head) {
        return Vec::new();
    }
    let elided = shared_unit_times(head);
    if elided.len() == want {
        return elided;
    }
    let times = period::find(head);
    // 一季度至四季度，…余额分别增长a、b、c和d: a range of quarters lists them, one per figure,
    // where nothing is listed after it.
    if let Some(last) = times.last() {
        let quarters = period::quarters_of(head, last);
        if quarters.len() == want && !head[last.span.end..].contains(['、', '和', '及', '与']) {
            return quarters;
        }
    }
    let mut end = times.len();
    while end >= want {
        let mut start = end - 1;
        while start > 0 {
            let gap = &head[times[start - 1].span.end..times[start].span.start];
            if !matches!(gap, "和" | "及" | "、" | "与") {
                break;
            }
            start -= 1;
        }
        if end - start == want {
            return times[start..end].to_vec();
        }
        end = start;
    }
    Vec::new()
}

/// `粮油、食品类，饮料类，烟酒类零售额`: `n` categories (each ending in 类, of a few characters,
/// one may hold 、) parted by commas back from `at`, the last one opening the clause at
/// `head_start` before the measure they share. Where the list starts, and each category
/// with the measure.
fn comma_categories(
    text: &str,
    floor: usize,
    head_start: usize,
    at: usize,
    n: usize,
) -> Option<(usize, Vec<String>)> {
    let head = text.get(head_start..at)?;
    let cut = head.find('类')? + '类'.len_utf8();
    let (last, measure) = head.split_at(cut);
    let category = |c: &str| {
        (2..=12).contains(&c.chars().count())
            && c.ends_with('类')
            && c.chars().all(|ch| crate::normalize::is_han(ch) || ch == '、')
    };
    if n < 2 || !category(last) || !(2..=8).contains(&measure.chars().count()) {
        return None;
    }
    let before = text.get(floor..head_start)?.strip_suffix('，')?;
    let mut items: Vec<&str> = before.rsplit('，').take(n - 1).collect();
    items.reverse();
    let (&whole, rest) = items.split_first()?;
    let first = strip_scope_words(whole);
    if items.len() != n - 1 || !category(first) || !rest.iter().all(|i| category(i)) {
        return None;
    }
    // (The items and the commas between and after them end at `head_start`.)
    let written: usize = items.iter().map(|i| i.len() + '，'.len_utf8()).sum();
    let from = head_start - written + (whole.len() - first.len());
    let metrics = std::iter::once(first)
        .chain(rest.iter().copied())
        .chain([last])
        .map(|c| format!("{c}{measure}"))
        .collect();
    Some((from, metrics))
}

/// Numbers listed before one time word they share (一、二、三季度, 1、2月份), the last such
/// list in `head`, one time each; empty if there is none.
fn shared_unit_times(head: &str) -> Vec<TimeExpr> {
    let Some(c) = SHARED_UNIT_TIMES.captures_iter(head).last() else {
        return Vec::new();
    };
    let (Some(list), Some(unit)) = (c.get(1), c.get(2)) else {
        return Vec::new();
    };
    let mut times = Vec::new();
    let mut start = list.start();
    for n in list.as_str().split(['、', '和', '及', '与']) {
        let one = format!("{n}{}", unit.as_str());
        // (Each number must read as a time of its own whole: 十三月 is none.)
        match period::find(&one)[..] {
            [mut t] if t.span.start == 0 && t.span.end == one.len() => {
                // Spans in `head`: each number's own, the last's with the shared word.
                let end = if start + n.len() == list.end() { unit.end() } else { start + n.len() };
                t.span = NSpan::new(start, end);
                times.push(t);
            }
            _ => return Vec::new(),
        }
        // (Past the number and the one-character separator after it.)
        start += n.len() + head[start + n.len()..].chars().next().map_or(0, char::len_utf8);
    }
    times
}

static SHARED_UNIT_TIMES: LazyLock<Regex> = LazyLock::new(|| {
    let n = "(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])";
    Regex::new(&format!(r"({n}(?:[、和及与]{n})+)(季度|月份|月)"))
        .unwrap_or_else(|e| panic!("shared unit times regex: {e}"))
});

/// The places, parks or enterprises listed in `range` (甲市、乙市), if they form one list
/// (joined by 、/和/及/与 only); empty otherwise.
fn listed_subjects<'a>(text: &'a str, entities: &'a Entities, range: NSpan) -> Vec<&'a str> {
    let mut names: Vec<&'a str> = Vec::new();
    let mut last_end = None;
    for (span, e) in entities.within(range) {
        if !matches!(e.kind, EntityKind::Place | EntityKind::Park | EntityKind::Enterprise) {
            continue;
        }
        // (对美国、欧盟出口分别增长…: places after 对, 向 or 自 are partners or markets, no
        // one's figures.)
        if last_end.is_none() && text[..span.start].ends_with(['对', '向', '自']) {
            return Vec::new();
        }
        if let Some(end) = last_end {
            // (永宁县闽宁镇、西夏区镇北堡镇: a place right after another narrows the item.)
            if end == span.start && e.kind == EntityKind::Place {
                if let Some(last) = names.last_mut() {
                    *last = e.name.as_str();
                }
                last_end = Some(span.end);
                continue;
            }
            // (甲公司（简称“甲”）、乙公司: the short form in brackets is the same item.)
            let gap = text.get(end..span.start).unwrap_or_default();
            let glossed = names.last() == Some(&e.name.as_str())
                && gap.starts_with(['（', '('])
                && !gap.contains(['，', '；', '。', '）', ')']);
            if glossed {
                last_end = Some(span.end);
                continue;
            }
            let gap = gap.trim_start_matches(['”', '"', '）', ')']);
            // (甲科技（600001）、乙材料: a stock code in brackets after a name is its own.)
            let gap = super::clause::stock_code_gloss(gap).map_or(gap, |n| &gap[n..]);
            if !matches!(gap, "、" | "和" | "及" | "与") {
                // (东山景区、南门街区、西山景区: an item the finders missed between two found
                // ones, a short name ending in the level or kind character both of them end
                // in, is an item too.)
                let missed = gap
                    .strip_prefix('、')
                    .and_then(|g| g.strip_suffix(['、', '和', '及', '与']))
                    .filter(|m| {
                        let kind = |n: &str| n.chars().next_back();
                        (2..=6).contains(&m.chars().count())
                            && m.chars().all(|c| crate::normalize::is_han(c) && !function_char(c))
                            && names.last().is_some_and(|l| kind(l) == kind(m))
                            && kind(&e.name) == kind(m)
                    });
                match missed {
                    Some(m) => names.push(m),
                    None => return Vec::new(),
                }
            }
        }
        // (A place named twice over, 西塘桥 and 西塘桥街道 at one spot, is one item.)
        if !names.contains(&e.name.as_str()) {
            names.push(e.name.as_str());
        }
        last_end = Some(span.end);
    }
    // (吕梁、晋城、朔州、忻州4市原煤产量均超过1亿吨: a list closed by its count and level
    // names the group, whose figure it is, not each member's.)
    let after = last_end.map_or("", |e| &text[e..range.end]);
    let count = after.trim_start_matches(|c: char| c.is_ascii_digit() || period::is_numeral(c));
    if count.len() < after.len() && count.starts_with(['市', '县', '区', '州', '省', '家', '个'])
    {
        return Vec::new();
    }
    if names.len() < 2 { Vec::new() } else { names }
}

/// Whether a word of `src/data/area_classes.tsv` opens or ends a class of areas.
#[derive(Clone, Copy, PartialEq)]
enum AreaClass {
    Opens,
    Ends,
}

/// Words opening or ending a class of areas (非, 脱贫; 城市, 小区): no area named.
static AREA_CLASSES: LazyLock<Words<AreaClass>> = LazyLock::new(|| {
    Words::new(crate::words::labelled(include_str!("../data/area_classes.tsv"), |l| match l {
        "opens" => Some(AreaClass::Opens),
        "ends" => Some(AreaClass::Ends),
        _ => None,
    }))
});

/// The `n` areas listed in `head` (滨湖新区、高新区; 甲县、高新区GDP), whether or not the
/// finders named them, and what follows the last (`GDP`, often nothing). An area is a place or
/// park found there, or a short name of Han characters ending in an administrative unit
/// (区, 县, 市 …), a zone's common name (高新区) included; two characters only for 县 (城镇,
/// 农村, 股市 are groups and markets); none a class of areas (`AREA_CLASSES`: 脱贫村, 一线城市).
/// None unless every item is one.
fn listed_areas(
    text: &str,
    entities: &Entities,
    head: NSpan,
    n: usize,
) -> Option<(Vec<String>, String)> {
    let found = |from: usize| {
        entities
            .starting_at(from)
            .filter(|(_, e)| matches!(e.kind, EntityKind::Place | EntityKind::Park))
            .map(|(span, _)| span.end - from)
    };
    let area_like = |s: &str| {
        let chars = s.chars().count();
        // (Of two characters only a county, 沛县, or a district named by its side, 东区; 股市,
        // 沪市, 城区, 景区 are markets and groups.)
        (chars == 2 && (s.ends_with('县') || s.ends_with('区') && s.starts_with(['东', '西', '南', '北']))
            || (3..=8).contains(&chars))
            && !AREA_CLASSES.prefix(s).is_some_and(|(_, e)| e == AreaClass::Opens)
            && !AREA_CLASSES.suffix(s).is_some_and(|(_, e)| e == AreaClass::Ends)
            && s.ends_with(super::lexicon::ADMIN_UNIT_ENDS)
            // (Not function_char: 经开区, 和平区 hold 经 and 和.)
            && s.chars().all(|c| {
                crate::normalize::is_han(c)
                    && !matches!(c, '的' | '在' | '是' | '对' | '向' | '由' | '从' | '将' | '为')
            })
            // (A zone's common name, 高新区, is a scope word too, but an area all the same;
            // 全县, 本县, 该区, 各县 refer to the text's own region, no member; 全椒县 and 本溪市
            // are names.)
            && !(s.starts_with(['该', '各'])
                || chars == 2 && s.starts_with(['全', '本', '我']))
            && !period::occurs_in(s)
    };
    let mut areas = Vec::new();
    let mut at = head.start
        + (text[head.start..head.end].len() - text[head.start..head.end].trim_start().len());
    loop {
        let rest = &text[at..head.end];
        // The item's length: a name found there, else the shortest area-like start.
        let len = found(at).filter(|&l| l <= rest.len()).or_else(|| {
            rest.char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .take(8)
                .find(|&e| area_like(&rest[..e]))
        })?;
        areas.push(rest[..len].to_string());
        let after = &rest[len..];
        match after.chars().next() {
            Some(c @ ('、' | '和' | '及' | '与')) if areas.len() < n => {
                at += len + c.len_utf8()
            }
            Some('、' | '和' | '及' | '与') => return None,
            _ if areas.len() == n => {
                // (二手住宅价格环比分别…: the base compared with names no metric.)
                let rest = COMPARISON.replace_all(after.trim(), "");
                let rest = rest.trim_end_matches("同比").trim_end_matches("环比");
                return Some((areas, rest.to_string()));
            }
            _ => return None,
        }
    }
}

/// The markets or partners listed after 对 or 向 in `head` (对欧盟、美国和东盟), each with its
/// preposition (对美国), and where the list opens and ends; None unless everything named in the
/// head is that list of places, joined by 、/和/及/与.
fn listed_partners(
    text: &str,
    entities: &Entities,
    head: NSpan,
) -> Option<(usize, usize, Vec<String>)> {
    let mut names = Vec::new();
    let (mut from, mut end, mut prep) = (None, 0, '对');
    for (span, e) in entities.within(head) {
        if e.kind != EntityKind::Place {
            return None;
        }
        match from {
            None => {
                prep = text[..span.start].chars().next_back().filter(|c| "对向".contains(*c))?;
                from = Some(span.start - prep.len_utf8());
            }
            Some(_) if matches!(text.get(end..span.start), Some("、" | "和" | "及" | "与")) => {
            }
            // (A place right after another narrows it: one item.)
            Some(_) if end == span.start => {
                names.pop();
            }
            Some(_) => return None,
        }
        names.push(format!("{prep}{}", e.name));
        end = span.end;
    }
    (names.len() >= 2).then_some((from?, end, names))
}

/// Words naming two groups at once (`src/data/paired_words.tsv`): 城乡 = 城镇 and 农村.
/// (A malformed row is a build defect the unit tests catch.)
static PAIRED_WORDS: LazyLock<Vec<(usize, [&'static str; 3])>> = LazyLock::new(|| {
    crate::words::rows::<3>(include_str!("../data/paired_words.tsv")).unwrap_or_default()
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
    let clause = text.get(start..end)?;
    let list = &clause[..clause.rfind(metric)? + metric.len()];
    let mut items: Vec<&str> = list.split('、').map(|i| strip_scope_words(i.trim())).collect();
    // (西红柿、黄瓜、青椒涨幅居前，分别上涨…: the rate word after the last item is every
    // item's, as a shared tail is: 西红柿涨幅, 黄瓜涨幅, 青椒涨幅.)
    const RATES: [&str; 5] = ["涨幅", "增幅", "降幅", "跌幅", "增速"];
    let mut shared_rate = None;
    if let Some((last, firsts)) = items.split_last_mut() {
        let rate = RATES.iter().find_map(|r| last.strip_suffix(r).map(|h| (h, *r)));
        if let Some((head, r)) = rate.filter(|(h, _)| h.chars().nth(1).is_some()) {
            if firsts.iter().all(|i| !i.ends_with(r)) {
                *last = head;
                shared_rate = Some(r);
            }
        }
    }
    // A list of figures (增值税18.2亿元、企业所得税9.6亿元，分别增长…) is the next rule's.
    if items.len() < 2 || list.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let metrics = shared_tail(&items).or_else(|| {
        let whole = |i: &&str| (2..=16).contains(&i.chars().count()) && !period::occurs_in(i);
        items.iter().all(whole).then(|| items.iter().map(|i| i.to_string()).collect())
    })?;
    let metrics = match shared_rate {
        Some(r) => metrics.into_iter().map(|m| m + r).collect(),
        None => metrics,
    };
    Some((NSpan::new(start, start + list.len()), metrics))
}

/// The items of a list of `n` short names closing the clause that ends right before `at`
/// after 是 or 为 (涨幅居前的是菠菜、生菜和黄瓜，), and where the list starts.
fn list_closing_clause(
    text: &str,
    floor: usize,
    at: usize,
    n: usize,
) -> Option<(usize, Vec<&str>)> {
    let clause = text[floor..at].strip_suffix(['，', ','])?;
    let open = clause
        .rfind(['，', '；', '：', '。', ',', ';'])
        .map_or(0, |i| i + clause[i..].chars().next().map_or(0, char::len_utf8));
    let clause = &clause[open..];
    // (是 and 为 are both three bytes long.)
    let list_at = clause.rfind(['是', '为'])? + '是'.len_utf8();
    let items: Vec<&str> = clause[list_at..].split(['、', '和', '及']).collect();
    let short =
        |i: &&str| (1..=8).contains(&i.chars().count()) && i.chars().all(crate::normalize::is_han);
    (items.len() == n && items.iter().all(short)).then(|| (floor + open + list_at, items))
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

/// The evidence of a 分别 run's first member whose metric came from the list before 分别
/// opens at the list (城镇、农村…收入分别达到38912元), not at its last item's words.
fn open_at_list(first: &mut RawIndicator, head_start: usize, at: usize) {
    if (head_start..at).contains(&first.span.start) {
        first.span.start = head_start;
    }
}

/// Kinds of goods and cargo (矿石, 煤炭): a list item ending in one is whole.
static GOODS_KINDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/goods_kinds.txt")));

/// Whether every item names goods of its own (原油, 煤炭: ending in a kind of goods), not a
/// kind of goods the last item names (内贸, 热轧, 散装).
fn all_goods<S: AsRef<str>>(items: &[S]) -> bool {
    items.iter().all(|i| GOODS_KINDS.suffix(strip_scope_words(i.as_ref())).is_some())
}

/// Groups of areas a count names (三大区域, 两个片区): each item of the list is an area.
static AREA_GROUPS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/area_groups.txt")));

/// Nouns of a group its count names (三大主导产业, 两大领域, 四个板块).
pub(super) static GROUP_NOUNS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/group_nouns.txt")));

/// `甲、乙、丙三大主导产业产值`: a list closed by its count (三大, 两个, 4类) of `n` and a group
/// noun within six characters of it. Returns the list, the group noun where it names a trade
/// (行业, 产业) and the measure after the group (`产值`; empty where none follows).
fn counted_group(head: &str, n: usize) -> Option<(&str, Option<&'static str>, &str)> {
    let numeral = |c: char| period::is_numeral(c) || c == '两' || c.is_ascii_digit();
    for (i, c) in head.char_indices() {
        // (One numeral alone: 十二个 and 13个 count no list of two or three.)
        if !numeral(c) || head[..i].chars().next_back().is_some_and(numeral) {
            continue;
        }
        let after = &head[i + c.len_utf8()..];
        let Some(rest) = after.strip_prefix(['大', '个', '类', '项']) else { continue };
        let count = if c.is_ascii_digit() {
            c.to_digit(10).map(f64::from)
        } else {
            crate::quantity::number::parse_chinese(&head[i..i + c.len_utf8()])
        };
        if count != Some(n as f64) || !head[..i].contains('、') {
            continue;
        }
        // The group noun ends the group: the last one within six characters.
        let window: usize = rest.char_indices().nth(6).map_or(rest.len(), |(j, _)| j);
        let end = GROUP_NOUNS
            .iter()
            .filter_map(|g| rest[..window].rfind(g).map(|j| j + g.len()))
            .max()?;
        // (汽车、电子四个行业增加值: each item a trade, 汽车行业增加值; 领域 and the like
        // name no part of the metric.)
        let trade = ["行业", "产业"].into_iter().find(|g| rest[..end].ends_with(g));
        return Some((&head[..i], trade, &rest[end..]));
    }
    None
}

/// Where a metric read from a list's last item opens the group that counts the list
/// (`新材料三大产业产值` → `三大产业产值`; `太阳能电池“新三样”出口` → `“新三样”出口`): a count
/// (三大, 两个, 4类) with a group noun within six characters, or a short quoted name holding a
/// numeral.
pub(super) fn group_count_start(metric: &str) -> Option<usize> {
    let numeral = |c: char| period::is_numeral(c) || c == '两' || c.is_ascii_digit();
    let mut prev = None;
    for (i, c) in metric.char_indices() {
        let after = &metric[i + c.len_utf8()..];
        if i > 0 && numeral(c) && !prev.is_some_and(numeral) {
            if let Some(rest) = after.strip_prefix(['大', '个', '类', '项']) {
                let window = rest.char_indices().nth(6).map_or(rest.len(), |(j, _)| j);
                if GROUP_NOUNS.occurs_in(&rest[..window]) {
                    return Some(i);
                }
            }
        }
        if i > 0 && c == '“' {
            let quoted = after.find('”').map(|j| &after[..j]);
            if quoted.is_some_and(|q| q.chars().count() <= 5 && q.contains(numeral)) {
                return Some(i);
            }
        }
        prev = Some(c);
    }
    None
}

/// A list item without the scope words opening it, nor the locative after them (园区内煤炭:
/// 煤炭; 全市内贸集装箱 keeps the word 内贸).
fn unscoped(item: &str) -> &str {
    static INNER_WORDS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/inner_words.txt")));
    let rest = strip_scope_words(item);
    match rest.strip_prefix('内') {
        Some(r)
            if rest.len() < item.len()
                && r.chars().nth(1).is_some()
                && INNER_WORDS.prefix(rest).is_none() =>
        {
            r
        }
        _ => rest,
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

/// The items of a 分别 list `head`, split at 、 first (酒和饮料制造业 is one item), then at
/// 和/及 too, then at 和/及 only after an industry (制造业和电力热力燃气及水生产和供应业: the
/// 和 and 及 inside the second name join no items), whichever gives `n` items first; failing
/// all, the second. A separator inside a listed industry name (电力、热力、燃气及水生产和供应业)
/// splits nothing; a ， does (see [`industries_before`]).
fn head_items(head: &str, n: usize) -> Vec<&str> {
    // Where the listed names lie: most heads hold no 、 and need no lookups.
    let mut names: Vec<(usize, usize)> = Vec::new();
    if head.contains('、') && head.contains('业') {
        let mut i = 0;
        while let Some(c) = head[i..].chars().next() {
            match INDUSTRY_NAMES.prefix(&head[i..]) {
                Some((name, ())) => {
                    names.push((i, i + name.len()));
                    i += name.len();
                }
                None => i += c.len_utf8(),
            }
        }
    }
    let split = |cut: &dyn Fn(usize, char) -> bool| -> Vec<&str> {
        let mut items = Vec::new();
        let mut from = 0;
        for (i, c) in head.char_indices() {
            if cut(i, c) && !names.iter().any(|&(s, e)| s < i && i < e) {
                items.push(head[from..i].trim());
                from = i + c.len_utf8();
            }
        }
        items.push(head[from..].trim());
        items.retain(|s| !s.is_empty());
        items
    };
    let at_comma = |c: char| c == '、' || c == '，';
    let first = split(&|_, c| at_comma(c));
    if first.len() == n {
        return first;
    }
    let second = split(&|_, c| at_comma(c) || c == '和' || c == '及');
    if second.len() == n {
        return second;
    }
    // (交通通信和生活用品及服务: 及 inside an item's name, the list parted by 和.)
    let at_he = split(&|_, c| at_comma(c) || c == '和');
    if at_he.len() == n {
        return at_he;
    }
    let after_industry =
        split(&|i, c| at_comma(c) || (c == '和' || c == '及') && head[..i].ends_with('业'));
    if after_industry.len() == n {
        return after_industry;
    }
    // (大型企业与中小企业营业收入: 与 joins items where nothing else does.)
    let with_yu = split(&|_, c| at_comma(c) || c == '和' || c == '及' || c == '与');
    if with_yu.len() == n { with_yu } else { second }
}

/// `全市采矿业，制造业，电力、热力、燃气及水生产和供应业增加值分别增长…`: industries whose
/// names hold a 、 are listed with ， between them. Where the head from `head_start` to the
/// 分别 at `at` has fewer items than the run's `n` figures, and as many clauses before it
/// (back to `floor`) each name one industry (ending in 业, with no figure), the head opens
/// at the first of them.
fn industries_before(text: &str, floor: usize, head_start: usize, at: usize, n: usize) -> usize {
    let Some(mut start) = text[floor..head_start].strip_suffix('，').map(|s| floor + s.len())
    else {
        return head_start;
    };
    let Some(missing) = n.checked_sub(head_items(&text[head_start..at], n).len()) else {
        return head_start;
    };
    if missing == 0 || !text[head_start..at].contains('业') {
        return head_start;
    }
    for k in 0..missing {
        let from = text[floor..start].rfind('，').map_or(floor, |i| floor + i + '，'.len_utf8());
        let item = unscoped(text[from..start].trim());
        // (新增三家企业 counts; 第二产业 does not.)
        let counts = item.char_indices().any(|(i, c)| {
            c.is_ascii_digit() || period::is_numeral(c) && !item[..i].ends_with('第')
        });
        let industry = item.ends_with('业')
            && !item.ends_with("企业")
            && (2..=12).contains(&item.chars().count())
            && !counts;
        if !industry || (from == floor && k + 1 < missing) {
            return head_start;
        }
        if k + 1 == missing {
            return from + (text[from..start].len() - text[from..start].trim_start().len());
        }
        start = from - '，'.len_utf8();
    }
    head_start
}

/// The items of a 分别 `head` that a verb and its object follow (甲、乙和丙分别实现营业收入…),
/// one per member of `run` and named by no entity: a zone's name (东区, 高新区) is the
/// member's subject, anything else (a product, a segment, 第一产业) opens its metric. A list
/// closed by its count (三大产品) is the list before the count. Whether they were.
fn doers_of_run(head: &str, inds: &mut [RawIndicator], run: &[usize]) -> bool {
    let counted = counted_group(head, run.len());
    let list = counted.map_or(head, |(list, _, _)| list);
    // (成都平原、川南两大区域: a group of areas makes each item an area, whose figure it is.)
    let areas = counted.is_some_and(|(list, _, measure)| {
        let group = &head[list.len()..head.len() - measure.len()];
        AREA_GROUPS.suffix(group).is_some()
    });
    // (该行在甲市、乙市分别…: the doer and 在 before the first item are no part of it.)
    let list = match list.find('在') {
        Some(i)
            if list[..i].chars().count() <= 6
                && !list[..i].contains('、')
                && list[i..].contains('、') =>
        {
            &list[i + '在'.len_utf8()..]
        }
        _ => list,
    };
    let items: Vec<&str> = head_items(list, run.len()).into_iter().map(unscoped).collect();
    if items.len() != run.len() {
        return false;
    }
    // (第一、二、三产业: the short items written out.)
    let items =
        shared_tail(&items).unwrap_or_else(|| items.iter().map(|i| i.to_string()).collect());
    let fits = |i: &String| {
        (2..=12).contains(&i.chars().count())
            && !period::occurs_in(i)
            && !SCOPE_WORDS.contains(i)
            && !refers_back(i)
    };
    if !items.iter().all(fits) {
        return false;
    }
    for (&k, item) in run.iter().zip(items) {
        if areas || item.ends_with(super::lexicon::ADMIN_UNIT_ENDS) {
            inds[k].subject = Some(item);
        } else if !inds[k].metric.starts_with(&item) {
            inds[k].metric = format!("{item}{}", inds[k].metric);
        }
    }
    true
}

/// Whether `q` bounds or approximates a value (以上, 超过, 近, 约 …), as against a plan or
/// forecast.
fn bounding(q: Qualifier) -> bool {
    q.is_bound() || q == Qualifier::Approximate
}

pub(super) fn respectively(
    (text, sentence, entities): (&str, NSpan, &Entities),
    jieba: &Jieba,
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
    let mut last_run: Vec<usize> = Vec::new();
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
        // The run before this one in the sentence, whose metrics are final when read below.
        let prev_run = std::mem::replace(&mut last_run, run.clone());
        // (分别增长73%和4.6倍: a member in other units keeps its own kind, a multiple.)
        // (分别增长1.3倍和45.6%: after a multiple, a percent the change verb governs is a
        // growth rate of the same sign.)
        let first_class = qs[inds[first].quantity].class;
        // (Some(true) for a fall.)
        let change_verb = || {
            let verbs = &text[at..q_start];
            let has = |ws: &[&str]| ws.iter().any(|v| verbs.contains(v));
            if has(&["下降", "减少", "回落"]) {
                Some(true)
            } else {
                has(&["增长", "增加", "提高", "上升"]).then_some(false)
            }
        };
        for (&k, _) in run.iter().zip(&own_predicate).skip(1).filter(|(_, own)| !**own) {
            let class = qs[inds[k].quantity].class;
            if class == first_class {
                inds[k].kind = inds[first].kind;
                inds[k].negative = inds[first].negative;
            } else if class == UnitClass::Percent && first_class == UnitClass::Multiple {
                if let Some(fall) = change_verb() {
                    inds[k].kind = IndicatorKind::Growth;
                    inds[k].negative = fall;
                }
            }
        }
        // 分别超过35GW和40GW: a bound written before the first member bounds them all (those
        // with no bound of their own).
        let first_q = &qs[inds[first].quantity];
        if first_q.span.start < first_q.core.start {
            let bounds: Vec<Qualifier> =
                first_q.qualifiers.iter().copied().filter(|q| bounding(*q)).collect();
            for &k in &run[1..] {
                if !inds[k].qualifiers.iter().any(|q| bounding(*q)) {
                    inds[k].qualifiers.extend(bounds.iter().copied());
                }
            }
        }
        // The enumerated metrics before 分别, back to the clause start.
        let floor = sentence.start.max(at.saturating_sub(crate::sentence::MAX_CLAUSE));
        let floor = (floor..=at).find(|&i| text.is_char_boundary(i)).unwrap_or(at);
        // 一季度和上半年分别增长…: each member's own time, from the period its run opened in.
        let times = listed_times(&text[floor..at], run.len());
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
        // (甲公司（简称“甲”）、乙公司（简称“乙”）研发投入分别…: a bracket closed before 分别
        // glosses a name inside the head; it opens no head.)
        let head_start = text[floor..at]
            .char_indices()
            .rev()
            .find(|&(i, c)| {
                "，；：。".contains(c)
                    || "（(".contains(c) && !text[floor + i..at].contains(['）', ')'])
            })
            .map_or(floor.max(sentence.start), |(i, c)| floor + i + c.len_utf8());
        let head_start = industries_before(text, floor, head_start, at, run.len());
        // 涨幅居前的是菠菜、生菜和黄瓜，分别上涨…: with nothing before 分别 in its clause, a list
        // closing the clause before after 是 or 为 names the members, one each.
        if head_start == at {
            if let Some((from, items)) = list_closing_clause(text, floor, at, run.len()) {
                // (…分别是甲公司和乙公司，分别实现营收…: named firms or places are whose
                // figures they are; the metric stays the clause's own.)
                // (So are members whose figures' clause names its own metric: 分别实现营收….)
                let own = &inds[first].metric;
                let named = entities.within(NSpan::new(from, at)).next().is_some()
                    || !own.is_empty() && text[at..q_start].contains(own.as_str());
                for (&k, item) in run.iter().zip(items) {
                    if named {
                        inds[k].subject = Some(item.to_string());
                    } else {
                        inds[k].metric = item.to_string();
                    }
                }
                open_at_list(&mut inds[first], from, at);
                continue;
            }
        }
        // 销售额同比、环比分别增长…: the bases listed are the members' own, one each; every
        // member is the first's metric.
        if super::metric::listed_bases(&text[head_start..at]).is_some() {
            for &k in &run[1..] {
                let metric = inds[first].metric.clone();
                inds[k].metric = metric;
            }
            continue;
        }
        // (2025年第一产业、第二产业…分别: a time opening the head dates the run, and is no
        // part of its first item.)
        let head_start = match period::at_start(&text[head_start..at]) {
            Some(t) if !dated && head_start + t.span.end < at => head_start + t.span.end,
            _ => head_start,
        };
        // 粮油、食品类，饮料类，烟酒类零售额分别增长…: categories parted by commas (one may
        // hold 、) before the measure they share, one per figure.
        if let Some((from, metrics)) = comma_categories(text, floor, head_start, at, run.len()) {
            for (&k, m) in run.iter().zip(metrics) {
                inds[k].metric = m;
            }
            open_at_list(&mut inds[first], from, at);
            continue;
        }
        // 增速比全国、全省分别高1.5个和0.8个百分点: the items after 比 are the bases compared
        // with, one per member; every member is the first's metric.
        // (A bare rate before 比 is the rate of the level the first member carried:
        // 规上工业增加值增速.)
        let head = &text[head_start..at];
        let bases = head.rfind(['比', '较']).map(|i| (&head[..i], &head[i + '比'.len_utf8()..]));
        if let Some((own, bases)) = bases {
            let items: Vec<&str> = bases.split(['、', '和']).collect();
            if items.len() == run.len()
                && items.iter().all(|b| (1..=8).contains(&b.chars().count()))
                && !inds[first].metric.is_empty()
            {
                let own = strip_scope_words(own.trim());
                let mut metric = inds[first].metric.clone();
                // (人均GDP比全国、全省、全市平均水平分别高出…: a metric read from the bases
                // names one of them; the metric is before 比.)
                let from_bases = !metric.is_empty() && bases.ends_with(metric.as_str());
                if from_bases && !own.is_empty() && own.chars().all(|c| c.is_alphanumeric()) {
                    metric = own.to_string();
                }
                if GROWTH_METRIC_ENDINGS.contains(&own)
                    && !GROWTH_METRIC_ENDINGS.iter().any(|e| metric.ends_with(e))
                {
                    metric.push_str(own);
                }
                for &k in &run {
                    inds[k].metric.clone_from(&metric);
                }
                open_at_list(&mut inds[first], head_start, at);
                continue;
            }
        }
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
        // 滨湖新区、高新区分别成交…, 甲县、高新区GDP分别增长…: areas the finders did not all
        // name (a zone's common name, a county whose stem is a word) list the members'
        // subjects too; what follows the last names their metric.
        let mut area_metric = None;
        if subjects.is_empty() {
            if let Some((areas, rest)) =
                listed_areas(text, entities, NSpan::new(head_start, at), run.len())
            {
                subjects = areas;
                area_metric = Some(rest);
            }
        }
        if subjects.len() == run.len() {
            let mut metric = inds[first].metric.clone();
            if let Some(rest) = area_metric {
                // (…分别成交12.4万平方米: with nothing after the areas, the metric is the
                // first's unless it was read from the list; then it is what follows 分别.)
                let from_list = metric.is_empty() || subjects.iter().any(|s| metric.contains(s));
                if !rest.is_empty() {
                    metric = rest;
                } else if from_list {
                    let object =
                        COMPARISON.replace_all(&text[at + RESPECTIVELY.len()..q_start], "");
                    let object = object.trim();
                    metric = match LONG_PREDICATE_VERBS.prefix(object) {
                        Some((verb, ())) if verb.len() < object.len() => &object[verb.len()..],
                        _ => object,
                    }
                    .to_string();
                }
            }
            // (合肥、芜湖规上工业增加值分别增长…，…贡献率…；宿州、淮南分别下降…: a head of places
            // alone names no metric; the run of places before it in the sentence does.)
            let places_only = {
                let head = NSpan::new(head_start, at);
                let named: usize = entities.within(head).map(|(s, _)| s.len()).sum();
                let seps: usize = text[head_start..at]
                    .match_indices(['、', '和', '及', '与'])
                    .map(|(_, m)| m.len())
                    .sum();
                named + seps == at - head_start
            };
            let before = prev_run
                .first()
                .filter(|&&k| inds[k].span.start >= sentence.start && inds[k].subject.is_some());
            if let Some(&k) = before.filter(|_| places_only && !listed.is_empty()) {
                metric.clone_from(&inds[k].metric);
            }
            for (&k, subject) in run.iter().zip(&subjects) {
                inds[k].subject = Some(subject.clone());
                inds[k].metric.clone_from(&metric);
            }
            open_at_list(&mut inds[first], head_start, at);
            last_subjects = subjects;
            continue;
        }
        // (分别新引进科技型项目11个和23个: an object between 分别 and the figures names the
        // metric; the items before are who did it, named or not. 分别完成年度目标任务的…
        // names the whole of shares, and the items their parts.)
        // (两县分别完成投资1.2和3.5亿元: so does a metric word right before the figures.)
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
        // (组件产能将分别超过…, 均分别…: an adverb before 分别 is no part of the items.)
        // (年均分别增长: the yearly average is the rate's basis, as in 年均增长, no part of
        // the items.)
        let head = ["年均", "月均", "日均"]
            .iter()
            .find_map(|a| head.strip_suffix(a))
            .unwrap_or(head)
            .trim_end_matches(['将', '均', '也', '已', '都']);
        // (…，按可比口径分别增长…: a basis names no metric.)
        let head = if super::metric::only_basis(head.trim()) { "" } else { head };
        // (电子、汽车等行业增加值分别…: 等 before the trades' group noun closes the list of
        // as many items as figures; it is no part of the last item.)
        let closed;
        let head = match head.find("等行业").or_else(|| head.find("等产业")) {
            Some(i) if head[..i].split('、').count() == run.len() => {
                closed = [&head[..i], &head[i + '等'.len_utf8()..]].concat();
                closed.as_str()
            }
            _ => head,
        };
        // (分别较年初增长…: the base compared with names no metric either.)
        let object = COMPARISON.replace_all(&text[at + RESPECTIVELY.len()..q_start], "");
        let object = object.as_ref();
        // (分别实现贷款投放…: a predicate verb and a noun after it name the metric too, a
        // measure word list or not.)
        let verb_object = || {
            let o = object.trim();
            LONG_PREDICATE_VERBS.prefix(o).is_some_and(|(v, ())| {
                let noun = &o[v.len()..];
                noun.chars().nth(1).is_some()
                    && noun.chars().all(crate::normalize::is_han)
                    && !only_predicates(noun)
            })
        };
        let names_metric =
            || !only_predicates(object) && (ends_in_metric(object.trim()) || verb_object());
        // (分别高于全市规上工业3.9和3.5个百分点: a base compared with names no metric, however
        // long.)
        let base = ["高于", "低于", "快于", "慢于", "好于"].iter().any(|w| object.starts_with(w));
        // (分别比上年同期增长: the base compared with counts for no length either.)
        let far = RESPECTIVELY.len() + object.len() > RESPECTIVELY_NEAR;
        if (far || names_metric()) && !object.ends_with('的') && !base {
            // (两地分别投资…: what was read from before 分别 is no part of the metric.)
            for &k in &run {
                let metric = &inds[k].metric;
                if let Some(i) = metric.find(RESPECTIVELY) {
                    let after = &metric[i + RESPECTIVELY.len()..];
                    if after.chars().nth(1).is_some() {
                        inds[k].metric = after.to_string();
                    }
                }
            }
            // (电子级氢氟酸、六氟磷酸锂分别实现营业收入…, 东区、西区分别完成投资…: unnamed
            // items are what each figure is of, products or segments, or where, a zone.)
            if entities.within(NSpan::new(head_start, at)).next().is_none()
                && doers_of_run(head, &mut inds[..], &run)
            {
                open_at_list(&mut inds[first], head_start, at);
            } else if let Some((from, _, partners)) =
                listed_partners(text, entities, NSpan::new(head_start, at))
                    .filter(|(_, end, p)| p.len() == run.len() && text[*end..at].trim().is_empty())
            {
                // (对欧盟、美国和东盟分别进出口…: each market is its member's.)
                for (&k, partner) in run.iter().zip(partners) {
                    inds[k].metric = format!("{partner}{}", inds[k].metric);
                }
                open_at_list(&mut inds[first], from, at);
            }
            continue;
        }
        // (…收入分别增长4.6%、7.1%，增速分别比上年回落…: a bare rate after a run of the
        // sentence is each member's, in order.)
        let rate = head.trim();
        // (…、房产税1.3亿元，同比分别下降…: a run right after the one before, with no figure
        // between; else the figures between are the members.)
        let same_sentence = prev_run.first().is_some_and(|&k| inds[k].span.start >= sentence.start)
            && prev_run.last().is_some_and(|&k| k + 1 == first);
        // (…三大产业分别完成产值…，分别增长…: nothing before the 分别 of a later run, whose
        // members are the same, in order.)
        if rate.is_empty() && same_sentence && prev_run.len() == run.len() {
            for (&k, &p) in run.iter().zip(&prev_run) {
                let metric = inds[p].metric.clone();
                inds[k].metric = metric;
            }
            continue;
        }
        if GROWTH_METRIC_ENDINGS.contains(&rate) && same_sentence && prev_run.len() == run.len() {
            for (&k, &p) in run.iter().zip(&prev_run) {
                let base = GROWTH_METRIC_ENDINGS
                    .iter()
                    .find_map(|e| inds[p].metric.strip_suffix(e))
                    .unwrap_or(&inds[p].metric);
                inds[k].metric = format!("{base}{rate}");
            }
            continue;
        }
        let items = head_items(head, run.len());
        // 甲、乙、丙三大主导产业产值分别…: the count of the items closes the list, and what
        // follows it is the measure they share.
        if let Some((list, trade, measure)) = counted_group(head, run.len()) {
            // (动力电池、晶硅光伏和白酒三大领域: split at 和 and 及 too where 、 gives too few.)
            let listed: Vec<&str> = head_items(list, run.len())
                .into_iter()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            if listed.len() == run.len()
                && listed.iter().all(|i| (2..=12).contains(&i.chars().count()))
            {
                for (&k, item) in run.iter().zip(listed) {
                    let item = unscoped(item);
                    let noun = trade.filter(|_| !item.ends_with('业')).unwrap_or("");
                    inds[k].metric = format!("{item}{noun}{measure}");
                }
                open_at_list(&mut inds[first], head_start, at);
                continue;
            }
        }
        // 第一、二、三产业增加值分别…: the short items share the rest of the last.
        // (全年全市化学需氧量、…: a time among the scope words opening the list is no item's.)
        let unscoped_items: Vec<&str> = items.iter().map(|i| unscoped(i)).collect();
        let items_ok = items.len() == run.len()
            && unscoped_items
                .iter()
                .all(|i| !period::occurs_in(i) && (2..=24).contains(&i.chars().count()));
        // (甲区和乙区人均消费支出: items ending alike share the whole measure, read below, not
        // the part after a shared word inside it, 消费支出.)
        let parallel = unscoped_items.split_last().is_some_and(|(last, earlier)| {
            parallel_rest(strip_scope_words(last), earlier).is_some()
        });
        let written_out = (items.len() == run.len() && !parallel)
            .then(|| sector_items(&unscoped_items).or_else(|| shared_tail(&unscoped_items)));
        if let Some(mut metrics) = written_out.flatten() {
            widen_by_words(&unscoped_items, &mut metrics, jieba);
            // (对欧盟、美国和东盟进出口分别为…: every market keeps the 对 the first was written
            // with, 对美国进出口 as 对欧盟进出口.)
            let partners = listed_partners(text, entities, NSpan::new(head_start, at))
                .filter(|(_, _, p)| p.len() == metrics.len());
            if let Some((_, end, partners)) = partners {
                let measure = text[end..at].trim();
                if measure.chars().nth(1).is_some() && metrics.iter().all(|m| m.ends_with(measure))
                {
                    metrics = partners.iter().map(|p| format!("{p}{measure}")).collect();
                }
            }
            for (&k, metric) in run.iter().zip(metrics) {
                inds[k].metric = metric;
            }
            open_at_list(&mut inds[first], head_start, at);
        } else if items_ok {
            // 同城、异地、国际及港澳台快递业务量: short items share the last one's metric word
            // (企业职工养老保险、失业保险参保人数: eight characters at most).
            let last = items.last().map_or("", |i| strip_scope_words(i));
            let earlier = &items[..items.len() - 1];
            let parallel = parallel_rest(last, earlier);
            let word = last.char_indices().skip(1).map(|(i, _)| &last[i..]).find(|w| {
                parallel.is_none()
                    && SHARED_TAILS
                        .prefix(w)
                        .is_some_and(|(t, metric)| metric && t.len() == w.len())
            });
            // (香菇、猕猴桃网络零售额, 工业、农业固定资产投资: where each earlier item is one
            // word, so is the last's own part; the words after it, 网络零售额, are shared.)
            let word = word.map(|w| {
                // (同城 is two words of jieba's: an item of two characters is one group.)
                let one_word =
                    |i: &str| i.chars().nth(2).is_none() || jieba.cut(i, false).len() == 1;
                // (国际及港澳台快递业务量: a last item joining two groups with 及 or 和 shares
                // the rest after the second group's word.)
                let joined = last.rfind(['及', '和']).filter(|&i| {
                    let group = &last[..i];
                    (1..=4).contains(&group.chars().count())
                        && group.chars().all(crate::normalize::is_han)
                        && !group.ends_with('业')
                });
                let base = joined.map_or(last, |i| &last[i + '及'.len_utf8()..]);
                let own = jieba.cut(base, false).first().map_or(0, |t| t.word.len());
                let rest = &base[own..];
                // (Not where the rest holds a connective, a bracket or an industry's 业, an
                // item's own words: 马铃薯（折粮）产量, 采矿业、电力热力燃气及水生产和供应业
                // 增加值.)
                // (煤炭、非金属矿石吞吐量: nor where the last item ends in a kind of goods
                // before the word, 矿石, however jieba cuts it: the item is whole.)
                let before_word = rest.strip_suffix(w).filter(|b| !b.is_empty());
                // (内贸、外贸集装箱吞吐量: not where the items before are no goods but kinds of
                // them, which share the goods word.)
                let goods = base.strip_suffix(w).is_some_and(|b| GOODS_KINDS.suffix(b).is_some())
                    && all_goods(earlier);
                let shared = before_word.is_some_and(plain_words)
                    && !goods
                    && earlier.iter().all(|i| one_word(strip_scope_words(i)));
                if shared { rest } else { w }
            });
            // (抗感染类和中枢神经类制剂收入: earlier items of kinds, ending in 类, share all
            // that follows the last item's 类, the metric word and the noun before it.)
            let kinds = earlier.iter().all(|i| {
                let i = strip_scope_words(i);
                i.ends_with('类') && i.chars().nth(1).is_some()
            });
            let after_kind = last.rfind('类').map(|k| &last[k + '类'.len_utf8()..]);
            let word = match (word, after_kind.filter(|_| kinds)) {
                (Some(w), Some(rest)) if rest.len() > w.len() && rest.ends_with(w) => {
                    Some(rest).filter(|r| plain_words(r)).or(Some(w))
                }
                (word, _) => word,
            };
            let word = parallel.or(word).or_else(|| one_word_rest(last, earlier, jieba));
            for (&k, item) in run.iter().zip(items) {
                let item = strip_scope_words(item);
                inds[k].metric = match word {
                    // (An industry's name is no metric however long: 计算机、通信和其他电子设备
                    // 制造业、汽车制造业增加值.)
                    Some(w)
                        if (item.chars().count() <= 8 || item.ends_with('业'))
                            && !ends_in_metric(item)
                            && !rate_beside_metric(item, w)
                            && !last.strip_suffix(w).is_some_and(|own| restates(item, own))
                            && !item.ends_with(w) =>
                    {
                        joined(item, w)
                    }
                    _ => item.to_string(),
                };
            }
            open_at_list(&mut inds[first], head_start, at);
        } else if let Some(item) = one_metric(&items)
            .map(strip_scope_words)
            .filter(|i| !SCOPE_WORDS.contains(i) && !refers_back(i))
        {
            // (累计分别达到…: a scope word alone names none; the metrics before do, below.)
            // (美国、欧盟分别为第二、第三大贸易伙伴，进出口分别为…: a list of places or firms
            // earlier in the sentence, as many as the figures, is whose each figure is; the
            // paired word names one measure of them all.)
            // (From the last ； or ： on: 东盟为第一大贸易伙伴，…；美国、欧盟分别为…. The list
            // states its own 分别 figures first: 在上海、江苏等地带动下，全市进出口分别… and
            // 宁波、舟山两地深化合作，城乡…分别 keep the split.)
            let list_from = text[sentence.start..head_start]
                .rfind(['；', '：'])
                .map_or(sentence.start, |i| sentence.start + i + '；'.len_utf8());
            let prior = listed_subjects(text, entities, NSpan::new(list_from, head_start));
            let own_respectively = text[list_from..head_start].contains("分别");
            if own_respectively && prior.len() == run.len() && paired(item).is_some() {
                for (&k, subject) in run.iter().zip(&prior) {
                    inds[k].metric = item.to_string();
                    inds[k].subject = Some(subject.to_string());
                }
            } else if let Some(pair) = paired(item).filter(|_| run.len() == 2) {
                // 城乡居民人均可支配收入分别增长5.6%和7.2%: 城镇… and 农村…, in order.
                for (&k, metric) in run.iter().zip(pair) {
                    inds[k].metric = metric;
                }
                open_at_list(&mut inds[first], head_start, at);
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
