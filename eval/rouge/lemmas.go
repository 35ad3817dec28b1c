package rouge

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Lemmas maps an inflected word to the form ROUGE stems it to before Porter
// is tried: ROUGE-1.5.5's -m looks every token longer than three bytes up in
// the WordNet 2.0 morphological exception lists ("children" → "child",
// "went" → "go") and only stems the ones not listed. Without these lists the
// scores drift from ROUGE's by a few hundredths of a point, so the eval
// commands load them from the scorer's data folder beside the evaluation
// sets; they are not shipped with chorus.
type Lemmas map[string]string

// maxLemmaFileBytes bounds one exception list; WordNet's largest is ~40 KB.
const maxLemmaFileBytes = 8 << 20

// LoadLemmas reads the WordNet exception lists (*.exc, one "inflected lemma
// [lemma...]" entry per line) in dir, as ROUGE's buildExeptionDB.pl turns them
// into its database: only the first lemma of a line counts, and a word listed
// twice keeps the lemma read last. The files are read in name order (adj,
// adv, noun, verb), which reproduces the database shipped with ROUGE-1.5.5
// ("better" → "well", "is" → "be").
func LoadLemmas(dir string) (Lemmas, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.exc"))
	if err != nil {
		return nil, fmt.Errorf("load lemmas: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("load lemmas: no *.exc file in %s", dir)
	}
	sort.Strings(paths)
	lem := Lemmas{}
	for _, p := range paths {
		if err := readLemmaFile(p, lem); err != nil {
			return nil, fmt.Errorf("load lemmas: %w", err)
		}
	}
	return lem, nil
}

// readLemmaFile adds the entries of one exception list to lem.
func readLemmaFile(path string, lem Lemmas) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return err
	} else if st.Size() > maxLemmaFileBytes {
		return fmt.Errorf("%s: %d bytes, over the %d-byte limit", path, st.Size(), maxLemmaFileBytes)
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		switch len(fields) {
		case 0:
			continue
		case 1:
			return fmt.Errorf("%s:%d: entry %q has no lemma", path, n, fields[0])
		}
		lem[fields[0]] = fields[1]
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// stemmer applies ROUGE's -m to tokens: the exception lists first, Porter
// after, and nothing for tokens of three bytes or fewer. It remembers what it
// has stemmed, since news text repeats its words; one stemmer serves one
// Score call and is never shared between goroutines.
type stemmer struct {
	lemmas Lemmas
	memo   map[string]string
}

func newStemmer(l Lemmas) *stemmer {
	return &stemmer{lemmas: l, memo: make(map[string]string, 1<<12)}
}

// stem returns the form ROUGE counts for a lower-case alphanumeric token.
func (s *stemmer) stem(b []byte) string {
	if st, ok := s.memo[string(b)]; ok { // no allocation for the lookup
		return st
	}
	tok := string(b)
	if len(tok) <= 3 {
		s.memo[tok] = tok
		return tok
	}
	st, ok := s.lemmas[tok]
	if !ok {
		st = porterStem(tok)
	}
	s.memo[tok] = st
	return st
}
