package analyze

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The dam failed on Tuesday. Seven people died.", []string{"The dam failed on Tuesday.", "Seven people died."}},
		{"abbreviations", "Lt. Gen. Mara Voss met U.S. envoy Tom Reed on Aug. 1 in St. Olav. Talks went on.",
			[]string{"Lt. Gen. Mara Voss met U.S. envoy Tom Reed on Aug. 1 in St. Olav.", "Talks went on."}},
		{"abbreviation ends sentence", "The ship sailed for the U.S. The crew stayed behind.",
			[]string{"The ship sailed for the U.S.", "The crew stayed behind."}},
		{"initials", "Author J. R. Marlow wrote it. Readers loved it.", []string{"Author J. R. Marlow wrote it.", "Readers loved it."}},
		{"numbers", "About 1.8 million cubic metres escaped. Costs reached €3.5 million.", []string{"About 1.8 million cubic metres escaped.", "Costs reached €3.5 million."}},
		{"quote kept with attribution", "\"We will rebuild. Nobody will be left behind,\" the mayor said. Crews began work.",
			[]string{"\"We will rebuild. Nobody will be left behind,\" the mayor said.", "Crews began work."}},
		{"curly quote kept with attribution", "“It came at night. We had no warning,” said Ana Pell. The siren was silent.",
			[]string{"“It came at night. We had no warning,” said Ana Pell.", "The siren was silent."}},
		{"straight quote opens next sentence", "The library reopened on 2 March. \"I opened the box and saw it,\" she said. \"It was unreal.\"",
			[]string{"The library reopened on 2 March.", "\"I opened the box and saw it,\" she said.", "\"It was unreal.\""}},
		{"doubled apostrophes close a quotation", "He called it ''a breach of the harbour code.'' The board said it would meet. ''We are done.'' She left.",
			[]string{"He called it ''a breach of the harbour code.''", "The board said it would meet.", "''We are done.''", "She left."}},
		{"backticks open what doubled apostrophes close", "The inquiry called the closure a ``grave mistake.'' But it blamed the union. ``We are done.'' She left.",
			[]string{"The inquiry called the closure a ``grave mistake.''", "But it blamed the union.", "``We are done.''", "She left."}},
		{"lowercase after period is no end", "The tally was approx. seven hundred people.", []string{"The tally was approx. seven hundred people."}},
		{"clock time ends a sentence before a new subject", "The shift began at 6 a.m. Marhold Terminal said 900 stayed away.",
			[]string{"The shift began at 6 a.m.", "Marhold Terminal said 900 stayed away."}},
		{"clock time goes on with its day, zone or place", "Talks open at 10 a.m. Friday and close at 4 p.m. GMT, or 7 p.m. Tessin time, the ministry said.",
			[]string{"Talks open at 10 a.m. Friday and close at 4 p.m. GMT, or 7 p.m. Tessin time, the ministry said."}},
		{"clock time goes on with the time in another zone in brackets", "The polls opened at 8 a.m. (0600 GMT), and voting was calm.",
			[]string{"The polls opened at 8 a.m. (0600 GMT), and voting was calm."}},
		{"a state's dotted abbreviation ends a sentence before a plain starter", "He grew up in Marhold, N.J. He left for Riel in 1990.",
			[]string{"He grew up in Marhold, N.J.", "He left for Riel in 1990."}},
		{"but not inside one", "The mayor of Marhold, N.J., said the pier would reopen.",
			[]string{"The mayor of Marhold, N.J., said the pier would reopen."}},
		{"question and exclamation", "Who gave the order? Nobody knows! Officials stayed silent.", []string{"Who gave the order?", "Nobody knows!", "Officials stayed silent."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, sents := Segment(c.text, nil)
			var got []string
			for _, s := range sents {
				got = append(got, s.In(c.text))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSentencesStayInParagraphs(t *testing.T) {
	text := "First paragraph without a stop\n\nSecond paragraph. Two sentences."
	paras := []chorus.Span{{Start: 0, End: 30}, {Start: 32, End: len(text)}}
	_, sents := Segment(text, paras)
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	for i, s := range sents {
		if !paras[s.Paragraph].Contains(s.Span) {
			t.Errorf("sentence %d %q crosses its paragraph", i, s.In(text))
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "Varga's U.S.-Ostria plan: 12,500 fled, al-Karim didn't (48-hour) “talks” -- so far."
	var got []string
	for _, tok := range Tokenize(text, chorus.Span{Start: 0, End: len(text)}) {
		if tok.In(text) != tok.Text {
			t.Fatalf("token %q does not match its span %q", tok.Text, tok.In(text))
		}
		got = append(got, tok.Text)
	}
	want := []string{"Varga", "'s", "U.S.", "-", "Ostria", "plan", ":", "12,500", "fled", ",", "al-Karim", "did", "n't", "(", "48-hour", ")", "“", "talks", "”", "--", "so", "far", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

// FuzzSegment checks that segmentation never panics and that every token and
// sentence is a valid span on rune boundaries, in order.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"A. B. C.", "\"Hi.\" \"Bye.\"", "U.S. “Q.” 1.5.", "", "...", "Mr. X said. 'No.'",
		"FILE - In this photo, Varga waves. (Agency Photo/Riel) The port opened.", "Photo: Tessin Images"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !strings.ContainsRune(text, 0) {
			toks, sents := Segment(text, nil)
			last := 0
			for _, tok := range toks {
				if !tok.Valid(len(text)) || tok.Start < last || tok.Len() == 0 {
					t.Fatalf("bad token span %+v in %q", tok.Span, text)
				}
				last = tok.End
			}
			for _, s := range sents {
				if !s.Valid(len(text)) || s.TokenStart >= s.TokenEnd {
					t.Fatalf("bad sentence %+v", s)
				}
			}
			markCaptions(text, sents) // must not panic on any text
		}
	})
}
