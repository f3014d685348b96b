//! `restamp`: record on every English message the fingerprint of the
//! Japanese it translates, after a translator has reviewed it (and the
//! Japanese of each fingerprint in `locales/en/fingerprints.csv`).

use super::data::Texts;
use super::read::{self, message_start, Options};
use super::{fingerprint, ftl_files, STAMP};
use crate::diag::Diagnostics;
use crate::model::Dataset;
use std::collections::HashMap;
use std::path::Path;

/// Rewrites the fingerprints of every English message that translates a known
/// Japanese text. Returns how many messages were stamped.
pub fn restamp(ds: &Dataset, locales: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    for t in &ds.tables {
        let path = locales
            .join("en")
            .join("data")
            .join(format!("{}.ftl", t.spec.name));
        if !path.exists() {
            continue;
        }
        let mut texts = Texts::new(t);
        count += restamp_file(&path, |id| texts.find(id).map(|t| fingerprint(t.japanese)))?;
    }
    // Interface labels: fingerprints of the Japanese labels (of the first
    // definition of an id in a file; of the last file that gives it a value).
    let mut diags = Diagnostics::new();
    let opts = Options {
        lang: "ja",
        vars: None,
    };
    let mut ja: HashMap<String, String> = HashMap::new();
    for p in ftl_files(&locales.join("ja")) {
        if let Some(messages) = read::messages(&p, "", &opts, &mut diags) {
            let mut file = HashMap::new();
            for m in messages {
                file.entry(m.id)
                    .or_insert_with(|| m.text.as_deref().map(fingerprint));
            }
            ja.extend(file.into_iter().filter_map(|(id, f)| Some((id, f?))));
        }
    }
    for p in ftl_files(&locales.join("en")) {
        count += restamp_file(&p, |id| ja.get(id).cloned())?;
    }
    // The Japanese of the new fingerprints, for the diffs translators see.
    super::stamps::refresh(ds, locales)?;
    Ok(count)
}

/// Puts `# ja-sha256: <stamp>` above every message `stamp` gives one for.
fn restamp_file(
    path: &Path,
    mut stamp: impl FnMut(&str) -> Option<String>,
) -> std::io::Result<usize> {
    let source = std::fs::read_to_string(path)?;
    let mut out: Vec<String> = Vec::new();
    let mut count = 0;
    for line in source.lines() {
        if let Some(stamp) = message_start(line).and_then(&mut stamp) {
            // Drop an old fingerprint from the comment block right above.
            let mut i = out.len();
            while i > 0 && out[i - 1].starts_with('#') && !out[i - 1].starts_with("##") {
                i -= 1;
            }
            let mut j = i;
            while j < out.len() {
                if out[j].trim_start_matches('#').trim().starts_with(STAMP) {
                    out.remove(j);
                } else {
                    j += 1;
                }
            }
            out.push(format!("# {STAMP} {stamp}"));
            count += 1;
        }
        out.push(line.to_string());
    }
    let mut text = out.join("\n");
    text.push('\n');
    if text != source {
        crate::files::replace_file(path, text.as_bytes())?;
    }
    Ok(count)
}
