// PLACEHOLDER with the agreed API; replaced by the real normaliser before landing.
use crate::date::PartialDate;
use serde::Serialize;
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeExpression {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Option<PartialDate>,
    pub rule: &'static str,
    pub relative: bool,
}
pub fn find_time_expressions(_text: &str, _anchor: Option<PartialDate>) -> Vec<TimeExpression> {
    Vec::new()
}
