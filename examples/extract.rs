//! Prints the report JSON (see README, "The report JSON") of each file.
//!
//! ```text
//! cargo run --release --example extract -- FILE...        # one report; JSON Lines for several
//! cargo run --release --example extract -- -              # standard input
//! cargo run --release --example extract -- --tokens FILE  # words with spans
//! cargo run --release --example extract -- --quantities FILE
//! cargo run --release --example extract -- --sentences FILE
//! ```
//!
//! A file that is missing or not UTF-8 is reported on stderr, the others are still
//! processed, and the exit status is 2.

use jingji::Extractor;
use serde_json::json;
use std::io::{Read, Write};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Report,
    Tokens,
    Quantities,
    Sentences,
}

fn main() -> ExitCode {
    let mut mode = Mode::Report;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--tokens" => mode = Mode::Tokens,
            "--quantities" => mode = Mode::Quantities,
            "--sentences" => mode = Mode::Sentences,
            "-h" | "--help" => {
                eprintln!(
                    "usage: extract [--tokens|--quantities|--sentences] FILE... (- for stdin)"
                );
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("usage: extract [--tokens|--quantities|--sentences] FILE... (- for stdin)");
        return ExitCode::from(2);
    }
    let extractor = Extractor::new();
    let several = files.len() > 1;
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for file in &files {
        let bytes = if file == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(file)
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                eprintln!("extract: {file}: {e}");
                failed = true;
                continue;
            }
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                let err = jingji::Error::InvalidUtf8 { valid_up_to: e.valid_up_to() };
                eprintln!("extract: {file}: {err}");
                failed = true;
                continue;
            }
        };
        let mut value = match mode {
            Mode::Report => serde_json::to_value(extractor.extract(text)),
            Mode::Tokens => serde_json::to_value(extractor.tokens(text)),
            Mode::Quantities => serde_json::to_value(extractor.quantities(text)),
            Mode::Sentences => serde_json::to_value(extractor.sentences(text)),
        }
        .unwrap_or_else(|e| json!({ "error": e.to_string() }));
        let written = if several {
            if let Some(obj) = value.as_object_mut() {
                obj.insert("file".into(), json!(file));
            } else {
                value = json!({ "file": file, "items": value });
            }
            serde_json::to_writer(&mut out, &value).map_err(std::io::Error::other)
        } else {
            serde_json::to_writer_pretty(&mut out, &value).map_err(std::io::Error::other)
        };
        if written.and_then(|_| writeln!(out)).is_err() {
            return ExitCode::from(2);
        }
    }
    if failed { ExitCode::from(2) } else { ExitCode::SUCCESS }
}
