//! Everyday English nouns, adjectives and verbs. A capitalised word that is one of these and
//! nothing else marks it as a name ("Wheat", "Management", "Spring") is most likely a word
//! capitalised for emphasis or in a title, not an actor. Words that are also frequent
//! surnames or given names on their own ("Brown", "Rice", "Hope") are left out.

pub(super) const VOCABULARY: &str = "
    ability absence academic access accident account achievement acid act action active
    activity actor actress actual addition address administration admission adult advance
    advantage adventure advertising advice affair affection age agenda agent agreement aid
    aim air aircraft airport alarm album alcohol alert alien alive alliance allowance ally
    alternative amateur ambition amendment amount analysis anchor ancient anger angle animal
    anniversary announcement annual answer anxiety apartment appeal appearance application
    appointment approach approval architecture archive area argument arm armour arms army
    arrangement arrest arrival art article artist aspect assault assembly assessment asset
    assignment assistance assistant assumption atmosphere attack attempt attention attitude
    audience author authority autumn average award awareness baby background bad bag balance
    ball ballot ban band bank bar barrier base basic basis basket bath battery battle beach
    bean bear beat beauty bed beer beginning behaviour belief belt benefit bet bible
    bicycle bid bike bill biology bird birth birthday bit bite blade blame blanket blast blind
    block blood blow blue board boat body bomb bond bone bonus book boom boot border boss
    bottle bottom bowl box boy brain branch brand brave bread break breakfast breath brick
    bride bridge brief brilliant broad broadcast brother budget bug building bull bullet
    bunch burden bureau burn bus business butter button buyer cabin cable cake calendar call
    calm camera camp campaign campus cancer candidate candle cap capacity capital captain car
    carbon card care career cargo carpet carrier case cash cast castle cat catch category
    cause ceiling celebration cell cellar cemetery census centre center century ceremony
    certificate chain chair chairman challenge chamber champion championship chance change
    channel chaos chapter character charge charity chart chase cheap check cheese chemical
    chemistry chest chicken chief child childhood chip chocolate choice choir church cigarette
    cinema circle circuit circumstance citizen city civil civilian claim class classic
    classroom clause clay clean clear clerk client climate clinic clock closure cloth clothes
    cloud club clue coach coal coast coat code coffee coin cold collapse collar colleague
    collection college colony colour color column combat combination comedy comfort command
    comment commerce commission commitment committee common communication community company
    comparison competition complaint complex component composer compound computer concept
    concern concert conclusion concrete condition conduct conference confidence conflict
    confusion congress connection conscience consent consequence conservation consideration
    constitution construction consultant consumer contact container content contest context
    contract contrast contribution control controversy convention conversation conviction
     cookie cooperation copper copy core corn corner corporation correspondent corridor
    corruption cost costume cottage cotton council count counter country countryside couple
    courage course court cousin cover coverage cow crack craft crash cream creation creature
    credit crew crime criminal crisis criterion critic criticism crop cross crowd crown
    cruise cry crystal culture cup cure currency current curriculum curtain custom customer
    cut cycle dad daily damage dance danger dark data database date daughter dawn deadline
    deal dealer death debate debt decade decision deck declaration decline defeat defence
    defense deficit definition degree delay delegate delegation delivery demand democracy
    demonstration density department departure deposit depression depth deputy description
    desert design designer desire desk destination destruction detail detective development
    device diagnosis dialogue diamond diary diet difference difficulty digital dimension
    dinner diplomat direction director dirt disaster discipline discount discovery
    discrimination discussion disease dish dismissal disorder display dispute distance
    distinction distribution district diversity division divorce doctor doctrine document
    dog dollar domain donation door dose double doubt draft dragon drama drawing dream dress
    drink drive driver drop drug drum duck duty eagle ear earth earthquake ease economics
    economy edge edition editor education effect efficiency effort egg elbow election
    electricity element elephant elite email embassy emergency emotion emperor emphasis
    empire employee employer employment encounter end enemy energy enforcement engine
    engineer engineering enterprise entertainment enthusiasm entity entrance entry
    environment episode equality equation equipment era error escape essay essence estate
    estimate ethics evening event evidence evil evolution exam examination example exception
    exchange excitement excuse executive exercise exhibition exile existence exit expansion
    expectation expedition expense experience experiment expert explanation explosion export
    exposure expression extension extent extract eye fabric face facility fact factor factory
    faculty failure fair fame family fan fantasy farm farmer fashion fat fate father fault
    favour favor fear feature fee feed feedback feeling fellow female fence festival fever
    fiction field fight fighter figure file film final finance finding fine finger fire firm
    fish fitness flag flame flat flavour flesh flight flood floor flour flow flower fluid
    focus folk food fool foot football force forecast forest form format formation formula
    fortune forum foundation fragment frame framework freedom freight frequency friend
    friendship front frontier fruit fuel fun function fund funeral furniture future gain gallery
    game gang gap garage garden gas gate gathering gear gender gene generation genius genre
    gentleman geography ghost giant gift girl glass globe glory goal gold golf good goods
    governance government governor grade graduate grain grammar grant graph grass grave
    gravity grid grief ground group growth guarantee guard guerrilla guest guidance
    guide guilt guitar gun guy habit hair half hand handle harbour harbor hardware harm
    harmony harvest hat hate head headline headquarters health hearing heart heat heaven
    height helicopter hell helmet help hero heritage hierarchy highway hint hip history hit
    hobby holiday holy home homework honey honour honor hook horizon horror horse hospital
    host hostage hotel hour house household housing human humour hunger hunt husband ice idea
    ideal identity ideology illness illusion image imagination impact implication import
    importance impression improvement incentive incident income increase independence
    index indication individual industry inflation influence information infrastructure
    initiative injury ink inquiry insect inside insight inspection inspiration installation
    instance institute institution instruction instrument insurance integration integrity
    intelligence intensity intention interaction interest interface interior internal
    interpretation intervention interview introduction invasion investigation investment
    invitation iron island issue item jacket jail jazz jet jewel job joint joke journal
    journalism journey judge judgement judgment juice jump junior jury justice keen key kid
    kill kind kingdom kiss kit kitchen knee knife knowledge lab label laboratory labour labor
    lack ladder lake land landscape language laser launch law lawn lawyer layer lead leader
    leadership leaf league lecture leg legacy legend legislation leisure lesson letter level
    liberty library licence license lie life lifestyle lift light limit line link lip liquid
    list literature living load loan lobby local location lock logic look loss lot love luck
    lunch lung machine magazine magic magnitude mail mainland maintenance majority male
    mall man management manager manner manual manufacturer map marathon march margin marine
    mark market marketing marriage mass master match mate material mathematics matter maximum
    mayor meal meaning means measure meat mechanism medal media medicine medium meeting
    member membership memory mental menu merchant mercy merger mess message metal method
    middle midnight military milk mill mind mine mineral minimum minister ministry minority
    minute miracle mirror mission mistake mix mixture mobile mode model moment momentum
    monarchy money monitor monk monkey monopoly monster month monument mood moral
    morning mortgage mother motion motor mountain mouse mouth move movement movie mud murder
    muscle museum music musician mystery myth nail narrative nation native nature navy neck
    need needle negotiation neighbour neighbor nerve nest net network news newspaper night
    noise nomination nonsense noon norm normal nose note notice notion novel number nurse nut
    object objective obligation observation occasion occupation ocean offence offense offer
    office officer official oil opera operation operator opinion opponent opportunity
    opposition option orange orchestra order organ organisation organization origin outcome
    outfit output oven owner ownership oxygen pace pack package pain paint painting
    pair palace pan panel panic paper parade parent park parliament part participant
    participation partner partnership party passage passenger passion passport past path
    patience patient pattern pause pay payment peace peak pen penalty pension people pepper
    percentage perception performance period permission person personality perspective
    phase phenomenon philosophy phone photo photograph phrase physics piano picture pie
    piece pig pile pilot pin pink pioneer pipe pipeline pit pitch pity place plan plane planet
    plant plastic plate platform play player pleasure plot pocket poem poet poetry point
    poison pole police policy politics poll pollution pool pop population port portrait
    position possession possibility post pot potato pound poverty powder power practice
    praise prayer precedent preference pregnancy premise premium preparation presence
    present presentation preservation president press pressure prestige prevention price
    pride priest prince princess principle print priority prison prisoner privacy privilege
    prize probe problem procedure process produce producer product production profession
    professor profile profit program programme progress project promise promotion proof
    property proportion proposal prosecution prospect protection protein protest province
    provision psychology pub public publication publicity publisher pulse pump punishment
    pupil purchase purpose puzzle quality quantity quarter queen question queue quota quote
    race racing radar radiation radio rage raid rail railway rain rally range rank rate
    ratio reach reaction reader reading realm reality rear reason rebel receipt reception
    recipe recognition recommendation record recording recovery recruitment reduction
    reference reflection reform refugee regime rehab region register regulation relation
    relationship relative release relief religion remark remedy rent repair replacement
    reply report republic reputation request requirement rescue research reserve residence
    resident resistance resolution resort resource respect response responsibility rest
    restaurant restriction result retirement return revenue review revolution reward rhythm
     rider rifle ring riot rise risk ritual rival river road robot rock role romance roof
    room root rope round route routine row royal rugby rule ruler rumour rush sacrifice safety
    sailor salad salary sale salt sample sanction sand satellite satisfaction sauce saving
    scale scandal scene schedule scheme scholar scholarship school science scientist scope
    score screen script sea seal search season seat second secret secretary section sector
    security seed segment selection self seminar senate senior sense sensation sentence
    sequence series servant service session settlement sex shade shadow shame shape share
    shelter shift ship shirt shock shoe shop shopping shore shot shoulder show shower sight
    sign signal signature silence silk silver singer single sister site situation size
    skill skin sky slave sleep slide slope smile smoke snake snow soap soccer society sock
    software soil soldier solution son song soul sound soup source space speaker special
    species speech speed spell spending sphere spider spirit sport spot spread spring
    squad square stability stadium staff stage stake stance standard star start state
    statement station statue status steel step stick stock stomach stop storage store
    storm story strategy stream street strength stress strike string structure struggle
    student studio study stuff style subject submission substance suburb success sugar
    suggestion suicide suit summary summer summit sun supply support surface surgery surplus
    surprise survey survival suspect suspicion sweet symbol symptom system table tactic tail
    talent talk tank tape target task taste tax tea teacher teaching team tear technique
    technology teenager telephone television temperature temple tendency tennis tension term
    terminal territory terror terrorism test testimony text theatre theater theme theory
    therapy thing thought threat threshold throat throne ticket tide tie tiger timber time
    tissue title tobacco toe tone tongue tool tooth top topic total touch tour tourism
    tourist tournament tower town toy trace track trade tradition traffic tragedy trail
    train training transfer transition translation transport trap travel treasure treasury
    treatment treaty tree trend trial tribe tribute trick trip triumph troop trouble truck
    trust truth tube tune tunnel turn twin type tyre uncle understanding uniform union unit
    unity universe university upgrade usage user vacuum valley value van variable variation
    variety vegetable vehicle venture venue verdict version vessel veteran victim victory
    video view village violence virtue virus vision visit visitor voice volume volunteer vote
    voter voyage wage wall war warehouse warning warrior waste watch water wave way weakness
    wealth weapon weather web website wedding weed weekend weight welfare well west wheat
    wheel whisky wife wild wildlife win wind window wine wing winner winter wire wisdom
    witness woman wonder wool word work worker workshop world worry worship writer
    writing yard year yield youth zone
    able absolute abstract acute adequate advanced aggressive agricultural alternative
    amazing ambitious angry annual anonymous apparent appropriate artificial asleep
    athletic attractive available aware awful basic beautiful biological bitter blank
    bloody bold brief bright broken busy calm capable careful casual central certain cheap
    chemical chief civic classical clever coastal cognitive cold collective colonial
    comfortable commercial comprehensive conscious conservative considerable consistent
    constant constitutional contemporary conventional cool corporate correct creative
    criminal critical crucial cultural curious dangerous dark dead deaf dear decent deep
    democratic dense dependent desperate detailed diplomatic direct dirty distant divine
    domestic dominant dramatic dry dual dynamic eager eastern economic educational
    effective efficient elderly electric electrical electronic elegant emotional empty
    enormous environmental equal essential ethical ethnic evil exact excellent exciting
    exclusive existing exotic expensive experimental explicit external extra extraordinary
    extreme fair faithful false familiar famous fancy fantastic fast fat fatal favourite
    federal fellow female financial fine firm fiscal flat flexible fluid foreign formal
    former fortunate fresh friendly frozen fundamental funny generous genetic gentle genuine
    giant glad global golden gorgeous gradual grand grateful greatest guilty handsome happy
    hard harsh healthy heavy helpful hidden historic historical holy honest horrible hostile
    hot huge human humble hungry ideal identical illegal immediate immense imperial
    implicit impossible impressive inaugural incredible independent indigenous indirect
    individual industrial inevitable informal initial inner innocent intellectual
    intelligent intense interactive interested interesting interim internal international
    invisible isolated joint junior just keen kind large lasting latter lazy legal
    legislative legitimate liberal light likely limited linear literary live lively logical
    lonely loose loud lovely loyal lucky mad magic magnificent male manual marginal marine
    married massive mature maximum medical medieval mental mere metropolitan middle mild
    military minimum minor mobile moderate modern modest monetary moral multiple municipal
    musical mutual mysterious naked narrow nasty national native natural naval negative
    nervous neutral nice noble nominal normal notable novel nuclear numerous objective
    obvious occasional odd offensive official ongoing open operational opposite optimistic
    oral ordinary organic original outdoor outer outstanding overall overseas painful pale
    parallel parliamentary partial passive patient peaceful peculiar perfect permanent
    personal physical plain pleasant plenty polite political poor popular portable positive
    powerful practical precious precise pregnant preliminary premier present pretty primary
    prime principal prior private probable productive professional profound progressive
    prominent proper proud provincial psychological public pure quick quiet radical random
    rapid rare rational raw ready real realistic reasonable recent regional regular
    relevant reliable religious remarkable remote renewable representative republican
    residential respectable responsible rich rigid rival robust romantic rough round royal
    rural sacred sad safe satisfied scared scientific secondary secret secure senior
    sensitive separate serious severe sexual shallow sharp sheer silent silly silver similar
    simple sincere single slight slow smart smooth social soft solar solid sophisticated
    sorry sound southern sovereign spare spatial special specific spectacular spiritual
    stable standard static statutory steady steep sticky stiff strange strategic strict
    striking structural stupid subsequent substantial subtle successful sudden sufficient
    suitable super superb superior supreme surprising sustainable sweet swift symbolic
    technical temporary tender terrible thick thin tight tiny tired total tough toxic
    traditional tragic transparent tremendous tribal tropical typical ugly ultimate unable
    uncertain underground unemployed unexpected unfair unhappy uniform unique united
    universal unknown unlikely unusual upper upset urban urgent useful usual vague valid
    valuable various vast verbal vertical victorious violent virtual visible visual vital
    vivid voluntary vulnerable warm weak wealthy weekly weird wet wide wild wise wonderful
    wooden worldwide worried worthy wrong
    accept achieve acquire adapt adjust admire admit adopt advise afford agree allow alter
    amend announce appear apply appoint approve argue arise arrange arrive assess assist
    assume attach attend attract avoid await awake bake bear beg behave belong bend bet bind
    bite blow boil borrow bounce breathe breed brush burst bury calculate cancel capture
    carry celebrate challenge chase cheat choose claim classify climb close collect combine
    command commit compare compete complain complete compose conclude confirm confront
    connect consist construct consult consume contain contribute convert convince cope
    correct count crash create cross crush cry cure damage dance dare declare decline
    decorate defeat defend define delay delete deliver demand deny depend deploy describe
    deserve design destroy detect determine develop die dig discover discuss dismiss
    display dissolve distribute divide donate draw dress drink drown earn eat educate elect
    eliminate embrace emerge employ enable encourage endure enforce engage enhance enjoy
    ensure enter establish estimate evaluate evolve examine exceed exchange exclude execute
    exhibit exist expand expect explain explode explore expose express extend fail fall
    feed fetch fight fill finish fit fix flee float fly fold forbid force forgive form found
    freeze gain gather generate govern grab greet grow guess hang happen hate heal hear hide
    hire hit hold hunt hurry hurt identify ignore illustrate impose improve include
    increase indicate inform inherit injure insist inspect install intend introduce invade
    invent invest investigate invite involve jump justify kick kill knock know land last
    laugh lay lead lean leave lend lie lift light link load lock lose love maintain manage
    marry match matter measure melt mention mind miss mix monitor mount negotiate notice
    obey object obtain occupy occur offer operate oppose order organise organize overcome
    owe own pack paint pass pause perform permit persuade pick place plan plant play plead
    point pour praise pray predict prefer prepare present preserve press pretend prevent
    print proceed produce promise promote propose protect protest prove pull punch punish
    purchase push qualify question quit race raise rank react realise realize recall
    receive recognise recognize recommend record recover recruit reduce refer reflect
    refuse regard reject relate relax release rely remain remove repair repeat replace
    represent request require rescue resign resist resolve respond restore restrict retain
    retire reveal review ride ring rise risk rob roll rule rush save scan score scream
    search secure seek seize select sell send separate serve settle shake shape shoot shout
    shut sing sink sit sleep slip smell smile solve sort speak spend spin split spread
    steal stick strike study submit succeed suffer suggest supply support suppose surrender
    surround survive suspend swim switch tackle teach tear tend test thank threaten throw
    tie touch train transfer transform translate travel treat trigger trust undergo unite
    urge vary view visit vote wake wander want warn wash waste weigh welcome win wish
    withdraw wonder worry wrap yell yield
    rock pop punk jazz techno indie metal soul blues folk gospel reggae disco hip-hop
    math physics chemistry biology physiology geology botany zoology medicine surgery
    modeling modelling marketing consulting engineering accounting banking
    spring summer autumn winter fall
    aboriginal allied colonial federal royal imperial provisional humanitarian geopolitical
    legitimacy legitimization legitimisation normalization normalisation recognition
    counterterrorism implication implications motivation motivations
    mister sir madam";
