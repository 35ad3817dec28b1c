package people

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// listed is what a test reads of an entity: its type, variants and role.
type listed struct {
	Type     chorus.EntityType
	Variants []string
	Role     string
}

// resolved returns the entities of arts by name.
func resolved(arts ...Article) map[string]listed {
	out := map[string]listed{}
	for _, e := range Resolve(arts) {
		out[e.Name] = listed{e.Type, e.Variants, e.Role}
	}
	return out
}

func TestDemonymsOf(t *testing.T) {
	for _, tc := range []struct {
		d, p string
		want bool
	}{
		{"Veskarian", "Veskaria", true},
		{"Veskarians", "Veskaria", true},
		{"Marholdian", "Marhold", true},
		{"Tessinese", "Tessin", true},
		{"Rieli", "Rieli", false},       // the name itself
		{"Tessiner", "Tessin", false},   // no demonym ending
		{"Varan", "Var", false},         // too short a name to tell
		{"Marholder", "Marhold", false}, // an agent noun
	} {
		if got := slices.Contains(demonymsOf(tc.p), fold(tc.d)); got != tc.want {
			t.Errorf("%q a demonym of %q = %v, want %v", tc.d, tc.p, got, tc.want)
		}
	}
}

// TestRetypes checks the types and merges the story's text decides: a
// country the tagger typed an organisation, its demonym beside an
// organisation named after it, a company's short name typed a place, a
// town beside the library named after it, a portfolio word of a title.
func TestRetypes(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []Article
		want map[string]listed
	}{
		{
			name: "a name whose demonym the story writes is a place",
			arts: []Article{article("a", "Veskaria's largest port closed. The Veskarian Chamber of Trade, known by its Veskarian initials VKE, "+
				"counted the cost. Veskaria imports most of its grain.",
				"ORG:Veskaria", "ORG:Veskarian Chamber of Trade", "ORG:Veskarian", "ORG:VKE")},
			want: map[string]listed{
				"Veskaria":                   {Type: "LOC"},
				"Veskarian Chamber of Trade": {Type: "ORG"},
				"Veskarian":                  {Type: "MISC"},
				"VKE":                        {Type: "ORG"},
			},
		},
		{
			name: "a demonym in -ese",
			arts: []Article{article("a", "Tessina closed its border. Tessinese lorries queued for a day.", "ORG:Tessina")},
			want: map[string]listed{"Tessina": {Type: "LOC"}},
		},
		{
			name: "without a demonym an organisation stays one",
			arts: []Article{article("a", "Tessin said its ships would wait. Tessin owns four cranes.", "ORG:Tessin")},
			want: map[string]listed{"Tessin": {Type: "ORG"}},
		},
		{
			name: "an acronym defined in parentheses is the organisation's mention",
			arts: []Article{article("a", "The Riel Harbour Board (RHB) said the port would open. The Tessin Dock Union (TU) did not. "+
				"The Riel Harbour Board met at noon.", "ORG:Riel Harbour Board", "ORG:Tessin Dock Union")},
			want: map[string]listed{"Riel Harbour Board": {Type: "ORG", Variants: []string{"RHB"}}, "Tessin Dock Union": {Type: "ORG"}},
		},
		{
			name: "a defined acronym may take letters from inside a compound word",
			arts: []Article{article("a", "The Veskar Hydropower Company (VHP) opened the sluices. Downstream, VHP crews waited.",
				"ORG:Veskar Hydropower Company", "ORG:VHP")},
			want: map[string]listed{"Veskar Hydropower": {Type: "ORG", Variants: []string{"VHP", "Veskar Hydropower Company"}}},
		},
		{
			name: "letters that skip a word of the name define nothing",
			arts: []Article{article("a", "The Veskar Hydropower Company (VC) opened the sluices.", "ORG:Veskar Hydropower Company")},
			want: map[string]listed{"Veskar Hydropower": {Type: "ORG", Variants: []string{"Veskar Hydropower Company"}}},
		},
		{
			name: "a collective's possessive opens a name rather than owning it, written as the article writes it",
			arts: []Article{article("a", "The Workers’ Party of Tessin met in Riel. Later the Workers’ Party said it would vote against the budget.",
				"ORG:Workers’ Party of Tessin", "ORG:Workers’ Party", "LOC:Riel")},
			want: map[string]listed{"Workers’ Party of Tessin": {Type: "ORG", Variants: []string{"Workers’ Party"}}, "Riel": {Type: "LOC"}},
		},
		{
			name: "a company's first word is the company",
			arts: []Article{
				article("a", "The terminal belongs to the Marhold Group, which declined to comment.", "ORG:Marhold Group"),
				article("b", "Finally, Marhold. The owner has said little, and Marhold's board meets in May.", "LOC:Marhold"),
			},
			want: map[string]listed{"Marhold Group": {Type: "ORG", Variants: []string{"Marhold"}}},
		},
		{
			name: "an airline named after a nation does not make the nation's adjective the airline",
			arts: []Article{article("a", "Veskarian Airlines flew to Riel. Veskarian officials said the Veskarian Airlines plane was full.",
				"ORG:Veskarian Airlines", "MISC:Veskarian", "LOC:Riel")},
			want: map[string]listed{"Veskarian Airlines": {Type: "ORG"}, "Veskarian": {Type: "MISC"}, "Riel": {Type: "LOC"}},
		},
		{
			name: "a country a company is named after stays a country",
			arts: []Article{article("a", "The Veskaria Holdings bid failed. Veskaria closed its port, and Veskarian ships waited.",
				"ORG:The Veskaria Holdings", "LOC:Veskaria")},
			want: map[string]listed{"Veskaria Holdings": {Type: "ORG", Variants: []string{"The Veskaria Holdings"}}, "Veskaria": {Type: "LOC"}},
		},
		{
			name: "a town is not the library named after it",
			arts: []Article{article("a", "The map was stolen from Riel Library. Riel has one library, and Riel Library has one map room.",
				"LOC:Riel Library", "LOC:Riel")},
			want: map[string]listed{"Riel Library": {Type: "LOC"}, "Riel": {Type: "LOC"}},
		},
		{
			name: "a portfolio word of a title is no organisation",
			arts: []Article{article("a", "Transport Minister Tomas Varga called the talks. Transport Minister Varga said they would last a day.",
				"ORG:Transport", "PER:Tomas Varga", "PER:Varga")},
			want: map[string]listed{"Tomas Varga": {Type: "PER", Variants: []string{"Varga"}, Role: "Transport Minister"}},
		},
		{
			name: "an owner glued to a portfolio is no organisation",
			arts: []Article{article("a", "UN Veskaria envoy Marta Lenz met the Tessin Veskaria envoy. The UN said Veskaria agreed.",
				"ORG:UN Veskaria", "PER:Marta Lenz", "ORG:Tessin Veskaria", "ORG:UN", "LOC:Veskaria")},
			want: map[string]listed{"Marta Lenz": {Type: "PER", Role: "UN Veskaria envoy"}, "UN": {Type: "ORG"}, "Veskaria": {Type: "LOC"}},
		},
		{
			name: "a word glued to a person's name is no organisation",
			arts: []Article{article("a", "The Envoy for Veskaria Marta Lenz spoke. Marta Lenz left on Friday for Riel.",
				"ORG:Veskaria Marta Lenz", "PER:Marta Lenz", "LOC:Riel")},
			want: map[string]listed{"Marta Lenz": {Type: "PER"}, "Riel": {Type: "LOC"}},
		},
		{
			name: "an organisation the tagger typed a person is no person's name",
			arts: []Article{article("a", "Tessin Lines sent two ships. The Tessin Lines fleet is small.",
				"PER:Tessin Lines", "ORG:The Tessin Lines")},
			want: map[string]listed{"Tessin Lines": {Type: "ORG", Variants: []string{"The Tessin Lines"}}},
		},
		{
			name: "a person's given name like a demonym stays a person",
			arts: []Article{article("a", "Adrian met Marta Lenz in Adria. Adrian left.", "PER:Adrian", "PER:Marta Lenz", "LOC:Adria")},
			want: map[string]listed{"Adrian": {Type: "PER"}, "Marta Lenz": {Type: "PER"}, "Adria": {Type: "LOC"}},
		},
		{
			name: "the names of one alias-table entity vote on its type",
			arts: []Article{article("a", "The Nusra Front denied it. Nusra Front fighters left, and al-Nusra did not return.",
				"ORG:Nusra Front", "LOC:al-Nusra")},
			want: map[string]listed{"Nusra Front": {Type: "ORG", Variants: []string{"al-Nusra"}}},
		},
		{
			name: "a word the story also writes alone stays an organisation",
			arts: []Article{article("a", "Tessin Minister Tomas Varga spoke. Tessin won the vote in May.",
				"ORG:Tessin", "PER:Tomas Varga")},
			want: map[string]listed{"Tomas Varga": {Type: "PER", Role: "Tessin Minister"}, "Tessin": {Type: "ORG"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, resolved(tc.arts...)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFragments checks that what names nothing is not listed: a lone
// institution noun, a name cut at an abbreviation, a word of a headline
// in capitals, a title typed as an organisation.
func TestFragments(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []Article
		want map[string]listed
	}{
		{
			name: "a lone institution noun",
			arts: []Article{article("a", "Ferry fares rise again\nHospital parking charges dropped", "ORG:Hospital")},
			want: map[string]listed{},
		},
		{
			name: "a name cut at an abbreviation",
			arts: []Article{article("a", "The hall of School No. 4 in Riel became a shelter.", "ORG:School No.", "LOC:Riel")},
			want: map[string]listed{"Riel": {Type: "LOC"}},
		},
		{
			name: "a headline in capitals",
			arts: []Article{article("a", "PORT BOSS QUITS: Varga goes\nThe port's chief, Tomas Varga, resigned.",
				"ORG:PORT", "PER:Varga", "PER:Tomas Varga")},
			want: map[string]listed{"Tomas Varga": {Type: "PER", Variants: []string{"Varga"}}},
		},
		{
			name: "an acronym in a sentence stays",
			arts: []Article{article("a", "The VKE said its members would strike. VKE officials met in Riel.", "ORG:VKE", "LOC:Riel")},
			want: map[string]listed{"VKE": {Type: "ORG"}, "Riel": {Type: "LOC"}},
		},
		{
			name: "a title typed as an organisation",
			arts: []Article{article("a", "The inquiry must report by May, the PM said. The Prime Minister left.", "ORG:PM", "ORG:Prime Minister")},
			want: map[string]listed{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, resolved(tc.arts...)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNotPeople checks the types a name's last word gives a mention the
// tagger typed a person: an organisation by its corporate head, a thing
// named after a person by a thing noun.
func TestNotPeople(t *testing.T) {
	for _, tc := range []struct {
		text string
		want chorus.EntityType
	}{
		{"Tessin Lines", chorus.EntityOrganization},
		{"Riel Holdings", chorus.EntityOrganization},
		{"Varga Atlas", chorus.EntityMisc},
		{"Marhold Prize", chorus.EntityMisc},
		{"Tessin Treaty", chorus.EntityMisc},
		{"Vera Tessin", chorus.EntityPerson},
		{"Anna Law", chorus.EntityPerson}, // a thing noun that is also a family name
	} {
		if got := parse(tc.text, chorus.EntityPerson).typ; got != tc.want {
			t.Errorf("parse(%q, PER).typ = %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestShouted checks which capitalised words are a headline set in
// capitals.
func TestShouted(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"PORT BOSS QUITS: PM orders inquiry", "PORT", true},
		{"PORT BOSS QUITS: PM orders inquiry", "PM", false},
		{"Strike: VKE and FPW walk out", "VKE", false},
		{"Talks end\nVKE FPW deal signed", "VKE", false},
		{"Talks end\nTHE VKE WALKS OUT", "VKE", true},
	} {
		i := len(tc.text) - len(tc.word)
		for j := 0; j+len(tc.word) <= len(tc.text); j++ {
			if tc.text[j:j+len(tc.word)] == tc.word {
				i = j
				break
			}
		}
		if got := shouted(tc.text, chorus.Span{Start: i, End: i + len(tc.word)}); got != tc.want {
			t.Errorf("shouted(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestDescriptionsAreNoVariants checks that a description is no variant of a name: a
// role introduced with "a", and a person noun before a name, which is the
// person's role.
func TestDescriptionsAreNoVariants(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []Article
		want map[string]listed
	}{
		{
			name: "an indefinite role is no mention",
			arts: []Article{
				article("a", "The inquiry will be led by retired Tessin Court judge Marta Lenz.", "ORG:Tessin Court", "PER:Marta Lenz"),
				article("b", "Varga said a retired Tessin Court judge, Marta Lenz, would lead it.", "PER:Varga", "ORG:Tessin Court", "PER:Marta Lenz"),
			},
			want: map[string]listed{
				"Marta Lenz":   {Type: "PER", Role: "Tessin Court judge"},
				"Tessin Court": {Type: "ORG"},
				"Varga":        {Type: "PER"},
			},
		},
		{
			name: "a definite role still is",
			arts: []Article{
				article("a", "The inquiry will be led by retired Tessin Court judge Marta Lenz.", "ORG:Tessin Court", "PER:Marta Lenz"),
				article("b", "Varga said the Tessin Court judge would lead it.", "PER:Varga", "ORG:Tessin Court"),
			},
			want: map[string]listed{
				"Marta Lenz":   {Type: "PER", Variants: []string{"Tessin Court judge"}, Role: "Tessin Court judge"},
				"Tessin Court": {Type: "ORG"},
				"Varga":        {Type: "PER"},
			},
		},
		{
			name: "a person noun before a name is a role",
			arts: []Article{article("a", "Pensioner Vera Riel, 66, lost her house. Vera Riel now lives in Marhold.",
				"PER:Pensioner Vera Riel", "PER:Vera Riel", "LOC:Marhold")},
			want: map[string]listed{"Vera Riel": {Type: "PER", Role: "Pensioner"}, "Marhold": {Type: "LOC"}},
		},
		{
			name: "a title's fragment before a name is no variant",
			arts: []Article{article("a", "Secretary of Defense Tomas Varga spoke, and Tomas Varga left.",
				"PER:Defense Tomas Varga", "PER:Tomas Varga")},
			want: map[string]listed{"Tomas Varga": {Type: "PER"}},
		},
		{
			name: "an owner or a place around an organisation's name",
			arts: []Article{article("a", "The deal was signed at the Trade Ministry in Tessin. Marhold's Trade Ministry "+
				"said so too, as did the Trade Ministry. The Bank of Riel and the Union of Tessin Dockers agreed.",
				"ORG:Trade Ministry in Tessin", "ORG:Marhold's Trade Ministry", "ORG:Trade Ministry", "ORG:Bank of Riel",
				"ORG:Union of Tessin Dockers")},
			want: map[string]listed{"Trade Ministry": {Type: "ORG"}, "Bank of Riel": {Type: "ORG"},
				"Union of Tessin Dockers": {Type: "ORG"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, resolved(tc.arts...)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}
