pub fn write(_p: &crate::publication::Publication, _d: &std::path::Path) -> std::io::Result<()> { Ok(()) }
