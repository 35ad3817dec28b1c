package chorus

// Token is a word, number or punctuation mark with its byte span.
type Token struct {
	Span
	Text string
}

// Sentence is one sentence of an article's text.
type Sentence struct {
	Span
	// Paragraph is the index of the paragraph holding the sentence.
	Paragraph int `json:"paragraph"`
	// Caption is set when the sentence describes a picture rather than
	// reports news (a photo caption or its credit left in the text): the
	// analyze stage decides it once, and the digest, the claims and the
	// timeline leave such sentences out.
	Caption bool `json:"caption,omitempty"`
	// TokenStart and TokenEnd index Analysis.Tokens: the sentence's tokens
	// are Tokens[TokenStart:TokenEnd]. (Not named Start/End, which would
	// shadow the byte span's.)
	TokenStart, TokenEnd int `json:"-"`
}

// EntityType is a named entity's class, as in CoNLL.
type EntityType string

// The entity types the tagger produces.
const (
	EntityPerson       EntityType = "PER"
	EntityOrganization EntityType = "ORG"
	EntityLocation     EntityType = "LOC"
	EntityMisc         EntityType = "MISC"
)

// Mention is one occurrence of a named entity in an article.
type Mention struct {
	Span
	Type EntityType `json:"type"`
	Text string     `json:"text"`
}

// Quote is something a source said, directly (in quotation marks) or
// reported ("X said that ...").
type Quote struct {
	// Content is the span of what was said (without the quotation marks).
	Content Span `json:"content"`
	// Speaker is the span naming who said it, as written ("the diplomat"); zero when unknown.
	Speaker Span `json:"speaker"`
	// SpeakerName is the resolved name of the speaker when the text allows ("Sergei Lavrov").
	SpeakerName string `json:"speaker_name,omitempty"`
	// Cue is the span of the verb or phrase that attributes the quote ("said", "according to").
	Cue    Span `json:"cue"`
	Direct bool `json:"direct"`
}

// TimeType is a TIMEX3 type.
type TimeType string

// TIMEX3 types.
const (
	TimeDate     TimeType = "DATE"
	TimeTime     TimeType = "TIME"
	TimeDuration TimeType = "DURATION"
	TimeSet      TimeType = "SET"
)

// TimeRef is a time expression with its resolved TIMEX3 value, resolved
// against the article's publication date, never the clock.
type TimeRef struct {
	Span
	Text string   `json:"text"`
	Type TimeType `json:"type"`
	// Value is the TIMEX3 value: "2016-07-14", "2016-W28", "2016-08", "P5Y", "PRESENT_REF".
	Value string `json:"value"`
}

// Analysis is everything the analyze stage derives from one article's text.
// It is a pure function of the article, so it can always be recomputed.
type Analysis struct {
	Article   ArticleID  `json:"article"`
	Tokens    []Token    `json:"-"`
	Sentences []Sentence `json:"sentences"`
	Mentions  []Mention  `json:"mentions,omitempty"`
	Quotes    []Quote    `json:"quotes,omitempty"`
	Times     []TimeRef  `json:"times,omitempty"`
}

// SentenceTokens returns the tokens of sentence i.
func (a *Analysis) SentenceTokens(i int) []Token {
	s := a.Sentences[i]
	return a.Tokens[s.TokenStart:s.TokenEnd]
}
