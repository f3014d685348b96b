//! What publishing asks beyond a valid dataset: the fields the descriptor
//! marks `x-publish` hold real values. `build --publish` and
//! `check --publish` report each placeholder as a problem; a draft build
//! (without `--publish`) lists them in the outputs instead (the package
//! README, the workbooks' About sheet, `dcat.jsonld`), so that nobody takes
//! a placeholder address for the real one.

use crate::diag::Diagnostics;
use crate::model::{Dataset, Value};
use crate::schema::Publish;
use crate::validate::rules;

/// A field that a published release needs and this one does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// The table and record (its key) the field belongs to.
    pub table: &'static str,
    pub record: String,
    /// The column.
    pub field: &'static str,
    /// The value (empty when the field is empty).
    pub value: String,
    /// Why it is a placeholder, in English (for diagnostics).
    pub why: String,
    /// Where it is: file, line and column of the cell.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub rule: &'static rules::Rule,
}

/// Every field marked `x-publish` whose value a release cannot be published
/// with, in table, row and column order.
pub fn placeholders(ds: &Dataset) -> Vec<Placeholder> {
    let mut out = Vec::new();
    for t in &ds.tables {
        for (ci, col) in t.spec.columns.iter().enumerate() {
            let Some(publish) = col.publish else {
                continue;
            };
            for row in &t.rows {
                let value = match &row.cells[ci] {
                    Value::Str(s) => s.to_string(),
                    Value::Null => String::new(),
                    other => format!("{other:?}"),
                };
                let why = if value.is_empty() {
                    Some((
                        &rules::PUBLISH_REQUIRED,
                        format!("`{}` is empty; a published release needs it", col.name),
                    ))
                } else if publish == Publish::Address {
                    placeholder_host(&value).map(|host| {
                        (
                            &rules::PLACEHOLDER_ADDRESS,
                            format!(
                                "`{}` is `{value}`: `{host}` is a placeholder (an example, test or local address), not the real one",
                                col.name
                            ),
                        )
                    })
                } else {
                    None
                };
                if let Some((rule, why)) = why {
                    out.push(Placeholder {
                        table: t.spec.name,
                        record: t.key_of(row),
                        field: col.name,
                        value,
                        why,
                        file: t.path.clone(),
                        line: row.line,
                        column: t.file_columns[ci],
                        rule,
                    });
                }
            }
        }
    }
    out
}

/// Reports every placeholder as a problem (`--publish`).
pub fn check(ds: &Dataset, diags: &mut Diagnostics) {
    for p in placeholders(ds) {
        diags.push(&p.file, p.line, p.column, p.rule, p.why);
    }
}

/// The host of a web or mail address when it is a placeholder: empty,
/// `localhost` or a loopback address, a reserved example name (any label
/// `example`: example.com, example.jp, www.example.org, example.co.jp, and
/// the `.example` top-level domain) or a reserved test or local top-level
/// domain (`.test`, `.invalid`, `.localhost`, `.local`).
pub fn placeholder_host(address: &str) -> Option<String> {
    let host = host_of(address);
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    let last = labels.last().copied().unwrap_or("");
    let placeholder = host.is_empty()
        || host == "localhost"
        || host.starts_with("127.")
        || host == "0.0.0.0"
        || host == "[::1]"
        || labels.contains(&"example")
        || matches!(last, "test" | "invalid" | "localhost" | "local");
    placeholder.then_some(host)
}

/// The host part of `scheme://[user@]host[:port]/...` or `mailto:user@host`.
fn host_of(address: &str) -> &str {
    if let Some(rest) = address.strip_prefix("mailto:") {
        let mailbox = rest.split(['?', ',']).next().unwrap_or("");
        return mailbox.rsplit_once('@').map_or("", |(_, h)| h);
    }
    let Some((_, rest)) = address.split_once("://") else {
        return "";
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if authority.starts_with('[') {
        return authority.split_inclusive(']').next().unwrap_or("");
    }
    authority.split(':').next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::placeholder_host;

    #[test]
    fn example_test_and_local_addresses_are_placeholders() {
        for a in [
            "https://example.jp/opendata/x/",
            "https://www.example.com/",
            "http://example.org",
            "https://data.example.co.jp/x",
            "mailto:opendata@example.jp",
            "mailto:someone@mail.example",
            "http://localhost:8080/",
            "http://127.0.0.1/",
            "https://user@example.net:443/x",
            "https://site.test/",
            "https://foo.invalid/",
            "http://[::1]/",
            "https:///nohost",
            "mailto:nobody",
        ] {
            assert!(placeholder_host(a).is_some(), "{a}");
        }
    }

    #[test]
    fn real_addresses_are_not() {
        for a in [
            "https://www8.cao.go.jp/iryou/secretariat.html",
            "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
            "mailto:opendata@amed.go.jp",
            "https://examples.jp/",
            "https://counterexample.com/",
            "https://data.go.jp/example/",
        ] {
            assert_eq!(placeholder_host(a), None, "{a}");
        }
    }
}
