package claims

import "testing"

func TestPronounLed(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"She reopened the eastern quay on Monday", true},
		{"They were repairing the sea wall at Tessin", true},
		{"On Wednesday, they announced a new ferry timetable for Marhold", true},
		{"Soon, he filed charges against eleven harbour officials", true},
		{"Drifting north at 9 knots, it is expected to reach the Tessin shelf by Sunday", true},
		{"At 6 p.m. (1600 GMT), it was located 200 kilometers east of Marhold", true},
		{"When Varga arrived at the quay, she thanked the divers", false},
		{"The ferry company said it would reopen the route in May", false},
		{"On Wednesday, the council announced a new ferry timetable", false},
		{"Riel's deputy, Ana Vos, signed the lease", false},
		{"Itself a port town, Marhold grew around the ferry trade", false},
		{"Even if the council succeeds in selling the quay, it would be hard to keep the ferry", false},
		{"That method was used in a raid on the quay two years ago", false},
		{"He and Varga drew up the second phase of the ferry deal", true},
		{"Among them are the Harbour Inn and the Marhold Lodge", true},
		{"The other two are the ferry pier and the old customs house", true},
		{"the other was a deckhand from a village near Tessin", true},
		{"many are fishermen who lost their boats in the storm", true},
		{"Many fishermen lost their boats in the storm", false},
		{"when she reached the quay, the night ferry had already left", true},
		{"When she reached the quay, Varga found the night ferry gone", false},
		{"The other ferry left Tessin on time", false},
		{"Some 40 boats were released on Monday", false},
	}
	for _, tc := range tests {
		if got := pronounLed(tc.text); got != tc.want {
			t.Errorf("pronounLed(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestLandmark(t *testing.T) {
	tests := []struct{ after, want string }{
		{" kilometres (93 miles) east-northeast of Tessin Point in Riel province", "Tessin Point"},
		{" miles) northwest of Marhold Island in the Varn Sea", "Marhold Island"},
		{" km south of Riel, forecasters said", "Riel"},
		{" kilometres off the coast of Riel", ""},
		{" people in the north of Riel", ""},
		{" kilometres west of the capital", ""},
	}
	for _, tc := range tests {
		if got := landmark(tc.after); got != tc.want {
			t.Errorf("landmark(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
	a := Number{Landmark: "Tessin Point"}
	for _, tc := range []struct {
		b    Number
		want bool
	}{{Number{Landmark: "Marhold Island"}, true}, {Number{Landmark: "Tessin Point"}, false}, {Number{}, false}} {
		if got := otherLandmarks(a, tc.b); got != tc.want {
			t.Errorf("otherLandmarks(%q, %q) = %v, want %v", a.Landmark, tc.b.Landmark, got, tc.want)
		}
	}
}
