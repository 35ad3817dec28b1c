package sources

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that say how a reader arrived, not
// which page they asked for: campaign tags, click ids, mailing-list ids.
// Dropping them lets one article reached from two feeds be recognised.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "vero_conv": true,
	"at_medium": true, "at_campaign": true, "at_custom1": true, "at_custom2": true, "at_custom3": true, "at_custom4": true,
	"ref_src": true, "ref_url": true, "cmpid": true, "ncid": true, "ocid": true, "smid": true, "sr_share": true,
	"wt.mc_id": true, "wt_mc": true, "s_cid": true, "spm": true, "__twitter_impression": true,
	"ito": true, "guccounter": true, "guce_referrer": true, "guce_referrer_sig": true,
}

// trackingPrefixes are families of tracking parameters.
var trackingPrefixes = []string{"utm_", "mc_", "_hs", "pk_", "mtm_", "matomo_"}

func isTracking(key string) bool {
	k := strings.ToLower(key)
	if trackingParams[k] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// Canonical normalises an article URL so that the same page reached two
// ways compares equal: scheme and host lowercased, default port and
// fragment dropped, an empty path made "/", tracking parameters removed
// (the others keep their order, since some sites give it meaning). It
// returns raw unchanged when it is not an absolute http(s) URL.
func Canonical(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return raw
	}
	host := strings.ToLower(u.Host)
	host = strings.TrimSuffix(host, ".")
	if u.Scheme == "http" {
		host = strings.TrimSuffix(host, ":80")
	} else {
		host = strings.TrimSuffix(host, ":443")
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	if u.RawQuery != "" {
		var kept []string
		for _, part := range strings.Split(u.RawQuery, "&") {
			if part == "" {
				continue
			}
			key, _, _ := strings.Cut(part, "=")
			if k, err := url.QueryUnescape(key); err == nil {
				key = k
			}
			if !isTracking(key) {
				kept = append(kept, part)
			}
		}
		u.RawQuery = strings.Join(kept, "&")
	}
	u.ForceQuery = false
	return u.String()
}

// hostOf returns the host of a URL, or the URL itself when it has none.
func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return raw
}
