package clustering

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Synth generates a deterministic stream of synthetic news articles for
// scale tests: stories that live a few days, each with its own topical
// words and capitalised names, written over a shared Zipf-distributed
// background vocabulary, arriving in time order. No real text is involved,
// so the stream can be as long as a benchmark needs.
type Synth struct {
	rng    *rand.Rand
	zipf   *rand.Zipf
	vocab  []string
	words  int
	perDay int
	n      int
	start  time.Time
	live   []synthStory
	nextID int
}

type synthStory struct {
	id    int
	topic []string
	names []string
	left  int
}

// NewSynth returns a generator of articles of about words words (a headline
// when words ≤ 12), perDay articles a day.
func NewSynth(seed uint64, words, perDay int) *Synth {
	s := &Synth{rng: rand.New(rand.NewPCG(seed, 0x73796e7468)), words: words, perDay: perDay,
		start: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	s.zipf = rand.NewZipf(s.rng, 1.1, 2, 49999)
	s.vocab = make([]string, 50000)
	for i := range s.vocab {
		s.vocab[i] = syllables(uint64(i), 2+i%3)
	}
	return s
}

var sylls = []string{"ka", "lo", "mi", "ter", "san", "dru", "vel", "po", "ne", "ris", "tam", "gor", "bel", "ux", "fen", "qui", "ha", "zed", "or", "wen"}

// syllables spells a number as a pronounceable pseudo-word.
func syllables(n uint64, k int) string {
	var b strings.Builder
	for i := 0; i < k || n > 0; i++ {
		b.WriteString(sylls[n%uint64(len(sylls))])
		n /= uint64(len(sylls))
	}
	return b.String()
}

// Next returns the next article and the id of its gold story.
func (s *Synth) Next() (Item, string) {
	t := s.start.Add(time.Duration(s.n) * 24 * time.Hour / time.Duration(s.perDay))
	s.n++
	// Retire finished stories; keep about perDay/4 stories live at a time.
	kept := s.live[:0]
	for _, st := range s.live {
		if st.left > 0 {
			kept = append(kept, st)
		}
	}
	s.live = kept
	for len(s.live) < max(4, s.perDay/4) {
		s.live = append(s.live, s.newStory())
	}
	k := s.rng.IntN(len(s.live))
	st := &s.live[k]
	st.left--
	var body []string
	for i := 0; i < s.words; i++ {
		switch r := s.rng.IntN(10); {
		case r < 3:
			body = append(body, st.topic[s.rng.IntN(len(st.topic))])
		case r < 4:
			body = append(body, st.names[s.rng.IntN(len(st.names))])
		default:
			body = append(body, s.vocab[s.zipf.Uint64()])
		}
	}
	it := Item{ID: fmt.Sprintf("a%d", s.n), Published: t, Event: fmt.Sprintf("s%d", st.id)}
	if s.words <= 12 {
		it.Title = strings.Join(body, " ")
	} else {
		it.Title = strings.Join(body[:8], " ")
		it.Text = strings.Join(body[8:], " ") + "."
	}
	return it, it.Event
}

func (s *Synth) newStory() synthStory {
	st := synthStory{id: s.nextID, left: 5 + s.rng.IntN(40)}
	s.nextID++
	for i := 0; i < 12; i++ {
		st.topic = append(st.topic, s.vocab[200+s.rng.IntN(len(s.vocab)-200)])
	}
	for i := 0; i < 4; i++ {
		w := s.vocab[200+s.rng.IntN(len(s.vocab)-200)]
		st.names = append(st.names, strings.ToUpper(w[:1])+w[1:])
	}
	return st
}
