package chorus

import (
	"net/url"
	"strings"
	"time"
)

// ArticleID identifies an article version. It is a content hash of the raw
// document and the extractor version that read it, so ingesting the same
// bytes twice is a no-op, two machines agree on ids, and a better extractor
// later yields a new article version rather than editing stored text.
type ArticleID string

// Short returns the first 12 characters of the id, for display.
func (id ArticleID) Short() string {
	if len(id) > 12 {
		return string(id[:12])
	}
	return string(id)
}

// Format names the kind of bytes a Document holds.
type Format string

// The formats ingest recognises.
const (
	FormatHTML Format = "html"
	FormatText Format = "text"
)

// Document is raw input as it arrived, before extraction: the bytes and
// everything known about where they came from.
type Document struct {
	// Source names where the bytes came from for messages and provenance:
	// a file path, "path:line" for a JSON Lines record, or a URL.
	Source string
	Format Format
	// Body is the document's bytes, already decompressed and converted to UTF-8.
	Body []byte
	// Charset is the encoding Body was converted from ("utf-8" when it already was).
	Charset string
	// Hints are metadata the source supplied itself (a JSONL record's fields,
	// a feed entry); extraction prefers what the page says but falls back to these.
	Hints Hints
	// RawHash is the content hash of the bytes exactly as received.
	RawHash string
	// Notes say what ingest had to do to read the bytes ("converted from
	// windows-1252"), for the user; they do not stop processing.
	Notes []string
}

// Hints carries metadata supplied alongside a document.
type Hints struct {
	URL       string
	Title     string
	Outlet    string
	Byline    string
	Published time.Time
	// Lang is the language the source declares for the document ("pt",
	// "en-GB"): a feed's language, a JSON Lines record's lang field.
	Lang string
	// Text, when set, is the article text the source already extracted (a
	// JSONL record with a text field); extraction then only cleans it.
	Text string
	// From names where the hints came from, for provenance ("feed");
	// empty means the user's own input.
	From string
	// TextFrom says where a document's text came from when it is not the
	// page itself (TextFromSummary: a feed's summary stood in for a page
	// that could not be read).
	TextFrom string
}

// Article is one extracted news article. Text never changes once stored:
// every citation is a byte span into it.
type Article struct {
	ID  ArticleID `json:"id"`
	URL string    `json:"url,omitempty"`
	// Outlet is the publication's readable name ("Reuters", "TRT World").
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title"`
	Byline string `json:"byline,omitempty"`
	// Credit names the agency the text is credited to ("Reuters",
	// "agencies"), from a credit line such as "(Courtesy Reuters)".
	Credit    string    `json:"credit,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Provenance says where each metadata field came from, e.g.
	// {"published": "json-ld", "outlet": "og:site_name", "byline": "text"}.
	Provenance map[string]string `json:"provenance,omitempty"`
	// Lang is the ISO 639-1 code of the article's language ("en", "pt"),
	// as the page declares it or its text shows; empty when unknown.
	Lang string `json:"lang,omitempty"`
	// Text is the article's clean text: the title as its first paragraph
	// (so that headlines can be cited like any other sentence), then the body.
	Text string `json:"text"`
	// TitleSpan is where the title sits in Text; zero when the article has
	// no title of its own.
	TitleSpan Span `json:"title_span"`
	// Paragraphs are the spans of Text's paragraphs, in order.
	Paragraphs []Span `json:"paragraphs,omitempty"`
	// Source is where the document came from (file path or URL).
	Source string `json:"source,omitempty"`
	// RawHash is the content hash of the raw document bytes.
	RawHash string `json:"raw_hash,omitempty"`
	// Extractor names the extractor and its version, part of the id.
	Extractor string `json:"extractor,omitempty"`
}

// NewArticleID derives an article id from the raw document hash and the
// extractor version. It is 32 hex characters (128 bits).
func NewArticleID(rawHash, extractor string) ArticleID {
	return ArticleID(ContentHash([]byte("article"), []byte(rawHash), []byte(extractor))[:32])
}

// OutletLabel names where an article comes from, for a reader.
func (a *Article) OutletLabel() string {
	return OutletLabel(a.Outlet, a.URL, a.Credit)
}

// OutletLabel names an article's source for a reader: its outlet; else its
// web site's host, which says more than "unknown"; else the agency its
// credit line names (a wire story pasted as text is most often the
// agency's own copy, and the claims already count it under that name);
// else UnknownOutlet.
func OutletLabel(outlet, articleURL, credit string) string {
	if outlet != "" {
		return outlet
	}
	if u, err := url.Parse(articleURL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	if credit != "" {
		return credit
	}
	return UnknownOutlet
}

// UnknownOutlet is the label of an article with no outlet, site or credit.
const UnknownOutlet = "unknown outlet"

// ReadsAsEnglish reports whether a is in English or in a language
// extraction could not tell. The readers whose rules and models are
// English (entities, quotes, dates, claims) read only such articles: on
// other languages they do not fail but misread, taking capitalised common
// words for people and missing every attribution.
func (a *Article) ReadsAsEnglish() bool {
	return a.Lang == "" || a.Lang == "en"
}
