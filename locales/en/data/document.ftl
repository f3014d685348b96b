amed-fy2026-request__title = Overview of the Integrated Projects in the FY2026 Budget Request

amed-fy2026-request__fiscal_year_era = FY2026 (Reiwa 8)

amed-fy2026-request__publisher = Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office

amed-fy2026-request__unit = JPY 100 million
