//! Event grouping over a small invented corpus: several outlets report one happening, two
//! others a different happening of the same kind in the same month. Reports of one happening
//! must be one event; the two happenings must stay apart.

use sourcebook::analyse::{analyse, Analysis};
use sourcebook::briefing::actors::{resolve_actors, SourceMentions};
use sourcebook::briefing::events::{resolve_events, Events, SourceInput};
use sourcebook::model::date::PartialDate;
use sourcebook::model::source::LoadedSource;

/// (source id, publication date, text): a ferry fire at Orlenby on 14 March, and a fire on a
/// ferry at Tessaport on 27 March, both invented.
const REPORTS: &[(&str, &str, &str)] = &[
    (
        "coast-herald",
        "2031-03-15",
        "A fire broke out aboard the ferry Marisol Bay at Orlenby harbour on March 14, 2031. \
         The Orlenby Harbour Authority evacuated 212 passengers. \
         Inspectors from the Maritime Safety Board examined the engine room.",
    ),
    (
        "daily-ledger",
        "2031-03-15",
        "Flames engulfed the Marisol Bay ferry in Orlenby on Friday. \
         The Orlenby Harbour Authority said all 212 passengers were evacuated safely. \
         The Maritime Safety Board opened an inquiry into the fire.",
    ),
    (
        "north-wire",
        "2031-03-16",
        "Fire crews fought a blaze on the Marisol Bay in Orlenby harbour on March 14. \
         The Maritime Safety Board blamed a fuel leak in the engine room.",
    ),
    (
        "evening-post",
        "2031-03-14",
        "The Orlenby Harbour Authority evacuated the burning Marisol Bay ferry on Friday \
         evening. \
         Passengers described smoke filling the upper deck.",
    ),
    (
        "southern-times",
        "2031-03-28",
        "A fire broke out aboard the cargo ferry Dunhallow at Tessaport on March 27, 2031. \
         The Tessaport Port Police evacuated nine crew members.",
    ),
    (
        "bay-courier",
        "2031-03-28",
        "The Tessaport Port Police evacuated the Dunhallow after the fire on Thursday. \
         Investigators examined the Dunhallow's cargo hold.",
    ),
];

fn source(id: &str, published: &str, body: &str) -> LoadedSource {
    LoadedSource::in_memory(id, PartialDate::parse(published), body)
}

fn group(sources: &[LoadedSource], analyses: &[Analysis]) -> Events {
    let mentions: Vec<SourceMentions> = sources
        .iter()
        .zip(analyses)
        .map(|(s, a)| SourceMentions {
            id: &s.meta.id,
            analysis: a,
        })
        .collect();
    let actors = resolve_actors(&mentions, &[], 2).expect("no curation");
    let inputs: Vec<SourceInput> = sources
        .iter()
        .zip(analyses)
        .map(|(s, a)| SourceInput {
            id: &s.meta.id,
            published: s.meta.published,
            analysis: a,
        })
        .collect();
    resolve_events(&inputs, &actors, &[])
}

#[test]
fn reports_of_one_happening_are_one_event_and_another_happening_stays_apart() {
    let sources: Vec<LoadedSource> = REPORTS
        .iter()
        .map(|(id, published, body)| source(id, published, body))
        .collect();
    let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
    let events = group(&sources, &analyses);
    let is_first =
        |id: &str| ["coast-herald", "daily-ledger", "north-wire", "evening-post"].contains(&id);
    for event in &events.events {
        let first = event.sources.iter().filter(|s| is_first(s)).count();
        assert!(
            first == 0 || first == event.sources.len(),
            "event {:?} mixes the two fires: {:?}",
            event.title,
            event.sources
        );
    }
    let largest = events
        .events
        .iter()
        .max_by_key(|e| e.sources.iter().filter(|s| is_first(s)).count())
        .expect("events");
    assert_eq!(
        largest.sources,
        ["coast-herald", "daily-ledger", "evening-post", "north-wire"],
        "every outlet's report of the first fire is in one event: {:?}",
        events.events
    );
    assert_eq!(largest.date.unwrap().to_string(), "2031-03-14");
    let second: Vec<_> = events
        .events
        .iter()
        .filter(|e| e.sources.iter().any(|s| s == "southern-times"))
        .collect();
    assert_eq!(second.len(), 1, "the second fire is one event");
    assert_eq!(second[0].sources, ["bay-courier", "southern-times"]);
    assert_eq!(second[0].date.unwrap().to_string(), "2031-03-27");
}

/// (source id, text), no publication dates: a bridge collapse at Vennick and, in the same
/// corpus, a bridge collapse at Harlow Cross, each told "on Sunday", both invented.
const UNDATED_REPORTS: &[(&str, &str)] = &[
    (
        "valley-news",
        "The Kestrel Bridge at Vennick collapsed on Sunday, injuring four motorists. \
         The Vennick Roads Agency closed the river road. \
         Engineers from the Vennick Roads Agency inspected the broken span.",
    ),
    (
        "river-gazette",
        "Four people were injured when the Kestrel Bridge in Vennick collapsed on Sunday. \
         The Vennick Roads Agency blamed corroded cables.",
    ),
    (
        "morning-bulletin",
        "Part of the Kestrel Bridge fell into the river at Vennick on Sunday. \
         The Vennick Roads Agency said four motorists were hurt and closed the road.",
    ),
    (
        "hill-chronicle",
        "A footbridge over the Larrow canal at Harlow Cross collapsed on Sunday. \
         The Harlow Cross Canal Trust closed the towpath and inspected the footbridge.",
    ),
    (
        "canal-weekly",
        "The Harlow Cross Canal Trust said the Larrow footbridge collapsed on Sunday. \
         The Harlow Cross Canal Trust blamed rotten timbers.",
    ),
];

fn undated_events() -> Events {
    let sources: Vec<LoadedSource> = UNDATED_REPORTS
        .iter()
        .map(|(id, body)| source(id, "", body))
        .collect();
    let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
    group(&sources, &analyses)
}

#[test]
fn a_happening_dated_only_relative_to_missing_publication_dates_is_one_undated_event() {
    let events = undated_events();
    let undated: Vec<_> = events.events.iter().filter(|e| e.date.is_none()).collect();
    let vennick = undated
        .iter()
        .find(|e| e.sources.iter().any(|s| s == "valley-news"))
        .expect("the Vennick collapse is an event without a date");
    assert_eq!(
        vennick.sources,
        ["morning-bulletin", "river-gazette", "valley-news"],
        "{undated:?}"
    );
    let harlow = undated
        .iter()
        .find(|e| e.sources.iter().any(|s| s == "hill-chronicle"))
        .expect("the Harlow Cross collapse is an event without a date");
    assert_eq!(harlow.sources, ["canal-weekly", "hill-chronicle"]);
    assert!(vennick.id.starts_with("undated-"), "{}", vennick.id);
    assert_eq!(vennick.when(), "Date not given");
}

#[test]
fn undated_commentary_without_a_telling_date_makes_no_event() {
    let sources: Vec<LoadedSource> = [
        (
            "op-ed",
            "Critics warned that the Vennick Roads Agency neglected its bridges. \
             The Vennick Roads Agency rejected the criticism.",
        ),
        (
            "letters",
            "Residents argued that the Vennick Roads Agency ignored repeated warnings. \
             The Vennick Roads Agency defended its inspections.",
        ),
    ]
    .iter()
    .map(|(id, body)| source(id, "", body))
    .collect();
    let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
    let events = group(&sources, &analyses);
    assert!(events.events.is_empty(), "{:?}", events.events);
}

/// An undated claim reports the happening a date's own clause tells, not one the dated
/// sentence mentions on the side: "the board, which later leased X, began a dispute in June
/// 2029" dates the dispute, so "the board leased X" (undated) is no report of June 2029.
#[test]
fn an_undated_claim_joins_only_a_happening_its_action_is_dated_by() {
    let sources: Vec<LoadedSource> = [
        (
            "lakeside-review",
            "2031-06-01",
            "The Corvale Water Board, which later leased the Lunmere reservoir, began a \
             long dispute with the anglers in June 2029. \
             The Corvale Water Board leased the Lunmere reservoir over the objections of \
             the Lunmere Anglers Club.",
        ),
        (
            "county-record",
            "2031-05-04",
            "The Lunmere Anglers Club met the Corvale Water Board in Corvale on 3 May 2031. \
             The Lunmere Anglers Club elected a new chair.",
        ),
    ]
    .iter()
    .map(|(id, published, body)| source(id, published, body))
    .collect();
    let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
    let events = group(&sources, &analyses);
    let undated_lease = &analyses[0].claims[1];
    assert!(undated_lease
        .text
        .starts_with("The Corvale Water Board leased"));
    let dispute = events
        .events
        .iter()
        .find(|e| e.date.is_some_and(|d| d.to_string() == "2029-06"))
        .expect("the dispute's beginning is an event");
    assert!(
        !dispute.claims.contains(&undated_lease.id),
        "the undated lease joined the dispute's beginning: {:?}",
        events.events
    );
}
