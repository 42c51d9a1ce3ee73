//! Classifying a name without a title: head-words, directions, teams, a person's evidence,
//! apposition and context; and the roles the context attaches to a person.

use super::doc::Link;
use super::tokenise::{is_dash, Shape};
use super::ActorKind;
use super::{Doc, Found};
use crate::text::gazetteer::{self, Category};
use crate::text::lexicon::parts_of_speech::{class_of, Class};
use std::ops::Range;

/// The evidence of a name followed by a comma and a state or region ("Salem, Oregon").
const REGION_FOLLOWS: &str = "context: followed by a state or region";

/// The evidence of a name shaped like a person's but written after "the": a group's, or a
/// product's when the words around it say so (`things`).
pub(super) const NAME_SHAPE_AFTER_THE: &str = "name shape after \"the\"";

/// The evidence of one word before a noun of a leader's time in office ("the Harlan
/// administration"): a person's surname only if the corpus names that person in full.
pub const LEADERS_TENURE: &str = "context: a leader's tenure";

impl Doc<'_> {
    pub(super) fn classify(&self, part: Range<usize>) -> Option<Found> {
        let words: Vec<usize> = part.clone().filter(|&i| !self.is_connector(i)).collect();
        if words.len() == 1 {
            return self.classify_word(part);
        }
        if words.iter().all(|&i| self.is_title_word(i)) || self.has_inner_function_word(&words) {
            return None;
        }
        let found = self
            .by_known_stem(part.clone())
            .or_else(|| self.by_head_word(part.clone(), &words))
            .or_else(|| self.by_direction(part.clone(), &words))
            .or_else(|| self.by_team_shape(part.clone(), &words))
            .or_else(|| self.by_branch(part.clone(), &words))
            .or_else(|| self.by_national_institution(part.clone(), &words))
            .unwrap_or_else(|| self.by_person_evidence(part.clone(), &words));
        Some(self.with_role(found))
    }

    pub(super) fn is_title_word(&self, i: usize) -> bool {
        let text = self.text(i);
        gazetteer::title(text).is_some() || gazetteer::is_title_modifier(text)
    }

    /// "Let Us Begin", "Truth About": a function word inside marks the title of a work or a
    /// phrase, not an actor. A leading "The" ("The Stooges") and names that are also
    /// function words ("Edward Said", "Theresa May") do not count.
    fn has_inner_function_word(&self, words: &[usize]) -> bool {
        words.iter().enumerate().any(|(n, &i)| {
            let text = self.text(i);
            self.tokens[i].shape == Shape::Capitalised
                && crate::text::lexicon::is_stop_word(text)
                && !(n == 0 && self.tokens[i].is("the"))
                && !gazetteer::is_given_name(text)
                && !gazetteer::is_calendar_word(text)
        })
    }

    /// A single word: a generic word names nothing; an acronym is most likely an
    /// organisation; a given name is a person (or a town named after one); otherwise the
    /// context decides, and an everyday word ("Wheat", or "Rock" beside "rock") stays only
    /// if the document shows it is a name (see `settle_kinds`).
    fn classify_word(&self, part: Range<usize>) -> Option<Found> {
        let i = part.start;
        let text = self.text(i);
        if self.names_nothing(i) {
            return None;
        }
        if self.tokens[i].shape == Shape::Acronym {
            return self.acronym_found(i);
        }
        if let Some(found) = self.by_company_context(part.clone()) {
            return Some(found);
        }
        if self.before_tenure_noun(part.clone()) {
            return Some(Found::new(part, ActorKind::Other, LEADERS_TENURE));
        }
        if gazetteer::is_given_name(text) {
            // "in Harrison", "Harrison, New Jersey": towns are named after people too.
            let town = self.by_place_context(part.clone());
            let town = town.filter(|f| f.evidence != "place-name ending");
            let person = || self.with_role(Found::new(part, ActorKind::Person, "given name"));
            return Some(town.unwrap_or_else(person));
        }
        let ordinary =
            gazetteer::is_english_word(text) || self.lower_seen.contains(&text.to_lowercase());
        // "the Mellby, Norway plant": a town before its state, whatever article precedes it.
        let town = self
            .by_place_context(part.clone())
            .filter(|f| f.evidence == REGION_FOLLOWS);
        if let Some(found) = town.filter(|_| !ordinary) {
            return Some(found);
        }
        if let Some(found) = self.by_article(part.clone()).filter(|_| !ordinary) {
            return Some(found);
        }
        let found = self.by_context(part.clone());
        if found.kind != ActorKind::Other {
            return Some(self.with_role(found));
        }
        if ordinary {
            return Some(Found {
                tentative: true,
                ..found
            });
        }
        let typed = self
            .by_apposition_noun(part.clone())
            .or_else(|| self.by_place_context(part));
        Some(typed.unwrap_or(found))
    }

    /// A word that never names an actor on its own: generic words, titles, head-words.
    fn names_nothing(&self, i: usize) -> bool {
        let text = self.text(i);
        gazetteer::is_generic(text)
            || self.is_title_word(i)
            || gazetteer::organisation_head(text).is_some()
            || gazetteer::place_head_last(text).is_some()
            || gazetteer::place_head_first(text).is_some()
            || crate::text::lexicon::is_stop_word(text)
    }

    fn by_head_word(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let (first, last) = (words[0], words[words.len() - 1]);
        let organisation = |evidence| Found::new(part.clone(), ActorKind::Organisation, evidence);
        let place = |evidence| Found::new(part.clone(), ActorKind::Place, evidence);
        // "Ministry of Roads and Bridges": the head-word before "of" names the thing.
        let head_of = self.link(first + 1) == Some(Link::Of);
        let head = gazetteer::organisation_head(self.text(first)).filter(|_| head_of);
        if let Some(evidence) = head.or_else(|| gazetteer::organisation_head(self.text(last))) {
            if words.len() == 2 && gazetteer::is_given_name(self.text(first)) {
                // "Jana Press, the chairwoman": a family name that is also a head-word; with
                // nothing around it, the head-word counts, but weakly.
                let person = self.person_context(part.clone());
                return Some(match person {
                    Some(evidence) => Found::new(part, ActorKind::Person, evidence),
                    None => organisation("head-word after a given name"),
                });
            }
            if self.is_venue(part.clone(), last) {
                return Some(place("context: at a venue"));
            }
            return Some(organisation(evidence));
        }
        let modifiers = &words[..words.len() - 1];
        if self.tokens[last].shape == Shape::Acronym
            && modifiers
                .iter()
                .all(|&i| gazetteer::is_english_word(self.text(i)))
        {
            // "New ACME", "Automaker ACME": everyday words before an organisation's acronym.
            return Some(organisation("acronym with a modifier"));
        }
        if let Some(evidence) = gazetteer::place_head_last(self.text(last)) {
            return Some(place(evidence));
        }
        if let Some(evidence) = gazetteer::place_head_first(self.text(first)) {
            return Some(place(evidence));
        }
        // "Tarn Mount Orvel": a mountain keeps its name's last word after a word of its own.
        let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
        let mount = inner
            .iter()
            .any(|&i| matches!(self.text(i), "Mount" | "Mt" | "Mt."));
        if mount {
            return Some(place("place head-word: Mount inside"));
        }
        if gazetteer::is_saint_word(self.text(first)) {
            return Some(place("saint's name: place"));
        }
        words
            .iter()
            .find_map(|&i| gazetteer::organisation_head(self.text(i)))
            .map(organisation)
    }

    /// "Islamic State–Sahel", "Islamic State Sahel Province": a known organisation's name
    /// followed by more (after a dash or not) names a branch of it.
    fn by_known_stem(&self, part: Range<usize>) -> Option<Found> {
        let text = self.source_text(part.clone());
        let stem = text.split(is_dash).next()?;
        let dashed = gazetteer::lookup(stem).filter(|_| stem.len() < text.len());
        let leading = self
            .longest_entry(part.start, part.end)
            .map(|(_, entry)| entry);
        let entry = dashed.or(leading)?;
        (entry.category == Category::Organisation)
            .then(|| Found::new(part, ActorKind::Organisation, entry.evidence()))
    }

    /// "Northern Afghanistan", "East Java": a compass word before a name makes a place.
    fn by_direction(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let direction = matches!(
            self.text(part.start).to_lowercase().as_str(),
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "upper"
                | "lower"
                | "greater"
        );
        if !direction || words.len() > 3 {
            return self.by_direction_after(part, words);
        }
        let everyday = (part.start + 1..part.end).any(|i| gazetteer::is_english_word(self.text(i)));
        match self.entry(part.start + 1..part.end) {
            Some(entry) if entry.category == Category::Organisation => None,
            Some(_) => Some(Found::new(part, ActorKind::Place, "gazetteer: region")),
            // "Western Policy" is no place.
            None if everyday => None,
            None => Some(Found::new(part, ActorKind::Place, "direction + name")),
        }
    }

    /// "Harlow East", "Kenton North": a compass word after a name that is no everyday word
    /// names a district, a place.
    fn by_direction_after(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let [name, direction] = words else {
            return None;
        };
        let compass = ["North", "South", "East", "West"].contains(&self.text(*direction));
        let text = self.text(*name);
        let plain_name = self.tokens[*name].shape == Shape::Capitalised
            && !gazetteer::is_english_word(text)
            && !gazetteer::is_given_name(text)
            && gazetteer::lookup(text).is_none();
        (compass && plain_name && part.len() == 2)
            .then(|| Found::new(part, ActorKind::Place, "name + direction"))
    }

    /// "Boston Bruins", "Jacksonville Suns": a place and a plural name make a team.
    fn by_team_shape(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let len = match self.longest_entry(part.start, part.end) {
            Some((_, entry))
                if matches!(entry.category, Category::Organisation | Category::Demonym) =>
            {
                return None
            }
            Some((len, _)) => len,
            None if gazetteer::has_place_ending(self.text(part.start)) => 1,
            None => return None,
        };
        let rest = part.start + len..part.end;
        let plural = self.text(part.end - 1).ends_with('s');
        let plain = words.len() == part.len() && (1..=2).contains(&rest.len());
        (plural && plain)
            .then(|| Found::new(part, ActorKind::Organisation, "place + plural name: team"))
    }

    /// "Acme Australia", "ACME Europe": an unknown name then a country or a region is a
    /// company's arm there (a town would take a comma, a person a given name).
    fn by_branch(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let [name, area] = words else {
            return None;
        };
        let text = self.text(*name);
        let unknown = gazetteer::lookup(text).is_none()
            && !gazetteer::is_given_name(text)
            && !gazetteer::is_english_word(text);
        let area = self
            .entry(*area..area + 1)
            .is_some_and(|e| matches!(e.category, Category::Country | Category::Region));
        (unknown && area && part.len() == 2)
            .then(|| Found::new(part, ActorKind::Organisation, "branch: name + country"))
    }

    /// "US Treasury", "Norway Navy": a country's name then one everyday capitalised word is
    /// an institution of that state (a person's name takes no country before it).
    fn by_national_institution(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let (len, entry) = self.longest_entry(part.start, part.end)?;
        let last = *words.last()?;
        let word = self.text(last);
        let institution = part.start + len == last
            && entry.category == Category::Country
            && self.tokens[last].shape == Shape::Capitalised
            && gazetteer::is_english_word(word)
            && !gazetteer::is_calendar_word(word)
            && !gazetteer::is_generic(word);
        institution.then(|| Found::new(part, ActorKind::Organisation, "country + institution word"))
    }

    /// "at the Tessin Center", "in the Norrland Theatre": a building's head-word after "at"
    /// or "in" names a venue, a place, not the body that runs it.
    fn is_venue(&self, part: Range<usize>, last: usize) -> bool {
        let venue = ["Center", "Centre", "Theater", "Theatre"].contains(&self.text(last));
        let mut before = part.start.checked_sub(1);
        if before.is_some_and(|i| self.tokens[i].is("the")) {
            before = before.and_then(|i| i.checked_sub(1));
        }
        venue
            && before.is_some_and(|i| {
                self.same_line(i, part.start) && ["at", "in"].iter().any(|w| self.tokens[i].is(w))
            })
    }

    /// A name with no head-word: a person's if it starts with a given name, has a person's
    /// context or a person's name's shape; an organisation's if it starts with "The" or an
    /// apposition says so; otherwise a place's or unknown.
    fn by_person_evidence(&self, part: Range<usize>, words: &[usize]) -> Found {
        if let Some(found) = self.by_company_context(part.clone()) {
            return found;
        }
        let first = words[0];
        // Given names may also be places ("Jordan", "Chad"), and surnames too ("Michael
        // Jordan"), but not organisations or demonyms.
        let rest_names_group = words[1..].iter().any(|&i| {
            gazetteer::lookup(self.text(i))
                .is_some_and(|e| matches!(e.category, Category::Organisation | Category::Demonym))
        });
        if gazetteer::is_given_name(self.text(first)) && words.len() <= 4 && !rest_names_group {
            return Found::new(part, ActorKind::Person, "given name");
        }
        if self.tokens[first].is("the") {
            return Found::new(part, ActorKind::Organisation, "name with \"The\"");
        }
        // "the Harbour Rovers said": after "the", speaking or owning makes a group. (Ending a
        // phrase is not enough here: "the Western Front." is a place.)
        let acts = self
            .tokens
            .get(part.end)
            .filter(|_| self.same_line(part.start, part.end))
            .is_some_and(|t| {
                t.shape == Shape::Possessive || gazetteer::speech_verb(&t.text).is_some()
            });
        if let Some(found) = self.by_article(part.clone()).filter(|_| acts) {
            return found;
        }
        let last = self.text(words[words.len() - 1]);
        if ["Jr", "Jr.", "Sr", "Sr."].contains(&last) {
            return Found::new(part, ActorKind::Person, "generation suffix");
        }
        let found = self.by_context(part.clone());
        if found.kind != ActorKind::Other {
            return found;
        }
        if let Some(found) = self.by_apposition_noun(part.clone()) {
            return found;
        }
        // "in Varn Valley", "Tessin Mirage, Oregon": a name after "in" or before its region
        // is a place's, whatever its shape; a person is "with" or "by" someone, not "in".
        if let Some(found) = self.by_place_context(part.clone()) {
            return found;
        }
        if self.is_name_shaped(part.clone(), words) {
            // A person's name takes no article: "the Tessby Rowers canned their coach" is a
            // team, whatever its words look like.
            let article = part
                .start
                .checked_sub(1)
                .filter(|&i| self.same_line(i, part.start) && self.tokens[i].text == "the");
            if article.is_some() {
                return Found::new(part, ActorKind::Organisation, NAME_SHAPE_AFTER_THE);
            }
            return Found::new(part, ActorKind::Person, "name shape");
        }
        found
    }

    /// Two or three capitalised words, or up to four with initials ("C. H. Douglas"), none an
    /// everyday, generic or known word: the shape of a person's name. (Surnames that are
    /// words, "Buddy Rich", are lost; allowing them costs more in titles of works.)
    fn is_name_shaped(&self, part: Range<usize>, words: &[usize]) -> bool {
        let shape = |i: usize| self.tokens[i].shape;
        let initials = words
            .iter()
            .filter(|&&i| shape(i) == Shape::Initial)
            .count();
        let name_word = |&i: &usize| {
            let text = self.text(i);
            shape(i) == Shape::Initial
                || (shape(i) == Shape::Capitalised
                    && !gazetteer::is_english_word(text)
                    && !gazetteer::is_generic(text)
                    && gazetteer::lookup(text).is_none())
        };
        (2..=3 + initials.min(1)).contains(&words.len())
            && initials < words.len()
            && part
                .clone()
                .all(|i| self.link(i).is_none_or(|l| l == Link::Particle))
            && words.iter().all(name_word)
    }

    /// "the X said", "the X's": a person's name takes no article, so a name after "the" that
    /// ends its phrase is a group or an institution. ("the Novak case" uses a name
    /// as a modifier, so a following noun keeps it open.)
    fn by_article(&self, part: Range<usize>) -> Option<Found> {
        let article = part.start.checked_sub(1)?;
        let next = self
            .tokens
            .get(part.end)
            .filter(|_| self.same_line(article, part.end));
        let ends_phrase = next.is_none_or(|t| {
            matches!(t.shape, Shape::Punct | Shape::Possessive)
                || crate::text::lexicon::is_stop_word(&t.text)
                || gazetteer::speech_verb(&t.text).is_some()
        });
        (self.tokens[article].text == "the" && ends_phrase)
            .then(|| Found::new(part, ActorKind::Organisation, "context: the"))
    }

    /// A noun in apposition saying what the name names: "the band X", "broadcaster X", "the
    /// village of X", "X, a Dutch firm", "its division, X", "X province".
    fn by_apposition_noun(&self, part: Range<usize>) -> Option<Found> {
        let lower_at = |i: Option<usize>| {
            i.filter(|&i| {
                i < self.tokens.len()
                    && self.same_line(i, part.start)
                    && self.tokens[i].shape == Shape::Lower
            })
            .map(|i| self.text(i))
        };
        let before = lower_at(part.start.checked_sub(1));
        let before_of = lower_at(part.start.checked_sub(2)).filter(|_| before == Some("of"));
        // "its European division, Acme": the noun, a comma, then the name.
        let comma_before = part
            .start
            .checked_sub(1)
            .is_some_and(|i| self.text(i) == ",");
        let before_comma = lower_at(part.start.checked_sub(2)).filter(|_| comma_before);
        let after = self.noun_after_comma(part.clone());
        // "Varn province", "the Velbrand group", "a Velbrand supermarket in Tessin": the noun
        // right after the name, ending its phrase (a function word may follow).
        let next = lower_at(Some(part.end)).filter(|_| {
            self.tokens.get(part.end + 1).is_none_or(|t| {
                t.shape != Shape::Lower
                    || !self.same_line(part.end, part.end + 1)
                    || crate::text::lexicon::is_stop_word(&t.text)
            })
        });
        let organisation = before
            .into_iter()
            .chain(before_comma)
            .chain(after)
            .chain(next)
            .any(gazetteer::is_organisation_noun);
        let place = before
            .into_iter()
            .chain(before_of)
            .chain(after)
            .chain(next)
            .any(gazetteer::is_place_noun);
        if organisation {
            Some(Found::new(
                part,
                ActorKind::Organisation,
                "context: organisation noun",
            ))
        } else if place {
            Some(Found::new(part, ActorKind::Place, "context: place noun"))
        } else {
            None
        }
    }

    /// The noun of "<Name>, a/an/the [up to two words] <noun>" when it is an organisation or
    /// place noun ("Acme, a Dutch firm").
    fn noun_after_comma(&self, part: Range<usize>) -> Option<&str> {
        let comma = part.end;
        if !self.same_line(part.start, comma) || self.text(comma) != "," {
            return None;
        }
        let article = comma + 1;
        if !(self.same_line(comma, article)
            && ["a", "an", "the"]
                .iter()
                .any(|w| self.tokens[article].is(w)))
        {
            return None;
        }
        (article + 1..article + 4)
            .take_while(|&i| self.same_line(comma, i) && self.tokens[i].shape != Shape::Punct)
            .map(|i| self.text(i))
            .find(|w| gazetteer::is_organisation_noun(w) || gazetteer::is_place_noun(w))
    }

    /// Place evidence for an unknown name: a place-name ending ("Lincolnshire"), a state or
    /// region after a comma ("Salem, Oregon"), or "in"/"near" before it.
    fn by_place_context(&self, part: Range<usize>) -> Option<Found> {
        let place = |evidence| Some(Found::new(part.clone(), ActorKind::Place, evidence));
        if part.len() == 1 && gazetteer::has_place_ending(self.text(part.start)) {
            return place("place-name ending");
        }
        let next = |k: usize| Some(part.end + k).filter(|&i| self.same_line(part.start, i));
        // "Salem, Oregon", but not "Novak, Russia's envoy".
        let region_follows = next(0).is_some_and(|i| self.text(i) == ",")
            && next(1).is_some_and(|i| {
                self.longest_entry(i, self.tokens.len())
                    .is_some_and(|(len, e)| {
                        let possessive = self
                            .tokens
                            .get(i + len)
                            .is_some_and(|t| t.shape == Shape::Possessive);
                        matches!(e.category, Category::Country | Category::Region) && !possessive
                    })
            });
        if region_follows {
            return place(REGION_FOLLOWS);
        }
        // "X police said": a town's police.
        let police = next(0)
            .is_some_and(|i| self.tokens[i].shape == Shape::Lower && self.tokens[i].is("police"));
        if police {
            return place("context: a place's police");
        }
        let possessive = next(0).is_some_and(|i| self.tokens[i].shape == Shape::Possessive);
        let before = part.start.checked_sub(1).map(|i| &self.tokens[i]);
        let preposition = before.is_some_and(|t| {
            ["in", "near", "outside", "across", "throughout"]
                .iter()
                .any(|w| t.text == *w)
        });
        if preposition && !possessive {
            return place("context: in");
        }
        // "Jana Lind, 61, of Tessin": where a person with an age is from.
        let at = |k: usize| part.start.checked_sub(k).map(|i| &self.tokens[i]);
        let home = at(1).is_some_and(|t| t.is("of") || t.is("from"))
            && at(2).is_some_and(|t| t.text == ",")
            && at(3).is_some_and(|t| is_age(&t.text));
        // "a Tessin man", "a Tessin resident": a person described by where they live.
        let person_noun = |t: &super::Token| {
            [
                "man", "woman", "resident", "native", "teenager", "couple", "family",
            ]
            .iter()
            .any(|w| t.is(w))
        };
        let resident = at(1).is_some_and(|t| t.is("a") || t.is("an"))
            && next(0).is_some_and(|i| person_noun(&self.tokens[i]));
        // "a woman from Tessin".
        let from = at(1).is_some_and(|t| t.is("from")) && at(2).is_some_and(person_noun);
        (home || resident || from)
            .then_some(())
            .and_then(|_| place("context: someone's home"))
    }

    /// "shares of X", "a stake in X": only a company has shares, whatever its name looks
    /// like (a founder's surname, a given name).
    fn by_company_context(&self, part: Range<usize>) -> Option<Found> {
        let before = |k: usize| {
            part.start
                .checked_sub(k)
                .filter(|&i| self.same_line(i, part.start))
                .map(|i| &self.tokens[i])
        };
        let linked = before(1).is_some_and(|t| t.is("of") || t.is("in"));
        let holding = before(2).is_some_and(|t| {
            ["shares", "stake", "stock", "shareholders"]
                .iter()
                .any(|w| t.is(w))
        });
        if linked && holding {
            return Some(Found::new(
                part,
                ActorKind::Organisation,
                "context: shares of",
            ));
        }
        // "representatives of X", "employees of X": the people of a body.
        let staff = before(2).is_some_and(|t| {
            [
                "representatives",
                "employees",
                "executives",
                "staff",
                "workers",
            ]
            .iter()
            .any(|w| t.is(w))
        });
        if before(1).is_some_and(|t| t.is("of")) && staff {
            return Some(Found::new(
                part,
                ActorKind::Organisation,
                "context: staff of",
            ));
        }
        if self.company_words_after(part.end) {
            return Some(Found::new(
                part,
                ActorKind::Organisation,
                "context: a company's shares or staff",
            ));
        }
        self.speaks_as_it(part.clone())
            .then(|| Found::new(part, ActorKind::Organisation, "context: says its"))
    }

    /// "X shares fell", "X's stock", "X's chief executive", "X analyst Jana Roe": what only a
    /// company has, right after its name (a verb "shares" takes an object: "Roe shares the
    /// view").
    fn company_words_after(&self, end: usize) -> bool {
        let at = |k: usize| {
            Some(end + k)
                .filter(|&i| i < self.tokens.len() && self.same_line(end.saturating_sub(1), i))
                .map(|i| &self.tokens[i])
        };
        let lower = |k: usize| at(k).filter(|t| t.shape == Shape::Lower);
        let shares_fall = lower(0).is_some_and(|t| t.is("shares") || t.is("stock"))
            && at(1).is_some_and(|t| {
                t.shape == Shape::Punct
                    || crate::text::lexicon::things::is_index_move(&t.text)
                    || ["were", "are", "have", "had"].iter().any(|w| t.is(w))
            });
        let possessed = at(0).is_some_and(|t| t.shape == Shape::Possessive)
            && (lower(1).is_some_and(|t| gazetteer::is_company_possession(&t.text))
                || (lower(1).is_some_and(|t| t.is("chief"))
                    && lower(2).is_some_and(|t| t.is("executive"))));
        // "X analyst Jana Roe": a company's staff, named.
        let staff = lower(0).is_some_and(|t| gazetteer::is_company_staff(&t.text))
            && at(1).is_some_and(|t| t.shape == Shape::Capitalised);
        shares_fall || possessed || staff
    }

    /// "X said its plant", "X states that its mark": what speaks of its own as "its" is no
    /// person. (A bare "it" is often no one's: "Novak said it was over".)
    fn speaks_as_it(&self, part: Range<usize>) -> bool {
        let at = |k: usize| {
            Some(part.end + k)
                .filter(|&i| i < self.tokens.len() && self.same_line(part.start, i))
                .map(|i| &self.tokens[i])
        };
        let speaks = at(0).is_some_and(|t| {
            t.shape == Shape::Lower && (gazetteer::speech_verb(&t.text).is_some() || t.is("states"))
        });
        let pronoun = |t: Option<&super::Token>| t.is_some_and(|t| t.is("its"));
        speaks && (pronoun(at(1)) || (at(1).is_some_and(|t| t.is("that")) && pronoun(at(2))))
    }

    /// "the Harlan administration", "Harlan era officials": one word before a noun of a
    /// leader's time in office or people.
    fn before_tenure_noun(&self, part: Range<usize>) -> bool {
        let next = self
            .tokens
            .get(part.end)
            .filter(|t| t.shape == Shape::Lower && self.same_line(part.start, part.end));
        part.len() == 1 && next.is_some_and(|t| gazetteer::is_tenure_noun(&t.text))
    }

    /// A person if the words around say so, otherwise `Other`.
    fn by_context(&self, part: Range<usize>) -> Found {
        match self.person_context(part.clone()) {
            Some(evidence) => Found::new(part, ActorKind::Person, evidence),
            None => Found::new(part, ActorKind::Other, "unknown"),
        }
    }

    /// Evidence from the neighbouring words that a name is a person's.
    pub(super) fn person_context(&self, part: Range<usize>) -> Option<&'static str> {
        let next = |k: usize| {
            self.tokens
                .get(part.end + k)
                .filter(|_| self.same_line(part.start, part.end + k))
        };
        if let Some(verb) = next(0).and_then(|t| gazetteer::speech_verb(&t.text)) {
            return Some(verb);
        }
        if next(0).is_some_and(|t| t.text == ",") && next(1).is_some_and(|t| t.is("who")) {
            return Some("context: who");
        }
        let before = |k: usize| part.start.checked_sub(k).map(|i| &self.tokens[i]);
        if before(2).is_some_and(|t| t.is("according")) && before(1).is_some_and(|t| t.is("to")) {
            return Some("context: according to");
        }
        if self.age_beside(part.clone()) {
            return Some("context: age");
        }
        self.context_role(part).map(|_| "context: role")
    }

    /// "Jana Lind, 61,", "Jana Lind, aged 61", "61-year-old Jana Lind": only a person has
    /// an age written beside the name.
    pub(super) fn age_beside(&self, part: Range<usize>) -> bool {
        let next = |k: usize| {
            self.tokens
                .get(part.end + k)
                .filter(|_| self.same_line(part.start, part.end + k))
        };
        let before = |k: usize| {
            part.start
                .checked_sub(k)
                .filter(|&i| self.same_line(i, part.start))
                .map(|i| &self.tokens[i])
        };
        let comma = |t: Option<&super::Token>| t.is_some_and(|t| t.text == ",");
        let after_comma = comma(next(0))
            && match next(1) {
                Some(t) if t.is("age") || t.is("aged") => next(2).is_some_and(|t| is_age(&t.text)),
                Some(t) => {
                    is_age(&t.text)
                        && next(2).is_some_and(|t| [",", ")"].contains(&t.text.as_str()))
                }
                None => false,
            };
        let glued = before(1).is_some_and(|t| {
            let word = t.text.to_lowercase();
            word.ends_with("-year-old") || word.ends_with("-years-old")
        });
        // "61 - year - old", as some tokenised texts space it.
        let spaced = before(1).is_some_and(|t| t.is("old"))
            && before(2).is_some_and(|t| {
                let mut chars = t.text.chars();
                chars.next().is_some_and(is_dash) && chars.next().is_none()
            })
            && before(3).is_some_and(|t| t.is("year") || t.is("years"));
        after_comma || glued || spaced
    }

    /// Gives a person the role the context attaches to it.
    fn with_role(&self, mut found: Found) -> Found {
        if found.kind == ActorKind::Person && found.role.is_none() {
            found.role = self.context_role(found.tokens.clone());
        }
        found
    }
}

impl Doc<'_> {
    /// Names listed together share a kind the list shows: an unknown name listed only with
    /// organisations is one ("the failures of Acme Bank, Varn Mutual and Tessaco"); after "in"
    /// or "near", a name listed only with places is one, though it looks like a given name
    /// ("in Tessin and Warrick").
    pub(super) fn kinds_from_lists(&self, found: &mut [Found]) {
        for list in self.lists(found) {
            self.settle_list(&mut found[list]);
        }
    }

    fn settle_list(&self, list: &mut [Found]) {
        let unknown = |f: &Found| f.kind == ActorKind::Other && f.evidence == "unknown";
        let looks_personal = |f: &Found| {
            f.kind == ActorKind::Person
                && f.tokens.len() == 1
                && f.role.is_none()
                && f.evidence == "given name"
        };
        let typed: Vec<&Found> = list.iter().filter(|f| !unknown(f)).collect();
        // "X and Y Center" may name one place with a head-word for both.
        let shared_head = list.len() == 2 && list[1].tokens.start == list[0].tokens.end + 1;
        let organisations = !typed.is_empty()
            && !shared_head
            && typed.iter().all(|f| {
                f.kind == ActorKind::Organisation && super::things::is_actor_evidence(f.evidence)
            });
        // "in X and Y", not "in X and Y in Z", where Y is something in Z.
        let (first, last) = (list[0].tokens.start, list[list.len() - 1].tokens.end);
        let located = first.checked_sub(1).is_some_and(|i| {
            self.same_line(i, first)
                && ["in", "near", "outside", "across", "throughout"]
                    .iter()
                    .any(|w| self.tokens[i].is(w))
        });
        let placed_again = self.tokens.get(last).is_some_and(|t| {
            self.same_line(first, last) && ["in", "at", "of", "near"].iter().any(|w| t.is(w))
        });
        let located = located && !placed_again;
        let places: Vec<&Found> = typed
            .iter()
            .copied()
            .filter(|f| !looks_personal(f))
            .collect();
        let all_places = located
            && !places.is_empty()
            && places
                .iter()
                .all(|f| matches!(f.kind, ActorKind::Place | ActorKind::State));
        for f in list.iter_mut() {
            if organisations && unknown(f) {
                (f.kind, f.evidence) = (
                    ActorKind::Organisation,
                    "context: listed with organisations",
                );
            } else if all_places && (unknown(f) || looks_personal(f)) {
                (f.kind, f.evidence, f.tentative) =
                    (ActorKind::Place, "context: listed with places", false);
            }
        }
    }

    /// A role attached to a name: "spokeswoman Jana Novak", "the envoy to Chile, Jana Novak",
    /// "Jana Novak, a spokesman for …", "Jana Novak, the group's spokesman".
    fn context_role(&self, part: Range<usize>) -> Option<String> {
        self.role_just_before(part.clone())
            .or_else(|| self.role_before_comma(part.clone()))
            .or_else(|| self.role_after_comma(part))
    }

    /// A title, or a role noun in any case ("spokesman", "Manager").
    pub(super) fn is_role_word(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        match token.shape {
            Shape::Lower | Shape::Capitalised => {
                gazetteer::is_role_noun(&token.text) || gazetteer::title(&token.text).is_some()
            }
            Shape::Acronym => gazetteer::title(&token.text).is_some(),
            _ => false,
        }
    }

    fn is_role_modifier(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        match token.shape {
            Shape::Lower => gazetteer::is_role_modifier(&token.text),
            Shape::Capitalised => self.is_title_word(i),
            _ => false,
        }
    }

    /// The role phrase around the role word at `noun`: the word, the modifiers and role words
    /// right before it ("foreign ministry spokeswoman") and what it is of ("head of the
    /// presidential administration"), since "head" or "member" alone says nothing.
    fn role_phrase(&self, noun: usize) -> String {
        let mut start = noun;
        while start > 0
            && noun - start < 3
            && self.same_line(start - 1, noun)
            && (self.is_role_modifier(start - 1) || self.is_role_word(start - 1))
            && self.tokens[start - 1].shape == self.tokens[noun].shape
        {
            start -= 1;
        }
        let end = self.of_complement(noun).unwrap_or(noun + 1);
        self.source_text(start..end)
    }

    /// The end of "of [the] <noun phrase>" after a role word: up to six names or content
    /// words on its line. None when nothing follows "of", or when the phrase runs into a
    /// possessive ("head of Acme's board": the board is not Acme).
    fn of_complement(&self, noun: usize) -> Option<usize> {
        let of = noun + 1;
        if !self.same_line(noun, of) || !self.tokens[of].is("of") {
            return None;
        }
        let mut first = of + 1;
        if self.same_line(noun, first) && self.tokens[first].is("the") {
            first += 1;
        }
        let mut end = first;
        while end - first < 6 && self.same_line(noun, end) {
            let token = &self.tokens[end];
            let fits = match token.shape {
                Shape::Capitalised | Shape::Acronym => true,
                Shape::Lower => class_of(&token.text) == Class::Content,
                Shape::Possessive => return None,
                _ => false,
            };
            if !fits {
                break;
            }
            end += 1;
        }
        (end > first).then_some(end)
    }

    fn role_just_before(&self, part: Range<usize>) -> Option<String> {
        let noun = part.start.checked_sub(1)?;
        let lowercase_role = self.tokens[noun].shape == Shape::Lower && self.is_role_word(noun);
        (lowercase_role && self.same_line(noun, part.start)).then(|| self.role_phrase(noun))
    }

    /// "<role> [to|for|of … Name], <Name>" followed by the end of the clause.
    fn role_before_comma(&self, part: Range<usize>) -> Option<String> {
        let comma = part.start.checked_sub(1)?;
        if self.text(comma) != "," || !self.ends_clause(part.end, part.start) {
            return None;
        }
        let mut i = comma;
        while i > 0 && comma - i < 6 && self.same_line(i - 1, comma) {
            i -= 1;
            if self.is_role_word(i) {
                return Some(self.role_phrase(i));
            }
            let token = &self.tokens[i];
            let linking = matches!(
                token.shape,
                Shape::Capitalised | Shape::Acronym | Shape::Possessive
            ) || ["to", "for", "of", "in", "at", "on", "the"]
                .iter()
                .any(|w| token.is(w));
            if !linking {
                return None;
            }
        }
        None
    }

    /// Whether the clause ends at token `i` (punctuation, end of line or text).
    fn ends_clause(&self, i: usize, from: usize) -> bool {
        !self.same_line(from, i) || matches!(self.text(i), "," | "." | ";" | ":" | ")" | "!" | "?")
    }

    /// "<Name>, [a|an|the] [up to three words] <role>".
    fn role_after_comma(&self, part: Range<usize>) -> Option<String> {
        let comma = part.end;
        if !self.same_line(part.start, comma) || self.text(comma) != "," {
            return None;
        }
        let mut i = comma + 1;
        if ["a", "an", "the"]
            .iter()
            .any(|w| self.same_line(comma, i) && self.tokens[i].is(w))
        {
            i += 1;
        }
        let mut end = (i + 4).min(self.tokens.len());
        let mut k = i;
        while k < end {
            if !self.same_line(comma, k)
                || self.tokens[k].shape == Shape::Punct
                || self.opens_a_clause(k)
            {
                return None;
            }
            if let Some(possessive) = self.anothers_title(k) {
                // "Jana Novak, President Holm's envoy": the title is Holm's; read on.
                k = possessive + 1;
                end = (k + 4).min(self.tokens.len());
                continue;
            }
            if self.is_role_word(k) {
                // "X, a company official said": the official speaks; X is what they spoke of.
                let speaks = self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| gazetteer::speech_verb(&t.text).is_some());
                return (!speaks).then(|| self.role_phrase(k));
            }
            k += 1;
        }
        None
    }

    /// Whether a lowercase word opens a clause rather than continuing an apposition: "X,
    /// although the actress left", "X, and the minister said", "X, who the envoy met" attach
    /// no role to X.
    fn opens_a_clause(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        // "one" reads as a pronoun out of context, but "X, one of its directors" is apposition.
        token.shape == Shape::Lower
            && !token.is("one")
            && matches!(
                class_of(&token.text),
                Class::Subordinator
                    | Class::Coordinator
                    | Class::Relative
                    | Class::SubjectPronoun
                    | Class::Auxiliary
                    | Class::Modal
            )
    }

    /// "President Holm's", "King Arvid Holm's": a title, then a name and its possessive; the
    /// possessive's index.
    fn anothers_title(&self, title: usize) -> Option<usize> {
        if self.tokens[title].shape != Shape::Capitalised || !self.is_role_word(title) {
            return None;
        }
        let names = (title + 1..(title + 4).min(self.tokens.len()))
            .take_while(|&i| self.tokens[i].shape == Shape::Capitalised)
            .count();
        let possessive = title + 1 + names;
        (names > 0
            && self
                .tokens
                .get(possessive)
                .is_some_and(|t| t.shape == Shape::Possessive))
        .then_some(possessive)
    }
}

/// A number that can be a person's age: "61", not "1961" or "2.5".
fn is_age(word: &str) -> bool {
    word.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
}
