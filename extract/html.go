package extract

import (
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"
	distiller "github.com/markusmobius/go-domdistiller"

	"github.com/chorusnews/chorus"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Limits on what extraction reads, so that no page can take unbounded
// time or memory. golang.org/x/net/html itself refuses trees more than 512
// elements deep. The extraction benchmark's pages are at most 1.5 MB, 52
// levels deep and 1,600 elements; the costs quoted are this machine's.
const (
	// maxHTMLBytes bounds the page size: parsing is linear (about a
	// second for 8 MB), but the extractors are not.
	maxHTMLBytes = 8 << 20
	// maxDepth bounds nesting for the recursive walks of the extractors
	// should the parser's own limit ever be lifted.
	maxDepth = 1000
	// maxNodes bounds the elements extraction walks. The extractors grow
	// faster than linearly with the number of paragraphs (25,000
	// paragraphs take trafilatura and readability about 3 s together).
	maxNodes = 50_000
	// maxDistillerNodes bounds the pages DOM Distiller votes on: it is the
	// most superlinear of the three (20,000 paragraphs take it 10 s).
	maxDistillerNodes = 8_000
	// maxAttrBytes bounds attribute values: a class or style is short, and
	// the extractors run regular expressions over them.
	maxAttrBytes = 4 << 10
)

// readHTML extracts metadata from the page's markup, then lets three
// extractors vote on the page's blocks (see vote).
func (d *Draft) readHTML() error {
	if len(d.doc.Body) > maxHTMLBytes {
		return &chorus.InputError{Source: d.doc.Source, Reason: fmt.Sprintf("HTML is %d bytes, over the limit of %d", len(d.doc.Body), maxHTMLBytes)}
	}
	doc, err := parseFlattening(d.doc.Body)
	if err != nil {
		return &chorus.InputError{Source: d.doc.Source, Reason: "cannot parse HTML", Err: err}
	}
	depth, nodes := prepareTree(doc)
	if depth > maxDepth {
		return &chorus.InputError{Source: d.doc.Source, Reason: fmt.Sprintf("HTML nested %d levels deep, over the limit of %d", depth, maxDepth)}
	}
	if nodes > maxNodes {
		return &chorus.InputError{Source: d.doc.Source, Reason: fmt.Sprintf("HTML has %d elements, over the limit of %d", nodes, maxNodes)}
	}
	d.nodes = nodes
	d.readMarkupMetadata(doc)

	blocks := pageBlocks(doc)
	d.blocks = d.vote(doc, blocks)
	if len(d.blocks) == 0 && d.doc.Hints.Text != "" {
		d.blocks = linesToBlocks(splitLines(d.doc.Hints.Text), d.meta.title)
	}
	if len(d.blocks) == 0 {
		return &chorus.InputError{Source: d.doc.Source, Reason: ErrNoText.Error()}
	}
	return nil
}

// The extractors that vote, by index into their outputs.
const (
	voterTrafilatura = iota
	voterReadability
	voterDistiller
)

// pageURL is the page's address for the extractors, which resolve links
// with it; nil when unknown.
func (d *Draft) pageURL() *url.URL {
	for _, raw := range []string{d.meta.url, d.doc.Hints.URL} {
		if u, err := url.Parse(raw); err == nil && u.IsAbs() {
			return u
		}
	}
	return nil
}

// runTrafilatura extracts with go-trafilatura, without its own fallback
// (its fallbacks are the other voters, run once here), and takes the
// metadata the page's markup did not give. It does not change doc.
func (d *Draft) runTrafilatura(doc *html.Node) string {
	opts := trafilatura.Options{ExcludeComments: true, MaxTreeSize: maxNodes, OriginalURL: d.pageURL()}
	if !d.meta.published.IsZero() {
		// The markup already dated the page; skip htmldate's search.
		opts.HtmlDateOverride = &htmldate.Result{DateTime: d.meta.published, HasTime: true}
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		return ""
	}
	m := res.Metadata
	d.meta.set("title", m.Title, "trafilatura")
	// trafilatura's site name falls back on social handles and footers;
	// the domain names the site better (see applyHints).
	d.meta.set("byline", m.Author, "trafilatura")
	d.meta.set("url", m.URL, "trafilatura")
	d.meta.setTime(m.Date, "htmldate")
	if res.ContentNode == nil {
		return ""
	}
	return blocksText(nodeBlocks(res.ContentNode))
}

// runReadability extracts with readeck's go-readability on a copy of doc
// (it rewrites the tree it is given).
func (d *Draft) runReadability(doc *html.Node) string {
	p := readability.NewParser()
	p.DisableJSONLD = true // the page's JSON-LD has been read already
	art, err := p.ParseAndMutate(dom.Clone(doc, true), d.pageURL())
	if err != nil || art.Node == nil {
		return ""
	}
	return blocksText(nodeBlocks(art.Node))
}

// runDistiller extracts with DOM Distiller. It rewrites doc, so it runs last.
func (d *Draft) runDistiller(doc *html.Node) string {
	res, err := distiller.Apply(doc, &distiller.Options{OriginalURL: d.pageURL(), SkipPagination: true})
	if err != nil || res == nil || res.Node == nil {
		return ""
	}
	return blocksText(nodeBlocks(res.Node))
}

func blocksText(bs []block) string {
	var b strings.Builder
	for _, bl := range bs {
		b.WriteString(bl.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// prepareTree returns the depth and element count of a parsed tree and
// cuts attribute values longer than maxAttrBytes, walking without
// recursion so that a hostile page cannot exhaust the stack here.
func prepareTree(root *html.Node) (depth, nodes int) {
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
			for i := range it.n.Attr {
				if len(it.n.Attr[i].Val) > maxAttrBytes {
					it.n.Attr[i].Val = it.n.Attr[i].Val[:maxAttrBytes]
				}
			}
		}
		depth = max(depth, it.d)
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return depth, nodes
}
