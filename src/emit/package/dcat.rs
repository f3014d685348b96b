//! `dcat.jsonld`: a DCAT-AP 3.0.1 record of the release (a dataset, its
//! source, publisher and licence, and one distribution per file of the
//! package) as JSON-LD.

use super::hash::Hashes;
use super::{base, description, doc_text, fiscal_period, keywords, lang_map, lang_values};
use super::{CC_BY_URL, PDL_URL};
use crate::publication::{Lang, Publication};
use serde_json::{json, Value as J};
use std::collections::BTreeSet;
use std::io;
use std::path::Path;

const IANA: &str = "http://www.iana.org/assignments/media-types/";
const FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const LANGUAGE: &str = "http://publications.europa.eu/resource/authority/language/";
const COUNTRY_JPN: &str = "http://publications.europa.eu/resource/authority/country/JPN";

/// The record of the package in `pkg`, whose other files are all written
/// (but `SHA256SUMS`, written after it).
pub fn build(p: &Publication, pkg: &Path, hashes: &Hashes) -> io::Result<J> {
    let b = base(p);
    let mut graph = Vec::new();
    let mut files = Vec::new();
    let mut media = BTreeSet::new();
    let mut formats = BTreeSet::new();
    for rel in crate::emit::list_files(pkg)? {
        if rel == "dcat.jsonld" || rel == "SHA256SUMS" {
            continue;
        }
        let (mt, ft) = media_type(&rel);
        media.insert(mt);
        formats.extend(ft);
        files.push(distribution(p, &b, &rel, hashes.get(&pkg.join(&rel))?));
    }
    graph.push(dataset(p, &b, &files));
    graph.extend(context_nodes(p, &b));
    for mt in media {
        graph.push(json!({"@id": format!("{IANA}{mt}"), "@type": "dct:MediaType"}));
    }
    for ft in formats {
        graph.push(json!({"@id": format!("{FILE_TYPE}{ft}"), "@type": "dct:MediaTypeOrExtent"}));
    }
    graph.extend(files);
    Ok(json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "spdx": "http://spdx.org/rdf/terms#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "owl": "http://www.w3.org/2002/07/owl#"
        },
        "@graph": graph
    }))
}

/// The media type of a file and its EU file-type code, if it has one.
fn media_type(rel: &str) -> (&'static str, Option<&'static str>) {
    match rel.rsplit('.').next().unwrap_or("") {
        "csv" => ("text/csv", Some("CSV")),
        "json" => ("application/json", Some("JSON")),
        "xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Some("XLSX"),
        ),
        "md" => ("text/markdown", None),
        _ => ("text/plain", Some("TXT")),
    }
}

fn date(p: &Publication) -> J {
    json!({"@value": p.date, "@type": "xsd:date"})
}

/// The distribution of one file of the package, given its size and hash.
fn distribution(p: &Publication, b: &str, rel: &str, (bytes, hash): (u64, String)) -> J {
    let (mt, ft) = media_type(rel);
    let id = format!("{b}{rel}");
    let mut d = json!({
        "@id": id,
        "@type": "dcat:Distribution",
        "dct:title": lang_values(rel, rel),
        "dcat:accessURL": {"@id": b},
        "dcat:downloadURL": {"@id": id},
        "dcat:mediaType": {"@id": format!("{IANA}{mt}")},
        "dcat:byteSize": {"@value": bytes.to_string(), "@type": "xsd:nonNegativeInteger"},
        "spdx:checksum": {
            "@type": "spdx:Checksum",
            "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
            "spdx:checksumValue": {"@value": hash, "@type": "xsd:hexBinary"}
        },
        "dct:license": {"@id": PDL_URL},
        "dct:issued": date(p),
    });
    if let Some(ft) = ft {
        d["dct:format"] = json!({"@id": format!("{FILE_TYPE}{ft}")});
    }
    if rel.ends_with(".csv") {
        let lang = if rel.contains("/en/") { "ENG" } else { "JPN" };
        d["dct:language"] = json!({"@id": format!("{LANGUAGE}{lang}")});
    }
    d
}

/// The dataset itself, pointing to its distributions.
fn dataset(p: &Publication, b: &str, files: &[J]) -> J {
    let (start, end) = fiscal_period(p);
    let keywords: Vec<J> = Lang::BOTH
        .iter()
        .flat_map(|&l| keywords(p, l).map(move |s| json!({"@value": s, "@language": l.code()})))
        .collect();
    let dists: Vec<J> = files.iter().map(|d| json!({"@id": d["@id"]})).collect();
    json!({
        "@id": format!("{b}#dataset"),
        "@type": "dcat:Dataset",
        "dct:identifier": p.dataset.doc_str("id"),
        "dct:title": lang_map(p, "release-title"),
        "dct:description": lang_values(&description(p, Lang::Ja), &description(p, Lang::En)),
        "dcat:keyword": keywords,
        "dct:publisher": {"@id": format!("{b}#publisher")},
        "dct:language": [
            {"@id": format!("{LANGUAGE}JPN")},
            {"@id": format!("{LANGUAGE}ENG")}
        ],
        "dct:issued": date(p),
        "dct:modified": date(p),
        "owl:versionInfo": p.dataset.doc_str("release_version"),
        "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": {"@value": start, "@type": "xsd:date"},
            "dcat:endDate": {"@value": end, "@type": "xsd:date"}
        },
        "dct:spatial": {"@id": COUNTRY_JPN},
        "dct:source": {"@id": format!("{b}#source")},
        "dct:rights": {"@type": "dct:RightsStatement", "rdfs:label": lang_map(p, "attribution")},
        "dcat:landingPage": {"@id": b},
        "dcat:distribution": dists,
    })
}

/// The nodes the dataset refers to: its source document, publisher, licence,
/// languages, country and landing page.
fn context_nodes(p: &Publication, b: &str) -> Vec<J> {
    let both = |col: &str| {
        let mut v = lang_values(&doc_text(p, Lang::Ja, col), &doc_text(p, Lang::En, col));
        v[1]["@language"] = json!(p.en_tag("document", 0, col));
        v
    };
    let source_body = |lang: Lang| {
        format!(
            "{} ({})",
            p.label(lang, "readme-source-body"),
            p.dataset.doc_str("source_file")
        )
    };
    vec![
        json!({
            "@id": format!("{b}#source"),
            "@type": "dcat:Dataset",
            "dct:title": both("title"),
            "dct:description": lang_values(&source_body(Lang::Ja), &source_body(Lang::En)),
            "dct:publisher": {"@id": format!("{b}#publisher")}
        }),
        json!({
            "@id": format!("{b}#publisher"),
            "@type": "foaf:Agent",
            "foaf:name": both("publisher")
        }),
        json!({
            "@id": PDL_URL,
            "@type": "dct:LicenseDocument",
            "rdfs:label": lang_map(p, "licence-name"),
            "rdfs:seeAlso": {"@id": CC_BY_URL}
        }),
        json!({"@id": format!("{LANGUAGE}JPN"), "@type": "dct:LinguisticSystem"}),
        json!({"@id": format!("{LANGUAGE}ENG"), "@type": "dct:LinguisticSystem"}),
        json!({"@id": COUNTRY_JPN, "@type": "dct:Location"}),
        json!({"@id": b, "@type": "foaf:Document"}),
    ]
}
