//! Short enterprise names from context: enumerations (`A、B、C等重点企业`), visit lists
//! (`前往A、B、C`), a name opening a clause with a capacity after it (`甲乙半导体5万吨多晶硅`)
//! and the heads of project lists (`实施A公司X改造、B公司Y生产线等项目`).

use super::Cand;
use super::lexicon::{Cue, Hits, LEXICON, List};
use super::named::{Leading, function_char, strip_leading_words};
use crate::normalize::is_han;
use crate::quantity::RawQuantity;
use crate::quantity::unit::UnitClass;
use crate::report::EntityKind;
use crate::sentence::{clause_start, is_clause_sep};
use crate::span::NSpan;
use crate::words::{FxMap, FxSet, Words};
use jieba_rs::Jieba;
use std::sync::LazyLock;

/// Modifiers between 等 and the head word (等重点企业, 等12家龙头企业).
static ENUM_MODIFIERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/enum_modifiers.txt")));

/// Whether `s` ends with a word that grades enterprises (重点, 高新技术, 国有): before 企业,
/// a class of them.
pub(crate) fn grades_enterprises(s: &str) -> bool {
    ENUM_MODIFIERS.suffix(s).is_some()
}

/// What makes a trade word an industry (某地新能源产业): no brand shape before it.
static INDUSTRY_HEADS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/industry_heads.txt")));

/// Generic heads: a list item ending in one is a category, not a name.
static GENERIC_ENDINGS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/generic_endings.txt")));

/// Trade words after which a city's name alone names a company reporting its results.
static COMPANY_TRADES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/company_trades.txt")));

/// Whether `word` is a trade a city's firm is named by (石化 of 某市石化).
pub(crate) fn is_company_trade(word: &str) -> bool {
    COMPANY_TRADES.contains(word)
}

/// Verbs by which a class names its members (包括, 包含, 涵盖), read by the indicator stage
/// too (参展企业包含甲、乙等120家 counts the class).
pub(crate) static INCLUDING_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/including_words.txt")));

/// Enterprises named in `A、B、C等(N家)(重点)企业` lists.
pub(crate) fn enumerations<'t>(
    text: &'t str,
    hits: &Hits,
    named: &[Cand],
    lead: &Leading,
    out: &mut Vec<Cand<'t>>,
) {
    let lex = &*LEXICON;
    // Where each list ends, and what follows it: after 等 an optional count (等12家), after a
    // group number (三大, 两家) nothing more, and only right after an item.
    let ends = hits.cues(Cue::Enumeration).map(|(pos, end)| {
        let rest = &text[end..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &rest[digits..];
        let counted =
            (digits > 0).then(|| rest.strip_prefix('家').or_else(|| rest.strip_prefix('个')));
        // (等120家。: firms counted, closing the clause with no head after them.)
        let firms = digits > 0 && rest.starts_with('家');
        (pos, counted.flatten().unwrap_or(rest), firms)
    });
    let groups = hits
        .cues(Cue::Group)
        .filter(|&(pos, _)| text[..pos].chars().next_back().is_some_and(is_han))
        .map(|(pos, end)| (pos, &text[end..], false));
    for (pos, mut rest, firms) in ends.chain(groups) {
        while let Some((m, _)) = ENUM_MODIFIERS.prefix(rest) {
            rest = &rest[m.len()..];
        }
        // 等动力电池及新能源汽车上下游企业: a trade phrase of its own before the head, up to
        // 16 characters of one clause.
        // (等产品已向头部电池企业供货: the phrase ends at a verb or preposition; the items
        // are products.)
        let headed = |r: &str| lex.enum_heads.prefix(r).is_some();
        let trade_phrase = || {
            rest.char_indices()
                .take(16)
                .take_while(|&(_, c)| is_han(c) && !"已向在将对为把被从是".contains(c))
                .any(|(i, _)| i > 0 && headed(&rest[i..]))
        };
        // 参展企业包括甲、乙等120家: firms counted closing the clause, in a list that a class
        // of enterprises opens with 包括 (包含, 涵盖), are headed by that class.
        let class_opened = || {
            let closes = rest.is_empty() || rest.starts_with(crate::sentence::is_clause_sep);
            let head =
                &text[crate::span::ceil_char_boundary(text, pos.saturating_sub(60 * 3))..pos];
            // (The clause, over the list's 、.)
            let sep = |c: char| c != '、' && (crate::sentence::is_clause_sep(c) || c == '。');
            let head = head
                .rfind(sep)
                .map_or(head, |i| &head[i + head[i..].chars().next().map_or(0, char::len_utf8)..]);
            closes
                && INCLUDING_WORDS.iter().any(|w| {
                    head.find(w).is_some_and(|k| lex.enum_heads.suffix(&head[..k]).is_some())
                })
        };
        let direct = headed(rest) || firms && class_opened();
        if !direct && !trade_phrase() {
            continue;
        }
        // 显示面板、玻璃基板、驱动芯片等上下游企业: before a trade phrase or a chain's
        // enterprises, the items may be products; one jieba reads as common nouns only is one.
        let chain = !direct || rest.starts_with("上下游") || rest.starts_with("配套");
        let product = |name: &str| {
            lead.jieba().tag(name, false).iter().all(|t| matches!(t.tag, "n" | "vn" | "v" | "mq"))
        };
        let items = list_items(text, pos, named);
        let names: Vec<_> = items
            .iter()
            .filter_map(|&s| item_name(text, s, named, lead))
            // (金风科技、远景能源等风电装备企业: a brand and a trade word is a name.)
            .filter(|c| !(chain && product(c.name) && !brand_and_trade(c.name)))
            .collect();
        // Registered names among the items (甲有限公司、冀南面业等龙头企业) vouch for the list.
        let registered = items
            .iter()
            .filter(|i| {
                super::ending_at(named, i.end)
                    .any(|c| c.kind == EntityKind::Enterprise && c.span.start >= i.start)
            })
            .count();
        let trusted =
            names.len() + registered >= 2 || names.iter().any(|c| brand_and_trade(c.name));
        // (零部件、电池等企业: items jieba reads as common nouns only, every one of them, are
        // the trades of the enterprises, none a name.)
        let all_products =
            registered == 0 && names.iter().all(|c| product(c.name) && !brand_and_trade(c.name));
        if trusted && !all_products {
            out.extend(names);
        }
    }
}

/// Enterprises in `前往A、B、C` visit lists (places and parks in them are skipped).
pub(crate) fn visit_lists<'t>(
    text: &'t str,
    hits: &Hits,
    named: &[Cand],
    lead: &Leading,
    out: &mut Vec<Cand<'t>>,
) {
    // Verb by verb, each verb's occurrences in order (no verb overlaps itself, so these are
    // what match_indices would give), found in one pass.
    let mut verbs: Vec<(usize, usize)> =
        hits.all(List::Visit).map(|(start, _, id)| (id, start)).collect();
    verbs.sort_unstable();
    for (v, pos) in verbs {
        let verb = LEXICON.visit_verbs.entries()[v].0;
        let start = pos + verb.len();
        // 深入打好蓝天、碧水、净土保卫战: the verb opens another action, not a visit.
        let head: String = text[start..].chars().take(4).collect();
        let tags = lead.jieba().tag(&head, false);
        let acts = match tags.as_slice() {
            // 打好, 做好, 抓好: a verb and its result.
            [v, good, ..] if v.tag == "v" && good.word == "好" => true,
            // 深入贯彻落实大气、水…计划: a set phrase of verbs (tagged i, l) too.
            [t, ..] => {
                matches!(t.tag, "v" | "vd" | "vn" | "d" | "i" | "l") && t.word.chars().count() >= 2
            }
            [] => false,
        };
        // (深入落实扩内需、促消费…: a verb of the lead words, which jieba may tag otherwise,
        // 落实/a, opens an action too.)
        let lead_verb =
            || LEXICON.lead_verb_words.prefix(&head).is_some_and(|(w, _)| w.chars().count() >= 2);
        if acts || lead_verb() {
            continue;
        }
        // The list runs to the end of the clause (、 does not end it), at most 200 chars.
        let end = text[start..]
            .char_indices()
            .take(200)
            .find(|(_, c)| is_clause_sep(*c) && *c != '、')
            .map_or_else(
                || text[start..].char_indices().nth(200).map_or(text.len(), |(i, _)| start + i),
                |(i, _)| start + i,
            );
        // 前往甲、乙考察: the purpose verb after the last item is no part of it.
        let mut end = end;
        if let Some((w, _)) = LEXICON.visit_verbs.suffix(&text[start..end]) {
            end -= w.len();
        }
        let mut items = Vec::new();
        let mut s = start;
        for part in text[start..end].split('、') {
            items.push(NSpan::new(s, s + part.len()));
            s += part.len() + '、'.len_utf8();
        }
        if items.len() < 2 {
            continue;
        }
        for item in items {
            if let Some(c) = item_name(text, item, named, lead) {
                out.push(c);
            }
        }
    }
}

/// `甲乙半导体5万吨多晶硅`, `某某新能源年产5GW组件`: a name that opens a clause and is
/// followed by a physical quantity with a product after it.
pub(crate) fn before_capacities<'t>(
    text: &'t str,
    quantities: &[RawQuantity],
    lead: &Leading,
    out: &mut Vec<Cand<'t>>,
) {
    for q in quantities {
        if !(q.class.is_physical() || q.class == UnitClass::Count) {
            continue;
        }
        // (某某光电年产5GW TOPCon电池片: a product may open with Latin capitals, after a blank.)
        let after = &text[q.span.end..];
        let latin = after.strip_prefix(' ').unwrap_or(after);
        let latin_product = latin.starts_with(|c: char| c.is_ascii_uppercase())
            && latin.chars().take(12).any(is_han);
        let product_follows = after.chars().next().is_some_and(is_han) || latin_product;
        // (建设负极材料3万吨项目: the works' word right after the capacity names no product;
        // the words before the number are the product, no name.)
        let works_follow = crate::project::WORKS_AFTER.iter().any(|w| after.starts_with(w));
        if !product_follows || works_follow {
            continue;
        }
        let start = clause_start(text, 0, q.span.start);
        let mut window = &text[start..q.span.start];
        // 某某稀土签约年产…: the capacity's lead word, then the verb that signs or builds it.
        for tails in [CAPACITY_LEADS, PROJECT_VERBS] {
            if let Some(w) = tails.iter().find_map(|t| window.strip_suffix(t)) {
                window = w;
            }
        }
        // 某某新能宁德基地年产: a plant or base after the name is where it builds.
        if let Some(w) =
            super::PLANT_BASES.iter().chain(&["分公司"]).find_map(|t| window.strip_suffix(t))
        {
            window = w;
        }
        // 南山铝业烟台年产: a place of the gazetteer (two or three characters: a province or
        // prefecture by its short form, or a county's: 某集团榆阳200万千瓦…) may stand between
        // the name and its capacity, the plant's site.
        if LEXICON.trade_ending(window).is_none() {
            let site = window.char_indices().rev().skip(1).take(2).find(|&(i, _)| {
                let place = &window[i..];
                LEXICON.is_place_or_county(place) && LEXICON.trade_ending(&window[..i]).is_some()
            });
            match site {
                Some((i, _)) => window = &window[..i],
                None => {
                    if let Some(name) = proper_project_owner(text, start, window, q, lead) {
                        out.push(enterprise(text, name));
                    }
                    continue;
                }
            }
        }
        // The name ends the window: without a trade word ending the window, it cannot end
        // in one (and stripping the leading words, with jieba, is the costly part).
        let mut name = strip_leading_words(window, lead);
        // (与某集团签约建设某某药业年产…: a verb that signs or builds, which jieba may read as
        // a verbal noun, opens the clause's object, no part of the name.)
        if let Some(rest) = PROJECT_VERBS.iter().find_map(|v| name.strip_prefix(v)) {
            if brand_and_trade(rest) && name_like(rest) {
                name = rest;
            }
        }
        // (主要用于某某锂电新材料年产…: the words the strip leaves before a proper name end at
        // their last verb.)
        if !(brand_and_trade(name) && name_like(name)) {
            if let Some(rest) = after_last_verb(name, lead.jieba()) {
                name = rest;
            }
        }
        if name.is_empty() || !brand_and_trade(name) || !name_like(name) {
            continue;
        }
        let end = start + (window.len());
        let span = NSpan::new(end - name.len(), end);
        out.push(enterprise(text, span));
    }
}

/// What follows the last verb of two characters or more in `s` (jieba's reading), where it is
/// a brand and a trade word that opens with a proper name no place of the gazetteer (昌北/ns
/// of 用于昌北锂电新材料; not 锂电/nz of 用于锂电新材料, a product).
fn after_last_verb<'a>(s: &'a str, jieba: &Jieba) -> Option<&'a str> {
    let tags = jieba.tag(s, false);
    let mut at = 0;
    let mut cut = None;
    for (k, t) in tags.iter().enumerate() {
        at += t.word.len();
        if t.tag == "v" && t.word.chars().nth(1).is_some() {
            cut = Some((at, k + 1));
        }
    }
    let (end, k) = cut?;
    let rest = s.get(end..)?;
    let first = tags.get(k)?;
    (matches!(first.tag, "nr" | "ns" | "nt" | "nrt")
        && !LEXICON.is_place_or_county(first.word)
        && brand_and_trade(rest)
        && name_like(rest))
    .then_some(rest)
}

/// Words that lead a capacity (年产5万吨) and verbs that sign or build a project (签约年产…),
/// longest first where one ends another.
pub(crate) const CAPACITY_LEADS: &[&str] = &["年产能", "年产", "产能"];
const PROJECT_VERBS: &[&str] = &[
    "投资建设",
    "开工建设",
    "计划建设",
    "签约建设",
    "拟投资",
    "新建",
    "建设",
    "签约",
    "投资",
    "拟建",
];

/// `宏丰先行12万吨锂电材料项目`, `双良签约年产20GW单晶硅片项目`: a clause that opens with a
/// proper name (jieba: a person's, an organization's or another proper noun, or a brand it
/// does not know) and goes on to a capacity, a product and 项目 names the project's owner,
/// though no trade word ends the name.
fn proper_project_owner(
    text: &str,
    start: usize,
    window: &str,
    q: &RawQuantity,
    lead: &Leading,
) -> Option<NSpan> {
    let n = window.chars().count();
    if !(2..=6).contains(&n) || !name_like(window) || LEXICON.is_place(window) {
        return None;
    }
    // (孟连10万千瓦光伏发电项目: a county's short form is the site, no owner; so is a name
    // ending in a level, 某县, where the gazetteer lacks it.)
    if LEXICON.is_place_or_county(window) || window.ends_with(['县', '市', '区', '旗', '镇', '乡'])
    {
        return None;
    }
    // (武威民勤50万千瓦…项目: a city and its county's short form name a site, no owner.)
    if LEXICON
        .place_prefix(window)
        .is_some_and(|p| p == window.len() || LEXICON.is_place_or_county(&window[p..]))
    {
        return None;
    }
    // The project word closes the product, within the clause.
    // (Within 20 characters: a text without separators must not be read to its end for
    // each capacity.)
    let after = &text[q.span.end..];
    let after = &after[..crate::span::ceil_char_boundary(after, 20 * 3)];
    let clause_end = after.find(['，', '。', '；', '、', '：', '\n']).unwrap_or(after.len());
    let product = &after[..clause_end];
    let p = product.find("项目")?;
    if !(2..=16).contains(&product[..p].chars().count()) {
        return None;
    }
    // 文山华铝15万吨绿色铝项目, 上饶晶耀16GW电池片项目: a place's short form (no level) and a
    // brand of two or three characters that jieba knows as no word of its own (华/铝, 晶/耀)
    // name the owner as a whole, the place part of its name.
    let placed_brand = LEXICON.place_prefix(window).is_some_and(|p| {
        let (place, rest) = window.split_at(p);
        // (Without the HMM, which would join any two unknown characters into a word.)
        let brand = lead.jieba().tag(rest, false);
        !place.ends_with(['省', '市', '县', '区', '州', '镇', '乡'])
            && (2..=3).contains(&rest.chars().count())
            && rest.chars().all(is_han)
            && brand.iter().all(|t| t.word.chars().nth(1).is_none())
            && !brand
                .iter()
                .any(|t| matches!(t.tag, "v" | "vn" | "d" | "p" | "c" | "u" | "m" | "q"))
    });
    if placed_brand {
        return Some(NSpan::new(start, start + window.len()));
    }
    let tags = lead.jieba().tag(window, true);
    let first = tags.first()?;
    let proper = matches!(first.tag, "nr" | "nz" | "nt" | "nrt" | "j" | "x");
    // The name is the first word and what follows it in the window: no verb or function word.
    let plain = tags.iter().skip(1).all(|t| matches!(t.tag, "n" | "nz" | "nr" | "nt" | "j" | "ns"));
    (proper && first.word.chars().count() >= 2 && plain)
        .then(|| NSpan::new(start, start + window.len()))
}

/// The enterprise at the head of each item of a project list, where at least one item of the
/// list already starts with a known enterprise (`known_surfaces`: the forms in the text of
/// those found so far) or a brand + trade word.
pub(crate) fn project_heads<'t>(
    text: &'t str,
    lists: &[Vec<NSpan>],
    known_surfaces: &FxSet<&str>,
    lead: &Leading,
    out: &mut Vec<Cand<'t>>,
) {
    let jieba = lead.jieba();
    // Their byte lengths, longest first: only prefixes of these lengths can be one.
    let mut known_lens: Vec<usize> = known_surfaces.iter().map(|s| s.len()).collect();
    known_lens.sort_unstable_by(|a, b| b.cmp(a));
    known_lens.dedup();
    let longest_brand = 16 + LEXICON.trade_words.longest();
    for items in lists {
        // Each item without its leading words, and where that starts.
        let bodies: Vec<(&str, usize)> = items
            .iter()
            .map(|item| {
                let body = strip_leading_words(item.slice(text), lead);
                (body, item.end - body.len())
            })
            .collect();
        let mut heads: Vec<Option<Cand<'t>>> = Vec::new();
        for &(body, at) in &bodies {
            // The longest known enterprise name the item starts with: 2 to 15 characters or
            // the whole item.
            let known_head = known_lens
                .iter()
                .copied()
                .filter(|&len| body.is_char_boundary(len) && known_surfaces.contains(&body[..len]))
                .find(|&len| len == body.len() || (2..=15).contains(&body[..len].chars().count()))
                .map(|len| enterprise(text, NSpan::new(at, at + len)));
            // A brand of at most 4 chars (4 bytes each) and a trade word: no longer prefix
            // can be one.
            let shaped = known_head.or_else(|| {
                // The shortest prefix ending in a trade word, with a description after it.
                let mut prefixes =
                    body.char_indices().skip(3).take_while(|&(i, _)| i <= longest_brand);
                prefixes.find_map(|(i, _)| {
                    let p = &body[..i];
                    (brand_and_trade(p)
                        && body[i..].chars().count() >= 2
                        && name_like(p)
                        && !opens_with_product(p, jieba)
                        && !regional_brand(p)
                        && !LEXICON.trade_ending(p).is_some_and(|t| plant_kind(t, &body[i..]))
                        && !cuts_word_at(body, i, jieba)
                        && !opens_trade_compound(body, i)
                        // (某某智能装备 + 产业园: a product's term ends no name either.)
                        && LEXICON.trade_compounds.suffix(p).is_none())
                    .then(|| enterprise(text, NSpan::new(at, at + i)))
                })
            });
            heads.push(shaped);
        }
        if heads.iter().all(Option::is_none) {
            continue;
        }
        for (head, &(body, at)) in heads.into_iter().zip(&bodies) {
            if let Some(c) = head {
                out.push(c);
                continue;
            }
            // Other items of the same list: a proper-noun first word (jieba nr/nz/nt/ns),
            // read from the item's first 12 characters (an item may run long; no name does).
            let lead_end = body.char_indices().nth(12).map_or(body.len(), |(i, _)| i);
            let Some(first) = jieba.tag(&body[..lead_end], true).into_iter().next() else {
                continue;
            };
            let proper = matches!(first.tag, "nr" | "nz" | "nt" | "nrt" | "j");
            let rest = body.len() - first.word.len();
            // (某公司…改造项目、孟连10万千瓦光伏发电项目: a county's short form, which jieba
            // may tag a person's name, is the site.)
            if proper
                && !LEXICON.is_place_or_county(first.word)
                && first.word.chars().count() >= 2
                && rest >= 6
                && name_like(first.word)
                && !product_word(first.word, first.tag)
            {
                out.push(enterprise(text, NSpan::new(at, at + first.word.len())));
            }
        }
    }
}

/// Whether the trade word `trade`, with `after` following it, opens a kind of plant
/// (智能工厂, 智能车间, 智造产线, 智能分拣中心) rather than ending a brand.
fn plant_kind(trade: &str, after: &str) -> bool {
    // (酥园云仓智能分拣中心, 智能仓储中心: a centre of handling goods too; not 研发中心, which a
    // brand's firm opens: 某某智能研发中心.)
    let centre = || SITE_CENTRES.iter().any(|w| *w != "研发中心" && after.starts_with(w));
    matches!(trade, "智能" | "智造")
        && (["工厂", "车间", "产线", "生产线", "制造"].iter().any(|w| after.starts_with(w))
            || centre())
}

/// Whether the trade word ending `body[..end]` opens a product's name written on after it
/// (奇瑞新能源 + 汽车零部件: 新能源汽车), which then ends no brand.
fn opens_trade_compound(body: &str, end: usize) -> bool {
    let Some(trade) = LEXICON.trade_ending(&body[..end]) else { return false };
    let t0 = end - trade.len();
    LEXICON.trade_compounds.prefix(&body[t0..]).is_some_and(|(w, _)| w.len() > trade.len())
}

/// The items of a `、`-separated list that ends at `end` (before 等), back to the clause start.
fn list_items(text: &str, end: usize, named: &[Cand]) -> Vec<NSpan> {
    let mut start = list_begin(text, end);
    // 年产10万吨A、年产5万吨B等项目由甲、乙等企业建设: an item holding 等 closes a list
    // before this one, so this list starts in that item.
    if let Some(i) = text[start..end].rfind('等') {
        start = text[start..end][..i].rfind('、').map_or(start, |j| start + j + '、'.len_utf8());
    }
    let mut items = Vec::new();
    let mut s = start;
    let body = &text[start..end];
    for part in body.split('、') {
        // The last item may join with 和/及/与: A、B和C.
        let part_start = s;
        s += part.len() + '、'.len_utf8();
        let mut sub = part;
        let mut sub_start = part_start;
        for joiner in ["以及", "和", "及", "与"] {
            if let Some(i) = sub.rfind(joiner) {
                let rest = &sub[i + joiner.len()..];
                let brand =
                    joiner == "和" && super::named::brand_he_after_place(text, sub_start + i, rest);
                // (走访恒和新材料有限公司、…, 组织和平纺织有限公司、…: a joiner inside or
                // opening a name found by its suffix is the name's, and joins nothing; nor
                // does one after a lead word and a single character, 走访恒和新材料、….)
                let at = sub_start + i;
                let inside = || within_name(named, at, at + joiner.len());
                let head = &sub[..i];
                let head = LEXICON.lead_words.prefix(head).map_or(head, |(w, _)| &head[w.len()..]);
                let conjunct = head.chars().nth(1).is_some();
                if i >= 6 && rest.len() >= 6 && !brand && conjunct && !inside() {
                    items.push(NSpan::new(sub_start, sub_start + i));
                    sub_start += i + joiner.len();
                    sub = &sub[i + joiner.len()..];
                }
            }
        }
        items.push(NSpan::new(sub_start, sub_start + sub.len()));
    }
    items
}

/// Whether a name in `named` (sorted by start) holds `from..to` and goes on after it (names
/// are short: only starts up to 200 bytes back are looked at).
fn within_name(named: &[Cand], from: usize, to: usize) -> bool {
    let lo = named.partition_point(|c| c.span.start + 200 < from);
    let hi = named.partition_point(|c| c.span.start <= from);
    named[lo..hi].iter().any(|c| c.kind != EntityKind::Place && c.span.end > to)
}

/// Where the list ending at `end` starts: back to a clause separator other than 、, over
/// balanced brackets (华虹半导体（无锡）有限公司、…（以下简称“SK海力士”）等).
fn list_begin(text: &str, end: usize) -> usize {
    let floor = crate::sentence::window_floor(text, 0, end);
    let mut depth = 0usize;
    for (i, c) in text[floor..end].char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' if depth > 0 => depth -= 1,
            _ if depth == 0 && c != '、' && is_clause_sep(c) => {
                return floor + i + c.len_utf8();
            }
            _ => {}
        }
    }
    floor
}

/// Turns one list item into an enterprise candidate, or None when it is a place, a park, a
/// category or a phrase.
fn item_name<'t>(text: &'t str, item: NSpan, named: &[Cand], lead: &Leading) -> Option<Cand<'t>> {
    let lex = &*LEXICON;
    let raw = item.slice(text);
    let body = strip_leading_words(raw, lead);
    let mut start = item.end - body.len();
    // A park or organization in front (南川工业园区高景): the name is what follows it.
    if let Some(p) = super::starting_at(named, start)
        .iter()
        .filter(|c| c.kind != EntityKind::Place && c.span.end < item.end)
        .max_by_key(|c| c.span.end)
    {
        // (中国电子科技集团公司第十研究所: what follows an enterprise is a unit of it.)
        if p.kind == EntityKind::Enterprise {
            return None;
        }
        start = p.span.end;
    }
    // 恒锐已进入比亚迪: a clause before the first item ends at a function word (not one
    // inside the trade word ending the item: 经 of 华峰经编).
    let trade = lex.trade_ending(&text[start..item.end]).map_or(0, str::len);
    let head = &text[start..item.end - trade];
    if let Some((i, c)) = head.char_indices().rfind(|&(_, c)| function_char(c)) {
        let rest = &text[start + i + c.len_utf8()..item.end];
        // (潍坊仁和养老服务有限公司: a brand's 和 ends no clause; nor does one after a
        // single character, 恒和新材料: one character is no conjunct.)
        let single = i > 0 && head[..i].chars().nth(1).is_none();
        let brand = single || super::named::brand_he_after_place(text, start + i, rest);
        // (华为、…: nor does one ending the item, where no word follows it to govern.)
        let last = rest.is_empty() && i > 0;
        if !(c == '和' && brand || last) {
            start = item.end - strip_leading_words(rest, lead).len();
        }
    }
    // (园区以甲科技、乙电子等企业为龙头: 以 after one common word, the clause's subject, opens
    // the phrase holding the list; jieba glues it to the brand, 以甲/ns, so it is no function
    // word above. 以岭药业 opening the item keeps it.)
    let first = !text[..item.start].ends_with('、');
    if let Some(i) = text[start..item.end].find('以').filter(|&i| first && i >= 6) {
        let subject = lead.jieba().tag(&text[start..start + i], false);
        if let [word] = subject.as_slice() {
            if matches!(word.tag, "n" | "r" | "s")
                && text[start + i..item.end].chars().nth(2).is_some()
            {
                start += i + '以'.len_utf8();
            }
        }
    }
    // 全县甲纺织、乙织造等企业: a word for the whole region (全县, 本市) opens the clause
    // holding the list, no name of it.
    if let Some((w, ())) = crate::indicator::REGION_SCOPES.prefix(&text[start..item.end]) {
        if text[start + w.len()..item.end].chars().nth(1).is_some() {
            start += w.len();
        }
    }
    // 产品主要供应长虹: so does one at its last verb of two characters or more, where a name
    // of two characters or more follows (a name found by its suffix keeps its words).
    let found =
        |start: usize| named.iter().any(|c| c.span.start == start && c.span.end <= item.end);
    // (启明新能源 after 、: an item after the first opens with no clause; 启明/v is its brand.)
    if first && !found(start) && text[start..item.end].chars().nth(4).is_some() {
        let mut at = start;
        let mut verb_end = None;
        for t in lead.jieba().tag(&text[start..item.end], false) {
            at += t.word.len();
            let verb = matches!(t.tag, "v" | "vn") && t.word.chars().nth(1).is_some();
            if verb && text[at..item.end].chars().nth(1).is_some() {
                verb_end = Some(at);
            }
        }
        // (Nor does a verb leave trade words alone: 客户包括启明新能源、….)
        if let Some(v) = verb_end.filter(|&v| !super::trade_words_only(&text[v..item.end])) {
            start = v;
        }
    }
    let name = &text[start..item.end];
    let name = name.split('等').next().unwrap_or(name);
    if super::starting_at(named, start).iter().any(|c| c.span.end == start + name.len()) {
        // Already recognized (a registered name, a park, a place).
        return None;
    }
    // (甲乙科技、丙丁电子和汽车电子等企业: trade words alone are the kind of firms listed, no
    // member of the list.)
    if lex.is_place(name) || !name_like(name) || super::trade_words_only(name) {
        return None;
    }
    // 加快推进与甲公司等企业的合作: an item before 与/和/同 that is a lead verb (深化, jieba's
    // j), or that jieba reads as verbs only after other words of its clause, is the clause's
    // verb, the joiner its preposition. (联想与京东方等企业在园区…: a brand jieba reads as a
    // verb opens its clause.)
    let joined = ["与", "和", "同", "及"].iter().any(|j| text[item.end..].starts_with(j));
    let inside = text[..start].ends_with(crate::normalize::is_han);
    let verbs = || {
        inside
            && lead
                .jieba()
                .tag(name, false)
                .iter()
                .all(|t| matches!(t.tag, "v" | "vn" | "d" | "ad"))
    };
    if joined && (lex.lead_words.contains(name) || verbs()) {
        return None;
    }
    Some(enterprise(text, NSpan::new(start, start + name.len())))
}

/// An enterprise candidate; a place prefix (甘肃宏岳锂业) is dropped from the canonical name.
pub(crate) fn enterprise(text: &str, span: NSpan) -> Cand<'_> {
    let lex = &*LEXICON;
    let surface = span.slice(text);
    let mut name = surface;
    if let Some(l) = lex.place_prefix(surface) {
        let rest = &surface[l..];
        let generic = lex.stopwords.contains(rest) || lex.trade_words.contains(rest);
        // 宁德时代, 贵州茅台: a two-character rest is no brand of its own.
        if rest.chars().count() >= 3 && !generic {
            name = rest;
        }
    }
    Cand::new(span, EntityKind::Enterprise, name, surface)
}

/// Short names by shape: a brand that is not an ordinary word plus a trade word
/// (`昶宏铝业`, `黄河新能源`), standing where a name can start — after punctuation, a
/// function word, a lead verb (指导, 前往), a place or park (韩国世宇化学, 沾益工业园区恒钧材料)
/// or a generic head (龙头企业锦沅电池).
pub(crate) fn shapes<'t>(
    text: &'t str,
    hits: &Hits,
    named: &[Cand],
    jieba: &Jieba,
    out: &mut Vec<Cand<'t>>,
) {
    let mut last_end = 0;
    // The longest enterprise or organization name found by its suffix: how far back one
    // holding a trade word can start.
    let reach = named
        .iter()
        .filter(|c| registered(c.kind))
        .map(|c| c.span.end - c.span.start)
        .max()
        .unwrap_or(0);
    let first_new = out.len();
    // The items of lists of industries or products (see `closes_industry_list`): a name
    // ending one of them is none, here or elsewhere in the text.
    let mut industries: Vec<&str> = Vec::new();
    // Where the run of trade words through a position ends, for each position a walk below
    // passed: a later hit inside the run stops there, so a long run is walked once, not once
    // per word in it (a text of one trade word repeated was quadratic).
    let mut run_ends: FxMap<usize, usize> = FxMap::default();
    let mut walked: Vec<usize> = Vec::new();
    // Whether a brand starting at `b` stands after a relation word ending in 公司 (控股子公司).
    let relation_led =
        |b: usize| text[..b].ends_with("公司") && super::named::ends_in_relation(&text[..b]);
    // (瀚光能源, 鼎新材料: the leftmost trade word, 光能 or 新材料, leaves a brand of one
    // character where a name may start before it; the trade word a character later, 能源 or
    // 材料, is tried after it, and ends the name only if the first ended none.)
    let trade_hits = hits.leftmost_longest(List::Trade).flat_map(|(t0, t1, _)| {
        let second = text[t0..].chars().next().map_or(t1, |c| t0 + c.len_utf8());
        let prev = text[..t0].chars().next_back().filter(|&c| is_han(c));
        let one_char_brand = prev.is_some_and(|c| name_boundary(text, t0 - c.len_utf8(), named));
        let retry = LEXICON.trade_words.prefix(&text[second..]).filter(|_| one_char_brand);
        std::iter::once((t0, t1)).chain(retry.map(|(w, _)| (second, second + w.len())))
    });
    for (t0, t1) in trade_hits {
        // (襄阳新能源汽车产业: trade words in a row before the industry's head name it too;
        // 晋江纺织鞋服产业: so do two more characters before 产业 or 行业.)
        // (靖江新能源汽车零部件产业集群: however many trade words run on.)
        let mut trades_end = t1;
        walked.clear();
        while let Some((w, _)) = LEXICON.trade_words.prefix(&text[trades_end..]) {
            if let Some(&end) = run_ends.get(&trades_end) {
                trades_end = end;
                break;
            }
            walked.push(trades_end);
            trades_end += w.len();
        }
        for &at in &walked {
            run_ends.insert(at, trades_end);
        }
        if closes_industry_list(&text[trades_end..]) {
            let item_start = text[..t0]
                .char_indices()
                .rev()
                .take(12)
                .find(|&(_, c)| "、，。；：,;\n".contains(c) || c.is_ascii_digit())
                .map_or(t0.saturating_sub(36), |(i, c)| i + c.len_utf8());
            if let Some(item) = text.get(item_start..trades_end) {
                industries.push(item);
            }
            continue;
        }
        let industry_after = || {
            let mut ahead = text[trades_end..].char_indices().skip(1).take(2);
            ahead.any(|(i, _)| {
                let rest = &text[trades_end + i..];
                (rest.starts_with("产业") || rest.starts_with("行业"))
                    && text[trades_end..trades_end + i].chars().all(is_han)
            })
        };
        // (子公司锐能电池装机量: a brand after a relation word is a company's, whatever
        // follows its trade.)
        let industry = || {
            (INDUSTRY_HEADS.prefix(&text[trades_end..]).is_some() || industry_after())
                && !text[..t0].char_indices().rev().skip(1).take(3).any(|(b, _)| relation_led(b))
        };
        if t0 < last_end || industry() {
            continue;
        }
        // 海洋化工业增加值: the trade word plus 业 is an industry (not 化工业绩, 化工业务).
        let after = &text[t1..];
        if after.starts_with('业') && !after.starts_with("业绩") && !after.starts_with("业务")
        {
            continue;
        }
        // 由华鼎新材料有限公司: a trade word inside a registered name is that name's part (a
        // brand read before it could open earlier and hide the name); so is one inside a
        // body's (并经上海证券交易所: no 经上海证券).
        if inside_registered(named, reach, t0, t1) {
            continue;
        }
        // 比亚迪新能源汽车零部件项目: a trade word opening a product's name (新能源汽车) ends
        // no brand before it.
        if LEXICON.trade_compounds.prefix(&text[t0..]).is_some_and(|(w, _)| w.len() > t1 - t0) {
            continue;
        }
        // 金汉缆业智能工厂, 钢帘线智能工厂: 智能 (or 智造) before a plant's word makes a
        // kind of plant, no brand's trade.
        if plant_kind(&text[t0..t1], &text[t1..]) {
            continue;
        }
        // 智能化服装, 数字化物流: an adjective in -化 before the trade word (a word of
        // jieba's of two characters and 化) qualifies a kind of trade; it, and any end of it
        // (能化), is no brand.
        if hua_adjective_before(&text[..t0], jieba) {
            continue;
        }
        // 房地产: the trade word is the end of a word with the character before it.
        // (瀚光通信, 鼎新材料: a word read so that leaves one character where a name may
        // start, 瀚 + 光通信, leaves no brand; the brand of two characters is read instead.)
        let prev_char = text[..t0].chars().next_back().map_or(0, char::len_utf8);
        let lone = text[..t0 - prev_char]
            .chars()
            .next_back()
            .filter(|&c| is_han(c))
            .is_some_and(|c| name_boundary(text, t0 - prev_char - c.len_utf8(), named));
        if prev_char > 1 && !lone && jieba.has_word(&text[t0 - prev_char..t1]) {
            continue;
        }
        // Brands of 2–4 characters ending at t0, longest first.
        let mut brand_starts = [0; 4];
        let mut found = 0;
        for ((i, _), slot) in text[..t0].char_indices().rev().zip(&mut brand_starts) {
            *slot = i;
            found += 1;
        }
        // At least two characters: the one-character brand (first start) is skipped.
        for &b in brand_starts[..found].iter().skip(1).rev() {
            let brand = &text[b..t0];
            if !brand.chars().all(|c| is_han(c) || c.is_ascii_alphabetic()) {
                continue;
            }
            // 另据上海证券交易所: a lead word (另据, 支持) opens no brand.
            if LEXICON.lead_verb_words.prefix(brand).is_some() {
                continue;
            }
            // 由甬拓精密在…实施: a one-character lead word (由, 向, 对) before a brand of two
            // characters or more opens none; the brand after it is tried next. (以岭药业: one
            // character left is the brand's; 和林格尔: a place keeps its first character.)
            let lead_left = LEXICON.strip_lead(brand);
            let one_lead = brand.len() - lead_left.len() == 3;
            if one_lead
                && lead_left.chars().nth(1).is_some()
                && LEXICON.place_prefix(brand).is_none()
            {
                continue;
            }
            // (某某控股旗下某某新材料: a relation word opens no brand; the name stands after it.)
            if super::named::relation_lead(brand).is_some() {
                continue;
            }
            // 智慧物流方面, 临港物流加快发展: a word qualifying a sector and a trade word before
            // a heading's 方面 or a verb of a sector's growth name the sector, no firm.
            if sector_after(brand, &text[t1..]) {
                continue;
            }
            // 祁东县把电子商务: a function character right after a level opens the clause's
            // predicate, the place its subject; no brand holds them.
            let predicate = brand.char_indices().any(|(i, c)| {
                opens_phrase(c) && brand[..i].ends_with(['省', '市', '县', '区', '州', '旗'])
            });
            if predicate {
                continue;
            }
            // 杭州市新能源汽车: a place named with its level is a region, not a brand.
            if brand.chars().count() >= 3 && brand.ends_with(['省', '市', '县', '区', '州']) {
                continue;
            }
            // 车规级软件, 工业级芯片: a grade of the trade's goods is no brand; 新区软件和信息
            // 技术服务业: nor is a two-character word for a district or zone (新区, 园区, 城区).
            if brand.ends_with('级') || brand.chars().count() == 2 && brand.ends_with('区') {
                continue;
            }
            // A known word as brand (格力) passes only with an investor's or signer's verb after
            // the name: 某某电器投资50亿元, 某某化工与…签约.
            if !name_boundary(text, b, named) || !name_like(&text[b..t1]) {
                continue;
            }
            // 佛山陶瓷产值增长: a place and a trade word name the place's industry; a company
            // of that name is one where it acts (宜宾纸业投资3亿元), or one of a trade a city's
            // firm is named by that reports its results (某地石化实现营业收入…).
            let trade_results =
                COMPANY_TRADES.contains(&text[t0..t1]) && reports_results(&text[t1..]);
            let acts = acts_after(&text[t1..]) || trade_results;
            if LEXICON.is_place(brand) && !acts {
                continue;
            }
            // (某地医药物流中心项目完成投资: a place, a county's short form or jieba's place
            // word, and a trade word before a facility's word name the place's facility, no
            // firm, whatever follows.)
            if FACILITY_HEADS.prefix(&text[t1..]).is_some()
                && (LEXICON.is_place_or_county(brand)
                    || matches!(jieba.tag(brand, true).as_slice(), [t] if t.tag == "ns"))
            {
                continue;
            }
            // (包头/v: a place jieba tags otherwise is still a place, before such a trade
            // only: 某地稀土签约项目32个 is the place's industry.)
            // (某集团控股子公司锐能电池: a name stands after a relation word ending in 公司,
            // whatever jieba reads its brand as.)
            // (龙头企业鸿源建材全年实现…: a brand of ordinary nouns right after a graded class
            // of enterprises, a word and 企业, stands in apposition to it where it reports or
            // acts; 鸿源/n is a common noun to jieba.)
            let classed = || {
                let head = text[..b].strip_suffix("企业");
                // (Its results after the time of the year: 全年实现营业收入.)
                let after = &text[t1..];
                let after = ["全年", "今年", "上半年", "前三季度"]
                    .iter()
                    .find_map(|w| after.strip_prefix(w))
                    .unwrap_or(after);
                head.is_some_and(|h| LEADING_GRADES.suffix(h).is_some())
                    && (acts || reports_results(after))
            };
            let brand_ok = brand_like(brand, jieba)
                || (acts || classed()) && plain_brand(brand, jieba)
                || relation_led(b) && !brand.starts_with(opens_phrase)
                || trade_results && LEXICON.is_place(brand);
            if !brand_ok || brand_runs_into_trade(text, b, t0, t1, jieba) {
                continue;
            }
            // 绿化工程, 水泥路: the trade word's end is inside a word jieba reads across it
            // (an establishment's 厂, 店 or 社 ends a name instead). Asked only of a name
            // found, and segmented only where the dictionary holds such a word (环保有限公司
            // holds 保有, yet jieba cuts after 环保).
            if inside_word(text, t0, t1, jieba) {
                break;
            }
            // A place directly before the brand is its prefix (韩国世宇化学 → 世宇化学).
            let start = super::ending_at(named, b)
                .filter(|c| c.kind == EntityKind::Place)
                .map(|c| c.span.start)
                .min()
                .unwrap_or(b);
            let mut cand = enterprise(text, NSpan::new(start, t1));
            if start < b {
                cand.name = &text[b..t1];
            }
            // 某地某某食品区: a place, a brand and a trade word before 区 (no word with the
            // character after it: 区域, 区块) name a zone of that trade, no company.
            let placed = start < b || LEXICON.place_prefix(brand).is_some_and(|e| e < brand.len());
            if placed && zone_after(&text[t1..], jieba) {
                let span = NSpan::new(start, t1 + '区'.len_utf8());
                cand = Cand::new(span, EntityKind::Park, span.slice(text), span.slice(text));
            }
            out.push(cand);
            last_end = t1;
            break;
        }
        // Latin brands: Veltrix新能源. Capitals before a product's trade word name a
        // technology (PERC电池, TOPCon电池).
        let latin = text[..t0].bytes().rev().take_while(u8::is_ascii_alphabetic).count();
        if latin >= 3 && last_end < t1 {
            let b = t0 - latin;
            let capitals = text[b..t0].bytes().filter(u8::is_ascii_uppercase).count();
            let technology = capitals >= 2 && LEXICON.product_trades.contains(&text[t0..t1]);
            if !technology && name_boundary(text, b, named) {
                out.push(enterprise(text, NSpan::new(b, t1)));
                last_end = t1;
            }
        }
    }
    if !industries.is_empty() {
        let kept: Vec<Cand> = out
            .drain(first_new..)
            .filter(|c| !industries.iter().any(|i| i.ends_with(c.name)))
            .collect();
        out.extend(kept);
    }
}

/// The words that close a facility's name (`src/data/facility_heads.txt`), the project's
/// and the works' words left out.
static FACILITY_HEADS: LazyLock<Words> = LazyLock::new(|| {
    let heads = crate::words::lines(include_str!("../data/facility_heads.txt"));
    Words::new(heads.filter(|h| *h != "项目" && !h.ends_with("工程")).map(|h| (h, ())))
});

/// Words after a trade word that make it a sector's (`src/data/sector_tails.txt`).
static SECTOR_TAILS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/sector_tails.txt")));

/// Words that qualify a trade as a sector's (`src/data/sector_modifiers.txt`).
static SECTOR_MODIFIERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/sector_modifiers.txt")));

/// Whether `brand` and the trade word after it name a sector: the brand is a word that
/// qualifies a sector (智慧, 临港; a coined brand, 鲜通, or one jieba knows, 京东, is a firm's)
/// and `rest` opens with a heading's 方面 or a verb of a sector's growth (加快发展). A firm
/// written so has no company word, no short-name declaration and no registered name (which
/// the suffix finder reads whole).
fn sector_after(brand: &str, rest: &str) -> bool {
    SECTOR_TAILS.prefix(rest).is_some() && SECTOR_MODIFIERS.contains(brand)
}

/// Whether `rest`, after a trade word, opens with 区 that ends there: no word of jieba's
/// with the character after it (区域, 区块, 区间).
fn zone_after(rest: &str, jieba: &Jieba) -> bool {
    let Some(after) = rest.strip_prefix('区') else { return false };
    after
        .chars()
        .next()
        .is_none_or(|c| !is_han(c) || !jieba.has_word(&rest[..'区'.len_utf8() + c.len_utf8()]))
}

/// Whether `rest`, the text right after a trade word, closes a list of industries or
/// products in its clause: more items (、锂电新能源、高端装备) or none, then a count of a
/// group (三大主导产业, 两大领域) or 等 and a product or industry word (等产品, 等新兴产业).
fn closes_industry_list(rest: &str) -> bool {
    let numeral = |c: char| crate::period::is_numeral(c) || c == '两';
    // Nothing between, or more items after a joining word.
    if !rest.starts_with(['、', '和', '与', '及', '等']) && !rest.starts_with(numeral) {
        return false;
    }
    for (i, c) in rest.char_indices().take(40) {
        if "，。；：,;（(".contains(c) || c.is_ascii_digit() {
            return false;
        }
        let after = &rest[i + c.len_utf8()..];
        let head_within = |from: &str, n: usize| {
            from.char_indices().take(n + 1).any(|(j, _)| {
                let at = &from[j..];
                INDUSTRY_HEADS.prefix(at).is_some() || at.starts_with("产品")
            })
        };
        if c == '等' && head_within(after, 4) {
            return true;
        }
        if numeral(c) && after.starts_with(['大', '类']) && head_within(&after[3..], 4) {
            return true;
        }
    }
    false
}

/// Whether an enterprise's registered name or a body's name (found by its suffix or in full,
/// `named` sorted by start, none longer than `reach` bytes) holds the bytes `t0..t1`.
fn inside_registered(named: &[Cand], reach: usize, t0: usize, t1: usize) -> bool {
    let from = named.partition_point(|c| c.span.start + reach < t0);
    let to = named.partition_point(|c| c.span.start < t0);
    named[from..to].iter().any(|c| registered(c.kind) && c.span.end >= t1)
}

/// Whether a name of this kind, found by its suffix or in full, holds its trade words.
fn registered(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Enterprise | EntityKind::Organization)
}

/// Whether the trade word `t0..t1` ends inside a longer word (see [`cut_at`]).
fn inside_word(text: &str, t0: usize, t1: usize, jieba: &Jieba) -> bool {
    let Some(next) = text[t1..].chars().next().filter(|c| !"厂店社院所".contains(*c)) else {
        return false;
    };
    let last = text[..t1].chars().next_back().map_or(0, char::len_utf8);
    let next_end = t1 + next.len_utf8();
    (jieba.has_word(&text[t1 - last..next_end]) || jieba.has_word(&text[t0..next_end]))
        && !cut_at(text, t0, t1, jieba)
}

/// Whether jieba reads the brand `b..t0` and the start of the trade word `t0..t1` as one
/// word (多晶 + 硅材料 is 多晶硅 + 材料: a material's, no brand's).
fn brand_runs_into_trade(text: &str, b: usize, t0: usize, t1: usize, jieba: &Jieba) -> bool {
    jieba
        .cut(&text[b..t1], false)
        .first()
        .is_some_and(|w| (t0 - b + 1..t1 - b).contains(&w.word.len()))
}

/// Whether jieba, reading the few characters around the trade word `t0..t1`, puts a word
/// boundary at its end.
fn cut_at(text: &str, t0: usize, t1: usize, jieba: &Jieba) -> bool {
    let from = text[..t0].char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let to = text[t1..].char_indices().nth(3).map_or(text.len(), |(i, _)| t1 + i);
    let mut at = from;
    jieba.cut(&text[from..to], false).iter().any(|w| {
        at += w.word.len();
        at == t1
    })
}

/// Whether a name may start at `at`: after a non-name character, a function word, a lead
/// verb, a recognized place/park/organization, or a generic head such as 企业.
fn name_boundary(text: &str, at: usize, named: &[Cand]) -> bool {
    let lex = &*LEXICON;
    let head = &text[..at];
    let Some(prev) = head.chars().next_back() else { return true };
    if !is_han(prev) || function_char(prev) {
        return !(prev.is_ascii_alphanumeric());
    }
    lex.lead_verb_words.suffix(head).is_some()
        || super::ending_at(named, at).next().is_some()
        || ["企业", "公司", "集团", "龙头", "旗下", "子公司", "领军", "链主"]
            .iter()
            .any(|w| head.ends_with(w))
}

/// The centres an enterprise builds at a site (某某芜湖数据中心), from
/// `data/facility_heads.txt`: with [`super::PLANT_BASES`], what a brand + place opens.
static SITE_CENTRES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::words::lines(include_str!("../data/facility_heads.txt"))
        .filter(|h| h.ends_with("中心"))
        .collect()
});

/// 比亚迪郑州基地, 奇瑞芜湖基地, 某某芜湖数据中心: a proper noun (jieba's nr, nz or nt) right
/// before a place and a plant's or a centre's word is the enterprise whose plant it is. The
/// place may be bracketed after a region (某某长三角（某市）数据中心); jieba's organization word
/// may open with the country (中国移动/nt, where the gazetteer alone reads the place 中国).
pub(crate) fn based_brands<'t>(
    text: &'t str,
    named: &[Cand],
    jieba: &Jieba,
    out: &mut Vec<Cand<'t>>,
) {
    for p in named.iter().filter(|c| c.kind == EntityKind::Place) {
        let (mut before, mut after) = (p.span.start, p.span.end);
        // 长三角（某市）: the place in brackets after a region (or alone) is the site.
        let bracketed = text[..before].ends_with('（') && text[after..].starts_with('）');
        if bracketed {
            before -= '（'.len_utf8();
            after += '）'.len_utf8();
        }
        let rest = &text[after..];
        let plant = super::PLANT_BASES.iter().any(|b| rest.starts_with(b));
        if !plant && !SITE_CENTRES.iter().any(|c| rest.starts_with(c)) {
            continue;
        }
        // The brand: the last word of the Han characters before the place (four at most; eight
        // before a bracket, where a region may stand between).
        let head = &text[..before];
        let reach = if bracketed { 8 } else { 4 };
        let from = head
            .char_indices()
            .rev()
            .take(reach)
            .take_while(|&(_, c)| is_han(c) && !function_char(c))
            .last()
            .map_or(before, |(i, _)| i);
        let mut words = jieba.tag(&text[from..before], false);
        let mut end = before;
        // (长三角/ns, 华东/ns: a region before the bracket is the site's too.)
        if bracketed && words.len() > 1 && words.last().is_some_and(|t| t.tag == "ns") {
            end -= words.pop().map_or(0, |t| t.word.len());
        }
        let Some(last) = words.pop() else { continue };
        if !matches!(last.tag, "nr" | "nz" | "nt") || last.word.chars().nth(1).is_none() {
            continue;
        }
        let start = end - last.word.len();
        if name_boundary(text, start, named) {
            out.push(enterprise(text, NSpan::new(start, end)));
        }
    }
}

/// 某能井冈山电厂, 某电南昌热电厂, 某电乌江水电站: a power group's brand (jieba's proper noun,
/// or an enterprise's name), then a place, then a power plant's word names the plant, an
/// enterprise of its own. Without the brand (全省火电厂, 江西九江电厂) the words name a
/// class or a place's plant, and nothing is read.
pub(crate) fn power_plants<'t>(
    text: &'t str,
    named: &[Cand],
    jieba: &Jieba,
    out: &mut Vec<Cand<'t>>,
) {
    // (A bare 电站 is too often a project's, 光伏电站: only a kind of power before it counts.)
    for (at, word) in text.match_indices("电厂").chain(text.match_indices("电站")) {
        let kind = text[..at].chars().next_back().filter(|c| "发热火水核".contains(*c));
        if word == "电站" && kind.is_none() {
            continue;
        }
        let head = at - kind.map_or(0, char::len_utf8);
        let end = at + word.len();
        // The place before the head: the gazetteer's, or a county's short form (井冈山).
        let place = super::ending_at(named, head)
            .filter(|c| c.kind == EntityKind::Place)
            .map(|c| c.span.start)
            // (The longest place ending there.)
            .min()
            .or_else(|| {
                text[..head]
                    .char_indices()
                    .rev()
                    .skip(1)
                    .take(3)
                    .map(|(i, _)| i)
                    .find(|&i| LEXICON.county_forms.contains(&text[i..head]))
            });
        let Some(place) = place.filter(|&p| p < head) else {
            // 北塬电厂发电量…: a plant named by a proper noun of jieba's (a place the gazetteer
            // lacks), opening a clause it acts in, is the plant.
            let before = &text[..head];
            let open = before
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_han(c))
                .last()
                .map_or(head, |(i, _)| i);
            let name = &text[open..head];
            let proper = (2..=3).contains(&name.chars().count())
                && !name.chars().any(function_char)
                && !LEXICON.is_place_or_county(name)
                && super::named::acting_facility(
                    name,
                    &text[end..],
                    &["发电", "供电", "供热"],
                    jieba,
                )
                && super::named::proper_word(name, jieba);
            if proper {
                let span = NSpan::new(open, end);
                out.push(Cand::new(
                    span,
                    EntityKind::Enterprise,
                    span.slice(text),
                    span.slice(text),
                ));
            }
            continue;
        };
        // The brand: an enterprise named right before the place, else the last word of the
        // four Han characters before it, a proper noun of two characters or more.
        let named_brand = super::ending_at(named, place)
            .filter(|c| c.kind == EntityKind::Enterprise)
            .map(|c| c.span.start)
            .min();
        let start = named_brand.or_else(|| {
            let from = text[..place]
                .char_indices()
                .rev()
                .take(4)
                .take_while(|&(_, c)| is_han(c) && !function_char(c))
                .last()
                .map(|(i, _)| i)?;
            let words = jieba.tag(&text[from..place], false);
            let last = words.last()?;
            let proper = matches!(last.tag, "nz" | "nt" | "nr" | "j");
            let start = place - last.word.len();
            (proper && last.word.chars().nth(1).is_some() && name_boundary(text, start, named))
                .then_some(start)
        });
        if let Some(start) = start {
            let span = NSpan::new(start, end);
            out.push(Cand::new(span, EntityKind::Enterprise, span.slice(text), span.slice(text)));
        }
    }
}

/// `在X带动下`, `由X牵头`: the driver of growth named in a statistics analysis is an
/// enterprise (在某某汽车带动下).
pub(crate) fn drivers<'t>(
    text: &'t str,
    hits: &Hits,
    named: &[Cand],
    jieba: &Jieba,
    out: &mut Vec<Cand<'t>>,
) {
    for (pos, _) in hits.cues(Cue::Driver) {
        let floor = text[..pos].char_indices().rev().nth(10).map_or(0, |(i, _)| i);
        let head = &text[..pos];
        let Some(open) = head[floor..].rfind('在').map(|i| floor + i) else { continue };
        let name = head[open + '在'.len_utf8()..].trim_end_matches('的');
        let start = open + '在'.len_utf8();
        let n = name.chars().count();
        if !(2..=8).contains(&n) || !name_like(name) || LEXICON.is_place(name) {
            continue;
        }
        if !super::starting_at(named, start).is_empty() {
            continue;
        }
        // A proper name, not a phrase (在政策带动下, 在项目建设带动下).
        let proper = jieba
            .tag(name, true)
            .iter()
            .all(|t| matches!(t.tag, "nr" | "nz" | "nt" | "nrt" | "x" | "eng"));
        if proper {
            out.push(enterprise(text, NSpan::new(start, start + name.len())));
        }
    }
}

/// What an enterprise does right after its name: invests an amount, signs, holds an event.
fn acts_after(rest: &str) -> bool {
    let invests = ["投资", "拟投资", "计划投资", "总投资"]
        .iter()
        .any(|v| rest.strip_prefix(v).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())));
    invests
        || ["签约", "签署", "中标", "举行", "宣布", "发布"].iter().any(|v| rest.starts_with(v))
        || starts_project(rest)
}

/// Whether `rest`, after a name, opens with a company's results: its revenue, profit or
/// taxes (实现营业收入, 净利润, 上缴税金), which an industry reports with 产业 or 行业 before.
fn reports_results(rest: &str) -> bool {
    // (上海医药全年实现营业收入: after the time of the year too.)
    let rest = ["全年", "今年", "上半年", "前三季度"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let rest = ["实现", "完成"].iter().find_map(|v| rest.strip_prefix(v)).unwrap_or(rest);
    COMPANY_RESULTS.prefix(rest).is_some()
}

/// Grades singling out one firm of a class (`src/data/leading_firm_grades.txt`).
static LEADING_GRADES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/leading_firm_grades.txt")));

/// A company's results (营业收入, 净利润, 上缴税金).
static COMPANY_RESULTS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/company_results.txt")));

/// Whether `rest` names a project that the clause starts or completes (某某微电子12英寸晶圆
/// 生产线二期项目开工建设): the name before it is its owner's. Within 24 characters of one
/// clause.
fn starts_project(rest: &str) -> bool {
    static STAGES: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/project_start_stages.txt")));
    let near = &rest[..crate::span::ceil_char_boundary(rest, 24 * 3)];
    let clause = &near[..near.find(is_clause_sep).unwrap_or(near.len())];
    clause.find("项目").is_some_and(|i| {
        let after = &clause[i + "项目".len()..];
        i > 0 && STAGES.prefix(after.trim_start_matches(['正', '式', '顺', '利'])).is_some()
    })
}

/// Whether `before` ends with an adjective in -化 (智能化, 数字化, 绿色化): 化 after a word
/// of jieba's of two characters. (中石化, 德化: one character or none of a word before it.)
fn hua_adjective_before(before: &str, jieba: &Jieba) -> bool {
    let Some(stem) = before.strip_suffix('化') else {
        return false;
    };
    stem.char_indices()
        .rev()
        .nth(1)
        .is_some_and(|(i, _)| stem[i..].chars().all(is_han) && jieba.has_word(&stem[i..]))
}

/// A brand made of ordinary words but no function words (格力, 长城).
fn plain_brand(brand: &str, jieba: &Jieba) -> bool {
    let lex = &*LEXICON;
    !lex.stopwords.contains(brand)
        && jieba
            .tag(brand, false)
            .iter()
            .all(|t| matches!(t.tag, "n" | "nz" | "nr" | "ns" | "j" | "nt"))
}

/// Whether a brand reads as a proper name: unknown to jieba (it splits it into single
/// characters) or a known place or person name (黄河, 亚洲), not an ordinary word.
pub(crate) fn brand_like(brand: &str, jieba: &Jieba) -> bool {
    // A brand does not start with a function character (有价金属 is a phrase): tested
    // before tagging, the costly part.
    if brand.starts_with(opens_phrase) {
        return false;
    }
    // 比亚迪等锂电龙头企业: a list's end or a particle inside makes a phrase; 城市 (a
    // 'place' to jieba) is a generic word.
    if brand.contains(['等', '的', '和', '及']) || LEXICON.stopwords.contains(brand) {
        return false;
    }
    // (宿州市统计局 + 农业统计年报: a bureau or a committee is a body, no brand; 中建三局, a
    // numbered bureau, is a company's name.)
    let body = brand
        .strip_suffix(['局', '厅', '委'])
        .is_some_and(|b| !b.ends_with(|c| crate::period::is_numeral(c) || c.is_ascii_digit()));
    if body {
        return false;
    }
    let tags = jieba.tag(brand, false);
    let proper = |tag: &str| matches!(tag, "nr" | "ns" | "nrt" | "nt" | "nrfg");
    // (宏达/nz 铝业: jieba's other proper nouns of two characters hold brands too; those
    // naming a material, 锂电/nz, hold an element; longer ones are phrases and products,
    // 大力发展/nz, 钠离子/nz.)
    let brand_nz = |t: &jieba_rs::Tag| {
        t.tag == "nz" && t.word.chars().count() == 2 && !t.word.contains(|c| ELEMENTS.contains(c))
    };
    // Ordinary multi-character words (安全技术, 锂电, 生态文明) make a phrase, not a brand.
    // Single characters of an unknown brand get arbitrary tags (迈/v 岳/nr): only words count.
    let words_ok = tags.iter().all(|t| t.word.chars().count() == 1 || proper(t.tag) || brand_nz(t));
    let all_adjectives = tags.iter().all(|t| matches!(t.tag, "a" | "ad" | "b"));
    words_ok && !all_adjectives && !adverb_and_verb(brand, jieba)
}

/// Whether a four-character word jieba holds whole (and may tag a name: 严格执行/nr) is an
/// adverb's or adjective's word and a verb's (严格 + 执行): a phrase, no brand.
fn adverb_and_verb(brand: &str, jieba: &Jieba) -> bool {
    let Some((half, _)) = brand.char_indices().nth(2).filter(|_| brand.chars().count() == 4) else {
        return false;
    };
    let tagged = |s: &str, tags: &[&str]| {
        jieba.tag(s, false).first().is_some_and(|t| t.word == s && tags.contains(&t.tag))
    };
    tagged(&brand[..half], &["a", "ad", "d"]) && tagged(&brand[half..], &["v", "vn"])
}

/// Function characters that open a phrase, not a brand (a match compiles to range tests,
/// where searching a string of them cost a search per brand).
fn opens_phrase(c: char) -> bool {
    matches!(
        c,
        '有' | '在'
            | '是'
            | '为'
            | '对'
            | '和'
            | '与'
            | '及'
            | '等'
            | '把'
            | '被'
            | '从'
            | '向'
            | '将'
            | '已'
            | '也'
            | '都'
            | '又'
            | '还'
            | '并'
            | '而'
            | '或'
            | '不'
            | '没'
            | '无'
            | '所'
            | '其'
            | '这'
            | '那'
            | '各'
            | '每'
            | '该'
            | '本'
            | '我'
            | '的'
            | '了'
            | '着'
            | '过'
            | '可'
            | '能'
            | '会'
            | '要'
            | '应'
            | '以'
            | '于'
            | '受'
            | '因'
            | '据'
            | '随'
            | '使'
            | '让'
            | '给'
            | '较'
            | '仅'
            | '约'
            // (占全集团的54%: the share verb.)
            | '占'
            // (投产后海佳石化: 后 after a stage closes it.)
            | '后'
    )
}

/// A brand of two to four characters and a trade word (甲乙半导体, 某某新能源); a generic
/// word (城市燃气, 农村电力) is no brand.
fn brand_and_trade(s: &str) -> bool {
    let lex = &*LEXICON;
    lex.trade_ending(s).is_some_and(|t| {
        let brand = &s[..s.len() - t.len()];
        (2..=4).contains(&brand.chars().count()) && !lex.stopwords.contains(brand)
    })
}

/// Elements that name materials (a brand before a trade word ends in none of them: the
/// trade word takes the element, 赣锋 + 锂业).
const ELEMENTS: &str = "硅锂铝铜锌镍钴钛镁锰钨钼锡铁钢碳氢";

/// Whether `word`, tagged `tag` by jieba, names a product or material rather than a brand: a
/// common noun of three characters or more (工业硅冶炼烟气余热发电 is a project on 工业硅, no
/// 工业硅冶炼's), or a word of as many ending in an element, which jieba may tag nz (多晶硅,
/// 碳酸锂).
fn product_word(word: &str, tag: &str) -> bool {
    let element = word.chars().next_back().is_some_and(|c| ELEMENTS.contains(c));
    word.chars().nth(2).is_some() && (tag == "n" || element && tag == "nz")
}

/// Whether the brand of `s` (brand + trade word) opens with a region named with its level
/// (陈仓区 of 陈仓区锂电池隔膜): the region's industry or project, no enterprise.
fn regional_brand(s: &str) -> bool {
    LEXICON.trade_ending(s).is_some_and(|t| {
        let brand = &s[..s.len() - t.len()];
        brand
            .char_indices()
            .skip(2)
            .any(|(_, c)| matches!(c, '省' | '市' | '县' | '区' | '州' | '镇'))
    })
}

/// Whether jieba reads a word across byte `at` of `s` (锂电|池 of 锂电池隔膜), where it is
/// asked, from a few characters before `at`.
fn cuts_word_at(s: &str, at: usize, jieba: &Jieba) -> bool {
    let from = s[..at].char_indices().rev().nth(2).map_or(0, |(i, _)| i);
    let to = s[at..].char_indices().nth(3).map_or(s.len(), |(i, _)| at + i);
    let mut end = from;
    !jieba.cut(&s[from..to], false).iter().any(|w| {
        end += w.word.len();
        end == at
    })
}

/// Whether `s` opens with a product's word (see [`product_word`]).
fn opens_with_product(s: &str, jieba: &Jieba) -> bool {
    jieba.tag(s, false).first().is_some_and(|t| product_word(t.word, t.tag))
}

/// Whether `s` has the shape of a short enterprise name.
pub(crate) fn name_like(s: &str) -> bool {
    let lex = &*LEXICON;
    let n = s.chars().count();
    // A short name holds no numeral; no name holds these function words, nor 某 (某服饰: a
    // company left unnamed).
    // (恒和新材料: a 和 second, after a brand's character, is the brand's; one character
    // is no conjunct.)
    let brand_he = n >= 4 && s.chars().nth(1) == Some('和');
    let char_ok = |(k, c): (usize, char)| {
        (is_han(c) || c.is_ascii_alphanumeric())
            && !matches!(c, '的' | '了' | '是' | '在' | '某')
            && (c != '和' || k == 1 && brand_he)
            && !(n <= 3
                && matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'))
    };
    // (N型电池, P型硅片: a type written with a letter before 型 opens a product, no name.)
    let letters = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let model_type = letters > 0 && s[letters..].starts_with('型');
    (2..=12).contains(&n)
        && !model_type
        && s.chars().enumerate().all(char_ok)
        && !s.bytes().all(|b| b.is_ascii_digit())
        && !lex.stopwords.contains(s)
        && !generic_end(s)
        && !super::named::starts_with_quantity(s)
        && !super::named::ends_in_relation(s)
}

/// Whether `s` ends in a generic head (重点企业, 产业链): a category, no name. A trade word
/// longer than the head it closes with (供应链 of 鸿博供应链, 冷链) ends a name.
fn generic_end(s: &str) -> bool {
    GENERIC_ENDINGS
        .suffix(s)
        .is_some_and(|(g, ())| LEXICON.trade_ending(s).is_none_or(|t| t.len() <= g.len()))
}

/// A word's frequency in jieba's dictionary from which it is a common word (产业, 头部, 获得;
/// brands and place-like words that are words, 瀚海, 青石, are rarer).
pub(crate) const COMMON_FREQ: usize = 1000;

/// The words ending an investment firm's or fund's name (`src/data/investor_endings.txt`).
static INVESTOR_ENDINGS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/investor_endings.txt")));

/// `由远帆创业投资基金领投，岭南创投、青松资本跟投`: the names before a verb of joining a
/// funding round (领投, 跟投, 参投), alone or in a 、 list opening the clause (after 由), that
/// end in an investment firm's or fund's word (创投, 资本, 投资基金) after a brand of two to six
/// characters are enterprises; an ownership or a scope before the word (社会资本, 国有资本) is
/// none, nor is a kind or a rank (产业资本, 头部资本, 知名创投): a brand that is one common word
/// of jieba's. A verb of getting or attracting before the brand (获, 获得, 吸引, 引入) is no
/// part of the name.
pub(crate) fn investors<'t>(text: &'t str, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    // (Most texts report no funding round: one search for its verbs' character first.)
    if !text.contains('投') {
        return;
    }
    for act in ["领投", "跟投", "参投"] {
        for (at, _) in text.match_indices(act) {
            let before = &text[..at];
            let open = before
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_han(c) || c == '、')
                .last()
                .map_or(at, |(i, _)| i);
            let mut item_start = open;
            for item in text[open..at].split('、') {
                let mut start = item_start;
                item_start += item.len() + '、'.len_utf8();
                // (本轮融资由…: the clause's agent after 由.)
                let mut name = item;
                if let Some(i) = name.rfind('由') {
                    start += i + '由'.len_utf8();
                    name = &name[i + '由'.len_utf8()..];
                }
                let Some((ending, ())) = INVESTOR_ENDINGS.suffix(name) else { continue };
                // (获元禾资本领投, 公司获得红杉资本领投的, 政府引导基金: the name starts after
                // the last verb jieba reads before the ending, a common one of two characters
                // or more, or 获; a verb that leaves no brand, 引导, makes a kind of fund.)
                let mut cut = 0;
                let mut at = 0;
                for t in jieba.tag(&name[..name.len() - ending.len()], false) {
                    at += t.word.len();
                    let verb = matches!(t.tag, "v" | "p")
                        && (t.word == "获"
                            || t.word.chars().nth(1).is_some()
                                && jieba.suggest_freq(t.word) >= COMMON_FREQ);
                    if verb {
                        cut = at;
                    }
                }
                start += cut;
                let name = &name[cut..];
                let brand = &name[..name.len() - ending.len()];
                // (产业资本, 头部资本, 知名创投, 天使基金: a brand that is one word of jieba's,
                // no proper noun, and a common one, an adjective or a distinguishing word, or
                // a kind, names a kind of investor.)
                let kind = match jieba.tag(brand, false).as_slice() {
                    [t] => {
                        !matches!(t.tag, "nr" | "ns" | "nz" | "nt" | "nrt" | "j")
                            && (matches!(t.tag, "a" | "an" | "b")
                                || jieba.suggest_freq(t.word) >= COMMON_FREQ
                                || super::named::CLASS_KINDS.contains(t.word))
                    }
                    _ => false,
                };
                let ok = (2..=6).contains(&brand.chars().count())
                    && !kind
                    && !brand.chars().any(function_char)
                    && !super::named::OWNERSHIP_WORDS.contains(brand)
                    && !LEXICON.stopwords.contains(brand)
                    && !["社会", "民间", "外来", "金融", "工商"].contains(&brand);
                if ok {
                    out.push(enterprise(text, NSpan::new(start, start + name.len())));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visit_verbs_do_not_overlap_themselves() {
        // visit_lists relies on it: all occurrences are then the non-overlapping ones.
        for v in LEXICON.visit_verbs.iter() {
            let chars: Vec<char> = v.chars().collect();
            assert!((1..chars.len()).all(|k| chars[..k] != chars[chars.len() - k..]), "{v}");
        }
    }
}
