//! Diagnostics: every problem found in one run, each with its location and rule.

use crate::validate::rules::Rule;
use std::fmt;

/// One problem in the inputs, printed as `file:line:column: rule: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column (a CSV field number, or a character column in a Fluent file); 0 when unknown.
    pub column: usize,
    pub rule: &'static Rule,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {}: ", self.rule.name)?;
        // One line per problem, and nothing invisible: a value quoted in a
        // message may hold line breaks or control characters.
        for c in self.message.chars() {
            if c.is_control() || crate::text::forbidden(c.encode_utf8(&mut [0; 4])).is_some() {
                write!(f, "\\u{{{:04X}}}", u32::from(c))?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// Collects diagnostics so that one run reports all of them.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    /// Rules whose problems are set aside instead of collected (see [`Diagnostics::allowing`]).
    allow: Vec<&'static Rule>,
    allowed: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    /// Diagnostics that set the problems of the rules `allow` aside: they do
    /// not count ([`Diagnostics::is_empty`], [`Diagnostics::len`]) and are
    /// handed back by [`Diagnostics::take_allowed`]. Only `release record
    /// --allow` uses it, for a release published before a rule existed.
    pub fn allowing(allow: &[&'static Rule]) -> Self {
        Diagnostics {
            allow: allow.to_vec(),
            ..Self::default()
        }
    }

    /// The problems set aside, in a stable order.
    pub fn take_allowed(&mut self) -> Vec<Diagnostic> {
        let mut v = std::mem::take(&mut self.allowed);
        v.sort();
        v.dedup();
        v
    }

    pub fn push(
        &mut self,
        file: impl Into<String>,
        line: usize,
        column: usize,
        rule: &'static Rule,
        message: impl Into<String>,
    ) {
        let d = Diagnostic {
            file: file.into(),
            line,
            column,
            rule,
            message: message.into(),
        };
        if self.allow.iter().any(|r| std::ptr::eq(*r, rule)) {
            self.allowed.push(d);
        } else {
            self.items.push(d);
        }
    }

    pub fn extend(&mut self, other: Diagnostics) {
        for d in other.items {
            self.push(d.file, d.line, d.column, d.rule, d.message);
        }
        self.allowed.extend(other.allowed);
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The diagnostics in a stable order: by file, line, column, rule.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }
}
