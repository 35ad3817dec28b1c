package align

// The MSRP splits, relative to this package (CI has ../shared beside the repo).
const (
	trainPath = "../../../shared/data/claims/msrp-train.tsv"
	valPath   = "../../../shared/data/claims/msrp-val.tsv"
)
