-- A delivery whose attempts ran out stays in the queue, given up, so its
-- owner can see it and have it sent again once the receiver is fixed.
-- Its due time is pushed past any clock, so claims never reach it.

-- +goose Up
ALTER TABLE webhook_deliveries ADD COLUMN given_up BOOLEAN NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE webhook_deliveries DROP COLUMN given_up;
