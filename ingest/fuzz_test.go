package ingest

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func FuzzRetryAfter(f *testing.F) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"", "0", "120", "-1", "99999999999999999999", now.Add(time.Hour).Format(http.TimeFormat), "Wed, 21 Oct 2015 07:28:00 GMT", "soon"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if d := parseRetryAfter(v, now); d < 0 {
			t.Fatalf("parseRetryAfter(%q) = %v < 0", v, d)
		}
	})
}

func FuzzGovUKPage(f *testing.F) {
	f.Add([]byte(`{"title":"T","first_published_at":"2024-05-14T09:00:00Z","details":{"body":"<p>£1m</p>"}}`))
	f.Add([]byte(`{"title":"<script>x</script>","details":{"body":""}}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, ctype, err := govukPage("https://www.gov.uk/x")(b)
		if err != nil {
			return
		}
		if !strings.HasPrefix(ctype, "text/html") || len(out) == 0 {
			t.Fatalf("ok without a page: %q %q", ctype, out)
		}
	})
}
