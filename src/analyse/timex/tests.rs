use super::arithmetic::{add_months, days_from_civil, weekday_of};
use super::scan::tokenize;
use super::*;
use crate::model::date::civil_from_days;
use crate::text::fuzz::Lcg;

fn date(text: &str) -> Option<PartialDate> {
    PartialDate::parse(text)
}

/// (text, value) of every expression found.
fn found(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
    find_time_expressions(text, date(anchor))
        .into_iter()
        .map(|e| (e.text, e.value.map(|v| v.to_string())))
        .collect()
}

/// The only expression of `text`, as (text, value).
fn only(text: &str, anchor: &str) -> (String, Option<String>) {
    let all = found(text, anchor);
    assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
    all.into_iter().next().unwrap()
}

/// The value of the only expression of `text`.
fn value(text: &str, anchor: &str) -> Option<String> {
    only(text, anchor).1
}

fn pair(text: &str, value: &str) -> (String, Option<String>) {
    (text.to_string(), Some(value.to_string()))
}

#[test]
fn full_dates_in_every_order() {
    let anchor = "2030-01-01";
    for (text, expected) in [
        ("The plant opened on April 17, 2025.", "April 17, 2025"),
        ("The plant opened on 17 April 2025.", "17 April 2025"),
        ("The plant opened on Apr. 17, 2025.", "Apr. 17, 2025"),
        (
            "The plant opened on the 17th of April, 2025.",
            "the 17th of April, 2025",
        ),
        (
            "The plant opened on Thursday, April 17, 2025.",
            "Thursday, April 17, 2025",
        ),
        ("The plant opened on 2025-04-17.", "2025-04-17"),
    ] {
        assert_eq!(only(text, anchor), pair(expected, "2025-04-17"), "{text}");
    }
    let e = &find_time_expressions("On 17 April 2025 it rained.", None)[0];
    assert_eq!(e.rule, "absolute: day month year");
    assert!(!e.relative);
}

#[test]
fn impossible_dates_are_not_dates() {
    assert!(found("It happened on February 30, 2025.", "2025-04-01").is_empty());
    assert!(found("It happened on 2025-13-45.", "2025-04-01").is_empty());
}

#[test]
fn month_and_day_take_the_year_nearest_the_anchor_leaning_past() {
    assert_eq!(
        value("The vote is on April 17.", "2025-03-10").as_deref(),
        Some("2025-04-17")
    );
    assert_eq!(
        value("The vote was on December 3.", "2025-03-10").as_deref(),
        Some("2024-12-03")
    );
    assert_eq!(
        value("They met on 30 December.", "2025-01-05").as_deref(),
        Some("2024-12-30")
    );
    assert_eq!(
        value("They meet on January 4.", "2024-12-20").as_deref(),
        Some("2025-01-04")
    );
    // A future clause points forward.
    assert_eq!(
        value("The firm will open on July 4.", "2025-03-10").as_deref(),
        Some("2025-07-04")
    );
    let e = &find_time_expressions("The vote was on April 17.", date("2025-04-20"))[0];
    assert!(e.relative);
}

#[test]
fn a_stated_weekday_picks_the_year() {
    // 17 April was a Thursday in 2025 and a Wednesday in 2024.
    assert_eq!(
        value("Thursday, April 17 was busy.", "2025-06-01").as_deref(),
        Some("2025-04-17")
    );
    assert_eq!(
        value("Wednesday, April 17 was busy.", "2025-06-01").as_deref(),
        Some("2024-04-17")
    );
}

#[test]
fn numeric_dates_only_when_the_order_is_clear() {
    let anchor = "2025-06-01";
    assert_eq!(
        value("Filed 17.04.2025 in court.", anchor).as_deref(),
        Some("2025-04-17")
    );
    assert_eq!(
        value("Filed 04/17/2025 in court.", anchor).as_deref(),
        Some("2025-04-17")
    );
    assert_eq!(
        value("Filed 2025/04/17 in court.", anchor).as_deref(),
        Some("2025-04-17")
    );
    assert_eq!(
        value("Filed 03.04.2025 in court.", anchor).as_deref(),
        Some("2025-04-03")
    );
    assert_eq!(
        value("Filed 13/12/99 in court.", anchor).as_deref(),
        Some("1999-12-13")
    );
    for ambiguous in ["Filed 05/04/2025 in court.", "Filed 11/10/11 in court."] {
        let e = &find_time_expressions(ambiguous, date(anchor))[0];
        assert_eq!(
            (e.value, e.rule),
            (None, "numeric date: day and month order unknown")
        );
    }
    for not_a_date in [
        "Version 1.2.3 shipped.",
        "Host 192.168.1.1 failed.",
        "Open 24/7 since 9/11.",
    ] {
        assert!(found(not_a_date, anchor).is_empty(), "{not_a_date}");
    }
}

#[test]
fn a_day_of_the_anchor_month() {
    assert_eq!(
        only("On the 17th the board met.", "2025-04-20"),
        pair("the 17th", "2025-04-17")
    );
    assert!(found("The office on the 5th floor closed.", "2025-04-20").is_empty());
}

#[test]
fn months_with_and_without_a_year() {
    assert_eq!(
        only("The bill passed in March 2024.", "2025-04-20"),
        pair("March 2024", "2024-03")
    );
    assert_eq!(
        value("The bill passed in March.", "2025-04-20").as_deref(),
        Some("2025-03")
    );
    assert_eq!(
        value("The bill passed in November.", "2025-04-20").as_deref(),
        Some("2024-11")
    );
    assert_eq!(
        value("Talks ran in June.", "2025-03-18").as_deref(),
        Some("2024-06")
    );
    assert_eq!(
        value("The trial runs through June.", "2025-03-18").as_deref(),
        Some("2025-06")
    );
    assert_eq!(
        value("Sales fell last May.", "2025-03-18").as_deref(),
        Some("2024-05")
    );
    assert_eq!(
        value("Sales fell last February.", "2025-03-18").as_deref(),
        Some("2025-02")
    );
    assert_eq!(
        value("It opens next March.", "2025-03-18").as_deref(),
        Some("2026-03")
    );
    assert_eq!(
        spans("Between April and May it rained.", "2025-06-01"),
        [range("Between April and May", "2025-04", "2025-05")]
    );
}

#[test]
fn may_the_verb_and_the_name_are_not_months() {
    assert!(found("Officials may meet again. Theresa May spoke.", "2025-06-01").is_empty());
    assert_eq!(
        only("Ms May will travel in May.", "2025-04-01"),
        pair("May", "2025-05")
    );
}

#[test]
fn years_need_context() {
    let anchor = "2025-06-01";
    for (text, year) in [
        ("The firm grew in 2003.", "2003"),
        ("It has grown since 2015.", "2015"),
        ("It aims to double by 2030.", "2030"),
        ("The 2012 election was close.", "2012"),
        ("China's 2012 budget grew.", "2012"),
        ("The film (2003) won.", "2003"),
        ("It was founded in the year 1850.", "1850"),
    ] {
        assert_eq!(only(text, anchor), pair(year, year), "{text}");
    }
    assert_eq!(
        found(
            "The 2016–2025 plan, from 2010 to 2015, in 2003, 2007 and 2011.",
            anchor
        ),
        [
            pair("2016–2025", "2016"),
            pair("from 2010 to 2015", "2010"),
            pair("2003", "2003"),
            pair("2007", "2007"),
            pair("2011", "2011")
        ]
    );
    assert_eq!(
        spans("The expedition of 1957-58 and the 1999-00 season.", anchor),
        [
            range("1957-58", "1957", "1958"),
            range("1999-00", "1999", "2000")
        ]
    );
}

#[test]
fn numbers_that_are_not_years() {
    for text in [
        "Some 2,000 people and 145 people came.",
        "It cost $3 billion, or $2015 each.",
        "About 2003 people were evacuated.",
        "Between 1500 and 2000 people came.",
        "Prices rose 1.7% while 2015 % was reported.",
        "Lot No. 2015 was sold; number 2016 too.",
        "Flight A2022 left at 1500 GMT.",
        "Windows 2000 crashed again.",
    ] {
        let years: Vec<_> = found(text, "2025-06-01")
            .into_iter()
            .filter(|(_, v)| v.as_ref().is_some_and(|v| v.len() == 4))
            .collect();
        assert!(years.is_empty(), "{text}: {years:?}");
    }
    // A strong temporal word keeps a year even before a plural noun.
    assert_eq!(
        only("In 2003 prices rose.", "2025-06-01"),
        pair("2003", "2003")
    );
}

#[test]
fn a_year_glued_to_a_preposition() {
    let e = &find_time_expressions("The company was founded in2022 in Oslo.", None)[0];
    assert_eq!((e.text.as_str(), e.value), ("2022", date("2022")));
    assert_eq!((e.start, e.end), (26, 30));
}

#[test]
fn approximate_parts_keep_the_period_precision() {
    let anchor = "2025-06-01";
    let e = &find_time_expressions("Output peaked in mid-2024.", date(anchor))[0];
    assert_eq!(
        (e.text.as_str(), e.value, e.rule),
        (
            "mid-2024",
            date("2024"),
            "approximate: part of a stated year"
        )
    );
    assert_eq!(
        only("Work began in early 2024.", anchor),
        pair("early 2024", "2024")
    );
    assert_eq!(
        only("Work began late last year.", anchor),
        pair("late last year", "2024")
    );
    assert_eq!(
        only("Work began in early December.", anchor),
        pair("early December", "2024-12")
    );
    assert_eq!(
        only("Work began at the end of March 2024.", anchor),
        pair("the end of March 2024", "2024-03")
    );
    assert_eq!(
        only("Work began earlier this year.", anchor),
        pair("earlier this year", "2025")
    );
}

#[test]
fn decades_and_centuries_are_found_but_not_dated() {
    let all = find_time_expressions("Rents soared in the 1990s, as in the 20th century.", None);
    let got: Vec<_> = all
        .iter()
        .map(|e| (e.text.as_str(), e.value, e.rule))
        .collect();
    assert_eq!(
        got,
        [
            ("1990s", None, "decade (not a calendar date)"),
            ("20th century", None, "century (not a calendar date)")
        ]
    );
}

#[test]
fn days_relative_to_the_anchor() {
    let anchor = "2025-04-17"; // a Thursday
    assert_eq!(
        value("Results come today.", anchor).as_deref(),
        Some("2025-04-17")
    );
    assert_eq!(
        value("Results came yesterday.", anchor).as_deref(),
        Some("2025-04-16")
    );
    assert_eq!(
        value("Results come tomorrow.", anchor).as_deref(),
        Some("2025-04-18")
    );
    assert!(found("USA Today reported it.", anchor).is_empty());
}

#[test]
fn weekdays_relative_to_the_anchor() {
    let anchor = "2025-04-17"; // a Thursday
    for (text, expected) in [
        ("The mayor spoke Thursday.", "2025-04-17"),
        ("The mayor spoke on Monday.", "2025-04-14"),
        ("The mayor spoke on Friday.", "2025-04-11"),
        ("The mayor spoke last Thursday.", "2025-04-10"),
        ("The mayor speaks next Tuesday.", "2025-04-22"),
        ("The mayor will speak on Monday.", "2025-04-21"),
        ("The mayor said Friday that she will resign.", "2025-04-11"),
    ] {
        assert_eq!(value(text, anchor).as_deref(), Some(expected), "{text}");
    }
    let e = &find_time_expressions("The mayor spoke Monday.", date(anchor))[0];
    assert_eq!(e.rule, "relative: weekday on or before the anchor");
}

#[test]
fn sets_and_holidays_are_not_weekdays() {
    assert!(found("Every Monday the shop closes.", "2025-04-17").is_empty());
    assert!(found("Shops shut on Good Friday.", "2025-04-17").is_empty());
    assert!(found("The market is open on Mondays.", "2025-04-17").is_empty());
}

#[test]
fn periods_relative_to_the_anchor_keep_their_precision() {
    let anchor = "2025-04-17";
    for (text, expected) in [
        ("Sales rose this month.", "2025-04"),
        ("Sales rose last month.", "2025-03"),
        ("Sales rise next month.", "2025-05"),
        ("Sales rose this year.", "2025"),
        ("Sales rose last year.", "2024"),
        ("Sales rise next year.", "2026"),
        ("Sales rise next fiscal year.", "2026"),
        ("Sales rose a year ago.", "2024"),
        ("Sales rose two years ago.", "2023"),
        ("Sales rose three months ago.", "2025-01"),
        ("Sales rose five days ago.", "2025-04-12"),
        ("Sales rose two weeks ago.", "2025-04-03"),
        ("Sales rose last summer.", "2024"),
        ("Sales rise this autumn.", "2025"),
    ] {
        assert_eq!(value(text, anchor).as_deref(), Some(expected), "{text}");
    }
    let e = &find_time_expressions("Sales rose last year.", date(anchor))[0];
    assert_eq!((e.rule, e.relative), ("relative: last year", true));
}

#[test]
fn weeks_are_found_but_not_dated_and_the_past_year_is_a_duration() {
    let e = &find_time_expressions("Talks resumed this week.", date("2025-04-17"))[0];
    assert_eq!((e.text.as_str(), e.value), ("this week", None));
    assert!(found("Prices rose over the past year.", "2025-04-17").is_empty());
    assert!(found("It happened the same day.", "2025-04-17").is_empty());
}

#[test]
fn that_year_is_the_year_the_paragraph_talks_about() {
    let text = "The firm moved in 1998. Later that year it merged.\n\nEarlier that year, nothing.";
    assert_eq!(
        found(text, "2025-04-17"),
        vec![
            pair("1998", "1998"),
            pair("Later that year", "1998"),
            pair("Earlier that year", "2025")
        ]
    );
    assert_eq!(
        only("Sales peaked by the end of the year.", "2025-04-17"),
        pair("the end of the year", "2025")
    );
}

#[test]
fn that_year_and_that_month_take_the_date_earlier_in_their_sentence() {
    let text = "In June 2019, Freedonia left the pact, following Ruritania earlier that year.";
    assert_eq!(
        found(text, "2025-04-17"),
        vec![
            pair("June 2019", "2019-06"),
            pair("earlier that year", "2019")
        ]
    );
    let text = "In March 2020 the mill closed; later that year the dam burst.";
    assert_eq!(
        found(text, "2025-04-17")[1],
        pair("later that year", "2020")
    );
    let text = "The fair opened on 3 May 2021 and the bridge reopened that month.";
    assert_eq!(found(text, "2025-04-17")[1], pair("that month", "2021-05"));
}

#[test]
fn offsets_count_from_a_date_in_the_same_sentence() {
    let anchor = "2025-06-01";
    assert_eq!(
        only("Protests began six days after April 17, 2025.", anchor),
        pair("six days after April 17, 2025", "2025-04-23")
    );
    assert_eq!(
            found("The court ruled on April 17, 2025, and six days after the ruling the minister resigned.", anchor),
            vec![pair("April 17, 2025", "2025-04-17"), pair("six days after the ruling", "2025-04-23")]
        );
    assert_eq!(
        found(
            "The plant opened on 17 April 2025 and closed two weeks later.",
            anchor
        ),
        vec![
            pair("17 April 2025", "2025-04-17"),
            pair("two weeks later", "2025-05-01")
        ]
    );
    assert_eq!(
        found(
            "The vote was on 2 May 2025; the count ended the next day.",
            anchor
        ),
        vec![
            pair("2 May 2025", "2025-05-02"),
            pair("the next day", "2025-05-03")
        ]
    );
    assert_eq!(
        found(
            "The law passed in 2019 and took effect a year later.",
            anchor
        ),
        vec![pair("2019", "2019"), pair("a year later", "2020")]
    );
}

#[test]
fn offsets_do_not_cross_sentences_and_restated_dates_win() {
    let text = "The court ruled on April 17, 2025. Two weeks later, the council met.";
    let all = find_time_expressions(text, date("2025-06-01"));
    assert_eq!(
        (all[1].text.as_str(), all[1].value),
        ("Two weeks later", None)
    );
    assert_eq!(
        found(
            "Six days after the ruling, on April 23, 2025, crowds gathered.",
            "2025-06-01"
        ),
        vec![pair("April 23, 2025", "2025-04-23")]
    );
    assert!(found(
        "The season started a month earlier than usual.",
        "2025-06-01"
    )
    .is_empty());
}

#[test]
fn a_coarse_anchor_places_only_what_its_precision_allows() {
    let month = "2025-04";
    assert_eq!(value("The mayor spoke on Monday.", month), None);
    assert_eq!(value("Sales rose yesterday.", month), None);
    assert_eq!(
        value("Sales rose last year.", month).as_deref(),
        Some("2024")
    );
    assert_eq!(
        value("Sales rose last month.", month).as_deref(),
        Some("2025-03")
    );
    assert_eq!(value("Sales rose last month.", "2025"), None);
    assert_eq!(
        value("Sales rose last year.", "2025").as_deref(),
        Some("2024")
    );
}

#[test]
fn without_an_anchor_relative_expressions_are_kept_unresolved() {
    let text = "Yesterday the mayor, who took office on April 17, 2025, said on Monday that last year and in March were hard.";
    let got: Vec<_> = find_time_expressions(text, None)
        .into_iter()
        .map(|e| (e.text, e.value.is_some(), e.relative))
        .collect();
    assert_eq!(
        got,
        [
            ("Yesterday".to_string(), false, true),
            ("April 17, 2025".to_string(), true, false),
            ("Monday".to_string(), false, true),
            ("last year".to_string(), false, true),
            ("March".to_string(), false, true),
        ]
    );
}

#[test]
fn offsets_are_chars_and_text_is_the_slice() {
    let text = "Über-Café ☕ — «naïve» 🚀 said on 17 April 2025 that in2022 prices… rose.";
    let chars: Vec<char> = text.chars().collect();
    let all = find_time_expressions(text, None);
    assert_eq!(all.len(), 2);
    for e in &all {
        assert_eq!(e.text, chars[e.start..e.end].iter().collect::<String>());
    }
    assert_eq!(all[0].text, "17 April 2025");
    assert_eq!(
        all[0].start,
        text.find("17 April")
            .map(|b| text[..b].chars().count())
            .unwrap()
    );
    assert_eq!(all[1].text, "2022");
}

#[test]
fn sentences_end_at_terminators_but_not_after_abbreviations() {
    let tokens = tokenize(
        &"Dr. Roe met Gov. Lee in the U.S. Army. Then it rained!"
            .chars()
            .collect::<Vec<_>>(),
    );
    let sentences: Vec<usize> = tokens.iter().map(|t| t.sentence).collect();
    assert_eq!(sentences.iter().max(), Some(&1));
    assert_eq!(
        tokens.iter().find(|t| t.text == "Then").map(|t| t.sentence),
        Some(1)
    );
}

#[test]
fn date_arithmetic_round_trips() {
    for days in [-800_000, -1, 0, 1, 20_195, 60_000] {
        let (y, m, d) = civil_from_days(days);
        assert_eq!(days_from_civil(y, m, d), days);
    }
    assert_eq!(weekday_of(days_from_civil(2025, 4, 17)), 3); // Thursday
    assert_eq!(add_months(2025, 1, -2), date("2024-11"));
    assert_eq!(add_months(2024, 12, 1), date("2025-01"));
}

#[test]
fn a_year_beside_a_month_completes_it() {
    let anchor = "2025-06-01";
    assert_eq!(
        spans("The fair ran from 29 September – 1 October 2006.", anchor),
        [range(
            "from 29 September – 1 October 2006",
            "2006-09-29",
            "2006-10-01"
        )]
    );
    assert_eq!(
        spans("Talks ran from December 28 to January 3, 2020.", anchor),
        [range(
            "from December 28 to January 3, 2020",
            "2019-12-28",
            "2020-01-03"
        )]
    );
    assert_eq!(
        found("In 1910, on October 5, the monarchy fell.", anchor),
        vec![pair("1910", "1910"), pair("October 5", "1910-10-05")]
    );
    assert_eq!(
        found("The pianist died on 10th December in 1989.", anchor)[0],
        pair("10th December", "1989-12-10")
    );
    // A year in another clause does not complete the date.
    assert_eq!(
        found(
            "The firm, which lost money in 2019, on March 3 said it would grow.",
            anchor
        )[1],
        pair("March 3", "2025-03-03")
    );
    assert_eq!(
        only("It began in July last year.", anchor),
        pair("July last year", "2024-07")
    );
    assert_eq!(
        only("It ends in March next year.", anchor),
        pair("March next year", "2026-03")
    );
}

#[test]
fn a_day_before_a_year_makes_it_a_year_even_before_a_plural() {
    assert_eq!(
        only(
            "Security tightened after the September 11, 2001 attacks.",
            "2025-06-01"
        ),
        pair("September 11, 2001", "2001-09-11")
    );
    assert_eq!(
        only("Contacts began as early as 2015.", "2025-06-01"),
        pair("2015", "2015")
    );
}

#[test]
fn names_and_generic_days_are_not_dates() {
    for text in [
        "She wrote for The Sunday Times.",
        "The fair is on the fourth Saturday of August each year.",
        "The band released \"From Yesterday\" as a single.",
        "The White House Thursday briefing was short.",
    ] {
        let days: Vec<_> = found(text, "2025-04-17")
            .into_iter()
            .filter(|(_, v)| v.as_ref().is_some_and(|v| v.len() == 10))
            .collect();
        assert!(days.is_empty(), "{text}: {days:?}");
    }
    assert_eq!(
        value("Earlier Tuesday, the minister resigned.", "2025-04-17").as_deref(),
        Some("2025-04-15")
    );
    assert_eq!(
        only("Late Monday the vote passed.", "2025-04-17"),
        pair("Late Monday", "2025-04-14")
    );
    assert_eq!(
        value("\"Today we won,\" he said.", "2025-04-17").as_deref(),
        Some("2025-04-17")
    );
    let e = &find_time_expressions("Fares rose in the late 1930's.", None)[0];
    assert_eq!((e.text.as_str(), e.value), ("late 1930's", None));
}

#[test]
fn other_decades_and_year_ends() {
    let anchor = "1987-01-06"; // a Tuesday
    let text = "Last year the mill shut; on December 30 and on Friday talks failed, \
                    in the summer of 1979 too, and the 1960s were better. It reopens next spring.";
    assert_eq!(
        found(text, anchor),
        vec![
            pair("Last year", "1986"),
            pair("December 30", "1986-12-30"),
            pair("Friday", "1987-01-02"),
            pair("summer of 1979", "1979"),
            ("1960s".to_string(), None),
            pair("next spring", "1987"),
        ]
    );
}

/// Output ordered, non-overlapping, in bounds and equal to its slice, for any input.
fn assert_invariants(text: &str, anchor: Option<PartialDate>) {
    let chars: Vec<char> = text.chars().collect();
    let all = find_time_expressions(text, anchor);
    let mut last_end = 0;
    for e in &all {
        assert!(
            e.start >= last_end && e.start < e.end && e.end <= chars.len(),
            "{text:?}: {e:?}"
        );
        assert_eq!(e.text, chars[e.start..e.end].iter().collect::<String>());
        last_end = e.end;
    }
}

#[test]
fn odd_and_generated_input_never_panics() {
    for text in [
        "",
        " ",
        "\n\n",
        "the",
        "17",
        "-",
        "2025-",
        "April",
        "İstanbul 2025",
        "1957-",
        "-58",
        "on the",
        "six days after",
        "the end of",
    ] {
        assert_invariants(text, date("2025-04-17"));
        assert_invariants(text, None);
    }
    let pieces = [
        "April",
        "17",
        "17th",
        ",",
        ".",
        "2025",
        "in",
        "the",
        "of",
        "last",
        "next",
        "year",
        "week",
        "Monday",
        "early",
        "mid",
        "-",
        "–",
        "/",
        "days",
        "after",
        "later",
        "ago",
        "two",
        "a",
        "on",
        "1957-58",
        "04/17/2025",
        "17.04.2025",
        "2,000",
        "$",
        "No.",
        "that",
        "end",
        "\n\n",
        "é",
        "🚀",
        "in2022",
        "1990s",
        "20th",
        "century",
        "summer",
        "today",
        "İ",
        "ǅ",
        "ß",
        "Sept.",
        "than",
    ];
    let anchors = [
        None,
        date("2025-04-17"),
        date("2025-04"),
        date("2025"),
        date("1000-01-01"),
        date("9999-12-31"),
    ];
    let mut rng = Lcg(0x2545_f491_4f6c_dd1d);
    for round in 0..3000 {
        let mut text = String::new();
        for _ in 0..(round % 13) {
            text.push_str(pieces[rng.below(pieces.len())]);
            if !(rng.0 >> 20).is_multiple_of(3) {
                text.push(' ');
            }
        }
        assert_invariants(&text, anchors[round % anchors.len()]);
    }
}

/// (text, start, end) of every expression found.
fn spans(text: &str, anchor: &str) -> Vec<(String, Option<String>, Option<String>)> {
    find_time_expressions(text, date(anchor))
        .into_iter()
        .map(|e| {
            (
                e.text,
                e.value.map(|v| v.to_string()),
                e.until.map(|v| v.to_string()),
            )
        })
        .collect()
}

/// A range as `spans` gives it.
fn range(expression: &str, start: &str, end: &str) -> (String, Option<String>, Option<String>) {
    (
        expression.to_string(),
        Some(start.to_string()),
        Some(end.to_string()),
    )
}

#[test]
fn ranges_have_a_start_and_an_end() {
    let cases = [
        (
            "She chaired the board from 1999 to 2009.",
            "1999",
            "2009",
            "from 1999 to 2009",
        ),
        (
            "He led the mill 1983-2005 and then retired.",
            "1983",
            "2005",
            "1983-2005",
        ),
        ("He led the mill (1983–2005).", "1983", "2005", "1983–2005"),
        (
            "Prices fell between 2001 and 2003, the guild said.",
            "2001",
            "2003",
            "between 2001 and 2003",
        ),
        (
            "The ferry ran from March to May 2024.",
            "2024-03",
            "2024-05",
            "from March to May 2024",
        ),
        (
            "The fair ran from 29 September to 1 October 2006.",
            "2006-09-29",
            "2006-10-01",
            "from 29 September to 1 October 2006",
        ),
    ];
    for (text, start, end, expression) in cases {
        assert_eq!(
            spans(text, "2025-01-10"),
            [range(expression, start, end)],
            "{text}"
        );
    }
}

#[test]
fn what_is_no_range_keeps_its_dates_apart() {
    // The end before the start, the end inside the start, a list, a code, a count, a virus.
    assert_eq!(
        spans("Scores went from 2009 to 1999 in the poll.", "2025-01-10")
            .iter()
            .filter(|s| s.2.is_some())
            .count(),
        0
    );
    assert!(
        spans("In 1999 and in May 1999 the mill grew.", "2025-01-10")
            .iter()
            .all(|s| s.2.is_none())
    );
    assert!(spans("Elections were held in 2003 and 2007.", "2025-01-10")
        .iter()
        .all(|s| s.2.is_none()));
    assert!(
        spans("Call the desk on 0800-1983-2005 in 2024.", "2025-01-10")
            .iter()
            .all(|s| s.2.is_none())
    );
    assert!(spans(
        "Between 1500 and 2000 people marched in 2019.",
        "2025-01-10"
    )
    .iter()
    .all(|s| s.2.is_none()));
    assert_eq!(
        spans(
            "The council postponed the vote from March to May 2024.",
            "2025-01-10"
        )
        .iter()
        .map(|s| (s.1.as_deref(), s.2.as_deref()))
        .collect::<Vec<_>>(),
        [(Some("2024-03"), None), (Some("2024-05"), None)],
        "a move names two dates"
    );
    assert!(spans("COVID-19 closed the port in 2020.", "2025-01-10")
        .iter()
        .all(|s| s.2.is_none()));
}
