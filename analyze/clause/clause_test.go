package clause_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/analyze/clause"
)

// describing renders a sentence's describing clauses as "kind: text", with
// "+own" on a relative clause with a subject of its own and "+open" on one
// the sentence's end closes.
func describing(text string) []string {
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	var out []string
	for _, c := range clause.New(text, toks).Describing() {
		line := c.Kind.String() + ": " + c.Span.In(text)
		if c.OwnSubject {
			line += " +own"
		}
		if !c.Closed {
			line += " +open"
		}
		out = append(out, line)
	}
	return out
}

func TestDescribing(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"relative", "The atlas, which holds maps drawn in 1642, was recovered on Thursday.",
			[]string{"relative: , which holds maps drawn in 1642"}},
		{"a date's comma ends nothing", "The letter, written on Dec. 29, 2024, was read out in Riel on Tuesday.",
			[]string{"participle: , written on Dec. 29, 2024"}},
		{"a month's comma ends nothing", "The ferry, launched in May, 2009, sank off Tessin on Tuesday.",
			[]string{"participle: , launched in May, 2009"}},
		{"relative to the end", "The crowd cheered the ferry, which had sailed from Riel overnight.",
			[]string{"relative: , which had sailed from Riel overnight. +open"}},
		{"relative with a subject of its own", "The council backed the plan, which the harbour board drafted in May.",
			[]string{"relative: , which the harbour board drafted in May. +own +open"}},
		{"whom always has a subject of its own", "The pilot, whom Varga hired in 2019, resigned on Monday.",
			[]string{"relative: , whom Varga hired in 2019 +own"}},
		{"whose always has a subject of its own", "The captain, whose crew of nine was rescued, thanked the coastguard.",
			[]string{"relative: , whose crew of nine was rescued +own"}},
		{"a title before a name is a subject, not a verb", "The council backed the plan, which Mr Varga drafted in May.",
			[]string{"relative: , which Mr Varga drafted in May. +own +open"}},
		{"a capitalised verb is no subject", "Tessin and Riel, which Met in Marhold, signed the pact.",
			[]string{"relative: , which Met in Marhold"}},
		{"a figure's comma ends nothing", "The dam, which holds 470,000 cubic metres and was finished in 1974, burst on Tuesday.",
			[]string{"relative: , which holds 470,000 cubic metres and was finished in 1974"}},
		{"a quotation's commas end nothing", "The council, which called the plan “costly, slow and late” in 2019, approved it on Tuesday.",
			[]string{"relative: , which called the plan “costly, slow and late” in 2019"}},
		{"a bracket inside is part of the clause", "The bridge, which opened in 1974 (after two delays) and was rebuilt in 2001, closed on Monday.",
			[]string{"relative: , which opened in 1974 (after two delays) and was rebuilt in 2001", "bracket: (after two delays)"}},
		{"a semicolon ends it", "The unions back the eastern bid, which the port prefers; the operator backs the western one.",
			[]string{"relative: , which the port prefers +own"}},
		{"a dash ends it", "The ferry, which sails from Riel – weather permitting – resumed on Monday.",
			[]string{"relative: , which sails from Riel"}},
		{"participle between commas", "The gate, inspected in November, failed on Tuesday.",
			[]string{"participle: , inspected in November"}},
		{"irregular participle", "The ferry, bought from a Tessin yard in 2009, ran aground near Riel on Tuesday.",
			[]string{"participle: , bought from a Tessin yard in 2009"}},
		{"led by", "The survey team, led by Varga in 2019, found the wreck on Tuesday.",
			[]string{"participle: , led by Varga in 2019"}},
		{"participle opening the sentence", "Restored in 1962, the chapel reopened to visitors on Thursday.",
			[]string{"participle: Restored in 1962"}},
		{"an open participle may be the sentence's verb", "The operator, Tessin Lines, ordered in March two new ferries.",
			nil},
		{"a speech verb after an appositive is the sentence's verb", "The operator, Tessin Lines, said on Wednesday, after the vote, that the quay would stay shut.",
			nil},
		{"a speech verb with its agent is a participle", "The plan, announced by the council in 2019, was approved on Tuesday.",
			[]string{"participle: , announced by the council in 2019"}},
		{"a speech verb right after the subject is a participle", "The cuts, announced in March, take effect on Tuesday.",
			[]string{"participle: , announced in March"}},
		{"maintained since", "The lighthouse, maintained since 1890 by the Varga family, was struck on Tuesday.",
			[]string{"participle: , maintained since 1890 by the Varga family"}},
		{"appositive after the subject", "The organ, a rare instrument assembled in 1790, was damaged by the storm on Monday.",
			[]string{"appositive: , a rare instrument assembled in 1790"}},
		{"possessive appositive", "The ferry, its hull rebuilt in 2009, sank off Riel on Tuesday.",
			[]string{"appositive: , its hull rebuilt in 2009"}},
		{"a name set off is no appositive", "The harbour master, Ilse Varga, said on Wednesday that the quay would stay shut.",
			nil},
		{"no appositive after an opener", "On Tuesday, the council voted to close the quay, a decision the port regrets.",
			nil},
		{"no appositive after despite", "Amid protests, the council approved the plan on Tuesday, a year after it was first tabled.",
			nil},
		{"brackets", "The Veskaria Port Authority (VPA) closed the quay on Monday.",
			[]string{"bracket: (VPA)"}},
		{"nested brackets are one aside", "The quay (the old one (built in 1890) by the fort) shut.",
			[]string{"bracket: (the old one (built in 1890) by the fort)", "bracket: (built in 1890)"}},
		{"a relative clause inside a quotation ends with it", "“The bridge, which we built in 1974” is closing, Varga said.",
			[]string{"relative: , which we built in 1974” +own"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, describing(tc.text)); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

func TestMarks(t *testing.T) {
	text := `Varga said (on Monday) that the “old, slow” ferry would stop.`
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s := clause.New(text, toks)
	var quoted, bracketed []string
	for i, tok := range toks {
		if s.Quoted[i] {
			quoted = append(quoted, tok.Text)
		}
		if s.Bracketed[i] {
			bracketed = append(bracketed, tok.Text)
		}
	}
	if diff := cmp.Diff([]string{"“", "old", ",", "slow", "”"}, quoted); diff != "" {
		t.Errorf("quoted (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"(", "on", "Monday", ")"}, bracketed); diff != "" {
		t.Errorf("bracketed (-want +got):\n%s", diff)
	}

	// a sentence that starts inside a quotation the segmenter split
	text = `Today we search,” the minister said.`
	toks = analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s = clause.New(text, toks)
	if !s.Quoted[0] || !s.Quoted[3] || !s.Quoted[4] || s.Quoted[5] {
		t.Errorf("quoted = %v, want the words before the closing mark quoted", s.Quoted)
	}
}

func TestPastParticiple(t *testing.T) {
	for _, tc := range []struct {
		w, next string
		want    bool
	}{
		{"inspected", "in", true}, {"stolen", "from", true}, {"built", "by", true},
		{"approved", "in", true}, // by its form: the finite verb reads the same
		{"need", "in", false}, {"proceed", "to", false}, {"red", "in", false},
		{"said", "on", false}, {"announced", "in", false}, {"announced", "by", true},
		{"replied", "on", false}, {"revealed", "by", true},
	} {
		if got := clause.PastParticiple(tc.w, tc.next); got != tc.want {
			t.Errorf("PastParticiple(%q, %q) = %v, want %v", tc.w, tc.next, got, tc.want)
		}
	}
}

func TestVerbCue(t *testing.T) {
	for tok, want := range map[string]bool{"said": true, "was": true, "met": true, "approved": true, "drew": true,
		"Reed": false, "Ted": false, "ferry": false, "the": false, "stolen": false, "May": false, "may": true} {
		if got := clause.VerbCue(tok); got != want {
			t.Errorf("VerbCue(%q) = %v, want %v", tok, got, want)
		}
	}
}

func TestQuotedWireMarks(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the quoted tokens joined by spaces
	}{
		{"curly", "Varga said: “We sail at dawn.” The crew agreed.", "“ We sail at dawn . ”"},
		{"backquotes and apostrophes", "Varga said: ``We sail at dawn.'' The crew agreed.", "` ` We sail at dawn . ' '"},
		{"wire quotation split by the segmenter", "at dawn,'' said Varga, a harbour pilot.", "at dawn , ' '"},
		{"an apostrophe is no mark", "The pilots' union met Varga's crew.", ""},
		{"the mark closing the sentence before", "The crew said ``we sail.'' No tugs. No pilots,'' Varga said.", "' ' No tugs . No pilots , ' '"},
	}
	for _, tc := range tests {
		toks := analyze.Tokenize(tc.text, chorus.Span{Start: 0, End: len(tc.text)})
		if k := strings.Index(tc.text, ".'' No"); k >= 0 {
			// the segmenter's sentence starts at the closing mark glued to
			// the full stop before it
			for len(toks) > 0 && toks[0].Start < k+1 {
				toks = toks[1:]
			}
		}
		s := clause.New(tc.text, toks)
		var got []string
		for i, tk := range toks {
			if s.Quoted[i] {
				got = append(got, tk.Text)
			}
		}
		if diff := cmp.Diff(tc.want, strings.Join(got, " ")); diff != "" {
			t.Errorf("%s: quoted tokens differ (-want +got):\n%s", tc.name, diff)
		}
	}
}
