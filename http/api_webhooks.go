package http

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/chorusnews/chorus"
)

// webhookBody is a subscription as the API shows it; Secret only in the
// answer to its creation.
type webhookBody struct {
	ID      string    `json:"id"`
	URL     string    `json:"url"`
	Events  []string  `json:"events"`
	Created time.Time `json:"created"`
	Secret  string    `json:"secret,omitempty"`
	// The deliveries it is still owed, in listings.
	Pending   *int   `json:"pending,omitempty"`
	Failing   int    `json:"failing,omitempty"`
	GivenUp   int    `json:"given_up,omitempty"`
	LastError string `json:"last_error,omitempty"`
}

type webhookRequest struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

func (s *Server) postWebhook(w http.ResponseWriter, r *http.Request) error {
	var req webhookRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return errorf(http.StatusBadRequest, "the body must be {\"url\": ..., \"events\": [...]}: %v", err)
	}
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(req.URL) > 2000 {
		return errorf(http.StatusBadRequest, "url: %q is not an absolute http(s) URL", req.URL)
	}
	if len(req.Events) == 0 {
		req.Events = eventTypes
	}
	for _, e := range req.Events {
		if !slices.Contains(eventTypes, e) {
			return errorf(http.StatusBadRequest, "events: %q is not one of %v", e, eventTypes)
		}
	}
	var id, secret [16]byte
	_, _ = rand.Read(id[:])
	_, _ = rand.Read(secret[:])
	h := chorus.Webhook{ID: "wh_" + hex.EncodeToString(id[:8]), URL: req.URL, Secret: hex.EncodeToString(secret[:]),
		Events: slices.Compact(slices.Sorted(slices.Values(req.Events))), KeyID: keyOf(r), Created: s.now().UTC()}
	if err := s.store.PutWebhook(r.Context(), h); err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, webhookBody{ID: h.ID, URL: h.URL, Events: h.Events, Created: h.Created, Secret: h.Secret})
}

func (s *Server) listWebhooks(w http.ResponseWriter, r *http.Request) error {
	hooks, err := s.store.Webhooks(r.Context())
	if err != nil {
		return err
	}
	backlog, err := s.store.DeliveryBacklogs(r.Context())
	if err != nil {
		return err
	}
	out := []webhookBody{}
	for _, h := range hooks {
		b := backlog[h.ID]
		out = append(out, webhookBody{ID: h.ID, URL: h.URL, Events: h.Events, Created: h.Created,
			Pending: &b.Pending, Failing: b.Failing, GivenUp: b.GivenUp, LastError: b.LastError})
	}
	return writeJSON(w, http.StatusOK, map[string]any{"webhooks": out})
}

func (s *Server) deleteWebhook(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	err := s.store.DeleteWebhook(r.Context(), id)
	if errors.Is(err, chorus.ErrNotFound) {
		return errorf(http.StatusNotFound, "there is no webhook %q", id)
	}
	if err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// redeliverWebhook queues again what a webhook's receiver was given up on,
// for an owner who has fixed the receiver.
func (s *Server) redeliverWebhook(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	hooks, err := s.store.Webhooks(r.Context())
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(hooks, func(h chorus.Webhook) bool { return h.ID == id }) {
		return errorf(http.StatusNotFound, "there is no webhook %q", id)
	}
	n, err := s.store.RedeliverGivenUp(r.Context(), id, s.now())
	if err != nil {
		return err
	}
	if n > 0 && s.hooks != nil {
		s.hooks.nudge()
	}
	return writeJSON(w, http.StatusOK, map[string]int{"requeued": n})
}

// keyOf is the id of the key that authenticated r.
func keyOf(r *http.Request) string {
	if info, ok := r.Context().Value(infoKey{}).(*reqInfo); ok {
		return info.key
	}
	return ""
}
