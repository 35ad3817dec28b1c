package story

import (
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

func TestOpinion(t *testing.T) {
	cases := []struct {
		text string
		want []cue
	}{
		// reports
		{"The ferry company cancelled all crossings to the islands on Friday because of the storm.", nil},
		{"The regulator said the operator should publish its safety records within a month.", nil},
		{"Under the new rules, every ferry must carry two radios and a spare life raft.", nil},
		{"The US navy sent two ships to the strait after the collision.", nil},
		{"The museum is closed while the roof is repaired, the city council told visitors.", nil},
		{"Officers were called to the harbour after a fishing boat caught fire in World War I dock.", nil},
		// a speaker's words: inside quotation marks, or indirect speech
		{`"We should have closed the road a week ago," the mayor said at the town hall.`, nil},
		{`“You cannot run a ferry on promises,” the captain told the inquiry on Monday.`, nil},
		{`‘We will be back next year,’ the organisers said as the fair packed up.`, nil},
		{`The minister called the plan "a good one, and an honest one" in parliament.`, nil},
		{`It is closed,” she said, pointing at the gate of the shuttered quarry.`, nil},
		// the writer's judgement
		{"The council's plan for the harbour is, on the whole, a sensible one.", []cue{cueStance, cueEvaluative}},
		{"It is worth remembering that the bridge was built for half this traffic.", []cue{cueStance}},
		{"I have crossed on that ferry every summer for twenty years.", []cue{cuePerson}},
		{"If you live near the river, your insurance is about to go up.", []cue{cuePerson}},
		{"What we need now is a timetable that people can rely on.", []cue{cuePerson}},
		{"The council should publish the engineers' report before the vote.", []cue{cueAdvice}},
		{"Is a second bridge really the best use of the money?", []cue{cueQuestion}},
		{"The timetable is an honest attempt, and probably the last one for a while.", []cue{cueEvaluative, cueHedge}},
		// a speaker in the sentence may own its "should"; "we" is still the writer
		{`"We will reopen in spring," the owner said, and we should believe him.`, []cue{cuePerson}},
	}
	for _, c := range cases {
		w, got := opinion(c.text, false)
		if !slices.Equal(got, c.want) {
			t.Errorf("opinion(%q) cues = %v, want %v", c.text, got, c.want)
		}
		if want := len(c.want) > 0; subjective(c.text, false) != want {
			t.Errorf("subjective(%q) = %v (weight %.1f), want %v", c.text, !want, w, want)
		}
	}
}

func TestOpinionWeakCuesNeedCompany(t *testing.T) {
	for _, text := range []string{
		"Farmers expect a good harvest after the wet spring in the valley.",
		"The bridge is perhaps the oldest stone crossing still in use in the county.",
	} {
		if subjective(text, false) {
			t.Errorf("subjective(%q) = true: one weak cue should not make a report an opinion", text)
		}
	}
}

func TestWriterWordsSkipQuotations(t *testing.T) {
	cases := []struct{ text, want string }{
		{`"We lost everything," said the baker, who has run the shop since 1990.`, "said the baker who has run the shop since 1990"},
		{"``We lost everything,'' said the baker.", "said the baker"},
		{`everything we had," the baker said.`, "the baker said"},
		{"The bakers' union called it “a disaster for our town” on Tuesday.", "The bakers union called it on Tuesday"},
		{"She didn't say when the shop would reopen.", "She didn't say when the shop would reopen"},
	}
	for _, c := range cases {
		var got []string
		for _, w := range writerWords(c.text, false) {
			got = append(got, w.text)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("writerWords(%q) = %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

func TestOpinionShare(t *testing.T) {
	report := []string{
		"The ferry company cancelled all crossings to the islands on Friday.",
		"About 400 passengers were told to return on Saturday morning.",
		`"We cannot sail in this," a spokeswoman for the company said.`,
		"Sign up for our newsletter and never miss a sailing update.",
	}
	column := []string{
		"The ferry company cancelled all crossings to the islands on Friday.",
		"It was, on the whole, the right call.",
		"But we have been here before, every winter for a decade.",
		"The company should have ordered a bigger ship years ago.",
	}
	if got := opinionShare(report, make([]bool, len(report))); got != 0 {
		t.Errorf("report: share %.2f, want 0 (quotations and furniture are not the writer's voice)", got)
	}
	if got := opinionShare(column, make([]bool, len(column))); got < commentaryShare {
		t.Errorf("column: share %.2f, want at least %.2f", got, commentaryShare)
	}
}

// ferryStory is a story of two reports and a column on the same event,
// written for the tests; the column's title, plain in itself, covers the
// story best.
func ferryStory() Input {
	arts := []*chorus.Article{
		article("wire", "Meridian Wire", 10, "Storm halts island ferries",
			"The ferry company Island Link cancelled all crossings to the Harrow islands on Friday as a storm brought gusts of 110 km/h.",
			"About 400 passengers were told to return on Saturday morning, when the company expects the sea to calm.",
			"The coastguard said two fishing boats had been escorted back to port at Dunmere."),
		article("paper", "Harrow Gazette", 10, "Island Link cancels Harrow ferry crossings as storm hits",
			"Island Link cancelled every crossing to the Harrow islands on Friday, leaving about 400 passengers stranded at Dunmere.",
			"The company said the storm's gusts of 110 km/h made the crossing unsafe and sailings would resume on Saturday morning.",
			"Shops on the islands said deliveries of bread and milk would be a day late."),
		article("column", "Quayside Notebook", 0, "Island Link cancelled crossings to the Harrow islands: about 400 passengers stranded at Dunmere",
			"Island Link cancelled all crossings to the Harrow islands on Friday, and on the whole it was the right call.",
			"But we have been here before, every winter for a decade, and the company should have ordered a bigger ship years ago.",
			"Is anyone at Island Link asking why the storm of 2019 was not enough of a warning?",
			"You can tell a lot about a ferry company by how it treats the passengers it leaves behind."),
	}
	in := Input{ID: "s2", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{{Article: "wire"}, {Article: "paper"}, {Article: "column"}}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	return in
}

func TestHeadlineComesFromAReport(t *testing.T) {
	in := ferryStory()
	column := in.Articles[2].Title
	if got := Build(in, Options{Words: 60}).Headline.Text; got == column {
		t.Errorf("headline %q is the column's title", got)
	}
	// with the reports gone, the column's title is all there is
	in.Articles = in.Articles[2:]
	if got := Build(in, Options{Words: 60}).Headline.Text; got != column {
		t.Errorf("a story of one column: headline %q, want its title %q", got, column)
	}
}

func TestDigestLeavesJudgementsToTheReports(t *testing.T) {
	for _, words := range []int{40, 80, 120} {
		s := Build(ferryStory(), Options{Words: words})
		for _, d := range s.Digest {
			if subjective(d.Text, false) {
				t.Errorf("%d words: digest holds the judgement %q", words, d.Text)
			}
		}
	}
}

func TestOpenQuote(t *testing.T) {
	para := `"We sail at dawn. We have sailed at dawn for forty years," the captain said. The harbour opens at six.`
	a := article("a", "Harrow Gazette", 10, "Ferry sails at dawn", para, `“Nobody likes it. We do it anyway.” The crossing takes an hour.`)
	cases := []struct {
		sentence string
		want     bool
	}{
		{`"We sail at dawn.`, false},
		{`We have sailed at dawn for forty years," the captain said.`, true},
		{"The harbour opens at six.", false},
		{"We do it anyway.”", true},
		{"The crossing takes an hour.", false},
	}
	for _, c := range cases {
		at := strings.Index(a.Text, c.sentence)
		if got := openQuote(a, at); got != c.want {
			t.Errorf("openQuote(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
	// the middle of the quotation is the captain's, not the writer's
	if subjective(cases[1].sentence, true) {
		t.Errorf("subjective(%q) inside a quotation = true", cases[1].sentence)
	}
}

// A digest with room to spare once the reports are in fills it with the
// judgements it left for them, rather than stopping short of its budget;
// one with no room to spare leaves them out.
func TestDigestFillsWithJudgementsWhenReportsRunOut(t *testing.T) {
	arts := []*chorus.Article{
		article("wire", "Meridian Wire", 10, "Marhold dam opens spillway",
			"Engineers at the Marhold dam opened three spillway gates on Friday as the Veskaria river rose past its spring record.",
			"Villages below the dam were told to move cattle to higher ground."),
		article("column", "Quayside Notebook", 10, "The Marhold dam and its spillway",
			"Frankly, the engineers at the Marhold dam should have opened the spillway gates a week earlier, and the delay was a shameful mistake.",
			"Ordering the villages to move cattle at night was, I think, a cruel and lazy way to treat the farmers who live below the Marhold dam."),
	}
	in := Input{ID: "s5", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{{Article: "wire"}, {Article: "column"}}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	judgements := func(words int) []string {
		var out []string
		for _, d := range Build(in, Options{Words: words}).Digest {
			if subjective(d.Text, false) {
				out = append(out, d.Text)
			}
		}
		return out
	}
	if j := judgements(100); len(j) != 2 {
		t.Errorf("a 100-word digest of an 80-word story holds the judgements %q, want both", j)
	}
	if j := judgements(20); len(j) > 0 {
		t.Errorf("a 20-word digest holds the judgement %q", j)
	}
}
