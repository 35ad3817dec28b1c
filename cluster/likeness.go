package cluster

import "github.com/chorusnews/chorus"

// Likeness says how alike two stories look to the clusterer: the cosine
// of their word centroids and the cosine of their name centroids (each the
// sum of the story's events' name centroids). A story merged away stands
// for the story it went into. ok is false when either story is unknown or
// retired (its centroids are freed), or when both are one story.
//
// It is for measuring, not for placing articles: whether a signal the
// index keeps could tell the stories of one topic that it left apart from
// stories of different topics (see chorus eval cluster --explain). Words
// alone cannot on ECB+, whose topics hold two happenings of one kind: the
// words the two share are the kind's, and other topics of that kind share
// them as much.
func (x *Index) Likeness(a, b chorus.StoryID) (words, names float64, ok bool) {
	ia, okA := x.storyIdx[x.Resolve(a)]
	ib, okB := x.storyIdx[x.Resolve(b)]
	if !okA || !okB || ia == ib {
		return 0, 0, false
	}
	sa, sb := &x.stories[ia], &x.stories[ib]
	if sa.c.norm == 0 || sb.c.norm == 0 {
		return 0, 0, false
	}
	words = dot(sa.c.v, sb.c.v) / (sa.c.norm * sb.c.norm)
	ea, eb := x.storyNames(sa), x.storyNames(sb)
	if na, nb := ea.norm(), eb.norm(); na > 0 && nb > 0 {
		names = dot(ea, eb) / (na * nb)
	}
	return words, names, true
}

// storyNames sums the name centroids of a story's events. Stories keep no
// name centroid of their own: only Likeness needs one.
func (x *Index) storyNames(st *story) vec {
	var sum vec
	for _, ei := range st.events {
		sum = addScaled(sum, x.events[ei].e.v, 1)
	}
	return sum
}
