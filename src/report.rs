//! The report: the contract's face (`../shared/contract/report-json.md`).
//!
//! These types serialize with serde to exactly the documented JSON. Fields that the contract
//! allows to be `null` are `Option`s that serialize as `null`; fields added beyond the
//! contract (`value_max`, `normalized.max`, `title`) are left out when empty.

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Everything extracted from one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Number-bearing statements with their meaning, in text order.
    pub indicators: Vec<Indicator>,
    /// Enterprises, organizations, parks, places and persons, in order of first mention.
    pub entities: Vec<Entity>,
    /// Named projects, in text order.
    pub projects: Vec<Project>,
}

/// One number with its meaning: what it measures, of what, when, and how it is qualified.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// The measured quantity as the article names it, layout breaks removed (`规上产值`).
    pub metric: String,
    /// Who or what it is about (region, park, enterprise), when the text says.
    pub subject: Option<String>,
    /// What kind of number it is.
    pub kind: IndicatorKind,
    /// The number as written; negative for a fall (`下降2.7%` → -2.7).
    pub value: f64,
    /// Upper bound of a range (`6亿元至8亿元` → 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// The unit as written (`亿元`, `%`, `个百分点`, `户`).
    pub unit: String,
    /// Value and unit normalized (`CNY` in whole yuan, `percent`, `t`, …).
    pub normalized: Normalized,
    /// Approximation, bound and modality words that govern the number.
    pub qualifiers: Vec<Qualifier>,
    /// `2022`, `2022-Q1`, `2022-H1`, `2022-01`, `2022-01/2022-11`, or null.
    pub period: Option<String>,
    /// Evidence: byte range in the original input.
    pub span: Span,
    /// Evidence: `&input[span]`, layout breaks included.
    pub text: String,
}

/// The kind of an [`Indicator`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A level or flow: 产值2318.6亿元.
    Amount,
    /// A relative change in percent; a fall is negative.
    Growth,
    /// A part of a whole or a rate: 贡献率100%, 占比35%.
    Share,
    /// A change in percentage points: 提高0.8个百分点.
    PointChange,
    /// Things counted with a measure word: 31户绿色工厂.
    Count,
    /// Production capacity: 5万吨多晶硅, 10GW电池片.
    Capacity,
    /// 倍: 增长2.5倍.
    Multiple,
    /// A quantity that fits none of the above.
    Other,
}

impl IndicatorKind {
    /// The contract's name for the kind (`point_change`).
    pub fn as_str(&self) -> &'static str {
        match self {
            IndicatorKind::Amount => "amount",
            IndicatorKind::Growth => "growth",
            IndicatorKind::Share => "share",
            IndicatorKind::PointChange => "point_change",
            IndicatorKind::Count => "count",
            IndicatorKind::Capacity => "capacity",
            IndicatorKind::Multiple => "multiple",
            IndicatorKind::Other => "other",
        }
    }
}

impl fmt::Display for IndicatorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value in a normalized unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Normalized {
    /// The value in `unit` (2318.6亿元 → 231860000000).
    pub value: f64,
    /// The normalized unit.
    pub unit: NormalizedUnit,
    /// Upper bound of a range, normalized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// Units that values are normalized to. Serializes as the contract's strings (`CNY`,
/// `percent`, `percentage_point`, `t`, `m2`, `m3`, `m`, `W`, `Wh`, `count`, `times`, `year`,
/// `other`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum NormalizedUnit {
    /// A currency by ISO 4217 code, value in whole units.
    Currency(String),
    /// Percent, value as written (57.3).
    Percent,
    /// Percentage points.
    PercentagePoint,
    /// Tonnes.
    Tonne,
    /// Square metres.
    SquareMetre,
    /// Cubic metres.
    CubicMetre,
    /// Metres.
    Metre,
    /// Watts.
    Watt,
    /// Watt-hours.
    WattHour,
    /// A count of things.
    Count,
    /// A multiple (倍).
    Times,
    /// Years (ages, durations).
    Year,
    /// Anything else (compound units such as 吨标准煤/万元, 吨公里).
    Other,
}

impl NormalizedUnit {
    /// The contract's string for the unit.
    pub fn as_str(&self) -> &str {
        match self {
            NormalizedUnit::Currency(code) => code,
            NormalizedUnit::Percent => "percent",
            NormalizedUnit::PercentagePoint => "percentage_point",
            NormalizedUnit::Tonne => "t",
            NormalizedUnit::SquareMetre => "m2",
            NormalizedUnit::CubicMetre => "m3",
            NormalizedUnit::Metre => "m",
            NormalizedUnit::Watt => "W",
            NormalizedUnit::WattHour => "Wh",
            NormalizedUnit::Count => "count",
            NormalizedUnit::Times => "times",
            NormalizedUnit::Year => "year",
            NormalizedUnit::Other => "other",
        }
    }

    /// Parses a contract unit string; three upper-case ASCII letters are a currency code,
    /// anything unknown is [`NormalizedUnit::Other`].
    pub fn parse(s: &str) -> NormalizedUnit {
        match s {
            "percent" => NormalizedUnit::Percent,
            "percentage_point" => NormalizedUnit::PercentagePoint,
            "t" => NormalizedUnit::Tonne,
            "m2" => NormalizedUnit::SquareMetre,
            "m3" => NormalizedUnit::CubicMetre,
            "m" => NormalizedUnit::Metre,
            "W" => NormalizedUnit::Watt,
            "Wh" => NormalizedUnit::WattHour,
            "count" => NormalizedUnit::Count,
            "times" => NormalizedUnit::Times,
            "year" => NormalizedUnit::Year,
            code if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => {
                NormalizedUnit::Currency(code.to_string())
            }
            _ => NormalizedUnit::Other,
        }
    }

    /// Whether this is a currency.
    pub fn is_currency(&self) -> bool {
        matches!(self, NormalizedUnit::Currency(_))
    }
}

impl fmt::Display for NormalizedUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<NormalizedUnit> for String {
    fn from(u: NormalizedUnit) -> String {
        u.as_str().to_string()
    }
}

impl From<String> for NormalizedUnit {
    fn from(s: String) -> NormalizedUnit {
        NormalizedUnit::parse(&s)
    }
}

/// Words that qualify a number. Serialized in snake_case (`at_least`); reports list them in
/// the declaration order below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// 约, 左右, 上下, 大约.
    Approximate,
    /// 以上, 不低于, 至少.
    AtLeast,
    /// 超过, 余, 多, 逾, 突破.
    MoreThan,
    /// 以下, 不超过.
    AtMost,
    /// 不足, 近, 不到.
    LessThan,
    /// 预计, 有望.
    Estimated,
    /// 力争, 目标, 计划.
    Target,
}

impl Qualifier {
    /// Whether it bounds the value from one side (以上, 以下, 超过, 不足), as against an
    /// approximation, a plan or a forecast.
    pub(crate) fn is_bound(self) -> bool {
        matches!(
            self,
            Qualifier::AtLeast | Qualifier::AtMost | Qualifier::MoreThan | Qualifier::LessThan
        )
    }

    /// The contract's name (`at_least`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::Approximate => "approximate",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
            Qualifier::Estimated => "estimated",
            Qualifier::Target => "target",
        }
    }

    /// Parses a contract name.
    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "approximate" => Qualifier::Approximate,
            "at_least" => Qualifier::AtLeast,
            "more_than" => Qualifier::MoreThan,
            "at_most" => Qualifier::AtMost,
            "less_than" => Qualifier::LessThan,
            "estimated" => Qualifier::Estimated,
            "target" => Qualifier::Target,
            _ => return None,
        })
    }
}

/// An enterprise, organization, park, place or person, with every mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name: the full registered name when the text has one, else the short form.
    pub name: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Other forms the text uses for the same entity (甘肃宏岳锂业 for 宏岳锂业).
    pub aliases: Vec<String>,
    /// Every mention, as spans into the original input, in order.
    pub mentions: Vec<Span>,
    /// A person's title as the text gives it (`副市长`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// The kind of an [`Entity`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// Companies, groups, banks.
    Enterprise,
    /// Government bodies, committees, task forces, institutes.
    Organization,
    /// Development zones and industrial parks.
    Park,
    /// Countries, provinces, cities, counties, towns, villages.
    Place,
    /// People.
    Person,
}

impl EntityKind {
    /// The contract's name (`enterprise`).
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Enterprise => "enterprise",
            EntityKind::Organization => "organization",
            EntityKind::Park => "park",
            EntityKind::Place => "place",
            EntityKind::Person => "person",
        }
    }
}

/// A project: who builds what, and how much of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The enterprise behind it, if the text ties one to it.
    pub enterprise: Option<String>,
    /// The product or the project's description.
    pub product: String,
    /// Production capacity, when stated.
    pub capacity: Option<Capacity>,
    /// Evidence: byte range in the original input.
    pub span: Span,
    /// Evidence: `&input[span]`.
    pub text: String,
}

/// The capacity of a [`Project`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Capacity {
    /// The number as written.
    pub value: f64,
    /// The unit as written (`万吨`).
    pub unit: String,
    /// Normalized (50000 `t`).
    pub normalized: Normalized,
}

/// A quantity found in the text: a number with its unit, qualifiers and evidence, before it is
/// linked to a metric. See [`crate::Extractor::quantities`] and [`crate::parse_quantity`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number as written (`2318.6` in `2318.6亿元`, `1500` in `一千五百亿元`).
    pub value: f64,
    /// Upper bound of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// The unit as written (`亿元`).
    pub unit: String,
    /// Value and unit normalized.
    pub normalized: Normalized,
    /// Attached qualifier words.
    pub qualifiers: Vec<Qualifier>,
    /// Evidence: byte range in the original input.
    pub span: Span,
    /// Evidence: `&input[span]`.
    pub text: String,
}

/// A sentence of the input, see [`crate::Extractor::sentences`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte range in the original input.
    pub span: Span,
    /// The sentence with layout breaks removed and widths folded.
    pub text: String,
}

/// A word of the input, see [`crate::Extractor::tokens`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte range in the original input (a word broken by a layout break covers the break).
    pub span: Span,
    /// The word as normalized (`规上产值`, `2318.6亿元`).
    pub word: String,
    /// jieba part-of-speech tag (`n`, `v`, `m` …); `m` for a number with its unit.
    pub tag: String,
}

/// Builds the report: the only place where normalized spans become original spans.
pub(crate) mod assemble {
    use super::*;
    use crate::entity::Entities;
    use crate::indicator::RawIndicator;
    use crate::normalize::Normalized as NormText;
    use crate::project::RawProject;
    use crate::quantity::RawQuantity;
    use crate::span::NSpan;

    fn evidence(input: &str, norm: &NormText, span: NSpan) -> (Span, String) {
        let s = norm.to_orig(span);
        (s, input.get(s.start..s.end).unwrap_or_default().to_string())
    }

    /// A quantity as the public type.
    pub(crate) fn quantity(input: &str, norm: &NormText, q: &RawQuantity) -> Quantity {
        let (span, text) = evidence(input, norm, q.span);
        Quantity {
            value: q.value,
            value_max: q.value_max,
            unit: q.unit.clone(),
            normalized: normalized(q.normalized, q.normalized_unit.clone(), q.normalized_max),
            qualifiers: q.qualifiers.clone(),
            span,
            text,
        }
    }

    fn normalized(value: f64, unit: NormalizedUnit, max: Option<f64>) -> Normalized {
        Normalized { value, unit, max }
    }

    /// `linked` are the quantities the indicators index, `projects` already assembled.
    pub(crate) fn report(
        input: &str,
        norm: &NormText,
        mut linked: Vec<RawQuantity>,
        indicators: Vec<RawIndicator>,
        entities: Entities,
        projects: Vec<Project>,
    ) -> Report {
        // Each quantity is linked to one indicator at most, in order: its unit strings then
        // move into the report. Were one shared, every indicator would get a copy.
        let distinct = indicators.windows(2).all(|w| w[0].quantity < w[1].quantity);
        // The raw items are consumed: their strings move into the report. Sized up front:
        // a filter_map collect would grow (and copy) the vector of large items step by step.
        let mut out = Vec::with_capacity(indicators.len());
        out.extend(indicators.into_iter().filter_map(|ind| {
            let q = linked.get_mut(ind.quantity)?;
            let sign = if ind.negative { -1.0 } else { 1.0 };
            let scale = sign * ind.rescale.unwrap_or(1.0);
            let (span, text) = evidence(input, norm, ind.span);
            let (unit, quantity_unit) = if distinct {
                (
                    std::mem::take(&mut q.unit),
                    std::mem::replace(&mut q.normalized_unit, NormalizedUnit::Other),
                )
            } else {
                (q.unit.clone(), q.normalized_unit.clone())
            };
            // A negated range keeps the order it is written in (亏损800万元至1000万元 is -800
            // … -1000): `value` is the first number, as the contract has it.
            Some(Indicator {
                metric: ind.metric,
                subject: ind.subject,
                kind: ind.kind,
                value: sign * q.value,
                value_max: q.value_max.map(|v| sign * v),
                unit,
                normalized: normalized(
                    scale * q.normalized,
                    ind.normalized_unit.unwrap_or(quantity_unit),
                    q.normalized_max.map(|v| scale * v),
                ),
                qualifiers: ind.qualifiers,
                period: ind.period,
                span,
                text,
            })
        }));
        let indicators = out;
        let entities = entities
            .list
            .into_iter()
            .map(|e| Entity {
                name: e.name,
                kind: e.kind,
                aliases: e.aliases,
                mentions: e.mentions.iter().map(|m| norm.to_orig(*m)).collect(),
                title: e.title,
            })
            .collect();
        Report { indicators, entities, projects }
    }

    /// The projects as the public type; `quantities` are those the projects index.
    pub(crate) fn projects(
        input: &str,
        norm: &NormText,
        quantities: &[RawQuantity],
        projects: Vec<RawProject>,
    ) -> Vec<Project> {
        projects
            .into_iter()
            .map(|p| {
                let (span, text) = evidence(input, norm, p.span);
                Project {
                    enterprise: p.enterprise,
                    product: p.product,
                    capacity: p.capacity.and_then(|i| quantities.get(i)).map(|q| Capacity {
                        value: q.value,
                        unit: q.unit.clone(),
                        normalized: normalized(q.normalized, q.normalized_unit.clone(), None),
                    }),
                    span,
                    text,
                }
            })
            .collect()
    }
}
