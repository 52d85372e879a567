package alerts_test

import (
	"crypto/hmac"
	"fmt"
	"strings"
	"time"

	"github.com/fundwatch/fundwatch/alerts"
)

// A webhook receiver verifies the X-Fundwatch-Signature header by
// recomputing the HMAC over "<t>.<body>" with the shared secret (and
// should reject a t far from its own clock, against replays).
func ExampleSign() {
	secret := []byte("shared-secret")
	body := []byte(`{"version":"1","id":"3f2a","event":"firing"}`)
	header := alerts.Sign(secret, body, time.Unix(1_800_000_000, 0)) // what fundwatch sends

	ts, _, _ := strings.Cut(strings.TrimPrefix(header, "t="), ",")
	var unix int64
	fmt.Sscan(ts, &unix)
	expected := alerts.Sign(secret, body, time.Unix(unix, 0))
	fmt.Println(hmac.Equal([]byte(header), []byte(expected)))
	fmt.Println(header[:16])
	// Output:
	// true
	// t=1800000000,v1=
}
