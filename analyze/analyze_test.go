package analyze_test

import (
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// TestOnlyEnglishIsReadInFull checks that an article in another language
// is segmented but not given entities, quotes or dates, which the English
// readers would only misread, while English and unknown are read in full.
func TestOnlyEnglishIsReadInFull(t *testing.T) {
	english := `Harbour pilot Ilse Varga said on Monday that the Tessin ferry would sail again. "We are ready," Varga told reporters in Marhold.`
	portuguese := `A piloto Ilse Varga disse na segunda-feira que a balsa de Tessin voltaria a navegar. "Estamos prontos", afirmou Varga em Marhold.`
	pub := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, lang, text string
		readInFull       bool
	}{
		{"english", "en", english, true},
		{"unknown language", "", english, true},
		{"portuguese", "pt", portuguese, false},
		// the language decides, not the text: a page declared and read as
		// Portuguese is not guessed back into English
		{"declared portuguese", "pt", english, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := &chorus.Article{ID: "a", Lang: tt.lang, Published: pub, Text: tt.text,
				Paragraphs: []chorus.Span{{Start: 0, End: len(tt.text)}}}
			an := analyze.Analyze(a)
			if len(an.Sentences) != 2 {
				t.Errorf("%d sentences, want 2", len(an.Sentences))
			}
			read := len(an.Mentions) > 0 && len(an.Quotes) > 0 && len(an.Times) > 0
			none := len(an.Mentions) == 0 && len(an.Quotes) == 0 && len(an.Times) == 0
			switch {
			case tt.readInFull && !read:
				t.Errorf("not read in full: %d mentions, %d quotes, %d times", len(an.Mentions), len(an.Quotes), len(an.Times))
			case !tt.readInFull && !none:
				t.Errorf("read as English: %d mentions, %d quotes, %d times", len(an.Mentions), len(an.Quotes), len(an.Times))
			}
		})
	}
}
