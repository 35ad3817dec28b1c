package quotes_test

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/google/go-cmp/cmp"
)

// TestWireCopy covers the way wire copy writes attributions: a dash typed
// as an underscore between spaces, three apostrophes that close a single
// quotation and the double one around it, a speaker named after the cue
// with a second role joined by "and", a particle inside a name, a
// speaker's apposition that ends in a quoted title, and an
// inverted speaker followed in the same sentence by the rest of the
// quotation (after an adjunct, or after an abbreviation that hides the
// full stop); and what attributes nothing: a participle that describes
// the noun after it ("in written remarks") and a time taken for content.
func TestWireCopy(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"an underscore dash around a relative clause",
			"The port authority _ which approved the berth for the ferry _ said that it would close the berth.",
			[]got{{"it would close the berth", "The port authority _ which approved the berth for the ferry _", "The port authority", "said", false}}},
		{"three apostrophes close two quotations",
			"``Men began to shout `fire on deck,''' said Ivo Kerr, a dock worker.",
			[]got{{"Men began to shout `fire on deck,'", "Ivo Kerr, a dock worker", "Ivo Kerr", "said", true}}},
		{"a second role after 'and'",
			"``Prices will rise this winter,'' said Tomas Ferl of Kavel Bank and a former adviser to the mint.",
			[]got{{"Prices will rise this winter", "Tomas Ferl of Kavel Bank and a former adviser to the mint", "Tomas Ferl", "said", true}}},
		{"a second role after 'and', then a trailing participle",
			"``Prices will rise,'' said Tomas Ferl of Kavel Bank and a former president of the Tessin Mint, alluding to the crash of 1990.",
			[]got{{"Prices will rise", "Tomas Ferl of Kavel Bank and a former president of the Tessin Mint", "Tomas Ferl", "said", true}}},
		{"a long adjunct before the quotation resumes",
			"``In my town,'' said one farmer during the long and noisy debate over the new dam in the village hall, ``rain means ruin.''",
			[]got{{"In my town", "one farmer", "one farmer", "said", true}, {"rain means ruin.", "one farmer", "one farmer", "said", true}}},
		{"a clause after 'and' is no role",
			"``We won,'' said Holm and the crowd cheered.",
			[]got{{"We won", "", "", "said", true}}},
		{"a particle inside a name",
			"``It will hurt, but we must pay,'' said Arnaldo Vieira do Campo.",
			[]got{{"It will hurt, but we must pay", "Arnaldo Vieira do Campo", "Arnaldo Vieira do Campo", "said", true}}},
		{"an adjunct, then the rest of the quotation",
			"``In my town,'' said one farmer during the fair in the old barn, ``rain means ruin.''",
			[]got{{"In my town", "one farmer", "one farmer", "said", true}, {"rain means ruin.", "one farmer", "one farmer", "said", true}}},
		{"an abbreviation hides the full stop before the next quotation",
			"``The boiler will be checked,'' said analyst Peter Holm of Varga Securities Ltd. ``It is old.''",
			[]got{{"The boiler will be checked", "analyst Peter Holm of Varga Securities Ltd.", "Peter Holm", "said", true}, {"It is old.", "analyst Peter Holm of Varga Securities Ltd.", "Peter Holm", "said", true}}},
		{"a time alone is no content",
			"But Holm and Ms. Riel, who lead a club of harbour widows announced late last week, told the radio they would hold a vigil.",
			[]got{{"they would hold a vigil", "Holm and Ms. Riel, who lead a club of harbour widows announced late last week,", "Riel", "told", false}}},
		{"an apposition that ends in a quoted title",
			"Nilo Brand, a priest and the author of ``The Price of Salt,'' said he felt that Tessin had been misled.",
			[]got{{"he felt that Tessin had been misled", "Nilo Brand, a priest and the author of ``The Price of Salt,''", "Nilo Brand", "said", false}}},
		{"a participle before its noun is an adjective",
			"In written remarks, the dockers said the pier was unsafe.",
			[]got{{"the pier was unsafe", "the dockers", "the dockers", "said", false}}},
		{"a participle after a preposition is an adjective",
			"The board singles out Holm for detailed treatment of his role.", nil},
		{"a quantifier before the participle is its subject",
			"Many expected that the pier would close.",
			[]got{{"the pier would close", "Many", "Many", "expected", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestGroupPronouns covers the speaker "they" or "it" named by the group
// or body the sentences around it name: the subject of a clause opening
// the same sentence, the last source of the sentence before, or its
// subject; never a person for "it", never a singular for "they".
func TestGroupPronouns(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"the subject of an opening clause",
			"When the harbour ministers finally met on Monday, they indicated that the toll might stay.",
			[]got{{"the toll might stay", "they", "the harbour ministers", "indicated", false}}},
		{"the subject of the sentence before",
			"The dockers met Holm. But they said the pier was unsafe.",
			[]got{{"the pier was unsafe", "they", "The dockers", "said", false}}},
		{"the source of the sentence before",
			"``The vote was rigged,'' said a statement from the dockers' union. It accused the board of lying.",
			[]got{{"The vote was rigged", "a statement from the dockers' union", "a statement from the dockers' union", "said", true},
				{"the board of lying", "It", "a statement from the dockers' union", "accused", false}}},
		{"the subject before a later source",
			"The early report said the pier was unsafe, the harbour radio said. It condemned the owners for the delay.",
			[]got{{"The early report said the pier was unsafe", "the harbour radio", "the harbour radio", "said", false},
				{"the owners for the delay", "It", "The early report", "condemned", false}}},
		{"a body for 'it'",
			"The harbour board asked for help. It also requested blankets and tents.",
			[]got{{"for help", "The harbour board", "The harbour board", "asked", false},
				{"blankets and tents", "It", "The harbour board", "requested", false}}},
		{"a person is no 'it'",
			"Ana Ruiz left the port. It said the toll would rise.",
			[]got{{"the toll would rise", "It", "", "said", false}}},
		{"a singular is no 'they'",
			"The mayor met Holm. They said the pier was unsafe.",
			[]got{{"the pier was unsafe", "They", "", "said", false}}},
		{"a time is no subject",
			"The last time the harbour board needed aid was in 1990. It also requested tents then.",
			[]got{{"tents then", "It", "", "requested", false}}},
		{"a phrase before the pronoun in its sentence",
			"The dockers met Holm. On the pier they said the toll was unfair.",
			[]got{{"the toll was unfair", "they", "", "said", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestNameAsModifier covers a name inside a speaker phrase that describes
// a noun ("the Varga government", "Varga adviser Ana Ruiz"): the speaker
// is the other name the phrase gives; and a pronoun whose own sentence
// names its subject. The caller's mentions tag the names as people, as a
// tagger does.
func TestNameAsModifier(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		people     []string
		want       []got
	}{
		{"a name before a common noun",
			"A lawyer in Tessin who represents victims of the Varga government, Ana Ruiz, said the court had gone further than ever.",
			[]string{"Varga", "Ana Ruiz"},
			[]got{{"the court had gone further than ever", "A lawyer in Tessin who represents victims of the Varga government, Ana Ruiz,", "Ana Ruiz", "said", false}}},
		{"a name before a role",
			"Varga adviser Ana Ruiz said the court had gone too far.",
			[]string{"Varga", "Ana Ruiz"},
			[]got{{"the court had gone too far", "Varga adviser Ana Ruiz", "Ana Ruiz", "said", false}}},
		{"a pronoun takes its own sentence's subject before an earlier speaker",
			"``We wait,'' said Ivo Kerr. Marek Holm set the tone on Friday, when he declared that the pier was safe.",
			[]string{"Ivo Kerr", "Marek Holm"},
			[]got{{"We wait", "Ivo Kerr", "Ivo Kerr", "said", true}, {"the pier was safe", "he", "Marek Holm", "declared", false}}},
		{"a name alone is the speaker",
			"Ana Ruiz of the harbour board said the court had gone too far.",
			[]string{"Ana Ruiz"},
			[]got{{"the court had gone too far", "Ana Ruiz of the harbour board", "Ana Ruiz", "said", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mentions []chorus.Mention
			for _, name := range tc.people {
				i := strings.Index(tc.text, name)
				mentions = append(mentions, chorus.Mention{Span: chorus.Span{Start: i, End: i + len(name)}, Type: chorus.EntityPerson, Text: name})
			}
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, mentions))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
