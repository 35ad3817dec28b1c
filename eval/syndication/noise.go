// Package syndication measures near-duplicate detection: it makes noisy
// copies of original texts (cut tails, reordered paragraphs, inserted page
// junk, changed headlines, edited words), mixes them with the originals,
// and scores the syndication groups dedup finds against the known answer.
package syndication

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dedup"
)

// Original is a text to copy: a title and paragraphs.
type Original struct {
	ID    string
	Title string
	Paras []string
}

// junk are lines a repost's page adds around the story.
var junk = []string{
	"Share this article on social media",
	"Read more: the week's top stories in pictures",
	"Sign up for our morning newsletter and never miss a story",
	"Advertisement",
	"Comments are closed for this article",
	"Follow us for live updates",
	"Photo: file image, used with permission",
	"Most read today",
}

// Copy makes a noisy copy of o: each kind of noise is applied with some
// probability, and the copy always changes at least one thing. It returns
// the copy's title, paragraphs and a short description of what was done.
func Copy(rng *rand.Rand, o Original) (title string, paras []string, what []string) {
	title = o.Title
	paras = append([]string(nil), o.Paras...)
	if rng.IntN(2) == 0 {
		title = "Update: " + strings.ToLower(o.Title)
		what = append(what, "headline")
	}
	if len(paras) > 3 && rng.IntN(2) == 0 {
		keep := max(2, len(paras)*(55+rng.IntN(40))/100)
		paras = paras[:keep]
		what = append(what, fmt.Sprintf("cut to %d paragraphs", keep))
	}
	if len(paras) > 3 && rng.IntN(3) == 0 {
		i := 1 + rng.IntN(len(paras)-2)
		paras[i], paras[i+1] = paras[i+1], paras[i]
		what = append(what, "reordered")
	}
	if rng.IntN(2) == 0 {
		n := 1 + rng.IntN(3)
		for k := 0; k < n; k++ {
			at := rng.IntN(len(paras) + 1)
			paras = append(paras[:at], append([]string{junk[rng.IntN(len(junk))]}, paras[at:]...)...)
		}
		what = append(what, fmt.Sprintf("%d junk lines", n))
	}
	if rng.IntN(2) == 0 || len(what) == 0 {
		for i, p := range paras {
			paras[i] = editWords(rng, p, 0.03)
		}
		what = append(what, "3% words edited")
	}
	return title, paras, what
}

// editWords replaces about rate of the words of p with a neutral word, as
// a copy editor's changes do.
func editWords(rng *rand.Rand, p string, rate float64) string {
	ws := strings.Fields(p)
	for i := range ws {
		if rng.Float64() < rate {
			ws[i] = []string{"reportedly", "also", "now", "officials"}[rng.IntN(4)]
		}
	}
	return strings.Join(ws, " ")
}

// Doc builds a dedup document from a title and paragraphs, with paragraph
// spans and the title span set, as an extracted article would have.
func Doc(id string, published time.Time, title string, paras []string) dedup.Doc {
	var b strings.Builder
	d := dedup.Doc{ID: chorus.ArticleID(id), Published: published}
	b.WriteString(title)
	d.Title = chorus.Span{End: b.Len()}
	for _, p := range paras {
		b.WriteString("\n\n")
		start := b.Len()
		b.WriteString(p)
		d.Paragraphs = append(d.Paragraphs, chorus.Span{Start: start, End: b.Len()})
	}
	d.Text = b.String()
	return d
}

// Case is a generated evaluation set: documents and, parallel to them, the
// id of the original each one copies (its own id for an original).
type Case struct {
	Docs   []dedup.Doc
	Group  []string
	Origin map[string]chorus.ArticleID // group → the original's article id
}

// Generate mixes the originals with up to maxCopies noisy copies of each
// (seeded), the originals published first, the copies later in random order.
func Generate(origs []Original, maxCopies int, seed uint64) Case {
	rng := rand.New(rand.NewPCG(seed, 0x646564757021))
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	c := Case{Origin: map[string]chorus.ArticleID{}}
	type pending struct {
		doc   dedup.Doc
		group string
	}
	var copies []pending
	for i, o := range origs {
		d := Doc(o.ID, t0.Add(time.Duration(i)*time.Minute), o.Title, o.Paras)
		c.Docs = append(c.Docs, d)
		c.Group = append(c.Group, o.ID)
		c.Origin[o.ID] = d.ID
		for k := rng.IntN(maxCopies + 1); k > 0; k-- {
			title, paras, _ := Copy(rng, o)
			id := fmt.Sprintf("%s~copy%d", o.ID, k)
			copies = append(copies, pending{Doc(id, time.Time{}, title, paras), o.ID})
		}
	}
	rng.Shuffle(len(copies), func(i, j int) { copies[i], copies[j] = copies[j], copies[i] })
	for k, p := range copies {
		p.doc.Published = t0.Add(time.Duration(len(origs)+k) * time.Minute)
		c.Docs = append(c.Docs, p.doc)
		c.Group = append(c.Group, p.group)
	}
	return c
}
