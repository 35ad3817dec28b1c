//go:build !linux

package cputime

import "time"

// Thread is not available here: speeds fall back to wall time.
func Thread() (time.Duration, bool) { return 0, false }
