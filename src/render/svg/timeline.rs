//! The timeline of dated events: time runs downwards, gaps in proportion to time, long quiet
//! spells shortened and marked with a break in the axis.

use super::text::wrap;
use super::{escape, num, open_svg, safe_href, FONT, WIDTH};
use std::fmt::Write;

/// One dated event on the timeline.
pub(crate) struct TimelineMark {
    pub label: String,
    pub href: String,
    /// The date as readers see it, e.g. "17 April 2025".
    pub date_label: String,
    /// Any number that grows with time (days since an epoch, say); only differences count.
    pub position: f64,
    /// Sources for the event; the dot grows a little with them.
    pub sources: usize,
    /// The year to mark on the axis, given rather than parsed back out of `date_label`
    /// because human dates ("spring 2025", "c. 1990") do not parse reliably.
    pub year: Option<i32>,
}

const TL_LINE: f64 = 22.0;
const TL_TOP: f64 = 16.0;
const TL_BOTTOM: f64 = 16.0;
/// Room left of the axis for year labels.
const TL_AXIS_X: f64 = 64.0;
const TL_TEXT_X: f64 = 84.0;
/// What fits between the text's start and the right edge.
const TL_LINE_EMS: f64 = (WIDTH - TL_TEXT_X - 8.0) / FONT;
const TL_LABEL_LINES: usize = 2;
/// Space between one event's text and the next.
const TL_PAD: f64 = 12.0;
/// The usual gap between events is drawn this tall; others in proportion.
const TL_TYPICAL_GAP: f64 = 48.0;
/// Longer gaps are shortened and drawn with a break in the axis, so twenty quiet years do
/// not become a screenful of nothing.
const TL_MAX_GAP: f64 = 120.0;
/// Shortened gaps still grow, with the logarithm of their length, so four years look
/// longer than four months; never past the ceiling.
const TL_LOG_GAP: f64 = 20.0;
const TL_GAP_CEILING: f64 = 240.0;

/// The timeline as an inline `<svg>`, or an empty string when there are no marks.
///
/// Time runs downwards so the picture stays readable at phone width; marks may come in
/// any order and are drawn sorted by `position`.
pub(crate) fn timeline_svg(marks: &[TimelineMark], title: &str, description: &str) -> String {
    if marks.is_empty() {
        return String::new();
    }
    let placed = timeline_layout(marks);
    let (first, last) = (&placed[0], &placed[placed.len() - 1]);
    let height = last.bottom() + TL_BOTTOM;

    let mut out = open_svg(
        "timeline",
        "timeline-chart",
        WIDTH,
        height,
        FONT,
        title,
        description,
    );
    // See network_svg on currentColor.
    out.push_str("<g class=\"axis\" stroke=\"currentColor\">\n");
    let mut run_start = first.top();
    for pair in placed.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        if next.compressed_before {
            axis_line(&mut out, run_start, prev.y, false);
            axis_line(&mut out, prev.y, next.y, true);
            let mid = (prev.y + next.y) / 2.0;
            let _ = writeln!(
                out,
                "<path class=\"axis-break\" d=\"M{x} {a}l14 -6M{x} {b}l14 -6\"/>",
                x = num(TL_AXIS_X - 7.0),
                a = num(mid),
                b = num(mid + 7.0),
            );
            run_start = next.y;
        }
    }
    axis_line(&mut out, run_start, last.y + TL_LINE / 2.0, false);
    for mark in placed.iter().filter(|m| m.year_tick.is_some()) {
        let _ = writeln!(
            out,
            "<line class=\"tick\" x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>",
            num(TL_AXIS_X - 8.0),
            num(TL_AXIS_X),
            y = num(mark.y),
        );
    }
    out.push_str("</g>\n<g class=\"years\">\n");
    for mark in &placed {
        if let Some(year) = mark.year_tick {
            let _ = writeln!(
                out,
                "<text class=\"year\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{year}</text>",
                num(TL_AXIS_X - 12.0),
                num(mark.y + 0.35 * FONT),
            );
        }
    }
    out.push_str("</g>\n<g class=\"marks\">\n");
    for mark in &placed {
        let source = &marks[mark.index];
        let _ = write!(
            out,
            "<a href=\"{}\" class=\"mark\"><title>{} — {}</title><circle cx=\"{}\" cy=\"{}\" r=\"{}\"/><text x=\"{x}\" y=\"{}\">",
            escape(safe_href(&source.href)),
            escape(&source.date_label),
            escape(&source.label),
            num(TL_AXIS_X),
            num(mark.y),
            num(mark.r),
            num(mark.y + 0.35 * FONT),
            x = num(TL_TEXT_X),
        );
        for (i, line) in mark.lines.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "<tspan class=\"date\">{}</tspan>", escape(line));
            } else {
                // The space keeps the words apart in the text a screen reader or a copy
                // sees; at the end of a line it is invisible.
                let _ = write!(
                    out,
                    " <tspan x=\"{}\" dy=\"{}\">{}</tspan>",
                    num(TL_TEXT_X),
                    num(TL_LINE),
                    escape(line)
                );
            }
        }
        out.push_str("</text></a>\n");
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// A stretch of the axis; `shortened` ones are dashed, as they are not to scale.
fn axis_line(out: &mut String, from: f64, to: f64, shortened: bool) {
    if to <= from {
        return;
    }
    let (class, dashes) = if shortened {
        ("axis-line axis-gap", " stroke-dasharray=\"3 5\"")
    } else {
        ("axis-line", "")
    };
    let _ = writeln!(
        out,
        "<line class=\"{class}\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"{dashes}/>",
        num(from),
        num(to),
        x = num(TL_AXIS_X),
    );
}

#[derive(Debug)]
struct PlacedMark {
    /// Into the caller's slice.
    index: usize,
    /// The dot's centre, which is also the middle of the first (date) line.
    y: f64,
    r: f64,
    /// The date, then the label wrapped and perhaps cut short.
    lines: Vec<String>,
    /// The gap above this mark was shortened.
    compressed_before: bool,
    /// The year to label here, when it differs from the last one labelled.
    year_tick: Option<i32>,
}

impl PlacedMark {
    fn top(&self) -> f64 {
        self.y - TL_LINE / 2.0
    }

    fn bottom(&self) -> f64 {
        self.top() + self.lines.len() as f64 * TL_LINE
    }
}

/// Vertical positions: gaps in proportion to time, with the median gap drawn
/// `TL_TYPICAL_GAP` tall, never less than the text above needs, and long ones shortened.
fn timeline_layout(marks: &[TimelineMark]) -> Vec<PlacedMark> {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].position.total_cmp(&marks[b].position));
    // max(0.0) also turns a NaN from odd input into no gap at all.
    let gaps: Vec<f64> = order
        .windows(2)
        .map(|w| (marks[w[1]].position - marks[w[0]].position).max(0.0))
        .collect();
    let mut usual: Vec<f64> = gaps
        .iter()
        .copied()
        .filter(|g| g.is_finite() && *g > 0.0)
        .collect();
    usual.sort_by(f64::total_cmp);
    let scale = usual
        .get(usual.len() / 2)
        .map_or(0.0, |median| TL_TYPICAL_GAP / median);

    let mut placed: Vec<PlacedMark> = Vec::with_capacity(marks.len());
    let mut last_year = None;
    for (n, &index) in order.iter().enumerate() {
        let mark = &marks[index];
        let mut lines = wrap(&mark.date_label, TL_LINE_EMS, 1);
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(wrap(&mark.label, TL_LINE_EMS, TL_LABEL_LINES));
        let (y, compressed_before) = match placed.last() {
            None => (TL_TOP + TL_LINE / 2.0, false),
            Some(prev) => {
                let wanted = gaps[n - 1] * scale;
                let compressed = wanted > TL_MAX_GAP;
                let drawn = if compressed {
                    (TL_MAX_GAP + TL_LOG_GAP * (wanted / TL_MAX_GAP).ln()).min(TL_GAP_CEILING)
                } else {
                    wanted
                };
                let room = prev.bottom() - prev.top() + TL_PAD;
                (prev.y + drawn.max(room), compressed)
            }
        };
        let year_tick = mark.year.filter(|&year| last_year != Some(year));
        if year_tick.is_some() {
            last_year = year_tick;
        }
        placed.push(PlacedMark {
            index,
            y,
            r: 5.0 + (mark.sources.min(16) as f64).sqrt(),
            lines,
            compressed_before,
            year_tick,
        });
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::svg::testing::{assert_plain_svg, numbers, svg_size};
    use crate::render::svg::text::ems;

    fn mark(label: &str, date: &str, position: f64, year: i32) -> TimelineMark {
        TimelineMark {
            label: label.to_string(),
            href: format!("/events/{}/", position),
            date_label: date.to_string(),
            position,
            sources: 2,
            year: Some(year),
        }
    }

    /// Twenty events: a burst on nearby days, a few weeks apart, then two decades of quiet.
    fn sample_marks() -> Vec<TimelineMark> {
        let mut marks: Vec<TimelineMark> = (0..10)
            .map(|i| {
                mark(
                    &format!("Event {i} of a busy week, with a label long enough to wrap onto a second line and then to run on past it, to be cut short"),
                    &format!("{} April 2005", 10 + i / 3),
                    (i / 3) as f64,
                    2005,
                )
            })
            .collect();
        marks.extend((0..10).map(|i| {
            mark(
                &format!("Later event {i}"),
                &format!("{} May 2025", 1 + 3 * i),
                7300.0 + 3.0 * i as f64,
                2025,
            )
        }));
        marks
    }

    #[test]
    fn same_input_same_bytes() {
        let marks = sample_marks();
        assert_eq!(
            timeline_svg(&marks, "Events", "In order."),
            timeline_svg(&marks, "Events", "In order.")
        );
    }

    #[test]
    fn nothing_to_draw_draws_nothing() {
        assert_eq!(timeline_svg(&[], "t", "d"), "");
    }

    #[test]
    fn untrusted_text_is_escaped_and_script_links_are_dead() {
        let marks = [TimelineMark {
            label: "<script>alert(1)</script>".to_string(),
            href: "data:text/html,<script>".to_string(),
            date_label: "1 <May> 2025".to_string(),
            position: 0.0,
            sources: 1,
            year: Some(2025),
        }];
        let svg = timeline_svg(&marks, "t", "d");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("1 &lt;May&gt; 2025"));
        assert!(svg.contains("href=\"#\""));
    }

    #[test]
    fn roots_are_labelled_images_without_inline_styles() {
        let timeline = timeline_svg(&sample_marks(), "Events", "In order.");
        assert!(
            timeline.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 ")
        );
        assert!(timeline.contains("role=\"group\" aria-labelledby=\"timeline-title timeline-desc\" class=\"timeline-chart\""));
        assert!(timeline.contains("<title id=\"timeline-title\">Events</title>"));
        assert_plain_svg(&timeline);
    }

    #[test]
    fn every_mark_is_a_link_with_its_full_label() {
        let marks = sample_marks();
        let svg = timeline_svg(&marks, "Events", "In order.");
        assert_eq!(svg.matches("<a href=").count(), marks.len());
        for m in &marks {
            assert!(svg.contains(&format!(
                "<a href=\"{}\" class=\"mark\"><title>{} — {}</title>",
                m.href, m.date_label, m.label
            )));
        }
        assert!(svg.contains("<tspan class=\"date\">10 April 2005</tspan>"));
        assert!(svg.contains("…</tspan>"));
    }

    #[test]
    fn timeline_text_never_overlaps() {
        let mut marks = sample_marks();
        // Same day, and out of order: sorted by position, pushed apart.
        marks.push(mark("Same day as the first", "10 April 2005", 0.0, 2005));
        marks.reverse();
        let placed = timeline_layout(&marks);
        assert_eq!(placed.len(), marks.len());
        for pair in placed.windows(2) {
            assert!(marks[pair[0].index].position <= marks[pair[1].index].position);
            assert!(pair[1].top() >= pair[0].bottom() + TL_PAD - 1e-9);
        }
        // The written text, after rounding, keeps the same order and room.
        let svg = timeline_svg(&marks, "t", "d");
        let ys = numbers(&svg, "cy");
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= TL_LINE * 2.0));
        for m in &placed {
            for l in &m.lines {
                assert!(TL_TEXT_X + ems(l) * FONT <= WIDTH, "{l}");
            }
        }
    }

    #[test]
    fn long_gaps_are_shortened_and_marked() {
        let marks = sample_marks();
        let placed = timeline_layout(&marks);
        let shortened: Vec<&PlacedMark> = placed.iter().filter(|m| m.compressed_before).collect();
        assert_eq!(shortened.len(), 1);
        let gap = shortened[0].y - placed[shortened[0].index - 1].y;
        assert!(gap <= TL_GAP_CEILING + 1e-9);
        let tallest_block = 3.0 * TL_LINE + TL_PAD;
        let svg = timeline_svg(&marks, "t", "d");
        let (width, height) = svg_size(&svg);
        assert_eq!(width, WIDTH);
        assert!(height <= TL_TOP + 20.0 * tallest_block + TL_GAP_CEILING + TL_BOTTOM);
        assert_eq!(svg.matches("class=\"axis-break\"").count(), 1);
        assert_eq!(svg.matches("axis-gap").count(), 1);
        // Longer quiet spells still look longer.
        let quiet = |days: f64| {
            let mut marks: Vec<TimelineMark> =
                (0..5).map(|i| mark("a", "a", i as f64, 1)).collect();
            marks.push(mark("b", "b", 4.0 + days, 1));
            timeline_layout(&marks)
        };
        let (short, long) = (quiet(100.0), quiet(10_000.0));
        assert!(long[5].y - long[4].y > short[5].y - short[4].y);
        assert!(short[5].compressed_before && long[5].compressed_before);
    }

    #[test]
    fn years_are_marked_where_they_change() {
        let marks = [
            mark("a", "1 May 2024", 0.0, 2024),
            mark("b", "2 May 2024", 1.0, 2024),
            TimelineMark {
                year: None,
                ..mark("c", "spring", 2.0, 0)
            },
            mark("d", "1 January 2025", 3.0, 2025),
            mark("e", "2 January 2025", 4.0, 2025),
        ];
        let svg = timeline_svg(&marks, "t", "d");
        assert_eq!(svg.matches("class=\"year\"").count(), 2);
        assert!(svg.contains(">2024</text>") && svg.contains(">2025</text>"));
        assert_eq!(svg.matches("class=\"tick\"").count(), 2);
    }

    #[test]
    fn dots_grow_a_little_with_sources() {
        let mut few = mark("a", "a", 0.0, 1);
        few.sources = 0;
        let mut many = mark("b", "b", 1.0, 1);
        many.sources = 1000;
        let placed = timeline_layout(&[few, many]);
        assert_eq!((placed[0].r, placed[1].r), (5.0, 9.0));
    }
}
