package claims_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/claims"
)

// TestCaptionStatesNothing checks that a sentence the analysis marks as a
// photo caption gives no claim, even one two outlets carry, while the same
// sentence unmarked does.
func TestCaptionStatesNothing(t *testing.T) {
	caption := "Riel militia fighters wave from the trucks of their column near Tessin, a town they said they had taken back, May 9, 2024."
	news := "The Riel militia took back the town of Tessin after a week of fighting."
	pub := time.Date(2024, 5, 10, 9, 0, 0, 0, time.UTC)
	for _, mark := range []bool{true, false} {
		var arts []claims.Article
		for k := range 2 {
			text := news + " " + caption
			id := chorus.ArticleID("art-" + string(rune('a'+k)))
			art := &chorus.Article{ID: id, Outlet: "Outlet " + string(rune('A'+k)), Published: pub, Text: text,
				Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
			an := analyze.Analyze(art)
			if len(an.Sentences) != 2 || an.Sentences[1].In(text) != caption || !an.Sentences[1].Caption {
				t.Fatalf("the analysis does not mark %q as a caption: %+v", caption, an.Sentences)
			}
			an.Sentences[1].Caption = mark
			arts = append(arts, claims.Article{Article: art, Analysis: an, Origin: id})
		}
		fromCaption := false
		for _, c := range claims.Build(arts, claims.Options{MaxAgreed: -1, MaxOnly: -1}) {
			for _, s := range c.Statements {
				if s.Citation.Start >= len(news) {
					fromCaption = true
				}
			}
			if strings.Contains(c.Text, "wave from") {
				fromCaption = true
			}
		}
		if fromCaption == mark {
			t.Errorf("caption marked %v: a claim from it %v, want %v", mark, fromCaption, !mark)
		}
	}
}
