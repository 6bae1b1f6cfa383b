//! The one error type of the crate.
//!
//! Errors happen only at the edges: accepting bytes, enforcing the size limit, and loading
//! user word lists. Extraction over valid text is total: it never fails and never panics.

use std::path::PathBuf;

/// Everything that can go wrong in jingji.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input bytes are not UTF-8. `valid_up_to` is the byte offset of the first invalid
    /// sequence (everything before it is valid UTF-8). Decode the input (e.g. from GBK) first.
    #[error("input is not valid UTF-8: invalid byte sequence at byte offset {valid_up_to}")]
    InvalidUtf8 {
        /// Offset of the first byte that is not part of a valid UTF-8 sequence.
        valid_up_to: usize,
    },
    /// The input is empty or contains only white space, so there is nothing to extract.
    #[error("input is empty (no text to extract from)")]
    EmptyInput,
    /// The input is larger than the extractor's size limit
    /// ([`crate::ExtractorBuilder::size_limit`]). Split the input or raise the limit.
    #[error("input is {len} bytes, over the size limit of {limit} bytes")]
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A user word list or lexicon file could not be read (missing, unreadable).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file that could not be read.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A user word list or lexicon has a malformed line. `source_name` is the file path, or
    /// `<inline>` for lists given as strings; `line` is 1-based.
    #[error("{source_name}:{line}: {reason}")]
    Lexicon {
        /// The file (or `<inline>`) the list came from.
        source_name: String,
        /// 1-based line number of the malformed entry.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
}
