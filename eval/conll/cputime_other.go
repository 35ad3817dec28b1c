//go:build !unix

package conll

import "time"

// processCPU is not available here; speed falls back to wall time.
func processCPU() (time.Duration, bool) { return 0, false }
