package story

import (
	"slices"
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

// Each event of a story is told from its first report's lead: a later
// event's follow-up ("The vote passed 40 to 3 …") means nothing without
// the sentence that says what was voted.
func TestDigestKeepsEachEventsLead(t *testing.T) {
	in, lead := groundingStory()
	vote := "The Velka island council on Friday approved a 2 million euro fund to dredge the channel where the Ostra Star ran aground, five days after the grounding."
	arts := []*chorus.Article{
		article("fourth", "Velka Radio", 9, "Council approves channel dredging fund",
			vote,
			"The vote passed 40 to 3 after a short debate in which members blamed the harbour board for years of delay.",
			"Work is due to start in June."),
		article("fifth", "Island Courier", 10, "Dredging fund approved",
			"The vote passed 40 to 3 after a short debate in which members blamed the harbour board for years of delay.",
			"The harbour board said it welcomed the money.",
			"Fishermen have warned for years that the channel was silting up."),
	}
	in.Articles = append(in.Articles, arts...)
	in.Origins = append(in.Origins, chorus.Origin{Article: "fourth"}, chorus.Origin{Article: "fifth"})
	in.Events = map[chorus.ArticleID]chorus.EventID{"first": "e1", "second": "e1", "third": "e1", "fourth": "e2", "fifth": "e2"}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	s := Build(in, Options{Words: 115}) // a budget where the follow-up alone used to win
	var texts []string
	found := map[string]bool{}
	for _, d := range s.Digest {
		texts = append(texts, d.Text)
		found[d.Text] = true
	}
	if !found[lead] || !found[vote] {
		t.Errorf("the digest lacks an event's lead (first %v, second %v):\n%s", found[lead], found[vote], strings.Join(texts, "\n"))
	}
}

// Independent reports that open by telling the same event in their own
// words are one sentence of the digest, not one per report: the room goes
// to what each adds (see findRestated).
func TestDigestTellsARestatedLeadOnce(t *testing.T) {
	leads := []string{
		"A painting stolen from the Tessin town museum last month has been recovered after a market trader in Riel noticed it among a pile of old frames.",
		"The Varga landscape that was stolen from the Tessin museum in March was recovered on Friday after a market trader in Riel recognised it among old frames.",
	}
	arts := []*chorus.Article{
		article("one", "Tessin Post", 4, "Stolen Varga painting found at Riel market",
			leads[0],
			"Police said the canvas had been cut from its frame but was otherwise undamaged.",
			"The museum plans to show the painting again in the summer."),
		article("two", "Riel Evening News", 4, "Market trader spots missing landscape",
			leads[1],
			"The trader, who sells second-hand furniture on Saturdays, said a stranger had left the frames at his stall.",
			"Detectives are studying camera footage from the market square."),
	}
	in := Input{ID: "s3", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{{Article: "one"}, {Article: "two"}}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	s := Build(in, Options{Words: 90})
	var texts []string
	told := 0
	for _, d := range s.Digest {
		texts = append(texts, d.Text)
		if slices.Contains(leads, d.Text) {
			told++
		}
	}
	if told != 1 {
		t.Errorf("the event is told %d times, want once:\n%s", told, strings.Join(texts, "\n"))
	}
}
