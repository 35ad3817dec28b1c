// Package sqlite is chorus's embedded store: one SQLite file holding the
// articles, the stories built from them and a full-text index over the
// articles, on the pure-Go modernc.org/sqlite driver so chorus stays a single
// static binary.
//
// The file runs in WAL mode with two connection pools: many read-only
// connections that never wait for the writer, and a single write connection,
// because SQLite admits one writer at a time anyway and queueing writers in
// database/sql is cheaper and fairer than letting them spin on SQLITE_BUSY.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"strings"
	"sync"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/chorusnews/chorus"
)

// Store is a chorus.Store kept in one SQLite file. It is safe for concurrent
// use by many goroutines.
type Store struct {
	read  *sql.DB // read-only connections, several at once
	write *sql.DB // exactly one connection; every change goes through it

	closeOnce sync.Once
	closeErr  error
}

var _ chorus.Store = (*Store)(nil)

//go:embed migrations/*.sql
var migrations embed.FS

// busyTimeoutMS is how long a connection waits for a lock held by another
// process (another chorus sharing the file) before giving up.
const busyTimeoutMS = 5000

// Open opens the store at path, creating the file when it does not exist,
// and brings its schema up to date. The path must name a file: the read and
// write pools must see the same database, which an in-memory one cannot give.
func Open(ctx context.Context, path string) (*Store, error) {
	s, err := open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open sqlite store: %w", err)
	}
	return s, nil
}

func open(ctx context.Context, path string) (*Store, error) {
	switch {
	case path == "" || path == ":memory:" || strings.HasPrefix(path, "file:"):
		return nil, fmt.Errorf("path %q is not a plain file path", path)
	case strings.Contains(path, "?"):
		// The driver splits its options off at the first '?'.
		return nil, fmt.Errorf("path %q contains '?'", path)
	}
	common := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)", busyTimeoutMS)

	// BEGIN IMMEDIATE takes the write lock at the start of a transaction,
	// so a transaction never fails half-way when another process writes.
	write, err := sql.Open("sqlite", path+"?"+common+"&_pragma=journal_mode(WAL)&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	if err := setUp(ctx, write); err != nil {
		return nil, errors.Join(err, write.Close())
	}

	read, err := sql.Open("sqlite", path+"?"+common+"&_pragma=query_only(1)")
	if err != nil {
		return nil, errors.Join(err, write.Close())
	}
	n := max(4, runtime.GOMAXPROCS(0))
	read.SetMaxOpenConns(n)
	read.SetMaxIdleConns(n)
	if err := read.PingContext(ctx); err != nil {
		return nil, errors.Join(err, read.Close(), write.Close())
	}
	return &Store{read: read, write: write}, nil
}

// setUp checks the write connection is usable and in WAL mode, then applies
// the migrations that have not run yet.
func setUp(ctx context.Context, write *sql.DB) error {
	var mode string
	if err := write.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return err
	}
	if !strings.EqualFold(mode, "wal") {
		// Readers would block the writer and each other without WAL.
		return fmt.Errorf("journal mode is %q, not wal", mode)
	}
	return migrate(ctx, write)
}

// migrate applies the embedded migrations. goose records each applied
// version, so reopening a store runs only the new ones.
func migrate(ctx context.Context, db *sql.DB) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	// p.Close would close db, which Open still needs, so it is not called.
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Close checkpoints the write-ahead log into the database file and closes
// the store, so the file is complete on its own afterwards. Calling Close
// again returns the first call's result.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		// Readers go first: an open read snapshot would stop the checkpoint
		// from truncating the log.
		errRead := s.read.Close()
		// A checkpoint another process keeps busy is not an error: the log
		// stays valid and the next writer checkpoints it.
		var busy, logPages, done int
		errCkpt := s.write.QueryRow("PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logPages, &done)
		errWrite := s.write.Close()
		if err := errors.Join(errRead, errCkpt, errWrite); err != nil {
			s.closeErr = fmt.Errorf("close sqlite store: %w", err)
		}
	})
	return s.closeErr
}
