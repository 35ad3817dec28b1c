package ner

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// syntheticDocs builds a small labelled corpus written for this test:
// people travel to places and work for organisations.
func syntheticDocs() []TrainDoc {
	people := [][]string{{"Ana", "Sousa"}, {"Piet", "Vos"}, {"Mira", "Kell"}, {"Tomas", "Brandt"}}
	places := []string{"Lisbon", "Utrecht", "Tallinn", "Graz"}
	orgs := [][]string{{"Harbour", "Bank"}, {"Vos", "Holdings"}, {"Green", "Party"}}
	var docs []TrainDoc
	for d := 0; d < 8; d++ {
		var doc TrainDoc
		for s := 0; s < 6; s++ {
			p := people[(d+s)%len(people)]
			pl := places[(d*3+s)%len(places)]
			o := orgs[(d+2*s)%len(orgs)]
			words := append(append([]string{}, p...), "of", "the")
			tags := []string{"B-PER", "I-PER", "O", "O"}
			words = append(words, o...)
			tags = append(tags, "B-ORG", "I-ORG")
			words = append(words, "went", "to", pl, "on", "Monday", ".")
			tags = append(tags, "O", "O", "B-LOC", "O", "O", "O")
			doc.Words = append(doc.Words, words)
			doc.Tags = append(doc.Tags, tags)
		}
		docs = append(docs, doc)
	}
	return docs
}

func smallConfig() TrainConfig {
	return TrainConfig{Epochs: 4, Folds: 2, Seed: 7, MinCount: 1, Prune: 0.01,
		FineClasses: 6, CoarseClasses: 3, ClusterIters: 3}
}

func TestTrainLearnsAndRoundTrips(t *testing.T) {
	docs := syntheticDocs()
	m, err := Train(docs, smallConfig())
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := loaded.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Error("a loaded model does not marshal to the bytes it was loaded from")
	}
	// The model must fit its own training data, before and after the
	// quantising round trip.
	for name, mod := range map[string]*Model{"trained": m, "loaded": loaded} {
		wrong, total := 0, 0
		for _, d := range docs {
			pred := mod.TagDocument(d.Words)
			for i := range d.Tags {
				for j := range d.Tags[i] {
					total++
					if pred[i][j] != d.Tags[i][j] {
						wrong++
					}
				}
			}
		}
		if wrong > total/50 {
			t.Errorf("%s model: %d of %d training tags wrong", name, wrong, total)
		}
	}
	// An unseen combination of the same patterns.
	got := fmt.Sprint(loaded.Tag(strings.Fields("Mira Kell of the Vos Holdings went to Graz on Monday .")))
	if want := "[B-PER I-PER O O B-ORG I-ORG O O B-LOC O O O]"; got != want {
		t.Errorf("Tag = %s, want %s", got, want)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	var files [][]byte
	for i := 0; i < 2; i++ {
		m, err := Train(syntheticDocs(), smallConfig())
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, b)
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two trainings on the same data gave different model files")
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name string
		docs []TrainDoc
		cfg  TrainConfig
	}{
		{"no documents", nil, smallConfig()},
		{"no epochs", syntheticDocs(), TrainConfig{}},
		{"ragged sentence", []TrainDoc{{Words: [][]string{{"a", "b"}}, Tags: [][]string{{"O"}}}}, smallConfig()},
	}
	for _, tt := range tests {
		if _, err := Train(tt.docs, tt.cfg); err == nil {
			t.Errorf("%s: want error", tt.name)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	m, err := Train(syntheticDocs(), smallConfig())
	if err != nil {
		t.Fatal(err)
	}
	good, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"empty":     nil,
		"bad magic": append([]byte("not-a-model\n"), good[len(modelMagic):]...),
		"truncated": good[:len(good)/2],
	}
	for name, b := range tests {
		if _, err := Load(b); err == nil {
			t.Errorf("Load(%s): want error", name)
		}
	}
}
