//! The Japanese each fingerprint was taken of, so that a translator sees
//! what changed in a stale text: `locales/en/fingerprints.csv`, one row
//! `ja_sha256,ja` per fingerprint that an English record message carries.
//!
//! A fingerprint (`# ja-sha256:`) only says *that* the Japanese changed; the
//! Japanese it was taken of is in this file, written whenever fingerprints
//! are (`restamp`, `l10n import`). It is content-addressed and pruned: it
//! holds exactly the fingerprints the messages carry, sorted, so two
//! messages of the same Japanese share a row and a rewrite of the same
//! state gives the same bytes. A row whose text does not have its
//! fingerprint is ignored, and a fingerprint without a row only means the
//! previous Japanese is not known (a stamp made before this file existed).

use super::{fingerprint, ftl_files, STAMP};
use crate::model::Dataset;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};

/// The file name, under `locales/en/`.
pub const FILE: &str = "fingerprints.csv";

/// `locales/en/fingerprints.csv`.
pub fn path(locales: &Path) -> PathBuf {
    locales.join("en").join(FILE)
}

/// Fingerprint -> the Japanese it was taken of. An absent file is empty.
pub fn read(locales: &Path) -> io::Result<BTreeMap<String, String>> {
    let p = path(locales);
    if !p.exists() {
        return Ok(BTreeMap::new());
    }
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(&p)
        .map_err(io::Error::other)?;
    let mut out = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.map_err(io::Error::other)?;
        if let (Some(fp), Some(ja)) = (rec.get(0), rec.get(1)) {
            if fingerprint(ja) == fp {
                out.insert(fp.to_string(), ja.to_string());
            }
        }
    }
    Ok(out)
}

/// The fingerprints the English record messages carry.
fn carried(locales: &Path) -> io::Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for p in ftl_files(&locales.join("en").join("data")) {
        for line in std::fs::read_to_string(&p)?.lines() {
            let Some(comment) = line.strip_prefix('#') else {
                continue;
            };
            if let Some(fp) = comment.trim().strip_prefix(STAMP) {
                out.insert(fp.trim().to_string());
            }
        }
    }
    Ok(out)
}

/// Rewrites the file after fingerprints were written: for every fingerprint
/// a message carries, the current Japanese of `data/` it is the fingerprint
/// of, or else the Japanese the file held for it. Writes only a change.
pub fn refresh(ds: &Dataset, locales: &Path) -> io::Result<()> {
    let wanted = carried(locales)?;
    let mut current: HashMap<String, &str> = HashMap::new();
    for t in &ds.tables {
        let cols = t.spec.text_columns();
        for row in &t.rows {
            for &c in &cols {
                if let Some(ja) = row.cells[c].as_str() {
                    let fp = fingerprint(ja);
                    if wanted.contains(&fp) {
                        current.insert(fp, ja);
                    }
                }
            }
        }
    }
    let old = read(locales)?;
    let store: BTreeMap<&str, &str> = wanted
        .iter()
        .filter_map(|fp| {
            let ja = current
                .get(fp)
                .copied()
                .or_else(|| old.get(fp).map(String::as_str))?;
            Some((fp.as_str(), ja))
        })
        .collect();
    let p = path(locales);
    if store.is_empty() && !p.exists() {
        return Ok(());
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(["ja_sha256", "ja"])
        .map_err(io::Error::other)?;
    for (fp, ja) in &store {
        w.write_record([fp, ja]).map_err(io::Error::other)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))?;
    if std::fs::read(&p).ok().as_deref() != Some(bytes.as_slice()) {
        crate::files::replace_file(&p, &bytes)?;
    }
    Ok(())
}
