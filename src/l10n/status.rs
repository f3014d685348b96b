//! The review status of an English message, recorded in its comment:
//!
//! ```ftl
//! # status: reviewed 2026-12-01
//! # ja-sha256: 4058c5186727bcb8
//! pj1__summary = To promote ...
//! ```
//!
//! - `reviewed YYYY-MM-DD`: a reviewer checked the English against the
//!   Japanese it carries the fingerprint of, on that date;
//! - `provisional`: translated, not reviewed. A message without a status
//!   line is provisional: the whole English of the release is a provisional
//!   translation (仮訳) unless marked otherwise;
//! - `machine`: machine translation, not post-edited by a person. Published
//!   only marked as such (the translation-status table; the
//!   `en-t-ja-t0-mtec` language tag in DCAT).
//!
//! *Stale* is not a status: it is computed from the fingerprint (the
//! Japanese changed since the English was made or reviewed).

use std::fmt;

/// The key of the status line in a message comment (`# status: ...`).
pub const KEY: &str = "status:";

/// The BCP 47 tag of English machine-translated from Japanese (RFC 6497
/// transformed content, `t0-mtec`: machine translation by an unspecified
/// engine), which DCAT-AP recommends for machine-translated literals.
pub const MACHINE_TAG: &str = "en-t-ja-t0-mtec";

/// The review status of an English message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Status {
    #[default]
    Provisional,
    Machine,
    Reviewed(jiff::civil::Date),
}

impl Status {
    /// The status a `# status:` comment gives (its text after the key).
    pub fn parse(text: &str) -> Result<Status, String> {
        let mut words = text.split_whitespace();
        let status = match (words.next(), words.next()) {
            (Some("provisional"), None) => Status::Provisional,
            (Some("machine"), None) => Status::Machine,
            (Some("reviewed"), Some(date)) => Status::Reviewed(parse_date(date)?),
            (Some("reviewed"), None) => {
                return Err(
                    "`reviewed` needs the date of the review (`reviewed YYYY-MM-DD`)".into(),
                )
            }
            _ => {
                return Err(format!(
                "`{text}` is not a status: use `reviewed YYYY-MM-DD`, `provisional` or `machine`"
            ))
            }
        };
        match words.next() {
            None => Ok(status),
            Some(_) => Err(format!(
                "`{text}` is not a status: use `reviewed YYYY-MM-DD`, `provisional` or `machine`"
            )),
        }
    }

    /// `reviewed`, `provisional` or `machine`.
    pub fn name(self) -> &'static str {
        match self {
            Status::Provisional => "provisional",
            Status::Machine => "machine",
            Status::Reviewed(_) => "reviewed",
        }
    }

    /// The date of the review, `YYYY-MM-DD`.
    pub fn date(self) -> Option<String> {
        match self {
            Status::Reviewed(d) => Some(d.to_string()),
            _ => None,
        }
    }

    /// The comment line recording this status, without `# `; `None` for
    /// provisional, the default, which needs no line.
    pub fn comment(self) -> Option<String> {
        match self {
            Status::Provisional => None,
            other => Some(format!("{KEY} {other}")),
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Reviewed(d) => write!(f, "reviewed {d}"),
            other => f.write_str(other.name()),
        }
    }
}

/// A date written `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    let ok = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    ok.then(|| s.parse::<jiff::civil::Date>().ok())
        .flatten()
        .ok_or_else(|| format!("`{s}` is not a date written YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_parse_and_print() {
        for text in ["provisional", "machine", "reviewed 2026-12-01"] {
            assert_eq!(Status::parse(text).map(|s| s.to_string()), Ok(text.into()));
        }
        assert_eq!(
            Status::parse("  reviewed   2026-12-01 ").map(|s| s.date()),
            Ok(Some("2026-12-01".into()))
        );
        for bad in [
            "",
            "done",
            "reviewed",
            "reviewed 2026-13-01",
            "reviewed 1/2/2026",
            "machine x",
        ] {
            assert!(Status::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Status::Provisional.comment(), None);
        assert_eq!(
            Status::Machine.comment().as_deref(),
            Some("status: machine")
        );
    }
}
