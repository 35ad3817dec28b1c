package clustering

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// Item is one document of an evaluation set with its gold labels.
type Item struct {
	ID        string
	Title     string
	Text      string
	Published time.Time
	// Lang is the document's language ("de"), when the set gives it.
	Lang string
	// Event is the fine gold label (ECB+ event, UCI story); Topic the
	// coarse one (ECB+ topic), empty when the set has none.
	Event, Topic string
}

// Set is an evaluation set in its given order.
type Set struct {
	Name  string
	Items []Item
	// HasTopic says whether items carry a coarse label besides Event.
	HasTopic bool
	// Headlines says the documents are titles only (the UCI set).
	Headlines bool
}

// ReadFile reads a JSON Lines set ({id, text, title?, published?, event,
// topic?}) or the UCI News Aggregator CSV (label STORY), by extension, or a
// folder of clusters laid out as <cluster>/docs/*.txt (see ReadDir).
func ReadFile(path string) (*Set, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		set, err := ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		set.Name = path
		return set, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open evaluation set: %w", err)
	}
	defer f.Close()
	var set *Set
	if strings.HasSuffix(strings.ToLower(path), ".csv") {
		set, err = ReadCSV(f)
	} else {
		set, err = ReadJSONL(f)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	set.Name = path
	return set, nil
}

type jsonItem struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Event     any    `json:"event"`
	Topic     any    `json:"topic"`
}

// ReadJSONL reads one item per line. Labels may be strings or numbers.
func ReadJSONL(r io.Reader) (*Set, error) {
	set := &Set{HasTopic: true}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var j jsonItem
		if err := json.Unmarshal(b, &j); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		it := Item{ID: j.ID, Title: j.Title, Text: j.Text, Lang: j.Lang, Event: label(j.Event), Topic: label(j.Topic)}
		if it.ID == "" {
			it.ID = strconv.Itoa(line)
		}
		if it.Event == "" {
			return nil, fmt.Errorf("line %d: no event label", line)
		}
		if it.Topic == "" {
			set.HasTopic = false
		}
		if j.Published != "" {
			t, err := time.Parse(time.RFC3339, j.Published)
			if err != nil {
				return nil, fmt.Errorf("line %d: published: %w", line, err)
			}
			it.Published = t
		}
		set.Items = append(set.Items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(set.Items) == 0 {
		return nil, errors.New("no items")
	}
	return set, nil
}

func label(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return ""
}

// ReadCSV reads the UCI News Aggregator layout: ID, TITLE, URL, PUBLISHER,
// CATEGORY, STORY, HOSTNAME, TIMESTAMP (milliseconds since 1970). Only the
// title is text; STORY is the gold label.
func ReadCSV(r io.Reader) (*Set, error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToUpper(strings.TrimSpace(h))] = i
	}
	for _, need := range []string{"ID", "TITLE", "STORY"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("header has no %s column", need)
		}
	}
	set := &Set{Headlines: true}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		it := Item{ID: rec[col["ID"]], Title: rec[col["TITLE"]], Event: rec[col["STORY"]]}
		if c, ok := col["TIMESTAMP"]; ok {
			if ms, err := strconv.ParseInt(rec[c], 10, 64); err == nil {
				it.Published = time.UnixMilli(ms).UTC()
			}
		}
		set.Items = append(set.Items, it)
	}
	if len(set.Items) == 0 {
		return nil, errors.New("no items")
	}
	return set, nil
}
