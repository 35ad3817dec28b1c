package people

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// article builds a test article whose mentions are every whole-word
// occurrence of the given "TYPE:text" names, longest first, so that a
// test reads like a tagger's output without spans written by hand.
func article(id, text string, tagged ...string) Article {
	a := Article{ID: chorus.ArticleID(id), Text: text}
	sort.SliceStable(tagged, func(i, j int) bool { return len(tagged[i]) > len(tagged[j]) })
	taken := make([]bool, len(text))
	for _, tg := range tagged {
		typ, name, _ := strings.Cut(tg, ":")
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(name)
			off = e
			if s > 0 && isWordByte(text[s-1]) || e < len(text) && isWordByte(text[e]) || taken[s] || taken[e-1] {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			a.Mentions = append(a.Mentions, chorus.Mention{Span: chorus.Span{Start: s, End: e}, Type: chorus.EntityType(typ), Text: name})
		}
	}
	sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	return a
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// storyArticles are three short reports written for these tests.
func storyArticles() []Article {
	return []Article{
		article("a1", "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Tomas Varga in Moscow. "+
			"Lavrov said the talks on Islamic State were useful.",
			"MISC:Russian", "PER:Sergei Lavrov", "LOC:U.S.", "PER:Tomas Varga", "LOC:Moscow", "PER:Lavrov", "ORG:Islamic State"),
		article("a2", "Varga greeted Sergey Lavrov, Russia's foreign minister, before the meeting. "+
			"Russia's foreign minister later said ISIL and DAESH must be fought together, and the minister left.",
			"PER:Varga", "LOC:Russia", "PER:Sergey Lavrov", "ORG:ISIL", "ORG:DAESH"),
		article("a3", "Sergei Lavrov, Russia's foreign minister, spoke to reporters. Mr. Lavrov's aide, Maria Zakharova, "+
			"said Mr Varga had called. The Russian foreign minister declined to say more about al-Nusra or the Nusra Front.",
			"PER:Sergei Lavrov", "LOC:Russia", "PER:Mr. Lavrov", "PER:Maria Zakharova", "PER:Mr Varga", "MISC:Russian",
			"ORG:al-Nusra", "ORG:Nusra Front"),
	}
}

func TestResolve(t *testing.T) {
	arts := storyArticles()
	got := Resolve(arts)
	type summary struct {
		Name     string
		Type     chorus.EntityType
		Variants []string
		Role     string
		Mentions map[chorus.ArticleID]int
	}
	var sums []summary
	for _, e := range got {
		sums = append(sums, summary{e.Name, e.Type, e.Variants, e.Role, e.Mentions})
	}
	want := []summary{
		{"Sergei Lavrov", "PER", []string{"Lavrov", "Sergey Lavrov", "Mr. Lavrov", "Russia's foreign minister", "Russian foreign minister"},
			"Russia's foreign minister", map[chorus.ArticleID]int{"a1": 2, "a2": 2, "a3": 3}},
		{"Tomas Varga", "PER", []string{"Varga", "Mr Varga"}, "U.S. Secretary of State", map[chorus.ArticleID]int{"a1": 1, "a2": 1, "a3": 1}},
		{"Islamic State", "ORG", []string{"ISIL", "DAESH"}, "", map[chorus.ArticleID]int{"a1": 1, "a2": 2}},
		{"Russia", "LOC", nil, "", map[chorus.ArticleID]int{"a2": 2, "a3": 1}},
		{"Russian", "MISC", nil, "", map[chorus.ArticleID]int{"a1": 1, "a3": 1}},
		{"Nusra Front", "ORG", []string{"al-Nusra"}, "", map[chorus.ArticleID]int{"a3": 2}},
		{"U.S.", "LOC", nil, "", map[chorus.ArticleID]int{"a1": 1}},
		{"Moscow", "LOC", nil, "", map[chorus.ArticleID]int{"a1": 1}},
		{"Maria Zakharova", "PER", nil, "", map[chorus.ArticleID]int{"a3": 1}},
	}
	if diff := cmp.Diff(want, sums); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}
	// Every citation holds a name or a role of its entity.
	text := map[chorus.ArticleID]string{}
	for _, a := range arts {
		text[a.ID] = a.Text
	}
	for _, e := range got {
		forms := map[string]bool{e.Name: true}
		for _, v := range e.Variants {
			forms[v] = true
		}
		for _, c := range e.Citations {
			s := variant(c.Span().In(text[c.Article]))
			if !forms[s] {
				t.Errorf("%s: citation %v holds %q, not one of its forms", e.Name, c, s)
			}
		}
	}
}

func TestResolveRoles(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []Article
		want map[string]string // entity name → role
		// merged: entity name → number of mentions, role mentions included
		merged map[string]int
	}{
		{
			name: "title before the name",
			arts: []Article{article("a", "Senior Veskarian diplomat Tomas Varga arrived. The senior Veskarian diplomat spoke briefly.",
				"MISC:Veskarian", "PER:Tomas Varga")},
			want: map[string]string{"Tomas Varga": "Senior Veskarian diplomat"}, merged: map[string]int{"Tomas Varga": 2},
		},
		{
			name: "apposition after the name",
			arts: []Article{article("a", "Ash Carter, the U.S. defense secretary, flew in. Later the U.S. defense secretary left.",
				"PER:Ash Carter", "LOC:U.S.")},
			want: map[string]string{"Ash Carter": "U.S. defense secretary"}, merged: map[string]int{"Ash Carter": 2},
		},
		{
			name: "a role without an owner is not a mention",
			arts: []Article{article("a", "Foreign Minister Sergei Lavrov arrived. The foreign minister said little.",
				"PER:Sergei Lavrov")},
			want: map[string]string{"Sergei Lavrov": "Foreign Minister"}, merged: map[string]int{"Sergei Lavrov": 1},
		},
		{
			name: "a role two people hold is nobody's mention",
			arts: []Article{article("a", "Former Veskarian secretary of state Marta Lenz spoke first, then Veskarian Secretary of State Tomas Varga. "+
				"A Veskarian secretary of state rarely does.", "MISC:Veskarian", "PER:Marta Lenz", "PER:Tomas Varga")},
			want:   map[string]string{"Marta Lenz": "Former Veskarian secretary of state", "Tomas Varga": "Veskarian Secretary of State"},
			merged: map[string]int{"Marta Lenz": 1, "Tomas Varga": 2},
		},
		{
			name: "two ministers of one title",
			arts: []Article{article("a", "Russian Foreign Minister Sergei Lavrov met Syrian Foreign Minister Walid al-Moualem. "+
				"The Syrian foreign minister spoke first.", "MISC:Russian", "MISC:Syrian", "PER:Sergei Lavrov", "PER:Walid al-Moualem")},
			want:   map[string]string{"Sergei Lavrov": "Russian Foreign Minister", "Walid al-Moualem": "Syrian Foreign Minister"},
			merged: map[string]int{"Sergei Lavrov": 1, "Walid al-Moualem": 2},
		},
		{
			name: "a country listed before a title is not the title's owner",
			arts: []Article{article("a", "The ruling put the cabinet of Veskaria and President Tomas Varga in a bind.",
				"LOC:Veskaria", "PER:Tomas Varga")},
			want: map[string]string{"Tomas Varga": "President"}, merged: map[string]int{"Tomas Varga": 1},
		},
		{
			name: "an and inside a portfolio stays in the role",
			arts: []Article{article("a", "Minister for Veskaria and Tessin Marta Lenz opened the quay.",
				"LOC:Veskaria", "LOC:Tessin", "PER:Marta Lenz")},
			want: map[string]string{"Marta Lenz": "Minister for Veskaria and Tessin"}, merged: map[string]int{"Marta Lenz": 1},
		},
		{
			name: "an and inside a portfolio before the title stays in the role",
			arts: []Article{article("a", "Ports and Harbours secretary Marta Lenz opened the quay.",
				"ORG:Ports and Harbours", "PER:Marta Lenz")},
			want: map[string]string{"Marta Lenz": "Ports and Harbours secretary"}, merged: map[string]int{"Marta Lenz": 1},
		},
		{
			name: "an and between two titles stays in the role",
			arts: []Article{article("a", "The firm named CFO and President Marta Lenz in May.", "PER:Marta Lenz")},
			want: map[string]string{"Marta Lenz": "CFO and President"}, merged: map[string]int{"Marta Lenz": 1},
		},
		{
			name: "the end of a body's name that the tagger cut stays in the role",
			arts: []Article{article("a", "He blamed Tessin Pilots Guild chairwoman Marta Lenz for the strike.",
				"ORG:Tessin Pilots", "PER:Marta Lenz")},
			want: map[string]string{"Marta Lenz": "Tessin Pilots Guild chairwoman"}, merged: map[string]int{"Marta Lenz": 1},
		},
		{
			name: "a capitalised word without an owner before it is left out of the role",
			arts: []Article{article("a", "It rained on Monday Mayor Tomas Varga said.", "PER:Tomas Varga")},
			want: map[string]string{"Tomas Varga": "Mayor"}, merged: map[string]int{"Tomas Varga": 1},
		},
		{
			name: "no role in a plain clause",
			arts: []Article{article("a", "Varga, speaking after the meeting, said he hoped for progress.", "PER:Varga")},
			want: map[string]string{"Varga": ""}, merged: map[string]int{"Varga": 1},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			n := map[string]int{}
			for _, e := range Resolve(tc.arts) {
				if e.Type == chorus.EntityPerson {
					got[e.Name] = e.Role
					n[e.Name] = len(e.Citations)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("roles mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.merged, n); diff != "" {
				t.Errorf("mention counts mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResolveSkipsBadSpans(t *testing.T) {
	a := Article{ID: "x", Text: "Varga spoke.", Mentions: []chorus.Mention{
		{Span: chorus.Span{Start: 0, End: 5}, Type: chorus.EntityPerson, Text: "Varga"},
		{Span: chorus.Span{Start: 3, End: 99}, Type: chorus.EntityPerson, Text: "ry spoke"},
		{Span: chorus.Span{Start: 4, End: 4}, Type: chorus.EntityPerson},
	}}
	got := Resolve([]Article{a})
	if len(got) != 1 || got[0].Name != "Varga" || len(got[0].Citations) != 1 {
		t.Errorf("got %+v, want one entity Varga with one citation", got)
	}
	if Resolve(nil) != nil {
		t.Error("no articles should give no entities")
	}
}

func TestPerson(t *testing.T) {
	e := Entity{Name: "Tomas Varga", Type: chorus.EntityPerson, Variants: []string{"Varga"}, Role: "U.S. Secretary of State",
		Mentions: map[chorus.ArticleID]int{"a1": 2}}
	want := chorus.Person{Name: "Tomas Varga", Type: "PER", Variants: []string{"Varga"}, Role: "U.S. Secretary of State",
		Mentions: map[string]int{"a1": 2}}
	if diff := cmp.Diff(want, e.Person()); diff != "" {
		t.Errorf("Person mismatch (-want +got):\n%s", diff)
	}
}

func TestArticles(t *testing.T) {
	arts := []*chorus.Article{{ID: "a", Text: "Varga."}, {ID: "b", Text: "Lavrov."}}
	an := map[chorus.ArticleID]*chorus.Analysis{"a": {Mentions: []chorus.Mention{{Span: chorus.Span{End: 5}, Type: "PER", Text: "Varga"}}}}
	got := Articles(arts, an)
	if len(got) != 2 || len(got[0].Mentions) != 1 || got[1].Mentions != nil || got[1].Text != "Lavrov." {
		t.Errorf("Articles = %+v", got)
	}
}

// TestAcronymWithCorporateSuffix checks that an acronym joins the name it
// abbreviates when its last letter is the corporate suffix the name's core
// leaves out ("Company"), that the name then keeps its suffix (cut, it
// would not be what the letters stand for), and that a given name spelt
// the Greek way joins its English spelling.
func TestAcronymWithCorporateSuffix(t *testing.T) {
	arts := []Article{
		article("c1", "The Orvel Shipping Company said on Monday that Giorgos Lanaris would step down.",
			"ORG:Orvel Shipping Company", "PER:Giorgos Lanaris"),
		article("c2", "OSC confirmed that Yorgos Lanaris had resigned. Lanaris did not comment.",
			"ORG:OSC", "PER:Yorgos Lanaris", "PER:Lanaris"),
	}
	got := map[string][]string{}
	for _, e := range Resolve(arts) {
		got[e.Name] = e.Variants
	}
	want := map[string][]string{
		"Orvel Shipping Company": {"OSC"},
		"Giorgos Lanaris":        {"Yorgos Lanaris", "Lanaris"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}
}

// TestSameNameDifferentTypes checks that one name the tagger typed three
// ways is one entity, a place on a tie.
func TestSameNameDifferentTypes(t *testing.T) {
	text := "Ships waited off Varnos. Varnos said nothing. The port of Varnos reopened."
	a := Article{ID: "d1", Text: text}
	off := 0
	for _, typ := range []chorus.EntityType{chorus.EntityPerson, chorus.EntityOrganization, chorus.EntityLocation} {
		i := off + strings.Index(text[off:], "Varnos")
		a.Mentions = append(a.Mentions, chorus.Mention{Span: chorus.Span{Start: i, End: i + 6}, Type: typ, Text: "Varnos"})
		off = i + 6
	}
	es := Resolve([]Article{a})
	if len(es) != 1 || es[0].Name != "Varnos" || es[0].Type != chorus.EntityLocation || es[0].Mentions["d1"] != 3 || len(es[0].Citations) != 3 {
		t.Fatalf("Resolve = %+v, want one place Varnos of 3 mentions", es)
	}
	if c := es[0].Citations; c[0].Start > c[1].Start || c[1].Start > c[2].Start {
		t.Errorf("citations out of order: %+v", c)
	}
}

// TestAccentedNameWins checks that a name written with and without its
// accents is named with them, however often the plain form comes.
func TestAccentedNameWins(t *testing.T) {
	arts := []Article{
		article("e1", "Andres Ibanez chaired the talks. Andres Ibanez said little.", "PER:Andres Ibanez"),
		article("e2", "The mediator, Andrés Ibáñez, left at noon.", "PER:Andrés Ibáñez"),
	}
	es := Resolve(arts)
	if len(es) != 1 || es[0].Name != "Andrés Ibáñez" {
		t.Fatalf("Resolve = %+v, want one entity named Andrés Ibáñez", es)
	}
}

// TestShoutedNameLoses checks that a person is named as the reports write
// the name in sentences, not as a heading sets it in capitals, even when
// the heading's form is more frequent.
func TestShoutedNameLoses(t *testing.T) {
	arts := []Article{
		article("e1", "FINDINGS ON P. J. VARGA\nThe panel named P. J. VARGA twice. P. J. VARGA did not answer.", "PER:P. J. VARGA"),
		article("e2", "The panel's chairman, P.J. Varga, left at noon.", "PER:P.J. Varga"),
	}
	es := Resolve(arts)
	if len(es) != 1 || es[0].Name != "P. J. Varga" {
		t.Fatalf("Resolve = %+v, want one entity named P. J. Varga", es)
	}
}

// TestFullerNameWins checks that a person is named with the given names
// one report writes in front of the more frequent form, but not by a
// form that only adds an initial.
func TestFullerNameWins(t *testing.T) {
	for _, tc := range []struct {
		arts []Article
		want string
	}{
		{[]Article{
			article("e1", "Marta Varga chaired the court. Marta Varga said little, and Marta Varga left.", "PER:Marta Varga"),
			article("e2", "The court's head, Ilse Marta Varga, spoke.", "PER:Ilse Marta Varga"),
		}, "Ilse Marta Varga"},
		{[]Article{
			article("e1", "Marta Varga chaired the court. Marta Varga said little.", "PER:Marta Varga"),
			article("e2", "The court's head, I. Marta Varga, spoke.", "PER:I. Marta Varga"),
		}, "Marta Varga"},
	} {
		es := Resolve(tc.arts)
		if len(es) != 1 || es[0].Name != tc.want {
			t.Errorf("Resolve = %+v, want one entity named %s", es, tc.want)
		}
	}
}

// TestClippedOrganisation checks that a clipped organisation name typed a
// person joins the organisation, and that a whole-name namesake does not.
func TestClippedOrganisation(t *testing.T) {
	arts := []Article{
		article("f1", "The Orvel Shipping Corporation denied the claim. Orvel Ship shares fell. Anna Orvel, the founder's granddaughter, declined to comment.",
			"ORG:Orvel Shipping Corporation", "PER:Orvel Ship", "PER:Anna Orvel"),
	}
	got := map[string]chorus.EntityType{}
	for _, e := range Resolve(arts) {
		got[e.Name] = e.Type
	}
	want := map[string]chorus.EntityType{"Orvel Shipping": chorus.EntityOrganization, "Anna Orvel": chorus.EntityPerson}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		ws, name string
		want     bool
	}{
		{"Temna Hydro", "Temna Hydroelectric Company", true},
		{"John Lewis", "John Lewis Partnership", false},
		{"Temna Hy", "Temna Hydroelectric", false},
		{"Anna Orvel", "Orvel Shipping", false},
	} {
		if got := clipsName(strings.Fields(tc.ws), strings.Fields(tc.name)); got != tc.want {
			t.Errorf("clipsName(%q, %q) = %v, want %v", tc.ws, tc.name, got, tc.want)
		}
	}
}

// A connective the tagger took for a name, or for the start of one, is no
// name: "Moreover," joins no one, "Once Varga" is Varga, and "An" before an
// organisation is its article; a person may be called An.
func TestConnectivesAreNoNames(t *testing.T) {
	arts := []Article{article("a", "Tomas Varga signed the order. Moreover, the port reopened. Once Varga had signed, An Tessin Freight "+
		"ship left. An Nguyen watched.",
		"PER:Tomas Varga", "PER:Moreover", "PER:Once Varga", "ORG:An Tessin Freight", "PER:An Nguyen")}
	got := map[string][]string{}
	for _, e := range Resolve(arts) {
		got[e.Name] = e.Variants
		for _, c := range e.Citations {
			if s := variant(c.Span().In(arts[0].Text)); s != e.Name && !slices.Contains(e.Variants, s) {
				t.Errorf("%s: citation holds %q", e.Name, s)
			}
		}
	}
	want := map[string][]string{"Tomas Varga": {"Varga"}, "Tessin Freight": nil, "An Nguyen": nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// A name that stands only in a title-case headline is not trusted, since
// there every word is capitalised and the tagger cannot see where it ends;
// one the article writes again in its sentences is.
func TestTitleCaseHeadlineNames(t *testing.T) {
	arts := []Article{article("a", "Marhold Ferries Picks Tessin Yard to Build Its Next Three Boats\n\n"+
		"Marhold Ferries said on Monday that Tessin Yard would build its next boats.",
		"ORG:Marhold Ferries Picks", "ORG:Tessin Yard", "ORG:Marhold Ferries")}
	var got []string
	for _, e := range Resolve(arts) {
		got = append(got, fmt.Sprintf("%s %v", e.Name, e.Mentions["a"]))
	}
	slices.Sort(got)
	if want := []string{"Marhold Ferries 1", "Tessin Yard 2"}; !slices.Equal(got, want) {
		t.Errorf("entities %q, want %q", got, want)
	}
}

// Words that only open sentences are no names: a sentence adverb or a
// preposition the tagger joined to a name is cut from it, a capitalised
// word the story also writes in lower case is dropped, and "An" before a
// name the story writes alone is the article.
func TestSentenceOpenersAreNoNames(t *testing.T) {
	for _, tc := range []struct {
		name   string
		text   string
		tagged []string
		want   []string
	}{
		{"sentence adverb alone", "Tomas Varga left Riel. Sadly, the ferry sank. Similarly, the yard closed.",
			[]string{"PER:Tomas Varga", "LOC:Riel", "PER:Sadly", "ORG:Similarly"}, []string{"Riel LOC", "Tomas Varga PER"}},
		{"preposition before a place", "Within Marhold the air was thick. Officials in Marhold closed schools.",
			[]string{"PER:Within Marhold", "LOC:Marhold"}, []string{"Marhold LOC"}},
		{"capitalised common word", "Arrogance cost Ilse Varga the seat. Voters punished her arrogance.",
			[]string{"PER:Arrogance", "PER:Ilse Varga"}, []string{"Ilse Varga PER"}},
		{"surname the story writes in lower case is kept mid-sentence", "Tessin said no. The brown coat of Tessin was wet.",
			[]string{"PER:Tessin"}, []string{"Tessin PER"}},
		{"name also inside a longer name", "Brown spoke first. Later Gordon Brown left the brown room.",
			[]string{"PER:Brown", "PER:Gordon Brown"}, []string{"Gordon Brown PER"}},
		{"article before a company", "Orvel shares rose. An Orvel spokesman declined to comment.",
			[]string{"ORG:Orvel", "PER:An Orvel"}, []string{"Orvel ORG"}},
		{"word the story writes in lower case before a name", "Unpredictable Varga faces the court. Varga is unpredictable, aides say.",
			[]string{"ORG:Unpredictable Varga", "PER:Varga"}, []string{"Varga PER"}},
		{"given name that is also a word", "Will Varga spoke first. Critics said they will appeal.",
			[]string{"PER:Will Varga", "PER:Varga"}, []string{"Will Varga PER"}},
		{"known place whose first word the story writes in lower case", "South Korea voted. Korea lies south of Riel.",
			[]string{"LOC:South Korea", "LOC:Korea", "LOC:Riel"}, []string{"Korea LOC", "Riel LOC", "South Korea LOC"}},
		{"names that fold like connectives", "AT&T signed. Sun Varga agreed. Soon after, Tessin left.",
			[]string{"ORG:AT&T", "PER:Sun Varga", "PER:Tessin"}, []string{"AT&T ORG", "Sun Varga PER", "Tessin PER"}},
		{"lower-case word before a name", "Earlier work (Varga et al. Tessin Review, 2019) found the same.",
			[]string{"PER:al. Tessin Review"}, []string{"Tessin Review PER"}},
		{"particle opens a name", "The judge was Anna von Riel. Later von Riel retired.",
			[]string{"PER:Anna von Riel", "PER:von Riel"}, []string{"Anna von Riel PER"}},
		{"word standing alone on a page", "Subscribe\n\nTessin Ferries cut fares.",
			[]string{"ORG:Subscribe", "ORG:Tessin Ferries"}, []string{"Tessin Ferries ORG"}},
		{"phrase the story writes in lower case", "Marsh Fever has spread. Cases of marsh fever rose in Riel, where marsh fever is common.",
			[]string{"PER:Marsh Fever", "LOC:Riel"}, []string{"Riel LOC"}},
		{"name capitalised more often than not", "Blue Harbor opened. Blue Harbor hired staff. A blue harbor is rare.",
			[]string{"ORG:Blue Harbor"}, []string{"Blue Harbor ORG"}},
		{"body's name ending in an institution's head", "The Tide Commission met. Critics of the tide commission spoke.",
			[]string{"ORG:Tide Commission"}, []string{"Tide Commission ORG"}},
		{"a person called An", "An Nguyen watched the ships.",
			[]string{"PER:An Nguyen"}, []string{"An Nguyen PER"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := resolvedTypes(tc.text, tc.tagged...); !slices.Equal(got, tc.want) {
				t.Errorf("entities %q, want %q", got, tc.want)
			}
		})
	}
}

// resolvedTypes resolves one article's tagged mentions ("PER:Ilse Varga")
// and lists the entities as "name TYPE", sorted.
func resolvedTypes(text string, tagged ...string) []string {
	var got []string
	for _, e := range Resolve([]Article{article("a", text, tagged...)}) {
		got = append(got, fmt.Sprintf("%s %s", e.Name, e.Type))
	}
	slices.Sort(got)
	return got
}

// The types a story's own names overrule: a surname of a person named in
// full is that person, a well-known place or a planet typed a person is a
// place, unless a longer name of the story says otherwise.
func TestStoryRetypes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		text   string
		tagged []string
		want   []string
	}{
		{"surname typed an organisation", "Ilse Varga spoke in Riel. Later Varga said the port would open.",
			[]string{"PER:Ilse Varga", "LOC:Riel", "ORG:Varga"}, []string{"Ilse Varga PER", "Riel LOC"}},
		{"surname that opens a company's name", "Ilse Varga sold Varga Freight. Varga will close in May.",
			[]string{"PER:Ilse Varga", "ORG:Varga Freight", "ORG:Varga"}, []string{"Ilse Varga PER", "Varga Freight ORG"}},
		{"surname after a personal title", "President Varga spoke. Critics said Varga had misled them.",
			[]string{"ORG:Varga"}, []string{"Varga PER"}},
		{"word after a title that is no personal title", "Tessin Group named a new chief. Group Tessin shares fell.",
			[]string{"ORG:Tessin Group", "ORG:Tessin"}, []string{"Tessin Group ORG"}},
		{"well-known place typed a person", "Smog covered Delhi again. Residents of Delhi stayed home.",
			[]string{"PER:Delhi"}, []string{"Delhi LOC"}},
		{"place name that is a given name here", "Georgia Marhold won. Officials said Georgia would appeal.",
			[]string{"PER:Georgia Marhold", "PER:Georgia"}, []string{"Georgia Marhold PER"}},
		{"known organisation typed a place", "Ilse Varga shops at Walmart. Walmart opened late.",
			[]string{"PER:Ilse Varga", "LOC:Walmart"}, []string{"Ilse Varga PER", "Walmart ORG"}},
		{"town of a known club after in", "She studied in Guadalajara for years.",
			[]string{"LOC:Guadalajara"}, []string{"Guadalajara LOC"}},
		{"online service typed a person", "Tessin Ferries posted on Instagram. Instagram removed the post.",
			[]string{"ORG:Tessin Ferries", "PER:Instagram"}, []string{"Instagram ORG", "Tessin Ferries ORG"}},
		{"model after a number", "Riel flies the 440 Vega. Two 440 Vega jets landed.",
			[]string{"LOC:Riel", "PER:Vega"}, []string{"Riel LOC", "Vega MISC"}},
		{"unit after numbers", "Mix 1 Tbsp of oil with 2 Tbsp of vinegar.",
			[]string{"ORG:Tbsp"}, []string{"Tbsp MISC"}},
		{"firm after a year keeps the type", "The 2020 Tessin sold well. Tessin said sales rose.",
			[]string{"ORG:Tessin"}, []string{"Tessin ORG"}},
		{"shopping day cut short", "Deals start before Black Friday. Black Friday prices fell.",
			[]string{"LOC:Black"}, []string{"Black MISC"}},
		{"dateline place before a weekday", "Talks opened in Marhold Wednesday.",
			[]string{"LOC:Marhold"}, []string{"Marhold LOC"}},
		{"common abbreviation", "Orvel plans an IPO. The IPO may raise millions.",
			[]string{"ORG:Orvel", "ORG:IPO"}, []string{"Orvel ORG"}},
		{"person after a year keeps the type", "In 2019 Vega won. Critics said Vega cheated.",
			[]string{"PER:Vega"}, []string{"Vega PER"}},
		{"product named like a person", "The Tessin Keyboard sold out. Buyers loved the Tessin Keyboard.",
			[]string{"PER:Tessin Keyboard"}, []string{"Tessin Keyboard MISC"}},
		{"studio named like a person", "Marhold Studios hired Ilse Varga. Marhold said she starts in May.",
			[]string{"PER:Marhold Studios", "PER:Ilse Varga", "ORG:Marhold"}, []string{"Ilse Varga PER", "Marhold Studios ORG"}},
		{"product of a well-known company", "Google said Google Vega ships soon. Reviewers liked Google Vega.",
			[]string{"ORG:Google", "PER:Google Vega"}, []string{"Google ORG", "Google Vega MISC"}},
		{"tagger's organisation before a person's name", "Taylor sued. Taylor Varga won the case.",
			[]string{"ORG:Taylor", "PER:Taylor Varga"}, []string{"Taylor ORG", "Taylor Varga PER"}},
		{"shopping site", "Prices fell at Amazon. Amazon shipped early.",
			[]string{"LOC:Amazon"}, []string{"Amazon ORG"}},
		{"river", "Rain swelled the Amazon. Amazon floods reached Manaus.",
			[]string{"LOC:Amazon", "LOC:Manaus"}, []string{"Amazon LOC", "Manaus LOC"}},
		{"company by the nouns after it", "Orvel shares rose. Analysts said Orvel would grow.",
			[]string{"PER:Orvel"}, []string{"Orvel ORG"}},
		{"surname before a company noun keeps the type", "Ilse Varga spoke. Varga's staff agreed.",
			[]string{"PER:Ilse Varga", "PER:Varga"}, []string{"Ilse Varga PER"}},
		{"product ending in a model word", "The Magic Keyboard shipped. Buyers praised the Magic Keyboard.",
			[]string{"ORG:Magic Keyboard"}, []string{"Magic Keyboard MISC"}},
		{"moon typed a person", "The probe reached Titan after seven years. Titan has lakes.",
			[]string{"PER:Titan"}, []string{"Titan LOC"}},
		{"planet beside a craft named after it", "The Blue Moon lander may fly. Blue Moon would land on the Moon.",
			[]string{"PER:Blue Moon", "LOC:Moon"}, []string{"Blue Moon PER", "Moon LOC"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := resolvedTypes(tc.text, tc.tagged...); !slices.Equal(got, tc.want) {
				t.Errorf("entities %q, want %q", got, tc.want)
			}
		})
	}
}

func TestGluedEnd(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Ilse VargaIlse Maria VargaRiel", "Ilse Varga"},
		{"Tomas McAdam", "Tomas McAdam"},
		{"Anna DeLuca and DeLuca", "Anna DeLuca and DeLuca"},
		{"SoftRiel Holdings", "SoftRiel Holdings"},
		{"Riel", "Riel"},
	} {
		if got := tc.text[:gluedEnd(tc.text)]; got != tc.want {
			t.Errorf("gluedEnd(%q) keeps %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestTitleBefore(t *testing.T) {
	for _, tc := range []struct {
		text, name, want string
	}{
		{"She thanked Mrs. Varga warmly.", "Varga", "Mrs."},
		{"It went to Prime Minister Varga first.", "Varga", "Prime Minister"},
		{"Then Former Vice President Varga spoke.", "Varga", "Former Vice President"},
		{"Ask the party leader Varga.", "Varga", ""},              // lower case: a description
		{"Tessin's Housing Secretary, Varga, left.", "Varga", ""}, // a comma between
		{"Varga left early.", "Varga", ""},
		{"The mayor met Marta Lenz.", "Marta Lenz", ""},
	} {
		i := strings.Index(tc.text, tc.name)
		if got := titleBefore(tc.text, i); got != tc.want {
			t.Errorf("titleBefore(%q, %q) = %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestTitleTellsPeopleApart checks that a surname written after a title
// of office stays apart from the one full name of that surname when the
// same report calls that person by an honorific.
func TestTitleTellsPeopleApart(t *testing.T) {
	arts := []Article{article("a", "At the shelter Ilse Rodal Varga praised the crews. The crews thanked Mrs. Varga "+
		"and asked her to tell President Varga about the roads.", "PER:Ilse Rodal Varga", "PER:Varga")}
	want := map[string]listed{
		"Ilse Rodal Varga": {Type: "PER", Variants: []string{"Varga"}},
		"Varga":            {Type: "PER", Role: "President"},
	}
	if diff := cmp.Diff(want, resolved(arts...)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestFlights checks that a numbered flight is no airline, and that an
// organisation with Flight in its name keeps its type.
func TestFlights(t *testing.T) {
	arts := []Article{article("a", "Wreckage of Tessin Air Flight 212 washed ashore. Tessin Air said the crew was experienced. "+
		"Marhold Flight Systems built the radio, and Marhold Flight 7 was a charter.",
		"ORG:Tessin Air Flight", "ORG:Tessin Air", "ORG:Marhold Flight Systems", "ORG:Marhold Flight")}
	want := map[string]listed{"Tessin Air Flight": {Type: "MISC"}, "Tessin Air": {Type: "ORG"},
		"Marhold Flight Systems": {Type: "ORG"}, "Marhold Flight": {Type: "MISC"}}
	if diff := cmp.Diff(want, resolved(arts...)); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}
