package main

import (
	"context"
	"os"

	"github.com/spf13/cobra"

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
