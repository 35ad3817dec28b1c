package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/sqlite"
)

// copyStore is what chorus migrate reads and writes; both stores have it.
type copyStore interface {
	chorus.Store
	chorus.SourceStore
	chorus.ClusterStore
	AllAliases(ctx context.Context, fn func(chorus.URLAlias) error) error
	AllEntries(ctx context.Context, fn func(chorus.FeedEntry) error) error
}

// openCopyStore opens "sqlite:PATH" or a postgres:// URL.
func openCopyStore(ctx context.Context, spec string) (copyStore, error) {
	switch {
	case strings.HasPrefix(spec, "sqlite:"):
		return sqlite.Open(ctx, strings.TrimPrefix(spec, "sqlite:"))
	case isPostgres(spec):
		return postgres.Open(ctx, spec)
	}
	return nil, usageError{fmt.Sprintf("%q is neither sqlite:PATH nor a postgres:// URL", spec)}
}

func init() {
	var from, to string
	cmd := &cobra.Command{
		Use:   "migrate --from sqlite:PATH --to postgres://…",
		Short: "Copy a store into another (empty) one and check the copy by counts and checksums",
		Long: `migrate copies everything a store keeps — articles, their analyses, the clustering log,
stories, sources, URL aliases and feed entries — into an empty store, then reads both
back and compares, per table, the number of rows and a checksum (SHA-256 over the
sorted SHA-256 of each row's JSON). It exits 1 when any differs. Either side may be
sqlite:PATH or a postgres:// URL.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" || to == "" {
				return usageError{"--from and --to are required"}
			}
			ctx := cmd.Context()
			src, err := openCopyStore(ctx, from)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := openCopyStore(ctx, to)
			if err != nil {
				return err
			}
			defer dst.Close()
			if err := copyAll(ctx, src, dst); err != nil {
				return fmt.Errorf("migrate: %w", err)
			}
			return verifyCopy(ctx, cmd.OutOrStdout(), src, dst)
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "store to copy: sqlite:PATH or postgres://…")
	cmd.Flags().StringVar(&to, "to", "", "empty store to copy into: sqlite:PATH or postgres://…")
	rootCmd.AddCommand(cmd)
}

var errNotEmpty = errors.New("the target store already holds articles")

// copyChunk is how many rows are written per call.
const copyChunk = 500

// copyAll copies src into dst, which must hold no article.
func copyAll(ctx context.Context, src, dst copyStore) error {
	stop := errors.New("stop")
	err := dst.AllArticles(ctx, func(*chorus.Article) error { return stop })
	if errors.Is(err, stop) {
		return errNotEmpty
	}
	if err != nil {
		return err
	}
	// Articles in ingest order, with their analyses.
	var ids []chorus.ArticleID
	flush := func() error {
		ans, err := src.Analyses(ctx, ids)
		if err != nil {
			return err
		}
		list := make([]*chorus.Analysis, 0, len(ans))
		for _, id := range ids {
			if an := ans[id]; an != nil {
				list = append(list, an)
			}
		}
		ids = ids[:0]
		return dst.PutAnalyses(ctx, list)
	}
	err = src.AllArticles(ctx, func(a *chorus.Article) error {
		if _, err := dst.PutArticle(ctx, a); err != nil {
			return err
		}
		ids = append(ids, a.ID)
		if len(ids) >= copyChunk {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return fmt.Errorf("copy articles: %w", err)
	}
	// The clustering log, in order.
	var ps []chorus.Placement
	err = src.Placements(ctx, 0, func(p chorus.PlacedArticle) error {
		ps = append(ps, p.Placement)
		if len(ps) >= copyChunk {
			err := dst.PutPlacements(ctx, ps)
			ps = ps[:0]
			return err
		}
		return nil
	})
	if err == nil {
		err = dst.PutPlacements(ctx, ps)
	}
	if err != nil {
		return fmt.Errorf("copy clustering log: %w", err)
	}
	if err := copyStories(ctx, src, dst); err != nil {
		return err
	}
	return copySources(ctx, src, dst)
}

func copyStories(ctx context.Context, src, dst copyStore) error {
	sums, err := src.Stories(ctx, chorus.StoryQuery{Limit: 1 << 31})
	if err != nil {
		return fmt.Errorf("copy stories: %w", err)
	}
	for _, sum := range sums {
		st, err := src.Story(ctx, sum.ID)
		if err != nil {
			return fmt.Errorf("copy stories: %w", err)
		}
		if err := dst.PutStory(ctx, st); err != nil {
			return fmt.Errorf("copy stories: %w", err)
		}
	}
	return nil
}

// copySources copies sources (which get new ids in dst), aliases and entries.
func copySources(ctx context.Context, src, dst copyStore) error {
	srcs, err := src.Sources(ctx)
	if err != nil {
		return fmt.Errorf("copy sources: %w", err)
	}
	newID := map[int64]int64{}
	for _, s := range srcs {
		c := s
		if _, err := dst.AddSource(ctx, &c); err != nil {
			return fmt.Errorf("copy sources: %w", err)
		}
		if err := dst.SaveState(ctx, c.ID, s.SourceState); err != nil {
			return fmt.Errorf("copy sources: %w", err)
		}
		newID[s.ID] = c.ID
	}
	var as []chorus.URLAlias
	err = src.AllAliases(ctx, func(a chorus.URLAlias) error {
		as = append(as, a)
		if len(as) >= copyChunk {
			err := dst.PutAliases(ctx, as)
			as = as[:0]
			return err
		}
		return nil
	})
	if err == nil {
		err = dst.PutAliases(ctx, as)
	}
	if err != nil {
		return fmt.Errorf("copy url aliases: %w", err)
	}
	var es []chorus.FeedEntry
	err = src.AllEntries(ctx, func(e chorus.FeedEntry) error {
		e.Source = newID[e.Source]
		es = append(es, e)
		if len(es) >= copyChunk {
			err := dst.PutEntries(ctx, es)
			es = es[:0]
			return err
		}
		return nil
	})
	if err == nil {
		err = dst.PutEntries(ctx, es)
	}
	if err != nil {
		return fmt.Errorf("copy feed entries: %w", err)
	}
	return nil
}

// tableSum is a table's row count and order-independent checksum.
type tableSum struct {
	n   int
	sum string
}

// summer collects the SHA-256 of each row's JSON.
type summer [][32]byte

func (s *summer) add(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	*s = append(*s, sha256.Sum256(b))
	return nil
}

func (s summer) total() tableSum {
	slices.SortFunc(s, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	h := sha256.New()
	for _, x := range s {
		h.Write(x[:])
	}
	return tableSum{n: len(s), sum: hex.EncodeToString(h.Sum(nil))[:16]}
}

// summarise counts and checksums every table of a store. Source ids are
// left out of the sums: the copy numbers its sources afresh.
func summarise(ctx context.Context, s copyStore) (map[string]tableSum, error) {
	out := map[string]tableSum{}
	var arts, ans, logs, stories, srcs, aliases, entries summer
	var ids []chorus.ArticleID
	err := s.AllArticles(ctx, func(a *chorus.Article) error {
		ids = append(ids, a.ID)
		return arts.add(a)
	})
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(ids); i += copyChunk {
		m, err := s.Analyses(ctx, ids[i:min(i+copyChunk, len(ids))])
		if err != nil {
			return nil, err
		}
		for _, an := range m {
			if err := ans.add(an); err != nil {
				return nil, err
			}
		}
	}
	if err := s.Placements(ctx, 0, func(p chorus.PlacedArticle) error { return logs.add(p.Placement) }); err != nil {
		return nil, err
	}
	sums, err := s.Stories(ctx, chorus.StoryQuery{Limit: 1 << 31})
	if err != nil {
		return nil, err
	}
	for _, sum := range sums {
		st, err := s.Story(ctx, sum.ID)
		if err != nil {
			return nil, err
		}
		if err := stories.add(st); err != nil {
			return nil, err
		}
	}
	list, err := s.Sources(ctx)
	if err != nil {
		return nil, err
	}
	urlOf := map[int64]string{}
	for _, src := range list {
		urlOf[src.ID] = src.URL
		src.ID = 0
		if err := srcs.add(src); err != nil {
			return nil, err
		}
	}
	if err := s.AllAliases(ctx, func(a chorus.URLAlias) error { return aliases.add(a) }); err != nil {
		return nil, err
	}
	err = s.AllEntries(ctx, func(e chorus.FeedEntry) error {
		return entries.add(struct {
			SourceURL string
			chorus.FeedEntry
		}{urlOf[e.Source], e})
	})
	if err != nil {
		return nil, err
	}
	for name, sm := range map[string]summer{"articles": arts, "analyses": ans, "placements": logs, "stories": stories,
		"sources": srcs, "url aliases": aliases, "feed entries": entries} {
		out[name] = sm.total()
	}
	return out, nil
}

// verifyCopy prints each table's count and checksum on both sides and
// fails when any differs.
func verifyCopy(ctx context.Context, w io.Writer, src, dst copyStore) error {
	a, err := summarise(ctx, src)
	if err != nil {
		return fmt.Errorf("verify: read source: %w", err)
	}
	b, err := summarise(ctx, dst)
	if err != nil {
		return fmt.Errorf("verify: read copy: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TABLE\tSOURCE\tCOPY\tCHECKSUM\tOK")
	bad := 0
	for _, name := range []string{"articles", "analyses", "placements", "stories", "sources", "url aliases", "feed entries"} {
		ok := a[name] == b[name]
		mark := "ok"
		if !ok {
			mark = "DIFFERS (copy " + b[name].sum + ")"
			bad++
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\n", name, a[name].n, b[name].n, a[name].sum, mark)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("verify: %d tables differ between the store and its copy", bad)
	}
	return nil
}
