package postgres

import (
	"context"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres/pgtest"
	"github.com/chorusnews/chorus/storetest"
)

// openTest opens a store in a fresh schema of the test server.
func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), pgtest.DSN(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) chorus.Store { return openTest(t) })
}

func TestServing(t *testing.T) {
	storetest.RunServing(t, func(t *testing.T) storetest.ServingStore { return openTest(t) })
}
