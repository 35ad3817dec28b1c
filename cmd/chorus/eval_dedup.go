package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/eval/clustering"
	"github.com/chorusnews/chorus/eval/syndication"
	"github.com/chorusnews/chorus/pipeline"
)

type evalDedupFlags struct {
	data, seedsDir string
	copies         int
	seed           uint64
}

func init() {
	var f evalDedupFlags
	cmd := &cobra.Command{
		Use:   "dedup [--data FILE] [--copies 3] [--seed 1] [--seeds DIR]",
		Short: "Score syndication detection on generated noisy copies (pairwise P/R/F1, origin accuracy)",
		Long: `Reads original articles from --data (JSON Lines {id, text, title?} or the
UCI CSV; the texts are read at run time and never stored), makes up to
--copies noisy copies of each (headline changed, tail cut, paragraphs
reordered, page junk inserted, words edited; seeded), mixes them with the
originals and scores the syndication groups found against the known answer:
pairwise precision/recall/F1 over pairs of documents, and the share of groups
whose origin is the original (the earliest). Other originals on the same topic
are the hard negatives. Both the batch grouping (dedup.Syndicate: LSH
candidates, exact passage alignment) and the incremental index alone
(MinHash estimates) are scored.

With --seeds DIR (default ../shared/seeds, skipped when missing) it also
prints what the seed articles share. The last line holds the headline numbers
of dedup.Syndicate.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalDedup(cmd.OutOrStdout(), cmd.ErrOrStderr(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "../shared/data/clustering/ecbplus-dev.jsonl", "original articles (.jsonl or .csv)")
	fl.IntVar(&f.copies, "copies", 3, "most noisy copies made of each original")
	fl.Uint64Var(&f.seed, "seed", 1, "seed of the copy generator")
	fl.StringVar(&f.seedsDir, "seeds", "../shared/seeds", "folder of seed articles to report on (skipped when missing)")
	evalCmd.AddCommand(cmd)
}

func runEvalDedup(w, stderr io.Writer, f evalDedupFlags) error {
	if f.copies < 1 {
		return usageError{"eval dedup: --copies must be at least 1"}
	}
	set, err := clustering.ReadFile(f.data)
	if err != nil {
		return fmt.Errorf("eval dedup: %w", err)
	}
	origs := syndication.Independent(syndication.Originals(set.Items), 0.2)
	c := syndication.Generate(origs, f.copies, f.seed)
	clock := cputime.Clock()
	syn := syndication.EvalSyndicate(c, clock)
	idx, err := syndication.EvalIndex(c, clock)
	if err != nil {
		return fmt.Errorf("eval dedup: %w", err)
	}
	fmt.Fprintf(w, "data: %s  originals=%d of %d (mutually independent)  documents=%d with noisy copies (seed %d)  true groups=%d\n", f.data, len(origs), len(set.Items), len(c.Docs), f.seed, idx.Pairs.Gold)
	fmt.Fprintln(w, "method                 pair_p  pair_r  pair_f1  groups/true  origin_acc  docs/s")
	for _, r := range []struct {
		name string
		res  syndication.Result
	}{{"syndicate (align)", syn}, {"index (minhash only)", idx}} {
		p := r.res.Pairs
		fmt.Fprintf(w, "%-22s %.3f   %.3f   %.3f    %5d/%-5d  %.3f   %8.0f\n", r.name, p.PairwiseP, p.PairwiseR, p.PairwiseF1,
			p.Clusters, p.Gold, r.res.OriginAcc, float64(len(c.Docs))/max(r.res.Elapsed.Seconds(), 1e-9))
	}
	if err := reportSeeds(w, f.seedsDir); err != nil {
		fmt.Fprintf(stderr, "chorus: seeds: %v\n", err)
	}
	p := syn.Pairs
	fmt.Fprintf(w, "pairwise_p=%.3f pairwise_r=%.3f pairwise_f1=%.3f origin_acc=%.3f docs_per_s=%.0f\n", p.PairwiseP, p.PairwiseR,
		p.PairwiseF1, syn.OriginAcc, float64(len(c.Docs))/max(syn.Elapsed.Seconds(), 1e-9))
	return nil
}

// reportSeeds prints the syndication groups of the seed articles and what
// each pair of them shares.
func reportSeeds(w io.Writer, dir string) error {
	docs, _ := readDocuments(context.Background(), []string{dir}, fetchFlags{}, io.Discard)
	if len(docs) == 0 {
		return nil
	}
	arts, _ := pipeline.Extract(docs)
	name := map[chorus.ArticleID]string{}
	ddocs := make([]dedup.Doc, len(arts))
	text := map[chorus.ArticleID]string{}
	for i, a := range arts {
		ddocs[i] = dedup.DocOf(a)
		name[a.ID] = strings.TrimSpace(strings.SplitN(filepath.Base(a.Source), "_", 2)[0] + " " + a.Outlet)
		text[a.ID] = a.Text
	}
	syn := dedup.Syndicate(ddocs)
	fmt.Fprintf(w, "seeds: %d articles, %d independent origins\n", len(arts), len(syn.Origins))
	for _, o := range syn.Origins {
		fmt.Fprintf(w, "  origin %-24s credit=%q", name[o.Article], o.Credit)
		for _, c := range o.Copies {
			fmt.Fprintf(w, "  copy %s repeats %.0f%% of it", name[c.Article], 100*c.Shared)
		}
		fmt.Fprintln(w)
	}
	for _, p := range syn.Pairs {
		rel := "shares passages with"
		if p.Same {
			rel = "is the same text as"
		}
		fmt.Fprintf(w, "  %s %s %s: %.0f%% / %.0f%% of their words, %d passages\n", name[p.A], rel, name[p.B], 100*p.ShareA, 100*p.ShareB, len(p.Passages))
		if !p.Same {
			for _, ps := range p.Passages {
				fmt.Fprintf(w, "    %3d words: %q\n", ps.Words, clip(ps.A.In(text[p.A]), 90))
			}
		}
	}
	return nil
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
