# ja-sha256: 2c44df69010d30c7
amed-fy2026-request__title = Overview of the Integrated Projects in the FY2026 Budget Request

# ja-sha256: 6cb26b7531592dd9
amed-fy2026-request__fiscal_year_era = FY2026 (Reiwa 8)

# ja-sha256: 7c0a9ab2fde881ec
amed-fy2026-request__publisher = Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office

# ja-sha256: 173f55bc39857dfe
amed-fy2026-request__unit = JPY 100 million
