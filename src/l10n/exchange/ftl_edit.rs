//! Rewriting messages of a Fluent file in place, line by line: every line
//! of a message that does not change, and every other line of the file,
//! stays as it was (comments, `# source:` lines, blank lines, order).
//!
//! A message is its comment block (the `#` lines right above it, not `##`
//! or `###`), its first line `id = ...` and its continuation lines (indented,
//! possibly after blank lines). A change may set the value (written on the
//! first line), the status line, the fingerprint line and the translator
//! comments; the lines it sets are put where the old ones were, or else
//! before the fingerprint, which stays last, as `restamp` writes it.

use super::super::read::message_start;
use super::super::{status, Status, STAMP};
use std::collections::{BTreeMap, HashMap};

/// The key of a translator comment line (`# comment: ...`).
pub const COMMENT: &str = "comment:";

/// What to change in one message (`None`: keep).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Change {
    pub english: Option<String>,
    pub status: Option<Status>,
    /// The fingerprint to record.
    pub stamp: Option<String>,
    pub comments: Option<Vec<String>>,
}

/// A message to add: its id, the id of the message it goes after, its lines.
pub type Added = (String, Option<String>, Change);

/// A message's lines: comment block `comment.0..start`, value `start..end`.
struct Span {
    id: String,
    comment: usize,
    start: usize,
    end: usize,
}

fn spans(lines: &[&str]) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(id) = message_start(line) else {
            continue;
        };
        let mut comment = i;
        while comment > 0 && is_message_comment(lines[comment - 1]) {
            comment -= 1;
        }
        let mut end = i + 1;
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j];
            if l.trim().is_empty() {
                j += 1;
            } else if l.starts_with(' ') {
                j += 1;
                end = j;
            } else {
                break;
            }
        }
        out.push(Span {
            id: id.to_string(),
            comment,
            start: i,
            end,
        });
    }
    out
}

fn is_message_comment(line: &str) -> bool {
    line.starts_with('#') && !line.starts_with("##")
}

/// The text of a comment line after `#` and one space.
fn body(line: &str) -> &str {
    let l = line.strip_prefix('#').unwrap_or(line);
    l.strip_prefix(' ').unwrap_or(l)
}

/// The comment lines (without `# `) of the first message of each id.
pub fn comments(source: &str) -> HashMap<String, Vec<String>> {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = HashMap::new();
    for s in spans(&lines) {
        out.entry(s.id).or_insert_with(|| {
            lines[s.comment..s.start]
                .iter()
                .map(|l| body(l).to_string())
                .collect()
        });
    }
    out
}

/// Whether a comment line is of the key (`status:`, `ja-sha256:`, `comment:`).
fn keyed(line: &str, key: &str) -> bool {
    body(line).trim_start().starts_with(key)
}

/// Replaces the lines of `key` by `new` (none: removes them): at the first
/// old line, or else before the fingerprint line, or else at the end.
fn set_lines(block: &mut Vec<String>, key: &str, new: Vec<String>) {
    let at = block.iter().position(|l| keyed(l, key));
    block.retain(|l| !keyed(l, key));
    let at = at.unwrap_or_else(|| {
        block
            .iter()
            .position(|l| keyed(l, STAMP))
            .unwrap_or(block.len())
    });
    for (k, l) in new.into_iter().enumerate() {
        block.insert(at + k, l);
    }
}

fn apply_to_block(block: &mut Vec<String>, c: &Change) {
    if let Some(comments) = &c.comments {
        let lines = comments
            .iter()
            .map(|t| format!("# {COMMENT} {t}"))
            .collect();
        set_lines(block, COMMENT, lines);
    }
    if let Some(s) = c.status {
        let lines = s.comment().map(|l| format!("# {l}")).into_iter().collect();
        set_lines(block, status::KEY, lines);
    }
    if let Some(fp) = &c.stamp {
        // The fingerprint line stays the last line of the block.
        block.retain(|l| !keyed(l, STAMP));
        block.push(format!("# {STAMP} {fp}"));
    }
}

/// The lines of a new message.
fn new_message(id: &str, c: &Change) -> Vec<String> {
    let mut block = Vec::new();
    apply_to_block(&mut block, c);
    block.push(format!("{id} = {}", c.english.as_deref().unwrap_or("")));
    block
}

/// `source` with the changes made: `changes` to messages it holds (the
/// first definition of each id), and `added` messages it does not hold,
/// each after the message of the id given (or at the end).
pub fn apply(source: &str, changes: &BTreeMap<String, Change>, added: &[Added]) -> String {
    let newline = if source.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let lines: Vec<&str> = source.lines().collect();
    let spans = spans(&lines);
    let mut seen = std::collections::HashSet::new();
    let mut after: HashMap<&str, Vec<&Added>> = HashMap::new();
    let mut at_end = Vec::new();
    let held: std::collections::HashSet<&str> = spans.iter().map(|s| s.id.as_str()).collect();
    for a in added {
        match &a.1 {
            Some(prev) if held.contains(prev.as_str()) => {
                after.entry(prev.as_str()).or_default().push(a)
            }
            _ => at_end.push(a),
        }
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 4 * added.len());
    let mut next = 0;
    for s in &spans {
        let first = seen.insert(s.id.as_str());
        let change = changes.get(&s.id).filter(|_| first);
        let inserts = if first {
            after.remove(s.id.as_str())
        } else {
            None
        };
        if change.is_none() && inserts.is_none() {
            continue;
        }
        out.extend(lines[next..s.comment].iter().map(|l| l.to_string()));
        let mut block: Vec<String> = lines[s.comment..s.start]
            .iter()
            .map(|l| l.to_string())
            .collect();
        match change {
            Some(c) => {
                apply_to_block(&mut block, c);
                out.extend(block);
                match &c.english {
                    Some(en) => out.push(format!("{} = {en}", s.id)),
                    None => out.extend(lines[s.start..s.end].iter().map(|l| l.to_string())),
                }
            }
            None => {
                out.extend(block);
                out.extend(lines[s.start..s.end].iter().map(|l| l.to_string()));
            }
        }
        next = s.end;
        for (id, _, c) in inserts.into_iter().flatten() {
            out.push(String::new());
            out.extend(new_message(id, c));
        }
    }
    out.extend(lines[next..].iter().map(|l| l.to_string()));
    for (id, _, c) in at_end {
        while out.last().is_some_and(|l| l.trim().is_empty()) {
            out.pop();
        }
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(new_message(id, c));
    }
    let mut text = out.join(newline);
    if !text.is_empty() {
        text.push_str(newline);
    }
    text
}

/// The value of every message of a Fluent text that has no placeable, by
/// id (first definition), to check a rewrite: `None` for a value with
/// placeables. `Err` when the text does not parse.
pub fn values(source: &str) -> Result<HashMap<String, Option<String>>, String> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| errors.first().map(|e| e.to_string()).unwrap_or_default())?;
    let mut out = HashMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let text = m.value.as_ref().and_then(|p| {
                let mut t = String::new();
                for el in &p.elements {
                    match el {
                        ast::PatternElement::TextElement { value } => t.push_str(value),
                        ast::PatternElement::Placeable { .. } => return None,
                    }
                }
                Some(t)
            });
            out.entry(m.id.name.to_string()).or_insert(text);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
### Resource comment

# source: https://example.jp/a
# ja-sha256: 0123456789abcdef
a__name = One

# status: reviewed 2026-12-01
# ja-sha256: 1111111111111111
b__name =
    Two on its own line

c__name = Three
";

    fn change(english: Option<&str>, status: Option<Status>, stamp: Option<&str>) -> Change {
        Change {
            english: english.map(String::from),
            status,
            stamp: stamp.map(String::from),
            comments: None,
        }
    }

    #[test]
    fn only_the_changed_lines_change() {
        assert_eq!(apply(FILE, &BTreeMap::new(), &[]), FILE);
        let mut changes = BTreeMap::new();
        changes.insert(
            "a__name".to_string(),
            change(Some("Uno"), Some(Status::Machine), Some("fedcba9876543210")),
        );
        changes.insert(
            "b__name".to_string(),
            Change {
                status: Some(Status::Provisional),
                comments: Some(vec!["check the term".into()]),
                ..Default::default()
            },
        );
        let out = apply(FILE, &changes, &[]);
        assert_eq!(
            out,
            "\
### Resource comment

# source: https://example.jp/a
# status: machine
# ja-sha256: fedcba9876543210
a__name = Uno

# comment: check the term
# ja-sha256: 1111111111111111
b__name =
    Two on its own line

c__name = Three
"
        );
        let v = values(&out).expect("parses");
        assert_eq!(v["a__name"].as_deref(), Some("Uno"));
        assert_eq!(v["b__name"].as_deref(), Some("Two on its own line"));
        let c = comments(&out);
        assert_eq!(
            c["b__name"],
            ["comment: check the term", "ja-sha256: 1111111111111111"]
        );
    }

    #[test]
    fn new_messages_go_after_the_message_before_them() {
        let added = vec![
            (
                "a__note".to_string(),
                Some("a__name".to_string()),
                change(Some("A note"), None, Some("2222222222222222")),
            ),
            (
                "z__name".to_string(),
                None,
                change(Some("Last"), None, None),
            ),
        ];
        let out = apply(FILE, &BTreeMap::new(), &added);
        assert!(
            out.contains(
                "a__name = One\n\n# ja-sha256: 2222222222222222\na__note = A note\n\n# status:"
            ),
            "{out}"
        );
        assert!(
            out.ends_with("c__name = Three\n\nz__name = Last\n"),
            "{out}"
        );
        assert_eq!(apply("", &BTreeMap::new(), &added[1..]), "z__name = Last\n");
    }
}
