-- Which extract job stored each article (its seq in jobs; 0 for an article
-- stored any other way). The same bytes submitted in two batches are one
-- article, and which batch's reading of them is kept must not depend on
-- which worker finished first: the earliest batch's reading is kept, as
-- `chorus ingest`, which reads batches one after another, keeps it (see
-- PutBatchArticle).

-- +goose Up
ALTER TABLE articles ADD COLUMN batch_seq bigint NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE articles DROP COLUMN batch_seq;
