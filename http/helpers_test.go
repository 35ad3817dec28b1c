package http

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/sqlite"
)

// Both stores serve; the assertion lives in a test so that the server
// itself depends on no store package.
var _ Store = (*sqlite.Store)(nil)

// testEnv is a server over a real SQLite file holding the demo corpus.
type testEnv struct {
	t     testing.TB
	store envStore
	srv   *Server
	http  *httptest.Server
	key   string // a working API key
}

// envStore is what the tests need of the store under the server.
type envStore interface {
	Store
	PutKey(ctx context.Context, k chorus.APIKey) error
	RevokeKey(ctx context.Context, id string, at time.Time) error
}

// newEnv starts a server over a fresh SQLite store loaded with examples/;
// change adjusts the configuration first.
func newEnv(t testing.TB, change func(*Config)) *testEnv {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "chorus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	desk, err := pipeline.Open(ctx, store, pipeline.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := desk.Ingest(ctx, exampleDocs(t)); err != nil {
		t.Fatal(err)
	}
	return startEnv(t, store, desk, change)
}

// exampleDocs reads the demo corpus in examples/.
func exampleDocs(t testing.TB) []chorus.Document {
	t.Helper()
	var docs []chorus.Document
	for d, err := range ingest.DefaultLimits.Files([]string{"../examples"}) {
		if err != nil {
			t.Fatalf("read examples: %v", err)
		}
		docs = append(docs, d)
	}
	return docs
}

// startEnv starts a server over store, ingesting through desk, with a
// working key.
func startEnv(t testing.TB, store envStore, desk Ingester, change func(*Config)) *testEnv {
	t.Helper()
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	if change != nil {
		change(&cfg)
	}
	srv, err := New(cfg, store, desk)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	token, k, err := NewKey("tests", 10000, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := store.PutKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &testEnv{t: t, store: store, srv: srv, http: hs, key: token}
}

// reply is a response read whole.
type reply struct {
	status int
	header http.Header
	body   []byte
}

// do sends a request and checks the answer against the OpenAPI document
// when the path is one the document describes.
func (e *testEnv) do(method, path, contentType, body, key string) reply {
	e.t.Helper()
	req, err := http.NewRequest(method, e.http.URL+path, strings.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := e.http.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	if documented(path) {
		checkAgainstDoc(e.t, req, resp, b)
	}
	return reply{status: resp.StatusCode, header: resp.Header, body: b}
}

// documented reports whether path is one of the API's (not the UI's).
func documented(path string) bool {
	for _, p := range []string{"/api/", "/feeds/", "/healthz", "/openapi.json"} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

var (
	docOnce  sync.Once
	docCheck validator.Validator
	docErr   error
	docMu    sync.Mutex
)

// checkAgainstDoc fails the test when a response does not match what the
// OpenAPI document says of its path, method and status.
func checkAgainstDoc(t testing.TB, req *http.Request, resp *http.Response, body []byte) {
	t.Helper()
	docOnce.Do(func() {
		doc, err := libopenapi.NewDocument(openapiDoc)
		if err != nil {
			docErr = err
			return
		}
		v, errs := validator.NewValidator(doc)
		if len(errs) > 0 {
			docErr = errs[0]
			return
		}
		docCheck = v
	})
	if docErr != nil {
		t.Fatalf("openapi document: %v", docErr)
	}
	// The validator matches paths against the document's own, so it is
	// given the path without the test server's host.
	r := req.Clone(context.Background())
	r.URL.Scheme, r.URL.Host, r.Host = "", "", ""
	r.Body = io.NopCloser(strings.NewReader(""))
	rs := *resp
	rs.Body = io.NopCloser(bytes.NewReader(body))
	docMu.Lock()
	ok, errs := docCheck.ValidateHttpResponse(r, &rs)
	docMu.Unlock()
	if !ok {
		for _, e := range errs {
			t.Errorf("%s %s → %d does not match the OpenAPI document: %s (%s)", req.Method, req.URL.Path, resp.StatusCode, e.Message, e.Reason)
			for _, se := range e.SchemaValidationErrors {
				t.Errorf("    %s: %s", se.FieldPath, se.Reason)
			}
		}
	}
}

// storyFilterFor selects the stories of an outlet.
func storyFilterFor(outlet string) chorus.StoryFilter { return chorus.StoryFilter{Outlet: outlet} }
