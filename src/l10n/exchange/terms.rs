//! The termbase as translators need it in an export: the rows of
//! `locales/en/termbase/*.csv` whose `ja` occurs in a text (rows with a
//! `message` column, the allowed exceptions, only for that message), and
//! the official names of `official.csv`, which an import enforces.

use std::io;
use std::path::Path;

/// A termbase row that applies to a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The file it comes from, without `.csv` (`official`, `glossary`, ...).
    pub file: String,
    pub ja: String,
    /// Empty for an allowed exception.
    pub en: String,
    /// The row's other columns, `name: value; ...`.
    pub details: String,
}

impl Hit {
    /// `ja → en (file; details)`.
    pub fn line(&self) -> String {
        let mut s = if self.en.is_empty() {
            format!("{}: exception", self.ja)
        } else {
            format!("{} → {}", self.ja, self.en)
        };
        s.push_str(&format!(" ({}", self.file));
        if !self.details.is_empty() {
            s.push_str("; ");
            s.push_str(&self.details);
        }
        s.push(')');
        s
    }
}

struct Row {
    file: String,
    ja: String,
    en: String,
    /// Only for this message (the allowed exceptions).
    message: Option<String>,
    details: String,
}

/// Every row of the termbase files, in file and row order.
#[derive(Default)]
pub struct Termbase {
    rows: Vec<Row>,
}

/// The official names: the file and its Japanese and English columns.
pub const OFFICIAL: &str = "official";

impl Termbase {
    /// Reads `locales/en/termbase/*.csv` (none when the folder is absent).
    /// Files without a `ja` column are not term lists and are skipped.
    pub fn read(locales: &Path) -> io::Result<Termbase> {
        let dir = locales.join("en").join("termbase");
        let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "csv"))
                .collect(),
            Err(_) => return Ok(Termbase::default()),
        };
        files.sort();
        let mut rows = Vec::new();
        for p in files {
            let file = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let bad = |e: csv::Error| io::Error::other(format!("{}: {e}", p.display()));
            let mut r = csv::Reader::from_path(&p).map_err(bad)?;
            let header: Vec<String> = r.headers().map_err(bad)?.iter().map(String::from).collect();
            let col = |name: &str| header.iter().position(|h| h == name);
            let Some(ja) = col("ja") else {
                continue;
            };
            let (en, message) = (col("en"), col("message"));
            for rec in r.records() {
                let rec = rec.map_err(bad)?;
                let get = |i: Option<usize>| i.and_then(|i| rec.get(i)).unwrap_or("").trim();
                let details: Vec<String> = header
                    .iter()
                    .enumerate()
                    .filter(|(i, h)| {
                        !matches!(h.as_str(), "ja" | "en" | "message" | "checked")
                            && !get(Some(*i)).is_empty()
                    })
                    .map(|(i, h)| format!("{h}: {}", get(Some(i))))
                    .collect();
                rows.push(Row {
                    file: file.clone(),
                    ja: get(Some(ja)).to_string(),
                    en: get(en).to_string(),
                    message: Some(get(message).to_string()).filter(|m| !m.is_empty()),
                    details: details.join("; "),
                });
            }
        }
        Ok(Termbase { rows })
    }

    /// The rows that apply to the text `id` of Japanese `japanese`.
    pub fn hits(&self, id: &str, japanese: &str) -> Vec<Hit> {
        self.rows
            .iter()
            .filter(|r| !r.ja.is_empty() && japanese.contains(r.ja.as_str()))
            .filter(|r| r.message.as_deref().is_none_or(|m| m == id))
            .map(|r| Hit {
                file: r.file.clone(),
                ja: r.ja.clone(),
                en: r.en.clone(),
                details: r.details.clone(),
            })
            .collect()
    }
}

/// The official English names of a text that is itself an official name
/// (the `en` of every row of `official.csv` whose `ja` is the whole text).
pub fn official_names(hits: &[Hit], japanese: &str) -> Vec<String> {
    hits.iter()
        .filter(|h| h.file == OFFICIAL && h.ja == japanese && !h.en.is_empty())
        .map(|h| h.en.clone())
        .collect()
}
