package main

import (
	"context"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/sqlite"
)

// defaultDB is where the embedded store lives unless --db or CHORUS_DB says otherwise.
const defaultDB = "chorus.db"

// addDBFlag registers --db on cmd; its default comes from CHORUS_DB.
func addDBFlag(cmd *cobra.Command, path *string) {
	def := defaultDB
	if env := os.Getenv("CHORUS_DB"); env != "" {
		def = env
	}
	cmd.Flags().StringVar(path, "db", def, "SQLite database file (env CHORUS_DB)")
}

// openStore opens the embedded store, creating it when missing.
func openStore(ctx context.Context, path string) (*sqlite.Store, error) {
	return sqlite.Open(ctx, path)
}

// serverStore is what serve and keys need of a store, on either engine.
type serverStore interface {
	http.Store
	PutKey(ctx context.Context, k chorus.APIKey) error
	Keys(ctx context.Context) ([]chorus.APIKey, error)
	RevokeKey(ctx context.Context, id string, at time.Time) error
	Close() error
}

var (
	_ serverStore = (*sqlite.Store)(nil)
	_ serverStore = (*postgres.Store)(nil)
)

// addServerDBFlag registers --db for the commands that run on either
// store; its default comes from CHORUS_DB.
func addServerDBFlag(cmd *cobra.Command, db *string) {
	def := defaultDB
	if env := os.Getenv("CHORUS_DB"); env != "" {
		def = env
	}
	cmd.Flags().StringVar(db, "db", def, "SQLite database file, or a postgres:// URL (env CHORUS_DB)")
}

// openServerStore opens the shared store when db is a postgres:// or
// postgresql:// URL, else the embedded store at path db.
func openServerStore(ctx context.Context, db string) (serverStore, error) {
	if isPostgres(db) {
		s, err := postgres.Open(ctx, db)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	s, err := openStore(ctx, db)
	if err != nil {
		return nil, err
	}
	return s, nil
}
