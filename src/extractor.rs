//! The extractor: resources built once (jieba with the domain dictionary, user lexicons) and
//! the pipeline that runs on every text.

use crate::entity::{self, UserNames};
use crate::error::Error;
use crate::normalize::normalize;
use crate::report::{EntityKind, Quantity, Report, Sentence, Token, assemble};
use crate::{indicator, project, quantity, segment, sentence};
use jieba_rs::Jieba;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

/// Default [`ExtractorBuilder::size_limit`]: 64 MiB, far above any article; a batch job that
/// meets a bigger "article" has met a dump, not a report.
pub const DEFAULT_SIZE_LIMIT: usize = 64 << 20;

struct Resources {
    jieba: Jieba,
    user: UserNames,
    size_limit: usize,
}

/// Extracts indicators, entities and projects from Chinese economic text.
///
/// Build it once and share it: it is `Send + Sync` and cheap to clone (an `Arc`).
/// [`Extractor::new`] returns the shared default, built lazily on first use.
///
/// # Example
/// ```
/// let ex = jingji::Extractor::new();
/// let report = ex.extract("2022年，全市规上工业增加值增长5.2%。");
/// assert_eq!(report.indicators[0].metric, "规上工业增加值");
/// ```
#[derive(Clone)]
pub struct Extractor {
    res: Arc<Resources>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("size_limit", &self.res.size_limit)
            .finish_non_exhaustive()
    }
}

static DEFAULT: LazyLock<Extractor> = LazyLock::new(|| {
    // Only embedded, unit-tested word lists go into the default, so this cannot fail.
    ExtractorBuilder::new().build().unwrap_or_else(|e| panic!("default extractor: {e}"))
});

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// The shared default extractor (built once, lazily; later calls are a clone of an `Arc`).
    pub fn new() -> Extractor {
        DEFAULT.clone()
    }

    /// A builder for an extractor with user word lists, lexicons or a size limit.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extracts the report of `text`. Never fails and never panics; spans index `text`.
    pub fn extract(&self, text: &str) -> Report {
        let res = &*self.res;
        let norm = normalize(text);
        let t = norm.text.as_str();
        let sentences = sentence::sentences(t);
        let quantities = quantity::scan(t);
        let lists = project::lists(t);
        let entities = entity::recognize(t, &quantities, &lists, &res.user, &res.jieba);
        // Projects first: linking takes the quantities (and adds the 持平 ones).
        let projects = project::find(t, &quantities, &entities, &lists, &res.jieba);
        let orphans = project::orphan_capacities(&projects, &quantities);
        let works = project::works(&projects, &quantities);
        let mut projects = assemble::projects(text, &norm, &quantities, projects);
        let (mut indicators, linked) =
            indicator::link(t, &sentences, quantities, &entities, &res.jieba);
        project::figures_of_works(t, &sentences, &works, &entities, (&linked, &mut indicators));
        let figures = project::Figures {
            sentences: &sentences,
            indicators: &indicators,
            quantities: &linked,
        };
        project::owners_from_figures(t, &mut projects, &orphans, figures, &entities);
        assemble::report(text, &norm, linked, indicators, entities, projects)
    }

    /// Like [`Extractor::extract`], but checks the input first.
    ///
    /// # Errors
    /// [`Error::EmptyInput`] for empty or blank text, [`Error::InputTooLarge`] over the size
    /// limit.
    pub fn try_extract(&self, text: &str) -> Result<Report, Error> {
        if text.len() > self.res.size_limit {
            return Err(Error::InputTooLarge { len: text.len(), limit: self.res.size_limit });
        }
        if text.trim().is_empty() {
            return Err(Error::EmptyInput);
        }
        Ok(self.extract(text))
    }

    /// Extracts from raw bytes, which must be UTF-8.
    ///
    /// # Errors
    /// [`Error::InvalidUtf8`] with the offset of the first bad byte, and the errors of
    /// [`Extractor::try_extract`].
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Report, Error> {
        if bytes.len() > self.res.size_limit {
            return Err(Error::InputTooLarge { len: bytes.len(), limit: self.res.size_limit });
        }
        let text = std::str::from_utf8(bytes)
            .map_err(|e| Error::InvalidUtf8 { valid_up_to: e.valid_up_to() })?;
        self.try_extract(text)
    }

    /// Extracts many texts, in parallel on all cores with the `rayon` feature (on by
    /// default). The reports are in input order and equal those of [`Extractor::extract`].
    pub fn extract_batch(&self, texts: &[&str]) -> Vec<Report> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.extract(t)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.extract(t)).collect()
        }
    }

    /// The sentences of `text`, layout breaks repaired, with spans into `text`.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        let norm = normalize(text);
        sentence::sentences(&norm.text)
            .into_iter()
            .map(|s| Sentence { span: norm.to_orig(s), text: s.slice(&norm.text).to_string() })
            .collect()
    }

    /// The words of `text` (jieba with the domain dictionary), with spans into `text`. A
    /// number with its unit is one token tagged `m`; white space and line breaks that survive
    /// normalization are tokens too, so the tokens' words concatenate to the normalized text.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let norm = normalize(text);
        let quantities = quantity::scan(&norm.text);
        segment::tokens(&norm.text, &quantities, &self.res.jieba)
            .into_iter()
            .map(|t| Token {
                span: norm.to_orig(t.span),
                word: t.span.slice(&norm.text).to_string(),
                tag: t.tag,
            })
            .collect()
    }

    /// Every quantity in `text`, whether or not it became an indicator.
    pub fn quantities(&self, text: &str) -> Vec<Quantity> {
        let norm = normalize(text);
        quantity::scan(&norm.text).iter().map(|q| assemble::quantity(text, &norm, q)).collect()
    }
}

/// Builds an [`Extractor`] with extra word lists, lexicons and limits.
///
/// # Example
/// ```
/// let ex = jingji::Extractor::builder()
///     .enterprises("甲乙精工\n丙丁环球\tenterprise")
///     .build()?;
/// let r = ex.extract("甲乙精工与丙丁环球签约。");
/// assert_eq!(r.entities.len(), 2);
/// # Ok::<(), jingji::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    words: Vec<Source>,
    names: Vec<Source>,
    size_limit: Option<usize>,
}

#[derive(Clone, Debug)]
enum Source {
    Inline(String),
    File(PathBuf),
}

impl Source {
    fn read(&self) -> Result<(String, String), Error> {
        match self {
            Source::Inline(s) => Ok(("<inline>".to_string(), s.clone())),
            Source::File(p) => {
                let bytes =
                    std::fs::read(p).map_err(|e| Error::Io { path: p.clone(), source: e })?;
                let text = String::from_utf8(bytes).map_err(|e| Error::Lexicon {
                    source_name: p.display().to_string(),
                    line: 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count(),
                    reason: "not valid UTF-8".to_string(),
                })?;
                Ok((p.display().to_string(), text))
            }
        }
    }
}

impl ExtractorBuilder {
    /// A builder with no extra lists and the default size limit.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extra segmentation words in jieba's format (`word [frequency] [tag]` per line, `#`
    /// comments).
    pub fn words(&mut self, list: &str) -> &mut ExtractorBuilder {
        self.words.push(Source::Inline(list.to_string()));
        self
    }

    /// Extra segmentation words from a file (read by [`ExtractorBuilder::build`]).
    pub fn words_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.words.push(Source::File(path.as_ref().to_path_buf()));
        self
    }

    /// Known names, one per line: `name` (an enterprise) or `name<TAB>kind` with kind one of
    /// `enterprise`, `organization`, `park`, `place`, `person`; `#` starts a comment.
    pub fn enterprises(&mut self, list: &str) -> &mut ExtractorBuilder {
        self.names.push(Source::Inline(list.to_string()));
        self
    }

    /// Known names from a file, in the format of [`ExtractorBuilder::enterprises`].
    pub fn enterprises_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.names.push(Source::File(path.as_ref().to_path_buf()));
        self
    }

    /// The largest input, in bytes, that [`Extractor::extract_bytes`] and
    /// [`Extractor::try_extract`] accept (default [`DEFAULT_SIZE_LIMIT`]).
    pub fn size_limit(&mut self, bytes: usize) -> &mut ExtractorBuilder {
        self.size_limit = Some(bytes);
        self
    }

    /// Builds the extractor: loads jieba's dictionary, the domain words and the user lists.
    ///
    /// # Errors
    /// [`Error::Io`] when a list file cannot be read, [`Error::Lexicon`] (with the file and
    /// line) when a line is malformed.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut words = Vec::new();
        for s in &self.words {
            words.push(s.read()?);
        }
        let mut names = Vec::new();
        for s in &self.names {
            let (source, text) = s.read()?;
            names.extend(parse_names(&source, &text)?);
        }
        let jieba = segment::build_jieba(&words)?;
        Ok(Extractor {
            res: Arc::new(Resources {
                jieba,
                user: UserNames::new(names),
                size_limit: self.size_limit.unwrap_or(DEFAULT_SIZE_LIMIT),
            }),
        })
    }
}

fn parse_names(source: &str, text: &str) -> Result<Vec<(String, EntityKind)>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let bad = |reason: String| Error::Lexicon {
            source_name: source.to_string(),
            line: n + 1,
            reason,
        };
        let mut cols = line.split('\t');
        let name = cols.next().unwrap_or("").trim();
        let kind = match cols.next().map(str::trim) {
            None | Some("enterprise") => EntityKind::Enterprise,
            Some("organization") => EntityKind::Organization,
            Some("park") => EntityKind::Park,
            Some("place") => EntityKind::Place,
            Some("person") => EntityKind::Person,
            Some(other) => return Err(bad(format!("unknown kind {other:?}"))),
        };
        if cols.next().is_some() {
            return Err(bad("expected `name` or `name<TAB>kind`".into()));
        }
        if name.is_empty() || name.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(bad(format!("name {name:?} is empty or contains white space")));
        }
        out.push((name.to_string(), kind));
    }
    Ok(out)
}
