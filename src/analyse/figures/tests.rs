use super::*;
use crate::text::fuzz::Lcg;

fn only(text: &str) -> Figure {
    let figures = find_figures(text);
    assert_eq!(
        figures.len(),
        1,
        "expected one figure in {text:?}: {figures:#?}"
    );
    figures.into_iter().next().expect("checked above")
}

fn none_in(text: &str) {
    let figures = find_figures(text);
    assert!(
        figures.is_empty(),
        "expected no figure in {text:?}: {figures:#?}"
    );
}

fn values(text: &str) -> Vec<f64> {
    find_figures(text).iter().map(|f| f.value).collect()
}

fn unit(text: &str) -> Option<String> {
    only(text).unit
}

#[test]
fn plain_digits_with_unit() {
    let f = only("Officials said 145 people died.");
    assert_eq!(f.value, 145.0);
    assert_eq!(f.text, "145 people");
    assert_eq!(f.unit.as_deref(), Some("people"));
    assert_eq!(f.qualifier, None);
    assert_eq!(f.currency, None);
}

#[test]
fn thousands_separators_and_decimals() {
    assert_eq!(values("about 71,000 residents"), [71000.0]);
    assert_eq!(values("a rise of 1,250,000 jobs"), [1_250_000.0]);
    assert_eq!(values("12.5 tonnes of grain"), [12.5]);
    assert_eq!(unit("12.5 tonnes of grain").as_deref(), Some("tons"));
    assert_eq!(values("the 5.5 years he served"), [5.5]);
    assert_eq!(unit("the 5.5 years he served").as_deref(), Some("years"));
}

#[test]
fn malformed_digit_groups_are_not_figures() {
    none_in("version 1.2.3 shipped");
    none_in("a score of 1,5 was odd");
    none_in("see 12,34 here");
}

#[test]
fn scale_words() {
    let f = only("2 million people voted");
    assert_eq!(f.value, 2e6);
    assert_eq!(f.text, "2 million people");
    assert_eq!(f.unit.as_deref(), Some("people"));
    assert_eq!(values("1.7 billion users"), [1.7e9]);
    assert_eq!(values("3 thousand workers"), [3000.0]);
    assert_eq!(values("a 3bn budget"), [3e9]);
    assert_eq!(values("a budget of 4 bn"), [4e9]);
    // A glued "m" or "k" is a scale before a plural noun, even without a currency.
    let f = only("it infected 1.5m people");
    assert_eq!((f.value, f.text.as_str()), (1.5e6, "1.5m people"));
    assert_eq!(values("5k runners"), [5e3]);
}

#[test]
fn money_with_signs() {
    let f = only("The plan costs $3 billion over a decade.");
    assert_eq!(f.text, "$3 billion");
    assert_eq!(f.value, 3e9);
    assert_eq!(f.unit.as_deref(), Some("dollars"));
    assert_eq!(f.currency, Some("USD"));

    let f = only("a $490M contract");
    assert_eq!((f.value, f.text.as_str()), (4.9e8, "$490M"));
    assert_eq!(only("raised $3bn").value, 3e9);
    assert_eq!(only("a $5k grant").value, 5e3);
    assert_eq!(only("it cost $1,200.").value, 1200.0);

    let f = only("a €2.5bn fund");
    assert_eq!(
        (f.value, f.currency, f.unit.as_deref()),
        (2.5e9, Some("EUR"), Some("euros"))
    );
    let f = only("fined £40m yesterday");
    assert_eq!(
        (f.value, f.currency, f.unit.as_deref()),
        (4e7, Some("GBP"), Some("pounds"))
    );
    let f = only("priced at 500₽ each");
    assert_eq!(
        (f.value, f.currency, f.text.as_str()),
        (500.0, Some("RUB"), "500₽")
    );
}

#[test]
fn money_unit_comes_from_the_sign_not_the_next_noun() {
    let f = only("a $5 million deal");
    assert_eq!(f.text, "$5 million");
    assert_eq!(f.unit.as_deref(), Some("dollars"));
    assert_eq!(only("$5 million USD in aid").text, "$5 million USD");
}

#[test]
fn money_with_prefixes_and_codes() {
    let f = only("a US$5 million loan");
    assert_eq!((f.text.as_str(), f.currency), ("US$5 million", Some("USD")));
    assert_eq!(only("a C$20 fee").currency, Some("CAD"));
    let f = only("paid USD 7 million");
    assert_eq!(
        (f.text.as_str(), f.value, f.currency),
        ("USD 7 million", 7e6, Some("USD"))
    );
}

#[test]
fn money_with_currency_names() {
    let f = only("3 billion dollars in aid");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.currency),
        (3e9, Some("dollars"), Some("USD"))
    );
    assert_eq!(f.text, "3 billion dollars");
    let f = only("a fine of 500 rubles");
    assert_eq!(
        (f.unit.as_deref(), f.currency),
        (Some("rubles"), Some("RUB"))
    );
    assert_eq!(only("10 million euros").currency, Some("EUR"));
    assert_eq!(only("5 million EUR").currency, Some("EUR"));
    let f = only("2 million pounds sterling");
    assert_eq!(
        (f.text.as_str(), f.currency),
        ("2 million pounds sterling", Some("GBP"))
    );
    // "pounds" alone may be a weight.
    let f = only("it weighed 5 pounds");
    assert_eq!((f.unit.as_deref(), f.currency), (Some("pounds"), None));
}

#[test]
fn percentages() {
    let f = only("inflation hit 1.7% in March");
    assert_eq!(
        (f.value, f.text.as_str(), f.unit.as_deref()),
        (1.7, "1.7%", Some("percent"))
    );
    let f = only("turnout was 52- percent");
    assert_eq!(
        (f.value, f.text.as_str(), f.unit.as_deref()),
        (52.0, "52- percent", Some("percent"))
    );
    assert_eq!(only("a 3 per cent rise").text, "3 per cent");
    assert_eq!(unit("up 12 percent").as_deref(), Some("percent"));
    assert_eq!(
        unit("fell 2 percentage points").as_deref(),
        Some("percentage points")
    );
    // A year-like number with a percent sign is a percentage.
    assert_eq!(values("grew 2000%"), [2000.0]);
}

#[test]
fn numbers_in_words() {
    assert_eq!(values("twenty-five soldiers"), [25.0]);
    assert_eq!(values("twenty five soldiers"), [25.0]);
    assert_eq!(values("two hundred and fifty people"), [250.0]);
    assert_eq!(values("Seven people were hurt"), [7.0]);
    assert_eq!(values("three thousand homes"), [3000.0]);
    assert_eq!(values("two million three hundred thousand voters"), [2.3e6]);
    assert_eq!(values("zero casualties"), [0.0]);
    assert_eq!(values("zero thousand"), [0.0]);
    assert_eq!(values("a thousand and one nights"), [1001.0]);
    assert_eq!(only("twenty-five soldiers").text, "twenty-five soldiers");
}

#[test]
fn word_numbers_stop_where_grammar_does() {
    // "five six" is two numbers, not fifty-six or eleven.
    assert_eq!(values("five six"), [5.0, 6.0]);
    // A trailing "and" is not part of the number.
    let f = &find_figures("two hundred and counting")[0];
    assert_eq!((f.value, f.text.as_str()), (200.0, "two hundred"));
}

#[test]
fn article_and_dozen_forms() {
    let f = only("a dozen homes burned");
    assert_eq!((f.value, f.text.as_str()), (12.0, "a dozen homes"));
    assert_eq!(values("two dozen trucks"), [24.0]);
    assert_eq!(values("a million people"), [1e6]);
    assert_eq!(values("a hundred miles"), [100.0]);
    let f = only("half a million people");
    assert_eq!((f.value, f.text.as_str()), (5e5, "half a million people"));
    // "a" alone is an article, not one.
    none_in("a man and a dog");
}

#[test]
fn vague_plurals_are_skipped() {
    none_in("dozens of people were hurt");
    none_in("hundreds of homes");
    none_in("thousands fled the city");
    none_in("tens of thousands marched");
    none_in("millions of dollars");
}

#[test]
fn one_needs_a_counted_noun() {
    let f = only("one person was hurt");
    assert_eq!((f.value, f.unit.as_deref()), (1.0, Some("people")));
    assert_eq!(unit("One soldier killed").as_deref(), Some("soldiers"));
    none_in("one of the largest");
    none_in("in one key area");
    none_in("no one knows why");
    none_in("each one counts");
    none_in("the only one");
    // An "-s" verb after the noun does not make the noun a modifier.
    assert_eq!(unit("One person dies every day").as_deref(), Some("people"));
    // Digits are never pronouns.
    assert_eq!(values("1 person"), [1.0]);
}

#[test]
fn qualifiers_are_normalised() {
    let cases = [
        ("nearly 150 people", "nearly"),
        ("almost 150 people", "nearly"),
        ("close to 150 people", "nearly"),
        ("about 150 people", "about"),
        ("around 150 people", "about"),
        ("roughly 150 people", "about"),
        ("approximately 150 people", "about"),
        ("some 150 people", "about"),
        ("an estimated 150 people", "about"),
        ("at least 150 people", "at least"),
        ("no fewer than 150 people", "at least"),
        ("no less than 150 people", "at least"),
        ("more than 150 people", "more than"),
        ("over 150 people", "more than"),
        ("upwards of 150 people", "more than"),
        ("in excess of 150 people", "more than"),
        ("less than 150 people", "less than"),
        ("fewer than 150 people", "less than"),
        ("under 150 people", "less than"),
        ("up to 150 people", "up to"),
        ("as many as 150 people", "up to"),
        ("no more than 150 people", "up to"),
    ];
    for (text, qualifier) in cases {
        let f = only(text);
        assert_eq!(f.qualifier, Some(qualifier), "{text}");
        assert_eq!(f.text, text, "the span covers the qualifier");
        assert_eq!(f.value, 150.0, "{text}");
    }
}

#[test]
fn qualifiers_combine_with_money_and_words() {
    let f = only("Nearly $3 billion was spent");
    assert_eq!(
        (f.qualifier, f.text.as_str(), f.value),
        (Some("nearly"), "Nearly $3 billion", 3e9)
    );
    let f = only("more than half a million people");
    assert_eq!((f.qualifier, f.value), (Some("more than"), 5e5));
    let f = only("at least 37 people");
    assert_eq!(
        (f.qualifier, f.text.as_str()),
        (Some("at least"), "at least 37 people")
    );
}

#[test]
fn qualifier_without_number_is_nothing() {
    none_in("at least the roads were open");
    none_in("about the vote");
}

#[test]
fn units_are_normalised_to_plurals() {
    assert_eq!(unit("1 person").as_deref(), Some("people"));
    assert_eq!(unit("3 persons").as_deref(), Some("people"));
    assert_eq!(unit("1 year").as_deref(), Some("years"));
    assert_eq!(unit("5 years").as_deref(), Some("years"));
    assert_eq!(unit("a 5-year term").as_deref(), Some("years"));
    assert_eq!(unit("1 ton").as_deref(), Some("tons"));
    assert_eq!(unit("3 tonnes").as_deref(), Some("tons"));
    assert_eq!(unit("1 casualty").as_deref(), Some("casualties"));
    assert_eq!(unit("1 church").as_deref(), Some("churches"));
    assert_eq!(unit("1 child").as_deref(), Some("children"));
    assert_eq!(unit("1 day").as_deref(), Some("days"));
    assert_eq!(unit("40 police").as_deref(), Some("police"));
    assert_eq!(unit("the 12 people's votes").as_deref(), Some("people"));
    assert_eq!(unit("a 2.4 km stretch").as_deref(), Some("km"));
}

#[test]
fn participles_after_counts_are_units() {
    assert_eq!(unit("12 killed and").as_deref(), Some("killed"));
    assert_eq!(unit("145 dead, officials say").as_deref(), Some("dead"));
    assert_eq!(unit("police said 37 arrested").as_deref(), Some("arrested"));
    assert_eq!(unit("with 4 missing").as_deref(), Some("missing"));
}

#[test]
fn one_adjective_is_skipped_before_the_noun() {
    let f = only("145 dead people");
    assert_eq!(
        (f.text.as_str(), f.unit.as_deref()),
        ("145 dead people", Some("people"))
    );
    assert_eq!(unit("5 new cases").as_deref(), Some("cases"));
    assert_eq!(unit("12 more soldiers").as_deref(), Some("soldiers"));
    // An adjective that is not a participle is no unit on its own.
    assert_eq!(unit("5 new.").as_deref(), None);
}

#[test]
fn a_noun_modifier_gives_way_to_the_plural_head() {
    let f = only("30 crew members");
    assert_eq!(
        (f.text.as_str(), f.unit.as_deref()),
        ("30 crew members", Some("members"))
    );
    assert_eq!(unit("12 police officers").as_deref(), Some("officers"));
    assert_eq!(unit("in 3 key areas").as_deref(), Some("areas"));
    // A participle after the noun is not its head.
    assert_eq!(unit("145 people killed").as_deref(), Some("people"));
    // A hyphenated unit is itself a modifier.
    assert_eq!(unit("5-year sentences").as_deref(), Some("years"));
}

#[test]
fn no_unit_when_no_noun_follows() {
    assert_eq!(unit("rose to 145 on Monday"), None);
    assert_eq!(unit("of the 145, most"), None);
    assert_eq!(unit("counted 12 Democrats"), None);
    assert_eq!(unit("priced at 15 per unit"), None);
    assert_eq!(unit("the index 500 fell"), None);
    let f = only("the total was 145.");
    assert_eq!((f.text.as_str(), f.unit), ("145", None));
}

#[test]
fn zero_counts() {
    let f = only("There were no casualties.");
    assert_eq!(
        (f.value, f.text.as_str(), f.unit.as_deref()),
        (0.0, "no casualties", Some("casualties"))
    );
    let f = only("No one was killed in the blast");
    assert_eq!(
        (f.value, f.text.as_str(), f.unit.as_deref()),
        (0.0, "No one was killed", Some("killed"))
    );
    let f = only("none were injured");
    assert_eq!(
        (f.text.as_str(), f.unit.as_deref()),
        ("none were injured", Some("injured"))
    );
    assert_eq!(unit("there were no deaths").as_deref(), Some("deaths"));
    assert_eq!(unit("nobody died").as_deref(), Some("died"));
    assert_eq!(
        unit("no one has been arrested").as_deref(),
        Some("arrested")
    );
    let f = only("no civilian casualties");
    assert_eq!(
        (f.text.as_str(), f.unit.as_deref()),
        ("no civilian casualties", Some("casualties"))
    );
    assert_eq!(unit("no death was reported").as_deref(), Some("deaths"));
}

#[test]
fn no_with_other_nouns_is_not_a_count() {
    none_in("no country has agreed");
    none_in("there were no concessions");
    none_in("none of them spoke");
    none_in("no one expected it");
    none_in("No comment");
}

#[test]
fn years_are_excluded() {
    none_in("in 2003 the war began");
    none_in("between 2016 and 2025");
    none_in("In 2003, troops arrived");
    none_in("in 2003 troops arrived");
    none_in("the 2024 elections");
    none_in("the 2019 report");
    none_in("the 2020-21 season");
    none_in("mid-2024");
    assert_eq!(values("In 2003, 145 people died"), [145.0]);
}

#[test]
fn four_digit_counts_survive() {
    assert_eq!(values("2000 people marched"), [2000.0]);
    assert_eq!(values("nearly 1500 soldiers"), [1500.0]);
    // Counting qualifiers make a bare four-digit number a count; "about" and "over" do not.
    assert_eq!(values("killed more than 2000."), [2000.0]);
    assert_eq!(values("at least 1800, officials said"), [1800.0]);
    none_in("around 2010 the firm grew");
    none_in("not over 2020 yet");
    assert_eq!(values("it cost $2000"), [2000.0]);
    assert_eq!(values("2000 dollars"), [2000.0]);
    assert_eq!(values("2000 million"), [2e9]);
    assert_eq!(values("3000 people"), [3000.0]);
    // Outside the year range, a bare four-digit number is a figure.
    assert_eq!(values("a total of 4500"), [4500.0]);
}

#[test]
fn dates_and_times_are_excluded() {
    none_in("on April 17 the talks");
    none_in("on 17 April 2025 the talks");
    none_in("on Jan. 5 it rained");
    none_in("held on 3-4 May");
    none_in("held on May 3-4");
    none_in("on the 17th");
    none_in("at 10:30 the talks resumed");
    none_in("at 3 p.m. sharp");
    none_in("at 10 am");
    none_in("at 5 o'clock");
    none_in("open 24/7");
    none_in("after 9/11");
    none_in("in the 1990s");
    none_in("the 1990's");
}

#[test]
fn ordinals_and_fractions_are_excluded() {
    none_in("the third attempt");
    none_in("the 46th president");
    none_in("the 1st and 2nd rounds");
    none_in("two thirds of voters");
    none_in("two-thirds of voters");
    none_in("the twenty-first century");
    none_in("one third");
    // "second" is also a unit of time.
    assert_eq!(unit("within one second.").as_deref(), Some("seconds"));
}

#[test]
fn list_markers_are_excluded() {
    none_in("1. Roads");
    none_in("Intro\n2. Bridges\n3) Ports");
    none_in("(4) Railways");
    let f = only("1. 5 people were hurt");
    assert_eq!(f.text, "5 people");
    // Not at the start of a line: an ordinary figure ending a sentence.
    assert_eq!(values("He counted 12. Then he left."), [12.0]);
}

#[test]
fn labels_and_document_numbers_are_excluded() {
    none_in("under Article 205 of the code");
    none_in("Resolution No. 5");
    none_in("Law No 12");
    none_in("see No.5");
    none_in("Flight 17 crashed");
    none_in("Chapter Eleven");
    none_in("pp. 45");
    none_in("item #5");
    none_in("under § 3");
    // Lowercase "law" is an ordinary word.
    assert_eq!(values("passed the law 5 years ago"), [5.0]);
}

#[test]
fn numbers_glued_to_letters_are_excluded() {
    none_in("elected in2022");
    none_in("the ISIS-K attack");
    none_in("the G7 summit");
    none_in("COVID-19 cases");
    none_in("an F-16 jet");
    none_in("a 4x4 truck");
    none_in("ran 5km");
    none_in("about 490M");
    none_in("a 300m wall");
    none_in("read .5 as half");
}

#[test]
fn ranges_give_two_figures() {
    let figures = find_figures("10-15 people");
    assert_eq!(figures.len(), 2);
    assert_eq!((figures[0].value, figures[0].unit.as_deref()), (10.0, None));
    assert_eq!(
        (figures[1].value, figures[1].unit.as_deref()),
        (15.0, Some("people"))
    );
    assert_eq!(values("between 10 and 15 people"), [10.0, 15.0]);
}

#[test]
fn char_offsets_survive_multibyte_text() {
    let text = "Zürich — «überall» 😀: nearly 150 people, and €3bn.";
    let chars: Vec<char> = text.chars().collect();
    let figures = find_figures(text);
    assert_eq!(figures.len(), 2);
    for f in &figures {
        let slice: String = chars[f.start..f.end].iter().collect();
        assert_eq!(slice, f.text);
    }
    assert_eq!(figures[0].text, "nearly 150 people");
    assert_eq!(figures[0].start, 22);
    assert_eq!(figures[1].text, "€3bn");
}

#[test]
fn figures_come_in_order_without_overlap() {
    let text = "At least 12 killed, 40 injured and no one arrested; damage of $3 billion \
                    and 2 million people displaced over 5.5 years.";
    let figures = find_figures(text);
    let texts: Vec<&str> = figures.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "At least 12 killed",
            "40 injured",
            "no one arrested",
            "$3 billion",
            "2 million people",
            "over 5.5 years"
        ]
    );
    assert!(figures.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn empty_and_trivial_inputs() {
    none_in("");
    none_in("   \n\t ");
    none_in("$");
    none_in("%");
    none_in("no");
    none_in("a");
    assert_eq!(values("7"), [7.0]);
}

fn measure(text: &str) -> Option<String> {
    only(text).measure
}

/// The measure of the figure at `figure` in `text` (which may hold several).
fn measure_in(text: &str, figure: &str) -> Option<String> {
    find_figures(text)
        .into_iter()
        .find(|f| f.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
        .measure
}

#[test]
fn a_count_of_people_takes_its_measure_from_the_verb_beside_it() {
    assert_eq!(
        measure("the blast that killed 145").as_deref(),
        Some("killed")
    );
    assert_eq!(measure("145 people were killed").as_deref(), Some("killed"));
    assert_eq!(
        measure("145 people have reportedly died").as_deref(),
        Some("killed")
    );
    assert_eq!(
        measure("which claimed nearly 150 lives").as_deref(),
        Some("killed")
    );
    assert_eq!(
        measure("the death toll rose to 40").as_deref(),
        Some("killed")
    );
    assert_eq!(measure("a toll of 40").as_deref(), Some("killed"));
    assert_eq!(measure("40 dead").as_deref(), Some("killed"));
    assert_eq!(measure("injuring 30 others").as_deref(), Some("wounded"));
    assert_eq!(measure("12 were missing").as_deref(), Some("missing"));
    assert_eq!(
        measure("police arrested 9 people").as_deref(),
        Some("arrested")
    );
    assert_eq!(measure("2,000 refugees").as_deref(), Some("displaced"));
    assert_eq!(
        measure("killing 30 soldiers").as_deref(),
        Some("killed soldiers")
    );
}

#[test]
fn a_count_of_people_with_nothing_said_of_them_has_no_measure() {
    assert_eq!(measure("a camp of 5,000 people"), None);
    assert_eq!(measure("a crowd of 6,000 people watched"), None);
    assert_eq!(measure("the 300 residents of the valley"), None);
    assert_eq!(measure("the surgeons saved 150 lives"), None);
    assert_eq!(measure("the total was 145."), None);
    assert_eq!(
        measure_in(
            "The fire killed 12 people in a camp of 5,000 people.",
            "5,000 people"
        ),
        None
    );
}

#[test]
fn things_are_measured_by_their_unit_and_currency() {
    assert_eq!(measure("dropped 30 bombs").as_deref(), Some("bombs"));
    assert_eq!(measure("5 tonnes of grain").as_deref(), Some("tons"));
    assert_eq!(measure("$3 billion").as_deref(), Some("dollars USD"));
    assert_eq!(measure("C$3 billion").as_deref(), Some("dollars CAD"));
    assert_eq!(measure("up 5%").as_deref(), Some("percent"));
}

#[test]
fn zero_in_words_is_zero_of_its_measure() {
    for (text, expected) in [
        ("no one was killed", "killed"),
        ("nobody was hurt", "wounded"),
        ("there were no casualties", "casualties"),
        ("there were no deaths", "killed"),
        ("the ship docked without casualties", "casualties"),
        ("nobody died", "killed"),
    ] {
        let f = only(text);
        assert_eq!(
            (f.value, f.measure.as_deref()),
            (0.0, Some(expected)),
            "{text}"
        );
    }
    none_in("without delay");
}

fn agree(a: &str, b: &str) -> Agreement {
    let (a, b) = (only(a), only(b));
    assert_eq!(agreement(&a, &b), agreement(&b, &a), "symmetric");
    agreement(&a, &b)
}

#[test]
fn exact_figures_that_differ_conflict() {
    assert_eq!(agree("145 people", "150 people"), Agreement::Conflict);
    assert_eq!(agree("12 killed", "no one was killed"), Agreement::Conflict);
    assert_eq!(agree("145 people", "145 people"), Agreement::Consistent);
    assert_eq!(
        agree("1.7 million people", "1,700,000 people"),
        Agreement::Consistent,
        "float noise is no difference"
    );
}

#[test]
fn bounds_are_consistent_with_what_they_allow() {
    assert_eq!(
        agree("at least 40 people", "45 people"),
        Agreement::Consistent
    );
    assert_eq!(
        agree("at least 40 people", "40 people"),
        Agreement::Consistent
    );
    assert_eq!(
        agree("at least 40 people", "35 people"),
        Agreement::Conflict
    );
    assert_eq!(
        agree("more than 40 people", "40 people"),
        Agreement::Conflict
    );
    assert_eq!(agree("up to 40 people", "12 people"), Agreement::Consistent);
    assert_eq!(agree("up to 40 people", "45 people"), Agreement::Conflict);
    assert_eq!(
        agree("less than 40 people", "40 people"),
        Agreement::Conflict
    );
    assert_eq!(
        agree("at least 40 people", "more than 50 people"),
        Agreement::Minor,
        "two lower bounds differ, but both can hold"
    );
    assert_eq!(
        agree("up to 40 people", "less than 30 people"),
        Agreement::Minor
    );
    assert_eq!(
        agree("at least 40 people", "at least 40 people"),
        Agreement::Consistent
    );
    assert_eq!(
        agree("at least 40 people", "up to 50 people"),
        Agreement::Consistent
    );
    assert_eq!(
        agree("up to 40 people", "no one was killed"),
        Agreement::Consistent
    );
}

#[test]
fn approximations_differ_in_a_minor_way_within_their_reach() {
    assert_eq!(agree("nearly 150 people", "145 people"), Agreement::Minor);
    assert_eq!(agree("about 150 people", "150 people"), Agreement::Minor);
    assert_eq!(agree("about 150 people", "160 people"), Agreement::Minor);
    assert_eq!(
        agree("nearly 150 people", "about 150 people"),
        Agreement::Minor
    );
    assert_eq!(
        agree("nearly 150 people", "nearly 150 people"),
        Agreement::Consistent
    );
    assert_eq!(
        agree("nearly 150 people", "160 people"),
        Agreement::Conflict
    );
    assert_eq!(agree("nearly 15 people", "12 people"), Agreement::Conflict);
    assert_eq!(agree("about 150 people", "120 people"), Agreement::Conflict);
}

fn check_invariants(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let figures = find_figures(text);
    let mut previous_end = 0;
    for f in &figures {
        assert!(f.start < f.end && f.end <= chars.len(), "{text:?}: {f:?}");
        assert!(previous_end <= f.start, "overlap in {text:?}: {figures:?}");
        previous_end = f.end;
        let slice: String = chars[f.start..f.end].iter().collect();
        assert_eq!(slice, f.text, "{text:?}");
        assert!(f.value.is_finite() && f.value >= 0.0, "{text:?}: {f:?}");
        let qualifiers = [
            "about",
            "nearly",
            "at least",
            "more than",
            "less than",
            "up to",
        ];
        assert!(f.qualifier.is_none_or(|q| qualifiers.contains(&q)), "{f:?}");
        assert!(
            f.unit
                .as_deref()
                .is_none_or(|u| !u.is_empty() && u == u.to_lowercase()),
            "{f:?}"
        );
    }
}

#[test]
fn generated_inputs_keep_the_invariants() {
    const PIECES: &[&str] = &[
        "145",
        "71,000",
        "1.5",
        "2024",
        "0",
        "9999999999999999999999",
        " ",
        " ",
        "\n",
        "-",
        ".",
        ",",
        ":",
        "/",
        "%",
        "$",
        "€",
        "£",
        "₽",
        "(",
        ")",
        "'",
        "’",
        "#",
        "US",
        "M",
        "bn",
        "k",
        "people",
        "person",
        "killed",
        "no",
        "one",
        "none",
        "was",
        "were",
        "nearly",
        "at",
        "least",
        "more",
        "than",
        "twenty",
        "five",
        "hundred",
        "and",
        "a",
        "half",
        "million",
        "dozen",
        "percent",
        "per",
        "cent",
        "April",
        "Article",
        "No",
        "third",
        "ü",
        "😀",
        "—",
        "\u{301}",
        "İ",
        "dead",
        "new",
        "of",
        "the",
        "in",
    ];
    let mut rng = Lcg(42);
    for _ in 0..3000 {
        let length = rng.below(24);
        let text: String = (0..length)
            .map(|_| PIECES[rng.below(PIECES.len())])
            .collect();
        check_invariants(&text);
    }
    // Raw characters, including ones that are neither letters, digits nor spaces.
    let alphabet: Vec<char> = "0123456789 ,.-:%$€a-zA-Z\n'’\u{301}İß😀".chars().collect();
    for _ in 0..3000 {
        let length = rng.below(30);
        let text: String = (0..length)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        check_invariants(&text);
    }
}
