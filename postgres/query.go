package postgres

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// translate turns an FTS5 query into a tsquery literal over the lexemes
// searchDocument stores. It returns "" for a query that can match nothing
// (every word of it folds to no token).
//
// The grammar is FTS5's: OR binds loosest, then AND (written or implied
// between terms), then NOT (binary: "a NOT b" is a without b); a phrase is
// a "quoted string" or a bareword, optionally joined by + and ended by *
// for a prefix; "col: term" or "{col col}: term" limits a term or a
// parenthesised group to columns.
func translate(q string) (string, error) {
	toks, err := lexQuery(q)
	if err != nil {
		return "", err
	}
	p := &qparser{toks: toks}
	n, err := p.or("")
	if err != nil {
		return "", err
	}
	if p.i < len(p.toks) {
		return "", fmt.Errorf("unexpected %s", p.toks[p.i])
	}
	return n.simplify().render(), nil
}

// qtoken is a lexical token of a query.
type qtoken struct {
	kind byte // 'w' bareword, 's' string, or one of ( ) : * + { } , ^ and 'A' 'O' 'N' for AND OR NOT
	text string
}

func (t qtoken) String() string {
	switch t.kind {
	case 'w', 's':
		return fmt.Sprintf("%q", t.text)
	case 'A':
		return "AND"
	case 'O':
		return "OR"
	case 'N':
		return "NOT"
	}
	return fmt.Sprintf("%q", string(t.kind))
}

// barewordRune is FTS5's bareword alphabet: ASCII letters, digits and
// underscore, the substitute character, and everything beyond ASCII.
func barewordRune(r rune) bool {
	return r > 127 || r == 0x1a || r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
}

func lexQuery(q string) ([]qtoken, error) {
	var out []qtoken
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			i += size
		case r == '"':
			var b strings.Builder
			j := i + 1
			for {
				k := strings.IndexByte(q[j:], '"')
				if k < 0 {
					return nil, errors.New("unterminated string")
				}
				b.WriteString(q[j : j+k])
				j += k + 1
				if j < len(q) && q[j] == '"' { // "" is a quote inside a string
					b.WriteByte('"')
					j++
					continue
				}
				break
			}
			out = append(out, qtoken{kind: 's', text: b.String()})
			i = j
		case strings.ContainsRune("():*+{},^", r):
			out = append(out, qtoken{kind: byte(r)})
			i += size
		case barewordRune(r):
			j := i
			for j < len(q) {
				r2, s2 := utf8.DecodeRuneInString(q[j:])
				if !barewordRune(r2) {
					break
				}
				j += s2
			}
			w := q[i:j]
			switch w {
			case "AND":
				out = append(out, qtoken{kind: 'A'})
			case "OR":
				out = append(out, qtoken{kind: 'O'})
			case "NOT":
				out = append(out, qtoken{kind: 'N'})
			default:
				out = append(out, qtoken{kind: 'w', text: w})
			}
			i = j
		default:
			return nil, fmt.Errorf("syntax error near %q", string(r))
		}
	}
	return out, nil
}

// qnode is a parsed query.
type qnode struct {
	op   byte // '&' and, '|' or, '-' and-not, 'p' phrase, 'f' matches nothing
	l, r *qnode
	lex  []qlexeme
}

// qlexeme is one token of a phrase: its folded text, whether it is a
// prefix, and the weights (columns) it may match; "" means any.
type qlexeme struct {
	text    string
	prefix  bool
	weights string
}

type qparser struct {
	toks []qtoken
	i    int
}

func (p *qparser) peek() byte {
	if p.i < len(p.toks) {
		return p.toks[p.i].kind
	}
	return 0
}

func (p *qparser) or(w string) (*qnode, error) {
	l, err := p.and(w)
	if err != nil {
		return nil, err
	}
	for p.peek() == 'O' {
		p.i++
		r, err := p.and(w)
		if err != nil {
			return nil, err
		}
		l = &qnode{op: '|', l: l, r: r}
	}
	return l, nil
}

func (p *qparser) and(w string) (*qnode, error) {
	l, err := p.not(w)
	if err != nil {
		return nil, err
	}
	for {
		switch p.peek() {
		case 'A':
			p.i++
		case 'w', 's', '(', '{':
		default:
			return l, nil
		}
		r, err := p.not(w)
		if err != nil {
			return nil, err
		}
		l = &qnode{op: '&', l: l, r: r}
	}
}

func (p *qparser) not(w string) (*qnode, error) {
	l, err := p.primary(w)
	if err != nil {
		return nil, err
	}
	for p.peek() == 'N' {
		p.i++
		r, err := p.primary(w)
		if err != nil {
			return nil, err
		}
		l = &qnode{op: '-', l: l, r: r}
	}
	return l, nil
}

// columnWeights are the columns a filter may name and their weights.
var columnWeights = map[string]string{"title": "A", "text": "B"}

func (p *qparser) primary(w string) (*qnode, error) {
	switch p.peek() {
	case '(':
		p.i++
		n, err := p.or(w)
		if err != nil {
			return nil, err
		}
		if p.peek() != ')' {
			return nil, errors.New("missing )")
		}
		p.i++
		return n, nil
	case '{':
		p.i++
		cols := ""
		for p.peek() == 'w' {
			c, ok := columnWeights[p.toks[p.i].text]
			if !ok {
				return nil, fmt.Errorf("no such column: %s", p.toks[p.i].text)
			}
			cols += c
			p.i++
		}
		if p.peek() != '}' || cols == "" {
			return nil, errors.New("bad column list")
		}
		p.i++
		return p.filtered(w, cols)
	case 'w':
		if p.i+1 < len(p.toks) && p.toks[p.i+1].kind == ':' {
			c, ok := columnWeights[p.toks[p.i].text]
			if !ok {
				return nil, fmt.Errorf("no such column: %s", p.toks[p.i].text)
			}
			p.i++
			return p.filtered(w, c)
		}
		if p.toks[p.i].text == "NEAR" && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == '(' {
			return nil, errors.New("NEAR is not supported")
		}
		return p.phrase(w)
	case 's':
		return p.phrase(w)
	case 0:
		return nil, errors.New("unexpected end of query")
	}
	return nil, fmt.Errorf("unexpected %s", p.toks[p.i])
}

// filtered parses ": primary" under the column weights cols, narrowed by
// any outer filter w.
func (p *qparser) filtered(w, cols string) (*qnode, error) {
	if p.peek() != ':' {
		return nil, errors.New("missing : after column filter")
	}
	p.i++
	if w != "" {
		narrowed := ""
		for _, c := range cols {
			if strings.ContainsRune(w, c) {
				narrowed += string(c)
			}
		}
		if narrowed == "" {
			// the columns do not meet: parse, but match nothing
			if _, err := p.primary(cols); err != nil {
				return nil, err
			}
			return &qnode{op: 'f'}, nil
		}
		cols = narrowed
	}
	return p.primary(cols)
}

// phrase parses term ("+" term)*, each term a string or bareword with an
// optional "*".
func (p *qparser) phrase(w string) (*qnode, error) {
	n := &qnode{op: 'p'}
	for {
		k := p.peek()
		if k != 'w' && k != 's' {
			return nil, errors.New("expected a word or string")
		}
		toks := tokens(p.toks[p.i].text, 0)
		p.i++
		prefix := p.peek() == '*'
		if prefix {
			p.i++
		}
		for j, t := range toks {
			n.lex = append(n.lex, qlexeme{text: t, prefix: prefix && j == len(toks)-1, weights: w})
		}
		if len(toks) == 0 {
			// A term that folds to no token makes the phrase unmatchable.
			n.op = 'f'
		}
		if p.peek() != '+' {
			break
		}
		p.i++
	}
	if n.op == 'f' {
		n.lex = nil
	}
	return n, nil
}

// simplify folds away parts that match nothing.
func (n *qnode) simplify() *qnode {
	switch n.op {
	case '&', '|', '-':
		l, r := n.l.simplify(), n.r.simplify()
		lf, rf := l.op == 'f', r.op == 'f'
		switch {
		case n.op == '&' && (lf || rf):
			return &qnode{op: 'f'}
		case n.op == '|' && lf:
			return r
		case n.op == '|' && rf:
			return l
		case n.op == '-' && lf:
			return l
		case n.op == '-' && rf:
			return l
		}
		return &qnode{op: n.op, l: l, r: r}
	}
	return n
}

// render writes the tsquery literal, "" for a query matching nothing.
func (n *qnode) render() string {
	switch n.op {
	case 'f':
		return ""
	case 'p':
		parts := make([]string, len(n.lex))
		for i, x := range n.lex {
			s := quoteLexeme(x.text)
			if x.prefix || x.weights != "" {
				s += ":"
				if x.prefix {
					s += "*"
				}
				s += x.weights
			}
			parts[i] = s
		}
		if len(parts) == 1 {
			return parts[0]
		}
		return "(" + strings.Join(parts, " <-> ") + ")"
	case '&':
		return "(" + n.l.render() + " & " + n.r.render() + ")"
	case '|':
		return "(" + n.l.render() + " | " + n.r.render() + ")"
	case '-':
		return "(" + n.l.render() + " & !" + n.r.render() + ")"
	}
	return ""
}
