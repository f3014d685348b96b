# ja-sha256: 2c44df69010d30c7
amed-fy2026-request__title = Overview of the Integrated Projects in the FY2026 Budget Request


# ja-sha256: 6cb26b7531592dd9
amed-fy2026-request__fiscal_year_era = FY2026 (Reiwa 8)


# ja-sha256: 7c0a9ab2fde881ec
amed-fy2026-request__publisher = Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office


# ja-sha256: 173f55bc39857dfe
amed-fy2026-request__unit = JPY 100 million

# ja-sha256: d7541a399f5e2d3f
amed-fy2026-request__closing_title = Structure of the Integrated Projects in the Third Period

# ja-sha256: 8a611748f5dc581c
amed-fy2026-request__closing_heading = <Research and Development Related to Disease Areas>

# ja-sha256: 0fd5db2703053558
amed-fy2026-request__closing_lead = The following areas have been set up across the integrated projects (PJs) above.
