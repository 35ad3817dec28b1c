package chorus

import (
	"context"
	"fmt"
	"time"
)

// StoryID identifies a story. It is derived from the story's first article,
// so it stays the same as later articles join.
type StoryID string

// EventID identifies an event (one real-world happening) inside a story.
type EventID string

// NewStoryID derives the id of a story founded by article id.
func NewStoryID(founder ArticleID) StoryID {
	return StoryID("s" + ContentHash([]byte("story"), []byte(founder))[:15])
}

// NewEventID derives the id of an event founded by article id.
func NewEventID(founder ArticleID) EventID {
	return EventID("e" + ContentHash([]byte("event"), []byte(founder))[:15])
}

// CitedText is a piece of text taken from the sources, with where it was found.
type CitedText struct {
	Text      string     `json:"text"`
	Citations []Citation `json:"citations"`
}

// Story is the product: everything chorus says about one news story.
// Its JSON form is the documented schema (docs/story-json.md).
type Story struct {
	ID       StoryID   `json:"id"`
	Headline CitedText `json:"headline"`
	// Updated is the publication time of the newest article (not the clock).
	Updated time.Time `json:"updated,omitzero"`
	Events  []Event   `json:"events"`
	// Articles are the story's articles, oldest first.
	Articles []StoryArticle `json:"articles"`
	// Outlets is the number of distinct outlets.
	Outlets int `json:"outlets"`
	// IndependentOrigins counts syndication groups: five reposts of one wire
	// story are one origin.
	IndependentOrigins int              `json:"independent_origins"`
	Origins            []Origin         `json:"origins"`
	Digest             []DigestSentence `json:"digest"`
	People             []Person         `json:"people"`
	Quotes             []StoryQuote     `json:"quotes"`
	Timeline           []TimelineEntry  `json:"timeline"`
	Claims             []Claim          `json:"claims"`
	// ArticlesTotal and ArticlesNext are set when the story is read a page
	// of articles at a time (see Window): how many articles the story has,
	// and the After that reads the next page (empty on the last).
	ArticlesTotal int       `json:"articles_total,omitempty"`
	ArticlesNext  ArticleID `json:"articles_next,omitempty"`
}

// ArticleWindow picks a run of a story's articles, oldest first, so a
// story of thousands of articles is read a page at a time instead of with
// every article's text at once.
type ArticleWindow struct {
	// After is the last article of the previous page; empty starts with
	// the oldest.
	After ArticleID
	// Limit caps the articles kept; 0 or less keeps all from After on.
	Limit int
}

// Window keeps the articles w picks and records the story's article count
// and where the next page starts. Every other section is kept whole: a
// citation into an article outside the page is resolved by reading that
// article on its own. An After that is not one of the story's articles
// fails with ErrNotFound.
func (s *Story) Window(w ArticleWindow) error {
	start := 0
	if w.After != "" {
		start = -1
		for i, a := range s.Articles {
			if a.ID == w.After {
				start = i + 1
				break
			}
		}
		if start < 0 {
			return fmt.Errorf("article %s in story %s: %w", w.After, s.ID, ErrNotFound)
		}
	}
	s.ArticlesTotal, s.ArticlesNext = len(s.Articles), ""
	end := len(s.Articles)
	if w.Limit > 0 && start+w.Limit < end {
		end = start + w.Limit
		s.ArticlesNext = s.Articles[end-1].ID
	}
	s.Articles = s.Articles[start:end:end]
	return nil
}

// StoryArticle is an article as listed in a story, with its syndication origin.
type StoryArticle struct {
	Article
	// Origin is the id of the article its syndication group started from
	// (itself when it is an origin).
	Origin ArticleID `json:"origin"`
	// Event is the event of the story the article reports.
	Event EventID `json:"event"`
	// Joined says what the article shares with the other articles of its
	// event, so a reader can see why they are grouped; nil when it is the
	// event's only article or shares nothing a reader would recognise.
	Joined *Joined `json:"joined,omitempty"`
}

// Joined is what an article shares with the other articles of its event.
type Joined struct {
	// Names are the people, organisations and places it names that other
	// articles of the event name too, the most widely named first.
	Names []string `json:"names,omitempty"`
	// Words are words of its headline that other headlines of the event
	// use too, the most widely used first.
	Words []string `json:"words,omitempty"`
	// Score is how similar the article was to its event when the
	// clusterer placed it there (0 to 1, three decimals); absent for the
	// article that founded the event.
	Score float64 `json:"score,omitempty"`
}

// Event is one real-world happening inside a story (a meeting, an attack).
type Event struct {
	ID EventID `json:"id"`
	// Label is a short description taken from the event's most central title.
	Label    string      `json:"label"`
	Articles []ArticleID `json:"articles"`
	// First and Last are the publication times of its oldest and newest article.
	First time.Time `json:"first,omitzero"`
	Last  time.Time `json:"last,omitzero"`
}

// Origin is one syndication group: articles that share most of their text.
type Origin struct {
	// Article is the group's origin: the earliest article, or the one
	// credited to an agency.
	Article ArticleID `json:"article"`
	// Credit names the agency, when a credit line says so.
	Credit string `json:"credit,omitempty"`
	// Copies are the other articles of the group, with how much of the
	// origin each repeats.
	Copies []Copy `json:"copies,omitempty"`
}

// Copy is an article that repeats an origin's text.
type Copy struct {
	Article ArticleID `json:"article"`
	// Shared is the fraction of the origin's text the copy repeats.
	Shared float64 `json:"shared"`
}

// DigestSentence is one sentence of a story's digest, taken verbatim from the
// sources. Citations point at every article whose text carries it (exactly,
// or with words added or removed); Variants show reports that say the same
// with other words.
type DigestSentence struct {
	Text      string     `json:"text"`
	Citations []Citation `json:"citations"`
	// Articles lists every article that carries the sentence, exactly or as a variant.
	Articles []ArticleID `json:"articles"`
	// Outlets is the number of distinct outlets among Articles.
	Outlets  int       `json:"outlets"`
	Variants []Variant `json:"variants,omitempty"`
}

// Variant is another outlet's wording of a digest sentence.
type Variant struct {
	Text      string     `json:"text"`
	Citations []Citation `json:"citations"`
}

// Person is a named entity of the story with its name variants merged.
type Person struct {
	Name     string         `json:"name"`
	Type     EntityType     `json:"type"`
	Variants []string       `json:"variants,omitempty"`
	Role     string         `json:"role,omitempty"`
	Mentions map[string]int `json:"mentions"`
	// Citations point at the entity's mentions.
	Citations []Citation `json:"citations,omitempty"`
}

// StoryQuote is a quote merged across the articles that carry it.
type StoryQuote struct {
	Text      string     `json:"text"`
	Speaker   string     `json:"speaker,omitempty"`
	Cue       string     `json:"cue,omitempty"`
	Direct    bool       `json:"direct"`
	Citations []Citation `json:"citations"`
	// Variants are other outlets' wordings of the same quote.
	Variants []Variant `json:"variants,omitempty"`
}

// TimelineEntry is a dated happening of the story.
type TimelineEntry struct {
	// Date is a TIMEX3 value ("2016-07-14", "2016-08").
	Date        string     `json:"date"`
	Granularity string     `json:"granularity"`
	Text        string     `json:"text"`
	Actors      []string   `json:"actors,omitempty"`
	Citations   []Citation `json:"citations"`
	// Variants are other outlets' wordings of the same dated happening.
	Variants []Variant `json:"variants,omitempty"`
	// YearFromStory is set when the dating article carries no publication
	// date of its own, so its "early August" took the year of the story's
	// dated articles (the nearest such month to them).
	YearFromStory bool `json:"year_from_story,omitempty"`
}

// Stance is how an article relates to a claim.
type Stance string

// Stances of an article towards a claim; silence is the absence of an entry.
const (
	Stated  Stance = "states"
	Differs Stance = "differs"
)

// ClaimKind says how a story's origins relate to a claim.
type ClaimKind string

// The kinds of claims, in the order the matrix shows them.
const (
	// ClaimAgreed claims are stated by two or more independent origins.
	ClaimAgreed ClaimKind = "agreed"
	// ClaimEstimatesDiffer: attributed figures from different sources disagree.
	ClaimEstimatesDiffer ClaimKind = "estimates differ"
	// ClaimDisputed: articles state different values for the same thing.
	ClaimDisputed ClaimKind = "disputed"
	// ClaimUpdate: a later article gives a new figure for the same thing.
	ClaimUpdate ClaimKind = "update"
	// ClaimOnly claims are stated by one independent origin.
	ClaimOnly ClaimKind = "only"
)

// Claim is one statement of the story with who states it and who differs.
type Claim struct {
	ID   string    `json:"id"`
	Kind ClaimKind `json:"kind"`
	// Text is the claim in the words of its first statement.
	Text string `json:"text"`
	// Facets are its normalised parts: entities, places, numbers, dates,
	// negated, modality, attribution.
	Facets   map[string]string `json:"facets,omitempty"`
	Articles []ClaimArticle    `json:"articles"`
	// Origins counts the independent origins that state it.
	Origins int `json:"origins"`
	// FirstSeen is the earliest publication time among its statements.
	FirstSeen time.Time `json:"first_seen,omitzero"`
	// Dispute is shared by the claims that give different values for one
	// thing ("" when nobody differs); Value is the figure, date or place
	// this claim gives in it and Source who the value is attributed to.
	Dispute string `json:"dispute,omitempty"`
	Value   string `json:"value,omitempty"`
	Source  string `json:"source,omitempty"`
	// Date is, for an update, the date of the newer figure (TIMEX3).
	Date string `json:"date,omitempty"`
}

// ClaimArticle is one article's stance on a claim.
type ClaimArticle struct {
	Article  ArticleID `json:"article"`
	Outlet   string    `json:"outlet,omitempty"`
	Origin   ArticleID `json:"origin"`
	Stance   Stance    `json:"stance"`
	Citation Citation  `json:"citation"`
	// Text is the article's own wording of the claim (the cited span or
	// its compressed form).
	Text string `json:"text,omitempty"`
	// Attribution is who the article says made the claim ("the UN").
	Attribution string `json:"attribution,omitempty"`
}

// StorySummary is the short form of a story used in listings.
type StorySummary struct {
	ID                 StoryID   `json:"id"`
	Headline           string    `json:"headline"`
	Updated            time.Time `json:"updated,omitzero"`
	Articles           int       `json:"articles"`
	Outlets            int       `json:"outlets"`
	IndependentOrigins int       `json:"independent_origins"`
}

// Summary returns the listing form of the story.
func (s *Story) Summary() StorySummary {
	return StorySummary{
		ID:                 s.ID,
		Headline:           s.Headline.Text,
		Updated:            s.Updated,
		Articles:           len(s.Articles),
		Outlets:            s.Outlets,
		IndependentOrigins: s.IndependentOrigins,
	}
}

// Stored returns a copy of the story for a store to keep: each article
// reduced to its id, outlet, publication time, origin and event (the
// stores' outlet and day facets read the last two from the stored story).
// The store holds every article once, in its articles; a story of
// thousands of articles, rewritten each time one joins, would otherwise
// rewrite all their texts and metadata too (about 600 bytes an article
// without the text). Attach gives them back on reading.
func (s *Story) Stored() *Story {
	c := *s
	if s.Articles == nil {
		return &c
	}
	c.Articles = make([]StoryArticle, len(s.Articles))
	for i, a := range s.Articles {
		c.Articles[i] = StoryArticle{Article: Article{ID: a.ID, Outlet: a.Outlet, Published: a.Published}, Origin: a.Origin, Event: a.Event, Joined: a.Joined}
	}
	return &c
}

// Attach puts back the articles Stored reduced to their ids, reading them
// through load (a store's Articles); it fails when one is missing. A
// stored article never has an empty text, so an article with its text was
// stored whole (by an older version) and needs no reading.
func (s *Story) Attach(ctx context.Context, load func(context.Context, []ArticleID) (map[ArticleID]*Article, error)) error {
	var ids []ArticleID
	for _, a := range s.Articles {
		if a.Text == "" {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	arts, err := load(ctx, ids)
	if err != nil {
		return err
	}
	for i := range s.Articles {
		a := &s.Articles[i]
		if a.Text != "" {
			continue
		}
		src := arts[a.ID]
		if src == nil {
			return fmt.Errorf("article %s of story %s: %w", a.ID, s.ID, ErrNotFound)
		}
		a.Article = *src
	}
	return nil
}
