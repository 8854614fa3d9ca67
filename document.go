// Package chronicle holds the domain types of Chronicle: the Article that comes in, the Document
// that flows through the analysis stages, and the interfaces that connect sources, stages and sinks.
//
// Offsets in every span are Unicode code point indexes into Document.Text, end exclusive, so that
// text[start:end] is the span's text in Python, JavaScript (for BMP text) and spaCy alike.
package chronicle

// Article is one input text with its metadata, as read by a source.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Byline    string `json:"byline,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD when known
	Text      string `json:"text"`
}

// Document is an article with its annotation layers. Each stage reads the layers before it and
// adds its own.
type Document struct {
	Article
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Quotes    []Quote    `json:"quotes"`
	Events    []Event    `json:"events"`
	// SourceChain is who the article says it reports from, outermost first: the dateline's
	// outlet, then "X reported" in the lead ("Alwaght" → "Press TV").
	SourceChain []string `json:"source_chain,omitempty"`
	// Warnings says what was repaired or guessed while reading this document.
	Warnings []string `json:"warnings,omitempty"`

	// Tokens are kept for the stages; they are not part of the JSON contract.
	Tokens []Token `json:"-"`
	index  *offsetIndex
}

// Span is a [Start, End) range of code points in Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence is a sentence span; its tokens are Document.Tokens[FirstToken:EndToken].
type Sentence struct {
	Span
	Paragraph  int `json:"paragraph"`
	FirstToken int `json:"-"`
	EndToken   int `json:"-"`
}

// Token is a word or punctuation mark. Start/End are code points; ByteStart/ByteEnd index the
// Go string and are what stages use internally.
type Token struct {
	Text      string
	Start     int
	End       int
	ByteStart int
	ByteEnd   int
	Tag       string // Penn Treebank part of speech
	Sentence  int
	// SpaceBefore is true when whitespace precedes the token.
	SpaceBefore bool
}

// Entity types.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	Fac    = "FAC"
	NORP   = "NORP"
)

// Entity is a mention of a named thing.
type Entity struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Canonical is the fullest name of the thing in this document ("Sadr" → "Muqtada al-Sadr").
	Canonical string `json:"canonical"`
	// Nominal marks a description rather than a name ("the cleric").
	Nominal bool `json:"nominal,omitempty"`
	// Role is a title or role noun the text gives a person ("president", "cleric", "spokesman").
	Role    string `json:"role,omitempty"`
	Actor   string `json:"actor,omitempty"`
	Country string `json:"country,omitempty"`
	// Rule names what recognised the mention (gazetteer:country, rule:title, resolve:surname, ...).
	Rule string `json:"rule"`

	ByteStart int `json:"-"`
	ByteEnd   int `json:"-"`
}

// Quote is a direct or reported statement.
type Quote struct {
	Text        string    `json:"text"`
	Start       int       `json:"start"`
	End         int       `json:"end"`
	Kind        string    `json:"kind"` // direct, indirect, mixed
	Speaker     *Speaker  `json:"speaker,omitempty"`
	Cue         *TextSpan `json:"cue,omitempty"`
	Channel     string    `json:"channel,omitempty"`
	AccordingTo []string  `json:"according_to,omitempty"`
}

// TextSpan is a span with its text.
type TextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	TextSpan
	Name  string `json:"name,omitempty"`
	Actor string `json:"actor,omitempty"`
}

// Event is a coded interaction: who did what to whom, where and when.
type Event struct {
	Code      string      `json:"code"`
	Root      string      `json:"root"`
	Name      string      `json:"name"`
	Plover    string      `json:"plover,omitempty"`
	Goldstein float64     `json:"goldstein"`
	Quad      int         `json:"quad"`
	Source    *EventActor `json:"source,omitempty"`
	Target    *EventActor `json:"target,omitempty"`
	Date      string      `json:"date,omitempty"`
	// DateRange is [first, last] day when only a period is known ("last week").
	DateRange []string `json:"date_range,omitempty"`
	// Mode is "future" for what is planned or expected; Negated marks "did not …". Neither
	// is coded as having happened.
	Mode         string  `json:"mode,omitempty"`
	Negated      bool    `json:"negated,omitempty"`
	PloverMode   string  `json:"plover_mode,omitempty"`
	Place        *Place  `json:"place,omitempty"`
	Sentence     int     `json:"sentence"`
	Evidence     Span    `json:"evidence"`
	Rule         string  `json:"rule"`
	AttributedTo *string `json:"attributed_to"`
}

// EventActor is a coded participant of an event.
type EventActor struct {
	TextSpan
	Name string `json:"name,omitempty"`
	Code string `json:"code,omitempty"`
}

// Place is a geocoded location.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Stage is one step of the analysis. Process adds the stage's layer to the document. A Stage is
// built once and must be safe for concurrent use by many goroutines.
type Stage interface {
	Name() string
	Process(*Document) error
}

// Pipeline runs stages in order.
type Pipeline []Stage

// Process runs every stage on doc, stopping at the first error.
func (p Pipeline) Process(doc *Document) error {
	for _, s := range p {
		if err := s.Process(doc); err != nil {
			return &StageError{Stage: s.Name(), Err: err}
		}
	}
	return nil
}

// StageError says which stage failed.
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *StageError) Unwrap() error { return e.Err }

// NewDocument starts a document from an article. Text must be valid UTF-8.
func NewDocument(a Article) *Document {
	return &Document{Article: a, Sentences: []Sentence{}, Entities: []Entity{}, Quotes: []Quote{}, Events: []Event{}}
}
