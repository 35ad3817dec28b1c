// Package evaldata finds the shared evaluation data (../shared beside the
// repository, or $CHORUS_SHARED) for tests, and skips a test cleanly when
// it is not there.
package evaldata

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared folder, or "" when it cannot be found.
func Root() string {
	if env := os.Getenv("CHORUS_SHARED"); env != "" {
		return env
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(dir, "..", "shared")
			if _, err := os.Stat(shared); err == nil {
				return shared
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns a path inside the shared folder, skipping tb when it is missing.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	root := Root()
	if root == "" {
		tb.Skip("shared evaluation data not found (../shared or $CHORUS_SHARED)")
	}
	p := filepath.Join(append([]string{root}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared evaluation data missing: %v", err)
	}
	return p
}

// RepoRoot returns the repository's root folder (where go.mod is).
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the test's folder")
		}
		dir = parent
	}
}
