//go:build !linux

package align

import "time"

// threadCPU is not available here: speeds fall back to wall-clock time.
func threadCPU() (time.Duration, bool) { return 0, false }
