package quotes_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/analyze/quotes"
)

// paragraphs splits a test text at blank lines.
func paragraphs(text string) []chorus.Span {
	var out []chorus.Span
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		if t := strings.TrimSpace(p); t != "" {
			start := off + strings.Index(p, t)
			out = append(out, chorus.Span{Start: start, End: start + len(t)})
		}
		off += len(p) + 2
	}
	return out
}

func find(text string, mentions []chorus.Mention) []chorus.Quote {
	toks, sents := analyze.Segment(text, paragraphs(text))
	return quotes.Find(text, toks, sents, mentions)
}

// got is a quote as text, for readable diffs.
type got struct {
	Content, Speaker, Name, Cue string
	Direct                      bool
}

func asText(text string, qs []chorus.Quote) []got {
	var out []got
	for _, q := range qs {
		out = append(out, got{q.Content.In(text), q.Speaker.In(text), q.SpeakerName, q.Cue.In(text), q.Direct})
	}
	return out
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"straight double quotes", `"We will win," Smith said.`,
			[]got{{"We will win", "Smith", "Smith", "said", true}}},
		{"curly quotes, speaker after the cue with an apposition", `“We will win,” said John Smith, a spokesman for the party.`,
			[]got{{"We will win", "John Smith, a spokesman for the party", "John Smith", "said", true}}},
		{"guillemets", `«We will win,» Smith said.`,
			[]got{{"We will win", "Smith", "Smith", "said", true}}},
		{"low-9 opening mark", `„We will win“, Smith said.`,
			[]got{{"We will win", "Smith", "Smith", "said", true}}},
		{"a quotation after reported speech goes on with it", "The ferry may stop in May, Vera Holm said. \"Nobody has paid for it.\"",
			[]got{{"The ferry may stop in May", "Vera Holm", "Vera Holm", "said", false}, {"Nobody has paid for it.", "Vera Holm", "Vera Holm", "said", true}}},
		{"a quoted paragraph after reported speech goes on with it", "The ferry may stop in May, Vera Holm said.\n\n\"Nobody has paid for it.\"",
			[]got{{"The ferry may stop in May", "Vera Holm", "Vera Holm", "said", false}, {"Nobody has paid for it.", "Vera Holm", "Vera Holm", "said", true}}},
		{"a nickname quoted inside the speaker's name", "\"We start at dawn,\" Marta \"Tia\" Lenz said.",
			[]got{{"We start at dawn", "Marta \"Tia\" Lenz", "Marta Lenz", "said", true}}},
		{"a delegate's abbreviated title", "\"We start at dawn,\" said Del. Marta Lenz.",
			[]got{{"We start at dawn", "Del. Marta Lenz", "Marta Lenz", "said", true}}},
		{"a programme's title after the cue is no content", "“We sailed at dawn,” Vera Holm told Radio Nord’s “Morning Desk” on Monday. “The sea was calm.”",
			[]got{{"We sailed at dawn", "Vera Holm", "Vera Holm", "told", true}, {"The sea was calm.", "Vera Holm", "Vera Holm", "told", true}}},
		{"a programme's title after 'on' is no content", "“We sailed at dawn,” Holm said on “Harbour Talk.” “The sea was calm.”",
			[]got{{"We sailed at dawn", "Holm", "Holm", "said", true}, {"The sea was calm.", "Holm", "Holm", "said", true}}},
		{"a quotation after the cue and a possessive is content", "Holm says the mayor’s “plan is a fantasy.”",
			[]got{{"the mayor’s “plan is a fantasy.”", "Holm", "Holm", "says", false}}},
		{"a colon introduces a quotation without a cue verb", "Later that night, Vera Holm leaned in and boomed: “We will sail again.”",
			[]got{{"We will sail again.", "Vera Holm", "Vera Holm", ":", true}}},
		{"a colon closing a paragraph introduces the quoted paragraph after it", "The harbour board went further:\n\n“No ferry will leave before June.”",
			[]got{{"No ferry will leave before June.", "The harbour board", "The harbour board", ":", true}}},
		{"a name after a heading's dash introduces a quotation", "FERRIES RETURN - Vera Holm: “The sea is calm.”",
			[]got{{"The sea is calm.", "Vera Holm", "Vera Holm", ":", true}}},
		{"a colon inside a sentence that goes on introduces nothing", "The rule was simple: “no phones” at the table.",
			nil},
		{"a split quotation goes on after 'and still'", "Lenz \"got a deal,\" Brand said, and still \"kept the boat.\"",
			[]got{{"Lenz \"got a deal,\"", "Brand", "Brand", "said", false}, {"kept the boat.", "Brand", "Brand", "said", true}}},
		{"a quotation after 'But' goes on with the one before", "“The ferry will run,” Holm said. But “the grant helps.”",
			[]got{{"The ferry will run", "Holm", "Holm", "said", true}, {"the grant helps.", "Holm", "Holm", "said", true}}},
		{"a weak verb that attributes nothing leaves the clause to the cue after it", "The ferry talks may continue, Vera Holm said.",
			[]got{{"The ferry talks may continue", "Vera Holm", "Vera Holm", "said", false}}},
		{"an addressee and a time after the cue leave the clause before it as content", "The ferry could run again, Vera Holm told The Harbour Post on Tuesday.",
			[]got{{"The ferry could run again", "Vera Holm", "Vera Holm", "told", false}}},
		{"a source joined by a slash", "Holm leads by 8 points, according to a Harbour Times/KTV poll.",
			[]got{{"Holm leads by 8 points", "a Harbour Times/KTV poll", "a Harbour Times/KTV poll", "according to", false}}},
		{"the author of the source after 'according to'", "Holm now holds 412 seats, according to a count by Harbour Radio.",
			[]got{{"Holm now holds 412 seats", "a count by Harbour Radio", "a count by Harbour Radio", "according to", false}}},
		{"a word of saying as the noun of a source", "Holm, a former harbour master, arrived by boat, according to a pool report.",
			[]got{{"Holm, a former harbour master, arrived by boat", "a pool report", "a pool report", "according to", false}}},
		{"a plural head before a singular complement agrees with 'say'", "Aides to Holm say she will sail in May.",
			[]got{{"she will sail in May", "Aides to Holm", "Aides to Holm", "say", false}}},
		{"two names joined agree with 'say'", "Ferry hopefuls Ivo Brand and Marta Lenz say Holm was never tested.",
			[]got{{"Holm was never tested", "Ferry hopefuls Ivo Brand and Marta Lenz", "Ivo Brand", "say", false}}},
		{"a noun compound deep in a sentence is no cue", "He was the most famous graduate of the harbour radio show “Deck Talk.”",
			nil},
		{"a sentence opening with 'But' before an inverted attribution", "But the levy still falls short, said Ivo Brand.",
			[]got{{"But the levy still falls short", "Ivo Brand", "Ivo Brand", "said", false}}},
		{"'as X put it' after the clause it attributes", "The rule is a \"lawful source of income,\" as a harbour memo put it.",
			[]got{{"The rule is a \"lawful source of income,\"", "a harbour memo", "a harbour memo", "put it", false}}},
		{"'put it' in its other sense is no cue", "He put it on the table.",
			nil},
		{"an inverted speaker with a relative clause", "The ferry is safe, said a harbour official who requested anonymity.",
			[]got{{"The ferry is safe", "a harbour official who requested anonymity", "a harbour official who requested anonymity", "said", false}}},
		{"asking not to be named attributes nothing", "The ferry is safe, said a harbour official who asked not to be named.",
			[]got{{"The ferry is safe", "a harbour official who asked not to be named", "a harbour official who asked not to be named", "said", false}}},
		{"doubled apostrophes", `''It is over,'' Mr. Smith said.`,
			[]got{{"It is over", "Mr. Smith", "Smith", "said", true}}},
		{"single quotes as quotation marks", `‘The talks were useful,’ she said.`,
			[]got{{"The talks were useful", "she", "", "said", true}}},
		{"headline with a colon and single quotes", `Lavrov: ‘We agreed on concrete steps’`,
			[]got{{"We agreed on concrete steps", "Lavrov", "Lavrov", ":", true}}},
		{"colon before the quotation", `The minister told parliament: “We will act now.”`,
			[]got{{"We will act now.", "The minister", "The minister", "told", true}}},
		{"split by the attribution, two sentences", `“We will win,” she said. “The other side knows it.”`,
			[]got{{"We will win", "she", "", "said", true}, {"The other side knows it.", "she", "", "said", true}}},
		{"split by the attribution, one sentence", `“We will win,” she said, “and they know it.”`,
			[]got{{"We will win", "she", "", "said", true}, {"and they know it.", "she", "", "said", true}}},
		{"multi-paragraph quotation", "The minister said: “The first part of a long statement.\n\n“The second part of it.”",
			[]got{{"The first part of a long statement.\n\n“The second part of it.", "The minister", "The minister", "said", true}}},
		{"quoted paragraph carrying on an attributed one", "“We are ready,” Kerry said.\n\n“And we will stay ready.”",
			[]got{{"We are ready", "Kerry", "Kerry", "said", true}, {"And we will stay ready.", "Kerry", "Kerry", "said", true}}},
		{"colon closing a paragraph", "The minister said:\n\n“We will act.”",
			[]got{{"We will act.", "The minister", "The minister", "said", true}}},
		{"said that", `Kerry said that the talks had been useful.`,
			[]got{{"the talks had been useful", "Kerry", "Kerry", "said", false}}},
		{"said without that", `Lavrov said the ceasefire would hold.`,
			[]got{{"the ceasefire would hold", "Lavrov", "Lavrov", "said", false}}},
		{"according to, first", `According to the monitors, the truce was broken twice.`,
			[]got{{"the truce was broken twice", "the monitors", "the monitors", "According to", false}}},
		{"according to, last", `The truce was broken twice, according to the monitors.`,
			[]got{{"The truce was broken twice", "the monitors", "the monitors", "according to", false}}},
		{"told reporters", `Varga told reporters the hearing had been useful.`,
			[]got{{"the hearing had been useful", "Varga", "Varga", "told", false}}},
		{"told an outlet that", `Varga told the Marhold Herald on Monday that the hearing had been useful.`,
			[]got{{"the hearing had been useful", "Varga", "Varga", "told", false}}},
		{"warned, noted, argued", `The senator warned that the deal would collapse. Jones noted that prices rose. Brown argued the law was unfair.`,
			[]got{{"the deal would collapse", "The senator", "The senator", "warned", false},
				{"prices rose", "Jones", "Jones", "noted", false}, {"the law was unfair", "Brown", "Brown", "argued", false}}},
		{"attribution after the clause", `The deal will collapse, Smith insisted.`,
			[]got{{"The deal will collapse", "Smith", "Smith", "insisted", false}}},
		{"attribution inside the clause", `The problem is, he added, the ferry has no crew.`,
			[]got{{"The problem is", "he", "", "added", false}, {"the ferry has no crew", "he", "", "added", false}}},
		{"a participle takes the subject", `Sanders released a statement on Monday, saying that the deal was unfair.`,
			[]got{{"the deal was unfair", "Sanders", "Sanders", "saying", false}}},
		{"a relative pronoun speaks for the name before it", `Sergei Lavrov, who said the talks were useful, left Geneva on Friday.`,
			[]got{{"the talks were useful", "who", "Sergei Lavrov", "said", false}}},
		{"a second verb of a relative clause speaks for the name too", "Among those urging calm was Ilse Varga, who called it a ``sacred duty'' and warned that ``the harbour will not wait.''",
			[]got{{"it a ``sacred duty''", "who", "Ilse Varga", "called", false}, {"the harbour will not wait.", "who", "Ilse Varga", "warned", true}}},
		{"pronoun resolved to the last speaker", `“We made progress,” Sergei Lavrov said on Friday. “The talks were hard,” he added.`,
			[]got{{"We made progress", "Sergei Lavrov", "Sergei Lavrov", "said", true}, {"The talks were hard", "he", "Sergei Lavrov", "added", true}}},
		{"pronoun skips a speaker of the other gender", `“Yes,” Hillary Clinton said. “No,” Donald Trump said. “Maybe,” she added.`,
			[]got{{"Yes", "Hillary Clinton", "Hillary Clinton", "said", true}, {"No", "Donald Trump", "Donald Trump", "said", true},
				{"Maybe", "she", "Hillary Clinton", "added", true}}},
		{"a gendered role gives the gender", `“We are ready,” spokeswoman Jo Park said. “So are we,” Mr. Lee Kim said. “Good,” she added.`,
			[]got{{"We are ready", "spokeswoman Jo Park", "Jo Park", "said", true}, {"So are we", "Mr. Lee Kim", "Lee Kim", "said", true},
				{"Good", "she", "Jo Park", "added", true}}},
		{"surname expanded to the full name", `Sergei Lavrov arrived in Geneva on Friday. “We are ready,” Lavrov said.`,
			[]got{{"We are ready", "Lavrov", "Sergei Lavrov", "said", true}}},
		{"role resolved to the person given that role", `Russian Foreign Minister Sergei Lavrov met reporters in Geneva. The talks were useful, the minister said.`,
			[]got{{"The talks were useful", "the minister", "Sergei Lavrov", "said", false}}},
		{"'police' as a speaker is no later 'she'",
			"The missing bell was found in a barn, police said. It was spotted by Anna Varga, 64, a farmer. \"I knew it at once,\" she said.",
			[]got{{"The missing bell was found in a barn", "police", "police", "said", false},
				{"I knew it at once", "she", "Anna Varga", "said", true}}},
		{"indefinite role kept as written", `The talks were long, a senior US official said.`,
			[]got{{"The talks were long", "a senior US official", "a senior US official", "said", false}}},
		{"role given in an apposition", `Sergei Lavrov, Russia's top diplomat, arrived on Friday. The talks were useful, the diplomat said.`,
			[]got{{"The talks were useful", "the diplomat", "Sergei Lavrov", "said", false}}},
		{"an owner is not the speaker", `Varga met Riel. Varga's allies say the deal is their last hope.`,
			[]got{{"the deal is their last hope", "Varga's allies", "Varga's allies", "say", false}}},
		{"a person named inside a quotation is not what a later pronoun means",
			`“I spoke with Hillary Clinton today,” Mike Pence said. “It went well,” he added.`,
			[]got{{"I spoke with Hillary Clinton today", "Mike Pence", "Mike Pence", "said", true},
				{"It went well", "he", "Mike Pence", "added", true}}},
		{"a one-word name the fallback misses still takes a pronoun",
			`Varga insisted the vote would fail. “Voters in Perandos choose for themselves,” he said.`,
			[]got{{"the vote would fail", "Varga", "Varga", "insisted", false}, {"Voters in Perandos choose for themselves", "he", "Varga", "said", true}}},
		{"a capital that speaks is not a he",
			`Washington said the plan was ready. “We will see,” he said.`,
			[]got{{"the plan was ready", "Washington", "Washington", "said", false}, {"We will see", "he", "", "said", true}}},
		{"scare quotes, nouns and passives are no quotes", `The so-called “peace plan” failed. The phone call lasted an hour. He was told to leave.`,
			nil},
		{"a verb with its particle", `Analysts in Dunmore pointed out that the bridge was closed.`,
			[]got{{"the bridge was closed", "Analysts in Dunmore", "Analysts in Dunmore", "pointed out", false}}},
		{"plural nouns after a modifier are no cues", `His late-night tweets angered the council. Republican claims about the vote spread quickly.`,
			nil},
		{"the same words after a subject are cues", `The mayor claims the vote was rigged. Ortiz tweets that the plan failed.`,
			[]got{{"the vote was rigged", "The mayor", "The mayor", "claims", false}, {"the plan failed", "Ortiz", "Ortiz", "tweets", false}}},
		{"quotations signed at the end of their paragraphs", "“We will remember in May.” ― Ana Ruiz\n\n”Nobody listens.” ― Tomas Vell\n\n“It went well” — and then they left.",
			[]got{{"We will remember in May.", "Ana Ruiz", "Ana Ruiz", "―", true}, {"Nobody listens.", "Tomas Vell", "Tomas Vell", "―", true}}},
		{"a paragraph set off as a block after a colon", "The governor of Marlow added:\n\nIt is typical of the council. They know nothing, but the talk never stops.\n\nThe schedule for Monday:\n\nNine o'clock, the opening of the market hall in the old town.",
			[]got{{"It is typical of the council. They know nothing, but the talk never stops", "The governor of Marlow", "The governor of Marlow", "added", false}}},
		{"a subject pronoun after an adjunct opens the clause", `The mayor said after the meeting he would not accept the offer. Officials in Dunmore said on Friday they had won.`,
			[]got{{"he would not accept the offer", "The mayor", "The mayor", "said", false},
				{"they had won", "Officials in Dunmore", "Officials in Dunmore", "said", false}}},
		{"an adjunct alone is no content", `He spoke to her after she left. The mayor said on Friday in Dunmore.`, nil},
		{"part of a group speaks through a relative", `The residents, many of whom say the new bridge is unsafe, met on Monday.`,
			[]got{{"the new bridge is unsafe", "many of whom", "The residents", "say", false}}},
		{"a participle after an opening preposition takes the main clause's subject", `Despite admitting he had concerns, Speaker Ana Ruiz voted for the plan.`,
			[]got{{"he had concerns", "Speaker Ana Ruiz", "Speaker Ana Ruiz", "admitting", false}, {"the plan", "Speaker Ana Ruiz", "Speaker Ana Ruiz", "voted for", false}}},
		{"a participle after a preposition takes the subject", `Mr. Pell stayed out of sight, aside from saying the ferry vote was rigged.`,
			[]got{{"the ferry vote was rigged", "Mr. Pell", "Pell", "saying", false}}},
		{"a time between the speaker and the verb", `The Dunmore Bank this month announced it would close two branches. Ortiz has long argued that the branches lose money.`,
			[]got{{"it would close two branches", "The Dunmore Bank", "The Dunmore Bank", "announced", false},
				{"the branches lose money", "Ortiz", "Ortiz", "argued", false}}},
		{"a transcript quoted paragraph by paragraph", "\"MORALES: Let us start with the bridge. Will it open?\n\n\"PELL: Well, look, the council thinks this is a game. But this is Dunmore.\n\n\"VIDEO: The mayor speaks to the crowd in the square at noon.",
			[]got{{"Let us start with the bridge. Will it open?", "MORALES", "MORALES", ":", false},
				{"Well, look, the council thinks this is a game. But this is Dunmore", "PELL", "PELL", ":", false}}},
		{"a second half after 'but'", `"Look, Oren is a friend," he said, but "when the talk turns to roads, Oren is slow."`,
			[]got{{"Look, Oren is a friend", "he", "", "said", true}, {"when the talk turns to roads, Oren is slow.", "he", "", "said", true}}},
		{"a sentence split by its attribution and finished by a quotation", `So when the yard signaled last spring that it would close, Mr. Tessel said, "we were stunned."`,
			[]got{{"So when the yard signaled last spring that it would close", "Mr. Tessel", "Tessel", "said", false},
				{"we were stunned.", "Mr. Tessel", "Tessel", "said", true}}},
		{"a quotation carries on a clause that opens with one", `"I admire the mechanics" of the Ruiz plan, Mr. Pell said. "But I have concerns."`,
			[]got{{`"I admire the mechanics" of the Ruiz plan`, "Mr. Pell", "Pell", "said", false}, {"But I have concerns.", "Mr. Pell", "Pell", "said", true}}},
		{"a cue inside a reported clause does not cut it short", `City Attorney Ana Ruiz said that the advertisement “plainly and wrongly” suggests that Dunmore supports the campaign.`,
			[]got{{"the advertisement “plainly and wrongly” suggests that Dunmore supports the campaign", "City Attorney Ana Ruiz", "City Attorney Ana Ruiz", "said", false}}},
		{"nouns spelled like plain cue forms", `A coordinated attack followed. Ruiz runs a charity called Hope Street. Legal observers note that the law is new.`,
			[]got{{"the law is new", "Legal observers", "Legal observers", "note", false}}},
		{"speech acts that take a noun phrase", `The mayor encouraged residents to vote early. Ortiz likened the plan to a leaky boat.`,
			[]got{{"residents to vote early", "The mayor", "The mayor", "encouraged", false}, {"the plan to a leaky boat", "Ortiz", "Ortiz", "likened", false}}},
		{"verbs of speaking with their particles", `Ruiz spoke about the need for a new bridge. Pell talked about his years in Dunmore. She spoke to Pell on Monday.`,
			[]got{{"the need for a new bridge", "Ruiz", "Ruiz", "spoke about", false}, {"his years in Dunmore", "Pell", "Pell", "talked about", false}}},
		{"proposals and demands take a noun phrase", `The council proposed a new toll. Ruiz is demanding an apology from the board.`,
			[]got{{"a new toll", "The council", "The council", "proposed", false}, {"an apology from the board", "Ruiz", "Ruiz", "demanding", false}}},
		{"a quotation after a colon goes to the attribution after it", `The statement also said Ruiz would change the lives of women at work: “Her fight has opened the door for all of us,” the union wrote.`,
			[]got{{"Ruiz would change the lives of women at work", "The statement", "The statement", "said", false},
				{"Her fight has opened the door for all of us", "the union", "the union", "wrote", true}}},
		{"a noun of saying with its owner and a that-clause", `Pell’s earlier claim that the bridge was unsafe spread quickly. His warning that prices would rise went unheard. The claim that it failed is false.`,
			[]got{{"the bridge was unsafe spread quickly", "Pell", "Pell", "claim", false}, {"prices would rise went unheard", "His", "Pell", "warning", false}}},
		{"a noun of saying inside what someone said is no attribution of its own", `Ortiz said Pell’s claim that the bridge was unsafe was false.`,
			[]got{{"Pell’s claim that the bridge was unsafe was false", "Ortiz", "Ortiz", "said", false}}},
		{"a speaker with a state abbreviation in apposition", `“The veto will fall,” Senate Majority Leader Mitch Ward, R-Ky., said Thursday.`,
			[]got{{"The veto will fall", "Senate Majority Leader Mitch Ward, R-Ky.,", "Senate Majority Leader Mitch Ward", "said", true}}},
		{"a participle on the object of an opening preposition or after an opening adverb", "At a busy harbour briefing announcing the levy, Ruiz said little.\n\nRecently calling for new bridges, the council met in Dunmore.",
			[]got{{"the levy", "Ruiz", "Ruiz", "announcing", false}, {"for new bridges", "the council", "the council", "calling", false}}},
		{"a headline's verb in title case", "Mayor Ana Ruiz Says the Bridge Will Open in May\n\nWill Pell Tell the Truth?\n\nThe mayor met Will Says on Monday.",
			[]got{{"the Bridge Will Open in May", "Mayor Ana Ruiz", "Ana Ruiz", "Says", false}}},
		{"a weak cue takes a bare clause opened by a subject pronoun", `The mayor showed he was ahead. The mayor showed restraint. The mayor confirmed they would leave.`,
			[]got{{"he was ahead", "The mayor", "The mayor", "showed", false}, {"they would leave", "The mayor", "The mayor", "confirmed", false}}},
		{"a pronoun ends the speaker phrase; orders and falling figures are no attributions",
			`The $4 million she says she collected came fast. Perhaps ask the mayor about it. The share declined slightly from 58 percent.`,
			[]got{{"she collected came fast", "she", "", "says", false}}},
		{"a speaker with a parenthesis between ASCII dashes", `Marta Ruiz -- a former mayor -- told me, "We are done."`,
			[]got{{"We are done.", "Marta Ruiz -- a former mayor --", "Marta Ruiz", "told", true}}},
		{"texts read, sung or quoted", "The sign read “Closed for the season.” He read the report twice. The choir sang “Home Again” at dawn.\n\nThe paper quoted Tom Vell as saying the bridge was safe.",
			[]got{{"Closed for the season.", "The sign", "The sign", "read", true}, {"“Home Again” at dawn", "The choir", "The choir", "sang", false},
				{"the bridge was safe", "Tom Vell", "Tom Vell", "saying", false}}},
		{"an attribution reported by another", `An audit commissioned by the Dunmore council recommended closing the bridge, local papers reported.`,
			[]got{{"An audit commissioned by the Dunmore council recommended closing the bridge", "local papers", "local papers", "reported", false}}},
		{"a cue inside what another source said is part of it", `Riel said the harbour board announced that fares would rise in May.`,
			[]got{{"the harbour board announced that fares would rise in May", "Riel", "Riel", "said", false}}},
		{"what follows the source of a closing 'according to' describes the source", `The ferry will stop running in May, according to two aides who saw the plan.`,
			[]got{{"The ferry will stop running in May", "two aides", "two aides", "according to", false}}},
		{"according to a role and a name in apposition", `A storm cut the line before the gate failed, according to the village head, Ivo Brand.`,
			[]got{{"A storm cut the line before the gate failed", "the village head, Ivo Brand", "Ivo Brand", "according to", false}}},
		{"a body is not what a later he means", `Ivo Brand arrived on Monday. The inquiry said the gate was old. “We will look at it,” he said.`,
			[]got{{"the gate was old", "The inquiry", "The inquiry", "said", false}, {"We will look at it", "he", "Ivo Brand", "said", true}}},
		{"markup is no cue", `<tweet id="1" author="x">Hello there, friends</tweet>`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestMentions checks that the caller's mentions name the speakers: a
// person the capitalised-phrase fallback would not find (a one-word name at
// a sentence's start) is found through them.
func TestMentions(t *testing.T) {
	text := `Lavrov spoke first. “We are ready,” he said.`
	mentions := []chorus.Mention{{Span: chorus.Span{Start: 0, End: 6}, Type: chorus.EntityPerson, Text: "Lavrov"}}
	want := []got{{"We are ready", "he", "Lavrov", "said", true}}
	if diff := cmp.Diff(want, asText(text, find(text, mentions))); diff != "" {
		t.Errorf("with mentions (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]got{{"We are ready", "he", "", "said", true}}, asText(text, find(text, nil))); diff != "" {
		t.Errorf("without mentions (-want +got):\n%s", diff)
	}
}

func TestGroup(t *testing.T) {
	text := `“We will win,” she said. “The other side knows it.” Prices rose, officials said.`
	var groups [][]string
	for _, g := range quotes.Group(find(text, nil)) {
		var parts []string
		for _, q := range g {
			parts = append(parts, q.Content.In(text))
		}
		groups = append(groups, parts)
	}
	want := [][]string{{"We will win", "The other side knows it."}, {"Prices rose"}}
	if diff := cmp.Diff(want, groups); diff != "" {
		t.Errorf("Group (-want +got):\n%s", diff)
	}
}

func TestMarked(t *testing.T) {
	for _, tc := range []struct{ text, content, want string }{
		{`“We will win,” she said.`, "We will win", "“We will win,”"},
		{`He said "yes." Then he left.`, "yes", `"yes."`},
		{`Prices rose, officials said.`, "Prices rose", "Prices rose"},
		{`”Nobody listens.” ― Tomas Vell`, "Nobody listens.", "”Nobody listens.”"},
	} {
		i := strings.Index(tc.text, tc.content)
		got := quotes.Marked(tc.text, chorus.Span{Start: i, End: i + len(tc.content)}).In(tc.text)
		if got != tc.want {
			t.Errorf("Marked(%q, %q) = %q, want %q", tc.text, tc.content, got, tc.want)
		}
	}
}

// Declining to give a name, like asking not to be named, says nothing:
// the buyers who declined are no source of what follows.
func TestDecliningToGiveANameSaysNothing(t *testing.T) {
	for _, text := range []string{
		"Dealers have reported a rise in bookings, several of them from buyers who declined to give their names, the ferry office said.",
		"Two passengers, who asked to withhold their names, waited on the quay.",
	} {
		toks, sents := analyze.Segment(text, []chorus.Span{{Start: 0, End: len(text)}})
		for _, q := range quotes.Find(text, toks, sents, nil) {
			if cue := q.Cue.In(text); cue == "declined" || cue == "asked" {
				t.Errorf("%q: a quote cued by %q: %q", text, cue, q.Content.In(text))
			}
		}
	}
}

// A quote attributed inside a photo caption is none: the caption shows a
// picture. The same sentence not marked a caption keeps its quote, so
// the test can fail.
func TestNoQuotesInCaptions(t *testing.T) {
	text := "Fighters wave from their trucks near Tessin, a town they said they had taken back, May 9, 2024. Varga said the harbour would reopen."
	for _, marked := range []bool{false, true} {
		toks, sents := analyze.Segment(text, paragraphs(text))
		if len(sents) != 2 {
			t.Fatalf("%d sentences, want 2", len(sents))
		}
		sents[0].Caption = marked
		var inFirst, inSecond int
		for _, q := range quotes.Find(text, toks, sents, nil) {
			if q.Content.Start < sents[0].End {
				inFirst++
			} else {
				inSecond++
			}
		}
		if marked && inFirst > 0 || !marked && inFirst == 0 || inSecond != 1 {
			t.Errorf("caption marked %v: %d quotes in the first sentence, %d in the second", marked, inFirst, inSecond)
		}
	}
}
