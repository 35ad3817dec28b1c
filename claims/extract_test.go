package claims

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// clauseStrings splits one sentence and renders each clause as
// "text | attribution".
func clauseStrings(text string) []string {
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s := newSent(text, toks)
	var out []string
	for _, c := range clauses(text, toks) {
		words, _ := clauseText(s, c, Facets{}, nil)
		line := words
		if c.attribution != "" {
			line += " | " + c.attribution
		}
		out = append(out, line)
	}
	return out
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "The council mailed leaflets to households in the eastern district.",
			[]string{"The council mailed leaflets to households in the eastern district"}},
		{"said that", "Ferry union organiser Petar Ilic told members on Friday that the pay dispute was still open.",
			[]string{"the pay dispute was still open | Ferry union organiser Petar Ilic"}},
		{"that after an adverbial", "The port authority said in a written statement after talks in Brenmoor that both unions had asked the regional court to draft a settlement.",
			[]string{"both unions had asked the regional court to draft a settlement | The port authority"}},
		{"trailing said", "The talks will resume in the capital next month, the envoy said.",
			[]string{"The talks will resume in the capital next month | the envoy"}},
		{"according to, leading", "According to the port authority, 43 ships were waiting offshore on Tuesday.",
			[]string{"43 ships were waiting offshore on Tuesday | the port authority"}},
		{"according to, trailing", "Some 12,000 people are without a home after the flood according to the Kessel Institute for Housing Studies.",
			[]string{"Some 12,000 people are without a home after the flood | the Kessel Institute for Housing Studies"}},
		{"by estimates", "About 9,000 families lost their homes in the flood by official council estimates.",
			[]string{"About 9,000 families lost their homes in the flood | official council estimates"}},
		{"coordinated predicate", "The dock strike opened over a wage freeze and has since spread to three ports along the coast.",
			[]string{"The dock strike opened over a wage freeze", "The dock strike has since spread to three ports along the coast"}},
		{"coordinated clause with its own source", "The operator hoped to publish the terms of the deal in March, and a regional mediator said she would try to reopen wage talks next week.",
			[]string{"The operator hoped to publish the terms of the deal in March", "she would try to reopen wage talks next week | a regional mediator"}},
		{"relative clause", "Brenmoor and Kalessia, which back rival bids for the terminal, had narrowed their differences this week.",
			[]string{"Brenmoor and Kalessia had narrowed their differences this week", "Brenmoor and Kalessia back rival bids for the terminal"}},
		{"object relative clause left whole", "Sailors were woken by the horn of the Marhold ferry, which the mate, Ilse Varga, sounded just after midnight.",
			[]string{"Sailors were woken by the horn of the Marhold ferry, which the mate, Ilse Varga, sounded just after midnight"}},
		{"object relative clause that ends the sentence", "An engineer will inspect the crane before it goes back into service, which the port expects next week.",
			[]string{"An engineer will inspect the crane before it goes back into service"}},
		{"who after a place is no claim about the place", "It was found on Friday by Ilse Varga, a clerk at the archive in Marhold's Quay Street, who was sorting old ledgers.",
			[]string{"It was found on Friday by Ilse Varga, a clerk at the archive in Marhold's Quay Street"}},
		{"a relative clause on the speaker is a claim about them", "Ilse Varga, who sailed the Marhold ferry for thirty years, told the inquiry that the horn had failed twice.",
			[]string{"Ilse Varga sailed the Marhold ferry for thirty years", "the horn had failed twice | Ilse Varga"}},
		{"an apposition on the speaker is no claim", "Ilse Varga, a retired harbour pilot from Marhold, said the horn had failed twice.",
			[]string{"the horn had failed twice | Ilse Varga"}},
		{"a second infinitive is no clause", "The council has asked owners to check their moorings before the storm, and to report any loose boats to the harbour office.",
			[]string{"The council has asked owners to check their moorings before the storm, and to report any loose boats to the harbour office"}},
		{"direct quote dropped", "“We mean to open a second round of talks,” the mediator told reporters.", nil},
		{"quote with a claim in its attribution", "“I expect we can say more by the weekend,” Varga told a press briefing in the port city of Thessara.",
			[]string{"Varga told a press briefing in the port city of Thessara"}},
		{"short quote before a claim", `"Today we search," the minister told reporters at the regional crisis centre in Ostrelka.`,
			[]string{"the minister told reporters at the regional crisis centre in Ostrelka"}},
		{"aside with a speaker", "Lena Ostrova, the ministry's press officer, said Thursday that many repairs were still outstanding.",
			[]string{"many repairs were still outstanding | Lena Ostrova"}},
		{"citing aside", "The Harbour Gazette, citing a draft plan from the port authority, reported that the two unions could open a shared safety office near Thessara.",
			[]string{"The Harbour Gazette, citing a draft plan from the port authority", "the two unions could open a shared safety office near Thessara | The Harbour Gazette"}},
		{"semicolon", "Washington blames the ceasefire violations on the government; the opposition blames the air strikes.",
			[]string{"Washington blames the ceasefire violations on the government", "the opposition blames the air strikes"}},
		{"purpose", "Visiting trade envoy Ana Riel met Kalessian President Tomas Varga on Monday to propose a wider port partnership.",
			[]string{"Visiting trade envoy Ana Riel met Kalessian President Tomas Varga on Monday",
				"Visiting trade envoy Ana Riel met Kalessian President Tomas Varga on Monday to propose a wider port partnership"}},
		{"object and infinitive", "Regional mediator Irena Vos urged the union and the operator to work toward a new round of negotiations.",
			[]string{"Regional mediator Irena Vos urged the union and the operator to work toward a new round of negotiations"}},
		{"opener before the subject", "On the last day of her tour of the docks, Riel called for safer cranes, and she has urged faster repairs.",
			[]string{"On the last day of her tour of the docks, Riel called for safer cranes", "she has urged faster repairs"}},
		{"question", "Will the talks resume in August at all?", nil},
		{"too short", "He agreed.", nil},
	}
	for _, tc := range tests {
		got := clauseStrings(tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

func TestClauseTextIsSubsequence(t *testing.T) {
	text := "Riel, speaking after meeting Varga in Thessara, said the talks had moved forward, and Brenmoor and Kalessia, which back rival bids, had agreed to meet."
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s := newSent(text, toks)
	for _, c := range clauses(text, toks) {
		words, _ := clauseText(s, c, Facets{}, nil)
		span := text[toks[c.segs[0].from].Start:toks[c.segs[len(c.segs)-1].to-1].End]
		if !isSubsequence(wordsOf(words), wordsOf(span)) {
			t.Errorf("clause %q is not a subsequence of its span %q", words, span)
		}
	}
}

// wordsOf is the letters-and-digits words of s, as the citation checker reads them.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func isSubsequence(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}
