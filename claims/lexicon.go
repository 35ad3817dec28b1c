package claims

import "strings"

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// timeWords can follow a speech verb before what was said: "said on Monday that".
var timeWords = wordSet(`on monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
	earlier later late last this week month year morning afternoon evening night`)

// leadWords are discourse openers dropped from the front of a claim.
var leadWords = wordSet(`and but however meanwhile yet so also still then thus moreover furthermore nevertheless`)

// negations turn a claim around.
var negations = wordSet(`not no never n't none nobody nothing neither nor cannot`)

// denials say that what follows them is not so.
var denials = wordSet(`deny denies denied denying`)

// modalCues hedge a claim: it is hoped, planned or possible, not done.
var modalCues = map[string]string{
	"may": "may", "might": "may", "could": "could", "would": "would", "should": "should",
	"hopes": "hopes", "hoped": "hopes", "hope": "hopes", "hoping": "hopes", "hopefully": "hopes",
	"plans": "plans", "planned": "plans", "plan": "plans", "planning": "plans",
	"aims": "aims", "aimed": "aims", "aim": "aims", "seeks": "seeks", "sought": "seeks",
	"expected": "expected", "expects": "expected", "likely": "likely", "unlikely": "unlikely",
	"proposed": "proposed", "proposal": "proposed", "proposes": "proposed",
	"wants": "wants", "wanted": "wants", "intends": "intends", "intended": "intends",
	"set": "set to", "will": "will", "possible": "may", "possibly": "may", "perhaps": "may",
}

// placePrepositions come before place names: "in Moscow", "to Laos".
var placePrepositions = wordSet(`in at near from to across outside inside into toward towards throughout`)

// wherePrepositions are the place prepositions that say where a thing is, not
// where it goes: "the talks in Riel", "a break-in at the depot".
var wherePrepositions = wordSet(`in at near`)

// nameJoiners may sit inside a multi-word name: "Center for Policy
// Research", "Bashar al-Assad", "Staffan de Mistura".
var nameJoiners = wordSet(`of for de del da di al el van von bin ibn and`)

// notNames are capitalised words that start sentences or name days and
// months rather than actors.
var notNames = wordSet(`the a an in on at to for from by with and but or if as after before when while this that
	these those there here he she it they we i his her its their our my your mr mrs ms dr
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
	september october november december according however meanwhile earlier later also both another other
	some many most no one two three four five six seven eight nine ten`)

// updateCues mark a figure that revises an earlier one.
var updateCues = wordSet(`now rose risen climbed increased revised updated latest grown jumped fell dropped
	reached raised lowered`)
