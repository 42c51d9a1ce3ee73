use super::{find_mentions, find_names, ActorKind, Mention, Via};

fn mentions(text: &str) -> Vec<Mention> {
    let found = find_mentions(text);
    let chars: Vec<char> = text.chars().collect();
    for pair in found.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "ordered, not overlapping: {found:?}"
        );
    }
    for m in &found {
        let slice: String = chars[m.start..m.end].iter().collect();
        assert_eq!(slice, m.text, "text is the char slice");
    }
    found
}

fn texts(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|m| m.text).collect()
}

fn find<'a>(found: &'a [Mention], text: &str) -> &'a Mention {
    found
        .iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {found:?}"))
}

#[test]
fn possessives_are_not_part_of_names() {
    let found = mentions("Talks stalled over Norway's plan and Sweden’s reply.");
    assert_eq!(find(&found, "Norway").name, "Norway");
    assert_eq!(find(&found, "Sweden").kind, ActorKind::State);
}

#[test]
fn connectors_join_names_but_never_end_them() {
    let found = mentions("He met officials of the Ministry of Roads and Bridges on Monday.");
    let ministry = find(&found, "Ministry of Roads and Bridges");
    assert_eq!(ministry.kind, ActorKind::Organisation);
    assert_eq!(ministry.evidence, "org head-word: Ministry");
    assert_eq!(
        texts("A statement from Acme Holdings of"),
        ["Acme Holdings"]
    );
}

#[test]
fn two_countries_joined_by_and_stay_two() {
    assert_eq!(
        texts("Trade between Norway and Sweden grew."),
        ["Norway", "Sweden"]
    );
    assert_eq!(
        texts("They flew to Bosnia and Herzegovina."),
        ["Bosnia and Herzegovina"]
    );
}

#[test]
fn hyphenated_and_particle_names() {
    let found = mentions("Fighters loyal to al-Qaeda met Noor-ul-Amin Rostami in Kabul.");
    assert_eq!(find(&found, "al-Qaeda").kind, ActorKind::Organisation);
    assert!(found.iter().any(|m| m.text == "Noor-ul-Amin Rostami"));
    assert_eq!(find(&found, "Kabul").kind, ActorKind::Place);
    let found = mentions("The Russian-backed forces left; pro-Russian groups stayed.");
    assert_eq!(
        found.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
        ["Russia", "Russia"]
    );
}

#[test]
fn en_dash_names_stay_whole() {
    let found = mentions("Analysts blamed Islamic State–Sahel for the attack.");
    assert_eq!(
        find(&found, "Islamic State–Sahel").kind,
        ActorKind::Organisation
    );
}

#[test]
fn acronyms_but_not_shouted_words() {
    let found = mentions("NATO and the UN met in the G7 format. SEE ALSO: NEWS");
    let names: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(names, ["NATO", "UN", "G7"]);
    assert!(found.iter().all(|m| m.via == Via::Acronym));
    assert_eq!(find(&found, "UN").kind, ActorKind::Organisation);
    assert!(texts("GDP rose, the CEO said on TV.").is_empty());
}

#[test]
fn sentence_initial_function_words_are_not_names() {
    let found = texts("However, Moscow refused. Still the talks went on. The Kremlin said no.");
    assert_eq!(found, ["Moscow", "Kremlin"]);
    assert!(texts("Meanwhile prices rose. Analysts expect more.").is_empty());
}

#[test]
fn headings_yield_only_known_names() {
    let text = "Reasons Behind Russia's Decision To Leave The Talks\n\nRussia left.";
    assert_eq!(texts(text), ["Russia", "Russia"]);
    assert_eq!(
        texts("RUSSIA WARNS NATO OVER ARMS DEAL"),
        ["RUSSIA", "NATO"]
    );
}

#[test]
fn titles_become_roles() {
    let found = mentions("Foreign Minister Jana Novak met President Ivan Petrov in Astana.");
    let novak = find(&found, "Jana Novak");
    assert_eq!(novak.kind, ActorKind::Person);
    assert_eq!(novak.role.as_deref(), Some("Foreign Minister"));
    assert_eq!(novak.evidence, "title: Minister");
    assert_eq!(
        find(&found, "Ivan Petrov").role.as_deref(),
        Some("President")
    );
    assert_eq!(find(&found, "Astana").kind, ActorKind::Place);
    let found = mentions("Russian President Ivan Petrov arrived.");
    assert_eq!(found[0].name, "Russia");
    assert_eq!(found[1].text, "Ivan Petrov");
    assert!(texts("The Prime Minister spoke to the Government.").is_empty());
    // A local office's title, of one word or two, is no part of the name.
    let found = mentions(
        "City Councilman Ivo Lind, Council Member Jana Veld and Public Advocate Ana Roe marched.",
    );
    for (name, role) in [
        ("Ivo Lind", "City Councilman"),
        ("Jana Veld", "Council Member"),
        ("Ana Roe", "Public Advocate"),
    ] {
        let person = find(&found, name);
        assert_eq!(person.kind, ActorKind::Person, "{name}");
        assert_eq!(person.role.as_deref(), Some(role), "{name}");
    }
}

#[test]
fn roles_in_apposition() {
    let found = mentions("Oskar Lindqvist, a spokesman for the alliance, declined.");
    assert_eq!(
        find(&found, "Oskar Lindqvist").role.as_deref(),
        Some("spokesman")
    );
    let found = mentions("Ilya Brandt, the group's spokesman, said so.");
    assert_eq!(
        find(&found, "Ilya Brandt").role.as_deref(),
        Some("spokesman")
    );
    let found = mentions("Chile's envoy to Peru, Tomasz Wrobel, said the talks failed.");
    let envoy = find(&found, "Tomasz Wrobel");
    assert_eq!(
        (envoy.kind, envoy.role.as_deref()),
        (ActorKind::Person, Some("envoy"))
    );
    let found = mentions("said ministry spokeswoman Halvard Moe.");
    assert_eq!(
        find(&found, "Halvard Moe").role.as_deref(),
        Some("ministry spokeswoman")
    );
}

#[test]
fn demonyms_name_their_country() {
    let found = mentions("Afghan and Pakistani officials met Emiratis.");
    let names: Vec<(&str, Via)> = found.iter().map(|m| (m.name.as_str(), m.via)).collect();
    assert_eq!(
        names,
        [
            ("Afghanistan", Via::Demonym),
            ("Pakistan", Via::Demonym),
            ("United Arab Emirates", Via::Demonym)
        ]
    );
    assert!(found.iter().all(|m| m.kind == ActorKind::State));
}

#[test]
fn a_demonym_written_as_a_noun_for_one_person_names_no_country() {
    let nouns = [
        "The ferry sank, and the 52-year-old Canadian swam ashore.",
        "Rescuers found one Norwegian and one Chilean on the raft.",
        "An Egyptian was among the passengers.",
        "Police said the Kenyan's passport was stolen.",
    ];
    for text in nouns {
        assert!(
            mentions(text).iter().all(|m| m.via != Via::Demonym),
            "{text}"
        );
    }
    let adjectives_and_peoples = [
        ("The 52-year-old Canadian sailor swam ashore.", "Canada"),
        ("An Egyptian-flagged ferry sank.", "Egypt"),
        ("The French said nothing about the ferry.", "France"),
        ("The Norwegians said nothing about the ferry.", "Norway"),
        ("Talks with the Kenyan envoy went on.", "Kenya"),
        ("They met envoys of the Egyptian state.", "Egypt"),
    ];
    for (text, country) in adjectives_and_peoples {
        let found = mentions(text);
        assert!(
            found
                .iter()
                .any(|m| m.name == country && m.via == Via::Demonym),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn country_short_forms_get_full_names() {
    let found = mentions("Both the U.S. and the UK objected, as did America and the US.");
    let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "United States",
            "United Kingdom",
            "United States",
            "United States"
        ]
    );
    assert_eq!(found[0].text, "U.S.");
    assert_eq!(found[0].via, Via::Acronym);
}

#[test]
fn capitals_and_regions_are_places() {
    let found = mentions("Flights from Tashkent to Central Asia and the Middle East resumed.");
    assert!(found.iter().all(|m| m.kind == ActorKind::Place));
    assert_eq!(found.len(), 3);
}

#[test]
fn given_names_and_speech_verbs_mark_people() {
    let found = mentions("Maria Lopez arrived. Later Brekke said it was over.");
    assert_eq!(find(&found, "Maria Lopez").evidence, "given name");
    assert_eq!(find(&found, "Brekke").evidence, "context: said");
    let found = mentions("Jana Novak spoke first. Novak later left for Oslo.");
    assert_eq!(find(&found, "Novak").kind, ActorKind::Person);
}

#[test]
fn offsets_are_chars_not_bytes() {
    let text = "Café “naïve” résumé — Moscow’s mayor met Jana Novak.";
    let found = mentions(text);
    let moscow = find(&found, "Moscow");
    assert_eq!(moscow.start, text.chars().position(|c| c == 'M').unwrap());
    assert_eq!(find(&found, "Jana Novak").end, text.chars().count() - 1);
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        " ",
        "\n\n",
        "'s",
        "’",
        "U.S.",
        "A.",
        "-",
        "--Ab--",
        "(ACR)",
        "X (",
        "Mr.",
        "É",
        "ß’s",
        "a.b.c",
        "Of And The",
        "&",
        "U.S.A.-",
        "((",
        "Ministry of",
    ] {
        mentions(text);
        find_names(text);
    }
}

#[test]
fn title_case_lead_ins_are_headings_but_speakers_are_not() {
    let text = "• Security Cooperation and Intelligence Sharing: Russia and China agreed.";
    assert_eq!(texts(text), ["Russia", "China"]);
    assert_eq!(texts("Jana Novak: We agree."), ["Jana Novak"]);
}

#[test]
fn possessives_inside_organisation_names() {
    let found = mentions("The Prosecutor-General's Office objected to Russia's Foreign Ministry.");
    assert_eq!(
        find(&found, "Prosecutor-General's Office").kind,
        ActorKind::Organisation
    );
    assert_eq!(find(&found, "Russia").kind, ActorKind::State);
    assert_eq!(
        find(&found, "Foreign Ministry").kind,
        ActorKind::Organisation
    );
}

#[test]
fn lost_apostrophes_still_end_names() {
    assert_eq!(texts("They rejected Russias plan."), ["Russia"]);
}

#[test]
fn a_single_name_after_the_is_a_group() {
    let found = mentions("Talks with the Zorvani stalled, and the Zorvani said no.");
    assert!(found.iter().all(|m| m.kind == ActorKind::Organisation));
    assert_eq!(found.len(), 2);
}

#[test]
fn everyday_words_and_dates_are_not_names() {
    assert!(texts("He studied Medicine and loved Jazz.").is_empty());
    assert_eq!(
        texts("On Thursday October 5 Jana Novak spoke."),
        ["Jana Novak"]
    );
    assert_eq!(
        texts("He met Theresa May in London."),
        ["Theresa May", "London"]
    );
}

#[test]
fn names_joined_by_connectors_split_where_two_names_meet() {
    assert_eq!(
        texts("Jana Novak & Ivan Petrov wrote it."),
        ["Jana Novak", "Ivan Petrov"]
    );
    let found = mentions("He played for the Oakland Athletics of Major League Baseball.");
    assert_eq!(found.len(), 2);
    let found = mentions("He was a Fellow of the Royal Society.");
    assert_eq!(find(&found, "Royal Society").kind, ActorKind::Organisation);
}

#[test]
fn nouns_in_apposition_and_places_in_context() {
    let found = mentions("He joined the band Velvet Horizon in Salem, Oregon.");
    assert_eq!(find(&found, "Velvet Horizon").kind, ActorKind::Organisation);
    assert_eq!(find(&found, "Salem").kind, ActorKind::Place);
    let found = mentions("We spoke to Lindqvist, Russia's envoy.");
    assert_ne!(find(&found, "Lindqvist").kind, ActorKind::Place);
}

#[test]
fn acronym_definitions_in_three_forms() {
    let text = "The Sudan Armed Forces (SAF) fought the Rapid Support Forces, or RSF. \
                    Later the TPC (Transitional Peace Council) met. The SAF attacked.";
    let definitions = find_names(text).acronyms;
    let pairs: Vec<(&str, &str)> = definitions
        .iter()
        .map(|d| (d.acronym.as_str(), d.expansion.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("SAF", "Sudan Armed Forces"),
            ("RSF", "Rapid Support Forces"),
            ("TPC", "Transitional Peace Council")
        ]
    );
    let found = mentions(text);
    assert_eq!(find(&found, "SAF").kind, ActorKind::Organisation);
    assert!(find_names("the Big Old Tree (NATO) fell")
        .acronyms
        .is_empty());
    let known = find_names("Islamic State of Iraq and Syria, known as ISIS").acronyms;
    assert_eq!(known[0].expansion, "Islamic State of Iraq and Syria");
}

#[test]
fn a_possessive_after_a_saints_name_stays_inside_the_name() {
    assert_eq!(
        texts("Money came from St. Mary's Fund last year."),
        ["St. Mary's Fund"]
    );
}

#[test]
fn and_between_everyday_words_of_one_name_does_not_cut_it() {
    assert_eq!(
        texts("The deal went to Halvor Defence and Space in March."),
        ["Halvor Defence and Space"]
    );
    assert_eq!(
        texts("Trade between Chile and Peru grew."),
        ["Chile", "Peru"]
    );
    assert_eq!(
        texts("Talks between Jana Novak and Petr Holub ended."),
        ["Jana Novak", "Petr Holub"]
    );
}

#[test]
fn a_company_suffix_keeps_its_dot() {
    let found = mentions("Shares of Pellucid Inc. rose. Later Pellucid Inc. said so.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|m| m.name == "Pellucid Inc."));
    assert_eq!(found[0].kind, ActorKind::Organisation);
}

#[test]
fn a_title_before_for_is_a_role_not_a_name() {
    let found = mentions("Meanwhile the EU Special Envoy for the Sahel said nothing.");
    assert!(
        found.iter().all(|m| m.kind != ActorKind::Person),
        "{found:?}"
    );
    let roe = mentions("Assistant Secretary of the Air Force for Acquisition John Roe spoke.");
    assert_eq!(roe.len(), 1, "{roe:?}");
    assert_eq!(
        (roe[0].text.as_str(), roe[0].kind),
        ("John Roe", ActorKind::Person)
    );
}

#[test]
fn honorifics_are_not_roles() {
    let found = mentions(
        "Mr. Jim Boa met Mrs Dana Hale, Mullah Aziz Kareem and Dr Foreign Minister Ola Berg.",
    );
    assert_eq!(find(&found, "Jim Boa").role, None);
    assert_eq!(find(&found, "Aziz Kareem").role, None);
    assert_eq!(find(&found, "Dana Hale").role, None);
    assert_eq!(
        find(&found, "Ola Berg").role.as_deref(),
        Some("Foreign Minister")
    );
}

#[test]
fn a_government_or_republic_of_a_country_is_the_state() {
    let found = mentions(
        "The Government of Kenya and the Republic of Kenya answered. The Kenya Government agreed.",
    );
    assert_eq!(found.len(), 3, "{found:?}");
    for m in &found {
        assert_eq!((m.name.as_str(), m.kind), ("Kenya", ActorKind::State));
    }
}

#[test]
fn a_capital_that_acts_is_its_state_and_a_capital_after_a_preposition_is_the_city() {
    let found = mentions(
        "Nairobi denied the report. Nairobi has also hosted talks. Officials in Nairobi said so. The Nairobi talks ended. Nairobi is a city.",
    );
    let names: Vec<(&str, ActorKind)> = found.iter().map(|m| (m.name.as_str(), m.kind)).collect();
    assert_eq!(
        names,
        [
            ("Kenya", ActorKind::State),
            ("Kenya", ActorKind::State),
            ("Nairobi", ActorKind::Place),
            ("Nairobi", ActorKind::Place),
            ("Nairobi", ActorKind::Place),
        ]
    );
}

#[test]
fn an_index_that_moves_or_stands_by_points_is_no_actor_and_a_scorer_is() {
    assert_eq!(
        texts("The Tarvex, which fell 678 points, closed lower. The Orlan currently has a value of 9,100.50 points. Dale Wynn scored 20 points."),
        ["Dale Wynn"]
    );
}

#[test]
fn a_mount_inside_a_name_makes_a_place() {
    let found = mentions("Two climbers died on Tarn Mount Orvel last week.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].text.as_str(), found[0].kind),
        ("Tarn Mount Orvel", ActorKind::Place)
    );
}

#[test]
fn a_city_that_acts_says_so_and_a_city_after_a_preposition_does_not() {
    let found = mentions(
        "Memphis signed a forward on Monday. The guard trained in Memphis. Memphis has lost twice.",
    );
    let evidence: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.name.as_str(), m.evidence))
        .collect();
    assert_eq!(
        evidence,
        [
            ("Memphis", super::CITY_AS_AGENT),
            ("Memphis", "gazetteer: city"),
            ("Memphis", super::CITY_AS_AGENT),
        ]
    );
    assert!(found.iter().all(|m| m.kind == ActorKind::Place));
}

#[test]
fn a_city_on_the_other_side_of_a_game_says_so_and_a_place_of_a_game_does_not() {
    let found = mentions(
        "The Herons fell in a loss to Memphis. They beat Memphis again. A camp opened at Memphis.",
    );
    let evidence: Vec<(&str, &str)> = found
        .iter()
        .filter(|m| m.name == "Memphis")
        .map(|m| (m.name.as_str(), m.evidence))
        .collect();
    assert_eq!(
        evidence,
        [
            ("Memphis", super::CITY_AS_AGENT),
            ("Memphis", super::CITY_AS_AGENT),
            ("Memphis", "gazetteer: city"),
        ]
    );
}

#[test]
fn a_name_shaped_pair_after_the_is_no_person() {
    let found = mentions("Up north, the Tessby Rowers canned their coach. Ivo Lind stayed.");
    let kinds: Vec<(&str, ActorKind)> = found.iter().map(|m| (m.text.as_str(), m.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("Tessby Rowers", ActorKind::Organisation),
            ("Ivo Lind", ActorKind::Person)
        ]
    );
}

#[test]
fn an_acronyms_expansion_keeps_its_first_word_at_a_sentence_start() {
    let found = mentions("Northern Air Cargo (NAC) grew. NAC said so.");
    assert_eq!(found[0].text, "Northern Air Cargo", "{found:?}");
}

#[test]
fn a_day_owns_no_name_and_a_title_case_prefix_stays_on_its_word() {
    assert_eq!(
        texts("After Thursday's Supreme Court ruling the Anti-Fraud Foundation spoke."),
        ["Supreme Court", "Anti-Fraud Foundation"]
    );
    assert_eq!(texts("He is anti-Kenyan."), ["Kenyan"]);
    assert_eq!(
        texts("Yet Thursdays Supreme Court ruling stands."),
        ["Supreme Court"]
    );
}

#[test]
fn a_lost_apostrophe_after_a_name_the_text_uses_is_a_possessive_before_a_noun() {
    let found = mentions("Lena Brenner spoke. They met Brenners team. Later Williams said no.");
    assert_eq!(find(&found, "Brenner").name, "Brenner");
    assert!(found.iter().any(|m| m.text == "Williams"), "{found:?}");
}

#[test]
fn products_and_their_designations_are_no_actors() {
    let text = "Zembla Aero said the Zembla Aero Z-310 jet and its Kestrel 4 engine \
                passed tests. The new Orrin jet flew in Varnholt. The Orrin jet is quiet.";
    let found = texts(text);
    assert!(found.contains(&"Zembla Aero".to_string()), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|t| t.contains("Z-310") || t.contains("Kestrel")),
        "{found:?}"
    );
    assert!(!found.iter().any(|t| t == "Orrin"), "{found:?}");
}

#[test]
fn a_company_named_beside_its_product_stays() {
    let found = texts("Quillon Motors said the new Quillon car sells well. Quillon said so.");
    assert!(found.contains(&"Quillon Motors".to_string()), "{found:?}");
    assert!(found.contains(&"Quillon".to_string()), "{found:?}");
}

#[test]
fn a_makers_model_and_the_model_alone_are_no_actors() {
    let text = "Quillon Motors said sales of the Quillon Zephyr rose. The Zephyr is built \
                in Mellby. Quillon Motors said so.";
    let super::Names {
        mentions: found,
        things,
        ..
    } = find_names(text);
    let found: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
    assert!(found.contains(&"Quillon Motors"), "{found:?}");
    assert!(!found.iter().any(|t| t.contains("Zephyr")), "{found:?}");
    assert!(things.contains(&"Zephyr".to_string()), "{things:?}");
}

#[test]
fn a_product_line_before_its_plural_noun_or_a_software_phrase_is_no_actor() {
    let found = texts("Buyers liked Corvane laptops. The Tessin operating system ships soon.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_conference_is_an_occasion_not_an_actor() {
    let found = texts("Delegates of Brastovia met at the Norrland Builders Conference.");
    assert_eq!(found, ["Brastovia"]);
}

#[test]
fn a_title_with_no_name_after_it_names_no_one() {
    let found = texts("The former Chief Operating Officer, Lena Brenner, left Quarrow Holdings.");
    assert_eq!(found, ["Lena Brenner", "Quarrow Holdings"]);
}

#[test]
fn a_company_and_its_legal_form_end_before_and() {
    let found = texts("Talks between Quarrow AG and Borel Holding LLC ended.");
    assert_eq!(found, ["Quarrow AG", "Borel Holding LLC"]);
}

#[test]
fn a_legal_form_ends_a_name_run_into_a_title_and_a_person() {
    let found = mentions("Borel Inc. CEO Lena Brenner said the Wendel LLC Arvid Holm deal died.");
    assert_eq!(find(&found, "Borel Inc.").kind, ActorKind::Organisation);
    assert_eq!(find(&found, "Lena Brenner").role.as_deref(), Some("CEO"));
    assert_eq!(find(&found, "Wendel LLC").kind, ActorKind::Organisation);
    assert_eq!(find(&found, "Arvid Holm").kind, ActorKind::Person);
}

#[test]
fn a_bodys_head_word_ends_a_name_run_into_a_title_and_a_person() {
    let found = mentions("Yesterday Harbour Court Judge Mira Tollan ruled on the case.");
    assert_eq!(find(&found, "Harbour Court").kind, ActorKind::Organisation);
    let judge = find(&found, "Mira Tollan");
    assert_eq!(judge.kind, ActorKind::Person);
    assert_eq!(judge.role.as_deref(), Some("Judge"));
}

#[test]
fn a_name_of_several_words_after_the_that_ends_its_phrase_is_no_persons() {
    let found = mentions("Fans cheered as the Harbour Rovers said they would stay.");
    assert_eq!(find(&found, "Harbour Rovers").kind, ActorKind::Organisation);
    let found = mentions("Voters met Jana Tollan said the Harbour Rovers coach.");
    assert_eq!(find(&found, "Jana Tollan").kind, ActorKind::Person);
}

#[test]
fn short_headings_and_lead_ins_of_everyday_words_name_nothing() {
    let text = "A Gradual Shift\n\nCountering Rivals and Cementing Sway: Brastovia acted.\n\n\
                Ties with Brastovia grew.";
    assert_eq!(texts(text), ["Brastovia", "Brastovia"]);
}

#[test]
fn a_lost_apostrophe_after_the_and_a_capital_joined_to_a_name_are_read_apart() {
    let text = "The Norvik Front met. Later the Norviks top envoy flew in. \
                Kabul-Norvik ties improved.";
    let names: Vec<String> = mentions(text).into_iter().map(|m| m.name).collect();
    assert_eq!(names, ["Norvik Front", "Norvik", "Kabul", "Norvik"]);
}

#[test]
fn what_a_number_sign_introduces_is_a_designation() {
    let found =
        texts("The court cited Federal Law No. 513-AB and Decree No 77-XY, Brastovia said.");
    assert_eq!(found, ["Brastovia"]);
}

#[test]
fn a_product_noun_before_a_name_makes_it_a_products() {
    let found = texts("The web browser Tessin is fast, Brastovia said.");
    assert_eq!(found, ["Brastovia"]);
}

#[test]
fn a_name_then_a_country_is_a_companys_arm_and_its_first_word_the_company() {
    let found = mentions("Wendel Australia cut jobs. Wendel said the plant would close.");
    assert_eq!(
        find(&found, "Wendel Australia").kind,
        ActorKind::Organisation
    );
    assert_eq!(find(&found, "Wendel").kind, ActorKind::Organisation);
}

#[test]
fn a_family_name_that_names_a_company_stays_the_company_beside_a_family_member() {
    let text = "Wendel Motor Company cut jobs, said its chairman Arvid Wendel. \
                Wendel said the plant would close.";
    let found = mentions(text);
    let wendel = found
        .iter()
        .filter(|m| m.text == "Wendel")
        .collect::<Vec<_>>();
    assert!(
        !wendel.is_empty() && wendel.iter().all(|m| m.kind == ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn a_building_after_at_or_in_is_a_venue_a_place() {
    let found = mentions("The show was held at the Tessin Center. The Norrland Centre said no.");
    assert_eq!(find(&found, "Tessin Center").kind, ActorKind::Place);
    assert_eq!(
        find(&found, "Norrland Centre").kind,
        ActorKind::Organisation
    );
}

#[test]
fn everyday_words_before_an_acronym_and_a_division_in_apposition_make_organisations() {
    let found =
        mentions("He spoke of a New QRX. It will cut jobs at its German division, Velbrand.");
    assert_eq!(find(&found, "New QRX").kind, ActorKind::Organisation);
    assert_eq!(find(&found, "Velbrand").kind, ActorKind::Organisation);
}

#[test]
fn a_given_name_and_a_head_word_with_a_role_is_a_person() {
    let found = mentions("\"We wait,\" said Jana Press, the Vice Chairman of Borel Inc.");
    let jana = find(&found, "Jana Press");
    assert_eq!(jana.kind, ActorKind::Person);
    assert_eq!(jana.role.as_deref(), Some("Vice Chairman of Borel Inc."));
    assert_eq!(
        find(&mentions("Jana Press rose."), "Jana Press").kind,
        ActorKind::Organisation
    );
}

#[test]
fn what_speaks_of_its_own_as_its_is_an_organisation() {
    let found =
        mentions("Velbrand states that its mark is old. Later Velbrand said its case held.");
    assert!(
        found.iter().all(|m| m.kind == ActorKind::Organisation),
        "{found:?}"
    );
    let found = mentions("Brenner said he would sue.");
    assert_eq!(find(&found, "Brenner").kind, ActorKind::Person);
}

#[test]
fn a_title_of_another_name_in_the_apposition_is_not_the_persons_role() {
    let found = mentions("They met Lena Brenner, President Holm's special envoy, on Monday.");
    assert_eq!(
        find(&found, "Lena Brenner").role.as_deref(),
        Some("special envoy")
    );
}

#[test]
fn a_clause_after_a_comma_attaches_no_role() {
    for text in [
        "Fans waited at Kestrelmoor, although the singer never came.",
        "Fans waited at Kestrelmoor, and the singer never came.",
        "Fans waited at Kestrelmoor, where the singer was expected.",
    ] {
        let found = mentions(text);
        let place = find(&found, "Kestrelmoor");
        assert_eq!(place.role, None, "{text}");
        assert_ne!(place.kind, ActorKind::Person, "{text}");
    }
    let found = mentions("Fans cheered Ulla Varg, one singer of the band, at noon.");
    assert_eq!(
        find(&found, "Ulla Varg").role.as_deref(),
        Some("singer of the band")
    );
}

#[test]
fn a_role_that_speaks_after_a_comma_is_no_apposition() {
    let found = mentions("They toured Velbrand, a regional official said on Friday.");
    assert_eq!(find(&found, "Velbrand").role, None);
    assert_ne!(find(&found, "Velbrand").kind, ActorKind::Person);
}

#[test]
fn a_place_or_organisation_noun_right_after_a_name_says_its_kind() {
    let found = mentions("He was deputy governor of Varn province. The Velbrand group said no.");
    assert_eq!(find(&found, "Varn").kind, ActorKind::Place);
    let found = mentions("Officials visited Varn province and the Velbrand group.");
    assert_eq!(find(&found, "Velbrand").kind, ActorKind::Organisation);
}

#[test]
fn a_name_that_ends_the_text_is_read_without_panic() {
    assert_eq!(texts("They met Velbrand"), ["Velbrand"]);
}

#[test]
fn a_generation_suffix_makes_a_person() {
    let found = mentions("The court heard Arcade Velbrand Holm Jr. on Monday.");
    assert_eq!(
        find(&found, "Arcade Velbrand Holm Jr.").kind,
        ActorKind::Person
    );
}

#[test]
fn the_staff_of_a_name_make_it_an_organisation() {
    let found = mentions("He met representatives of Velbrand Tessin and employees of Quarrow.");
    assert_eq!(
        find(&found, "Velbrand Tessin").kind,
        ActorKind::Organisation
    );
    assert_eq!(find(&found, "Quarrow").kind, ActorKind::Organisation);
}

#[test]
fn technical_abbreviations_and_dotted_titles_name_no_one() {
    let found = texts("Its LCD screen and new SDK shipped, the firm's C.E.O. said in Brastovia.");
    assert_eq!(found, ["Brastovia"]);
}

#[test]
fn an_index_known_by_its_context_is_a_thing_in_its_document_only() {
    let super::Names {
        mentions: found,
        things,
        ..
    } = find_names("The Velmont index rose 40 points.");
    assert!(found.is_empty(), "{found:?}");
    assert!(
        things.is_empty(),
        "the exchange may bear the name elsewhere: {things:?}"
    );
}

#[test]
fn money_names_no_country() {
    let found = texts("The deal was worth US$7.2 bn, or SGD1.75 a share, Brastovia said.");
    assert_eq!(found, ["Brastovia"]);
    let found = texts("It sells for US $199 in Brastovia.");
    assert_eq!(found, ["Brastovia"]);
}

#[test]
fn market_indices_and_units_are_no_actors() {
    let text = "The Velmont Composite fell 2 percent and the Arkwell index rose.\n\
                The Arkwell ended 40 points higher. The Tessaly 250 slipped. It has 16GB and 8 GB.\n\
                The Velmont slipped too.";
    let found = texts(text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn call_signs_and_channels_with_digits_stay() {
    let found = texts("The station 5KVR and the channel WEXO2 said they would merge.");
    assert!(found.contains(&"WEXO2".to_string()), "{found:?}");
}

#[test]
fn a_firm_named_after_a_person_is_an_organisation_when_the_text_says_so() {
    let found = mentions("Shares of Tilbury fell. Tilbury said sales were weak.");
    assert_eq!(find(&found, "Tilbury").kind, ActorKind::Organisation);
    let found = mentions("Harold Motors opened a plant. Later, Harold hired 200 workers.");
    assert_eq!(find(&found, "Harold Motors").kind, ActorKind::Organisation);
    let harold = found
        .iter()
        .filter(|m| m.text == "Harold")
        .collect::<Vec<_>>();
    assert!(
        harold.iter().all(|m| m.kind == ActorKind::Organisation),
        "{found:?}"
    );
    let found = mentions("Harold Brandt met the Harold Trio band. Later, Harold left.");
    assert_eq!(
        find(&found, "Harold").kind,
        ActorKind::Person,
        "a band is no company"
    );
}

#[test]
fn a_town_after_in_stays_a_place_beside_a_company() {
    let found =
        mentions("Quarrow Holdings opened a unit in Mellby, where staff said it was needed.");
    assert_eq!(find(&found, "Mellby").kind, ActorKind::Place);
}

#[test]
fn a_town_before_its_country_is_a_place_after_an_article_too() {
    let found = mentions("Staff gathered at the Mellby, Norway plant on Friday.");
    assert_eq!(find(&found, "Mellby").kind, ActorKind::Place);
}

#[test]
fn a_weekday_after_a_name_is_the_date_not_the_name() {
    assert_eq!(
        texts("The Harbour Rovers fired coach Owen Tarrant Saturday after a loss."),
        ["Harbour Rovers", "Owen Tarrant"]
    );
    assert_eq!(texts("The Harbour Sun reported it."), ["Harbour Sun"]);
}

#[test]
fn a_noun_after_a_name_types_it_though_a_preposition_follows() {
    let found = mentions("A fire ripped through a Velbrand supermarket in Tessin on Monday.");
    assert_eq!(find(&found, "Velbrand").kind, ActorKind::Organisation);
}

#[test]
fn an_everyday_word_or_an_acronym_before_a_full_name_is_no_part_of_it() {
    assert_eq!(
        texts("The side lost. Champion Jana Lind scored twice."),
        ["Jana Lind"]
    );
    let found = mentions("The club signed Owen Tarrant. HB Owen Tarrant ran.");
    assert_eq!(find(&found, "Owen Tarrant").kind, ActorKind::Person);
    assert!(
        found.iter().all(|m| m.text != "HB Owen Tarrant"),
        "{found:?}"
    );
}

#[test]
fn a_name_after_in_is_a_place_whatever_its_shape() {
    let found = mentions("The festival opened in Varo Mirande on Friday, said Ilse Konter.");
    assert_eq!(find(&found, "Varo Mirande").kind, ActorKind::Place);
    assert_eq!(find(&found, "Ilse Konter").kind, ActorKind::Person);
}

#[test]
fn an_age_beside_a_name_makes_a_person_and_where_they_are_from_a_place() {
    let found =
        mentions("Officers held Xoranth Quenby Adair Thorne, 54, of Vellacourt, on Friday.");
    let person = find(&found, "Xoranth Quenby Adair Thorne");
    assert_eq!(person.kind, ActorKind::Person);
    assert_eq!(person.evidence, "context: age");
    assert_eq!(find(&found, "Vellacourt").kind, ActorKind::Place);
    let found = mentions("A court jailed 47-year-old Brannoc Ulverin on Monday.");
    assert_eq!(find(&found, "Brannoc Ulverin").evidence, "context: age");
    let found = mentions("A jury cleared 47 - year - old Brannoc Ulverin.");
    assert_eq!(find(&found, "Brannoc Ulverin").evidence, "context: age");
    // A year after a comma is no age.
    let found = mentions("The deal with Quarnet Ulvask, 2019, was signed.");
    assert_ne!(find(&found, "Quarnet Ulvask").evidence, "context: age");
}

#[test]
fn a_resident_described_by_a_town_makes_the_town_a_place() {
    let found = mentions("Yesterday a Dunmarrow man was charged with theft.");
    assert_eq!(find(&found, "Dunmarrow").kind, ActorKind::Place);
}

#[test]
fn a_compass_word_after_a_name_makes_a_district() {
    let found = mentions("The climber, from Kettering East, was found alive.");
    assert_eq!(find(&found, "Kettering East").kind, ActorKind::Place);
    // An everyday word before the compass word is no district's name.
    assert!(mentions("They sang Happy North all night.")
        .iter()
        .all(|m| m.evidence != "name + direction"));
}

#[test]
fn a_country_then_an_everyday_word_is_the_states_institution() {
    let found = mentions("The loan came from the US Treasury last year.");
    let treasury = find(&found, "US Treasury");
    assert_eq!(treasury.kind, ActorKind::Organisation);
    assert_eq!(treasury.evidence, "country + institution word");
}

#[test]
fn an_index_after_its_noun_or_moving_by_a_share_after_the_is_a_thing() {
    assert!(texts("Tokyo's main index, the Ostrava, closed lower.")
        .iter()
        .all(|t| t != "Ostrava"));
    assert!(texts("Later the Valdemar was down 2.4% in thin trade.")
        .iter()
        .all(|t| t != "Valdemar"));
    assert!(texts("By noon the Valdemar dropped 3 percent.")
        .iter()
        .all(|t| t != "Valdemar"));
    // A firm's name takes no article: its shares moving leave it an actor.
    assert!(texts("Brenholt Corp said Brenholt fell 3 percent.")
        .iter()
        .any(|t| t == "Brenholt"));
}

#[test]
fn the_leading_words_of_an_index_name_stand_for_the_index() {
    let names = find_names(
        "The Velmont Ardis Composite gained 40 points.\n\nBy Friday the Velmont Ardis had lost it all.",
    );
    assert!(names
        .mentions
        .iter()
        .all(|m| !m.text.starts_with("Velmont")));
    assert!(names.things.iter().any(|t| t == "Velmont Ardis"));
}

#[test]
fn a_branch_abbreviation_with_a_dashed_letter_is_defined_by_the_name_before_it() {
    let names = find_names(
        "Fighters of the Varn Popular Army Eastern Command (VPLA-E) crossed the river. \
         The Harbour Pilots Guild (HPG-X) stayed. VPLA-E denied it.",
    );
    let defined: Vec<(&str, &str)> = names
        .acronyms
        .iter()
        .map(|d| (d.acronym.as_str(), d.expansion.as_str()))
        .collect();
    // "VPLA" stands for an older form of the army's name; "X" is no word's initial.
    assert_eq!(defined, [("VPLA-E", "Varn Popular Army Eastern Command")]);
}

#[test]
fn a_full_name_with_a_lost_apostrophe_before_a_noun_ends_at_the_family_name() {
    let found = mentions("Talks with the Jana Brenners government stalled on Monday.");
    assert_eq!(find(&found, "Jana Brenner").kind, ActorKind::Person);
    // A family name that ends in "s" before a verb elsewhere keeps it.
    let found = mentions("Owen Harris team lost. Owen Harris said so.");
    assert!(found.iter().all(|m| m.name == "Owen Harris"), "{found:?}");
}

#[test]
fn a_state_word_joins_its_own_state_only() {
    let found = mentions(
        "The Republic of Ireland and the Government of Northern Ireland met. \
         The Irish government and the Ireland Government agreed. Later the Ireland government spoke.",
    );
    let names: Vec<(&str, &str, ActorKind)> = found
        .iter()
        .map(|m| (m.text.as_str(), m.name.as_str(), m.kind))
        .collect();
    for m in found.iter().filter(|m| m.name == "Ireland") {
        assert_eq!(m.kind, ActorKind::State, "{names:?}");
    }
    assert_eq!(
        found.iter().filter(|m| m.name == "Ireland").count(),
        4,
        "{names:?}"
    );
    assert!(
        found
            .iter()
            .any(|m| m.text.contains("Northern Ireland") && m.name != "Ireland"),
        "{names:?}"
    );
}

#[test]
fn a_word_with_capitals_after_its_first_keeps_them_at_a_sentence_start() {
    assert_eq!(
        texts("They share one enemy: VPLA-Ostrava, the group behind the raids."),
        ["VPLA-Ostrava"]
    );
}

#[test]
fn the_pronoun_with_a_clitic_is_no_name() {
    assert_eq!(
        texts("\"Yes, I'm sure and I'd go,\" said Jana Veld, adding I've seen it and I'll stay."),
        ["Jana Veld"]
    );
}

#[test]
fn degrees_are_no_bodies() {
    assert_eq!(
        texts("Jana Veld, MD, holds an MBA, a PhD and an MD from Orlen University."),
        ["Jana Veld", "Orlen University"]
    );
    // Without a person's name before it, the letters may be a place's abbreviation.
    assert!(texts("He lives in Calder, MD, near the coast.").contains(&"MD".to_string()));
}

#[test]
fn a_name_after_an_indefinite_article_that_ends_its_phrase_is_one_of_a_kind() {
    assert_eq!(
        texts("Police said the man drove a Selvo Quint to Tarrow."),
        ["Tarrow"]
    );
    // A premodifier names its actor: the reporter is Brevik Wire's.
    assert_eq!(texts("A Brevik Wire reporter saw it."), ["Brevik Wire"]);
    // A comma and a capital go on with a place ("a Calder, Ostland court").
    assert!(texts("The case went to a Calder, Ostland court.").contains(&"Calder".to_string()));
}

#[test]
fn storms_and_honours_are_no_actors() {
    assert_eq!(
        texts(
            "Hurricane Odile and Tropical Storm Pell hit Tarrow. Jana Veld won the Ostrik \
             Award for Rural Health, the Marden Fellowship and the Kell Prize."
        ),
        ["Tarrow", "Jana Veld"]
    );
    // An amount in capitals names no one.
    assert_eq!(
        texts("Over a hundred Billion Dollars of Trade pass through Tarrow."),
        ["Tarrow"]
    );
    // A war is a happening, by its name or its usual initials; a GI is a soldier.
    assert_eq!(
        texts(
            "Jana Veld sang for GIs in World War II, and after WWII she toured the Ostrik \
             Revolution's museums with Ivo Lind."
        ),
        ["Jana Veld", "Ivo Lind"]
    );
}

#[test]
fn a_role_with_no_one_named_is_no_name() {
    assert_eq!(
        texts("The Surgeon General and the Associate Dean met Jana Veld."),
        ["Jana Veld"]
    );
    // The country before the role is still named.
    let found = mentions("The Kenyan Chief Surgeon spoke.");
    assert_eq!(
        found.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
        ["Kenya"]
    );
}

#[test]
fn one_head_word_ending_both_sides_of_and_ends_two_names() {
    assert_eq!(
        texts("Tarrow County and Ellis County voted, as did the Marsh Parks Service and National Reef Service."),
        ["Tarrow County", "Ellis County", "Marsh Parks Service", "National Reef Service"]
    );
    // "on" builds a name as "of" does: its "and" stays inside.
    assert_eq!(
        texts("The Council on Ethical and Judicial Affairs met."),
        ["Council on Ethical and Judicial Affairs"]
    );
}

#[test]
fn news_agency_abbreviations_of_states_name_them() {
    let found = mentions("The plant is in Calder, W. Va., and Ostrow, Okla.");
    let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
    assert!(names.contains(&"West Virginia"), "{names:?}");
    assert!(names.contains(&"Oklahoma"), "{names:?}");
}

#[test]
fn doctor_and_monsignor_are_titles_and_a_garden_is_a_place() {
    let found = mentions("Doctor Jana Veld met Msgr. Otto Brand in the Tarrow Garden.");
    let jana = find(&found, "Jana Veld");
    assert_eq!((jana.kind, jana.role.as_deref()), (ActorKind::Person, None));
    let otto = find(&found, "Otto Brand");
    assert_eq!(otto.kind, ActorKind::Person);
    assert_eq!(find(&found, "Tarrow Garden").kind, ActorKind::Place);
}

#[test]
fn a_title_after_and_starts_a_second_person() {
    let found =
        mentions("Secretary of Commerce Jana Veld and Secretary of the Interior Ivo Lind spoke.");
    let names: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|m| (m.text.as_str(), m.role.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("Jana Veld", Some("Secretary of Commerce")),
            ("Ivo Lind", Some("Secretary of the Interior"))
        ]
    );
}

#[test]
fn a_role_keeps_what_it_is_of() {
    let found = mentions("Tomas Brevik, head of the Varn Trade Office in Ostrava, spoke.");
    assert_eq!(
        find(&found, "Tomas Brevik").role.as_deref(),
        Some("head of the Varn Trade Office")
    );
    let found = mentions("Ilse Marek, the then head of the regional tax administration, said so.");
    assert_eq!(
        find(&found, "Ilse Marek").role.as_deref(),
        Some("head of the regional tax administration")
    );
    // A verb ends the phrase; a possessive makes it someone else's.
    let found = mentions("The head of the Varn Tax Agency, Pavel Horak, said nothing.");
    assert_eq!(
        find(&found, "Pavel Horak").role.as_deref(),
        Some("head of the Varn Tax Agency")
    );
    let found = mentions("Anna Vlk, head of Brevik's board, resigned.");
    assert_eq!(find(&found, "Anna Vlk").role.as_deref(), Some("head"));
}

#[test]
fn a_plural_head_word_after_and_ends_two_bodies() {
    let found = mentions("Officials of the Harbour and Transport Ministries met on Monday.");
    let names: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.text.as_str(), m.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Harbour", "Harbour Ministry"),
            ("Transport Ministries", "Transport Ministry")
        ]
    );
    assert!(found.iter().all(|m| m.kind == ActorKind::Organisation));
    // A head-word in the singular still makes one name around the "and".
    let found = mentions("He met the Food and Drug Administration on Monday.");
    assert_eq!(texts_of(&found), ["Food and Drug Administration"]);
}

fn texts_of(found: &[Mention]) -> Vec<&str> {
    found.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn a_product_line_launched_with_a_head_word_products_bear_is_no_actor() {
    let super::Names {
        mentions, things, ..
    } = find_names("Corvane unveiled new Vellum Air laptops. The Vellum Air is thin.");
    assert!(
        !mentions.iter().any(|m| m.text.contains("Vellum")),
        "{mentions:?}"
    );
    assert!(things.contains(&"Vellum Air".to_string()), "{things:?}");
    // An airline's head-word is no product's.
    let found = texts("Orla Airlines said its Orla Airlines jets fly daily.");
    assert!(found.contains(&"Orla Airlines".to_string()), "{found:?}");
}

#[test]
fn what_is_launched_as_new_and_its_line_are_products() {
    let found =
        texts("Buyers in Brastovia liked the new Quillo Pro, and the Quillo Mini sold out.");
    assert_eq!(found, ["Brastovia"]);
    // A person's given name is no product's.
    let found = texts("Delegates met the new Jana Novak in Brastovia.");
    assert!(found.contains(&"Jana Novak".to_string()), "{found:?}");
}

#[test]
fn a_name_after_an_organisations_possessive_is_its_product() {
    let found = texts("Velmar Group said on Monday that Velmar Group's Quillstore had grown.");
    assert!(!found.contains(&"Quillstore".to_string()), "{found:?}");
    let found = texts("Buyers left the company's Quillstore in Brastovia.");
    assert_eq!(found, ["Brastovia"]);
}

#[test]
fn names_listed_with_a_model_are_products() {
    let found =
        texts("Corvane Motors said it will cut the Corvane Zephyr, Pellar Quint, and Varnella.");
    assert_eq!(found, ["Corvane Motors"]);
    let found = texts("Corvane Motors said it met Pellar Quint and Varnella.");
    assert!(found.contains(&"Varnella".to_string()), "{found:?}");
}

#[test]
fn an_index_named_with_a_years_digits_is_no_actor() {
    let found = texts("The Velmont 2000 Index dropped 4 percent in Brastovia.");
    assert_eq!(found, ["Brastovia"]);
}

#[test]
fn companies_are_typed_by_their_shares_staff_and_lists() {
    let found = mentions(
        "On Monday, Brenlo shares fell 4 percent, said Dunmore analyst Jana Roe. \
         Investors met Quorra's shareholders. Lenders fell after the failures of Harrow \
         Brothers ($9 billion), Velm Mutual ($3 billion), and Quistcom ($1 billion).",
    );
    for name in ["Brenlo", "Dunmore", "Quorra", "Velm Mutual", "Quistcom"] {
        assert_eq!(find(&found, name).kind, ActorKind::Organisation, "{name}");
    }
    // A verb "shares" takes an object: the person stays.
    let found = mentions("On Monday, Jana Roe shares the view of Brastovia.");
    assert_eq!(find(&found, "Jana Roe").kind, ActorKind::Person);
}

#[test]
fn names_listed_with_a_place_after_in_and_a_towns_police_are_places() {
    let found = mentions("The crash happened in Tessby and Sherman, and Varby police said so.");
    for name in ["Tessby", "Sherman", "Varby"] {
        assert_eq!(find(&found, name).kind, ActorKind::Place, "{name}");
    }
    let found = mentions("A woman from Sherman was hurt.");
    assert_eq!(find(&found, "Sherman").kind, ActorKind::Place);
    // "in X and Y in Z": Y is something in Z, not a place listed with X.
    let found = mentions("Stations play in Tessby and Sherman in Varby.");
    assert_ne!(find(&found, "Sherman").kind, ActorKind::Place);
}

#[test]
fn a_heritage_compound_names_no_state_but_two_peoples_in_a_relation_are_two() {
    assert!(
        texts("Her Italian-Canadian family and an African-American choir sang.").is_empty(),
        "a heritage is no mention of a state or a continent"
    );
    assert_eq!(
        texts("Mexican-Americans voted early.").len(),
        0,
        "the plural noun of people too"
    );
    let found = mentions("The Indian-Pakistani border and Greek-Turkish talks were tense.");
    let states: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(states, ["India", "Pakistan", "Greece", "Turkey"]);
}

#[test]
fn one_word_before_a_leaders_tenure_is_marked_as_such() {
    let found =
        mentions("Critics of the Harlan administration spoke. Some Verdi era officials left.");
    assert_eq!(find(&found, "Harlan").evidence, super::LEADERS_TENURE);
    assert_eq!(find(&found, "Verdi").evidence, super::LEADERS_TENURE);
    let found = mentions("The Acme Motors administration of the plant ended.");
    assert_ne!(
        find(&found, "Acme Motors").evidence,
        super::LEADERS_TENURE,
        "a name of several words is no leader's surname"
    );
}

#[test]
fn a_body_of_everyday_words_after_a_states_possessive_is_named_as_the_states() {
    let found =
        mentions("Kenya’s Supreme Court ruled, and Acme’s Supply Board met Norway's Vikra Group.");
    let court = find(&found, "Supreme Court");
    assert_eq!(court.name, "Kenya’s Supreme Court");
    assert_eq!(
        find(&found, "Kenya").name,
        "Kenya",
        "the state is still named"
    );
    assert_eq!(
        find(&found, "Supply Board").name,
        "Supply Board",
        "no state's"
    );
    assert_eq!(
        find(&found, "Vikra Group").name,
        "Vikra Group",
        "a name of its own"
    );
}
