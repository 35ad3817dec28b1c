package claims

// Fragment exposes the fragment check to the external tests that measure
// its rate on real stories.
var Fragment = fragment
