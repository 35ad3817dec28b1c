package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSubjectShapes covers subjects the finder used to miss: a plural
// head whose complement holds a further complement ("Fans of more rules
// on the pier say"), a plural subject after a conjunction that opens its
// clause ("But few …", "Though dockers who … say"), a pronoun and a name
// ("he and Ms. Riel said"), a share written in
// words after an approximator ("said about half of …"), an addressee
// that is an owner's station or people ("told Tessin’s local radio
// station", not only "told Tessin’s"), an opening "As
// the Gazette reported on Saturday," whose adjunct comes before the
// comma, and a study or a poll with its author after "by"
// that closes the sentence ("…, a study by the council found").
func TestSubjectShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a plural head before two complements", "Friends of the new rules on the Tessin pier say the toll is fair.",
			[]got{{"the toll is fair", "Friends of the new rules on the Tessin pier", "Friends of the new rules on the Tessin pier", "say", false}}},
		{"a compound deep in a sentence is still no subject", "She spoke on his radio show call after call.", nil},
		{"a plural head after 'but'", "But few in the harbour think the toll will ever be paid.",
			[]got{{"the toll will ever be paid", "few in the harbour", "few in the harbour", "think", false}}},
		{"a relative subject after 'though'", "Though dockers who have worked with Riel say the pier is safe, they still avoid it.",
			[]got{{"the pier is safe", "dockers who have worked with Riel", "dockers who have worked with Riel", "say", false}}},
		{"a share in words after 'about' opens what was said", "The harbour office said about half the extra cost was due to the toll.",
			[]got{{"about half the extra cost was due to the toll", "The harbour office", "The harbour office", "said", false}}},
		{"a share after 'nearly a'", "Riel said nearly a third of the dockers had left Marhold.",
			[]got{{"nearly a third of the dockers had left Marhold", "Riel", "Riel", "said", false}}},
		{"'as' and an adjunct before the comma", "As the Gazette reported on Saturday, Varga has joined the harbour board.",
			[]got{{"Varga has joined the harbour board", "the Gazette", "the Gazette", "reported", false}}},
		{"'as' after a clause does not take what follows 'and'", "The pier was sold, as the Gazette reported on Tuesday, and Varga will join the board.", nil},
		{"an owner's station as the addressee", "“We will not sell the pier,” Varga told Tessin’s local radio station on Monday.",
			[]got{{"We will not sell the pier", "Varga", "Varga", "told", true}}},
		{"an owner's people as the addressee", "Varga told Tessin's dockers the pier was safe.",
			[]got{{"the pier was safe", "Varga", "Varga", "told", false}}},
		{"a pronoun and a name", "It is not only about the pier, he and Ms. Riel said.",
			[]got{{"It is not only about the pier", "he and Ms. Riel", "Riel", "said", false}}},
		{"'according to' after a conjunction", "But according to leaked council papers, the dockers often reach out to the firm in private.",
			[]got{{"the dockers often reach out to the firm in private", "leaked council papers", "leaked council papers", "according to", false}}},
		{"'As reported by'", "As reported by the Gazette, the council first heard of the leak in March.",
			[]got{{"the council first heard of the leak in March", "the Gazette", "the Gazette", "As reported by", false}}},
		{"a bare plural subject after a weak verb of finding", "In breaking down the results, the Marhold Times found dockers favored Riel by a wide margin.",
			[]got{{"dockers favored Riel by a wide margin", "the Marhold Times", "the Marhold Times", "found", false}}},
		{"an apposition of a role held then", "The book would be a “warning to others,” said Ana Riel, then Varga's agent.",
			[]got{{"The book would be a “warning to others,”", "Ana Riel, then Varga's agent", "Ana Riel", "said", false}}},
		{"a study by its author closes the sentence", "Dockers in Marhold work longer hours than any others, a study by the harbour council found.",
			[]got{{"Dockers in Marhold work longer hours than any others", "a study by the harbour council", "a study by the harbour council", "found", false}}},
		{"a survey by a named author opens the sentence", "A survey by Tessin Radio shows that most dockers back the strike.",
			[]got{{"most dockers back the strike", "A survey by Tessin Radio", "A survey by Tessin Radio", "shows", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestPollWithoutDeterminer covers a poll closing the sentence with no
// determiner before it, as headlines and poll round-ups write it ("in
// latest poll", "in harbour opinion polls in Tessin"), while "in polls"
// and "in recent polls" stay polls in general, and an adverb before the
// poll ("in just about every poll") is no poll phrase this reads.
func TestPollWithoutDeterminer(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a headline's poll", "Varga stays well ahead of Riel in latest poll",
			[]got{{"Varga stays well ahead of Riel", "latest poll", "latest poll", "in", false}}},
		{"modifiers before plural polls", "Varga is ahead in harbour opinion polls in Tessin and Lunde.",
			[]got{{"Varga is ahead", "harbour opinion polls", "harbour opinion polls", "in", false}}},
		{"polls in general", "Varga is ahead in recent polls.", nil},
		{"interest in polls", "Riel is interested in polls.", nil},
		{"an adverb before the poll", "Varga has led Riel in just about every poll in Tessin this year.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestRelativeThat covers "that" as the subject of a relative clause
// whose verb is a cue: the clause is an attribution of the noun before
// it ("a survey that shows …", "letters that called Riel …"), while
// "that" as a determiner keeps its noun ("said that claims were false").
// A relative pronoun standing for a poll or a study reports its findings
// as the poll itself would ("a survey, which shows …").
func TestRelativeThat(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a plural head", "The toll was opposed by dockers that warn it could empty the harbour.",
			[]got{{"it could empty the harbour", "that", "dockers", "warn", false}}},
		{"a past form", "Riel resigned after the dockers sent letters that called her careless.",
			[]got{{"her careless", "that", "letters", "called", false}}},
		{"a determiner before a noun", "Riel said that claims about the toll were false.",
			[]got{{"claims about the toll were false", "Riel", "Riel", "said", false}}},
		{"'which' standing for a survey reports its findings", "The council cited a survey, which shows most dockers back the strike.",
			[]got{
				{"a survey", "The council", "The council", "cited", false},
				{"most dockers back the strike", "which", "a survey", "shows", false},
			}},
		{"a demonstrative after a preposition", "In that report the pier looked safe.", nil},
		{"a demonstrative after 'of'", "The author of that boast, Ana Riel, left the pier.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestViewOpener covers an opening "To X," that says whose view the
// clause after its comma is, as "according to X" would; an infinitive,
// "To be sure" and "To the extent …" open no view.
func TestViewOpener(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a group", "To many in Tessin, Riel is a provocateur.",
			[]got{{"Riel is a provocateur", "many in Tessin", "many in Tessin", "To", false}}},
		{"a possessive and a plural", "To her backers, the pier is the best choice for the harbour.",
			[]got{{"the pier is the best choice for the harbour", "her backers", "her backers", "To", false}}},
		{"a name with a role", "To harbour consultant Ana Varga, the toll is just a tax on dockers.",
			[]got{{"the toll is just a tax on dockers", "harbour consultant Ana Varga", "Ana Varga", "To", false}}},
		{"an infinitive", "To win the port, a candidate needs the dockers.", nil},
		{"to be sure", "To be sure, the pier is safe.", nil},
		{"an infinitive before a name", "To understand the real Ana Varga, Riel said, one should visit the pier.",
			[]got{
				{"To understand the real Ana Varga", "Riel", "Riel", "said", false},
				{"one should visit the pier", "Riel", "Riel", "said", false},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestAppearsAs covers "appear" before the state something appears in,
// an impression with no source whose content is the whole clause, as
// "seems" before an adjective already was; where or how someone appeared
// is no impression.
func TestAppearsAs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a participle", "Varga appeared poised to win the harbour vote.",
			[]got{{"Varga appeared poised to win the harbour vote", "", "", "appeared", false}}},
		{"a comparative", "The race for the port appears closer in Tessin.",
			[]got{{"The race for the port appears closer in Tessin", "", "", "appears", false}}},
		{"an adjective with a clause", "Riel appears ready to use the toll against the strike.",
			[]got{{"Riel appears ready to use the toll against the strike", "", "", "appears", false}}},
		{"where", "Riel appeared in court on Monday.", nil},
		{"beside whom", "Riel appeared alongside Varga at the pier.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestCreditLines covers a story's closing credits, which name people
// after a colon but quote no one.
func TestCreditLines(t *testing.T) {
	for _, text := range []string{
		"Contributing: Ana Riel and Tomas Varga",
		"Contributors: Ana Riel, Marhold News Service",
		"EMAIL: harbour@tessin.example",
	} {
		if got := asText(text, find(text, nil)); len(got) > 0 {
			t.Errorf("%s: got %v, want no quote", text, got)
		}
	}
}

// TestSplitAttributions covers sentences that hold two attributions where
// one used to claim both, or where one took what belongs to the other:
//   - a cue that closes the clause a trailing "Riel said" reports ("The
//     toll is worrying, Riel said"), a verb of acting or a verb or a noun of
//     stance inside that clause ("…, when Varga's support for … won, Riel told …"), and an aside after
//     a dash that follows such a trailing attribution;
//   - a nominal stance that is the subject of a passive judgement ("Her
//     decision to … was seen as …": each lay in the other's content);
//   - a second verb of the same subject after "but" and its auxiliaries,
//     after ", then", or a participle after a dash or after a comma inside
//     a closing mark typed as two apostrophes;
//   - a quotation after "“A,” said Varga, who noted that …" (Varga's);
//   - an attribution with its own subject in a clause of time after an act
//     ("Varga attacked the toll after Riel accused him …"; after "said" the
//     clause is part of what was said);
//   - a closing "according to X" whose clause an earlier cue holds, with a
//     description of X after it;
//   - a participle set off by commas between a subject and its verb
//     ("Varga, citing “…,” said …": Varga said it);
//   - an attribution that closes an aside in parentheses ("(…, Varga
//     says)" attributes the aside, not what follows the parenthesis).
func TestSplitAttributions(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a cue that ends the clause an inverted attribution reports", "The new toll is worrying, Riel said.",
			[]got{{"The new toll is worrying", "Riel", "Riel", "said", false}}},
		{"a dash after a trailing attribution opens an aside", "The pier could still be sold, Riel's allies believe — allies she will need in May.",
			[]got{{"The pier could still be sold", "Riel's allies", "Riel's allies", "believe", false}}},
		{"a nominal stance as the subject of a judgement", "Her decision to work for Varga was seen as a betrayal of the dockers.",
			[]got{{"Her decision to work for Varga was seen as a betrayal of the dockers", "", "", "seen", false}}},
		{"a second verb with its auxiliaries after 'but'", "The harbour council concluded the pier was unsafe, but did not recommend that it close.",
			[]got{
				{"the pier was unsafe", "The harbour council", "The harbour council", "concluded", false},
				{"it close", "The harbour council", "The harbour council", "recommend", false},
			}},
		{"a participle after 'or not' is no second verb", "Riel blamed the firms for selling the pier or, in one case, not agreeing to repair it.",
			[]got{{"the firms for selling the pier or, in one case, not agreeing to repair it", "Riel", "Riel", "blamed", false}}},
		{"a participle after a dash", "Riel denounced what she called the “gloomy” plan of the council — saying it offered the dockers nothing.",
			[]got{
				{"what she called the “gloomy” plan of the council", "Riel", "Riel", "denounced", false},
				{"it offered the dockers nothing", "Riel", "Riel", "saying", false},
			}},
		{"a quotation after a relative clause about the speaker goes on with the speaker", "“Fares are up a little,” said Varga, who noted that berths had cost half as much in the strike. “Things are moving the right way.”",
			[]got{
				{"Fares are up a little", "Varga", "Varga", "said", true},
				{"berths had cost half as much in the strike", "who", "Varga", "noted", false},
				{"Things are moving the right way.", "Varga", "Varga", "said", true},
			}},
		{"a closing 'according to' with a description after its source", "The council will spend more on the pier, according to an aide who was not allowed to speak.",
			[]got{{"The council will spend more on the pier", "an aide", "an aide", "according to", false}}},
		{"a closing 'according to' whose clause an earlier cue holds", "Riel will propose a new toll, according to an aide who was not allowed to speak.",
			[]got{{"Riel will propose a new toll", "an aide", "an aide", "according to", false}}},
		{"a clause split by 'according to'", "Among the ports at risk, according to Ms. Varga, are 16 on the coast.",
			[]got{{"are 16 on the coast", "Ms. Varga", "Varga", "according to", false}}},
		{"an attribution in a clause of time after an act", "Varga attacked the new toll after Riel accused him of selling the pier.",
			[]got{
				{"the new toll after Riel accused him of selling the pier", "Varga", "Varga", "attacked", false},
				{"him of selling the pier", "Riel", "Riel", "accused", false},
			}},
		{"a clause of time in what someone said stays in it", "Varga said he left the pier when Riel accused him of selling it.",
			[]got{{"he left the pier when Riel accused him of selling it", "Varga", "Varga", "said", false}}},
		{"a second verb after ', then'", "Varga offered Riel a job at the pier, then said he would welcome advice.",
			[]got{
				{"Riel a job at the pier", "Varga", "Varga", "offered", false},
				{"he would welcome advice", "Varga", "Varga", "said", false},
			}},
		{"a participle with a quotation between the subject and its verb", "Mr. Varga, citing “the old magic of the pier,” said the port could still win.",
			[]got{
				{"the old magic of the pier", "Mr. Varga", "Varga", "citing", true},
				{"the port could still win", "Mr. Varga", "Varga", "said", false},
			}},
		{"a participle between the subject and its verb", "Mr. Varga, citing the old magic of the pier, said the port could still win.",
			[]got{
				{"the old magic of the pier", "Mr. Varga", "Varga", "citing", false},
				{"the port could still win", "Mr. Varga", "Varga", "said", false},
			}},
		{"a nominal stance in the clause a trailing attribution reports", "Ferries stir less fervor than in 1980, when Varga's support for the pier won him the port, Riel told the Gazette.",
			[]got{{"Ferries stir less fervor than in 1980, when Varga's support for the pier won him the port", "Riel", "Riel", "told", false}}},
		{"a verb of stance in the clause a trailing attribution reports", "While Riel spent her first year on the pier, she can now embrace the toll, dockers said.",
			[]got{{"While Riel spent her first year on the pier, she can now embrace the toll", "dockers", "dockers", "said", false}}},
		{"a verb of acting in the clause a trailing attribution reports", "The port will close when Varga announces the sale, Riel said.",
			[]got{{"The port will close when Varga announces the sale", "Riel", "Riel", "said", false}}},
		{"a dash after a trailing attribution and its time", "Falling tolls will end this year, the harbour office reported on Tuesday — a turn for the worse at the pier.",
			[]got{{"Falling tolls will end this year", "the harbour office", "the harbour office", "reported", false}}},
		{"an attribution closing an aside in parentheses", "She minded if the poor ratings (down to 19 percent in the spring, Varga says) hurt the port.",
			[]got{{"down to 19 percent in the spring", "Varga", "Varga", "says", false}}},
		{"a participle after a comma inside two apostrophes", "Mr. Varga called the toll ''unfair to dockers,'' accusing Riel of ''selling the pier.''",
			[]got{
				{"the toll ''unfair to dockers,''", "Mr. Varga", "Varga", "called", false},
				{"selling the pier.", "Mr. Varga", "Varga", "accusing", true},
			}},
		{"the same with curly marks", "Mr. Varga called the toll “unfair to dockers,” accusing Riel of “selling the pier.”",
			[]got{
				{"the toll “unfair to dockers,”", "Mr. Varga", "Varga", "called", false},
				{"selling the pier.", "Mr. Varga", "Varga", "accusing", true},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
