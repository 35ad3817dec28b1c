package story

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// groundingStory is a story written for the tests: the first report's
// lead tells what happened in words of its own, and two later reports,
// each its own origin, share their wording of the follow-up (a wire
// rewrite both carry) among details of their own.
func groundingStory() (Input, string) {
	lead := "A passenger ferry carrying 212 people struck a sandbank near Velka before dawn on Sunday, and rescuers lifted every passenger to safety by mid-morning."
	refloat := "The Ostra Star was refloated on Monday and towed to the port of Brisk for repairs."
	captain := "Velka Lines suspended the captain of the Ostra Star while investigators examine the ship's route."
	hull := "Divers found a crack in the hull of the Ostra Star below the waterline."
	arts := []*chorus.Article{
		article("first", "Harbour Gazette", 4, "Ferry runs aground off Velka",
			lead,
			"The vessel had left its home port late on Saturday.",
			"A sports hall in the island's main town took in the travellers overnight."),
		article("second", "Coastal Times", 5, "Ostra Star refloated",
			refloat, captain, hull,
			"Passengers said the lights went out minutes after the impact."),
		article("third", "Island Courier", 5, "Captain suspended after Velka grounding",
			captain, refloat, hull,
			"The island's mayor thanked the fishermen who joined the rescue."),
	}
	in := Input{ID: "s2", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{{Article: "first"}, {Article: "second"}, {Article: "third"}}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	return in, lead
}

// The digest keeps the first report's lead even when later reports cover
// its facts in shorter sentences (see leadPrior).
func TestDigestKeepsTheOpeningLead(t *testing.T) {
	in, lead := groundingStory()
	for _, budget := range []int{60} {
		s := Build(in, Options{Words: budget})
		var texts []string
		found := false
		for _, d := range s.Digest {
			texts = append(texts, d.Text)
			found = found || d.Text == lead
		}
		if !found {
			t.Errorf("%d words: the digest lacks the first report's lead:\n%s", budget, strings.Join(texts, "\n"))
		}
	}
}
