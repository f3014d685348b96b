//! The one reader of a Fluent file: its messages in file order, each with its
//! id, line, placeable shape, comment metadata (fingerprint and `# source:`
//! lines) and formatted value. Every check takes its messages from here.
//!
//! A file larger than [`CHUNK`] is streamed: read in pieces, each parsed on
//! this thread while the consumer takes the messages of the pieces before on
//! another, so that neither the file nor its syntax tree is ever held whole.
//! Streaming gives up on the first thing a piece cannot settle alone: a bad
//! encoding, a syntax error (reported with its position in the whole file),
//! or a value with placeables (formatted with the whole file's messages and
//! terms). The consumer is then reset and the file read whole, as smaller
//! files are. Both ways give the same messages (see [`read_pieces`]).

use super::{LabelVars, STAMP};
use crate::diag::Diagnostics;
use crate::validate::rules;
use fluent::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
use std::collections::BTreeSet;
use std::path::Path;

/// Size of the pieces a large file is streamed in.
const CHUNK: usize = 4 << 20;

/// Messages handed to the consumer at a time, and how many such batches may
/// wait: a few thousand messages in flight, not a piece's worth or more.
const BATCH: usize = 1024;
const WAITING: usize = 4;

/// One message of a Fluent file, with what the checks need.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Message {
    pub id: String,
    /// Line of `id =` (1-based).
    pub line: usize,
    /// Placeables (`$var`, message and term references) and attribute names.
    pub shape: BTreeSet<String>,
    /// `# ja-sha256:` of the message comment: the fingerprint of the Japanese.
    pub fingerprint: Option<String>,
    /// `# source:` lines of the message comment.
    pub sources: Vec<String>,
    /// `# status:` of the message comment, as written (see [`super::status`]).
    pub status: Option<String>,
    /// The value formatted without variables, the text a fingerprint is taken
    /// of (a label's `{ $fiscal_year }` stays as written, so a new year in the
    /// data does not make every translation stale). `None` without a value.
    pub text: Option<String>,
    /// Interface labels only (the reader was given [`LabelVars`]).
    pub label: Option<Box<Label>>,
}

/// What the value of an interface label formats to with the label variables.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Label {
    /// The text the outputs show ("" without a value).
    pub value: String,
    /// The errors formatting it.
    pub errors: Vec<String>,
}

impl Message {
    /// The duplicate-message check: this message's id was already defined in
    /// its file, on line `first`.
    pub(crate) fn report_duplicate(&self, first: usize, shown: &str, diags: &mut Diagnostics) {
        diags.push(
            shown,
            self.line,
            1,
            &rules::DUPLICATE_MESSAGE,
            format!("message `{}` is already defined on line {first}", self.id),
        );
    }

    /// Reports the errors formatting a label's value.
    pub(crate) fn report_format_errors(&self, shown: &str, diags: &mut Diagnostics) {
        for e in self.label.iter().flat_map(|l| &l.errors) {
            diags.push(
                shown,
                self.line,
                1,
                &rules::FLUENT_FORMAT,
                format!("message `{}`: {e}", self.id),
            );
        }
    }
}

/// How to read a file.
pub(crate) struct Options<'a> {
    /// The language of the file (its number and plural rules).
    pub lang: &'a str,
    /// Interface labels: the variables their values are formatted with.
    pub vars: Option<&'a LabelVars>,
}

/// What takes the messages of a file, in file order.
pub(crate) trait Sink: Send {
    fn message(&mut self, m: Message, diags: &mut Diagnostics);
    /// Forgets every message taken so far: the file is read again.
    fn reset(&mut self);
}

impl Sink for Vec<Message> {
    fn message(&mut self, m: Message, _: &mut Diagnostics) {
        self.push(m);
    }
    fn reset(&mut self) {
        self.clear();
    }
}

/// Reads a Fluent file into `sink`. Problems of the file itself (unreadable,
/// byte-order mark, encoding, syntax) go to `diags`, and so do the sink's.
/// Returns `false` when the file could not be read: then the sink took nothing.
pub(crate) fn read<S: Sink>(
    path: &Path,
    shown: &str,
    opts: &Options<'_>,
    sink: &mut S,
    diags: &mut Diagnostics,
) -> bool {
    read_in(path, shown, opts, CHUNK, sink, diags)
}

/// The messages of a Fluent file, or `None` when it could not be read.
pub(crate) fn messages(
    path: &Path,
    shown: &str,
    opts: &Options<'_>,
    diags: &mut Diagnostics,
) -> Option<Vec<Message>> {
    let mut out = Vec::new();
    read(path, shown, opts, &mut out, diags).then_some(out)
}

/// [`read`] with pieces of `chunk` bytes.
fn read_in<S: Sink>(
    path: &Path,
    shown: &str,
    opts: &Options<'_>,
    chunk: usize,
    sink: &mut S,
    diags: &mut Diagnostics,
) -> bool {
    check_ending(path, shown, diags);
    let mut sink = Policy { inner: sink, shown };
    let large = std::fs::metadata(path).is_ok_and(|m| m.len() > chunk as u64);
    if large {
        let mut taken = Diagnostics::new();
        if stream(path, opts, chunk, &mut sink, &mut taken) {
            diags.extend(taken);
            return true;
        }
        sink.reset();
    }
    whole(path, shown, opts, &mut sink, diags)
}

/// A file our tools write ends with a line break; one that does not was
/// most likely cut short (a full disk, an interrupted copy), and its last
/// message would be published truncated.
fn check_ending(path: &Path, shown: &str, diags: &mut Diagnostics) {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut f) = std::fs::File::open(path) else {
        return; // reported by the reader
    };
    let mut last = [0u8; 1];
    let ends_well = match f.seek(SeekFrom::End(-1)) {
        Ok(_) => f.read_exact(&mut last).is_ok() && last[0] == b'\n',
        Err(_) => true, // an empty file
    };
    if !ends_well {
        let lines =
            std::fs::read(path).map_or(0, |b| 1 + b.iter().filter(|&&c| c == b'\n').count());
        diags.push(
            shown,
            lines,
            0,
            &rules::TRUNCATED_FILE,
            "the file does not end with a line break: was it cut short?",
        );
    }
}

/// Placeables nested deeper than this are refused before parsing (the
/// parser recurses once per level and would overflow the stack).
const MAX_NESTING: usize = 32;

/// The line of the first `{` nested deeper than [`MAX_NESTING`], if any.
fn too_deep(source: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut line = 1;
    for c in source.chars() {
        match c {
            '\n' => line += 1,
            '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(line);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Applies the character policy ([`crate::text`]) to every message's value
/// before handing it on.
struct Policy<'a, S> {
    inner: &'a mut S,
    shown: &'a str,
}

impl<S: Sink> Sink for Policy<'_, S> {
    fn message(&mut self, m: Message, diags: &mut Diagnostics) {
        let values = m.text.iter().chain(m.label.iter().map(|l| &l.value));
        let found = values
            .filter_map(|v| {
                crate::text::forbidden(v)
                    .or_else(|| v.chars().position(|c| c == '\r').map(|i| (i + 1, '\r')))
            })
            .next();
        if let Some((pos, c)) = found {
            diags.push(
                self.shown,
                m.line,
                1,
                &rules::FORBIDDEN_CHARACTER,
                format!(
                    "message `{}` contains {} at character {pos} of its value",
                    m.id,
                    crate::text::describe(c)
                ),
            );
        }
        self.inner.message(m, diags);
    }

    fn reset(&mut self) {
        self.inner.reset();
    }
}

/// Reads a whole file, reporting every problem it has.
fn whole<S: Sink>(
    path: &Path,
    shown: &str,
    opts: &Options<'_>,
    sink: &mut S,
    diags: &mut Diagnostics,
) -> bool {
    let Some(source) = read_utf8(path, shown, diags) else {
        return false;
    };
    if let Some(line) = too_deep(&source) {
        diags.push(
            shown,
            line,
            0,
            &rules::FLUENT_SYNTAX,
            format!("placeables are nested more than {MAX_NESTING} levels deep"),
        );
        return false;
    }
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let (line, col) = line_col(&source, e.pos.start);
                diags.push(shown, line, col, &rules::FLUENT_SYNTAX, e.to_string());
            }
            r
        }
    };
    let mut starts = Starts::new(&source, 1);
    let mut format = Formatter::new(&source, opts);
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let line = starts.line_of(m.id.name);
            if let Some(m) = message(m, line, opts, Some(&mut format)) {
                sink.message(m, diags);
            }
        }
    }
    true
}

/// Streams a file into `sink`: the pieces are read and parsed on this
/// thread, the sink takes their messages on another. `false` (with whatever
/// the sink took) when the file cannot be streamed: see [`read_pieces`].
fn stream<S: Sink>(
    path: &Path,
    opts: &Options<'_>,
    chunk: usize,
    sink: &mut S,
    diags: &mut Diagnostics,
) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Message>>(WAITING);
        let consumer = scope.spawn(move || {
            for batch in receive {
                for m in batch {
                    sink.message(m, diags);
                }
            }
        });
        let read = read_pieces(file, opts, chunk, &send);
        drop(send);
        if let Err(panic) = consumer.join() {
            std::panic::resume_unwind(panic);
        }
        read
    })
}

/// Reads a file in pieces of about `chunk` bytes, parses each and sends its
/// messages on. A piece is cut before a line at column 0 that starts with a
/// letter or `#` and follows a blank line. Such a line starts a new entry in
/// the whole file too (where junk also ends), except inside a placeable left
/// open across the blank line, and then the piece before it does not parse.
/// So a piece that parses without error parses as it does in the whole file.
///
/// `false` when the file cannot be read, has a byte-order mark or is not
/// UTF-8, or a piece has a syntax error or a value with placeables.
fn read_pieces(
    file: std::fs::File,
    opts: &Options<'_>,
    chunk: usize,
    send: &std::sync::mpsc::SyncSender<Vec<Message>>,
) -> bool {
    use std::io::BufRead;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let mut piece: Vec<u8> = Vec::with_capacity(chunk + (1 << 16));
    let mut line: Vec<u8> = Vec::new();
    let mut first_line = 1; // line number of the piece's first line
    let mut lines_in_piece = 0;
    let mut prev_blank = false;
    let mut at_start = true;
    loop {
        line.clear();
        let Ok(n) = reader.read_until(b'\n', &mut line) else {
            return false;
        };
        if at_start && line.starts_with(&[0xEF, 0xBB, 0xBF]) {
            return false;
        }
        at_start = false;
        let boundary = n == 0
            || (piece.len() >= chunk
                && prev_blank
                && line
                    .first()
                    .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'#'));
        if boundary && !piece.is_empty() {
            let Ok(source) = std::str::from_utf8(&piece) else {
                return false;
            };
            if !send_piece(source, first_line, opts, send) {
                return false;
            }
            first_line += lines_in_piece;
            lines_in_piece = 0;
            piece.clear();
        }
        if n == 0 {
            return true;
        }
        prev_blank = line.iter().all(|b| b.is_ascii_whitespace());
        piece.extend_from_slice(&line);
        lines_in_piece += 1;
    }
}

/// Parses a piece and sends its messages on, in batches. `false` when it
/// does not parse without error, has a value with placeables, or the
/// consumer hung up.
fn send_piece(
    source: &str,
    first_line: usize,
    opts: &Options<'_>,
    send: &std::sync::mpsc::SyncSender<Vec<Message>>,
) -> bool {
    if too_deep(source).is_some() {
        return false; // reported by the whole-file reading
    }
    let Ok(resource) = fluent_syntax::parser::parse(source) else {
        return false;
    };
    let mut starts = Starts::new(source, first_line);
    let mut batch = Vec::with_capacity(BATCH);
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let line = starts.line_of(m.id.name);
            let Some(m) = message(m, line, opts, None) else {
                return false;
            };
            batch.push(m);
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if send.send(full).is_err() {
                    return false;
                }
            }
        }
    }
    batch.is_empty() || send.send(batch).is_ok()
}

/// One parsed message. Without a formatter (streaming), `None` when the
/// value has placeables.
fn message(
    m: &ast::Message<&str>,
    line: usize,
    opts: &Options<'_>,
    format: Option<&mut Formatter<'_>>,
) -> Option<Message> {
    let mut shape = BTreeSet::new();
    if let Some(v) = &m.value {
        shape_of_pattern(v, &mut shape);
    }
    for a in &m.attributes {
        shape.insert(format!(".{}", a.id.name));
        shape_of_pattern(&a.value, &mut shape);
    }
    let comment = m.comment.as_ref().map_or(&[][..], |c| c.content.as_slice());
    let (fingerprint, sources, status) = comment_meta(comment);
    let (text, label) = match &m.value {
        None => (None, opts.vars.map(|_| Label::default())),
        Some(pattern) => match plain_text(pattern) {
            Some(text) => {
                let label = opts.vars.map(|_| Label {
                    value: text.clone(),
                    errors: Vec::new(),
                });
                (Some(text), label)
            }
            None => format?.format(pattern),
        },
    };
    Some(Message {
        id: m.id.name.to_string(),
        line,
        shape,
        fingerprint,
        sources,
        status,
        text,
        label: label.map(Box::new),
    })
}

/// The text of a value without placeables: the concatenation of its text
/// elements, which is exactly what a Fluent bundle formats.
fn plain_text(p: &ast::Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
}

/// Formats values with placeables in a bundle of the whole file, made on
/// first use (most files have no placeable).
struct Formatter<'a> {
    source: &'a str,
    lang: &'a str,
    args: Option<FluentArgs<'a>>,
    bundle: Option<FluentBundle<FluentResource>>,
}

impl<'a> Formatter<'a> {
    fn new(source: &'a str, opts: &Options<'a>) -> Self {
        Formatter {
            source,
            lang: opts.lang,
            args: opts.vars.map(LabelVars::args),
            bundle: None,
        }
    }

    /// The value without variables, and with the label variables when given.
    fn format(&mut self, pattern: &ast::Pattern<&str>) -> (Option<String>, Option<Label>) {
        let bundle = self.bundle.get_or_insert_with(|| {
            // Syntax errors were reported by the reader.
            let resource =
                FluentResource::try_new(self.source.to_string()).unwrap_or_else(|(r, _)| r);
            let mut bundle = FluentBundle::new(vec![self.lang.parse().unwrap_or_default()]);
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource); // duplicate ids are the checks' to report
            bundle
        });
        let label = self.args.as_ref().map(|args| {
            let mut errors = Vec::new();
            let value = bundle.format_pattern(pattern, Some(args), &mut errors);
            Label {
                value: value.into_owned(),
                errors: errors.iter().map(ToString::to_string).collect(),
            }
        });
        // Without the variables (for fingerprints): its errors are no output's.
        let text = bundle.format_pattern(pattern, None, &mut Vec::new());
        (Some(text.into_owned()), label)
    }
}

/// The lines that start a message (`id =`), to give each parsed message its
/// line: the first such line with its id after the previous message's. In a
/// piece that parses without error, every such line starts a message: each
/// message finds its own line, as in the whole file.
struct Starts<'s> {
    lines: Vec<(usize, &'s str)>,
    cursor: usize,
}

impl<'s> Starts<'s> {
    fn new(source: &'s str, first_line: usize) -> Self {
        let lines = source
            .lines()
            .enumerate()
            .filter_map(|(i, l)| message_start(l).map(|id| (i + first_line, id)))
            .collect();
        Starts { lines, cursor: 0 }
    }

    /// The line of the next message, `id`; 0 when no line starts it.
    fn line_of(&mut self, id: &str) -> usize {
        let Some(p) = self.lines[self.cursor..].iter().position(|&(_, s)| s == id) else {
            return 0;
        };
        self.cursor += p + 1;
        self.lines[self.cursor - 1].0
    }
}

/// The id of a line that starts a message (`id =`), if it does.
pub(crate) fn message_start(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len());
    let (id, rest) = line.split_at(end);
    let ok =
        id.starts_with(|c: char| c.is_ascii_alphabetic()) && rest.trim_start().starts_with('=');
    ok.then_some(id)
}

/// The fingerprint (`# ja-sha256:`), official-name sources (`# source:`)
/// and review status (`# status:`) in the comment lines of a message.
fn comment_meta(comment: &[&str]) -> (Option<String>, Vec<String>, Option<String>) {
    let field = |l: &&str, key: &str| l.trim().strip_prefix(key).map(|s| s.trim().to_string());
    let fingerprint = comment.iter().find_map(|l| field(l, STAMP));
    let sources = comment.iter().filter_map(|l| field(l, "source:")).collect();
    let status = comment.iter().find_map(|l| field(l, super::status::KEY));
    (fingerprint, sources, status)
}

fn shape_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            out.insert(shape_of_expression(expression));
        }
    }
}

fn shape_of_expression(e: &ast::Expression<&str>) -> String {
    match e {
        ast::Expression::Select { selector, .. } => format!("select {}", shape_of_inline(selector)),
        ast::Expression::Inline(i) => shape_of_inline(i),
    }
}

fn shape_of_inline(i: &ast::InlineExpression<&str>) -> String {
    match i {
        ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
        ast::InlineExpression::MessageReference { id, .. } => id.name.to_string(),
        ast::InlineExpression::TermReference { id, .. } => format!("-{}", id.name),
        ast::InlineExpression::FunctionReference { id, .. } => format!("{}()", id.name),
        ast::InlineExpression::Placeable { expression } => shape_of_expression(expression),
        _ => "literal".to_string(),
    }
}

/// Byte offset -> (line, column), both 1-based, column in characters.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Reads a Fluent file as UTF-8 without BOM; reports a BOM or bad encoding
/// with its line, like the CSV loader does.
fn read_utf8(path: &Path, shown: &str, diags: &mut Diagnostics) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(
                shown,
                0,
                0,
                &rules::IO,
                format!("cannot read the file: {e}"),
            );
            return None;
        }
    };
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        diags.push(
            shown,
            1,
            1,
            &rules::BOM,
            "the file starts with a UTF-8 byte-order mark; Fluent files are UTF-8 without BOM",
        );
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            diags.push(
                shown,
                line,
                0,
                &rules::ENCODING,
                format!("invalid UTF-8 at byte {offset} (is the file Shift_JIS?); Fluent files must be UTF-8"),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Fluent file with every kind of entry a clean data file may have.
    const CLEAN: &str = "\
### Resource comment

## Group comment

# A standalone comment.

# source: https://example.jp/a
# ja-sha256: 0123456789abcdef
a1__name = One
    continued on a second line

-term = A term
    .attr = With an attribute

b2__name = Two
    .title = An attribute { $var }
# ja-sha256: fedcba9876543210
c3__name =
    Starts on its own line

c3__name = Defined twice
d4__name = Four
";

    struct File(std::path::PathBuf);

    impl File {
        fn new(name: &str, text: &str) -> Self {
            let path = std::env::temp_dir()
                .join(format!("amed-l10n-read-{}-{name}.ftl", std::process::id()));
            std::fs::write(&path, text).expect("test file");
            File(path)
        }
    }

    impl Drop for File {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    const OPTS: Options<'static> = Options {
        lang: "en",
        vars: None,
    };

    fn whole_read(f: &File) -> (Vec<Message>, Vec<crate::diag::Diagnostic>) {
        let (mut out, mut diags) = (Vec::new(), Diagnostics::new());
        assert!(whole(&f.0, "f.ftl", &OPTS, &mut out, &mut diags));
        (out, diags.into_sorted())
    }

    fn streamed(f: &File, chunk: usize) -> Option<Vec<Message>> {
        let (mut out, mut diags) = (Vec::new(), Diagnostics::new());
        let ok = stream(&f.0, &OPTS, chunk, &mut out, &mut diags);
        assert!(diags.is_empty());
        ok.then_some(out)
    }

    #[test]
    fn streaming_gives_the_messages_of_the_whole_file() {
        let f = File::new("clean", CLEAN);
        let (whole, diags) = whole_read(&f);
        assert!(diags.is_empty(), "{diags:?}");
        let ids: Vec<(&str, usize)> = whole.iter().map(|m| (m.id.as_str(), m.line)).collect();
        assert_eq!(
            ids,
            [
                ("a1__name", 9),
                ("b2__name", 15),
                ("c3__name", 18),
                ("c3__name", 21),
                ("d4__name", 22)
            ]
        );
        assert_eq!(
            whole[0].text.as_deref(),
            Some("One\ncontinued on a second line")
        );
        assert_eq!(whole[0].sources, ["https://example.jp/a"]);
        assert_eq!(whole[0].fingerprint.as_deref(), Some("0123456789abcdef"));
        let shape: Vec<&str> = whole[1].shape.iter().map(String::as_str).collect();
        assert_eq!(shape, ["$var", ".title"]);
        for chunk in [1, 8, 40, 100, 1 << 20] {
            assert_eq!(streamed(&f, chunk).as_ref(), Some(&whole), "chunk {chunk}");
        }
    }

    #[test]
    fn what_a_piece_cannot_settle_is_read_whole() {
        // A value with placeables; a placeable open across a blank line, which
        // is valid in the whole file but not in the piece before the cut.
        let placeable = "a = One\n\nb = { a }\n\nc = Three\n";
        let open = "a = One\n\nb = {\n\na\n}\n\nc = Three\n";
        let broken = "a = One\n\nb = Two\n\nc = { Three\n\nd = Four\n";
        for (name, text) in [("placeable", placeable), ("open", open), ("broken", broken)] {
            let f = File::new(name, text);
            assert_eq!(streamed(&f, 1), None, "{name}");
            let (whole, diags) = whole_read(&f);
            let (mut read, mut read_diags) = (Vec::new(), Diagnostics::new());
            assert!(read_in(&f.0, "f.ftl", &OPTS, 1, &mut read, &mut read_diags));
            assert_eq!(read, whole, "{name}");
            assert_eq!(read_diags.into_sorted(), diags, "{name}");
        }
        let f = File::new("open", open);
        let (whole, diags) = whole_read(&f);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(whole[1].text.as_deref(), Some("One"));
    }

    #[test]
    fn a_bad_encoding_is_reported_as_in_the_whole_file() {
        let mut bytes = b"a = One\n\nb = Two\n\nc = ".to_vec();
        bytes.extend_from_slice(&[0x82, 0xa0, b'\n']);
        let path =
            std::env::temp_dir().join(format!("amed-l10n-read-{}-sjis.ftl", std::process::id()));
        std::fs::write(&path, &bytes).expect("test file");
        let f = File(path);
        let (mut read, mut diags) = (Vec::new(), Diagnostics::new());
        assert!(!read_in(&f.0, "f.ftl", &OPTS, 1, &mut read, &mut diags));
        assert!(read.is_empty());
        let shown: Vec<String> = diags
            .into_sorted()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            shown,
            ["f.ftl:5: encoding: invalid UTF-8 at byte 22 (is the file Shift_JIS?); Fluent files must be UTF-8"]
        );
    }
}
