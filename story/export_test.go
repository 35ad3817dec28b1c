package story

// Joined lets the benchmarks of package story_test reach joined.
var Joined = joined
