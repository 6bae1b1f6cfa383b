//! Stage 4: word segmentation with jieba-rs, with byte spans.
//!
//! The domain word list (`src/data/domain_words.txt`) keeps metrics whole (规上工业增加值,
//! 固定资产投资) and 个百分点 one word; a number with its unit (`2318.6亿元`) is merged into
//! one token tagged `m`. Tokens tile the normalized text: concatenated, they equal it.

use crate::error::Error;
use crate::quantity::RawQuantity;
use crate::span::NSpan;
use jieba_rs::Jieba;
use std::io::BufReader;

/// A token of the normalized text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub span: NSpan,
    pub tag: String,
}

/// Builds jieba with its default dictionary plus the domain words and any user words.
pub(crate) fn build_jieba(user_words: &[(String, String)]) -> Result<Jieba, Error> {
    let mut jieba = Jieba::new();
    load_words(&mut jieba, include_str!("data/domain_words.txt"), "src/data/domain_words.txt")?;
    for (source, words) in user_words {
        load_words(&mut jieba, words, source)?;
    }
    Ok(jieba)
}

/// The tags the domain word list gives its words. jieba keeps its own dictionary's tag for a
/// word it already holds (吞吐能力 stays an idiom, `i`, where the list says `n`), so the
/// metric reader asks this where jieba's tag is an idiom's or a set phrase's.
pub(crate) static DOMAIN_TAGS: std::sync::LazyLock<
    crate::words::FxMap<&'static str, &'static str>,
> = std::sync::LazyLock::new(|| {
    let lines = crate::words::lines(include_str!("data/domain_words.txt"));
    lines
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let word = parts.next()?;
            let tag = parts.nth(1)?;
            Some((word, tag))
        })
        .collect()
});

/// Adds a word list in jieba's format (`word [freq] [tag]`, `#` comments) to `jieba`,
/// naming `source` and the line in any error.
pub(crate) fn load_words(jieba: &mut Jieba, words: &str, source: &str) -> Result<(), Error> {
    let mut clean = String::with_capacity(words.len());
    for (n, line) in words.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |reason: &str| Error::Lexicon {
            source_name: source.to_string(),
            line: n + 1,
            reason: reason.to_string(),
        };
        let mut parts = line.split_whitespace();
        let word = parts.next().ok_or_else(|| bad("empty entry"))?;
        if let Some(freq) = parts.next() {
            if freq.parse::<usize>().is_err() {
                return Err(bad(&format!("frequency {freq:?} is not a whole number")));
            }
        }
        if parts.clone().count() > 1 {
            return Err(bad("expected `word [frequency] [tag]`"));
        }
        if word.chars().any(char::is_control) {
            return Err(bad("word contains a control character"));
        }
        clean.push_str(line);
        clean.push('\n');
    }
    let mut reader = BufReader::new(clean.as_bytes());
    jieba.load_dict(&mut reader).map_err(|e| Error::Lexicon {
        source_name: source.to_string(),
        line: 0,
        reason: e.to_string(),
    })
}

/// Segments normalized `text`; quantities become single `m` tokens.
pub(crate) fn tokens(text: &str, quantities: &[RawQuantity], jieba: &Jieba) -> Vec<RawToken> {
    let mut out: Vec<RawToken> = Vec::new();
    let mut at = 0;
    let mut qi = 0;
    for tag in jieba.tag(text, true) {
        let span = NSpan::new(at, at + tag.word.len());
        at = span.end;
        while qi < quantities.len() && quantities[qi].core.end <= span.start {
            qi += 1;
        }
        if let Some(q) = quantities.get(qi).filter(|q| q.core.overlaps(span)) {
            // Merge into the quantity's token.
            match out.last_mut().filter(|t| t.tag == "m" && t.span.overlaps(q.core)) {
                Some(last) => last.span.end = span.end,
                None => out.push(RawToken { span, tag: "m".into() }),
            }
            continue;
        }
        out.push(RawToken { span, tag: tag.tag.to_string() });
    }
    debug_assert_eq!(out.iter().map(|t| t.span.slice(text)).collect::<String>(), text);
    out
}
