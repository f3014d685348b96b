//! XLIFF 1.2 (OASIS Standard, 2008): the version every CAT tool reads and
//! writes back. OmegaT, Trados Studio, memoQ, Okapi (Rainbow, CheckMate),
//! Weblate and Pootle (translate-toolkit) all take 1.2; XLIFF 2.x support
//! varies by tool and version (translate-toolkit reads 2.0 only in its
//! latest releases), and 2.x gives this data nothing that 1.2 lacks
//! (plain-text units, notes, a review state).
//!
//! One `<file>` per table (`original`: its English file), one `<trans-unit>`
//! per text, `id` and `resname` the message id, `xml:space="preserve"`:
//!
//! - `<source xml:lang="ja">`: the Japanese now;
//! - `<target xml:lang="en">`: the English to start from (absent when there
//!   is none), with the status as `state`: `needs-review-translation`
//!   (stale), `translated` (provisional), `translated` with
//!   `state-qualifier="leveraged-mt"` (machine), `final` with
//!   `approved="yes"` (reviewed);
//! - `<note from="amed-budget">`s: table, record and column; the status;
//!   for a stale text the Japanese the English was made from and the change
//!   (`[-removed-]{+inserted+}`); the termbase rows that apply; the
//!   message's comment lines (official-name sources);
//! - `<note from="translator">`: the translator comments, kept in the
//!   locales as `# comment:` lines;
//! - `extradata`: the base the unit was exported from (see [`super::Base`]).
//!
//! Read back: a `final` or `signed-off` target (unless `approved="no"`) is
//! reviewed; `translated` (or no state) is provisional, or machine with an
//! MT qualifier (`leveraged-mt`, `mt-suggestion`); `needs-review-*` is
//! stale and `new` / `needs-*` (or no target) missing, which decide
//! nothing. (translate-toolkit and Pootle count a `final` target as signed
//! off only with `approved="yes"`; tools that never write `approved` are
//! read by their `state`.) Notes not from `amed-budget` are translator
//! comments.

use super::import::{Loc, Row};
use super::{change_note, context, status_note, Effective, Entry};
use crate::diag::Diagnostics;
use crate::model::Dataset;
use crate::validate::rules;
use std::fmt::Write as _;

/// The namespace of XLIFF 1.2.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Who our notes are from.
const US: &str = "amed-budget";

/// Text for XML: escaped, and any character XML 1.0 cannot hold replaced.
fn esc(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

fn e(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    esc(s, &mut out);
    out
}

const HOW: &str = "English translations of the texts of the release. Translate or review each unit's target. \
Mark a unit reviewed only after checking it against the Japanese: state=\"final\" (or signed-off); \
the import records the date and the fingerprint of this Japanese. state=\"translated\" is provisional \
(translated, not reviewed); with state-qualifier=\"leveraged-mt\" it is a machine translation. \
A stale unit (needs-review-translation: the Japanese changed since the English was made) or a missing one \
decides nothing until you change it; a new target without a decision is provisional. \
Write one line, without { or } (Fluent placeables), and official names as the termbase notes give them. \
Notes from the translator are kept with the message. Do not change ids, sources or extradata.";

/// The XLIFF file of the entries.
pub fn write(ds: &Dataset, entries: &[&Entry]) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<xliff version=\"1.2\" xmlns=\"{NAMESPACE}\">");
    let product = e(ds.doc_str("id"));
    let mut groups: Vec<(&str, Vec<&Entry>)> = Vec::new();
    for &en in entries {
        match groups.last_mut() {
            Some((t, v)) if *t == en.table => v.push(en),
            _ => groups.push((en.table, vec![en])),
        }
    }
    if groups.is_empty() {
        // A file needs one <file>: an empty one says that nothing matched.
        let _ = writeln!(
            out,
            "  <file original=\"(nothing to translate)\" source-language=\"ja\" target-language=\"en\" datatype=\"plaintext\" product-name=\"{product}\">\n    <header>\n      <note from=\"{US}\">{}</note>\n    </header>\n    <body/>\n  </file>",
            e(HOW)
        );
    }
    for (i, (table, units)) in groups.iter().enumerate() {
        let _ = writeln!(
            out,
            "  <file original=\"locales/en/data/{}.ftl\" source-language=\"ja\" target-language=\"en\" datatype=\"plaintext\" product-name=\"{product}\">",
            e(table)
        );
        // How to work is said once, in the first file's header.
        let head = if i == 0 {
            HOW.to_string()
        } else {
            format!("The texts of table `{table}`.")
        };
        let _ = writeln!(
            out,
            "    <header>\n      <note from=\"{US}\">{}</note>\n    </header>\n    <body>",
            e(&head)
        );
        for en in units {
            unit(en, &mut out);
        }
        out.push_str("    </body>\n  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn unit(en: &Entry, out: &mut String) {
    let effective = en.effective();
    let approved = if effective == Effective::Reviewed {
        " approved=\"yes\""
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "      <trans-unit id=\"{id}\" resname=\"{id}\" extradata=\"{}\"{approved} xml:space=\"preserve\">",
        e(&en.base().token()),
        id = e(&en.id),
    );
    let _ = writeln!(
        out,
        "        <source xml:lang=\"ja\">{}</source>",
        e(&en.japanese)
    );
    if let Some(english) = &en.english {
        let state = match effective {
            Effective::Stale => "state=\"needs-review-translation\"",
            Effective::Machine => "state=\"translated\" state-qualifier=\"leveraged-mt\"",
            Effective::Reviewed => "state=\"final\"",
            _ => "state=\"translated\"",
        };
        let _ = writeln!(
            out,
            "        <target xml:lang=\"en\" {state}>{}</target>",
            e(english)
        );
    }
    let note = |out: &mut String, annotates: &str, text: &str| {
        let _ = writeln!(
            out,
            "        <note from=\"{US}\"{annotates}>{}</note>",
            e(text)
        );
    };
    note(out, " annotates=\"source\"", &context(en));
    note(out, "", &status_note(en));
    if effective == Effective::Stale {
        match (&en.previous, change_note(en)) {
            (Some(old), Some(change)) => {
                note(
                    out,
                    " annotates=\"source\"",
                    &format!("Japanese the English was made from: {old}"),
                );
                note(
                    out,
                    " annotates=\"source\"",
                    &format!("Change ([-removed-]{{+inserted+}}): {change}"),
                );
            }
            _ => note(
                out,
                " annotates=\"source\"",
                "The Japanese the English was made from is not recorded.",
            ),
        }
    }
    for h in &en.terms {
        note(out, "", &format!("Term: {}", h.line()));
    }
    for n in &en.notes {
        note(out, "", &format!("From the locales: {n}"));
    }
    if !en.comments.is_empty() {
        let _ = writeln!(
            out,
            "        <note from=\"translator\">{}</note>",
            e(&en.comments.join("\n"))
        );
    }
    out.push_str("      </trans-unit>\n");
}

/// What is being read inside a unit.
#[derive(Clone, Copy, PartialEq)]
enum Capture {
    Source,
    Target,
    Note,
}

#[derive(Default)]
struct Unit {
    line: usize,
    id: Option<String>,
    table: Option<String>,
    approved: Option<String>,
    extradata: Option<String>,
    source: Option<(String, usize)>,
    target: Option<(String, usize)>,
    state: Option<String>,
    qualifier: Option<String>,
    notes: Vec<(Option<String>, String)>,
    inline: Vec<String>,
}

/// Elements of inline code (placeholders, paired codes): the text has none.
const CODES: [&str; 8] = ["x", "bx", "ex", "ph", "bpt", "ept", "it", "sub"];

/// The rows of an XLIFF 1.2 file, or `None` (with the problem) when the
/// file is not well-formed XLIFF 1.2.
pub fn read(bytes: &[u8], shown: &str, diags: &mut Diagnostics) -> Option<Vec<Row>> {
    use quick_xml::events::Event;
    let fail = |diags: &mut Diagnostics, line: usize, why: String| {
        diags.push(shown, line, 0, &rules::IMPORT_FORMAT, why);
        None
    };
    let Ok(src) = std::str::from_utf8(bytes) else {
        return fail(diags, 0, "the XLIFF file is not UTF-8".into());
    };
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let line_at = |pos: usize| {
        1 + src.as_bytes()[..pos.min(src.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    };
    let mut reader = quick_xml::Reader::from_str(src);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<String> = Vec::new();
    let mut table: Option<String> = None;
    let mut unit: Option<Unit> = None;
    let mut capture: Option<(Capture, usize, String, Option<String>)> = None; // kind, depth, text, from
    let mut skip_depth: Option<usize> = None; // inside inline code or seg-source
    let mut rows = Vec::new();
    let mut seen_root = false;
    loop {
        let pos = reader.buffer_position() as usize;
        let event = match reader.read_event() {
            Ok(ev) => ev,
            Err(err) => {
                let at = line_at(reader.error_position() as usize);
                return fail(
                    diags,
                    at,
                    format!("the XLIFF file is not well-formed XML: {err}"),
                );
            }
        };
        let line = line_at(pos);
        match event {
            Event::Start(ref el) | Event::Empty(ref el) => {
                let empty = matches!(event, Event::Empty(_));
                let name = el.local_name().as_ref().to_string();
                let mut attrs: Vec<(String, String)> = Vec::new();
                for a in el.attributes() {
                    let Ok(a) = a else {
                        return fail(diags, line, format!("a malformed attribute of <{name}>"));
                    };
                    let key = a.key.local_name().as_ref().to_string();
                    let value = match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                        Ok(v) => v.into_owned(),
                        Err(err) => {
                            return fail(
                                diags,
                                line,
                                format!("attribute `{key}` of <{name}>: {err}"),
                            )
                        }
                    };
                    attrs.push((key, value));
                }
                let attr = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
                let parent = stack.last().map(String::as_str);
                if !seen_root {
                    seen_root = true;
                    let version = attr("version").unwrap_or_default();
                    if name != "xliff" || version != "1.2" {
                        return fail(
                            diags,
                            line,
                            format!(
                                "not XLIFF 1.2 (root <{name}> version `{version}`): `l10n export` writes XLIFF 1.2; save the translated file as XLIFF 1.2"
                            ),
                        );
                    }
                }
                if skip_depth.is_some() {
                    // inside inline code or a segmented source: nothing to take
                } else if let Some((kind, _, _, _)) = capture.as_ref() {
                    // <mrk>, <g>: their text is the unit's text; inline
                    // codes are not text, and a target must have none.
                    if CODES.contains(&name.as_str()) {
                        if let (Capture::Target, Some(u)) = (kind, unit.as_mut()) {
                            u.inline.push(name.clone());
                        }
                        if !empty {
                            skip_depth = Some(stack.len() + 1);
                        }
                    }
                } else {
                    match (name.as_str(), parent) {
                        ("file", _) => {
                            table = attr("original").map(|o| {
                                let base = o.rsplit(['/', '\\']).next().unwrap_or(&o).to_string();
                                base.strip_suffix(".ftl").unwrap_or(&base).to_string()
                            });
                        }
                        ("trans-unit", _) => {
                            unit = Some(Unit {
                                line,
                                id: attr("id"),
                                table: table.clone(),
                                approved: attr("approved"),
                                extradata: attr("extradata"),
                                ..Default::default()
                            });
                        }
                        ("source", Some("trans-unit")) if !empty => {
                            capture = Some((Capture::Source, stack.len() + 1, String::new(), None));
                            if let Some(u) = unit.as_mut() {
                                u.source = Some((String::new(), line));
                            }
                        }
                        ("source", Some("trans-unit")) => {
                            if let Some(u) = unit.as_mut() {
                                u.source = Some((String::new(), line));
                            }
                        }
                        ("target", Some("trans-unit")) => {
                            if let Some(u) = unit.as_mut() {
                                u.state = attr("state");
                                u.qualifier = attr("state-qualifier");
                                u.target = Some((String::new(), line));
                            }
                            if !empty {
                                capture =
                                    Some((Capture::Target, stack.len() + 1, String::new(), None));
                            }
                        }
                        ("note", Some("trans-unit")) if !empty => {
                            capture =
                                Some((Capture::Note, stack.len() + 1, String::new(), attr("from")));
                        }
                        ("seg-source" | "alt-trans", Some("trans-unit")) if !empty => {
                            skip_depth = Some(stack.len() + 1);
                        }
                        _ => {}
                    }
                }
                if !empty {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                let depth = stack.len();
                let name = stack.pop().unwrap_or_default();
                if skip_depth == Some(depth) {
                    skip_depth = None;
                } else if capture.as_ref().is_some_and(|c| c.1 == depth) {
                    let (kind, _, text, from) =
                        capture
                            .take()
                            .unwrap_or((Capture::Note, 0, String::new(), None));
                    if let Some(u) = unit.as_mut() {
                        match kind {
                            Capture::Source => {
                                if let Some(s) = u.source.as_mut() {
                                    s.0 = text;
                                }
                            }
                            Capture::Target => {
                                if let Some(t) = u.target.as_mut() {
                                    t.0 = text;
                                }
                            }
                            Capture::Note => u.notes.push((from, text)),
                        }
                    }
                } else if name == "trans-unit" {
                    if let Some(u) = unit.take() {
                        match row_of(u) {
                            Ok(r) => rows.push(r),
                            Err((l, why)) => {
                                diags.push(shown, l, 0, &rules::IMPORT_FORMAT, why);
                            }
                        }
                    }
                } else if name == "file" {
                    table = None;
                }
            }
            Event::Text(t) if skip_depth.is_none() => {
                if let Some((_, _, text, _)) = capture.as_mut() {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) if skip_depth.is_none() => {
                if let Some((_, _, text, _)) = capture.as_mut() {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let c = if r.is_char_ref() {
                    r.resolve_char_ref().ok().flatten().map(String::from)
                } else {
                    match &*r.into_inner() {
                        "amp" => Some("&".into()),
                        "lt" => Some("<".into()),
                        "gt" => Some(">".into()),
                        "quot" => Some("\"".into()),
                        "apos" => Some("'".into()),
                        _ => None,
                    }
                };
                let Some(c) = c else {
                    return fail(
                        diags,
                        line,
                        "an unknown entity or character reference".into(),
                    );
                };
                if skip_depth.is_none() {
                    if let Some((_, _, text, _)) = capture.as_mut() {
                        text.push_str(&c);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return fail(diags, 1, "the file holds no XML element".into());
    }
    Some(rows)
}

/// A unit as an import row.
fn row_of(u: Unit) -> Result<Row, (usize, String)> {
    let Some(id) = u.id else {
        return Err((u.line, "a <trans-unit> without an id".into()));
    };
    let Some((japanese, source_line)) = u.source else {
        return Err((u.line, format!("unit `{id}` has no <source>")));
    };
    let has_target = u.target.is_some();
    let (english, target_line) = u.target.clone().unwrap_or((String::new(), u.line));
    let status = match u.state.as_deref() {
        _ if !has_target => "missing",
        Some("final" | "signed-off") if u.approved.as_deref() != Some("no") => "reviewed",
        Some(s) if s.starts_with("needs-review") => "stale",
        Some("new" | "needs-translation" | "needs-adaptation" | "needs-l10n") => "missing",
        None if english.is_empty() => "missing",
        _ => match u.qualifier.as_deref() {
            Some("leveraged-mt" | "mt-suggestion") => "machine",
            _ => "provisional",
        },
    };
    let comments: Vec<String> = u
        .notes
        .iter()
        .filter(|(from, _)| from.as_deref() != Some(US))
        .flat_map(|(_, t)| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    let at = |line| Loc { line, column: 0 };
    Ok(Row {
        at: at(u.line),
        id,
        table: u.table,
        japanese: (japanese, at(source_line)),
        english: (english, at(target_line)),
        inline_codes: u.inline,
        status: (status.to_string(), at(target_line)),
        comments: (comments, at(u.line)),
        base: u.extradata,
        what: "unit",
    })
}
