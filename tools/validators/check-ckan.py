#!/usr/bin/env python3
"""Checks that ckan.json has the shape of a CKAN package_create request for a
portal with ckanext-scheming, the ckanext-fluent presets and the
ckanext-dcat schemas (dcat_ap_full, dcat_ap_multilingual), using CKAN's own
rules where it has them:

- `name`: 2-100 characters of a-z, 0-9, - and _ (ckan.logic.validators.name_validator);
- tags: 2-100 characters, letters, digits, spaces, - _ . (tag_length_validator,
  tag_name_validator, regex [\\w \\-.]* with Unicode);
- fluent fields (`*_translated`, `provenance`, resource `rights`): an object
  with exactly the languages ja and en, each a non-empty string (or, for
  tags_translated, a list of valid tags);
- only fields that CKAN core or those schemas define; repeating subfields
  (`contact`, `publisher`, `temporal_coverage`, `spatial_coverage`) only
  with their subfields;
- every resource: an http(s) `url`, a name in both languages, a format, and a
  size and SHA-256 when given;
- the resources are exactly the distributions of dcat.jsonld (same URLs).

Usage: check-ckan.py PACKAGE_DIR   (exit 0 = valid, 1 = problems printed)
"""
import json
import os
import re
import sys

LANGS = {"ja", "en"}
NAME = re.compile(r"^[a-z0-9_\-]{2,100}$")
TAG = re.compile(r"^[\w \-.]{2,100}$", re.UNICODE)
DATASET_FIELDS = {
    # CKAN core (package_create)
    "name", "title", "notes", "url", "version", "license_id", "author", "author_email",
    "maintainer", "maintainer_email", "tags", "extras", "resources", "owner_org",
    "private", "state", "type", "groups",
    # ckanext-fluent (dcat_ap_multilingual)
    "title_translated", "notes_translated", "tags_translated", "version_notes",
    # ckanext-dcat (dcat_ap_full, dcat_ap_in_series)
    "contact", "publisher", "creator", "issued", "modified", "identifier", "frequency",
    "provenance", "dcat_type", "temporal_coverage", "temporal_resolution",
    "spatial_coverage", "spatial_resolution_in_meters", "access_rights",
    "alternate_identifier", "theme", "language", "documentation", "conforms_to",
    "is_referenced_by", "applicable_legislation", "uri", "in_series",
}
RESOURCE_FIELDS = {
    "url", "name", "description", "format", "mimetype", "compress_format", "package_format",
    "size", "hash", "hash_algorithm", "rights", "availability", "status", "license",
    "has_version", "access_url", "download_url", "issued", "modified", "language",
    "documentation", "conforms_to", "applicable_legislation", "access_services", "uri",
    "name_translated", "description_translated",
}
SUBFIELDS = {
    "contact": {"uri", "name", "email", "identifier", "url"},
    "publisher": {"uri", "name", "email", "url", "type", "identifier"},
    "temporal_coverage": {"start", "end"},
    "spatial_coverage": {"uri", "text", "geom", "bbox", "centroid"},
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fluent(value, where, problems, tags=False):
    if not isinstance(value, dict) or set(value) != LANGS:
        problems.append(f"{where}: must be an object with exactly the languages {sorted(LANGS)}")
        return
    for lang, v in value.items():
        if tags:
            if not isinstance(v, list) or not v:
                problems.append(f"{where}.{lang}: must be a non-empty list of tags")
                continue
            for t in v:
                if not isinstance(t, str) or not TAG.match(t):
                    problems.append(f"{where}.{lang}: {t!r} is not a valid CKAN tag")
        elif not isinstance(v, str) or not v.strip():
            problems.append(f"{where}.{lang}: must be a non-empty string")


def main():
    pkg = sys.argv[1]
    body = json.load(open(os.path.join(pkg, "ckan.json"), encoding="utf-8"))
    problems = []
    for k in sorted(set(body) - DATASET_FIELDS):
        problems.append(f"`{k}` is not a field of CKAN or of the ckanext-dcat/fluent schemas")
    if not isinstance(body.get("name"), str) or not NAME.match(body["name"]):
        problems.append(f"name {body.get('name')!r}: 2-100 of a-z 0-9 - _")
    for k in ("title", "notes", "license_id", "url", "version"):
        if not isinstance(body.get(k), str) or not body[k]:
            problems.append(f"`{k}` must be a non-empty string")
    for k in ("title_translated", "notes_translated", "provenance"):
        fluent(body.get(k), k, problems)
    fluent(body.get("tags_translated"), "tags_translated", problems, tags=True)
    tags = body.get("tags", [])
    if not tags:
        problems.append("tags: none")
    for t in tags:
        if set(t) != {"name"} or not TAG.match(t.get("name", "")):
            problems.append(f"tag {t!r} is not a valid CKAN tag")
    for k, allowed in SUBFIELDS.items():
        for i, item in enumerate(body.get(k, [])):
            extra = set(item) - allowed
            if extra:
                problems.append(f"{k}[{i}]: unknown subfields {sorted(extra)}")
    for i, tc in enumerate(body.get("temporal_coverage", [])):
        for k in ("start", "end"):
            if not DATE.match(tc.get(k, "")):
                problems.append(f"temporal_coverage[{i}].{k} is not a date")
    for k in ("issued", "modified"):
        if k in body and not DATE.match(body[k]):
            problems.append(f"{k} is not a date")
    for k in ("theme", "language", "documentation"):
        if k in body and not (isinstance(body[k], list) and all(isinstance(x, str) for x in body[k])):
            problems.append(f"{k} must be a list of strings")
    resources = body.get("resources", [])
    if not resources:
        problems.append("resources: none")
    urls = []
    for i, r in enumerate(resources):
        where = f"resources[{i}] ({r.get('url')})"
        for k in sorted(set(r) - RESOURCE_FIELDS):
            problems.append(f"{where}: `{k}` is not a resource field")
        if not re.match(r"^https?://\S+$", r.get("url", "")):
            problems.append(f"{where}: url must be http(s)")
        urls.append(r.get("url"))
        for k in ("name", "format"):
            if not isinstance(r.get(k), str) or not r[k]:
                problems.append(f"{where}: `{k}` must be a non-empty string")
        fluent(r.get("name_translated"), f"{where}.name_translated", problems)
        fluent(r.get("description_translated"), f"{where}.description_translated", problems)
        fluent(r.get("rights"), f"{where}.rights", problems)
        if "size" in r and not (isinstance(r["size"], int) and r["size"] >= 0):
            problems.append(f"{where}: size must be a non-negative integer")
        if "hash" in r and not re.match(r"^[0-9a-f]{64}$", r["hash"]):
            problems.append(f"{where}: hash must be a lowercase SHA-256")
        if ("hash" in r) != ("hash_algorithm" in r):
            problems.append(f"{where}: hash and hash_algorithm go together")
    if len(set(urls)) != len(urls):
        problems.append("resources: a url appears twice")
    dcat = json.load(open(os.path.join(pkg, "dcat.jsonld"), encoding="utf-8"))
    dists = {n["@id"] for n in dcat["@graph"] if n.get("@type") == "dcat:Distribution"}
    if dists != set(urls):
        problems.append(
            f"resources differ from the DCAT distributions: only in ckan.json {sorted(set(urls) - dists)[:5]}, "
            f"only in dcat.jsonld {sorted(dists - set(urls))[:5]}"
        )
    for p in problems:
        print(f"  {p}")
    if problems:
        print(f"FAIL ckan: {len(problems)} problem(s)")
        return 1
    print(f"PASS ckan: package_create shape, {len(resources)} resources = the DCAT distributions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
