//! A batch pipeline that turns the FY2026 (令和8年度) budget request overview of
//! AMED's integrated projects into a bilingual open-data release.
//!
//! The stages, in order: [`load`] CSV tables, [`validate`] them into a
//! [`model::Dataset`], [`l10n`] (check and read the Fluent translations),
//! assemble a read-only [`publication::Publication`], and [`emit`] every output
//! (the analyst [`views`] are derived from it by the outputs that publish them).

pub mod diag;
pub mod emit;
pub mod files;
pub mod history;
pub mod l10n;
pub mod labels;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod publication;
pub mod schema;
pub mod text;
pub mod validate;
pub mod views;
