//! Units as written → normalized unit and scale, from the table in `src/data/units.tsv`.

use crate::report::NormalizedUnit;
use crate::words::FxMap;
use std::sync::LazyLock;

/// What a unit measures; decides the indicator kind and which numbers may carry it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitClass {
    Currency,
    Mass,
    Power,
    Energy,
    Area,
    Volume,
    Length,
    Count,
    Percent,
    Point,
    Multiple,
    Age,
    /// The time something takes (审批时限5个工作日): kind `other`.
    Duration,
    Other,
    /// Ends a number without making it a quantity (2022年, 1月, 3级).
    None,
}

impl UnitClass {
    pub(crate) fn parse(s: &str) -> Option<UnitClass> {
        Some(match s {
            "currency" => UnitClass::Currency,
            "mass" => UnitClass::Mass,
            "power" => UnitClass::Power,
            "energy" => UnitClass::Energy,
            "area" => UnitClass::Area,
            "volume" => UnitClass::Volume,
            "length" => UnitClass::Length,
            "count" => UnitClass::Count,
            "percent" => UnitClass::Percent,
            "point" => UnitClass::Point,
            "multiple" => UnitClass::Multiple,
            "age" => UnitClass::Age,
            "duration" => UnitClass::Duration,
            "other" => UnitClass::Other,
            "none" => UnitClass::None,
            _ => return None,
        })
    }

    /// Physical output units: with a product after them they read as capacity.
    pub(crate) fn is_physical(self) -> bool {
        matches!(
            self,
            UnitClass::Mass
                | UnitClass::Power
                | UnitClass::Energy
                | UnitClass::Volume
                | UnitClass::Area
                | UnitClass::Length
        )
    }
}

/// One row of the unit table.
#[derive(Clone, Debug)]
pub(crate) struct UnitDef {
    pub text: &'static str,
    pub normalized: NormalizedUnit,
    pub factor: f64,
    pub class: UnitClass,
    /// Only after Arabic digits or a magnitude (度, 方).
    pub strict: bool,
    /// Only at the end of a phrase, before punctuation or the end of the text (两 as a
    /// weight: 二两 and 三千两百两, but 一两个 and 两万两千 are numerals).
    pub phrase_final: bool,
}

/// The unit table, indexed by first character for the longest-match lookup.
pub(crate) struct UnitTable {
    defs: Vec<UnitDef>,
    /// For each first character, the rows whose unit starts with it, longest first (file
    /// order among equal lengths). A few rows share a first character, so trying them in
    /// turn costs less than an automaton search from the position.
    by_first: FxMap<char, Vec<usize>>,
}

pub(crate) static UNITS: LazyLock<UnitTable> = LazyLock::new(|| {
    // The table is embedded and checked by a unit test, so this cannot fail at run time.
    UnitTable::parse(include_str!("../data/units.tsv")).unwrap_or_else(|e| panic!("units.tsv: {e}"))
});

impl UnitTable {
    pub(crate) fn parse(src: &'static str) -> Result<UnitTable, String> {
        let mut defs = Vec::new();
        for (n, [text, norm, factor, class, flags]) in crate::words::rows(src)? {
            let factor =
                parse_factor(factor).ok_or_else(|| format!("line {n}: bad factor {factor:?}"))?;
            let class = UnitClass::parse(class).ok_or_else(|| format!("line {n}: bad class"))?;
            let normalized =
                if norm == "-" { NormalizedUnit::Other } else { NormalizedUnit::parse(norm) };
            let (strict, phrase_final) = match flags {
                "-" => (false, false),
                "strict" => (true, false),
                "final" => (false, true),
                "strict+final" => (true, true),
                _ => return Err(format!("line {n}: bad flags {flags:?}")),
            };
            defs.push(UnitDef { text, normalized, factor, class, strict, phrase_final });
        }
        let mut by_first: FxMap<char, Vec<usize>> = FxMap::default();
        for (i, d) in defs.iter().enumerate() {
            let first = d.text.chars().next().ok_or_else(|| "empty unit".to_string())?;
            by_first.entry(first).or_default().push(i);
        }
        for rows in by_first.values_mut() {
            // Stable: the first of two equal units wins.
            rows.sort_by_key(|&i| std::cmp::Reverse(defs[i].text.len()));
        }
        Ok(UnitTable { defs, by_first })
    }

    /// The row for a unit written exactly `unit`.
    pub(crate) fn by_text(&self, unit: &str) -> Option<&UnitDef> {
        self.defs.iter().find(|d| d.text == unit)
    }

    /// The longest unit starting exactly at `pos`.
    pub(crate) fn at(&self, text: &str, pos: usize) -> Option<&UnitDef> {
        let rest = text.get(pos..)?;
        let rows = self.by_first.get(&rest.chars().next()?)?;
        // (A unit only final before a word gives way to a shorter one: 500人年均 is 人.)
        // (尼龙66项目: 项 opening 项目 is no measure word; the number is a model's.)
        rows.iter().filter_map(|&i| self.defs.get(i)).find(|d| {
            rest.starts_with(d.text)
                && !(d.phrase_final
                    && rest[d.text.len()..].chars().next().is_some_and(char::is_alphanumeric))
                && !(d.text == "项" && rest[d.text.len()..].starts_with('目'))
        })
    }
}

/// A factor written as a decimal or as a fraction (亩 is 2000/3 m², which no decimal writes
/// exactly).
fn parse_factor(s: &str) -> Option<f64> {
    match s.split_once('/') {
        Some((n, d)) => {
            let (n, d) = (n.parse::<f64>().ok()?, d.parse::<f64>().ok()?);
            (d != 0.0).then(|| n / d)
        }
        None => s.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_as_fractions() {
        assert_eq!(parse_factor("2000/3"), Some(2000.0 / 3.0));
        assert_eq!(parse_factor("0.0005"), Some(0.0005));
        assert_eq!(parse_factor("1/0"), None);
        assert_eq!(parse_factor("x/3"), None);
        assert_eq!(UNITS.by_text("亩").map(|d| d.factor), Some(2000.0 / 3.0));
    }

    #[test]
    fn table_parses() {
        assert!(UNITS.defs.len() > 100);
    }

    #[test]
    fn longest_unit_wins() {
        let t = "25个百分点";
        assert_eq!(UNITS.at(t, 2).map(|d| d.text), Some("个百分点"));
        assert_eq!(UNITS.at("5亿美元", 4).map(|d| d.text), Some("美元"));
        assert_eq!(UNITS.at("6个月", 1).map(|d| d.class), Some(UnitClass::None));
        assert!(UNITS.at("abc", 3).is_none());
    }

    /// The lookup by brute force: the longest unit written at `pos` that is not a final one
    /// before a word.
    fn by_scan<'t>(table: &'t UnitTable, text: &str, pos: usize) -> Option<&'t UnitDef> {
        let rest = text.get(pos..)?;
        table
            .defs
            .iter()
            .filter(|d| rest.starts_with(d.text))
            .filter(|d| {
                let next = rest[d.text.len()..].chars().next();
                !d.phrase_final || !next.is_some_and(char::is_alphanumeric)
            })
            .fold(None, |best: Option<&UnitDef>, d| match best {
                Some(b) if b.text.len() >= d.text.len() => Some(b),
                _ => Some(d),
            })
    }

    #[test]
    fn lookup_matches_a_scan_of_the_table() {
        // Every unit, each also cut short and run into the next one, and a few phrase ends
        // (人年。 and 人年均: a final unit gives way to a shorter one before a word).
        let mut text = String::from("两两。二两，两个5人年。5人年均");
        for d in &UNITS.defs {
            let cut: String =
                d.text.chars().take(d.text.chars().count().saturating_sub(1)).collect();
            text.push_str(d.text);
            text.push_str(&cut);
            text.push('5');
        }
        for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let got = UNITS.at(&text, pos).map(|d| d.text);
            assert_eq!(got, by_scan(&UNITS, &text, pos).map(|d| d.text), "at {pos}");
        }
        assert_eq!(UNITS.at("5人年均", 1).map(|d| d.text), Some("人"));
        assert_eq!(UNITS.at("5人年。", 1).map(|d| d.text), Some("人年"));
    }
}
