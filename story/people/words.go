package people

import "strings"

// The closed word classes the name parser needs. They are kept as sets of
// keys (see key) and are never changed after start-up.

// lowerSet is a set of words matched in lower case as written, for word
// classes whose members a key would confuse with names.
func lowerSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[key(w)] = true
	}
	return m
}

// honorifics map the keys of honorifics to the gender they carry: 'm',
// 'f' or 0.
var honorifics = func() map[string]byte {
	m := map[string]byte{}
	for w, g := range honorificWords {
		m[key(w)] = g
	}
	return m
}()

var honorificWords = map[string]byte{
	"mr": 'm', "mister": 'm', "sir": 'm', "lord": 'm', "king": 'm', "prince": 'm', "monsieur": 'm', "herr": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "madam": 'f', "madame": 'f', "dame": 'f', "lady": 'f', "queen": 'f',
	"princess": 'f', "mme": 'f', "frau": 'f',
	"dr": 0, "doctor": 0, "prof": 0, "professor": 0, "rev": 0, "reverend": 0,
}

// titles are words of a role or rank written before a name ("Foreign
// Minister", "Secretary of State", "Lieutenant General"). A name starts
// after the last of them.
var titles = set(
	"president", "vice", "prime", "minister", "secretary", "undersecretary", "state", "foreign", "defence",
	"defense", "interior", "finance", "justice", "senator", "sen", "rep", "representative", "congressman",
	"congresswoman", "gov", "governor", "mayor", "judge", "attorney", "lawyer", "general", "gen", "lt",
	"lieutenant", "col", "colonel", "capt", "captain", "sgt", "sergeant", "cmdr", "commander", "admiral",
	"adm", "officer", "detective", "det", "inspector", "chief", "deputy", "sheriff", "ambassador", "envoy",
	"chancellor", "emperor", "sheikh", "sheik", "imam", "ayatollah", "pope", "cardinal", "bishop", "rabbi",
	"father", "coach", "director", "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman",
	"spokesperson", "former", "acting", "top", "senior", "assistant", "associate", "executive", "diplomat",
	"counterpart", "leader", "head", "premier", "pastor", "trustee", "dean", "gov.", "superintendent",
	"commissioner", "councillor", "councilman", "councilwoman", "speaker", "elect",
	// the abbreviations of titles ("the PM said", "VP Tessin")
	"pm", "vp", "cfo", "coo", "mep",
)

// titleQualifierWords are the words of titles that qualify a post without
// naming it ("Defense" of "Secretary of Defense", "Former", "Acting"):
// before a name without the rest of the title they are a fragment the
// tagger cut, not a title the name is written with.
var titleQualifierWords = set("state", "foreign", "defence", "defense", "interior", "finance", "justice", "vice",
	"former", "acting", "senior", "assistant", "associate", "executive", "elect")

// rankAbbreviations are police and military ranks as abbreviated before a
// name ("DI Calloway", "PC Tenby"). Only the capitals count: "di" and
// "da" are also particles of family names.
var rankAbbreviations = map[string]bool{
	"DI": true, "DS": true, "DC": true, "DCI": true, "DSI": true, "DSupt": true, "PC": true, "WPC": true,
	"PCSO": true, "Insp": true, "Supt": true, "Cpl": true, "Pte": true, "Maj": true, "Brig": true,
}

// institutionHeads end the names of organisations and never a person's
// (nouns that are also family names, such as Hall, House or Bank, are
// left out).
var institutionHeads = set(
	"company", "corporation", "terminal", "authority", "ministry", "agency", "institute", "university",
	"college", "school", "hospital", "museum", "library", "council", "committee", "commission", "department",
	"association", "federation", "union", "foundation", "alliance", "coalition", "party", "airlines",
	"airways", "railways", "bulletin", "gazette", "inc", "ltd", "plc", "llc",
	"group", "holdings", "lines",
	// trades whose firms are named like people ("Varga Studios")
	"studios", "records", "entertainment", "pictures", "labs", "laboratories", "technologies", "systems",
	"networks", "ventures", "motors", "pharmaceuticals", "enterprises", "industries",
)

// corporateHeads end a company's name after the word it is known by
// ("Marhold Group", "Riel Holdings", "Tessin Lines"): the company is
// called by that word alone too ("Marhold declined to comment"). Other
// heads of institutions (Library, Hospital, University, Council) name a
// body after its place or founder, and the bare first word names the
// place ("Marhold Library" is not "Marhold").
var corporateHeads = set("group", "company", "holdings", "lines", "airlines", "airways", "corp", "corporation",
	"inc", "incorporated", "ltd", "limited", "llc", "plc", "co", "gmbh", "ag", "sa", "partners", "industries",
	"studios", "records", "entertainment", "pictures", "labs", "laboratories", "technologies", "systems",
	"networks", "ventures", "motors", "pharmaceuticals", "enterprises")

// thingNouns end the names of made and agreed things: books, prizes,
// laws, reports, trophies and treaties ("the Varga Atlas", "the Riel
// Prize"). A "person" whose last word is one is such a thing named after
// a person, not the person. Nouns that are also family names (Law, Bill,
// Book) are left out.
var thingNouns = set("atlas", "prize", "act", "report", "cup", "treaty", "award", "trophy", "medal", "accord",
	"doctrine", "manifesto", "charter", "convention", "protocol", "memorandum", "plus")

// productNouns end the names of products and of the models of a product
// line ("Tessin Keyboard", "Marhold Lite", "Riel Pro Max"), whatever the
// tagger typed them: no person's or organisation's name ends in one.
var productNouns = set("keyboard", "lite", "ultra", "pro", "max", "mini", "edition", "editions", "supplement",
	"console", "headphones", "earbuds", "tablet", "laptop", "smartphone", "supercomputer")

// portfolioHeads are the titles of posts that a portfolio word qualifies
// ("Labour Minister", "Foreign Secretary", "Trade Commissioner", a
// country's "Veskaria envoy").
var portfolioHeads = set("minister", "secretary", "undersecretary", "commissioner", "envoy")

// numberAbbreviations ask for a number after them ("School No. 4", "Vol.
// 2"): a name that ends in one was cut short where the abbreviation's
// full stop looked like a sentence's end. (Abbreviations that are also
// words ending a name, such as Art., are left out.)
var numberAbbreviations = set("no", "nos", "nr", "vol")

// placeHeads end the names of streets and rooms, and of islands and
// valleys ("Windward Islands", "Tessin Valley"), which a tagger reading a
// capitalised pair may type an organisation.
var placeHeads = set("street", "lane", "road", "avenue", "boulevard", "quay", "square", "room", "crescent",
	"terrace", "drive", "highway", "motorway", "island", "islands", "valley", "peninsula")

// roleHeads are the nouns a role phrase ends in; a phrase without one is
// not a role ("Russia's foreign minister" has one, "Russia's capital" not).
var roleHeads = set(
	"president", "minister", "secretary", "undersecretary", "senator", "congressman", "congresswoman",
	"governor", "mayor", "judge", "attorney", "lawyer", "general", "lieutenant", "colonel", "captain",
	"sergeant", "commander", "admiral", "officer", "detective", "inspector", "chief", "deputy", "sheriff",
	"ambassador", "envoy", "chancellor", "emperor", "king", "queen", "prince", "princess", "sheikh", "imam",
	"ayatollah", "pope", "cardinal", "bishop", "rabbi", "coach", "director", "chairman", "chairwoman", "ceo",
	"spokesman", "spokeswoman", "spokesperson", "diplomat", "leader", "head", "premier", "trustee", "dean",
	"commissioner", "speaker", "founder", "owner", "manager", "negotiator", "mediator", "prosecutor",
	"chief executive", "president-elect",
)

// particles join a family name to what precedes it ("Lo Presti", "de
// Mistura", "van Gogh", "bin Laden", "al-Assad").
var particles = set("de", "da", "di", "del", "della", "dos", "das", "du", "van", "von", "der", "den", "ter",
	"la", "le", "lo", "bin", "ibn", "al", "el", "abu", "ben")

// articlePrefixes are the Arabic article and its spellings, dropped when
// matching organisation names ("al-Nusra"/"Nusra").
var articlePrefixes = []string{"al-", "al ", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-"}

// connectors may stand inside an organisation or place name between
// capitalised words ("Academy of Motion Picture Arts and Sciences").
var connectors = set("of", "and", "&", "the", "for", "de", "du", "des", "la", "le", "al", "el", "on", "upon")

// geoPrefixes are the first words of multi-word place names; the rest of
// such a name is not a short form of it ("New York" is not "York").
var geoPrefixes = set("new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"upper", "lower", "great", "greater", "san", "santa", "los", "las", "saint", "st", "fort", "port", "mount",
	"lake", "cape", "el", "la", "le", "sao", "rio", "united")

// corporateSuffixes do not distinguish organisations ("Microsoft Corp.").
var corporateSuffixes = set("corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc",
	"co", "company", "gmbh", "ag", "sa")

// suffixes follow a person's name: generations (kept: Sr. and Jr. are two
// people) and degrees (dropped).
var generations = set("jr", "junior", "sr", "senior", "ii", "iii", "iv")
var degrees = set("md", "phd", "mba", "esq", "dds", "rn", "mp", "qc")

// pronouns and other closed-class words are never names, whatever their
// case ("She's", "I'm", "Both").
var pronouns = set("i", "me", "my", "he", "him", "his", "she", "her", "it", "its", "we", "us", "our",
	"they", "them", "their", "you", "your", "who", "whom", "what", "where", "here", "there", "that", "this",
	"these", "those", "one", "both", "two", "three", "someone", "everyone", "somebody", "anyone", "all",
	"each", "either", "neither")

// prepositions open a mention only when a sentence-initial capital dragged
// them in ("In Brooklyn", "Of Betty Ford Treatment Center").
var prepositions = set("in", "on", "at", "of", "from", "near", "by", "with", "to", "into", "outside", "inside")

// modifierEnds mark a hyphenated modifier before a name ("Marhold-backed
// Dockers' League", "army-led council").
var modifierEnds = []string{"affiliated", "linked", "backed", "led", "allied", "based", "inspired", "owned",
	"run", "controlled", "aligned", "sponsored", "funded", "supported", "born"}

// isModifier reports whether w is a hyphenated modifier like "army-backed".
func isModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	tail := strings.ToLower(w[i+1:])
	for _, e := range modifierEnds {
		if tail == e {
			return true
		}
	}
	return false
}

// generic are institution and place-class nouns: alone they describe
// ("Police", "the Department") rather than name.
var generic = set("police", "army", "navy", "government", "military", "court", "parliament", "congress",
	"senate", "council", "committee", "commission", "ministry", "department", "administration", "agency",
	"company", "firm", "university", "college", "school", "hospital", "bank", "club", "team", "party",
	"church", "authority", "authorities", "service", "office", "center", "centre", "state", "city", "town",
	"county", "province", "district", "region", "embassy", "consulate", "coalition", "forces", "troops",
	"regime", "opposition", "rebels", "union", "federation", "association", "league", "board", "cabinet",
	"facility", "clinic", "store", "shop", "factory", "republic", "kingdom")

// facilities are nouns of buildings and businesses: "<name> <facility>"
// names the facility, not what the name names.
var facilities = set("store", "shop", "bank", "office", "factory", "plant", "facility", "building",
	"restaurant", "hotel", "hospital", "school", "church", "station", "airport", "stadium", "headquarters",
	"branch", "warehouse", "mall", "clinic", "center", "centre", "firm", "company", "house", "home", "farm",
	"mine", "port", "base", "camp", "prison", "jail")
