package conll

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Chunk is one entity: tokens [Start, End) of a sentence with a type.
type Chunk struct {
	Start, End int
	Type       string
}

// splitTag splits "B-PER" into ("B", "PER") and "O" into ("O", "").
func splitTag(t string) (prefix, typ string) {
	if i := strings.IndexByte(t, '-'); i >= 0 {
		return t[:i], t[i+1:]
	}
	return t, ""
}

// chunkEnds reports whether a chunk ended between the previous token and
// this one; the rules are conlleval's, so IOB1, IOB2 and IOBES all read.
func chunkEnds(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "E" || prevTag == "S":
		return true
	case (prevTag == "B" || prevTag == "I") && (tag == "B" || tag == "S" || tag == "O"):
		return true
	case prevTag != "O" && prevType != typ:
		// A type change inside a chunk ends it (and starts another).
		return true
	}
	return false
}

// chunkStarts reports whether a chunk started at this token. As in
// conlleval, I-X after O (or after another type) starts a chunk: that is
// how IOB1 files, and sloppy IOB2 output, are read.
func chunkStarts(prevTag, tag, prevType, typ string) bool {
	switch {
	case tag == "B" || tag == "S":
		return true
	case (prevTag == "E" || prevTag == "S" || prevTag == "O") && (tag == "E" || tag == "I"):
		return true
	case tag != "O" && prevType != typ:
		return true
	}
	return false
}

// Chunks returns the entities of one sentence's tags, read with
// conlleval's rules.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	prevTag, prevType := "O", ""
	open := -1
	for i := 0; i <= len(tags); i++ {
		tag, typ := "O", "" // the sentence boundary acts as an O token
		if i < len(tags) {
			tag, typ = splitTag(tags[i])
		}
		if open >= 0 && chunkEnds(prevTag, tag, prevType, typ) {
			out = append(out, Chunk{Start: open, End: i, Type: prevType})
			open = -1
		}
		if i < len(tags) && chunkStarts(prevTag, tag, prevType, typ) {
			open = i
		}
		prevTag, prevType = tag, typ
	}
	return out
}

// Counts are the entity counts behind precision and recall.
type Counts struct {
	Correct int // predicted entities that match a gold one exactly (span and type)
	Guessed int // predicted entities
	Gold    int // gold entities
}

// Precision is Correct/Guessed, 0 when nothing was guessed.
func (c Counts) Precision() float64 {
	if c.Guessed == 0 {
		return 0
	}
	return float64(c.Correct) / float64(c.Guessed)
}

// Recall is Correct/Gold, 0 when there is no gold entity.
func (c Counts) Recall() float64 {
	if c.Gold == 0 {
		return 0
	}
	return float64(c.Correct) / float64(c.Gold)
}

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) {
	c.Correct += o.Correct
	c.Guessed += o.Guessed
	c.Gold += o.Gold
}

// Result accumulates counts over many sentences. The zero value is ready.
type Result struct {
	Tokens      int // tokens scored
	CorrectTags int // tokens whose predicted tag equals the gold tag
	byType      map[string]*Counts
}

// Add scores one sentence's predicted tags against its gold tags.
func (r *Result) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("score sentence: %d gold tags but %d predicted", len(gold), len(pred))
	}
	if r.byType == nil {
		r.byType = map[string]*Counts{}
	}
	for i := range gold {
		// conlleval compares prefix and type, so "I-PER" equals "I-PER" only.
		if gold[i] == pred[i] {
			r.CorrectTags++
		}
	}
	r.Tokens += len(gold)
	gc, pc := Chunks(gold), Chunks(pred)
	goldSet := make(map[Chunk]bool, len(gc))
	for _, c := range gc {
		goldSet[c] = true
		r.counts(c.Type).Gold++
	}
	for _, c := range pc {
		k := r.counts(c.Type)
		k.Guessed++
		if goldSet[c] {
			k.Correct++
		}
	}
	return nil
}

func (r *Result) counts(typ string) *Counts {
	c := r.byType[typ]
	if c == nil {
		c = &Counts{}
		r.byType[typ] = c
	}
	return c
}

// Type returns the counts of one entity type.
func (r *Result) Type(typ string) Counts {
	if c := r.byType[typ]; c != nil {
		return *c
	}
	return Counts{}
}

// Types returns the entity types seen in gold or predictions, sorted.
func (r *Result) Types() []string {
	out := make([]string, 0, len(r.byType))
	for t := range r.byType {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Overall sums the counts over all types, as conlleval's first line does.
func (r *Result) Overall() Counts {
	return r.Over(r.Types()...)
}

// Over sums the counts of the given types (micro-average): Over("PER",
// "LOC", "ORG") is the headline number that leaves MISC out.
func (r *Result) Over(types ...string) Counts {
	var c Counts
	for _, t := range types {
		c.add(r.Type(t))
	}
	return c
}

// Accuracy is the share of tokens whose tag was predicted exactly.
func (r *Result) Accuracy() float64 {
	if r.Tokens == 0 {
		return 0
	}
	return float64(r.CorrectTags) / float64(r.Tokens)
}

// WriteReport prints a conlleval-like table: the overall line over all
// types, then one line per type.
func (r *Result) WriteReport(w io.Writer) error {
	o := r.Overall()
	var b strings.Builder
	fmt.Fprintf(&b, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		r.Tokens, o.Gold, o.Guessed, o.Correct)
	fmt.Fprintf(&b, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*r.Accuracy(), 100*o.Precision(), 100*o.Recall(), 100*o.F1())
	for _, t := range r.Types() {
		c := r.Type(t)
		fmt.Fprintf(&b, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Guessed)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
