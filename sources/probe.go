package sources

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus/fetch"
)

// maxChildSitemaps is how many child sitemaps of an index are read per
// fetch: the most recently changed ones, where the news is.
const maxChildSitemaps = 3

// Probe fetches rawURL and returns the source it names: the feed or sitemap
// itself, or, for an HTML page, the first feed the page announces with
// <link rel="alternate"> that reads as one. The source is not stored.
func Probe(ctx context.Context, c *fetch.Client, rawURL string) (Source, *Feed, error) {
	res, err := c.Get(ctx, fetch.Request{URL: rawURL, Accept: fetch.FeedTypes})
	if err != nil {
		return Source{}, nil, fmt.Errorf("probe %s: %w", rawURL, err)
	}
	feed, err := Parse(res.Body, res.URL)
	if err == nil {
		return sourceOf(res.URL, feed), feed, nil
	}
	if !errors.Is(err, ErrNotFeed) {
		return Source{}, nil, fmt.Errorf("probe %s: %w", rawURL, err)
	}
	candidates := Discover(res.Body, res.URL)
	if len(candidates) == 0 {
		return Source{}, nil, fmt.Errorf("probe %s: not a feed, and the page announces none (no <link rel=\"alternate\"> to a feed)", rawURL)
	}
	var errs []error
	for _, cand := range candidates {
		fres, err := c.Get(ctx, fetch.Request{URL: cand, Accept: fetch.FeedTypes})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		feed, err := Parse(fres.Body, fres.URL)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", cand, err))
			continue
		}
		src := sourceOf(fres.URL, feed)
		if src.SiteURL == "" {
			src.SiteURL = res.URL
		}
		return src, feed, nil
	}
	return Source{}, nil, fmt.Errorf("probe %s: no announced feed could be read: %w", rawURL, errors.Join(errs...))
}

func sourceOf(u string, f *Feed) Source {
	title := f.Title
	if title == "" {
		title = hostOf(u)
	}
	return Source{URL: u, Kind: f.Kind, Title: title, SiteURL: f.SiteURL, Interval: DefaultInterval}
}

// childEntries reads the newest child sitemaps of an index and returns their
// entries. A child that fails is skipped: the others still count.
func childEntries(ctx context.Context, c *fetch.Client, sitemaps []string, since time.Time) []Entry {
	var out []Entry
	for i, u := range sitemaps {
		if i >= maxChildSitemaps {
			break
		}
		res, err := c.Get(ctx, fetch.Request{URL: u, Accept: fetch.FeedTypes})
		if err != nil {
			continue
		}
		f, err := Parse(res.Body, res.URL)
		if err != nil || f.Kind != KindSitemap {
			continue
		}
		out = append(out, Newest(f.Entries, 0, since)...)
	}
	return out
}
