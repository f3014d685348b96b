//! Interface labels: `locales/{ja,en}/*.ftl`, formatted with the label
//! variables. Every label an output needs must exist in both languages, with
//! a value, and no label may be unused; an English label must keep the
//! placeables of its Japanese, hold no Japanese script, and carry the
//! fingerprint of the current Japanese.

use super::read::{self, Message, Options};
use super::{fingerprint, ftl_files, shown_path, Coverage, Translations};
use crate::diag::Diagnostics;
use crate::model::Dataset;
use crate::schema;
use crate::validate::rules;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// The variables every interface label may use, taken from the dataset in
/// the label's language, so that no fiscal year, phase or title is written
/// into a label: `$fiscal_year` (2026), `$fiscal_year_era` (令和8年度 /
/// FY2026 (Reiwa 8)), `$phase` (概算要求 / budget request), `$title` and
/// `$publisher` (of the source document), and for the attribution
/// `$source_title` and `$source_publisher` (the document's own Japanese
/// title and author, in every language), `$source_url` (its address) and
/// `$licence_url` (the licence's page in the label's language).
#[derive(Debug, Clone, Default)]
pub struct LabelVars {
    pub vars: Vec<(&'static str, String)>,
}

impl LabelVars {
    /// The names of the variables, as they appear in a label (`$name`).
    pub const NAMES: [&'static str; 9] = [
        "fiscal_year",
        "fiscal_year_era",
        "phase",
        "title",
        "publisher",
        "source_title",
        "source_publisher",
        "source_url",
        "licence_url",
    ];

    /// The variables in one language: the Japanese from the data, or its English.
    pub fn new(ds: &Dataset, english: Option<&Translations>) -> Self {
        let doc = ds.table("document");
        let di = ds.schema.table_index("document").unwrap_or(0);
        let text = |column: &str| -> String {
            let ci = doc.col(column);
            match english {
                Some(tr) => tr.en[di].get(0, ci).unwrap_or_default().to_string(),
                None => ds.doc_str(column).to_string(),
            }
        };
        let phase_code = ds.doc_str("phase");
        let phases = ds.table("budget_phases");
        let pi = ds.schema.table_index("budget_phases").unwrap_or(0);
        let phase = phases
            .position(phase_code)
            .and_then(|ri| match english {
                Some(tr) => tr.en[pi].get(ri, phases.col("label")).map(str::to_string),
                None => phases.rows[ri].cells[phases.col("label")]
                    .as_str()
                    .map(str::to_string),
            })
            .unwrap_or_default();
        LabelVars {
            vars: vec![
                ("fiscal_year", ds.doc_int("fiscal_year").to_string()),
                ("fiscal_year_era", text("fiscal_year_era")),
                ("phase", phase),
                ("title", text("title")),
                ("publisher", text("publisher")),
                ("source_title", ds.doc_str("title").to_string()),
                ("source_publisher", ds.doc_str("publisher").to_string()),
                ("source_url", ds.doc_str("source_url").to_string()),
                (
                    "licence_url",
                    ds.doc_str(match english {
                        Some(_) => "licence_url_en",
                        None => "licence_url",
                    })
                    .to_string(),
                ),
            ],
        }
    }

    pub(crate) fn args(&self) -> fluent::FluentArgs<'_> {
        let mut args = fluent::FluentArgs::new();
        for (k, v) in &self.vars {
            args.set(*k, v.as_str());
        }
        args
    }

    /// Whether a placeable of a label's shape is one of these variables.
    fn is_var(shape: &str) -> bool {
        shape
            .strip_prefix('$')
            .is_some_and(|n| Self::NAMES.contains(&n))
    }
}

/// Reads and checks the labels of both languages into `tr`, with one
/// coverage line per language.
pub(super) fn localise_labels(
    ds: &Dataset,
    locales: &Path,
    keys: &[String],
    tr: &mut Translations,
    coverage: &mut Vec<Coverage>,
    diags: &mut Diagnostics,
) {
    let ja_vars = LabelVars::new(ds, None);
    let en_vars = LabelVars::new(ds, Some(tr));
    let (ja, ja_cov) = read_ui(locales, "ja", keys, &ja_vars, None, diags);
    let (en, en_cov) = read_ui(locales, "en", keys, &en_vars, Some(&ja), diags);
    coverage.push(ja_cov);
    coverage.push(en_cov);
    for (lang, labels) in [("ja", &ja), ("en", &en)] {
        for (k, l) in labels {
            tr.ui_where
                .insert((lang, k.clone()), (l.file.clone(), l.line));
        }
    }
    tr.ui_ja = ja.into_iter().map(|(k, l)| (k, l.value)).collect();
    tr.ui_en = en.into_iter().map(|(k, l)| (k, l.value)).collect();
    tr.label_vars = [ja_vars, en_vars];
}

/// The interface labels of `locales/{ja,en}/*.ftl` formatted without
/// variables, unchecked: for `amed-budget diff`, which compares two releases
/// without any data to take the variables from or to check the labels against.
/// A file that cannot be read is skipped (a missing label shows its id).
pub fn plain_labels(locales: &Path) -> [BTreeMap<String, String>; 2] {
    ["ja", "en"].map(|lang| {
        let mut m = BTreeMap::new();
        let opts = Options { lang, vars: None };
        let mut ignored = Diagnostics::new();
        for p in ftl_files(&locales.join(lang)) {
            let shown = shown_path(locales, &p);
            for msg in read::messages(&p, &shown, &opts, &mut ignored).unwrap_or_default() {
                if let Some(text) = msg.text {
                    m.entry(msg.id).or_insert(text);
                }
            }
        }
        m
    })
}

/// An interface label as read: its value, placeables and where it is defined.
#[derive(Debug, Clone)]
struct UiLabel {
    /// The label as the outputs show it (variables filled in).
    value: String,
    /// The label formatted without variables: what fingerprints are taken of.
    plain: String,
    shape: BTreeSet<String>,
    file: String,
    line: usize,
}

type Ui = BTreeMap<String, UiLabel>;

/// Reads `locales/<lang>/*.ftl`. For English, `ja` is the Japanese to check
/// placeables and fingerprints against.
fn read_ui(
    locales: &Path,
    lang: &str,
    keys: &[String],
    vars: &LabelVars,
    ja: Option<&Ui>,
    diags: &mut Diagnostics,
) -> (Ui, Coverage) {
    let dir = locales.join(lang);
    let mut ui: Ui = BTreeMap::new();
    let mut cov = Coverage {
        file: format!(
            "{}/{lang}/*.ftl",
            locales.display().to_string().trim_end_matches('/')
        ),
        expected: keys.len(),
        ..Default::default()
    };
    let wanted: BTreeSet<&str> = keys.iter().map(String::as_str).collect();
    let opts = Options {
        lang,
        vars: Some(vars),
    };
    let mut unreadable = false;
    for p in ftl_files(&dir) {
        let shown = shown_path(locales, &p);
        let Some(messages) = read::messages(&p, &shown, &opts, diags) else {
            unreadable = true;
            continue;
        };
        let mut in_file: HashMap<&str, usize> = HashMap::new();
        for m in &messages {
            if let Some(&first) = in_file.get(m.id.as_str()) {
                m.report_duplicate(first, &shown, diags);
                continue;
            }
            in_file.insert(&m.id, m.line);
            m.report_format_errors(&shown, diags);
            if let Some(first) = ui.get(&m.id) {
                diags.push(
                    &shown,
                    m.line,
                    1,
                    &rules::DUPLICATE_MESSAGE,
                    format!(
                        "message `{}` is already defined at {}:{}",
                        m.id, first.file, first.line
                    ),
                );
                continue;
            }
            let plain = m.text.clone().unwrap_or_default();
            let value = m
                .label
                .as_ref()
                .map(|l| l.value.clone())
                .unwrap_or_default();
            if !wanted.contains(m.id.as_str()) {
                cov.obsolete += 1;
                diags.push(
                    &shown,
                    m.line,
                    1,
                    &rules::OBSOLETE,
                    format!("label `{}` is not used by any output", m.id),
                );
                continue;
            }
            let mut ok = true;
            if value.trim().is_empty() {
                ok = false;
                diags.push(
                    &shown,
                    m.line,
                    1,
                    &rules::MISSING_LABEL,
                    format!("label `{}` has no value", m.id),
                );
            }
            if let Some(ja_label) = ja.and_then(|ja| ja.get(&m.id)) {
                ok &= check_en_label(m, &value, ja_label, &shown, &mut cov, diags);
            }
            cov.translated += usize::from(ok);
            ui.insert(
                m.id.clone(),
                UiLabel {
                    value,
                    plain,
                    shape: m.shape.clone(),
                    file: shown.clone(),
                    line: m.line,
                },
            );
        }
    }
    if unreadable {
        // The unreadable file was reported; its labels would only repeat it.
        return (ui, cov);
    }
    for k in keys {
        if !ui.contains_key(k) {
            cov.missing += 1;
            diags.push(
                format!(
                    "{}/{lang}",
                    locales.display().to_string().trim_end_matches('/')
                ),
                0,
                0,
                &rules::MISSING_LABEL,
                format!("interface label `{k}` is missing in `{lang}`"),
            );
        }
    }
    (ui, cov)
}

/// Checks an English label against its Japanese: placeables, script,
/// fingerprint. Returns whether it is usable and current.
fn check_en_label(
    m: &Message,
    value: &str,
    ja: &UiLabel,
    shown: &str,
    cov: &mut Coverage,
    diags: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    // The label variables may differ between the languages ("FY{ $fiscal_year }"
    // against "{ $fiscal_year_era }"); every other placeable must match.
    let own = |shape: &BTreeSet<String>| -> BTreeSet<String> {
        shape
            .iter()
            .filter(|p| !LabelVars::is_var(p))
            .cloned()
            .collect()
    };
    if own(&ja.shape) != own(&m.shape) {
        ok = false;
        cov.broken += 1;
        diags.push(
            shown,
            m.line,
            1,
            &rules::PLACEABLE_MISMATCH,
            format!(
                "label `{}`: placeables and attributes differ from the Japanese at {}:{}",
                m.id, ja.file, ja.line
            ),
        );
    }
    // The label's own text, not the values of its variables: a variable
    // may bring in Japanese on purpose (the source's original title).
    if schema::has_japanese(m.text.as_deref().unwrap_or(value)) {
        ok = false;
        cov.broken += 1;
        diags.push(
            shown,
            m.line,
            1,
            &rules::UNTRANSLATED,
            format!("label `{}` still contains Japanese script", m.id),
        );
    }
    let stamp = fingerprint(&ja.plain);
    let why = match m.fingerprint.as_deref() {
        Some(f) if f == stamp => return ok,
        Some(_) => "the Japanese label changed since it was translated",
        None => "it has no `# ja-sha256:` fingerprint",
    };
    cov.stale += 1;
    diags.push(
        shown,
        m.line,
        1,
        &rules::STALE_TRANSLATION,
        format!(
            "label `{}`: {why} (Japanese at {}:{}); review it, then run `restamp`",
            m.id, ja.file, ja.line
        ),
    );
    false
}
