//! Stage 7: projects — who builds what, and how much.
//!
//! Four shapes:
//! - **capacity**: an enterprise (or `年产`) directly before a physical quantity with a
//!   product after it: `甲乙半导体5万吨多晶硅`, `年产6万吨电解液项目`;
//! - **project lists**: `实施A公司X改造、B公司Y生产线等20余项…项目` — one project per item,
//!   the enterprise that opens the item (or none) and the rest as the description;
//! - **named builds**: an enterprise that builds a named base or project
//!   (`某公司投资50亿元建设西南产业基地`, `某公司生猪养殖项目`);
//! - **lines**: a railway or road named by its ends in a sentence about building it
//!   (`加快推进兰州至合作铁路建设`, `兰张高铁武威至张掖段`), with no enterprise or capacity.

use crate::entity::{Entities, Found};
use crate::indicator::RawIndicator;
use crate::quantity::RawQuantity;
use crate::quantity::unit::UnitClass;
use crate::report::{EntityKind, IndicatorKind, Project, Qualifier};
use crate::span::NSpan;
use crate::words::{FxMap, Words};
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::LazyLock;

/// A project over the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawProject {
    pub span: NSpan,
    pub enterprise: Option<String>,
    pub product: String,
    pub capacity: Option<usize>,
}

/// Verbs that open a project list; the list starts after the last one.
static LIST_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/list_verbs.txt")));

/// Whether `word` is one of the verbs that open a project (签约, 新建, 引进 …).
pub(crate) fn is_list_verb(word: &str) -> bool {
    LIST_VERBS.contains(word)
}

/// What ends a product name after a capacity (a line break too).
static PRODUCT_STOPS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/product_stops.txt")));

/// Words that open with a stop (等 of a list's end) and belong to a product's name
/// (高等级特钢棒材, 等离子体, 等静压石墨).
const IN_WORD_STOPS: [&str; 3] = ["等级", "等离子", "等静压"];

/// The item spans of every `A、B、C等…项目` list.
pub(crate) fn lists(text: &str) -> Vec<Vec<NSpan>> {
    let mut out = Vec::new();
    for (pos, _) in text.match_indices("项目") {
        // The clause (not split at 、) that ends with this 项目.
        let start = crate::sentence::list_start(text, pos);
        let clause = &text[start..pos];
        let Some(deng) = clause.rfind('等') else { continue };
        let between = &clause[deng + '等'.len_utf8()..];
        // 等重点企业项目: the items are enterprises, not projects (市发改委、市生态环境局等部门
        // 参与项目监管: nor are bodies); 在银川、石嘴山等地…建设…项目: places; 电池材料、
        // 电驱系统等领域的早期项目: fields.
        if between.chars().count() > 20
            || between.contains('、')
            || ["企业", "部门", "单位", "机构"].iter().any(|w| between.contains(w))
            || between.starts_with('地')
            || ["领域", "方向", "行业", "产业"].iter().any(|w| between.starts_with(w))
            // (…等园区建立“一个项目、一名领导…”机制: a 项目 inside a quoted slogan.)
            || between.contains(['“', '"', '「'])
        {
            continue;
        }
        let region = &clause[..deng];
        // A list has a 、 (and without one no list verb counts).
        let Some(first_dun) = region.find('、') else { continue };
        // 用于养老服务、儿童福利等项目: what money is used for is a category of spending.
        if ["用于", "投向"].iter().any(|w| region[..first_dun].contains(w)) {
            continue;
        }
        let list_start = list_verb_end(region);
        let mut items = Vec::new();
        let mut s = start + list_start;
        for part in region[list_start..].split('、') {
            items.push(NSpan::new(s, s + part.len()));
            s += part.len() + '、'.len_utf8();
        }
        if items.len() < 2 {
            continue;
        }
        items.retain(|i| i.end > i.start);
        out.push(items);
    }
    out
}

/// The list verbs in one automaton, for [`list_verb_end`].
static LIST_VERB_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(LIST_VERBS.iter()).unwrap_or_else(|e| panic!("list verbs: {e}"))
});

/// Where the items of a list in `region` start: after the last list verb that still has a
/// 、 after it (指导A、B等企业实施X、Y、Z等…项目 → X, Y, Z), each verb at its last
/// occurrence; 0 without one.
fn list_verb_end(region: &str) -> usize {
    let Some(last_dun) = region.rfind('、') else { return 0 };
    // One pass: overlapping matches come in order of their ends, so a verb's last match is
    // its last occurrence.
    let mut last_end = vec![None; LIST_VERB_SEARCH.patterns_len()];
    for m in LIST_VERB_SEARCH.find_overlapping_iter(region) {
        if let Some(end) = last_end.get_mut(m.pattern().as_usize()) {
            *end = Some(m.end());
        }
    }
    // A verb ending at or before the last 、 has one after it.
    last_end.into_iter().flatten().filter(|&e| e <= last_dun).max().unwrap_or(0)
}

/// A build verb (or a sum invested in building) before a named plant: 建设西南产业基地,
/// 投资约40亿元建设的某某数据中心, 新建的中国—东盟跨境数据中心, 与某公司合作的某某项目 (the
/// plant words in `data/facility_heads.txt`).
static BUILD: LazyLock<Regex> = LazyLock::new(|| {
    let mut heads: Vec<&str> =
        crate::words::lines(include_str!("data/facility_heads.txt")).collect();
    // Longest first, so that 产业基地 is tried before 基地.
    heads.sort_by_key(|h| std::cmp::Reverse(h.len()));
    // (某公司投资5亿元设立研发中心, …打造某某度假区: a sum invested and a verb of setting up
    // before the name make any centre, headquarters or resort the enterprise's plant, the
    // words of `data/invested_facility_heads.txt` too.)
    let mut invested: Vec<&str> =
        crate::words::lines(include_str!("data/invested_facility_heads.txt")).collect();
    invested.extend(&heads);
    invested.sort_by_key(|h| std::cmp::Reverse(h.len()));
    Regex::new(&format!(
        r"(?:(?:建设|开建|新建|兴建|投建|建成|开工建设|投资建设|承建的|负责(?:建设)?的|实施的|合作的|启动|打造|投资(?:约|近|超|逾)?[0-9.]+[万亿]?(?:元|美元)(?:(?:建设|兴建|打造)的?|的))(?:[^，。；、]{{0,24}}?的)?(?P<name>[\p{{Han}}A-Za-z0-9“][\p{{Han}}A-Za-z0-9—“”]{{1,13}}?(?:{}))|(?P<sum>投资(?:约|近|超|逾)?[0-9.]+[万亿]?(?:元|美元|欧元|港元|日元)(?:建设|兴建|打造|设立|新建)(?P<of>的)?)(?P<invested>[\p{{Han}}A-Za-z0-9“][\p{{Han}}A-Za-z0-9—“”]{{1,13}}?(?:{})))",
        heads.join("|"),
        invested.join("|")
    ))
    .unwrap_or_else(|e| panic!("build regex: {e}"))
});

/// A second plant's name joined to a plant's by 及 or 和 (…研发中心及生产基地).
static JOINED_FACILITY: LazyLock<Regex> = LazyLock::new(|| {
    let mut heads: Vec<&str> = crate::words::lines(include_str!("data/facility_heads.txt"))
        .chain(crate::words::lines(include_str!("data/invested_facility_heads.txt")))
        .filter(|h| !["项目", "工程"].contains(h))
        .collect();
    heads.sort_by_key(|h| std::cmp::Reverse(h.len()));
    Regex::new(&format!(r"^[及和][\p{{Han}}A-Za-z0-9]{{0,10}}?(?:{})", heads.join("|")))
        .unwrap_or_else(|e| panic!("joined facility regex: {e}"))
});

/// The length of a second plant joined right at the start of `after` (及生产基地), or 0.
fn joined_facility_len(after: &str) -> usize {
    JOINED_FACILITY.find(after).map_or(0, |m| m.end())
}

/// The words of `data/facility_heads.txt`, with a line's and a workshop's heads (总装线,
/// 车间, 厂).
static FACILITY_ENDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let heads = crate::words::lines(include_str!("data/facility_heads.txt"));
    heads.chain(["线", "车间", "厂"]).filter(|h| *h != "项目").collect()
});

/// Whether `s` names a plant or facility (智能化总装线, 选煤厂): what a capacity's product is
/// made in, no part of the product.
pub(crate) fn ends_with_facility(s: &str) -> bool {
    s.chars().nth(1).is_some() && FACILITY_ENDS.iter().any(|h| s.ends_with(h))
}

/// The projects with a capacity and no enterprise: each one's index and its capacity's span.
pub(crate) fn orphan_capacities(
    projects: &[RawProject],
    quantities: &[RawQuantity],
) -> Vec<(usize, NSpan)> {
    projects
        .iter()
        .enumerate()
        .filter(|(_, p)| p.enterprise.is_none())
        .filter_map(|(i, p)| Some((i, quantities.get(p.capacity?)?.span)))
        .collect()
}

/// What the linking stage made of the text's figures.
#[derive(Clone, Copy)]
pub(crate) struct Figures<'a> {
    pub sentences: &'a [NSpan],
    pub indicators: &'a [RawIndicator],
    pub quantities: &'a [RawQuantity],
}

/// A project as the figures after it may refer to it: where it stands, whose it is and what
/// it makes.
pub(crate) struct Works {
    span: NSpan,
    enterprise: Option<String>,
    product: String,
    /// Where its capacity stands.
    capacity: Option<NSpan>,
}

/// The projects of the text, in order, as [`figures_of_works`] reads them.
pub(crate) fn works(projects: &[RawProject], quantities: &[RawQuantity]) -> Vec<Works> {
    let mut works: Vec<Works> = projects
        .iter()
        .map(|p| Works {
            span: p.span,
            enterprise: p.enterprise.clone(),
            product: p.product.clone(),
            capacity: p.capacity.and_then(|i| quantities.get(i)).map(|q| q.span),
        })
        .collect();
    works.sort_unstable_by_key(|w| (w.span.start, w.span.end));
    works
}

/// What opens a sentence that goes on about the works just named (该项目由…控股，总投资…;
/// 一期年产…).
const WORKS_BACK_REFERENCES: [&str; 6] = ["该项目", "一期", "二期", "三期", "首期", "其中一期"];

/// What 项目 opening a sentence goes on with when it refers back to the works just named
/// (项目分两期建设, 项目全部达产后, 项目总投资…), not to projects at large (项目建设方面,
/// 项目招引).
static WORKS_TOPICS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/works_topics.txt")));

/// The figures about a project named just before them:
/// - they are its enterprise's where the linking stage found no enterprise for them (none,
///   or the park or place of the text);
/// - a capacity the linking stage named only by its lead or phase (一期年产4万吨, 二期3万吨)
///   is of the works' product, in that phase.
///
/// A figure is about the works when it sizes them (总投资120亿元的某公司…项目), stands in the
/// same sentence after them, or opens the sentence right after the one naming them with a
/// word that refers back (该项目…, 项目分两期建设，一期投资…).
pub(crate) fn figures_of_works(
    text: &str,
    sentences: &[NSpan],
    works: &[Works],
    entities: &Entities,
    (quantities, indicators): (&[RawQuantity], &mut [RawIndicator]),
) {
    if works.is_empty() {
        return;
    }
    // (One map, not a scan of the entities for each figure.)
    let kinds: FxMap<&str, EntityKind> =
        entities.list.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    let overridable = |subject: &Option<String>| match subject.as_deref() {
        None => true,
        // (高新区与某公司签约…: a generic word, no entity of the text, is a site too.)
        Some(s) => kinds.get(s).is_none_or(|k| matches!(k, EntityKind::Park | EntityKind::Place)),
    };
    for ind in indicators.iter_mut() {
        let Some(q) = quantities.get(ind.quantity) else { continue };
        // (总投资120亿元的某公司12英寸功率芯片项目: the works the figure sizes.)
        let sized = text[q.span.end..].strip_prefix('的').map(|r| text.len() - r.len());
        let sized = sized.and_then(|at| {
            let i = works.partition_point(|w| w.span.start < at);
            works.get(i).filter(|w| w.span.start == at)
        });
        let at = sentences.partition_point(|s| s.end <= q.span.start);
        let Some(sentence) = sentences.get(at) else { continue };
        // (某公司年产6万吨…项目一期3万吨已投产，二期3万吨…: works of the same sentence.)
        let i = works.partition_point(|w| w.span.end <= q.span.start);
        // (Within a clause's reach: a text without sentence ends is one sentence.)
        let reach = q.span.start.saturating_sub(crate::sentence::MAX_CLAUSE);
        let same =
            works[..i].last().filter(|w| w.span.start >= sentence.start && w.span.end >= reach);
        let refers_back = |s: &str| {
            let s = s.trim_start();
            let s = s.strip_prefix("其中，").unwrap_or(s);
            WORKS_BACK_REFERENCES.iter().any(|w| s.starts_with(w))
                || s.strip_prefix("项目").is_some_and(|r| WORKS_TOPICS.prefix(r).is_some())
        };
        // (…项目。项目分两期建设，…。项目全部达产后，预计…: a run of such sentences.)
        let referred = || {
            refers_back(&text[sentence.start..q.span.start]).then_some(())?;
            let mut k = at;
            for _ in 0..3 {
                let before = sentences.get(k.checked_sub(1)?)?;
                let i = works.partition_point(|w| w.span.end <= before.end);
                let found = works[..i].last().filter(|w| w.span.start >= before.start);
                if found.is_some() || !refers_back(&text[before.start..before.end]) {
                    return found;
                }
                k -= 1;
            }
            None
        };
        // (某园区引进的某公司10万头肉牛屠宰加工项目: the capacity inside the works.)
        let j = works.partition_point(|w| w.span.start <= q.span.start);
        let inside = works[..j].last().filter(|w| w.capacity == Some(q.span));
        let Some(w) = inside.or(sized).or(same).or_else(referred) else { continue };
        // (某公司…项目完成投资6.8亿元: a few words and no separator between the works and the
        // figure; …、某公司…等12个重点项目 counts works of many.)
        let between = &text[w.span.end.min(q.span.start)..q.span.start];
        let attached = between.len() <= 12 * 4
            && between.chars().count() <= 12
            && !between.contains(|c: char| crate::sentence::is_clause_sep(c) || "、等".contains(c))
            && q.class != UnitClass::Count;
        if inside.is_some() && (q.class.is_physical() || q.class == UnitClass::Count) {
            ind.kind = IndicatorKind::Capacity;
            // (10万头肉牛屠宰加工项目: the works' product, not the works.)
            if !w.product.is_empty() && ind.metric.strip_suffix("项目") == Some(w.product.as_str())
            {
                ind.metric.clone_from(&w.product);
            }
        }
        // (…项目一期投产，全区规上工业产值…: a clause of the region's is no figure of the
        // works'; after them in their own sentence, the linking stage reads the subject.)
        let clause =
            &text[crate::sentence::clause_start(text, sentence.start, q.span.start)..q.span.start];
        let regional = clause.contains('全');
        let about = inside.is_some() || sized.is_some() || attached || same.is_none() && !regional;
        // (甲公司营收4亿元；由乙公司建设的年产5000台…项目, 甲集团旗下的乙公司新建…，年加工
        // 能力3万吨: the works' own capacity is their enterprise's, whoever the clause's
        // subject was.)
        let own = inside.is_some() && q.class != UnitClass::Currency;
        if let Some(owner) =
            w.enterprise.as_ref().filter(|_| about && (own || overridable(&ind.subject)))
        {
            ind.subject = Some(owner.clone());
        }
        // (一期年产4万吨, 二期3万吨: a capacity named by its lead or phase alone.)
        // (某公司磷酸铁锂项目一期5万吨: the phase of the works just named, its capacity.)
        let works_phase = between
            .strip_prefix("项目")
            .or_else(|| text[..w.span.end].ends_with("项目").then_some(between))
            .filter(|p| crate::indicator::is_phase(p));
        if let Some(phase) = works_phase.filter(|_| q.class.is_physical() && attached) {
            ind.metric = format!("{phase}{}", w.product);
            ind.kind = IndicatorKind::Capacity;
            continue;
        }
        // (某某古镇夜游项目总投资3亿元: the name of works no enterprise owns, before 项目, says
        // which works the figure is about, as an owner would; it is no part of what is
        // measured. An owner's works keep the wording the linking stage gave.)
        let named =
            ind.metric.strip_prefix(w.product.as_str()).and_then(|m| m.strip_prefix("项目"));
        let unowned = w.enterprise.is_none() && !w.product.is_empty();
        if let Some(m) = named.filter(|m| !m.is_empty() && unowned) {
            if w.span.end <= q.span.start {
                ind.metric = m.to_string();
            }
        }
        let lead = crate::entity::CAPACITY_LEADS.iter().find_map(|l| ind.metric.strip_suffix(l));
        let phase = lead.unwrap_or(&ind.metric);
        let bare = lead.is_some() && (phase.is_empty() || crate::indicator::is_phase(phase))
            || crate::indicator::is_phase(phase);
        if bare && q.class.is_physical() && !w.product.is_empty() && w.span.end <= q.span.start {
            // (二期年产6万吨: the phase before the lead, where the metric read the lead alone.)
            let head = &text[sentence.start..q.span.start];
            let head = crate::entity::CAPACITY_LEADS.iter().find_map(|l| head.strip_suffix(l));
            let written = head.and_then(|h| h.char_indices().rev().nth(1).map(|(i, _)| &h[i..]));
            let phase = match written {
                Some(p) if phase.is_empty() && crate::indicator::is_phase(p) => p,
                _ => phase,
            };
            // (…项目已达产，公司总产能提升至12万吨/年: without a phase, a capacity after the
            // works in their sentence may be the whole company's.)
            if !phase.is_empty() || same.is_none() {
                ind.metric = format!("{phase}{}", w.product);
                ind.kind = IndicatorKind::Capacity;
            }
        }
    }
}

/// 某公司公告，公司拟投资…建设年产80万套副车架项目; 某公司与某管委会签订年产…项目合作协议: an
/// enterprise the project rules find no tie to may still be the subject the linking stage
/// reads for the capacity's figure. It is the project's when it is an enterprise named in
/// the same sentence before the capacity, or the text's company the sentence refers to as
/// 公司 or 该企业 (another subject carried from sentences before is not).
pub(crate) fn owners_from_figures(
    text: &str,
    projects: &mut [Project],
    orphans: &[(usize, NSpan)],
    figures: Figures,
    entities: &Entities,
) {
    if orphans.is_empty() {
        return;
    }
    let main = entities.main_enterprise().map(|e| e.name.as_str());
    // One pass over the figures, not one per project.
    let by_span: FxMap<(usize, usize), usize> =
        orphans.iter().map(|&(i, s)| ((s.start, s.end), i)).collect();
    for ind in figures.indicators {
        let Some(capacity) = figures.quantities.get(ind.quantity).map(|q| q.span) else {
            continue;
        };
        let Some(&i) = by_span.get(&(capacity.start, capacity.end)) else { continue };
        let Some(subject) = ind.subject.as_deref() else { continue };
        let at = figures.sentences.partition_point(|s| s.end <= capacity.start);
        let Some(sentence) = figures.sentences.get(at) else { continue };
        let named = entities
            .within(NSpan::new(sentence.start, capacity.start))
            .any(|(_, e)| e.kind == EntityKind::Enterprise && e.name == subject);
        // (报告期内，公司宁德基地年产…项目; 该企业年产…: the text's company, referred to.)
        let from = sentence.start.min(capacity.start);
        let head = &text[from..capacity.start];
        // (…支持了某水务集团有限公司…项目、某地10万千瓦…项目: not the word inside a name.)
        let referred = main.is_some_and(|m| m == subject)
            && ["公司", "企业"]
                .iter()
                .any(|w| head.match_indices(w).any(|(i, _)| !entities.covers(from + i)));
        if let Some(p) = projects.get_mut(i).filter(|_| named || referred) {
            p.enterprise = Some(subject.to_string());
        }
    }
}

/// Finds the projects of the text.
pub(crate) fn find(
    text: &str,
    quantities: &[RawQuantity],
    entities: &Entities,
    lists: &[Vec<NSpan>],
    jieba: &jieba_rs::Jieba,
) -> Vec<RawProject> {
    let mut out: Vec<RawProject> = Vec::new();
    capacities(text, quantities, entities, &mut out);
    for items in lists {
        // (电子信息、新能源、新材料等战略性新兴产业项目: a list closed by an industry's
        // projects, no item of which an enterprise opens, names sectors, no project.)
        let closing = items.last().map_or("", |l| {
            let after = &text[l.end..];
            &after[..crate::span::ceil_char_boundary(after, 20 * 3)]
        });
        let sectors = closing.strip_prefix('等').is_some_and(|c| {
            let head = &c[..c.find("项目").unwrap_or(0)];
            ["产业", "行业", "领域", "板块"].iter().any(|w| head.contains(w))
        });
        let owned = |item: &NSpan| {
            let at = item.end - strip_item_lead(item.slice(text)).len();
            entities.starting_at(at).is_some_and(|(_, e)| e.kind == EntityKind::Enterprise)
        };
        if sectors && !items.iter().any(owned) {
            continue;
        }
        // (来自A、B等国家的项目6个, 落户A、B等园区的项目12个: the list qualifies a number of
        // projects, naming none.)
        if items.last().is_some_and(|l| projects_counted_after(text, l.end)) {
            continue;
        }
        for &item in items {
            if overlaps_any(&out, item) {
                continue;
            }
            let item_text = strip_item_lead(item.slice(text));
            let item = NSpan::new(item.end - item_text.len(), item.end);
            let first = entities.starting_at(item.start);
            let ent = first.filter(|(s, e)| e.kind == EntityKind::Enterprise && s.end <= item.end);
            let (enterprise, product_start) = match ent {
                Some((s, e)) => (Some(e.name.clone()), s.end),
                None => (None, item.start),
            };
            let product = text[product_start..item.end].trim();
            // (支持某经济技术开发区、某新区等区域重点项目: a park or place listed is where
            // projects are, no project.)
            let named =
                first.is_some_and(|(s, e)| s.end == item.end && e.kind != EntityKind::Enterprise);
            if named {
                continue;
            }
            let first_q = quantities.partition_point(|q| q.core.start < item.start);
            let holds_number = quantities.get(first_q).is_some_and(|q| item.contains(q.core));
            // 交通、水利等基础设施项目, 光伏、风电等新能源项目: a sector named alone is a
            // category of projects, not one.
            let sector = enterprise.is_none()
                && (product.chars().count() <= 2 || crate::entity::is_trade_word(product));
            // (来自某国、…的项目, 落户高新区、…: where the projects come from or stand, a
            // zone's generic word, is no description.)
            let origin = product.starts_with("来自") || crate::entity::bare_park_word(product);
            // (某公司项目、某集团项目等重点项目: a company's projects unnamed name none.)
            if product.chars().count() < 2 || product == "项目" || holds_number || sector || origin
            {
                continue;
            }
            out.push(RawProject {
                span: item,
                enterprise,
                product: product.to_string(),
                capacity: None,
            });
        }
    }
    // The article's company (declared, titled or named most), asked by every project the
    // word for the company opens: found once.
    let main = entities.article_company(text).map(|(e, _)| e);
    named_builds(text, quantities, entities, main, &mut out);
    built_parks(text, entities, &mut out);
    plant_capacities(text, quantities, entities, &mut out);
    unowned_plant_capacities(text, quantities, &mut out);
    works_built_by(text, entities, &mut out);
    routes(text, &mut out);
    facility_works(text, entities, &mut out);
    upgrade_works(text, entities, jieba, &mut out);
    sited_works(text, entities, &mut out);
    staged_works(text, entities, &mut out);
    sized_works(text, entities, jieba, &mut out);
    // 年产…项目由某公司投资建设: a passive names the enterprise after its project; 集团投资…建设
    // 的…；年产30万吨…项目…: a sentence opened by the word for the company is the company's.
    for p in out.iter_mut().filter(|p| p.enterprise.is_none()) {
        let clause = crate::sentence::list_start(text, p.span.start);
        // (集团与某公司合作的…项目: the company meant is never the partner the clause names.)
        let partner = |e: &Found| {
            entities
                .within(NSpan::new(clause, p.span.start))
                .any(|(s, f)| std::ptr::eq(f, e) && partner_named(text, s, &f.name))
        };
        if let Some(e) = builder_after(text, entities, p.span.end)
            .or_else(|| company_meant(text, entities, main, clause).filter(|e| !partner(e)))
        {
            p.enterprise = Some(e.name.clone());
        }
    }
    // (启动了智能化改造项目: the aspect particle after the verb opens no description.)
    for p in &mut out {
        if let Some(rest) = p.product.strip_prefix('了') {
            if text[p.span.start..].starts_with('了') {
                p.span.start += '了'.len_utf8();
            }
            p.product = rest.to_string();
        }
        // (…建设的总投资26亿元的古渡水乡二期项目, 占地300亩的…: a figure sizing the works
        // before 的 is no part of their name.)
        if let Some(i) = p.product.rfind('的') {
            let sized = p.product[..i].contains(|c: char| c.is_ascii_digit());
            let name = &p.product[i + '的'.len_utf8()..];
            let evidence = &text[p.span.start..p.span.end];
            let at = evidence.rfind('的').map(|k| k + '的'.len_utf8());
            let at = at.filter(|&k| evidence[k..].starts_with(name));
            if let Some(k) = at.filter(|_| sized && name.chars().nth(1).is_some()) {
                p.span.start += k;
                p.product = name.to_string();
            }
        }
        // (新建的第二条SMT生产线: which of the plant's lines it is names no product.)
        if let Some(n) = ordinal_len(&p.product) {
            if text[p.span.start..].starts_with(&p.product[..n]) {
                p.span.start += n;
            }
            p.product.replace_range(..n, "");
        }
    }
    out.sort_by_key(|p| p.span.start);
    later_capacities(text, quantities, entities, &mut out);
    // 某公司…建设整车基地。二期年产20万辆…项目: a capacity still unowned whose sentence opens
    // with the works' phase or 该项目 is the enterprise's of the sentence before.
    // (Indices first: the owners are read from the other projects.)
    let owners: Vec<(usize, String)> = out
        .iter()
        .enumerate()
        .filter(|(_, p)| p.enterprise.is_none() && p.capacity.is_some())
        .filter_map(|(i, p)| Some((i, owner_referred(text, entities, &out, p.span.start)?)))
        .collect();
    for (i, owner) in owners {
        if let Some(p) = out.get_mut(i) {
            p.enterprise = Some(owner);
        }
    }
    // 某公司一期项目明年投产: a phase that no later capacity describes names no project (the
    // one named before is meant).
    // (晶科微电子二期项目主体封顶: where the enterprise has no other project, its phase is
    // the one named.)
    // (某公司扩建项目, 二期技改项目: so does a kind of works alone.)
    let phase_only = |p: &RawProject| p.capacity.is_none() && is_generic_product(&p.product);
    if out.iter().any(phase_only) {
        let owners: crate::words::FxSet<Option<String>> =
            out.iter().filter(|p| !phase_only(p)).map(|p| p.enterprise.clone()).collect();
        out.retain(|p| !phase_only(p) || p.enterprise.is_some() && !owners.contains(&p.enterprise));
    }
    // (甲公司二期项目投产, 甲公司技改项目开工: the works are the enterprise's; the phase or the
    // kind of works, 二期 or 技改, is their description, the contract's `product` when no
    // product is named. An empty description would say less.)
    // (年产5万吨电解液项目开工，年产10万吨电解液项目签约: two capacities make two projects.)
    out.dedup_by(|a, b| {
        let (qa, qb) = (
            a.capacity.and_then(|i| quantities.get(i)),
            b.capacity.and_then(|i| quantities.get(i)),
        );
        let two = qa.zip(qb).is_some_and(|(x, y)| (x.value, &x.unit) != (y.value, &y.unit));
        a.enterprise == b.enterprise && a.product == b.product && !two
    });
    // 某公司年产60万吨某产品项目开工…加快推进某公司某产品等12个重点项目: named again later,
    // without its capacity, by its enterprise and product, it is the project named first (its
    // span kept).
    // (某公司包头高纯晶硅项目投产，…某公司乐山高纯晶硅项目开工: a place the mention names
    // is the site of another project.)
    if out.len() > 1 {
        let mut seen = crate::words::FxSet::default();
        let keep: Vec<bool> = out
            .iter()
            .map(|p| {
                let site = entities
                    .within(p.span)
                    .find(|(_, e)| e.kind == EntityKind::Place)
                    .map(|(_, e)| e.name.as_str());
                let key = (p.enterprise.as_deref(), p.product.as_str(), site);
                seen.insert(key) || p.capacity.is_some() || p.enterprise.is_none()
            })
            .collect();
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
    }
    // 某公司拟投资建设年产12亿平方米隔膜项目。…项目名称：年产12亿平方米隔膜项目: the same
    // product and capacity again, with no enterprise, is the project named before.
    // (Asked only where such a project is: most texts have none.)
    if out.iter().any(|p| p.enterprise.is_none() && p.capacity.is_some()) {
        fn capacity_key<'a>(
            p: &'a RawProject,
            quantities: &'a [RawQuantity],
        ) -> Option<(&'a str, u64, &'a str)> {
            let q = p.capacity.and_then(|qi| quantities.get(qi))?;
            Some((p.product.as_str(), q.value.to_bits(), q.unit.as_str()))
        }
        let key = |p| capacity_key(p, quantities);
        let owned: crate::words::FxSet<_> =
            out.iter().filter(|p| p.enterprise.is_some()).filter_map(key).collect();
        // (…年产30万吨聚甲醛项目开工，…年产30万吨聚甲醛项目总投资…: named again with no
        // enterprise either, it is the one named first.)
        let mut seen = crate::words::FxSet::default();
        let keep: Vec<bool> = out
            .iter()
            .map(|p| {
                p.enterprise.is_some()
                    || key(p).is_none_or(|k| !owned.contains(&k) && seen.insert(k))
            })
            .collect();
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
    }
    out
}

/// Whether the 项目 closing the list that ends at `list_end` (in its clause) is followed by a
/// count (…等国家的项目6个, …等园区的项目12个): the list then says which projects are
/// counted, and names none.
fn projects_counted_after(text: &str, list_end: usize) -> bool {
    let after = &text[list_end..];
    let reach = crate::span::ceil_char_boundary(after, 24 * 3);
    let Some(k) = after[..reach].find("项目") else { return false };
    if after[..k].contains(|c: char| crate::sentence::is_clause_sep(c)) {
        return false;
    }
    let rest = &after[k + "项目".len()..];
    let number = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c == '.' || crate::period::is_numeral(c) || c == '两'
    });
    number.len() < rest.len() && number.trim_start_matches(['余', '多']).starts_with(['个', '项'])
}

/// Adverbs of manner before a verb opening a list (重点支持, 大力推进): strip_lead knows
/// the verbs, not these.
static ITEM_ADVERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/item_adverbs.txt")));

/// A list item without the words opening its clause: the lead words (支持, 推进 …), and an
/// adverb of manner with the verb after it (重点支持某开发区标准化厂房 → 某开发区标准化厂房);
/// an adverb before no verb stays (重点实验室).
fn strip_item_lead(item: &str) -> &str {
    let item = crate::entity::strip_lead(item);
    let Some((adverb, ())) = ITEM_ADVERBS.prefix(item) else { return item };
    let rest = &item[adverb.len()..];
    let verb = LIST_VERBS.prefix(rest).map(|(v, _)| v.len()).filter(|&n| n < rest.len());
    let stripped = match verb {
        Some(n) => crate::entity::strip_lead(&rest[n..]),
        None => crate::entity::strip_lead(rest),
    };
    if stripped.len() < rest.len() { stripped } else { item }
}

/// Measure words of works counted by an ordinal (第二条生产线, 第3座泊位).
const ORDINAL_MEASURES: &str = "条座台套个号";

/// The length of an ordinal and its measure word opening `product` (第二条, 第3座), where at
/// least two characters follow them.
fn ordinal_len(product: &str) -> Option<usize> {
    let rest = product.strip_prefix('第')?;
    let digits = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || crate::period::is_numeral(c)))
        .map(|(i, _)| i)?;
    let measure = rest[digits..].chars().next().filter(|c| ORDINAL_MEASURES.contains(*c))?;
    let n = product.len() - rest.len() + digits + measure.len_utf8();
    (digits > 0 && product[n..].chars().nth(1).is_some()).then_some(n)
}

/// The owner of a project at `at` whose sentence opens right before it with a word referring
/// back to works (二期, 该项目, 项目, 该项目二期): the enterprise of the last project of the
/// sentence before, else the enterprise named last in it. Only within a paragraph: a
/// sentence opening one refers to nothing before it.
fn owner_referred(
    text: &str,
    entities: &Entities,
    projects: &[RawProject],
    at: usize,
) -> Option<String> {
    const ENDS: [char; 5] = ['。', '！', '？', '；', '\n'];
    let floor = crate::sentence::window_floor(text, 0, at);
    let end = floor + text[floor..at].rfind(ENDS)?;
    if text[end..].starts_with('\n') {
        return None;
    }
    let opener = text[end..at].trim_start_matches(ENDS).trim_start();
    let rest = ["该项目", "项目"].iter().find_map(|w| opener.strip_prefix(w)).unwrap_or(opener);
    let refers = !opener.is_empty() && (rest.is_empty() || crate::indicator::is_phase(rest));
    if !refers {
        return None;
    }
    let from = text[floor..end]
        .rfind(ENDS)
        .map_or(floor, |i| floor + i + text[floor + i..].chars().next().map_or(1, char::len_utf8));
    let before = NSpan::new(from, end);
    // (The projects are in text order: only those of that sentence are looked at.)
    let i = projects.partition_point(|p| p.span.start < before.end);
    let works = projects[..i]
        .iter()
        .rev()
        .take_while(|p| p.span.start >= before.start)
        .find(|p| p.enterprise.is_some() && p.span.end <= before.end);
    works.and_then(|p| p.enterprise.clone()).or_else(|| {
        let named = entities.within(before).filter(|(span, e)| {
            e.kind == EntityKind::Enterprise && !partner_named(text, *span, &e.name)
        });
        named.last().map(|(_, e)| e.name.clone())
    })
}

/// Whether the enterprise `name` at `span` is named as another's partner, lender or builder
/// rather than as the one the next sentence goes on about: after 与, 和, 同, 跟 or 向 (…与某集团
/// 签订合作协议), a bank, or before 提供, 承建 or 负责施工. (Not after 由: 项目由某公司投资建设
/// names the owner.)
fn partner_named(text: &str, span: NSpan, name: &str) -> bool {
    text[..span.start].ends_with(['与', '和', '同', '跟', '向'])
        || name.contains("银行")
        || ["提供", "承建", "负责施工", "施工"].iter().any(|w| text[span.end..].starts_with(w))
}

/// What a word of `src/data/routes.tsv` is to a line's name.
#[derive(Clone, Copy, PartialEq)]
enum Route {
    /// Closes the name (铁路, 高速公路).
    Line,
    /// Works after the name, part of the project's name (扩容改造).
    Works,
    /// Opens the clause before the name, no part of it (加快, 建成通车).
    Opener,
}

static ROUTES: LazyLock<Words<Route>> = LazyLock::new(|| {
    let rows = crate::words::rows::<2>(include_str!("data/routes.tsv"))
        .unwrap_or_else(|e| panic!("routes.tsv: {e}"));
    Words::new(rows.into_iter().map(|(_, [w, role])| {
        let role = match role {
            "line" => Route::Line,
            "works" => Route::Works,
            _ => Route::Opener,
        };
        (w, role)
    }))
});

/// The route word of `role` that `s` opens with.
fn route_word(s: &str, role: Route) -> Option<&'static str> {
    ROUTES.prefixes(s).filter(|&(_, r)| r == role).map(|(w, _)| w).max_by_key(|w| w.len())
}

/// 加快推进兰州至合作铁路、天水至陇南铁路建设, 兰张高铁武威至张掖段加快建设: a line named by
/// its two ends (A至B and a line's word, or a line's name and A至B段) in a sentence about
/// building it is a project of its own, with no enterprise or capacity.
fn routes(text: &str, out: &mut Vec<RawProject>) {
    let han = crate::normalize::is_han;
    // (Most texts name no line: one search settles them.)
    if !text.contains('至') {
        return;
    }
    // The lines named so far, each once (兰张高铁武威至张掖段加快建设 … 年内建成通车).
    let mut seen: crate::words::FxSet<&str> = crate::words::FxSet::default();
    for (at, _) in text.match_indices('至') {
        // The far end: two to eight Han characters, then a line's word or 段.
        let rest = &text[at + '至'.len_utf8()..];
        let mut end = None;
        for (n, (i, c)) in rest.char_indices().take(9).enumerate() {
            if n >= 2 {
                if let Some(w) = route_word(&rest[i..], Route::Line) {
                    end = Some((i + w.len(), false));
                    break;
                }
                if rest[i..].starts_with('段') {
                    end = Some((i + '段'.len_utf8(), true));
                    break;
                }
            }
            if !han(c) {
                break;
            }
        }
        let Some((mut len, segment)) = end else { continue };
        if let Some(w) = route_word(&rest[len..], Route::Works) {
            len += w.len();
        }
        let end = at + '至'.len_utf8() + len;
        // The near end: back over Han characters and a road's code (G30) to the clause's
        // start, at most 16 characters, then past the clause's openers.
        let head = &text[..at];
        let mut start = at;
        for (i, c) in head.char_indices().rev().take(16) {
            if !(han(c) || c.is_ascii_alphanumeric()) || crate::entity::function_char(c) {
                break;
            }
            start = i;
        }
        let mut near = crate::entity::strip_lead(&text[start..at]);
        while let Some(w) = route_word(near, Route::Opener).filter(|w| w.len() < near.len()) {
            near = crate::entity::strip_lead(&near[w.len()..]);
        }
        // (G30连霍高速清水驿: a road's code opens its name.)
        if let Some(i) = near.find(|c: char| c.is_ascii_uppercase()) {
            near = &near[i..];
        }
        // A segment is of a line named before its ends (兰张高铁武威至张掖段).
        let line_named = (0..near.len())
            .filter(|&i| near.is_char_boundary(i))
            .any(|i| route_word(&near[i..], Route::Line).is_some());
        let ends_in_time = near.ends_with(['年', '月', '日', '号']);
        if near.chars().count() < 2
            || segment && !line_named
            || ends_in_time
            || near.contains(|c: char| c.is_ascii_digit()) && !near.starts_with(['G', 'S'])
        {
            continue;
        }
        let span = NSpan::new(at - near.len(), end);
        let product = span.slice(text);
        // A sentence about building it: a verb of building in it, before or after (read
        // within 40 characters each way: a text without sentence ends stays linear).
        let floor = crate::span::ceil_char_boundary(text, span.start.saturating_sub(40 * 3));
        let ceil = crate::span::floor_char_boundary(text, end + 40 * 3);
        let stops = ['。', '；', '！', '？', '\n'];
        let from = text[floor..span.start].rfind(stops).map_or(floor, |i| floor + i);
        let to = text[end..ceil].find(stops).map_or(ceil, |i| end + i);
        static BUILDING: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("data/building_words.txt")));
        let sentence = &text[from..to];
        if !BUILDING.occurs_in(sentence) || !seen.insert(product) {
            continue;
        }
        // (建成通车G30…扩容改造、…等7个项目: a list's item holding the line with the
        // clause's verbs before it is the line.)
        match overlapping(out, span) {
            Some(i) if out[i].enterprise.is_none() && out[i].capacity.is_none() => {
                if out[i].span.start <= span.start && out[i].span.end == span.end {
                    out[i].span = span;
                    out[i].product = product.to_string();
                }
            }
            Some(_) => {}
            None => out.push(RawProject {
                span,
                enterprise: None,
                product: product.to_string(),
                capacity: None,
            }),
        }
    }
}

/// 兰州中川国际机场三期扩建工程, 某某产业园二期项目: a facility (an airport, a port, a
/// station) or a park named with its phase and works after it is a project of its own.
fn facility_works(text: &str, entities: &Entities, out: &mut Vec<RawProject>) {
    const FACILITIES: [&str; 6] = ["机场", "港", "港区", "码头", "枢纽", "站"];
    const OWN_FACILITIES: [&str; 7] = ["码头", "港区", "枢纽", "机场", "站", "泊位", "堆场"];
    let mut seen: crate::words::FxSet<&str> = crate::words::FxSet::default();
    for &(s, e) in &entities.mentions {
        let found = &entities.list[e];
        let facility = match found.kind {
            EntityKind::Park => true,
            EntityKind::Place => FACILITIES.iter().any(|f| found.name.ends_with(f)),
            _ => false,
        };
        if !facility {
            continue;
        }
        // (石臼港区自动化集装箱码头二期工程: a facility of the park or port, named in a few
        // Han characters ending in a facility's word, may stand before the phase.)
        let mut own = 0;
        for (k, (i, c)) in text[s.end..].char_indices().enumerate().take(12) {
            if !crate::normalize::is_han(c) {
                break;
            }
            let named = &text[s.end..s.end + i + c.len_utf8()];
            if k >= 1 && OWN_FACILITIES.iter().any(|f| named.ends_with(f)) {
                own = named.len();
                break;
            }
        }
        // The phase (三期), two or three characters; the facility counts only before one.
        let phase_of = |after: &str| {
            after
                .char_indices()
                .skip(1)
                .take(2)
                .map(|(i, c)| i + c.len_utf8())
                .find(|&i| crate::indicator::is_phase(&after[..i]))
                .unwrap_or(0)
        };
        let mut phase = phase_of(&text[s.end + own..]);
        if own > 0 && phase == 0 {
            own = 0;
            phase = phase_of(&text[s.end..]);
        }
        let after = &text[s.end + own..];
        let Some(works) = route_word(&after[phase..], Route::Works) else { continue };
        // (某产业园项目: a park's works without a phase or a kind of works is the park's
        // projects at large.)
        if phase == 0 && works == "项目" {
            continue;
        }
        // (柳州铁路港二期工程: a city or county named right before a facility found on its own
        // is part of the facility's name.)
        let region = entities.ending_at(s.start).find(|(_, p)| {
            p.kind == EntityKind::Place && !FACILITIES.iter().any(|f| p.name.ends_with(f))
        });
        let start = region.map_or(s.start, |(r, _)| r.start);
        // (县电商产业园二期项目: a trailing 项目 is no part of the description; 工程 is.)
        let close = if works == "项目" { 0 } else { works.len() };
        let span = NSpan::new(start, s.end + own + phase + close);
        let product = span.slice(text);
        if overlaps_any(out, span) || !seen.insert(product) {
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: None,
            product: product.to_string(),
            capacity: None,
        });
    }
}

/// Kinds of public facilities whose upgrade is a named project (机场, 人民医院, 污水处理厂).
static UPGRADED_FACILITIES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/upgraded_facilities.txt")));

/// Works that upgrade a facility (提标改造, 改造): the longest one before 工程 or 项目 is taken.
static UPGRADES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/upgrade_works.txt")));

/// What opens a facility's kind when it names a class of facilities, not one (乡镇卫生院,
/// 农村学校, 各医院).
static CLASS_OPENERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/class_openers.txt")));

/// 白莲机场改扩建工程, 县人民医院扩建项目, 县城污水处理厂提标改造工程: a named public facility
/// (a name, then a kind of `data/upgraded_facilities.txt`) with an upgrade and 工程 or 项目
/// after it is a project of its own (a capacity may follow in its sentence:
/// [`later_capacities`]); a trailing 项目 is no part of it.
fn upgrade_works(
    text: &str,
    entities: &Entities,
    jieba: &jieba_rs::Jieba,
    out: &mut Vec<RawProject>,
) {
    let mut seen: crate::words::FxSet<&str> = crate::words::FxSet::default();
    // (Two substring searches: a search for either character stops at every 工 of 工业.)
    let ends = text.match_indices("工程").chain(text.match_indices("项目"));
    for (at, w) in ends {
        let close = if w == "工程" { w } else { "" };
        let Some((up, ())) = UPGRADES.suffix(&text[..at]) else { continue };
        let name_end = at - up.len();
        // The name: back over Han characters (not a function word's: 投资2亿元的县人民医院…),
        // at most 16, then past the clause's leading verbs and times (加快推进, 今年).
        // (以1.2亿元中标某市污水处理厂…: Han characters right after a figure are its unit and
        // what is done with it, no name's start.)
        let mut from = name_end;
        let mut after_figure = false;
        for (i, c) in text[..name_end].char_indices().rev().take(16) {
            if !crate::normalize::is_han(c) || crate::entity::function_char(c) {
                after_figure = c.is_ascii_digit() || c == '%';
                break;
            }
            from = i;
        }
        // (2024年市人民医院改扩建工程: a time's 年 or 月 after the digits is no unit.)
        if after_figure {
            if let Some(rest) = text[from..name_end].strip_prefix(['年', '月']) {
                from = name_end - rest.len();
                after_figure = false;
            }
        }
        if after_figure {
            continue;
        }
        let mut name = crate::entity::strip_lead(&text[from..name_end]);
        while let Some(w) = route_word(name, Route::Opener).filter(|w| w.len() < name.len()) {
            name = crate::entity::strip_lead(&name[w.len()..]);
        }
        let start = name_end - name.len();
        // (甲公司高炉煤气余热发电改造项目, 某集团有限公司实施焦炉煤气综合利用改造项目: works an
        // enterprise names right before the upgrade, or after a verb of carrying out, are its
        // project, whatever they upgrade.)
        if let Some((owner, from)) = firm_before_works(text, entities, name_end) {
            let span = NSpan::new(from, at + close.len());
            let product = &text[from..span.end];
            if !overlaps_any(out, span) && seen.insert(product) {
                out.push(RawProject {
                    span,
                    enterprise: Some(owner),
                    product: product.to_string(),
                    capacity: None,
                });
            }
            continue;
        }
        // (机场改扩建工程: a kind alone names no facility; 乡镇卫生院: a class of them.)
        let Some((kind, ())) = UPGRADED_FACILITIES.suffix(name) else { continue };
        if kind.len() == name.len() || CLASS_OPENERS.prefix(name).is_some() {
            continue;
        }
        // (港口码头, 中心渔港, 小型病险水库: common words before the kind name a class of
        // facilities; a name holds a place, a proper noun of jieba's (白莲/nr, 三明/nz) or
        // opens with a level's character, 县人民医院, 县城净水厂, 市中心医院.)
        let head = NSpan::new(start, name_end - kind.len());
        let proper = entities.within(head).next().is_some()
            || head.slice(text).starts_with(['省', '市', '县', '区', '镇', '乡'])
            || jieba
                .tag(head.slice(text), false)
                .iter()
                .any(|t| matches!(t.tag, "nr" | "nrt" | "ns" | "nz" | "nt"));
        if !proper {
            continue;
        }
        // (某公司热电厂改造项目: the enterprise opening the name owns the works.)
        let owner = entities
            .starting_at(start)
            .filter(|(s, e)| e.kind == EntityKind::Enterprise && s.end < name_end - kind.len());
        let product_start = owner.map_or(start, |(s, _)| s.end);
        let span = NSpan::new(start, at + close.len());
        let product = &text[product_start..span.end];
        if overlaps_any(out, span) || !seen.insert(product) {
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: owner.map(|(_, e)| e.name.clone()),
            product: product.to_string(),
            capacity: None,
        });
    }
}

/// The enterprise that owns the works described right before an upgrade word at `works_end`
/// (甲公司 + 高炉煤气余热发电, or 甲公司 + 实施 + …), and where the description starts: four to
/// sixteen Han characters, no function word, no class of works (技术, 智能化: 技术改造 is a
/// kind of project, not one).
fn firm_before_works(text: &str, entities: &Entities, works_end: usize) -> Option<(String, usize)> {
    const CARRYING_OUT: [&str; 5] = ["实施", "启动", "推进", "开展", "完成"];
    let from = works_end.saturating_sub(16 * 3 + CARRYING_OUT[0].len());
    let (firm, found) = entities
        .within(NSpan::new(from, works_end))
        .filter(|(s, e)| e.kind == EntityKind::Enterprise && s.end < works_end)
        .last()?;
    let between = &text[firm.end..works_end];
    let desc = CARRYING_OUT.iter().find_map(|v| between.strip_prefix(v)).unwrap_or(between);
    let n = desc.chars().count();
    let plain =
        desc.chars().all(|c| crate::normalize::is_han(c) && !crate::entity::function_char(c));
    let class = desc.ends_with('化') || is_generic_product(desc);
    ((4..=16).contains(&n) && plain && !class).then(|| (found.name.clone(), works_end - desc.len()))
}

/// Words opening a description that refers to works or a plant named elsewhere, or to none
/// (上述, 相关, 该, 各): no name of its own.
static REFERRING_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/referring_words.txt")));

/// Words of the present or a recent time (目前, 截至目前) opening a clause: no name of works.
static PRESENT_TIMES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/present_times.txt")));

/// Whether `name`, read before a phase or a plant's word, opens with a region's scope (全市),
/// is the word for the company (公司) or opens with a word referring elsewhere (该, 上述): no
/// name of works or of a plant.
pub(crate) fn generic_works_name(name: &str) -> bool {
    crate::indicator::REGION_SCOPES.prefix(name).is_some()
        || crate::entity::company_word(name).is_some()
        || REFERRING_WORDS.prefix(name).is_some()
}

/// 某某古镇夜游项目总投资3亿元: a name (two to twelve Han characters opening its clause, past
/// its leading verbs; up to sixteen after a place or park) with a proper noun at its head (a
/// place or park the text names, or a name jieba tags), then 项目 and the sum invested or done
/// in it, a stage it reaches (开工) or another project closed by 项目 in a list, is a project of
/// its own, the name its description. (全市重点项目总投资, 签约项目总投资: a scope or a class of projects has no
/// proper head, and sums up many.)
fn sized_works(
    text: &str,
    entities: &Entities,
    jieba: &jieba_rs::Jieba,
    out: &mut Vec<RawProject>,
) {
    // (…物流中心项目完成投资1.2亿元: the sum done in the works names them as well.)
    const SUMS: [&str; 6] =
        ["计划总投资", "总投资", "累计完成投资", "已完成投资", "完成投资", "投资"];
    // (枫州港三期码头工程开工: works closed by 工程 are named so too, 工程 in the name.)
    let mut heads: Vec<(usize, &str)> =
        text.match_indices("项目").chain(text.match_indices("工程")).collect();
    heads.sort_unstable();
    for (at, head) in heads {
        let after = &text[at + head.len()..];
        let sum = SUMS.iter().find_map(|w| after.strip_prefix(w)).map(|sum| {
            ["约", "近", "超", "逾", "达"].iter().find_map(|w| sum.strip_prefix(w)).unwrap_or(sum)
        });
        // (…污水处理厂项目已开工建设: so does a stage the works reach.)
        let staged = || {
            let mut rest = after;
            for _ in 0..3 {
                match STAGE_ADVERBS.prefix(rest) {
                    Some((a, ())) => rest = &rest[a.len()..],
                    None => break,
                }
            }
            WORKS_STAGES.prefix(rest).is_some()
        };
        // The name: back over Han characters, no function word's, at most twelve (sixteen
        // where a place or park the text names opens it: 某县中药材冷链仓储物流中心).
        let (from, bounded) = han_name_start_upto(text, at, 16);
        // (用于甲公司年产…项目、北辰智能制造产业园项目等: so does a list of projects each
        // closed by 项目.)
        let listed = || {
            ["项目、", "工程、"].iter().any(|w| text[..from].ends_with(w))
                || after.starts_with('、')
        };
        if !sum.is_some_and(|s| s.starts_with(|c: char| c.is_ascii_digit()))
            && !staged()
            && !listed()
        {
            continue;
        }
        // (桐山220千伏输变电工程, 某港区二期30万吨级原油码头工程: a rating inside the name is
        // part of it; the name goes on before its digits.)
        let rating = rated_name_start(text, from, at, 16);
        let (from, bounded) =
            rating.map_or((from, bounded), |(start, bounded, _)| (start, bounded));
        let rating = rating.map(|(_, _, r)| r);
        if !(bounded || from == 0) || text[..from].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let mut name = crate::entity::strip_lead(&text[from..at]);
        while let Some(w) = route_word(name, Route::Opener).filter(|w| w.len() < name.len()) {
            name = crate::entity::strip_lead(&name[w.len()..]);
        }
        let start = at - name.len();
        // (A rating counts as one character of the name, and needs two before it: 30万吨级原油
        // 码头工程 alone may be a class of works.)
        let rated = rating.map(|r| r.slice(text).chars().count());
        if rating.is_some_and(|r| r.start < start || text[start..r.start].chars().nth(1).is_none())
        {
            continue;
        }
        let n = name.chars().count() + 1 - rated.unwrap_or(1);
        let placed =
            || entities.starting_at(start).is_some_and(|(_, e)| e.kind != EntityKind::Enterprise);
        // (新开工项目、续建项目: a stage the works reach names a class of them.)
        let unnamed = !(2..=16).contains(&n)
            || n > 12 && !placed()
            || WORKS_STAGES.suffix(name).is_some()
            || PRESENT_TIMES.prefix(name).is_some()
            || generic_works_name(name)
            || crate::period::at_start(name).is_some()
            || is_generic_product(name)
            || WORKS_CLASSES.contains(name)
            || crate::indicator::is_phase(name);
        if unnamed {
            continue;
        }
        // (A name an entity covers whole is a site's works at large; an enterprise opening it
        // is the named builds'.)
        let opening = entities.starting_at(start);
        if opening.is_some_and(|(s, e)| s.end >= at || e.kind == EntityKind::Enterprise) {
            continue;
        }
        let tags = jieba.tag(name, false);
        // (瀚海智能装备产业园: a long run of nouns closed by a facility is a name of its own,
        // whatever jieba makes of its brand.)
        let proper = opening.is_some()
            || tags.first().is_some_and(|t| matches!(t.tag, "nr" | "nrt" | "ns" | "nz" | "nt"))
            || n >= 8 && ends_with_facility(name) && tags.iter().all(|t| t.tag.starts_with('n'))
            // (A rating sizes one works, no class of them, where no verb opens the words
            // before it: 新建220千伏输变电工程 names none.)
            || rating.is_some_and(|r| {
                jieba.tag(&text[start..r.start], false).iter().all(|t| !t.tag.starts_with('v'))
            });
        let close = if head == "工程" { head.len() } else { 0 };
        let span = NSpan::new(start, at + close);
        if !proper || overlaps_any(out, span) {
            continue;
        }
        let product = text[start..at + close].to_string();
        out.push(RawProject { span, enterprise: None, product, capacity: None });
    }
}

/// Where a works' name ending at `at` starts when the walk back over Han characters stopped
/// at `from`, right after a rating's digits (220 of 桐山220千伏输变电, 30 of 30万吨级原油码头):
/// back past the digits and over the Han characters before them, `max` characters in all
/// but the rating's; with whether something bounds it there, and the rating's span.
fn rated_name_start(
    text: &str,
    from: usize,
    at: usize,
    max: usize,
) -> Option<(usize, bool, NSpan)> {
    let after = &text[from..at];
    // (A voltage names a line or a substation's rating, with 级 or without.)
    let volts = || {
        let unit = after.trim_start_matches(['千', '万']);
        unit.starts_with('伏').then(|| after.len() - unit.len() + '伏'.len_utf8())
    };
    let len = class_len(after).or_else(volts)?;
    let digits = text[..from].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if digits.len() == from {
        return None;
    }
    let used = text[from + len..at].chars().count();
    let (start, bounded) = han_name_start_upto(text, digits.len(), max.checked_sub(used)?);
    Some((start, bounded, NSpan::new(digits.len(), from + len)))
}

/// Words naming a class of works before 工程 or 项目 (民生, 惠民, 十大).
static WORKS_CLASSES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/works_classes.txt")));

/// Stages works reach (开工, 投产), and the adverbs that may stand before one (已, 正式).
static WORKS_STAGES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/works_stages.txt")));
static STAGE_ADVERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/works_stage_adverbs.txt")));

/// 古渡水乡二期项目已开工, 某集团的某某三期工程正式投产: a name (two to twelve Han characters
/// opening its clause, past its leading verbs) with a phase and 项目 or 工程 after it, and a
/// stage the works reach after those (`data/works_stages.txt`), is a project of its own, the
/// name and phase its description; an enterprise before the name and 的 owns it. (An
/// enterprise's phase named right after it, 某公司二期项目, is the named builds'.)
fn staged_works(text: &str, entities: &Entities, out: &mut Vec<RawProject>) {
    // (Most texts name no phase: one search for 期 settles them.)
    for (at, _) in text.match_indices('期') {
        let after = &text[at + '期'.len_utf8()..];
        let Some(works) = ["项目", "工程"].into_iter().find(|w| after.starts_with(w)) else {
            continue;
        };
        let mut rest = &after[works.len()..];
        for _ in 0..3 {
            match STAGE_ADVERBS.prefix(rest) {
                Some((a, ())) => rest = &rest[a.len()..],
                None => break,
            }
        }
        if WORKS_STAGES.prefix(rest).is_none() {
            continue;
        }
        // The phase: one or two numerals (首, 二, 12) before 期.
        let end = at + '期'.len_utf8();
        let Some(phase_at) = text[..at]
            .char_indices()
            .rev()
            .take(2)
            .map(|(i, _)| i)
            .filter(|&i| crate::indicator::is_phase(&text[i..end]))
            .min()
        else {
            continue;
        };
        // The name: back over Han characters, no function word's, at most twelve, then past
        // the clause's leading verbs.
        let (mut from, bounded) = han_name_start(text, phase_at);
        // (Thirteen characters and no bound: a clause, no name.)
        let bounded = bounded || from == 0;
        // (地铁3号线二期工程: Han characters right after a figure are its unit.)
        if text[..from].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // (某（集团）有限公司五常牧场二期工程, 某公司某某牧场二期工程: an enterprise the name
        // opens with, or that the walk back started inside, owns the works named after it.)
        let whole = NSpan::new(from, phase_at);
        let inside = entities.around(from).map(|s| (s, entities.starting_at(s.start)));
        let opening = inside.map_or_else(|| entities.starting_at(from), |(_, f)| f);
        let mut owner = None;
        if let Some((s, e)) = opening.filter(|(s, _)| s.end > whole.start) {
            let rest = text.get(s.end..phase_at).unwrap_or_default();
            if e.kind != EntityKind::Enterprise || s.end > phase_at || rest.chars().nth(1).is_none()
            {
                continue;
            }
            owner = Some((s, e));
            from = s.end;
        }
        let mut name = &text[from..phase_at];
        if owner.is_none() {
            name = crate::entity::strip_lead(name);
            while let Some(w) = route_word(name, Route::Opener).filter(|w| w.len() < name.len()) {
                name = crate::entity::strip_lead(&name[w.len()..]);
            }
        }
        let start = phase_at - name.len();
        let n = name.chars().count();
        // (全市二期项目, 园区三期项目, 公司二期项目, 该项目二期工程, 今年一期项目: a scope, a
        // zone, the company or works referred to, or a time, names no works; 目前一期项目已投产:
        // nor does a time of now.)
        let unnamed = !bounded
            || !(2..=12).contains(&n)
            || PRESENT_TIMES.prefix(name).is_some()
            || generic_works_name(name)
            || crate::indicator::BARE_ZONES.contains(name)
            || crate::period::at_start(name).is_some()
            || name.ends_with("项目")
            // (青溪县二期项目: a place or park alone is a site's works at large.)
            || entities.starting_at(start).is_some_and(|(s, _)| s.end >= phase_at);
        if unnamed {
            continue;
        }
        // (某集团的古渡水乡二期项目: the enterprise before 的 owns the works.)
        let owner = owner.or_else(|| {
            let head = text[..start].strip_suffix('的')?;
            entities.ending_at(head.len()).find(|(_, e)| e.kind == EntityKind::Enterprise)
        });
        let close = if works == "工程" { works.len() } else { 0 };
        let span = NSpan::new(owner.map_or(start, |(s, _)| s.start), end + close);
        if overlaps_any(out, span) {
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: owner.map(|(_, e)| e.name.clone()),
            product: text[start..end + close].to_string(),
            capacity: None,
        });
    }
}

/// Kinds of plants and waterworks a site names (抽水蓄能电站, 风电场).
static SITE_WORKS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/site_works.txt")));

/// 江西奉新抽水蓄能电站项目, 某县某湖风电场项目: a site (a place, or a place-like name, with
/// those before it) and a kind of plant (`data/site_works.txt`) before 项目 name a project of
/// their own with no enterprise; its capacity may follow in the sentence
/// ([`later_capacities`]). An enterprise right before the site owns it: its rules read it.
fn sited_works(text: &str, entities: &Entities, out: &mut Vec<RawProject>) {
    for (at, _) in text.match_indices("项目") {
        let Some((kind, ())) = SITE_WORKS.suffix(&text[..at]) else { continue };
        let kind_at = at - kind.len();
        // The farthest site back from the kind, through at most three (江西 + 奉新).
        let mut start = kind_at;
        for _ in 0..3 {
            match site_starts(text, entities, start).min() {
                Some(s) => start = s,
                None => break,
            }
        }
        let span = NSpan::new(start, at);
        let owned = || entities.ending_at(start).any(|(_, e)| e.kind == EntityKind::Enterprise);
        if start == kind_at || overlaps_any(out, span) || owned() {
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: None,
            product: span.slice(text).to_string(),
            capacity: None,
        });
    }
}

/// 某某隧道工程由某公司承建: a named works or project opening its clause, built by the
/// enterprise a passive names right after it.
fn works_built_by(text: &str, entities: &Entities, out: &mut Vec<RawProject>) {
    for (s, e) in &entities.mentions {
        let found = &entities.list[*e];
        if found.kind != EntityKind::Enterprise || !text[..s.start].ends_with('由') {
            continue;
        }
        let by = s.start - '由'.len_utf8();
        let after = &text[s.end..];
        if BUILD_VERBS.prefix(after).is_none()
            && PART_VERBS.prefix(after).is_none()
            && !["施工", "负责"].iter().any(|v| after.starts_with(v))
        {
            continue;
        }
        // The works: from its clause's start (after a 的 that describes it) to 由, or, where
        // 由 opens the clause, the works that open the sentence (某某工程全长12.7公里，投资
        // 38.4亿元，由某公司承建).
        let start = crate::sentence::clause_start(text, 0, by);
        let head = &text[start..by];
        let (mut name, mut end) = if head.is_empty() {
            match works_opening_sentence(text, by) {
                Some(span) => (span.slice(text), span.end),
                None => continue,
            }
        } else {
            let from = head.rfind('的').map_or(0, |i| i + '的'.len_utf8());
            (crate::entity::strip_lead(&head[from..]), by)
        };
        // (该工程项目, 上述项目: a determiner refers to works named before; 某某项目正式投运。
        // 该项目由某公司投资建设: the works opening the sentence before, when 该 opens this
        // one.)
        let referred = name.starts_with(['该', '此', '本', '这', '上', '各', '其']);
        if referred {
            let Some(before) = text[..start].strip_suffix(['。', '；']) else { continue };
            match works_opening_sentence(text, before.len()) {
                Some(span) => (name, end) = (span.slice(text), span.end),
                None => {
                    // (年产5万吨…项目开工。该项目由…: the capacity's project, read before.)
                    let from = sentence_start(text, before.len(), &['。', '；', '\n']);
                    let last = out
                        .iter_mut()
                        .rev()
                        .take(64)
                        .find(|p| p.span.start >= from && p.span.end <= before.len());
                    if let Some(p) = last.filter(|p| p.enterprise.is_none()) {
                        p.enterprise = Some(found.name.clone());
                    }
                    continue;
                }
            }
        }
        let n = name.chars().count();
        let mut product = name.strip_suffix("项目").unwrap_or(name);
        // (某某产业园区智算中心一期项目: the park it stands in and its phase are no part of
        // the works' name.)
        if referred {
            let phase = product
                .char_indices()
                .rev()
                .take(3)
                .find(|&(i, _)| crate::indicator::is_phase(&product[i..]));
            if let Some((i, _)) = phase.filter(|&(i, _)| i > 0) {
                product = &product[..i];
            }
            let at = end - name.len();
            let park = entities.starting_at(at).filter(|(s, e)| {
                matches!(e.kind, EntityKind::Park | EntityKind::Place) && s.end < at + product.len()
            });
            if let Some((s, _)) = park {
                product = &product[s.end - at..];
            }
        }
        // (某某抽水蓄能电站由某公司投资建设: a plant's name is a works too.)
        let named = product.ends_with("工程") || name.ends_with("项目") || ends_with_facility(name);
        if !named || !(4..=20).contains(&n) || !name.chars().all(crate::normalize::is_han) {
            continue;
        }
        let span = NSpan::new(end - name.len(), end);
        // (年产…项目开工。该项目由某公司投资建设: the project read from its capacity is the
        // enterprise's.)
        if let Some(k) = overlapping(out, span) {
            if referred && out[k].enterprise.is_none() {
                out[k].enterprise = Some(found.name.clone());
            }
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: Some(found.name.clone()),
            product: product.to_string(),
            capacity: None,
        });
    }
}

/// The works named at the start of the sentence holding `at`: its first clause up to the
/// last 工程 or 项目 before a number, after a category that ends the same way (控制性工程 +
/// 某某隧道工程).
fn works_opening_sentence(text: &str, at: usize) -> Option<NSpan> {
    let floor = crate::sentence::window_floor(text, 0, at);
    let mut start = text[floor..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| crate::sentence::is_terminal(c) || c == '\n')
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let mut clause = &text[start..at];
    // (9月26日，某某项目正式投运: a date heading the sentence is its own clause.)
    if let Some(t) = crate::period::at_start(clause) {
        let rest = &clause[t.span.end..];
        if let Some(r) = rest.strip_prefix(['，', ',']) {
            start = at - r.len();
            clause = r;
        }
    }
    let clause = &clause[..clause.find(crate::sentence::is_clause_sep).unwrap_or(clause.len())];
    let clause = &clause[..clause.find(|c: char| c.is_ascii_digit()).unwrap_or(clause.len())];
    let ends = |s: &str| {
        s.match_indices("工程").chain(s.match_indices("项目")).map(|(i, w)| i + w.len()).max()
    };
    let end = ends(clause)?;
    let from = ends(&clause[..end - "工程".len()])
        .filter(|&f| clause[f..end].chars().count() >= 4)
        .unwrap_or(0);
    let lead = clause.len() - crate::entity::strip_lead(clause).len();
    let from = from.max(lead);
    Some(NSpan::new(start + from, start + end))
}

/// Whether every number in a project's description is a specification of its kind
/// (12英寸晶圆, 第8.5代, 2号高炉, 28纳米), no capacity or amount (年产5万吨…).
fn specs_only(desc: &str) -> bool {
    const SPECS: [&str; 7] = ["英寸", "寸", "代", "纳米", "nm", "号", "微米"];
    let mut rest = desc;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        let after = rest[i..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        if !SPECS.iter().any(|s| after.starts_with(s)) && class_len(after).is_none() {
            return false;
        }
        rest = after;
    }
    true
}

/// The length of a size class's unit and 级 opening `after` (万吨级 of 10万吨级散货码头, 千伏级):
/// a rating of the works, no capacity.
fn class_len(after: &str) -> Option<usize> {
    // (The magnitudes first: 千 of 千瓦 and 千伏 is one.)
    const RATED: [&str; 4] = ["吨", "瓦", "伏", "标箱"];
    let unit = after.trim_start_matches(['十', '百', '千', '万', '亿']);
    let u = RATED.iter().find(|u| unit.starts_with(**u))?;
    unit[u.len()..].starts_with('级').then(|| after.len() - unit.len() + u.len() + '级'.len_utf8())
}

/// The enterprise a passive after a project names (…项目由某公司投资建设, …项目由某公司承建).
fn builder_after<'e>(text: &str, entities: &'e Entities, at: usize) -> Option<&'e Found> {
    let rest = &text[at..];
    let rest = rest.strip_prefix("项目").unwrap_or(rest);
    // (…项目落户园区，由某公司建设: a short clause on the project's site or start may come
    // first; one on another project may not.)
    let later = || {
        let near = &rest[..crate::span::floor_char_boundary(rest, 36)];
        let i = near.find("，由")?;
        let between = &near[..i];
        (!between.contains(['。', '；', '，'])
            && !between.contains("项目")
            && !between.contains("年产"))
        .then(|| &rest[i + "，由".len()..])
    };
    let rest = rest.strip_prefix('由').or_else(later)?;
    let from = text.len() - rest.len();
    let (span, e) = entities.starting_at(from).filter(|(_, e)| e.kind == EntityKind::Enterprise)?;
    let after = &text[span.end..];
    (BUILD_VERBS.prefix(after).is_some() || PART_VERBS.prefix(after).is_some()).then_some(e)
}

/// Verbs after an enterprise that take projects as their object (获得, 加快, 争取).
static OBJECT_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/project_object_verbs.txt")));

/// Nouns that 项目 modifies (项目贷款, 项目资金).
static NOUN_HEADS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/project_noun_heads.txt")));

/// Verbs of an enterprise's part in a project besides building ([`BUILD_VERBS`]).
static PART_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/part_verbs.txt")));

/// Adverbs of time or addition between an enterprise and its verb (正在实施, 同时启动).
static WORKS_ADVERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/works_adverbs.txt")));

/// Whether `span` overlaps a project found so far.
fn overlaps_any(out: &[RawProject], span: NSpan) -> bool {
    overlapping(out, span).is_some()
}

/// The index of a project found so far that `span` overlaps (spans are short, so only the
/// last few projects by position can overlap; `out` is searched from its end).
fn overlapping(out: &[RawProject], span: NSpan) -> Option<usize> {
    let from = out.len().saturating_sub(64);
    out[from..].iter().rposition(|p| p.span.overlaps(span)).map(|k| from + k)
}

/// Whether `q` is a size class of the works (5万吨级集装箱泊位, 新建20万吨级码头, 10万千瓦级
/// 机组), no capacity.
fn size_class(text: &str, q: &RawQuantity) -> bool {
    text[q.span.end..].starts_with('级')
}

fn capacities(
    text: &str,
    quantities: &[RawQuantity],
    entities: &Entities,
    out: &mut Vec<RawProject>,
) {
    for (qi, q) in quantities.iter().enumerate() {
        if !(q.class.is_physical() || q.class == UnitClass::Count) || q.value_max.is_some() {
            continue;
        }
        if size_class(text, q) {
            continue;
        }
        let mut start = q.span.start;
        // Whether a rate lead (年产, 日产 …) opens the capacity, or a chained item or a product
        // named before it does.
        let mut led = false;
        let before = &text[..start];
        let lead = crate::indicator::RATE_LEADS
            .suffix(before)
            .map(|(l, _)| l)
            .or_else(|| ["日供水", "仓容", "产能"].into_iter().find(|l| before.ends_with(l)));
        if let Some(lead) = lead {
            start -= lead.len();
            led = true;
        }
        // (年出栏500头以上的养殖户: a bounded size before 的 names a class of producers, no
        // plant.)
        let bounded =
            q.qualifiers.iter().any(|b| matches!(b, Qualifier::AtLeast | Qualifier::AtMost));
        if bounded && text[q.span.end..].starts_with('的') {
            continue;
        }
        // 年产1.2万吨绿氢及8万吨/年绿色合成氨项目: a capacity joined to the product of the
        // project before it is a second product of the same lead and enterprise.
        // (…200兆瓦风电项目和300兆瓦光伏项目: so is one after the first project's 项目.)
        let chained = out.last().filter(|p| {
            let between = &text[p.span.end.min(start)..start];
            let between = between.strip_prefix("项目").unwrap_or(between);
            !led && p.capacity.is_some()
                && p.span.end < start
                && matches!(between, "及" | "和" | "与" | "、" | "以及")
        });
        let chained_owner = chained.map(|p| p.enterprise.clone());
        led |= chained.is_some();
        // 年产饲料60万吨的饲料厂, 储藏能力5万吨的气调冷库: the product (or the ability)
        // named before the number, the plant after it.
        let mut named_before = None;
        if !led {
            if let Some((lead_at, product)) = product_before(text, start) {
                start = lead_at;
                led = true;
                named_before = Some(product);
            } else if let Some(product_at) = product_before_works(text, entities, q, start) {
                // (建设负极材料3万吨项目, 某集团碳纤维1.2万吨项目: the product before the number,
                // 项目 right after it.)
                named_before = Some(&text[product_at..start]);
                start = product_at;
                led = true;
            }
        }
        let enterprise_at =
            |at: usize| entities.ending_at(at).find(|(_, e)| e.kind == EntityKind::Enterprise);
        // (某公司（简称“某某”）50万吨…项目, 某公司（某某）10GW…项目: the enterprise's short-name
        // declaration may stand between.)
        let declared = |start: usize| {
            let inside = text[..start].strip_suffix(['）', ')'])?;
            let (i, _) =
                inside.char_indices().rev().take(40).find(|&(_, c)| matches!(c, '（' | '('))?;
            let found = enterprise_at(i)?;
            let gloss = &inside[i..];
            let names = |a: &String| gloss.contains(a.as_str());
            (gloss.contains("简称") || gloss.contains("下称") || found.1.aliases.iter().any(names))
                .then_some(found)
        };
        // 某能源公司某县60万千瓦风电项目, 某公司（简称某某）某县某湖40万千瓦…项目: a site may
        // stand between the enterprise (or its declaration) and an output capacity, which 项目
        // then follows (checked below): the owner and where the site starts.
        let sited = |end: usize| {
            site_starts(text, entities, end)
                .find_map(|at| enterprise_at(at).or_else(|| declared(at)).map(|found| (found, at)))
        };
        // (某公司二期120万吨/年乙烯项目: the phase of the enterprise's works may stand between,
        // and the site before it, 某公司丰城三期200万千瓦…: a place or a county's short form of
        // two or three characters.)
        let phased = || {
            let (at, _) = text[..start].char_indices().rev().nth(1)?;
            if !crate::indicator::is_phase(&text[at..start]) {
                return None;
            }
            enterprise_at(at).or_else(|| sited(at).map(|(found, _)| found))
        };
        // (某公司（简称某某）都昌40万千瓦…, …都昌某湖40万千瓦…: a site taken for a name after
        // the declaration is the site, where an enterprise stands before it.)
        let own = enterprise_at(start);
        let site_named = own.is_some_and(|(s, _)| site_starts_at(text, entities, s.start, start));
        let (adjacent, placed_at) = match own
            .filter(|_| !site_named)
            .or_else(phased)
            .or_else(|| declared(start))
        {
            Some(found) => (Some(found), None),
            None if !led && output_capacity(q) => match sited(start) {
                Some((f, at)) => (Some(f), Some(at)),
                // (报告期内，某市某县100万千瓦风电项目并网: a site opening its clause or list
                // item before an output capacity, 项目 after the product (checked below),
                // names the works with no enterprise.)
                // (某省100万千瓦以上风电项目达到12个: a size class counted names no works.)
                None if own.is_none()
                    && !text[q.span.end..].starts_with('级')
                    && !q.qualifiers.iter().any(|b| {
                        matches!(b, Qualifier::AtLeast | Qualifier::AtMost | Qualifier::MoreThan)
                    }) =>
                {
                    // (重点支持孟连10万千瓦…项目: so does one after a verb taking projects as
                    // its object.)
                    let opens = |at: usize| {
                        at == 0
                            || text[..at].ends_with(['，', '。', '；', '、', '：', '\n'])
                            || OBJECT_VERBS.suffix(&text[..at]).is_some()
                    };
                    (None, site_starts(text, entities, start).find(|&at| opens(at)))
                }
                None => (own, None),
            },
            None => (own, None),
        };
        // 建设200万千瓦风电项目, 投资建设某地150万千瓦光伏发电项目: a build verb (and a place
        // after it) before an output capacity, 项目 after the product.
        let built = match adjacent {
            None if !led && output_capacity(q) => build_verb_before(text, start),
            _ => None,
        };
        let enterprise = adjacent
            .or_else(|| if led { linked_before(text, entities, start) } else { None })
            .or_else(|| built.and_then(|verb_end| linked_before(text, entities, verb_end)))
            .or_else(|| led.then(|| referred_before(text, entities, start)).flatten())
            .map(|(s, e)| (s, e.name.clone()))
            .or_else(|| {
                let company = led.then(|| company_opens(text, start)).flatten()?;
                // (…华屹新材料拥有发明专利四十七项。该公司年产…: 该公司 is the enterprise
                // named last, not the article's.)
                if text[company.start..].starts_with('该') {
                    let e = entities.last_mention_before(company.start, |span, e| {
                        e.kind == EntityKind::Enterprise && !partner_named(text, span, &e.name)
                    })?;
                    return Some((company, e.name.clone()));
                }
                let (e, named_at) = entities.article_company(text)?;
                (named_at <= company.start).then_some(())?;
                Some((company, e.name.clone()))
            });
        if enterprise.is_none() && !led && built.is_none() && placed_at.is_none() {
            continue;
        }
        // A count after a name is a capacity only with a magnitude (某某汽车15万辆新能源整车,
        // not 某某公司3个项目); tonnes and watts after a name suffice.
        if q.class == UnitClass::Count && !led && !q.unit.starts_with(['万', '亿']) {
            continue;
        }
        // 100MW/200MWh储能电站: the product follows the second of a power/energy pair.
        let pair = quantities.get(qi + 1).filter(|p| {
            p.span.start == q.span.end + 1
                && text[q.span.end..].starts_with('/')
                && output_capacity(p)
        });
        let after = pair.map_or(q.span.end, |p| p.span.end);
        // A product name is short: look at most 48 bytes ahead.
        let to = crate::span::floor_char_boundary(text, after + 48);
        // One space may separate a capacity from a Latin-lettered product (20GW N型电池),
        // and 的 a capacity from the plant it sizes (日供水2万吨的水厂).
        let skip = if text[after..to].starts_with('的') {
            '的'.len_utf8()
        } else {
            usize::from(text[after..to].starts_with(' '))
        };
        // 年产200亿片（粒）固体制剂项目, 年产5万吨（标准）…: a bracketed word right after the
        // capacity (an alternative unit, the basis of the figure) glosses it; the product
        // follows the bracket. (（含）以上 bounds the figure, no gloss.)
        let skip = skip + crate::quantity::bracket_gloss_len(&text[after + skip..to]);
        // 40万千瓦“光伏+储能”项目: a product quoted right after the capacity is the quote's
        // words (its length, the opening quote skipped).
        let quoted = quoted_product_len(&text[after + skip..to]);
        let skip = skip + quoted.map_or(0, |_| '“'.len_utf8());
        let rest = &text[after + skip..to];
        let found = quoted.map(|n| (n, '”')).or_else(|| {
            rest.char_indices().find(|&(i, c)| {
                // 火锅底料及复合调味品项目: 及 joining two products of the one project.
                let joins = matches!(c, '和' | '及' | '与')
                    && crate::indicator::joins_products(&rest[i + c.len_utf8()..]);
                rest[i..].starts_with('\n')
                || PRODUCT_STOPS.prefix(&rest[i..]).is_some()
                    && !joins
                    && !IN_WORD_STOPS.iter().any(|w| rest[i..].starts_with(w))
                // (…生产线今年8月建成投产: a time after the product ends it.)
                || i > 0 && crate::period::at_start(&rest[i..]).is_some()
            })
        });
        // (A name that runs past the bytes looked at is cut, no name.)
        if found.is_none() && to < text.len() {
            continue;
        }
        let mut stop = found.map_or(rest.len(), |(i, _)| i);
        // 形成年产50万吨线材产能: the capacity word after the product is no part of it.
        if let Some(bare) = rest[..stop].strip_suffix("产能").filter(|b| !b.is_empty()) {
            stop = bare.len();
        }
        // (支持某公司100兆瓦光伏电站建设: nor is the building of it.)
        if let Some(bare) = rest[..stop].strip_suffix("建设").filter(|b| b.chars().nth(1).is_some())
        {
            stop = bare.len();
        }
        let product = &rest[..stop];
        // (…动力电池生产基地, …熟料生产线: a plant's word closes the product too.)
        // (建设200MW/800MWh储能电站: a station rated in power is a plant by its name.)
        // (400万吨/年矿井改扩建项目: the kind of works may stand before the plant's word.)
        let works = &rest[stop..];
        // (The closing quote of a quoted product is the evidence's, before the works.)
        let closing = if quoted.is_some() { '”'.len_utf8() } else { 0 };
        let works = &works[closing..];
        let works = &works[crate::indicator::works_kind_len(works)..];
        let plant = ["项目", "生产基地", "基地"].iter().any(|w| works.starts_with(w))
            || product.ends_with("生产线")
            || q.class == UnitClass::Power
                && ["电站", "电厂", "电场"].iter().any(|w| product.ends_with(w));
        if (built.is_some() || placed_at.is_some()) && !plant {
            continue;
        }
        // (The product named before the number, with the plant's words after it: 生猪 +
        // 养殖项目, 饲料 + 饲料厂; an ability names none, the plant does.)
        let joined;
        let product = match named_before {
            Some(before) => {
                let plant_like = plant || product.ends_with(['厂', '库', '站']);
                // (某示范项目年产直接还原铁50万吨，…: the works named right before the lead are
                // the plant, and the product stands alone.)
                let works_before = text[..start].strip_suffix("项目").is_some_and(|h| {
                    !before.is_empty() && product.is_empty() && works_named_before(text, h.len())
                });
                if !plant_like && !works_before || before.is_empty() && product.is_empty() {
                    continue;
                }
                joined = if product.contains(before) {
                    product.to_string()
                } else {
                    [before, product].concat()
                };
                joined.as_str()
            }
            None => product,
        };
        // (年产15亿粒胶囊剂智能化生产线: the kind of works before the plant is no part of the
        // product either.)
        let product = crate::indicator::without_works_kinds(product);
        let n = product.chars().count();
        // Mini LED背光模组: a blank may part two Latin words, or a Latin word and Han.
        let latin_gap = |i: usize| product[..i].ends_with(|c: char| c.is_ascii_alphanumeric());
        // (乙烯—氯乙烯一体化: a dash joins two products of one chain.)
        let name_char = |(i, c): (usize, char)| {
            crate::normalize::is_han(c)
                || c.is_ascii_alphanumeric()
                || (c == ' ' && latin_gap(i))
            // (光伏+储能: a plus joins two products in a quote.)
            || (c == '+' && quoted.is_some() && i > 0 && i + 1 < product.len())
                || (c == '—'
                    && i > 0
                    && product[i + c.len_utf8()..].starts_with(crate::normalize::is_han))
        };
        // (已具备年产2万套的能力: an ability word after 的 names no product.)
        let ability = matches!(product, "能力" | "生产能力" | "产能" | "规模" | "生产规模");
        if !(1..=16).contains(&n) || !product.char_indices().all(name_char) || ability {
            continue;
        }
        let (span_start, name) = match (chained_owner, enterprise) {
            (Some(owner), _) => (q.span.start, owner),
            // (公司年产6万吨…项目已投产，年产20万吨…项目正在建设: where the owner's name stands
            // before another project, the evidence starts at the capacity's own lead.)
            (None, Some((s, name))) if out.last().is_some_and(|p| p.span.end > s.start) => {
                (start, Some(name))
            }
            (None, Some((s, name))) => (s.start, Some(name)),
            (None, None) => (placed_at.unwrap_or(built.map_or(start, |_| q.span.start)), None),
        };
        // (某公司一期5万吨装置建成投产: a bare plant word names no product; the enterprise's
        // product named before in the paragraph is meant, or none is.)
        let product = if bare_plant(product) {
            // (Within 2 000 bytes: a text with no line breaks would make it quadratic.)
            let floor = crate::span::ceil_char_boundary(text, span_start.saturating_sub(2000));
            let paragraph = text[floor..span_start].rfind('\n').map_or(floor, |i| floor + i + 1);
            let earlier =
                out.iter().rev().take_while(|p| p.span.start >= paragraph).find(|p| {
                    p.enterprise == name && p.capacity.is_some() && !bare_plant(&p.product)
                });
            match earlier {
                Some(p) => p.product.clone(),
                None => continue,
            }
        } else {
            product.to_string()
        };
        out.push(RawProject {
            span: NSpan::new(span_start, after + skip + stop + closing),
            enterprise: name,
            product,
            capacity: Some(qi),
        });
    }
}

/// 项目 right after a capacity (建设负极材料3万吨项目, 年产5万吨的项目): the works it sizes, so the
/// words before the number are their product.
pub(crate) const WORKS_AFTER: [&str; 2] = ["项目", "的项目"];

/// Words of a production plant (装置, 生产线, 工厂): where a product is made, none that is (a
/// 水厂 or 电站 is what its capacity sizes, and is no such word).
pub(crate) const PLANT_WORDS: [&str; 7] =
    ["装置", "生产装置", "设备", "产线", "生产线", "工厂", "车间"];

/// Whether `product` is a production plant's word alone ([`PLANT_WORDS`]).
fn bare_plant(product: &str) -> bool {
    PLANT_WORDS.contains(&product)
}

/// The length of the words of a quote opening `s` (“光伏+储能”), two to sixteen characters
/// with no separator, when the quote closes before the works' word (项目, a plant's word; not
/// a quoted quality before the goods: “绿色”大米).
fn quoted_product_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('“')?;
    let n = inner.find('”')?;
    let words = &inner[..n];
    let works = &inner[n + '”'.len_utf8()..];
    let works = &works[crate::indicator::works_kind_len(works)..];
    let plant = works.starts_with("项目") || FACILITY_ENDS.iter().any(|h| works.starts_with(h));
    ((2..=16).contains(&words.chars().count())
        && !words.contains(['，', '。', '；', '、', '：', '\n', '“'])
        && plant)
        .then_some(n)
}

/// Characters that close a place-like proper name of the land or water (矶山湖, 崇明岛).
const SITE_FEATURES: &str = "湖山岛湾滩岭峡洲坝塘峰";

/// Where a site ending at `end` may start, nearest first: a place (an entity, or a name of
/// the gazetteer or a county's short form at its start) with at most four characters of a
/// proper name after it (康保县, 都昌矶山湖, 鄱阳湖), or two to four characters closed by a
/// feature of the land or water (矶山湖). No verb, particle or scope word follows the place
/// (SITE_STOPS).
fn site_starts<'a>(
    text: &'a str,
    entities: &'a Entities,
    end: usize,
) -> impl Iterator<Item = usize> + 'a {
    // At most eight Han characters back.
    let starts =
        text[..end].char_indices().rev().take(8).take_while(|&(_, c)| crate::normalize::is_han(c));
    let near = starts.map(|(i, _)| i).filter(move |&i| site_from(text, entities, i, end));
    near.chain(far_sites(text, entities, end))
}

/// Whether a site of `site_starts` starts at `i`, the start of a name already found (one
/// test instead of the eight of a scan back).
fn site_starts_at(text: &str, entities: &Entities, i: usize, end: usize) -> bool {
    let near = text[i..end].chars().all(crate::normalize::is_han)
        && text[i..end].chars().nth(8).is_none()
        && site_from(text, entities, i, end);
    near || far_sites(text, entities, end).any(|s| s == i)
}

/// (A place of more than eight characters ending at `end`.)
fn far_sites<'a>(
    text: &'a str,
    entities: &'a Entities,
    end: usize,
) -> impl Iterator<Item = usize> + 'a {
    entities
        .ending_at(end)
        .filter(move |(p, e)| {
            e.kind == EntityKind::Place && text[p.start..end].chars().nth(8).is_some()
        })
        .map(|(p, _)| p.start)
}

/// Whether the Han characters from `i` to `end` (eight at most) are a site: see
/// `site_starts`.
fn site_from(text: &str, entities: &Entities, i: usize, end: usize) -> bool {
    let plain = |s: &str| {
        s.chars().all(|c| {
            crate::normalize::is_han(c)
                && !crate::entity::function_char(c)
                && !SITE_STOPS.contains(c)
        })
    };
    let site = &text[i..end];
    let n = site.chars().count();
    if n < 2 {
        return false;
    }
    let entity = entities
        .starting_at(i)
        .filter(|(p, e)| e.kind == EntityKind::Place && p.end <= end)
        .map(|(p, _)| p.end - i);
    // (A county's short form of two or three characters, which is no entity alone.)
    let county = || {
        let prefixes = site.char_indices().skip(2).take(2).map(|(k, _)| k);
        prefixes
            .chain((n <= 3).then_some(site.len()))
            .filter(|&k| crate::entity::lexicon::LEXICON.is_place_or_county(&site[..k]))
            .max()
    };
    let rest = entity.or_else(county).map(|k| &site[k..]);
    rest.is_some_and(|r| r.chars().count() <= 4 && plain(r))
        || n <= 4 && plain(site) && site.ends_with(|c: char| SITE_FEATURES.contains(c))
        // (丁县, 某某镇: a county or town the gazetteer lacks, closed by its level.)
        // (该县, 本镇 refer to one named before: no site's name.)
        || (2..=4).contains(&n)
            && plain(site)
            && site.ends_with(['县', '旗', '镇', '乡'])
            && !site.starts_with(['该', '本', '各', '每', '此', '其'])
}

/// Whether the works whose 项目 starts at `at` have a name of their own (某公司氢冶金示范项目,
/// 某地竖炉项目), past the word for the company: not a scope's or a class's (全市新建项目,
/// 重点项目) nor works referred to (该项目).
fn works_named_before(text: &str, at: usize) -> bool {
    let (from, bounded) = han_name_start(text, at);
    if !(bounded || from == 0) {
        return false;
    }
    let mut name = crate::entity::strip_lead(&text[from..at]);
    if let Some(w) = crate::entity::company_word(name) {
        name = &name[w.len()..];
    }
    name.chars().nth(1).is_some()
        && !generic_works_name(name)
        && !is_generic_product(name)
        && BUILD_VERBS.suffix(name).is_none()
}

/// Products' words holding a function character (还原, 对二甲苯), read whole before a number.
static FUNCTION_CHAR_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/product_function_words.txt")));

/// A lead and the product written between it and the number at `at` (年产饲料60万吨: 饲料),
/// or an ability named right before it (储藏能力5万吨: no product): where the lead starts,
/// and the product.
fn product_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let head = &text[..at];
    // 储藏能力, 冷藏能力: two characters of what is done, and 能力.
    if let Some(h) = head.strip_suffix("能力") {
        let plain = |c: char| crate::normalize::is_han(c) && !crate::entity::function_char(c);
        let mut last_two = h.char_indices().rev().take(2);
        // (年中转能力2000万吨: a rate's 年 before them is the ability's too.)
        let rate = |i: usize| h[..i].strip_suffix(['年', '月', '日']).map_or(i, str::len);
        return match (last_two.next(), last_two.next()) {
            (Some((_, b)), Some((i, a))) if plain(a) && plain(b) => Some((rate(i), "")),
            _ => None,
        };
    }
    // The product: one to ten Han characters back from the number, none a function word.
    // (直接还原铁, 对二甲苯: a product's word may hold one, `data/product_function_words.txt`.)
    for (i, c) in head.char_indices().rev().take(11) {
        let in_word = || FUNCTION_CHAR_WORDS.prefix(&head[i..]).is_some();
        if !crate::normalize::is_han(c) || crate::entity::function_char(c) && !in_word() {
            return None;
        }
        // (年屠宰生猪300万头: the indicator stage's rates of output.)
        let Some((lead, _)) = crate::indicator::RATE_LEADS.suffix(&head[..i]) else {
            continue;
        };
        let product = &head[i..];
        // (全年产…, 今年产…: the year's output; 年产值, 年产量: no rate.)
        let lead_at = i - lead.len();
        let year_of = head[..lead_at].ends_with(crate::indicator::YEAR_OF_CHARS);
        if year_of || product.starts_with(['值', '量', '能']) {
            return None;
        }
        return Some((lead_at, product));
    }
    None
}

/// Where the product starts that stands between a build verb or an enterprise and an output
/// capacity that 项目 follows (建设负极材料3万吨项目, 某集团碳纤维1.2万吨项目): two to ten Han
/// characters, no function word, no phase or kind of works among them alone.
fn product_before_works(
    text: &str,
    entities: &Entities,
    q: &RawQuantity,
    at: usize,
) -> Option<usize> {
    let after = &text[q.span.end..];
    if !output_capacity(q) || !WORKS_AFTER.iter().any(|w| after.starts_with(w)) {
        return None;
    }
    let head = &text[..at];
    let verb_ends =
        |h: &str| BUILD_VERBS.suffix(h).is_some() || LAYOUT_VERBS.iter().any(|v| h.ends_with(v));
    let enterprise_ends =
        |i: usize| entities.ending_at(i).any(|(_, e)| e.kind == EntityKind::Enterprise);
    let (i, _) = head
        .char_indices()
        .rev()
        .take(10)
        .take_while(|&(_, c)| crate::normalize::is_han(c) && !crate::entity::function_char(c))
        .find(|&(i, _)| verb_ends(&head[..i]) || enterprise_ends(i))?;
    let product = &head[i..];
    let phase = product
        .char_indices()
        .rev()
        .nth(1)
        .is_some_and(|(k, _)| crate::indicator::is_phase(&product[k..]));
    (product.chars().nth(1).is_some() && !phase && !is_generic_product(product)).then_some(i)
}

/// `向某公司提供贷款8亿元，支持其建设年产…`, `某公司…，其年产…项目`: 其 (and a build verb)
/// before `at` stand for the enterprise named last in the sentence.
fn referred_before<'e>(
    text: &str,
    entities: &'e Entities,
    at: usize,
) -> Option<(NSpan, &'e Found)> {
    let head = text[..at].strip_suffix('的').unwrap_or(&text[..at]);
    // (其年产20GWh…项目: 其 right before the capacity stands for the enterprise too.)
    let verb = BUILD_VERBS.suffix(head).map_or(0, |(v, ())| v.len());
    if verb == 0 && !head.ends_with('其') {
        return None;
    }
    // (支持其在某新区建设…: the site may stand between, of 12 characters at most.)
    let before = &head[..head.len() - verb];
    let near = crate::span::ceil_char_boundary(before, before.len().saturating_sub(16 * 3));
    let sited = before[near..].rfind("其在").map(|i| near + i).is_some_and(|i| {
        let site = &before[i + "其在".len()..];
        (2..=12).contains(&site.chars().count()) && site.chars().all(crate::normalize::is_han)
    });
    if !(before.ends_with('其') || sited) {
        return None;
    }
    let floor = crate::sentence::window_floor(text, 0, at);
    let from = text[floor..at].rfind(['。', '！', '？', '；', '\n']).map_or(floor, |i| floor + i);
    entities.within(NSpan::new(from, at)).filter(|(_, e)| e.kind == EntityKind::Enterprise).last()
}

/// `公司本次募集资金将用于年产…`: 公司 (该公司, 本公司) opening the sentence of `at` is the
/// article's company; its span.
pub(crate) fn company_opens(text: &str, at: usize) -> Option<NSpan> {
    // A bounded look back: a text without sentence ends would make the search quadratic.
    let floor = crate::sentence::window_floor(text, 0, at);
    let end = text[floor..at].rfind(['。', '！', '？', '；', '\n']).map(|i| floor + i);
    let start = match end {
        Some(i) => i + text[i..].chars().next().map_or(1, char::len_utf8),
        None if floor == 0 => 0,
        None => return None,
    };
    let head = &text[start..at];
    let skip = head.len() - head.trim_start().len();
    // (某公司相关负责人介绍，公司二期年产…: or the clause after one speaking.)
    let skip = match crate::entity::company_word(&head[skip..]) {
        Some(_) => skip,
        None => {
            let comma = head.find(['，', ','])?;
            let said = &head[..comma];
            let speaks = crate::indicator::SPEAKS.iter().any(|v| said.ends_with(v))
                && said.chars().count() <= 24;
            if !speaks {
                return None;
            }
            comma + head[comma..].chars().next().map_or(1, char::len_utf8)
        }
    };
    let word = crate::entity::company_word(&head[skip..])?;
    Some(NSpan::new(start + skip, start + skip + word.len()))
}

/// Whether `q`, before `works`, is a computing power (2000P, 500PFlops): the size of a
/// computing centre. A bare P is one only before a centre of computing power (算力, 智算): the
/// P of an air conditioner (5P空调) is its 匹.
fn computing_power(q: &RawQuantity, works: &str) -> bool {
    let flops = q.unit.len() >= 5
        && q.unit.get(q.unit.len() - 5..).is_some_and(|u| u.eq_ignore_ascii_case("FLOPS"));
    let computing = || ["算力", "智算", "超算"].iter().any(|w| works.contains(w));
    q.class == UnitClass::Other && (flops || q.unit == "P" && computing())
}

/// Units that measure what a plant makes or delivers (not a road's length or a site's area).
fn output_capacity(q: &RawQuantity) -> bool {
    match q.class {
        UnitClass::Mass | UnitClass::Power | UnitClass::Energy | UnitClass::Volume => true,
        UnitClass::Count => q.unit.starts_with(['万', '亿']),
        _ => false,
    }
}

/// Verbs of laying out, planning or carrying out works, which build them as far as a capacity
/// after them goes (布局3GWh…生产线, 规划20GWh…项目, 实施500MW…扩建项目); the capacity link
/// (`CAPACITY_LINK`) writes them out too.
pub(crate) const LAYOUT_VERBS: [&str; 3] = ["布局", "规划", "实施"];

/// Verbs that build a plant (开工建设, 新建).
pub(crate) static BUILD_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("data/build_verbs.txt")));

/// Where a verb of building ends when `h` closes with one (新建), 的 allowed after it
/// (在某县建设的30万千瓦…); after 的 an enterprise's other part in the works serves too
/// (某集团投资的100万千瓦…).
pub(crate) fn works_verb_end(h: &str) -> Option<usize> {
    let (v, de) = h.strip_suffix('的').map_or((h, false), |v| (v, true));
    let part = || de && PART_VERBS.suffix(v).is_some();
    (BUILD_VERBS.suffix(v).is_some() || part()).then_some(v.len())
}

/// The end of a build verb right before `at`, or before a place name of at most four
/// characters that stands before `at` (建设某地200万千瓦…).
fn build_verb_before(text: &str, at: usize) -> Option<usize> {
    let head = &text[..at];
    // (布局3GWh…生产线, 规划20GWh…项目, 实施500MW…扩建项目: laying out, planning or carrying
    // out the works builds them too.)
    let verb_end = |h: &str| {
        works_verb_end(h).or_else(|| LAYOUT_VERBS.iter().any(|v| h.ends_with(v)).then_some(h.len()))
    };
    verb_end(head).or_else(|| {
        // The place: two to four Han characters that are no function words.
        for (i, c) in head.char_indices().rev().take(4) {
            if !crate::normalize::is_han(c) || crate::entity::function_char(c) {
                break;
            }
            if let Some(end) = verb_end(&head[..i]) {
                return (at - i >= 2 * 3).then_some(end);
            }
        }
        None
    })
}

/// What may stand between an enterprise and the 年产 of its project: its short-name
/// declaration or a note of who holds it (（公司持股70%）), an intent word, a place (拟在某园区) before or after an investment with or
/// without its amount (亿元, 万美元, 不超过…) and a build verb, a phase, 新投产的
/// (某公司（以下简称“某某”）拟投资35亿元建设的年产…, 某公司拟投资5亿元在某地建设年产…,
/// 某公司二期年产…, 某公司签约年产…); a comma may close the investment's amount
/// (某公司三期计划投资120亿元，新建年产…), and 位于 or 落户 name the site (某公司位于某园区的
/// 年产…, 某公司落户某高新区，投资65亿元建设年产…);
/// a placement's funds may be what is put in (某公司本次募集资金将投资于年产…); a comma may
/// follow the name (位于开发区的某公司，今年新建的年产…); a signing with the site's body may
/// stand first (某公司与某产业园管委会签约，拟投资60亿元建设…); the works it builds may be
/// named after it builds (由某公司投资建设，主要建设年产…); it may build with a partner
/// (与某公司合资建设的, 共同投资建设的); laying out, planning or carrying out the works is
/// building them (某公司在眉山规划20GWh…, 实施500MW…扩建项目).
static CAPACITY_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:[（(][^（）()]{0,40}(?:简称|下称|持股|控股)[^（）()]{1,40}[）)]|[”"]?(?:[，,；;][^（）()]{0,40})?[）)])?[，,]?(?:与[^，。；,;（）()]{2,30}?签(?:约|署[^，。；,;]{0,12}?)[，,]?)?(?:(?:投资)?(?:建设|承建)[，,](?:主要|项目)?)?(?:本次)?(?:募集资金将?(?:用于|投资于|投向))?(?:[一二三四五六七八九]期)?(?:今年|年内|拟|计划|将)?(?:成功)?(?:(?:签约|签署|落户)[，,]?)?(?:(?:在|位于|落户)[^，。；,;（）()]{2,24}?[，,]?)?(?:合资|共同|联合)?(?:总?投资(?:(?:不超过|不低于|约|超|近)?[0-9.]+[万亿]?(?:元|美元|欧元)?(?:人民币)?[，,]?)?)?(?:在[^，。；,;（）()]{2,24}?)?(?:配套)?(?:建设|新建|兴建|扩建|投建|布局|规划|实施)?的?(?:[一二三四五六七八九]期)?(?:今年)?新?(?:投产|建成)?的?$"#)
        .unwrap_or_else(|e| panic!("capacity link regex: {e}"))
});

/// Characters no site name holds: verbs of building and investing, particles, scope words.
const SITE_STOPS: &str = "建设投产新扩签约拟将在的计划已正全部共了和与及等年";

/// The last enterprise mention shortly before `at` that [`CAPACITY_LINK`] joins to it.
fn linked_before<'e>(text: &str, entities: &'e Entities, at: usize) -> Option<(NSpan, &'e Found)> {
    let from = crate::span::ceil_char_boundary(text, at.saturating_sub(144));
    let (s, e) = entities
        .within(NSpan::new(from, at))
        .filter(|(_, e)| e.kind == EntityKind::Enterprise)
        .last()?;
    // 某公司银川年产…, 某公司（简称“某某”）某产业园二期年产…: the place or park of the plant
    // (and its phase) stands between; 某公司：年产… a colon.
    let mut end = at;
    let phase_at = text[s.end..end].char_indices().rev().nth(1).map(|(i, _)| s.end + i);
    if let Some(i) = phase_at.filter(|&i| crate::indicator::is_phase(&text[i..end])) {
        end = i;
    }
    // 某公司某地基地年产…: the plant's base follows its site.
    if let Some(w) =
        crate::entity::PLANT_BASES.iter().find_map(|t| text[s.end..end].strip_suffix(t))
    {
        end = s.end + w.len();
    }
    let site = entities
        .ending_at(end)
        .find(|(p, f)| matches!(f.kind, EntityKind::Place | EntityKind::Park) && p.start >= s.end);
    if let Some((p, _)) = site {
        end = p.start;
    }
    let link = &text[s.end..end];
    // 某集团德保年产…, …投资120亿元的洋浦年产…: a site the gazetteer lacks (two or three
    // characters, no verb or particle among them) may close the link.
    let site_name = |s: &str| {
        (2..=3).contains(&s.chars().count())
            && s.chars().all(|c| crate::normalize::is_han(c) && !SITE_STOPS.contains(c))
    };
    let unlisted_site = || {
        link.char_indices()
            .rev()
            .take(3)
            .any(|(i, _)| site_name(&link[i..]) && CAPACITY_LINK.is_match(&link[..i]))
    };
    if !(CAPACITY_LINK.is_match(link) || matches!(link, "：" | ":") || unlisted_site()) {
        return None;
    }
    // (由某公司投资建设，年产…项目总投资…: after the clause of its building, another build
    // verb names what it builds; a capacity right after the comma opens another project.)
    let built_clause = link
        .find(['，', ','])
        .is_some_and(|i| ["建设", "承建"].iter().any(|v| link[..i].ends_with(v)));
    if built_clause && BUILD_VERBS.suffix(link.trim_end_matches('的')).is_none() {
        return None;
    }
    // (甲公司与乙公司签约建设年产…: of two enterprises signing, the first is the one that
    // builds; the second is its partner or contractor. 甲与乙合资建设的…, 共同投资建设的…: of
    // two building together, the first is named as the builder too.)
    let signed = ["签约", "签署", "合资", "共同", "联合"].iter().any(|w| link.starts_with(w));
    let partner_of = text[..s.start].strip_suffix('与').map(str::len).filter(|_| signed);
    let builder = partner_of
        .and_then(|at| entities.ending_at(at).find(|(_, f)| f.kind == EntityKind::Enterprise));
    if builder.is_some() {
        return builder;
    }
    // After a short-name declaration the mention found is the short name: the project starts
    // at the full name declared just before it.
    let first = entities
        .within(NSpan::new(from, s.start))
        .filter(|(f, _)| text[f.end..s.start].starts_with(['（', '(']))
        .find(|(_, f)| std::ptr::eq(*f, e))
        .map_or(s, |(f, _)| f);
    Some((first, e))
}

fn named_builds<'e>(
    text: &str,
    quantities: &[RawQuantity],
    entities: &'e Entities,
    main: Option<&'e Found>,
    out: &mut Vec<RawProject>,
) {
    let mut after_brackets = Vec::new();
    // The ends of the capacity projects found before, in order, with their enterprises, and
    // of those named here (in the text's order, so pushed in order): a named plant asks for
    // those later in its sentence by a search, not a scan.
    let mut capacity_ends: Vec<(usize, Option<String>)> = out
        .iter()
        .filter(|p| p.capacity.is_some())
        .map(|p| (p.span.end, p.enterprise.clone()))
        .collect();
    capacity_ends.sort_unstable_by_key(|&(end, _)| end);
    let mut built_ends: Vec<(usize, Option<String>)> = Vec::new();
    let mut pos = 0;
    while let Some(caps) = BUILD.captures_at(text, pos) {
        let Some(whole) = caps.get(0) else { break };
        pos = whole.end();
        // (某某第六建设有限公司合作的…项目: a build verb inside a name is none; the search goes
        // on from the name's end.)
        if let Some(inside) = entities.around(whole.start()) {
            pos = inside.end.max(whole.start() + 1);
            pos = crate::span::ceil_char_boundary(text, pos);
            continue;
        }
        let Some(name) = caps.name("name").or_else(|| caps.name("invested")) else { continue };
        // (A facility named only after a sum invested is an enterprise's where one is named
        // before it in its clause: 市财政投资…建设…中心 is public spending.)
        let invested = caps.name("sum").is_some();
        // (…投资30亿元建设的某某度假区: a park built, named after 的, is the built parks'.)
        let park_built = caps.name("of").is_some()
            && entities.starting_at(name.start()).is_some_and(|(_, e)| e.kind == EntityKind::Park);
        if invested && park_built {
            continue;
        }
        // (打造为…的生产基地之一: made into, a role, no plant built.)
        let whole = whole.as_str();
        if whole.starts_with("打造为") || whole.starts_with("打造成") {
            continue;
        }
        // 颍东水厂二期工程: a phase's works after the plant's name are the project (a phase
        // alone, 数据中心一期, is not).
        let phase = text[name.end()..]
            .strip_prefix(['一', '二', '三', '四'])
            .and_then(|r| r.strip_prefix("期工程"))
            .map(|_| "一期工程".len());
        // (新建1座冷链仓储中心: the count of plants built is no part of the plant's name.)
        let written = name.as_str();
        let past_number = written
            .trim_start_matches(|c: char| c.is_ascii_digit() || crate::period::is_numeral(c));
        let counted = (past_number.len() < written.len())
            .then(|| past_number.strip_prefix(['座', '个', '条', '处', '栋', '套', '台']))
            .flatten()
            .filter(|rest| rest.chars().nth(1).is_some())
            .map_or(0, |rest| written.len() - rest.len());
        let mut span = NSpan::new(name.start() + counted, name.end() + phase.unwrap_or(0));
        // (建设华东研发中心及生产基地: a second plant joined by 及 or 和 is built with the first,
        // one project.)
        if phase.is_none() {
            span.end += joined_facility_len(&text[span.end..]);
        }
        // (启动原有生产线智能化技改项目: a plant the works improve, their kinds and 项目
        // after it, names the project with them.)
        let mut end = span.end;
        loop {
            let k = crate::indicator::works_kind_len(&text[end..]);
            if k == 0 {
                break;
            }
            end += k;
        }
        if end > span.end && text[end..].starts_with("项目") {
            span.end = end;
        }
        // (投资建设的某物流园冷链仓储项目: a plant's name may open the project's, the
        // description after it running to 项目; a class or a phase of works, 重点项目 or 一期
        // 项目, is no part of it.)
        if phase.is_none() && end == span.end {
            // (Within the ten characters a description of at most eight and 项目 take: a
            // search to the text's end per build would make a long text quadratic.)
            let rest = &text[span.end..];
            let rest = rest.char_indices().nth(10).map_or(rest, |(i, _)| &rest[..i]);
            let desc = rest.find("项目").and_then(|k| rest.get(..k)).unwrap_or_default();
            let plain = desc
                .chars()
                .all(|c| crate::normalize::is_han(c) && !crate::entity::function_char(c));
            let kind = is_generic_product(desc) || WORKS_CLASSES.contains(desc);
            if plain && (2..=8).contains(&desc.chars().count()) && !kind {
                span.end += desc.len();
            }
        }
        // (新建的10万羽蛋鸡养殖场已完成主体工程: an adverb opens what the works did; the name
        // ends before it, at a plant's word.)
        if let Some(cut) =
            ["已", "正在", "将"].iter().filter_map(|a| text[span.start..span.end].find(a)).min()
        {
            let head = &text[span.start..span.start + cut];
            if !head.ends_with(['场', '厂', '站', '库', '园', '线', '馆', '心', '地']) {
                continue;
            }
            span.end = span.start + cut;
        }
        let name = &text[span.start..span.end];
        if overlaps_any(out, span) {
            continue;
        }
        // The enterprise: the nearest enterprise mention before, in the same sentence; one
        // before brackets (某公司（简称“某某”）新建的…) is asked after an enterprise's own
        // projects, which read a declaration as theirs.
        let nearest = |from| {
            entities
                .within(NSpan::new(from, span.start))
                .filter(|(_, e)| e.kind == EntityKind::Enterprise)
                .last()
        };
        let clause = crate::sentence::list_start(text, span.start);
        if invested && nearest(clause).is_none() {
            continue;
        }
        let (e, bracketed) = match nearest(clause) {
            // (甲与乙合作的…项目, 甲携手乙建设的…: the one named nearest is the partner; the
            // builder is the subject before 与 or 携手, where an enterprise is named there, else
            // none (集团与某公司合作的… is left to the company word, asked later).)
            Some((s, e)) => match joint_partner(text, s, span.start) {
                // (市政府与某集团有限公司合作建设的…: a government or another body builds
                // nothing itself; the company does. 园区与某公司签约建设的…: nor does the zone
                // or place that signs with it.)
                Some(at) if site_body(text, entities, at) => (Some(e), false),
                Some(at) => (builder_before(entities, at), false),
                None => (Some(e), false),
            },
            None => match nearest(start_past_brackets(text, span.start))
                .map(|(_, e)| e)
                .or_else(|| sentence_subject(text, entities, clause))
                .or_else(|| company_meant(text, entities, main, clause))
            {
                Some(e) => (Some(e), true),
                None => continue,
            },
        };
        let product = name.trim_end_matches("项目");
        // (A quoted brand inside the name, “竹海云栖”民宿综合体, is read without its quotes.)
        let product: String = product.chars().filter(|c| !matches!(c, '“' | '”')).collect();
        let product = product.as_str();
        // (民生工程, 重点工程: a kind of works, no one project.)
        let generic_works = product
            .strip_suffix("工程")
            .is_some_and(|k| k.chars().count() < 3 || GENERIC_WORKS.contains(&k));
        if product.chars().count() < 2 || product.starts_with("年产") || generic_works {
            continue;
        }
        // (盐湖提锂工程技术研究中心: 工程 inside a longer word closes no name.)
        let in_word =
            ["技术", "师", "院", "研究", "中心", "有限", "公司", "学", "局", "咨询", "设计"];
        if product.ends_with("工程") && in_word.iter().any(|w| text[span.end..].starts_with(w)) {
            continue;
        }
        // 某公司投资建设的智能挖掘机“灯塔工厂”10月投产，达产后可年产挖掘机1.2万台: the
        // enterprise's capacity read later in the sentence is this plant's, not named twice.
        // (Looked for in the 600 bytes after the name only: a text may hold no sentence end.)
        let reach = crate::span::ceil_char_boundary(text, span.end + 600);
        let sentence_end = text[span.end..reach].find(['。', '；']).map_or(reach, |i| span.end + i);
        let later = |ends: &[(usize, Option<String>)]| {
            let from = ends.partition_point(|&(end, _)| end <= span.end);
            ends[from..]
                .iter()
                .take_while(|&&(end, _)| end <= sentence_end)
                .any(|(_, owner)| owner.is_some() && owner.as_deref() == e.map(|e| e.name.as_str()))
        };
        let described_later = later(&capacity_ends) || later(&built_ends);
        if described_later {
            continue;
        }
        // (A station's installed power is stated later in its clause list.)
        let capacity = if product.ends_with("电站") {
            station_capacity(text, quantities, span.end, product)
        } else {
            None
        };
        // 建成年处理能力15万吨的脐橙智能分选中心: a capacity stated in the words before the
        // name, after the verb, is the plant's.
        let described = caps.get(0).map(|m| NSpan::new(m.start(), span.start)).and_then(|d| {
            let first = quantities.partition_point(|q| q.span.start < d.start);
            quantities[first..]
                .iter()
                .take_while(|q| q.span.end <= d.end)
                .position(|q| {
                    output_capacity(q) && capacity_form(&text[d.start..q.span.start], q).is_some()
                })
                .map(|k| first + k)
        });
        let capacity = capacity.or(described);
        // 建设的200兆瓦光伏电站: a power or output opening the name is the plant's capacity,
        // and the name after it the product.
        let opening = quantities
            .binary_search_by_key(&span.start, |q| q.span.start)
            .ok()
            .filter(|&k| output_capacity(&quantities[k]) && quantities[k].span.end < span.end)
            .filter(|&k| !size_class(text, &quantities[k]));
        let (capacity, product) = match opening {
            Some(k) if capacity.is_none() => {
                let rest = text[quantities[k].span.end..span.end].trim_end_matches("项目");
                let rest: String = rest.chars().filter(|c| !matches!(c, '“' | '”')).collect();
                if rest.chars().count() >= 2 {
                    (Some(k), rest)
                } else {
                    (capacity, product.to_string())
                }
            }
            _ => (capacity, product.to_string()),
        };
        let project = RawProject { span, enterprise: e.map(|e| e.name.clone()), product, capacity };
        if bracketed {
            after_brackets.push(project);
        } else {
            if project.capacity.is_some() {
                built_ends.push((project.span.end, project.enterprise.clone()));
            }
            out.push(project);
        }
    }
    // 某公司生猪养殖项目: an enterprise directly followed by a description and 项目; 某公司
    // 某某水电站: or by a station's name, the station word kept.
    for (s, e) in &entities.mentions {
        let found = &entities.list[*e];
        if found.kind != EntityKind::Enterprise {
            continue;
        }
        // 某公司（简称“某某”）承建的…项目: a short-name declaration right after the name is
        // no description; it is skipped.
        let after = &text[s.end..];
        let declared = after.strip_prefix(['（', '(']).and_then(|inner| {
            let (j, close) = inner.char_indices().take(40).find(|&(_, c)| c == '）' || c == ')')?;
            let open = after.len() - inner.len();
            inner[..j].contains("简称").then_some(open + j + close.len_utf8())
        });
        let from = s.end + declared.unwrap_or(0);
        // The description is short: look at most 32 characters ahead (a sum and a site may
        // stand before it, 投资8.5亿元，在东西湖区实施…).
        let mut to = (from + 96).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let rest = &text[from..to];
        // By its first character: a substring searcher costs more to build than a search
        // of these few bytes.
        // (某公司脱硝提标工程投运: an upgrade's works, 工程 kept, named with the stage they
        // reach right after.)
        let Some((i, station, upgrade)) = rest.char_indices().find_map(|(i, c)| match c {
            '项' if rest[i..].starts_with("项目") => Some((i, false, false)),
            '电' if rest[i..].starts_with("电站") || rest[i..].starts_with("电厂") => {
                Some((i + "电站".len(), true, false))
            }
            '工' if rest[i..].starts_with("工程") && staged_upgrade(&rest[..i], &rest[i..]) => {
                Some((i + "工程".len(), false, true))
            }
            _ => None,
        }) else {
            continue;
        };
        let mut desc = &rest[..i];
        // 某公司投资的某某项目: what the enterprise builds is named after its verb and 的.
        if let Some(j) = desc.find('的').filter(|&j| is_build_phrase(&desc[..j])) {
            desc = &desc[j + '的'.len_utf8()..];
        }
        // 某公司正在实施…项目, 同时启动…: an adverb of time before the verb is none of it
        // either; nor is the sum invested (某公司投资2.4亿元实施…技改项目).
        // (某公司将加快推进…项目建设: so is one before a verb taking projects as its object.)
        let verb_opens =
            |s: &str| BUILD_VERBS.prefix(s).is_some() || PART_VERBS.prefix(s).is_some();
        if let Some((a, ())) = WORKS_ADVERBS.prefix(desc) {
            let rest = &desc[a.len()..];
            if verb_opens(rest) || OBJECT_VERBS.prefix(rest).is_some() {
                desc = rest;
            }
        }
        // (某公司在北仑区投资…, 投资8.5亿元，在东西湖区实施…项目: a site after 在 before the
        // verb is none of it, nor a comma after the sum.)
        desc = past_site(desc);
        if let Some(sum) = desc.strip_prefix("投资") {
            let figures = sum.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            let rest = ["亿元", "万元", "亿美元", "万美元", "亿欧元", "万欧元"]
                .iter()
                .find_map(|u| figures.strip_prefix(u))
                .map(|r| past_site(r.strip_prefix(['，', ',']).unwrap_or(r)))
                .filter(|r| figures.len() < sum.len() && verb_opens(r));
            if let Some(rest) = rest {
                desc = rest;
            }
        }
        // (园区与某公司签约储能电池项目: the signing opening the description is none of it.)
        if let Some(rest) = ["签约", "签署"].iter().find_map(|v| desc.strip_prefix(v)) {
            if rest.chars().nth(1).is_some() {
                desc = rest;
            }
        }
        // 某公司实施冷氢化技改项目: a verb of its part opening the description is none of it.
        // (投资实施…: investing, then the verb of the works.)
        if let Some(rest) = desc.strip_prefix("投资").filter(|r| verb_opens(r)) {
            desc = rest;
        }
        // (某公司获得…项目贷款, 加快项目建设: a verb taking projects as its object is none of
        // the name; what is left may be none either.)
        // (加快推进项目建设: such verbs may come in a row, and leave nothing.)
        let object_verb = OBJECT_VERBS.prefix(desc).map(|(v, ())| v);
        if let Some(v) = object_verb {
            desc = &desc[v.len()..];
            while let Some((v, ())) = OBJECT_VERBS.prefix(desc) {
                desc = &desc[v.len()..];
            }
        }
        let verb = BUILD_VERBS.prefix(desc).into_iter().chain(PART_VERBS.prefix(desc));
        if let Some((v, ())) = verb.max_by_key(|(v, ())| v.len()) {
            if desc[v.len()..].chars().nth(1).is_some() {
                desc = &desc[v.len()..];
            }
        }
        // (某集团某港区10万吨级散货码头项目: the park or place the works stand in is no part of
        // their name; 某公司某产业园二期项目: a park with its phase is the works. Every step
        // above drops a prefix: the description still ends at 项目.)
        let desc_at = from + i - desc.len();
        let site = entities.starting_at(desc_at).filter(|(p, e)| {
            matches!(e.kind, EntityKind::Park | EntityKind::Place)
                // (Two characters at least, six bytes, stay for the works' own name.)
                && p.end + 2 * 3 <= from + i
                && !crate::indicator::is_phase(&text[p.end..from + i])
        });
        if let Some((p, _)) = site {
            desc = &desc[p.end - desc_at..];
        }
        // (某公司500P智能算力中心项目: a computing power opening the description sizes the
        // works, as a station's installed power does; the rest names them.)
        let desc_at = from + i - desc.len();
        let sized = quantities.binary_search_by_key(&desc_at, |q| q.span.start).ok().filter(|&k| {
            let q = &quantities[k];
            q.span.end < from + i && computing_power(q, &text[q.span.end..from + i])
        });
        if let Some(k) = sized {
            desc = &text[quantities[k].span.end..from + i];
        }
        // (…晶圆生产线二期项目: the phase after the works is no part of their length.)
        let works = ["一期", "二期", "三期", "四期"]
            .iter()
            .find_map(|p| desc.strip_suffix(p))
            .filter(|w| !w.is_empty());
        let n = works.unwrap_or(desc).chars().count();
        // 旗下两个项目: a relation and a count, no description.
        let counted = desc.char_indices().any(|(i, c)| {
            // (A、B两个项目: 两 counts too.)
            c == '个'
                && desc[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|n| crate::period::is_numeral(n) || n == '两')
        });
        // (某公司在银川召开…项目推进会: a place phrase opens an event, no description.)
        // (某公司累计投资项目68个: projects counted after the word are no one project.)
        // (某公司开发的某某花园项目10月开盘: a date after the word counts nothing.)
        let counted_after = !station && !upgrade && {
            let after_word = &rest[i + "项目".len()..];
            after_word.starts_with(|c: char| c.is_ascii_digit() || c == '共')
                && crate::period::at_start(after_word).is_none()
        };
        // (某公司获得中长期项目贷款: 项目 modifies the noun after it, the loan the verb takes;
        // the words before it describe the loan. 某公司锂电池项目贷款到位 still names one.)
        let modifies = object_verb.is_some()
            && !station
            && !upgrade
            && NOUN_HEADS.prefix(&rest[i + "项目".len()..]).is_some();
        // (鲁渤新材上述项目, 某集团参与重点产业项目建设: a determiner or a verb of taking part
        // refers to projects, naming none.)
        let generic = desc.starts_with(['等', '的', '和', '及', '与', '在'])
            || REFERRING_WORDS.prefix(desc).is_some()
            || desc.contains("企业")
            || counted
            || counted_after
            || modifies
            || crate::entity::relation_lead(desc).is_some();
        // A station has a name of its own before 电站 (某某水电站; 某某光伏 + 电站 is none).
        let unnamed = station && n < 4;
        // (某某磷化负责人表示项目进展顺利: a speaker's clause is none either; asked last.)
        // (A description longer than ten characters names the works it is: 冶炼系统余热回收
        // 节能改造, 12英寸特色工艺晶圆制造, …晶圆扩产, 风光储一体化; a clause does not: 研发的巡检
        // 机器人已在多家电厂.)
        static WORKS: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("data/works_endings.txt")));
        // (某集团10万吨级散货码头项目: a size class rates the works the description names.)
        let rated = desc
            .find(|c: char| c.is_ascii_digit())
            .and_then(|i| {
                class_len(desc[i..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'))
            })
            .is_some();
        let long_works = n <= 10 || rated || WORKS.suffix(works.unwrap_or(desc)).is_some();
        if !(2..=16).contains(&n)
            || !long_works
            || desc.contains(['的', '已'])
            || generic
            || unnamed
            || !desc.chars().all(|c| {
                crate::normalize::is_han(c) || c == '·' || c.is_ascii_alphanumeric() || c == '.'
            })
            || !specs_only(desc)
            || crate::indicator::SPEAKS.iter().any(|v| desc.contains(v))
        {
            continue;
        }
        let span = NSpan::new(s.start, from + i);
        if overlaps_any(out, span) {
            continue;
        }
        let capacity =
            if station { station_capacity(text, quantities, span.end, desc) } else { sized };
        out.push(RawProject {
            span,
            enterprise: Some(found.name.clone()),
            product: desc.to_string(),
            capacity,
        });
    }
    for p in after_brackets {
        if !overlaps_any(out, p.span) {
            out.push(p);
        }
    }
}

/// Whether works named `desc` + 工程 (`works` opens with 工程) upgrade a plant
/// (`data/upgrade_works.txt`: 脱硝提标, 超低排放) and reach a stage right after 工程 (投运,
/// 已竣工): an enterprise's upgrade named as 工程 is one project, as one named as 项目 is;
/// without the stage, 工程 may be a field of work (…改造工程技术).
fn staged_upgrade(desc: &str, works: &str) -> bool {
    let Some(after) = works.strip_prefix("工程") else { return false };
    let after = STAGE_ADVERBS.prefix(after).map_or(after, |(a, ())| &after[a.len()..]);
    // (超低排放工程 names its works alone; 改造工程 is a kind of works.)
    UPGRADES.suffix(desc).is_some_and(|(u, ())| u.len() < desc.len() || u.chars().count() >= 4)
        && WORKS_STAGES.prefix(after).is_some()
}

/// 某集团投资45亿元建设的某某度假区, 某公司开发的某某产业园: a park the clause's enterprise
/// builds or develops, named right after its verb and 的, is its project.
fn built_parks(text: &str, entities: &Entities, out: &mut Vec<RawProject>) {
    static LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:总?投资(?:约|近|超|逾)?[0-9.]+[万亿]?(?:元|美元)|投资)?(?:建设|打造|开发|兴建|投建|新建|建成)的$")
            .unwrap_or_else(|e| panic!("built park regex: {e}"))
    });
    for (p, park) in &entities.mentions {
        let park = &entities.list[*park];
        // (The verb and 的 end right before the park's name: a cheap test first.)
        if park.kind != EntityKind::Park || !text[..p.start].ends_with("的") {
            continue;
        }
        let clause = crate::sentence::list_start(text, p.start);
        let Some((s, e)) = entities
            .within(NSpan::new(clause, p.start))
            .filter(|(_, e)| e.kind == EntityKind::Enterprise)
            .last()
        else {
            continue;
        };
        let span = NSpan::new(s.start, p.end);
        if !LINK.is_match(&text[s.end..p.start]) || overlaps_any(out, span) {
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: Some(e.name.clone()),
            product: p.slice(text).to_string(),
            capacity: None,
        });
    }
}

/// 某公司的宁州第二工厂设计年产能24万辆: an enterprise's plant (a site and an ordinal before
/// 工厂 or 基地), named right after it, with its capacity right after the plant, is its
/// project, the plant's name its description.
fn plant_capacities(
    text: &str,
    quantities: &[RawQuantity],
    entities: &Entities,
    out: &mut Vec<RawProject>,
) {
    for (s, e) in &entities.mentions {
        let found = &entities.list[*e];
        if found.kind != EntityKind::Enterprise {
            continue;
        }
        let from = s.end + if text[s.end..].starts_with('的') { '的'.len_utf8() } else { 0 };
        // The plant's name: two to eight Han characters, no function character, then its word.
        let rest = &text[from..crate::span::ceil_char_boundary(text, from + 12 * 3)];
        let Some((name_len, base)) = rest.char_indices().skip(2).take(7).find_map(|(i, _)| {
            crate::entity::PLANT_BASES.iter().find(|b| rest[i..].starts_with(**b)).map(|b| (i, *b))
        }) else {
            continue;
        };
        if !rest[..name_len]
            .chars()
            .all(|c| crate::normalize::is_han(c) && !crate::entity::function_char(c))
        {
            continue;
        }
        let plant_end = from + name_len + base.len();
        let after = text[plant_end..].strip_prefix("设计").unwrap_or(&text[plant_end..]);
        let Some(lead) = crate::entity::CAPACITY_LEADS.iter().find(|l| after.starts_with(**l))
        else {
            continue;
        };
        let at = text.len() - after.len() + lead.len();
        let Ok(k) = quantities.binary_search_by_key(&at, |q| q.span.start) else { continue };
        let span = NSpan::new(s.start, plant_end);
        if !output_capacity(&quantities[k]) || overlaps_any(out, span) {
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: Some(found.name.clone()),
            product: text[from..plant_end].to_string(),
            capacity: Some(k),
        });
    }
}

/// 其中，投资85亿元的某某第二工厂设计年产能30万辆: a plant (two to eight Han characters and a
/// plant's word, 工厂 or 基地) named after an investment's 的 or opening its clause, with its
/// capacity right after it (设计 and a capacity lead between), is a project with no
/// enterprise named, the plant's name its description. (After an enterprise:
/// [`plant_capacities`].)
fn unowned_plant_capacities(text: &str, quantities: &[RawQuantity], out: &mut Vec<RawProject>) {
    let held: crate::words::FxSet<usize> = out.iter().filter_map(|p| p.capacity).collect();
    for (k, q) in quantities.iter().enumerate() {
        if !output_capacity(q) || held.contains(&k) {
            continue;
        }
        let head = &text[..q.span.start];
        let Some(lead) = crate::entity::CAPACITY_LEADS.iter().find(|l| head.ends_with(**l)) else {
            continue;
        };
        let head = &head[..head.len() - lead.len()];
        let head = head.strip_suffix("设计").unwrap_or(head);
        let Some(base) = crate::entity::PLANT_BASES.iter().find(|b| head.ends_with(**b)) else {
            continue;
        };
        let name_end = head.len() - base.len();
        let mut from = name_end;
        let mut n = 0;
        for (i, c) in text[..name_end].char_indices().rev().take(9) {
            if !crate::normalize::is_han(c) || crate::entity::function_char(c) {
                break;
            }
            from = i;
            n += 1;
        }
        let before = &text[..from];
        // (投资85亿元的…: the sum invested in it and 的; or the clause's start.)
        let opens = from == 0
            || before.ends_with(['，', '。', '；', '：', '\n'])
            || before.strip_suffix('的').is_some_and(|b| b.ends_with('元'));
        let span = NSpan::new(from, head.len());
        let name = &text[from..name_end];
        // (全市工厂年产能…, 公司基地…, 该工厂…: a scope, the company or a determiner names
        // no plant.)
        let unnamed =
            generic_works_name(name) || crate::indicator::BARE_ZONES.prefix(name).is_some();
        if !(2..=8).contains(&n) || !opens || unnamed || overlaps_any(out, span) {
            continue;
        }
        out.push(RawProject {
            span,
            enterprise: None,
            product: span.slice(text).to_string(),
            capacity: Some(k),
        });
    }
}

/// Where the subject of a joint build ends, when the enterprise at `partner` is named as the
/// partner of the works at `works`: after 与, 和 or 同 with a word of joining right after it
/// (甲与乙合作的…, 甲与乙合资建设的…, 甲与乙签约建设的…), or after 携手 or 联合 (甲携手乙建设…).
fn joint_partner(text: &str, partner: NSpan, works: usize) -> Option<usize> {
    static JOINING: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("data/joining_words.txt")));
    let before = &text[..partner.start];
    let between = &text[partner.end..works.max(partner.end)];
    let joined = JOINING.prefix(between).is_some();
    let after_and = before.strip_suffix(['与', '和', '同']).filter(|_| joined);
    after_and.or_else(|| ["携手", "联合"].iter().find_map(|w| before.strip_suffix(w))).map(str::len)
}

/// Whether a government, a body, a zone word (园区, 高新区) or a place or park ends at `at`:
/// what signs with a company for works it builds itself.
fn site_body(text: &str, entities: &Entities, at: usize) -> bool {
    let head = &text[..at];
    head.ends_with("政府")
        || crate::indicator::BARE_ZONES.suffix(head).is_some()
        || entities.ending_at(at).any(|(_, f)| {
            matches!(f.kind, EntityKind::Organization | EntityKind::Park | EntityKind::Place)
        })
}

/// The enterprise named right before `at` (the subject of a joint build), if one is.
fn builder_before(entities: &Entities, at: usize) -> Option<&Found> {
    entities.ending_at(at).find(|(_, f)| f.kind == EntityKind::Enterprise).map(|(_, f)| f)
}

/// The enterprise a sentence opens with, when the clause at `clause` goes on with its
/// acts and names no subject of its own (某公司与某镇签约，投资1.5亿元打造…项目): the
/// enterprise that opens the sentence, at most a time before it, does them.
fn sentence_subject<'e>(text: &str, entities: &'e Entities, clause: usize) -> Option<&'e Found> {
    const ACTS: [&str; 4] = ["投资", "计划", "拟", "新建"];
    let rest = &text[clause..];
    // (某公司投资26.8亿元，建设…基地: a clause opening with a build verb after the sum goes on
    // with the same acts.)
    if !ACTS.iter().any(|a| rest.starts_with(a)) && BUILD_VERBS.prefix(rest).is_none() {
        return None;
    }
    let start = sentence_start(text, clause, &['。', '！', '？', '\n', '；']);
    let (span, e) = entities
        .within(NSpan::new(start, clause))
        .find(|(_, e)| e.kind == EntityKind::Enterprise)?;
    // (Only the sentence's opening name: a time may stand before it, 2023年，某公司….)
    let before = text[start..span.start].trim_start();
    let opens = before.is_empty()
        || crate::period::at_start(before)
            .is_some_and(|t| before[t.span.end..].trim_start_matches(['，', ',', ' ']).is_empty());
    // (某县与某公司签约，投资20亿元建设…: the company a site's body or place signs with.)
    let signed = || {
        text[..span.start].ends_with('与')
            && ["签约", "签署", "签订"].iter().any(|v| text[span.end..].starts_with(v))
            && site_body(text, entities, span.start - '与'.len_utf8())
    };
    // (甲集团与乙公司合资设立丙有限公司，建设…项目: the company set up builds.)
    let founded = || entities.founded_in(text, NSpan::new(span.end, clause));
    (opens || signed()).then(|| founded().unwrap_or(e))
}

/// Where the sentence holding `clause` starts: after the last of `ends` before it, looked for
/// in the 600 bytes before the clause only (a text may hold no sentence end, and every
/// project asks).
fn sentence_start(text: &str, clause: usize, ends: &[char]) -> usize {
    let floor = crate::span::ceil_char_boundary(text, clause.saturating_sub(600));
    let head = &text[floor..clause];
    head.rfind(ends)
        .map_or(floor, |i| floor + i + head[i..].chars().next().map_or(0, char::len_utf8))
}

/// The company meant where the clause at `clause` (or its sentence) opens with the word for
/// it (公司投资9.6亿元建设的…项目, 集团投资…建设的…).
fn company_meant<'e>(
    text: &str,
    entities: &'e Entities,
    main: Option<&'e Found>,
    clause: usize,
) -> Option<&'e Found> {
    // (The sentence, past semicolons: its parts list the company's projects.)
    let start = sentence_start(text, clause, &['。', '！', '？', '\n']);
    let word = |at: usize| {
        let rest = text[at..].trim_start();
        let rest = crate::period::at_start(rest)
            .map_or(rest, |t| rest[t.span.end..].trim_start_matches(['，', ',']));
        crate::entity::company_word(rest)
    };
    let word = word(clause).or_else(|| word(start))?;
    // A text about one company (named three times or more) means it; else (and for 该公司,
    // 该集团 always) the enterprise named last before the sentence (a group's, for 集团).
    if let Some(m) = main.filter(|m| m.mentions.len() >= 3 && !word.starts_with('该')) {
        return Some(m);
    }
    let before = entities.mentions.partition_point(|(s, _)| s.start < start);
    let group = word.contains("集团");
    entities.mentions[..before]
        .iter()
        .rev()
        .take(64)
        .map(|&(span, e)| (span, &entities.list[e]))
        .filter(|(span, e)| {
            e.kind == EntityKind::Enterprise && !partner_named(text, *span, &e.name)
        })
        .map(|(_, e)| e)
        .find(|e| !group || e.name.contains("集团"))
        .or(main)
}

/// `d` past a site opening it (在北仑区 before 投资 or 实施…): from the first verb of building
/// or of an enterprise's part within the next twelve characters, with no comma, 的 or 、
/// before it; `d` itself when it opens with no 在.
fn past_site(d: &str) -> &str {
    let Some(site) = d.strip_prefix('在') else { return d };
    // (A verb that opens a place's word, 开发区, 新建区, is none.)
    let verb_opens = |s: &str| {
        let ok = |(v, ()): (&str, ())| !s[v.len()..].starts_with(['区', '县', '路', '镇', '园']);
        BUILD_VERBS.prefixes(s).any(ok) || PART_VERBS.prefixes(s).any(ok)
    };
    site.char_indices()
        .skip(2)
        .take(10)
        .find(|&(i, _)| verb_opens(&site[i..]))
        .filter(|&(i, _)| !site[..i].contains(['，', '的', '、']))
        .map_or(d, |(i, _)| &site[i..])
}

/// [`crate::sentence::list_start`] of `at`, read through brackets: the stretch of
/// 某公司（简称“某某”）新建的…, 某（海南）有限公司在…建设… starts before the name they are in.
fn start_past_brackets(text: &str, at: usize) -> usize {
    let mut start = crate::sentence::list_start(text, at);
    // (A few brackets at most: each step moves back past one.)
    for _ in 0..4 {
        let Some(inside) = text[..start].strip_suffix(['）', ')']) else { break };
        let open = inside.char_indices().rev().take(40).find(|&(_, c)| matches!(c, '（' | '('));
        let Some((i, _)) = open.filter(|&(i, _)| !inside[i..].contains(['。', '；'])) else {
            break;
        };
        start = crate::sentence::list_start(text, i);
    }
    start
}

/// Whether `s` is only a build verb ([`BUILD_VERBS`]), investing or carrying out (投资,
/// 投资建设, 实施), or putting into operation (新投产, 建成): the enterprise's part in the
/// project named after it and 的.
fn is_build_phrase(s: &str) -> bool {
    let s = s.strip_prefix("投资").filter(|r| !r.is_empty()).unwrap_or(s);
    let s = s.strip_prefix('新').filter(|r| !r.is_empty()).unwrap_or(s);
    BUILD_VERBS.contains(s)
        || PART_VERBS.contains(s)
        || matches!(s, "投产" | "建成" | "建成投产" | "投运")
}

/// Kinds of works a programme names, no one project (重点民生工程, 基础设施工程).
const GENERIC_WORKS: [&str; 6] =
    ["重点民生", "基础设施", "重大基础设施", "城市更新", "重点水利", "重点交通"];

/// Words by which a later clause states what a project will make once built (…项目总投资45
/// 亿元，达产后将形成年产挖掘机3万台的生产能力; …，设计年通过能力800万吨; …月产能3万片;
/// 某风电项目装机容量100万千瓦); what its stores hold in tonnes,
/// [`crate::indicator::STORAGE_CAPACITIES`], too (…冷链物流中心项目，冷库库容12万吨).
const FORMS: [&str; 5] = ["形成", "产能", "能力", "年产", "装机"];

/// Whether the clause at `at` opens with a region's scope (全市, 我县), a bare zone word
/// ([`crate::indicator::BARE_ZONES`]: 园区, 开发区) or a place or park named: a holder of
/// figures other than a project.
fn holder_opens(text: &str, entities: &Entities, at: usize) -> bool {
    let rest = text[at..].trim_start();
    let at = text.len() - rest.len();
    crate::indicator::REGION_SCOPES.prefix(rest).is_some()
        || crate::indicator::BARE_ZONES.prefix(rest).is_some()
        || entities
            .starting_at(at)
            .is_some_and(|(_, e)| matches!(e.kind, EntityKind::Place | EntityKind::Park))
}

/// The [`FORMS`] word `words` hold, or for a quantity in tonnes a storage word, or a rate of
/// output (日处理, 年加工).
fn capacity_form(words: &str, q: &RawQuantity) -> Option<&'static str> {
    let stored = q.class == UnitClass::Mass;
    FORMS
        .iter()
        .copied()
        .find(|w| words.contains(w))
        .or_else(|| {
            crate::indicator::STORAGE_CAPACITIES.into_iter().find(|w| stored && words.contains(w))
        })
        // (…物流园项目竣工，日处理快件30万件: any rate of output leads one.)
        .or_else(|| crate::indicator::RATE_LEADS.iter().find(|w| words.contains(w)))
}

/// Gives a project with no capacity the one a later clause of its sentence states with a
/// [`FORMS`] word: the first output quantity after the project, where no other enterprise is
/// named before it. A project found for that capacity alone, with no enterprise, after the
/// named one is the same project and is dropped.
fn later_capacities(
    text: &str,
    quantities: &[RawQuantity],
    entities: &Entities,
    out: &mut Vec<RawProject>,
) {
    let mut absorbed = vec![false; out.len()];
    // The first project (in text order) holding each capacity, kept up to date below: one
    // lookup per project, where a search of all the projects per project was quadratic.
    let mut holder: FxMap<usize, usize> = FxMap::default();
    for (j, p) in out.iter().enumerate() {
        if let Some(qi) = p.capacity {
            holder.entry(qi).or_insert(j);
        }
    }
    for pi in 0..out.len() {
        if out[pi].capacity.is_some() || absorbed[pi] {
            continue;
        }
        let from = out[pi].span.end;
        // (Within one clause's reach, as for a station.)
        let reach = crate::span::ceil_char_boundary(
            text,
            (from + crate::sentence::MAX_CLAUSE).min(text.len()),
        );
        let part = &text[from..reach];
        let mut end = from + part.find(['。', '；', '\n']).unwrap_or(part.len());
        // (…抽水蓄能电站二期工程全面开工。该工程总装机容量120万千瓦: the next sentence, when
        // it opens by referring to the works, still speaks of it.)
        if let Some(next) = text[end..].strip_prefix('。') {
            if REFERRING.iter().any(|w| next.starts_with(w)) {
                let reach = crate::span::ceil_char_boundary(next, crate::sentence::MAX_CLAUSE);
                end += '。'.len_utf8() + next[..reach].find(['。', '；', '\n']).unwrap_or(reach);
            }
        }
        let first = quantities.partition_point(|q| q.span.start < from);
        // The first output quantity of the sentence after the project (an investment before
        // it is passed over; any other figure ends the search; 能力将由350万人次提升至800万
        // 人次: so is the figure it grows from).
        let Some((qi, q)) =
            quantities[first..].iter().enumerate().take_while(|(_, q)| q.span.end <= end).find(
                |(_, q)| {
                    q.class != UnitClass::Currency && !text[..q.span.start].ends_with(['由', '从'])
                },
            )
        else {
            continue;
        };
        let qi = first + qi;
        let clause = &text[crate::sentence::clause_start(text, from, q.span.start)..q.span.start];
        let other_named = entities.within(NSpan::new(from, q.span.start)).any(|(_, e)| {
            e.kind == EntityKind::Enterprise && out[pi].enterprise.as_deref() != Some(&e.name)
        });
        // (年产偏光片3000万平方米: an output in area as well; 产能4万片/月 per month.)
        let per_period = q.per_month_or_day();
        let output = output_capacity(q)
            || matches!(q.class, UnitClass::Count | UnitClass::Area)
            || per_period;
        // (…岩门口水电站、青溪水电站…，其中青溪水电站装机容量90万千瓦: an installed power is
        // the plant's its clause names, where it names one.)
        // (该工程总装机容量: the works referred to are the project's own.)
        let names_other = || {
            let own = out[pi].product.as_str();
            ["电站", "项目", "工程"].iter().any(|w| clause.contains(w))
                && !clause.contains(own)
                && !REFERRING.iter().any(|w| clause.starts_with(w))
        };
        let form = capacity_form(clause, q);
        // (某公司二期项目投产，园区碳纤维产能达到2.4万吨: a clause a region or park opens
        // states its holder's capacity, not the project's.)
        let held_by_region = || holder_opens(text, entities, q.span.start - clause.len());
        if !output
            || size_class(text, q)
            || form.is_none()
            || other_named
            || form == Some("装机") && names_other()
            || held_by_region()
        {
            continue;
        }
        // The capacity may already make a project: the same one when it has no enterprise.
        let mut product_of_capacity = None;
        match holder.get(&qi).copied() {
            Some(j) if out[j].enterprise.is_none() && out[j].span.start >= from => {
                absorbed[j] = true;
                product_of_capacity = Some(out[j].product.clone());
            }
            Some(_) => continue,
            None => {}
        }
        // 某公司二期项目建成后将新增晶圆产能4万片/月, 建设示范项目，建成后可年产绿氢2万吨: a
        // phase or a kind of project names no product; what the capacity makes does.
        if is_generic_product(&out[pi].product) {
            let named = product_of_capacity.or_else(|| capacity_noun(clause).map(str::to_string));
            if let Some(product) = named {
                out[pi].product = product;
            }
        }
        out[pi].capacity = Some(qi);
        // (The projects are in text order: this one comes before any that held it.)
        holder.insert(qi, pi);
    }
    let mut absorbed = absorbed.into_iter();
    out.retain(|_| !absorbed.next().unwrap_or(false));
}

/// Words opening a sentence that refer to the works named in the sentence before (项目总 of
/// 项目总投资…，总装机…: the project's totals).
const REFERRING: [&str; 4] = ["该项目", "该工程", "该电站", "项目总"];

/// Whether a project's description names no product: a phase (二期), the nature of the
/// works (扩建, 技改), a phase and a nature (二期扩建), or a kind of project (示范, 重点):
/// `data/generic_works.txt`.
fn is_generic_product(product: &str) -> bool {
    static KINDS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("data/generic_works.txt")));
    // (首期, 二期, 十二期: a phase of one or two characters before 期 opens it.)
    let phase = product
        .char_indices()
        .skip(1)
        .take(2)
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&i| crate::indicator::is_phase(&product[..i]))
        .max()
        .unwrap_or(0);
    let rest = &product[phase..];
    phase > 0 && rest.is_empty() || KINDS.contains(rest)
}

/// The noun a capacity word closes at the end of `clause` (新增晶圆产能 → 晶圆), after the
/// last verb of forming, or the product after 年产 (可年产绿氢 → 绿氢); two to eight
/// characters.
fn capacity_noun(clause: &str) -> Option<&str> {
    let han =
        |s: &str| (2..=8).contains(&s.chars().count()) && s.chars().all(crate::normalize::is_han);
    if let Some(i) = clause.rfind("年产") {
        let product = &clause[i + "年产".len()..];
        if han(product) {
            return Some(product);
        }
    }
    let head =
        ["月产能", "年产能", "产能", "生产能力"].iter().find_map(|w| clause.strip_suffix(w))?;
    let from = ["新增", "形成", "具备", "达到", "增加"]
        .iter()
        .filter_map(|v| head.rfind(v).map(|i| i + v.len()))
        .max()
        .unwrap_or(0);
    let noun = &head[from..];
    han(noun).then_some(noun)
}

/// Words that state a station's installed power (…，总装机容量300万千瓦).
const INSTALLED: [&str; 3] = ["装机容量", "装机规模", "装机"];

/// The installed power of the station named just before `from`, stated later in its clause
/// list (up to the sentence's end or a semicolon): the first power figure after an
/// [`INSTALLED`] word. After a list of stations (甲水电站、乙水电站…，其中甲水电站装机容量…)
/// the figure is the station's only where its name stands again before it.
fn station_capacity(
    text: &str,
    quantities: &[RawQuantity],
    from: usize,
    name: &str,
) -> Option<usize> {
    // (Within one clause's reach: a text without sentence ends is not searched to its end
    // per station.)
    let reach =
        crate::span::ceil_char_boundary(text, (from + crate::sentence::MAX_CLAUSE).min(text.len()));
    let part = &text[from..reach];
    let end = from + part.find(['。', '；', '\n']).unwrap_or(part.len());
    let listed = part.starts_with(['、', '和', '及']);
    let first = quantities.partition_point(|q| q.span.start < from);
    let (qi, q) =
        quantities[first..].iter().enumerate().take_while(|(_, q)| q.span.end <= end).find(
            |(_, q)| {
                q.class == UnitClass::Power
                    && INSTALLED.iter().any(|w| text[..q.span.start].ends_with(w))
            },
        )?;
    let named_again = text[from..q.span.start].contains(name);
    (!listed || named_again).then_some(first + qi)
}

/// Where a name ending at `at` starts: back over Han characters that are no function word's, at
/// most twelve; and whether something else bounds it there (a thirteenth character or the text's
/// start leave it unbounded: a clause, no name).
fn han_name_start(text: &str, at: usize) -> (usize, bool) {
    han_name_start_upto(text, at, 12)
}

/// [`han_name_start`] with at most `max` characters.
fn han_name_start_upto(text: &str, at: usize, max: usize) -> (usize, bool) {
    let mut from = at;
    for (i, c) in text[..at].char_indices().rev().take(max + 1) {
        if !crate::normalize::is_han(c) || crate::entity::function_char(c) {
            return (from, true);
        }
        from = i;
    }
    (from, false)
}
