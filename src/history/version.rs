//! Versions of the dataset (`MAJOR.MINOR.PATCH`) and the class of a set of
//! changes, which says which part of the version a release must bump.

use std::fmt;

/// A release version, `MAJOR.MINOR.PATCH` (digits only, no leading zeros).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Version {
    pub const FIRST: Version = Version {
        major: 1,
        minor: 0,
        patch: 0,
    };

    /// Parses `1.2.3`; `None` for anything else (`1.2`, `v1.2.3`, `01.2.3`).
    pub fn parse(s: &str) -> Option<Version> {
        let mut parts = s.split('.');
        let mut next = || -> Option<u64> {
            let p = parts.next()?;
            let digits = !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
            (digits && (p == "0" || !p.starts_with('0')))
                .then(|| p.parse().ok())
                .flatten()
        };
        let v = Version {
            major: next()?,
            minor: next()?,
            patch: next()?,
        };
        parts.next().is_none().then_some(v)
    }

    /// The version that follows this one for changes of `class`.
    pub fn bump(self, class: Class) -> Version {
        let Version {
            major,
            minor,
            patch,
        } = self;
        match class {
            Class::None => self,
            Class::Patch => Version {
                major,
                minor,
                patch: patch + 1,
            },
            Class::Minor => Version {
                major,
                minor: minor + 1,
                patch: 0,
            },
            Class::Major => Version {
                major: major + 1,
                minor: 0,
                patch: 0,
            },
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// What a set of changes between two releases amounts to (semantic versioning
/// of the dataset, see the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Nothing changed.
    None,
    /// Corrections of values and texts (in either language).
    Patch,
    /// Records or columns added, or records retired.
    Minor,
    /// A table or column removed or renamed, or a type changed.
    Major,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::None => "none",
            Class::Patch => "patch",
            Class::Minor => "minor",
            Class::Major => "major",
        }
    }

    /// The interface label that names the class.
    pub fn label(self) -> &'static str {
        match self {
            Class::None => "changes-class-none",
            Class::Patch => "changes-class-patch",
            Class::Minor => "changes-class-minor",
            Class::Major => "changes-class-major",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_plain_versions() {
        assert_eq!(
            Version::parse("1.10.0"),
            Some(Version {
                major: 1,
                minor: 10,
                patch: 0
            })
        );
        for bad in ["1.0", "1.0.0.0", "v1.0.0", "01.0.0", "1..0", "1.0.x", ""] {
            assert_eq!(Version::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn bumps_reset_the_lower_parts() {
        let v = Version::parse("1.2.3").expect("version");
        assert_eq!(v.bump(Class::Patch).to_string(), "1.2.4");
        assert_eq!(v.bump(Class::Minor).to_string(), "1.3.0");
        assert_eq!(v.bump(Class::Major).to_string(), "2.0.0");
        assert_eq!(v.bump(Class::None), v);
        assert!(Version::parse("1.10.0") > Version::parse("1.9.9"));
    }
}
