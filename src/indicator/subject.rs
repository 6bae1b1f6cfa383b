//! Subjects: the park, place or enterprise that a text's figures belong to, as clauses
//! and headings set it, and the company a report declares or its title names.

use super::State;
use super::plan::after_qizhong;
use crate::entity::Entities;
use crate::period;
use crate::report::EntityKind;
use crate::sentence::clause_start;
use crate::span::NSpan;
use crate::words::Words;
use std::sync::LazyLock;

/// Topic mentions: a park, place or enterprise that opens a clause sets the subject.
/// `opening`: no figure has been read yet (a park or town named then is the article's own).
pub(super) fn advance_subject(
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
        // (洛阳市…。交通方面，洛阳北郊机场运送旅客…: an airport, station or port named after
        // the article's region is one of its parts too; named first, it is the article's own.)
        let facility_in_home = found.kind == EntityKind::Place
            && crate::entity::place_rank(&found.name).is_none()
            && state.home.as_deref().is_some_and(|h| {
                let short = h.trim_end_matches(['省', '市', '县', '区', '州']);
                crate::entity::place_rank(h).is_some()
                    && short.chars().nth(1).is_some()
                    && found.name.starts_with(short)
            });
        let local = found.kind == EntityKind::Park
            || crate::entity::is_local_place(&found.name)
            || below_home
            || facility_in_home;
        state.region_named |= !local;
        // 来自上海、浙江、湖南等地: an item of a list is no topic.
        // (某市某风情线、某古城等8个…: nor is a place opening the name of a list's first item,
        // a name that is no entity of its own, in a list closed by 等 and a count.)
        let item_name = || {
            if found.kind != EntityKind::Place || entities.starting_at(span.end).is_some() {
                return false;
            }
            let after = &text[span.end..];
            let run: usize = after
                .chars()
                .take_while(|&c| crate::normalize::is_han(c))
                .take(9)
                .map(char::len_utf8)
                .sum();
            let rest = &after[run..];
            if !(1..=8 * 3).contains(&run) || !rest.starts_with('、') {
                return false;
            }
            let near = &rest[..crate::span::ceil_char_boundary(rest, 30 * 3)];
            let clause = &near[..near.find(['，', '。', '；', '：']).unwrap_or(near.len())];
            // (A count after 等 makes the items things counted: 某市工业投资、技改投资等指标
            // lists measures of the city's, which stays the subject.)
            clause.find('等').is_some_and(|d| {
                clause[d + '等'.len_utf8()..]
                    .starts_with(|c: char| c.is_ascii_digit() || period::is_numeral(c) || c == '两')
            })
        };
        let listed =
            text[..span.start].ends_with('、') || text[span.end..].starts_with('、') || item_name();
        // 中欧班列（成都）, 华帅（重庆）: a place in brackets right after a name says where
        // that one is, and is no topic; after a park or place, 株洲高新区（天元区）, it names
        // the same ground, and the name before stays the topic.
        let bracketed = text[..span.start]
            .strip_suffix(['（', '('])
            .is_some_and(|b| b.ends_with(crate::normalize::is_han))
            && text[span.end..].starts_with(['）', ')'])
            // (北京经济技术开发区（北京亦庄）: a place opening a longer bracketed name is
            // that name's part, no topic.)
            || text[..span.start].ends_with(['（', '('])
                && !text[span.end..].starts_with(['）', ')'])
                && found.kind == EntityKind::Place;
        // (吉林省内收入: a place bounding a metric is no topic.)
        let bounds = found.kind == EntityKind::Place
            && crate::entity::place_in_metric(&found.name, text, span);
        // (在郑州运营的航空公司达到30家: a place after 在 in a clause closed by 的 says where
        // the thing counted is, and is no topic.)
        let relative = text[..span.start].ends_with('在') && {
            let after = &text[span.end..];
            let near = &after[..crate::span::ceil_char_boundary(after, 8 * 3)];
            near.find('的').is_some_and(|i| !near[..i].contains(crate::sentence::is_clause_sep))
        };
        // (某集团实现营业收入…。在白城，…风电项目并网: after a company's figures, with no
        // region of the text's own yet, a place after 在 says where the company acts.)
        let where_acts = !opening
            && state.home.is_none()
            && text[..span.start].ends_with('在')
            && state.company.as_ref().is_some_and(|(_, end)| *end <= span.start);
        // (公司宁德基地年产…: a place naming a company's base is no topic.)
        // (东莞麻涌生产基地产能…: a town's name may stand between the place and the base.)
        let base = found.kind == EntityKind::Place && names_base(&text[span.end..]);
        if bracketed || bounds || relative || where_acts || base {
            continue;
        }
        // 东盟是厦门第一大贸易伙伴，对东盟进出口…；对美国…: in a Chinese region's report, a
        // foreign country or bloc opening a clause is a partner or a market; the figures are
        // the region's.
        let place_rank = crate::entity::place_rank;
        let foreign = place_rank(&found.name) == Some(0)
            && !matches!(found.name.as_str(), "中国" | "中华人民共和国");
        // (美国市场表现较好。对日本出口61.2亿元: a country after 对 is the market of the
        // figure; a country named before as a market is no subject of it.)
        // (…；对香港地区进出口…: so is a region of China's after 对 or 向.)
        let partner = found.kind == EntityKind::Place && text[..span.start].ends_with(['对', '向']);
        let foreign_subject = state
            .subject
            .as_deref()
            .is_some_and(|s| place_rank(s) == Some(0) && !matches!(s, "中国" | "中华人民共和国"));
        let home_region = state.home.as_deref().and_then(place_rank).is_some_and(|h| h > 0);
        if partner && foreign_subject {
            // (东盟为第一大贸易伙伴，…；对美国…: the region's again, where it has one.)
            state.subject = state.home.clone().filter(|_| home_region);
            state.subject_local = false;
            state.subject_part = false;
            state.subject_at = span;
            continue;
        }
        if foreign && home_region {
            // 东盟为我省第一大贸易伙伴，进出口487.3亿元: a partner declared as such opening
            // the clause is the subject of the figures after it, to its sentence's end (the
            // region's own figures are told apart from it no other way).
            if opens_clause(text, span.start) && !listed && declares_partner(&text[span.end..]) {
                state.subject = Some(found.name.clone());
                state.subject_local = true;
                state.subject_part = true;
                state.subject_at = span;
            } else if opens_clause(text, span.start) {
                state.subject.clone_from(&state.home);
                state.subject_local = false;
                state.subject_at = span;
            }
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
        // (…；新开放的某景区接待游客…: a park after a short phrase closed by 的 heads its
        // noun phrase, and opens the clause as the park alone would.)
        let attributed =
            || found.kind == EntityKind::Park && attributive_opens(text, entities, span.start);
        if !listed && (narrows || opens_clause(text, span.start) || attributed()) {
            // A park or town first named after its region (or its scope, 全市) and after
            // figures of no one's (a county's report reaching its industrial park) is named
            // in passing, not the article's own.
            // (So is one named after the figures of the article's company: 某港口集团完成…。
            // 分港区看，某港区完成…: a part of the company's.)
            let after_company = state.company.as_ref().is_some_and(|(_, end)| *end <= span.start);
            let passing = local
                && !opening
                && (state.region_named || state.region_scope_at < span.start || after_company);
            let first = state.home.is_none() && state.subject.is_none() && !passing;
            // 其中美国FDA批件11个: the place of a part names that part only.
            // (其中省会某市: the place's role between 其中 and its name.)
            let lead = PLACE_DESCRIPTORS
                .suffix(&text[..span.start])
                .map_or(span.start, |(w, _)| span.start - w.len());
            let part = after_qizhong(text, lead);
            // (香港…；韩国…；日本、德国…分别…: one member of a breakdown by place is the
            // subject of its own statement, to its sentence's end, and never the text's
            // region.)
            let member =
                !narrows && !part && breakdown_member(text, entities, *idx - 1, span, &found.name);
            let part = part || member;
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

/// Whether the place `name` at `span` (mention `at`) opens a statement of a breakdown by
/// place: a statement of its sentence parted from its own by a semicolon opens with another
/// place of its rank or above (香港…；韩国…, 甲市…；乙市…; not 某市…；某区…, one of its parts),
/// or, for a country, with any other place (…；泰国…).
/// Read within the sentence, at most 200 characters either way.
fn breakdown_member(text: &str, entities: &Entities, at: usize, span: NSpan, name: &str) -> bool {
    let Some(rank) = crate::entity::place_rank(name) else { return false };
    let ends = ['。', '！', '？', '\n'];
    let ahead = &text[span.end..crate::span::ceil_char_boundary(text, span.end + 200 * 3)];
    let end = span.end + ahead.find(ends).unwrap_or(ahead.len());
    let from = crate::span::ceil_char_boundary(text, span.start.saturating_sub(200 * 3));
    let back = &text[from..span.start];
    let start = back
        .rfind(ends)
        .map_or(from, |i| from + i + back[i..].chars().next().map_or(0, char::len_utf8));
    let after_semicolon = |s: usize| text[..clause_start(text, 0, s)].ends_with(['；', ';']);
    // (The sentence's first statement opens at its start.)
    let opens_statement = |s: usize| after_semicolon(s) || clause_start(text, 0, s) <= start;
    let sibling = |&(s, e): &(NSpan, usize)| {
        let f = &entities.list[e];
        f.kind == EntityKind::Place
            && f.name != name
            // (A country's are all others: none is a part of it.)
            && crate::entity::place_rank(&f.name).is_some_and(|r| r <= rank || rank == 0)
            && opens_statement(s.start)
            && opens_clause(text, s.start)
    };
    let later = entities.mentions.get(at + 1..).unwrap_or(&[]);
    let earlier = entities.mentions.get(..at).unwrap_or(&[]);
    later.iter().take_while(|(s, _)| s.start < end).any(sibling)
        || after_semicolon(span.start)
            && earlier.iter().rev().take_while(|(s, _)| s.start >= start).any(sibling)
}

/// Words of a trading partner's role (贸易伙伴, 出口市场, 进口来源地).
static PARTNER_ROLES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/partner_roles.txt")));

/// Whether `after`, the text after a place, declares it a partner or market: 为, 是 or 成为
/// (仍, 继续 before them allowed) and, in the same clause of 24 characters at most, a word
/// of the role (为我省第一大贸易伙伴, 仍是全市最大出口市场).
fn declares_partner(after: &str) -> bool {
    let near = &after[..crate::span::ceil_char_boundary(after, 24 * 3)];
    let clause = &near[..near.find(crate::sentence::is_clause_sep).unwrap_or(near.len())];
    let verb = ["仍", "继续", "已"].iter().find_map(|a| clause.strip_prefix(a)).unwrap_or(clause);
    let declared = ["为", "是", "成为", "稳居"].iter().any(|v| verb.starts_with(v));
    declared && PARTNER_ROLES.occurs_in(clause)
}

/// Whether `at` starts a line (blanks before it allowed).
pub(super) fn starts_line(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t', '\u{3000}']);
    before.is_empty() || before.ends_with('\n')
}

/// Endings of a heading that names targets (二、2025年目标, 主要预期目标, 发展目标任务).
pub(super) const TARGET_HEADINGS: [&str; 3] = ["目标", "目标任务", "主要指标预期"];

/// Whether `sentence` is a heading: a short line of its own with no clause mark in it,
/// numbered or not (二、2025年目标; 2015年主要预期目标).
pub(super) fn heading_line(text: &str, sentence: NSpan) -> bool {
    let own = &text[sentence.start..sentence.end];
    let after = text[sentence.end..].trim_start_matches([' ', '\t', '\u{3000}']);
    starts_line(text, sentence.start)
        && (after.is_empty() || after.starts_with('\n'))
        && own.chars().count() <= 20
        && !own.contains(['，', '。', '；', '：', ',', ';', ':'])
}

/// Words of a place's role written right before its name (省会, 首府, 县城).
pub(super) static PLACE_DESCRIPTORS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/place_descriptors.txt")));

/// Whether `at` starts a clause, allowing a time expression or 其中/全市 before it.
fn opens_clause(text: &str, at: usize) -> bool {
    let start = clause_start(text, 0, at);
    // 某公司（简称“某某”）在某工业园建设…: a short-name declaration closes no clause; the
    // place after it is where the company acts.
    if let Some(head) = text[..start].strip_suffix(['）', ')']) {
        let from = crate::span::ceil_char_boundary(head, head.len().saturating_sub(60));
        if head[from..].rfind(['（', '(']).is_some_and(|o| head[from + o..].contains("简称")) {
            return false;
        }
    }
    let mut head = &text[start..at];
    let times = if period::occurs_in(head) { period::find(head) } else { Vec::new() };
    for t in times.iter().rev() {
        if t.span.end == head.len() {
            head = &head[..t.span.start];
        }
    }
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || c == '“');
    // (其中省会某市增长…, 首府某市地区生产总值…: a word of the place's role before it
    // describes the place, which still opens the clause.)
    let head = PLACE_DESCRIPTORS.suffix(head).map_or(head, |(w, _)| &head[..head.len() - w.len()]);
    // (预计全年盐田港区…, 力争某园区…: a forecast's or target's word before the name leaves
    // it the clause's subject.)
    static OPENERS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/subject_openers.txt")));
    // (记者从某开发区获悉，该区…, 记者日前从某县了解到: the source a reporter heard from is
    // the place the sentence reports on.)
    let source = head.starts_with("记者") && head.ends_with('从') && head.chars().nth(6).is_none();
    head.is_empty() || OPENERS.contains(head) || source
}

/// Whether what stands between the clause's start and `at` is a short attributive phrase
/// closed by 的 (新开放的, 新设立的), of Han characters and naming no entity: the name at `at`
/// heads the phrase the clause opens with.
fn attributive_opens(text: &str, entities: &Entities, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix('的') else { return false };
    let start = clause_start(text, 0, at);
    let Some(phrase) = text.get(start..head.len()) else { return false };
    (1..=6).contains(&phrase.chars().count())
        && phrase.chars().all(crate::normalize::is_han)
        && entities.within(NSpan::new(start, at)).next().is_none()
}

/// Whether an enterprise opens the clause at `cs` and ends right before the number at
/// `q_start`, or before a phase of its works there (某公司一期2万吨负极材料).
pub(super) fn subject_is_enterprise(
    text: &str,
    entities: &Entities,
    cs: usize,
    q_start: usize,
) -> bool {
    let right_before = |end: usize| {
        let between = text.get(end..q_start).unwrap_or("");
        end == q_start || super::metric::is_phase(between) || glosses_name(between)
    };
    let opens = entities
        .starting_at(cs)
        .is_some_and(|(s, e)| e.kind == EntityKind::Enterprise && right_before(s.end));
    // (某公司（以下简称“某某”）50万吨…: the clause opens after the declaration.)
    let declared = || {
        let head = &text[crate::span::ceil_char_boundary(text, cs.saturating_sub(90))..cs];
        let open = cs - head.len() + head.rfind(['（', '('])?;
        glosses_name(&text[open..cs]).then_some(())?;
        entities.ending_at(open).find(|(_, e)| e.kind == EntityKind::Enterprise)
    };
    opens || right_before(cs) && declared().is_some()
}

/// Whether `between` is only a bracket right after a name, its short form or note
/// (某公司（简称“某某”）, 某公司（某某）): nothing that stands between the name and a figure.
fn glosses_name(between: &str) -> bool {
    between.strip_prefix(['（', '(']).and_then(|b| b.strip_suffix(['）', ')'])).is_some_and(
        |inside| {
            inside.chars().count() <= 24 && !inside.contains(['（', '(', '）', ')', '，', '。'])
        },
    )
}

/// Whether `after` (the text after a place) opens a company's base or plant: 基地, 生产基地,
/// 工厂 or 厂区 right away or after a name of two characters (麻涌生产基地).
fn names_base(after: &str) -> bool {
    let at = |s: &str| crate::entity::PLANT_BASES.iter().any(|b| s.starts_with(b));
    at(after)
        || after.char_indices().nth(2).is_some_and(|(i, _)| {
            after[..i].chars().all(crate::normalize::is_han) && at(&after[i..])
        })
}
