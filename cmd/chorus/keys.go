package main

import (
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/http"
)

func init() {
	keys := &cobra.Command{
		Use:   "keys",
		Short: "Make, list and revoke the API keys of chorus serve",
	}
	var db, name string
	var rate int
	create := &cobra.Command{
		Use:   "create",
		Short: "Make an API key and print it once (only a hash of it is stored)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if name == "" {
				return usageError{"--name is required: say whose key it is"}
			}
			if rate < 1 {
				return usageError{"--rate must be at least 1 request a minute"}
			}
			store, err := openServerStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			token, k, err := http.NewKey(name, rate, time.Now())
			if err != nil {
				return err
			}
			if err := store.PutKey(cmd.Context(), k); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), token)
			fmt.Fprintf(cmd.ErrOrStderr(), "chorus: made key %s for %q (%d requests a minute); it is shown only now: send it as Authorization: Bearer <key>\n",
				k.ID, name, rate)
			return nil
		},
	}
	addServerDBFlag(create, &db)
	create.Flags().StringVar(&name, "name", "", "whose key it is (shown in listings)")
	create.Flags().IntVar(&rate, "rate", 600, "requests a minute the key may make")

	var listDB string
	list := &cobra.Command{
		Use:   "list",
		Short: "List the API keys (never their secrets)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openServerStore(cmd.Context(), listDB)
			if err != nil {
				return err
			}
			defer store.Close()
			ks, err := store.Keys(cmd.Context())
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tRATE/MIN\tCREATED\tREVOKED")
			for _, k := range ks {
				revoked := "-"
				if !k.Revoked.IsZero() {
					revoked = k.Revoked.Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", k.ID, k.Name, k.RatePerMinute, k.Created.Format(time.RFC3339), revoked)
			}
			return tw.Flush()
		},
	}
	addServerDBFlag(list, &listDB)

	var revokeDB string
	revoke := &cobra.Command{
		Use:   "revoke ID",
		Short: "Revoke an API key at once",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openServerStore(cmd.Context(), revokeDB)
			if err != nil {
				return err
			}
			defer store.Close()
			err = store.RevokeKey(cmd.Context(), args[0], time.Now())
			if errors.Is(err, chorus.ErrNotFound) {
				return fmt.Errorf("no working key %q in %s (chorus keys list shows them)", args[0], redact(revokeDB))
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revoked %s\n", args[0])
			return nil
		},
	}
	addServerDBFlag(revoke, &revokeDB)
	keys.AddCommand(create, list, revoke)
	rootCmd.AddCommand(keys)
}
