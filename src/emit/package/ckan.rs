//! `ckan.json`: the dataset in the shape of the body of CKAN's API call
//! `package_create`, for a portal that runs ckanext-scheming with the
//! ckanext-fluent presets and the ckanext-dcat schemas (`dcat_ap_full`,
//! `dcat_ap_multilingual`): core fields (`name`, `title`, `notes`, `tags`,
//! `url`, `version`, `license_id`, `maintainer`...), their translations
//! (`title_translated`, `notes_translated`, `tags_translated` with `ja` and
//! `en`), the DCAT fields (`contact`, `publisher`, `theme`, `language`,
//! `temporal_coverage`, `spatial_coverage`, `issued`, `modified`, `uri`...)
//! and one resource per file of the release.
//!
//! `owner_org` is left out: it is the portal's identifier of the publishing
//! organisation, which only the portal knows. `tools/validators/check-ckan.py`
//! checks the shape with CKAN's own rules for names and tags.

use super::files::FileDoc;
use super::{contact, contact_email, description, fiscal_period, keywords, licence_url};
use super::{language_iri, placeholder_text, STABLE, THEMES};
use crate::publication::{Lang, Publication};
use serde_json::{json, Map, Value as J};

const SHA256: &str = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256";

/// `{"ja": ..., "en": ...}`, a fluent field.
fn both(ja: &str, en: &str) -> J {
    json!({"ja": ja, "en": en})
}

fn label_both(p: &Publication, key: &str) -> J {
    both(p.label(Lang::Ja, key), p.label(Lang::En, key))
}

/// A keyword as a CKAN tag: CKAN accepts letters, digits, spaces, `-`, `_`
/// and `.` (2 to 100 characters); anything else (`・`, `(`) becomes a space.
pub fn tag(keyword: &str) -> Option<String> {
    let cleaned: String = keyword
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') {
                c
            } else {
                ' '
            }
        })
        .collect();
    let tag = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = tag.chars().count();
    ((2..=100).contains(&n)).then_some(tag)
}

/// The dataset's description (with a draft's placeholders) in a language.
fn notes(p: &Publication, lang: Lang) -> String {
    let text = description(p, lang);
    match placeholder_text(p, lang) {
        ph if ph.is_empty() => text,
        ph => format!("{text}\n\n{ph}"),
    }
}

/// The CKAN format name of a file.
fn format(f: &FileDoc) -> &'static str {
    match f.file_type {
        "JSON_LD" => "JSON-LD",
        "RDF_N_TRIPLES" => "N-Triples",
        "TXT" if f.media_type == "text/markdown" => "Markdown",
        other => other,
    }
}

/// The `package_create` body of the release, whose files are `files`.
pub fn build(p: &Publication, files: &[FileDoc]) -> J {
    let b = p.base();
    let (start, end) = fiscal_period(p);
    let tags_of = |lang: Lang| -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for t in keywords(p, lang).filter_map(tag) {
            if !v.contains(&t) {
                v.push(t);
            }
        }
        v
    };
    let (tags_ja, tags_en) = (tags_of(Lang::Ja), tags_of(Lang::En));
    let mut tags: Vec<String> = tags_ja.clone();
    for t in &tags_en {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    let mut contact_point = Map::new();
    contact_point.insert("name".into(), json!(p.dataset_publisher(Lang::Ja)));
    let mut publisher = Map::new();
    publisher.insert("name".into(), json!(p.dataset_publisher(Lang::Ja)));
    publisher.insert("uri".into(), json!(format!("{b}#publisher")));
    match contact_email(p) {
        Some(email) => {
            contact_point.insert("email".into(), json!(email));
            publisher.insert("email".into(), json!(email));
        }
        None => {
            contact_point.insert("url".into(), json!(contact(p)));
        }
    }
    let publisher_type = p.dataset.doc_str("dataset_publisher_type");
    if !publisher_type.is_empty() {
        publisher.insert("type".into(), json!(publisher_type));
    }
    let mut body = json!({
        "name": p.dataset.doc_str("id"),
        "title": p.label(Lang::Ja, "release-title"),
        "title_translated": label_both(p, "release-title"),
        "notes": notes(p, Lang::Ja),
        "notes_translated": both(&notes(p, Lang::Ja), &notes(p, Lang::En)),
        "tags": tags.iter().map(|t| json!({"name": t})).collect::<Vec<_>>(),
        "tags_translated": {"ja": tags_ja, "en": tags_en},
        "url": b,
        "version": p.dataset.doc_str("release_version"),
        "license_id": "other-at",
        "maintainer": p.dataset_publisher(Lang::Ja),
        "identifier": p.dataset.doc_str("id"),
        "uri": format!("{b}#dataset"),
        "issued": p.date,
        "modified": p.date,
        "language": [language_iri(Lang::Ja), language_iri(Lang::En)],
        "theme": THEMES,
        "contact": [contact_point],
        "publisher": [publisher],
        "temporal_coverage": [{"start": start, "end": end}],
        "spatial_coverage": [{"uri": "http://publications.europa.eu/resource/authority/country/JPN"}],
        "provenance": label_both(p, "processed-notice"),
        "documentation": [format!("{b}package/README.md")],
        "resources": files.iter().map(|f| resource(p, &b, f)).collect::<Vec<_>>(),
    });
    if let Some(email) = contact_email(p) {
        body["maintainer_email"] = json!(email);
    }
    body
}

/// The resource of one file.
fn resource(p: &Publication, b: &str, f: &FileDoc) -> J {
    let url = format!("{b}{}", f.rel);
    let mut r = json!({
        "url": url,
        "name": f.title[0],
        "name_translated": both(&f.title[0], &f.title[1]),
        "description": f.description[0],
        "description_translated": both(&f.description[0], &f.description[1]),
        "format": format(f),
        "mimetype": f.media_type,
        "license": licence_url(p, Lang::Ja),
        "rights": label_both(p, "attribution"),
        "availability": STABLE,
        "issued": p.date,
        "download_url": url,
        "access_url": b,
        "uri": url,
    });
    if let Some((bytes, hash)) = &f.written {
        r["size"] = json!(bytes);
        r["hash"] = json!(hash);
        r["hash_algorithm"] = json!(SHA256);
    }
    if !f.languages.is_empty() {
        r["language"] = json!(f
            .languages
            .iter()
            .map(|&l| language_iri(l))
            .collect::<Vec<_>>());
    }
    r
}

#[cfg(test)]
mod tests {
    use super::tag;

    #[test]
    fn keywords_become_valid_tags() {
        assert_eq!(tag("健康・医療戦略").as_deref(), Some("健康 医療戦略"));
        assert_eq!(tag("AMED").as_deref(), Some("AMED"));
        assert_eq!(tag("FY2026 (Reiwa 8)").as_deref(), Some("FY2026 Reiwa 8"));
        assert_eq!(tag("・"), None);
        assert_eq!(tag("x"), None);
    }
}
