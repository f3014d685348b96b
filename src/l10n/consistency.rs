//! The review printed by `report` after the coverage: glossary warnings
//! (rule `glossary`, which never fails `check` or `build`) and the
//! consistency of the English, term by term.
//!
//! Terms are the official names and glossary terms of the termbase, the
//! names of the data's programmes and projects (their English is that of
//! their record: other texts quote it, STYLE.md), and the acronyms printed in
//! the Japanese (Latin words with two or more capitals, such as `AI`, `PHR`,
//! `SCARDA`). In each record text they are found
//! leftmost-longest (see [`Matcher`]); for each, the English of the text is
//! classed as one rendering:
//!
//! - an official name: the variant of `official.csv` it contains, exactly;
//!   a programme or project name: the English of its record, exactly;
//! - a glossary term: its English, in any case, singular or plural;
//! - otherwise the nearest wording: the shortest run of words of the English
//!   holding most of the words of the term's English (at least half, "of",
//!   "the" and such aside), widened by one word for each word it lacks (and
//!   the small words on the way)
//!   ("clinical trials" where the glossary says "clinical studies");
//!   `(other wording)` when there is none;
//! - an acronym: `long form (ACR)` when the English expands it (the long
//!   form is found by its letters, as Schwartz and Hearst do), `ACR (…)`
//!   when it is explained after, `ACR` alone, or `(not in the English)`.
//!
//! Terms found in two or more texts are listed with their renderings and
//! counts; those rendered in more than one way come first, marked `!` (the
//! variants of an official name, such as a ministry and its abbreviation,
//! are one way, and the messages of glossary-allow.csv, shown `(allowed)`,
//! do not count).

use super::termbase::{
    self, contains_name, for_each_text, has_rendering, text_id, words, AtMessages, Matcher,
    Termbase,
};
use super::Translations;
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::Dataset;
use crate::schema;
use crate::validate::rules;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

/// Where a term comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Official,
    Glossary,
    /// A programme or project name of the data, with the English of its record.
    Name,
    Acronym,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Official => "official",
            Kind::Glossary => "glossary",
            Kind::Name => "name",
            Kind::Acronym => "acronym",
        }
    }
}

/// How one term is rendered across the English.
#[derive(Debug, Clone)]
pub struct TermUse {
    pub ja: String,
    pub kind: Kind,
    /// The English the termbase gives it (none for an acronym).
    pub prescribed: Vec<String>,
    /// Texts whose Japanese contains the term.
    pub texts: usize,
    /// Each rendering and how many texts use it, most used first.
    pub renderings: Vec<Rendering>,
}

/// One way a term is rendered.
#[derive(Debug, Clone)]
pub struct Rendering {
    pub text: String,
    /// How many texts render the term so.
    pub texts: usize,
    /// Texts listed in glossary-allow.csv for the term.
    pub allowed: bool,
}

impl TermUse {
    /// Whether the term is rendered in more than one way, other than the
    /// variants of an official name (a full name and its abbreviation).
    pub fn drifts(&self) -> bool {
        let own: Vec<&Rendering> = self.renderings.iter().filter(|r| !r.allowed).collect();
        own.len() > 1
            && (self.kind != Kind::Official
                || own.iter().any(|r| !self.prescribed.contains(&r.text)))
    }
}

/// What `report` prints after the coverage.
#[derive(Debug, Default)]
pub struct Review {
    /// Glossary warnings, sorted.
    pub warnings: Vec<Diagnostic>,
    /// Terms found in two or more texts: drift first, then by number of texts.
    pub terms: Vec<TermUse>,
    /// Rows of the termbase: official names, glossary terms, exceptions.
    pub termbase: Option<[usize; 3]>,
}

/// The least number of texts a term is listed for.
const RECURRING: usize = 2;

/// Reviews the English of a dataset that passed every check.
pub fn review(ds: &Dataset, tr: &Translations, locales: &Path) -> Review {
    // The termbase passed the checks: its diagnostics are empty.
    let tb = termbase::read(ds, locales, &mut Diagnostics::new());
    let counts = tb
        .as_ref()
        .map(|tb| [tb.official.len(), tb.glossary.len(), tb.allow.len()]);
    let tb = tb.unwrap_or_default();
    let entries = entries(ds, tr, &tb);
    let matcher = Matcher::new(entries.iter().map(|e| e.ja.clone()).collect());
    let allowed: HashMap<(&str, &str), usize> = tb
        .allow
        .iter()
        .enumerate()
        .map(|(i, a)| ((a.message.as_str(), a.ja.as_str()), i))
        .collect();
    let mut needed = vec![false; tb.allow.len()];
    let mut uses: Vec<BTreeMap<(bool, String), Rendering>> = vec![BTreeMap::new(); entries.len()];
    let mut texts = vec![0usize; entries.len()];
    let mut missing = AtMessages::default();
    for_each_text(ds, |ti, ri, ci, ja| {
        let found = matcher.find(ja);
        if found.is_empty() {
            return;
        }
        let Some(en) = tr.en[ti].get(ri, ci) else {
            return;
        };
        let en_words = words(en);
        let mut id = None;
        for e in found {
            let entry = &entries[e];
            texts[e] += 1;
            let mut exception = false;
            let lacking = entry.kind == Kind::Glossary
                && !schema::has_japanese(en)
                && !has_rendering(&en_words, &entry.english[0]);
            if lacking {
                let id = id.get_or_insert_with(|| text_id(ds, ti, ri, ci));
                if let Some(&a) = allowed.get(&(id.as_str(), entry.ja.as_str())) {
                    needed[a] = true;
                    exception = true;
                } else {
                    let why = format!(
                        "message `{id}`: the Japanese has the glossary term {} but the English lacks \"{}\" (use it, or list the message in {})",
                        entry.ja, entry.english[0], tb.shown[2]
                    );
                    missing.add(ti, id.clone(), why);
                }
            }
            let text = entry.rendering(en, &en_words);
            uses[e]
                .entry((exception, text.to_lowercase()))
                .or_insert_with(|| Rendering {
                    text,
                    texts: 0,
                    allowed: exception,
                })
                .texts += 1;
        }
    });
    let mut warnings = Diagnostics::new();
    missing.report(ds, locales, &rules::GLOSSARY, &mut warnings);
    for (a, needed) in tb.allow.iter().zip(needed) {
        if !needed {
            let why = format!(
                "the exception for `{}` and {} is not needed: the Japanese of the message does not have the term, or the English already uses the glossary's",
                a.message, a.ja
            );
            warnings.push(&tb.shown[2], a.line, 1, &rules::GLOSSARY, why);
        }
    }
    let mut terms: Vec<TermUse> = entries
        .into_iter()
        .zip(uses)
        .zip(texts)
        .filter(|(_, n)| *n >= RECURRING)
        .map(|((e, uses), texts)| {
            let mut renderings: Vec<Rendering> = uses.into_values().collect();
            renderings
                .sort_by(|a, b| (a.allowed, b.texts, &a.text).cmp(&(b.allowed, a.texts, &b.text)));
            TermUse {
                ja: e.ja,
                kind: e.kind,
                prescribed: e.english,
                texts,
                renderings,
            }
        })
        .collect();
    terms.sort_by(|a, b| {
        b.drifts()
            .cmp(&a.drifts())
            .then(b.texts.cmp(&a.texts))
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.ja.cmp(&b.ja))
    });
    Review {
        warnings: warnings.into_sorted(),
        terms,
        termbase: counts,
    }
}

/// A term looked for in the Japanese.
struct Entry {
    ja: String,
    kind: Kind,
    /// Official: every variant; glossary: the one rendering; acronym: none.
    english: Vec<String>,
}

/// The official names, the glossary terms, the programme and project names,
/// and the acronyms printed in two or more texts, each once (the first
/// source of a Japanese term wins).
fn entries(ds: &Dataset, tr: &Translations, tb: &Termbase) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for o in &tb.official {
        match index.get(&o.ja) {
            Some(&i) => out[i].english.push(o.en.clone()),
            None => {
                index.insert(o.ja.clone(), out.len());
                out.push(Entry {
                    ja: o.ja.clone(),
                    kind: Kind::Official,
                    english: vec![o.en.clone()],
                });
            }
        }
    }
    for t in &tb.glossary {
        if !index.contains_key(&t.ja) {
            index.insert(t.ja.clone(), out.len());
            out.push(Entry {
                ja: t.ja.clone(),
                kind: Kind::Glossary,
                english: vec![t.en.clone()],
            });
        }
    }
    for table in NAMED {
        let Some(ti) = ds.schema.table_index(table) else {
            continue;
        };
        let t = &ds.tables[ti];
        let Some(ci) = t.spec.column_index("name") else {
            continue;
        };
        for (ri, row) in t.rows.iter().enumerate() {
            let (Some(ja), Some(en)) = (row.cells[ci].as_str(), tr.en[ti].get(ri, ci)) else {
                continue;
            };
            if ja.chars().count() >= 4 && !index.contains_key(ja) {
                index.insert(ja.to_string(), out.len());
                out.push(Entry {
                    ja: ja.to_string(),
                    kind: Kind::Name,
                    english: vec![en.to_string()],
                });
            }
        }
    }
    let mut acronyms: BTreeMap<String, usize> = BTreeMap::new();
    for_each_text(ds, |_, _, _, ja| {
        let mut seen = HashSet::new();
        for w in ja.split(|c: char| !c.is_ascii_alphanumeric()) {
            let capitals = w.bytes().filter(u8::is_ascii_uppercase).count();
            if capitals >= 2 && w.starts_with(|c: char| c.is_ascii_alphabetic()) && seen.insert(w) {
                *acronyms.entry(w.to_string()).or_default() += 1;
            }
        }
    });
    for (a, n) in acronyms {
        if n >= RECURRING && !index.contains_key(&a) {
            out.push(Entry {
                ja: a,
                kind: Kind::Acronym,
                english: Vec::new(),
            });
        }
    }
    out
}

/// The tables whose `name` is quoted by other texts.
const NAMED: &[&str] = &["programmes", "projects"];

impl Entry {
    /// The rendering of the term in `en` (its words: `en_words`).
    fn rendering(&self, en: &str, en_words: &[(usize, usize, String)]) -> String {
        match self.kind {
            Kind::Acronym => acronym(en, &self.ja),
            Kind::Official | Kind::Name => {
                if let Some(v) = self.english.iter().find(|v| contains_name(en, v)) {
                    return v.clone();
                }
                nearest(en, en_words, &self.english[0])
            }
            Kind::Glossary => {
                let prescribed = &self.english[0];
                if has_rendering(en_words, prescribed) {
                    return prescribed.clone();
                }
                nearest(en, en_words, prescribed)
            }
        }
    }
}

/// Words left out when comparing wordings.
const STOP: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// The nearest wording of `target` in `en`: see the module comment.
fn nearest(en: &str, en_words: &[(usize, usize, String)], target: &str) -> String {
    const OTHER: &str = "(other wording)";
    let target_text = target;
    let target: Vec<String> = words(target).into_iter().map(|w| w.2).collect();
    let mut content: Vec<(usize, &str)> = target
        .iter()
        .enumerate()
        .filter(|(_, w)| !STOP.contains(&w.as_str()))
        .map(|(i, w)| (i, w.as_str()))
        .collect();
    if content.is_empty() {
        content = target.iter().map(String::as_str).enumerate().collect();
    }
    content.truncate(64);
    let max_len = target.len() * 2 + 2;
    let mask_of = |w: &str| -> u64 {
        content
            .iter()
            .enumerate()
            .filter(|(_, (_, c))| *c == w)
            .fold(0, |m, (k, _)| m | 1 << k)
    };
    // A wording does not run across a list (" / ") or a sentence.
    let segment: Vec<usize> = en_words
        .iter()
        .scan((0usize, 0usize), |(seg, prev_end), w| {
            let gap = &en[*prev_end..w.0];
            let spaced = gap.contains(char::is_whitespace);
            if gap.contains(';') || (spaced && gap.contains(['/', '.', ':', '|'])) {
                *seg += 1;
            }
            *prev_end = w.1;
            Some(*seg)
        })
        .collect();
    let (first, last) = (content[0].1, content[content.len() - 1].1);
    // (words covered, length, ends agreeing with the target's, start, end, mask)
    let mut best: Option<(u32, usize, u8, usize, usize, u64)> = None;
    for start in 0..en_words.len() {
        if mask_of(&en_words[start].2) == 0 {
            continue;
        }
        let mut mask = 0u64;
        let stop = en_words.len().min(start + max_len);
        for (end, word) in en_words.iter().enumerate().take(stop).skip(start) {
            if segment[end] != segment[start] {
                break;
            }
            let m = mask_of(&word.2);
            if m == 0 {
                continue;
            }
            mask |= m;
            let (n, len) = (mask.count_ones(), end - start + 1);
            let ends = u8::from(en_words[start].2 == first) + u8::from(word.2 == last);
            let better = best
                .is_none_or(|b| n > b.0 || (n == b.0 && (len < b.1 || (len == b.1 && ends > b.2))));
            if better {
                best = Some((n, len, ends, start, end, mask));
            }
        }
    }
    let Some((n, _, _, start, end, mask)) = best else {
        return OTHER.to_string();
    };
    if (n as usize) * 2 < content.len() {
        return OTHER.to_string();
    }
    // Widen towards the words it lacks, on the side they stand in the target.
    let covered: Vec<usize> = (0..content.len())
        .filter(|k| mask & (1 << k) != 0)
        .map(|k| content[k].0)
        .collect();
    let (lo, hi) = (
        covered.iter().copied().min().unwrap_or(0),
        covered.iter().copied().max().unwrap_or(0),
    );
    let lacking = (0..content.len()).filter(|k| mask & (1 << k) == 0);
    let before = lacking.clone().filter(|&k| content[k].0 < lo).count();
    let after = lacking.filter(|&k| content[k].0 > hi).count();
    let widen = |mut at: usize, mut n: usize, step: fn(usize) -> Option<usize>| {
        while n > 0 {
            let Some(next) = step(at).filter(|&i| i < en_words.len()) else {
                break;
            };
            at = next;
            n -= usize::from(!STOP.contains(&en_words[at].2.as_str()));
        }
        at
    };
    let s = widen(start, before, |i| i.checked_sub(1));
    let e = widen(end, after, |i| i.checked_add(1));
    let mut found = &en[en_words[s].0..en_words[e].1];
    // Close a parenthesis the wording opened.
    if found.matches('(').count() > found.matches(')').count()
        && en[en_words[e].1..].starts_with(')')
    {
        found = &en[en_words[s].0..=en_words[e].1];
    }
    // Capitalised only because it starts a sentence (the target is lower case).
    let head = en[..en_words[s].0].trim_end();
    let first_word = &en[en_words[s].0..en_words[s].1];
    let mut chars = first_word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    let lower_target = target_text.starts_with(char::is_lowercase);
    if lower_target && capitalised && (head.is_empty() || head.ends_with(['.', ':', ';'])) {
        let mut c = found.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        found.to_string()
    }
}

/// How an acronym printed in the Japanese appears in the English.
fn acronym(en: &str, acr: &str) -> String {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut bare = false;
    for (at, _) in en.match_indices(acr) {
        let mut end = at + acr.len();
        if en[end..].starts_with('s') && !word(en[end + 1..].chars().next()) {
            end += 1; // a plural: NCs
        }
        if word(en[..at].chars().next_back()) || word(en[end..].chars().next()) {
            continue;
        }
        let short = &en[at..end];
        if let Some(head) = en[..at].strip_suffix('(') {
            if en[end..].starts_with(')') {
                return match long_form(head.trim_end(), acr) {
                    Some(long) => format!("{long} ({short})"),
                    None => format!("… ({short})"),
                };
            }
        }
        if let Some(rest) = en[end..].strip_prefix(" (") {
            if let Some(close) = rest.find(')') {
                let inner = &rest[..close];
                if inner.split_whitespace().count() <= 2 * acr.len() + 3 {
                    return format!("{short} ({inner})");
                }
            }
        }
        bare = true;
    }
    if bare {
        acr.to_string()
    } else {
        "(not in the English)".to_string()
    }
}

/// The long form of `acr` at the end of `text`: the shortest run of words
/// ending there whose letters spell the acronym in order, its first letter
/// starting a word (Schwartz & Hearst 2003).
fn long_form<'a>(text: &'a str, acr: &str) -> Option<&'a str> {
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)
        .collect();
    let take = starts.len().min(2 * acr.chars().count() + 3);
    if take == 0 {
        return None;
    }
    let long = &text[starts[starts.len() - take]..];
    // A long form holds no parenthesis: look after the last one.
    let long = long.rsplit(['(', ')']).next().unwrap_or(long);
    let l: Vec<(usize, char)> = long
        .char_indices()
        .map(|(i, c)| (i, c.to_ascii_lowercase()))
        .collect();
    let s: Vec<char> = acr.chars().map(|c| c.to_ascii_lowercase()).collect();
    let (mut si, mut li) = (s.len() as isize - 1, l.len() as isize - 1);
    while si >= 0 {
        let c = s[si as usize];
        if !c.is_alphanumeric() {
            si -= 1;
            continue;
        }
        while li >= 0
            && (l[li as usize].1 != c
                || (si == 0 && li > 0 && l[li as usize - 1].1.is_alphanumeric()))
        {
            li -= 1;
        }
        if li < 0 {
            return None;
        }
        li -= 1;
        si -= 1;
    }
    let at = l[(li + 1) as usize].0;
    let begin = long[..at].rfind(char::is_whitespace).map_or(0, |p| p + 1);
    let found = long[begin..].trim();
    (found.chars().count() > acr.chars().count()).then_some(found)
}

impl fmt::Display for Review {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.termbase {
            Some([o, g, a]) => writeln!(
                f,
                "termbase: {o} official name(s), {g} glossary term(s), {a} exception(s)"
            )?,
            None => writeln!(f, "termbase: none (no locales/en/termbase/)")?,
        }
        writeln!(
            f,
            "glossary warnings: {} (a warning does not fail check or build)",
            self.warnings.len()
        )?;
        for w in &self.warnings {
            writeln!(f, "{w}")?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "consistency: the English of each term found in {RECURRING} or more texts, by rendering (! = rendered in more than one way)"
        )?;
        for t in &self.terms {
            let mark = if t.drifts() { '!' } else { ' ' };
            let prescribed = if t.prescribed.is_empty() {
                String::new()
            } else {
                format!(": {}", t.prescribed.join(" | "))
            };
            let renderings: Vec<String> = t
                .renderings
                .iter()
                .map(|r| {
                    let allowed = if r.allowed { " (allowed)" } else { "" };
                    format!("{} ×{}{allowed}", r.text, r.texts)
                })
                .collect();
            writeln!(
                f,
                "{mark} {} [{}{prescribed}] {} texts: {}",
                t.ja,
                t.kind.name(),
                t.texts,
                renderings.join(", ")
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(en: &str, target: &str) -> String {
        nearest(en, &words(en), target)
    }

    #[test]
    fn nearest_wording() {
        assert_eq!(
            near(
                "Support for core hospitals for clinical research in Japan.",
                "core clinical research hospitals"
            ),
            "core hospitals for clinical research"
        );
        assert_eq!(
            near("Phase 2 clinical trials of new drugs", "clinical studies"),
            "clinical trials"
        );
        assert_eq!(near("in peacetime", "normal times"), "(other wording)");
        assert_eq!(
            near(
                "Project for Promoting Clinical Trials at the NCs",
                "Program for Promoting Clinical Trials at the NCs"
            ),
            "Project for Promoting Clinical Trials at the NCs"
        );
        assert_eq!(
            near(
                "Practical Research Project for Renal Diseases / Practical Research Project for Immune and Allergic Diseases",
                "Practical Research Program for Immune and Allergic Diseases"
            ),
            "Practical Research Project for Immune and Allergic Diseases"
        );
        assert_eq!(
            near(
                "Clinical trials of drugs. Clinical trials",
                "clinical studies"
            ),
            "clinical trials"
        );
    }

    #[test]
    fn acronyms_and_their_long_forms() {
        assert_eq!(
            acronym(
                "with the Pharmaceuticals and Medical Devices Agency (PMDA) and others",
                "PMDA"
            ),
            "Pharmaceuticals and Medical Devices Agency (PMDA)"
        );
        assert_eq!(
            acronym("through the National Centers (NCs)", "NC"),
            "National Centers (NCs)"
        );
        assert_eq!(
            acronym("PHR (personal health record) services", "PHR"),
            "PHR (personal health record)"
        );
        assert_eq!(acronym("AI and IoT", "AI"), "AI");
        assert_eq!(acronym("AIMGAIN", "AI"), "(not in the English)");
        assert_eq!(acronym("an odd note (XYZ)", "XYZ"), "… (XYZ)");
        assert_eq!(
            acronym("Research on Medicine (Collaboration Type) (AMG)", "AMG"),
            "… (AMG)"
        );
    }
}
