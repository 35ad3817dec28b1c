package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageBlock is one paragraph-sized piece of text of the whole page, in
// document order, with what its place in the markup says about it. The
// extractors vote on these blocks; the kept ones become the article.
type pageBlock struct {
	text      string
	tag       atom.Atom // the innermost block element holding the text
	chars     int       // letters and digits
	linkChars int       // letters and digits inside links
	heading   bool
	inFigure  bool // a figure or its caption
	inChrome  bool // nav, aside, footer, header, menu, form controls
	boilerTag bool // an ancestor's class or id names page furniture
	ownBoiler bool // the block element's own class or id does
	votes     [maxVoters]float64
}

// maxVoters is how many extractors can vote on a block.
const maxVoters = 3

// boilerNames are the class and id words sites give the boxes around an
// article: sharing, comments, related links, newsletters, captions, ads.
// Class values are split into words at '-', '_' and spaces, so "share-bar"
// and "post_comments" match but "shareholder" does not.
var boilerNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`comment comments share sharing social related promo newsletter subscribe
		sidebar breadcrumb breadcrumbs caption credit byline advert ad ads sponsor popup modal cookie consent
		recommend recommended recommendations widget teaser outbrain taboola footer nav menu toolbar tags
		signup paywall tip tips contact logo`) {
		m[w] = true
	}
	return m
}()

// namesFurniture reports whether a class or id value names page furniture.
func namesFurniture(v string) bool {
	if v == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '\t' }) {
		if len(w) <= 13 && boilerNames[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// blockLike reports whether an element starts a new block: HTML's block
// elements, and the converted tags go-trafilatura's output uses (cell, row,
// item, list, head, lb, quote).
func blockLike(n *html.Node) bool {
	if n.DataAtom != 0 {
		return blockElements[n.DataAtom]
	}
	switch n.Data {
	case "cell", "row", "item", "list", "head", "lb", "quote", "graphic", "code":
		return true
	}
	return false
}

// skipped elements hold no readable text.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Head,
		atom.Button, atom.Select, atom.Option, atom.Textarea, atom.Input, atom.Object, atom.Canvas:
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	style := strings.ToLower(attr(n, "style"))
	if style != "" && (strings.Contains(strings.ReplaceAll(style, " ", ""), "display:none") ||
		strings.Contains(strings.ReplaceAll(style, " ", ""), "visibility:hidden")) {
		return true
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// pageBlocks splits a page's body into blocks at block-element boundaries,
// walking with an explicit stack so that no nesting depth can overflow it.
func pageBlocks(root *html.Node) []pageBlock {
	var out []pageBlock
	var cur strings.Builder
	type ctx struct {
		tag                     atom.Atom
		heading, figure, chrome bool
		boiler, own, link       bool
	}
	var chars, linkChars int
	flushWith := func(c ctx) {
		if t := normalizeSpace(cur.String()); t != "" && chars > 0 {
			out = append(out, pageBlock{text: t, tag: c.tag, chars: chars, linkChars: linkChars,
				heading: c.heading, inFigure: c.figure, inChrome: c.chrome, boilerTag: c.boiler, ownBoiler: c.own})
		}
		cur.Reset()
		chars, linkChars = 0, 0
	}
	type frame struct {
		n    *html.Node
		c    ctx
		exit bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n, c := f.n, f.c
		if f.exit {
			if blockLike(n) {
				flushWith(c)
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			k := alnumCount(n.Data)
			chars += k
			if c.link {
				linkChars += k
			}
			continue
		case html.ElementNode:
			if skipped(n) {
				continue
			}
			inner := c
			switch n.DataAtom {
			case atom.A:
				inner.link = true
			case atom.Figure, atom.Figcaption:
				inner.figure = true
			case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Menu, atom.Label:
				inner.chrome = true
			}
			if headingElements[n.DataAtom] {
				inner.heading = true
			}
			named := namesFurniture(attr(n, "class")) || namesFurniture(attr(n, "id"))
			inner.boiler = inner.boiler || named
			if blockLike(n) {
				flushWith(c)
				inner.tag = n.DataAtom
				inner.own = named
				if n.DataAtom == atom.Td || n.DataAtom == atom.Th || n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
					cur.WriteByte(' ')
				}
			}
			stack = append(stack, frame{n: n, c: inner, exit: true})
			for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
				stack = append(stack, frame{n: ch, c: inner})
			}
			continue
		}
		for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, frame{n: ch, c: c})
		}
	}
	flushWith(ctx{})
	return out
}

func alnumCount(s string) int {
	n := 0
	for _, r := range s {
		if isWordRune(r) {
			n++
		}
	}
	return n
}
