package ner

import (
	"slices"
	"strings"
	"testing"
)

// featureSet returns token i's feature keys for a one-sentence document.
func featureSet(words string, i int) []uint32 {
	d := prepare([][]string{strings.Fields(words)}, &lexicon{}, defaultGazetteer())
	return d.sents[0].features(i, nil)
}

func TestFeatures(t *testing.T) {
	t.Run("deterministic", func(t *testing.T) {
		a := featureSet("Elena Markova flew to Vienna", 1)
		b := featureSet("Elena Markova flew to Vienna", 1)
		if !slices.Equal(a, b) {
			t.Error("the same token in the same sentence gave different features")
		}
	})
	t.Run("possessive adds one flag", func(t *testing.T) {
		plain := featureSet("talks with Kerry ended", 2)
		poss := featureSet("talks with Kerry\u2019s ended", 2)
		extra := 0
		for _, k := range poss {
			if !slices.Contains(plain, k) {
				extra++
			}
		}
		if extra != 1 || !slices.Contains(poss, key(tPoss, 1)) || len(poss) != len(plain)+1 {
			t.Errorf("Kerry's has %d features beyond Kerry's %d; want exactly the possessive flag", extra, len(plain))
		}
	})
	t.Run("sentence boundaries", func(t *testing.T) {
		first := featureSet("Vienna hosts talks", 0)
		for _, k := range []uint32{key(tLowerM1, hBOS), key(tLowerM2, hBOS), key(tInit, hashString("Xx"))} {
			if !slices.Contains(first, k) {
				t.Errorf("first token lacks boundary feature %d", k)
			}
		}
		last := featureSet("talks in Vienna", 2)
		if !slices.Contains(last, key(tLowerP1, hEOS)) || slices.Contains(last, key(tInit, hashString("Xx"))) {
			t.Error("last token: want the end-of-sentence feature and no sentence-initial one")
		}
	})
	t.Run("gazetteer and neighbours", func(t *testing.T) {
		fs := featureSet("Minister Elena Markova", 1)
		first := key(tGaz, uint64(catFirst)<<8|uint64(gazUnit)<<1|1)
		title := key(tGazM1, uint64(catTitle)<<8|uint64(gazUnit)<<1|1)
		if !slices.Contains(fs, first) || !slices.Contains(fs, title) {
			t.Error("Elena after Minister: want given-name and preceding-title features")
		}
	})
	t.Run("headline", func(t *testing.T) {
		fs := featureSet("SOCCER - MARKOVA SCORES", 2)
		if !slices.Contains(fs, key(tHeadlineLower, hashString("markova"))) {
			t.Error("all-caps sentence: want headline features")
		}
	})
	t.Run("document pass adds label context", func(t *testing.T) {
		d := prepare([][]string{strings.Fields("Markova spoke"), strings.Fields("Markova left")},
			&lexicon{}, defaultGazetteer())
		d.setStage1([][]int{{labelB(0), labelO}, {labelO, labelO}})
		fs := d.sents[1].features(0, nil)
		// The other "Markova" was tagged PER (type index 0, counted at 1).
		for _, k := range []uint32{key(tS1, labelO), key(tDocHas, 1), key(tDocMaj, 1), key(tDocFirst, uint64(labelB(0)))} {
			if !slices.Contains(fs, k) {
				t.Errorf("second-pass features lack %d", k)
			}
		}
	})
}
