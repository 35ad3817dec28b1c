package extract

import (
	"bytes"
	"fmt"
	"net/url"

	"github.com/chorusnews/chorus"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// maxDepth bounds how deeply nested a page may be. Real pages stay under a
// few hundred levels; deeper trees are generated junk or attacks on the
// recursive tree walks extraction does.
const maxDepth = 1000

// maxNodes bounds the number of elements extraction will walk.
const maxNodes = 400_000

// readHTML extracts metadata from the page's markup, then the article text
// with go-trafilatura (fallback extractors on).
func (d *Draft) readHTML() error {
	doc, err := html.Parse(bytes.NewReader(d.doc.Body))
	if err != nil {
		return &chorus.InputError{Source: d.doc.Source, Reason: "cannot parse HTML", Err: err}
	}
	depth, nodes := treeSize(doc)
	if depth > maxDepth {
		return &chorus.InputError{Source: d.doc.Source, Reason: fmt.Sprintf("HTML nested %d levels deep, over the limit of %d", depth, maxDepth)}
	}
	if nodes > maxNodes {
		return &chorus.InputError{Source: d.doc.Source, Reason: fmt.Sprintf("HTML has %d elements, over the limit of %d", nodes, maxNodes)}
	}
	d.readMarkupMetadata(doc)

	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		MaxTreeSize:     maxNodes,
	}
	if u, err := url.Parse(d.meta.url); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	} else if u, err := url.Parse(d.doc.Hints.URL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	if !d.meta.published.IsZero() {
		// The markup already dated the page; skip htmldate's slower search.
		opts.HtmlDateOverride = &htmldate.Result{DateTime: d.meta.published, HasTime: true}
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		if d.doc.Hints.Text != "" {
			d.blocks = linesToBlocks(splitLines(d.doc.Hints.Text), d.meta.title)
			return nil
		}
		return &chorus.InputError{Source: d.doc.Source, Reason: ErrNoText.Error(), Err: err}
	}
	m := res.Metadata
	d.meta.set("title", m.Title, "trafilatura")
	d.meta.set("outlet", m.Sitename, "trafilatura")
	d.meta.set("byline", m.Author, "trafilatura")
	d.meta.set("url", m.URL, "trafilatura")
	d.meta.set("lang", m.Language, "trafilatura")
	d.meta.setTime(m.Date, "htmldate")
	if res.ContentNode != nil {
		d.blocks = nodeBlocks(res.ContentNode)
	}
	if len(d.blocks) == 0 {
		d.blocks = linesToBlocks(splitLines(res.ContentText), d.meta.title)
	}
	return nil
}

// treeSize returns the depth and element count of a parsed tree, walking it
// without recursion so that a hostile page cannot exhaust the stack here.
func treeSize(root *html.Node) (depth, nodes int) {
	type item struct {
		n *html.Node
		d int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.n.Type == html.ElementNode {
			nodes++
		}
		depth = max(depth, it.d)
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return depth, nodes
}
