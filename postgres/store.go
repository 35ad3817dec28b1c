// Package postgres is chorus's shared store: the same articles, stories,
// sources and clustering log as the embedded SQLite store, in a PostgreSQL
// database that any number of chorus processes on any number of machines
// use at once, plus the durable job queue the workers take their work from
// (jobs.go) and the lock that serialises clustering (cluster.go).
//
// It runs on jackc/pgx with a connection pool; the schema is applied by
// goose under an advisory lock, so processes starting together migrate
// once. A Store is safe for concurrent use; InTx gives a Store bound to one
// transaction, whose methods all run in it.
package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/chorusnews/chorus"
)

// Store is a chorus.Store kept in PostgreSQL.
type Store struct {
	pool *pgxpool.Pool
	// q runs the queries: the pool, or the transaction of a Store made by InTx.
	q  querier
	tx pgx.Tx

	closeOnce sync.Once
}

var (
	_ chorus.Store        = (*Store)(nil)
	_ chorus.SourceStore  = (*Store)(nil)
	_ chorus.ClusterStore = (*Store)(nil)
)

// querier is what a pool and a transaction have in common.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

//go:embed migrations/*.sql
var migrations embed.FS

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string; empty fields come from the PG* environment variables)
// and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s, err := open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	return s, nil
}

func open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	return &Store{pool: pool, q: pool}, nil
}

// migrate applies the embedded migrations that have not run yet, holding
// goose's advisory lock so that workers starting together migrate once.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close() // closes the adapter only, not the pool
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys,
		goose.WithDisableGlobalRegistry(true), goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Close closes the pool. It waits for connections in use to be returned.
// On a Store made by InTx it does nothing.
func (s *Store) Close() error {
	if s.tx != nil {
		return nil
	}
	s.closeOnce.Do(s.pool.Close)
	return nil
}

// InTx runs fn with a Store whose every method runs in one transaction,
// committed when fn returns nil and rolled back otherwise. Methods that
// need a transaction of their own use a savepoint inside it. A walk
// (AllArticles, Placements) on the transaction's store must end before
// fn uses that store again: a transaction has one connection.
func (s *Store) InTx(ctx context.Context, fn func(tx *Store) error) error {
	return s.inTx(ctx, func(tx pgx.Tx) error {
		return fn(&Store{pool: s.pool, q: tx, tx: tx})
	})
}

// inTx runs fn in a transaction: a new one on the pool, or a savepoint in
// the store's transaction.
func (s *Store) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	var (
		tx  pgx.Tx
		err error
	)
	if s.tx != nil {
		tx, err = s.tx.Begin(ctx)
	} else {
		tx, err = s.pool.Begin(ctx)
	}
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		// The rollback's own error says nothing the first one does not.
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	return tx.Commit(ctx)
}

// Ping checks the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("ping postgres: %w", err)
	}
	return nil
}

// WithSearchPath returns dsn with the connection's search_path set to
// schema, so that one database can hold several stores (tests, benchmarks).
func WithSearchPath(dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		if u, err := url.Parse(dsn); err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return strings.TrimSpace(dsn + " search_path=" + schema)
}
