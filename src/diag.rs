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
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(
        &mut self,
        file: impl Into<String>,
        line: usize,
        column: usize,
        rule: &'static Rule,
        message: impl Into<String>,
    ) {
        self.items.push(Diagnostic {
            file: file.into(),
            line,
            column,
            rule,
            message: message.into(),
        });
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
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
