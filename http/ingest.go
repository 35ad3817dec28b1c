package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/sources"
)

// ingestItem says what became of one posted document.
type ingestItem struct {
	Index   int              `json:"index"`
	Status  string           `json:"status"` // created, duplicate or skipped
	Article chorus.ArticleID `json:"article,omitempty"`
	Story   chorus.StoryID   `json:"story,omitempty"`
	Reason  string           `json:"reason,omitempty"`
}

// joinedStory is a story the posted articles founded or joined.
type joinedStory struct {
	ID       chorus.StoryID `json:"id"`
	Headline string         `json:"headline"`
	Created  bool           `json:"created"`
}

type ingestResponse struct {
	Articles []ingestItem  `json:"articles"`
	Stories  []joinedStory `json:"stories"`
}

// Statuses of a posted document.
const (
	statusCreated   = "created"
	statusDuplicate = "duplicate"
	statusSkipped   = "skipped"
)

// postArticles stores one article or a batch: a JSON object or array of
// objects with the JSON Lines fields, one HTML or text document as the
// body, or a feed whose entries carry their text. Posting the same bytes again changes nothing and says so.
func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) error {
	docs, items, err := s.readDocuments(r)
	if err != nil {
		return err
	}
	var valid []chorus.Document
	for i, d := range docs {
		if items[i].Status == "" {
			valid = append(valid, d)
		}
	}
	// A client that goes away must not cut an ingest short: the desk keeps
	// state in memory that must match the store.
	ctx := context.WithoutCancel(r.Context())
	s.writeMu.Lock()
	if s.desk == nil {
		s.writeMu.Unlock()
		return &httpError{status: http.StatusServiceUnavailable, retryAfter: 30 * time.Second,
			detail: "the server is still loading the stored articles; writes open shortly"}
	}
	res, err := s.desk.Ingest(ctx, valid)
	s.writeMu.Unlock()
	s.versions.forget(res.Stories)
	if errors.Is(err, chorus.ErrBusy) {
		// Workers are clustering on the shared store; nothing was written.
		return &httpError{status: http.StatusServiceUnavailable, retryAfter: 5 * time.Second,
			detail: "the store is busy clustering; try again shortly"}
	}
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	out, err := s.ingestOutcome(ctx, docs, items, res.Added, res.Skipped, res.Stories)
	if err != nil {
		return err
	}
	status := http.StatusOK
	created := 0
	for _, it := range out.Articles {
		if it.Status == statusCreated {
			created++
			status = http.StatusCreated
		}
	}
	s.metrics.countIngest(statusCreated, created)
	s.metrics.countIngest("other", len(out.Articles)-created)
	return writeJSON(w, status, out)
}

// readDocuments turns the body into documents. items[i] is already filled
// for documents refused while reading; the rest have an empty status.
func (s *Server) readDocuments(r *http.Request) ([]chorus.Document, []ingestItem, error) {
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return nil, nil, errorf(http.StatusUnsupportedMediaType, "Content-Type must be application/json, text/html, text/plain or a feed's")
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, nil, err
	}
	switch ct {
	case "application/json":
		return s.readRecords(body)
	case "text/html", "application/xhtml+xml", "text/plain":
		doc, err := ingest.Bytes("upload", body, ct != "text/plain", r.Header.Get("Content-Type"))
		item := ingestItem{Index: 0}
		if err != nil {
			item.Status, item.Reason = statusSkipped, inputReason(err)
			return []chorus.Document{{}}, []ingestItem{item}, nil
		}
		h, err := uploadHints(r)
		if err != nil {
			return nil, nil, err
		}
		doc.Hints = h
		doc.Source = uploadSource(doc)
		return []chorus.Document{doc}, []ingestItem{item}, nil
	}
	if feedTypes[ct] {
		return s.readFeed(ct, body)
	}
	return nil, nil, errorf(http.StatusUnsupportedMediaType, "Content-Type %s is not application/json, text/html, text/plain or a feed's", ct)
}

// feedTypes are the media types a feed may be posted as; feedOnlyTypes
// those that name nothing but a feed.
var (
	feedTypes     = map[string]bool{"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true, "application/xml": true, "text/xml": true}
	feedOnlyTypes = map[string]bool{"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true}
)

// readFeed reads a posted feed (RSS, Atom or JSON Feed) into one document
// per entry, from the entry's own content: a feed posted as the body comes
// without its pages, and a request must not make the server fetch them (a
// feed to follow is added as a source).
func (s *Server) readFeed(ct string, body []byte) ([]chorus.Document, []ingestItem, error) {
	entries, err := sources.FeedEntries("upload", body)
	if errors.Is(err, sources.ErrNotFeed) && !feedOnlyTypes[ct] {
		// XML of some other kind: a type the API does not take
		return nil, nil, errorf(http.StatusUnsupportedMediaType, "the %s body is no feed (RSS, Atom or JSON Feed), and other XML is not taken", ct)
	}
	if err != nil {
		return nil, nil, errorf(http.StatusBadRequest, "%s", inputReason(err))
	}
	if len(entries) > s.cfg.MaxBatch {
		return nil, nil, errorf(http.StatusRequestEntityTooLarge, "the feed's %d entries are over the limit of %d a request", len(entries), s.cfg.MaxBatch)
	}
	docs := make([]chorus.Document, len(entries))
	items := make([]ingestItem, len(entries))
	for i, e := range entries {
		items[i].Index = i
		if e.Err != nil {
			items[i].Status, items[i].Reason = statusSkipped, inputReason(e.Err)
			continue
		}
		docs[i] = e.Doc
		docs[i].Source = uploadSource(e.Doc)
	}
	return docs, items, nil
}

// uploadHints reads the metadata an upload may carry in its query string.
func uploadHints(r *http.Request) (chorus.Hints, error) {
	q := r.URL.Query()
	h := chorus.Hints{URL: q.Get("url"), Title: q.Get("title"), Outlet: q.Get("outlet"), Byline: q.Get("byline")}
	if v := q.Get("published"); v != "" {
		t, err := ingest.ParseTime(v)
		if err != nil {
			return h, errorf(http.StatusBadRequest, "published: %q is not a date or time", v)
		}
		h.Published = t
	}
	return h, nil
}

// uploadSource names a posted document by its content, so that an error
// can be traced to it and two posts of the same bytes get the same name.
func uploadSource(d chorus.Document) string {
	return "upload:" + d.RawHash[:16]
}

// readRecords reads one JSON record or an array of them.
func (s *Server) readRecords(body []byte) ([]chorus.Document, []ingestItem, error) {
	trimmed := bytes.TrimSpace(body)
	var raws []json.RawMessage
	switch {
	case len(trimmed) > 0 && trimmed[0] == '[':
		if err := json.Unmarshal(trimmed, &raws); err != nil {
			return nil, nil, errorf(http.StatusBadRequest, "the body is not a JSON array of articles: %v", err)
		}
	case len(trimmed) > 0 && trimmed[0] == '{':
		raws = []json.RawMessage{trimmed}
	default:
		return nil, nil, errorf(http.StatusBadRequest, "the body must be a JSON object or an array of them")
	}
	if len(raws) == 0 {
		return nil, nil, errorf(http.StatusBadRequest, "the array holds no articles")
	}
	if len(raws) > s.cfg.MaxBatch {
		return nil, nil, errorf(http.StatusRequestEntityTooLarge, "%d articles is over the limit of %d a request", len(raws), s.cfg.MaxBatch)
	}
	docs := make([]chorus.Document, len(raws))
	items := make([]ingestItem, len(raws))
	for i, raw := range raws {
		items[i].Index = i
		var rec ingest.Record
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			items[i].Status, items[i].Reason = statusSkipped, "not an article object: "+err.Error()
			continue
		}
		// Re-encoding the typed record makes the content hash independent of
		// key order and spacing, so the same article posted twice is one.
		line, err := json.Marshal(rec)
		if err != nil {
			return nil, nil, err
		}
		doc, err := ingest.RecordDocument(fmt.Sprintf("articles[%d]", i), line)
		if err != nil {
			items[i].Status, items[i].Reason = statusSkipped, inputReason(err)
			continue
		}
		doc.Source = uploadSource(doc)
		docs[i] = doc
	}
	return docs, items, nil
}

// inputReason is the client-facing reason an input was refused.
func inputReason(err error) string {
	var ie *chorus.InputError
	if errors.As(err, &ie) {
		if ie.Err != nil {
			return ie.Reason + ": " + ie.Err.Error()
		}
		return ie.Reason
	}
	return err.Error()
}

// ingestOutcome says, per posted document, what became of it, and which
// stories were founded or joined; it queues the webhook events.
func (s *Server) ingestOutcome(ctx context.Context, docs []chorus.Document, items []ingestItem,
	added []*chorus.Article, skipped []error, stories []chorus.StoryID) (ingestResponse, error) {
	byRaw := map[string]*chorus.Article{}
	founded := map[chorus.StoryID]bool{}
	for _, a := range added {
		byRaw[a.RawHash] = a
		founded[chorus.NewStoryID(a.ID)] = true
	}
	reasons := map[string]string{}
	for _, err := range skipped {
		var ie *chorus.InputError
		if errors.As(err, &ie) {
			reasons[ie.Source] = inputReason(err)
		}
	}
	for i := range items {
		it := &items[i]
		if it.Status != "" {
			continue
		}
		d := docs[i]
		if a, ok := byRaw[d.RawHash]; ok {
			it.Status, it.Article = statusCreated, a.ID
			delete(byRaw, d.RawHash) // a second copy in the batch is a duplicate
		} else if id, err := s.store.ArticleByRaw(ctx, d.RawHash); err == nil {
			it.Status, it.Article = statusDuplicate, id
		} else if errors.Is(err, chorus.ErrNotFound) {
			it.Status, it.Reason = statusSkipped, reasons[d.Source]
			if it.Reason == "" {
				it.Reason = "no article could be read from it"
			}
		} else {
			return ingestResponse{}, err
		}
		if it.Article != "" {
			sid, err := s.store.StoryOf(ctx, it.Article)
			if err != nil && !errors.Is(err, chorus.ErrNotFound) {
				return ingestResponse{}, err
			}
			it.Story = sid
		}
	}
	out := ingestResponse{Articles: items, Stories: []joinedStory{}}
	for _, sid := range stories {
		// what the page shows: the events read no texts
		st, err := s.pageStory(ctx, sid, nil, time.Time{})
		if err != nil {
			return ingestResponse{}, fmt.Errorf("read story %s after ingest: %w", sid, err)
		}
		out.Stories = append(out.Stories, joinedStory{ID: sid, Headline: st.Headline.Text, Created: founded[sid]})
		s.storyEvents(ctx, st, founded[sid])
		s.prerender(ctx, st)
	}
	return out, nil
}

// storyEvents queues the webhook events of a story an ingest wrote.
func (s *Server) storyEvents(ctx context.Context, st *chorus.Story, created bool) {
	typ := eventStoryUpdated
	if created {
		typ = eventStoryCreated
	}
	s.hooks.emit(ctx, newEvent(typ, st, nil, s.now()))
	for i := range st.Claims {
		c := &st.Claims[i]
		if !disputed(c) {
			continue
		}
		first, err := s.store.AnnounceClaim(ctx, st.ID, c.ID)
		if err != nil {
			s.log.Error("record announced claim", "story", st.ID, "claim", c.ID, "err", err)
			continue
		}
		if first {
			s.hooks.emit(ctx, newEvent(eventClaimDisputed, st, c, s.now()))
		}
	}
}

// disputed reports whether some article differs from a claim.
func disputed(c *chorus.Claim) bool {
	for _, a := range c.Articles {
		if a.Stance == chorus.Differs {
			return true
		}
	}
	return false
}
