package ner

import (
	_ "embed"
	"fmt"
	"sync"
)

// modelBin holds the weights trained by `chorus train ner` on the
// CoNLL++ training set (weights only; no training text is stored).
//
//go:embed model.bin
var modelBin []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, decoding it on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(modelBin)
	})
	return defaultModel, defaultErr
}

func mustDefault() *Model {
	m, err := Default()
	if err != nil {
		// The embedded model is built into the binary and checked by the
		// package tests, so this is a build error, not an input error.
		panic(fmt.Sprintf("ner: embedded model: %v", err))
	}
	return m
}

// Tag tags one sentence of token strings with the embedded model.
func Tag(tokens []string) []string { return mustDefault().Tag(tokens) }

// TagDocument tags a document's sentences with the embedded model.
func TagDocument(sents [][]string) [][]string { return mustDefault().TagDocument(sents) }
