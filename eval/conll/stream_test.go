package conll

import (
	"math/rand/v2"
	"testing"
)

// streamCounts counts entities the way conlleval.pl does, token by token
// with its inCorrect flag, as a second implementation to check the
// span-matching one against.
func streamCounts(gold, pred [][]string) (correct, guessed, found map[string]int) {
	correct, guessed, found = map[string]int{}, map[string]int{}, map[string]int{}
	inCorrect := false
	lastC, lastCT, lastG, lastGT := "O", "", "O", ""
	step := func(c, ct, g, gt string) {
		endC := chunkEnds(lastC, c, lastCT, ct)
		endG := chunkEnds(lastG, g, lastGT, gt)
		startC := chunkStarts(lastC, c, lastCT, ct)
		startG := chunkStarts(lastG, g, lastGT, gt)
		if inCorrect {
			if endC && endG && lastGT == lastCT {
				inCorrect = false
				correct[lastCT]++
			} else if endC != endG || gt != ct {
				inCorrect = false
			}
		}
		if startC && startG && gt == ct {
			inCorrect = true
		}
		if startC {
			found[ct]++
		}
		if startG {
			guessed[gt]++
		}
		lastC, lastCT, lastG, lastGT = c, ct, g, gt
	}
	for s := range gold {
		for i := range gold[s] {
			c, ct := splitTag(gold[s][i])
			g, gt := splitTag(pred[s][i])
			step(c, ct, g, gt)
		}
		step("O", "", "O", "") // the sentence boundary
	}
	if inCorrect {
		correct[lastCT]++
	}
	return correct, guessed, found
}

func TestAgreesWithStreamingCount(t *testing.T) {
	tags := []string{"O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-ORG", "I-MISC"}
	rng := rand.New(rand.NewPCG(3, 5))
	randSent := func(n int) []string {
		s := make([]string, n)
		for i := range s {
			s[i] = tags[rng.IntN(len(tags))]
		}
		return s
	}
	for trial := 0; trial < 200; trial++ {
		var gold, pred [][]string
		var r Result
		for s := 0; s < 1+rng.IntN(5); s++ {
			n := rng.IntN(12)
			g, p := randSent(n), randSent(n)
			// Make predictions often right, so correct counts are not all 0.
			for i := range p {
				if rng.IntN(3) > 0 {
					p[i] = g[i]
				}
			}
			gold, pred = append(gold, g), append(pred, p)
			if err := r.Add(g, p); err != nil {
				t.Fatal(err)
			}
		}
		correct, guessed, found := streamCounts(gold, pred)
		for _, typ := range []string{"PER", "LOC", "ORG", "MISC"} {
			got := r.Type(typ)
			want := Counts{Correct: correct[typ], Guessed: guessed[typ], Gold: found[typ]}
			if got != want {
				t.Fatalf("trial %d, %s: got %+v, conlleval-style stream counts %+v\ngold %v\npred %v",
					trial, typ, got, want, gold, pred)
			}
		}
	}
}
