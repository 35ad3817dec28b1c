package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/render"
)

func init() {
	var db, format string
	var limit int
	list := &cobra.Command{
		Use:   "stories",
		Short: "List the stored stories, most recently updated first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError{"--format must be text or json"}
			}
			store, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			sums, err := store.Stories(cmd.Context(), chorus.StoryQuery{Limit: limit})
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if format == "json" {
				if sums == nil {
					sums = []chorus.StorySummary{}
				}
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{"stories": sums})
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tARTICLES\tOUTLETS\tORIGINS\tUPDATED\tHEADLINE")
			for _, s := range sums {
				updated := "-"
				if !s.Updated.IsZero() {
					updated = s.Updated.Format("2006-01-02")
				}
				fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\n", s.ID, s.Articles, s.Outlets, s.IndependentOrigins, updated, s.Headline)
			}
			return tw.Flush()
		},
	}
	addDBFlag(list, &db)
	list.Flags().IntVar(&limit, "limit", 50, "how many stories to list")
	list.Flags().StringVar(&format, "format", "text", "output format: text or json")
	rootCmd.AddCommand(list)

	var storyDB, storyFormat string
	one := &cobra.Command{
		Use:   "story ID",
		Short: "Print one stored story",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := render.ParseFormat(storyFormat)
			if err != nil {
				return usageError{err.Error()}
			}
			store, err := openStore(cmd.Context(), storyDB)
			if err != nil {
				return err
			}
			defer store.Close()
			s, err := store.Story(cmd.Context(), chorus.StoryID(args[0]))
			if errors.Is(err, chorus.ErrNotFound) {
				return fmt.Errorf("no story %q in %s (chorus stories lists them)", args[0], storyDB)
			}
			if err != nil {
				return err
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			if err := render.Write(w, f, []*chorus.Story{s}); err != nil {
				return err
			}
			return w.Flush()
		},
	}
	addDBFlag(one, &storyDB)
	one.Flags().StringVar(&storyFormat, "format", "md", "output format: md, json or html")
	rootCmd.AddCommand(one)
}
