package conll

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRead(t *testing.T) {
	in := `-DOCSTART- -X- -X- O

Ships NNS B-NP O
left VBD B-VP O
Lisbon NNP B-NP B-LOC

Ana NNP B-NP B-PER
Sousa NNP I-NP I-PER
-DOCSTART- -X- -X- O

Acme	NNP	B-NP	B-ORG
rose VBD B-VP O
`
	docs, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Document{
		{Sentences: []Sentence{
			{Words: []string{"Ships", "left", "Lisbon"}, Tags: []string{"O", "O", "B-LOC"}},
			{Words: []string{"Ana", "Sousa"}, Tags: []string{"B-PER", "I-PER"}},
		}},
		{Sentences: []Sentence{
			{Words: []string{"Acme", "rose"}, Tags: []string{"B-ORG", "O"}},
		}},
	}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("Read mismatch (-want +got):\n%s", diff)
	}
	if got := docs[0].Tokens(); got != 5 {
		t.Errorf("Tokens() = %d, want 5", got)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read(strings.NewReader("lonely\n")); err == nil {
		t.Error("Read of a one-column line: want error")
	}
	docs, err := Read(strings.NewReader("\n\n"))
	if err != nil || len(docs) != 0 {
		t.Errorf("Read of blank input = %v, %v; want no documents", docs, err)
	}
}
