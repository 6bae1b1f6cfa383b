//! Stage 5: entities — enterprises, organizations, parks, places and persons.
//!
//! Recognition runs offline from general evidence, in two passes:
//! 1. **Candidates** from the form of names (suffixes such as 有限公司, 管委会, 工业园区; the
//!    gazetteer of places; titles before person names) and from context (enumerations
//!    `A、B、C等重点企业`, visit lists `前往A、B`, a brand + trade word opening a clause with a
//!    capacity after it, the heads of project lists), plus user lexicons.
//! 2. **Entities and mentions**: candidates are grouped by canonical name, alias
//!    declarations (`（以下简称“开发区”）`) and place-prefixed forms (甘肃宏岳锂业 → 宏岳锂业)
//!    are merged, and every surface form is then searched in the whole text, leftmost-longest,
//!    so a name found once in a list is found everywhere, and a place inside a longer name is
//!    not a mention of the place.

mod enterprise;
pub(crate) use enterprise::{CAPACITY_LEADS, INCLUDING_WORDS};
pub(crate) mod lexicon;
mod named;
mod names;
mod person;

use crate::quantity::RawQuantity;
use crate::quantity::unit::UnitClass;
use crate::report::EntityKind;
use crate::search::{contains_short, find_short};
use crate::span::NSpan;
use crate::words::{FxMap, FxSet, Words};
use aho_corasick::{AhoCorasick, MatchKind};
use jieba_rs::Jieba;
use names::NameSet;
use std::sync::LazyLock;

/// Strips lead words (其中, 重点, 实施 …) from the start of a list item.
pub(crate) fn strip_lead(s: &str) -> &str {
    lexicon::LEXICON.strip_lead(s)
}

/// Whether `s` is a trade word (新能源, 化工): named alone, a sector.
pub(crate) fn is_trade_word(s: &str) -> bool {
    lexicon::LEXICON.trade_words.contains(s)
}

pub(crate) use named::{DISTRICT_GENERICS, bare_park_word, function_char, relation_lead};

/// The word for "the company" (公司, 该公司, 本公司; 集团 …) that `s` opens with: it names the company
/// the article is about ([`Entities::main_enterprise`]).
pub(crate) fn company_word(s: &str) -> Option<&'static str> {
    ["该公司", "本公司", "公司", "该集团", "本集团", "集团"].into_iter().find(|w| s.starts_with(w))
}

/// Words for a company's plant at a site (某公司宁德基地, 某地工厂), longest first where one
/// ends another.
pub(crate) const PLANT_BASES: [&str; 4] = ["生产基地", "基地", "工厂", "厂区"];

/// Titles a place awards or ranks by (`src/data/honour_titles.txt`).
static HONOUR_TITLES: std::sync::LazyLock<crate::words::Words> = std::sync::LazyLock::new(|| {
    crate::words::Words::parse(include_str!("../data/honour_titles.txt"))
});

/// Whether the place `name` at `span` of `text` stays in the metric after it rather than
/// being its subject: it bounds the metric ([`bounds_metric`]), or it names the level of a
/// title inside the clause, 某镇拥有中国驰名商标…、省名牌产品… (after a verb or 、; a place
/// opening its clause, 2023年，某市专精特新企业达到…, holds the titles: its subject).
pub(crate) fn place_in_metric(name: &str, text: &str, span: NSpan) -> bool {
    let after = &text[span.end..];
    bounds_metric(name, after) || inside_clause(&text[..span.start]) && opens_title(after)
}

/// Whether text ending in `before` leaves what follows inside its clause: after 、 or a
/// word, not after a separator, a time (2023年) or nothing.
pub(crate) fn inside_clause(before: &str) -> bool {
    before
        .chars()
        .next_back()
        .is_some_and(|c| c == '、' || crate::normalize::is_han(c) && !"年月日度季".contains(c))
}

/// Whether `after` opens with a title a place awards or ranks by (驰名商标, 名牌产品, 500强).
pub(crate) fn opens_title(after: &str) -> bool {
    HONOUR_TITLES.prefix(after).is_some()
}

/// Whether the place `name`, with `after` the text after it, only bounds a metric: a place
/// named with its level and then 内 or 外 (吉林省内收入, 省外销售额), neither opening a word
/// (凭祥市外贸) nor another place (河南省内乡县).
pub(crate) fn bounds_metric(name: &str, after: &str) -> bool {
    name.ends_with(['省', '市', '县', '区'])
        && after.starts_with(['内', '外'])
        && !opens_inner_word(after)
        && lexicon::LEXICON.place_prefix(after).is_none()
}

/// Whether `after`, the text after a place's level, opens with a word of 内 or 外 of its own
/// (凭祥市外贸进出口: the city's foreign trade), no inside or outside of the place.
pub(crate) fn opens_inner_word(after: &str) -> bool {
    static WORDS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/foreign_inner_words.txt")));
    WORDS.prefix(after).is_some()
}

/// Whether the place `name` is a part or a partner of an article's region rather than a
/// region of its own level: a town, village or street (镇, 乡, 街道, 村, 社区) or a foreign
/// country. Such a subject lasts for its paragraph. (An airport, station or port is often
/// what a whole report is about, and stays.)
pub(crate) fn is_local_place(name: &str) -> bool {
    const TOWN_ENDINGS: [&str; 5] = ["镇", "乡", "街道", "村", "社区"];
    TOWN_ENDINGS.iter().any(|e| name.ends_with(e))
        || (lexicon::LEXICON.place_level(name) == Some("country")
            && !["中国", "中华人民共和国"].contains(&name))
}

/// The full name of a province or city written short (河北省 of 河北, 洛阳市 of 洛阳); None
/// for a full name, a country or what the gazetteer lacks.
pub(crate) fn short_place_full_name(name: &str) -> Option<&'static str> {
    let place = lexicon::LEXICON.place_entry(name).filter(|p| p.name != name)?;
    matches!(place.level, "province" | "prefecture").then_some(place.name)
}

/// The administrative rank of the place `name`: 0 a country, 1 a province, 2 a prefecture,
/// 3 a county, 4 a town, village or street; from the gazetteer, else from the level word
/// it ends with (a 市 the gazetteer lacks is taken for a prefecture). None for other names.
pub(crate) fn place_rank(name: &str) -> Option<u8> {
    match lexicon::LEXICON.place_level(name) {
        Some("country") => return Some(0),
        Some("province") => return Some(1),
        Some("prefecture") => return Some(2),
        Some("county") => return Some(3),
        _ => {}
    }
    if is_local_place(name) {
        return Some(4);
    }
    let endings: [(&[&str], u8); 3] =
        [(&["省", "自治区"], 1), (&["市", "州", "盟", "地区"], 2), (&["县", "区", "旗"], 3)];
    endings.iter().find(|(ends, _)| ends.iter().any(|e| name.ends_with(e))).map(|&(_, r)| r)
}

/// Candidates starting at `at`, in `cands` sorted by start.
pub(crate) fn starting_at<'c, 't>(cands: &'c [Cand<'t>], at: usize) -> &'c [Cand<'t>] {
    let lo = cands.partition_point(|c| c.span.start < at);
    let hi = cands.partition_point(|c| c.span.start <= at);
    &cands[lo..hi]
}

/// Candidates ending at `at`, in `cands` sorted by start (names are short, so only a few
/// starts before `at` need a look).
pub(crate) fn ending_at<'c, 't>(
    cands: &'c [Cand<'t>],
    at: usize,
) -> impl Iterator<Item = &'c Cand<'t>> {
    let lo = cands.partition_point(|c| c.span.start + 200 < at);
    let hi = cands.partition_point(|c| c.span.start < at);
    cands[lo..hi].iter().filter(move |c| c.span.end == at)
}

/// One piece of evidence for an entity. Names borrow the text or the word lists: the
/// strings are copied only into the final `Found`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cand<'t> {
    pub span: NSpan,
    pub kind: EntityKind,
    /// Canonical name this evidence points to.
    pub name: &'t str,
    /// The form in the text.
    pub surface: &'t str,
    pub title: Option<&'t str>,
}

impl<'t> Cand<'t> {
    pub(crate) fn new(span: NSpan, kind: EntityKind, name: &'t str, surface: &'t str) -> Cand<'t> {
        Cand { span, kind, name, surface, title: None }
    }
}

/// An entity with its mentions in the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub mentions: Vec<NSpan>,
    pub title: Option<String>,
    /// First named as another's subsidiary (控股子公司某公司): never the company a report is
    /// about, however often named.
    pub subsidiary: bool,
}

/// The entities of a text and an index of all mentions by position.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entities {
    pub list: Vec<Found>,
    /// (mention, index into `list`), sorted by position.
    pub mentions: Vec<(NSpan, usize)>,
    /// For each block of the text's bytes, how many mentions start before it: the
    /// positional lookups, asked hundreds of thousands of times, search one block's few
    /// mentions, not all of them (see [`Entities::first_from`]).
    blocks: Vec<u32>,
    /// The article's company (index into `list`, where its name first ends), found once
    /// when first asked: see [`Entities::article_company`].
    company: std::cell::OnceCell<Option<(usize, usize)>>,
}

/// log2 of the bytes of a block of [`Entities::blocks`]: about one mention a block.
const BLOCK_SHIFT: u32 = 6;

impl Entities {
    fn new(list: Vec<Found>, mentions: Vec<(NSpan, usize)>, text_len: usize) -> Entities {
        // (One block past the text's end: every position of it has its block's end.)
        let count = (text_len >> BLOCK_SHIFT) + 2;
        let mut blocks = Vec::with_capacity(count);
        let mut before = 0;
        for b in 0..count {
            let from = b << BLOCK_SHIFT;
            before += mentions[before..].iter().take_while(|(s, _)| s.start < from).count();
            blocks.push(before as u32);
        }
        Entities { list, mentions, blocks, company: std::cell::OnceCell::new() }
    }

    /// The index of the first mention starting at `at` or after it:
    /// `mentions.partition_point(|(s, _)| s.start < at)`.
    fn first_from(&self, at: usize) -> usize {
        let b = at >> BLOCK_SHIFT;
        match (self.blocks.get(b), self.blocks.get(b + 1)) {
            (Some(&lo), Some(&hi)) => {
                let (lo, hi) = (lo as usize, hi as usize);
                lo + self.mentions[lo..hi].iter().take_while(|(s, _)| s.start < at).count()
            }
            // (Past the text: all are searched.)
            _ => self.mentions.partition_point(|(s, _)| s.start < at),
        }
    }

    /// The mention that starts exactly at `at`.
    pub(crate) fn starting_at(&self, at: usize) -> Option<(NSpan, &Found)> {
        let i = self.first_from(at);
        self.mentions.get(i).filter(|(s, _)| s.start == at).map(|(s, e)| (*s, &self.list[*e]))
    }

    /// The mention that starts before `at` and ends after it, if the one starting last does.
    pub(crate) fn around(&self, at: usize) -> Option<NSpan> {
        let i = self.first_from(at);
        let (s, _) = self.mentions.get(i.checked_sub(1)?)?;
        (s.end > at).then_some(*s)
    }

    /// Mentions that end exactly at `at`.
    pub(crate) fn ending_at(&self, at: usize) -> impl Iterator<Item = (NSpan, &Found)> {
        let lo = self.first_from(at.saturating_sub(200));
        let hi = self.first_from(at);
        self.mentions[lo..hi]
            .iter()
            .filter(move |(s, _)| s.end == at)
            .map(|(s, e)| (*s, &self.list[*e]))
    }

    /// The enterprise the text is about, which 公司 alone refers to: the one mentioned most
    /// (the first of those).
    pub(crate) fn main_enterprise(&self) -> Option<&Found> {
        let first = |e: &Found| e.mentions.first().map_or(usize::MAX, |m| m.start);
        self.list
            .iter()
            .filter(|e| e.kind == EntityKind::Enterprise)
            .max_by_key(|e| (!e.subsidiary, e.mentions.len(), std::cmp::Reverse(first(e))))
    }

    /// The article's company, what 公司 alone names, and where its name first ends: the one
    /// the text declares to be 公司, else the one its title names, else the one it names most.
    /// `text` is the normalized text the entities were found in; the answer is kept.
    pub(crate) fn article_company(&self, text: &str) -> Option<(&Found, usize)> {
        let found = *self.company.get_or_init(|| {
            let (e, end) =
                self.declared_company(text).or_else(|| self.title_company(text)).or_else(|| {
                    let e = self.main_enterprise()?;
                    Some((e, e.mentions.first()?.end))
                })?;
            Some((self.list.iter().position(|f| std::ptr::eq(f, e))?, end))
        });
        found.map(|(i, end)| (&self.list[i], end))
    }

    /// What 集团 alone names, and where that name first ends: the article's company when it
    /// is a group (its name says 集团, or the text declares it 集团), else the group the text
    /// names (the one named most, the first of those), else the article's company. (A
    /// subsidiary is no 集团, however often its declared short name is repeated.)
    pub(crate) fn group_company(&self, text: &str) -> Option<(&Found, usize)> {
        let company = self.article_company(text);
        let group = |e: &Found| e.kind == EntityKind::Enterprise && e.name.contains("集团");
        if company.is_some_and(|(e, _)| group(e)) || self.declared_company(text).is_some() {
            return company;
        }
        let first = |e: &Found| e.mentions.first().map_or(usize::MAX, |m| m.start);
        self.list
            .iter()
            .filter(|e| group(e) && !e.subsidiary)
            .max_by_key(|e| (e.mentions.len(), std::cmp::Reverse(first(e))))
            .and_then(|e| Some((e, e.mentions.first()?.end)))
            .or(company)
    }

    /// The enterprise a prospectus or report declares to be 公司 or 集团 (甲股份有限公司（以下
    /// 简称“甲”或“公司”）), and where that name ends: what 公司 alone names, however often
    /// others are named (its customers, its subsidiaries).
    fn declared_company(&self, text: &str) -> Option<(&Found, usize)> {
        for word in ["“公司”", "“本公司”", "“发行人”", "“集团”", "“本集团”"]
        {
            let Some(at) = text.find(word) else { continue };
            let from = crate::span::ceil_char_boundary(text, at.saturating_sub(60));
            let Some(open) = text[from..at].rfind(['（', '(']).map(|i| from + i) else { continue };
            if !text[open..at].contains("简称") {
                continue;
            }
            let named = self.ending_at(open).find(|(_, e)| e.kind == EntityKind::Enterprise);
            if let Some((span, e)) = named {
                return Some((e, span.end));
            }
        }
        None
    }

    /// The enterprise a report's or a story's title names (甲股份有限公司2011年年度报告摘要,
    /// 甲公司拟收购乙公司…): what 公司 alone names, however often its subsidiaries or the
    /// companies it buys are named after.
    fn title_company(&self, text: &str) -> Option<(&Found, usize)> {
        let lead = text.len() - text.trim_start().len();
        let title_end = lead + text[lead..].find('\n')?;
        let (span, e) = self
            .within(NSpan::new(0, title_end))
            .find(|(_, e)| e.kind == EntityKind::Enterprise)
            // (A registered name: a short one in a headline is as often a false reading,
            // unless it is the short form of a registered name the text states, 甲材拟收购…
            // over 甲新材料股份有限公司（证券简称：甲材）.)
            .filter(|(_, e)| ["公司", "集团"].iter().any(|s| e.name.ends_with(s)))?;
        Some((e, span.end))
    }

    /// The names of the entities of one kind, as a set.
    pub(crate) fn names(&self, kind: EntityKind) -> FxSet<&str> {
        self.list.iter().filter(|e| e.kind == kind).map(|e| e.name.as_str()).collect()
    }

    /// The entity of the last mention before `at` (of the last 200) for which `pred` holds.
    pub(crate) fn last_before(&self, at: usize, pred: impl Fn(&Found) -> bool) -> Option<&Found> {
        self.last_mention_before(at, |_, e| pred(e))
    }

    /// As [`Entities::last_before`], with each mention's span given to `pred`.
    pub(crate) fn last_mention_before(
        &self,
        at: usize,
        pred: impl Fn(NSpan, &Found) -> bool,
    ) -> Option<&Found> {
        let i = self.first_from(at);
        self.mentions[..i]
            .iter()
            .rev()
            .take(200)
            .map(|(s, e)| (*s, &self.list[*e]))
            .find(|&(s, e)| pred(s, e))
            .map(|(_, e)| e)
    }

    /// Whether a mention covers the byte at `at` (the 都 of 成都, of 银都冶炼).
    pub(crate) fn covers(&self, at: usize) -> bool {
        let i = self.first_from(at + 1);
        // (A name's alias may be found inside it: look a few mentions back.)
        self.mentions[..i].iter().rev().take(4).any(|(s, _)| s.end > at)
    }

    /// 甲集团与乙公司合资设立丙有限公司，总投资…，年产…: the last enterprise in `range` that a
    /// founding verb right before it sets up, which acts in the clauses after (its founders
    /// only set it up).
    pub(crate) fn founded_in(&self, text: &str, range: NSpan) -> Option<&Found> {
        static FOUNDING_ACTS: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("../data/founding_acts.txt")));
        self.within(range)
            .filter(|(s, e)| {
                e.kind == EntityKind::Enterprise
                    && text.get(..s.start).is_some_and(|h| FOUNDING_ACTS.suffix(h).is_some())
            })
            .last()
            .map(|(_, e)| e)
    }

    /// Mentions inside `range`.
    pub(crate) fn within(&self, range: NSpan) -> impl Iterator<Item = (NSpan, &Found)> {
        let i = self.first_from(range.start);
        self.mentions[i..]
            .iter()
            .take_while(move |(s, _)| s.start < range.end)
            .filter(move |(s, _)| s.end <= range.end)
            .map(|(s, e)| (*s, &self.list[*e]))
    }
}

/// User-supplied names (builder lexicons).
#[derive(Clone, Debug, Default)]
pub(crate) struct UserNames {
    pub names: Vec<(String, EntityKind)>,
    pub automaton: Option<AhoCorasick>,
}

impl UserNames {
    pub(crate) fn new(names: Vec<(String, EntityKind)>) -> UserNames {
        let automaton = (!names.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(names.iter().map(|(n, _)| n.as_str()))
                .unwrap_or_else(|e| panic!("user names automaton: {e}"))
        });
        UserNames { names, automaton }
    }
}

/// The place a name opens with, written with its level (洛阳市 of 洛阳市统计局), if any; of
/// a local bureau, after the national one it belongs to (国家税务总局洛阳市税务局).
pub(crate) fn leading_place(name: &str) -> Option<&str> {
    let name = name.find("总局").map_or(name, |k| &name[k + "总局".len()..]);
    let len = lexicon::LEXICON.place_prefix(name)?;
    let place = &name[..len];
    (len < name.len() && place.ends_with(['省', '市', '县', '区', '州', '旗', '盟']))
        .then_some(place)
}

/// The place a branch is named by, written with its level (绵阳市 of 人民银行绵阳市中心支行).
pub(crate) fn branch_place(name: &str) -> Option<&str> {
    let head = named::BRANCHES.iter().find_map(|b| name.strip_suffix(b))?;
    let lex = &*lexicon::LEXICON;
    head.char_indices().map(|(i, _)| &head[i..]).find(|place| {
        place.chars().nth(1).is_some()
            && place.ends_with(['省', '市', '县', '区', '州'])
            && lex.place_prefix(place) == Some(place.len())
    })
}

/// Recognizes the entities of normalized `text`.
pub(crate) fn recognize(
    text: &str,
    quantities: &[RawQuantity],
    project_lists: &[Vec<NSpan>],
    user: &UserNames,
    jieba: &Jieba,
) -> Entities {
    let hits = lexicon::LEXICON.hits(text);
    let mut named = Vec::new();
    named::places(text, &hits, jieba, &mut named);
    let lead = named::Leading::new(text, jieba);
    named::by_suffix(text, &hits, &lead, &mut named);
    if let Some(ac) = &user.automaton {
        for m in ac.find_iter(text) {
            let (name, kind) = &user.names[m.pattern().as_usize()];
            named.push(Cand::new(NSpan::new(m.start(), m.end()), *kind, name, name));
        }
    }
    // Sorted by start: the context recognizers look candidates up by position.
    named.sort_by_key(|c| c.span.start);
    let mut cands = Vec::new();
    enterprise::enumerations(text, &hits, &named, &lead, &mut cands);
    enterprise::visit_lists(text, &hits, &named, &lead, &mut cands);
    enterprise::before_capacities(text, quantities, &lead, &mut cands);
    enterprise::shapes(text, &hits, &named, jieba, &mut cands);
    enterprise::drivers(text, &hits, &named, jieba, &mut cands);
    enterprise::investors(text, jieba, &mut cands);
    enterprise::based_brands(text, &named, jieba, &mut cands);
    enterprise::power_plants(text, &named, jieba, &mut cands);
    if !project_lists.is_empty() {
        // The enterprises found so far, by the form in the text.
        let known: FxSet<&str> = named
            .iter()
            .chain(&cands)
            .filter(|c| c.kind == EntityKind::Enterprise)
            .map(|c| c.surface)
            .collect();
        enterprise::project_heads(text, project_lists, &known, &lead, &mut cands);
    }
    person::persons(text, &hits, jieba, &mut cands);
    named.extend(cands);
    // “滹沱医药人才贷”: a name opening a quoted word that runs on is that word's part (a
    // product's, a programme's); 滹沱医药园: a brand shape before 园 is a park's head. Neither
    // names an enterprise.
    // (A name is read once however often it is found: the answers are kept by name.)
    let mut clause_words: FxMap<&str, bool> = FxMap::default();
    named.retain(|c| {
        let after = &text[c.span.end..];
        let quoted =
            text[..c.span.start].ends_with('“') && after.starts_with(crate::normalize::is_han);
        let class = match c.kind {
            // (某某康养度假区项目一期已开门迎客: a park's name before 项目 names the project
            // building it; a park named elsewhere alone stays one.)
            // (南昌高新技术产业开发区项目建设: a zone of government's before 项目 names the
            // projects in it, and stays a park.)
            EntityKind::Park => {
                counted_after(text, quantities, c.span.end)
                    || urban_part(c.name)
                    || after.starts_with("项目") && ZONE_ENDINGS.suffix(c.name).is_none()
            }
            // 临港物流项目9个, 智能装备企业5家: a name ending in a trade word before the class
            // word of what is counted names that kind, no enterprise (a registered name, ending
            // in its suffix, stays one).
            EntityKind::Enterprise => {
                let head = ["项目", "企业"]
                    .iter()
                    .find(|w| after.starts_with(*w))
                    .filter(|_| lexicon::LEXICON.trade_ending(c.surface).is_some());
                counted_after(text, quantities, c.span.end + head.map_or(0, |w| w.len()))
            }
            _ => false,
        };
        !class
            && (c.kind != EntityKind::Enterprise
                || !(quoted
                    || after.starts_with('园')
                    || *clause_words
                        .entry(c.surface)
                        .or_insert_with(|| opens_with_verb(c.surface, jieba))))
    });
    merge(text, &hits, named, jieba)
}

/// Whether a name read as an enterprise's is a clause's words in jieba's reading, no brand:
/// a verb and the bare word 公司 (确认公司在…中标), or, over five characters or more, an
/// adjective or adverb and a verb opening it (稳妥处置中小银行, 新引育软件). (A verb may open
/// a brand with a suffix of its own: 振兴集团, 建发集团.)
fn opens_with_verb(name: &str, jieba: &Jieba) -> bool {
    // (Most names open with neither: the long ones and those ending in 公司 are asked.)
    let long = name.chars().nth(4).is_some();
    let bare_company = name.ends_with("公司") && name.chars().nth(4).is_none();
    if !(long || bare_company) || name.ends_with("有限公司") {
        return false;
    }
    let tags = jieba.tag(name, true);
    match tags.as_slice() {
        [first, rest] if bare_company => first.tag == "v" && rest.word == "公司",
        [first, second, ..] if long => matches!(first.tag, "a" | "ad" | "d") && second.tag == "v",
        _ => false,
    }
}

/// Whether `name` is a part of a city named by its direction alone (城南片区, 东部片区): an
/// urban district, no park.
fn urban_part(name: &str) -> bool {
    let Some(head) = name.strip_suffix("片区") else { return false };
    let mut chars = head.chars();
    let (Some(a), Some(b), None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    let direction = |c: char| "东南西北中".contains(c);
    a == '城' && direction(b) || direction(a) && "城部".contains(b)
}

/// Words that may stand between a counted noun and its count (合作社达到186家).
static COUNT_LINKS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/count_links.txt")));

/// Whether a count of units (家, 个, 户 …) closing its clause follows `at`, right after it or
/// after one of [`COUNT_LINKS`]: the name before is the counted class (芒果种植专业合作社
/// 186家, 货运航空公司达到30家以上, 质量安全示范区7个), not one enterprise or park.
fn counted_after(text: &str, quantities: &[RawQuantity], at: usize) -> bool {
    // (文化产业园区（基地）32个: a bracketed second class word of the count may follow.)
    let at = at + aside_len(&text[at..]);
    let rest = &text[at..];
    let link = COUNT_LINKS.prefix(rest).map_or(0, |(w, ())| w.len());
    let from = at + link;
    // (A qualifier, 近 or 超过, may open the quantity's span.)
    let i = quantities.partition_point(|q| q.span.start < at);
    quantities.get(i).is_some_and(|q| {
        (q.span.start == at || q.core.start == from)
            && q.class == UnitClass::Count
            && q.unit.starts_with(['家', '个', '户', '所', '座', '处'])
            // (铁山港西港区2个10万吨级泊位: a count with its noun after it counts that noun.)
            && !text[q.span.end..]
                .starts_with(|c: char| crate::normalize::is_han(c) || c.is_alphanumeric())
    })
}

/// The length of a short bracketed aside of Han characters opening `s` (（基地）), else 0.
fn aside_len(s: &str) -> usize {
    let Some(inner) = s.strip_prefix('（') else { return 0 };
    let n = inner.chars().take(7).take_while(|&c| crate::normalize::is_han(c)).count();
    let close = inner.char_indices().nth(n).filter(|&(_, c)| c == '）');
    match close {
        Some((i, _)) if (1..=6).contains(&n) => '（'.len_utf8() + i + '）'.len_utf8(),
        _ => 0,
    }
}

/// Whether `at` is inside the title of a newspaper (《中国证券报》, 《湖南日报》): a short title
/// ending in 报, opened at most 8 characters before `at`. (A bulletin's title, 《2023年江西省
/// 国民经济和社会发展统计公报》, names the region it reports on.)
fn in_newspaper_title(text: &str, at: usize) -> bool {
    let from = crate::span::ceil_char_boundary(text, at.saturating_sub(8 * 3));
    let to = crate::span::ceil_char_boundary(text, (at + 10 * 3).min(text.len()));
    let (before, after) = (&text[from..at], &text[at..to]);
    let Some(open) = before.rfind('《') else { return false };
    let Some(close) = after.find('》') else { return false };
    let title = [&before[open + '《'.len_utf8()..], &after[..close]].concat();
    title.chars().count() <= 8 && title.ends_with('报') && !title.contains(['》', '\n'])
}

/// Evidence priority when one surface form has several readings.
fn priority(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Organization | EntityKind::Park => 0,
        EntityKind::Enterprise => 1,
        EntityKind::Person => 2,
        EntityKind::Place => 3,
    }
}

/// An entity: its kind and canonical name.
type Key<'t> = (EntityKind, &'t str);

/// Surface form -> the entity it names.
type Surfaces<'t> = FxMap<&'t str, Key<'t>>;

/// An entity while its mentions are collected.
struct Building<'t> {
    key: Key<'t>,
    aliases: Vec<&'t str>,
    mentions: Vec<NSpan>,
    /// How many mentions it has: `mentions` is filled once all are counted.
    count: usize,
}

fn merge<'t>(
    text: &'t str,
    hits: &lexicon::Hits,
    mut cands: Vec<Cand<'t>>,
    jieba: &Jieba,
) -> Entities {
    // A stable sort: the named candidates come sorted by start, so it finds them in order
    // and moves few (cheaper than sorting keys with indices and permuting).
    cands.sort_by_key(|c| (c.span.start, priority(c.kind)));
    let mut by_surface: Surfaces = FxMap::default();
    by_surface.reserve(cands.len());
    let mut titles: FxMap<Key, &str> = FxMap::default();
    for c in cands.iter().filter(|c| c.kind != EntityKind::Place) {
        let key = (c.kind, c.name);
        by_surface.entry(c.surface).or_insert(key);
        // Most names are their surface: the second lookup would find the first.
        if c.name != c.surface {
            by_surface.entry(c.name).or_insert(key);
        }
        if let Some(t) = c.title {
            titles.entry(key).or_insert(t);
        }
    }
    for c in cands.iter().filter(|c| c.kind == EntityKind::Place) {
        by_surface.entry(c.surface).or_insert((c.kind, c.name));
    }
    declared_aliases(text, hits, &cands, &mut by_surface);
    if text.contains("证券简称") {
        stock_abbreviations(text, &cands, &mut by_surface);
    }
    short_forms_of_registered_names(text, &cands, jieba, &mut by_surface);
    group_short_forms(&cands, &mut by_surface);
    abbreviated_groups(&cands, &mut by_surface);
    let mut brands = brand_forms(text, &cands, jieba, &mut by_surface);
    registered_bodies(&cands, &mut by_surface, &mut brands);
    place_prefixed_bodies(&cands, &mut by_surface);
    level_free_forms(&cands, &mut by_surface);
    autonomous_and_parent_forms(&cands, &mut by_surface);
    park_abbreviations(text, &cands, &mut by_surface);
    zones_opening_parks(&cands, &mut by_surface);
    org_abbreviations(&cands, &mut by_surface);
    bare_park_bodies(&cands, &mut by_surface);
    bank_branches(&cands, &mut by_surface);
    bracketed_place_forms(text, &cands, jieba, &mut by_surface);
    bracketed_short_forms(text, &cands, &mut by_surface);
    bracketed_full_names(text, &cands, &mut by_surface);
    bracketed_park_names(text, &cands, &mut by_surface);
    airport_short_forms(text, &cands, &mut by_surface);
    bare_suffix_aliases(text, &cands, &mut by_surface);
    generic_group_forms(&cands, jieba, &mut by_surface);
    follow_alias_chains(&mut by_surface);

    // Every surface form, searched leftmost-longest over the whole text (the forms are
    // distinct, so their order does not matter).
    let surfaces: Vec<(&str, Key)> = by_surface.into_iter().collect();
    let names = NameSet::new(surfaces.iter().map(|(s, _)| *s));
    let mut index: FxMap<Key, usize> = FxMap::default();
    let mut list: Vec<Building> = Vec::new();
    let mut mentions = Vec::new();
    // The entity of each surface form, looked up by key once per form, not per mention.
    let mut entity_of = vec![usize::MAX; surfaces.len()];
    let matches: Vec<(usize, usize, usize)> = names.find_iter(text).collect();
    let nested = zones_inside_parks(&surfaces, &matches);
    // A brand with a level after it anywhere (禾丰 of 禾丰县, 柴川 of 柴川市) is a place's
    // name, not the enterprise's.
    // (澄湖全区: so is one before a scope over the place, 全 and a level.)
    let level = |end: usize| {
        let after = &text[end..];
        let levels = ['省', '市', '县', '区', '州', '镇', '乡', '村', '旗'];
        after.starts_with(levels) || after.strip_prefix('全').is_some_and(|a| a.starts_with(levels))
    };
    let place_named: FxSet<usize> = if brands.is_empty() {
        FxSet::default()
    } else {
        matches
            .iter()
            .filter(|&&(_, end, id)| brands.contains_key(surfaces[id].0) && level(end))
            .map(|&(_, _, id)| id)
            .collect()
    };
    let titled = text.contains('《');
    // Surface form -> id, built only when a brand form is passed over.
    let mut ids: Option<FxMap<&str, usize>> = None;
    for (start, mut end, mut id) in matches {
        // A form found elsewhere (中国 of 中国科学技术大学) is no mention inside 其中.
        if named::opens_in_set_phrase(text, start) {
            continue;
        }
        // A brand names its registered name only once that has been written (a headline's
        // 贵州交通建设 before 贵州交通建设集团有限公司 is a phrase; its place still is one).
        if !brands.is_empty()
            && brands
                .get(surfaces[id].0)
                .is_some_and(|&from| start < from || place_named.contains(&id))
        {
            let ids = ids.get_or_insert_with(|| {
                surfaces.iter().enumerate().map(|(i, (s, _))| (*s, i)).collect()
            });
            let place = lexicon::LEXICON.place_prefix(surfaces[id].0);
            match place.and_then(|len| ids.get(&text[start..start + len]).map(|&i| (len, i))) {
                Some((len, place_id)) => (end, id) = (start + len, place_id),
                None => continue,
            }
        }
        // 某市石化产业: a company named by its city and trade, before 产业 or 行业, is the
        // city's industry there: the city is the mention (when the text names it). (Not
        // another name a place opens: 中国移动产业链, 宁德时代产业链.)
        let industry = text[end..].starts_with("产业") || text[end..].starts_with("行业");
        if industry && surfaces[id].1.0 == EntityKind::Enterprise {
            let surface = surfaces[id].0;
            let city_trade = lexicon::LEXICON
                .place_prefix(surface)
                .filter(|&len| enterprise::is_company_trade(&surface[len..]));
            if let Some(len) = city_trade {
                let ids = ids.get_or_insert_with(|| {
                    surfaces.iter().enumerate().map(|(i, (s, _))| (*s, i)).collect()
                });
                match ids.get(&text[start..start + len]) {
                    Some(&place_id) => (end, id) = (start + len, place_id),
                    None => continue,
                }
            }
        }
        let (mut surface, key) = surfaces[id];
        // 凌云大厦, 澄湖智谷: a brand form before a landmark's word names the building or
        // quarter, no mention of the company (unless the owner's name goes on so).
        if key.0 == EntityKind::Enterprise && brands.contains_key(surface) {
            let landmark = LANDMARK_WORDS
                .prefix(&text[end..])
                .is_some_and(|(w, _)| !key.1.contains([surface, w].concat().as_str()));
            if landmark {
                continue;
            }
        }
        // 瑞博电驱 of 某某瑞博电驱动系统有限公司, where the brand form is 瑞博电: a form the text
        // writes as the start of one longer word, run on with the name's next characters, is
        // that word (the form alone would cut it).
        if brands.contains_key(surface) && key.0 == EntityKind::Enterprise {
            let word_end = brand_word_end(text, start, end, surface, key.1, jieba);
            if word_end > end {
                end = word_end;
                surface = &text[start..end];
            }
        }
        // 杭州市区: the city's urban districts (市区) hold its 市; the city is named without.
        // (江西省属企业: so do the enterprises a level owns, 省属, 市属.)
        let after = &text[end..];
        let urban =
            surface.ends_with('市') && after.starts_with('区') && !after.starts_with("区县");
        let owned = surface.ends_with(['省', '市', '县']) && after.starts_with('属');
        // (潍坊市场主体: and the market, 市场, its 市.)
        let market = surface.ends_with('市') && after.starts_with('场');
        if key.0 == EntityKind::Place && (urban || owned || market) {
            end -= surface.chars().next_back().map_or(0, char::len_utf8);
        }
        // 在全国国家级高新区综合评价中: a zone word after a level of zones in the whole
        // country or province names the class, no mention of the text's park.
        // (全省高新区平均水平, 获批国家级经济技术开发区: so does a park's bare suffix after a
        // scope or a level.)
        if key.0 == EntityKind::Park
            && (zone_class_before(&text[..start]) || kind_of_park(&text[..start], surface))
        {
            continue;
        }
        // 公司新获中国驰名商标, 入选中国500强: a place naming a title's level inside its clause
        // is part of the title's name, no place written about (a place opening its clause,
        // 某市驰名商标达到…, holds the titles and stays).
        if key.0 == EntityKind::Place && inside_clause(&text[..start]) && opens_title(&text[end..])
        {
            continue;
        }
        // 《中国证券报》: a place in a newspaper's name is no place written about.
        if titled && key.0 == EntityKind::Place && in_newspaper_title(text, start) {
            continue;
        }
        // 台湾同胞: visitors named by their origin, wherever the place is named too; 湖北日报讯:
        // a medium named after it.
        if key.0 == EntityKind::Place
            && (named::compatriots_after(&text[end..]) || named::names_medium(&text[end..]))
        {
            continue;
        }
        if entity_of[id] == usize::MAX {
            entity_of[id] = *index.entry(key).or_insert_with(|| {
                list.push(Building { key, aliases: Vec::new(), mentions: Vec::new(), count: 0 });
                list.len() - 1
            });
        }
        let i = entity_of[id];
        let span = NSpan::new(start, end);
        let e = &mut list[i];
        e.count += 1;
        if surface != e.key.1 && !e.aliases.contains(&surface) {
            e.aliases.push(surface);
        }
        mentions.push((span, i));
    }
    // (A zone named inside a park's name is an entity with that mention, which reads as
    // no one's subject: the park is.)
    let mut inner = Vec::with_capacity(nested.len());
    for (start, end, id) in nested {
        let key = surfaces[id].1;
        let i = *index.entry(key).or_insert_with(|| {
            list.push(Building { key, aliases: Vec::new(), mentions: Vec::new(), count: 0 });
            list.len() - 1
        });
        list[i].count += 1;
        inner.push((NSpan::new(start, end), i));
    }
    // Each entity's mentions in one allocation of the right size (grown one by one, most
    // were copied on the way).
    for e in &mut list {
        e.mentions.reserve_exact(e.count);
    }
    for &(span, i) in &mentions {
        list[i].mentions.push(span);
    }
    for (span, i) in inner {
        let m = &mut list[i].mentions;
        let at = m.partition_point(|x| x.start < span.start);
        m.insert(at, span);
    }
    let list = list.into_iter().map(|e| found(text, e, &titles)).collect();
    Entities::new(list, mentions, text.len())
}

/// Words of buildings and quarters a brand's form may open (`src/data/landmark_words.txt`).
static LANDMARK_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/landmark_words.txt")));

/// Whether `surface`, a park's bare suffix (高新区, 经开区, 经济技术开发区), stands after a scope or
/// a level in `before` (全省, 全国, 各, 国家级, 省级, 其他): the kind of park, not one park.
fn kind_of_park(before: &str, surface: &str) -> bool {
    const KINDS: [&str; 10] =
        ["全省", "全国", "全市", "各", "国家级", "省级", "国家", "其他", "其它", "多个"];
    KINDS.iter().any(|k| before.ends_with(k))
        && PARK_ABBREVIATIONS.iter().any(|&(a, f)| a == surface || f == surface)
}

/// Whether `before` ends with a level of zones after the whole country or province
/// (全国国家级, 全省省级): what follows is the class of zones.
fn zone_class_before(before: &str) -> bool {
    ["国家级", "省级"].iter().any(|level| {
        before.strip_suffix(level).is_some_and(|b| b.ends_with("全国") || b.ends_with("全省"))
    })
}

/// Where the word the text writes from the brand form `form` (at `start..end`) ends, when it
/// runs on past the form with the next characters of the owner's name `owner` (jieba's
/// reading of a few characters from `start`); else `end`.
fn brand_word_end(
    text: &str,
    start: usize,
    end: usize,
    form: &str,
    owner: &str,
    jieba: &Jieba,
) -> usize {
    let Some(next) = owner.find(form).map(|i| &owner[i + form.len()..]) else { return end };
    // (Most mentions are followed by another character than the name's: no jieba call.)
    let Some(c) = next.chars().next().filter(|&c| text[end..].starts_with(c)) else {
        return end;
    };
    let to = text[end..].char_indices().nth(4).map_or(text.len(), |(i, _)| end + i);
    let Some(first) = jieba.cut(&text[start..to], true).first().map(|w| start + w.word.len())
    else {
        return end;
    };
    // The word's run past the form holds the name's next characters only.
    let run = &text[end..first.max(end)];
    if first > end && next.starts_with(run) && run.starts_with(c) {
        return first;
    }
    // (瑞拓/电驱: or the form's last character and the next make a word of the dictionary.)
    let last = form.chars().next_back().map_or(0, char::len_utf8);
    if jieba.has_word(&text[end - last..end + c.len_utf8()]) { end + c.len_utf8() } else { end }
}

/// 芜湖经开区新能源汽车产业园: a zone's name opening a park's (a park inside the zone) is a
/// mention of the zone as well, which the leftmost-longest search passes over.
fn zones_inside_parks(
    surfaces: &[(&str, Key)],
    matches: &[(usize, usize, usize)],
) -> Vec<(usize, usize, usize)> {
    let park = |id: usize| surfaces[id].1.0 == EntityKind::Park;
    if !matches.iter().any(|&(_, _, id)| park(id) && surfaces[id].0.contains('区')) {
        return Vec::new();
    }
    let zones: FxMap<&str, usize> = surfaces
        .iter()
        .enumerate()
        .filter(|(_, (s, k))| k.0 == EntityKind::Park && s.ends_with('区'))
        .map(|(i, (s, _))| (*s, i))
        .collect();
    let mut out = Vec::new();
    for &(start, _, id) in matches.iter().filter(|&&(_, _, id)| park(id)) {
        let surface = surfaces[id].0;
        // The longest zone name the park's name opens with, leaving two characters at least.
        let zone = surface.char_indices().rev().skip(2).find_map(|(i, c)| {
            let end = i + c.len_utf8();
            zones.get(&surface[..end]).map(|&z| (end, z))
        });
        if let Some((len, z)) = zone.filter(|&(_, z)| z != id) {
            out.push((start, start + len, z));
        }
    }
    out
}

fn found(text: &str, mut e: Building, titles: &FxMap<Key, &str>) -> Found {
    let title = titles.get(&e.key).map(|t| t.to_string());
    let (kind, mut name) = e.key;
    // A canonical name the text never uses (江苏省 for 江苏): name the entity by the form
    // the text uses first (the mentions read only for a place with aliases).
    let unused = || !e.mentions.iter().any(|m| m.slice(text) == name);
    if kind == EntityKind::Place && !e.aliases.is_empty() && unused() {
        name = e.aliases.remove(0);
    }
    let subsidiary = kind == EntityKind::Enterprise
        && e.mentions.first().is_some_and(|m| {
            let before = &text[..m.start];
            ["子公司", "旗下", "下属"].iter().any(|w| before.ends_with(w))
        });
    Found {
        name: name.to_string(),
        kind,
        aliases: e.aliases.iter().map(|a| a.to_string()).collect(),
        mentions: e.mentions,
        title,
        subsidiary,
    }
}

/// `西宁经济技术开发区（青海国家高新技术产业开发区）（以下简称“开发区”）`: the declared short
/// form and the parenthesized full alternative both name the entity before them.
fn declared_aliases<'t>(
    text: &'t str,
    hits: &lexicon::Hits,
    cands: &[Cand<'t>],
    by_surface: &mut Surfaces<'t>,
) {
    let mut split_aliases = 0;
    for decl in named::alias_declarations(text, hits) {
        // The named thing ends at the declaration, or before one parenthesized alternative.
        let mut end = decl.decl_start;
        let mut alternative = None;
        if text[..end].ends_with(['）', ')']) {
            let floor = text[..end].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            if let Some(open) = text[floor..end].rfind(['（', '(']).map(|i| floor + i) {
                let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
                let close_len = text[..end].chars().next_back().map_or(1, char::len_utf8);
                let inner = NSpan::new(open + open_len, end - close_len);
                alternative = starting_at(cands, inner.start)
                    .iter()
                    .find(|c| c.span == inner && c.kind != EntityKind::Place);
                if alternative.is_some() {
                    end = open;
                }
            }
        }
        let Some(target) = ending_at(cands, end)
            .filter(|c| c.kind != EntityKind::Place && c.kind != EntityKind::Person)
            .max_by_key(|c| c.span.len())
        else {
            continue;
        };
        let key = (target.kind, target.name);
        if let Some(alt) = alternative {
            by_surface.insert(alt.surface, key);
        }
        // (“公司”, “发行人”: a generic word declared is found by the subject rules, not as a
        // form searched in the text, where it is inside other words: 上市公司.)
        // (“虔\n华集团”: a form a kept line break splits is looked for written whole, 虔华集团,
        // a few times a text at most: each is a search of the text.)
        let mut alias = decl.alias;
        if alias.contains(char::is_whitespace) {
            split_aliases += 1;
            let whole: String = alias.chars().filter(|c| !c.is_whitespace()).collect();
            match text.find(&whole).filter(|_| split_aliases <= 8) {
                Some(i) => alias = &text[i..i + whole.len()],
                None => continue,
            }
        }
        if alias.chars().count() >= 2 && !GENERIC_ALIASES.contains(&alias) {
            by_surface.insert(alias, key);
        }
    }
    // 钱塘理财有限责任公司（“钱塘理财”）: a quoted form alone in brackets right after a name,
    // holding characters of that name in order, is declared as well.
    for c in cands.iter().filter(|c| {
        matches!(c.kind, EntityKind::Enterprise | EntityKind::Organization | EntityKind::Park)
    }) {
        if let Some(alias) = quoted_short_form(&text[c.span.end..], c.name) {
            by_surface.insert(alias, (c.kind, c.name));
        }
    }
}

/// The short form in `（“X”）` opening `after`, when `name` holds its two to eight characters
/// in order (晶锐（上海）真空技术有限公司（“晶锐真空”）).
fn quoted_short_form<'t>(after: &'t str, name: &str) -> Option<&'t str> {
    let inner = after.strip_prefix(['（', '('])?.strip_prefix(['“', '"', '「'])?;
    let end = inner.find(['”', '"', '」'])?;
    let (alias, rest) = (&inner[..end], &inner[end..]);
    let closed = rest.chars().nth(1).is_some_and(|c| matches!(c, '）' | ')'));
    let n = alias.chars().count();
    let mut chars = name.chars();
    let held = alias.chars().all(|a| chars.any(|c| c == a)) || province_led(alias, name);
    (closed && (2..=8).contains(&n) && held && alias != name && !GENERIC_ALIASES.contains(&alias))
        .then_some(alias)
}

/// 证券代码：600XXX 证券简称：某某能源: a listed company's stock name, declared in an
/// announcement's header, is a form of the registered name in the text that holds its
/// characters in order (四川青衣江能源股份有限公司 for 青衣能源).
fn stock_abbreviations<'t>(text: &'t str, cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    // (A header declares it once: a few declarations are read at most, which keeps a text of
    // many of them, each searched against every name, linear.)
    for (at, w) in text.match_indices("证券简称").take(4) {
        let rest = &text[at + w.len()..];
        let value = rest.trim_start_matches([':', '：', ' ', '\u{3000}']);
        let from = at + w.len() + (rest.len() - value.len());
        let len: usize = value
            .chars()
            .take_while(|&c| crate::normalize::is_han(c) || c.is_ascii_alphanumeric())
            .take(8)
            .map(char::len_utf8)
            .sum();
        let abbr = &text[from..from + len];
        if abbr.chars().count() < 2 {
            continue;
        }
        let holds = |name: &str| {
            let mut chars = name.chars();
            abbr.chars().all(|a| chars.any(|c| c == a))
        };
        let owner = cands.iter().find(|c| {
            c.kind == EntityKind::Enterprise
                && c.surface == c.name
                && c.name != abbr
                && holds(c.name)
        });
        if let Some(c) = owner {
            by_surface.insert(abbr, (c.kind, c.name));
        }
    }
}

/// The suffixes of a limited company's name after its body: unlike [`REGISTERED_SUFFIXES`],
/// 集团 stays in the body (北岭能源集团 of 北岭能源集团有限公司).
const LIMITED_FORMS: [&str; 4] = ["有限公司", "股份有限公司", "有限责任公司", "股份公司"];

/// Generic words a text may declare as a company's short name (以下简称“公司”).
const GENERIC_ALIASES: [&str; 6] = ["公司", "本公司", "发行人", "集团", "本集团", "该公司"];

/// A short name inside a registered name of the same text is that company: 澈川锂电 in
/// 四川澈川锂电科技有限公司, 崇瀚公司 for 屏山县崇瀚农业开发公司. A registered name with a
/// place in brackets (某某电器(重庆)有限公司) is a subsidiary, kept apart from the brand the
/// text writes before it (the parent's), and named by it when written only after.
fn short_forms_of_registered_names<'t>(
    text: &str,
    cands: &[Cand<'t>],
    jieba: &Jieba,
    by_surface: &mut Surfaces<'t>,
) {
    // Limited companies; a name ending in a bare 公司 is registered too.
    const LIMITED: [&str; 3] = ["有限公司", "有限责任公司", "株式会社"];
    // Each enterprise name judged once: a name repeated in the text is a candidate at each
    // occurrence. A short name points to its core, by index into `distinct`.
    let mut core_of: FxMap<&'t str, Option<usize>> = FxMap::default();
    let mut registered_names: Vec<&'t str> = Vec::new();
    let mut distinct: Vec<&'t str> = Vec::new();
    let mut core_index: FxMap<&'t str, usize> = FxMap::default();
    // The name each core was first cut from (a name never owns its own core).
    let mut core_source: Vec<&'t str> = Vec::new();
    // Whether each core was cut from a group's name: only a registered group owns it (协鑫集团
    // of 江苏协鑫新材料有限公司 is the parent, no short form).
    let mut group_core: Vec<bool> = Vec::new();
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        core_of.entry(c.name).or_insert_with(|| {
            let limited = LIMITED.iter().any(|s| c.name.ends_with(s));
            // (泓辰储能科技（济宁）有限公司: a subsidiary's place in brackets; its short form is
            // looked for in the name without them, below.)
            // (北丰生物科技集团: a group named with its trade words owns its brand as a
            // company does.)
            let registered = (limited || c.name.ends_with("公司") || c.name.ends_with("集团"))
                && c.name.chars().count() >= 6
                && (!c.name.contains(['（', '('])
                    || bracketed_place(c.name, jieba).is_some()
                    || bracketed_group(c.name));
            // (西安局集团公司 of 中国铁路西安局集团有限公司: a name ending in a bare 公司 may
            // still be the short form of a limited company's; it owns shorter ones too.)
            if registered {
                registered_names.push(c.name);
                if limited {
                    return None;
                }
            }
            let company = trim_all(c.name, "公司");
            let core = trim_all(company, "集团");
            (core.chars().count() >= 2).then(|| {
                *core_index.entry(core).or_insert_with(|| {
                    distinct.push(core);
                    core_source.push(c.name);
                    group_core.push(company.len() > core.len());
                    distinct.len() - 1
                })
            })
        });
    }
    if registered_names.is_empty() || distinct.is_empty() {
        return;
    }
    // Which registered names contain each short core: the cores looked up at every position
    // of each distinct registered name (linear, where a pairwise test would be quadratic).
    let cores = NameSet::new(distinct.iter().copied());
    // Only a core with exactly one owner counts: `Some(None)` once it has two (a list of
    // owners searched before each insert was quadratic when one core is in thousands of names).
    let mut owners: Vec<Option<Option<&'t str>>> = vec![None; distinct.len()];
    // (国网江西电力 of 国网江西省电力有限公司: a place inside the name is written short.)
    let short_placed: Vec<(String, &'t str)> = registered_names
        .iter()
        .filter_map(|&n| lexicon::LEXICON.short_places_inside(n).map(|v| (v, n)))
        .collect();
    let unbracketed: Vec<(String, &'t str)> = registered_names
        .iter()
        .filter_map(|&n| {
            bracketed_place(n, jieba).map(|(open, close)| ([&n[..open], &n[close..]].concat(), n))
        })
        .collect();
    let variants = short_placed.iter().chain(&unbracketed).map(|(v, n)| (v.as_str(), *n));
    for (form, name) in registered_names.iter().map(|&n| (n, n)).chain(variants) {
        cores.overlapping(form, |_, _, id| {
            if core_source[id] == name || group_core[id] && !name.contains("集团") {
                return;
            }
            // (格力电器 of 格力电器（重庆）有限公司: the whole brand before the subsidiary's place
            // is the parent's name where the text writes it before the subsidiary's; a shorter
            // form, 泓辰储能 of 泓辰储能科技（济宁）…, and the brand written only after the
            // subsidiary's name, 华衡制药 of 华衡制药（湖北）有限公司 … 华衡制药, are the
            // subsidiary's.)
            // (The brand is the name's prefix, so its first occurrence is at the name's first
            // at the latest: earlier only where the text writes it alone before. Searched only
            // for the rare name whose whole brand stands before a bracketed place.)
            if bracketed_place(name, jieba).is_some_and(|(open, _)| distinct[id] == &name[..open])
                && text.find(distinct[id]) < text.find(name)
            {
                return;
            }
            let owner = &mut owners[id];
            *owner = match *owner {
                None => Some(Some(name)),
                Some(o) if o == Some(name) => Some(o),
                Some(_) => Some(None),
            };
        });
    }
    // 华北制药 of 华北制药股份有限公司, where 华北制药集团先泰药业有限公司 holds it too: the
    // name whose whole body the short name is owns it.
    let mut bodies: FxMap<&'t str, Option<&'t str>> = FxMap::default();
    for &name in &registered_names {
        if let Some(body) = REGISTERED_SUFFIXES.iter().find_map(|s| name.strip_suffix(s)) {
            claim(&mut bodies, body, name);
        }
    }
    // Each registered name by its body before a limited suffix, the first name kept (looked
    // up per candidate: a search of all names for each was quadratic in a long text).
    let mut limited_of: FxMap<&'t str, &'t str> = FxMap::default();
    for &name in &registered_names {
        for form in LIMITED_FORMS {
            if let Some(body) = name.strip_suffix(form) {
                limited_of.entry(body).or_insert(name);
            }
        }
    }
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        let Some(&Some(i)) = core_of.get(c.name) else { continue };
        // (A short name the text declared for another company keeps that owner.)
        if by_surface.get(c.name).is_some_and(|&(_, owner)| owner != c.name) {
            continue;
        }
        // 北岭能源集团 beside 北岭能源集团有限公司: the name that is the form and a limited
        // suffix owns it, wherever other names hold it (北岭能源集团红石沟煤业有限公司).
        let full = || limited_of.get(c.name).copied();
        // (海通港口集团 of 日照海通港口集团有限公司: a group's own body is no owner of itself.)
        let exact = bodies.get(distinct[i]).copied().flatten().filter(|&o| o != c.name);
        // (北岭能源集团 beside 北岭能源集团红石沟煤业有限公司 alone: a subsidiary's name
        // opening with a group's is no full name of the group, which stays its own.)
        let subsidiary = |o: &&str| c.name.ends_with("集团") && o.starts_with(c.name);
        let owner = full().or_else(|| exact.or(owners[i].flatten()).filter(|o| !subsidiary(o)));
        if let Some(owner) = owner {
            let key = (EntityKind::Enterprise, owner);
            by_surface.insert(c.surface, key);
            by_surface.insert(c.name, key);
        }
    }
}

/// 北岭能源科技 of 北岭能源科技有限公司: a limited company's name without its suffix is a
/// form of it, where no other name has that body and no other entity or brand that form
/// (else a shorter form, 北岭能源 of the parent 北岭能源集团有限公司, is the longest match and
/// its figures the parent's). Bodies of four characters or more, out of names with no
/// brackets; as a brand form, a body names the company only after its registered name
/// (`brands`, the end of that name's first mention).
fn registered_bodies<'t>(
    cands: &[Cand<'t>],
    by_surface: &mut Surfaces<'t>,
    brands: &mut FxMap<&'t str, usize>,
) {
    let mut bodies: FxMap<&'t str, Option<&'t str>> = FxMap::default();
    let mut first_end: FxMap<&'t str, usize> = FxMap::default();
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        if !c.name.ends_with("公司") || c.name.contains(['（', '(']) {
            continue;
        }
        let body = REGISTERED_SUFFIXES.iter().find_map(|s| c.name.strip_suffix(s));
        if let Some(body) = body.filter(|b| b.chars().nth(3).is_some()) {
            claim(&mut bodies, body, c.name);
            if c.surface == c.name {
                first_end.entry(c.name).or_insert(c.span.end);
            }
        }
    }
    for (body, owner) in bodies {
        let Some(owner) = owner else { continue };
        if let std::collections::hash_map::Entry::Vacant(v) = by_surface.entry(body) {
            v.insert((EntityKind::Enterprise, owner));
            brands.insert(body, first_end.get(owner).copied().unwrap_or(0));
        }
    }
}

/// 柳钢集团 of 柳州钢铁集团有限公司: a group named by two or three characters of a registered
/// group's name before 集团, in order and from its first, is that group, when one registered
/// group alone has them and no other rule gave the short name an owner.
fn abbreviated_groups<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    // The registered groups by the first character of their name (a short list for each:
    // looked up, not searched, per short name).
    let mut by_first: FxMap<char, Vec<(&'t str, &'t str)>> = FxMap::default();
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        let Some(i) = find_short(c.name, "集团") else { continue };
        let (head, after) = (&c.name[..i], &c.name[i + "集团".len()..]);
        let registered = after.is_empty() || REGISTERED_SUFFIXES.contains(&after);
        if !registered || head.chars().nth(3).is_none() {
            continue;
        }
        // (汀钢集团 of 江西汀江钢铁集团: a short name may leave out the place opening the
        // head, and is asked for under the first character after it too.)
        let unplaced = lexicon::LEXICON.place_prefix(head).map(|n| &head[n..]);
        let unplaced = unplaced.filter(|h| h.chars().nth(1).is_some());
        for head in [Some(head), unplaced].into_iter().flatten() {
            let Some(first) = head.chars().next() else { continue };
            let list = by_first.entry(first).or_default();
            if list.len() < 8 && !list.iter().any(|&(n, _)| n == c.name) {
                list.push((c.name, head));
            }
        }
    }
    if by_first.is_empty() {
        return;
    }
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        let Some(core) = c.name.strip_suffix("集团") else { continue };
        let n = core.chars().count();
        let Some(first) = core.chars().next().filter(|_| (2..=3).contains(&n)) else { continue };
        let Some(groups) = by_first.get(&first) else { continue };
        let mut owners = groups
            .iter()
            .filter(|&&(name, head)| name != c.name && abbreviates_from_start(core, head))
            .map(|&(name, _)| name);
        let (Some(owner), None) = (owners.next(), owners.next()) else { continue };
        if by_surface.get(c.name).is_none_or(|&(_, o)| o == c.name) {
            let key = (EntityKind::Enterprise, owner);
            by_surface.insert(c.surface, key);
            by_surface.insert(c.name, key);
        }
    }
}

/// Whether a registered name holds its group's form in brackets (某某实业（集团）有限公司,
/// 某某控股（集团）股份有限公司): the brand before them is its short form as in any other.
fn bracketed_group(name: &str) -> bool {
    name.contains("（集团）") || name.contains("(集团)")
}

/// Where the bracketed place inside a registered name opens and where it closes
/// (泓辰储能科技（济宁）有限公司: the byte range of （济宁）), when the brackets hold a place.
fn bracketed_place(name: &str, jieba: &Jieba) -> Option<(usize, usize)> {
    let open = name.find(['（', '('])?;
    let inner_at = open + name[open..].chars().next()?.len_utf8();
    let close = inner_at + name[inner_at..].find(['）', ')'])?;
    let end = close + name[close..].chars().next()?.len_utf8();
    let inner = &name[inner_at..close];
    let place = lexicon::LEXICON.is_place(inner) || region_like(inner, &name[end..], jieba);
    place.then_some((open, end))
}

/// Whether `inner`, bracketed right before a limited company's legal form `after`
/// (某某纺织（某地）有限公司), is a place the gazetteer lacks: two to four Han characters that
/// jieba reads as one word of a place. A subsidiary's region is what is written there; the
/// forms of a group (（集团）, （控股）) are no place words.
fn region_like(inner: &str, after: &str, jieba: &Jieba) -> bool {
    const LEGAL_FORMS: [&str; 3] = ["有限公司", "股份有限公司", "有限责任公司"];
    (2..=4).contains(&inner.chars().count())
        && inner.chars().all(crate::normalize::is_han)
        && LEGAL_FORMS.contains(&after)
        && matches!(jieba.tag(inner, true).as_slice(), [t] if t.tag == "ns")
}

/// 金城石化 of 金城石化集团, where the text names no registered company: an enterprise named
/// as a group's name without 集团 is that group, when one group alone has it and no other rule
/// gave the short name an owner. (鑫泰食品 of 益阳鑫泰食品集团: so is one written without the
/// place that opens the group's name.)
fn group_short_forms<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let lex = &*lexicon::LEXICON;
    let mut groups: FxMap<&'t str, Option<&'t str>> = FxMap::default();
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        if let Some(core) = c.name.strip_suffix("集团").filter(|k| k.chars().count() >= 2) {
            claim(&mut groups, core, c.name);
            let unplaced = lex.place_prefix(core).map(|n| &core[n..]);
            if let Some(rest) = unplaced.filter(|r| r.chars().count() >= 2) {
                claim(&mut groups, rest, c.name);
            }
        }
    }
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        let Some(&Some(group)) = groups.get(c.name) else { continue };
        // (Only a short name that still stands for itself: a registered owner wins.)
        if by_surface.get(c.name).is_none_or(|&(_, owner)| owner == c.name) {
            let key = (EntityKind::Enterprise, group);
            by_surface.insert(c.surface, key);
            by_surface.insert(c.name, key);
        }
    }
}

/// The registered suffixes a brand is read before, longest first.
pub(crate) const REGISTERED_SUFFIXES: [&str; 7] = [
    "集团股份有限公司",
    "股份有限公司",
    "集团有限责任公司",
    "集团有限公司",
    "有限责任公司",
    "有限公司",
    "集团",
];

/// A word of a registered name's legal form and what a short form writes for it after the
/// brand (恒拓股份, 赣鄱农商行).
/// (泰隆银行 of 浙江泰隆商业银行股份有限公司; not of a 农村商业银行, whose short form is
/// 农商行: 某某银行 is another bank.)
const LEGAL_FORM_SHORTS: [(&str, &str); 7] = [
    ("股份有限公司", "股份"),
    ("商业银行", "银行"),
    ("合作社", "合作社"),
    ("联合社", "联合社"),
    ("集团", "集团"),
    ("农村商业银行", "农商行"),
    ("农村商业银行", "农商银行"),
];

/// Cooperatives' legal forms, read like registered suffixes before a brand.
const COOPERATIVE_SUFFIXES: [&str; 3] = ["专业合作社联合社", "专业合作社", "合作社"];

/// 苏州信诺康生物医药有限公司 … 信诺康营业收入, 贵州茅台酒股份有限公司 … 贵州茅台: the
/// brand of a registered name, written alone later, names it: the name's words up to its
/// trade words (生物医药, 新能源, 科技), with its leading place (贵州茅台, 宁德时代) or without
/// it when that reads as a name (信诺康, 启明微创; not 时代). Only forms of one registered
/// name count, and only where the text writes them after that name (they are searched with
/// the other forms). Returns each form added with where it may first stand.
/// (锐能电池 of 锐能动力电池有限公司: the brand and a later trade word of the name, where the
/// text writes that after the name.)
fn brand_forms<'t>(
    text: &'t str,
    cands: &[Cand<'t>],
    jieba: &Jieba,
    by_surface: &mut Surfaces<'t>,
) -> FxMap<&'t str, usize> {
    let lex = &*lexicon::LEXICON;
    // Each form with its owner, `None` once two names give it.
    let mut owners: FxMap<&'t str, Option<&'t str>> = FxMap::default();
    // The end of each registered name's first mention (`cands` is sorted by start).
    let mut first_end: FxMap<&'t str, usize> = FxMap::default();
    // The forms that skip words of the name (锐能电池 of 锐能动力电池): each with its owner and
    // the end of the owner's first mention, looked for in one pass over the text below (a
    // search of the text per form would be quadratic in a long text of many names).
    let mut pending: Vec<(String, &'t str, usize)> = Vec::new();
    // The places the text names with their level or at a route's ends, read once when a name
    // asks.
    let mut admin: Option<FxSet<&str>> = None;
    let mut routes: Option<FxSet<&str>> = None;
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise && c.surface == c.name) {
        if first_end.contains_key(c.name) {
            continue;
        }
        first_end.insert(c.name, c.span.end);
        let Some(body) = REGISTERED_SUFFIXES
            .iter()
            .chain(&COOPERATIVE_SUFFIXES)
            .find_map(|s| c.name.strip_suffix(s))
        else {
            continue;
        };
        // 湖南楚能（宁乡）新能源: the brand stands before the bracketed place.
        let bracketed = body.find(['（', '(']).map(|i| &body[i..]);
        let body = body.find(['（', '(']).map_or(body, |i| &body[..i]);
        if body.contains(['的', '、', '与', '在']) {
            continue;
        }
        // (凤溪县金橘农业: a county the gazetteer lacks, named with its level, is a place too.)
        // (湖南古丈牛角山茶业: a county after the province is the place's too.)
        // (栖霞红岭果品: a county's short form of two to four characters, before four
        // characters or more whose first two are no common noun: 北辰 opens the brand of
        // 北辰稀土磁材.)
        let county = |b: &str| {
            b.char_indices().skip(2).take(3).map(|(i, _)| i).find(|&i| {
                let brand = b[i..].char_indices().nth(2).map(|(j, _)| &b[i..i + j]);
                let noun = || {
                    let tagged =
                        |w: &str| matches!(jieba.tag(w, false).as_slice(), [t] if t.tag == "n");
                    brand.is_some_and(tagged)
                };
                // (A form of three characters or more is no brand's opening: 霍尔果斯.)
                let long_form = b[..i].chars().nth(2).is_some();
                // (苍溪红心果业: a noun that is no trade word, a trade word right after it, is
                // the brand; 稀土 of 北辰稀土磁材 is a trade.)
                let traded = || {
                    brand.is_some_and(|br| {
                        lex.trade_words.prefix(br).is_none()
                            && lex.trade_words.prefix(&b[i + br.len()..]).is_some()
                    })
                };
                lex.county_forms.contains(&b[..i])
                    && b[i..].chars().nth(3).is_some()
                    && (long_form || !noun() || traded())
            })
        };
        let leading = |b: &str| {
            lex.place_prefix(b)
                .or_else(|| leveled_place_prefix(b))
                .or_else(|| county(b))
                .filter(|&p| p < b.len())
        };
        let mut place = leading(body).unwrap_or(0);
        // Where the second of two places begins (长沙 of 湖南长沙…): the one nearest the brand.
        let mut nearest = 0;
        if place > 0 {
            if let Some(p) = leading(&body[place..]) {
                nearest = place;
                place += p;
            }
        }
        let mut add = |form: &'t str| claim(&mut owners, form, c.name);
        // Where the words of the name end (all of jieba's readings: 茅台 in 茅台酒), and
        // where its trade words begin.
        let rest = &body[place..];
        let words = jieba.cut_all(rest);
        let mut ends: Vec<usize> = words.iter().map(|w| w.byte_end).collect();
        ends.sort_unstable();
        ends.dedup();
        let core_end = rest
            .char_indices()
            .skip(2)
            .find(|&(i, _)| lex.trade_words.prefix(&rest[i..]).is_some())
            .map_or(rest.len(), |(i, _)| i);
        // The brand and its first trade word (牛角山茶业 of 湖南古丈牛角山茶业有限公司).
        // (Forms longer, 宁德时代新能源科技, are rarely written: each form costs the search of
        // the whole text.)
        // 无锡华澜 of 华澜集成电路（无锡）有限公司: the bracketed place before the brand,
        // where the text writes it so after the name.
        let site = bracketed.and_then(|b| {
            let inner = b.trim_start_matches(['（', '(']).split(['）', ')']).next()?;
            lex.is_place(inner).then_some(inner)
        });
        // Such a form, where the text writes it after the name.
        let mut splice = |form: String| pending.push((form, c.name, c.span.end));
        // 青岛港集团 of 青岛港（集团）有限公司: the bracketed form word written inline.
        let inline = bracketed.and_then(|b| {
            let inner = b.trim_start_matches(['（', '(']).split(['）', ')']).next()?;
            FORM_WORDS.contains(&inner).then_some(inner)
        });
        if let Some(inner) = inline {
            splice([body, inner].concat());
            // (天业集团 of 新疆天业（集团）有限公司: without its place too.)
            if place > 0 && rest.chars().nth(1).is_some() {
                splice([rest, inner].concat());
            }
        }
        // (琅琊新能源汽车, 滁州光伏科技: a name whose words after its place are all trade
        // words has no brand; without the place it is the trade's name.)
        let tradeless = place == 0 || !trade_words_only(&rest[..core_end]);
        if let Some((trade, _)) = lex.trade_words.prefix(&rest[core_end..]).filter(|_| tradeless) {
            add(&rest[..core_end + trade.len()]);
            // (昆仑晶硅 of 昆仑晶硅材料: a trade word that is a character and a shorter trade
            // word, 硅 + 材料, may lend the character to the brand, written so after the name.)
            for (j, _) in trade.char_indices().skip(1) {
                if lex
                    .trade_words
                    .prefix(&trade[j..])
                    .is_some_and(|(t, _)| t.len() == trade.len() - j)
                {
                    splice(rest[..core_end + j].to_string());
                }
            }
            // The brand and each later trade word, written so in the text after the name.
            let mut at = core_end + trade.len();
            while let Some((later, _)) = lex.trade_words.prefix(&rest[at..]) {
                at += later.len();
                splice([&rest[..core_end], later].concat());
            }
        }
        // (高速公 of 高速公路: a form no word of jieba's own reading ends at, and no word of
        // the dictionary is, cuts a word.)
        let best: Vec<usize> = jieba
            .cut(rest, false)
            .iter()
            .scan(0, |end, w| {
                *end += w.word.len();
                Some(*end)
            })
            .collect();
        // (华瑞数控 of 华瑞数控机床, read 华瑞 / 数控机床: a word of all readings, 数控, from a
        // boundary of the best one to the form's end cuts none.)
        let cuts_word = |e: usize| {
            !best.contains(&e)
                && !words.iter().filter(|w| w.byte_end == e).any(|w| {
                    let multi = || rest[w.byte_start..w.byte_end].chars().nth(1).is_some();
                    w.byte_start == 0 || best.contains(&w.byte_start) && multi()
                })
        };
        // 康宁医疗 of 岚川康宁医疗集团有限公司: a first word of two characters that is a place
        // the gazetteer lacks (jieba reads it as one, or the text names it with its level:
        // 岚川市) is left out after the name, when what is left reads as a brand.
        let second_end = rest.char_indices().nth(2).map(|(i, _)| i);
        if let Some(lead) = second_end.filter(|e| place == 0 && best.contains(e)) {
            let mut lead_place = || {
                jieba.tag(&rest[..lead], true).first().is_some_and(|t| t.tag == "ns")
                    || admin.get_or_insert_with(|| named::admin_named(text)).contains(&rest[..lead])
            };
            // The forms from the brand to the end of a word of four characters or more.
            let branded = |left: &str| {
                left.chars().nth(3).is_some()
                    && lex.trade_words.prefix(left).is_none()
                    && !trade_words_only(left)
                    && !common_words(left, jieba)
            };
            let mut forms = ends
                .iter()
                .filter(|&&e| e > lead && !cuts_word(e) && branded(&rest[lead..e]))
                .peekable();
            if forms.peek().is_some() && lead_place() {
                for &e in forms {
                    splice(rest[lead..e].to_string());
                }
            }
        }
        // 梨乡电商 of 苍溪县梨乡农产品电子商务: a trade word a text writes short (电子商务 →
        // 电商), after the name's words up to it (with or without the words between).
        for &(long, short) in TRADE_SHORTS.iter() {
            let Some(i) = rest.find(long).filter(|&i| rest[..i].chars().nth(1).is_some()) else {
                continue;
            };
            // (农村电商, 直播电商, 跨境电商: common words before the trade's short form name a
            // kind of trade, no brand: only forms with a word jieba's dictionary lacks or
            // tags other than a common noun or verb (or splits into characters) are the
            // company's.)
            let generic = |form: &str| {
                jieba.tag(form, false).iter().all(|t| {
                    matches!(t.tag, "n" | "vn" | "v" | "s" | "f")
                        && t.word.chars().nth(1).is_some()
                        && jieba.has_word(t.word)
                })
            };
            for &e in best.iter().filter(|&&e| e <= i && rest[..e].chars().nth(1).is_some()) {
                if !generic(&rest[..e]) {
                    splice([&rest[..e], short].concat());
                }
            }
        }
        // 芯辰激光 of 武汉光谷芯辰激光技术: a word before a coined brand (an area's name the
        // gazetteer lacks) may be left out, where the text writes the rest after the name. The
        // brand is coined where jieba's best reading splits it into characters (芯/辰), which
        // it does to no common phrase (专用汽车, 海洋生物).
        if let Some(&first) = best.first().filter(|&&f| rest[..f].chars().nth(1).is_some()) {
            let coined = best.get(1).is_some_and(|&e| rest[first..e].chars().nth(1).is_none());
            for &e in best.iter().skip(2).filter(|_| coined) {
                let form = &rest[first..e];
                if (4..=6).contains(&form.chars().count()) && !common_words(form, jieba) {
                    splice(form.to_string());
                }
            }
        }
        // 大华磷化 of 湖北大华磷化工: a word of jieba's that runs from the brand into its trade
        // word (磷化 across 磷 | 化工) ends a form the text may write.
        if let Some((trade, _)) = lex.trade_words.prefix(&rest[core_end..]) {
            let inside = core_end + 1..core_end + trade.len();
            for w in
                words.iter().filter(|w| w.byte_start < core_end && inside.contains(&w.byte_end))
            {
                let form = &rest[..w.byte_end];
                if form.chars().nth(2).is_some() {
                    add(form);
                }
            }
        }
        // Where the shortest brand form ends.
        let mut brand_end = None;
        for &e in ends
            .iter()
            .filter(|&&e| e <= core_end && rest[..e].chars().nth(1).is_some() && !cuts_word(e))
        {
            if place > 0 {
                add(&body[..place + e]);
            }
            // A form no dictionary word spans is coined (澜辰, 启明微创): jieba is asked for
            // the tag of a word it knows only.
            let form = &rest[..e];
            let known = words.iter().any(|w| w.byte_start == 0 && w.byte_end == e);
            // (金桔 of 金桔源农业: a word one character short of the brand is a common word
            // the brand holds, no form of it.)
            let one_short = rest[e..core_end].chars().count() == 1;
            // (泉安 of 泉安港务集团: a brand the text also writes as a place, 泉安至曼谷, is
            // the place's name, no form of the company.)
            let mut placed = || place == 0 && written_as_place(text, form, &mut admin, &mut routes);
            if ((!known && !common_words(form, jieba))
                || known && !one_short && reads_as_brand(form, jieba))
                && !placed()
            {
                add(form);
                brand_end.get_or_insert(e);
            }
            if let Some(site) = site {
                splice([site, form].concat());
            }
        }
        // 恒拓股份 of 宁波恒拓汽车零部件股份有限公司, 延丰合作社 of 洛川县延丰苹果专业合作社:
        // the brand and the word of the name's legal form. (江苏锐达集团: a name that is a
        // place, a brand and 集团 alone is left to the rules of place-prefixed forms.)
        // (澄江果业联合社 of 寻乌县澄江果业专业合作社联合社: the brand with its trade word too.)
        let traded = lex.trade_words.prefix(&rest[core_end..]).map(|(t, _)| core_end + t.len());
        let rural = contains_short(c.name, "农村商业银行");
        // (华锐集团 of 华锐集团新能源有限公司: 集团 followed by more words than the legal form
        // opens a subsidiary's name; brand and 集团 name the parent.)
        let subsidiary = |w: &str| {
            w == "集团"
                && c.name.find(w).is_some_and(|i| {
                    let after = &c.name[i + w.len()..];
                    !after.is_empty() && !LIMITED_FORMS.contains(&after)
                })
        };
        for e in brand_end.into_iter().chain(traded) {
            let forms = LEGAL_FORM_SHORTS.iter().filter(|(w, _)| {
                contains_short(c.name, w) && !(rural && *w == "商业银行") && !subsidiary(w)
            });
            for (_, word) in forms {
                let form = [&rest[..e], word].concat();
                if !c.name.ends_with(form.as_str()) {
                    splice(form);
                }
            }
        }
        // Short forms with initials follow the brand, the first word of the name when that
        // is no trade word (庐江产投 of 合肥庐江产业投资集团: a county's name, no brand of its
        // own), or else the place nearest the trade words without its level (昆山交投 of 昆山
        // 市交通建设投资集团, 湖南建投 of 湖南省建设投资集团).
        let first_word = best.first().copied().filter(|&e| {
            Some(e) != brand_end
                && rest[..e].chars().nth(1).is_some()
                && lex.trade_words.prefix(rest).is_none()
        });
        let mut leads: Vec<(&str, usize)> = [brand_end.filter(|e| best.contains(e)), first_word]
            .into_iter()
            .flatten()
            .map(|e| (&rest[..e], e))
            .collect();
        if brand_end.is_none() && place > 0 {
            let near = &body[nearest..place];
            let bare = near.strip_suffix(['省', '市', '县', '区']).unwrap_or(near);
            if bare.chars().nth(1).is_some() {
                leads.push((bare, 0));
            }
        }
        for (lead, e) in leads {
            let ends: Vec<usize> = best.iter().filter(|&&x| x > e).map(|&x| x - e).collect();
            for form in initialisms(lead, &rest[e..], &ends) {
                splice(form);
            }
        }
    }
    let spliced = spliced_forms(text, &pending);
    for &(form, owner) in &spliced {
        claim(&mut owners, form, owner);
    }
    let spliced: FxSet<&str> = spliced.iter().map(|&(form, _)| form).collect();
    let mut added = FxMap::default();
    for (form, owner) in owners {
        // (A county's short form of three characters or more, 霍尔果斯 of 霍尔果斯丝路通达…, is
        // the county's, though the place list matches none alone; 北辰 may be a brand.)
        let long_county = lex.county_forms.contains(form) && form.chars().nth(2).is_some();
        // (山川乡 of 山川乡宿酒店管理: a form ending in a level word reads as a township or a
        // county, 在山川乡投资, not as the company.)
        let leveled = form.ends_with(['乡', '镇', '村', '县', '区', '市', '省'])
            && form.chars().nth(2).is_some();
        // (荆楚 of 湖北荆楚农产品…: a region's name alone is the region's, 荆楚大地.)
        let usable = !lex.is_place(form)
            && !REGION_NAMES.contains(form)
            && !leveled
            && !long_county
            && !lex.stopwords.contains(form)
            && !is_trade_word(form);
        // (A short enterprise found alone by its shape that skips words of the name, 锐能电池,
        // is the name's; one that is a part of it, 格力电器 of 格力电器(重庆)有限公司, may be
        // the parent.)
        let free = by_surface
            .get(form)
            .is_none_or(|&k| spliced.contains(form) && k == (EntityKind::Enterprise, form));
        if let Some(owner) = owner.filter(|_| usable && free) {
            by_surface.insert(form, (EntityKind::Enterprise, owner));
            added.insert(form, first_end.get(owner).copied().unwrap_or(0));
        }
    }
    added
}

/// Trade words of registered names and the short form written for them after the brand
/// (`src/data/trade_shorts.tsv`).
static TRADE_SHORTS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| abbreviation_pairs(include_str!("../data/trade_shorts.tsv")));

/// Classical names of regions (荆楚, 齐鲁: `src/data/region_names.txt`), no brand alone.
static REGION_NAMES: std::sync::LazyLock<FxSet<&'static str>> = std::sync::LazyLock::new(|| {
    crate::words::lines(include_str!("../data/region_names.txt")).collect()
});

/// Words of a company's legal form inside its registered name (青岛港（集团）, 某某股份).
const FORM_WORDS: [&str; 4] = ["集团", "控股", "股份", "有限"];

/// The short forms a brand (or place) makes with the first characters of the words after it
/// in a registered name, written after the name (德鑫重装 of 德鑫重型装备, 昆山交投 of 昆山
/// 交通建设投资, 恒信新材 of 恒信新材料科技, 华骏新材 of 华骏新能源材料): `ends` are where
/// jieba's words end in `tail`.
fn initialisms(lead: &str, tail: &str, ends: &[usize]) -> Vec<String> {
    fn first(w: &str, n: usize) -> &str {
        w.char_indices().nth(n).map_or(w, |(i, _)| &w[..i])
    }
    let han = |w: &str| w.chars().all(crate::normalize::is_han);
    // A trade word of three characters or more gives its first two (新材 of 新材料; jieba
    // reads 新/材料); the whole word is looked for too, so that the longer form wins where
    // it is written.
    if let Some((w, _)) = lexicon::LEXICON.trade_words.prefix(tail) {
        if han(w) && w.chars().nth(2).is_some() {
            let mut forms = vec![[lead, first(w, 2)].concat(), [lead, w].concat()];
            // (新能源材料: 新材, the first characters of both words.)
            let next = ends.iter().position(|&e| e == w.len()).and_then(|k| ends.get(k + 1));
            if let Some(v) = next.map(|&e| &tail[w.len()..e]) {
                if v.chars().count() == 2 && han(v) {
                    forms.push([lead, first(w, 1), first(v, 1)].concat());
                }
            }
            return forms;
        }
    }
    // Words of two characters give the first's and a later one's first character (重型装备:
    // 重装; 交通建设投资: 交建, 交投), up to a word of the company's form (股份, 集团).
    let mut words = Vec::new();
    let mut start = 0;
    for &end in ends.iter().take(4) {
        let w = &tail[start..end];
        // (国际航运, one word of jieba's: a word and a trade word of two characters each.)
        let split = (w.chars().count() == 4 && han(w))
            .then(|| w.char_indices().nth(2).map(|(i, _)| i))
            .flatten()
            .filter(|&i| is_trade_word(&w[i..]) && !FORM_WORDS.contains(&&w[..i]));
        if let Some(i) = split {
            words.extend([&w[..i], &w[i..]]);
            start = end;
            continue;
        }
        if w.chars().count() != 2 || !han(w) || FORM_WORDS.contains(&w) {
            break;
        }
        words.push(w);
        start = end;
    }
    let Some((head, later)) = words.split_first() else { return Vec::new() };
    let mut forms: Vec<String> =
        later.iter().map(|w| [lead, first(head, 1), first(w, 1)].concat()).collect();
    // (陆港通物流 of 陆港通国际物流: the brand and a later trade word, the words between
    // skipped.)
    forms.extend(later.iter().filter(|w| is_trade_word(w)).map(|w| [lead, w].concat()));
    forms
}

/// The length of a place of two or three characters and its level (县, 市, 区…) opening `s`.
fn leveled_place_prefix(s: &str) -> Option<usize> {
    const LEVELS: [char; 6] = ['省', '市', '县', '区', '州', '旗'];
    s.char_indices().skip(2).take(2).find_map(|(i, c)| {
        (LEVELS.contains(&c) && s[..i].chars().all(crate::normalize::is_han))
            .then(|| i + c.len_utf8())
    })
}

/// The forms of `pending` (form, owner, where the owner is first named) the text writes after
/// their owner is first named, as slices of the text, each with its owner: one search of the
/// text for all of them.
fn spliced_forms<'t>(
    text: &'t str,
    pending: &[(String, &'t str, usize)],
) -> FxSet<(&'t str, &'t str)> {
    let mut found = FxSet::default();
    if pending.is_empty() {
        return found;
    }
    // (Leftmost-longest: two such forms overlapping in the text are rare. The name set's
    // search skips on keys of a form's first bytes, which an automaton's prefilter cannot do
    // on Chinese text with many forms.)
    let forms = NameSet::new(pending.iter().map(|(f, _, _)| f.as_str()));
    for (start, end, id) in forms.find_iter(text) {
        let (_, owner, after) = pending[id];
        if start >= after {
            found.insert((&text[start..end], owner));
        }
    }
    found
}

/// Whether `form` is two or more common words of the dictionary, one of them a verb (交通/n
/// 建设/vn of 贵州交通建设集团): a phrase any text may write, no brand (通衢/n 供应链/n,
/// nouns alone, may be one).
fn common_words(form: &str, jieba: &Jieba) -> bool {
    // Two words of two characters or more: four characters at least (most brands are two).
    if form.chars().nth(3).is_none() {
        return false;
    }
    let tags = jieba.tag(form, false);
    tags.len() >= 2
        && tags.iter().all(|t| t.word.chars().nth(1).is_some() && matches!(t.tag, "n" | "vn" | "v"))
        && tags.iter().any(|t| t.tag.starts_with('v'))
}

/// Whether `s` is made of trade words only (新能源, 光伏, 新能源汽车).
pub(crate) fn trade_words_only(mut s: &str) -> bool {
    let trades = &lexicon::LEXICON.trade_words;
    while let Some((w, _)) = trades.prefix(s) {
        s = &s[w.len()..];
    }
    s.is_empty()
}

/// Whether the text writes `form`, two or three characters, as a place: with an
/// administrative level (泉安市), or as a route's end (泉安至曼谷, 大阪至泉安). A brand that opens
/// a registered name with no place of the gazetteer before it may be the town's name.
/// `admin` and `routes` are found once per text, when first asked: the forms written with a
/// level, and the two or three Han characters on either side of each 至 (a search of the
/// whole text for every brand would make a long text quadratic).
fn written_as_place<'t>(
    text: &'t str,
    form: &str,
    admin: &mut Option<FxSet<&'t str>>,
    routes: &mut Option<FxSet<&'t str>>,
) -> bool {
    if form.chars().nth(3).is_some() {
        return false;
    }
    admin.get_or_insert_with(|| named::admin_named(text)).contains(form)
        || routes.get_or_insert_with(|| route_ends(text)).contains(form)
}

/// The runs of two and three Han characters right before and right after each 至 of `text`.
fn route_ends(text: &str) -> FxSet<&str> {
    let mut ends = FxSet::default();
    for (i, c) in text.match_indices('至') {
        let before = &text[..i];
        let mut back =
            before.char_indices().rev().take_while(|&(_, c)| crate::normalize::is_han(c));
        for (n, (k, _)) in back.by_ref().take(3).enumerate() {
            if n >= 1 {
                ends.insert(&before[k..]);
            }
        }
        let after = &text[i + c.len()..];
        for (n, (k, ch)) in after
            .char_indices()
            .take_while(|&(_, c)| crate::normalize::is_han(c))
            .take(3)
            .enumerate()
        {
            if n >= 1 {
                ends.insert(&after[..k + ch.len_utf8()]);
            }
        }
    }
    ends
}

/// Whether a brand without its place reads as a name alone: jieba does not know it as a
/// common word (时代, 茅台/n are words; 信诺康, 澜辰, 启明微创 and names it tags as such are not).
fn reads_as_brand(brand: &str, jieba: &Jieba) -> bool {
    let tags = jieba.tag(brand, false);
    match tags.as_slice() {
        [one] => matches!(one.tag, "nr" | "nrt" | "nz" | "nt" | "x"),
        // Words jieba does not know as one (澜辰, 启明微创) are coined.
        _ => true,
    }
}

/// 大理州住房和城乡建设局 of 大理白族自治州住房和城乡建设局 (an autonomous prefecture or
/// county written with its place and level only), 洛阳市税务局 of 国家税务总局洛阳市税务局 (a
/// local bureau without the national one it belongs to): a body named both ways is one, the
/// longer name canonical, when the short one is the rest of only one such name.
fn autonomous_and_parent_forms<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let bodies =
        || cands.iter().filter(|c| matches!(c.kind, EntityKind::Organization | EntityKind::Park));
    let names: FxSet<&'t str> = bodies().map(|c| c.name).collect();
    if names.len() < 2 {
        return;
    }
    let mut owner: FxMap<&'t str, Option<Key<'t>>> = FxMap::default();
    for c in bodies() {
        let name = c.name;
        for (autonomous, level) in [("自治州", "州"), ("自治县", "县")] {
            let Some(k) = name.find(autonomous) else { continue };
            let rest = &name[k + autonomous.len()..];
            // The place before the people(s) named: two or three characters.
            for (p, _) in name.char_indices().skip(2).take(2) {
                let short = format!("{}{level}{rest}", &name[..p]);
                if let Some(&found) = names.get(short.as_str()) {
                    claim(&mut owner, found, (c.kind, name));
                }
            }
        }
        if let Some(k) = name.find("总局").filter(|&k| k > 0) {
            let rest = &name[k + "总局".len()..];
            if rest.chars().count() >= 4 {
                if let Some(&found) = names.get(rest) {
                    claim(&mut owner, found, (c.kind, name));
                }
            }
        }
    }
    for (short, key) in owner {
        if let Some(key) = key {
            by_surface.insert(short, key);
        }
    }
}

/// 江西省统计局 and 省统计局, 青川州统计局 and 州统计局, 中国钢铁工业协会 and 钢铁工业协会,
/// 德国博世集团 and 博世集团: an organization, park or enterprise named as another of the text
/// without its leading place is that body (the longer name is the canonical one), when it is
/// the rest of only one such name.
fn place_prefixed_bodies<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let lex = &*lexicon::LEXICON;
    // Organizations and parks name each other (a 管委会 and its park); an enterprise only
    // another enterprise.
    let class = |k: EntityKind| match k {
        EntityKind::Organization | EntityKind::Park => Some(false),
        EntityKind::Enterprise => Some(true),
        _ => None,
    };
    let names: FxSet<Key<'t>> =
        cands.iter().filter(|c| class(c.kind).is_some()).map(|c| (c.kind, c.name)).collect();
    if names.len() < 2 {
        return;
    }
    let short: FxSet<(Option<bool>, &str)> = names.iter().map(|&(k, n)| (class(k), n)).collect();
    // Each short name's longer owner; `None` once it has two.
    let mut owner: FxMap<&'t str, Option<Key<'t>>> = FxMap::default();
    for &(kind, name) in &names {
        let enterprise = class(kind) == Some(true);
        // (成县商务局 and 县商务局: a county's name may have one character, before its level.)
        for (i, _) in name.char_indices().skip(1) {
            let (place, rest) = name.split_at(i);
            if rest.chars().count() < 3 {
                break;
            }
            if place.chars().nth(1).is_none() && (enterprise || !rest.starts_with('县')) {
                continue;
            }
            // The place: one of the gazetteer, or for a public body any one the name writes
            // with its level (青川 + 州统计局).
            // (浙江省金华市义乌 + 市商务局: places with their levels may lead it; 延边朝鲜族
            // 自治 + 州商务局: so may an autonomous prefecture's or county's name.)
            let leveled = !enterprise
                && rest.starts_with(['省', '市', '县', '州', '区', '镇', '旗', '盟'])
                && {
                    let mut own = place;
                    while let Some(n) = leveled_place_prefix(own).filter(|&n| n < own.len()) {
                        own = &own[n..];
                    }
                    own.chars().count() <= 3 || own.ends_with("自治")
                };
            // (中国人民银行东岭中心支行 and 东岭中心支行, 中国工商银行绵阳分行 and 绵阳分行: a
            // bank's branch named without its bank is that branch, whatever kind it was
            // read as alone: a body as the central bank keeps its own for its branches.)
            // (成都住房公积金管理中心邛崃分中心 and 邛崃分中心: so is a centre's.)
            let branch = (place.ends_with("银行") || place.ends_with("中心"))
                && named::BRANCHES.iter().any(|b| rest.ends_with(b))
                && [true, false].iter().any(|&e| short.contains(&(Some(e), rest)));
            // (中国（广西）自由贸易试验区南宁片区 and 南宁片区: a zone's part without its zone.)
            // (阳逻临港产业园 and 临港产业园: so is a park written without the local name of two
            // or three characters that opens it, as a park of the gazetteer's place would be.)
            let local = place.chars().count() <= 3
                && place.chars().all(crate::normalize::is_han)
                && rest.chars().count() >= 4;
            let zone_part = kind == EntityKind::Park
                && (rest.ends_with("片区") || local)
                && short.contains(&(Some(false), rest));
            if branch || zone_part {
                claim(&mut owner, rest, (kind, name));
                continue;
            }
            if !(leveled || lex.is_place(place)) {
                continue;
            }
            // (赣县区人民政府 and 区政府: a government is written without 人民 too.)
            let gov =
                rest.strip_suffix("人民政府").filter(|l| l.chars().nth(1).is_none()).and_then(
                    |l| names.iter().map(|&(_, n)| n).find(|n| n.strip_suffix("政府") == Some(l)),
                );
            if let Some(gov) = gov.filter(|_| !enterprise) {
                claim(&mut owner, gov, (kind, name));
            }
            if !short.contains(&(class(kind), rest)) {
                continue;
            }
            claim(&mut owner, rest, (kind, name));
        }
    }
    for (rest, key) in owner {
        if let Some(key) = key {
            // The short form's own surface (and the forms that pointed to it) now name the
            // longer body.
            by_surface.insert(rest, key);
        }
    }
}

/// 济宁港航物流园区 and 济宁市港航物流园区: a park's or body's name opening with its place
/// written with its level is the same as one written without it, where the text has both.
fn level_free_forms<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let lex = &*lexicon::LEXICON;
    let bodies =
        || cands.iter().filter(|c| matches!(c.kind, EntityKind::Park | EntityKind::Organization));
    let mut forms: FxMap<String, Option<Key<'t>>> = FxMap::default();
    // (Each name once: a name is a candidate at each of its mentions.)
    let mut seen: FxSet<&'t str> = FxSet::default();
    for c in bodies().filter(|c| seen.insert(c.name)) {
        let Some(place) = leading_place(c.name).filter(|p| c.name.starts_with(*p)) else {
            continue;
        };
        let bare = &place[..place.len() - place.chars().next_back().map_or(0, char::len_utf8)];
        if bare.chars().nth(1).is_some() && lex.is_place(bare) {
            claim(&mut forms, format!("{bare}{}", &c.name[place.len()..]), (c.kind, c.name));
        }
    }
    if forms.is_empty() {
        return;
    }
    for c in bodies() {
        if let Some(&Some(key)) = forms.get(c.name) {
            if key.0 == c.kind && by_surface.get(c.name).is_none_or(|&(_, o)| o == c.name) {
                by_surface.insert(c.surface, key);
                by_surface.insert(c.name, key);
            }
        }
    }
}

/// 完达山 → 完达山乳业股份有限公司 → 黑龙江省完达山乳业股份有限公司: a form pointing to a
/// name that is itself a form of another entity of the same kind names that entity (one
/// entry, not two listing each other).
fn follow_alias_chains(by_surface: &mut Surfaces<'_>) {
    let moved: Vec<_> = by_surface
        .iter()
        .filter_map(|(&surface, &key)| {
            let mut to = key;
            // A few hops at most: each follows a distinct alias rule.
            for _ in 0..4 {
                match by_surface.get(to.1) {
                    Some(&next) if next != to && next.0 == to.0 => to = next,
                    _ => break,
                }
            }
            (to != key).then_some((surface, to))
        })
        .collect();
    by_surface.extend(moved);
}

/// `s` without every trailing `suffix` (as `trim_end_matches`, without its searcher setup).
fn trim_all<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// Records `owner` as the owner of `key`: the only one, or `None` once a second claims it
/// (a short form two names could stand for names neither).
fn claim<K: std::hash::Hash + Eq, V: PartialEq>(map: &mut FxMap<K, Option<V>>, key: K, owner: V) {
    match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(mut o) => {
            if o.get().as_ref() != Some(&owner) {
                o.insert(None);
            }
        }
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(Some(owner));
        }
    }
}

/// The abbreviation and full-form pairs of a two-column table.
fn abbreviation_pairs(data: &'static str) -> Vec<(&'static str, &'static str)> {
    crate::words::lines(data).filter_map(|l| l.split_once('\t')).collect()
}

/// Abbreviated park suffixes and the full ones they stand for (`src/data/park_abbreviations.tsv`).
static PARK_ABBREVIATIONS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| abbreviation_pairs(include_str!("../data/park_abbreviations.tsv")));

/// 安庆高新区化工园区, 锦州经济技术开发区保税物流中心: a park named inside a zone names the
/// zone as well, which is an entity even where the text never names it alone.
fn zones_opening_parks<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    // The suffixes of a development zone, which holds parks (片区, 景区 and 集聚区 hold none).
    const ZONES: [&str; 4] = ["开发区", "高新区", "经开区", "保税区"];
    let lex = &*lexicon::LEXICON;
    for c in cands.iter().filter(|c| c.kind == EntityKind::Park) {
        let s = c.surface;
        // The zone's end: the last zone suffix leaving a name of two characters at least after it.
        let Some(end) = ZONES
            .iter()
            .filter_map(|z| s.rfind(z).map(|i| i + z.len()))
            .filter(|&e| s[e..].chars().nth(1).is_some())
            .max()
        else {
            continue;
        };
        let zone = &s[..end];
        // A place opens the zone's name (and is not all of it but the suffix's end).
        if lex.place_prefix(zone).is_some_and(|n| n + "高新区".len() <= zone.len()) {
            by_surface.entry(zone).or_insert((EntityKind::Park, zone));
        }
    }
}

/// 滁河经开区 and 滁河经济技术开发区: a park named with an abbreviated suffix (or without its
/// national rank) is the one named in full, which is the canonical name; the bare abbreviation standing alone (经开区) is the
/// only park of the text with that suffix, when there is one.
fn park_abbreviations<'t>(text: &str, cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let parks: FxMap<&'t str, Key<'t>> = cands
        .iter()
        .filter(|c| c.kind == EntityKind::Park)
        .map(|c| (c.name, (c.kind, c.name)))
        .collect();
    if parks.is_empty() {
        return;
    }
    // 无锡国家高新区 and 无锡高新区: the park named without its national rank is the same one.
    for &name in parks.keys() {
        if let Some((&surface, _)) = unranked(name).and_then(|s| parks.get_key_value(s.as_str())) {
            by_surface.insert(surface, (EntityKind::Park, name));
        }
    }
    for &(abbr, full) in PARK_ABBREVIATIONS.iter() {
        // The parks named in full with this suffix.
        let mut owners: Vec<&'t str> =
            parks.keys().copied().filter(|n| n.len() > full.len() && n.ends_with(full)).collect();
        owners.sort_unstable();
        for &name in &owners {
            let stem = &name[..name.len() - full.len()];
            let short = format!("{stem}{abbr}");
            // (无锡国家高新技术产业开发区 is 无锡高新区 as well; 郑州航空港经济综合实验区 is
            // 航空港实验区, its city dropped; 湖北咸宁青泉经济开发区 is 青泉经开区, its province
            // and city dropped.)
            let without_rank = unranked(&short);
            let lex = &*lexicon::LEXICON;
            let mut own = stem;
            let without_places = std::iter::from_fn(|| {
                // (After a place, a county's bare name too: 永修 of 江西永修.)
                let county = || {
                    let ends = own.char_indices().map(|(i, _)| i).skip(2).take(2);
                    ends.filter(|&e| lex.county_shorts.contains(&own[..e])).last()
                };
                let n = lex
                    .place_prefix(own)
                    .or_else(|| county().filter(|_| own.len() < stem.len()))
                    .filter(|&n| own[n..].chars().nth(1).is_some())?;
                own = &own[n..];
                Some(format!("{own}{abbr}"))
            });
            // (临川市经济技术开发区 is 临川经开区 and 临川经济技术开发区 as well: the place
            // written without its level.)
            let level_free = without_level(stem)
                .map(|place| [format!("{place}{abbr}"), format!("{place}{full}")])
                .into_iter()
                .flatten();
            let forms =
                std::iter::once(short).chain(without_rank).chain(without_places).chain(level_free);
            for short in forms {
                if let Some((&surface, _)) = parks.get_key_value(short.as_str()) {
                    by_surface.insert(surface, (EntityKind::Park, name));
                }
            }
        }
    }
    // 丰源县高新区 … 高新区, 临川市经济技术开发区 … 经济技术开发区: the suffix standing alone, short
    // or in full, is the only park of the text named with it (either form; a park and its
    // other forms count once).
    for (i, &(abbr, _)) in PARK_ABBREVIATIONS.iter().enumerate() {
        if PARK_ABBREVIATIONS[..i].iter().any(|&(a, _)| a == abbr) {
            continue;
        }
        let fulls = || PARK_ABBREVIATIONS.iter().filter(|&&(a, _)| a == abbr).map(|&(_, f)| f);
        let mut owner: Option<Option<&'t str>> = None;
        for &name in parks.keys() {
            let ends = |suffix: &str| name.len() > suffix.len() && name.ends_with(suffix);
            if !(ends(abbr) || fulls().any(ends)) {
                continue;
            }
            let own = by_surface.get(name).map_or(name, |&(_, o)| o);
            owner = match owner {
                None => Some(Some(own)),
                Some(Some(o)) if o == own => owner,
                Some(_) => Some(None),
            };
        }
        let Some(Some(only)) = owner else { continue };
        for bare in std::iter::once(abbr).chain(fulls()) {
            if !by_surface.contains_key(bare) && standalone(text, cands, bare) {
                by_surface.insert(bare, (EntityKind::Park, only));
            }
        }
    }
}

/// A park's stem without the level closing its place (临川市 → 临川, 丰源县 → 丰源), when two
/// characters at least are left.
fn without_level(stem: &str) -> Option<&str> {
    let place = stem.strip_suffix(['市', '县', '旗'])?;
    place.chars().nth(1).is_some().then_some(place)
}

/// A park's name without its national rank (无锡国家高新区 → 无锡高新区), if it has one.
fn unranked(name: &str) -> Option<String> {
    ["国家级", "国家"].iter().find(|w| name.contains(*w)).map(|w| name.replacen(w, "", 1))
}

/// Abbreviated names of government bodies and the full endings they stand for
/// (`src/data/org_abbreviations.tsv`).
static ORG_ABBREVIATIONS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| abbreviation_pairs(include_str!("../data/org_abbreviations.tsv")));

/// 市人社局 and 洛阳市人力资源和社会保障局, 市政府新闻办 and 宜宾市人民政府新闻办公室: an
/// organization named by its level (or its place) and an abbreviation is the one body of the
/// text named in full with that level, which is the canonical name (浙江银保监局 and
/// 中国银行保险监督管理委员会浙江监管局: an office named for its place).
fn org_abbreviations<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let orgs: FxSet<&'t str> =
        cands.iter().filter(|c| c.kind == EntityKind::Organization).map(|c| c.name).collect();
    if orgs.len() < 2 {
        return;
    }
    // The bodies named in full, by table row and the place before the full ending (洛阳市),
    // and by row and that place's level (市); `None` once two share a key. Each name is
    // tested against each row once: linear in the names, where comparing pairs would not be.
    let mut by_place: FxMap<(usize, &'t str), Option<&'t str>> = FxMap::default();
    let mut by_level: FxMap<(usize, char), Option<&'t str>> = FxMap::default();
    let mut own = |key_place: (usize, &'t str), level: Option<(usize, char)>, name: &'t str| {
        claim(&mut by_place, key_place, name);
        if let Some(l) = level {
            claim(&mut by_level, l, name);
        }
    };
    for &name in &orgs {
        for (row, &(_, full)) in ORG_ABBREVIATIONS.iter().enumerate() {
            // A national body may be named bare (工业和信息化部 for 工信部).
            // (中国证券监督管理委员会…监管局: a national body's office, its place inside.)
            let place = match full.split_once('…') {
                Some((head, tail)) => name.strip_prefix(head).and_then(|r| r.strip_suffix(tail)),
                None => name.strip_suffix(full),
            };
            if let Some(place) = place {
                own((row, place), place.chars().next_back().map(|c| (row, c)), name);
            }
        }
    }
    for &short in &orgs {
        for (row, &(abbr, _)) in ORG_ABBREVIATIONS.iter().enumerate() {
            let Some(head) = short.strip_suffix(abbr) else {
                continue;
            };
            let mut chars = head.chars();
            let owner = match (chars.next(), chars.next()) {
                (Some(level), None) => by_level.get(&(row, level)).copied().flatten(),
                // (实验区管委会 and 航空港实验区管理委员会: a place the short form cuts from
                // its start, where one full name alone ends with it.)
                (Some(_), Some(_)) => by_place.get(&(row, head)).copied().flatten().or_else(|| {
                    let ends = |tail: &str| {
                        let mut found = by_place
                            .iter()
                            .filter(|((r, p), _)| {
                                *r == row && p.len() > tail.len() && p.ends_with(tail)
                            })
                            .map(|(_, o)| *o);
                        found.next().flatten().filter(|_| found.next().is_none())
                    };
                    // (高新区管委会 and 西安高新技术产业开发区管理委员会: a park's short suffix
                    // in the place stands for its full one.)
                    let full_park = || {
                        PARK_ABBREVIATIONS
                            .iter()
                            .filter_map(|&(abbr, full)| {
                                head.strip_suffix(abbr).map(|stem| format!("{stem}{full}"))
                            })
                            .find_map(|f| ends(&f))
                    };
                    ends(head).or_else(full_park)
                }),
                (None, _) => by_place.get(&(row, head)).copied().flatten(),
            };
            if let Some(owner) = owner.filter(|o| *o != short) {
                by_surface.insert(short, (EntityKind::Organization, owner));
            }
        }
    }
}

/// Endings of a zone of government (开发区, 高新区), whose name before 项目 names the projects
/// in it, never one project building it.
static ZONE_ENDINGS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/government_zone_endings.txt")));

/// Endings of an area whose 管委会 is no park's (龙虎山风景区管委会): 园区管委会 refers back to
/// none of them.
const NON_PARK_AREAS: [&str; 7] = ["景区", "保护区", "社区", "城区", "辖区", "街区", "度假区"];

/// 园区管委会 (开发区管委会, 高新区管委会) after 某某物流园管委会: a body named by a bare park
/// word and 管委会 refers back to the park body the text names in full, when it names exactly
/// one (a 园区 any park; another word a park written with it or its full form).
fn bare_park_bodies<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    const BODIES: [&str; 2] = ["管理委员会", "管委会"];
    let lex = &*lexicon::LEXICON;
    let mut full: Option<Option<(&'t str, &'t str)>> = None;
    let mut shorts: Vec<(&'t str, &'t str)> = Vec::new();
    for c in cands.iter().filter(|c| c.kind == EntityKind::Organization) {
        let Some(head) = BODIES.iter().find_map(|b| c.name.strip_suffix(b)) else { continue };
        if named::bare_park_word(head) {
            shorts.push((c.name, head));
        } else if head.ends_with(['园', '区'])
            && !NON_PARK_AREAS.iter().any(|a| head.ends_with(a))
            && head.chars().nth(2).is_some()
            && !lex.is_place(head)
        {
            full = match full {
                None => Some(Some((c.name, head))),
                Some(Some((n, _))) if n == c.name => full,
                Some(_) => Some(None),
            };
        }
    }
    let Some(Some((owner, park))) = full else { return };
    for (short, word) in shorts {
        let written = park.ends_with(word)
            || PARK_ABBREVIATIONS.iter().any(|&(abbr, f)| abbr == word && park.ends_with(f));
        if (word == "园区" || written) && by_surface.get(short).is_none_or(|&(_, o)| o == short) {
            by_surface.insert(short, (EntityKind::Organization, owner));
        }
    }
}

/// Short names of banks and the full names they stand for (`src/data/bank_abbreviations.tsv`).
static BANK_ABBREVIATIONS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| abbreviation_pairs(include_str!("../data/bank_abbreviations.tsv")));

/// The bank and branch a name writes, in one spelling: the full bank name, its legal form
/// dropped, and the branch without its levels (农行襄阳分行 and
/// 中国农业银行股份有限公司襄阳市分行 both give 中国农业银行 + 襄阳分行).
fn bank_branch(name: &str) -> Option<String> {
    let (bank, rest) = BANK_ABBREVIATIONS.iter().find_map(|&(short, full)| {
        let rest = name.strip_prefix(full).or_else(|| name.strip_prefix(short))?;
        Some((full, rest))
    })?;
    let rest = REGISTERED_SUFFIXES.iter().find_map(|f| rest.strip_prefix(f)).unwrap_or(rest);
    // Only a branch: a bank's bare name is merged, or not, by the other rules.
    if !rest.ends_with(['行', '支']) || rest.chars().count() < 3 {
        return None;
    }
    let branch: String = rest.chars().filter(|c| !matches!(c, '省' | '市' | '县' | '区')).collect();
    Some(format!("{bank}{branch}"))
}

/// 农行襄阳分行 and 中国农业银行股份有限公司襄阳分行, 人行襄阳中心支行 and
/// 中国人民银行襄阳市中心支行: a bank's branch named with the bank's short name is the one
/// named in full (the longest name is the canonical one).
fn bank_branches<'t>(cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let mut by_branch: FxMap<String, Vec<Key<'t>>> = FxMap::default();
    for c in cands {
        // (Most names are no branch: the ending is tested before the table.)
        if !matches!(c.kind, EntityKind::Enterprise | EntityKind::Organization)
            || !c.name.ends_with(['行', '支'])
        {
            continue;
        }
        if let Some(branch) = bank_branch(c.name) {
            let keys = by_branch.entry(branch).or_default();
            if !keys.iter().any(|k| k.1 == c.name) {
                keys.push((c.kind, c.name));
            }
        }
    }
    for keys in by_branch.values().filter(|k| k.len() > 1) {
        let Some(&owner) = keys.iter().max_by_key(|k| (k.1.len(), k.1)) else { continue };
        for k in keys.iter().filter(|k| **k != owner) {
            by_surface.insert(k.1, owner);
        }
    }
}

/// 华锐（重庆）新材料有限公司 … 华锐重庆: a subsidiary registered with its place in brackets
/// is written later as its brand and that place. The forms (each leading part of the brand,
/// of two characters or more, and the place) are searched in the text in one pass.
fn bracketed_place_forms<'t>(
    text: &'t str,
    cands: &[Cand<'t>],
    jieba: &Jieba,
    by_surface: &mut Surfaces<'t>,
) {
    let mut forms: Vec<String> = Vec::new();
    let mut owner_of: Vec<&'t str> = Vec::new();
    let mut seen: FxSet<&'t str> = FxSet::default();
    for c in cands.iter().filter(|c| c.kind == EntityKind::Enterprise) {
        if !seen.insert(c.name) {
            continue;
        }
        let Some((open, end)) = bracketed_place(c.name, jieba) else { continue };
        let brand = &c.name[..open];
        // (The place between the brackets, each of them one character.)
        let inner = &c.name[open..end];
        let first = inner.chars().next().map_or(0, char::len_utf8);
        let last = inner.chars().next_back().map_or(0, char::len_utf8);
        let place = &inner[first..inner.len() - last];
        for (i, _) in brand.char_indices().skip(2) {
            forms.push(format!("{}{place}", &brand[..i]));
            owner_of.push(c.name);
        }
        if brand.chars().count() >= 2 {
            forms.push(format!("{brand}{place}"));
            owner_of.push(c.name);
        }
    }
    if forms.is_empty() {
        return;
    }
    let set = NameSet::new(forms.iter().map(String::as_str));
    for (start, end, id) in set.find_iter(text) {
        by_surface.insert(&text[start..end], (EntityKind::Enterprise, owner_of[id]));
    }
}

/// 陕西投资集团有限公司（陕投集团）: a short form in brackets right after a name, without
/// 简称, is declared too when its characters are the name's, in order, the first among
/// the name's first three (陕投集团, 长电科技; not a place or a note, 重庆, 含子公司), or
/// among its first six for a form of four or more (北部湾海联集装箱航运有限公司（海联航运）:
/// a region the place list lacks may open the name).
fn bracketed_short_forms<'t>(text: &'t str, cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let lex = &*lexicon::LEXICON;
    for c in
        cands.iter().filter(|c| matches!(c.kind, EntityKind::Enterprise | EntityKind::Organization))
    {
        let Some(rest) = text[c.span.end..].strip_prefix(['（', '(']) else { continue };
        let Some(close) = rest.find(['）', ')']) else { continue };
        let short = &rest[..close];
        let n = short.chars().count();
        if !(2..=8).contains(&n)
            || n >= c.name.chars().count()
            || !short.chars().all(crate::normalize::is_han)
            || lex.is_place(short)
            // (Unless another name claims it already; its own candidate does not count.)
            || by_surface.get(short).is_some_and(|&(_, owner)| owner != short)
        {
            continue;
        }
        if abbreviates(short, c.name) || brand_led(short, c.name) || province_led(short, c.name) {
            by_surface.insert(short, (c.kind, c.name));
        }
    }
}

/// 某城投集团（某县城市发展投资集团有限公司）: a registered name alone in brackets right after
/// a short one of the same kind, abbreviated by it as [`bracketed_short_forms`] asks, is its
/// full name; the short form is its alias. `cands` is sorted by start.
fn bracketed_full_names<'t>(text: &'t str, cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    for c in
        cands.iter().filter(|c| matches!(c.kind, EntityKind::Enterprise | EntityKind::Organization))
    {
        let Some(rest) = text[c.span.end..].strip_prefix(['（', '(']) else { continue };
        let start = text.len() - rest.len();
        let full = starting_at(cands, start).iter().find(|o| {
            o.kind == c.kind
                && text[o.span.end..].starts_with(['）', ')'])
                && o.name.chars().count() > c.name.chars().count()
        });
        let Some(full) = full else { continue };
        // (Unless another name claims the short form already.)
        if by_surface.get(c.name).is_some_and(|&(_, owner)| owner != c.name) {
            continue;
        }
        let short = c.name;
        if abbreviates(short, full.name)
            || brand_led(short, full.name)
            || province_led(short, full.name)
        {
            let key = (full.kind, full.name);
            by_surface.insert(c.surface, key);
            by_surface.insert(c.name, key);
        }
    }
}

/// 兰州中川国际机场 … 中川机场: an international airport is written later by its own name
/// and 机场, its place and 国际 dropped; that form, where the text has it, is the airport.
fn airport_short_forms<'t>(text: &'t str, cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    let lex = &*lexicon::LEXICON;
    // (Each airport once: a candidate per mention would search the text once per mention.)
    let mut seen: FxSet<&str> = FxSet::default();
    for c in cands.iter().filter(|c| c.kind == EntityKind::Place) {
        let Some(stem) = c.name.strip_suffix("国际机场") else { continue };
        if !seen.insert(c.name) {
            continue;
        }
        let mut own = stem;
        while let Some(n) = lex.place_prefix(own).filter(|&n| own[n..].chars().nth(1).is_some()) {
            own = &own[n..];
        }
        if own.len() == stem.len() {
            continue;
        }
        let short = format!("{own}机场");
        if let Some(i) = text.find(short.as_str()) {
            let surface = &text[i..i + short.len()];
            by_surface.entry(surface).or_insert((c.kind, c.name));
        }
    }
}

/// 云山经济开发区（星火工业园）: a park named in full in brackets right after another park is
/// that park's second name (a zone and the industrial park it grew from share one
/// administration), and the first name is the canonical one; a part of it (赣江新区（南昌片区）)
/// is not. `cands` is sorted by start.
fn bracketed_park_names<'t>(text: &'t str, cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    for c in cands.iter().filter(|c| c.kind == EntityKind::Park) {
        let Some(rest) = text[c.span.end..].strip_prefix(['（', '(']) else { continue };
        let start = text.len() - rest.len();
        // (A park's name is short: the close is looked for within 40 characters.)
        let near = &rest[..crate::span::floor_char_boundary(rest, 40 * 3)];
        let Some(close) = near.find(['）', ')']) else { continue };
        let from = cands.partition_point(|o| o.span.start < start);
        let inner = cands[from..]
            .iter()
            .take_while(|o| o.span.start == start)
            .find(|o| o.kind == EntityKind::Park && o.span.end == start + close);
        let part = |n: &str| ["片区", "港区", "功能区"].iter().any(|p| n.ends_with(p));
        if let Some(inner) = inner.filter(|i| i.name != c.name && !part(i.name)) {
            by_surface.insert(inner.surface, (c.kind, c.name));
        }
    }
}

/// `襄阳鼎力汽车零部件有限公司（鼎力汽配）`: a bracketed short form that opens with the
/// name's brand (two characters in a row, near its start) and abbreviates the trade in its own
/// words (汽配 for 汽车零部件): all but one of its other characters are the name's, in order.
fn brand_led(short: &str, name: &str) -> bool {
    let Some((brand_end, _)) = short.char_indices().nth(2) else { return false };
    let Some(at) = name.find(&short[..brand_end]) else { return false };
    if short.chars().count() < 4 || name[..at].chars().count() > 6 {
        return false;
    }
    let mut rest = &name[at + brand_end..];
    let missing = short[brand_end..]
        .chars()
        .filter(|&ch| match rest.find(ch) {
            Some(i) => {
                rest = &rest[i + ch.len_utf8()..];
                false
            }
            None => true,
        })
        .count();
    missing <= 1
}

/// One-character abbreviations of provinces and their names (`src/data/province_abbreviations.tsv`).
static PROVINCE_ABBREVIATIONS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        abbreviation_pairs(include_str!("../data/province_abbreviations.tsv"))
    });

/// 湖南省水利水电建设集团有限公司（湘水建设）: a short form opening with the one-character
/// abbreviation of the province opening the name (湘 for 湖南), the rest abbreviating the name
/// after the province as [`abbreviates_from_start`] does.
fn province_led(short: &str, name: &str) -> bool {
    let Some(first) = short.chars().next() else { return false };
    let rest = &short[first.len_utf8()..];
    if rest.is_empty() {
        return false;
    }
    PROVINCE_ABBREVIATIONS.iter().any(|&(abbr, province)| {
        if !short.starts_with(abbr) || !name.starts_with(province) {
            return false;
        }
        // (After the province's level too: 湖南省 → 水利水电建设….)
        let end = lexicon::LEXICON.place_prefix(name).filter(|&n| n > province.len());
        let after = &name[end.unwrap_or(province.len())..];
        abbreviates_from_start(rest, after)
    })
}

/// Whether `short`'s characters are `name`'s, in order, the first among its first three
/// (six for a form of four characters or more).
fn abbreviates(short: &str, name: &str) -> bool {
    // (燕赵钢铁集团唐山钢板有限公司（唐钢板）: a group's company is abbreviated from its own
    // name, after the group's.)
    let own = name.find("集团").map(|i| &name[i + "集团".len()..]);
    abbreviates_from_start(short, name)
        || own.is_some_and(|o| o.chars().nth(3).is_some() && abbreviates_from_start(short, o))
}

/// [`abbreviates`] of `name` as a whole, from its start.
fn abbreviates_from_start(short: &str, name: &str) -> bool {
    let reach = if short.chars().nth(3).is_some() { 6 } else { 3 };
    let mut chars = short.chars();
    let Some(first) = chars.next() else { return false };
    let Some(start) = name.find(first).filter(|&i| name[..i].chars().count() < reach) else {
        return false;
    };
    let mut rest = &name[start + first.len_utf8()..];
    chars.all(|ch| match rest.find(ch) {
        Some(i) => {
            rest = &rest[i + ch.len_utf8()..];
            true
        }
        None => false,
    })
}

/// Whether `word` occurs in `text` outside the candidates' names (`cands` sorted by start).
/// 东澜港口集团有限公司…港口集团利润…: a group named by a common word alone (港口集团, 交通集团)
/// after one enterprise whose name holds it after a brand of its own is that enterprise, when
/// the text names no other such one.
fn generic_group_forms<'t>(cands: &[Cand<'t>], jieba: &Jieba, by_surface: &mut Surfaces<'t>) {
    // Each form is settled at its first mention: a long text names 港口集团 many times, and
    // the scan back over the enterprises before it would make the pass quadratic.
    let mut settled: FxSet<&'t str> = FxSet::default();
    for (k, c) in cands.iter().enumerate() {
        // (Cheap tests first: few names are a bare word and 集团.)
        let Some(word) = c.name.strip_suffix("集团") else { continue };
        if c.kind != EntityKind::Enterprise
            || !(2..=4).contains(&word.chars().count())
            || by_surface.get(c.surface).is_some_and(|&(_, owner)| owner != c.name)
            || !settled.insert(c.name)
        {
            continue;
        }
        let common = matches!(jieba.tag(word, false).as_slice(), [t]
            if matches!(t.tag, "n" | "vn") && jieba.has_word(word));
        if !common {
            continue;
        }
        // The enterprises named before it whose names hold the group's after a brand.
        let mut owner: Option<Key<'t>> = None;
        let mut several = false;
        for o in cands[..k].iter().filter(|o| o.kind == EntityKind::Enterprise) {
            let holds = o.name.find(c.name).is_some_and(|i| i > 0);
            let Some(&key) = by_surface.get(o.surface).filter(|_| holds) else { continue };
            match owner {
                Some(known) if known != key => several = true,
                _ => owner = Some(key),
            }
        }
        if let Some(key) = owner.filter(|_| !several) {
            by_surface.insert(c.surface, key);
            by_surface.insert(c.name, key);
        }
    }
}

fn standalone(text: &str, cands: &[Cand], word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        // Candidates that could cover i start at most 200 bytes before it.
        let lo = cands.partition_point(|c| c.span.start + 200 < i);
        let hi = cands.partition_point(|c| c.span.start < i);
        !cands[lo..hi].iter().any(|c| i < c.span.end || c.span.end == i + word.len())
    })
}

/// A bare 管委会 / 党工委 standing alone refers to the body of that kind the text names most.
fn bare_suffix_aliases<'t>(text: &str, cands: &[Cand<'t>], by_surface: &mut Surfaces<'t>) {
    for bare in ["管委会", "党工委", "专班"] {
        if by_surface.contains_key(bare) {
            continue;
        }
        let mut counts: FxMap<&'t str, usize> = FxMap::default();
        for c in
            cands.iter().filter(|c| c.kind == EntityKind::Organization && c.name.ends_with(bare))
        {
            *counts.entry(c.name).or_default() += 1;
        }
        let Some((&best, _)) = counts.iter().max_by_key(|(n, k)| (**k, std::cmp::Reverse(**n)))
        else {
            continue;
        };
        // Only when the bare word occurs outside the names.
        if bare != "专班" && standalone(text, cands, bare) {
            by_surface.insert(bare, (EntityKind::Organization, best));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The block index answers as the binary search over all mentions, at every position of
    /// the text and past it.
    #[test]
    fn mention_blocks_as_binary_search() {
        let starts = [0, 3, 3, 60, 64, 65, 200, 330, 331, 399];
        let mentions: Vec<(NSpan, usize)> =
            starts.iter().map(|&s| (NSpan::new(s, s + 6), 0)).collect();
        for len in [0, 63, 64, 400, 405] {
            let kept: Vec<_> = mentions.iter().copied().filter(|(s, _)| s.start <= len).collect();
            let e = Entities::new(Vec::new(), kept.clone(), len);
            for at in 0..len + 300 {
                assert_eq!(e.first_from(at), kept.partition_point(|(s, _)| s.start < at), "{at}");
            }
        }
    }
}
