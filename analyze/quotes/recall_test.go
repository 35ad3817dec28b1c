package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRecall covers attributions that the verbs of the lexicon already
// cover but that a phrase around them used to hide: a subject whose head
// is singular before a plural complement, an irregular plural subject, a
// contracted "is" or "has" ("she’s claiming"), a relative clause between
// dashes, a bare clause after a weak verb of knowing or finding ("found
// the town was in breach"), the verb "suspect", and nouns of belief with
// their owner ("Holm’s view is that …"), "it is clear that …", and states
// of mind with a bare clause or after a copula other than "be" ("was sure
// Holm would win", "came away convinced that …"), and verbs outside the
// lexicon that cast their object as a quoted phrase; and a few verbs of
// saying, showing and holding that the lexicon lacked (bemoan, downplay,
// invoke, underscore, unveil, publish, admire, embrace, envision); "by
// one estimate" as a source.
func TestRecall(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a singular head before a plural complement agrees with 'shows'", "Fares rose by half, a Lunde Post analysis of harbour reports shows.",
			[]got{{"Fares rose by half", "a Lunde Post analysis of harbour reports", "a Lunde Post analysis of harbour reports", "shows", false}}},
		{"an analysis is no plural", "Fares rose by half, an analysis shows.",
			[]got{{"Fares rose by half", "an analysis", "an analysis", "shows", false}}},
		{"data are plural", "Data from the Marhold Survey show that women ran most of the boats.",
			[]got{{"women ran most of the boats", "Data from the Marhold Survey", "Marhold Survey", "show", false}}},
		{"a plural after 'other' is still a noun", "The list of other states shows a gap.",
			nil},
		{"a contracted 'is' before an -ing cue", "She’s claiming that the ferry is a big problem.",
			[]got{{"the ferry is a big problem", "She", "", "claiming", false}}},
		{"a contracted 'has' before a past cue", "He’s said the ferry would run.",
			[]got{{"the ferry would run", "He", "", "said", false}}},
		{"a contracted 'is' before a passive stays passive", "It’s said the ferry would run.",
			nil},
		{"a possessive before a participle is no contraction", "Holm’s claimed victory was hollow.",
			nil},
		{"a relative clause between dashes ends at the second dash", "It rose, with Holm — who’s called for a new pier — leading the way.",
			[]got{{"for a new pier", "who", "Holm", "called", false}}},
		{"a weak cue takes a bare clause with a finite verb", "A panel found the town was in breach of the deal.",
			[]got{{"the town was in breach of the deal", "A panel", "A panel", "found", false}}},
		{"knowing a bare clause", "Holm knows the harbour master was wrong.",
			[]got{{"the harbour master was wrong", "Holm", "Holm", "knows", false}}},
		{"a weak cue's object is no clause", "The panel found a way to win.",
			nil},
		{"a relative clause after the object is no clause", "Holm found the money that was missing.",
			nil},
		{"a suspicion is a stance", "Many traders suspect those losses were caused by the storm.",
			[]got{{"those losses were caused by the storm", "Many traders", "Many traders", "suspect", false}}},
		{"suspects are no cue", "Two suspects were arrested on Monday.",
			nil},
		{"a suspected smuggler is no cue", "A suspected smuggler was held.",
			nil},
		{"a noun of belief with its owner and its that-clause", "Quell’s belief that the tunnel will flood never changed.",
			[]got{{"the tunnel will flood never changed", "Quell", "Quell", "belief", false}}},
		{"a noun of belief before 'is that'", "Holm’s view is that the pier is safe.",
			[]got{{"the pier is safe", "Holm", "Holm", "view is", false}}},
		{"a relative clause after a noun of belief is no content", "It was his idea that worked in the end.",
			nil},
		{"what is plain, to no one", "It’s obvious that they are wasting their time.",
			[]got{{"they are wasting their time", "", "", "It’s obvious", false}}},
		{"what is plain, inverted after 'nor'", "Nor is it clear that more fines would deter the smugglers.",
			[]got{{"more fines would deter the smugglers", "", "", "is it clear", false}}},
		{"what is plain, with a bare clause", "It was clear Holm is trying to reach the dockers.",
			[]got{{"Holm is trying to reach the dockers", "", "", "It was clear", false}}},
		{"what is unclear holds no view", "It was unclear whether the judges would rule on the pier.",
			nil},
		{"what is not clear holds no view", "It is not clear that the ferry stopped.",
			nil},
		{"a clear phrase is no clause", "It was clear from the start.",
			nil},
		{"what is plain inside a report is the reporter's", "Holm said it was clear that the pier would close.",
			[]got{{"it was clear that the pier would close", "Holm", "Holm", "said", false}}},
		{"a certainty with a bare clause", "She was sure Holm would triumph.",
			[]got{{"Holm would triumph", "She", "", "sure", false}}},
		{"a certainty with 'if'", "They weren’t sure if they could help.",
			[]got{{"if they could help", "They", "", "sure", false}}},
		{"frustration with a that-clause", "The dockers were frustrated that the board kept the video.",
			[]got{{"the board kept the video", "The dockers", "The dockers", "frustrated", false}}},
		{"a state of mind after 'came away'", "Brandt came away convinced that real reforms were under way.",
			[]got{{"real reforms were under way", "Brandt", "Brandt", "convinced", false}}},
		{"a state of mind after 'remains'", "Holm remains confident that the ferry will run.",
			[]got{{"the ferry will run", "Holm", "Holm", "confident", false}}},
		{"a state of mind after 'felt'", "She felt sure the ferry would run.",
			[]got{{"the ferry would run", "She", "", "sure", false}}},
		{"an adjective with no clause is no cue", "The dockers were frustrated.",
			nil},
		{"a noun of the lexicon does not stop a block quotation", "Holm added:\n\nThe ferry reeks of the fear this year.",
			[]got{{"The ferry reeks of the fear this year", "Holm", "Holm", "added", false}}},
		{"a cue in a block's first sentence starts its own attribution", "Holm added:\n\nThe ferry, Brandt said, will not run.",
			[]got{{"The ferry", "Brandt", "Brandt", "said", false}, {"will not run", "Brandt", "Brandt", "said", false}}},
		{"a time and a clause of its own after an inverted cue are an adjunct", "\"Let the port defend itself,\" Holm said Friday as he entered the talks.",
			[]got{{"Let the port defend itself", "Holm", "Holm", "said", true}}},
		{"a subject after an adjunct still opens the content", "Holm said after the meeting he would resign.",
			[]got{{"he would resign", "Holm", "Holm", "said", false}}},
		{"'going on to say' as a participle", "The ferry is late, Holm said, going on to say that the port needs more boats.",
			[]got{{"The ferry is late", "Holm", "Holm", "said", false}, {"the port needs more boats", "Holm", "Holm", "going on to say", false}}},
		{"a verb outside the lexicon casting its object as a quoted phrase", "Quell openly lionizes Brandt as a “strong leader,” comparing him to the mayor.",
			[]got{{"Brandt as a “strong leader,”", "Quell", "Quell", "lionizes", false}}},
		{"casting with a progressive", "Holm has been steadily pounding Brandt as a “con artist” for weeks.",
			[]got{{"Brandt as a “con artist”", "Holm", "Holm", "pounding", false}}},
		{"casting with a particle", "Holm has gone after Brandt as a “spoiled brat.”",
			[]got{{"Brandt as a “spoiled brat.”", "Holm", "Holm", "gone after", false}}},
		{"no object before 'as' casts nothing", "It comes across as “too loud.”",
			nil},
		{"bemoaning", "Quell bemoaned the unrest in Lunde.",
			[]got{{"the unrest in Lunde", "Quell", "Quell", "bemoaned", false}}},
		{"downplaying after a coordinated verb", "He has pushed untested cures and downplayed the risk of injuries for kids.",
			[]got{{"the risk of injuries for kids", "He", "", "downplayed", false}}},
		{"unveiling a plan", "Holm unveiled a list of endorsements from 95 captains.",
			[]got{{"a list of endorsements from 95 captains", "Holm", "Holm", "unveiled", false}}},
		{"embracing an idea", "Central leaders have embraced the idea of a new force.",
			[]got{{"the idea of a new force", "Central leaders", "Central leaders", "embraced", false}}},
		{"a participle after its noun publishes nothing", "The plan came from a paper published shortly before the speech.",
			nil},
		{"a participle's object is no inverted speaker", "Holm left, speaking of the health issue.",
			[]got{{"the health issue", "Holm", "Holm", "speaking of", false}}},
		{"a participle after an inverted attribution", "“This is in their heads,” said Holm, speaking of the health issue.",
			[]got{{"This is in their heads", "Holm", "Holm", "said", true}, {"the health issue", "Holm", "Holm", "speaking of", false}}},
		{"disagreeing with someone", "Quell apparently disagrees with her former boss.",
			[]got{{"her former boss", "Quell", "Quell", "disagrees with", false}}},
		{"a ruling against something", "The court ruled against the procedure for removing voters.",
			[]got{{"the procedure for removing voters", "The court", "The court", "ruled against", false}}},
		{"pointing to something", "The board pointed to the cost of the tunnel.",
			[]got{{"the cost of the tunnel", "The board", "The board", "pointed to", false}}},
		{"pointing to an object that stands before", "The examples that critics point to as failures did well.",
			nil},
		{"percentage points are no cue", "It rose by 0.1 percentage points to 4.2 percent.",
			nil},
		{"a poll average whose complement holds a participle and a time", "The Lunde Poll average of surveys taken over the past two weeks shows Holm leading Brandt.",
			[]got{{"Holm leading Brandt", "The Lunde Poll average of surveys taken over the past two weeks", "The Lunde Poll average of surveys taken over the past two weeks", "shows", false}}},
		{"a source after 'by' closing the sentence", "Some 300,000 acres of forest have been damaged by mining, by one estimate.",
			[]got{{"Some 300,000 acres of forest have been damaged by mining", "one estimate", "one estimate", "by", false}}},
		{"a source after 'by' opening the sentence", "By Holm’s own admission, her tax returns are far thicker than the filing.",
			[]got{{"her tax returns are far thicker than the filing", "Holm’s own admission", "Holm’s own admission", "By", false}}},
		{"'by' inside a clause another cue reports is no source", "By some measures, the fleet met its goals, an official said.",
			[]got{{"By some measures, the fleet met its goals", "an official", "an official", "said", false}}},
		{"an agent is no source", "The pier was built by the town.",
			nil},
		{"a light verb in the progressive is no passive", "Holm is raising questions about his microphone problems during the debate.",
			[]got{{"his microphone problems during the debate", "Holm", "Holm", "raising questions about", false}}},
		{"a light verb's participle takes the clause's subject", "Holm left, raising questions about the pier.",
			[]got{{"the pier", "Holm", "Holm", "raising questions about", false}}},
		{"an aside set off by commas before 'that'", "Several traders cautioned, as did the harbour board itself, that the tax might well change.",
			[]got{{"the tax might well change", "Several traders", "Several traders", "cautioned", false}}},
		{"an adjunct set off by commas before 'that'", "Holm said, in an interview on Monday, that the pier would close.",
			[]got{{"the pier would close", "Holm", "Holm", "said", false}}},
		{"'in fact' set off by commas before 'that'", "Holm said, in fact, that the pier would close.",
			[]got{{"the pier would close", "Holm", "Holm", "said", false}}},
		{"an adverb between a verb of speaking and its particle", "Holm spoke emotionally of his many trips across the bay.",
			[]got{{"his many trips across the bay", "Holm", "Holm", "spoke emotionally of", false}}},
		{"a question put with 'Asked to'", "Asked to describe the device, Holm said, \"Not going to go into that.\"",
			[]got{{"to describe the device", "", "", "Asked", false}, {"Not going to go into that.", "Holm", "Holm", "said", true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
