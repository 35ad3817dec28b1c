package main

import (
	"context"
	"fmt"
	"io"
	"net"
	nethttp "net/http"
	"os"
	"time"

	"github.com/spf13/cobra"
)

func init() {
	var url string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "healthcheck",
		Short: "Exit 0 when a chorus server answers its health check (for container health checks)",
		Long: `healthcheck asks a running "chorus serve" for /healthz and exits 0 when it answers
200 within the timeout, 1 otherwise. The address comes from --url, else from
CHORUS_ADDR (as serve reads it), else 127.0.0.1:8080.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if url == "" {
				url = healthURL(os.Getenv("CHORUS_ADDR"))
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			req, err := nethttp.NewRequestWithContext(ctx, nethttp.MethodGet, url, nil)
			if err != nil {
				return usageError{fmt.Sprintf("--url: %v", err)}
			}
			resp, err := nethttp.DefaultClient.Do(req)
			if err != nil {
				return fmt.Errorf("health check: %w", err)
			}
			defer resp.Body.Close()
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
			if resp.StatusCode != nethttp.StatusOK {
				return fmt.Errorf("health check: %s answered %s", url, resp.Status)
			}
			fmt.Fprintln(cmd.OutOrStdout(), "ok")
			return nil
		},
	}
	cmd.Flags().StringVar(&url, "url", "", "health check URL (default from CHORUS_ADDR)")
	cmd.Flags().DurationVar(&timeout, "timeout", 5*time.Second, "how long to wait for the answer")
	rootCmd.AddCommand(cmd)
}

// healthURL is the health check URL of a server listening on addr; an
// address that listens on every interface is asked on loopback.
func healthURL(addr string) string {
	if addr == "" {
		addr = "127.0.0.1:8080"
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/healthz"
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz"
}
