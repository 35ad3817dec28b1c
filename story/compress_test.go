package story

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCompressions(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// an attribution stays: without it a claim reads as a fact
		{"The ferry keeps its winter timetable until April, a port official said on Sunday.", nil},
		{"The strike cost 3.5 million euros a day, according to the Chamber of Commerce.", nil},
		{
			"The terminal (the country's largest) handles most of its exports by sea, the ministry said.",
			[]string{"The terminal handles most of its exports by sea, the ministry said."},
		},
		{
			"But the council has not said how the new barrier will be paid for.",
			[]string{"The council has not said how the new barrier will be paid for."},
		},
		{
			"(photo: AP Photo.) the deal could help the carrier win approval for its merger.",
			[]string{"The deal could help the carrier win approval for its merger."},
		},
		{
			"Advertisement the deal could help the carrier win approval for its merger.",
			[]string{"The deal could help the carrier win approval for its merger."},
		},
		{
			"Marta Varga/Getty Images the Marhold dam opened three of its spillway gates on Friday.",
			[]string{"The Marhold dam opened three of its spillway gates on Friday."},
		},
		{
			"Riel Courier buy photo volunteers stacked sandbags along the Veskaria river for a second night.",
			[]string{"Volunteers stacked sandbags along the Veskaria river for a second night."},
		},
		{
			"Tessin mayor resigns over bridge read more the council of Riel will vote on the new bridge in May.",
			[]string{"The council of Riel will vote on the new bridge in May."},
		},
		{
			"The inspectors read more than four hundred letters from residents of Tessin.",
			nil,
		},
		{
			"Story continued below the deal could help the carrier win approval for its merger.",
			[]string{"The deal could help the carrier win approval for its merger."},
		},
		{
			"Photo advertisement continue reading the main story the deal could help the carrier win approval.",
			[]string{"The deal could help the carrier win approval."},
		},
		// a lead's dateline, in any case and with any dash
		{
			"Harlow — thirteen members of a herding community were taken to hospital after the outbreak.",
			[]string{"Thirteen members of a herding community were taken to hospital after the outbreak."},
		},
		{
			"Port Vessa, Kelland (Meridian) -- Coast guard crews searched the lake on Friday for a missing plane.",
			[]string{"Coast guard crews searched the lake on Friday for a missing plane."},
		},
		{
			"(Meridian photo/Dana Kettle) (Meridian) — a ferry ran aground off the island of Ostra on Sunday.",
			[]string{"A ferry ran aground off the island of Ostra on Sunday."},
		},
		// a dash after words that are no place, or that comes back, sets off an aside
		{"Pushed by two former anchors — the campaign turned to the question of privacy.", nil},
		{"Five people — two of them children — were hurt when the ferry ran aground.", nil},
		{`"We will rebuild every house in the valley," the mayor said on Sunday.`, nil},
		// nothing to delete
		{"The council approved the new flood barrier on Monday.", nil},
		// too little would be left
		{"(Reuters) Prices rose.", nil},
	}
	for _, c := range cases {
		var got []string
		for _, keep := range compressions(c.text) {
			got = append(got, joinKept(c.text, keep))
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("compressions(%q) (-want +got):\n%s", c.text, diff)
		}
	}
}

// citationWords splits text as the project's citation checker does
// (Python's \w+, which includes the underscore).
var citationWords = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func TestCompressionsKeepCitedWordsInOrder(t *testing.T) {
	texts := []string{
		"LONDON (AP) _ The lawmaker (a Labour member) backed the request, the BBC reported on Saturday.",
		"However, the report (published on Friday) found no fault, according to a spokesman for the agency.",
		"(AFP) The two sides signed the accord in Geneva after talks, officials told reporters in the city.",
	}
	for _, text := range texts {
		forms := compressions(text)
		if len(forms) == 0 {
			t.Errorf("compressions(%q) found nothing to delete", text)
		}
		src := lower(citationWords.FindAllString(text, -1))
		for _, keep := range forms {
			got := joinKept(text, keep)
			if !subsequence(lower(citationWords.FindAllString(got, -1)), src) {
				t.Errorf("%q is not the words of %q with some deleted", got, text)
			}
		}
	}
}

func lower(ws []string) []string {
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}
