//! Places that are not states: major world cities and regions (continents, seas, mountain
//! ranges, subnational units). Each entry lists its spellings separated by `|`, the first
//! being the one we report. Capitals live with their countries in `countries.rs`.

#[rustfmt::skip]
pub(super) const CITIES: &[&str] = &[
    // North America
    "New York|New York City|NYC", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia",
    "San Antonio", "San Diego", "Dallas", "San Francisco", "Seattle", "Boston", "Miami", "Atlanta",
    "Detroit", "Denver", "Las Vegas", "New Orleans", "Baltimore", "Pittsburgh", "Cleveland",
    "Minneapolis", "St. Louis|St Louis|Saint Louis", "Portland", "Austin", "Nashville", "Memphis",
    "Cincinnati", "Honolulu", "Anchorage", "Sacramento", "Salt Lake City", "Kansas City",
    "Milwaukee", "Indianapolis", "Columbus", "Charlotte", "Tampa", "Orlando", "Buffalo", "Toronto",
    "Montreal|Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Quebec City", "Halifax",
    "Guadalajara", "Monterrey", "Tijuana", "Cancún|Cancun", "Acapulco",
    // South America
    "São Paulo|Sao Paulo", "Rio de Janeiro", "Salvador", "Recife", "Fortaleza", "Belo Horizonte",
    "Manaus", "Porto Alegre", "Curitiba", "Medellín|Medellin", "Cali", "Cartagena", "Guayaquil",
    "Córdoba|Cordoba", "Rosario", "Mendoza", "Valparaíso|Valparaiso", "Cusco|Cuzco", "Maracaibo",
    // Europe
    "Manchester", "Birmingham", "Liverpool", "Glasgow", "Leeds", "Bristol", "Oxford", "Cambridge",
    "Sheffield", "Newcastle", "Nottingham", "Southampton", "Aberdeen", "Dundee", "Swansea", "Cork",
    "Hamburg", "Munich", "Frankfurt", "Cologne", "Stuttgart", "Düsseldorf|Dusseldorf", "Dresden",
    "Leipzig", "Hanover|Hannover", "Nuremberg", "Bremen", "Milan", "Naples", "Turin", "Venice",
    "Florence", "Genoa", "Bologna", "Palermo", "Barcelona", "Valencia", "Seville", "Bilbao",
    "Málaga|Malaga", "Marseille|Marseilles", "Lyon|Lyons", "Toulouse", "Strasbourg", "Bordeaux",
    "Lille", "Geneva", "Zurich|Zürich", "Basel", "Lausanne", "Davos", "Rotterdam", "Antwerp",
    "Ghent", "Porto|Oporto", "Salzburg", "Gdańsk|Gdansk", "Kraków|Krakow|Cracow", "Wrocław|Wroclaw",
    "Thessaloniki", "Istanbul|Constantinople", "Izmir", "Antalya", "Gothenburg", "Bergen",
    "St. Petersburg|St Petersburg|Saint Petersburg|Leningrad", "Novosibirsk", "Yekaterinburg",
    "Kazan", "Nizhny Novgorod", "Chelyabinsk", "Samara", "Omsk", "Rostov-on-Don|Rostov", "Ufa",
    "Krasnoyarsk", "Perm", "Voronezh", "Volgograd|Stalingrad", "Vladivostok", "Sochi", "Murmansk",
    "Kaliningrad", "Irkutsk", "Khabarovsk", "Grozny", "Kharkiv|Kharkov", "Odesa|Odessa", "Lviv",
    "Dnipro", "Donetsk", "Luhansk", "Mariupol", "Kherson", "Zaporizhzhia", "Sevastopol",
    "Simferopol",
    // Central and South Asia, Middle East
    "Almaty|Alma-Ata", "Shymkent", "Karaganda", "Samarkand", "Bukhara", "Osh", "Khujand", "Herat",
    "Kandahar", "Mazar-i-Sharif", "Jalalabad", "Kunduz", "Ghazni", "Karachi", "Lahore", "Peshawar",
    "Quetta", "Rawalpindi", "Faisalabad", "Multan", "Mumbai|Bombay", "Kolkata|Calcutta",
    "Chennai|Madras", "Bengaluru|Bangalore", "Hyderabad", "Ahmedabad", "Pune", "Jaipur", "Lucknow",
    "Srinagar", "Chittagong", "Dubai", "Sharjah", "Jeddah", "Mecca|Makkah", "Medina", "Dammam",
    "Basra", "Mosul", "Erbil", "Kirkuk", "Najaf", "Karbala", "Aleppo", "Homs", "Idlib", "Raqqa",
    "Latakia", "Tel Aviv", "Haifa", "Bethlehem", "Nazareth", "Hebron", "Isfahan", "Shiraz",
    "Tabriz", "Mashhad", "Qom", "Aden", "Taiz", "Hodeidah",
    // East and Southeast Asia, Oceania
    "Shanghai", "Guangzhou|Canton", "Shenzhen", "Chongqing", "Tianjin", "Wuhan", "Chengdu",
    "Nanjing", "Xi'an", "Hangzhou", "Urumqi", "Harbin", "Hong Kong", "Macau|Macao", "Kaohsiung",
    "Osaka", "Kyoto", "Yokohama", "Nagoya", "Hiroshima", "Nagasaki", "Sapporo", "Fukuoka",
    "Busan|Pusan", "Incheon", "Ho Chi Minh City|Saigon", "Chiang Mai", "Phuket", "Surabaya",
    "Bandung", "Medan", "Bali", "Cebu", "Davao", "Penang", "Yangon|Rangoon", "Mandalay", "Sydney",
    "Melbourne", "Brisbane", "Perth", "Adelaide", "Auckland", "Christchurch",
    // Africa
    "Alexandria", "Giza", "Luxor", "Benghazi", "Misrata", "Casablanca", "Marrakesh|Marrakech",
    "Tangier", "Fez", "Oran", "Lagos", "Kano", "Ibadan", "Port Harcourt", "Johannesburg", "Durban",
    "Soweto", "Mombasa", "Dar es Salaam", "Zanzibar", "Goma", "Lubumbashi", "Omdurman",
    "Port Sudan", "El Fasher", "Timbuktu",
];

#[rustfmt::skip]
pub(super) const REGIONS: &[&str] = &[
    // Continents and world regions
    "Africa|African", "Asia|Asian", "Europe|European", "North America|North American",
    "South America|South American", "Latin America|Latin American",
    "Central America|Central American", "Oceania", "Antarctica", "Arctic", "Eurasia|Eurasian",
    "Middle East|Mideast|Middle Eastern", "Near East", "Far East", "Central Asia|Central Asian",
    "South Asia|South Asian", "Southeast Asia|South-East Asia|Southeast Asian",
    "East Asia|East Asian", "Western Asia|West Asia", "Asia-Pacific", "Indo-Pacific", "Caucasus",
    "South Caucasus", "North Caucasus", "Balkans|Balkan", "Western Balkans", "Baltics",
    "Scandinavia|Scandinavian", "Maghreb", "Sahel", "Horn of Africa", "Sub-Saharan Africa",
    "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa",
    "Western Europe|Western European", "Eastern Europe|Eastern European", "Central Europe",
    "Northern Europe", "Southern Europe", "Levant", "Mesopotamia", "Anatolia", "Siberia|Siberian",
    "Patagonia", "Caribbean", "Sahara", "Gobi", "Korean Peninsula", "Arabian Peninsula",
    "Iberian Peninsula", "Crimea|Crimean", "Donbas|Donbass", "Kashmir|Kashmiri|Kashmiris",
    "Jammu and Kashmir", "Punjab", "Balochistan|Baluchistan", "Sindh", "Khyber Pakhtunkhwa",
    "Xinjiang", "Tibet|Tibetan|Tibetans", "Inner Mongolia", "Kurdistan", "Gaza|Gaza Strip",
    "West Bank", "Golan Heights", "Sinai", "Darfur", "Kordofan", "Tigray",
    "Catalonia|Catalan|Catalans", "Basque Country", "Bavaria|Bavarian", "Flanders", "Wallonia",
    "Chechnya|Chechen|Chechens", "Dagestan|Dagestani", "Tatarstan", "Bashkortostan", "Transnistria",
    "Abkhazia", "Americas", "South Ossetia", "Nagorno-Karabakh|Karabakh", "Somaliland", "Puntland",
    "Puerto Rico", "Guam", "Fergana Valley|Ferghana Valley", "Wakhan Corridor", "Ladakh",
    "Kurdistan Region", "East Indies", "West Indies", "Pacific Northwest", "Midwest", "New England",
    "Deep South", "Great Lakes", "Silicon Valley", "District of Columbia|D.C.|DC",
    // Seas, rivers, mountains and other features news names often
    "Mediterranean|Mediterranean Sea", "Pacific|Pacific Ocean", "Atlantic|Atlantic Ocean",
    "Indian Ocean", "Arctic Ocean", "Black Sea", "Caspian Sea|Caspian", "Red Sea", "Baltic Sea",
    "North Sea", "South China Sea", "East China Sea", "Sea of Azov", "Arabian Sea", "Aral Sea",
    "Persian Gulf", "Gulf of Aden", "Strait of Hormuz", "Bosphorus", "Suez Canal", "Panama Canal",
    "Himalayas", "Hindu Kush", "Pamirs|Pamir", "Tian Shan", "Alps", "Andes", "Rockies",
    "Urals|Ural Mountains", "Amu Darya", "Syr Darya", "Danube", "Volga", "Nile", "Euphrates",
    "Tigris", "Yangtze", "Mekong", "Indus", "Ganges", "Mississippi", "Dnieper|Dnipro River",
    "Taiwan Strait",
    // States of the United States
    // (with the news agencies' abbreviations that are no everyday word or name: "Calif.")
    // (and without the dot where that is no word or name either: "Ala", not "Mass")
    "Alabama|Ala.|Ala", "Alaska", "Arizona|Ariz.|Ariz", "Arkansas|Ark.", "California|Calif|Calif.",
    "Colorado|Colo.|Colo", "Connecticut|Conn.|Conn", "Delaware|Del.", "Florida|Fla.|Fla",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas|Kan.", "Kentucky|Ky.|Ky",
    "Louisiana|La.", "Maine", "Maryland|Md.", "Massachusetts|Mass.", "Michigan|Mich.|Mich",
    "Minnesota|Minn.|Minn", "Missouri", "Montana", "Nebraska|Neb.", "Nevada|Nev.",
    "New Hampshire|N.H.", "New Jersey|N.J.", "New Mexico|N.M.", "North Carolina|N.C.",
    "North Dakota|N.D.", "Ohio", "Oklahoma|Okla.|Okla", "Oregon|Ore.", "Pennsylvania|Pa.",
    "Rhode Island|R.I.", "South Carolina|S.C.", "South Dakota|S.D.", "Tennessee|Tenn.|Tenn",
    "Texas|Tex.", "Utah", "Vermont|Vt.", "Virginia|Va.", "West Virginia|W.Va.|W. Va.|W. Va",
    "Wisconsin|Wis.|Wis", "Wyoming|Wyo.|Wyo",
    // Provinces and states of Canada, Australia and a few other federations
    "Ontario", "Quebec|Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
    "Nova Scotia", "New Brunswick", "Newfoundland", "Prince Edward Island", "Yukon", "Nunavut",
    "Northwest Territories", "New South Wales", "Queensland", "Tasmania", "Western Australia",
    "South Australia", "Northern Territory", "Victoria", "Kerala", "Tamil Nadu",
    "Bengal|West Bengal", "Maharashtra", "Gujarat", "Rajasthan", "Uttar Pradesh", "Bihar", "Assam",
    "Guangdong", "Sichuan", "Yunnan", "Hokkaido", "Okinawa", "Sicily", "Sardinia", "Corsica",
    "Tuscany", "Lombardy", "Andalusia", "Galicia", "Normandy", "Brittany", "Provence", "Saxony",
    "Silesia", "Transylvania", "Lapland", "Cornwall", "Yorkshire", "Kent", "Essex", "Surrey",
    "Sussex", "Devon", "Lancashire", "Ulster",
];
