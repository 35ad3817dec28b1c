package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeldOut covers rules added from the errors of one half of PolNeAR's
// training texts and kept only when they held on the other half: nouns of
// taking a side with the prepositions they take ("opposition to",
// "attacks on"), such a noun as the object of a verb ("stepped up her
// attacks on …"), a poll that ends the sentence it reports ("… in a new
// poll by the Gazette"), a side received with its author ("won the backing
// of", "drew criticism from") and documents that show what they hold ("a
// memo shows …"). Verbs of acting ("signed", "approved", "named",
// "lobbied for") also raised PolNeAR's numbers (train 77.52 → 78.04 with
// the rest) but are left out: PolNeAR marks them as attributions, and a
// reader of "who said what" would not.
func TestHeldOut(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"opposition to", "Varga’s opposition to the ferry tax cost him the vote.",
			[]got{{"the ferry tax cost him the vote", "Varga", "Varga", "opposition to", false}}},
		{"attacks on, after a verb", "Riel stepped up her attacks on the Marhold council.",
			[]got{{"the Marhold council", "Riel", "Riel", "attacks on", false}}},
		{"a plan kept after a verb is the subject's", "Varga kept her promise to close the old pier.",
			[]got{{"to close the old pier", "Varga", "Varga", "promise", false}}},
		{"a side noun after a preposition stays the clause's object", "Holm pointed to Varga’s attacks on the council.",
			[]got{{"Varga’s attacks on the council", "Holm", "Holm", "pointed to", false}}},
		// an act is no attribution, though PolNeAR often marks one: what
		// a reader asks of "who said what" is said, not done
		{"approving a plan is an act, not a quote", "The Marhold council approved the harbour plan on Monday.",
			nil},
		{"signing an agreement is an act, not a quote", "The union and the ferry operator signed an agreement at dawn.",
			nil},
		{"a passive in a speaker's relative clause says nothing", "The pier is safe, said an engineer who asked not to be named in print.",
			[]got{{"The pier is safe", "an engineer who asked not to be named in print", "an engineer who asked not to be named in print", "said", false}}},
		{"a side received has its author after 'of'", "Varga won the backing of the Tessin dockers.",
			[]got{{"Varga", "the Tessin dockers", "the Tessin dockers", "won the backing of", false}}},
		{"criticism drawn from someone", "The pier plan drew sharp criticism from Riel.",
			[]got{{"The pier plan", "Riel", "Riel", "drew sharp criticism from", false}}},
		{"a received noun without an author is no attribution", "Varga won the support she needed.",
			nil},
		{"a document that shows a phrase", "A leaked memo shows the council weighing a new tax.",
			[]got{{"the council weighing a new tax", "A leaked memo", "A leaked memo", "shows", false}}},
		{"a document detailing its object", "The audit detailed the cost of the new pier.",
			[]got{{"the cost of the new pier", "The audit", "The audit", "detailed", false}}},
		// "observed two minutes of quiet" is an act: "observe" attributes
		// only what a clause says
		{"observing a rite", "Riel observed two minutes of quiet for the drowned crew.", nil},
		{"observing that", "Riel observed that the dockers were restless.",
			[]got{{"the dockers were restless", "Riel", "Riel", "observed", false}}},
		{"a participle after a comma inside the closing mark", "Varga insisted the pier was “safe for years,” citing the audit of the harbour.",
			[]got{{"the pier was “safe for years,”", "Varga", "Varga", "insisted", false}, {"the audit of the harbour", "Varga", "Varga", "citing", false}}},
		// "said it was glad and would recall all shifts": an auxiliary
		// after "and" as often opens a second act as a second saying, so
		// the content runs on (PolNeAR gained 0.04 from the other reading)
		{"a second verb after 'and' and an auxiliary stays in the content", "Varga said the ferry was ready and would recall its crews at dawn.",
			[]got{{"the ferry was ready and would recall its crews at dawn", "Varga", "Varga", "said", false}}},
		{"a part of a group before a plain form", "Some say the quarrel over the harbour is back.",
			[]got{{"the quarrel over the harbour is back", "Some", "Some", "say", false}}},
		{"a plural head before 'on' and its noun", "Many officials on the island believe the pier is doomed.",
			[]got{{"the pier is doomed", "Many officials on the island", "Many officials on the island", "believe", false}}},
		{"a part of a group with a place", "Few on either side think the toll will ever be paid.",
			[]got{{"the toll will ever be paid", "Few on either side", "Few on either side", "think", false}}},
		{"a place word between a subject and its plain form", "Advocates of more ferries here say there is a link to the crowding.",
			[]got{{"there is a link to the crowding", "Advocates of more ferries here", "Advocates of more ferries here", "say", false}}},
		{"a month between a subject and its plain form", "Traders trying to win back the market in November say the ferry is too slow.",
			[]got{{"the ferry is too slow", "Traders trying to win back the market in November", "Traders trying to win back the market in November", "say", false}}},
		{"siding with someone", "The Tessin mayor sided with the dockers in the dispute.",
			[]got{{"the dockers in the dispute", "The Tessin mayor", "The Tessin mayor", "sided with", false}}},
		{"'sides' after a determiner is a noun", "Both sides met at the pier.",
			nil},
		{"weighing in", "Riel weighed in on the ferry dispute.",
			[]got{{"the ferry dispute", "Riel", "Riel", "weighed in on", false}}},
		{"a verb of stance without its particle is no cue", "The crate weighed ten tonnes.",
			nil},
		{"a plain 'add' of a sum is no cue", "The new tolls would add up to a fortune for the ferry owners.",
			nil},
		{"a plain 'add' with a that-clause is", "I would add that the pier was never safe.",
			[]got{{"the pier was never safe", "I", "", "add", false}}},
		{"a place before 'attacks' names the events", "After the Lunde attacks the harbour was closed for a week.",
			nil},
		{"disavowing someone", "Varga finally disavowed the dockers' leader.",
			[]got{{"the dockers' leader", "Varga", "Varga", "disavowed", false}}},
		{"lobbying is an act, not a quote", "The ferry owners lobbied for a lower toll.",
			nil},
		{"warning of something", "Riel warned of long delays at the harbour.",
			[]got{{"long delays at the harbour", "Riel", "Riel", "warned of", false}}},
		{"a poll that ends the sentence", "Varga leads Riel by six points in a new poll by the Tessin Gazette.",
			[]got{{"Varga leads Riel by six points", "a new poll by the Tessin Gazette", "a new poll by the Tessin Gazette", "in", false}}},
		{"the polls in general are no source", "Varga is well ahead in the polls.",
			nil},
		{"a poll in a sentence with its own cue", "Varga said she leads in a new poll by the Gazette.",
			[]got{{"she leads in a new poll by the Gazette", "Varga", "Varga", "said", false}}},
		{"a poll followed by a clause", "Varga leads in a poll that the Gazette ran.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestHeldOutGaps covers rules added from the misses of one half of
// PolNeAR's training texts (quotes11) and kept only when they held on the
// other half and on dev: a cue whose object is the noun phrase its relative
// clause describes ("the ferry tax, which Varga favors", "a charge that
// Varga denied"), a verb and a noun of saying with its modifiers ("sounded
// a wary note on", "made no mention of", "gave a preview of",
// "shared their concerns about", "voiced support for"), sides taken in a
// phrase ("has taken a hard line against", "spoke out in favor of"), more
// states of mind ("is upbeat about", "are tired of", "is bent on winning"),
// speaking with someone about a topic ("spoke with the Gazette about …"),
// "learned that …", "stated" with a bare clause ("stated the board was
// careless"), "ready to" and "tend to" before a cue, a modal before a plain
// form that may be a noun ("would demand"), "both" as a subject, a
// headline's past verb after a short subject ("Varga Told A Reporter …"),
// "would like to …", a negated to-clause ("decided not to run"), a quoted
// sentence that goes on unquoted after its attribution ("“It is bad luck,”
// he said, that …"), a name right after a cue as its object, not a filler
// to skip ("criticized Holm during a rally Friday in Lunde, Vsk."), a
// single name as the topic of a cue ("talks about Holm, …"), a poll that
// finds a view ("… viewed Varga favorably in a poll") or that has a date or
// a long name ("in a Gazette/Radio Lunde poll Jan. 17-23"), an addressee
// that stops before the subject of the clause told ("told the network it
// was …"), an author after "by" that stops before the reason for a
// judgement, and "once" after a sentence-opening subject as an adverb ("He
// once said …").
func TestHeldOutGaps(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"the object of a cue before its speaker, after 'which'", "The council dropped the ferry tax, which Varga favors.",
			[]got{{"the ferry tax, which", "Varga", "Varga", "favors", false}}},
		{"the object before 'that' and the speaker", "Riel kept the harbour fee, a charge that Varga has always denied.",
			[]got{{"a charge that", "Varga", "Varga", "denied", false}}},
		{"the object before 'whom', an adjunct after the cue", "The dockers, whom Varga criticized on Monday, struck.",
			[]got{{"The dockers, whom", "Varga", "Varga", "criticized", false}}},
		{"no relative pronoun before a pronoun speaker", "The pier plan, a deal she supported, is dead.",
			[]got{{"a deal", "she", "", "supported", false}}},
		{"a relative after a preposition is an adjunct", "The pier is in Lunde, in which Varga declares, “We will rebuild.”",
			[]got{{"We will rebuild.", "Varga", "Varga", "declares", true}}},
		{"a lone common noun is too little to quote", "It is the stuff that the shop posts.",
			nil},
		{"learning that something is so", "Fishermen quickly learned that the harbour was closed.",
			[]got{{"the harbour was closed", "Fishermen", "Fishermen", "learned", false}}},
		{"learning a skill is no finding", "Varga learned to sail in Lunde.",
			nil},
		{"learning a trade is no finding", "Varga learned the trade from her father.",
			nil},
		{"ready to take a side", "The dockers were ready to endorse Varga.",
			[]got{{"Varga", "The dockers", "The dockers", "endorse", false}}},
		{"tending to take a side", "Traders tend to support the new pier.",
			[]got{{"the new pier", "Traders", "Traders", "support", false}}},
		{"the author of a judgement stops before its reason, which is part of what was judged", "Holm was criticized by opponents for his plan.",
			[]got{{"Holm", "opponents", "opponents", "criticized", false}, {"for his plan", "opponents", "opponents", "criticized", false}}},
		{"'once' after a sentence-opening subject is an adverb", "He once said that the pier was safe.",
			[]got{{"the pier was safe", "He", "", "said", false}}},
		{"'once' after a noun leaves a relative clause", "It moved away from the figures it once told traders had value.",
			[]got{{"traders had value", "", "", "told", false}}},
		{"a modal before a plain form that may be a noun", "A united opposition would demand longer breaks.",
			[]got{{"longer breaks", "A united opposition", "A united opposition", "demand", false}}},
		{"a thing that will support a feature takes no side", "The app will support cabin heating.",
			nil},
		{"'one would hope' is no source", "One would hope so, since the port needs it.",
			nil},
		{"'both' as a subject", "Both embrace the new harbour plan.",
			[]got{{"the new harbour plan", "Both", "Both", "embrace", false}}},
		{"a negated to-clause", "Varga decided not to stand for the harbour board.",
			[]got{{"not to stand for the harbour board", "Varga", "Varga", "decided", false}}},
		{"a negated to-clause needs its verb", "Varga refused not to.",
			nil},
		{"'would like to' is a wish", "The dockers would like to shrink the harbour board.",
			[]got{{"to shrink the harbour board", "The dockers", "The dockers", "like", false}}},
		{"'like' alone is no wish", "It looks like the pier will open.",
			nil},
		{"a quoted sentence going on after its attribution", "“It is a shame,” he said, that both pilots had met on the pier.",
			[]got{{"It is a shame", "he", "", "said", true}, {"that both pilots had met on the pier", "he", "", "said", false}}},
		{"a quoted subject whose verb follows the attribution", "“Only the ferrymen,” she said, could sail in such fog.",
			[]got{{"Only the ferrymen", "she", "", "said", true}, {"could sail in such fog", "she", "", "said", false}}},
		{"an adjunct after the attribution is no continuation", "“We will win,” she said, to cheers.",
			[]got{{"We will win", "she", "", "said", true}}},
		{"a name right after the cue is its object, not a filler", "Varga also criticized Holm during a rally Friday in Lunde, Vsk.",
			[]got{{"Holm during a rally Friday in Lunde, Vsk", "Varga", "Varga", "criticized", false}}},
		{"fillers before a quotation are still skipped", "Varga said Tuesday in Lunde, “We will win.”",
			[]got{{"We will win.", "Varga", "Varga", "said", true}}},
		{"the topic of a cue may be a single name", "Whenever she talks about Holm, the room falls quiet.",
			[]got{{"Holm", "she", "", "talks about", false}}},
		{"a name referred to, before its apposition", "Varga said in May, referring to Holm, the chief negotiator.",
			[]got{{"Holm", "Varga", "Varga", "referring to", false}}},
		{"a view a poll found", "Thirty percent of traders viewed Varga favorably in a Gazette poll this month.",
			[]got{{"Thirty percent of traders viewed Varga favorably", "a Gazette poll this month", "a Gazette poll this month", "in", false}}},
		{"a poll's date and a long name", "Varga led Riel 2-1 in a Gazette/Radio Lunde poll Jan. 17-23.",
			[]got{{"Varga led Riel 2-1", "a Gazette/Radio Lunde poll Jan. 17-23", "a Gazette/Radio Lunde poll Jan. 17-23", "in", false}}},
		{"a poll far behind a clause word is none", "The harbour race stays open partly because of the lack of any poll.",
			nil},
		{"polls followed by a verb are no source", "The tone of the papers and polls was sour.",
			nil},
		{"'stated' with a bare clause", "Varga stated the harbour board was careless.",
			[]got{{"the harbour board was careless", "Varga", "Varga", "stated", false}}},
		{"the plain form 'state' is as often a noun", "The member state delegates would meet on Friday.",
			nil},
		{"a verb and a noun of saying, with its modifiers", "Riel sounded a wary note about the freight figures.",
			[]got{{"the freight figures", "Riel", "Riel", "sounded a wary note about", false}}},
		{"making no mention of something", "Varga made no mention of the harbour board.",
			[]got{{"the harbour board", "Varga", "Varga", "made no mention of", false}}},
		{"giving a preview of something", "Holm gave a preview of the new ferry timetable.",
			[]got{{"the new ferry timetable", "Holm", "Holm", "gave a preview of", false}}},
		{"giving no noun of saying", "Varga gave the dockers a raise.",
			nil},
		{"a call made to someone is a message sent", "Varga made a call to the police.",
			nil},
		{"sharing concerns about something", "Some of the traders shared their concerns about the new tolls.",
			[]got{{"the new tolls", "Some of the traders", "Some of the traders", "shared their concerns about", false}}},
		{"giving an account of something", "Varga gives an account of the night the pier burned.",
			[]got{{"the night the pier burned", "Varga", "Varga", "gives an account of", false}}},
		{"speaking with someone about a topic", "Varga spoke with the Gazette about the harbour tolls.",
			[]got{{"the harbour tolls", "Varga", "Varga", "spoke with the Gazette about", false}}},
		{"what one spoke about is no speaker", "Earlier, Varga, a trader, spoke with the Gazette about Holm.",
			[]got{{"Holm", "Varga, a trader,", "Varga", "spoke with the Gazette about", false}}},
		{"speaking to someone with no topic", "Varga spoke to reporters.",
			nil},
		{"the subject of the clause after the addressee", "Varga told the network it was fine.",
			[]got{{"it was fine", "Varga", "Varga", "told", false}}},
		{"taking a stance against something", "Varga has taken a hard line against the new tolls.",
			[]got{{"the new tolls", "Varga", "Varga", "taken a hard line against", false}}},
		{"speaking out in favor of someone", "On Friday Varga spoke out in favor of Holm.",
			[]got{{"Holm", "Varga", "Varga", "spoke out in favor of", false}}},
		{"voicing support for someone", "Varga voiced support for the dockers.",
			[]got{{"the dockers", "Varga", "Varga", "voiced support for", false}}},
		{"a state of mind about something", "Varga is upbeat about the dockers' chances.",
			[]got{{"the dockers' chances", "Varga", "Varga", "upbeat about", false}}},
		{"bent on doing something", "Varga is bent on winning the harbour seat.",
			[]got{{"winning the harbour seat", "Varga", "Varga", "bent on", false}}},
		{"bent in shape", "The pipe is bent on one side.",
			nil},
		{"a headline's past verb", "Varga Told A Reporter Not To Worry About The Pier.",
			[]got{{"Not To Worry About The Pier", "Varga", "Varga", "Told", false}}},
		{"a headline's past verb with its particle", "Holm Just Responded To Varga’s Biggest Attack Yet.",
			[]got{{"Varga’s Biggest Attack Yet", "Holm", "Holm", "Responded To", false}}},
		{"a headline's past participle as an adjective", "Physicists Just Created the Most Detailed Map of the Harbour.",
			nil},
		{"a headline's passive with its place", "The Beauty of Lunde Revealed at Harbour Festival!",
			nil},
		{"a headline whose long run of capitals hides its subject", "The First Map of the Old Harbour Just Revealed Some Hidden Wrecks.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestSidesAndPurposes covers a later round of rules from the same half
// of PolNeAR's training texts, kept when the other half and dev held:
// states of mind with what they judge ("pleased with", "confident in"), a
// side named after "be" ("is a staunch backer of", "is no fan of"),
// pressing for something and casting someone as something, a cue after
// "to" whose subject is a noun phrase before it (a headline's future, the
// object of "prompted", "the first mayor to …") or the subject of its
// clause ("went on the radio to defend …", "struggled to explain …"),
// and questions after "know". Acts of speaking done on purpose ("flew in
// to address the dockers") stay out, as do nouns that look like cues.
func TestSidesAndPurposes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"pleased with something", "The growers were thrilled with the ruling on tariffs.",
			[]got{{"the ruling on tariffs", "The growers", "The growers", "thrilled with", false}}},
		{"confident in something", "Most farmers are confident in the new plan.",
			[]got{{"the new plan", "Most farmers", "Most farmers", "confident in", false}}},
		{"a side named after be", "Riel is a staunch backer of the levy on ferries.",
			[]got{{"the levy on ferries", "Riel", "Riel", "a staunch backer of", false}}},
		{"among the first on a side", "The dockers were among the earliest supporters of Varga.",
			[]got{{"Varga", "The dockers", "The dockers", "among the earliest supporters of", false}}},
		{"no fan of someone", "Varga is no fan of Lind.",
			[]got{{"Lind", "Varga", "Varga", "no fan of", false}}},
		{"fans who take no side", "The fans of the club cheered.",
			nil},
		{"quick to add", "Lind was quick to add that ferries still sail at noon.",
			[]got{{"ferries still sail at noon", "Lind", "Lind", "add", false}}},
		{"confiding", "Varga confided that the talks had stalled.",
			[]got{{"the talks had stalled", "Varga", "Varga", "confided", false}}},
		{"states the noun", "Harbour states have suffered from the closures.",
			nil},
		{"a common word before a colon", "Remember: the pier closes at noon.",
			nil},
		{"pushing for something", "Riel has pushed for a recount of the port vote.",
			[]got{{"a recount of the port vote", "Riel", "Riel", "pushed for", false}}},
		{"pushing a thing", "The dockers pushed the cart.",
			nil},
		{"casting someone as something", "Varga has cast Lind as a friend of the shipowners.",
			[]got{{"Lind as a friend of the shipowners", "Varga", "Varga", "cast", false}}},
		{"painting a fence", "They painted the fence.",
			nil},
		{"a projection", "The port board projected that fares would rise.",
			[]got{{"fares would rise", "The port board", "The port board", "projected", false}}},
		{"a call for something", "Riel renewed his call for a recount.",
			[]got{{"a recount", "Riel", "Riel", "call for", false}}},
		{"the object of prompted does what follows to", "The strike prompted Riel to call for a recount.",
			[]got{{"for a recount", "Riel", "Riel", "call", false}}},
		{"the first to do it", "Lind was the first mayor to endorse Varga.",
			[]got{{"Varga", "the first mayor", "the first mayor", "endorse", false}}},
		{"a headline's future", "Lind to endorse Varga",
			[]got{{"Varga", "Lind", "Lind", "endorse", false}}},
		{"all told", "All told, the dockers lost four boats.",
			nil},
		{"resenting something", "Most traders resent the new levy.",
			[]got{{"the new levy", "Most traders", "Most traders", "resent", false}}},
		{"a cue word after a determiner in a plural subject", "But most dockers on each side of the river think the levy is unfair.",
			[]got{{"the levy is unfair", "most dockers on each side of the river", "most dockers on each side of the river", "think", false}}},
		{"viewing someone favorably", "Most dockers view Riel favorably.",
			[]got{{"Riel favorably", "Most dockers", "Most dockers", "view", false}}},
		{"knowing how", "Riel knows how the fee works.",
			[]got{{"how the fee works", "Riel", "Riel", "knows", false}}},
		{"to defend, the clause's subject", "Riel went on the radio to defend the fee.",
			[]got{{"the fee", "Riel", "Riel", "defend", false}}},
		{"struggling to explain", "Lind struggled to explain why the fee rose.",
			[]got{{"why the fee rose", "Lind", "Lind", "explain", false}}},
		{"yet to endorse", "Varga has yet to endorse Holm.",
			[]got{{"Holm", "Varga", "Varga", "endorse", false}}},
		{"a place to start is no one's", "The best place to discuss the fee is the harbour office.",
			nil},
		{"addressing someone is an act", "Riel flew in to address the dockers.",
			nil},
		{"taking a shot at someone", "Riel took a shot at the mayor.",
			[]got{{"the mayor", "Riel", "Riel", "took a shot at", false}}},
		{"sounding off on something", "Varga sounded off on the levy.",
			[]got{{"the levy", "Varga", "Varga", "sounded off on", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
