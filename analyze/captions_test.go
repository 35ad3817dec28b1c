package analyze

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIsCaption(t *testing.T) {
	cases := []struct {
		name, sentence string
		underCredit    bool
		want           bool
	}{
		// captions
		{"file opening", "FILE - In this Oct. 3, 2021 file photo, harbour pilot Ilse Varga waves from the deck of a tug in Tessin.", false, true},
		{"file opening, no spaces", "File- in this march 9, 2019, file photo, the mayor of riel greets voters.", false, true},
		{"in this photo", "In this photo taken on Sunday, volunteers stack sandbags along the Marhold embankment.", false, true},
		{"this undated image", "This undated image released by the Veskarian navy shows a patrol boat off the coast.", false, true},
		{"file photo colon", "File photo: the Veskarian foreign minister arrives for talks in Riel.", false, true},
		{"agency in brackets first", "(Tessin Daily) FILE - In this May 2, 2020 photo, dock workers march through the port.", false, true},
		{"bracketed photo credit", "Dock workers march through the port of Tessin. (Marhold Photo/Ilse Varga, File)", false, true},
		{"photo colon credit in brackets", "Petar Riel leaves the courthouse in Tessin ( photo: submitted )", false, true},
		{"slash credit", "Firefighters hose down the warehouse in Riel. Tessin Wire/Ilse Varga/File Photo", false, true},
		{"weekday date", "Fishermen mend their nets on the quay in Marhold, Veskaria, Thursday, Feb. 6, 2025.", false, true},
		{"comma date with said", "Riel militia fighters wave from the trucks of their column near Tessin, a town they said they had taken back, May 9, 2024.", false, true},
		{"bare date after the place", "A child looks on as rescuers search the rubble in Marhold March 14, 2023.", false, true},
		{"on date, present tense", "Supporters of Ilse Varga cheer outside the party office in Riel on June 2, 2021.", false, true},
		{"credit alone", "Photo by Tessin Wire.", false, true},
		{"credit colon, picture", "Photo: Ilse Varga the ferry captain waves to the crowd at the pier", false, true},
		{"an undated photo of", "An undated family photo of Petar Riel on the quay at Marhold.", false, true},
		{"is pictured", "The old lighthouse of Tessin is pictured from the ferry deck.", false, true},
		{"present tense, date after the place", "Ilse Varga discusses the port budget with her deputy in Riel, May 3, 2024.", false, true},
		{"under a credit", "Dock workers gather at the gates of the Tessin shipyard.", true, true},

		// near misses: news
		{"report ending on a date", "The two governments signed the accord on May 3, 2024.", false, false},
		{"report with on-date and said", "Varga said the delegation arrives in Riel on May 3, 2024.", false, false},
		{"past tense, comma date", "The ferry sank off Marhold, killing nine, the coast guard reported, June 8, 2022.", false, false},
		{"year only", "The dam was built in 1962 and last inspected in 2019.", false, false},
		{"photos as news", "Investigators said the photos showed the gate had been open for hours.", false, false},
		{"credit glued to news", "Photo: Ilse Varga the port of Tessin was closed on Monday after the strike.", false, false},
		{"this photo of a quote", "\"This photo is all I have left of him,\" Varga said.", false, false},
		{"agency bracket then news", "(Tessin Daily) The Veskarian parliament voted on Tuesday to extend the strike law.", false, false},
		{"courtesy credit of a story", "The mayor resigned after the audit was published. (Courtesy Marhold Herald)", false, false},
		{"under a credit, a quote", "\"We will rebuild,\" says the mayor of Riel as she walks the flooded street.", true, false},
		{"under a credit, a report", "Officials said the shipyard would close for a week.", true, false},
		{"weekday without a year", "The talks resume in Riel on Tuesday, March 4.", false, false},
		{"future, date after the verb", "Their contracts will end Nov. 16, 2026.", false, false},
		{"copula and a date", "The deadline for the Tessin bids is March 1, 2026.", false, false},
		{"past tense, no preposition", "The harbour board approved the budget in Riel, May 3, 2024.", false, false},
		{"seen as", "The vote in Riel is seen as a test for Ilse Varga's coalition.", false, false},
		{"pictured in a report", "Varga said she was pictured at the rally against her will.", false, false},
		{"file in the middle", "Prosecutors will file charges against the harbour master on Friday.", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := isCaption(c.sentence, c.underCredit); got != c.want {
				t.Errorf("isCaption(%q, %v) = %v, want %v", c.sentence, c.underCredit, got, c.want)
			}
		})
	}
}

// TestMarkCaptions checks the marks within paragraphs: a caption under a
// credit line in its paragraph is one, the same sentence after a news
// sentence, or in the next paragraph, is not.
func TestMarkCaptions(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []bool
	}{
		{"credit, then its caption",
			[]string{"Photo: Tessin Wire. Dock workers gather at the gates of the shipyard."},
			[]bool{true, true}},
		{"news, then the same words",
			[]string{"The shipyard closed on Monday. Dock workers gather at the gates of the shipyard."},
			[]bool{false, false}},
		{"credit ends its paragraph",
			[]string{"Photo: Tessin Wire.", "Dock workers gather at the gates of the shipyard."},
			[]bool{true, false}},
		{"caption above its credit",
			[]string{"The strike entered its third day. Ilse Varga waves to dock workers in Riel. (Tessin Wire Photo/Petar Riel, File) The mayor said talks would resume."},
			[]bool{false, true, false}},
		{"news above a credit",
			[]string{"Dock workers walked out of the Riel yard on Monday. (Tessin Wire Photo/Petar Riel, File) The mayor said talks would resume."},
			[]bool{false, false}},
		{"glued caption among news",
			[]string{"The strike entered its third day. FILE - In this 2019 photo, Ilse Varga speaks in Riel. Talks resume on Friday."},
			[]bool{false, true, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, paras := "", []chorus.Span(nil)
			for i, p := range c.paras {
				if i > 0 {
					text += "\n\n"
				}
				paras = append(paras, chorus.Span{Start: len(text), End: len(text) + len(p)})
				text += p
			}
			_, sents := Segment(text, paras)
			markCaptions(text, sents)
			if len(sents) != len(c.want) {
				t.Fatalf("%d sentences, want %d", len(sents), len(c.want))
			}
			for i, s := range sents {
				if s.Caption != c.want[i] {
					t.Errorf("sentence %d %q: caption %v, want %v", i, s.In(text), s.Caption, c.want[i])
				}
			}
		})
	}
}
