//! The parts of speech a word can have out of context: the closed classes of English
//! (determiners, pronouns, prepositions, conjunctions, auxiliaries), the forms of common
//! irregular verbs, and verb morphology by suffix. Context decides between the open classes;
//! that is the reader's work (see `text::headline`).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A word's class as far as the word alone tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// "the", "a", "this", "every"
    Determiner,
    /// "its", "their": a determiner that stands for someone.
    Possessive,
    /// "he", "they", "it": may be a clause's subject.
    SubjectPronoun,
    /// "him", "them", "itself"
    ObjectPronoun,
    Preposition,
    /// "and", "or", "but"
    Coordinator,
    /// "while", "because": always opens a subordinate clause.
    Subordinator,
    /// "who", "which", "whom", "whose"
    Relative,
    /// A finite form of "be", "have" or "do" ("was", "has", "did").
    Auxiliary,
    /// A form of "be" or "have" that is not finite ("been", "being", "be").
    NonFiniteAuxiliary,
    /// "will", "could", "must"
    Modal,
    /// "not", "never"
    Negation,
    /// "also", "however", "officially"
    Adverb,
    Verb(VerbForm),
    Number,
    /// Anything else: a noun or adjective, told apart by nothing here.
    Content,
}

/// The forms of a verb, as far as they can be told without context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// "remove", "meet": also the present tense after a plural subject.
    Base,
    /// "removes", "meets": the third person present.
    Present,
    /// "began", "took": a past tense that is never a participle.
    Past,
    /// "removed", "met": past tense or participle.
    PastOrParticiple,
    /// "taken", "begun": a participle only.
    Participle,
    /// "removing"
    Gerund,
}

#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "either", "every", "few", "many",
    "more", "most", "much", "neither", "no", "several", "some", "that", "the", "these",
    "this", "those",
];

const POSSESSIVES: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

#[rustfmt::skip]
const SUBJECT_PRONOUNS: &[&str] = &[
    "he", "i", "it", "one", "she", "they", "we", "you",
];

#[rustfmt::skip]
const OBJECT_PRONOUNS: &[&str] = &[
    "herself", "him", "himself", "itself", "me", "myself", "ourselves", "them", "themselves",
    "us",
];

#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "about", "above", "according", "across", "after", "against", "along", "alongside", "amid",
    "amidst", "among", "amongst", "around", "as", "at", "before", "behind", "below", "beneath",
    "beside", "besides", "between", "beyond", "by", "despite", "down", "during", "except",
    "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out",
    "outside", "over", "past", "per", "regarding", "since", "than", "through", "throughout",
    "till", "to", "toward", "towards", "under", "underneath", "unlike", "until", "up", "upon",
    "via", "with", "within", "without",
];

const COORDINATORS: &[&str] = &["and", "but", "nor", "or", "yet"];

#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "although", "because", "if", "though", "unless", "whereas", "whether", "while", "whilst",
    "when", "whenever", "where",
];

const RELATIVES: &[&str] = &["which", "who", "whom", "whose"];

#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "am", "are", "did", "do", "does", "had", "has", "have", "is", "was", "were",
];

const NON_FINITE_AUXILIARIES: &[&str] = &["be", "been", "being", "having"];

#[rustfmt::skip]
const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

const NEGATIONS: &[&str] = &["never", "not", "n't"];

/// Adverbs that do not end in "-ly", and those that open a sentence as a link to the one
/// before ("However", "Meanwhile").
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "again", "ago", "almost", "already", "also", "always", "consequently", "currently",
    "eventually", "even", "finally", "furthermore", "hence", "however", "indeed",
    "instead", "just", "later", "likewise", "meanwhile", "moreover", "nevertheless",
    "nonetheless", "now", "often", "once", "only", "otherwise", "perhaps", "previously",
    "quite", "rather", "recently", "similarly", "so", "soon", "still", "then", "therefore",
    "thus", "too", "very",
];

/// Words in "-ly" that are adjectives or nouns, not adverbs.
#[rustfmt::skip]
const LY_NON_ADVERBS: &[&str] = &[
    "ally", "assembly", "belly", "bully", "costly", "daily", "deadly", "early", "elderly",
    "family", "friendly", "fly", "holy", "likely", "lonely", "monopoly", "monthly", "rally",
    "reply", "supply", "ugly", "weekly", "yearly",
];

/// Words in "-ed" that are not verb forms.
#[rustfmt::skip]
const ED_NON_VERBS: &[&str] = &[
    "bed", "breed", "creed", "feed", "greed", "hundred", "indeed", "naked", "need", "red",
    "seed", "shed", "sled", "speed", "steed", "wicked",
];

/// Irregular verbs: base, past tense, past participle.
#[rustfmt::skip]
const IRREGULAR_VERBS: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"), ("awake", "awoke", "awoken"), ("bear", "bore", "borne"),
    ("bear", "bore", "born"),
    ("beat", "beat", "beaten"), ("become", "became", "become"), ("begin", "began", "begun"),
    ("bend", "bent", "bent"), ("bid", "bid", "bid"), ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"), ("blow", "blew", "blown"), ("break", "broke", "broken"),
    ("bring", "brought", "brought"), ("build", "built", "built"), ("burst", "burst", "burst"),
    ("buy", "bought", "bought"), ("cast", "cast", "cast"), ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"), ("cling", "clung", "clung"), ("come", "came", "come"),
    ("cost", "cost", "cost"), ("cut", "cut", "cut"), ("deal", "dealt", "dealt"),
    ("dig", "dug", "dug"), ("draw", "drew", "drawn"), ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"), ("eat", "ate", "eaten"), ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"), ("feel", "felt", "felt"), ("fight", "fought", "fought"),
    ("find", "found", "found"), ("flee", "fled", "fled"), ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"), ("forget", "forgot", "forgotten"),
    ("forgive", "forgave", "forgiven"), ("freeze", "froze", "frozen"), ("get", "got", "got"),
    ("give", "gave", "given"), ("go", "went", "gone"), ("grow", "grew", "grown"),
    ("hang", "hung", "hung"), ("hear", "heard", "heard"), ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"), ("hold", "held", "held"), ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"), ("know", "knew", "known"), ("lay", "laid", "laid"),
    ("lead", "led", "led"), ("leave", "left", "left"), ("lend", "lent", "lent"),
    ("let", "let", "let"), ("lie", "lay", "lain"), ("lose", "lost", "lost"),
    ("make", "made", "made"), ("mean", "meant", "meant"), ("meet", "met", "met"),
    ("overcome", "overcame", "overcome"), ("overtake", "overtook", "overtaken"),
    ("pay", "paid", "paid"), ("put", "put", "put"), ("quit", "quit", "quit"),
    ("read", "read", "read"), ("ride", "rode", "ridden"), ("ring", "rang", "rung"),
    ("rise", "rose", "risen"), ("run", "ran", "run"), ("say", "said", "said"),
    ("see", "saw", "seen"), ("seek", "sought", "sought"), ("sell", "sold", "sold"),
    ("send", "sent", "sent"), ("set", "set", "set"), ("shake", "shook", "shaken"),
    ("shoot", "shot", "shot"), ("show", "showed", "shown"), ("shut", "shut", "shut"),
    ("sing", "sang", "sung"), ("sink", "sank", "sunk"), ("sit", "sat", "sat"),
    ("sleep", "slept", "slept"), ("speak", "spoke", "spoken"), ("spend", "spent", "spent"),
    ("split", "split", "split"), ("spread", "spread", "spread"), ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"), ("stick", "stuck", "stuck"), ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"), ("sweep", "swept", "swept"), ("swim", "swam", "swum"),
    ("take", "took", "taken"), ("teach", "taught", "taught"), ("tear", "tore", "torn"),
    ("tell", "told", "told"), ("think", "thought", "thought"), ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"), ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"), ("uphold", "upheld", "upheld"),
    ("wake", "woke", "woken"), ("wear", "wore", "worn"), ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"), ("write", "wrote", "written"),
];

/// The base of an irregular past tense or participle ("fled" → "flee"), when the form is not
/// also the base ("cut").
pub(crate) fn irregular_base(word: &str) -> Option<&'static str> {
    irregular().base_of.get(word).copied()
}

/// The irregular-verb table read into maps once, the first row naming a form deciding
/// for it: every word of every text is looked up here.
struct Irregular {
    /// Each form's verb form, as `verb_form` reads the table.
    form_of: HashMap<&'static str, VerbForm>,
    /// Each past or participle that is not also the base, to its base.
    base_of: HashMap<&'static str, &'static str>,
    bases: HashSet<&'static str>,
}

fn irregular() -> &'static Irregular {
    static TABLE: OnceLock<Irregular> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Irregular {
            form_of: HashMap::new(),
            base_of: HashMap::new(),
            bases: HashSet::new(),
        };
        for &(base, past, participle) in IRREGULAR_VERBS {
            for word in [base, past, participle] {
                // "cut" and "set" are more often past than present in reports: past first.
                let form = if word == past && past == participle {
                    VerbForm::PastOrParticiple
                } else if word == base {
                    VerbForm::Base
                } else if word == past {
                    VerbForm::Past
                } else {
                    VerbForm::Participle
                };
                table.form_of.entry(word).or_insert(form);
            }
            for form in [past, participle].into_iter().filter(|&form| form != base) {
                table.base_of.entry(form).or_insert(base);
            }
            table.bases.insert(base);
        }
        table
    })
}

/// Regular verbs frequent in reports of happenings, for telling "lists" the verb from "lists"
/// the noun by context: a base form or its "-s" form is a verb only when it is listed here or
/// among the irregular verbs.
#[rustfmt::skip]
const COMMON_VERBS: &[&str] = &[
    "accept", "accuse", "achieve", "acquire", "adapt", "add", "adjust", "admit", "adopt",
    "advise", "affect", "afford", "agree", "aim", "allow", "alter", "amend", "announce",
    "appeal", "appear", "apply", "appoint", "approve", "argue", "arrange", "arrest", "arrive",
    "ask", "assess", "assist", "assume", "attach", "attack", "attempt", "attend", "attract",
    "avoid", "award", "back", "ban", "base", "bear", "beat", "believe", "belong", "block",
    "boost", "borrow", "breach", "brief", "call", "cancel", "capture", "care", "carry", "cause",
    "cease", "celebrate", "challenge", "change", "charge", "check", "cite", "claim", "clear",
    "close", "collapse", "collect", "combine", "comment", "commit", "compare", "compete",
    "complain", "complete", "concern", "conclude", "condemn", "conduct", "confirm", "connect",
    "consider", "consist", "construct", "consult", "contain", "continue", "contribute",
    "control", "convert", "convict", "cooperate", "cost", "count", "cover", "crash", "create",
    "criticise", "criticize", "cross", "damage", "deal", "debate", "decide", "declare",
    "decline", "defeat", "defend", "define", "delay", "deliver", "demand", "deny", "depend",
    "deploy", "describe", "deserve", "design", "destroy", "detain", "detect", "determine",
    "develop", "die", "differ", "direct", "disagree", "discover", "discuss", "dismiss",
    "display", "dispute", "dissolve", "distribute", "divide", "document", "donate", "doubt",
    "drop", "earn", "ease", "elect", "eliminate", "embrace", "emerge", "employ", "enable",
    "encourage", "end", "endorse", "enforce", "engage", "enhance", "enjoy", "ensure", "enter",
    "escape", "establish", "estimate", "evacuate", "examine", "exceed", "exchange", "exclude",
    "execute", "exemplify", "exist", "expand", "expect", "experience", "explain", "explode",
    "explore", "export", "express", "extend", "face", "fail", "favor", "favour", "fear", "file",
    "fill", "finance", "finish", "fire", "fix", "focus", "follow", "force", "form", "found",
    "fund", "gain", "gather", "generate", "govern", "grant", "guarantee", "guide", "halt",
    "handle", "happen", "harm", "head", "help", "hire", "honor", "honour", "hope", "host",
    "house", "hunt", "identify", "ignore", "impose", "improve", "include", "increase",
    "indicate", "influence", "inform", "injure", "insist", "inspect", "install", "intend",
    "interview", "introduce", "invade", "invest", "investigate", "invite", "involve", "issue",
    "join", "judge", "jump", "justify", "kill", "label", "land", "last", "launch", "lead",
    "lift", "limit", "link", "list", "live", "load", "lobby", "locate", "look", "lower",
    "maintain", "manage", "mark", "matter", "mean", "measure", "mention", "merge", "miss",
    "mobilise", "mobilize", "monitor", "move", "name", "need", "negotiate", "nominate", "note",
    "notice", "obtain", "occupy", "occur", "offer", "open", "operate", "oppose", "order",
    "organise", "organize", "outline", "overturn", "own", "participate", "pass", "pause",
    "perform", "permit", "persuade", "phase", "pick", "place", "plan", "plant", "play", "plead",
    "pledge", "point", "pose", "post", "postpone", "praise", "predict", "prefer", "prepare",
    "present", "preserve", "press", "prevent", "print", "proceed", "produce", "prohibit",
    "promise", "promote", "propose", "prosecute", "protect", "protest", "prove", "provide",
    "publish", "pull", "purchase", "pursue", "push", "question", "raid", "raise", "rank",
    "rate", "reach", "react", "realise", "realize", "receive", "recognise", "recognize",
    "recommend", "record", "recover", "recruit", "reduce", "refer", "reflect", "reform",
    "refuse", "regain", "register", "regret", "reinforce", "reject", "relate", "release",
    "relocate", "rely", "remain", "remember", "remind", "remove", "rename", "renew", "reopen",
    "repair", "repeat", "replace", "reply", "report", "represent", "request", "require",
    "rescue", "reserve", "resign", "resist", "resolve", "respond", "rest", "restore",
    "restrict", "result", "resume", "retain", "retire", "return", "reveal", "review", "revise",
    "revoke", "reward", "risk", "rule", "sanction", "save", "schedule", "score", "search",
    "secure", "seem", "seize", "select", "serve", "settle", "share", "shift", "ship", "sign",
    "signal", "slam", "solve", "sort", "spark", "sponsor", "stage", "start", "state", "station",
    "stay", "step", "stop", "strengthen", "stress", "study", "submit", "succeed", "suffer",
    "suggest", "supply", "support", "surge", "surrender", "surround", "survive", "suspect",
    "suspend", "sustain", "talk", "target", "tend", "terminate", "test", "testify", "thank",
    "threaten", "top", "total", "track", "trade", "train", "transfer", "transform", "travel",
    "treat", "trigger", "triple", "trust", "try", "turn", "undermine", "unite", "unveil",
    "update", "uphold", "urge", "use", "vary", "veto", "view", "violate", "visit", "voice",
    "vote", "wait", "walk", "want", "warn", "watch", "welcome", "widen", "wish", "witness",
    "work", "worry", "yield",
];

fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// The class of a lowercase word out of context. Closed classes first, so "that" is a
/// determiner here and "as" a preposition; the reader revises them in context.
pub(crate) fn class_of(word: &str) -> Class {
    if let Some(&class) = closed_classes().get(word) {
        return class;
    }
    if word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || super::numbers::cardinal(word).is_some()
    {
        return Class::Number;
    }
    if let Some(form) = verb_form(word) {
        return Class::Verb(form);
    }
    if word.len() > 4 && word.ends_with("ly") && !listed(LY_NON_ADVERBS, word) {
        return Class::Adverb;
    }
    Class::Content
}

/// Each word of a closed class to its class, the first list naming a word deciding for it.
fn closed_classes() -> &'static HashMap<&'static str, Class> {
    static MAP: OnceLock<HashMap<&'static str, Class>> = OnceLock::new();
    MAP.get_or_init(|| {
        let lists: &[(&[&str], Class)] = &[
            (DETERMINERS, Class::Determiner),
            (POSSESSIVES, Class::Possessive),
            (SUBJECT_PRONOUNS, Class::SubjectPronoun),
            (OBJECT_PRONOUNS, Class::ObjectPronoun),
            (AUXILIARIES, Class::Auxiliary),
            (NON_FINITE_AUXILIARIES, Class::NonFiniteAuxiliary),
            (MODALS, Class::Modal),
            (NEGATIONS, Class::Negation),
            (COORDINATORS, Class::Coordinator),
            (SUBORDINATORS, Class::Subordinator),
            (RELATIVES, Class::Relative),
            (PREPOSITIONS, Class::Preposition),
            (ADVERBS, Class::Adverb),
        ];
        let mut map = HashMap::new();
        for &(list, class) in lists.iter() {
            for &word in list {
                map.entry(word).or_insert(class);
            }
        }
        map
    })
}

/// The verb form a lowercase word has out of context, if it can be one: irregular forms from
/// the table, listed verbs and their "-s" forms, and the regular "-ed" and "-ing" endings.
pub(crate) fn verb_form(word: &str) -> Option<VerbForm> {
    if let Some(&form) = irregular().form_of.get(word) {
        return Some(form);
    }
    let letters = word.chars().count();
    // Short "-ed" words are verbs only when their base is known: "died", "used", not "red".
    let known_past = word.strip_suffix('d').is_some_and(is_known_base)
        || word.strip_suffix("ed").is_some_and(is_known_base);
    if word.ends_with("ed") && (letters >= 5 || known_past) && !listed(ED_NON_VERBS, word) {
        return Some(VerbForm::PastOrParticiple);
    }
    if letters >= 6 && word.ends_with("ing") {
        return Some(VerbForm::Gerund);
    }
    if is_known_base(word) {
        return Some(VerbForm::Base);
    }
    let bases = [
        word.strip_suffix("ies").map(|stem| format!("{stem}y")),
        word.strip_suffix("es").map(str::to_string),
        word.strip_suffix('s').map(str::to_string),
    ];
    bases
        .into_iter()
        .flatten()
        .any(|base| is_known_base(&base) && third_person(&base) == word)
        .then_some(VerbForm::Present)
}

fn is_known_base(word: &str) -> bool {
    COMMON_VERBS.binary_search(&word).is_ok() || irregular().bases.contains(word)
}

/// "remove" → "removes", "push" → "pushes", "carry" → "carries".
fn third_person(base: &str) -> String {
    if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|end| base.ends_with(end))
    {
        format!("{base}es")
    } else if let Some(stem) = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_irregular_past_leads_to_its_base_and_a_base_to_nothing() {
        assert_eq!(irregular_base("fled"), Some("flee"));
        assert_eq!(irregular_base("taken"), Some("take"));
        assert_eq!(irregular_base("take"), None);
        assert_eq!(irregular_base("walked"), None);
    }

    #[test]
    fn closed_classes_come_first() {
        assert_eq!(class_of("the"), Class::Determiner);
        assert_eq!(class_of("while"), Class::Subordinator);
        assert_eq!(class_of("was"), Class::Auxiliary);
        assert_eq!(class_of("their"), Class::Possessive);
        assert_eq!(class_of("towards"), Class::Preposition);
        assert_eq!(class_of("1999"), Class::Number);
        assert_eq!(class_of("seven"), Class::Number);
    }

    #[test]
    fn verb_forms_by_table_and_suffix() {
        assert_eq!(verb_form("began"), Some(VerbForm::Past));
        assert_eq!(verb_form("met"), Some(VerbForm::PastOrParticiple));
        assert_eq!(verb_form("taken"), Some(VerbForm::Participle));
        assert_eq!(verb_form("cut"), Some(VerbForm::PastOrParticiple));
        assert_eq!(verb_form("come"), Some(VerbForm::Base));
        assert_eq!(verb_form("says"), Some(VerbForm::Present));
        assert_eq!(verb_form("flooded"), Some(VerbForm::PastOrParticiple));
        assert_eq!(verb_form("carries"), Some(VerbForm::Present));
        assert_eq!(verb_form("bans"), Some(VerbForm::Present));
        assert_eq!(verb_form("hundred"), None);
        assert_eq!(verb_form("died"), Some(VerbForm::PastOrParticiple));
        assert_eq!(verb_form("bed"), None);
        assert_eq!(verb_form("harbour"), None);
        assert_eq!(class_of("officially"), Class::Adverb);
        assert_eq!(class_of("family"), Class::Content);
    }

    #[test]
    fn common_verbs_are_sorted_for_binary_search() {
        assert!(COMMON_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lists_hold_no_repeats_across_classes() {
        let closed = [
            DETERMINERS,
            POSSESSIVES,
            SUBJECT_PRONOUNS,
            OBJECT_PRONOUNS,
            PREPOSITIONS,
            COORDINATORS,
            SUBORDINATORS,
            RELATIVES,
            AUXILIARIES,
            NON_FINITE_AUXILIARIES,
            MODALS,
            NEGATIONS,
            ADVERBS,
        ];
        let mut all: Vec<&str> = closed.iter().flat_map(|l| l.iter().copied()).collect();
        let count = all.len();
        all.sort_unstable();
        all.dedup();
        // "her" is both possessive and object, "that" determiner and more: listed once each.
        assert_eq!(all.len(), count);
    }
}
