//! The open-data package: one folder with the CSV tables in Japanese and in
//! English (one resource per table and language) and the metadata that
//! portals and validators read: a Frictionless Data Package v2 (`datapackage.json`, with
//! Fiscal Data Package budget semantics), CSVW (`csv-metadata.json`), a
//! DCAT-AP 3.0.1 record (`dcat.jsonld`), a bilingual README and licence, and
//! `SHA256SUMS`.

use crate::labels;
use crate::publication::{Lang, Publication, Variant};
use crate::schema::{Kind, TableSpec};
use serde_json::{json, Map, Value as J};
use sha2::{Digest, Sha256};
use std::io;
use std::path::Path;

pub const PDL_URL: &str = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";
pub const PDL_URL_EN: &str =
    "https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0";
pub const CC_BY_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The language variants published in the package: one resource per table
/// and language. (The bilingual tables, JSON and workbooks are in `out/`
/// beside the package.)
pub const VARIANTS: [Variant; 2] = [Variant::Ja, Variant::En];

/// The open-data package (`package/`) and its zip, written in one job once
/// the canonical CSV files it links exist.
pub struct Package;

impl super::Output for Package {
    fn name(&self) -> &'static str {
        "package"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 1)]
    }

    fn write(&self, p: &Publication, _: Variant, dir: &Path) -> io::Result<()> {
        let pkg = dir.join("package");
        write(p, &pkg)?;
        let stem = super::stem(p);
        super::zip::zip_dir(
            &pkg,
            &dir.join(format!("{stem}-package.zip")),
            &stem,
            super::compression_level(p),
        )
    }

    fn after(&self) -> &'static [&'static str] {
        &["csv"]
    }
}

/// Writes the package into `pkg`. Its CSV files are the canonical ones
/// already written under `<root>/csv`, linked (or copied) rather than
/// written again.
pub fn write(p: &Publication, pkg: &Path) -> io::Result<()> {
    let root = pkg.parent().unwrap_or(pkg);
    for v in VARIANTS {
        for t in &p.dataset.tables {
            let from = root.join("csv").join(v.code()).join(t.spec.file_name());
            let to = pkg.join(csv_path(v, t.spec));
            if let Some(d) = to.parent() {
                std::fs::create_dir_all(d)?;
            }
            if std::fs::hard_link(&from, &to).is_err() {
                std::fs::copy(&from, &to)?;
            }
        }
    }
    super::write_file(&pkg.join("README.md"), readme(p).as_bytes())?;
    super::write_file(&pkg.join("LICENSE.md"), licence(p).as_bytes())?;
    // Every file is hashed once (the metadata below needs most of them two or
    // three times); the large ones up front, on as many threads as there are cores.
    let hashes = Hashes::default();
    hashes.prefill(pkg)?;
    write_json(
        &pkg.join("datapackage.json"),
        &datapackage(p, pkg, &hashes)?,
    )?;
    write_json(&pkg.join("csv-metadata.json"), &csvw(p))?;
    write_json(&pkg.join("dcat.jsonld"), &dcat(p, pkg, &hashes)?)?;
    let sums = sha256sums(pkg, &hashes)?;
    super::write_file(&pkg.join("SHA256SUMS"), sums.as_bytes())
}

fn write_json(path: &Path, v: &J) -> io::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(v).map_err(io::Error::other)?;
    bytes.push(b'\n');
    super::write_file(path, &bytes)
}

/// Relative path of a table's CSV in the package.
pub fn csv_path(v: Variant, t: &TableSpec) -> String {
    format!("data/{}/{}", v.code(), t.file_name())
}

fn resource_name(v: Variant, table: &str) -> String {
    format!("{}-{}", table.replace('_', "-"), v.code())
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn file_hash(path: &Path) -> io::Result<(u64, String)> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
        n += k as u64;
    }
    Ok((n, h.finalize().iter().map(|b| format!("{b:02x}")).collect()))
}

/// Size and SHA-256 of the package's files, computed once per file (files
/// are never rewritten once the metadata starts describing them).
#[derive(Default)]
struct Hashes {
    known: std::sync::Mutex<std::collections::HashMap<std::path::PathBuf, (u64, String)>>,
}

impl Hashes {
    fn get(&self, path: &Path) -> io::Result<(u64, String)> {
        if let Some(v) = self.lock().get(path) {
            return Ok(v.clone());
        }
        let v = file_hash(path)?;
        self.lock().insert(path.to_path_buf(), v.clone());
        Ok(v)
    }

    fn lock(
        &self,
    ) -> std::sync::MutexGuard<'_, std::collections::HashMap<std::path::PathBuf, (u64, String)>>
    {
        self.known.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Hashes every file now under `dir`, spread over the available cores.
    fn prefill(&self, dir: &Path) -> io::Result<()> {
        let threads = rayon::current_num_threads();
        let mut files: Vec<(u64, std::path::PathBuf)> = super::list_files(dir)?
            .into_iter()
            .map(|rel| {
                let path = dir.join(rel);
                Ok((std::fs::metadata(&path)?.len(), path))
            })
            .collect::<io::Result<_>>()?;
        // Largest first, dealt to the least-loaded thread.
        files.sort_by_key(|f| std::cmp::Reverse(f.0));
        let mut groups: Vec<(u64, Vec<std::path::PathBuf>)> = vec![(0, Vec::new()); threads];
        for (len, path) in files {
            if let Some(g) = groups.iter_mut().min_by_key(|g| g.0) {
                g.0 += len;
                g.1.push(path);
            }
        }
        super::parallel(&groups, |(_, paths)| {
            for path in paths {
                self.get(path)?;
            }
            Ok(())
        })
    }
}

fn title(p: &Publication, v: Variant, key: &str) -> String {
    match v {
        Variant::Bilingual => p.label_both(key),
        _ => p.label(v.label_lang(), key).to_string(),
    }
}

fn lang_map(p: &Publication, key: &str) -> J {
    json!([
        {"@value": p.label(Lang::Ja, key), "@language": "ja"},
        {"@value": p.label(Lang::En, key), "@language": "en"}
    ])
}

fn base(p: &Publication) -> String {
    let b = p.dataset.doc_str("base_url");
    if b.ends_with('/') {
        b.to_string()
    } else {
        format!("{b}/")
    }
}

/// Attribution text in both languages, Japanese first.
fn attribution(p: &Publication) -> String {
    format!(
        "{} / {}",
        p.label(Lang::Ja, "attribution"),
        p.label(Lang::En, "attribution")
    )
}

fn fiscal_period(p: &Publication) -> (String, String) {
    // The Japanese fiscal year N runs from 1 April N to 31 March N+1.
    let y = p.dataset.doc_int("fiscal_year");
    (format!("{y:04}-04-01"), format!("{:04}-03-31", y + 1))
}

fn field(
    p: &Publication,
    v: Variant,
    t: &TableSpec,
    out_name: &str,
    ci: usize,
    lang: Option<Lang>,
) -> J {
    let c = &t.columns[ci];
    let ty = match c.kind {
        Kind::Int => "integer",
        Kind::Bool => "boolean",
        Kind::Date => "date",
        _ => "string",
    };
    let mut title_text = title(p, v, &labels::column_title(t.name, c.name));
    if let (Variant::Bilingual, Some(l)) = (v, lang) {
        title_text = format!("{title_text} [{}]", l.code());
    }
    let mut f = json!({
        "name": out_name,
        "type": ty,
        "title": title_text,
        "description": title(p, v, &labels::column_description(t.name, c.name)),
    });
    let mut cons = Map::new();
    if c.required {
        cons.insert("required".into(), J::Bool(true));
    }
    match c.kind {
        Kind::Int => {
            cons.insert("minimum".into(), json!(0));
        }
        Kind::Id => {
            cons.insert("pattern".into(), json!("[a-z][a-z0-9-]*"));
        }
        Kind::Ref(target) => {
            let tt = p.dataset.table(target);
            if tt.spec.code_list {
                let codes: Vec<&str> = tt.rows.iter().filter_map(|r| r.cells[0].as_str()).collect();
                cons.insert("enum".into(), json!(codes));
            }
        }
        Kind::TableName => {
            cons.insert(
                "enum".into(),
                json!(p
                    .dataset
                    .schema
                    .tables
                    .iter()
                    .map(|t| t.name)
                    .collect::<Vec<_>>()),
            );
        }
        _ => {}
    }
    if !cons.is_empty() {
        f["constraints"] = J::Object(cons);
    }
    if ty == "boolean" {
        f["trueValues"] = json!(["true"]);
        f["falseValues"] = json!(["false"]);
    }
    if c.kind == Kind::Int && c.name.ends_with("amount") {
        f["bareNumber"] = J::Bool(true);
    }
    f
}

fn datapackage(p: &Publication, pkg: &Path, hashes: &Hashes) -> io::Result<J> {
    let mut resources = Vec::new();
    for v in VARIANTS {
        for t in p.dataset.tables.iter() {
            let spec = t.spec;
            let path = csv_path(v, spec);
            let (bytes, hash) = hashes.get(&pkg.join(&path))?;
            let fields: Vec<J> = p
                .columns(t, v)
                .iter()
                .map(|c| field(p, v, spec, &c.name, c.source, c.lang))
                .collect();
            let fks: Vec<J> = spec
                .columns
                .iter()
                .filter_map(|c| match c.kind {
                    Kind::Ref(target) if target == spec.name => {
                        Some(json!({"fields": [c.name], "reference": {"fields": ["id"]}}))
                    }
                    Kind::Ref(target) => Some(json!({
                        "fields": [c.name],
                        "reference": {"resource": resource_name(v, target), "fields": ["id"]}
                    })),
                    _ => None,
                })
                .collect();
            let mut schema = json!({
                "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
                "fields": fields,
                "primaryKey": spec.key,
            });
            if !fks.is_empty() {
                schema["foreignKeys"] = J::Array(fks);
            }
            resources.push(json!({
                "name": resource_name(v, spec.name),
                "path": path,
                "type": "table",
                "title": title(p, v, &labels::table_title(spec.name)),
                "description": title(p, v, &labels::table_description(spec.name)),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "languages": match v { Variant::Bilingual => json!(["ja", "en"]), _ => json!([v.code()]) },
                "bytes": bytes,
                "hash": format!("sha256:{hash}"),
                "dialect": {"$schema": "https://datapackage.org/profiles/2.0/tabledialect.json", "header": true, "delimiter": ",", "lineTerminator": "\n", "quoteChar": "\""},
                "schema": schema,
            }));
        }
    }
    let (start, end) = fiscal_period(p);
    let unit_factor = p.dataset.doc_int("unit_factor");
    let currency = p.dataset.doc_str("currency");
    let measure = |resource: &str, column: &str| {
        json!({
            "resource": resource,
            "source": column,
            "currency": currency,
            "factor": unit_factor,
            "direction": "expenditure",
            "phase": "proposed",
        })
    };
    let keywords: Vec<String> = Lang::BOTH
        .iter()
        .flat_map(|l| {
            p.label(*l, "release-keywords")
                .split([',', '、'])
                .map(|s| s.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect();
    Ok(json!({
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": p.dataset.doc_str("id"),
        "id": format!("{}datapackage.json", base(p)),
        "title": format!("{} / {}", p.label(Lang::Ja, "release-title"), p.label(Lang::En, "release-title")),
        "description": format!("{}\n\n{}\n\n{}", p.label(Lang::Ja, "release-description"), p.label(Lang::En, "release-description"), p.label(Lang::En, "provisional-translation")),
        "version": p.dataset.doc_str("release_version"),
        "created": format!("{}T00:00:00Z", p.date),
        "homepage": base(p),
        "languages": ["ja", "en"],
        "keywords": keywords,
        "licenses": [
            {"name": "PDL-1.0", "path": PDL_URL, "title": format!("{} / {}", p.label(Lang::Ja, "licence-name"), p.label(Lang::En, "licence-name"))},
            {"name": "CC-BY-4.0", "path": CC_BY_URL, "title": "Creative Commons Attribution 4.0 International (compatible)"}
        ],
        "sources": [{
            "title": format!("{} ({})", doc_text(p, Lang::Ja, "title"), p.dataset.doc_str("source_file")),
            "description": attribution(p),
        }],
        "contributors": [
            {"title": doc_text(p, Lang::Ja, "publisher"), "roles": ["publisher"]},
            {"title": doc_text(p, Lang::En, "publisher"), "roles": ["publisher"]}
        ],
        "countryCode": "JP",
        "fiscalPeriod": {"start": start, "end": end},
        "budgetPhase": "proposed",
        "model": {
            "measures": {
                "amed_amount": measure("projects-ja", "amed_amount"),
                "inhouse_amount": measure("projects-ja", "inhouse_amount"),
                "budget_line_amount": measure("budget-lines-ja", "amount"),
            },
            "dimensions": {
                "project": {"attributes": {"id": {"source": "project", "resource": "budget-lines-ja"}}, "primaryKey": ["id"], "dimensionType": "classification"},
                "expense": {"attributes": {"id": {"source": "expense", "resource": "budget-lines-ja"}}, "primaryKey": ["id"], "dimensionType": "classification"},
                "fiscal_year": {"attributes": {"year": {"source": "fiscal_year", "resource": "document-ja"}}, "primaryKey": ["year"], "dimensionType": "datetime"}
            }
        },
        "resources": resources,
    }))
}

fn doc_text(p: &Publication, lang: Lang, col: &str) -> String {
    let t = p.dataset.table("document");
    let ti = p.dataset.schema.table_index("document").unwrap_or(0);
    p.text(lang, ti, 0, t.col(col)).unwrap_or("").to_string()
}

fn about_url(p: &Publication, spec: &TableSpec) -> String {
    let keys: Vec<String> = spec.key.iter().map(|k| format!("{{{k}}}")).collect();
    format!(
        "{}id/{}/{}",
        base(p),
        spec.name.replace('_', "-"),
        keys.join("/")
    )
}

fn csvw(p: &Publication) -> J {
    let mut tables = Vec::new();
    for v in VARIANTS {
        for t in &p.dataset.tables {
            let spec = t.spec;
            let columns: Vec<J> = p
                .columns(t, v)
                .iter()
                .map(|c| {
                    let col = &spec.columns[c.source];
                    let datatype = match col.kind {
                        Kind::Int => json!({"base": "integer", "minimum": 0}),
                        Kind::Bool => json!({"base": "boolean", "format": "true|false"}),
                        Kind::Date => json!("date"),
                        _ => json!("string"),
                    };
                    let mut o = json!({
                        "name": c.name,
                        "titles": c.name,
                        "dc:title": lang_map(p, &labels::column_title(spec.name, col.name)),
                        "dc:description": lang_map(p, &labels::column_description(spec.name, col.name)),
                        "datatype": datatype,
                        "required": col.required,
                    });
                    if let Some(l) = c.lang {
                        o["lang"] = json!(l.code());
                    }
                    if let Kind::Ref(target) = col.kind {
                        let tt = p.dataset.table(target);
                        o["valueUrl"] = json!(about_url(p, tt.spec).replace("{id}", &format!("{{{}}}", col.name)));
                    }
                    o
                })
                .collect();
            // Optional references are left to valueUrl: CSVW validators reject empty key cells.
            let fks: Vec<J> = spec
                .columns
                .iter()
                .filter(|c| c.required)
                .filter_map(|c| match c.kind {
                    Kind::Ref(target) => {
                        let tt = p.dataset.table(target);
                        Some(json!({"columnReference": c.name, "reference": {"resource": csv_path(v, tt.spec), "columnReference": "id"}}))
                    }
                    _ => None,
                })
                .collect();
            let mut schema = json!({
                "columns": columns,
                "primaryKey": spec.key,
                "aboutUrl": about_url(p, spec),
            });
            if !fks.is_empty() {
                schema["foreignKeys"] = J::Array(fks);
            }
            tables.push(json!({
                "url": csv_path(v, spec),
                "dc:title": lang_map(p, &labels::table_title(spec.name)),
                "dc:description": lang_map(p, &labels::table_description(spec.name)),
                "dc:language": match v { Variant::Bilingual => json!(["ja", "en"]), _ => json!(v.code()) },
                "tableSchema": schema,
            }));
        }
    }
    json!({
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "ja"}],
        "dc:title": lang_map(p, "release-title"),
        "dc:description": [
            {"@value": format!("{} {}", p.label(Lang::Ja, "release-description"), p.label(Lang::Ja, "provisional-translation")), "@language": "ja"},
            {"@value": format!("{} {}", p.label(Lang::En, "release-description"), p.label(Lang::En, "provisional-translation")), "@language": "en"}
        ],
        "dc:publisher": [
            {"@value": doc_text(p, Lang::Ja, "publisher"), "@language": "ja"},
            {"@value": doc_text(p, Lang::En, "publisher"), "@language": "en"}
        ],
        "dc:license": {"@id": PDL_URL},
        "dc:source": attribution(p),
        "dc:issued": {"@value": p.date, "@type": "xsd:date"},
        "tables": tables,
    })
}

fn media_type(rel: &str) -> (&'static str, Option<&'static str>) {
    let iana = "http://www.iana.org/assignments/media-types/";
    let _ = iana;
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

fn dcat(p: &Publication, pkg: &Path, hashes: &Hashes) -> io::Result<J> {
    let b = base(p);
    let dataset_id = format!("{b}#dataset");
    let publisher_id = format!("{b}#publisher");
    let iana = "http://www.iana.org/assignments/media-types/";
    let filetype = "http://publications.europa.eu/resource/authority/file-type/";
    let mut graph = Vec::new();
    let mut dists = Vec::new();
    let mut media: std::collections::BTreeSet<&str> = Default::default();
    let mut formats: std::collections::BTreeSet<&str> = Default::default();
    for rel in super::list_files(pkg)? {
        if rel == "dcat.jsonld" || rel == "SHA256SUMS" {
            continue;
        }
        let (bytes, hash) = hashes.get(&pkg.join(&rel))?;
        let (mt, ft) = media_type(&rel);
        media.insert(mt);
        let id = format!("{b}{rel}");
        let mut d = json!({
            "@id": id,
            "@type": "dcat:Distribution",
            "dct:title": [{"@value": rel, "@language": "ja"}, {"@value": rel, "@language": "en"}],
            "dcat:accessURL": {"@id": b},
            "dcat:downloadURL": {"@id": id},
            "dcat:mediaType": {"@id": format!("{iana}{mt}")},
            "dcat:byteSize": {"@value": bytes.to_string(), "@type": "xsd:nonNegativeInteger"},
            "spdx:checksum": {
                "@type": "spdx:Checksum",
                "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                "spdx:checksumValue": {"@value": hash, "@type": "xsd:hexBinary"}
            },
            "dct:license": {"@id": PDL_URL},
            "dct:issued": {"@value": p.date, "@type": "xsd:date"},
        });
        if let Some(ft) = ft {
            formats.insert(ft);
            d["dct:format"] = json!({"@id": format!("{filetype}{ft}")});
        }
        if rel.ends_with(".csv") {
            let lang = if rel.contains("/en/") { "ENG" } else { "JPN" };
            d["dct:language"] = json!({"@id": format!("http://publications.europa.eu/resource/authority/language/{lang}")});
        }
        dists.push(json!({"@id": id}));
        graph.push(d);
    }
    let (start, end) = fiscal_period(p);
    let keywords: Vec<J> = Lang::BOTH
        .iter()
        .flat_map(|l| {
            p.label(*l, "release-keywords")
                .split([',', '、'])
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(|s| json!({"@value": s, "@language": l.code()}))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut head = vec![
        json!({
            "@id": dataset_id,
            "@type": "dcat:Dataset",
            "dct:identifier": p.dataset.doc_str("id"),
            "dct:title": lang_map(p, "release-title"),
            "dct:description": [
                {"@value": format!("{} {}", p.label(Lang::Ja, "release-description"), p.label(Lang::Ja, "provisional-translation")), "@language": "ja"},
                {"@value": format!("{} {}", p.label(Lang::En, "release-description"), p.label(Lang::En, "provisional-translation")), "@language": "en"}
            ],
            "dcat:keyword": keywords,
            "dct:publisher": {"@id": publisher_id},
            "dct:language": [
                {"@id": "http://publications.europa.eu/resource/authority/language/JPN"},
                {"@id": "http://publications.europa.eu/resource/authority/language/ENG"}
            ],
            "dct:issued": {"@value": p.date, "@type": "xsd:date"},
            "dct:modified": {"@value": p.date, "@type": "xsd:date"},
            "owl:versionInfo": p.dataset.doc_str("release_version"),
            "dct:temporal": {
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": {"@value": start, "@type": "xsd:date"},
                "dcat:endDate": {"@value": end, "@type": "xsd:date"}
            },
            "dct:spatial": {"@id": "http://publications.europa.eu/resource/authority/country/JPN"},
            "dct:source": {"@id": format!("{b}#source")},
            "dct:rights": {"@type": "dct:RightsStatement", "rdfs:label": [
                {"@value": p.label(Lang::Ja, "attribution"), "@language": "ja"},
                {"@value": p.label(Lang::En, "attribution"), "@language": "en"}
            ]},
            "dcat:landingPage": {"@id": b},
            "dcat:distribution": dists,
        }),
        json!({
            "@id": format!("{b}#source"),
            "@type": "dcat:Dataset",
            "dct:title": [
                {"@value": doc_text(p, Lang::Ja, "title"), "@language": "ja"},
                {"@value": doc_text(p, Lang::En, "title"), "@language": "en"}
            ],
            "dct:description": [
                {"@value": format!("{} ({})", p.label(Lang::Ja, "readme-source-body"), p.dataset.doc_str("source_file")), "@language": "ja"},
                {"@value": format!("{} ({})", p.label(Lang::En, "readme-source-body"), p.dataset.doc_str("source_file")), "@language": "en"}
            ],
            "dct:publisher": {"@id": publisher_id}
        }),
        json!({
            "@id": publisher_id,
            "@type": "foaf:Agent",
            "foaf:name": [
                {"@value": doc_text(p, Lang::Ja, "publisher"), "@language": "ja"},
                {"@value": doc_text(p, Lang::En, "publisher"), "@language": "en"}
            ]
        }),
        json!({"@id": PDL_URL, "@type": "dct:LicenseDocument", "rdfs:label": [
            {"@value": p.label(Lang::Ja, "licence-name"), "@language": "ja"},
            {"@value": p.label(Lang::En, "licence-name"), "@language": "en"}
        ], "rdfs:seeAlso": {"@id": CC_BY_URL}}),
        json!({"@id": "http://publications.europa.eu/resource/authority/language/JPN", "@type": "dct:LinguisticSystem"}),
        json!({"@id": "http://publications.europa.eu/resource/authority/language/ENG", "@type": "dct:LinguisticSystem"}),
        json!({"@id": "http://publications.europa.eu/resource/authority/country/JPN", "@type": "dct:Location"}),
        json!({"@id": b, "@type": "foaf:Document"}),
    ];
    for mt in media {
        head.push(json!({"@id": format!("{iana}{mt}"), "@type": "dct:MediaType"}));
    }
    for ft in formats {
        head.push(json!({"@id": format!("{filetype}{ft}"), "@type": "dct:MediaTypeOrExtent"}));
    }
    head.extend(graph);
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
        "@graph": head
    }))
}

fn sha256sums(pkg: &Path, hashes: &Hashes) -> io::Result<String> {
    let mut out = String::new();
    for rel in super::list_files(pkg)? {
        if rel == "SHA256SUMS" {
            continue;
        }
        let (_, hash) = hashes.get(&pkg.join(&rel))?;
        out.push_str(&format!("{hash}  {rel}\n"));
    }
    Ok(out)
}

fn readme(p: &Publication) -> String {
    let mut s = String::new();
    for lang in Lang::BOTH {
        let l = |k: &str| p.label(lang, k).to_string();
        s.push_str(&format!("# {}\n\n", l("release-title")));
        if lang == Lang::En {
            s.push_str(&format!("> {}\n\n", l("provisional-translation")));
        }
        s.push_str(&format!(
            "## {}\n\n{}\n\n{}\n\n",
            l("readme-about"),
            l("release-description"),
            l("processed-notice")
        ));
        s.push_str(&format!(
            "## {}\n\n{}\n\n- {}: {}\n- {}: {} ({})\n- {}: {}\n- {}: {}\n\n",
            l("readme-source"),
            l("readme-source-body"),
            l("about-source"),
            doc_text(p, lang, "title"),
            l("about-fiscal-year"),
            p.dataset.doc_int("fiscal_year"),
            doc_text(p, lang, "fiscal_year_era"),
            l("about-publisher"),
            doc_text(p, lang, "publisher"),
            l("about-generated"),
            p.date
        ));
        s.push_str(&format!(
            "## {}\n\n{}\n\n",
            l("readme-units"),
            l("readme-units-body")
        ));
        s.push_str(&format!(
            "## {}\n\n{}\n\n",
            l("readme-identifiers"),
            l("readme-identifiers-body")
        ));
        s.push_str(&format!("## {}\n\n", l("readme-tables")));
        for t in &p.dataset.tables {
            let spec = t.spec;
            s.push_str(&format!(
                "### {} (`{}`)\n\n{} ({} rows)\n\n| {} | | |\n|---|---|---|\n",
                l(&labels::table_title(spec.name)),
                spec.file_name(),
                l(&labels::table_description(spec.name)),
                t.rows.len(),
                l("readme-columns")
            ));
            for c in spec.columns {
                s.push_str(&format!(
                    "| `{}` | {} | {} |\n",
                    c.name,
                    l(&labels::column_title(spec.name, c.name)).replace('|', "\\|"),
                    l(&labels::column_description(spec.name, c.name)).replace('|', "\\|")
                ));
            }
            s.push('\n');
        }
        s.push_str(&format!(
            "## {}\n\n{}\n\n",
            l("readme-limits"),
            l("readme-limits-body")
        ));
        let errata = p.dataset.table("errata");
        let ti = p.dataset.schema.table_index("errata").unwrap_or(0);
        for (ri, r) in errata.rows.iter().enumerate() {
            let g = |c: &str| r.cells[errata.col(c)].as_str().unwrap_or("").to_string();
            s.push_str(&format!(
                "- `{}` {}/{}.{}: {} → {} — {}\n",
                g("id"),
                g("table"),
                g("record"),
                g("field"),
                g("original_ja"),
                if g("corrected_ja").is_empty() {
                    "—".to_string()
                } else {
                    g("corrected_ja")
                },
                p.text(lang, ti, ri, errata.col("reason")).unwrap_or("")
            ));
        }
        s.push_str(&format!(
            "\n## {}\n\n{}\n\n",
            l("readme-files"),
            l("readme-files-body")
        ));
        s.push_str(&format!(
            "## {}\n\n{}\n\n> {}\n\n",
            l("readme-cite"),
            l("readme-cite-body"),
            l("attribution")
        ));
        s.push_str(&format!(
            "## {}\n\n{} ({})\n\n{}\n\n",
            l("readme-licence"),
            l("licence-name"),
            if lang == Lang::Ja {
                PDL_URL
            } else {
                PDL_URL_EN
            },
            l("licence-summary")
        ));
        s.push_str("---\n\n");
    }
    s
}

fn licence(p: &Publication) -> String {
    let mut s = String::new();
    for (lang, url) in [(Lang::Ja, PDL_URL), (Lang::En, PDL_URL_EN)] {
        let l = |k: &str| p.label(lang, k).to_string();
        s.push_str(&format!(
            "# {}\n\n{}\n\n{}\n\n- {}\n- CC BY 4.0: {}\n\n{}\n\n> {}\n\n",
            l("licence-name"),
            url,
            l("licence-summary"),
            url,
            CC_BY_URL,
            l("processed-notice"),
            l("attribution")
        ));
        if lang == Lang::En {
            s.push_str(&format!("{}\n\n", l("provisional-translation")));
        }
    }
    s
}
