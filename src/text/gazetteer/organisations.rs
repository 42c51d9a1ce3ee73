//! Widely known organisations: international bodies, state institutions named by metonymy,
//! security services, news agencies and large companies. Spellings separated by `|`, the
//! first being the one we report. Acronyms here are matched with their exact capitalisation.

#[rustfmt::skip]
pub(super) const ORGANISATIONS: &[&str] = &[
    // International and regional bodies
    "United Nations|UN|U.N.", "UN Security Council|Security Council|UNSC",
    "UN General Assembly|General Assembly|UNGA", "European Union|EU|E.U.", "African Union|AU",
    "Arab League|League of Arab States", "NATO|North Atlantic Treaty Organization|Nato",
    "ASEAN|Association of Southeast Asian Nations",
    "Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization",
    "Collective Security Treaty Organization|CSTO", "Commonwealth of Independent States|CIS",
    "Eurasian Economic Union|EAEU", "OSCE|Organization for Security and Co-operation in Europe",
    "OPEC", "BRICS", "G7", "G8", "G20", "International Monetary Fund|IMF", "World Bank",
    "World Health Organization|WHO|World Health Organisation", "World Trade Organization|WTO",
    "World Food Programme|WFP", "UNHCR", "UNICEF", "UNESCO", "UNDP", "UNRWA",
    "IAEA|International Atomic Energy Agency", "International Criminal Court|ICC",
    "International Court of Justice|ICJ", "International Committee of the Red Cross|ICRC",
    "Red Cross", "Red Crescent", "International Organization for Migration|IOM",
    "International Labour Organization|ILO", "Food and Agriculture Organization|FAO", "OECD",
    "Organisation of Islamic Cooperation|OIC", "Gulf Cooperation Council|GCC", "ECOWAS", "SADC",
    "APEC", "Council of Europe", "European Commission", "European Parliament", "European Council",
    "European Central Bank|ECB", "Commonwealth", "Interpol", "Europol", "Frontex", "FIFA", "UEFA",
    "International Olympic Committee|IOC",
    // Non-governmental organisations
    "Amnesty International", "Human Rights Watch|HRW",
    "Doctors Without Borders|Médecins Sans Frontières|MSF", "Greenpeace",
    "Transparency International", "Reporters Without Borders",
    "Committee to Protect Journalists|CPJ", "Oxfam", "Save the Children",
    // State institutions commonly named by metonymy
    "Kremlin", "White House", "Pentagon", "Downing Street", "Élysée|Elysee|Élysée Palace",
    "State Department", "Congress", "US Congress", "Senate", "House of Representatives",
    "House of Commons", "House of Lords", "Bundestag", "Duma|State Duma", "Knesset", "Majlis",
    "Verkhovna Rada|Rada", "Politburo", "Supreme Court", "Federal Reserve|Fed",
    // Security services and armed forces
    "FBI", "CIA", "NSA", "KGB", "FSB", "GRU", "SVR", "MI5", "MI6", "GCHQ", "Mossad", "IRGC",
    "Islamic Revolutionary Guard Corps", "People's Liberation Army|PLA",
    "IDF|Israel Defense Forces", "NASA", "Roscosmos",
    // Armed and political movements of general notoriety
    "Islamic State|ISIS|ISIL|IS", "al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida|Al-Qaida", "Hamas",
    "Hezbollah|Hizbollah", "Houthis|Ansar Allah", "Boko Haram", "al-Shabaab|Al-Shabaab|al-Shabab",
    "Muslim Brotherhood", "PKK", "Wagner Group|Wagner", "Hayat Tahrir al-Sham|HTS", "PLO", "Fatah",
    // News organisations
    "Reuters", "Associated Press|AP", "Agence France-Presse|AFP", "Bloomberg", "Xinhua", "TASS",
    "Interfax", "RIA Novosti", "Al Jazeera|Al-Jazeera", "Al Arabiya", "BBC", "CNN", "NBC", "CBS",
    "ABC", "NPR", "PBS", "Fox News", "Sky News", "Deutsche Welle|DW", "RT|Russia Today", "CCTV",
    "NHK", "Euronews", "Politico", "Axios",
    // Large companies
    "Gazprom", "Rosneft", "Lukoil", "Rosatom", "Aeroflot", "Sberbank", "Google", "Alphabet",
    "Microsoft", "Apple", "Amazon", "Meta", "Facebook", "Twitter", "Telegram", "YouTube",
    "Instagram", "WhatsApp", "TikTok", "ByteDance", "Tesla", "SpaceX", "OpenAI", "Boeing", "Airbus",
    "Lockheed Martin", "Raytheon", "Huawei", "ZTE", "Samsung", "Toyota", "Volkswagen", "Siemens",
    "Shell", "BP", "ExxonMobil|Exxon", "Chevron", "TotalEnergies|Total", "Saudi Aramco|Aramco",
    "Sinopec", "PetroChina", "CNPC", "Alibaba", "Tencent", "Baidu", "Sony", "Nvidia", "Intel",
    "IBM", "Oracle", "Walmart", "Visa", "Mastercard", "Netflix", "Disney", "Nestlé|Nestle",
    "Unilever", "Pfizer", "Moderna", "AstraZeneca", "Goldman Sachs", "JPMorgan|JPMorgan Chase",
    "Morgan Stanley", "HSBC", "Barclays", "Deutsche Bank", "UBS",
];

/// Seats of government that news names for the state acting ("the Kremlin said"), with their
/// state as `COUNTRIES` names it. They keep pages of their own; a happening they take part
/// in has their state among its participants.
#[rustfmt::skip]
pub(super) const SEATS_OF_GOVERNMENT: &[(&str, &str)] = &[
    ("Kremlin", "Russia"), ("White House", "United States"), ("Pentagon", "United States"),
    ("State Department", "United States"), ("Downing Street", "United Kingdom"),
    ("Whitehall", "United Kingdom"), ("Élysée", "France"), ("Elysee", "France"),
    ("Élysée Palace", "France"), ("Quai d'Orsay", "France"), ("Zhongnanhai", "China"),
    ("Blue House", "South Korea"), ("Bundestag", "Germany"),
    ("Duma", "Russia"), ("State Duma", "Russia"), ("Knesset", "Israel"),
    ("Verkhovna Rada", "Ukraine"), ("Rada", "Ukraine"), ("Kantei", "Japan"),
];
