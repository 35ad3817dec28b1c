package story

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

func TestJudge(t *testing.T) {
	cases := []struct {
		text string
		want verdict
	}{
		{"The council approved the new flood barrier on Monday after a long debate.", alone},
		{"Third, the shipping lines that were never asked what the strike would cost them.", continues},
		{"Finally, the council will vote on the flood barrier after a long debate.", continues},
		{"First responders reached the flooded valley before dawn on Monday.", alone},
		{"The new sluice on the Orrvale weir is the heart of it.", continues},
		{"The harbour board said residents had long complained about them.", continues},
		{"The weir that failed on Sunday had passed those tests.", continues},
		{"The minister said she had \"nothing to add to that.\"", alone},
		{"Engineers said the repairs would take about a month to finish, and the council agreed with it.", continues},
		{`"We will rebuild every house," the mayor said after touring the valley.`, alone},
		{`"the water came in minutes," a resident of Brodny told reporters on Wednesday.`, alone},
		{"He said the barrier would be finished by the end of the year.", continues},
		{"But the council has not said how the barrier will be paid for.", continues},
		{"On Friday, they agreed to meet again before the end of the month.", continues},
		{`"We will not stop until every family is back home," he said on Friday.`, continues},
		{`"We will not stop until every family is back home."`, continues},
		{"After the meeting in the town hall, the mayor said he was hopeful.", alone},
		{"Too short to say much.", unfit},
		{"(0600 GMT), showing little of the campaigning that marked the first round of voting.", unfit},
		{", showing little of the campaigning that marked the first round of voting.", unfit},
		{"(AP) The ferry to Riel was cancelled on Monday because of the storm over the bay.", alone},
		{"The council approved the new flood barrier on Monday after a long debate", unfit},
		{"Will the council approve the new flood barrier before the winter comes?", unfit},
		{"approved the new flood barrier on Monday after a long debate in the hall.", unfit},
		{`The mayor said "we will rebuild every house in the valley this year.`, unfit},
		{"Sign up for our newsletter to get the top stories of the day in your inbox.", unfit},
		{"Enlarge this image toggle caption the valley's flood siren after the water went down.", unfit},
		{"Advertisement The council approved the new flood barrier on Monday after a long debate.", unfit},
		{"These crawls are how the library keeps copies of pages that may later change.", unfit},
		{"If the verification message has not come within an hour, look in your junk folder.", unfit},
		{"Whenever this writer posts new content, a note is delivered to your inbox.", unfit},
		{"Continue reading the main story the council approved the new flood barrier on Monday.", unfit},
		{"THE COUNCIL APPROVED THE NEW FLOOD BARRIER ON MONDAY AFTER A DEBATE.", unfit},
		{"The service said it had 18 million members when its third quarter closed.", alone},
		{"The Riel Courier's pages are for a reader's own non-commercial use and may not be copied.", unfit},
		{"Like us on Facebook and the Riel Courier's stories will come to your feed every morning.", unfit},
		{"Your notification has been saved, and the next story by Marta Varga will reach you.", unfit},
		{"Volunteers stacked sandbags outside the town hall in Riel on March 4, 2025.", alone},
		{"The council met on Tuesday, March 4, 2025, and approved the new flood barrier.", alone},
	}
	for _, c := range cases {
		if got := judge(c.text); got != c.want {
			t.Errorf("judge(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestTrimDateline(t *testing.T) {
	cases := []struct {
		outlet, text, want string
	}{
		{"", "LONDON (AP) _ An influential lawmaker backed the request on Saturday.", "An influential lawmaker backed the request on Saturday."},
		{"", "SAN JUAN, Puerto Rico _ The storm moved west overnight.", "The storm moved west overnight."},
		{"", "MOSCOW, July 14 (Reuters) - Talks began in the Kremlin.", "Talks began in the Kremlin."},
		{"", "BEIJING (Xinhua) -- The two sides signed the accord.", "The two sides signed the accord."},
		{"Valewatch.net", "Valewatch.net - The mayor of Teme met the engineers.", "The mayor of Teme met the engineers."},
		{"", "NATO - the alliance - met on Friday.", "NATO - the alliance - met on Friday."},
		{"", "The U.S. _ and its allies _ agreed.", "The U.S. _ and its allies _ agreed."},
	}
	for _, c := range cases {
		a := &chorus.Article{Outlet: c.outlet, Text: "x\n\n" + c.text}
		got := trimDateline(a, chorus.Span{Start: 3, End: len(a.Text)}).In(a.Text)
		if got != c.want {
			t.Errorf("trimDateline(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestSplitWordsMatchesCitationWords(t *testing.T) {
	got := words("Al Qaeda’s “integrated operations” in 2016, U.S.-led (AP) _ ok")
	want := []string{"al", "qaeda", "s", "integrated", "operations", "in", "2016", "u", "s", "led", "ap", "ok"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
}

func TestCapitalized(t *testing.T) {
	for in, want := range map[string]string{
		`"we need help," she said.`:   `"We need help," she said.`,
		"on Monday the rain stopped.": "On Monday the rain stopped.",
		"Already capital.":            "Already capital.",
		"élan returned.":              "Élan returned.",
		"":                            "",
	} {
		if got := capitalized(in); got != want {
			t.Errorf("capitalized(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCaptionNeverInDigest checks that a sentence the analysis marks as a
// photo caption is no digest sentence, however central its words: the
// same sentence unmarked is one.
func TestCaptionNeverInDigest(t *testing.T) {
	caption := "Rescue teams in boats search the flooded streets of Brodny and Sadovo, Temna valley, Wednesday, March 12, 2025."
	build := func(mark bool) []string {
		in := floodStory()
		a := article("photos", "Lowland Pictures", 12, "Boats in Brodny", caption)
		in.Articles = append(in.Articles, a)
		in.Origins = append(in.Origins, chorus.Origin{Article: a.ID})
		an := analyze.Analyze(a)
		marked := 0
		for i, s := range an.Sentences {
			if s.In(a.Text) == caption {
				if !s.Caption {
					t.Fatalf("the analysis does not mark %q as a caption", caption)
				}
				an.Sentences[i].Caption = mark
				marked++
			}
		}
		if marked != 1 {
			t.Fatalf("%d sentences hold the caption, want 1", marked)
		}
		in.Analyses[a.ID] = an
		return texts(Build(in, Options{Words: 400}).Digest)
	}
	if got := build(true); slices.Contains(got, caption) {
		t.Errorf("digest holds the caption: %q", got)
	}
	if got := build(false); !slices.Contains(got, caption) {
		t.Errorf("digest without the caption mark lacks the sentence, so the test shows nothing: %q", got)
	}
}
