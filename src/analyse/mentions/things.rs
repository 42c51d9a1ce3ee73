//! Names of things, not actors: products and their designations ("X7", "A-123", "the X
//! jet"), units ("16GB"), market indices ("X Composite", "the X fell 90 points") and money
//! ("US$7", "SGD1.75"). They are dropped: an actor page is for who acts, and a thing has no
//! kind among ours. Money and designations are judged per mention; what a product's context
//! says holds for its name throughout the document, unless another mention of the name
//! shows an actor (an organisation's head-word, a speech verb, a title, the gazetteer). The
//! names of products, models and occasions are also returned, so that what one document shows
//! holds for the corpus; an index known only by its context ("the X index") is not, since X
//! may name the exchange or the firm elsewhere.

use super::classify::NAME_SHAPE_AFTER_THE;
use super::doc::is_roman_numeral;
use super::tokenise::Shape;
use super::{ActorKind, Doc, Found, Via};
use crate::text::gazetteer;
use crate::text::lexicon::{self, numbers, things};
use std::collections::HashSet;
use std::ops::Range;

/// Whose models a name may be: an organisation's (a name and its first word, as written), or
/// a product line's (its name and its first word, in lowercase).
struct Makers<'a> {
    organisations: &'a HashSet<&'a str>,
    products: &'a HashSet<String>,
    families: HashSet<&'a str>,
}

/// What a mention's own text and its neighbours say it is, when that is a thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Thing {
    /// An amount of money: the mention is its currency ("US$7").
    Money,
    /// Letters and digits in one word ("X7", "SGD1.75", "16GB"), or a name and a number
    /// ("X 7").
    Designation,
    /// A product, unit or index: holds for the name throughout the document.
    Named,
    /// A name that a market index's context follows ("the X index", "X fell 90 points"): the
    /// index in this document; elsewhere X may name the exchange or the firm it is named for.
    Market,
    /// A maker's or a product line's name then a model's ("Acme Zephyr", "xPod Nano"): the
    /// whole and the model's name alone ("the Zephyr") hold throughout the document.
    Model,
    /// One of a kind, not the actor: a name without an actor's evidence after "a" or "an"
    /// that ends its noun phrase ("drove a Zephyr Coupe", "holds an MBA"; "a Reuters
    /// reporter" names Reuters), or a
    /// degree after a person's name ("Jana Roe, MD"). Judged per mention.
    Instance,
}

impl Doc<'_> {
    /// Drops the mentions that name things (see the module comment); returns the names the
    /// document shows to be things', sorted, so that other documents can drop them too.
    pub(super) fn drop_things(&self, found: &mut Vec<Found>, names: &[String]) -> Vec<String> {
        // A product line whose name borrows an actor's evidence: a maker's known name with
        // more after it ("Acme Zephyr laptops"), or a head-word that products bear too,
        // launched as new ("the new Zephyr Air laptops"). Its product context outweighs that
        // evidence in this document.
        let lines: HashSet<&str> = found
            .iter()
            .zip(names)
            .filter(|(f, name)| self.borrows_evidence(f, name))
            .map(|(_, name)| name.as_str())
            .collect();
        let acts = |f: &Found, name: &str| {
            is_actor_evidence(f.evidence)
                && !(lines.contains(name) && borrowed_evidence(f.evidence, name))
        };
        // A name with actor evidence, and the first word standing for it ("Acme" for "Acme
        // Motors").
        let actors: HashSet<&str> = found
            .iter()
            .zip(names)
            .filter(|(f, name)| acts(f, name))
            .flat_map(|(_, name)| [name.as_str(), first_word(name)])
            .collect();
        let organisations: HashSet<&str> = found
            .iter()
            .zip(names)
            .filter(|(f, name)| f.kind == ActorKind::Organisation && acts(f, name))
            .flat_map(|(_, name)| [name.as_str(), first_word(name)])
            .collect();
        // Where an organisation's name ends, so that "Acme's Zephyr" reads as Acme's thing.
        let organisation_ends: HashSet<usize> = found
            .iter()
            .zip(names)
            .filter(|(f, name)| f.kind == ActorKind::Organisation && acts(f, name))
            .map(|(f, _)| f.tokens.end)
            .collect();
        // Names the document launches or follows with a product noun, in lowercase, as
        // products are spelled loosely ("MacBook", "Macbook"): the same name elsewhere, and
        // the line's other models ("X Pro" beside "X Air laptops"), are products too.
        let products: HashSet<String> = found
            .iter()
            .zip(names)
            .filter(|(f, _)| {
                self.product_follows(f.tokens.clone()) || self.launched_as_new(f.tokens.start)
            })
            .map(|(_, name)| name.to_lowercase())
            .collect();
        let makers = Makers {
            organisations: &organisations,
            products: &products,
            families: products.iter().map(|n| first_word(n)).collect(),
        };
        let person_ends: HashSet<usize> = found
            .iter()
            .filter(|f| f.kind == ActorKind::Person)
            .map(|f| f.tokens.end)
            .collect();
        let mut things: Vec<Option<Thing>> = found
            .iter()
            .map(|f| {
                self.thing(f)
                    .or_else(|| self.maker_and_model(f, &makers))
                    .or_else(|| self.degree_after_name(f, &person_ends))
                    .or_else(|| self.owned_by_organisation(f, &organisation_ends))
            })
            .collect();
        self.extend_honours(found, &mut things);
        self.extend_lists(found, &mut things);
        // An index's leading words alone stand for it ("the Velmont" or "the Velmont Ardis"
        // for "the Velmont Ardis Composite"); a product's do not ("Acme" of "Acme Z jet" is its maker), but a
        // model's name does ("the Z" for "Acme Z").
        let named_things: HashSet<&str> = things
            .iter()
            .zip(names)
            .filter(|(thing, _)| **thing != Some(Thing::Market))
            .flat_map(|(thing, name)| {
                let index = name
                    .split_whitespace()
                    .last()
                    .is_some_and(things::is_index_head);
                let parts = match thing {
                    Some(Thing::Named) if index => leading_words(name),
                    Some(Thing::Model) => vec![after_first_word(name)],
                    _ => Vec::new(),
                };
                let whole = matches!(thing, Some(Thing::Named | Thing::Model));
                whole.then_some(name.as_str()).into_iter().chain(parts)
            })
            .filter(|name| !name.is_empty())
            .collect();
        let market: HashSet<&str> = things
            .iter()
            .zip(names)
            .filter(|(thing, _)| **thing == Some(Thing::Market))
            .map(|(_, name)| name.as_str())
            .collect();
        let keep: Vec<bool> = found
            .iter()
            .zip(names)
            .zip(&things)
            .map(|((f, name), thing)| match thing {
                Some(Thing::Money) => false,
                Some(Thing::Designation) => acts(f, name),
                Some(Thing::Instance) => false,
                _ => {
                    let thing =
                        named_things.contains(name.as_str()) || market.contains(name.as_str());
                    !thing || actors.contains(name.as_str())
                }
            })
            .collect();
        let mut thing_names: Vec<String> = named_things
            .iter()
            .filter(|name| !actors.contains(*name))
            .map(|name| name.to_string())
            .collect();
        thing_names.sort();
        let mut keep = keep.into_iter();
        found.retain(|_| keep.next().unwrap_or(true));
        thing_names
    }

    fn thing(&self, found: &Found) -> Option<Thing> {
        let tokens = found.tokens.clone();
        let last = tokens.end - 1;
        // "US$7", and "US $7" as some texts space it.
        let end = self.tokens[last].end;
        let symbol_at = |i: usize| {
            self.chars
                .get(i)
                .is_some_and(|c| things::CURRENCY_SYMBOLS.contains(c))
        };
        let spaced = self.chars.get(end) == Some(&' ') && symbol_at(end + 1);
        // "over a hundred Billion Dollars of X's trade": an amount written in capitals (from a
        // million up: "Thousand Oaks" is a town).
        let first = self.text(tokens.start);
        let amount = numbers::SCALES
            .iter()
            .any(|(scale, value)| *value >= 1e6 && first.eq_ignore_ascii_case(scale));
        if symbol_at(end) || spaced || amount {
            return Some(Thing::Money);
        }
        let numbered = self.number_follows(tokens.clone()) || self.after_number_sign(tokens.start);
        if numbered || tokens.clone().any(|i| is_designation(self.text(i))) {
            return Some(Thing::Designation);
        }
        let head = self.text(last);
        if tokens.len() == 1 && things::is_degree(head) {
            return Some(Thing::Named);
        }
        // A known name or one with a head-word stays an actor's ("in a Manhattan, New York
        // court").
        // Letters alone may be a body's new or short form ("a New QRX"); only a degree's are
        // one of a kind ("an MD").
        let letters = self.tokens[last].shape == Shape::Acronym;
        let plain = found.via != Via::Demonym
            && !is_actor_evidence(found.evidence)
            && (!letters || things::is_degree_after_name(head));
        if plain && self.after_indefinite_article(tokens.clone()) {
            return Some(Thing::Instance);
        }
        // "the new X", "unveiled new X": what is launched as new is a product, unless the
        // name's own words say it is a person's or a body's.
        let personal = found.evidence == "given name" || found.kind == ActorKind::Place;
        if plain && !personal && !letters && self.launched_as_new(tokens.start) {
            return Some(Thing::Named);
        }
        if tokens.len() > 1 && has_product_shape(self.text(tokens.start)) {
            return Some(Thing::Model);
        }
        // A name with its index's head-word is the index's by name, everywhere.
        if !things::is_index_head(head) && self.index_follows(tokens.clone()) {
            return Some(Thing::Market);
        }
        // "World War II": a numbered occasion is named by the word before its number.
        let numbered_occasion = tokens.len() > 2 && (head == "I" || is_roman_numeral(head));
        let occasion = if numbered_occasion {
            self.text(last - 1)
        } else {
            head
        };
        let named = (tokens.len() == 1 && things::is_unit(head))
            || tokens.clone().any(|i| has_product_shape(self.text(i)))
            || (tokens.len() > 1
                && (things::is_index_head(head)
                    || things::is_non_actor_head(occasion)
                    || things::is_storm_name(
                        self.text(tokens.start),
                        Some(self.text(tokens.start + 1)),
                    )))
            || self.product_follows(tokens.clone())
            || self.product_noun_before(tokens);
        named.then_some(Thing::Named)
    }

    /// "Acme Zephyr", "Acme Five Hundred", "Zephyr Pro" beside "Zephyr Air laptops": a
    /// company's or a product line's name, then words that look like a person's name or
    /// write a number, is a model of theirs, though it may look like a person's name; a
    /// product's name alone ("Zephyr" beside "the new Zephyr") is the product.
    fn maker_and_model(&self, found: &Found, makers: &Makers) -> Option<Thing> {
        let tokens = found.tokens.clone();
        // "Acme Five Hundred": a model's number written in words ("Acme Design" is the firm).
        let numbered = tokens.len() > 1
            && (tokens.start + 1..tokens.end).all(|i| {
                let word = self.text(i).to_lowercase();
                numbers::cardinal(&word).is_some()
                    || ["hundred", "thousand"].contains(&word.as_str())
            });
        let shaped = ["name shape", NAME_SHAPE_AFTER_THE].contains(&found.evidence);
        if !(shaped || (found.evidence == "unknown" && numbered)) {
            return None;
        }
        let maker = self.text(found.tokens.start);
        if found.tokens.len() == 1 {
            return makers
                .products
                .contains(&maker.to_lowercase())
                .then_some(Thing::Named);
        }
        let family = makers.families.contains(maker.to_lowercase().as_str());
        (makers.organisations.contains(maker) || family).then_some(Thing::Model)
    }

    /// Whether a mention names a product line whose actor evidence is borrowed (see
    /// `drop_things`): the product's context follows it ("laptops", "series of laptops"),
    /// and its evidence is a maker's known name with more after it, or a head-word that
    /// products bear too after a word of launching ("new", "updated").
    fn borrows_evidence(&self, found: &Found, name: &str) -> bool {
        let tokens = found.tokens.clone();
        let launched = tokens.start.checked_sub(1).is_some_and(|i| {
            self.same_line(i, tokens.start)
                && self.tokens[i].shape == Shape::Lower
                && things::is_launch_word(&self.tokens[i].text)
        });
        let weak_head = found
            .evidence
            .strip_prefix("org head-word: ")
            .is_some_and(things::is_head_products_bear);
        let extended_maker = tokens.len() > 1 && borrowed_evidence(found.evidence, name);
        (extended_maker || (weak_head && launched)) && self.product_follows(tokens)
    }

    /// "the new X", "its latest X", "introduced new X": a launch word after an article, a
    /// possessive pronoun or a verb of launching, right before the name.
    fn launched_as_new(&self, start: usize) -> bool {
        let at = |k: usize| {
            start
                .checked_sub(k)
                .filter(|&i| self.same_line(i, start))
                .map(|i| &self.tokens[i])
                .filter(|t| t.shape == Shape::Lower)
        };
        let launch = at(1).is_some_and(|t| things::is_launch_word(&t.text));
        let opener = at(2).is_some_and(|t| {
            ["the", "a", "an", "its", "their"].iter().any(|w| t.is(w))
                || things::is_launch_verb(&t.text)
        });
        launch && opener
    }

    /// "Acme's Zephyr", "the company's Zephyr": a name with no actor's evidence after an
    /// organisation's possessive is a thing it owns or makes (its people are named with a
    /// given name or a title, its units with a head-word).
    fn owned_by_organisation(&self, found: &Found, ends: &HashSet<usize>) -> Option<Thing> {
        let possessive = found.tokens.start.checked_sub(1)?;
        let owner = possessive.checked_sub(1)?;
        let shape = self.tokens[possessive].shape == Shape::Possessive
            && self.same_line(owner, found.tokens.start);
        let organisation = ends.contains(&possessive)
            || (self.tokens[owner].shape == Shape::Lower
                && gazetteer::is_organisation_noun(&self.tokens[owner].text));
        (shape && organisation && found.kind == ActorKind::Other && found.evidence == "unknown")
            .then_some(Thing::Named)
    }

    /// "the Acme Zephyr, Tessa Quint and Varna": names listed with a product's, with no
    /// actor's evidence of their own, are products too.
    fn extend_lists(&self, found: &[Found], things: &mut [Option<Thing>]) {
        let product = |t: &Option<Thing>| matches!(t, Some(Thing::Named | Thing::Model));
        let plain =
            |f: &Found| ["unknown", "name shape", NAME_SHAPE_AFTER_THE].contains(&f.evidence);
        for list in self.lists(found) {
            if !things[list.clone()].iter().any(product) {
                continue;
            }
            for k in list {
                if things[k].is_none() && plain(&found[k]) {
                    things[k] = Some(Thing::Named);
                }
            }
        }
    }

    /// "drove a Zephyr Coupe.", "an MBA from": "a" or "an", then the name, then the end of
    /// the noun phrase (punctuation, a function word or the line's end).
    fn after_indefinite_article(&self, tokens: Range<usize>) -> bool {
        let article = tokens.start.checked_sub(1).is_some_and(|i| {
            self.same_line(i, tokens.start) && (self.tokens[i].is("a") || self.tokens[i].is("an"))
        });
        // A comma then a capital goes on with the place of a premodifier ("in a Manhattan,
        // New York court").
        let continues = |i: usize| {
            self.tokens[i].text == ","
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.shape != Shape::Lower && self.same_line(i, i + 1))
        };
        let ends_phrase = match self.tokens.get(tokens.end) {
            Some(next) if self.same_line(tokens.start, tokens.end) => {
                (next.shape == Shape::Punct && !continues(tokens.end))
                    || (next.shape == Shape::Lower && lexicon::is_stop_word(&next.text))
            }
            _ => true,
        };
        article && ends_phrase
    }

    /// "Jana Roe, MD": a degree's letters right after a person's name and a comma.
    fn degree_after_name(&self, found: &Found, person_ends: &HashSet<usize>) -> Option<Thing> {
        let start = found.tokens.start;
        let after_person = start
            .checked_sub(1)
            .is_some_and(|comma| self.tokens[comma].text == "," && person_ends.contains(&comma));
        (found.tokens.len() == 1 && after_person && things::is_degree_after_name(self.text(start)))
            .then_some(Thing::Instance)
    }

    /// "the Velmont Award for Rural Health": a name after "for", "of" or "on" that goes on an
    /// honour's or an occasion's name belongs to it.
    fn extend_honours(&self, found: &[Found], things: &mut [Option<Thing>]) {
        for k in 1..found.len() {
            let (before, this) = (&found[k - 1], &found[k]);
            let honour = things[k - 1] == Some(Thing::Named)
                && things::is_non_actor_head(self.text(before.tokens.end - 1));
            let linked = this.tokens.start == before.tokens.end + 1
                && ["for", "of", "on"]
                    .iter()
                    .any(|w| self.tokens[before.tokens.end].is(w));
            if honour && linked && things[k].is_none() && !is_actor_evidence(this.evidence) {
                things[k] = Some(Thing::Instance);
            }
        }
    }

    /// "X 7", "X 100": a number right after a name (not a date's day, not a year: "X 2012"
    /// may be an event's edition of an organisation) designates a model or an index.
    fn number_follows(&self, tokens: Range<usize>) -> bool {
        let at = |k: usize| {
            Some(tokens.end + k)
                .filter(|&i| self.same_line(tokens.start, i))
                .map(|i| &self.tokens[i])
        };
        let dated = at(1).is_some_and(|t| gazetteer::is_calendar_word(&t.text));
        let year =
            |text: &str| text.len() == 4 && (text.starts_with("19") || text.starts_with("20"));
        // "the X 2000 Index": a year's digits before an index's head-word are its number.
        let index = at(1).is_some_and(|t| things::is_index_head(&t.text));
        at(0).is_some_and(|t| t.shape == Shape::Number && (!year(&t.text) || index)) && !dated
    }

    /// "Law No. 12-AB", "Resolution No 7": what a number sign introduces is a designation.
    fn after_number_sign(&self, start: usize) -> bool {
        let text = |k: usize| start.checked_sub(k).map(|i| self.tokens[i].text.as_str());
        let sign = |t: Option<&str>| matches!(t, Some("No" | "No." | "Nos" | "Nos." | "Number"));
        sign(text(1)) || (text(1) == Some(".") && sign(text(2)))
    }

    /// "the X jet", "X laptops", "X operating system": the words after a name that make it a
    /// product's. (A maker's name before a plural, "Acme jets", is kept by its actor evidence
    /// elsewhere in the document.)
    fn product_follows(&self, tokens: Range<usize>) -> bool {
        let Some(next) = self.lower_after(tokens.clone()) else {
            return false;
        };
        let determined = tokens.start.checked_sub(1).is_some_and(|i| {
            ["the", "a", "an", "its", "their", "new"]
                .iter()
                .any(|w| self.tokens[i].is(w))
        });
        let after_next = self
            .tokens
            .get(tokens.end + 1)
            .filter(|t| t.shape == Shape::Lower && self.same_line(tokens.start, tokens.end + 1));
        let phrase = after_next.is_some_and(|t| things::is_product_phrase(&next.text, &t.text));
        // "the X series of laptops", "the X line of sedans".
        let series = after_next.is_some_and(|t| t.is("of"))
            && things::is_series_word(&next.text)
            && self
                .tokens
                .get(tokens.end + 2)
                .is_some_and(|t| things::is_product_plural(&t.text));
        (determined && things::is_product_noun(&next.text))
            || things::is_product_plural(&next.text)
            || phrase
            || series
    }

    /// "X index", "X fell 90 points": the words after a name that make it a market index's.
    fn index_follows(&self, tokens: Range<usize>) -> bool {
        let head = self
            .lower_after(tokens.clone())
            .is_some_and(|next| things::is_index_head(&next.text));
        // "the X was down 2%": after "the", a name that moves by a share is an index's (a
        // firm's shares move too, but a firm's name takes no article).
        let the = tokens
            .start
            .checked_sub(1)
            .is_some_and(|i| self.tokens[i].is("the") && self.same_line(i, tokens.start));
        head || self.moves_by(tokens.end, the) || self.index_noun_before(tokens.start)
    }

    /// "the index, the X", "Tessin's index the X": the noun "index" just before a name (an
    /// article and a comma between) says what it names.
    fn index_noun_before(&self, start: usize) -> bool {
        let mut before = (0..start).rev().take_while(|&i| self.same_line(i, start));
        let mut word = before.next();
        while word.is_some_and(|i| self.tokens[i].is("the") || self.tokens[i].text == ",") {
            word = before.next();
        }
        word.is_some_and(|i| self.tokens[i].shape == Shape::Lower && self.tokens[i].is("index"))
    }

    /// The lowercase word right after a name, on its line.
    fn lower_after(&self, tokens: Range<usize>) -> Option<&super::Token> {
        Some(tokens.end)
            .filter(|&i| self.same_line(tokens.start, i))
            .map(|i| &self.tokens[i])
            .filter(|t| t.shape == Shape::Lower)
    }

    /// "the browser Zephyr", "web browser Zephyr": a product noun right before a name says
    /// what it names.
    fn product_noun_before(&self, tokens: Range<usize>) -> bool {
        let lower = |k: usize| {
            tokens
                .start
                .checked_sub(k)
                .filter(|&i| self.same_line(i, tokens.start))
                .map(|i| &self.tokens[i])
                .filter(|t| t.shape == Shape::Lower)
        };
        // "the operating system X".
        let phrase = lower(2)
            .zip(lower(1))
            .is_some_and(|(a, b)| things::is_product_phrase(&a.text, &b.text));
        lower(1).is_some_and(|t| things::is_product_noun(&t.text)) || phrase
    }

    /// The runs of names listed together ("X, Y and Z", "X ($3 billion), Y, and Z"), as
    /// ranges of `found`: names joined by commas up to an "and" or an "or" (a comma after
    /// the last of them closes the list: "in X and Y, Z said").
    pub(super) fn lists(&self, found: &[Found]) -> Vec<Range<usize>> {
        let mut lists = Vec::new();
        let mut start = 0;
        while start < found.len() {
            let mut end = start + 1;
            let mut closed = None;
            while let Some(conjunction) = found
                .get(end)
                .and_then(|next| self.list_link(found[end - 1].tokens.end, next.tokens.start))
            {
                end += 1;
                if conjunction {
                    closed = Some(end);
                }
            }
            lists.extend(closed.map(|end| start..end));
            start = end;
        }
        lists
    }

    /// How two names are linked in a list: only a comma, "and" or "or" lie between them,
    /// after an aside in brackets that the first may have; whether "and" or "or" is among
    /// them. None when they are not listed together.
    fn list_link(&self, end: usize, next: usize) -> Option<bool> {
        if next <= end || !self.same_line(end.saturating_sub(1), next) {
            return None;
        }
        let mut from = end;
        if self.tokens[end].text == "(" {
            let close =
                (end + 1..next.min(end + ASIDE_REACH)).find(|&i| self.tokens[i].text == ")");
            from = close? + 1;
        }
        let conjunction = |i: usize| self.tokens[i].is("and") || self.tokens[i].is("or");
        let separator = |i: usize| self.tokens[i].text == "," || conjunction(i);
        let linked = (1..=2).contains(&(next - from.min(next))) && (from..next).all(separator);
        linked.then(|| (from..next).any(conjunction))
    }

    /// "fell 90 points", "closed up 1.5 points", "has a value of 9,100 points", "(VCI), which
    /// fell 90 points": a market index moving or standing, in the clause the name opens (a
    /// player who "scored 20 points" does neither); with `or_share`, also "was down 2%",
    /// "dropped 3 percent".
    fn moves_by(&self, from: usize, or_share: bool) -> bool {
        let clause: Vec<usize> = (from..from + POINTS_REACH)
            .take_while(|&i| {
                self.same_line(from, i)
                    && !matches!(self.tokens[i].text.as_str(), "." | ";" | ":" | "!" | "?")
            })
            .collect();
        let unit = |t: &super::Token| {
            t.is("points") || t.is("point") || (or_share && (t.text == "%" || t.is("percent")))
        };
        let points = clause.iter().position(|&i| {
            let token = &self.tokens[i];
            let glued_share = or_share && token.text.ends_with('%');
            (token.shape == Shape::Number && self.tokens.get(i + 1).is_some_and(unit))
                || glued_share
        });
        points.is_some_and(|at| {
            clause[..at].iter().any(|&i| {
                self.tokens[i].shape == Shape::Lower && things::is_index_move(&self.tokens[i].text)
            })
        })
    }
}

/// How many tokens an aside in brackets between two listed names may take: "($ 691.06
/// billion)" is six.
const ASIDE_REACH: usize = 10;

/// How many tokens after a name its index's points may come: "currently has a value of 9,100
/// points" is six.
const POINTS_REACH: usize = 8;

/// Evidence that a name is an actor's, whatever its neighbours say.
pub fn is_actor_evidence(evidence: &str) -> bool {
    let speech = evidence
        .strip_prefix("context: ")
        .is_some_and(|verb| gazetteer::speech_verb(verb).is_some());
    speech
        || [
            "org head-word",
            "gazetteer",
            "title",
            "context: organisation noun",
            "branch",
        ]
        .iter()
        .any(|prefix| evidence.starts_with(prefix))
}

/// Evidence a product line may borrow: a gazetteer's maker whose known name the product's
/// extends ("Acme Zephyr", while "Acme" is known and "Acme Zephyr" is not), or an
/// organisation's head-word that products bear too ("Air").
fn borrowed_evidence(evidence: &str, name: &str) -> bool {
    let extended = evidence.starts_with("gazetteer") && gazetteer::lookup(name).is_none();
    let weak_head = evidence
        .strip_prefix("org head-word: ")
        .is_some_and(things::is_head_products_bear);
    extended || weak_head
}

fn first_word(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// "Velmont" and "Velmont Ardis" of "Velmont Ardis Composite": each run of leading words
/// short of the last.
fn leading_words(name: &str) -> Vec<&str> {
    name.char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(at, _)| name[..at].trim_end())
        .filter(|part| !part.is_empty())
        .collect()
}

/// "Zephyr" of "Acme Zephyr"; empty for one word.
fn after_first_word(name: &str) -> &str {
    name.split_once(' ')
        .map_or("", |(_, rest)| rest.trim_start())
}

/// "X7", "A-123", "MP500T": at most two letters then digits, a type's designation (a
/// longer stem, "ABCD2", is more often a channel's or a group's name); "SGD1.75", a currency
/// code and an amount; a number with a unit ("16GB") or an ordinal ending ("2nd"). Not a name
/// that starts with digits ("6XY", a station's call sign).
fn is_designation(word: &str) -> bool {
    let letters: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
    let rest = &word[letters.len()..];
    let number_next = rest
        .trim_start_matches('-')
        .starts_with(|c: char| c.is_ascii_digit());
    let type_code = (1..=2).contains(&letters.chars().count()) && number_next;
    let amount = letters.chars().count() == 3
        && letters.chars().all(char::is_uppercase)
        && number_next
        && rest.contains('.');
    let suffix = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let measured = letters.is_empty()
        && suffix.len() < rest.len()
        && (things::is_unit(suffix) || ["st", "nd", "rd", "th"].contains(&suffix));
    type_code || amount || measured
}

/// A lowercase letter then a capital ("xPhone", "eReader"): how products are spelled.
fn has_product_shape(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.next().is_some_and(char::is_uppercase)
}
