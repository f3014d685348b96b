//! `dcat.jsonld`: a DCAT-AP 3.0.1 record of the release as JSON-LD: the
//! dataset (in a series of editions, with a theme, a publisher, a contact
//! point and its source document), and one distribution per file of the
//! release ([`super::files`]), each with a title and a description in
//! Japanese and English, a format and a media type. It conforms to the
//! mandatory, recommended and range shapes of DCAT-AP 3.0.1 with no result
//! (`tools/validators/validate.sh`).
//!
//! The publisher of this dataset is the one set in `data/document.csv`, not
//! the author of the source document: the source and its author are a
//! separate document and agent (`prov:wasDerivedFrom`), as the licence asks
//! (processed data must not pass for the government's own). A draft says
//! which values are placeholders (`skos:editorialNote` and the description).

use super::files::FileDoc;
use super::{compatible_url, contact, contact_email, description, fiscal_period, keywords};
use super::{lang_map, lang_values, language_iri, licence_url, placeholder_text, STABLE, THEMES};
use crate::publication::{Lang, Publication};
use serde_json::{json, Value as J};
use std::collections::BTreeSet;

const IANA: &str = "http://www.iana.org/assignments/media-types/";
const FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const COUNTRY_JPN: &str = "http://publications.europa.eu/resource/authority/country/JPN";
const ATTRIBUTION_LICENCE: &str = "http://purl.org/adms/licencetype/Attribution";
const NATIONAL_AUTHORITY: &str = "http://purl.org/adms/publishertype/NationalAuthority";
/// Japan's extent: the bounding box of its easternmost (Minamitorishima
/// 153°59′E), westernmost (Yonaguni 122°56′E), southernmost (Okinotorishima
/// 20°25′N) and northernmost (Etorofu 45°33′N) points as published by the
/// Geospatial Information Authority of Japan
/// (https://www.gsi.go.jp/KOKUJYOHO/center.htm), and its centre point.
const JAPAN_BBOX: &str =
    "POLYGON((122.93 20.42, 153.99 20.42, 153.99 45.56, 122.93 45.56, 122.93 20.42))";
const JAPAN_CENTRE: &str = "POINT(138.46 32.99)";

/// The record of the release, whose files are `files`.
pub fn build(p: &Publication, files: &[FileDoc]) -> J {
    let b = p.base();
    let mut graph = vec![dataset(p, &b, files), series(p, &b)];
    graph.extend(context_nodes(p, &b));
    let mut media = BTreeSet::new();
    let mut formats = BTreeSet::new();
    for f in files {
        media.insert(f.media_type);
        formats.insert(f.file_type);
    }
    for mt in media {
        graph.push(json!({"@id": format!("{IANA}{mt}"), "@type": "dct:MediaType"}));
    }
    for ft in formats {
        graph.push(json!({"@id": format!("{FILE_TYPE}{ft}"), "@type": "dct:MediaTypeOrExtent"}));
    }
    let schemas: BTreeSet<&str> = files.iter().filter_map(|f| f.schema.as_deref()).collect();
    for s in schemas {
        graph.push(json!({"@id": format!("{b}{s}"), "@type": "dct:Standard"}));
    }
    graph.extend(files.iter().map(|f| distribution(p, &b, f)));
    json!({
        "@context": {
            "adms": "http://www.w3.org/ns/adms#",
            "dcat": "http://www.w3.org/ns/dcat#",
            "dcatap": "http://data.europa.eu/r5r/",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "locn": "http://www.w3.org/ns/locn#",
            "gsp": "http://www.opengis.net/ont/geosparql#",
            "owl": "http://www.w3.org/2002/07/owl#",
            "prov": "http://www.w3.org/ns/prov#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "spdx": "http://spdx.org/rdf/terms#",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"
        },
        "@graph": graph
    })
}

fn date(p: &Publication) -> J {
    json!({"@value": p.date, "@type": "xsd:date"})
}

fn id(iri: &str) -> J {
    json!({"@id": iri})
}

fn language(lang: Lang) -> String {
    language_iri(lang).to_string()
}

/// The distribution of one file of the release.
fn distribution(p: &Publication, b: &str, f: &FileDoc) -> J {
    let iri = format!("{b}{}", f.rel);
    let mut d = json!({
        "@id": iri,
        "@type": "dcat:Distribution",
        "dct:title": lang_values(&f.title[0], &f.title[1]),
        "dct:description": lang_values(&f.description[0], &f.description[1]),
        "dcat:accessURL": id(b),
        "dcat:downloadURL": id(&iri),
        "dcat:mediaType": id(&format!("{IANA}{}", f.media_type)),
        "dct:format": id(&format!("{FILE_TYPE}{}", f.file_type)),
        "dct:license": id(licence_url(p, Lang::Ja)),
        "dct:rights": {"@type": "dct:RightsStatement", "rdfs:label": lang_map(p, "attribution")},
        "dcatap:availability": id(STABLE),
        "dct:issued": date(p),
    });
    if let Some((bytes, hash)) = &f.written {
        d["dcat:byteSize"] =
            json!({"@value": bytes.to_string(), "@type": "xsd:nonNegativeInteger"});
        d["spdx:checksum"] = json!({
            "@type": "spdx:Checksum",
            "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
            "spdx:checksumValue": {"@value": hash, "@type": "xsd:hexBinary"}
        });
    }
    if !f.languages.is_empty() {
        let langs: Vec<J> = f.languages.iter().map(|&l| id(&language(l))).collect();
        d["dct:language"] = J::Array(langs);
    }
    if let Some(schema) = &f.schema {
        d["dct:conformsTo"] = id(&format!("{b}{schema}"));
    }
    d
}

/// The dataset's description, with a draft's placeholders after it.
fn dataset_description(p: &Publication, lang: Lang) -> String {
    let text = description(p, lang);
    match placeholder_text(p, lang) {
        ph if ph.is_empty() => text,
        ph => format!("{text} {ph}"),
    }
}

/// What this version changed, in a sentence: the versions, the kind of
/// release, and where the changes are listed.
fn version_notes(p: &Publication, d: &crate::history::diff::Diff, lang: Lang) -> String {
    match &d.old {
        None => p.label(lang, "changes-first-release").to_string(),
        Some(old) => {
            let sep = if lang == Lang::Ja { "。" } else { ". " };
            format!(
                "{} → {}: {}{sep}{}",
                old.version,
                d.new.version,
                p.label(lang, d.class.label()),
                p.label(lang, "changes-see")
            )
        }
    }
}

/// The dataset itself, pointing to its distributions.
fn dataset(p: &Publication, b: &str, files: &[FileDoc]) -> J {
    let (start, end) = fiscal_period(p);
    let changes = crate::emit::changelog::changes(p);
    let keywords: Vec<J> = Lang::BOTH
        .iter()
        .flat_map(|&l| keywords(p, l).map(move |s| json!({"@value": s, "@language": l.code()})))
        .collect();
    let dists: Vec<J> = files.iter().map(|f| id(&format!("{b}{}", f.rel))).collect();
    let mut d = json!({
        "@id": format!("{b}#dataset"),
        "@type": "dcat:Dataset",
        "dct:identifier": p.dataset.doc_str("id"),
        "dct:title": lang_map(p, "release-title"),
        "dct:description": lang_values(&dataset_description(p, Lang::Ja), &dataset_description(p, Lang::En)),
        "dcat:keyword": keywords,
        "dcat:theme": THEMES.iter().map(|t| id(t)).collect::<Vec<_>>(),
        "dct:publisher": id(&format!("{b}#publisher")),
        "dcat:contactPoint": id(&format!("{b}#contact")),
        "dcat:inSeries": id(&p.series()),
        "dct:language": [id(&language(Lang::Ja)), id(&language(Lang::En))],
        "dct:issued": date(p),
        "dct:modified": date(p),
        "owl:versionInfo": p.dataset.doc_str("release_version"),
        "dcat:version": p.dataset.doc_str("release_version"),
        "adms:versionNotes": lang_values(&version_notes(p, &changes, Lang::Ja), &version_notes(p, &changes, Lang::En)),
        "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": {"@value": start, "@type": "xsd:date"},
            "dcat:endDate": {"@value": end, "@type": "xsd:date"}
        },
        "dct:spatial": id(COUNTRY_JPN),
        "prov:wasDerivedFrom": id(&format!("{b}#source")),
        "dct:provenance": {
            "@type": "dct:ProvenanceStatement",
            "rdfs:label": lang_map(p, "processed-notice")
        },
        "dct:rights": {"@type": "dct:RightsStatement", "rdfs:label": lang_map(p, "attribution")},
        "dcat:landingPage": id(b),
        "dcat:distribution": dists,
    });
    // The previous edition (another document of the series: the budget
    // request before a draft budget, say). A new version of the same edition
    // is the same dataset: its earlier versions are in the version notes and
    // CHANGELOG.md.
    if let Some(prev) = crate::emit::changelog::previous_edition_base(p) {
        let prev = crate::publication::with_slash(&prev);
        if prev != b {
            d["dcat:prev"] = id(&format!("{prev}#dataset"));
        }
    }
    let notes = [placeholder_text(p, Lang::Ja), placeholder_text(p, Lang::En)];
    if !notes[0].is_empty() {
        d["skos:editorialNote"] = lang_values(&notes[0], &notes[1]);
    }
    d
}

/// The series of editions (one per fiscal year and budget phase).
fn series(p: &Publication, b: &str) -> J {
    json!({
        "@id": p.series(),
        "@type": "dcat:DatasetSeries",
        "dct:title": lang_map(p, "series-title"),
        "dct:description": lang_map(p, "series-description"),
        "dct:publisher": id(&format!("{b}#publisher")),
        "dcat:contactPoint": id(&format!("{b}#contact")),
    })
}

/// The English labels of the concepts the record uses, as their
/// vocabularies (EU data themes and planned availability, ADMS licence and
/// publisher types) give them.
const CONCEPT_LABELS: &[(&str, &str)] = &[
    ("data-theme/GOVE", "Government and public sector"),
    ("data-theme/HEAL", "Health"),
    ("planned-availability/STABLE", "stable"),
    ("licencetype/Attribution", "Attribution"),
    (
        "publishertype/Academia-ScientificOrganisation",
        "Academia/Scientific organisation",
    ),
    ("publishertype/Company", "Company"),
    ("publishertype/IndustryConsortium", "Industry consortium"),
    ("publishertype/LocalAuthority", "Local Authority"),
    ("publishertype/NationalAuthority", "National authority"),
    (
        "publishertype/NonGovernmentalOrganisation",
        "Non-Governmental Organisation",
    ),
    (
        "publishertype/NonProfitOrganisation",
        "Non-Profit Organisation",
    ),
    (
        "publishertype/PrivateIndividual(s)",
        "Private Individual(s)",
    ),
    ("publishertype/RegionalAuthority", "Regional authority"),
    ("publishertype/StandardisationBody", "Standardisation body"),
    (
        "publishertype/SupraNationalAuthority",
        "Supra-national authority",
    ),
];

/// A SKOS concept node with its label (its English label, or the last
/// segment of its IRI for a concept not listed in [`CONCEPT_LABELS`]).
fn concept(iri: &str) -> J {
    let label = CONCEPT_LABELS
        .iter()
        .find(|(tail, _)| iri.ends_with(tail))
        .map_or_else(|| iri.rsplit('/').next().unwrap_or(iri), |(_, l)| l);
    json!({
        "@id": iri,
        "@type": "skos:Concept",
        "skos:prefLabel": {"@value": label, "@language": "en"}
    })
}

/// The nodes the dataset refers to: the publisher and contact point, the
/// source document and its author, the licence, the themes, languages,
/// country and landing page.
fn context_nodes(p: &Publication, b: &str) -> Vec<J> {
    // The English of a record's text carries its translation's language tag
    // (`en-t-ja-t0-mtec` for a machine translation).
    let doc = |col: &str| {
        let mut v = lang_values(p.doc_text(Lang::Ja, col), p.doc_text(Lang::En, col));
        v[1]["@language"] = json!(p.en_tag("document", 0, col));
        v
    };
    let publisher_type = match p.dataset.doc_str("dataset_publisher_type") {
        // A draft without a publisher: a concept of this release that says so.
        "" => format!("{b}#publisher-type-not-set"),
        t => t.to_string(),
    };
    let mut contact_node = json!({
        "@id": format!("{b}#contact"),
        "@type": ["vcard:Kind", "vcard:Organization"],
        "vcard:fn": lang_values(p.dataset_publisher(Lang::Ja), p.dataset_publisher(Lang::En)),
    });
    match contact_email(p) {
        Some(_) => contact_node["vcard:hasEmail"] = id(contact(p)),
        None => contact_node["vcard:hasURL"] = id(contact(p)),
    }
    let mut publisher_type_node = concept(&publisher_type);
    if p.dataset.doc_str("dataset_publisher_type").is_empty() {
        publisher_type_node["skos:prefLabel"] = lang_map(p, "placeholder-unset");
    }
    let mut source = json!({
        "@id": format!("{b}#source"),
        "@type": ["foaf:Document", "dct:BibliographicResource"],
        "dct:title": doc("title"),
        "dct:creator": id(&format!("{b}#source-publisher")),
        "dct:publisher": id(&format!("{b}#source-publisher")),
        "foaf:page": id(p.dataset.doc_str("source_url")),
        "dct:license": id(licence_url(p, Lang::Ja)),
    });
    if !p.dataset.doc_str("source_date").is_empty() {
        source["dct:issued"] =
            json!({"@value": p.dataset.doc_str("source_date"), "@type": "xsd:date"});
    }
    let mut nodes = vec![
        json!({
            "@id": format!("{b}#publisher"),
            "@type": ["foaf:Agent", "foaf:Organization"],
            "foaf:name": lang_values(p.dataset_publisher(Lang::Ja), p.dataset_publisher(Lang::En)),
            "dct:type": id(&publisher_type),
        }),
        publisher_type_node,
        contact_node,
        source,
        json!({"@id": p.dataset.doc_str("source_url"), "@type": "foaf:Document"}),
        json!({
            "@id": format!("{b}#source-publisher"),
            "@type": ["foaf:Agent", "foaf:Organization"],
            "foaf:name": doc("publisher"),
            "dct:type": id(NATIONAL_AUTHORITY),
        }),
        concept(NATIONAL_AUTHORITY),
        json!({
            "@id": licence_url(p, Lang::Ja),
            "@type": "dct:LicenseDocument",
            "rdfs:label": lang_map(p, "licence-name"),
            "dct:type": id(ATTRIBUTION_LICENCE),
            "rdfs:seeAlso": [id(licence_url(p, Lang::En)), id(compatible_url(p))]
        }),
        concept(ATTRIBUTION_LICENCE),
        concept(STABLE),
        json!({"@id": language(Lang::Ja), "@type": "dct:LinguisticSystem"}),
        json!({"@id": language(Lang::En), "@type": "dct:LinguisticSystem"}),
        json!({
            "@id": COUNTRY_JPN,
            "@type": "dct:Location",
            "dcat:bbox": {"@value": JAPAN_BBOX, "@type": "gsp:wktLiteral"},
            "dcat:centroid": {"@value": JAPAN_CENTRE, "@type": "gsp:wktLiteral"}
        }),
        json!({"@id": b, "@type": "foaf:Document"}),
    ];
    nodes.extend(THEMES.iter().map(|t| concept(t)));
    nodes
}
