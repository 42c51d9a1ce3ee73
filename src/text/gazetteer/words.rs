//! General English vocabulary the finder needs: titles, head-words that say what kind of thing
//! a name names, and the capitalised words that start sentences or headings without naming
//! anything. Word lists are whitespace-separated and matched case-insensitively; tables whose
//! entries carry evidence are built with `tagged!` so each evidence string is `'static`.

/// `(word, "prefix: word")` pairs, so a lookup can return its evidence without allocating.
macro_rules! tagged {
    ($prefix:literal; $($word:literal),* $(,)?) => {
        &[$(($word, concat!($prefix, $word))),*]
    };
}

/// Titles and honorifics written before a name ("Foreign Minister Jana Novak", "Dr Roe").
#[rustfmt::skip]
pub(super) const TITLES: &[(&str, &str)] = tagged!("title: ";
    "President", "Vice-President", "Premier", "Minister", "Chancellor", "Secretary",
    "Secretary-General", "Deputy", "Ambassador", "Envoy", "Spokesman", "Spokeswoman",
    "Spokesperson", "Chairman", "Chairwoman", "Chairperson", "Director", "Director-General",
    "Governor", "Mayor", "Senator", "Congressman", "Congresswoman", "Representative", "MP",
    "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir", "Sheikh",
    "Shaikh", "Mullah", "Mawlavi", "Mawlawi", "Maulvi", "Maulana", "Mufti", "Imam", "Ayatollah",
    "Pope", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Rabbi", "Reverend", "Rev.", "Judge",
    "Justice", "Chief", "CEO", "Commander", "General", "Gen.", "Lieutenant", "Lt.", "Colonel",
    "Col.", "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Admiral", "Adm.", "Marshal",
    "Brigadier", "Corporal", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof",
    "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Baron", "Baroness", "Duke", "Duchess",
    "Earl", "Countess", "Sen.", "Rep.", "Gov.", "Pres.", "Speaker", "Commissioner", "Attorney",
    "Prosecutor", "Inspector", "Superintendent", "Detective", "Leader", "Executive", "Adviser",
    "Advisor", "Officer", "Coach", "Haji", "Hajji", "Ustad", "Comrade", "Treasurer", "Councillor",
    "Councilor", "Councilman", "Alderman", "Magistrate", "Consul", "Prime", "Count", "Madame",
    "Monsieur", "DJ", "Sheriff", "Sayyid", "Seyed", "Lt", "Gen", "Col", "Sgt", "Capt", "Maj",
    "Adm", "Gov", "Sen", "Rep", "Rev", "Fr", "Fr.", "Doctor", "Msgr", "Msgr.", "Monsignor",
    "Councilwoman", "Councilmember", "Assemblyman", "Assemblywoman", "Advocate", "Member",
);

/// Capitalised words that complete a title without being one alone ("Foreign" in "Foreign
/// Minister", "National Security" in "National Security Adviser").
pub(super) const TITLE_MODIFIERS: &str = "
    foreign interior defence defense finance economy trade health education energy agriculture
    culture labour labor transport home environment information communications development
    security national vice acting first senior special supreme grand crown high state assistant
    associate permanent presidential federal managing press affairs interim provincial regional
    immigration emergency emergencies digital science technology industry majority minority
    house opposition general attorney lieutenant deputy executive chief secretary prime
    operating financial marketing technical operations city council public county district
    assembly board";

/// Lowercase role nouns that mark a person in context: "spokeswoman Jana Novak", "Jana Novak,
/// a spokesman for …", "the bank's envoy to Chile, Jana Novak".
pub(super) const ROLE_NOUNS: &str = "
    president minister premier chancellor secretary deputy ambassador envoy spokesman
    spokeswoman spokesperson chairman chairwoman chairperson director governor mayor senator
    congressman congresswoman king queen prince princess emperor sultan emir sheikh mullah imam
    ayatollah pope cardinal archbishop bishop rabbi judge justice chief commander general
    lieutenant colonel captain sergeant admiral marshal brigadier speaker commissioner
    attorney prosecutor inspector detective leader executive adviser advisor coach official
    officer analyst expert researcher professor lecturer journalist correspondent editor reporter
    columnist lawyer founder co-founder member representative aide negotiator diplomat economist
    scholar fellow author writer activist politician lawmaker legislator head candidate nominee
    presenter host manager owner partner investor businessman businesswoman entrepreneur banker
    consultant coordinator pilot soldier cleric preacher priest investigator agent
    photographer filmmaker actor actress singer musician artist player striker footballer
    goalkeeper boxer wrestler driver cyclist athlete architect engineer designer poet novelist
    composer painter philosopher theologian historian physician surgeon doctor scientist
    commentator blogger guitarist bassist drummer vocalist keyboardist producer rapper dancer
    student teacher principal dean rector provost ceo mp vice-president secretary-general
    director-general commander-in-chief premier sheriff coroner constable trustee curator
    warden pastor minister-counsellor counsellor chargé deputy-head spokesperson";

/// Lowercase words that may precede a role noun inside the role ("foreign ministry spokeswoman").
pub(super) const ROLE_MODIFIERS: &str = "
    foreign interior defence defense finance deputy vice prime acting special senior chief top
    former presidential press executive general state assistant military ministry government
    opposition party army police security national regional provincial interim first lead
    managing founding political veteran longtime trade health justice energy economy kremlin";

/// Head-words that make a name an organisation ("Ministry of Mines", "Central Bank").
#[rustfmt::skip]
pub(super) const ORGANISATION_HEADS: &[(&str, &str)] = tagged!("org head-word: ";
    "Ministry", "Ministries", "Department", "Court", "Office", "Council", "Agency", "Army", "Navy",
    "Force", "Forces", "Guard", "Guards", "Corps", "Brigade", "Brigades", "Battalion", "Regiment",
    "Division", "Squadron", "Fleet", "Command", "Party", "Forum", "Foundation", "Fund", "Project",
    "Institute", "Institution", "University", "College", "School", "Academy", "Bank", "Company",
    "Corporation", "Corp", "Inc", "Ltd", "LLC", "PLC", "Group", "Holdings", "Committee",
    "Commission", "Organization", "Organisation", "Union", "Association", "Society", "Federation",
    "Confederation", "League", "Alliance", "Coalition", "Service", "Services", "Police",
    "Parliament", "Assembly", "Senate", "Congress", "Cabinet", "Administration", "Authority",
    "Bureau", "Directorate", "Secretariat", "Board", "Chamber", "Times", "Post", "News", "Herald",
    "Tribune", "Journal", "Gazette", "Telegraph", "Guardian", "Observer", "Express", "Mirror",
    "Chronicle", "Review", "Magazine", "Daily", "Press", "Media", "Radio", "Television",
    "Broadcasting", "Network", "Movement", "Front", "Emirate", "Republic", "Center", "Centre",
    "Church", "Club", "Team", "FC", "Airlines", "Airways", "Motors", "Motor", "Industries",
    "Systems", "Technologies", "Laboratories", "Pharmaceuticals", "Electric",
    "Insurance", "Partners", "Trust", "Exchange", "Studios", "Records", "Entertainment",
    "Communications", "Telecom", "Railways", "Orchestra", "Choir", "Ensemble", "Brothers",
    "Consortium", "Cartel", "Initiative", "Mission", "Delegation", "Caucus", "Tribunal",
    "Hospital", "Museum", "Library", "Gallery", "Theatre", "Theater", "Synod", "Diocese",
    "Brotherhood", "Junta", "Government", "Regime", "Unit", "Commando", "Militia",
    "Inspectorate", "Ombudsman", "Airline", "Band", "Works", "Lines",
    "Recordings", "Publishing", "Publishers", "Associates", "Productions", "Pictures", "Films",
    "Laboratory", "Faculty", "Wing", "Casino", "Supermarket", "Stores", "Brewery", "GmbH", "AG",
    "S.A.", "Limited", "LLP", "Conservatory", "Seminary", "Polytechnic", "Co", "Co.", "Corp.",
    "Inc.", "Ltd.", "SpA", "NV", "Bancorp", "Aviation", "Aerospace", "Air", "Automotive",
    "Financial", "Management", "Securities", "Investments", "Ventures", "Logistics", "Shipping",
    "Electronics", "Pharma", "Foods", "Creamery", "Dairy", "Dairies", "Bakery", "Farms", "Mills",
);

/// Head-words that make a name a place when they end it ("Amu Darya River", "Wardak Province").
#[rustfmt::skip]
pub(super) const PLACE_HEADS_LAST: &[(&str, &str)] = tagged!("place head-word: ";
    "River", "Lake", "Mountain", "Mountains", "Hill", "Hills", "Valley", "Island", "Islands",
    "Isle", "Peninsula", "Bay", "Gulf", "Sea", "Ocean", "Strait", "Straits", "Canal", "Desert",
    "Forest", "Park", "Plain", "Plains", "Plateau", "Coast", "Beach", "Falls", "Glacier", "Basin",
    "Delta", "Creek", "Harbour", "Harbor", "Province", "Region", "District", "County",
    "Prefecture", "Oblast", "Krai", "Governorate", "Municipality", "Township", "Town", "City",
    "Village", "Borough", "Parish", "Street", "Avenue", "Road", "Square", "Boulevard", "Lane",
    "Bridge", "Airport", "Station", "Highway", "Palace", "Castle", "Tower", "Abbey", "Corridor",
    "Pass", "Dam", "Reservoir", "Territory", "Territories", "Heights", "Strip", "Quarter",
    "Cathedral", "Mosque", "Temple", "Shrine", "Cemetery", "Prison", "Base", "Crossing",
    "Checkpoint", "Stadium", "Arena", "Hotel", "Mall", "Market", "Port", "Brook", "Pond",
    "Dock", "Docks", "Oval", "Field", "Junction", "Cave", "Caves", "Courthouse", "Estate",
    "Ave", "Lagoon", "Springs", "Marsh", "Fjord", "Cove", "Waterfall", "Gorge", "Canyon",
    "Railway", "Railroad", "Line", "Pavilion", "Rink", "Area", "Hall", "Garden", "Gardens",
    "Plaza", "Pier",
);

/// Head-words that make a name a place when they start it ("Lake Baikal", "Gulf of Aden").
#[rustfmt::skip]
pub(super) const PLACE_HEADS_FIRST: &[(&str, &str)] = tagged!("place head-word: ";
    "Lake", "Mount", "Mt.", "Mt", "Cape", "Port", "Fort", "Gulf", "Sea", "Strait", "Bay", "Isle",
    "Camp", "River", "Avenue", "Rue", "Via", "Calle", "Piazza", "Plaza",
);

/// Verbs that follow a person's name in reporting ("Novak said", "Roe told reporters").
#[rustfmt::skip]
pub(super) const SPEECH_VERBS: &[(&str, &str)] = tagged!("context: ";
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "stated", "explained",
    "noted", "argued", "claimed", "insisted", "warned", "stressed", "asked", "replied",
    "answered", "recalled", "suggested", "believes", "believed", "thinks", "admitted",
    "acknowledged", "denied", "confirmed", "declared", "emphasised", "emphasized", "commented",
    "concluded", "complained", "urged", "tweeted", "testified", "remarked", "observed",
    "underlined", "underscored", "countered", "conceded", "recounted", "explains", "notes",
);

/// Capitalised words that never name an actor on their own: generic nouns of government and
/// geography, religions, ideologies, languages and calendar words.
pub(super) const GENERIC_WORDS: &str = "
    government governments state states west east north south western eastern northern southern
    central international national federal republic kingdom empire internet web online god allah
    islam islamic muslim muslims christian christians christianity catholic catholics orthodox
    protestant protestants jew jews jewish judaism islamist islamists hindu hindus hinduism
    buddhist buddhists buddhism sunni sunnis shia shiite shiites sufi salafi salafist jihadi jihadist jihadists
    communist communists communism socialist socialists marxist fascist fascists nazi nazis
    arabic pashto dari urdu hindi farsi persian english latin hebrew sanskrit swahili mandarin
    cantonese covid covid-19 coronavirus christmas easter ramadan eid hanukkah diwali
    thanksgiving halloween passover nowruz navruz lent advent pentecost today yesterday tomorrow
    day week month year years century age war wars era dynasty prize award cup championship
    olympics games act law article section chapter part volume page figure table appendix
    annex bill constitution treaty agreement accord declaration resolution decree order
    protocol convention charter plan strategy doctrine policy program programme report
    statement summit conference meeting session talks election elections referendum campaign
    operation revolution uprising crisis conflict invasion occupation reform reforms";

/// Lowercase words (and their capitalised forms) that start sentences without naming anything:
/// function words, adverbs, common verbs and nouns. Checked only where capitalisation is
/// forced: at the start of a sentence, a heading or an all-caps line.
pub(super) const COMMON_WORDS: &str = "
    a about above according accordingly across actually additionally after afterwards again
    against ago ahead all almost alone along already also although always amid amidst among
    amongst an and another any anybody anyone anything anyway anywhere apart apparently are
    around as aside asked at away back basically be because before beforehand behind being
    below beneath beside besides best better between beyond both briefly but by can certainly
    clearly come consequently considering could currently daily despite did do does doing done
    down due during each earlier early either else elsewhere enough especially even eventually
    ever every everybody everyone everything everywhere exactly except far few fewer finally
    first firstly following for formerly fortunately forward from further furthermore generally
    get given go going good great had hardly has have having he hence her here hereby herein
    hers herself him himself his historically hopefully how however i if immediately importantly
    in including increasingly indeed initially inside instead interestingly into is it its
    itself just last lastly late lately later least less let like likewise little long look
    many maybe meanwhile merely might more moreover most mostly much must my myself namely
    naturally near nearly neither never nevertheless new next nine no nobody none nonetheless
    nor normally not nothing notably now nowhere obviously of off often oh ok okay on once one
    only onto or originally other others otherwise ought our ours ourselves out outside over
    overall own particularly past perhaps personally please plus possibly potentially
    presumably previously primarily probably quite rather really recently regardless
    regarding relatively reportedly right roughly said same second secondly see seemingly
    several shall she should shortly similarly simply since six so some somebody someday
    somehow someone something sometimes somewhat somewhere soon specifically still subsequently
    such suddenly supposedly sure surely ten than thankfully that the their theirs them
    themselves then there thereafter thereby therefore these they third thirdly this those
    though three through throughout thus to today together tomorrow too toward towards truly
    twice two typically ultimately under underneath unfortunately unless unlike until up upon
    us usually very via was we well were what whatever when whenever where whereas wherever
    whether which while who whoever whole whom whose why will with within without would yes
    yesterday yet you your yours yourself yourselves
    add added adding addressing agreed agreeing announcing answering arguing arriving asking
    becoming beginning believing bringing building calling claiming coming compared concerning
    considering continuing creating dealing describing discussing driving during ending entering
    explaining facing failing falling feeling fighting finding focusing following founded
    founding getting giving growing having helping holding hoping including joining keeping
    knowing launching leading leaving living looking losing making meeting moving noting
    offering opening paying playing pointing preparing providing putting reaching reading
    referring regarding remaining reporting responding returning running saying seeing seeking
    seen setting showing signing speaking standing starting staying taking talking thinking
    trying turning using waiting walking watching wearing working writing born based built
    called considered designed elected established expected formed held known located made
    named opened published released reported seen set situated written appointed asked
    accused charged convicted sentenced arrested killed injured wounded
    above across against ahead although amid beneath beyond unlike despite toward
    ask be become begin bring buy call check click come consider continue do enjoy find follow
    forget get give go help imagine join keep learn let listen look make note read remember see
    share sign start stay stop subscribe take tell think try turn use visit wait watch
    age analysis background breaking comment comments contact contents copyright details
    editorial exclusive explainer facts follow-up footage headlines highlights home image images
    latest live menu more news note notes opinion overview photo photos picture pictures press
    print related search share sources source subscribe summary top trending update updated
    updates video videos watch
    authorities officials experts analysts residents sources critics observers witnesses
    people many most some several few others everyone nobody police troops soldiers fighters
    militants protesters demonstrators leaders ministers diplomats lawmakers voters citizens
    students workers women men children families local locals meanwhile elsewhere nationwide
    earlier afterward overall altogether thereafter henceforth
    although whereas whilst unless once lest till
    yes no not neither nor either
    what who where when why how which whichever whatever
    mr mrs ms dr
    it its it's that's there's here's let's
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand
    million billion trillion dozens hundreds thousands millions billions half quarter
    first second third fourth fifth last final next previous latest former current recent
    new old young big small large major minor key main top high low full total entire whole
    early late long short major general private public official special certain various
    different similar other another such own same real true false free open closed
    good bad best worst better worse important significant serious strong weak";

/// All-caps abbreviations that are not names of actors: units, currencies, diseases, technical
/// and office jargon.
pub(super) const NON_NAME_ACRONYMS: &str = "
    tv am pm gdp gnp cfo coo cto usd eur gbp rub cny jpy uah kzt utc gmt est pst cet covid sars
    mers hiv aids dna rna ai it id pr vip faq pdf url html http https www cd dvd lp ep ufo ok bc
    ad ce bce atm sms gps suv lgbt lgbtq ngo ngos uav uavs ied ieds rpg icbm icbms wmd km kg mw
    gw kw kwh mph fm hq ps nb rip ipo vat iq pow pows pc pcs usb sim sos aka diy eta asap fyi
    tba tbc n/a na ko pdt edt cst mst bst hr q&a r&d b2b b2c lng lpg cbd ppe ppp
    isbn issn doi api app ar vr lcd led oled os sdk cpu gpu ram rom ssd hdd hd dvr mp3 vpn lan
    wifi gi gis wwi wwii ww1 ww2";

/// Head-words and suffixes of companies' names: the first word of such a name, used alone,
/// stands for the company ("Acme" for "Acme Motors"), even when it is a founder's name.
pub(super) const COMPANY_HEADS: &str = "
    inc inc. corp corp. corporation co co. company ltd ltd. limited llc llp plc ag sa s.a. gmbh
    spa nv holdings motors motor airlines airways air aviation aerospace industries bancorp
    pharmaceuticals technologies automotive securities investments ventures group computer
    computers systems capital management partners foods brands energy electronics
    communications entertainment enterprises petroleum chemicals
";

/// Last words that say what kind of body or building a name is, without naming another one:
/// "Tessin Recovery Center" is "Tessin Recovery", "Varn Bank" is "Varn". (A "Foundation" or
/// "Institute" may be a body of its own beside the company it is named after.)
pub(super) const DESCRIPTIVE_HEADS: &str = "
    center centre department bank clinic hospital
";

/// British and American spellings of words in names, and abbreviations written out, each
/// with the one form names are compared in: "Defence Center" and "Defense Centre" are one.
pub(super) const SPELLING_VARIANTS: &[(&str, &str)] = &[
    ("centre", "center"),
    ("centres", "centers"),
    ("theatre", "theater"),
    ("defence", "defense"),
    ("programme", "program"),
    ("mt", "mount"),
    ("ft", "fort"),
];

/// Lowercase nouns after a name's possessive that only a company has ("X's shares", "X's
/// shareholders").
pub(super) const COMPANY_POSSESSIONS: &str = "
    shares stock shareholders stockholders ceo chairman chairwoman board share-price
";

/// Lowercase roles of a company's staff or its followers, written between the company's name
/// and a person's ("X analyst Jana Roe", "X spokeswoman Jana Roe").
pub(super) const COMPANY_STAFF: &str = "
    analyst analysts economist strategist spokesman spokeswoman spokesperson executive
";

/// A company's legal form, which ends its name ("Acme AG and Borel LLC" are two).
pub(super) const LEGAL_SUFFIXES: &str = "
    inc inc. corp corp. co co. ltd ltd. limited llc llp plc ag sa s.a. gmbh spa nv bv company
    corporation
";

/// Lowercase nouns that, right before a name, say it names an organisation ("the band
/// Killing Floor", "broadcaster Nine"), or after it in apposition ("Acme, a Dutch firm").
pub(super) const ORGANISATION_NOUNS: &str = "
    band group company firm corporation conglomerate club team label station broadcaster
    network channel newspaper magazine publisher party organisation organization agency airline
    carrier bank lender brand manufacturer maker retailer chain supermarket charity foundation
    institute university school college studio orchestra ensemble choir union association
    federation league movement militia faction coalition alliance ministry army council
    committee court regiment battalion squadron outlet website startup start-up operator
    insurer consortium tabloid duo trio quartet quintet outfit franchise giant conglomerate
    think-tank ngo watchdog regulator distributor exporter importer producer-group division
    subsidiary automaker carmaker plant factory";

/// Lowercase nouns that, right before a name or before "of" and a name, say it names a place
/// ("the village of Hazel Green", "the port city Odesa").
pub(super) const PLACE_NOUNS: &str = "
    city town village hamlet suburb province region district county municipality island
    islands capital port borough parish commune neighbourhood neighborhood valley river lake
    mountain mountains peninsula oblast prefecture township settlement locality governorate
    emirate canton state-capital";

/// Lowercase particles inside names: "Rio de Janeiro", "Ursula von der Leyen", "Abu Bakr al
/// Baghdadi". They join capitalised words on both sides and are never split at.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "des", "di", "dos", "du",
    "e", "el", "ibn", "la", "le", "ter", "ud", "ul", "van", "von", "y", "zu",
];

/// Lowercase parts of hyphenated names ("Zain-ul-Abideen", "Rostov-on-Don", "Port-au-Prince").
pub(super) const HYPHEN_PARTICLES: &[&str] = &[
    "ad", "al", "am", "an", "ar", "as", "ash", "at", "au", "aux", "az", "ben", "bin", "bint", "da",
    "das", "de", "del", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "en", "es", "i",
    "ibn", "im", "in", "la", "le", "les", "on", "sur", "ud", "ul", "upon", "ur", "van", "von", "y",
    "zu",
];

/// Words that start place and church names before a given name ("St. John", "San José").
pub(super) const SAINT_WORDS: &[&str] = &[
    "Cape", "Fort", "Lake", "Mount", "Mt.", "Port", "Saint", "Sainte", "San", "Santa", "Santo",
    "St", "St.", "São",
];

/// Titles that make "<Title> of <Place>" a person's name ("Prince of Wales"), where other
/// titles make it a role ("Minister of Finance").
pub(super) const NOBLE_TITLES: &[&str] = &[
    "baron", "baroness", "countess", "duchess", "duke", "earl", "emperor", "empress", "king",
    "lady", "lord", "prince", "princess", "queen", "sultan",
];

/// Endings that mark place names in many languages ("Lincolnshire", "Jacksonville",
/// "Würzburg", "Islamabad", "Novosibirsk").
pub(super) const PLACE_ENDINGS: &[&str] = &[
    "shire", "ville", "burg", "burgh", "borough", "bury", "mouth", "stan", "abad", "pur", "grad",
    "polis", "hausen", "ingen", "sk", "port",
];

/// A lowercase noun after two peoples' adjectives that makes them two parties ("Indian-Pakistani
/// border", "Russian-American talks"), not one people's heritage ("a Russian-American author").
pub(super) const RELATION_NOUNS: &str = "
    accord accords agreement agreements alliance axis border borders ceasefire commission
    conflict cooperation deal deals dialogue dispute divide frontier friendship meeting
    meetings negotiations pact partnership peace relations relationship rivalry split summit
    summits talks tension tensions ties trade treaty war wars
";

/// A lowercase noun after a leader's surname that names the leader's time in office or
/// people ("the Harlan administration"), not the leader: the name is a person's only when the
/// corpus names that person in full.
pub(super) const TENURE_NOUNS: &str = "
    administration cabinet camp campaign era government presidency regime
";
