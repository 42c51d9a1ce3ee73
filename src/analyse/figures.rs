// PLACEHOLDER with the agreed API; replaced by the real extractor before landing.
use serde::Serialize;
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub qualifier: Option<&'static str>,
    pub unit: Option<String>,
    pub currency: Option<&'static str>,
}
pub fn find_figures(_text: &str) -> Vec<Figure> {
    Vec::new()
}
pub fn disagree(a: &Figure, b: &Figure) -> bool {
    a.unit == b.unit
        && a.currency == b.currency
        && (a.value != b.value || a.qualifier != b.qualifier)
}
