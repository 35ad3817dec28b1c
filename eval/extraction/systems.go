package extraction

import (
	"bytes"
	"fmt"
	"net/url"
	"sort"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/extract"
)

// System extracts one document's article body: the text to score.
type System func(doc chorus.Document) (string, error)

// Systems are the extractors the eval knows: chorus itself and the two
// anchors it is measured against, each alone and with default settings.
var Systems = map[string]System{
	"chorus":      Chorus,
	"trafilatura": Trafilatura,
	"readability": Readability,
}

// SystemNames lists Systems in a stable order, chorus first.
func SystemNames() []string {
	names := []string{"chorus"}
	var rest []string
	for n := range Systems {
		if n != "chorus" {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	return append(names, rest...)
}

// Chorus extracts as `chorus digest` does (extract.Read, then Article) and
// returns the body: the article text after its title paragraph.
func Chorus(doc chorus.Document) (string, error) {
	a, err := ChorusArticle(doc)
	if err != nil {
		return "", err
	}
	return Body(a), nil
}

// ChorusArticle extracts the whole article (text and metadata) as `chorus
// digest` does.
func ChorusArticle(doc chorus.Document) (*chorus.Article, error) {
	d, err := extract.Read(doc)
	if err != nil {
		return nil, err
	}
	return d.Article()
}

// Body is an article's text without the title paragraph that starts it.
func Body(a *chorus.Article) string {
	if a.TitleSpan.End == 0 {
		return a.Text
	}
	return strings.TrimLeft(a.Text[a.TitleSpan.End:], "\n")
}

// Trafilatura runs go-trafilatura alone, with its fallback extractors
// (readability and dom-distiller) on and comments excluded: the anchor the
// issue measured at 0.960 F1.
func Trafilatura(doc chorus.Document) (string, error) {
	root, err := html.Parse(bytes.NewReader(doc.Body))
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if u, err := url.Parse(doc.Hints.URL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return "", fmt.Errorf("trafilatura: %w", err)
	}
	return res.ContentText, nil
}

// Readability runs readeck's go-readability (a port of Mozilla's
// Readability.js) alone and renders its article as inner text.
func Readability(doc chorus.Document) (string, error) {
	root, err := html.Parse(bytes.NewReader(doc.Body))
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	var u *url.URL
	if p, err := url.Parse(doc.Hints.URL); err == nil && p.IsAbs() {
		u = p
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(root, u)
	if err != nil {
		return "", fmt.Errorf("readability: %w", err)
	}
	if art.Node == nil {
		return "", fmt.Errorf("readability: no article found")
	}
	return render.InnerText(art.Node), nil
}
