//! The reading of one quantity (`indicator`): its clause and window, the metric, kind,
//! sign, qualifiers, period and subject it gets.

use super::counted::{
    AGENT_MEASURES, PER_CAPITA, PER_CAPITA_OPENING, beneficiaries, counted_head_before,
    counted_noun, cut_product, measure_word, measures_counted, names_class, nouns_before_verb,
    verb_closed_head,
};
use super::lexicon::{
    BARE_ZONES, FALL_SIZE_ENDINGS, GROWTH_METRIC_ENDINGS, INDUSTRY_NAMES, MONEY_METRICS,
    OBJECT_CHANGE_VERBS, OUTPUT_LEADS, PLAN_ACTS, PREDICATE_VERBS, PREDICATES, Pred, Preds,
    RATE_ENDINGS, SCOPE_WORDS, YIELD_WORDS, list_number, only_predicates, without_works_kinds,
    zone_of,
};
use super::list::GE_DETERMINED;
use super::metric::{
    bare_time, capacity_lead, clause_before, fallback_metric, is_phase, label_metric,
    metric_before, per_unit_word, place_descriptor, short_partner, strip_scope_words,
    superlative_named, trade_partner, verbs_closing,
};
use super::plan::skip_time;
use super::share::{bounded_share, share_whole};
use super::subject::{starts_line, subject_is_enterprise};
use super::tagger::Tagger;
use super::{RawIndicator, State};
use crate::entity::{Entities, Found};
use crate::period;
use crate::quantity::unit::UnitClass;
use crate::quantity::{QUALIFIERS, RawQuantity};
use crate::report::{EntityKind, IndicatorKind, NormalizedUnit, Qualifier};
use crate::search::{contains_short, find_short, rfind_short};
use crate::sentence::{clause_start, is_clause_sep, list_start, trim, window_floor};
use crate::span::NSpan;
use crate::words::Words;
use jieba_rs::Jieba;
use std::cell::OnceCell;
use std::sync::LazyLock;

/// Words of what is new (新增, 净增, 新认定 …).
const NEW_WORDS: [&str; 7] = ["新增", "净增", "新发展", "新引进", "新认定", "新培育", "新建"];

/// `metric` without the word of what is new opening it (新增, 净增, 新发展 …), while two
/// characters remain.
fn without_change_word(metric: &str) -> &str {
    NEW_WORDS
        .iter()
        .find_map(|w| metric.strip_prefix(w))
        .filter(|rest| rest.chars().nth(1).is_some())
        .unwrap_or(metric)
}

/// Profit words a result word (盈利, 亏损) is the figure of (净利润亏损…, 净利润由亏损转为…).
const PROFITS: [&str; 4] = ["利润总额", "净利润", "利润", "净利"];

/// Whether `item`, a clause item ending at a 、, closes with a comparison and its first base
/// (增速比全国, 分别低于全国): short Han words after 比, 较 or a comparing verb, with a metric or
/// 分别 before it.
fn compared_base(item: &str) -> bool {
    // (One reverse walk for the comparing character: this runs at every 、 before a figure.)
    let Some((i, c)) = item.char_indices().rev().find(|&(_, c)| matches!(c, '比' | '较' | '于'))
    else {
        return false;
    };
    let at = if c == '于' {
        // 高于, 低于, 快于, 慢于, 好于.
        match item[..i].strip_suffix(['高', '低', '快', '慢', '好']) {
            Some(head) => head.len(),
            None => return false,
        }
    } else {
        i
    };
    let base = &item[i + c.len_utf8()..];
    (1..=8).contains(&base.chars().count()) && base.chars().all(crate::normalize::is_han) && at > 0
}

/// The length of a short-name declaration opening `s` (`（以下简称“楚能新材”）`, `（下称“…”）`,
/// or the short form quoted alone: `（“楚能新材”）`), if one does.
fn short_name_declaration(s: &str) -> Option<usize> {
    let inner = s.strip_prefix(['（', '('])?;
    let close = inner.find(['）', ')'])?;
    let close_len = inner[close..].chars().next()?.len_utf8();
    let len = s.len() - inner.len() + close + close_len;
    let quoted = inner[..close]
        .strip_prefix(['“', '"', '「'])
        .and_then(|q| q.strip_suffix(['”', '"', '」']))
        .is_some_and(|q| !q.is_empty() && !q.contains(['“', '”', '"', '「', '」']));
    // (（下称“正泰新能源”）: 下称 declares as 简称 does.)
    let declares = ["简称", "下称"].iter().any(|w| inner[..close].contains(w));
    (close <= 60 && (quoted || declares || stock_code(&inner[..close]))).then_some(len)
}

/// Whether `s`, the inside of a bracket after a company's name, is its stock code (601888,
/// 股票代码：601888, 00700.HK): four to six digits, after a code's label, before an
/// exchange's letters.
fn stock_code(s: &str) -> bool {
    let s = ["股票代码", "证券代码", "代码"].iter().find_map(|w| s.strip_prefix(w)).unwrap_or(s);
    let s = s.trim_start_matches(['：', ':', ' ']);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[digits..];
    let exchange = rest.is_empty()
        || rest.strip_prefix('.').is_some_and(|x| {
            (2..=3).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_uppercase())
        });
    (4..=6).contains(&digits) && exchange
}

/// The bracket opening `s` (`（600001）`, `（含子公司）`): what it holds, and its length with the
/// brackets.
fn opening_bracket(s: &str) -> Option<(&str, usize)> {
    let inner = s.strip_prefix(['（', '('])?;
    let close = inner.find(['）', ')'])?;
    let close_len = inner[close..].chars().next().map_or(0, char::len_utf8);
    Some((&inner[..close], s.len() - inner.len() + close + close_len))
}

/// The length of a bracketed stock code opening `s` (`（600001）` after a name), if one does.
pub(super) fn stock_code_gloss(s: &str) -> Option<usize> {
    opening_bracket(s).filter(|&(code, _)| stock_code(code)).map(|(_, len)| len)
}

/// Where the bracket closing `text[..at]` opens, when it holds a stock code (华鼎证券
/// （601888）全年实现…): the name before it opens the clause.
fn stock_code_before(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].strip_suffix(['）', ')'])?;
    let near = &head[crate::span::floor_char_boundary(head, head.len().saturating_sub(16 * 3))..];
    let open = near.rfind(['（', '('])?;
    let inner = &near[open + near[open..].chars().next().map_or(0, char::len_utf8)..];
    stock_code(inner).then_some(head.len() - near.len() + open)
}

/// The length of a short aside in brackets opening `s` (`（含子公司）` after a name): sixteen
/// characters at most, with no separator or bracket inside.
fn aside_len(s: &str) -> Option<usize> {
    let (aside, len) = opening_bracket(s)?;
    let plain = !aside.is_empty()
        && aside.chars().count() <= 16
        && !aside.contains(['（', '(', '，', '。', '；', ',', ';', '：']);
    plain.then_some(len)
}

/// Whether `e` is an enterprise named in full (its name ends in 公司).
fn registered_firm(e: &Found) -> bool {
    e.kind == EntityKind::Enterprise && e.name.ends_with("公司")
}

#[allow(clippy::too_many_arguments)]
pub(super) fn indicator<'t>(
    text: &'t str,
    sentence: NSpan,
    quantities: &[RawQuantity],
    qi: usize,
    prev_end: usize,
    entities: &Entities,
    state: &State,
    tagger: &mut Tagger<'t>,
) -> Option<RawIndicator> {
    let q = &quantities[qi];
    // 双氧水（27.5%）产能10万吨: a bare percent in brackets between a product and its plant's
    // figures is the product's grade, no figure.
    if q.class == UnitClass::Percent && graded_product(text, q.span) {
        return None;
    }
    let mut cs = clause_start(text, sentence.start, q.span.start);
    // A bracket inside a name is no clause break: 某某电器(重庆)有限公司年产值….
    if let Some(name) = entities.around(cs).filter(|n| n.end <= q.span.start) {
        cs = name.start.max(sentence.start);
    }
    // 某某投资合伙企业（有限合伙）持有…: nor is the bracket closing a name.
    if text[..cs].ends_with(['）', ')']) {
        let bracketed = entities
            .ending_at(cs)
            .find(|(s, _)| s.start >= sentence.start && s.slice(text).contains(['（', '(']));
        if let Some((name, _)) = bracketed {
            cs = name.start;
        }
    }
    // 陕西投资集团有限公司（陕投集团）实现…: a name and its short form in brackets open the
    // clause together; so they do with the short form quoted: （“陕投集团”）.
    if let Some(open) = text[..cs].strip_suffix(['）', ')']).and_then(|h| {
        let h = h.strip_suffix(['”', '"', '」']).unwrap_or(h);
        let (inner, e) = entities.ending_at(h.len()).next()?;
        let before = &text[..inner.start];
        let before = before.strip_suffix(['“', '"', '「']).unwrap_or(before);
        let open = before.strip_suffix(['（', '('])?.len();
        let (full, f) = entities.ending_at(open).next()?;
        (std::ptr::eq(e, f) && full.start >= sentence.start).then_some(full.start)
    }) {
        cs = open;
    }
    // 华鼎证券（601888）全年实现…: so do a name and its stock code in brackets.
    if let Some(open) = stock_code_before(text, cs) {
        let named = entities
            .ending_at(open)
            .find(|(n, e)| e.kind == EntityKind::Enterprise && n.start >= sentence.start);
        if let Some((n, _)) = named {
            cs = n.start;
        }
    }
    // (A、B等3家企业: a figure right after 等 opens its clause; 进口腰果等2.6万吨 — a sum
    // or a mass with no noun after it — is the list's, named before 等.)
    let noun_after =
        q.class == UnitClass::Count || text[q.span.end..].starts_with(crate::normalize::is_han);
    if text[..q.span.start].ends_with('等') && noun_after {
        cs = q.span.start;
    }
    // (芜湖经济跑出“加速度” 62个重大项目集中开工: a blank before a count with its noun after
    // parts a headline's two halves; the count opens the second.)
    let blank_before = text[..q.span.start].ends_with([' ', '\u{3000}'])
        && text[..q.span.start]
            .trim_end_matches([' ', '\u{3000}'])
            .ends_with(|c: char| crate::normalize::is_han(c) || matches!(c, '”' | '’' | '」'));
    if q.class == UnitClass::Count
        && blank_before
        && text[q.span.end..].starts_with(crate::normalize::is_han)
    {
        cs = q.span.start;
    }
    // 全市GDP一季度、二季度分别增长5%和6%: times listed with 、 before 分别 break no clause;
    // it opens before the first of them.
    let respectively = |t: period::TimeExpr| text[cs + t.span.end..].starts_with("分别");
    if text[..cs].ends_with('、') && period::at_start(&text[cs..]).is_some_and(respectively) {
        while let Some(head) = text[..cs].strip_suffix('、') {
            let item_start = clause_start(text, sentence.start, head.len());
            let item = &text[item_start..head.len()];
            let ends_time = period::occurs_in(item)
                && period::find(item).last().is_some_and(|t| t.span.end == item.len());
            if !ends_time {
                break;
            }
            cs = item_start;
        }
    }
    // (销售额同比、环比分别增长5%和3%: nor do the two bases listed; the metric is before them.)
    let bases = super::metric::BASES;
    let based = |s: &str| bases.iter().any(|b| s.ends_with(b));
    if let Some(head) = text[..cs].strip_suffix('、').filter(|h| based(h)) {
        let from = clause_start(text, sentence.start, head.len());
        // (同比、环比分别增长… with nothing before the bases names nothing.)
        let named = head.len() - "同比".len() > from;
        if named && bases.iter().any(|b| text[cs..].starts_with(b)) {
            cs = from;
        }
    }
    // (增速比全国、全省高0.4个百分点, 分别低于全国、全省平均水平…: nor do the bases a level
    // is compared with, listed after 比 or 低于; the metric is before them.)
    // (比全国、全省、全市平均水平: bases between, short words alone, are passed over.)
    let mut at = cs;
    for _ in 0..4 {
        let Some(head) = text[..at].strip_suffix('、') else { break };
        let from = clause_start(text, sentence.start, head.len());
        let item = &text[from..head.len()];
        if compared_base(item) {
            cs = from;
            break;
        }
        let bare =
            (1..=8).contains(&item.chars().count()) && item.chars().all(crate::normalize::is_han);
        if !bare {
            break;
        }
        at = from;
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
    // (和田县旅游收入: not the first character of a name found there.)
    let window_trim = if window_full.starts_with(['和', '及', '、', '以'])
        && entities.starting_at(cs).is_none()
    {
        connectors.iter().fold(window_full, |w, c| w.strip_prefix(c).unwrap_or(w))
    } else {
        window_full
    };
    // (100MW/400MWh: the slash between a rating's power and energy opens no clause.)
    let window_trim = window_trim.trim_start_matches([' ', '\t', '/', '／']);
    // (“某公司一期5GW已经完成…”: a quote opening a speech, not closed before the figure, is
    // no part of the clause.)
    let window_trim = match window_trim.strip_prefix('“') {
        Some(rest) if !rest.contains('”') => rest,
        _ => window_trim,
    };
    let cs = q.span.start - window_trim.len();
    // Clause-local subject: an entity opening this clause (甲乙半导体5万吨多晶硅).
    let mut subject = state.subject.as_deref();
    // 1．甲汽车集团有限公司，销量108.6万辆，…; 甲集团有限公司相关负责人表示，力争…: an
    // enterprise that is the sentence's first clause alone, or that speaks in it, is the
    // subject of the clauses after.
    // (…建成冷链中心，全县金桔产量23.5万吨: not where the region opens the figure's clause.)
    // (…负责人介绍，今冬全省最高用电负荷…: so after a season, which is no time the period
    // reader knows.)
    let region_opens = || {
        let opener = skip_time(text, cs, q.span.start);
        let rest = &text[opener..];
        let rest = SEASONS.prefix(rest).map_or(rest, |(w, ())| &rest[w.len()..]);
        super::lexicon::REGION_SCOPES.prefix(rest).is_some()
    };
    // (…；乙公司某项目开工，总投资约15亿元: a statement after a semicolon opens its own.)
    // (Looked for in the 300 bytes before the clause only: a sentence may run on for a table.)
    // (Substring searches: faster than a search for either character.)
    let near = crate::span::ceil_char_boundary(text, cs.saturating_sub(300)).max(sentence.start);
    let head = &text[near..cs];
    let semicolon = head.rfind('；').map(|i| i + '；'.len_utf8());
    let part_start =
        semicolon.max(head.rfind(';').map(|i| i + 1)).map_or(sentence.start, |e| near + e);
    // (某公司日前发布数据，1—9月，宜宾市全社会用电量…，同比增长9.3%: a place or park opening
    // a later clause of the statement, before this one, is the subject after it.)
    let place_after = || {
        let at = state.subject_at.start;
        // (Not an item of a list: 在珠海、重庆…拥有基地.)
        let opens = |comma: usize| skip_time(text, comma + '，'.len_utf8(), at) == at;
        state.subject.is_some()
            && part_start < at
            && at < cs
            && text[part_start..at].rfind('，').is_some_and(|i| opens(part_start + i))
    };
    // (某公司发布数据，2023年全省全社会用电量…，同比增长6.9%: so is a region's scope word;
    // the company only published the region's figures.)
    // (Looked for in the 300 bytes before the clause, as the semicolon: a sentence may run
    // on for the text.)
    let scope_after = || {
        let from = part_start.max(near);
        text[from..cs].match_indices('，').any(|(i, c)| {
            let opener = skip_time(text, from + i + c.len(), cs);
            super::lexicon::REGION_SCOPES.prefix(&text[opener..cs]).is_some()
        })
    };
    if let Some(e) = speaker(text, entities, quantities, part_start, cs)
        .filter(|_| !region_opens() && !place_after() && !scope_after())
    {
        subject = Some(e);
    } else if let Some((name, named_at)) = company_named(
        state,
        crate::entity::company_word(after_connectives(text[sentence.start..cs].trim_start())),
    ) {
        // 公司持续加大研发投入，研发费用42.7亿元: so does 公司, the article's company, opening
        // the sentence with a first clause of no figure.
        // (Its comma is looked for in 60 characters: a sentence may run on for the text. Most
        // sentences open with no 公司, which is asked first.)
        let head = text[sentence.start..cs].trim_start();
        let opens = crate::entity::company_word(after_connectives(head)).is_some();
        let head = &head[..crate::span::ceil_char_boundary(head, 60 * 3)];
        let first = opens.then(|| head.find(['，', ',']).map(|i| &head[..i])).flatten();
        // (公司2023年年报显示，…: a year in that clause is no figure.)
        let only_years = |f: &str| {
            let mut rest = f;
            while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
                let run = rest[i..].bytes().take_while(u8::is_ascii_digit).count();
                if run != 4 || !rest[i + run..].starts_with('年') {
                    return false;
                }
                rest = &rest[i + run..];
            }
            true
        };
        let acts = first.is_some_and(only_years);
        if acts && *named_at <= sentence.start && !region_opens() {
            subject = Some(name.as_str());
        }
    }
    // 公司共计派发现金红利…: a clause opening with the word for the company, in a text that
    // names none, speaks of no place or park carried from before.
    if state.company.is_none() && subject.is_some() {
        let opener = skip_time(text, cs, q.span.start);
        let head = after_connectives(text[opener..q.span.start].trim_start_matches(['，', ',']));
        // (Only the subject carried, and looked up where it was set: one search.)
        let carried = subject == state.subject.as_deref();
        let enterprise = || {
            entities
                .starting_at(state.subject_at.start)
                .is_some_and(|(_, e)| e.kind == EntityKind::Enterprise)
        };
        if crate::entity::company_word(head).is_some() && carried && !enterprise() {
            subject = None;
        }
    }
    let mut window_start = cs;
    // Where a group of places closed by its count opens (吕梁、…忻州4市): the evidence's start.
    let mut group_from = None;
    let mut opener = skip_time(text, cs, q.span.start);
    // 1.湖北某某有限公司年产…, 一是某公司…: a list number opens the item, the name after it.
    if let Some(len) = list_number(&text[opener..q.span.start]) {
        if entities.starting_at(opener + len).is_some() {
            opener += len;
        }
    }
    // 公司全资子公司X有限公司投资…: the subsidiary named after its relation is the subject.
    if let Some(len) = text.get(opener..q.span.start).and_then(crate::entity::relation_lead) {
        if entities.starting_at(opener + len).is_some() {
            opener += len;
        }
    }
    // 省会某市增长…, 首府某市地区生产总值…: a word of the place's role before its name
    // describes it; the place opens the clause.
    if let Some(len) =
        text.get(opener..q.span.start).and_then(|s| place_descriptor(s, opener, entities))
    {
        opener += len;
    }
    // 某集团旗下某有限公司完成…，产能提升至…: the subsidiary after its parent and the
    // relation is the subject.
    let parent = entities.starting_at(opener).filter(|(_, e)| e.kind == EntityKind::Enterprise);
    if let Some((p, _)) = parent.filter(|(p, _)| p.end < q.span.start) {
        if let Some(len) = crate::entity::relation_lead(&text[p.end..q.span.start]) {
            let child = entities.starting_at(p.end + len);
            if child.is_some_and(|(c, e)| e.kind == EntityKind::Enterprise && c.end <= q.span.start)
            {
                opener = p.end + len;
            }
        }
    }
    // 龙头企业X有限公司年销售…, 班列运营主体X有限公司新开辟…: an enterprise right after a
    // short head it stands in apposition to is the subject (not one after 以 or 由: 以X为
    // 龙头的…产业, 由X运营的…).
    if entities.starting_at(opener).is_none() {
        let first = entities.within(NSpan::new(opener, q.span.start)).next();
        if let Some((s, _)) = first.filter(|(_, e)| e.kind == EntityKind::Enterprise) {
            let head = &text[opener..s.start];
            let apposed = head.chars().nth(8).is_none()
                && !head.contains(crate::sentence::is_clause_sep)
                && APPOSITIVE_HEADS.iter().any(|h| head.ends_with(h));
            if apposed {
                opener = s.start;
            }
        }
    }
    // 某高新区与某大学共建的某研究院已孵化企业27家, 由某公司投资建设的某产业园已入驻…: a
    // name (after 由 or not) before a relative clause closed by a verb of making or running
    // and 的 is the maker; the enterprise, body or park after 的 is the clause's head and
    // the subject.
    let maker = opener + if text[opener..].starts_with('由') { '由'.len_utf8() } else { 0 };
    if let Some((a, _)) = entities.starting_at(maker).filter(|(a, _)| a.end < q.span.start) {
        let rest = &text[a.end..q.span.start];
        let rest = &rest[..crate::span::ceil_char_boundary(rest, 16 * 3)];
        let relative = rest
            .find('的')
            .filter(|&i| !rest[..i].contains(crate::sentence::is_clause_sep))
            .filter(|&i| MAKER_VERBS.suffix(&rest[..i]).is_some());
        if let Some(i) = relative {
            let at = a.end + i + '的'.len_utf8();
            let head = entities.starting_at(at).is_some_and(|(c, e)| {
                c.end <= q.span.start
                    && matches!(
                        e.kind,
                        EntityKind::Enterprise | EntityKind::Organization | EntityKind::Park
                    )
            });
            if head {
                opener = at;
            }
        }
    }
    // 南康区的某某电子有限公司建成…: a place before 的 and an enterprise says where that one
    // is; the enterprise is the subject.
    if let Some((p, _)) = entities.starting_at(opener).filter(|(_, e)| e.kind == EntityKind::Place)
    {
        let after = p.end + '的'.len_utf8();
        let sited = text[p.end..].starts_with('的')
            && entities
                .starting_at(after)
                .is_some_and(|(s, e)| e.kind == EntityKind::Enterprise && s.end <= q.span.start);
        if sited {
            opener = after;
        }
    }
    // (沅北、桃溪两市大豆面积…: a list of names the finders missed, closed by their count
    // and level, is a group as one of places found is; the count stays in the metric.)
    if let Some((len, from)) = unfound_counted_places(text, sentence.start, opener) {
        window_start = opener + len;
        group_from = Some(from);
    }
    if let Some((span, e)) = entities.starting_at(opener) {
        // A body opening the clause (not an item of a list after 、).
        let body = e.kind == EntityKind::Organization && !text[..span.start].ends_with('、');
        // 甲、乙、丙等…企业126家: the last item of a list closed by 等 is no subject; nor is
        // one closed by their count (甲、乙、丙3家企业合计…).
        let after = &text[span.end..];
        let measure = after
            .trim_start_matches(|c: char| c.is_ascii_digit() || period::is_numeral(c) || c == '两');
        let numbered = measure.len() < after.len() && text[..span.start].ends_with('、');
        let counted = numbered && measure.starts_with('家');
        // (吕梁、晋城、朔州、忻州4市原煤产量均…: so is a list of places closed by their count
        // and level, which stays in the metric: the group's figure.)
        // (柳州、南宁、钦州三个产业集群…, 甲、乙两大基地…: a count of a group after the list
        // closes it as well; the figure is the group's.)
        let places = numbered
            && (e.kind == EntityKind::Place && measure.starts_with(['市', '县', '区', '州', '省'])
                || measure.starts_with(['个', '大']));
        let closes_list = after.starts_with('等') || counted || places;
        if closes_list && span.end <= q.span.start {
            window_start = span.end + if counted || places { 0 } else { '等'.len_utf8() };
            if e.kind == EntityKind::Enterprise && !counted {
                window_start += class_of_listed(&text[window_start..q.span.start]);
            }
            // (甲、乙等企业实现…: the evidence holds the whole list from its first name, as
            // for a group.)
            if places && measure.starts_with(['市', '县', '区', '州', '省']) {
                group_from = Some(list_start(text, span.start).max(sentence.start));
            } else if text[..span.start].ends_with('、') {
                group_from = Some(first_listed(text, entities, sentence.start, span.start));
            }
        } else if let Some(owner) = sited_item(text, entities, sentence.start, span.start, e.kind) {
            // (The sites' enterprise, named right before 在, is the figure's.)
            if owner.is_some() {
                subject = owner;
            }
        } else if span.end <= q.span.start
            && (matches!(e.kind, EntityKind::Enterprise | EntityKind::Park | EntityKind::Place)
                || body && acting_body(&e.name, &text[span.end..q.span.start]))
            // (吉林省内收入, 省外销售额: a place before 内 or 外 bounds the metric; 宁德基地
            // names a company's base.)
            && !(e.kind == EntityKind::Place
                && (crate::entity::place_in_metric(span.slice(text), text, span)
                    || text[span.end..].starts_with("基地")
                    || named_in_list(text, entities, span.start)))
        {
            subject = Some(e.name.as_str());
            window_start = span.end;
            // 某公司（以下简称“某某”）年产…: the declaration stands between name and metric,
            // as does a short form in brackets (陕西投资集团有限公司（陕投集团）).
            let rest = &text[span.end..q.span.start];
            // (甲乙控股有限公司（持股51%）全年实现…: so does a short aside after a registered
            // name.)
            let aside = || aside_len(rest).filter(|_| registered_firm(e));
            if let Some(len) = short_name_declaration(rest).or_else(aside) {
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
            // 甲银行股份有限公司和乙银行股份有限公司两家城商行…余额: two enterprises joined
            // open the clause together; the figure is the pair's, neither's alone.
            if e.kind == EntityKind::Enterprise {
                let rest = &text[window_start..q.span.start];
                let join = ['和', '与', '及', '、'].into_iter().find(|c| rest.starts_with(*c));
                let other = join.and_then(|c| entities.starting_at(window_start + c.len_utf8()));
                if let Some((s2, _)) = other.filter(|(s2, e2)| {
                    e2.kind == EntityKind::Enterprise
                        && s2.end < q.span.start
                        && !std::ptr::eq(*e2, e)
                }) {
                    window_start = s2.end;
                    subject = None;
                }
            }
            // 南丰县琴城镇: the place right after narrows the subject, and so does a park
            // inside it (某开发区内的某产业园); an enterprise's base at a place (比亚迪郑州基地)
            // is the enterprise's.
            let firm = e.kind == EntityKind::Enterprise;
            loop {
                let inside = ["内的", "内"].iter().find(|w| text[window_start..].starts_with(**w));
                let at = window_start + inside.map_or(0, |w| w.len());
                let Some((next, e)) = entities.starting_at(at) else { break };
                let base = || {
                    let after = &text[next.end..];
                    crate::entity::PLANT_BASES.iter().any(|b| after.starts_with(b))
                };
                if next.end > q.span.start
                    || !matches!(e.kind, EntityKind::Park | EntityKind::Place)
                    || inside.is_some() && e.kind != EntityKind::Park
                    || crate::entity::place_in_metric(next.slice(text), text, next)
                    || firm && base()
                {
                    break;
                }
                subject = Some(e.name.as_str());
                window_start = next.end;
            }
            // 某度假区内酒店平均入住率: 内 after a park or place says where, and names no
            // part of the metric (内销, 内资, 内需 … are words of their own).
            if matches!(e.kind, EntityKind::Park | EntityKind::Place) {
                const WORDS: [&str; 6] = ["内销", "内资", "内需", "内贸", "内河", "内陆"];
                let rest = &text[window_start..q.span.start];
                let inside = ["内的", "内"].iter().find(|w| rest.starts_with(**w));
                if let Some(w) = inside.filter(|_| !WORDS.iter().any(|x| rest.starts_with(x))) {
                    window_start += w.len();
                }
            }
            // 秦山街道和澉浦镇税收均超过…: a place joined to the subject by 和 is a list's
            // last item (its figures are shared out later); the metric starts after it.
            if matches!(e.kind, EntityKind::Park | EntityKind::Place) {
                let joiner =
                    ["和", "及", "与"].iter().find(|j| text[window_start..].starts_with(**j));
                let item = joiner.and_then(|j| entities.starting_at(window_start + j.len()));
                if let Some((next, _)) = item.filter(|(n, f)| {
                    n.end <= q.span.start && matches!(f.kind, EntityKind::Park | EntityKind::Place)
                }) {
                    window_start = next.end;
                }
            }
        } else if span.end <= q.span.start && body {
            // 广东省能源局全年核准风电项目12个: any other body opening the clause is no part
            // of the metric (its figure is the region's the text speaks of).
            window_start = span.end;
        }
    }
    if let Some((site, owner)) = site_of_builder(text, entities, sentence.start, opener) {
        subject = Some(owner);
        window_start = window_start.max(site.end.min(q.span.start));
    } else if let Some(investor) = investor_before(text, entities, sentence.start, opener) {
        subject = Some(investor);
    } else if let Some(partner) = signing_partner(text, entities, sentence.start, opener) {
        subject = Some(partner);
    } else if let Some(builder) = (subject == state.subject.as_deref())
        .then(|| project_builder(text, entities, sentence.start, opener))
        .flatten()
    {
        subject = Some(builder);
    }
    // 某公司（以下简称“某某”）年产…: the clause opens after the declaration; the name before
    // it is the subject.
    if window_start == cs && text[..cs].ends_with(['）', ')']) {
        let from = crate::span::ceil_char_boundary(text, cs.saturating_sub(90));
        let head = &text[from..cs];
        if let Some(open) = head.rfind(['（', '(']).map(|i| cs - head.len() + i) {
            let declared = short_name_declaration(&text[open..cs]) == Some(cs - open);
            // (远川材料有限公司（含子公司）营业收入…: so is a registered firm before a short
            // aside.)
            let aside = aside_len(&text[open..cs]) == Some(cs - open);
            let named = entities.ending_at(open).last();
            if let Some((span, e)) = named.filter(|(_, e)| declared || aside && registered_firm(e))
            {
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
            // (高新区兑现…，园区累计…: 园区 after a zone word opening its sentence is that
            // zone, though a park inside it was named last.)
            // (An article on a zone (its home) that names parks inside it calls the zone
            // 园区, not the park named last.)
            let opening = (w == "园区" && cs > sentence.start)
                .then(|| sentence_zone(text, entities, sentence.start, cs))
                .flatten();
            let home_zone = || {
                let home = state.home.as_deref()?;
                let development = ["开发区", "高新区", "经开区", "新区", "综保区", "保税区"];
                development.iter().any(|d| home.ends_with(d)).then_some(home)
            };
            let home = (w == "园区").then(home_zone).flatten();
            subject =
                Some(opening.or(home).unwrap_or_else(|| zone_named(text, entities, opener, w)));
            window_start = opener + w.len();
            // (园区内的某公司全年生产…: the enterprise in the park is the one acting.)
            let after = &text[window_start..q.span.start];
            let inside = ["内的", "里的", "的"].iter().find_map(|d| after.strip_prefix(d));
            if let Some(rest) = inside {
                let at = q.span.start - rest.len();
                let firm = entities
                    .starting_at(at)
                    .filter(|(s, e)| e.kind == EntityKind::Enterprise && s.end <= q.span.start);
                if let Some((s, e)) = firm {
                    subject = Some(e.name.as_str());
                    window_start = s.end;
                }
            }
        } else if let Some(zone) = (cs > sentence.start && subject == state.subject.as_deref())
            .then(|| sentence_zone(text, entities, sentence.start, cs))
            .flatten()
        {
            // 开发区全年新注册企业1280家，其中物流企业326家，实现…: the zone opening the
            // sentence is the subject of its later clauses too.
            subject = Some(zone);
        } else if let Some(word) = ["该行", "本行", "该分行", "该支行", "全行"]
            .iter()
            .find(|w| text[opener..q.span.start].starts_with(**w))
            .filter(|w| !text[opener + w.len()..].starts_with('业'))
        {
            // 该行, 本行, 该分行, 全行 (a bank's own report): the bank named last. (全行业 is
            // an industry's scope.)
            // (A bank registered as a company: 某某银行股份有限公司.)
            let bank = entities.last_before(opener, |e| {
                e.kind == EntityKind::Enterprise
                    && (e.name.ends_with('行') || e.name.contains("银行"))
            });
            subject = bank.map(|e| e.name.as_str()).or(subject);
            window_start = opener + word.len();
        } else if let Some((_, e)) = text[opener..q.span.start]
            .starts_with("该项目")
            .then(|| {
                // 某公司年产…项目开工。该项目总投资…: the project's enterprise, named in the
                // 300 bytes before.
                let from = crate::span::ceil_char_boundary(text, opener.saturating_sub(300));
                entities
                    .within(NSpan::new(from, opener))
                    .filter(|(_, e)| e.kind == EntityKind::Enterprise)
                    .last()
            })
            .flatten()
        {
            subject = Some(e.name.as_str());
        } else if let Some(w) = ["该公司", "该企业", "该集团"]
            .iter()
            .find(|w| text[opener..q.span.start].starts_with(*w))
        {
            // 该公司: the enterprise named last, not the article's first.
            let named = entities.last_before(opener, |e| e.kind == EntityKind::Enterprise);
            subject = named.map(|e| e.name.as_str()).or(subject);
            window_start = opener + w.len();
        } else if let Some((w, ())) = HELPED.prefix(&text[opener..q.span.start]) {
            // 向甲公司提供贷款8亿元，支持其建设年产…: 其 after a verb of help is the
            // enterprise named last, the one helped (the clause before was the lender's).
            let named = entities.last_before(opener, |e| e.kind == EntityKind::Enterprise);
            subject = named.map(|e| e.name.as_str()).or(subject);
            window_start = opener + w.len();
        } else if let Some((_, e)) = (text[opener..q.span.start].starts_with("企业")
            // (…，涉及贷款余额3亿元、企业400余家: 企业 right before its figure is what is
            // counted, no reference to a firm.)
            && !trim(&text[opener + "企业".len()..q.span.start]).is_empty())
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
        } else if let Some(word) =
            crate::entity::company_word(after_connectives(&text[opener..q.span.start]))
        {
            // 甲股份有限公司公告显示，公司前三季度…: the enterprise opening the sentence is
            // its 公司; elsewhere 公司 is the article's company.
            let lead = text[sentence.start..opener].len()
                - text[sentence.start..opener].trim_start().len();
            let opening = entities
                .starting_at(sentence.start + lead)
                .filter(|(s, e)| e.kind == EntityKind::Enterprise && s.end < opener);
            if let Some((_, e)) = opening {
                subject = Some(e.name.as_str());
            } else if let Some((name, named_at)) = company_named(state, Some(word)) {
                if *named_at <= opener {
                    subject = Some(name.as_str());
                }
            }
        }
    }
    let mut window = &text[window_start..q.span.start];
    // 指标 单位 数值 增长 地区生产总值 亿元 5675.2 3.5 …: in a table flattened into one line,
    // the row's label is the metric.
    // (Read back at most 4 KiB: a table's header is that close, and a long sentence costs
    // no more per figure.)
    // (Asked only of a figure that opens a cell: after a blank, or after a unit cell that
    // follows one; prose glues its figures to the words before them.)
    let head = &text[sentence.start..q.span.start];
    let opens_cell =
        head.char_indices().rev().take(5).find(|&(_, c)| c.is_whitespace()).is_some_and(
            |(i, _)| {
                let cell = head[i..].trim();
                cell.is_empty() || crate::quantity::is_unit_cell(cell)
            },
        );
    if opens_cell {
        let from = crate::span::ceil_char_boundary(text, q.span.start.saturating_sub(4096));
        let from = from.max(sentence.start);
        if let Some((s, e)) = crate::quantity::flat_row_label(&text[from..q.span.start]) {
            window_start = from + s;
            window = &text[window_start..from + e];
        }
    }
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
    // (一般公共预算收入（亿元） 36.82 5.4: one blank after a number with a decimal point.)
    // (固定资产投资（亿元） — 4.9: or a dash cell, which holds no value.)
    let dash_cell = !result.is_empty() && result.chars().all(|c| matches!(c, '—' | '－'));
    let cell_before = !result.is_empty()
        && (window.ends_with("  ")
            || window.ends_with('\u{3000}')
            || window.ends_with(' ') && (result.contains('.') || dash_cell))
        && (dash_cell || result.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-')));
    let labelled = result.is_empty() || loss || cell_before || matches!(result, "盈利" | "预盈");
    let mut loss_label = false;
    // A record's label (新增债券：1507亿元) and where it starts.
    let mut record_label = None;
    if cs > sentence.start && labelled {
        let head = &text[sentence.start..cs];
        // (项目名称：某公司2GW光伏组件项目, 建设内容：新建厂房…: a label of what the item is
        // names no measure; the figure is read as in running text.)
        // (Not 市场主体：3200户, a measure's label ending in 主体.)
        static ITEM_LABELS: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("../data/item_labels.txt")));
        let item_label = ITEM_LABELS.suffix(head.trim_end_matches(['：', ':'])).is_some();
        if head.ends_with(['：', ':']) && !item_label {
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
        } else if head.ends_with(['\t', '\u{3000}'])
            || head.ends_with("  ")
            || cell_before
            // (一般公共预算收入（亿元） 36.82: a label stating its unit, then one blank.)
            || result.is_empty() && crate::quantity::unit_gloss(head.trim_end()).is_some()
            || {
            // 森林覆盖率40.3 40.5: a number after a number and blanks is the row's next cell.
            let gap = text.get(prev_end..q.span.start).unwrap_or_default();
            prev_end > sentence.start
                && !gap.is_empty()
                && gap.chars().all(char::is_whitespace)
                && text[..prev_end].ends_with(|c: char| c.is_ascii_digit() || c == '%')
        } {
            // The row's first cell (a unit it states is dropped below, with any window's).
            let cell_end = head
                .find(['\t', '\u{3000}'])
                .or_else(|| head.find("  "))
                .or_else(|| head.find("） ").map(|i| i + '）'.len_utf8()));
            let cell_end = cell_end.unwrap_or(head.len());
            // 森林覆盖率40.3: normalizing glued the first number to the label.
            let glued = head[..cell_end].char_indices().find(|&(i, c)| {
                c.is_ascii_digit() && head[..i].ends_with(crate::normalize::is_han)
            });
            let cell_end = glued.map_or(cell_end, |(i, _)| i);
            window = &text[sentence.start..sentence.start + cell_end];
            window_start = sentence.start;
            // (…居民人均可支配收入25863 5.9工资性收入11024 6.2: in a table flattened into one
            // line, the row's label is the words glued or next to the figure before, where
            // other cells stand before them on the line.)
            let before = text[sentence.start..prev_end.max(sentence.start)]
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-')
                .trim_end();
            let label_len: usize = before
                .chars()
                .rev()
                .take_while(|&c| crate::normalize::is_han(c))
                .map(char::len_utf8)
                .sum();
            let label_at = before.len() - label_len;
            // (A number or a header cell stands right before the label: 石油、煤炭… is a
            // name holding a 、, 3万吨再生铝 a quantity's unit.)
            let cells_before = before[..label_at]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '%' | '）' | ')'))
                && !before[label_at..].starts_with(['万', '亿', '千', '百']);
            if label_len > 3 && cells_before && !crate::quantity::is_unit_cell(&before[label_at..])
            {
                window_start = sentence.start + label_at;
                window = &text[window_start..sentence.start + before.len()];
            }
        }
    }
    // 固定资产投资 — — 9.1: the dash cells of a row (no value) are no metric.
    let dashes = window.trim_end_matches([' ', '\t', '\u{3000}', '—', '－', '…']);
    if dashes.len() < window.len() && window[dashes.len()..].contains(['—', '－', '…']) {
        window = dashes;
    }
    // 一般公共预算收入 亿元 36.82: a table row's unit cell after its label is no metric.
    if let Some(i) = window.trim_end().rfind([' ', '\t', '\u{3000}']) {
        let cell = window[i..].trim();
        if crate::quantity::is_unit_cell(cell)
            && window[..i].trim_end().ends_with(crate::normalize::is_han)
        {
            window = window[..i].trim_end();
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
    // 游客接待量是春节日均水平的1.4倍: what stands between 是 (or 为) and 的 is the base
    // compared with; the metric is before it. (Not after 约为, whose 约 qualifies the
    // figure: the window keeps it.)
    if q.class == UnitClass::Multiple {
        if let Some(i) = window.strip_suffix('的').and_then(|h| h.rfind(['是', '为'])) {
            if !window[..i].ends_with('约') {
                window = &window[..i];
            }
        }
    }
    // 研发投入不低于营业收入的5%: the metric is the part's, before the bound word.
    let bounded = if q.class == UnitClass::Percent { bounded_share(window) } else { None };
    let (mut metric_pre, mut preds) =
        metric_before(bounded.as_ref().map_or(window, |b| b.part), entities, window_start, tagger);
    // 不良贷款率低于1%, 收购价格低于3000元: 低于 or 高于 right before the figure, with nothing
    // compared between, bounds the level (less or more than it), no fall or rise of it.
    // (低于全省0.3个百分点 names what it is compared with; points are a difference.)
    // (低于每吨3000元: so before the unit a price is per.)
    // (高于5.2%的全国增速: a level named after the figure is what is compared with.)
    let threshold =
        (bounded.is_none() && q.class != UnitClass::Point && !text[q.span.end..].starts_with('的'))
            .then(|| {
                let per = window.rfind('每').filter(|&i| {
                    super::metric::per_unit_word(&window[i + '每'.len_utf8()..]).is_some()
                });
                let bare = &window[..per.unwrap_or(window.len())];
                [("低于", Qualifier::LessThan), ("高于", Qualifier::MoreThan)]
                    .into_iter()
                    .find_map(|(w, b)| bare.strip_suffix(w).map(|head| (head, b)))
            })
            .flatten();
    if let Some((head, _)) = threshold {
        (metric_pre, preds) = metric_before(head, entities, window_start, tagger);
    }
    // (A registered name read as the metric names who, not what: 某某有限公司44.9万件服装.)
    if metric_pre.ends_with("有限公司") {
        metric_pre.clear();
    }
    // 电子信息、生物医药、新材料三大产业实现产值…: a list's last item before the count of the
    // group is no part of the group's metric. (A window holding more of the list is the rule's
    // below.)
    if text[..window_start].ends_with('、') && !metric_pre.contains('、') {
        if let Some(i) = super::list::group_count_start(&metric_pre) {
            metric_pre.drain(..i);
        }
    }
    quoted_modifier(window, &mut metric_pre);
    // 华龙区 121.64 5.6 under 县区 地区生产总值（亿元） 增速（%）: a row labelled by a region
    // names no measure; its column's header does.
    // (The label opens the figure's line, which normalizing may have glued to it.)
    // (Looked for a few dozen characters back: a row's label is short, and a search to the
    // line's start from each figure of a long paragraph would be quadratic.)
    let from = crate::span::ceil_char_boundary(text, q.span.start.saturating_sub(48 * 3));
    let line_at = match text[from..q.span.start].rfind('\n') {
        Some(i) => Some(from + i + 1),
        None => (from == 0).then_some(0),
    };
    let cells = |s: &str| s.chars().all(|c| c.is_ascii_digit() || " \t\u{3000}.-%".contains(c));
    // (A region the gazetteer lacks is named with its level: 西岭县, 城关街道.)
    let leveled = |line_at: usize| {
        let row = &text[line_at..q.span.start];
        let name = row.trim_end_matches(|c: char| !crate::normalize::is_han(c));
        (3..=6).contains(&name.chars().count())
            && name.chars().all(crate::normalize::is_han)
            && (name.ends_with(['省', '市', '县', '区', '州', '旗', '镇', '乡'])
                || name.ends_with("街道"))
            && cells(&row[name.len()..])
    };
    // (资阳高新区（临空经济区）: another name of the region in brackets after it.)
    let after_aside = |from: usize| {
        let rest = &text[from..q.span.start];
        let aside =
            rest.strip_prefix(['（', '(']).and_then(|r| r.find(['）', ')']).map(|i| (r, i)));
        match aside {
            Some((r, i)) => &r[i + r[i..].chars().next().map_or(0, char::len_utf8)..],
            None => rest,
        }
    };
    let region_row = line_at.is_some_and(|line_at| {
        entities.starting_at(line_at).is_some_and(|(s, e)| {
            matches!(e.kind, EntityKind::Place | EntityKind::Park)
                && s.end <= q.span.start
                && cells(after_aside(s.end))
        }) || leveled(line_at)
    });
    if region_row {
        if let Some(m) = crate::quantity::column_metric(text, q.span.start) {
            metric_pre = m.to_string();
        }
    }
    // 58家餐饮企业营业额1.27亿元, 6家酒店实现营业收入…: a bare measure right after a count's
    // noun (a verb of two characters at most between) is that noun's (the count took the
    // noun alone).
    let verb_between = |w: &str| {
        let w = w.trim_start();
        find_short(w, &metric_pre)
            .is_some_and(|i| i <= 2 * 3 && w[..i].chars().all(crate::normalize::is_han))
    };
    if measures_counted(&metric_pre)
        && !state.last_metric.is_empty()
        && text[..window_start].ends_with(state.last_metric.as_str())
        && verb_between(window)
        && window_start == prev_end
    {
        metric_pre.insert_str(0, &state.last_metric);
    }
    // 在望城区投资: jieba reads 在望 (in sight) as a word, and the metric opened inside the
    // place; what of a place's name the metric opens with is cut. (Not a level word: 成县
    // found in 建成县级 leaves 县级.)
    let range = NSpan::new(window_start, window_start + window.len());
    let named = !metric_pre.is_empty();
    for (s, e) in entities.within(range).filter(|_| named) {
        if !matches!(e.kind, EntityKind::Place | EntityKind::Park) {
            continue;
        }
        let name = s.slice(text);
        let inside = name.char_indices().skip(1).map(|(k, _)| &name[k..]).find(|tail| {
            metric_pre
                .strip_prefix(*tail)
                .is_some_and(|rest| text[s.end..].starts_with(rest) && !rest.starts_with('级'))
        });
        if let Some(tail) = inside {
            metric_pre.drain(..tail.len());
        }
    }
    // 镍、钴、锰综合回收率, 中欧、中亚班列: short items listed with 、 before a metric that
    // opens the clause share its head; the metric names them all, and the evidence holds
    // them.
    let mut listed_from = None;
    // (博物馆、纪念馆共接待观众: a total's adverb the metric leaves out does not part it from
    // the clause's opening.)
    let opens = |m: &str| {
        let rest = &text[window_start..];
        rest.starts_with(m)
            || super::lexicon::TOTAL_ADVERBS.iter().any(|w| {
                m.char_indices().skip(1).any(|(i, _)| {
                    rest.starts_with(&m[..i])
                        && rest[i..].strip_prefix(w).is_some_and(|r| r.starts_with(&m[i..]))
                })
            })
    };
    if !metric_pre.is_empty() && opens(&metric_pre) {
        let floor = sentence.start.max(prev_end.min(window_start));
        // (Not past the longest metric kept, 24 characters: a long list keeps the figure
        // under the last item's name.)
        let listed = listed_before(text, floor, window_start, entities, tagger).filter(|&from| {
            text[from..window_start].chars().count() + metric_pre.chars().count() <= 24
        });
        if let Some(from) = listed {
            metric_pre.insert_str(0, &text[from..window_start]);
            listed_from = Some(from);
        }
    }
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
    // 固定资产投资（不含农户）增速：1.2%: a note inside a record's label is left out, as in a
    // sentence, where the clause opens after it.
    if let Some((label, at)) = record_label {
        let close = label
            .rfind(['）', ')'])
            .map(|i| i + label[i..].chars().next().map_or(0, char::len_utf8));
        let open = close.and_then(|c| gloss_before(text, at, at + c).map(|o| (o, c)));
        // (细颗粒物（PM2.5）平均浓度: an abbreviation in brackets stays, as the label writes it.)
        let note =
            |o: usize, c: usize| !text[o..at + c].trim_matches(['（', '）', '(', ')']).is_ascii();
        // (固定资产投资（不含农户）：2.6: a note closing the label leaves the name before it.)
        let open = open.filter(|&(o, c)| o > at && note(o, c));
        if let Some((open, c)) = open {
            let (name, _) = metric_before(&text[at..open], entities, at, tagger);
            if label[c..].trim().is_empty() {
                if !name.is_empty() {
                    metric_pre = name;
                }
            } else {
                let (rest, _) = metric_before(&label[c..], entities, at + c, tagger);
                if !name.is_empty() && !rest.is_empty() {
                    metric_pre = format!("{name}{rest}");
                }
            }
        }
    }
    if let Some((label, at)) = record_label {
        if let Some(whole) = label_metric(label, at, &metric_pre, entities) {
            metric_pre = whole.to_string();
        }
    }
    // 净利润…；上年同期盈利12860万元: a result word in a later clause is the figure of the
    // metric before it (a loss negative).
    // (…由上年亏损3亿元转为盈利5亿元: so is one the profit turned to.)
    // (由亏损转为盈利3亿元: the result turned from is no part of it either.)
    let turned = metric_pre.trim_start_matches("亏损").trim_start_matches("盈利");
    if let Some(result) = turned.strip_prefix("转为").filter(|r| matches!(*r, "盈利" | "亏损"))
    {
        metric_pre = result.to_string();
    }
    // (净利润由上年亏损3亿元: the result a profit moved from, named before 由, is that
    // profit's, whatever profit an earlier figure was of.)
    let moved_from = matches!(metric_pre.as_str(), "盈利" | "亏损")
        .then(|| window.rfind(['由', '从']))
        .flatten()
        .filter(|&i| PROFITS.iter().any(|p| window[..i].ends_with(p)));
    let result_word = matches!(metric_pre.as_str(), "盈利" | "亏损")
        && moved_from.is_none()
        && ["利润", "收益", "净利"].iter().any(|w| state.last_metric.contains(w));
    if let Some(i) = moved_from {
        loss_label |= metric_pre == "亏损";
        // (经营利润由亏损转为盈利: the profit as the words before 由 name it.)
        let (named, _) = metric_before(&window[..i], entities, window_start, tagger);
        let profit = PROFITS.iter().find(|p| window[..i].ends_with(**p)).copied().unwrap_or("利润");
        metric_pre = if named.ends_with(profit) { named } else { profit.to_string() };
    }
    if result_word {
        loss_label |= metric_pre == "亏损";
        metric_pre.clear();
    }
    // 净利润亏损2350万元: a profit written as a loss is that profit, negative.
    if let Some(profit) =
        metric_pre.strip_suffix("亏损").filter(|p| PROFITS.iter().any(|w| p.ends_with(w)))
    {
        metric_pre.truncate(profit.len());
        loss_label = true;
    }
    // 同比减亏0.3亿元, 增亏15%: a loss cut or grown names its measure, the loss (亏损, as 亏损收窄
    // does), whatever figure came before; the predicate gives the sign. After a profit's name
    // too (净利润同比减亏1.2亿元 is a cut of the net loss, 净利润亏损, no fall of the profit).
    let loss_moved = |w: &str| w.ends_with("减亏") || w.ends_with("增亏");
    if loss_moved(trim(window)) && !metric_pre.contains('亏') {
        metric_pre.push_str("亏损");
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
        // (…（不含农户）比上年同期增长2.6%: a base compared with before the predicates names
        // nothing either.)
        let after_base = || {
            let t = trim(window);
            super::lexicon::COMPARISON
                .find(t)
                .filter(|m| m.start() == 0)
                .is_some_and(|m| only_predicates(&t[m.end()..]))
        };
        if named_after || only_predicates(window) || after_base() {
            // (A name never reaches back past the figure before.)
            let start = clause_start(text, sentence.start.max(prev_end.min(open)), open);
            let (name, _) = metric_before(&text[start..open], entities, start, tagger);
            // 研究与试验发展（R&D）经费投入: a Latin abbreviation inside a metric stands for
            // the name before it where that name cannot be read on its own.
            let inner =
                text[open..cs].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
            // (本公司及附属公司（以下简称“本集团”）: companies glossed are a name, whatever
            // the entity stage made of them.)
            let firms = ["公司", "集团"].iter().any(|e| name.ends_with(e));
            if !name.is_empty() && !firms && (!named_after || name.chars().count() <= 8) {
                metric_pre = if named_after { format!("{name}{metric_pre}") } else { name };
                glossed_from = Some(start);
            } else if named_after && name.is_empty() && inner.is_ascii() {
                metric_pre = format!("{inner}{metric_pre}");
                glossed_from = Some(open);
            }
        }
    }
    // 惠及120万农村人口: a bare magnitude counts what follows it, as 120万名 would (and
    // those counted may act: 带动120万农民增收).
    // (Only where a noun follows: 投资总额突破60亿 is a sum with its 元 left out.)
    let bare = q.class == UnitClass::Other
        && matches!(q.unit.as_str(), "万" | "亿" | "千万" | "万亿")
        && text[q.span.end..].starts_with(crate::normalize::is_han);
    let class = if bare { UnitClass::Count } else { q.class };
    // 在全市十个县（市、区）中排名第三: the field a rank is taken in is no figure.
    if class == UnitClass::Count && ranking_field(&text[q.span.end..]) {
        return None;
    }
    let countable = matches!(class, UnitClass::Count) || class.is_physical();
    // The counted noun after the number, read only where a rule below needs it.
    let jieba = tagger.jieba;
    let after_cell = OnceCell::new();
    let after = || {
        *after_cell.get_or_init(|| {
            if flat {
                return None;
            }
            // 2条日产5000吨熟料生产线, 2条8.5代基板玻璃生产线: the rating of the things counted
            // stands between the count and its noun.
            let rated = if class == UnitClass::Count { rating_len(&text[q.span.end..]) } else { 0 };
            // 年产200亿片（粒）固体制剂, 年产30万吨（实物）磷酸一铵: a gloss on the measure
            // names nothing.
            let rated = rated + crate::quantity::bracket_gloss_len(&text[q.span.end..]);
            let (mut noun, mut end) = counted_noun(text, q.span.end + rated, sentence.end, jieba)?;
            // (产能由240万吨/年核增至400万吨/年: after the start of a 由…至 change, the verb
            // that brings it to the new level, whatever it is, names nothing.)
            let from_level = text[..q.span.start].ends_with(['由', '从']);
            if from_level && noun.ends_with(['至', '到']) {
                return None;
            }
            // 8个贫困村出列: a verb after those counted by 家, 户, 个… opens what they did;
            // 19宗地块因无人报名而流拍: a preposition after anything counted opens a phrase,
            // as after a rating (125万吨/年乙烯装置自去年投产以来).
            // (20余家企业集聚: four characters are enough for a class and its deed.)
            if noun.chars().nth(3).is_some() {
                let agents =
                    class == UnitClass::Count && (bare || q.unit.ends_with(AGENT_MEASURES));
                let cut = nouns_before_verb(noun, agents, jieba);
                (noun, end) = (&noun[..cut], end - (noun.len() - cut));
            }
            // (为3.2万户企业减免税费12.5亿元: those counted after 为 are a deed's beneficiaries,
            // where the noun runs on to the deed's sum.)
            // (企业数为3200家: 为 after a measure is a copula.)
            let for_whom = class == UnitClass::Count
                && text[..q.span.start].strip_suffix(['为', '向', '给']).is_some_and(|b| {
                    !b.ends_with(['数', '量', '额', '率']) && !b.ends_with(char::is_numeric)
                })
                && text[end..].starts_with(|c: char| c.is_ascii_digit());
            if let Some(cut) = for_whom.then(|| beneficiaries(noun, jieba)).flatten() {
                (noun, end) = (&noun[..cut], end - (noun.len() - cut));
            }
            // 15家企业获评…示范工厂: the honour a class of things won names what is counted.
            super::counted::honour_after(noun, text, end, sentence.end).or(Some((noun, end)))
        })
    };
    let mut span =
        NSpan::new(glossed_from.or(listed_from).or(group_from).unwrap_or(cs), q.span.end);
    // 弃风率：30.7%: a record's label is its evidence too.
    if let Some((_, at)) = record_label {
        span.start = span.start.min(at);
    }
    let mut metric = metric_pre;
    // 12类36种特色农产品: a count of kinds right before the count names no metric of it; the
    // noun after both does.
    let kinds = metric.trim_start_matches(|c: char| c.is_ascii_digit() || period::is_numeral(c));
    if class == UnitClass::Count
        && kinds.len() < metric.len()
        && ["类", "种", "大类", "个类别"].contains(&kinds)
    {
        metric.clear();
    }
    // 西安至阿拉木图国际货运航线2条: a route's far end opening the noun after 至 is no part of
    // what is counted.
    if class == UnitClass::Count && !metric.is_empty() {
        let routed =
            rfind_short(window, &metric).is_some_and(|i| window[..i].ends_with(['至', '到']));
        if routed {
            let tags = tagger.jieba.tag(&metric, false);
            if let Some(end) = tags
                .first()
                .filter(|t| {
                    matches!(t.tag, "ns" | "nr")
                        && t.word.chars().nth(1).is_some()
                        && t.word.len() < metric.len()
                })
                .map(|t| t.word.len())
            {
                metric.drain(..end);
            }
        }
    }
    // 重点培育30家龙头企业: an adverb's noun alone names nothing; the counted noun does.
    // (某集团旗下6家酒店: so does a word of belonging to the owner named before.)
    if super::metric::ADVERBIAL_NOUNS.contains(&metric.as_str())
        || ["旗下", "下属"].contains(&metric.as_str())
    {
        metric.clear();
    }
    // 年处理包裹能力5亿件: jieba reads the object a verb (包裹/v) and the metric stops at 能力;
    // the rate and verb of the ability, and its object, are its part.
    if metric == "能力" {
        if let Some(i) = window.rfind("能力") {
            if let Some(m) = ABILITY.find(&window[..i + "能力".len()]) {
                metric = m.as_str().to_string();
            }
        }
    }
    // 规划月产能3万片, 该项目年产能…: a capacity noun after a plan or a works (no product,
    // as 电池片产能 is) is the metric's head.
    // (该基地总产能达到30万吨: also before the verb, with the 总 of a total kept.)
    // (新增核定产能600万吨/年: so is one after a word of how it is rated, 核定, 设计.)
    if let Some(word) = preds.capacity_word.filter(|w| w.ends_with("产能")) {
        const RATINGS: [&str; 4] = ["核定", "设计", "名义", "有效"];
        let works = CAPACITY_HOLDERS.suffix(&metric).is_some()
            || RATINGS.iter().any(|r| metric.ends_with(r));
        let named = rfind_short(window, &metric).and_then(|i| {
            let rest = &window[i + metric.len()..];
            let total = usize::from(rest.starts_with('总')) * '总'.len_utf8();
            rest[total..].starts_with(word).then(|| &rest[..total + word.len()])
        });
        if let Some(named) = named.filter(|_| works && !metric.is_empty()) {
            metric.push_str(named);
        } else if named.is_some() {
            // (全部达产后某某储能总产能…: an enterprise's name before the word, where it opens
            // no clause, owns the capacity and is no product of it.)
            let owner = entities
                .within(range)
                .find(|(span, e)| e.kind == EntityKind::Enterprise && span.slice(text) == metric);
            if let Some((_, e)) = owner {
                subject = Some(e.name.as_str());
                metric = word.to_string();
            }
        }
    }
    // 生产汽车198.4万辆，销售汽车196.7万辆: output and sales of one product, told apart by
    // their verbs only (which no metric holds), are its 产量 and 销量.
    // (生产企业320家, 生产批件5个: a count of firms, items or people counts a noun 生产
    // opens, no output.)
    // (新建生产车间2万平方米: so is a floor area, of the building 生产 opens.)
    let counted_noun = class == UnitClass::Count
        && q.unit.trim_start_matches(['万', '亿']).starts_with(GENERIC_COUNTERS)
        || class == UnitClass::Area;
    // (…, and the verb is the noun's part: 生产企业, 生产批件.)
    if counted_noun && !metric.is_empty() {
        let opener = rfind_short(window, &metric).and_then(|i| {
            VERB_MEASURES.iter().find(|(v, _)| window[..i].ends_with(v)).map(|(v, _)| *v)
        });
        if let Some(verb) = opener {
            metric.insert_str(0, verb);
        }
    }
    if (class.is_physical() || class == UnitClass::Count) && !metric.is_empty() && !counted_noun {
        let verb = rfind_short(window, &metric).and_then(|i| {
            VERB_MEASURES.iter().find(|(v, _)| window[..i].ends_with(v)).map(|(_, m)| *m)
        });
        if let Some(measure) = verb.filter(|m| !metric.ends_with(m)) {
            metric.push_str(measure);
        }
    }
    // 参展企业包括甲、乙等120家: a count after the list with no noun of its own counts the
    // class named before 包括.
    if metric.is_empty() && class == UnitClass::Count && after().is_none() {
        if let Some(class) = listed_class(text, sentence.start, q.span.start) {
            metric = class.to_string();
        }
    }
    // 新增园区8个, 全市开发区5个: a zone word alone after a verb of a flow or of having, or
    // opening the sentence, is what is counted (其中高新区8个 is a subject of the metric carried).
    if metric.is_empty() && class == UnitClass::Count && after().is_none() {
        if let Some(zone) = counted_zone(window, cs <= sentence.start) {
            metric = zone.to_string();
        }
        // (全市开发区5个，园区12个: after a count of zones, a zone alone opening the clause is
        // the next thing counted, no subject of the zones carried.)
        // (The last figure may end past this one's start, inside a range or a bracket: no
        // clause opens then.)
        let head = text.get(prev_end.max(sentence.start)..q.span.start).unwrap_or_default();
        let head = strip_scope_words(crate::sentence::trim_start_seps(head));
        if window.is_empty() && BARE_ZONES.contains(head) && BARE_ZONES.contains(&state.last_metric)
        {
            metric = head.to_string();
        }
    }
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
            // (海洋生产总值增速：9.6% / 占GDP比重：28.2%: a growth rate is no part of a
            // whole; the level before it is.)
            let rate = GROWTH_METRIC_ENDINGS.iter().find(|e| part.ends_with(**e));
            // (民间投资增长2.6%，比全部投资增速高1.4个百分点，占…: with no level before, the
            // rate's own metric without its rate word.)
            let part = match rate {
                Some(_) if !state.last_level_metric.is_empty() => state.last_level_metric.as_str(),
                Some(e) => part.strip_suffix(e).filter(|p| !p.is_empty()).unwrap_or(part),
                None => part,
            };
            // …占全省GDP的21.8%，占全国海洋生产总值的12.2%: after a share, the same part.
            let part = match part.find('占') {
                Some(i) if i > 0 && part.ends_with("的比重") => &part[..i],
                _ => part,
            };
            let part = own_part.unwrap_or(part);
            metric = match (metric.strip_prefix('占'), part) {
                // (占比为4.6% with nothing before: the share word is the metric.)
                (Some("比"), "") => metric,
                (Some(rest), "") => rest.to_string(),
                (Some(_), part) => format!("{part}{metric}"),
                (None, "") => metric,
                (None, part) => format!("{part}占{whole}的比重"),
            };
            // Too long to be kept below: the part alone names the share.
            if metric.chars().count() > 30 {
                metric = part.to_string();
            }
        }
    }
    // 完成年度计划的103.5%, 为预算的102.3%: the share of the plan done for the figure before.
    // (…，为年初预算的102.3%，完成调整预算的98.6%: a second share of another plan is of
    // the same level; 税收收入为年初预算的102.3%: the level may open the share's clause.)
    let w = trim(window);
    let plan = class == UnitClass::Percent
        && ["计划的", "目标的", "任务的", "预算的"].iter().any(|e| w.ends_with(e));
    if plan {
        let done = ["完成", "为", "达到"].iter().find_map(|v| w.strip_prefix(v));
        let level = if state.last_metric.ends_with("比例") {
            &state.last_level_metric
        } else {
            &state.last_metric
        };
        let own = ["完成", "为", "达到"].iter().find_map(|v| {
            let i = find_short(w, v).filter(|&i| i > 0)?;
            let head = super::metric::strip_scope_words(&w[..i]);
            (head.chars().nth(1).is_some()
                && !head.contains(['，', ','])
                && period::at_start(head).is_none())
            .then(|| (head, &w[i + v.len()..]))
        });
        if let Some(done) = done.filter(|_| cs > sentence.start && !level.is_empty()) {
            metric = format!("{level}完成{done}比例");
        } else if let Some((head, done)) = own.filter(|_| metric.is_empty()) {
            metric = format!("{head}完成{done}比例");
        }
    }
    // (年屠宰生猪200万头的项目: a product named after the lead is the capacity's, not the
    // noun after the number; a short one, naming no project: 年产电子元器件项目开工 is a
    // headline before the number's own.)
    let mut product_before = false;
    if let Some(rest) = capacity_lead(&metric) {
        product_before =
            !rest.is_empty() && rest.chars().nth(10).is_none() && !rest.contains("项目");
        // A yearly rate is the quantity itself (the contract's 8万吨/年); a rate per day or
        // month (日处理污水5万吨) keeps its lead, or the figure would read as a plant's whole
        // output.
        if !metric.starts_with(['日', '月']) {
            metric = rest.to_string();
        }
        preds.push(Pred::Capacity);
    }
    // 建成后可年产滤材3万吨: a metric read with 年产 inside it is the product after 年产,
    // whatever jieba makes of its characters (a product it does not know leaves no noun to
    // read). (全年产销汽车: 年 is the year's.)
    // (某汽车公司年组装整车8万辆: so with any yearly rate of output; 2023年制定…: not after a
    // year's number; 年加工茶籽能力: an ability names itself.)
    // An empty metric: the window's words were no noun at all.
    // (年产直接还原铁50万吨: a product opening on a word jieba reads as an adverb, 直接, lost
    // it from the metric; the lead in the window still names the product whole.)
    let w = trim(window);
    let led_whole = !metric.is_empty()
        && w.len() > metric.len()
        && w.ends_with(metric.as_str())
        && super::RATE_LEADS.rfind(w).is_some_and(|(i, lead, _)| {
            w.len() - metric.len() > i + lead.len() && capacity_lead(&metric).is_none()
        });
    let read = if metric.is_empty() || led_whole { w } else { metric.as_str() };
    let yearly = super::RATE_LEADS.rfind(read).filter(|&(i, lead, _)| {
        let before = &read[..i];
        lead.starts_with('年')
            && !lead.ends_with('能')
            && !before.ends_with(super::YEAR_OF_CHARS)
            && (lead == "年产"
                || !before.ends_with(|c: char| c.is_ascii_digit() || period::is_numeral(c)))
    });
    if let Some((i, lead, _)) = yearly {
        let product = &read[i + lead.len()..];
        if (1..=10).contains(&product.chars().count())
            && product.chars().all(crate::normalize::is_han)
            && !product.starts_with(['值', '量', '能'])
            && !product.ends_with("能力")
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
    // (年产粉体800吨、薄膜120万平方米: an item in another measure, a product named alone
    // before it, is of the same lead.)
    let other_measure = |c: UnitClass| {
        let item = between.strip_prefix('、').unwrap_or_default();
        (c.is_physical() || c == UnitClass::Count)
            && (class.is_physical() || class == UnitClass::Count)
            && (1..=8).contains(&item.chars().count())
            && item.chars().all(crate::normalize::is_han)
            && jieba.tag(item, false).iter().all(|t| t.tag.starts_with('n'))
    };
    // (年产200吨硅料项目和300吨硅片项目: the first project's 项目 may stand before the joint.)
    let joint = between.strip_prefix("项目").unwrap_or(between);
    let listed_capacity = prev_end > 0
        && state.last_capacity.is_some_and(|(end, c)| {
            end == prev_end && (c == q.class || other_measure(c))
        })
        // (年产30万吨丙烯及20万吨聚丙烯: joined by 及, 和 too.)
        && (joint.starts_with(['、', '及', '和', '与']) || joint.starts_with("以及"))
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
    // (…，计划2021年扩产至10万片: the capacity noun the sentence's figure before names, 月产能,
    // is one too.)
    // (Where no metric is read yet, 码头年吞吐能力4000万吨, the window's end is asked.)
    // (冷库库容12万吨, 粮食仓容: what a store holds in tonnes is its capacity too; not a
    // reservoir's water, 总库容1.2亿立方米.)
    let stored = class == UnitClass::Mass;
    let named_ability = |m: &str| {
        ["能力", "产能"].iter().any(|w| m.ends_with(w))
            || stored && STORAGE_CAPACITIES.iter().any(|w| m.ends_with(w))
    };
    let ability = (named_ability(&metric) || metric.is_empty() && named_ability(trim(window)))
        && (class.is_physical() || class == UnitClass::Count);
    // (设计月产能玻璃基板12万片: the product named between the capacity word and the number
    // is what the capacity makes, and the metric.)
    let product_at = find_short(&metric, "产能")
        .map(|i| i + "产能".len())
        .filter(|_| (class.is_physical() || class == UnitClass::Count) && !ability)
        // (关停落后产能企业6家, 产能项目9个: firms or items counted are no product.)
        .filter(|_| !counted_noun)
        .filter(|&at| {
            let product = &metric[at..];
            (2..=6).contains(&product.chars().count())
                && product.chars().all(crate::normalize::is_han)
                && text[..q.span.start].ends_with(product)
                && jieba.tag(product, false).iter().all(|t| t.tag.starts_with('n'))
        });
    if let Some(at) = product_at {
        metric.drain(..at);
    }
    let ability = ability || product_at.is_some();
    // (形成年封测芯片12亿颗的生产能力: the ability named right after the figure.)
    // (形成5万吨碳纤维复合材料产能, 新增2万吨正极材料生产能力: or right after the product
    // the figure rates.)
    const ABILITY_WORDS: [&str; 5] = ["的生产能力", "的产能", "的能力", "生产能力", "产能"];
    // (After the product's noun, which 产能 may close itself; and the words a metric drops.)
    const ABILITY_AFTER_NOUN: [&str; 4] = ["的生产能力", "的产能", "的能力", "生产能力"];
    const PRODUCTION_ABILITY: [&str; 4] = ["的生产能力", "的产能", "生产能力", "产能"];
    let ability_after = (class.is_physical() || class == UnitClass::Count)
        && (ABILITY_WORDS.iter().any(|w| text[q.span.end..].starts_with(w))
            || class.is_physical()
                && after().is_some_and(|(noun, end)| {
                    ["产能", "生产能力"]
                        .iter()
                        .any(|w| noun.strip_suffix(w).is_some_and(|p| p.chars().nth(1).is_some()))
                        || ABILITY_AFTER_NOUN.iter().any(|w| text[end..].starts_with(w))
                }));
    let capacity_context = preds.contains(Pred::Capacity)
        || ability
        || ability_after
        || phase_capacity
        || q.rate
        || listed_capacity
        || OUTPUT_LEADS.iter().any(|l| text[..q.span.start].ends_with(l))
        || (class.is_physical()
            && subject_is_enterprise(text, entities, cs, q.span.start)
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
    // (在某市建设的2×100万千瓦燃煤发电项目: a build verb alone names nothing built; the
    // product after the number does.)
    // (投资60亿元建设10万吨…: the verb right before the number, its metric read off.)
    // (该项目新建600MW…, 公司配套建设…: what stands before the verb is no metric either;
    // nor with 的 between, 配套建设的100MW/200MWh电化学储能电站.)
    // (某集团投资的100万千瓦…项目: so is an enterprise's part with 的, 投资的, 运营的.)
    // (公司在某开发区投资的年产10GW…: or before the rate's lead.)
    // (公司在赣州布局3GWh…生产线, 在眉山规划20GWh…项目: laying out or planning a plant is
    // building it, as far as the figure goes.)
    let build_verb = |m: &str| {
        crate::project::BUILD_VERBS.contains(m) || crate::project::LAYOUT_VERBS.contains(&m)
    };
    let head = &text[..q.span.start];
    let unled = super::RATE_LEADS.suffix(head).map_or(head, |(l, _)| &head[..head.len() - l.len()]);
    let built = class.is_physical()
        && (build_verb(&metric)
            || crate::project::works_verb_end(head).is_some()
            || unled.len() < head.len() && crate::project::works_verb_end(unled).is_some())
        && after().is_some();
    // (某公司在某经济开发区新建的年产8GW光伏组件项目: a place or park read before the
    // lead is where the plant stands, never what it makes.)
    // (海南能源集团文昌200万千瓦海上风电项目: so is a county's short form, or a place the
    // gazetteer lacks that jieba reads as one word of a place, right before the number.)
    let sited = !metric.is_empty()
        && (capacity_context
            && entities.within(range).any(|(s, e)| {
                matches!(e.kind, EntityKind::Place | EntityKind::Park) && s.slice(text) == metric
            })
            || (capacity_context || class == UnitClass::Power)
                && (2..=3).contains(&metric.chars().count())
                && text[..q.span.start].ends_with(metric.as_str())
                && after().is_some()
                && (crate::entity::lexicon::LEXICON.county_forms.contains(metric.as_str())
                    || matches!(tagger.jieba.tag(&metric, false).as_slice(), [t] if t.tag == "ns")));
    // (加快建设某某电子5万吨电解液项目: an enterprise's short name right before the number,
    // which jieba reads as a noun, owns the plant and names nothing it makes.)
    let owned = !metric.is_empty()
        && (class.is_physical() || class == UnitClass::Power)
        && entities.ending_at(q.span.start).any(|(s, e)| {
            e.kind == EntityKind::Enterprise && s.start >= cs && s.slice(text) == metric
        })
        && after().is_some();
    if built || sited || owned {
        metric.clear();
    }
    let product_after =
        product_after || ((capacity_context || built || sited || owned) && metric.is_empty());
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
    // (环江40万千瓦风电项目: so is a place the gazetteer lacks, one word jieba reads as a
    // place, right before the number.)
    let place_before = countable
        && (entities
            .ending_at(q.span.start)
            .any(|(s, e)| e.kind == EntityKind::Place && s.slice(text) == metric)
            || (2..=3).contains(&metric.chars().count())
                && text[..q.span.start].ends_with(metric.as_str())
                && after().is_some()
                && matches!(tagger.jieba.tag(&metric, false).as_slice(), [t] if t.tag == "ns"));
    // 新开工45个重大项目, 新认定32家企业: a verb before a count names what was done, the noun
    // after it what was counted.
    static DONE: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/done_stages.txt")));
    // (A verb is short; jieba is asked last, only where a noun follows.)
    let verb_before = class == UnitClass::Count
        && !metric.is_empty()
        && metric.len() <= 4 * 3
        && (metric.chars().count() == 1
            || DONE.suffix(&metric).is_some()
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
    // 集货网络覆盖欧盟、俄罗斯及中亚地区30多个国家: after a verb of reach, the places named
    // are where it reaches; the noun after the count is what is counted.
    // (The stretch back past a list's 、 is read only where the clause follows one.)
    let reach_before = class == UnitClass::Count && {
        let stretch = if text[..cs].ends_with('、') {
            let from = list_start(text, q.span.start).max(sentence.start).max(prev_end);
            &text[from.min(q.span.start)..q.span.start]
        } else {
            window
        };
        REACH_VERBS.occurs_in(stretch)
    };
    // 某煤业所属42座煤矿中，…: after a word of belonging, what is counted is the noun after
    // the count, where no other figure follows in the clause (旗下6家门店销售额3.4亿元: the
    // noun names that figure).
    let owned_before = (class == UnitClass::Count || class.is_physical())
        && ["旗下", "所属", "下属", "下设", "下辖"].iter().any(|w| metric.ends_with(w))
        && {
            let rest = &text[q.span.end..];
            let rest = &rest[..crate::span::ceil_char_boundary(rest, 60 * 3)];
            let clause = &rest[..rest.find(is_clause_sep).unwrap_or(rest.len())];
            !clause.contains(|c: char| c.is_ascii_digit())
        };
    // 前湾码头新增3个集装箱泊位, 公司拥有5个研发中心: a verb of gaining or having right before
    // a count with a noun after it counts that noun; the noun before is who gained it.
    let gained_before = class == UnitClass::Count
        && !metric.is_empty()
        && GAIN_VERBS.suffix(&text[..q.span.start]).is_some()
        && after().is_some();
    // 乡村旅游带动全州3.8万户脱贫户增收: after a verb of reaching people (and a region's scope),
    // those reached are the noun after the count; what reached them is no metric.
    let reached_before = class == UnitClass::Count && {
        let before = &text[..q.span.start];
        let before = match before.char_indices().rev().nth(1) {
            Some((i, _)) if before[i..].starts_with('全') => &before[..i],
            _ => before,
        };
        ["带动", "惠及", "帮扶", "吸纳"].iter().any(|v| before.ends_with(v)) && after().is_some()
    };
    // 园区与华中科技大学共建3个创新平台: a verb of two characters or more right before a
    // count with a noun after it acts on that noun; the words before the verb are who acted.
    let acted_before = class == UnitClass::Count
        && !metric.is_empty()
        && !verb_before
        && after().is_some()
        && tagger.jieba.tag(&metric, false).last().is_some_and(|t| {
            t.tag == "v"
                && t.word.chars().nth(1).is_some()
                && text[..q.span.start].ends_with(t.word)
        });
    // 第二批10个延链项目, 首批12家企业: an ordinal batch before a count says which batch;
    // the noun after the count is what is counted.
    let batch_before = class == UnitClass::Count && ordinal_batch(&metric) && after().is_some();
    // 带动上下游12家配套企业, 吸引周边20余家企业: a word of where before a count says where
    // those counted are; the noun after it is what is counted.
    let where_before = class == UnitClass::Count
        && ["上下游", "周边", "本地", "当地", "国内外", "省内外", "海内外"]
            .iter()
            .any(|w| metric == *w || metric.ends_with(w) && text[..q.span.start].ends_with(w))
        && after().is_some();
    // 某餐饮品牌12家门店年夜饭预订量…: a class of establishments after the count is what it
    // counts; the name before is whose they are.
    // (Right after a measure word of places and establishments, and opening with a noun:
    // 8个来自…企业 says where they come from; 超百万人次的景区 counts visits.)
    let class_after =
        class == UnitClass::Count
            && !metric.is_empty()
            && ["家", "个", "所", "座", "处", "户"].contains(&q.unit.as_str())
            && after().is_some_and(|(noun, _)| {
                text[q.span.end..].starts_with(noun)
                    && tagger.jieba.tag(noun, false).first().is_some_and(|t| {
                        t.tag.starts_with('n') || matches!(t.tag, "b" | "a" | "vn")
                    })
                    && names_class(noun, tagger.jieba)
            });
    // 限额以上单位16个商品类别均实现增长, 新开通东盟方向8条集装箱航线: a noun right after a
    // count's measure word is what it counts, the noun before whose or where they are; not a
    // measure of them (12家门店营业额) nor the label of a figure right after it (5个项目总投资
    // 30亿元).
    // (年产汽车连接器5000万套项目: not a capacity, whose product is named before it.)
    let noun_after = class == UnitClass::Count
        && !metric.is_empty()
        && !capacity_context
        && !product_before
        && measure_word(q).is_some_and(|m| !matches!(m, '次' | '人'))
        && after().is_some_and(|(noun, end)| {
            text[q.span.end..].starts_with(noun)
                && !measures_counted(noun)
                && !text[end..].starts_with(|c: char| c.is_ascii_digit())
                && tagger
                    .jieba
                    .tag(noun, false)
                    .first()
                    // (大/a 类/q 行业: an adjective opening a longer noun.)
                    .is_some_and(|t| {
                        t.tag.starts_with('n')
                            || matches!(t.tag, "b" | "vn")
                            || t.tag == "a" && t.word.len() < noun.len()
                    })
        });
    let counted_after = counted_after
        || noun_after
        || class_after
        || batch_before
        || where_before
        || acted_before
        || reached_before
        || place_before
        || verb_before
        || list_before
        || reach_before
        || owned_before
        || gained_before;
    // (年产燃气轮机叶片12万片的能力: the ability after the number names no product; the one
    // before it does.)
    let ability = |read: &str| ["能力", "生产能力", "产能", "规模", "生产规模"].contains(&read);
    // (增长9.6% 固定资产投资182.6亿元, a flattened row whose blanks normalizing dropped: a
    // noun right before a number is that number's label, no rate's.)
    let label_of_next = |end: usize| {
        class == UnitClass::Percent && text[end..].starts_with(|c: char| c.is_ascii_digit())
    };
    if (metric.is_empty() || counted_after) && (countable || rate_after) || product_after {
        // (16个商品类别中有12类零售额实现增长: a measure after a count among those counted
        // before is what they grew in; the count is of the kinds before.)
        let among = class == UnitClass::Count
            && ["中有", "其中"].iter().any(|w| text[..q.span.start].ends_with(w));
        let counted = |read: &str| !among || !measures_counted(read);
        let read = after().filter(|&(read, end)| {
            (metric.is_empty() || !ability(read))
                && !(rate_after && label_of_next(end))
                && counted(read)
        });
        if let Some((read, end)) = read {
            let noun = if class == UnitClass::Count {
                counted_head_before(read, &text[end..], tagger.jieba)
            } else {
                read
            };
            metric = noun.to_string();
            span.end = end - (read.len() - noun.len());
            // 60万千瓦风电项目全容量并网: whatever a plant's output names, 项目 ends it.
            if product_after || class.is_physical() {
                cut_product(&mut metric, &mut span);
            }
            // (5万吨碳纤维复合材料产能: the product is the metric, as in …产能达到2.4万吨.)
            if ability_after {
                let bare = PRODUCTION_ABILITY
                    .iter()
                    .find_map(|w| metric.strip_suffix(w))
                    .filter(|p| p.chars().nth(1).is_some())
                    .map(str::len);
                if let Some(bare) = bare {
                    metric.truncate(bare);
                }
            }
        }
    }
    // 设立2亿元企业发展扶持资金, 发放5.6亿元创业担保贷款, 发放1.5亿元消费券: money right before
    // the fund, loan or voucher it is names that, whatever the verb or agent before it.
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
    // 全年实现2.3亿元产值, 实现12亿元销售收入, 引进3.5亿美元外资: with nothing named before
    // it, money right before a short noun of an amount names that noun.
    if class == UnitClass::Currency && metric.is_empty() {
        static AMOUNT_ENDS: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("../data/amount_ends.txt")));
        if let Some((read, end)) = after() {
            let short = read.chars().nth(8).is_none();
            if short && AMOUNT_ENDS.suffix(read).is_some() {
                metric = read.to_string();
                span.end = end;
            }
        }
    }
    // 以86亿元的总价竞得, 以每股9.8元的价格: a price named after the money, by 的, is its
    // metric (whatever a figure before it named).
    if class == UnitClass::Currency {
        const PRICES: [&str; 6] = ["总价", "价格", "成交价", "底价", "总金额", "总额"];
        let after_de = text[q.span.end..].strip_prefix('的').unwrap_or("");
        if let Some(price) = PRICES.iter().find(|p| after_de.starts_with(*p)) {
            metric = (*price).to_string();
            span.end = q.span.end + '的'.len_utf8() + price.len();
        }
    }
    // 满足华钨精工约七成的原料需求: a share of a named enterprise's or place's whole, named
    // after the number; the name before it is whose whole.
    if matches!(class, UnitClass::Percent)
        && text[q.span.end..].starts_with('的')
        && !metric.is_empty()
        && text[..q.span.start].ends_with(metric.as_str())
        && entities.ending_at(q.span.start).any(|(s, _)| s.len() == metric.len())
    {
        if let Some((noun, end)) = after().filter(|(n, _)| n.chars().nth(1).is_some()) {
            metric = noun.to_string();
            span.end = end;
        }
    }
    // 以9.6%的市场占有率: a rate named after the number; 低于5.5%左右的年度控制目标: a target
    // named after it, which the verb before compares with (no fall of 5.5%).
    let mut target_after = false;
    // 控制在4%的目标以内: a target that bounds the figure from above.
    let mut within_target = false;
    let mut threshold_after = false;
    // (民营企业贡献了70%以上的税收、80%以上的就业: after a verb of contributing, or after
    // 、 in its list, the share is of the whole named after it.)
    let contributed = {
        let w = window.trim_end();
        let w = w.strip_suffix('了').unwrap_or(w);
        CONTRIBUTES.iter().any(|v| w.ends_with(v))
            || w == "、" && {
                let head = text[..cs].trim_end_matches('、');
                let from = crate::span::ceil_char_boundary(head, head.len().saturating_sub(24 * 3));
                let head = &head[from..];
                head.rfind(['，', '。', '；']).map_or(head, |i| &head[i..]).contains('了')
                    && CONTRIBUTES.iter().any(|v| contains_short(head, v))
            }
    };
    // (…、80%以上的就业: a whole jieba reads as a verb, 就业, is read as written, up to the
    // list's or clause's end.)
    let whole_after = || {
        let rest = text[q.span.end..].strip_prefix('的')?;
        let n = rest.char_indices().take(9).find(|&(_, c)| !crate::normalize::is_han(c))?.0;
        ((2 * 3..=8 * 3).contains(&n) && rest[n..].starts_with(['、', '，', '。', '；']))
            .then(|| (&rest[..n], q.span.end + '的'.len_utf8() + n))
    };
    if class == UnitClass::Percent && text[q.span.end..].starts_with('的') {
        let named_after = after().filter(|(n, _)| {
            let bare = ["以内", "之内", "以下"].iter().find_map(|b| n.strip_suffix(b));
            within_target = bare.is_some_and(|b| b.ends_with("目标"));
            target_after = n.ends_with("目标") || within_target;
            // (债务率为82.7%，低于100%的警戒线: a line drawn, which the verb compares with.)
            threshold_after = super::lexicon::THRESHOLDS.iter().any(|t| n.ends_with(t));
            // (取得某公司51%的股权: a stake, named after the percent.)
            let stake = ["股权", "股份"].iter().any(|w| n.ends_with(w));
            target_after
                || threshold_after
                || stake
                || contributed
                || RATE_ENDINGS.iter().any(|e| n.ends_with(e))
        });
        // 完成下降3.2%的年度目标: a change the target itself sets is that change of the
        // metric just reported (the sentence's), as a target.
        let change_verb = ["下降", "降低", "增长", "提高", "减少", "增加"]
            .into_iter()
            .find_map(|v| text[..q.span.start].strip_suffix(v));
        let sets_change = change_verb.is_some();
        // (锚定地区生产总值增长7%左右的预期目标: or of the metric named right before the verb,
        // which keeps the figure; the target is added with the aims below.)
        let same_sentence = state.last_at == sentence.start && !state.last_metric.is_empty();
        // (…增长6.8%，超额完成地区生产总值增长6%的年度目标: the sentence's metric, as before.)
        let own_change = target_after
            && !same_sentence
            && !within_target
            && !metric.is_empty()
            && change_verb.is_some_and(|before| before.ends_with(metric.as_str()));
        if let Some((noun, end)) =
            named_after.filter(|_| !own_change).or_else(|| whole_after().filter(|_| contributed))
        {
            // (城镇登记失业率控制在4.5%的目标以内: the bound is the metric's before it.)
            if !within_target || metric.is_empty() {
                metric = noun.to_string();
            }
            span.end = end;
            if product_after {
                cut_product(&mut metric, &mut span);
            }
            // (失业率为3.4%，控制在4%的目标以内: the bound is the same metric's.)
            if target_after && (sets_change || within_target) && same_sentence {
                metric.clone_from(&state.last_metric);
                // (…的目标以内: its bound word stays in the evidence, as 以上 does.)
                if !within_target {
                    span.end = q.span.end;
                }
            } else if target_after || threshold_after {
                preds = Preds::default();
            }
        }
    }
    // 对东盟进出口812.5亿元, 广西对欧盟进出口…, 与越南贸易…: the partner of a trade figure
    // stays in its metric (after a subject too).
    if !metric.is_empty() {
        if let Some(partner) = trade_partner(text, entities, opener, q.span.start, &metric) {
            metric = format!("{partner}{metric}");
        } else if short_partner(text, opener, q.span.start, &metric) {
            metric.insert(0, '对');
        }
    }
    let mut carried = false;
    // 830.6亿斤（4153万吨）, 12.5亿美元（约合89.6亿元人民币）: the figure before in other units.
    let equivalent = prev_end > 0
        && !state.last_metric.is_empty()
        && text.get(prev_end..q.span.start).is_some_and(|between| {
            // (…78.6万吨，折合15.72亿斤: after a comma only the converting words.)
            // (折合人民币273.2亿元: the currency converted to may follow the word.)
            let currency_after =
                |b: &'t str| CURRENCY_WORDS.iter().find_map(|c| b.strip_suffix(c)).unwrap_or(b);
            match between.strip_prefix(['（', '(']) {
                // (41.3亿美元（折合人民币约291.2亿元）: so in brackets, with 约 after it.)
                Some(b) => {
                    let b = currency_after(b.strip_suffix('约').unwrap_or(b));
                    ["", "约合", "折合", "合", "相当于"].contains(&b)
                }
                None => between.strip_prefix(['，', ',']).is_some_and(|b| {
                    let b = currency_after(b);
                    // (人均地区生产总值56830元，按年平均汇率折算为7920美元: at a rate.)
                    let at_rate = b.strip_prefix('按').and_then(|r| {
                        let at = r.find("汇率")?;
                        (r[..at].chars().count() <= 6).then(|| &r[at + "汇率".len()..])
                    });
                    let b = at_rate.unwrap_or(b);
                    ["约合", "折合", "折合约", "相当于"].contains(&b)
                        || at_rate.is_some()
                            && ["折算为", "折算", "计算为", "计算", "折合为"].contains(&b)
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
    // 8英寸线月产能…, 公司产线年产能…: a production line or plant before the capacity word is
    // what holds the capacity, no product made; the capacity word names the metric.
    // (Only a name read before the word: 年产3万吨生产线 names its product after the figure.)
    let before_word = |w: &str| window.contains(&format!("{metric}{w}"));
    if let Some(word) = preds.capacity_word.filter(|w| plant(&metric) && before_word(w)) {
        metric = word.to_string();
    }
    // 晶圆出货量折合8英寸约168万片: a conversion to a size or rate written in figures says in
    // what the figure is counted, no part of its name (R&D人员折合全时当量 is a measure's name).
    let converted = ["折合", "折算"].iter().filter_map(|w| find_short(&metric, w)).min();
    let to_figure = |at: usize| metric[at..].contains(|c: char| c.is_ascii_digit());
    if let Some(at) = converted.filter(|&at| metric[..at].chars().nth(1).is_some() && to_figure(at))
    {
        metric.truncate(at);
    }
    // 压减炼钢产能300万吨, 化解过剩产能500万吨: capacity cut is no capacity held; the verb and
    // the capacity word stay in the metric (压减炼钢产能).
    // (Asked only where the window holds 能, as 产能 does: one character search.)
    const CUT_VERBS: [&str; 7] = ["压减", "淘汰", "化解", "退出", "关停", "削减", "去除"];
    if !metric.is_empty() && contains_short(window, "能") {
        let w = trim(window);
        // The words before what is held (the metric, with the capacity word after it when the
        // window ends so), and that word.
        let with_word = preds
            .capacity_word
            .and_then(|cw| Some((w.strip_suffix(cw)?.strip_suffix(metric.as_str())?, cw)));
        let (before, word) =
            with_word.map_or((w.strip_suffix(metric.as_str()), ""), |(b, cw)| (Some(b), cw));
        let capacity =
            if word.is_empty() { metric.ends_with("产能") } else { word.ends_with("产能") };
        let cut =
            before.filter(|_| capacity).and_then(|h| CUT_VERBS.iter().find(|v| h.ends_with(**v)));
        if let Some(verb) = cut {
            metric = format!("{verb}{metric}{word}");
        }
    }
    // 接待游客…，受疫情影响下降18.3%: a cause alone before the verb names no metric; the
    // figure is the one's before.
    // (…，按可比口径增长…: nor does a basis alone.)
    // (Asked only where the window named no metric.)
    let cause = || {
        super::metric::only_basis(trim(window))
            || trim(window).strip_prefix('受').is_some_and(|w| {
                ["影响", "冲击", "拖累"].iter().any(|e| {
                    w.find(e).is_some_and(|j| {
                        let verb = &w[j + e.len()..];
                        verb.is_empty() || PREDICATES.prefix(verb).is_some_and(|(p, _)| p == verb)
                    })
                })
            })
    };
    // 四季度单季增长11.8%: a single quarter's or month's word alone names no metric; the
    // clause before or the figure before does (单季出让金 keeps it: the quarter's part of
    // the year).
    if super::metric::single_period_word(&metric) {
        metric.clear();
    }
    if metric.is_empty() && !result_word && !cause() {
        metric =
            fallback_metric(text, sentence, cs, prev_end, window, entities, window_start, tagger);
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
    // 汽车及零部件、…、精细化工五大主导产业增加值: a list before a group's count (五大) names
    // the group's members; the group names the metric (五大主导产业增加值), however much of
    // the list the clause kept.
    if contains_short(&metric, "、") {
        let group = metric.char_indices().find(|&(i, c)| {
            "两二三四五六七八九十".contains(c) && metric[i + c.len_utf8()..].starts_with('大')
        });
        if let Some((i, _)) = group.filter(|&(i, _)| metric[..i].contains('、')) {
            if metric[i..].chars().nth(3).is_some() {
                metric.drain(..i);
            }
        }
    }
    // (园区内规上企业产值: the locative left of a zone read as the subject, 区内 or 园内 in the
    // window, is where, as the zone is; 内燃机, 内衣, 内外贸 are words of jieba's.)
    if let Some(rest) = metric.strip_prefix('内') {
        let next = rest.chars().next().map_or("", |c| &rest[..c.len_utf8()]);
        let clause = &text[cs..q.span.start];
        let after_zone = !next.is_empty()
            && ["区内", "园内"].iter().any(|z| {
                clause.match_indices(z).any(|(i, _)| clause[i + z.len()..].starts_with(next))
            });
        if after_zone && tagger.jieba.cut(&metric, false).first().is_some_and(|t| t.word == "内") {
            metric.drain(..'内'.len_utf8());
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
    // 营业收入目前为…: now is the figure's time, no part of its name.
    let now = ["目前", "当前", "现阶段"].iter().find(|t| metric.ends_with(**t));
    if let Some(t) = now.filter(|t| metric.len() > t.len() + 3) {
        metric.truncate(metric.len() - t.len());
    }
    // 缴存比例为12%，困难企业可降低至5%: a percent whose window names only whom it applies
    // to is the rate of the clause before, for them; no metric of its own.
    if class == UnitClass::Percent
        && state.last_at == sentence.start
        && RATE_ENDINGS.iter().any(|e| state.last_metric.ends_with(e))
        && RATE_HOLDERS.iter().any(|g| metric.ends_with(g))
    {
        metric.clear();
    }
    // (21个市（州）中，有19个: the locative left of a bracketed noun names nothing; nor
    // does the unit a yield is per, 单产454.1公斤/亩，每亩增产8.9公斤.)
    let per_unit = metric.strip_prefix('每').and_then(super::metric::per_unit_word).is_some();
    if metric == "中" || per_unit {
        metric.clear();
    }
    let dimension = matches!(metric.as_str(), "长" | "宽" | "高" | "深" | "厚" | "重");
    if metric.chars().nth(1).is_none() && !metric.is_empty() && !dimension {
        let tags = tagger.jieba.tag(&metric, false);
        if tags.first().is_some_and(|t| matches!(t.tag, "a" | "m" | "d" | "v")) {
            metric.clear();
        }
    }
    // 开工22个，投产15个; 新开工…项目58个，竣工投产41个: verbs alone before a count, after
    // a count whose metric a verb opens, name what was done to the same things.
    let verb = window.trim().trim_start_matches(['已', '共']);
    // (累计达到156个: verbs that introduce a metric name no deed; the last count's metric is
    // the figure's as it is.)
    let introduces = || {
        static INTRODUCING: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("../data/introducing_verbs.txt")));
        let mut rest = verb;
        while let Some((w, ())) = INTRODUCING.prefix(rest) {
            rest = &rest[w.len()..];
        }
        rest.is_empty()
    };
    // (…老旧小区86个、基本完工52个: an adverb alone is no metric; the deed with it is.)
    if ADVERBS_OF_DEGREE.contains(&metric.as_str()) && verb.len() > metric.len() {
        metric = verb.to_string();
    }
    // (已签约项目12个、已开工8个: a window of the verb alone, which the metric kept (已开工),
    // is such a deed too.)
    // (Not a stage, 在建4座: the rule after this one's.)
    let bare_verb =
        metric.trim_start_matches(['已', '共']) == verb && !STAGES.contains(&metric.as_str());
    // (The window's length settles most figures before jieba is asked.)
    if (metric.is_empty() || bare_verb)
        && class == UnitClass::Count
        && !state.last_metric.is_empty()
        && (2..=6).contains(&verb.chars().count())
        && !introduces()
    {
        // (新开工, 已开工: 新 (newly) or 已 (already) before the verb goes with it.)
        let last = state.last_metric.strip_prefix(['新', '已']).unwrap_or(&state.last_metric);
        let tags = tagger.jieba.tag(last, false);
        let opening = tags.first().filter(|t| t.tag == "v" && t.word.chars().nth(1).is_some());
        // (保障性住房已开工3200套、基本建成2100套: a deed closing the last metric is replaced
        // by this one.)
        let closing = tags.last().filter(|t| t.tag == "v" && t.word.chars().nth(1).is_some());
        let closing = closing.filter(|_| tags.len() > 1 && opening.is_none());
        let deed = ADVERBS_OF_DEGREE.iter().find_map(|a| verb.strip_prefix(a)).unwrap_or(verb);
        // (基本建成, 全面完工: jieba reads the adverb as a noun.)
        let is_deed = || tagger.jieba.tag(deed, false).iter().all(|t| matches!(t.tag, "v" | "vn"));
        if let Some(open) = opening.filter(|o| o.word != verb) {
            if is_deed() {
                metric = format!("{verb}{}", &last[open.word.len()..]);
            }
        } else if let Some(close) = closing.filter(|c| c.word != verb) {
            let head = last[..last.len() - close.word.len()].trim_end_matches('已');
            if is_deed() && head.chars().nth(1).is_some() {
                metric = format!("{head}{verb}");
            }
        }
        // (已开工4516套，开工率107.5%；基本建成2380套: a deed alone after a rate, where the
        // level before the rate was a deed alone too, is a deed of its own, not that level
        // again.)
        if metric.is_empty() && !deed.is_empty() {
            let level = state.last_level_metric.trim_start_matches(['已', '新']);
            let deed_only = |w: &str| {
                let tags = tagger.jieba.tag(w, false);
                !tags.is_empty() && tags.iter().all(|t| matches!(t.tag, "v" | "vn"))
            };
            if !level.is_empty() && level != deed && deed_only(level) && is_deed() {
                metric = verb.to_string();
            }
        }
    }
    // 已建成加氢站6座，在建4座: a stage alone after a count of things names those things at
    // that stage.
    if class == UnitClass::Count
        && STAGES.contains(&metric.as_str())
        && metric == verb
        && state.last_at == sentence.start
        && !state.last_metric.is_empty()
        && !state.last_metric.starts_with(metric.as_str())
    {
        metric = format!("{metric}{}", state.last_metric);
    }
    // 销售额17.2亿元，日均2.15亿元: an average's word alone before a figure names the average
    // of the metric carried, not a metric of its own (月均) nor the total again (日均 is a
    // predicate the window lost).
    let average = average_alone(window, &metric, class, &state.last_metric);
    if average.is_some() {
        metric.clear();
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
        // (…占全省发电量的比重达到32%，…，是水电发电量的1.9倍: a multiple after a share is the
        // level's, as a level is.)
        let multiple = class == UnitClass::Multiple;
        // (门票收入26.8亿元；其中5A级景区接待2860万人次: a level in another measure than the
        // last figure's is no level of that metric; the words before it name it.)
        // (Asked of counts: a money figure's window may be a threshold's, 引进500万元以上.)
        let other_measure = class == UnitClass::Count
            && state.last_class.is_some_and(|c| {
                c != class
                    && !matches!(c, UnitClass::Percent | UnitClass::Point | UnitClass::Multiple)
            });
        let own = || {
            let w = trim(window);
            let w = strip_scope_words(w.strip_prefix("其中").unwrap_or(w));
            ((2..=12).contains(&w.chars().count())
                && w.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_alphanumeric()))
            .then(|| w.to_string())
        };
        // (…收入3544.1亿元。21个市中，有19个…。其中，某市完成1762.8亿元: a sum after counts is
        // of the last sum's metric, not of what was counted.)
        // (等12户企业纳税超过千万元: a sum in the count's own clause is the count's threshold,
        // of what was counted, unless the count names the last sum's metric again: 等3家企业
        // 营业收入突破20亿元. The count's text runs to its metric's end, so the gap from it is
        // the comparison word alone.)
        // (其中5家企业超过100亿元: a count of a bare class names no measure; the sum is the
        // last sum's metric, as before.)
        // (The count's metric opens with its noun, never its measure word: 12户企业纳税 → 企业纳税.)
        let measured_count = ["企业", "项目"]
            .iter()
            .find_map(|c| state.last_metric.strip_prefix(c))
            .is_some_and(|rest| rest.chars().nth(1).is_some());
        let threshold_of_count = prev_end > 0
            && measured_count
            && text.get(prev_end..q.span.start).is_some_and(|gap| {
                gap.len() <= 36
                    && !gap.contains(is_clause_sep)
                    && (state.last_money_metric.is_empty()
                        || !state.last_metric.contains(state.last_money_metric.as_str()))
            });
        let money_after_count = class == UnitClass::Currency
            && state.last_class == Some(UnitClass::Count)
            && !threshold_of_count
            && !state.last_money_metric.is_empty();
        metric = if let Some(own) = other_measure.then(own).flatten() {
            own
        } else if money_after_count {
            state.last_money_metric.clone()
        } else if class == UnitClass::Duration && state.last_class != Some(class) {
            // (带动就业800人。…比计划工期提前4个月: a duration after figures of another
            // measure is of the time its clause names.)
            crate::quantity::timed_word(window, &q.unit).unwrap_or_default().to_string()
        } else if ((rate && level) || (share && (level_change || multiple)))
            && !state.last_level_metric.is_empty()
        {
            state.last_level_metric.clone()
        } else if let Some(level) = GROWTH_METRIC_ENDINGS
            .iter()
            .find_map(|e| state.last_metric.strip_suffix(e))
            .filter(|l| change && preds.first != Some(Pred::ToLevel) && l.chars().nth(1).is_some())
        {
            // (PPI同比下降2.9%，降幅收窄0.4个百分点，环比上涨0.2%: with no level read, a
            // change in percent after a rate's is the measure's the rate was of. Not a level
            // the rate moves to: in 降幅由18.2%收窄至12.3%, 12.3% is the rate again.)
            level.to_string()
        } else {
            state.last_metric.clone()
        };
        // (…，同比增长14.8%，高于全市规上工业增速5.3个百分点: points above another's growth
        // rate are the growth rate's, of the level carried.)
        if class == UnitClass::Point
            && find_short(window, "增速").is_some()
            && !metric.is_empty()
            && !GROWTH_METRIC_ENDINGS.iter().any(|e| metric.ends_with(e))
            && !RATE_ENDINGS.iter().any(|e| metric.ends_with(e))
        {
            metric.push_str("增速");
        }
        // 企业210家，覆盖8个行业，较上年增加6家: a count's change in a clause of its own is
        // the metric of the sentence's last count in the same measure word, when the last
        // count's is another (脱贫17985户64102人 pairs two measures of one metric).
        // (Read back 600 bytes at most: a long sentence of figures with no metric keeps
        // `prev_end` at its start.)
        let from = prev_end
            .min(q.span.start)
            .max(crate::span::ceil_char_boundary(text, q.span.start.saturating_sub(600)));
        let this_sentence =
            state.counts.0 == sentence.start && text[from..q.span.start].contains(['，', ',']);
        if let Some(m) = measure_word(q).filter(|_| this_sentence) {
            let counts = &state.counts.1;
            // (加氢站16座，日加注能力18吨，其中当年新建4座: or when the metric carried is no
            // count's at all.)
            let last_other = counts.last().is_some_and(|(w, last)| *w != m && *last == metric)
                || counts.iter().all(|(_, c)| *c != metric);
            if let Some((_, same)) =
                counts.iter().rev().find(|(w, _)| *w == m).filter(|_| last_other)
            {
                metric.clone_from(same);
            }
        }
        // (高新技术企业总数达到1286家，其中新认定312家: what is new in a total is of the things
        // counted, not of the total; the word of what is new is left out, as elsewhere.)
        if class == UnitClass::Count {
            let w = trim(window);
            let new_part = NEW_WORDS.contains(&w.strip_prefix("其中").unwrap_or(w));
            if let Some(base) = ["总数", "总量"]
                .iter()
                .find_map(|t| metric.strip_suffix(t))
                .filter(|b| new_part && b.chars().nth(1).is_some())
            {
                metric = base.to_string();
            }
        }
        // 生产矿山机械2860台；销售2795台: the other verb of output and sales alone names the
        // same product's other measure (矿山机械销量).
        let verb = trim(window);
        if let Some((_, measure)) = VERB_MEASURES.iter().find(|(v, _)| *v == verb) {
            let product = VERB_MEASURES.iter().find_map(|(_, m)| metric.strip_suffix(m));
            if let Some(product) = product.filter(|p| !p.is_empty()) {
                metric = [product, measure].concat();
            }
        }
        // 贷款余额…，一季度新增1.49万亿元: what is new after a balance is a flow, of new
        // loans or deposits, not the balance. (比年初增加… stays the balance's change, as any
        // metric's change does.) 同比多增48亿元 (少增, 多减, 少减) compares that flow with the
        // year before's.
        let flow = |v: &str| {
            v.ends_with("新增") || ["多增", "少增", "多减", "少减"].iter().any(|w| v.ends_with(w))
        };
        if let Some(base) = metric
            .strip_suffix("余额")
            .filter(|b| flow(verb) && class == UnitClass::Currency && b.chars().nth(1).is_some())
        {
            metric = format!("新增{base}");
        }
        // 新发展稻渔综合种养面积3.5万亩，累计达到12.8万亩: a running total carries the metric
        // without the word of what is new.
        if verb.starts_with("累计") || verb.starts_with("总计") {
            let bare = without_change_word(&metric).len();
            metric.drain(..metric.len() - bare);
        }
        if let Some(average) = average.filter(|_| !metric.contains('均')) {
            metric = with_average(&metric, average);
        }
        carried = true;
    }
    // 产量…，增速比上月加快0.6个百分点: a bare rate word later in the sentence is the rate
    // of the level named before it.
    // 固定资产投资同比下降2.8%，降幅比上半年收窄…: the metric of the sentence's last growth
    // comes first, then the last level.
    // 150万吨/年乙烯裂解装置|负荷率保持在95%: a rate read on right after the thing the last
    // figure named (no break between) is that thing's rate.
    // (Only after a plant's capacity: 58家重点商场|平均毛利率 is the malls' average, which
    // the count's noun need not name whole.)
    let after_capacity = || {
        text[..cs].strip_suffix(state.last_metric.as_str()).is_some_and(|h| {
            h.ends_with(['吨', '年', '瓦', 'W', '方'])
                || h.ends_with("吨/年")
                || h.ends_with("立方米")
        })
    };
    if class == UnitClass::Percent
        && metric.ends_with('率')
        && !state.last_metric.is_empty()
        && cs == prev_end
        && after_capacity()
        && text[cs..].starts_with(metric.as_str())
    {
        metric = format!("{}{metric}", state.last_metric);
    }
    // (…同比下降6.8%，同比降幅比上月扩大…: a rate after its basis is as bare.)
    let based_rate = super::metric::BASES
        .iter()
        .find_map(|b| metric.strip_prefix(b))
        .filter(|r| GROWTH_METRIC_ENDINGS.contains(r))
        .map(str::to_string);
    let bare_rate = based_rate.is_some() || GROWTH_METRIC_ENDINGS.contains(&metric.as_str());
    // (…，固定资产投资保持较快增长，增速为12.7%: a clause right before that states a growth
    // or a fall in words (进口额下降，降幅为5.2%), with no figure, names what the bare rate is
    // of.)
    let mut worded_growth = || {
        let (_, at, prev) = clause_before(text, sentence.start, cs)?;
        const MOVES: [&str; 5] = ["增长", "下降", "减少", "回落", "下滑"];
        let i = MOVES
            .iter()
            .filter_map(|m| prev.find(m))
            .min()
            .filter(|_| !prev.contains(|c: char| c.is_ascii_digit()))?;
        let (named, _) = super::metric::metric_before(&prev[..i], entities, at, tagger);
        let plain = (2..=12).contains(&named.chars().count())
            && named.chars().all(crate::normalize::is_han)
            && !SCOPE_WORDS.contains(named.as_str());
        plain.then_some(named)
    };
    if bare_rate && !carried && cs > sentence.start {
        let rate = based_rate.unwrap_or_else(|| metric.clone());
        if let Some(named) = worded_growth() {
            metric = format!("{named}{rate}");
        } else {
            let same_sentence = state.last_at == sentence.start && state.last_level_or_growth;
            let last = state.last_metric.as_str();
            let base =
                GROWTH_METRIC_ENDINGS.iter().find_map(|e| last.strip_suffix(e)).unwrap_or(last);
            if same_sentence && !base.is_empty() {
                metric = format!("{base}{rate}");
            } else if !state.last_level_metric.is_empty() {
                metric = format!("{}{rate}", state.last_level_metric);
            }
        }
    }
    // 进口金属矿砂12.6万吨，价值3.96亿元: a bare word of value later in the sentence is
    // the value of what was just measured (进口金属矿砂价值).
    const VALUE_WORDS: [&str; 3] = ["价值", "金额", "货值"];
    if VALUE_WORDS.contains(&metric.as_str())
        && !carried
        && class == UnitClass::Currency
        && cs > sentence.start
        && state.last_at == sentence.start
        && !state.last_metric.is_empty()
        && !VALUE_WORDS.iter().any(|w| state.last_metric.ends_with(w))
    {
        metric = format!("{}{metric}", state.last_metric);
    }
    // 水稻播种面积1150万亩，产量142.3亿斤: a bare measure later in the sentence is that of
    // the product whose other measure was named before it (水稻产量).
    if !carried && cs > sentence.start && state.last_at == sentence.start {
        static MEASURES: LazyLock<Vec<&str>> = LazyLock::new(|| {
            crate::words::lines(include_str!("../data/farm_measures.txt")).collect()
        });
        // The measures a metric may be alone: all but the areas (a bare 面积 is not taken:
        // jieba's reading of 投产面积 may have lost its verb). Asked first, as most metrics
        // are none of them.
        // (某公司生产基酒3.2万千升，实现产值58.7亿元: a company's measure after a verb is the
        // company's whole, not the product's; a region's, 全县金桔…，实现产值, is the
        // product's.)
        let bare = MEASURES[4..].contains(&metric.as_str())
            && (trim(window).trim_start_matches('其').starts_with(metric.as_str())
                || !entities
                    .within(NSpan::new(
                        window_floor(text, sentence.start, q.span.start),
                        q.span.start,
                    ))
                    .any(|(_, e)| e.kind == EntityKind::Enterprise));
        // (…；洗选煤产量4000万吨: a product of its own before the measure, which jieba read
        // as verbs, is the metric's, not the product named before.)
        let w = trim(window);
        let own = w.strip_suffix(metric.as_str()).filter(|_| bare).map(|h| {
            let h = strip_scope_words(h);
            PREDICATE_VERBS.suffix(h).map_or(h, |(v, ())| &h[..h.len() - v.len()])
        });
        // (Not a scope word alone, 其中产值, nor a time, 上半年产值, nor a word jieba knows as
        // a noun, 假期实现销售额, which the metric would have kept were it the product's: only
        // a product jieba read as verbs.)
        let own = own.filter(|h| {
            (2..=6).contains(&h.chars().count())
                && h.chars().all(crate::normalize::is_han)
                && !SCOPE_WORDS.contains(h)
                && !period::occurs_in(h)
                && tagger.jieba.tag(h, false).iter().all(|t| t.tag.starts_with('v'))
        });
        // (…；农产品深加工产业受原材料价格波动影响，产值同比下降1.2%: the topic of a clause
        // naming a cause right before is the product.)
        let topic = || {
            clause_before(text, sentence.start, cs)
                .filter(|&(sep, _, _)| sep == '，')
                .and_then(|(_, _, prev)| super::metric::cause_topic(prev))
                .map(|t| strip_scope_words(t).to_string())
                .filter(|t| t.chars().nth(1).is_some())
        };
        if let Some(own) = own {
            metric = format!("{own}{metric}");
        } else if let Some(topic) = bare.then(topic).flatten() {
            metric = format!("{topic}{metric}");
        } else {
            let product = MEASURES
                .iter()
                .filter(|_| bare)
                .find_map(|m| state.last_level_metric.strip_suffix(m))
                .filter(|p| p.chars().nth(1).is_some() && p.chars().all(crate::normalize::is_han));
            // (商品住宅销售面积…、销售额…: 商品住宅销售 + 销售额 writes 销售 once.)
            if let Some(product) = product {
                metric = super::list::joined(product, &metric);
            }
        }
    }
    // 全市规模以上农产品加工企业达到213户，实现营业收入486.2亿元: a bare measure of business
    // later in the sentence, after a count of enterprises that opens it, is theirs.
    static BUSINESS_MEASURES: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/business_measures.txt")));
    if !carried
        && cs > sentence.start
        && state.last_at == sentence.start
        && BUSINESS_MEASURES.contains(&metric)
        && state.last_level_metric.ends_with("企业")
        // (营业收入超百亿元企业达到3家: a threshold of a class counted, no measure.)
        && !["企业", "的企业", "以上企业", "以上的"].iter().any(|w| text[q.span.end..].starts_with(w))
        // (园区某产业已集聚上下游企业37家，全年实现产值…: the enterprises counted open the
        // sentence, its topic; counted after a verb, they are not.)
        && {
            let head = trim(&text[sentence.start..cs]);
            let head = period::at_start(head).map_or(head, |t| &head[t.span.end..]);
            let head = strip_scope_words(head.trim_start_matches(['，', ',']));
            head.starts_with(state.last_level_metric.as_str())
        }
        && state.last_level_metric.chars().nth(3).is_some()
        // (Within a clause's reach: a text without sentence ends is one sentence.)
        && !entities
            .within(NSpan::new(window_floor(text, sentence.start, q.span.start), q.span.start))
            .any(|(_, e)| e.kind == EntityKind::Enterprise)
    {
        let w = trim(window);
        let head = w.strip_suffix(metric.as_str()).unwrap_or(w);
        // (全年实现营业收入: a time before the verb.)
        let head = period::at_start(head).map_or(head, |t| &head[t.span.end..]);
        let head = strip_scope_words(head);
        if head.is_empty()
            || PREDICATE_VERBS.suffix(head).is_some_and(|(v, ())| v.len() == head.len())
        {
            metric = format!("{}{metric}", without_change_word(&state.last_level_metric));
        }
    }
    // 新增规上工业企业28家，总数达到216家: a bare total later in the sentence is the total
    // of the count named before it.
    // (净增高新技术企业142家，总数达到523家: the total of them all, not of the new ones.)
    if metric == "总数" && state.last_at == sentence.start && !state.last_level_metric.is_empty()
    {
        metric = format!("{}{metric}", without_change_word(&state.last_level_metric));
    }
    // 新签约新能源项目19个，总投资236.9亿元: a bare investment later in the sentence, right
    // after a count of projects, is those projects' (新签约新能源项目总投资), as a bare total is
    // the count's.
    const INVESTMENTS: [&str; 4] = ["总投资", "投资", "总投资额", "投资额"];
    if !carried
        && class == UnitClass::Currency
        && INVESTMENTS.contains(&metric.as_str())
        && cs > sentence.start
        && state.last_at == sentence.start
        && state.last_class == Some(UnitClass::Count)
        && state.last_level_metric == state.last_metric
        && state.last_metric.ends_with("项目")
        && state.last_metric.chars().nth(3).is_some()
    {
        // (在建项目50个，其中续建项目20个、新开工项目30个；完成投资…: after the parts that
        // 其中 lists, the investment is the whole's, the sentence's first count.)
        let parts_listed = contains_short(&text[sentence.start..cs], "其中");
        let whole = (parts_listed && state.counts.0 == sentence.start)
            .then(|| state.counts.1.first().map(|(_, m)| m.as_str()))
            .flatten()
            .filter(|m| m.ends_with("项目"));
        metric = format!("{}{metric}", whole.unwrap_or(&state.last_metric));
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
            // (该行为甲公司提供贷款, 向甲公司发放: nor one after a preposition of whom the act
            // is for or aimed at, 为, 向, 对, 给: the object, not the actor.)
            .filter(|(span, _)| {
                let s = span.slice(text);
                let partner = text[..span.start].ends_with(['与', '和', '及', '同', '、']);
                let object = text[..span.start].ends_with(['为', '向', '对', '给']);
                (s.ends_with("公司") || s.ends_with("集团")) && !partner && !object
            });
        if let Some((span, e)) = inside {
            let surface = span.slice(text);
            // (提供“苹果贷”授信: the metric read drops a product's quotes.)
            const QUOTES: [char; 2] = ['“', '”'];
            let between = &text[span.end..q.span.start];
            let follows = || {
                between.contains(metric.as_str())
                    || between.contains(QUOTES) && between.replace(QUOTES, "").contains(&metric)
            };
            if let Some(i) = metric.find(surface) {
                let rest = &metric[i + surface.len()..];
                if rest.chars().nth(1).is_some() {
                    metric = rest.to_string();
                    subject = Some(e.name.as_str());
                }
            } else if follows() {
                subject = Some(e.name.as_str());
            }
        }
    }
    // 依托某物流产业园开行班列286列: a park or place the figure's doer works through (依托,
    // 借助, 通过, 利用) is no part of the metric; what follows it is.
    if !carried && ["依托", "借助", "通过", "利用"].iter().any(|w| contains_short(&metric, w))
    {
        let through = entities
            .within(NSpan::new(window_start, q.span.start))
            .filter(|(_, e)| matches!(e.kind, EntityKind::Park | EntityKind::Place))
            .last();
        if let Some((span, _)) = through {
            let surface = span.slice(text);
            if let Some(i) = metric.find(surface) {
                let rest = metric[i + surface.len()..].to_string();
                if rest.chars().nth(1).is_some() {
                    metric = rest;
                }
            }
        }
    }
    // 通过公共网络实现的商品零售额: a channel the figure went through, in a phrase closed by
    // 的 right before the metric, defines it (online retail, not all retail).
    if !carried && !metric.is_empty() && contains_short(window, "通过") {
        if let Some(i) = rfind_short(window, &metric) {
            let phrase =
                window[..i].strip_suffix('的').and_then(|b| b.rfind("通过").map(|j| &b[j..]));
            if let Some(p) = phrase
                .filter(|p| p.chars().count() <= 12 && p.chars().all(crate::normalize::is_han))
            {
                metric = format!("{p}的{metric}");
            }
        }
    }
    // 每千人拥有市场主体32.8户: a figure per head of population is a density, not a total;
    // the per-capita phrase before the metric stays in its name.
    if !carried && !metric.is_empty() && contains_short(window, "每") {
        if let Some(i) = rfind_short(window, &metric) {
            if let Some(m) = PER_CAPITA.find(&window[..i]) {
                metric.insert_str(0, m.as_str());
            } else if window[..i].ends_with('每') {
                // (每万人发明专利拥有量: jieba's word 每万人 lost its 每 to the scope strip.)
                metric.insert(0, '每');
                if !PER_CAPITA_OPENING.is_match(&metric) {
                    metric.remove(0);
                }
            }
        }
    }
    // 由某公司以48.6亿元竞得: the price a plot is won at, paid by the bidder named before 以
    // (the bidder was the metric, or none was left); so the sum a buyer pays (以2.3亿元认购,
    // 收购, 受让); 某公司拟8.4亿元收购: or the sum right after the plan's word.
    // (拟斥资1亿元至2亿元回购股份: a sum spent, 斥资 or 出资, before a buyback.)
    let lead = (class == UnitClass::Currency)
        .then(|| {
            ["以", "拟", "斥资", "出资"].into_iter().find(|w| text[..q.span.start].ends_with(w))
        })
        .flatten();
    if let Some(lead) = lead {
        let deal = PRICE_VERBS.iter().find(|(w, _)| text[q.span.end..].starts_with(w));
        if let Some((_, name)) = deal {
            metric = (*name).to_string();
            let head = &text[..q.span.start - lead.len()];
            let head = head.strip_suffix('拟').unwrap_or(head);
            let bidder =
                entities.ending_at(head.len()).find(|(_, e)| e.kind == EntityKind::Enterprise);
            if let Some((_, e)) = bidder {
                subject = Some(e.name.as_str());
            }
        }
    }
    // 持有某公司51%股权, 收购其30%的股份: a percent of a company's equity is a stake, whatever
    // stands before it (the company's name, the verb).
    if class == UnitClass::Percent {
        let after = text[q.span.end..].strip_prefix('的').unwrap_or(&text[q.span.end..]);
        let equity = ["股权", "股份"].iter().any(|w| after.starts_with(w))
            && !["股份有限", "股份公司", "股份制", "股份合作"].iter().any(|w| after.starts_with(w));
        if equity {
            // (A holder's stake, 持有…, is its 持股比例.)
            let held = ["持有", "持股"].iter().any(|w| text[cs..q.span.start].contains(w));
            metric = if held { "持股比例" } else { "股权比例" }.to_string();
        }
    }
    // 给予50万元奖励: a grant named after the money it gives (also where nothing before
    // names a metric: 对新建加氢站给予500万元补贴).
    // (给予最高500万元的设备补助: a grant of a kind, after 的.)
    // 获得3000万元授信, 收到2.6亿元留抵退税: money received named after the sum (the verb of
    // receiving right before it).
    if class == UnitClass::Currency {
        let before = text[..q.span.start].trim_end_matches(['约', '近', '超']);
        let received = RECEIVING.iter().any(|v| before.ends_with(v));
        let after = &text[q.span.end..];
        let funds = RECEIVED_FUNDS.prefix(after).map(|(f, ())| f);
        if let Some(f) = funds.filter(|f| received && ends_phrase(&after[f.len()..])) {
            metric = f.to_string();
            span.end = span.end.max(q.span.end + f.len());
        }
    }
    if class == UnitClass::Currency {
        let after = &text[q.span.end..];
        if let Some(g) = GRANTS.iter().find(|g| after.starts_with(*g)) {
            let rest = &after[g.len()..];
            if rest.is_empty() || rest.starts_with(is_clause_sep) || rest.starts_with(['。', '\n'])
            {
                metric = g.to_string();
            }
        } else if let Some(tail) = after.strip_prefix('的').filter(|_| {
            // (Only after the verb of giving, a cap or a per-head between: 对…的企业给予奖励
            // after a threshold names no grant of the figure.)
            let from = crate::span::ceil_char_boundary(text, q.span.start.saturating_sub(4 * 3));
            text[from..q.span.start].contains("给予")
        }) {
            let name: &str = &tail[..tail
                .char_indices()
                .take(9)
                .find(|&(_, c)| !crate::normalize::is_han(c))
                .map_or(tail.len().min(27), |(i, _)| i)];
            let closed = tail[name.len()..].is_empty()
                || tail[name.len()..].starts_with(is_clause_sep)
                || tail[name.len()..].starts_with(['。', '\n']);
            if closed && name.chars().count() <= 8 && GRANTS.iter().any(|g| name.ends_with(g)) {
                metric = name.to_string();
            }
        }
    }
    // 以386万元的票房位居第一, 以6.2%的增速领跑全省: a figure a holder ranks by, the noun
    // after its 的 (before a verb of rank) is its metric.
    if text[..q.span.start].trim_end_matches(['约', '近', '超']).ends_with('以') {
        let after = &text[q.span.end..];
        let ranked = after.strip_prefix('的').and_then(|tail| {
            let noun = tail
                .char_indices()
                .take(7)
                .find(|&(i, _)| RANK_VERBS.prefix(&tail[i..]).is_some())
                .map(|(i, _)| &tail[..i])?;
            ((1..=6).contains(&noun.chars().count()) && noun.chars().all(crate::normalize::is_han))
                .then_some(noun)
        });
        if let Some(noun) = ranked {
            metric = noun.to_string();
            span.end = span.end.max(q.span.end + '的'.len_utf8() + noun.len());
        }
    }
    // At most 24 bytes are at most 24 characters: most metrics need no count. (A share
    // named by its part and whole, …产业产值占全市规模以上工业总产值的比重, may be longer;
    // so may the share of a plan done for a level, 5000万元以上项目实际进资完成全年目标任务的比例.)
    let composed = metric.ends_with("的比重") && metric.contains('占')
        || metric.ends_with("比例") && metric.contains("完成");
    let limit = if composed { 30 } else { 24 };
    // (At most `limit` bytes are at most `limit` characters: the count is rarely needed.)
    let too_long = |m: &str| m.len() > limit && m.chars().count() > limit;
    // (A share too long for it is named by its part alone, as a share after a share is: the
    // figure stays.)
    if composed && too_long(&metric) {
        if let Some(part) =
            metric.find('占').map(|i| &metric[..i]).filter(|p| p.chars().nth(1).is_some())
        {
            metric = part.to_string();
        }
    }
    // (…企业投资项目7个，总投资126亿元: a metric carried and joined to the window's own may
    // run over; the window's own alone names the figure, which stays.)
    if too_long(&metric) {
        let (own, _) = metric_before(window, entities, window_start, tagger);
        if own.chars().nth(1).is_some() && !too_long(&own) && metric.ends_with(&own) {
            metric = own;
        }
    }
    if metric.is_empty() || too_long(&metric) {
        return None;
    }
    let to_level = preds.first == Some(Pred::ToLevel);
    // 提升生产效率三成, 降低物流成本15%: a verb of change right before the metric, whose
    // figure follows it, gives the change its direction.
    let mut verb_before = (class == UnitClass::Percent && preds.first.is_none())
        .then(|| window.trim_end().strip_suffix(metric.as_str()))
        .flatten()
        .and_then(|head| PREDICATES.suffix(head))
        .map(|(_, p)| p);
    // (可为企业降低综合物流成本8%至10%, 节约采购成本12%: a verb of change inside what was
    // read as the metric takes the measure as its object; the measure alone is the metric.)
    if matches!(class, UnitClass::Percent | UnitClass::Point)
        && preds.first.is_none()
        && !matches!(verb_before, Some(Pred::Up | Pred::Down))
    {
        // (提升分拣效率30%: the verb may stand before the words the metric kept, a verb of
        // its own, 分拣, between; four characters at most.)
        let tail = window.trim_end();
        let object = match tail.strip_suffix(metric.as_str()) {
            Some(head) => {
                &tail[crate::span::ceil_char_boundary(head, head.len().saturating_sub(12))..]
            }
            None => metric.as_str(),
        };
        if let Some((at, verb, p)) = object_change(object, tagger.jieba) {
            metric = object[at + verb.len()..].to_string();
            verb_before = Some(p);
        }
    }
    // (每年降低企业成本3000万元, 可减少二氧化碳排放12.3万吨: an amount after a verb of change
    // and its object is the change, named by both, as at a clause's start (减少碳排放5万吨);
    // the object alone would read as the level.)
    if !matches!(class, UnitClass::Percent | UnitClass::Point) && preds.first.is_none() {
        // (Not the second verb of a pair, 改造提升老旧小区400个: the pair acts on the count;
        // nor after a verb of building, 新建/ns 提升, whatever jieba tags it.)
        let paired = |head: &str| {
            let tail = &head[crate::span::ceil_char_boundary(head, head.len().saturating_sub(6))..];
            crate::project::BUILD_VERBS.suffix(tail).is_some()
                || tagger.jieba.tag(tail, false).last().is_some_and(|t| {
                    matches!(t.tag, "v" | "vn")
                        && t.word.chars().nth(1).is_some()
                        && t.word != "可以"
                })
        };
        let verb = window
            .trim_end()
            .strip_suffix(metric.as_str())
            .and_then(|head| {
                let (verb, p) = OBJECT_CHANGE_VERBS.suffix(head)?;
                (!paired(&head[..head.len() - verb.len()])).then_some((verb, p))
            })
            .filter(|_| object_change(metric.as_str(), tagger.jieba).is_none());
        if let Some((verb, _)) = verb {
            metric.insert_str(0, verb);
        }
    }
    let up = (preds.contains(Pred::Up) || verb_before == Some(Pred::Up)) && !to_level;
    // 降幅为3.2%: the size of a fall, which is a change of -3.2%; so is the level a fall
    // narrows or widens to (降幅收窄至3%).
    let fall_size = class == UnitClass::Percent
        && (to_level || !up && !preds.contains(Pred::Down))
        && FALL_SIZE_ENDINGS.iter().any(|e| metric.ends_with(e));
    // 实现6.5%的增长, 保持25%左右的复合增速: a percent that names its change after it.
    let change_after = (class == UnitClass::Percent && !to_level && !up)
        .then(|| named_after(text, q.span.end))
        .flatten()
        .and_then(change_named);
    let up = up || change_after == Some(Pred::Up);
    let down = (preds.contains(Pred::Down) || verb_before == Some(Pred::Down) || loss_label)
        && !to_level
        || fall_size
        || change_after == Some(Pred::Down);
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
    // A percent of the carried metric, with no change word, after a percent growth of the
    // same sentence.
    let after_growth = class == UnitClass::Percent
        && carried
        && !up
        && !down
        && state.last_at == sentence.start
        && state.last_class == Some(UnitClass::Percent)
        && state.last_level_or_growth;
    // (地区生产总值增长6%左右，力争达到6.5%: a percent the clause after a growth reaches,
    // naming nothing of its own, is that growth again.)
    // (地区生产总值增长5.0%，上年同期为4.6%: so is the same period's figure given after it,
    // in a clause of its own: that period's growth.)
    let same_period = || {
        let head = text[cs..q.span.start].trim();
        head.chars().count() <= 8 && ["同期为", "同期是"].iter().any(|w| head.ends_with(w))
    };
    let growth_again = after_growth
        && (only_predicates(window) && !RATE_ENDINGS.iter().any(|e| metric.ends_with(e))
            || same_period());
    // (人口自然增长率为-2.56‰: births less deaths per head, a rate; its sign is its own.)
    let natural_rate = metric.ends_with("自然增长率");
    let growth_metric = !natural_rate && GROWTH_METRIC_ENDINGS.iter().any(|e| metric.ends_with(e));
    // 失业率…与上年同期持平, 增速与上半年持平: a rate that stays is a change of zero points.
    // (从业人员指数为49.2%，与上月持平: so is a level in percent, the sentence's last figure,
    // of the same metric, that stays; not a growth: PPI同比下降2.9%，环比持平 is a zero growth.)
    let flat_rate = flat
        && (RATE_ENDINGS.iter().chain(GROWTH_METRIC_ENDINGS).any(|e| metric.ends_with(e))
            || state.last_class == Some(UnitClass::Percent)
                && !state.last_level_or_growth
                && state.last_at == sentence.start
                && metric == state.last_metric);
    let kind = match class {
        _ if flat_rate => IndicatorKind::PointChange,
        _ if flat => IndicatorKind::Growth,
        UnitClass::Point => IndicatorKind::PointChange,
        UnitClass::Percent => {
            // A percent with no change word and no growth-rate metric is a part or a rate
            // (占比, 贡献率, 城镇化率 …); a signed one in a table is a change.
            let rate_level = natural_rate && !down && !up;
            if !rate_level
                && (down || up || growth_metric || growth_again || q.value < 0.0 || q.change)
            {
                IndicatorKind::Growth
            } else {
                IndicatorKind::Share
            }
        }
        UnitClass::Multiple => IndicatorKind::Multiple,
        // 最高用电负荷3215万千瓦: a load is power drawn, no capacity; 光伏电池产量12.8吉瓦:
        // an output or sales rated in power is an amount made or sold, and so are orders
        // (待执行订单1320万千瓦) and a fleet's power (农机总动力).
        // (出口光伏组件1.2GW: so is what is exported or imported.)
        UnitClass::Power
            if POWER_AMOUNTS.suffix(&metric).is_some()
                || ["出口", "进口"].iter().any(|v| metric.starts_with(v)) =>
        {
            IndicatorKind::Amount
        }
        UnitClass::Power => IndicatorKind::Capacity,
        UnitClass::Count if capacity_context => IndicatorKind::Capacity,
        UnitClass::Count => IndicatorKind::Count,
        c if c.is_physical() && capacity_context => IndicatorKind::Capacity,
        // 建设10万吨正极材料生产基地: what is built is rated in output (not 建设12公里管网).
        UnitClass::Mass | UnitClass::Energy | UnitClass::Volume if built => IndicatorKind::Capacity,
        // (一期4万吨装置已建成: a plant's word right after the figure names what it rates;
        // 碳纤维1.2万吨项目: so does a project's.)
        UnitClass::Mass | UnitClass::Energy | UnitClass::Volume
            if crate::project::PLANT_WORDS
                .iter()
                .chain(&crate::project::WORKS_AFTER)
                .any(|w| text[q.span.end..].starts_with(w)) =>
        {
            IndicatorKind::Capacity
        }
        // Compounds (吨标准煤/万元) and bare numbers (指数为99.5) are `other`; 吨公里 is a flow.
        // (4800吨/日: a physical unit per day rates output, a capacity.)
        UnitClass::Other if q.rate => IndicatorKind::Capacity,
        // (晶圆产能4万片/月: a count per month or day named a capacity is one.)
        UnitClass::Other if preds.contains(Pred::Capacity) && q.per_month_or_day() => {
            IndicatorKind::Capacity
        }
        UnitClass::Other if q.unit.contains('/') || q.unit.is_empty() => IndicatorKind::Other,
        // (智能算力2000P, 算力规模达到5EFLOPS: computing power is a facility's rating, as
        // a plant's power is.)
        UnitClass::Other if computing_power(&q.unit) => IndicatorKind::Capacity,
        UnitClass::Duration => IndicatorKind::Other,
        _ => IndicatorKind::Amount,
    };
    // 全县年产蔬菜126万吨，年出栏生猪86万头: a region's yearly output is what it made, no
    // plant's capacity.
    let regional = (kind == IndicatorKind::Capacity && !q.rate)
        .then(|| regional_output(text, sentence, opener, q.span.start))
        .flatten();
    let kind = match regional {
        Some(output) => {
            metric = output;
            if class == UnitClass::Count { IndicatorKind::Count } else { IndicatorKind::Amount }
        }
        None => kind,
    };
    // 年产150吨高端原料药扩建项目: the kind of works closing a product named after its
    // capacity is no part of the product.
    // (…100兆瓦光伏电站建设: nor is the building of it.)
    if kind == IndicatorKind::Capacity {
        let bare = without_works_kinds(&metric).len();
        metric.truncate(bare);
        let built = metric.strip_suffix("建设").filter(|b| b.chars().nth(1).is_some());
        if let Some(bare) = built.map(str::len) {
            metric.truncate(bare);
        }
    }
    // (较上年减少15个工作日: a duration's change falls too.)
    // (下降185千瓦时/吨: a compound's change falls as well; a bare number's does not.)
    // (价格下降的有3种: a verb closed by 的 before 有 names the class counted, no fall.)
    let class_counted = kind == IndicatorKind::Count && text[..q.span.start].ends_with("的有");
    let negative = down
        && !class_counted
        && (matches!(
            kind,
            IndicatorKind::Growth
                | IndicatorKind::PointChange
                | IndicatorKind::Amount
                | IndicatorKind::Count
        ) || q.class == UnitClass::Duration
            || kind == IndicatorKind::Other && q.unit.contains('/')
            // (收入比…缩小0.06: a bare ratio's too.)
            || kind == IndicatorKind::Other && q.unit.is_empty());
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
    // (设计时速350公里, 每小时350公里: a length per unit of time is a speed, `other` too.)
    let length = class == UnitClass::Length;
    let per_unit = class.is_physical()
        && window.trim_end().rfind('每').is_some_and(|i| {
            per_unit_word(&window.trim_end()[i + '每'.len_utf8()..]).is_some_and(|per| {
                length
                    || !matches!(
                        per,
                        "日" | "天" | "年" | "月" | "周" | "小时" | "时" | "分钟" | "秒"
                    )
            })
        })
        || length && (metric.ends_with("时速") || metric.ends_with("速度"))
        // (秋粮亩产412.6公斤, 单产每亩…, its change 比上年提高7.4公斤: a yield per 亩 is
        // the compound 公斤/亩 is, however written.)
        || class == UnitClass::Mass && YIELD_WORDS.occurs_in(&metric);
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
    // 为实现全年经济增长6.5%左右的目标: a figure a target names after it (past its own bound).
    const AIMS: [&str; 4] = ["目标", "预期目标", "年度目标", "发展目标"];
    // (签约项目100个、签约总投资700亿元以上的目标: so does one for each item of a list of
    // figures it closes, in the same clause and within 40 characters.)
    let listed_aim = || {
        let rest = after_bound(&text[q.span.end..]);
        rest.starts_with('、') && {
            let near = &rest[..crate::span::ceil_char_boundary(rest, 40 * 3)];
            let end = near.find(['，', '。', '；', '：', ',', ';', '\n']).unwrap_or(near.len());
            let clause = &near[..end];
            clause.match_indices('的').any(|(i, _)| {
                let after = &clause[i + '的'.len_utf8()..];
                clause[..i]
                    .ends_with(|c: char| c.is_ascii_digit() || "%元个项家亿万上右".contains(c))
                    && AIMS.iter().any(|t| after.starts_with(t))
            })
        }
    };
    let aimed = || {
        named_after(text, q.span.end).is_some_and(|r| AIMS.iter().any(|t| r.starts_with(t)))
            || listed_aim()
    };
    // (计划供应住宅用地: the plan's word opening the metric is no part of its name; nor is
    // 拟 before an act, 拟公开发行.)
    let plan_word = ["计划", "拟"].iter().find_map(|p| metric.strip_prefix(p));
    if let Some(rest) = plan_word.filter(|r| r.chars().nth(1).is_some()) {
        let acts = PLAN_ACTS.prefix(rest).is_some()
            || metric.starts_with('拟')
                && ["发行", "募集", "收购", "增持", "回购"].iter().any(|a| rest.contains(a));
        if acts {
            metric = rest.to_string();
            add_qualifier(&mut qualifiers, Qualifier::Target);
        }
    }
    // 每公斤氢气最高补贴15元: the most a grant gives is an upper bound, no part of its name.
    if let Some(i) = find_short(&metric, "最高") {
        let after = &metric[i + "最高".len()..];
        if GRANTS.iter().any(|g| after.starts_with(g)) {
            metric = format!("{}{after}", &metric[..i]);
            add_qualifier(&mut qualifiers, Qualifier::AtMost);
        }
    }
    // 全年目标完成投资90亿元: a target's word before the act it sets opens no metric.
    // (全年目标新增就业12万人, 公司目标2026年实现营收…: the act, a time before it allowed,
    // makes the figure a target wherever the metric starts; not a rate of it, 目标完成率.)
    let aim_act = || {
        contains_short(window, "目标")
            && !metric.ends_with(['率', '度'])
            && window.match_indices("目标").any(|(i, w)| {
                let after = &window[i + w.len()..];
                let act = period::at_start(after).map_or(after, |t| &after[t.span.end..]);
                PLAN_ACTS.prefix(act).is_some()
            })
    };
    if aim_act() {
        if let Some(rest) = metric.strip_prefix("目标").filter(|r| r.chars().nth(1).is_some()) {
            metric = rest.to_string();
        }
        add_qualifier(&mut qualifiers, Qualifier::Target);
    }
    // 完成全年40万辆销量目标的74%: a level the metric names a target (销量目标) is one; the
    // share of it done is not.
    let level = matches!(kind, IndicatorKind::Amount | IndicatorKind::Count);
    if level && metric.ends_with("目标") {
        add_qualifier(&mut qualifiers, Qualifier::Target);
    }
    // 年度计划投资1500亿元: a plan to invest or act inside the metric's own words (not a
    // programme's name, 人才计划) makes the figure a target.
    // (Most metrics hold no 计划: a scan settles them before a searcher is built.)
    let planned = || {
        contains_short(&metric, "计划")
            && metric.match_indices("计划").any(|(i, w)| {
                let after = &metric[i + w.len()..];
                // (投资占计划投资的比重: a plan compared with, the share's whole, is no target.)
                (after.starts_with("投资") || PLAN_ACTS.prefix(after).is_some())
                    && !crate::quantity::qualifier::named_plan(&metric[..i], after)
                    && !crate::quantity::qualifier::passed_plan(&metric[..i])
            })
    };
    if target_after || aimed() || planned() {
        add_qualifier(&mut qualifiers, Qualifier::Target);
    }
    if within_target {
        add_qualifier(&mut qualifiers, Qualifier::AtMost);
    }
    // 最高给予500万元补贴, 最高可优惠2000元, 每人最多领取3张: the cap stands before a verb
    // (of giving, of taking), 可 or 能 between them.
    let capped = || {
        let head = &text[..q.span.start];
        let from = crate::span::ceil_char_boundary(head, head.len().saturating_sub(8 * 3));
        let tail = &head[from..];
        ["最高", "最多"].iter().any(|w| {
            rfind_short(tail, w).is_some_and(|i| {
                let verb = &tail[i + w.len()..];
                let verb =
                    ["可以", "可", "能"].iter().find_map(|m| verb.strip_prefix(m)).unwrap_or(verb);
                // (Verbs of granting or taking: 最高峰达, 单日最高成交, 最多卖出 are peaks.)
                CAP_VERBS.contains(verb)
            })
        })
    };
    if matches!(class, UnitClass::Currency | UnitClass::Count) && capped() {
        add_qualifier(&mut qualifiers, Qualifier::AtMost);
    }
    // 最高奖励200万元: a cap on a grant, the grant named without it.
    if let Some(grant) = metric
        .strip_prefix("最高")
        .filter(|g| GRANTS.iter().chain(&["给予", "支持"]).any(|w| g.starts_with(w)))
    {
        metric = grant.to_string();
        add_qualifier(&mut qualifiers, Qualifier::AtMost);
    }
    if about && !qualifiers.contains(&Qualifier::Approximate) {
        qualifiers.push(Qualifier::Approximate);
    }
    if let Some(b) = bound.filter(|b| !qualifiers.contains(b)) {
        qualifiers.push(b);
    }
    // (低于100%的警戒线, 低于5.5%左右的年度控制目标: the line or target compared with is the
    // figure, and the verb compares another level with it.)
    if let Some((_, b)) = threshold.filter(|_| !(target_after || threshold_after)) {
        add_qualifier(&mut qualifiers, b);
    }
    // (控制在省核定的债务限额92.1亿元以内: 以内 bounds the level held under the line; the
    // line itself is that much.)
    let line = || super::lexicon::THRESHOLDS.iter().any(|t| metric.ends_with(t));
    if window.contains("控制在") && line() {
        qualifiers.retain(|q| *q != Qualifier::AtMost);
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
    // 拟公开发行人民币普通股（A股）不超过3200万股: the name a gloss reached back to is the
    // clause's, with the words governing it.
    if let Some(before) = glossed_from.filter(|&g| g < cs).map(|g| &text[g..cs]) {
        let own = find_short(before, &metric).map(|i| i..i + metric.len());
        add_clause_qualifiers(&mut qualifiers, before, own);
    }
    // 计划组织赴长三角、珠三角招商活动4场: a 、 inside a noun list does not end the clause the
    // governing word opens (unless a figure stands between them).
    // (争取中央、省级…扶持资金: read on to the figure, whose clause's own words are set
    // aside, so that what 争取 obtains is seen.)
    if text[..cs].ends_with('、') {
        let list_from = list_start(text, cs).max(sentence.start).max(prev_end).min(cs);
        let own = cs - list_from..q.span.start - list_from;
        add_clause_qualifiers(&mut qualifiers, &text[list_from..q.span.start], Some(own));
    }
    // 计划投资5亿元扩建葡萄基地2万亩, 拟投资3亿元建设年产30万套…: a plan word heading the
    // clause governs its later figures too (the window starts after the figure before).
    if prev_end > sentence.start && prev_end <= q.span.start {
        let head_start = clause_start(text, sentence.start, q.span.start);
        // (拟建设6万座体育场、1.8万座体育馆和3000座游泳馆: the clause of a 、 list's last
        // item, joined by 和 or 及 to the figure before, runs back over the list, as for the
        // item right after a 、 above; 计划投资5亿元、实际完成3亿元 is no list.)
        let joined = matches!(&text[prev_end..q.span.start], "和" | "及" | "以及");
        let head_start = if joined && head_start < prev_end && text[..head_start].ends_with('、') {
            list_start(text, q.span.start).max(sentence.start).min(head_start)
        } else {
            head_start
        };
        // (分别完成年度计划的103%和108%: a plan a share is of plans none of the figures.)
        let head = &text[head_start.min(prev_end)..prev_end];
        let share_of_plan = head
            .match_indices('的')
            .any(|(i, _)| super::plan::PLAN_NOUNS.iter().any(|n| head[..i].ends_with(n)));
        if head_start < prev_end
            && !share_of_plan
            && !qualifiers.contains(&Qualifier::Target)
            && QUALIFIERS.may_be_in_clause(&text[head_start..prev_end])
            && QUALIFIERS.in_clause(&text[head_start..prev_end], None).contains(&Qualifier::Target)
        {
            qualifiers.push(Qualifier::Target);
        }
    }
    qualifiers.sort();
    // 扣除非经常性损益后的净利润: the net profit without one-off items is 扣非净利润, not the
    // net profit.
    const ONE_OFF: &str = "扣除非经常性损益";
    // (A character search first: the long needle's searcher costs more to build.)
    let one_off = contains_short(window, "扣");
    if let Some(i) = one_off.then(|| metric.find(ONE_OFF)).flatten() {
        let rest = metric[i + ONE_OFF.len()..].trim_start_matches(['后', '的']);
        metric = format!("扣非{rest}");
    } else if one_off && window.contains(ONE_OFF) && !metric.starts_with("扣非") {
        metric.insert_str(0, "扣非");
    } else if let Some(rest) = metric.strip_prefix("非后").or_else(|| metric.strip_prefix('非'))
    {
        // (扣非后净利润: jieba cut 扣 from 非后; the metric is 扣非净利润, as above.)
        if one_off && window.contains(&format!("扣{}", &metric[..metric.len() - rest.len()])) {
            metric = format!("扣非{rest}");
        }
    }
    // 以资本公积金向全体股东每10股转增3股: shares given per ten held are the bonus issue, no
    // cash dividend carried from before.
    if class == UnitClass::Count && q.unit.ends_with('股') {
        let w = trim(window);
        let bonus = ["转增", "送红股", "送股", "送"].iter().find_map(|v| {
            let per = w.strip_suffix(v)?.strip_suffix('股')?;
            let digits = per.trim_end_matches(|c: char| c.is_ascii_digit());
            (digits.len() < per.len() && digits.ends_with('每')).then_some(*v)
        });
        if let Some(verb) = bonus {
            metric = if verb == "送" { "送股".to_string() } else { verb.to_string() };
        }
    }
    // 拟每10股派息2.2元: a dividend per ten shares keeps its 每, which the scope strip took
    // (10股派息 reads as ten shares' dividend).
    if class == UnitClass::Currency && metric.starts_with(|c: char| c.is_ascii_digit()) {
        let per_shares = metric.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with('股');
        if per_shares
            && trim(window).strip_suffix(metric.as_str()).is_some_and(|h| h.ends_with('每'))
        {
            metric.insert(0, '每');
        }
    }
    // (A row's later cell reads its label back at the row's start, before the cell before.)
    let floor = prev_end.max(sentence.start).min(window_start);
    if let Some(whole) = industry_name(text, floor, q.span.start, &metric) {
        // (The evidence of a later cell stays the cell's.)
        if whole.0 >= prev_end {
            span.start = span.start.min(whole.0);
        }
        metric = whole.1;
    }
    // 第三产业占55.2%: the share verb with no whole after it names the share (第三产业占比).
    if kind == IndicatorKind::Share && metric.ends_with('占') && metric.chars().nth(2).is_some() {
        metric.push('比');
    } else if kind == IndicatorKind::Share
        && text[q.span.start..q.core.start].ends_with('占')
        && !RATE_ENDINGS.iter().any(|e| metric.ends_with(e))
        && metric.chars().nth(1).is_some()
    {
        // (约占35%: the qualifier took the verb into the figure's span.)
        metric.push_str("占比");
    }
    // 同期全国粗钢产量7158万吨: a figure its clause gives for the whole country is the
    // country's, whatever region the text is on (全国性 names a kind, not the country).
    // (Asked only where the clause holds 国: one character search settles most figures.)
    let clause_text = &text[cs..q.span.start];
    let national_in =
        clause_text.match_indices('国').any(|(i, _)| clause_text[..i].ends_with('全'));
    let opener = if national_in { skip_time(text, cs, q.span.start) } else { q.span.start };
    let national = &text[opener..q.span.start];
    let national = national.strip_prefix("同期").unwrap_or(national);
    // (An article on the country, whose home is 中国, keeps it.)
    if national.starts_with(NATIONAL)
        && !national.starts_with("全国性")
        && subject.is_none_or(|s| !["中国", "我国"].contains(&s))
    {
        subject = Some(NATIONAL);
    }
    // 这条线日处理能力, 这家企业营业收入, 该生产线日处理能力: what a demonstrative points back
    // to (with its measure word) is the figure's holder, no part of its metric.
    const CLASSIFIERS: [char; 7] = ['条', '家', '个', '座', '项', '台', '套'];
    const REFERENTS: [&str; 6] = ["生产线", "企业", "公司", "工厂", "园区", "线"];
    // (Not the end of 因此, 为此, 应该.)
    let demonstrative = |b: &str| {
        ["这", "那", "此", "该"].iter().any(|d| b.ends_with(d))
            && !["因此", "为此", "应该", "如此"].iter().any(|w| b.ends_with(w))
    };
    // (Looked for in the figure's clause only: a metric the text does not write would make a
    // search of all the text before it quadratic.)
    if let Some(at) = clause_text.rfind(metric.as_str()).filter(|_| !metric.is_empty()) {
        let before = &text[..cs + at];
        let measured = metric.strip_prefix(CLASSIFIERS);
        let pointed =
            demonstrative(before) || before.strip_suffix(CLASSIFIERS).is_some_and(demonstrative);
        let body = measured.unwrap_or(&metric);
        let rest = REFERENTS.iter().find_map(|r| body.strip_prefix(r));
        if let Some(rest) = rest.filter(|r| pointed && r.chars().nth(1).is_some()) {
            metric = rest.to_string();
        }
    }
    // 进口腰果等2.6万吨: the 等 closing the things the figure sums is no part of their name.
    if text[..q.span.start].ends_with('等') && metric.chars().nth(2).is_some() {
        if let Some(bare) = metric.strip_suffix('等') {
            metric.truncate(bare.len());
        }
    }
    // 新晋瞪羚企业包括甲、乙等35家企业: the members a class 包括 lists are counted as that
    // class, named before 包括 (its noun the counted noun), not as the bare noun.
    if q.class == UnitClass::Count && !metric.is_empty() {
        let class = listed_class(text, sentence.start, q.span.start)
            .filter(|c| c.ends_with(metric.as_str()) && c.len() > metric.len());
        if let Some(class) = class {
            metric = class.to_string();
        }
    }
    // (…，全年有望实现产值90亿元: a modal of estimate or aim the words kept, after a figure of
    // the sentence, is the figure's qualifier, no part of its metric; 推动文旅产业增加值占…的比重
    // 提高到5%: so is a verb steering the measure to its level.)
    // (旗下涪城万象汇客流, 公司所属新能源场站平均消纳率: a word of belonging inside the metric
    // points from the owner to what it owns; the owner and the word are no part of the measure,
    // which is of what follows them.)
    if let Some(rest) = after_belonging(&metric) {
        metric = rest.to_string();
    }
    const LEADING_QUALIFIERS: [&str; 7] = ["预计", "有望", "力争", "争取", "确保", "推动", "促进"];
    if let Some(rest) = LEADING_QUALIFIERS.iter().find_map(|m| metric.strip_prefix(m)) {
        if rest.chars().nth(1).is_some() {
            metric = rest.to_string();
        }
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

/// What follows the first word of belonging (旗下, 所属, 下属) inside `metric`, where three
/// characters or more do (下属企业 is a class of its own) and they are no class the word
/// qualifies (所属行业, 所属地区: the owner's own trade or area; 下属单位数量, 下属企业营业收入:
/// the owned units as a class; 所属期: a tax's period).
fn after_belonging(metric: &str) -> Option<&str> {
    let (i, w) = ["旗下", "所属", "下属"]
        .iter()
        .filter_map(|w| find_short(metric, w).map(|i| (i, w)))
        .min_by_key(|&(i, _)| i)?;
    let rest = &metric[i + w.len()..];
    const CLASSES: [&str; 11] =
        ["行业", "地区", "区域", "领域", "期", "单位", "企业", "公司", "机构", "部门", "网点"];
    let class = CLASSES.iter().any(|c| rest.starts_with(c));
    (rest.chars().nth(2).is_some() && !class).then_some(rest)
}

/// The verbs of a deal paid a sum (以, 拟, 斥资 before it), each with the metric the sum is
/// (以X亿元竞得: 成交价; 拟斥资X亿元回购: 回购金额).
const PRICE_VERBS: [(&str, &str); 10] = [
    ("竞得", "成交价"),
    ("摘得", "成交价"),
    ("拍得", "成交价"),
    ("竞买", "成交价"),
    ("认购", "认购金额"),
    ("收购", "收购金额"),
    ("受让", "受让价格"),
    ("中标", "中标金额"),
    ("回购", "回购金额"),
    ("增持", "增持金额"),
];

/// The bare zone word a count's window ends with when it is the thing counted: after a verb
/// of a flow (新增, 建成) or of having (共有), or alone but for a scope (全市) when `opening`
/// the sentence, where no metric is carried to a zone acting as subject.
fn counted_zone(window: &str, opening: bool) -> Option<&str> {
    let w = crate::sentence::trim(window);
    let (zone, _) = BARE_ZONES.suffix(w)?;
    let before = strip_scope_words(&w[..w.len() - zone.len()]);
    let before = before.strip_suffix('了').unwrap_or(before);
    let having = ["有", "拥有", "建有", "设有"].iter().any(|v| before.ends_with(v));
    let flowing = crate::quantity::COUNT_VERBS.suffix(before).is_some();
    let bare = opening && (before.is_empty() || SCOPE_WORDS.contains(before));
    (having || flowing || bare).then_some(zone)
}

/// The class a list closed by 等 right before `q_start` is named as, before 包括 (包含, 涵盖) in
/// the list's stretch (新晋瞪羚企业 of 新晋瞪羚企业包括甲、乙等35家): two to twelve Han
/// characters, scope words left out.
fn listed_class(text: &str, sentence_start: usize, q_start: usize) -> Option<&str> {
    if !text[..q_start].ends_with('等') {
        return None;
    }
    let from = list_start(text, q_start).max(sentence_start);
    let stretch = &text[from..q_start];
    // (包括, 包含, 涵盖: the entity stage's list, which finds the firms.)
    let k = crate::entity::INCLUDING_WORDS.iter().filter_map(|w| find_short(stretch, w)).min()?;
    let class = strip_scope_words(stretch[..k].trim());
    ((2..=12).contains(&class.chars().count()) && class.chars().all(crate::normalize::is_han))
        .then_some(class)
}

/// The whole industry name a metric starts inside (电子设备制造业增加值 after 计算机、通信和其他
/// → 计算机、通信和其他电子设备制造业增加值), as where it starts and the metric: the 、 in the
/// name ended the metric's clause. `metric` is looked for before `end`, back to `floor`.
fn industry_name(text: &str, floor: usize, end: usize, metric: &str) -> Option<(usize, String)> {
    // Most metrics name no industry, and most windows hold no 、: two character searches.
    let window = text.get(floor..end)?;
    if !contains_short(metric, "业") || !contains_short(window, "、") {
        return None;
    }
    // (饮料和精制茶制造业完成产值: the metric joins the industry and 产值 over the verb; the
    // industry is what stands in the text.)
    let head = metric.find('业').map_or(metric, |i| &metric[..i + '业'.len_utf8()]);
    let at = floor + window.rfind(head)?;
    let from = list_start(text, at).max(floor);
    // A name opens the list or an item of it: one lookup at each. (全市计算机、…: after
    // the list's scope word.)
    let items = text[from..at].match_indices('、').map(|(i, c)| from + i + c.len());
    let scoped = SCOPE_WORDS.prefix(&text[from..at]).map(|(w, _)| from + w.len());
    std::iter::once(from).chain(scoped).chain(items).find_map(|start| {
        let (name, ()) = INDUSTRY_NAMES.prefix(&text[start..])?;
        // The name starts before the metric and ends inside it.
        (start < at && start + name.len() > at && start + name.len() <= at + head.len())
            .then(|| (start, format!("{}{metric}", &text[start..at])))
    })
}

/// A short quoted name in or before the metric: 发放“宝鸡英才卡”1500张 names the cards
/// without the marks, 引进“高精尖缺”人才412名 the talents of that quoted kind.
fn quoted_modifier(window: &str, metric: &mut String) {
    let short =
        |s: &str| (1..=8).contains(&s.chars().count()) && s.chars().all(crate::normalize::is_han);
    if let Some(inner) = metric.strip_prefix('“').and_then(|m| m.strip_suffix('”')) {
        if short(inner) {
            *metric = inner.to_string();
        }
        return;
    }
    if metric.is_empty() || metric.contains(['“', '”']) {
        return;
    }
    let Some(head) = rfind_short(window, metric).map(|i| &window[..i]) else { return };
    let Some(quoted) = head.strip_suffix('”') else { return };
    let Some(open) = quoted.rfind('“') else { return };
    let inner = &quoted[open + '“'.len_utf8()..];
    if short(inner) {
        metric.insert_str(0, inner);
    }
}

/// Verbs closing a relative clause on who made or runs its head
/// (`src/data/maker_verbs.txt`).
static MAKER_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/maker_verbs.txt")));

/// What money is set aside as (资金, 基金, 贷款 …), named right after the amount.
static FUNDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| crate::words::lines(include_str!("../data/fund_words.txt")).collect());

/// Grants a policy gives (奖励, 补贴): named before or right after the money.
const GRANTS: [&str; 5] = ["奖励", "补贴", "补助", "资助", "奖补"];

/// Verbs of contributing a share of a whole named after it (贡献了70%以上的税收).
const CONTRIBUTES: [&str; 4] = ["贡献", "创造", "提供", "吸纳"];

/// Verbs of granting, relieving or taking that a cap (最高, 最多) stands before (最高可优惠
/// 2000元, 每人最多领取3张).
static CAP_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/cap_verbs.txt")));

/// Verbs of receiving money, before a sum named after it (获得3000万元授信).
const RECEIVING: [&str; 7] = ["获得", "取得", "收到", "获批", "争取到", "获", "享受"];

/// Money received, named after its sum (获得3000万元授信, 收到2.6亿元留抵退税).
static RECEIVED_FUNDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/received_funds.txt")));

/// Verbs of rank after a figure and the noun it is of (以…的票房位居第一).
static RANK_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/rank_verbs.txt")));

/// Stages of works that name the things counted before them (已建成加氢站6座，在建4座).
const STAGES: [&str; 4] = ["在建", "拟建", "在运", "投运"];

/// Adverbs of degree before a deed that jieba reads as nouns (基本/n 建成/v).
const ADVERBS_OF_DEGREE: [&str; 4] = ["基本", "全面", "全部", "陆续"];

/// Whether `rest` closes the phrase a word before it ends: nothing, a clause or sentence end,
/// 的 or 用于 (获得2.6亿元退税用于…).
fn ends_phrase(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with(is_clause_sep)
        || rest.starts_with(['。', '\n', '的'])
        || rest.starts_with("用于")
}

/// Where the bracketed gloss ending at `end` opens (`（CPI）`, `（简称规上工业增加值）`, a note
/// such as `（不含金融业）`), if `end` closes one right after a name.
pub(super) fn gloss_before(text: &str, floor: usize, end: usize) -> Option<usize> {
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
    // (以榴莲、山竹为主: what it is mostly.)
    let covers =
        ["不包括", "不含", "包括", "含", "剔除", "扣除", "折"].iter().any(|w| inner.starts_with(w))
            || inner.starts_with('以') && inner.ends_with("为主");
    // A definition may run longer too (每头母猪每年提供的断奶仔猪数 after PSY).
    let defines = inner.contains('的') || inner.ends_with(['数', '率', '量', '额', '比']);
    let note = inner.chars().count() <= if covers || defines { 30 } else { 12 }
        && !inner.is_empty()
        // An age band may hold digits (15岁及以上不识字的人).
        // (What a note takes in may be a list: 含幼儿园、教学点.)
        // A share class (A股, H股) is Han with a Latin letter.
        && (inner.chars().all(|c| {
            crate::normalize::is_han(c)
                || c.is_ascii_uppercase()
                || covers && (c == '、' || c.is_ascii_alphanumeric())
        })
            || inner.contains('岁')
                && inner.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_digit()))
        && !period::occurs_in(inner);
    // The basis a change is reckoned on (按2020年不变价计算, 2020年价) or the code of a
    // customs mode (1210模式): its year dates nothing, its digits count nothing.
    let basis = inner.chars().count() <= 20
        && (super::metric::only_basis(inner)
            || inner
                .strip_suffix("年价")
                .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
            || inner.strip_suffix("模式").is_some_and(|c| {
                // (9610、9710、9810模式: several codes.)
                c.split('、')
                    .all(|c| (1..=6).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()))
            }));
    // The base of an index or ratio (以女性为100，男性对女性的比例; 以上年为100).
    let base = inner.starts_with('以') && inner.contains("为100") && inner.chars().count() <= 30;
    let glosses = inner.starts_with("简称")
        || inner.starts_with("以下简称")
        || inner.starts_with("下称")
        || abbreviation
        || note
        || base
        || basis;
    // (A name may be a Latin abbreviation glossed in Chinese: PSY（…）.)
    let after_name =
        head[..open].ends_with(|c: char| crate::normalize::is_han(c) || c.is_ascii_alphabetic());
    (glosses && after_name).then_some(floor + open)
}

/// Leads of a yearly output (年产蔬菜, 年出栏生猪) and the words of the metric they name: what
/// goes before the product and after it.
const YEARLY_OUTPUTS: [(&str, &str, &str); 2] = [("年产", "", "产量"), ("年出栏", "出栏", "")];

/// The metric of a region's yearly output (蔬菜产量 of 全县年产蔬菜126万吨, 出栏生猪 of
/// 年出栏生猪86万头 after it) where the clause at `opener` is one: its sentence opens with
/// a region's scope (全县, 我市) and names no works or firm before the figure at `at`.
fn regional_output(text: &str, sentence: NSpan, opener: usize, at: usize) -> Option<String> {
    static WORKS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/works_words.txt")));
    // (A clause far from its sentence's start is told by no scope there: a sentence may run
    // on for the whole text.)
    if at - sentence.start > 80 * 3 {
        return None;
    }
    // (该县: the region the text is about, named before.)
    let region = |s: &str| {
        let this = s.strip_prefix('该').filter(|r| r.starts_with(['省', '市', '县', '区', '旗']));
        let this = this.map(|_| "该县".len());
        this.or_else(|| super::lexicon::REGION_SCOPES.prefix(s).map(|(w, _)| w.len()))
    };
    // (2023年，全县…: a time alone may open the sentence before the scope.)
    let head = skip_time(text, sentence.start, at);
    let head = text[head..at].trim_start_matches(['，', ',']);
    region(head)?;
    let clause = &text[opener..at];
    let clause = region(clause).map_or(clause, |n| &clause[n..]);
    let (lead, before, after) = YEARLY_OUTPUTS.iter().find(|(l, _, _)| clause.starts_with(l))?;
    let product = &clause[lead.len()..];
    let plain = (1..=8).contains(&product.chars().count())
        && product.chars().all(crate::normalize::is_han)
        && !product.starts_with(['能', '值', '量']);
    let works = || WORKS.occurs_in(&text[sentence.start..at]);
    (plain && !works()).then(|| [before, product, after].concat())
}

/// `s` without the connectives and report-period words opening it (同时公司…, 本报告期公司…),
/// which stand before the 公司 a clause is about.
pub(super) fn after_connectives(mut s: &str) -> &str {
    static OPENERS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/clause_openers.txt")));
    while let Some((w, ())) = OPENERS.prefix(s) {
        s = &s[w.len()..];
    }
    s
}

/// Words of what a store or tank holds (库容, 仓容, 罐容): in tonnes, a capacity, as a plant's
/// output is.
pub(crate) const STORAGE_CAPACITIES: [&str; 3] = ["库容", "仓容", "罐容"];

/// Verbs of speaking that close a clause (甲公司负责人表示，…).
pub(crate) const SPEAKS: [&str; 6] = ["表示", "介绍", "透露", "指出", "称", "说"];

/// Verbs of help before 其 (支持其, 助其): 其 is the enterprise named last, the one helped.
static HELPED: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/helped_its.txt")));

/// Seasons and spells of the year named without one (今冬, 明春, 迎峰度夏期间).
static SEASONS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/seasons.txt")));

/// The company the word for it (公司, 集团 …) names: 集团 the group ([`State::group`]), the
/// others the article's company.
fn company_named<'s>(state: &'s State, word: Option<&str>) -> Option<&'s (String, usize)> {
    if word.is_some_and(|w| w.ends_with("集团")) {
        state.group.as_ref()
    } else {
        state.company.as_ref()
    }
}

/// Clauses of an occasion or a connective opening a sentence (会上, 此外, 当天): no subject,
/// and no figure.
static OCCASIONS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/occasion_openers.txt")));

/// Whether `first` (a sentence's first clause) is only an occasion or a connective: one of
/// [`OCCASIONS`], or a short phrase ending in one of place or time (签约仪式上, 推介会期间,
/// 活动现场), which says when the one named after acts.
fn occasion(first: &str) -> bool {
    let short = first.chars().nth(8).is_none() && first.chars().all(crate::normalize::is_han);
    OCCASIONS.contains(first)
        || short && ["会上", "式上", "期间", "现场"].iter().any(|w| first.ends_with(w))
}

fn speaker<'e>(
    text: &str,
    entities: &'e Entities,
    quantities: &[RawQuantity],
    start: usize,
    cs: usize,
) -> Option<&'e str> {
    // Such a clause is short: its comma is looked for in the next 60 characters only (a
    // sentence without one may run on for the whole text).
    // (A clause after a list's 、 inside the first, 某公司在瓜州、玉门共运营…, is read
    // against that first clause up to it.)
    let comma_within = |from: usize| {
        let to = crate::span::ceil_char_boundary(text, (from + 60 * 3).min(cs));
        let listed = || (to == cs && text[..cs].ends_with('、')).then_some(cs);
        // (某公司公布10月交付数据：当月交付…: a colon closes it too.)
        text[from..to].find(['，', ',', '：']).map(|i| from + i).or_else(listed)
    };
    let mut first_end = comma_within(start)?;
    let mut open =
        start + (text[start..first_end].len() - text[start..first_end].trim_start().len());
    // (2021年，某合作社理事长王某说，…: a time alone opens the sentence before it; so does a
    // source's phrase, 据了解，某公司…)
    const HEARSAY: [&str; 5] = ["据了解", "据介绍", "据悉", "记者了解到", "记者获悉"];
    // (会上，某公司签约落户，…; 此外，…: so does an occasion or a connective, and a time
    // before one of them: two such clauses at most.)
    for _ in 0..2 {
        let first = &text[open..first_end];
        let time_alone = || period::at_start(first).is_some_and(|t| open + t.span.end == first_end);
        // (在某产业园，某公司专注…: so does a site after 在, a clause of its own.)
        let site_alone = || {
            let at = open + first.strip_prefix('在').map(|_| '在'.len_utf8())?;
            let (s, e) = entities.starting_at(at)?;
            (s.end == first_end && matches!(e.kind, EntityKind::Park | EntityKind::Place))
                .then_some(())
        };
        // (整车方面，某公司…: so does a topic's label.)
        let label = || first.ends_with("方面") && first.chars().nth(8).is_none();
        if !(HEARSAY.contains(&first)
            || time_alone()
            || site_alone().is_some()
            || label()
            || occasion(first) && entities.within(NSpan::new(open, first_end)).next().is_none())
        {
            break;
        }
        open = first_end + text[first_end..].chars().next()?.len_utf8();
        first_end = comma_within(open)?;
    }
    if let Some(len) = super::lexicon::list_number(&text[open..first_end]) {
        open += len;
    }
    // (全年华晟化工生产…: a time glued before the name.)
    open = skip_time(text, open, first_end);
    // (港资企业某公司实施的…: the class of enterprise it is opens the sentence before it.)
    let lead = crate::entity::lexicon::LEXICON.lead_words.prefix(&text[open..first_end]);
    if let Some((w, _)) = lead.filter(|(w, _)| w.ends_with("企业")) {
        open += w.len();
    } else if let Some((named, _)) = entities.within(NSpan::new(open, first_end)).next() {
        // (上市公司某某股份有限公司发布公告，…, 高新技术企业某某有限公司…: so does a class of
        // companies the name is cut from.)
        let class = &text[open..named.start];
        if (class.ends_with("上市公司") || class.ends_with("企业"))
            && class.chars().nth(8).is_none()
            && !class.contains('的')
        {
            open = named.start;
        }
    }
    // (控股子公司某有限公司销售收获机、播种机等…: a relation word opening the sentence,
    // right before the name, stands in apposition to it, as in the figure's own clause.)
    if let Some(len) = text.get(open..first_end).and_then(crate::entity::relation_lead) {
        let named = entities.starting_at(open + len);
        if named.is_some_and(|(s, e)| e.kind == EntityKind::Enterprise && s.end <= first_end) {
            open += len;
        }
    }
    // (位于开发区的某公司，…; 同安区的某公司受…影响，…: a modifier closed by 的 may stand
    // before the name.)
    let modified = || {
        let de = open + text[open..first_end].find('的')?;
        let after = de + '的'.len_utf8();
        let found = entities.starting_at(after);
        found.filter(|(_, e)| {
            e.kind == EntityKind::Enterprise && text[open..after].chars().count() <= 12
        })
    };
    let opening = entities.starting_at(open).filter(|(_, e)| e.kind == EntityKind::Enterprise);
    let (span, e) = opening.or_else(modified)?;
    // (某集团旗下某有限公司完成…: the subsidiary named after its parent and the relation.)
    let (span, e) = crate::entity::relation_lead(text.get(span.end..first_end)?)
        .and_then(|len| entities.starting_at(span.end + len))
        .filter(|(c, e)| e.kind == EntityKind::Enterprise && c.end <= first_end)
        .unwrap_or((span, e));
    let rest = text.get(span.end..first_end)?;
    let speaks = SPEAKS.iter().any(|v| rest.ends_with(v)) && rest.chars().count() <= 10;
    // (某合作社采取“合作社+基地+脱贫户”模式，吸纳…: opening the sentence, it does what the
    // first clause says, which holds no figure, and the clauses after go on with it; not
    // where it opens a list of several: 甲公司、乙公司等龙头企业产销两旺，….)
    // (某公司与市政府签约，计划投资…: 与 before no enterprise joins none.)
    let joins_another = || {
        rest.char_indices().any(|(i, c)| {
            "和与及".contains(c)
                && entities
                    .starting_at(span.end + i + c.len_utf8())
                    .is_some_and(|(_, e)| e.kind == EntityKind::Enterprise)
        })
    };
    // (某公司（简称“某某”）在瓜州、玉门共运营风电场14座: the places of a list after 在,
    // before the figure, are where it acts.)
    let sited = || {
        let after = short_name_declaration(rest).map_or(rest, |len| &rest[len..]);
        let head = &after[..after.find(|c: char| c.is_ascii_digit()).unwrap_or(after.len())];
        after.starts_with('在') && head.contains('、') && !head.contains('等')
    };
    // (甲公司、乙公司等龙头企业…: a list of names is no one acting; 某公司生产聚乙烯、聚丙烯等
    // 产品…: a list of what it acts on is.)
    let names_listed = || {
        rest.starts_with(['、', '等'])
            || rest.match_indices('、').any(|(i, c)| {
                entities
                    .starting_at(span.end + i + c.len())
                    .is_some_and(|(_, e)| e.kind == EntityKind::Enterprise)
            })
    };
    // (某公司于6月投产，…: a date in the clause is no figure; nor is a size the quantity
    // reader took for none, 某公司12英寸晶圆生产线满产运行，…: it names the line.)
    let figureless = || {
        let times = if period::occurs_in(rest) { period::find(rest) } else { Vec::new() };
        let dated = |i: usize| times.iter().any(|t| t.span.start <= i && i < t.span.end);
        let undated = |i: usize, c: char| c.is_ascii_digit() && !dated(i);
        // (Most clauses hold no digit; those that do are read against the text's quantities,
        // found once, not read again for every figure of the sentence.)
        if !rest.char_indices().any(|(i, c)| undated(i, c)) {
            return true;
        }
        let from = quantities.partition_point(|q| q.span.start < span.end);
        let within = quantities[from..].iter().take_while(|q| q.span.start < first_end);
        !within.filter(|q| q.span.end <= first_end).any(|q| {
            let (a, b) = (q.span.start - span.end, q.span.end - span.end);
            rest[a..b].char_indices().any(|(i, c)| undated(a + i, c))
        })
    };
    let acts = e.kind == EntityKind::Enterprise
        && (figureless() && !names_listed() || sited())
        && !joins_another();
    (e.kind == EntityKind::Enterprise && (rest.is_empty() || speaks || acts))
        .then_some(e.name.as_str())
}

/// Whether the percent at `span` is a grade in brackets right after a product's name and
/// before the words of its plant (双氧水（27.5%）产能, 液碱（32%）装置, 硫酸（98%）生产线).
fn graded_product(text: &str, span: NSpan) -> bool {
    const PLANT: [&str; 6] = ["产能", "产量", "装置", "生产线", "项目", "生产装置"];
    let opened = text[..span.start]
        .strip_suffix(['（', '('])
        .is_some_and(|h| h.ends_with(crate::normalize::is_han));
    let after = text[span.end..].strip_prefix(['）', ')']);
    opened && after.is_some_and(|a| PLANT.iter().any(|w| a.starts_with(w)))
}

/// Whether the place at `at` is an item of a list of sites after 在 (某公司在淮阳区、商水县
/// 设立网点18个; 本行在无锡、苏州、常州地区…): where something is, not whose figure it is.
/// If so, the enterprise named right before 在, if one is.
fn sited_item<'e>(
    text: &str,
    entities: &'e Entities,
    floor: usize,
    at: usize,
    kind: EntityKind,
) -> Option<Option<&'e str>> {
    if kind != EntityKind::Place || !text[..at].ends_with('、') {
        return None;
    }
    let from = list_start(text, at).max(floor);
    let i = from + text[from..at].rfind('在')?;
    let owner = entities.ending_at(i).find(|(_, e)| e.kind == EntityKind::Enterprise);
    Some(owner.map(|(_, e)| e.name.as_str()))
}

/// 甲公司、乙公司等一批龙头企业研发费用分别增长…: the class the listed enterprises are of,
/// after 等, which is no part of each one's figure; its length in `window`, 0 when the window
/// names nothing after it (等企业 alone), counts the class (等企业数量) or gives no figure to
/// each (等本土商贸企业销售额合计…: the class's total keeps it).
fn class_of_listed(window: &str) -> usize {
    let rest = ["一批", "一些", "多家", "众多"]
        .iter()
        .find_map(|w| window.strip_prefix(w))
        .unwrap_or(window);
    let Some(end) =
        ["企业", "公司"].iter().filter_map(|w| find_short(rest, w).map(|i| i + w.len())).min()
    else {
        return 0;
    };
    let (class, metric) = rest.split_at(end);
    let han = |s: &str| s.chars().all(crate::normalize::is_han);
    if class.chars().count() > 6 || !han(class) || metric.chars().nth(1).is_none() {
        return 0;
    }
    let each = contains_short(metric, "分别");
    if !each || metric.starts_with(['数', '家', '个', '总']) && !metric.starts_with("总产值")
    {
        return 0;
    }
    window.len() - metric.len()
}

/// The length of the last item of a list opening at `at` (after 、) when the finders named
/// no one there and the item is two to four Han characters closed by the list's count and an
/// administrative level (沅北、桃溪两市): as many items as the count says. With it, where the
/// first item starts.
fn unfound_counted_places(text: &str, floor: usize, at: usize) -> Option<(usize, usize)> {
    if !text[..at].ends_with('、') {
        return None;
    }
    let rest = &text[at..];
    let (len, n) = rest.char_indices().skip(2).take(3).find_map(|(i, c)| {
        let n = match c {
            '两' => 2.0,
            _ if c.is_ascii_digit() || period::is_numeral(c) => {
                crate::quantity::number::parse_chinese(&rest[i..i + c.len_utf8()])
                    .or_else(|| c.to_digit(10).map(f64::from))?
            }
            _ => return None,
        };
        let level = rest[i + c.len_utf8()..].starts_with(['市', '县', '区', '州', '省']);
        (level && rest[..i].chars().all(crate::normalize::is_han)).then_some((i, n))
    })?;
    let end = at - '、'.len_utf8();
    let from = list_start(text, at).max(floor).min(end);
    let list = strip_scope_words(&text[from..end]);
    let items = list.matches('、').count() + 2;
    let short = list.split('、').all(|i| (2..=4).contains(&i.chars().count()));
    (short && (items as f64 - n).abs() < 0.5).then_some((len, end - list.len()))
}

/// Where the list of names ending with the name at `at` (after 、) opens: back over each
/// name found before a 、, and over a short gloss in brackets after it (甲公司（甲科技）、).
fn first_listed(text: &str, entities: &Entities, floor: usize, at: usize) -> usize {
    let mut start = at;
    while let Some(head) = text[..start].strip_suffix('、') {
        let mut end = head.len();
        if let Some(close) = head.strip_suffix(['）', ')']) {
            let near = crate::span::ceil_char_boundary(text, close.len().saturating_sub(48));
            match close[near..].rfind(['（', '(']) {
                Some(i) => end = near + i,
                None => break,
            }
        }
        match entities.ending_at(end).next() {
            Some((name, _)) if name.start >= floor && name.start < start => start = name.start,
            _ => break,
        }
    }
    start
}

/// Whether the place at `at` is the last of a list of names that the clause's verb governs
/// (开通至日本、韩国的航线3条): after 、, an item holding no figure, in a list that does not
/// open its clause. (甲区产值20亿元、乙区产值10亿元: each item is a clause of its own, whose
/// place is its subject; 甲市、乙市分别完成…: a list opening the clause is its subjects.)
fn named_in_list(text: &str, entities: &Entities, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix('、') else { return false };
    let from = crate::span::ceil_char_boundary(head, head.len().saturating_sub(24 * 3));
    let clause = head[from..].rsplit(['，', '；', '。', ',', '\n']).next().unwrap_or_default();
    let item = clause.rsplit('、').next().unwrap_or_default();
    if item.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // The list's first item, and whether a name opens the clause with it (after a
    // connective: 其中甲区、乙区…).
    let clause = after_connectives(clause);
    let first = clause.split('、').next().unwrap_or_default();
    let first_at = head.len() - clause.len();
    let opens =
        entities.starting_at(first_at).is_some_and(|(s, _)| s.end == first_at + first.len());
    !opens
}

/// Whether a body `name` opening a clause, followed by `rest` up to the figure, is the one
/// whose figure it is: an institution (某实验室全年承担任务26项, 某交易中心挂牌…) that is not
/// reporting data (某研究院数据显示…). A government body's figures (某局共出让居住用地4宗,
/// 省能源局将推动新增装机…) are its region's.
/// (Institutions: a lab, a centre, an institute, a university, an association, an exchange,
/// a hospital, which act for themselves as a company does.)
fn acting_body(name: &str, rest: &str) -> bool {
    static INSTITUTIONS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/institution_heads.txt")));
    const REPORTS: [&str; 7] = ["统计", "显示", "公布", "介绍", "获悉", "消息", "测算"];
    INSTITUTIONS.suffix(name).is_some() && !REPORTS.iter().any(|w| rest.contains(w))
}

/// The zone a bare zone word opening the sentence at `start` names (开发区全年…), before the
/// clause at `cs`: the park of that kind named last, or the word itself.
fn sentence_zone<'e>(
    text: &'e str,
    entities: &'e Entities,
    start: usize,
    cs: usize,
) -> Option<&'e str> {
    // (Every zone word ends in 区: a sentence whose first characters hold none opens with
    // none, which settles most sentences before the time is read.)
    let head = &text[start..crate::span::ceil_char_boundary(text, (start + 30 * 3).min(cs))];
    if !head.contains('区') {
        return None;
    }
    let opener = skip_time(text, start, cs);
    let (w, _) = BARE_ZONES.prefix(&text[opener..cs])?;
    // (园区建设方面，某开发区…: a topic's label, 方面, names no subject.)
    let head = &text[opener..cs];
    let first = &head[..head.find(['，', ',']).unwrap_or(head.len())];
    if first.ends_with("方面") {
        return None;
    }
    Some(zone_named(text, entities, opener, w))
}

/// The park a bare zone word `w` at `at` names: the park of that kind or the park whose
/// committee was named last (长沙经济技术开发区管委会…，园区…: a committee's park written in
/// full elsewhere is that name), else the word. A park named as the whole of a share
/// (园区产值占某高新区的比重) is a measure, not the zone the text speaks of.
fn zone_named<'e>(text: &str, entities: &'e Entities, at: usize, w: &'e str) -> &'e str {
    fn committee<'n>(w: &str, name: &'n str) -> Option<&'n str> {
        let stem = ["管委会", "管理委员会", "党工委"].iter().find_map(|c| name.strip_suffix(c))?;
        (zone_of(w, stem) && stem.chars().nth(3).is_some()).then_some(stem)
    }
    let park = |e: &Found| e.kind == EntityKind::Park && zone_of(w, &e.name);
    // (某产业园位于某省某市某新区，…。园区…: the zone a park lies in, named after 位于, is
    // where the park is, not the park 园区 refers to.)
    let located = |s: NSpan| {
        ["位于", "地处", "坐落于", "坐落在"].iter().any(|w| text[..s.start].ends_with(w))
    };
    let named = entities.last_mention_before(at, |s, e| {
        park(e) && !text[..s.start].ends_with('占') && !(w == "园区" && located(s))
            || e.kind == EntityKind::Organization && committee(w, &e.name).is_some()
    });
    match named {
        Some(e) if e.kind == EntityKind::Park => e.name.as_str(),
        Some(e) => {
            let stem = committee(w, &e.name).unwrap_or(w);
            // (南宁片区 of 中国（广西）自由贸易试验区南宁片区; 株洲高新区 of 株洲高新技术产业
            // 开发区: the same place opens it.)
            let head = stem.char_indices().nth(2).map_or(stem, |(i, _)| &stem[..i]);
            // (常州市武进区新能源汽车产业园 of 武进新能源汽车产业园: the same words after
            // the places.)
            let lex = &*crate::entity::lexicon::LEXICON;
            let mut tail = stem;
            for _ in 0..2 {
                tail = lex.place_prefix(tail).map_or(tail, |p| &tail[p..]);
            }
            let tail = Some(tail).filter(|t| t.len() < stem.len() && t.chars().nth(3).is_some());
            let full = entities.last_before(at, |p| {
                park(p)
                    && (p.name.ends_with(stem)
                        || p.name.starts_with(head)
                        || tail.is_some_and(|t| p.name.ends_with(t)))
            });
            full.map_or(stem, |p| p.name.as_str())
        }
        // (芜湖高新区机器人产业园…。高新区…: a zone named only inside a park's name, never
        // alone, is still the one zone of that kind.)
        None => {
            let mut zones = entities.list.iter().filter(|e| park(e) && w != "园区");
            match (zones.next(), zones.next()) {
                (Some(only), None) => only.name.as_str(),
                _ => w,
            }
        }
    }
}

/// 某县引进某公司，投资1.6亿元建设…: an enterprise closing the clause before one that opens
/// (at `opener`) with its investment is the investor, not the region that brought it in; so
/// is one before a holding (控股股东为某集团，持有公司68.5%的股份: the holder's stake), and one
/// after 由 building it (项目由某公司投资建设，总投资…).
fn investor_before<'e>(
    text: &str,
    entities: &'e Entities,
    sentence_start: usize,
    opener: usize,
) -> Option<&'e str> {
    let invests = ["投资", "计划投资", "拟投资", "总投资", "项目总投资", "持有", "持股"];
    if opener <= sentence_start || !invests.iter().any(|w| text[opener..].starts_with(w)) {
        return None;
    }
    let mut before = text[sentence_start..opener].trim_end().strip_suffix(['，', ','])?;
    // (某公司（以下简称“某某”），投资…: after its short name's declaration.)
    if before.ends_with(['）', ')']) {
        if let Some(open) = before.rfind(['（', '(']).filter(|&o| before[o..].contains("简称")) {
            before = &before[..open];
        }
    }
    // (项目由某公司投资建设，总投资…: the builder named after 由 in the clause before; not a
    // contractor, 由某公司承建, who builds the works and invests none of it.)
    const BUILDS: [&str; 5] = ["投资建设", "投资兴建", "建设", "投资", "实施"];
    if let Some(head) = BUILDS.iter().find_map(|v| before.strip_suffix(v)) {
        let by = entities
            .ending_at(sentence_start + head.len())
            .find(|(s, e)| e.kind == EntityKind::Enterprise && text[..s.start].ends_with('由'));
        if let Some((_, e)) = by {
            return Some(e.name.as_str());
        }
    }
    let (_, e) = entities.ending_at(sentence_start + before.len()).next()?;
    (e.kind == EntityKind::Enterprise).then_some(e.name.as_str())
}

/// Adds `q` to `qualifiers` unless it is there.
fn add_qualifier(qualifiers: &mut Vec<Qualifier>, q: Qualifier) {
    if !qualifiers.contains(&q) {
        qualifiers.push(q);
    }
}

/// Currencies a sum is converted into, written after the converting word (折合人民币…).
const CURRENCY_WORDS: [&str; 4] = ["人民币", "美元", "欧元", "港元"];

/// 某县与某公司签约年产…项目，总投资35亿元，达产后…: the figures of the clauses after a
/// region's, a park's or a body's signing with an enterprise, in its sentence, are that
/// enterprise's (the project signed), not the signer's who opens the sentence. The enterprise,
/// if the clause at `opener` follows such a signing.
fn signing_partner<'e>(
    text: &str,
    entities: &'e Entities,
    sentence_start: usize,
    opener: usize,
) -> Option<&'e str> {
    if opener <= sentence_start {
        return None;
    }
    // (Within 120 characters before the clause: the signing opens the sentence.)
    let from = crate::span::ceil_char_boundary(text, opener.saturating_sub(120 * 3));
    let head = &text[from.max(sentence_start)..opener];
    let base = opener - head.len();
    let signs = ["签约", "签订", "签署"];
    head.match_indices(['与', '同']).find_map(|(i, j)| {
        // (园区与某公司签约…；6月，与某公司签约…: a bare zone word, or no one, the signer
        // left unsaid after a time, opening the clause signs as a named one does.)
        let clause = head[..i]
            .rfind(crate::sentence::is_clause_sep)
            .map_or(0, |c| c + head[c..].chars().next().map_or(0, char::len_utf8));
        let opens = skip_time(text, base + clause, base + i);
        let unnamed = text.get(opens..base + i).is_some_and(|w| {
            w.is_empty() || BARE_ZONES.prefix(w).is_some_and(|(z, _)| z.len() == w.len())
        });
        if !unnamed {
            let (signer, f) = entities.ending_at(base + i).last()?;
            if !matches!(f.kind, EntityKind::Place | EntityKind::Park | EntityKind::Organization)
                || signer.start < sentence_start
            {
                return None;
            }
        }
        let (firm, e) = entities.starting_at(base + i + j.len())?;
        let after = text.get(firm.end..opener)?;
        let signed = signs.iter().any(|w| after.starts_with(w))
            || after.strip_prefix("正式").is_some_and(|r| signs.iter().any(|w| r.starts_with(w)));
        // (The figures of later clauses only: a clause break between the signing and them.)
        let later = after.contains(['，', ',']) && !after.contains(['；', ';']);
        // (3月，与某银行签约，获得授信额度300亿元: a lender signs to lend; the figures after are
        // the borrower's, not a project of the bank's.)
        let lender =
            ["银行", "农商行", "信用社", "信托", "保险"].iter().any(|w| e.name.contains(w));
        (e.kind == EntityKind::Enterprise && signed && later && !lender).then_some(e.name.as_str())
    })
}

/// 某公司建设的年处理60万吨钢渣项目建成投产，预计每年可新增产值…: a figure of a later
/// clause of the sentence (after its last semicolon) that opens with no name of its own is
/// the firm's that builds the project named before it, not the group's or region's carried
/// from before. The firm, if the clause at `opener` follows such a project.
fn project_builder<'e>(
    text: &str,
    entities: &'e Entities,
    sentence_start: usize,
    opener: usize,
) -> Option<&'e str> {
    const BUILT: [&str; 4] = ["投资建设的", "建设的", "兴建的", "投建的"];
    if opener <= sentence_start {
        return None;
    }
    let from = crate::span::ceil_char_boundary(text, opener.saturating_sub(120 * 3));
    let head = &text[from.max(sentence_start)..opener];
    let head = head.rfind(['；', ';']).map_or(head, |i| head[i..].trim_start_matches(['；', ';']));
    // (Most clauses follow no such project: one search for 的 settles them.)
    if !head.contains('的') {
        return None;
    }
    let base = opener - head.len();
    // (The clause opens with no name, zone or region of its own: 园区, 全市 are theirs.)
    let own = &text[opener..];
    if entities.starting_at(opener).is_some()
        || BARE_ZONES.prefix(own).is_some()
        || super::lexicon::REGION_SCOPES.prefix(own).is_some()
    {
        return None;
    }
    head.rmatch_indices("的").find_map(|(i, _)| {
        let verb = BUILT.iter().find(|v| head[..i + "的".len()].ends_with(**v))?;
        let at = base + i + "的".len() - verb.len();
        let (_, e) = entities.ending_at(at).find(|(_, e)| e.kind == EntityKind::Enterprise)?;
        // (The project named after 的, in its clause; the figure in a later one.)
        let rest = &head[i + "的".len()..];
        let sep = rest.find(crate::sentence::is_clause_sep)?;
        (["项目", "工程"].iter().any(|w| rest[..sep].contains(w))).then_some(e.name.as_str())
    })
}

/// Heads a name stands in apposition to (龙头企业X, 运营主体X, 投资方X).
const APPOSITIVE_HEADS: [&str; 7] =
    ["企业", "主体", "运营方", "投资方", "建设方", "承建方", "合作方"];

/// 某公司计划投资45亿元，在某区建设年产…: a place or park after 在 opening a later clause (at
/// `opener`), with a build verb after it, is where the enterprise opening the sentence
/// builds, not whose figure it is. If so, the place's span and that enterprise.
fn site_of_builder<'e>(
    text: &str,
    entities: &'e Entities,
    sentence_start: usize,
    opener: usize,
) -> Option<(NSpan, &'e str)> {
    let at = opener + text[opener..].strip_prefix('在').map(|_| '在'.len_utf8())?;
    if opener <= sentence_start {
        return None;
    }
    let (site, place) = entities.starting_at(at)?;
    let after = &text[site.end..];
    // (…在某区建成年产…: a plant finished there is the enterprise's too.)
    let built = crate::project::BUILD_VERBS.prefix(after).is_some()
        || ["投资", "建成", "投产"].iter().any(|v| after.starts_with(v));
    if !matches!(place.kind, EntityKind::Place | EntityKind::Park) || !built {
        return None;
    }
    // The enterprise opening the nearest clause before (在签约项目中，某公司计划投资…，在…).
    let head = &text[sentence_start..opener];
    // (…建设电池生产线；某公司计划投资20亿元，在…: a semicolon opens a clause too.)
    let starts = head.match_indices(['，', '；']).map(|(i, c)| sentence_start + i + c.len());
    let owner = std::iter::once(sentence_start).chain(starts).rev().skip(1).find_map(|from| {
        let (_, e) = entities.starting_at(skip_time(text, from, opener))?;
        (e.kind == EntityKind::Enterprise).then_some(e.name.as_str())
    })?;
    Some((site, owner))
}

/// Whether `unit` rates computing power (P, 万P, PFLOPS, EFlops), after any magnitude.
fn computing_power(unit: &str) -> bool {
    let unit = unit.trim_start_matches(['万', '亿', '千', '百']);
    unit == "P" || unit.ends_with("FLOPS") || unit.ends_with("Flops")
}

/// What a figure's text names after its bound and 的 (25%左右的目标 → 目标…), if it does.
fn named_after(text: &str, end: usize) -> Option<&str> {
    after_bound(&text[end..]).strip_prefix('的')
}

/// Whether `rest`, the text after a count, closes the field of a ranking (…个县（市、区）中
/// 排名第三, …家企业中位列第一) within 16 characters of its clause.
fn ranking_field(rest: &str) -> bool {
    const RANKS: [&str; 5] = ["中排名", "中排第", "中位列", "中位居", "中居第"];
    let near = &rest[..crate::span::ceil_char_boundary(rest, 16 * 3)];
    let end = near.find(['，', '。', '；', ',', ';', '\n']).unwrap_or(near.len());
    near[..end].contains('中') && RANKS.iter().any(|r| near[..end].contains(r))
}

/// `rest`, the text after a figure, without the bound word opening it (左右, 以上, 上下).
fn after_bound(rest: &str) -> &str {
    ["左右", "以上", "上下"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest)
}

/// The direction a rate noun opening `named` gives (增长, 复合增速 up; 降幅 down).
fn change_named(named: &str) -> Option<Pred> {
    let named = ["年均", "平均", "复合", "同比"]
        .iter()
        .find_map(|w| named.strip_prefix(w))
        .unwrap_or(named);
    if ["增长", "增速", "增幅", "涨幅"].iter().any(|w| named.starts_with(w)) {
        Some(Pred::Up)
    } else if ["降幅", "下降", "跌幅", "减幅"].iter().any(|w| named.starts_with(w)) {
        Some(Pred::Down)
    } else {
        None
    }
}

/// Adds the clause qualifiers of `s` (its words of `own` aside) that `qualifiers` lacks.
fn add_clause_qualifiers(
    qualifiers: &mut Vec<Qualifier>,
    s: &str,
    own: Option<std::ops::Range<usize>>,
) {
    if QUALIFIERS.may_be_in_clause(s) {
        for w in QUALIFIERS.in_clause(s, own) {
            if !qualifiers.contains(&w) {
                qualifiers.push(w);
            }
        }
    }
}

/// The length of a rating opening `s` (日产5000吨, 年产10万吨, 8.5代, 12英寸) when a noun
/// follows it, else 0.
fn rating_len(s: &str) -> usize {
    let lead = OUTPUT_LEADS.iter().find(|l| s.starts_with(*l)).map_or(0, |l| l.len());
    let digits = s[lead..].bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    if digits == 0 {
        return 0;
    }
    let at = lead + digits;
    // (A size or a generation is no unit of the scan's.)
    let unit = match crate::quantity::unit_len(&s[at..]) {
        Some(n) if lead > 0 => n,
        // (2个10万吨级集装箱泊位: a class of size.)
        Some(n) if s[at + n..].starts_with('级') => n + '级'.len_utf8(),
        _ => match ["英寸", "代"].iter().find(|w| s[at..].starts_with(*w)) {
            Some(w) => w.len(),
            None => return 0,
        },
    };
    let end = at + unit;
    // (8英寸IGBT芯片: the noun may open with Latin letters.)
    let noun = |c: char| crate::normalize::is_han(c) || c.is_ascii_alphabetic();
    if s[end..].starts_with(noun) { end } else { 0 }
}

/// What holds a capacity without being its product (项目年产能, 规划月产能).
static CAPACITY_HOLDERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/capacity_holders.txt")));

/// Verbs of reaching places (覆盖, 通达…): a count after them counts the places reached.
static REACH_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/reach_verbs.txt")));

/// An ability named by its rate, verb and object, closing the text before it (年处理包裹能力,
/// 日分拣能力).
static ABILITY: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"[年日月]?(?:处理|加工|生产|通过|吞吐|储存|仓储|运输|装卸|分拣|供水|供热|发电|接待)\p{Han}{0,4}?能力$",
    )
    .unwrap_or_else(|e| panic!("ability regex: {e}"))
});

/// Classifiers of firms, items and people (家, 个, 项 …): what they count is no product.
const GENERIC_COUNTERS: [char; 9] = ['家', '个', '项', '户', '所', '座', '处', '名', '人'];

/// Verbs of gaining or having right before a count: the noun after the count is counted.
/// (园区企业共有7个新药获批: 共有, 现有, 已有 have what follows the count too.)
static GAIN_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/gain_verbs.txt")));

/// Metric endings of figures rated in power that are no capacity (loads, output, sales,
/// orders, a fleet's power).
static POWER_AMOUNTS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/power_amounts.txt")));

/// Verbs of output and sales before a product, and what they measure of it.
/// (已收购小麦8万吨: a purchase of goods measures its 收购量.)
const VERB_MEASURES: [(&str, &str); 4] =
    [("生产", "产量"), ("销售", "销量"), ("出货", "出货量"), ("收购", "收购量")];

/// Whether a total's word (合计, 共计, 总计) follows the list's last item at `at`, within
/// its clause.
fn totals_after(text: &str, at: usize) -> bool {
    let near = &text[at..crate::span::ceil_char_boundary(text, at + 24 * 3)];
    let clause = near.find(crate::sentence::is_clause_sep).map_or(near, |i| &near[..i]);
    ["合计", "共计", "总计"].iter().any(|w| clause.contains(w))
}

/// Where the short items listed with 、 right before `at` start (镍、钴、 before
/// 锰综合回收率): one to four Han characters each (eight before a total's word), none a named
/// entity, the first opening its clause after its scope words (全市, 其中) and not with a
/// preposition (经双流、) or a verb of one character; none when a word of distribution (分别,
/// 均, 各) follows, which the list stage reads.
fn listed_before(
    text: &str,
    floor: usize,
    at: usize,
    entities: &Entities,
    tagger: &mut Tagger<'_>,
) -> Option<usize> {
    let mut from = at;
    // (新建学校、医院: jieba tags 新建 a place; a verb of building acts on the list as well.)
    let acts = |tag: &str, word: &str| tag == "v" || crate::project::BUILD_VERBS.contains(word);
    // The longest item read, settled at the first item (the total's word is looked for once).
    let mut most: Option<usize> = None;
    // (Sixteen items at most: the walk stays bounded in a sentence of lists.)
    for _ in 0..16 {
        let Some(head) = text[floor..from].strip_suffix('、') else { break };
        let end = floor + head.len();
        let mut begin = clause_start(text, floor, end);
        // (某产业园引进组件、支架企业: a park, place or enterprise opening the clause is who
        // acts; the first item follows it.)
        let opener = entities.starting_at(begin).filter(|(s, _)| s.end < end);
        if let Some((s, _)) = opener {
            begin = s.end;
        }
        let item = strip_scope_words(&text[begin..end]);
        let mut n = item.chars().count();
        // (开行中欧、中亚班列: a verb of two characters opening the first item is left out
        // below; the item is what follows it.)
        if (5..=6).contains(&n) && opener.is_none() {
            let verb = tagger
                .jieba
                .tag(item, false)
                .first()
                .filter(|t| acts(t.tag, t.word))
                .map(|t| t.word.chars().count());
            if verb == Some(2) {
                n -= 2;
            }
        }
        // (二、农林牧渔业总产值: a numeral whose 、 a word follows numbers a section; in
        // 一、二、三产业 the numerals are items.)
        let numbered =
            item.chars().all(period::is_numeral) && !text[from..].starts_with(period::is_numeral);
        // (地方政府专项债券、银行贷款和社会资本合计: a total's items may be longer; eight
        // characters, with a total's word after the list.)
        let most = *most.get_or_insert_with(|| if totals_after(text, at) { 8 } else { 4 });
        if !(1..=most).contains(&n)
            || !item.chars().all(crate::normalize::is_han)
            || numbered
            || entities.within(NSpan::new(begin, end)).next().is_some()
        {
            break;
        }
        from = end - item.len();
        if opener.is_some() {
            break;
        }
    }
    if from == at {
        return None;
    }
    let clause_end = text[at..].find(is_clause_sep).map_or(text.len(), |i| at + i);
    let distributes = ["分别", "均", "各"].iter().any(|w| text[at..clause_end].contains(w));
    let first = text[from..].split('、').next().unwrap_or_default();
    if distributes || first.starts_with(crate::entity::function_char) {
        return None;
    }
    // (引进电子、机械企业12家: a verb of two characters opening the first item acts on the
    // list, which starts after it; a preposition, 经双流、, opens no list of names.)
    match tagger.jieba.tag(first, false).first() {
        Some(t)
            if acts(t.tag, t.word) && t.word.chars().count() == 2 && t.word.len() < first.len() =>
        {
            Some(from + t.word.len())
        }
        Some(t) if matches!(t.tag, "v" | "p") && t.word.len() < first.len() => None,
        _ => Some(from),
    }
}

/// Whether `metric` names a production line or plant (产线, 生产线, 新工厂, 8英寸线, 二号线): a
/// line after a size, a number or its mark, not a product closed by 线 (漆包线, 电线).
fn plant(metric: &str) -> bool {
    let line = metric.strip_suffix('线').is_some_and(|h| {
        h.ends_with(['产', '寸', '号', '条']) || h.ends_with(|c: char| c.is_ascii_alphanumeric())
    });
    line || ["工厂", "基地"].iter().any(|e| metric.ends_with(e))
}

/// Words of an average per day, month, year, head or household (日均, 人均).
const AVERAGE_WORDS: [&str; 6] = ["日均", "月均", "年均", "周均", "人均", "户均"];

/// The average's word that is all of `window` (after 其中) or all of the `metric` read from
/// it before a figure in an absolute measure, when a metric was read before it to carry; None
/// otherwise.
/// (下半年月均完成37万标箱: a time and a verb around the average's word leave it alone.)
fn average_alone(
    window: &str,
    metric: &str,
    class: UnitClass,
    last_metric: &str,
) -> Option<&'static str> {
    let w = trim(window);
    let w = w.strip_prefix("其中").unwrap_or(w);
    let absolute = !matches!(class, UnitClass::Percent | UnitClass::Point | UnitClass::Multiple);
    let carried = !last_metric.is_empty() && !last_metric.contains('均');
    AVERAGE_WORDS.into_iter().find(|a| *a == w || *a == metric).filter(|_| absolute && carried)
}

/// `metric` with an average's word put in: after the group the measure is of (重点商贸企业日均
/// 销售额, 农村居民人均收入), else before it all (日均游客).
fn with_average(metric: &str, average: &str) -> String {
    let group_end = RATE_HOLDERS
        .iter()
        .chain(&["农民", "商户", "家庭"])
        .filter_map(|g| metric.rfind(g).map(|i| i + g.len()))
        .filter(|&end| metric[end..].chars().nth(1).is_some())
        .max()
        .unwrap_or(0);
    format!("{}{average}{}", &metric[..group_end], &metric[group_end..])
}

/// Who a rate applies to (企业, 职工): a window naming only them names no rate.
const RATE_HOLDERS: [&str; 6] = ["企业", "单位", "职工", "居民", "农户", "个人"];

/// The subject of a figure its clause gives for the whole country (全国粗钢产量…).
pub(super) const NATIONAL: &str = "全国";

/// Whether `metric` ends in an ordinal batch, 第二批, 第3批次 or 首批 (a 共 after it too).
fn ordinal_batch(metric: &str) -> bool {
    let m = metric.strip_suffix('共').unwrap_or(metric);
    let Some(m) = m.strip_suffix("批次").or_else(|| m.strip_suffix('批')) else { return false };
    if m.ends_with('首') {
        return true;
    }
    m.rfind('第').is_some_and(|i| crate::quantity::parse_ordinal(&m[i..]).is_some())
}

/// The last verb of change in `metric` that has a measure of two characters or more after it
/// (企业降低综合物流成本 → 降低, 综合物流成本): where it stands, the verb and its direction. A rate
/// or size after the verb (降低幅度, 提高率) is a noun of the change itself, no object, and
/// 增加值 is one word; so is a noun the verb opens or ends (压缩机, 压缩空气, 节约型), where
/// jieba reads no word of the verb alone.
fn object_change(metric: &str, jieba: &Jieba) -> Option<(usize, &'static str, Pred)> {
    let (at, verb, p) = metric.char_indices().rev().find_map(|(i, _)| {
        let (verb, p) = OBJECT_CHANGE_VERBS.prefix(&metric[i..])?;
        let object = &metric[i + verb.len()..];
        let noun = object.chars().nth(1).is_some()
            && !object.starts_with(['值', '幅', '率', '速', '比', '了', '的', '量', '额', '数'])
            && PREDICATES.prefix(object).is_none();
        noun.then_some((i, verb, p))
    })?;
    // (Segmented only once a verb is found: most metrics hold none.)
    let whole =
        jieba.cut(metric, false).iter().any(|t| t.byte_start == at && t.word.len() == verb.len());
    whole.then_some((at, verb, p))
}
