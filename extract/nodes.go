package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements start a new block of text; everything else is inline.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Blockquote: true,
	atom.Pre: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Figcaption: true, atom.Figure: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true, atom.Summary: true, atom.Details: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Br: true, atom.Hr: true, atom.Main: true, atom.Nav: true, atom.Form: true, atom.Address: true,
}

var headingElements = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Summary: true,
}

// nodeBlocks turns an extracted content tree into blocks, one per
// paragraph-level element, so paragraph breaks survive into the text.
// It walks the tree with an explicit stack: the depth was bounded before
// extraction, but a loop costs nothing and cannot overflow.
func nodeBlocks(root *html.Node) []block {
	var out []block
	var cur strings.Builder
	heading := false
	flush := func() {
		if t := normalizeSpace(cur.String()); t != "" {
			out = append(out, block{text: t, heading: heading})
		}
		cur.Reset()
		heading = false
	}
	type frame struct {
		n    *html.Node
		exit bool // true when leaving an element
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.exit {
			if blockLike(n) {
				flush()
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			continue
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			}
			if blockLike(n) {
				flush()
				heading = headingElements[n.DataAtom] || n.Data == "head"
				if n.DataAtom == atom.Td || n.DataAtom == atom.Th || n.Data == "cell" {
					cur.WriteByte(' ')
				}
			}
		}
		stack = append(stack, frame{n: n, exit: true})
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	flush()
	return out
}
