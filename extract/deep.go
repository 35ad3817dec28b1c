package extract

import (
	"bytes"
	"errors"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages nested too deep to parse. golang.org/x/net/html refuses a tree
// whose open elements pass 512, where a browser shows the page anyway; a
// template that opens a <div> per comment and never closes it gets there,
// and the article above the comments would be lost with it. Such a page is
// read again with its markup flattened past flatDepth: the elements below
// that depth lose their tags, not their text, and block tags that only
// separate text (paragraphs, line breaks, headings, list items) are kept so
// the text still falls into paragraphs.

// flatDepth is how deep flattening keeps markup. An article's own markup
// sits well above it (the extraction benchmark's deepest page is 52
// levels), and the tags counted here include ones the parser would have
// closed, so the count runs ahead of the tree's depth.
const flatDepth = 256

// separators are the tags kept at any depth: they mark where text breaks
// without nesting what follows (the parser closes an open <p> at the next
// one).
var separators = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Li: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// parseFlattening parses body, flattening it when it is nested too deep to
// parse as it is; the error is the first parse's when flattening does not
// help.
func parseFlattening(body []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(body))
	if err == nil {
		return root, nil
	}
	flat, ok := flatten(body)
	if !ok {
		return nil, err
	}
	if root, ferr := html.Parse(bytes.NewReader(flat)); ferr == nil {
		return root, nil
	}
	return nil, err
}

// flatten drops the tags nested more than flatDepth deep (keeping their
// text and the separators). It reports false when nothing was that deep,
// so flattening cannot help.
func flatten(body []byte) ([]byte, bool) {
	z := html.NewTokenizer(bytes.NewReader(body))
	z.SetMaxBuf(0)
	out := make([]byte, 0, len(body))
	depth, dropped := 0, false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if !errors.Is(z.Err(), io.EOF) {
				return nil, false
			}
			return out, dropped
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] || separators[a] {
				break
			}
			depth++
			if depth > flatDepth {
				dropped = true
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] || separators[a] {
				break
			}
			depth = max(depth-1, 0)
			if depth >= flatDepth {
				continue
			}
		}
		out = append(out, raw...)
	}
}

// voidElements never have content, so they open no level.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}
