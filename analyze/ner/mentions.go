package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Mentions turns one sentence's IOB tags back into entity mentions with
// byte spans into text, the article text the tokens were cut from. A
// tokenizer may leave "Kerry's" or "Vienna." as one token; the span then
// drops the possessive or the full stop, so a mention cites the name only.
// Tags follow conlleval's reading, so IOB1 tags work too.
func Mentions(text string, toks []chorus.Token, tags []string) []chorus.Mention {
	var out []chorus.Mention
	n := len(toks)
	if len(tags) < n {
		n = len(tags)
	}
	prevType := ""
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if m, ok := mention(text, toks[start:end], prevType); ok {
			out = append(out, m)
		}
		start = -1
	}
	for i := 0; i < n; i++ {
		p, typ, ok := strings.Cut(tags[i], "-")
		if !ok {
			flush(i)
			prevType = ""
			continue
		}
		if p == "B" || p == "S" || typ != prevType || start < 0 {
			flush(i)
			start = i
		}
		prevType = typ
	}
	flush(n)
	return out
}

// mention builds the mention covering toks, trimmed of edge punctuation.
func mention(text string, toks []chorus.Token, typ string) (chorus.Mention, bool) {
	sp := chorus.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}
	if !sp.Valid(len(text)) {
		return chorus.Mention{}, false
	}
	s := text[sp.Start:sp.End]
	// Leading quotes and brackets.
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !isEdgePunct(r) {
			break
		}
		s, sp.Start = s[size:], sp.Start+size
	}
	for {
		trimmed := trimEnd(s)
		if trimmed == s {
			break
		}
		sp.End -= len(s) - len(trimmed)
		s = trimmed
	}
	if s == "" {
		return chorus.Mention{}, false
	}
	return chorus.Mention{Span: sp, Type: chorus.EntityType(typ), Text: s}, true
}

// trimEnd removes one trailing possessive or punctuation mark that is not
// part of the name.
func trimEnd(s string) string {
	for _, suf := range []string{"'s", "\u2019s", "'S", "\u2019S"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	r, size := utf8.DecodeLastRuneInString(s)
	switch {
	case r == '\'' || r == '\u2019':
		// "Reuters'" (plural possessive) but keep a lone apostrophe word.
		if len(s) > size+1 && (s[len(s)-size-1] == 's' || s[len(s)-size-1] == 'S') {
			return s[:len(s)-size]
		}
	case r == '.':
		// Keep the dot of abbreviations: "U.S.", "Corp.", "Jr.".
		last := s[strings.LastIndexByte(s, ' ')+1:]
		if t := trimWordPunct(last); t != last {
			return s[:len(s)-1]
		}
	case isEdgePunct(r) || r == ',' || r == ';' || r == ':' || r == '!' || r == '?':
		return s[:len(s)-size]
	}
	return s
}

func isEdgePunct(r rune) bool {
	switch r {
	case '"', '\'', '(', ')', '[', ']', '{', '}', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb':
		return true
	}
	return false
}

// TagTokens tags one sentence of analysed tokens with the embedded model.
func TagTokens(toks []chorus.Token) []string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return Tag(words)
}

// MentionsOf tags every sentence of an analysis as one document (so the
// document pass can use the whole article) and returns the mentions, in
// text order. text is the article text the analysis was made from.
func (m *Model) MentionsOf(text string, a *chorus.Analysis) []chorus.Mention {
	sents := make([][]string, len(a.Sentences))
	for i := range a.Sentences {
		toks := a.SentenceTokens(i)
		sents[i] = make([]string, len(toks))
		for j, t := range toks {
			sents[i][j] = t.Text
		}
	}
	tags := m.TagDocument(sents)
	var out []chorus.Mention
	for i := range a.Sentences {
		out = append(out, Mentions(text, a.SentenceTokens(i), tags[i])...)
	}
	return out
}

// MentionsOf tags an analysis with the embedded model; see Model.MentionsOf.
func MentionsOf(text string, a *chorus.Analysis) []chorus.Mention {
	return mustDefault().MentionsOf(text, a)
}
